/**
 * Python str() and repr() of JSON-decoded values, as f-strings and sort keys print them: None,
 * True/False, integral numbers as int, other numbers as float repr, containers in repr form
 * ({'a': 1}, [1, 'x']) rather than JavaScript's "[object Object]" or "1,x".
 */
import { reprFloat } from './str.js';
import { isDict } from './truthiness.js';

/** repr(s) of a str: single quotes unless the text holds a ' and no ", escapes as CPython writes them. */
function reprStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return quote + out + quote;
}

/** Python str(x) of a JSON value. */
export function pyStr(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : reprFloat(v);
  if (typeof v === 'string') return v;
  return pyRepr(v);
}

/** Python repr(x) of a JSON value (containers print their items' repr). */
export function pyRepr(v: unknown): string {
  if (typeof v === 'string') return reprStr(v);
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
  if (isDict(v))
    return `{${Object.entries(v)
      .map(([k, x]) => `${reprStr(k)}: ${pyRepr(x)}`)
      .join(', ')}}`;
  return pyStr(v);
}
