/**
 * JSON text as the reference writes it: `json.dump(obj, f, indent=2)` with Python's defaults
 * (ensure_ascii escapes, ", " / ": " separators), except for one thing: the files are strict
 * JSON (RFC 8259). Python writes `NaN` / `Infinity` tokens for non-finite floats, which strict
 * parsers (JavaScript's JSON.parse, jq, most AI tool readers) refuse; here a non-finite number
 * is written as `null`, the value the readers already handle as "no value".
 * Key order is insertion order, as in a Python dict. `sortKeys` mirrors `sort_keys=True`.
 */

function escapeString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i];
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (c < 0x20 || c > 0x7e) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}

function numberToken(n: number): string {
  if (!Number.isFinite(n)) return 'null';
  return JSON.stringify(n);
}

/** what JSON.stringify leaves raw and `ensure_ascii` escapes: DEL and everything above ASCII */
const NON_ASCII = /[\u007f-\uffff]/g;
const escapeUnit = (ch: string) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0');

export function dumps(value: unknown, opts: { indent?: number; sortKeys?: boolean } = {}): string {
  const indent = opts.indent ?? 2;
  if (!opts.sortKeys && indent > 0 && indent <= 10) {
    // JSON.stringify with an indent lays a value out exactly as json.dumps(indent=n) does: the
    // same line breaks, "," and ": " separators, [] and {} when empty, null for a non-finite
    // number, undefined members left out, Object.keys order, the same short escapes and
    // lower-case \u00XX for control characters, lone surrogates escaped. It only leaves non-ASCII
    // characters raw, which ensure_ascii writes as UTF-16 escapes.
    let text: string | undefined;
    try {
      text = JSON.stringify(value, null, indent) as string | undefined;
    } catch {
      // a value JSON.stringify refuses (a bigint): written by the walk below
      text = undefined;
    }
    if (text !== undefined) return text.replace(NON_ASCII, escapeUnit);
  }
  const walk = (v: unknown, depth: number): string => {
    if (v === null || v === undefined) return 'null';
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    if (typeof v === 'number') return numberToken(v);
    if (typeof v === 'string') return escapeString(v);
    if (typeof v === 'bigint') return v.toString();
    const pad = ' '.repeat(indent * (depth + 1));
    const close = ' '.repeat(indent * depth);
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      return '[\n' + v.map((x) => pad + walk(x, depth + 1)).join(',\n') + '\n' + close + ']';
    }
    if (typeof v === 'object') {
      let keys = Object.keys(v as object).filter((k) => (v as Record<string, unknown>)[k] !== undefined);
      if (opts.sortKeys) keys = keys.sort();
      if (keys.length === 0) return '{}';
      return (
        '{\n' +
        keys.map((k) => pad + escapeString(k) + ': ' + walk((v as Record<string, unknown>)[k], depth + 1)).join(',\n') +
        '\n' +
        close +
        '}'
      );
    }
    return escapeString(String(v));
  };
  return walk(value, 0);
}

/**
 * Parse JSON that may carry Python's NaN / Infinity tokens (outside strings): state files the
 * reference wrote before the switch to this producer can hold them.
 */
export function loads(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    if (!/NaN|Infinity/.test(text)) throw e;
    const sentinel = '__pyjson_nonfinite__';
    let out = '';
    let inStr = false;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (inStr) {
        out += ch;
        if (ch === '\\') out += text[++i];
        else if (ch === '"') inStr = false;
        continue;
      }
      if (ch === '"') {
        inStr = true;
        out += ch;
      } else if (text.startsWith('NaN', i)) {
        out += `"${sentinel}NaN"`;
        i += 2;
      } else if (text.startsWith('-Infinity', i)) {
        out += `"${sentinel}-Infinity"`;
        i += 8;
      } else if (text.startsWith('Infinity', i)) {
        out += `"${sentinel}Infinity"`;
        i += 7;
      } else out += ch;
    }
    return JSON.parse(out, (_k, v) => (typeof v === 'string' && v.startsWith(sentinel) ? Number(v.slice(sentinel.length)) : v));
  }
}
