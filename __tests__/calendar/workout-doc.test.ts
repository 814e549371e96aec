import { describe, it, expect } from '@jest/globals';
import {
  detectFlatAlternating,
  formatStepDuration,
  mergeIntervalBlocks,
  renderFlatStep,
  summarizeWorkoutDoc,
  workoutSummary,
} from '../../src/derive/calendar/workout-doc.js';

// Builders for step trees shaped like Intervals.icu's resolved workout_doc (resolve=true).
const pw = (duration: number, watts: number, pct = 50) => ({
  duration,
  power: { value: pct, units: '%ftp' },
  _power: { value: watts },
});
const ramp = (duration: number, from: number, to: number, extra: Record<string, unknown> = {}) => ({
  duration,
  ramp: true,
  power: { start: 45, end: 70, units: '%ftp' },
  _power: { start: from, end: to },
  ...extra,
});
const hrStep = (duration: number, bpm: number) => ({ duration, hr: { value: 95, units: '%lthr' }, _hr: { value: bpm } });
const free = (duration: number) => ({ duration });
const repeat = (reps: number, steps: unknown[]) => ({ reps, duration: 0, steps });
const doc = (steps: unknown[]) => ({ steps, duration: 3600, ftp: 300, options: {} });

/** n work/rest pairs */
const pairs = (n: number, wd: number, wp: number, rd: number, rp: number) =>
  Array.from({ length: n }, () => [pw(wd, wp), pw(rd, rp)]).flat();

describe('formatStepDuration (_format_duration)', () => {
  it('formats hours, minutes and seconds, dropping zero parts', () => {
    expect(formatStepDuration(300)).toBe('5m');
    expect(formatStepDuration(90)).toBe('1m30s');
    expect(formatStepDuration(3725)).toBe('1h2m5s');
    expect(formatStepDuration(3600)).toBe('1h');
    expect(formatStepDuration(0)).toBe('0s');
    expect(formatStepDuration(-5)).toBe('0s');
  });
  it('keeps Python float arithmetic for non-integral seconds', () => {
    expect(formatStepDuration(30.5)).toBe('30.5s');
    expect(formatStepDuration(90.5)).toBe('1.0m30.5s');
  });
});

describe('pattern A: explicit repeats', () => {
  it('renders warm-up ramp, a work/rest repeat with resolved watts, and a cool-down', () => {
    const d = doc([ramp(900, 134.1, 208.6, { warmup: true }), repeat(5, [pw(240, 351.6), pw(240, 149)]), ramp(600, 178.8, 119.2)]);
    expect(summarizeWorkoutDoc(d)).toBe('15m | 5×4m @352W / 4m rec | 10m');
  });

  it('falls back to the unresolved power value when _power is absent', () => {
    const d = doc([free(600), repeat(3, [{ duration: 600, power: { value: 250, units: 'w' } }, free(300)])]);
    expect(summarizeWorkoutDoc(d)).toBe('10m | 3×10m @250W / 5m rec');
  });

  it('renders HR targets as bpm (run intervals)', () => {
    const d = doc([free(900), repeat(6, [hrStep(180, 169.6), free(120)]), free(600)]);
    expect(summarizeWorkoutDoc(d)).toBe('15m | 6×3m @170bpm / 2m rec | 10m');
  });

  it('renders pace targets and free steps as duration only', () => {
    const pace = { duration: 240, pace: { value: 95, units: '%pace' } };
    expect(summarizeWorkoutDoc(doc([free(600), repeat(4, [pace, free(60)])]))).toBe('10m | 4×4m / 1m rec');
  });

  it('renders the work step alone when the rest step has no duration', () => {
    expect(summarizeWorkoutDoc(doc([repeat(3, [pw(60, 400), { _power: { value: 100 } }])]))).toBe('3×1m @400W');
  });

  it('detects an unrolled 30/15 set with a leading set recovery inside a repeat', () => {
    const set = [pw(300, 150), ...pairs(7, 30, 319.4, 15, 150), pw(30, 319.4)];
    const d = doc([ramp(900, 120, 200), repeat(3, set), free(600)]);
    expect(summarizeWorkoutDoc(d)).toBe('15m | 3 sets × 8×30s @319W / 15s rec (5m set rec) | 10m');
  });

  it('detects an unrolled set without set recovery (single rep → no "sets")', () => {
    const d = doc([repeat(1, pairs(4, 40, 400, 20, 150))]);
    expect(summarizeWorkoutDoc(d)).toBe('4×40s @400W / 20s rec');
  });

  it('allows the last rest of an unrolled set to differ (tail exception)', () => {
    const set = [...pairs(3, 30, 400, 15, 150), pw(30, 400), pw(60, 150)];
    expect(summarizeWorkoutDoc(doc([repeat(2, set)]))).toBe('2 sets × 4×30s @400W / 15s rec');
  });

  it('bails on an unrolled set whose work and rest targets are not distinct', () => {
    expect(summarizeWorkoutDoc(doc([repeat(2, pairs(4, 30, 300, 15, 295))]))).toBeNull();
  });

  it('describes a nested repeat by its total duration, as the reference does', () => {
    const inner = { reps: 4, duration: 480, steps: [pw(60, 400), free(60)] };
    expect(summarizeWorkoutDoc(doc([free(600), repeat(2, [inner, free(300)])]))).toBe('10m | 2×8m / 5m rec');
  });

  it('merges consecutive identical blocks', () => {
    const block = repeat(5, [pw(10, 700), free(180)]);
    expect(summarizeWorkoutDoc(doc([free(600), block, block, free(300)]))).toBe('10m | 2 × 5×10s @700W / 3m rec | 5m');
    expect(mergeIntervalBlocks(['a', 'a', 'b', 'a'])).toBe('2 × a | b | a');
  });

  it('returns null for a workout made only of flat steps', () => {
    expect(summarizeWorkoutDoc(doc([free(600), pw(1800, 200), free(600)]))).toBeNull();
  });
});

describe('pattern B: flat alternating work/rest pairs', () => {
  it('finds a sprint block between warm-up and cool-down', () => {
    const d = doc([pw(900, 146), ...pairs(6, 10, 532, 170, 140), free(600)]);
    expect(summarizeWorkoutDoc(d)).toBeNull();
    expect(detectFlatAlternating(d)).toBe('15m @146W | 6×10s @532W / 2m50s rec | 10m');
    expect(workoutSummary(d)).toEqual({ summary: '15m @146W | 6×10s @532W / 2m50s rec | 10m', pattern: 'B' });
  });

  it('tolerates ±1 s work and ±2 W targets', () => {
    const steps = [pw(30, 400), pw(30, 150), pw(31, 401), pw(30, 151), pw(29, 399), pw(30, 149)];
    expect(detectFlatAlternating(doc(steps))).toBe('3×30s @400W / 30s rec');
  });

  it('consumes a long rest (set break) as the tail of the block', () => {
    const set = [...pairs(2, 30, 400, 30, 150), pw(30, 400), pw(120, 150)];
    expect(detectFlatAlternating(doc([...set, pw(600, 100), ...pairs(3, 30, 400, 30, 150)]))).toBe(
      '3×30s @400W / 30s rec | 10m @100W | 3×30s @400W / 30s rec',
    );
  });

  it('counts a work step right after a set break as a trailing rep (reference quirk)', () => {
    // the set break ends the block, the next work step is counted as a trailing rep, and the scan
    // then skips a whole pair: the remaining two pairs are too few for a block and render flat
    const steps = [...pairs(2, 30, 400, 30, 150), pw(30, 400), pw(120, 150), ...pairs(3, 30, 400, 30, 150)];
    expect(detectFlatAlternating(doc(steps))).toBe('4×30s @400W / 30s rec | 30s @400W | 30s @150W | 30s @400W | 30s @150W');
  });

  it('skips count×2 steps after a block ending on a trailing work rep (reference quirk)', () => {
    // 3 pairs + trailing work = 7 steps, the scan resumes at 8: the first cool-down step is not rendered
    const steps = [...pairs(3, 30, 400, 30, 150), pw(30, 400), free(300), free(600)];
    expect(detectFlatAlternating(doc(steps))).toBe('4×30s @400W / 30s rec | 10m');
  });

  it('needs at least three reps and six steps', () => {
    expect(detectFlatAlternating(doc([pw(600, 150), ...pairs(2, 30, 400, 30, 150), free(600)]))).toBeNull();
    expect(detectFlatAlternating(doc(pairs(2, 30, 400, 30, 150)))).toBeNull();
  });

  it('does not apply when any top-level step is a repeat', () => {
    expect(detectFlatAlternating(doc([...pairs(4, 30, 400, 30, 150), repeat(2, [free(60), free(60)])]))).toBeNull();
  });
});

describe('malformed trees never throw and degrade like the reference', () => {
  it('drops flat steps without a usable duration', () => {
    expect(renderFlatStep({ _power: { value: 200 } })).toBeNull();
    expect(renderFlatStep({ duration: '300', _power: { value: 200 } })).toBeNull();
    expect(renderFlatStep({ duration: 0 })).toBeNull();
    const d = doc([{ _power: { value: 200 } }, repeat(3, [pw(60, 400), free(60)])]);
    expect(summarizeWorkoutDoc(d)).toBe('3×1m @400W / 1m rec');
  });

  it('drops a repeat whose work step has no duration, and empty or non-list repeats', () => {
    expect(summarizeWorkoutDoc(doc([repeat(3, [{ _power: { value: 400 } }, free(60)])]))).toBeNull();
    expect(summarizeWorkoutDoc(doc([repeat(3, []), free(60)]))).toBeNull();
    expect(summarizeWorkoutDoc(doc([{ reps: 3, steps: null }, free(60)]))).toBeNull();
    expect(summarizeWorkoutDoc(doc([{ reps: 3, steps: [null, 5] }]))).toBeNull();
  });

  it('renders a repeat without reps as "None×" like Python str(None)', () => {
    expect(summarizeWorkoutDoc(doc([{ reps: null, steps: [pw(60, 300), free(30)] }]))).toBe('None×1m @300W / 30s rec');
  });

  it('treats targets with unknown units as their numeric value and non-numeric values as unusable', () => {
    // the reference reads power.value whatever the units say
    expect(renderFlatStep({ duration: 60, power: { value: 80, units: 'weird' } })).toBe('1m @80W');
    // a non-numeric target raises inside the renderer: the step is dropped
    expect(renderFlatStep({ duration: 60, _power: { value: 'abc' } })).toBeNull();
    // a ramp has no single value: duration only
    expect(renderFlatStep(ramp(600, 100, 200))).toBe('10m');
  });

  it('returns null (not an exception) for documents that are not step trees', () => {
    for (const bad of [null, undefined, 'doc', 42, [], {}, { steps: null }, { steps: 'x' }, { steps: [] }, { steps: [null, 1, 'x'] }]) {
      expect(summarizeWorkoutDoc(bad)).toBeNull();
      expect(detectFlatAlternating(bad)).toBeNull();
      expect(workoutSummary(bad)).toEqual({ summary: null, pattern: null });
    }
  });

  it('survives mixed-type durations in alternating blocks', () => {
    const steps = [pw(30, 400), { duration: '30', _power: { value: 150 } }, ...pairs(3, 30, 400, 30, 150)];
    expect(() => detectFlatAlternating(doc(steps))).not.toThrow();
    expect(detectFlatAlternating(doc(steps))).toBe('30s @400W | 3×30s @400W / 30s rec');
  });
});
