/**
 * redact() removes the API key whole, its Basic-auth base64, its URL-encoded forms, and any
 * fragment of 6 or more characters of any of them, without eating ordinary text.
 */
import { describe, it, expect } from '@jest/globals';
import { FRAGMENT_MIN, redact } from '../../src/lib/redact.js';

const KEY = '5x0q7kz3mvw9b2ht8rj4np6yd1';
const BASIC = Buffer.from(`API_KEY:${KEY}`).toString('base64');

/** every window of `n` characters of `form` that appears in `text` */
function leaks(text: string, form: string, n = FRAGMENT_MIN): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= form.length; i++) if (text.includes(form.slice(i, i + n))) out.push(form.slice(i, i + n));
  return out;
}

describe('redact', () => {
  it('removes the key, its Basic-auth encoding and the Authorization header value', () => {
    const t = redact(`key=${KEY} auth=Basic ${BASIC} raw=${BASIC.replace(/=+$/, '')}`, [KEY]);
    expect(t).toBe('key=*** auth=Basic *** raw=***');
  });

  it('removes any cut piece of the key or of its encodings, at any offset', () => {
    for (const form of [KEY, BASIC]) {
      for (let start = 0; start + FRAGMENT_MIN <= form.length; start += 3) {
        for (const len of [FRAGMENT_MIN, FRAGMENT_MIN + 1, 12, 20]) {
          const piece = form.slice(start, start + len);
          if (piece.length < FRAGMENT_MIN) continue;
          const t = redact(`… body excerpt: {"error":"${piece}`, [KEY]);
          expect({ piece, leaks: leaks(t, form) }).toEqual({ piece, leaks: [] });
        }
      }
    }
  });

  it('removes URL-encoded, URL-safe base64 and bare-key base64 forms', () => {
    const odd = 'ab+c/d=e f&g%h?i';
    const basic = Buffer.from(`API_KEY:${odd}`).toString('base64');
    const forms = [
      encodeURIComponent(odd),
      encodeURIComponent(odd).replace(/%20/g, '+'),
      encodeURIComponent(basic),
      basic.replace(/\+/g, '-').replace(/\//g, '_'),
      Buffer.from(odd).toString('base64'),
    ];
    for (const f of forms) {
      const t = redact(`echo: ${f} end`, [odd]);
      expect({ f, t }).toEqual({ f, t: 'echo: *** end' });
    }
    // the key encoded after a prefix of any length: only the last group (which also encodes
    // what follows the key) may remain
    for (const prefix of ['x', 'xy', 'xyz', 'Basic:']) {
      const f = Buffer.from(`${prefix}${odd}`).toString('base64');
      const t = redact(`echo: ${f} end`, [odd]);
      expect({ prefix, leaks: leaks(t, f.slice(Math.ceil(prefix.length / 3) * 4, -4)) }).toEqual({ prefix, leaks: [] });
    }
  });

  it('keeps ordinary text: log lines with dates, ids and numbers are untouched', () => {
    const line = 'today is 2025-02-20 (UTC); skipped 1 Strava-sourced stub(s); GET /athlete/{id}/events → 200, 12 ms, 4501 bytes';
    expect(redact(line, [KEY])).toBe(line);
    expect(redact(line, ['rig-sick-key'])).toBe(line);
  });

  it('short secrets: under 4 characters are ignored, under 6 are removed whole only', () => {
    expect(redact('a b c abc', ['abc'])).toBe('a b c abc');
    expect(redact('k=ab12x and ab12 and b12x', ['ab12x'])).toBe('k=*** and ab12 and b12x');
  });

  it('redacts several secrets, and empty text and secrets are harmless', () => {
    expect(redact(`${KEY} tok_123456789`, [KEY, 'tok_123456789', null, undefined, ''])).toBe('*** ***');
    expect(redact('', [KEY])).toBe('');
  });
});
