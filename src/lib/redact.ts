/**
 * Remove secret values from text before it leaves the run (log line, error, summary, issue).
 *
 * For each secret the forms a request or an echoing server can carry are considered: the value
 * itself, its Basic-auth encoding `base64("API_KEY:<key>")` (standard and URL-safe alphabets, with
 * and without padding), base64 of the bare key at each of the three byte alignments (a key encoded
 * after an arbitrary prefix), and the URL-encoded forms of all of these. Not only whole forms are
 * removed but every run of text that shares at least FRAGMENT_MIN characters with one of them, so
 * a body excerpt cut through the key, or a key cut by a log width, leaks nothing.
 *
 * Why 6: a window of 6 characters of a random alphanumeric key carries ~31 bits, and shorter
 * windows start matching ordinary words and numbers in log lines (dates, ids, "Basic "); longer
 * ones would let a cut 7-10 character piece of a key through. Secrets shorter than
 * SECRET_MIN are not redacted at all (they would match everywhere; nothing real is that short),
 * and a secret shorter than FRAGMENT_MIN is removed whole only.
 *
 * Redact BEFORE truncating: a truncation can cut a form into a fragment the whole-form
 * replacement would miss (fragments are caught here too, but only from 6 characters on).
 */
export const FRAGMENT_MIN = 6;
const SECRET_MIN = 4;
const MASK = '***';

function b64Variants(bytes: Buffer): string[] {
  const std = bytes.toString('base64');
  const url = std.replace(/\+/g, '-').replace(/\//g, '_');
  return [std, std.replace(/=+$/, ''), url.replace(/=+$/, '')];
}

/** Every textual form of `secret` that a request, a header or an echoing server can show. */
export function secretForms(secret: string): string[] {
  const forms = new Set<string>([secret]);
  const key = Buffer.from(secret, 'utf8');
  for (const f of b64Variants(Buffer.concat([Buffer.from('API_KEY:'), key]))) forms.add(f);
  for (const f of b64Variants(key)) forms.add(f);
  // the bare key encoded from each byte alignment, whole groups only (the last partial group
  // depends on what follows the key)
  for (let j = 0; j < 3 && j < key.length; j++) {
    const part = key.subarray(j, j + Math.floor((key.length - j) / 3) * 3);
    if (part.length >= 3) for (const f of b64Variants(part)) forms.add(f);
  }
  for (const f of [...forms]) {
    forms.add(encodeURIComponent(f));
    forms.add(encodeURIComponent(f).replace(/%20/g, '+'));
  }
  return [...forms].filter((f) => f.length > 0);
}

/** Mark every character of `text` covered by a window of `n` characters found in `windows`. */
function markWindows(text: string, n: number, windows: Set<string>, marked: Uint8Array): void {
  for (let i = 0; i + n <= text.length; i++) {
    if (windows.has(text.slice(i, i + n))) marked.fill(1, i, i + n);
  }
}

/** `text` with every secret, its encodings and any fragment of them of >= 6 characters replaced by `***`. */
export function redact(text: string, secrets: Array<string | null | undefined>): string {
  if (!text) return text;
  const marked = new Uint8Array(text.length);
  let any = false;
  for (const s of secrets) {
    if (!s || s.length < SECRET_MIN) continue;
    const forms = secretForms(s);
    // whole forms first (covers secrets shorter than a fragment window)
    for (const f of forms) {
      for (let i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + 1)) {
        marked.fill(1, i, i + f.length);
        any = true;
      }
    }
    const windows = new Set<string>();
    for (const f of forms) {
      if (f.length < FRAGMENT_MIN || s.length < FRAGMENT_MIN) continue;
      for (let i = 0; i + FRAGMENT_MIN <= f.length; i++) windows.add(f.slice(i, i + FRAGMENT_MIN));
    }
    if (windows.size) {
      markWindows(text, FRAGMENT_MIN, windows, marked);
      any = true;
    }
  }
  if (!any) return text;
  let out = '';
  for (let i = 0; i < text.length; ) {
    if (!marked[i]) {
      out += text[i++];
      continue;
    }
    while (i < text.length && marked[i]) i++;
    out += MASK;
  }
  return out;
}
