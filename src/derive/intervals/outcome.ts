/**
 * How one interval/stream fetch Outcome classifies, exactly as the reference's fetchers
 * (_fetch_activity_intervals, _fetch_activity_streams) return it:
 *   ok              200 with a usable payload
 *   no_data         200 without data (analysis not ready / no requested stream)
 *   terminal_error  404 or 410 (resource gone)
 *   transient       everything else (5xx, 429, other 4xx incl. 401/403, timeout, network,
 *                   malformed JSON, unexpected shape); a 429's Retry-After is surfaced.
 */
import type { Outcome } from '../../snapshot/types.js';
import type { NaiveDateTime } from '../../lib/naive-time.js';
import { isDict } from '../../lib/py/index.js';
import type { ApiActivity } from '../../snapshot/api-rows.js';
import { parseRetryAfter } from './retry-after.js';

export type FetchStatus = 'ok' | 'no_data' | 'terminal_error' | 'transient';

export interface Classified<P> {
  status: FetchStatus;
  payload: P | null;
  /** http_NNN / timeout / network / parse_error / unexpected_shape (diagnostics only) */
  reason: string;
  /** seconds from a 429's Retry-After, else null */
  retryAfterSecs: number | null;
}

interface Clock {
  now: NaiveDateTime;
  nowInstantMs?: number;
}

function classifyError<P>(o: Extract<Outcome<unknown>, { ok: false }>, clock: Clock): Classified<P> {
  const e = o.error;
  if (e.kind === 'timeout') return { status: 'transient', payload: null, reason: 'timeout', retryAfterSecs: null };
  if (e.kind === 'network') return { status: 'transient', payload: null, reason: 'network', retryAfterSecs: null };
  if (e.kind === 'malformed') return { status: 'transient', payload: null, reason: 'parse_error', retryAfterSecs: null };
  if (e.kind === 'schema') return { status: 'transient', payload: null, reason: 'unexpected_shape', retryAfterSecs: null };
  const status = e.status;
  if (status === 404 || status === 410) {
    return { status: 'terminal_error', payload: null, reason: `http_${status}`, retryAfterSecs: null };
  }
  const retryAfterSecs = status === 429 ? parseRetryAfter(e.retryAfterRaw, clock.now, clock.nowInstantMs ?? clock.now.ms) : null;
  return { status: 'transient', payload: null, reason: `http_${status}`, retryAfterSecs };
}

/** _fetch_activity_intervals: the icu_intervals list of /activity/{id}?intervals=true */
export function classifyIntervals(o: Outcome<ApiActivity>, clock: Clock): Classified<unknown[]> {
  if (!o.ok) return classifyError(o, clock);
  const data = o.data as unknown;
  if (!isDict(data)) return { status: 'transient', payload: null, reason: 'unexpected_shape', retryAfterSecs: null };
  // data.get("icu_intervals", []): a present-but-null value is not a list → unexpected shape
  const intervals = data.icu_intervals === undefined ? [] : data.icu_intervals;
  if (!Array.isArray(intervals)) return { status: 'transient', payload: null, reason: 'unexpected_shape', retryAfterSecs: null };
  if (intervals.length === 0) return { status: 'no_data', payload: [], reason: 'no_data', retryAfterSecs: null };
  return { status: 'ok', payload: intervals, reason: 'ok', retryAfterSecs: null };
}

/** _fetch_activity_streams(types): {type: data list} of the requested streams present */
export function classifyStreams(o: Outcome<unknown[]>, types: readonly string[], clock: Clock): Classified<Record<string, unknown[]>> {
  if (!o.ok) return classifyError(o, clock);
  const out = pickStreams(o.data, types);
  if (out === null) return { status: 'transient', payload: null, reason: 'unexpected_shape', retryAfterSecs: null };
  if (Object.keys(out).length === 0) return { status: 'no_data', payload: {}, reason: 'no_data', retryAfterSecs: null };
  return { status: 'ok', payload: out, reason: 'ok', retryAfterSecs: null };
}

/** The requested streams of a 200 answer, by type (null when the answer is not a list). */
export function pickStreams(data: unknown, types: readonly string[]): Record<string, unknown[]> | null {
  if (!Array.isArray(data)) return null;
  const wanted = new Set(types);
  const out: Record<string, unknown[]> = {};
  for (const s of data) {
    if (!isDict(s)) continue;
    const stype = s.type;
    if (typeof stype === 'string' && wanted.has(stype) && Array.isArray(s.data)) out[stype] = s.data;
  }
  return out;
}
