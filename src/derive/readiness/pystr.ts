/**
 * str() of values interpolated into the reference's f-strings. JavaScript numbers do not carry
 * Python's int/float distinction, so each call site states the Python type the reference has
 * there: `strFloat` for computed floats (round(x, n) of a float is a float: 2.0 prints "2.0"),
 * `strInt` for ints, `strApi` for numbers as the reference received them in JSON (an integral
 * JSON number decodes to a Python int, anything else to a float).
 */
import { reprFloat, round } from '../../lib/py.js';

/** str(x) for a Python float (None → "None"). */
export function strFloat(x: number | null | undefined): string {
  return x === null || x === undefined ? 'None' : reprFloat(x);
}

/** str(x) for a Python int (None → "None"). */
export function strInt(x: number | null | undefined): string {
  return x === null || x === undefined ? 'None' : String(x);
}

/** str(x) for a number decoded from JSON: integral → int, else float. */
export function strApi(x: number | null | undefined): string {
  if (x === null || x === undefined) return 'None';
  return Number.isInteger(x) ? String(x) : reprFloat(x);
}

/** str(x) for a value of any JSON type (strings as is; numbers decoded from JSON as in strApi). */
export function strAny(x: unknown): string {
  if (x === null || x === undefined) return 'None';
  if (typeof x === 'boolean') return x ? 'True' : 'False';
  if (typeof x === 'number') return strApi(x);
  if (typeof x === 'string') return x;
  return JSON.stringify(x);
}

/** str(round(x, nd)) where x has the given Python type: round keeps an int an int. */
export function strRounded(x: number, nd: number, isInt: boolean): string {
  return isInt ? String(x) : reprFloat(round(x, nd));
}
