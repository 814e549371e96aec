/**
 * Raw Intervals.icu rows (activities, wellness records, calendar events, the athlete with its
 * sportSettings, curve lists): open-ended JSON objects whose fields vary by sport, device and API
 * version. The reference reads them with `.get()` (src/lib/py `get`) and copies some fields through,
 * so they stay open records (src/fetch/schemas.ts checks only the few keys a row must have);
 * everything derived from them is typed by src/contract.
 */
// biome-ignore lint/suspicious/noExplicitAny: an open API row; each field is read with Python .get() semantics
export type ApiRow = Record<string, any>;
export type ApiActivity = ApiRow;
export type ApiWellness = ApiRow;
export type ApiEvent = ApiRow;
export type ApiAthlete = ApiRow;
