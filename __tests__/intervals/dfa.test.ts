import { describe, it, expect } from '@jest/globals';
import { computeDfaBlock, segmentEstimateReason } from '../../src/derive/intervals/dfa.js';
import { listsort, pySortFloats } from '../../src/lib/py/float-sort.js';
import { buildDfaSummary } from '../../src/derive/intervals/dfa-summary.js';
import type { Dict } from '../../src/lib/py/index.js';

const fill = (n: number, v: unknown): unknown[] => Array(n).fill(v);

/** a deterministic pseudo-random generator (no Math.random in tests) */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

describe('computeDfaBlock: filtering and quality', () => {
  it('is null without a dfa_a1 stream (no AlphaHRV recording)', () => {
    expect(computeDfaBlock({ heartrate: fill(100, 120) })).toBeNull();
    expect(computeDfaBlock({ dfa_a1: [] })).toBeNull();
  });

  it('drops sentinel zeros and None samples; NaN samples survive the filter as in the reference', () => {
    const n = 1500;
    const dfa: unknown[] = fill(n, 0.9);
    for (let i = 0; i < 100; i++) dfa[i] = 0; // AlphaHRV start-up zeros
    dfa[200] = 0.005; // below DFA_MIN_VALID_VALUE
    dfa[300] = null;
    dfa[400] = NaN;
    dfa[401] = NaN;
    const b = computeDfaBlock({ dfa_a1: dfa, heartrate: fill(n, 140), watts: fill(n, 200), artifacts: fill(n, 1) })!;
    expect(b.quality.valid_secs).toBe(n - 102);
    expect(b.quality.valid_pct).toBe(93.2); // round(100 * 1398 / 1500, 1)
    expect(b.quality.sufficient).toBe(true);
    // `d < 0.01` is false for NaN: the two NaN samples are counted, poison the mean, sit in no band
    expect(b.avg).toBeNaN();
    expect(b.tiz_endurance!.secs).toBe(n - 104);
    expect(b.tiz_easy).toBeNull();
    expect(b.tiz_tempo).toBeNull();
    expect(b.tiz_supra).toBeNull();
    expect(b.drift!.first_third_avg).toBeNaN();
    expect(b.drift!.last_third_avg).toBe(0.9);
  });

  it('without NaN the percentiles, bands and drift are plain statistics of the valid samples', () => {
    const n = 2400;
    const dfa = Array.from({ length: n }, (_, i) => (i < 1200 ? 1.2 : 0.6));
    const b = computeDfaBlock({ dfa_a1: dfa, heartrate: fill(n, 150), watts: fill(n, 220), artifacts: fill(n, 0.5) })!;
    expect([b.avg, b.p25, b.p50, b.p75]).toEqual([0.9, 0.6, 1.2, 1.2]);
    expect(b.tiz_easy).toEqual({ secs: 1200, pct: 50.0, avg_hr: 150, avg_watts: 220 });
    expect(b.tiz_tempo).toEqual({ secs: 1200, pct: 50.0, avg_hr: 150, avg_watts: 220 });
    expect(b.drift).toEqual({ first_third_avg: 1.2, last_third_avg: 0.6, delta: -0.6, interpretable: true });
  });

  it('artifacts absent / partial / complete', () => {
    const n = 1300;
    const dfa = fill(n, 0.9);
    const absent = computeDfaBlock({ dfa_a1: dfa })!.quality;
    expect(absent).toMatchObject({ artifact_state: 'absent', artifact_coverage_pct: 0.0, artifact_rate_avg: null, sufficient: true });

    const short = computeDfaBlock({ dfa_a1: dfa, artifacts: fill(n - 1, 2.0) })!.quality;
    expect(short).toMatchObject({ artifact_state: 'partial', artifact_coverage_pct: 99.923, artifact_rate_avg: 2.0 });

    const withHoles: unknown[] = fill(n, 1.0);
    withHoles[5] = null;
    withHoles[6] = NaN;
    withHoles[7] = -3; // negative: not an observation
    withHoles[8] = 'x';
    const holes = computeDfaBlock({ dfa_a1: dfa, artifacts: withHoles })!.quality;
    expect(holes).toMatchObject({ artifact_state: 'partial', artifact_coverage_pct: round3((100 * (n - 4)) / n) });

    const arts: unknown[] = fill(n, 1.0);
    for (let i = 0; i < 50; i++) arts[i] = 9.0; // excessive: those seconds are dropped
    const complete = computeDfaBlock({ dfa_a1: dfa, artifacts: arts })!.quality;
    expect(complete).toMatchObject({ artifact_state: 'complete', artifact_coverage_pct: 100.0, valid_secs: n - 50 });
    expect(complete.artifact_rate_avg).toBe(Math.round(((50 * 9 + (n - 50)) / n) * 100) / 100);
  });

  it('insufficient data yields the minimal block (AlphaHRV ran but unusable)', () => {
    const b = computeDfaBlock({ dfa_a1: fill(1199, 0.8) })!;
    expect(b.quality).toMatchObject({ valid_secs: 1199, sufficient: false });
    for (const k of ['avg', 'p25', 'p50', 'p75', 'tiz_easy', 'drift', 'lt1_crossing'] as const) expect(b[k]).toBeNull();
    // enough samples but below 70 % valid
    const dfa: unknown[] = fill(2000, 0.8);
    for (let i = 0; i < 700; i++) dfa[i] = 0;
    expect(computeDfaBlock({ dfa_a1: dfa })!.quality).toMatchObject({ valid_secs: 1300, valid_pct: 65.0, sufficient: false });
  });

  it('a non-numeric sample throws (the caller records compute_error)', () => {
    expect(() => computeDfaBlock({ dfa_a1: [0.8, 'bad', 0.7] })).toThrow(TypeError);
  });
});

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** 20 min warm-up at a1 1.2, then a steady block at `a1` for `secs`, then 20 min easy */
function blockRide(a1: number, secs: number, watts: (i: number) => number, opts: { artifacts?: boolean } = {}): Dict {
  const n = 1200 + secs + 1200;
  const dfa = Array.from({ length: n }, (_, i) => (i >= 1200 && i < 1200 + secs ? a1 : 1.2));
  const s: Dict = { dfa_a1: dfa, heartrate: fill(n, 150), watts: Array.from({ length: n }, (_, i) => watts(i)) };
  if (opts.artifacts !== false) s.artifacts = fill(n, 1.0);
  return s;
}

describe('computeDfaBlock: threshold crossings', () => {
  it('a steady contiguous dwell at 0.75 with stationary power is an eligible LT1 estimate', () => {
    const b = computeDfaBlock(blockRide(0.75, 300, () => 230))!;
    expect(b.lt1_crossing).toEqual({
      marker_dfa_a1: 0.75,
      secs_in_band: 300,
      contiguous_secs: 300,
      n_qualifying_segments: 1,
      n_eligible_segments: 1,
      reason: 'ok',
      estimate_eligible: true,
      estimate_reason: 'ok',
      avg_hr: 150,
      avg_watts: 230,
    });
    expect(b.lt2_crossing!.reason).toBe('no_samples_in_band');
    const summary = buildDfaSummary(b);
    expect([summary.lt1_watts, summary.lt1_hr, summary.lt2_watts]).toEqual([230, 150, undefined]);
  });

  it('non-stationary power, unknown artifacts and short dwell are rejected with their reasons', () => {
    const surging = computeDfaBlock(blockRide(0.75, 300, (i) => (i % 20 < 10 ? 150 : 320)))!;
    expect(surging.lt1_crossing).toMatchObject({
      reason: 'ok',
      estimate_eligible: false,
      estimate_reason: 'non_stationary_power',
      avg_watts: 235,
    });
    expect(buildDfaSummary(surging).lt1_watts).toBeUndefined();

    const noArtifacts = computeDfaBlock(blockRide(0.75, 300, () => 230, { artifacts: false }))!;
    expect(noArtifacts.lt1_crossing).toMatchObject({ estimate_eligible: false, estimate_reason: 'unknown_artifact' });

    const short = computeDfaBlock(blockRide(0.5, 45, () => 300))!;
    expect(short.lt2_crossing).toMatchObject({ reason: 'insufficient_total_dwell', estimate_eligible: false, avg_hr: null });
  });

  it('gaps of up to 5 samples are bridged, longer gaps split the dwell', () => {
    const n = 3000;
    const dfa: unknown[] = fill(n, 1.2);
    for (let i = 1200; i < 1240; i++) dfa[i] = 0.5;
    for (let i = 1245; i < 1285; i++) dfa[i] = 0.5; // 5-sample gap: one segment of 80
    for (let i = 2000; i < 2040; i++) dfa[i] = 0.5;
    for (let i = 2046; i < 2086; i++) dfa[i] = 0.5; // 6-sample gap: two segments of 40
    const b = computeDfaBlock({ dfa_a1: dfa, heartrate: fill(n, 160), watts: fill(n, 300), artifacts: fill(n, 0) })!;
    expect(b.lt2_crossing).toMatchObject({ secs_in_band: 160, contiguous_secs: 80, n_qualifying_segments: 1, reason: 'ok' });
  });

  it('segment eligibility: lookback incomplete / gap, unknown power, zero mean', () => {
    const n = 400;
    const art = new Float64Array(n).fill(1);
    const hr = new Float64Array(n).fill(120); // 2 beats per second → 100 s of lookback
    const w = new Float64Array(n).fill(200);
    expect(segmentEstimateReason(50, 200, art, hr, w)).toBe('lookback_incomplete');
    expect(segmentEstimateReason(150, 300, art, hr, w)).toBe('ok');
    const gap = Float64Array.from(hr);
    gap[120] = NaN;
    expect(segmentEstimateReason(150, 300, art, gap, w)).toBe('lookback_gap');
    const unknownW = Float64Array.from(w);
    unknownW[250] = NaN;
    expect(segmentEstimateReason(150, 300, art, hr, unknownW)).toBe('unknown_power');
    expect(segmentEstimateReason(150, 300, art, hr, new Float64Array(n))).toBe('non_positive_power_mean');
  });

  it('handles a 3-hour 1 Hz ride (10800 samples) with every block filled', () => {
    const n = 10800;
    const rnd = lcg(42);
    let x = 1.1;
    const dfa: number[] = [];
    for (let i = 0; i < n; i++) {
      x = Math.min(1.6, Math.max(0.3, x + (rnd() - 0.5) * 0.03 - (i > 7200 ? 0.0002 : 0)));
      dfa.push(i < 90 ? 0 : Math.round(x * 1000) / 1000);
    }
    const b = computeDfaBlock({
      dfa_a1: dfa,
      heartrate: dfa.map((d) => Math.round(190 - 60 * d)),
      watts: dfa.map((d) => Math.round(400 - 200 * d)),
      artifacts: dfa.map((_, i) => (i % 97 === 0 ? 6 : 1)),
    })!;
    expect(b.quality.total_secs).toBe(n);
    expect(b.quality.valid_secs).toBe(n - 90 - dfa.filter((d, i) => d >= 0.01 && i % 97 === 0).length);
    expect(b.quality.sufficient).toBe(true);
    const bandSecs = (['tiz_easy', 'tiz_endurance', 'tiz_tempo', 'tiz_supra'] as const).reduce((s, k) => s + (b[k]?.secs ?? 0), 0);
    expect(bandSecs).toBe(b.quality.valid_secs);
    expect(b.p25).toBeLessThanOrEqual(b.p50!);
    expect(b.p50).toBeLessThanOrEqual(b.p75!);
    for (const k of ['easy_guard_crossing', 'lt1_crossing', 'lt2_crossing'] as const) expect(typeof b[k]!.reason).toBe('string');
  });
});

describe('pySortFloats / listsort (CPython order)', () => {
  it('equals a numeric sort on NaN-free data of every size (runs, binary insertion, galloping merges)', () => {
    const rnd = lcg(7);
    for (const n of [0, 1, 2, 5, 63, 64, 65, 200, 1000, 4097, 20000]) {
      for (const shape of ['random', 'walk', 'plateaus', 'descending']) {
        let x = 1;
        const a = Float64Array.from({ length: n }, (_, i) => {
          if (shape === 'random') return Math.round(rnd() * 1500) / 1000;
          if (shape === 'walk') return (x = Math.abs(x + (rnd() - 0.5) * 0.05));
          if (shape === 'plateaus') return [0.5, 0.75, 1.0][Math.floor(i / 37) % 3];
          return n - i;
        });
        const ours = Float64Array.from(a);
        listsort(ours);
        const want = Float64Array.from(a).sort();
        let mismatches = 0;
        for (let i = 0; i < n; i++) if (ours[i] !== want[i]) mismatches++;
        expect([n, shape, mismatches]).toEqual([n, shape, 0]);
      }
    }
  });

  it('with NaN, runs are detected with `<` only (a NaN compares false both ways)', () => {
    // 0.9, NaN, 0.5: neither NaN < 0.9 nor 0.5 < NaN → one ascending run → unchanged
    expect(Array.from(pySortFloats(Float64Array.from([0.9, NaN, 0.5])))).toEqual([0.9, NaN, 0.5]);
    // 0.3 < 0.9 starts a descending run that NaN ends (reversed to 0.3, 0.9); binary insertion
    // leaves NaN in place (NaN < 0.9 is false) and puts 0.1 first
    expect(Array.from(pySortFloats(Float64Array.from([0.9, 0.3, NaN, 0.1])))).toEqual([0.1, 0.3, 0.9, NaN]);
  });
});
