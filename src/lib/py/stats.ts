/**
 * The `statistics` and `math` functions the reference calls, exactly: fsum, builtin sum,
 * mean (exact fractions), fmean, stdev (sample, n-1) vs pstdev (population, n), median,
 * linear_regression.
 */
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

const view = new DataView(new ArrayBuffer(8));

/** A finite double as mant * 2**exp with an integer mantissa (exact). */
function decomposeDouble(x: number): [bigint, number] {
  // an integer-valued double is its own mantissa (most samples: watts, bpm, seconds)
  if (Number.isSafeInteger(x)) return [BigInt(x), 0];
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
  const n = values.length;
  // whole numbers (watts, bpm) small enough that every sum below stays an exact double: the same
  // exact sum of squares without a bigint per sample (|n a_i - S| <= 2 n max, so ss <= 4 n^3 max^2)
  let max = 0;
  for (const v of values) {
    if (!Number.isSafeInteger(v)) {
      max = Number.POSITIVE_INFINITY;
      break;
    }
    if (Math.abs(v) > max) max = Math.abs(v);
  }
  if (4 * n * n * n * max * max < Number.MAX_SAFE_INTEGER) {
    let total = 0;
    for (const v of values) total += v;
    let ss = 0;
    for (const v of values) {
      const d = n * v - total;
      ss += d * d;
    }
    return sqrtOfFraction(BigInt(ss), BigInt(n) * BigInt(n) * BigInt(divisor));
  }
  const parts = values.map(decomposeDouble);
  let emin = 0;
  for (const [m, e] of parts) if (m !== 0n && e < emin) emin = e;
  const terms = parts.map(([m, e]) => (m === 0n ? 0n : m << BigInt(e - emin)));
  const bn = BigInt(n);
  const total = terms.reduce((a, b) => a + b, 0n);
  // x_i - mean = (n a_i - S) / n * 2**emin, so variance = ss / (n^2 divisor) * 2**(2 emin)
  let ss = 0n;
  for (const a of terms) {
    const d = bn * a - total;
    ss += d * d;
  }
  return sqrtOfFraction(ss, bn * bn * BigInt(divisor)) * 2 ** emin;
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
