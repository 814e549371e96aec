/**
 * The per-endpoint retry state machine of intervals.json `fetch_state` (the reference's
 * _schedule_retry, _schedule_refresh, _advance_endpoint_state, v3.121). Every function takes the
 * run's clock explicitly; nothing here reads a clock.
 *
 * One endpoint record ("intervals" or "streams") is {attempts, first_seen, last_attempt, status,
 * reason[, next_retry_at]} with status ok | pending | tombstone. A pending endpoint is retried on
 * the ladder (5 min ×6, 30 min ×6, then 6-hourly) until a deadline measured from the ACTIVITY
 * START (72 h; 14 days for the intervals of an exactly-paired planned workout, daily past 72 h);
 * a retry that would land at or past the deadline becomes a `retry_expired` tombstone.
 */
import { NaiveDateTime } from '../../lib/naive-time.js';
import { pyInt, pyStr, truthy } from '../../lib/py/index.js';
import type { StreamsFetchState } from '../../contract/index.js';
import type { ApiActivity } from '../../snapshot/api-rows.js';

/** An endpoint record read back from intervals.json: any key may be missing or of another type. */
type EndpointRecord = { attempts?: unknown; first_seen?: unknown; [key: string]: unknown };

/** (through_attempt, delay_secs); null = all further attempts (sync.py v3.121 retry policy) */
export const INTERVAL_RETRY_LADDER: ReadonlyArray<readonly [number | null, number]> = [
  [6, 300],
  [12, 1800],
  [null, 21600],
];
/** unpaired intervals + all streams: deadline from activity start */
export const INTERVAL_RETRY_WINDOW_HOURS = 72;
/** exactly-paired planned workouts: interval retries continue for 14 days */
export const INTERVAL_PAIRED_RETRY_DAYS = 14;
/** paired interval retries past the 72 h ladder run daily */
export const INTERVAL_PAIRED_RETRY_DELAY_SECS = 86400;

export type Endpoint = 'intervals' | 'streams';
export type EndpointOutcome = 'ok' | 'tombstone' | 'pending';

/** attempts counter of a previous record, Python `int(d.get("attempts", 0))` */
export function prevAttempts(prev: EndpointRecord | null | undefined): number {
  const v = prev ? prev.attempts : undefined;
  return v === undefined ? 0 : pyInt(v);
}

/** _activity_start_dt: start_date_local as a naive datetime; `now` when unparseable. */
export function activityStartDt(act: ApiActivity, now: NaiveDateTime): NaiveDateTime {
  const raw = typeof act.start_date_local === 'string' ? act.start_date_local : '';
  const full = /^(\d{4})-(\d{1,2})-(\d{1,2})T(\d{1,2}):(\d{1,2}):(\d{1,2})$/.exec(raw.slice(0, 19));
  if (full) {
    const dt = strictDate(full.slice(1).map(Number));
    if (dt) return dt;
  }
  const day = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw.slice(0, 10));
  if (day) {
    const dt = strictDate([...day.slice(1).map(Number), 0, 0, 0]);
    if (dt) return dt;
  }
  return now;
}

function strictDate([y, mo, d, h, mi, s]: number[]): NaiveDateTime | null {
  if (mo < 1 || mo > 12 || h > 23 || mi > 59 || s > 59) return null;
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(ms);
  if (back.getUTCDate() !== d || back.getUTCMonth() !== mo - 1) return null;
  return new NaiveDateTime(ms);
}

function ladderDelay(attempts: number): number {
  let delay = INTERVAL_RETRY_LADDER[INTERVAL_RETRY_LADDER.length - 1][1];
  for (const [through, secs] of INTERVAL_RETRY_LADDER) {
    if (through === null || attempts <= through) {
      delay = secs;
      break;
    }
  }
  return delay;
}

/**
 * _schedule_retry: the next retry timestamp (isoformat) for a pending endpoint, or null when the
 * window has closed. Retry-After, when given, lengthens the delay.
 */
export function scheduleRetry(
  endpoint: Endpoint,
  attempts: number,
  pairedPlanned: boolean,
  activityStart: NaiveDateTime,
  now: NaiveDateTime,
  retryAfterSecs: number | null = null,
): string | null {
  const extended = endpoint === 'intervals' && pairedPlanned;
  const deadline = extended
    ? activityStart.addDays(INTERVAL_PAIRED_RETRY_DAYS)
    : activityStart.addSeconds(INTERVAL_RETRY_WINDOW_HOURS * 3600);
  if (now.compare(deadline) >= 0) return null;
  let delay = ladderDelay(attempts);
  const ladderEnd = activityStart.addSeconds(INTERVAL_RETRY_WINDOW_HOURS * 3600);
  if (extended && now.compare(ladderEnd) >= 0) delay = Math.max(delay, INTERVAL_PAIRED_RETRY_DELAY_SECS);
  if (retryAfterSecs !== null) delay = Math.max(delay, Math.trunc(retryAfterSecs));
  const nxt = now.addSeconds(delay);
  if (nxt.compare(deadline) >= 0) return null;
  return nxt.isoformat();
}

/** _schedule_refresh: next attempt of an outstanding interval refresh (no deadline). */
export function scheduleRefresh(attempts: number, now: NaiveDateTime, retryAfterSecs: number | null = null): string {
  let delay = ladderDelay(attempts);
  if (retryAfterSecs !== null) delay = Math.max(delay, Math.trunc(retryAfterSecs));
  return now.addSeconds(delay).isoformat();
}

/**
 * _advance_endpoint_state: one endpoint's transition. A pending outcome whose window has closed
 * becomes a `retry_expired` tombstone here (expiry is decided in exactly one place).
 */
export function advanceEndpointState(
  prev: EndpointRecord | null | undefined,
  endpoint: Endpoint,
  outcome: EndpointOutcome,
  reason: string,
  now: NaiveDateTime,
  activityStart: NaiveDateTime,
  pairedPlanned: boolean,
  retryAfterSecs: number | null = null,
): StreamsFetchState {
  const attempts = prevAttempts(prev) + 1;
  const firstSeen = prev ? prev.first_seen : undefined;
  const head = {
    attempts,
    // carried over verbatim from the previous record, as the reference copies it
    first_seen: (firstSeen !== undefined && truthy(firstSeen) ? firstSeen : now.isoformat()) as string,
    last_attempt: now.isoformat(),
  };
  if (outcome === 'ok') return { ...head, status: 'ok', reason: 'ok' };
  if (outcome === 'tombstone') return { ...head, status: 'tombstone', reason };
  const nxt = scheduleRetry(endpoint, attempts, pairedPlanned, activityStart, now, retryAfterSecs);
  if (nxt === null) return { ...head, status: 'tombstone', reason: 'retry_expired' };
  return { ...head, status: 'pending', reason, next_retry_at: nxt };
}

/** A timestamp stored in fetch_state is due when `str(next) <= now.isoformat()` (or absent). */
export function isDue(next: unknown, nowIso: string): boolean {
  if (next === null || next === undefined) return true;
  return pyStr(next) <= nowIso;
}
