/**
 * The digest's no-invented-numbers property, as a checker: every figure in the Markdown must be a
 * value of the JSON it was made from. Dates, clock times and formatted durations ("1h10m") must be
 * found in a JSON string; any other number must equal a JSON number at the precision shown
 * ("12.1" matches 12.08), or be part of a JSON text copied verbatim (an alert's context).
 */

export interface Finding {
  token: string;
  kind: 'date' | 'time' | 'duration' | 'number';
  line: string;
}

function leaves(v: unknown, nums: number[], strs: string[]): void {
  if (typeof v === 'number') nums.push(v);
  else if (typeof v === 'string') strs.push(v);
  else if (Array.isArray(v)) for (const x of v) leaves(x, nums, strs);
  else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) leaves(x, nums, strs);
}

function decimals(token: string): number {
  const i = token.indexOf('.');
  return i < 0 ? 0 : token.length - i - 1;
}

/** Python-free rounding check: |x - shown| within half a unit of the last shown digit. */
function matchesAtPrecision(x: number, token: string): boolean {
  const shown = Number(token);
  const half = 0.5 * 10 ** -decimals(token);
  return Math.abs(x - shown) <= half + 1e-9 * Math.max(1, Math.abs(x));
}

const PATTERNS: Array<[Finding['kind'], RegExp]> = [
  ['date', /\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?/g],
  ['time', /\b\d{1,2}:\d{2}(?::\d{2})?\b/g],
  ['duration', /\b\d+h(?:\d+m)?(?:\d+s)?\b|\b\d+m(?:\d+s)?\b|\b\d+s\b/g],
];

/** The figures of `markdown` that the JSON does not hold. Empty = the property holds. */
export function inventedNumbers(markdown: string, sources: unknown[]): Finding[] {
  const nums: number[] = [];
  const strs: string[] = [];
  for (const s of sources) leaves(s, nums, strs);
  const inStrings = (t: string) => strs.some((s) => s.includes(t));
  // a number token inside a JSON text, bounded by non-digits
  const tokenInStrings = (t: string) => {
    const re = new RegExp(`(^|[^0-9.])${t.replace(/[.+-]/g, (c) => `\\${c}`)}($|[^0-9]|\\.(?![0-9]))`);
    return strs.some((s) => re.test(s));
  };
  const bad: Finding[] = [];
  for (const line of markdown.split('\n')) {
    let rest = line;
    for (const [kind, re] of PATTERNS) {
      rest = rest.replace(re, (m) => {
        if (!inStrings(m)) bad.push({ token: m, kind, line });
        return ' ';
      });
    }
    for (const m of rest.matchAll(/(^|[^A-Za-z0-9.])(-?)(\d+(?:\.\d+)?)/g)) {
      const token = `${m[2]}${m[3]}`;
      const ok = nums.some((x) => matchesAtPrecision(x, token)) || tokenInStrings(token) || (m[2] === '' ? false : tokenInStrings(m[3]));
      if (!ok) bad.push({ token, kind: 'number', line });
    }
  }
  return bad;
}

/** The numbers that matched only through a verbatim JSON text (for review, not a failure). */
export function numbersFoundOnlyInText(markdown: string, sources: unknown[]): string[] {
  const nums: number[] = [];
  for (const s of sources) leaves(s, nums, []);
  const out: string[] = [];
  let rest = markdown;
  for (const [, re] of PATTERNS) rest = rest.replace(re, ' ');
  for (const m of rest.matchAll(/(^|[^A-Za-z0-9.])(-?)(\d+(?:\.\d+)?)/g)) {
    const token = `${m[2]}${m[3]}`;
    if (!nums.some((x) => matchesAtPrecision(x, token))) out.push(token);
  }
  return out;
}
