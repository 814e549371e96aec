/**
 * workout_summary: a one-line rendering of an Intervals.icu `workout_doc` step tree.
 * Ports of _summarize_workout_doc (pattern A: explicit repeats), _detect_flat_alternating
 * (pattern B: unrolled work/rest pairs) and their step renderers.
 *
 * The reference returns None for anything it cannot summarise (a flat-only workout, a repeat
 * whose structure is too complex, a step without a duration …) and swallows every exception in
 * a renderer into None at the level where it is caught. This module reproduces those results
 * without ever throwing: each Python operation that would raise on a malformed value (None in
 * arithmetic, a str/int comparison, int("abc")) raises a `PyError` (src/lib/py/ops.ts), caught at exactly
 * the level where the reference has its `try/except`, so a malformed tree degrades the same
 * way the reference degrades (the step or the summary is dropped) and never escapes.
 *
 * Targets rendered: resolved power (`_power`, else `power`) as "@NW", else HR (`_hr`, else
 * `hr`) as "@Nbpm", else duration only (ramps, pace targets, free ride).
 */
import {
  pyCmp,
  pyDictGet as dget,
  pyEq,
  pyFloatOf,
  pyInt,
  pyIntRound as intRound,
  pyNum as num,
  pyStr,
  reprFloat,
  truthy,
} from '../../lib/py/index.js';
import { formatDuration } from '../format.js';
import { degraded } from '../diagnostics.js';
import { isNode, type WorkoutDocNode } from './step-values.js';

/**
 * A step duration as "1h2m3s". Integers go through the shared formatter; a non-integral float
 * (only a Python float can be one) keeps Python's float arithmetic: 90.5 → "1.0m30.5s".
 */
export function formatStepDuration(seconds: unknown): string {
  if (pyCmp(seconds, 0) <= 0) return '0s';
  const s = num(seconds);
  if (Number.isInteger(s)) return formatDuration(s);
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const secs = s % 60;
  let out = '';
  if (truthy(hours)) out += `${reprFloat(hours)}h`;
  if (truthy(minutes)) out += `${reprFloat(minutes)}m`;
  if (truthy(secs)) out += `${reprFloat(secs)}s`;
  return out !== '' ? out : '0s';
}

/** The resolved power target of a step (`_power`, else `power`) as a float, or null. Never raises. */
function getPower(step: unknown): number | null {
  try {
    const power = truthy(dget(step, '_power')) ? dget(step, '_power') : dget(step, 'power');
    if (truthy(power) && isNode(power)) {
      const val = power.value;
      if (val !== null && val !== undefined) return pyFloatOf(val);
    }
    return null;
  } catch (e) {
    // the reference's except: this renderer gives up and the caller falls back
    degraded('planned_workouts.workout_doc (getPower)', e);
    return null;
  }
}

/** "@NW" / "@Nbpm" target suffix shared by the flat and work-step renderers ('' = none). */
function hrSuffix(step: unknown): string | null {
  const hr = truthy(dget(step, '_hr')) ? dget(step, '_hr') : dget(step, 'hr');
  if (truthy(hr) && isNode(hr)) {
    const val = hr.value;
    if (val !== null && val !== undefined) return `@${intRound(val)}bpm`;
  }
  return null;
}

/** A non-repeat step as 'duration @NW' (or '@Nbpm', or the duration alone), or null. */
export function renderFlatStep(step: unknown): string | null {
  try {
    const dur = dget(step, 'duration');
    if (!truthy(dur) || (typeof dur !== 'number' && typeof dur !== 'boolean')) return null; // isinstance(dur, (int, float))
    const durStr = formatStepDuration(pyInt(dur));
    const power = truthy(dget(step, '_power')) ? dget(step, '_power') : dget(step, 'power');
    if (truthy(power) && isNode(power)) {
      const val = power.value;
      if (val !== null && val !== undefined) return `${durStr} @${intRound(val)}W`;
    }
    const hr = hrSuffix(step);
    if (hr) return `${durStr} ${hr}`;
    return durStr;
  } catch (e) {
    // the reference's except: this renderer gives up and the caller falls back
    degraded('planned_workouts.workout_doc (renderFlatStep)', e);
    return null;
  }
}

/** The work step of a repeat as 'dur @NW' (or '@Nbpm', or the duration alone), or null. */
function describeWorkStep(step: unknown): string | null {
  try {
    const dur = dget(step, 'duration');
    if (!truthy(dur)) return null;
    const durStr = formatStepDuration(pyInt(dur));
    const power = getPower(step);
    if (power !== null) return `${durStr} @${intRound(power)}W`;
    const hr = hrSuffix(step);
    if (hr) return `${durStr} ${hr}`;
    return durStr;
  } catch (e) {
    // the reference's except: this renderer gives up and the caller falls back
    degraded('planned_workouts.workout_doc (describeWorkStep)', e);
    return null;
  }
}

/** The rest step of a repeat: its duration only, or null. */
function describeRestDuration(step: unknown): string | null {
  try {
    const dur = dget(step, 'duration');
    if (!truthy(dur)) return null;
    return formatStepDuration(pyInt(dur));
  } catch (e) {
    // the reference's except: this renderer gives up and the caller falls back
    degraded('planned_workouts.workout_doc (describeRestDuration)', e);
    return null;
  }
}

/**
 * A repeat whose nested steps are a set that the builder unrolled into work/rest pairs
 * (30/15 style), optionally led by a longer, easier set-recovery step.
 */
function detectAlternatingInNested(nested: unknown[], outerReps: unknown): string | null {
  try {
    let setRec: unknown = null;
    let startIdx = 0;
    if (nested.length >= 5) {
      const first = nested[0];
      const second = nested[1];
      const firstPower = getPower(first);
      const secondPower = getPower(second);
      const firstDur = dget(first, 'duration', 0);
      const secondDur = dget(second, 'duration', 0);
      if (firstPower !== null && secondPower !== null && firstPower <= secondPower && pyCmp(firstDur, secondDur) > 0) {
        setRec = first;
        startIdx = 1;
      }
    }
    const remaining = nested.slice(startIdx);
    if (remaining.length < 6) return null;

    const pairs: [unknown, number, unknown, number][] = [];
    let i = 0;
    while (i + 1 < remaining.length) {
      const work = remaining[i];
      const rest = remaining[i + 1];
      let wPower = getPower(work);
      let rPower = getPower(rest);
      const wDur = dget(work, 'duration');
      const rDur = dget(rest, 'duration');
      if (wPower === null || rPower === null || wDur === null || rDur === null) return null;
      wPower = intRound(wPower);
      rPower = intRound(rPower);
      if (wPower <= rPower) return null;
      if (Math.abs(wPower - rPower) < Math.max(10, 0.05 * wPower)) return null;
      pairs.push([wDur, wPower, rDur, rPower]);
      i += 2;
    }

    let hasTrailing = false;
    if (i === remaining.length - 1) {
      const trailing = remaining[i];
      const tPower = getPower(trailing);
      const tDur = dget(trailing, 'duration');
      if (tPower !== null && tDur !== null && pairs.length) {
        const [refWd, refWp] = pairs[0];
        if (pyEq(tDur, refWd) && Math.abs(intRound(tPower) - refWp) <= 2) hasTrailing = true;
      }
    }
    if (pairs.length + (hasTrailing ? 1 : 0) < 3) return null;

    const [refWDur, refWPower, refRDur, refRPower] = pairs[0];
    for (let j = 0; j < pairs.length; j++) {
      const [wd, wp, rd, rp] = pairs[j];
      if (!pyEq(wd, refWDur)) return null;
      if (Math.abs(wp - refWPower) > 2) return null;
      if (Math.abs(rp - refRPower) > 2) return null;
      if (!pyEq(rd, refRDur) && j < pairs.length - 1) return null;
    }

    const nReps = pairs.length + (hasTrailing ? 1 : 0);
    const inner = `${nReps}×${formatStepDuration(refWDur)} @${intRound(refWPower)}W / ${formatStepDuration(refRDur)} rec`;
    if (pyCmp(outerReps, 1) > 0) {
      if (setRec !== null) return `${pyStr(outerReps)} sets × ${inner} (${formatStepDuration(dget(setRec, 'duration', 0))} set rec)`;
      return `${pyStr(outerReps)} sets × ${inner}`;
    }
    if (setRec !== null) return `${inner} (${formatStepDuration(dget(setRec, 'duration', 0))} set rec)`;
    return inner;
  } catch (e) {
    // the reference's except: this renderer gives up and the caller falls back
    degraded('planned_workouts.workout_doc (detectAlternatingInNested)', e);
    return null;
  }
}

/** A repeat step as "N×work / rest rec", an alternating set, or null when too complex. */
function renderRepeatBlock(step: WorkoutDocNode): string | null {
  try {
    const reps = dget(step, 'reps', 1);
    const nested = dget(step, 'steps', []);
    if (!truthy(nested) || !Array.isArray(nested)) return null;
    if (nested.length === 2) {
      const workStr = describeWorkStep(nested[0]);
      const restStr = describeRestDuration(nested[1]);
      if (workStr && restStr) return `${pyStr(reps)}×${workStr} / ${restStr} rec`;
      if (workStr) return `${pyStr(reps)}×${workStr}`;
      return null;
    }
    if (nested.length >= 3) {
      const result = detectAlternatingInNested(nested, reps);
      if (result) return result;
    }
    return null;
  } catch (e) {
    // the reference's except: this renderer gives up and the caller falls back
    degraded('planned_workouts.workout_doc (renderRepeatBlock)', e);
    return null;
  }
}

/** One top-level step: a repeat block or a flat step, or null (not a step, or not renderable). */
export function renderStep(step: unknown): string | null {
  if (!isNode(step)) return null;
  if ('reps' in step && 'steps' in step && Array.isArray(step.steps)) return renderRepeatBlock(step);
  return renderFlatStep(step);
}

/** Consecutive identical parts become "N × part"; joined by " | ". */
export function mergeIntervalBlocks(parts: string[]): string {
  const result: string[] = [];
  let i = 0;
  while (i < parts.length) {
    const current = parts[i];
    let count = 1;
    while (i + count < parts.length && parts[i + count] === current) count++;
    result.push(count > 1 ? `${count} × ${current}` : current);
    i += count;
  }
  return result.join(' | ');
}

/** Pattern A (explicit repeats): the rendered steps, null unless at least one part is an interval block. */
export function summarizeWorkoutDoc(workoutDoc: unknown): string | null {
  if (!truthy(workoutDoc) || !isNode(workoutDoc)) return null;
  const steps = workoutDoc.steps;
  if (!truthy(steps) || !Array.isArray(steps)) return null;
  const parts: string[] = [];
  for (const step of steps) {
    const rendered = renderStep(step);
    if (rendered) parts.push(rendered);
  }
  if (!parts.length) return null;
  if (!parts.some((p) => p.includes('×') || p.toLowerCase().includes('sets'))) return null;
  return mergeIntervalBlocks(parts);
}

type StepDatum = [unknown, number | null];

/**
 * One block of unrolled work/rest pairs: consume pairs from `start`.
 * Returns [count, workDur, workPower, restDur] or null.
 */
function tryAlternatingBlock(stepData: StepDatum[], start: number): [number, unknown, number, unknown] | null {
  try {
    const [refWDur, refWPowerRaw] = stepData[start];
    const [refRDur, refRPowerRaw] = stepData[start + 1];
    if (refWPowerRaw === null || refRPowerRaw === null) return null;
    const refWPower = intRound(refWPowerRaw);
    const refRPower = intRound(refRPowerRaw);
    if (refWPower <= refRPower) return null;
    if (Math.abs(refWPower - refRPower) < Math.max(10, 0.05 * refWPower)) return null;
    if (refWDur === null || refRDur === null) return null;

    let count = 1;
    let j = start + 2;
    while (j + 1 < stepData.length) {
      const [wd, wpRaw] = stepData[j];
      const [rd, rpRaw] = stepData[j + 1];
      if (wpRaw === null || rpRaw === null || wd === null || rd === null) break;
      const wp = intRound(wpRaw);
      const rp = intRound(rpRaw);
      if (Math.abs(num(wd) - num(refWDur)) > 1) break;
      if (Math.abs(wp - refWPower) > 2) break;
      if (Math.abs(rp - refRPower) > 2) break;
      if (Math.abs(num(rd) - num(refRDur)) > 2) {
        // a long rest (>= 1.5x) is a set break: always consumed as the tail
        if (num(rd) >= num(refRDur) * 1.5) {
          count++;
          j += 2;
          break;
        }
        if (j + 3 < stepData.length) {
          const [nwd, nwp] = stepData[j + 2];
          if (nwd !== null && Math.abs(num(nwd) - num(refWDur)) <= 1 && nwp !== null && Math.abs(intRound(nwp) - refWPower) <= 2) {
            break; // not the last pair: strict fail
          }
        }
        count++;
        j += 2;
        break;
      }
      count++;
      j += 2;
    }

    if (j < stepData.length) {
      const [wd, wp] = stepData[j];
      if (wd !== null && wp !== null && Math.abs(num(wd) - num(refWDur)) <= 1 && Math.abs(intRound(wp) - refWPower) <= 2) {
        count++;
      }
    }
    if (count < 3) return null;
    return [count, refWDur, refWPower, refRDur];
  } catch (e) {
    // the reference's except: this renderer gives up and the caller falls back
    degraded('planned_workouts.workout_doc (tryAlternatingBlock)', e);
    return null;
  }
}

/**
 * Pattern B: alternating high/low power steps at the top level,
 * without repeat markers (e.g. sprint openers). Null unless one block of >= 3 reps is found.
 *
 * As in the reference, after a block the scan skips count×2 steps even when the last rep was a
 * trailing work step without its rest, so the step right after such a block is not rendered.
 */
export function detectFlatAlternating(workoutDoc: unknown): string | null {
  try {
    if (!isNode(workoutDoc)) return null;
    const steps = workoutDoc.steps;
    if (!truthy(steps) || !Array.isArray(steps) || steps.length < 6) return null;
    if (steps.some((s) => isNode(s) && truthy(s.reps))) return null;
    const stepData: StepDatum[] = [];
    for (const s of steps) {
      if (!isNode(s)) return null;
      const dur = s.duration === undefined ? null : s.duration;
      stepData.push([dur, getPower(s)]);
    }
    const parts: string[] = [];
    let i = 0;
    while (i < stepData.length) {
      const [durI, powI] = stepData[i];
      if (i + 1 < stepData.length && durI !== null && powI !== null && stepData[i + 1][0] !== null && stepData[i + 1][1] !== null) {
        const block = tryAlternatingBlock(stepData, i);
        if (block) {
          const [count, workDur, workPower, restDur] = block;
          parts.push(`${count}×${formatStepDuration(workDur)} @${intRound(workPower)}W / ${formatStepDuration(restDur)} rec`);
          i += count * 2;
          continue;
        }
      }
      if (durI !== null) {
        const flat = renderFlatStep(steps[i]);
        if (flat) parts.push(flat);
      }
      i++;
    }
    if (!parts.length) return null;
    if (!parts.some((p) => p.includes('×'))) return null;
    return mergeIntervalBlocks(parts);
  } catch (e) {
    // the reference's except: this renderer gives up and the caller falls back
    degraded('planned_workouts.workout_doc (detectFlatAlternating)', e);
    return null;
  }
}

export type WorkoutSummaryPattern = 'A' | 'B' | null;

/** Pattern A, then pattern B: the workout_summary of one event and which pattern produced it. */
export function workoutSummary(workoutDoc: unknown): { summary: string | null; pattern: WorkoutSummaryPattern } {
  const a = summarizeWorkoutDoc(workoutDoc);
  if (a) return { summary: a, pattern: 'A' };
  const b = detectFlatAlternating(workoutDoc);
  if (b) return { summary: b, pattern: 'B' };
  return { summary: null, pattern: null };
}
