/**
 * Python number semantics: `//` and `%` floor on negatives, int() truncates, round() is
 * half-even on the exact binary value (not Math.round), float() parsing.
 */
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
  // toFixed rounds the exact binary value too, but ties away from zero: it differs from Python
  // only on an exact tie, which needs the exact value to end at digit nd+1 with a 5, and then
  // toFixed(nd+1) is exact and ends in 5. Everything else is decided by toFixed alone.
  if (Number.isFinite(x) && Number.isInteger(nd) && nd >= 0 && nd <= 99 && Math.abs(x) < 1e21) {
    const a = Math.abs(x);
    const probe = a.toFixed(nd + 1);
    if (probe.charCodeAt(probe.length - 1) !== 53 /* '5' */) return (x < 0 || Object.is(x, -0) ? '-' : '') + a.toFixed(nd);
  }
  return fmtFixedExact(x, nd);
}

/** fmtFixed from the exact decimal expansion of the double (the general case: ties, huge values). */
export function fmtFixedExact(x: number, nd: number): string {
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
