/**
 * When a failed attempt is tried again, and after how long.
 *
 * Only requests the run cannot do without are retried: timeouts, network failures and the
 * statuses a busy or restarting server answers (408, 429, 5xx gateway family). A Retry-After
 * (seconds or HTTP-date) on 413/429/503 is honoured up to `maxRetryAfterMs`; a longer one fails
 * the request at once, so a scheduled run never sleeps past its usefulness. Otherwise the wait
 * doubles from 300 ms up to `backoffLimitMs`.
 */
import type { IntervalsError } from './errors.js';

export const RETRY_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);
const RETRY_AFTER_STATUSES: ReadonlySet<number> = new Set([413, 429, 503]);

/** Retry-After as milliseconds from `nowMs`: delta-seconds or an HTTP-date; null if absent/invalid. */
export function parseRetryAfterMs(value: string | null | undefined, nowMs: number): number | null {
  if (value === null || value === undefined) return null;
  const s = value.trim();
  if (!s) return null;
  if (/^\d+$/.test(s)) return Number(s) * 1000;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  return Math.max(0, t - nowMs);
}

export function isRetryable(e: IntervalsError): boolean {
  if (e.detail === 'redirect' || e.detail === 'refused_url' || e.detail === 'too_large') return false;
  if (e.kind === 'timeout' || e.kind === 'network') return true;
  return e.kind === 'http' && e.status !== null && RETRY_STATUSES.has(e.status);
}

/**
 * Milliseconds to wait before retry number `retry` (1-based), or null when the server asked for
 * longer than the run may wait.
 */
export function retryDelayMs(
  e: IntervalsError,
  retry: number,
  o: { maxRetryAfterMs: number; backoffLimitMs: number },
  nowMs: number,
): number | null {
  if (e.kind === 'http' && e.status !== null && RETRY_AFTER_STATUSES.has(e.status)) {
    const after = parseRetryAfterMs(e.retryAfterRaw, nowMs);
    if (after !== null) return after > o.maxRetryAfterMs ? null : after;
  }
  return Math.min(o.backoffLimitMs, 300 * 2 ** (retry - 1));
}
