/**
 * Python semantics the port must reproduce exactly (the reference is sync.py).
 *
 * Every derive/render module uses these helpers instead of the JavaScript look-alikes:
 * - `round` is round-half-even on the exact binary value (Python's `round`), not Math.round;
 * - `truthy` / `or` follow Python truthiness (0, 0.0, "", [], {}, null are falsy; NaN is truthy),
 *   so `a or b` falls through a real 0 where `??` would not;
 * - `get` applies the default only when the key is ABSENT (a present-but-null value stays null);
 * - `floorDiv` / `mod` floor on negatives; `weekday` is Monday=0 (see naive-time.ts);
 * - `mean`, `stdev` (sample), `pstdev` (population), `median`, `linearRegression` follow `statistics`;
 * - `reprFloat` / `fmtFixed` / `fmtPercent` reproduce str(float), f"{x:.Nf}" and f"{x:+.N%}".
 */

// The API payloads are loose JSON dicts; the reference reads them with .get(), so do we.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Dict = Record<string, any>;

/** Python truthiness. */
export function truthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false) return false;
  if (typeof v === 'number') return v !== 0; // NaN is truthy in Python
  if (typeof v === 'string') return v.length > 0;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof Map || v instanceof Set) return v.size > 0;
  if (typeof v === 'object') return Object.keys(v as object).length > 0;
  return true;
}

/** Python `a or b or c`: the first truthy operand, else the last one (None → null). */
export function or<T>(...vals: T[]): T | null {
  for (let i = 0; i < vals.length - 1; i++) if (truthy(vals[i])) return vals[i];
  const last = vals[vals.length - 1];
  return last === undefined ? null : last;
}

/** Python `d.get(key, dflt)`: the default applies only when the key is absent. */
export function get<T = any>(d: Dict | null | undefined, key: string, dflt: T | null = null): any {
  if (d === null || d === undefined) return dflt;
  const v = d[key];
  return v === undefined ? dflt : v;
}

/** Python `//` on numbers (floors toward -infinity). */
export function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

/** Python `%` (result has the sign of the divisor). */
export function mod(a: number, b: number): number {
  const r = a % b;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r;
}

/** Python int(x) on a float: truncation toward zero. */
export function int(x: number): number {
  return Math.trunc(x);
}

/**
 * f"{x:.{nd}f}": the exact binary value rounded half-even to nd decimals (Python formats and
 * rounds on the exact value of the double, so only exactly representable ties go to even).
 */
export function fmtFixed(x: number, nd: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const neg = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  if (a >= 1e21) return (neg ? '-' : '') + BigInt(a).toString() + (nd > 0 ? '.' + '0'.repeat(nd) : '');
  const exact = a.toFixed(100); // exact decimal expansion (to 100 places) of the double
  const [ip, fp] = exact.split('.');
  const keep = fp.slice(0, nd);
  const rest = fp.slice(nd);
  let up: boolean;
  if (rest[0] > '5') up = true;
  else if (rest[0] < '5') up = false;
  else if (/[1-9]/.test(rest.slice(1))) up = true;
  else {
    const lastDigit = Number((ip + keep).slice(-1));
    up = lastDigit % 2 === 1;
  }
  let digits = ip + keep;
  if (up) digits = incrementDecimalString(digits);
  const intLen = digits.length - nd;
  const intStr = digits.slice(0, intLen).replace(/^0+(?=\d)/, '') || '0';
  const fracStr = digits.slice(intLen);
  return (neg ? '-' : '') + intStr + (nd > 0 ? '.' + fracStr : '');
}

function incrementDecimalString(s: string): string {
  const d = s.split('');
  let i = d.length - 1;
  while (i >= 0) {
    if (d[i] === '9') {
      d[i] = '0';
      i--;
    } else {
      d[i] = String(Number(d[i]) + 1);
      return d.join('');
    }
  }
  return '1' + d.join('');
}

/** Python round(x, nd): half-even on the exact binary value. round(x) (nd omitted) → integer. */
export function round(x: number, nd = 0): number {
  if (!Number.isFinite(x)) return x;
  if (nd < 0) {
    const f = 10 ** -nd;
    return round(x / f) * f;
  }
  const v = parseFloat(fmtFixed(x, nd));
  return v === 0 ? 0 : v;
}

/** round(x, nd) that passes null/undefined through (the reference's `round(v, n) if v is not None`). */
export function roundOpt(x: number | null | undefined, nd = 0): number | null {
  return x === null || x === undefined ? null : round(x, nd);
}

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

/** Exactly rounded sum (math.fsum, Shewchuk's algorithm as in CPython). */
export function fsum(values: Iterable<number>): number {
  const partials: number[] = [];
  for (let x of values) {
    let i = 0;
    for (let j = 0; j < partials.length; j++) {
      let y = partials[j];
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }
  let n = partials.length;
  if (n === 0) return 0;
  let hi = partials[--n];
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = partials[--n];
    hi = x + y;
    const yr = hi - x;
    lo = y - yr;
    if (lo !== 0) break;
  }
  if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
    const y = lo * 2;
    const x = hi + y;
    const yr = x - hi;
    if (y === yr) hi = x;
  }
  return hi;
}

/** Python's builtin sum(): plain left-to-right float addition. */
export function sum(values: Iterable<number>): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

/** A finite double as mant * 2**exp with an integer mantissa (exact). */
function decomposeDouble(x: number): [bigint, number] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const sign = hi >>> 31 ? -1n : 1n;
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return [sign * mant, -1074];
  mant |= 1n << 52n;
  return [sign * mant, biased - 1075];
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** The double nearest (half-even) to num / den * 2**exp, num and den positive integers. */
function ratioToDouble(num: bigint, den: bigint, exp: number): number {
  // scale so that the integer quotient carries at least 55 significant bits
  const shift = Math.max(0, 55 - (bitLength(num) - bitLength(den)));
  const scaled = num << BigInt(shift);
  const q = scaled / den;
  const sticky = scaled % den !== 0n;
  const drop = bitLength(q) - 53;
  let keep = q >> BigInt(drop);
  const rest = q & ((1n << BigInt(drop)) - 1n);
  const half = 1n << BigInt(drop - 1);
  if (rest > half || (rest === half && (sticky || (keep & 1n) === 1n))) keep += 1n;
  const e = drop - shift + exp;
  // keep ≤ 2**53 is exact; split the power of two so neither factor over/underflows early
  return Number(keep) * 2 ** Math.trunc(e / 2) * 2 ** (e - Math.trunc(e / 2));
}

/**
 * statistics.mean: the exact rational mean of the values, rounded once to the nearest double
 * (fsum/n would round twice and can land on the other side of a round(x, 1) tie).
 */
export function mean(values: number[]): number {
  if (values.length === 0) throw new Error('mean requires at least one data point');
  if (!values.every(Number.isFinite)) return fsum(values) / values.length;
  const parts = values.map(decomposeDouble);
  const emin = Math.min(...parts.map(([, e]) => e));
  let total = 0n;
  for (const [m, e] of parts) total += m << BigInt(e - emin);
  if (total === 0n) return 0;
  const neg = total < 0n;
  const v = ratioToDouble(neg ? -total : total, BigInt(values.length), emin);
  return neg ? -v : v;
}

/** statistics.fmean */
export function fmean(values: number[]): number {
  return mean(values);
}

/** isqrt for a non-negative bigint (Newton's method). */
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(bitLength(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** sqrt(n / m) correctly rounded to a double (statistics._float_sqrt_of_frac, round-to-odd). */
function sqrtOfFraction(n: bigint, m: bigint): number {
  if (n === 0n) return 0;
  const rto = (a: bigint, b: bigint): bigint => {
    const r = isqrt(a / b);
    return r * r * b !== a ? r | 1n : r;
  };
  const q = Math.floor((bitLength(n) - bitLength(m) - 109) / 2);
  if (q >= 0) return ratioToDouble(rto(n, m << BigInt(2 * q)) << BigInt(q), 1n, 0);
  return ratioToDouble(rto(n << BigInt(-2 * q), m), 1n, q);
}

/**
 * sqrt(sum of squared deviations / divisor), computed exactly and rounded once like
 * statistics.stdev / pstdev (Python 3.11+: exact _ss, correctly rounded square root), so a
 * constant series has a standard deviation of exactly 0.
 */
function exactStdev(values: number[], divisor: number): number {
  if (!values.every(Number.isFinite)) {
    const m = fsum(values) / values.length;
    return Math.sqrt(fsum(values.map((v) => (v - m) * (v - m))) / divisor);
  }
  const parts = values.map(decomposeDouble);
  let emin = 0;
  for (const [m, e] of parts) if (m !== 0n && e < emin) emin = e;
  const terms = parts.map(([m, e]) => (m === 0n ? 0n : m << BigInt(e - emin)));
  const n = BigInt(values.length);
  const total = terms.reduce((a, b) => a + b, 0n);
  // x_i - mean = (n a_i - S) / n * 2**emin, so variance = ss / (n^2 divisor) * 2**(2 emin)
  let ss = 0n;
  for (const a of terms) {
    const d = n * a - total;
    ss += d * d;
  }
  return sqrtOfFraction(ss, n * n * BigInt(divisor)) * 2 ** emin;
}

/** statistics.stdev: SAMPLE standard deviation (n-1). */
export function stdev(values: number[]): number {
  if (values.length < 2) throw new Error('stdev requires at least two data points');
  return exactStdev(values, values.length - 1);
}

/** statistics.pstdev: POPULATION standard deviation (n). */
export function pstdev(values: number[]): number {
  if (values.length < 1) throw new Error('pstdev requires at least one data point');
  return exactStdev(values, values.length);
}

/** statistics.median */
export function median(values: number[]): number {
  if (values.length === 0) throw new Error('no median for empty data');
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 === 1 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

/** statistics.linear_regression (Python 3.11: fsum-based). */
export function linearRegression(x: number[], y: number[]): { slope: number; intercept: number } {
  const n = x.length;
  if (n < 2 || y.length !== n) throw new Error('linear regression requires at least two points');
  const xbar = fsum(x) / n;
  const ybar = fsum(y) / n;
  const sxy = fsum(x.map((xi, i) => (xi - xbar) * (y[i] - ybar)));
  const sxx = fsum(x.map((xi) => (xi - xbar) * (xi - xbar)));
  if (sxx === 0) throw new Error('x is constant');
  const slope = sxy / sxx;
  return { slope, intercept: ybar - slope * xbar };
}

/** Python comparison of str/number/tuple values for sorted()/min()/max(). */
export function cmp(a: unknown, b: unknown): number {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = cmp(a[i], b[i]);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  if (typeof a === 'string' && typeof b === 'string') {
    // Python compares code points; compare via code points to be exact beyond the BMP.
    if (a === b) return 0;
    const ca = Array.from(a);
    const cb = Array.from(b);
    for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
      const d = ca[i].codePointAt(0)! - cb[i].codePointAt(0)!;
      if (d !== 0) return d;
    }
    return ca.length - cb.length;
  }
  const x = a as number;
  const y = b as number;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** sorted(items, key=..., reverse=...) — stable, like Python (reverse keeps equal items in order). */
export function sorted<T>(items: Iterable<T>, key: (t: T) => unknown = (t) => t, reverse = false): T[] {
  const arr = Array.from(items).map((item, idx) => ({ item, k: key(item), idx }));
  arr.sort((p, q) => {
    const c = cmp(p.k, q.k);
    if (c !== 0) return reverse ? -c : c;
    return p.idx - q.idx;
  });
  return arr.map((p) => p.item);
}

/** max(items, key=...): the FIRST maximal item, like Python. */
export function maxBy<T>(items: T[], key: (t: T) => unknown): T {
  if (items.length === 0) throw new Error('max() arg is an empty sequence');
  let best = items[0];
  let bk = key(best);
  for (let i = 1; i < items.length; i++) {
    const k = key(items[i]);
    if (cmp(k, bk) > 0) {
      best = items[i];
      bk = k;
    }
  }
  return best;
}

/** min(items, key=...): the FIRST minimal item, like Python. */
export function minBy<T>(items: T[], key: (t: T) => unknown): T {
  if (items.length === 0) throw new Error('min() arg is an empty sequence');
  let best = items[0];
  let bk = key(best);
  for (let i = 1; i < items.length; i++) {
    const k = key(items[i]);
    if (cmp(k, bk) < 0) {
      best = items[i];
      bk = k;
    }
  }
  return best;
}

/** str.strip() for the whitespace Python strips by default. */
export function strip(s: string): string {
  return s.replace(/^[\s\u001c-\u001f\u0085]+|[\s\u001c-\u001f\u0085]+$/g, '');
}

/** isinstance(v, (int, float)) and not bool. */
export function isNum(v: unknown): v is number {
  return typeof v === 'number';
}

/** isinstance(v, dict) */
export function isDict(v: unknown): v is Dict {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Python float(str): surrounding whitespace stripped, '_' between digits, inf/infinity/nan in any
 * case; anything else raises (ValueError in Python, an Error here). Number() would accept '',
 * '0x1f' and reject 'inf'.
 */
export function pyFloat(s: string): number {
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
