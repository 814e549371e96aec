/**
 * The step values of an Intervals.icu `workout_doc` and the Python operations the reference
 * applies to them (arithmetic, comparisons, int(), float(), round(), dict.get). Each raises a
 * `PyError` where Python raises on a malformed value (None in arithmetic, a str/int comparison,
 * int("abc")), so the renderers can catch it at exactly the level where the reference has its
 * `try/except`.
 */
import { isDict, pyFloat as floatOfStr, pyIntStr, round } from '../../lib/py/index.js';

/**
 * A workout_doc node (the document or one of its steps) as Intervals.icu sends it: free-form
 * JSON whose keys (duration, reps, steps, power, _power, hr, ramp, text…) depend on the builder.
 */
export type WorkoutDocNode = Record<string, unknown>;

export function isNode(v: unknown): v is WorkoutDocNode {
  return isDict(v);
}

/** A Python exception inside a renderer (caught where the reference catches it). */
export class PyError extends Error {}

/** Operand of Python arithmetic: int/float (bool counts as int); anything else raises. */
export function num(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw new PyError('unsupported operand');
}

/** Python ordering comparison (<, <=, >, >=) of two values; mixed types raise. Returns sign. */
export function pyCmp(a: unknown, b: unknown): number {
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  const x = num(a);
  const y = num(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Python ==: numbers (and bools) compare numerically, everything else by identity/value. */
export function pyEq(a: unknown, b: unknown): boolean {
  const isN = (v: unknown) => typeof v === 'number' || typeof v === 'boolean';
  if (isN(a) && isN(b)) return num(a) === num(b);
  return a === b;
}

/** Python int(x): truncates numbers, parses integer strings, raises otherwise. */
export function pyInt(v: unknown): number {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new PyError('cannot convert to int');
    return Math.trunc(v);
  }
  if (typeof v === 'boolean') return v ? 1 : 0;
  const parsed = typeof v === 'string' ? pyIntStr(v) : null;
  if (parsed === null) throw new PyError('invalid literal for int()');
  return parsed;
}

/** Python float(x): numbers, bools and numeric strings; raises otherwise. */
export function pyFloat(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    try {
      return floatOfStr(v);
    } catch {
      throw new PyError('could not convert to float');
    }
  }
  throw new PyError('could not convert to float');
}

/** int(round(x)) on a number (Python round: half-even); raises on non-numbers. */
export function intRound(v: unknown): number {
  const x = num(v);
  if (!Number.isFinite(x)) throw new PyError('cannot convert to int');
  return round(x);
}

/** dict.get on a value that must be a dict (AttributeError otherwise). */
export function dget(step: unknown, key: string, dflt: unknown = null): unknown {
  if (!isNode(step)) throw new PyError("object has no attribute 'get'");
  const v = step[key];
  return v === undefined ? dflt : v;
}
