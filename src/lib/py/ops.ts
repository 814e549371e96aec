/**
 * Python's operators and conversions on JSON values the reference handles without checking their
 * type: arithmetic, ordering, ==, int(), float(), dict.get on a non-dict, and dict-key identity.
 * Each raises a `PyError` where Python raises (None in arithmetic, a str/int comparison,
 * int("abc")), so callers can catch it at exactly the level where the reference has its
 * `try/except`.
 */
import { pyIntStr } from './dates.js';
import { round } from './numbers.js';
import { pyFloat as floatOfStr } from './str.js';
import { isDict } from './truthiness.js';

/** A Python exception (TypeError, ValueError, AttributeError) raised by one of these operations. */
export class PyError extends Error {
  override name = 'PyError';
}

/** Operand of Python arithmetic: int/float (bool counts as int); anything else raises. */
export function pyNum(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw new PyError(`unsupported operand type: ${JSON.stringify(v) ?? String(v)}`);
}

/** Python's `a + b` on numbers (bools count as ints); a TypeError otherwise. */
export function pyAdd(a: unknown, b: unknown): number {
  return pyNum(a) + pyNum(b);
}

/** Python ordering comparison (<, <=, >, >=) of two values; mixed types raise. Returns the sign. */
export function pyCmp(a: unknown, b: unknown): number {
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  const x = pyNum(a);
  const y = pyNum(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Python ==: numbers (and bools) compare numerically, everything else by identity/value. */
export function pyEq(a: unknown, b: unknown): boolean {
  const isN = (v: unknown) => typeof v === 'number' || typeof v === 'boolean';
  if (isN(a) && isN(b)) return pyNum(a) === pyNum(b);
  return a === b;
}

/** Python int(x): truncates numbers, parses integer strings ("12", " -3 ", "1_000"), raises otherwise. */
export function pyInt(v: unknown): number {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new PyError('cannot convert float NaN or infinity to integer');
    return Math.trunc(v);
  }
  if (typeof v === 'boolean') return v ? 1 : 0;
  const parsed = typeof v === 'string' ? pyIntStr(v) : null;
  if (parsed === null) throw new PyError(`invalid literal for int(): ${String(v)}`);
  return parsed;
}

/** Python float(x): numbers, bools and numeric strings; raises otherwise. */
export function pyFloatOf(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    try {
      return floatOfStr(v);
    } catch {
      throw new PyError(`could not convert string to float: ${v}`);
    }
  }
  throw new PyError('float() argument must be a string or a number');
}

/** int(round(x)) on a number (Python round: half-even); raises on non-numbers. */
export function pyIntRound(v: unknown): number {
  const x = pyNum(v);
  if (!Number.isFinite(x)) throw new PyError('cannot convert float NaN or infinity to integer');
  return round(x);
}

/** dict.get on a value that must be a dict (AttributeError otherwise). */
export function pyDictGet(d: unknown, key: string, dflt: unknown = null): unknown {
  if (!isDict(d)) throw new PyError("object has no attribute 'get'");
  const v = d[key];
  return v === undefined ? dflt : v;
}

/** Python dict-key identity of a JSON scalar (1 == 1.0 == True; "1" differs). */
export function pyKey(v: unknown): string {
  if (typeof v === 'boolean') return `n:${v ? 1 : 0}`;
  if (typeof v === 'number') return `n:${v}`;
  if (typeof v === 'string') return `s:${v}`;
  return `o:${JSON.stringify(v)}`;
}
