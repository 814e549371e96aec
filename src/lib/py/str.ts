/**
 * str(), repr() and format() of Python values: str(float) shortest round-trip digits with '.0',
 * f"{x:.Nf}" and f"{x:+.N%}", str.strip().
 */
import { fmtFixed, round } from './numbers.js';
/** f"{x:+.{nd}%}" (sign always shown when plus=true). Python multiplies by 100 in binary first. */
export function fmtPercent(x: number, nd: number, plus = false): string {
  const s = fmtFixed(x * 100, nd);
  return (plus && !s.startsWith('-') ? '+' : '') + s + '%';
}

/** str(float) / repr(float) in Python 3: shortest round-trip digits, '.0' on integral values. */
export function reprFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expStr] = x.toExponential().split('e');
  const exp = Number(expStr);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const e = (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
    return (neg ? '-' : '') + m + 'e' + e;
  }
  let out: string;
  if (exp >= 0) {
    const intPart = digits.length > exp + 1 ? digits.slice(0, exp + 1) : digits.padEnd(exp + 1, '0');
    const frac = digits.length > exp + 1 ? digits.slice(exp + 1) : '0';
    out = intPart + '.' + frac;
  } else {
    out = '0.' + '0'.repeat(-exp - 1) + digits;
  }
  return (neg ? '-' : '') + out;
}

/** str.strip() for the whitespace Python strips by default. */
export function strip(s: string): string {
  return s.replace(/^[\s\u001c-\u001f\u0085]+|[\s\u001c-\u001f\u0085]+$/g, '');
}

/**
 * str() of values interpolated into the reference's f-strings. JavaScript numbers do not carry
 * Python's int/float distinction, so each call site states the Python type the reference has
 * there: `strFloat` for computed floats (round(x, n) of a float is a float: 2.0 prints "2.0"),
 * `strInt` for ints, `strApi` for numbers as the reference received them in JSON (an integral
 * JSON number decodes to a Python int, anything else to a float).
 */

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

/** a plain decimal literal, which float() and Number() read alike */
const PLAIN_DECIMAL = /^[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * Python float(str): surrounding whitespace stripped, '_' between digits, inf/infinity/nan in any
 * case; anything else raises (ValueError in Python, an Error here). Number() would accept '',
 * '0x1f' and reject 'inf'.
 */
export function pyFloat(s: string): number {
  if (PLAIN_DECIMAL.test(s)) return Number(s);
  const t = strip(s);
  const m = /^([+-]?)(?:(inf|infinity)|(nan)|((?:\d(?:_?\d)*)?(?:\.(?:\d(?:_?\d)*)?)?(?:[eE][+-]?\d(?:_?\d)*)?))$/i.exec(t);
  if (!m) throw new Error(`could not convert string to float: '${s}'`);
  const sign = m[1] === '-' ? -1 : 1;
  if (m[2]) return sign * Infinity;
  if (m[3]) return NaN;
  const num = m[4].replace(/_/g, '');
  // at least one digit in the mantissa ('.', 'e5', '.e1' are invalid)
  if (!/^\d|^\.\d/.test(num)) throw new Error(`could not convert string to float: '${s}'`);
  return sign * Number(num);
}
