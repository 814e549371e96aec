/**
 * Retry-After (RFC 9110 §10.2.3) as the reference reads it (_parse_retry_after): delta-seconds
 * (Python int()) or an HTTP-date (email.utils.parsedate_to_datetime, which accepts the RFC 2822
 * family and a few legacy shapes). Returns non-negative whole seconds, or null when absent or
 * unparseable.
 *
 * A date with a zone (GMT, +0100, EST, …) is compared with the true instant of the run; a date
 * without one (or with the "-0000" no-zone marker) is naive and compared with the naive wall clock,
 * exactly as `datetime.now(dt.tzinfo)` vs `datetime.now()` do.
 */
import { parseHttpDate, pyIntStr } from '../../lib/py/index.js';
import type { NaiveDateTime } from '../../lib/naive-time.js';

/**
 * Seconds to wait before retrying, or null.
 * @param now the run's naive wall clock (the reference's datetime.now())
 * @param nowInstantMs the run's true instant (datetime.now(tz)); defaults to `now` read as UTC
 */
export function parseRetryAfter(value: unknown, now: NaiveDateTime, nowInstantMs: number = now.ms): number | null {
  if (value === null || value === undefined) return null;
  const raw = String(value).trim();
  if (!raw) return null;
  const secs = pyIntStr(raw);
  if (secs !== null) return secs >= 0 ? secs : null;
  const dt = parseHttpDate(raw);
  if (dt === null) return null;
  const deltaMs = dt.offsetSecs === null ? dt.wallMs - now.ms : dt.wallMs - dt.offsetSecs * 1000 - nowInstantMs;
  const delta = deltaMs / 1000;
  return delta > 0 ? Math.trunc(delta) : 0;
}
