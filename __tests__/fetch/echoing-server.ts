/**
 * A fake Intervals.icu that echoes the secret back: the Authorization header, the key, cut pieces
 * of both and their encodings, in error bodies, malformed bodies, schema-breaking fields and a
 * Retry-After header, on core and best-effort endpoints. And the scan for any window of 6 or more
 * characters of the key or of its encodings in what a run leaves behind.
 */
import type { Fault } from '../../src/fake-intervals/server.js';

export const KEY = 'q7Zt2mX9vR4kL8pW3nB6yH1c';
export const BASIC = Buffer.from(`API_KEY:${KEY}`).toString('base64');
const ATHLETE = '/api/v1/athlete/i000000';

/** what a hostile body carries: the key, its encodings, and pieces cut through them */
export const ECHO = {
  key: KEY,
  basic: `Basic ${BASIC}`,
  urlEncoded: encodeURIComponent(BASIC),
  cutKey: KEY.slice(5, 17),
  cutBasic: BASIC.slice(9, 25),
};
const echoJson = JSON.stringify({ error: 'denied', ...ECHO });
/** a body cut mid-way (malformed JSON) whose first 60 characters are mostly secret */
const malformed = `{"e":"${KEY}${BASIC}", "cut": "${ECHO.cutKey}`;

/** Best-effort endpoints echoing the secret; the run must succeed and show none of it. */
export const BEST_EFFORT_ECHOES: Fault[] = [
  { path: `${ATHLETE}/power-curves`, status: 500, echoRequest: true },
  { path: `${ATHLETE}/hr-curves`, status: 200, rawBody: malformed },
  { path: `${ATHLETE}/wellness/2025-02-20`, status: 200, body: { id: '2025-02-20', sportInfo: KEY } },
  { path_regex: '^/api/v1/activity/[^/]+/messages$', status: 403, rawBody: echoJson },
  { path_regex: '^/api/v1/activity/[^/]+/streams', status: 429, headers: { 'Retry-After': KEY }, echoRequest: true },
  { path_regex: '^/api/v1/activity/[^/]+$', status: 200, body: { id: 1, icu_intervals: KEY } },
  // a list row that fails validation is skipped and its reason logged
  { path: `${ATHLETE}/wellness`, query: { oldest: '2025-02-19', newest: '2025-02-19' }, status: 200, body: [{ id: KEY }] },
];

/** Core endpoints echoing the secret, one per failing run. */
export const CORE_ECHOES: Array<[string, Fault]> = [
  ['athlete: 500 echoing the request', { path: ATHLETE, status: 500, echoRequest: true }],
  ['activities: malformed JSON full of the key', { path: `${ATHLETE}/activities`, status: 200, rawBody: malformed }],
  [
    'events: 429 with the key as Retry-After',
    { path: `${ATHLETE}/events`, status: 429, headers: { 'Retry-After': KEY }, rawBody: echoJson },
  ],
  ['wellness: 401 echoing the request', { path: `${ATHLETE}/wellness`, status: 401, echoRequest: true }],
  ['athlete: schema break with the key in a field', { path: ATHLETE, status: 200, body: { id: 'i000000', sportSettings: KEY } }],
];

function encodings(): string[] {
  const forms = [KEY, BASIC, BASIC.replace(/=+$/, ''), encodeURIComponent(KEY), encodeURIComponent(BASIC)];
  for (let j = 0; j < 3; j++) forms.push(Buffer.from(KEY.slice(j)).toString('base64').slice(0, -4));
  return forms;
}

/** Every window of >= 6 characters of the key or its encodings found in `text` (empty = clean). */
export function leakedWindows(text: string, n = 6): string[] {
  const found = new Set<string>();
  for (const form of encodings()) {
    for (let i = 0; i + n <= form.length; i++) {
      const w = form.slice(i, i + n);
      if (text.includes(w)) found.add(w);
    }
  }
  return [...found];
}
