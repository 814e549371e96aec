import { describe, it, expect } from '@jest/globals';
import { NaiveDateTime } from '../../src/lib/naive-time.js';
import { activityStartDt, advanceEndpointState, scheduleRefresh, scheduleRetry } from '../../src/derive/intervals/ladder.js';
import { parseRetryAfter } from '../../src/derive/intervals/retry-after.js';
import { parseHttpDate } from '../../src/lib/py/index.js';
import type { Dict } from '../../src/lib/py/index.js';

const T = (s: string) => NaiveDateTime.parse(s);
const START = T('2025-07-20T07:30:00');

describe('retry ladder (explicit clock)', () => {
  it('5 min for attempts 1-6, 30 min for 7-12, 6 h after', () => {
    const now = T('2025-07-20T09:00:00');
    const delays = [1, 6, 7, 12, 13, 50].map((a) => scheduleRetry('streams', a, false, START, now)!);
    expect(delays).toEqual([
      '2025-07-20T09:05:00',
      '2025-07-20T09:05:00',
      '2025-07-20T09:30:00',
      '2025-07-20T09:30:00',
      '2025-07-20T15:00:00',
      '2025-07-20T15:00:00',
    ]);
  });

  it('closes 72 h after the activity start (not after first_seen)', () => {
    expect(scheduleRetry('intervals', 1, false, START, T('2025-07-23T07:24:59'))).toBe('2025-07-23T07:29:59');
    // the next step would land exactly on the deadline → closed
    expect(scheduleRetry('intervals', 1, false, START, T('2025-07-23T07:25:00'))).toBeNull();
    expect(scheduleRetry('intervals', 1, false, START, T('2025-07-23T07:30:00'))).toBeNull();
    // a 6-hourly step past the deadline also closes it
    expect(scheduleRetry('streams', 20, false, START, T('2025-07-23T02:00:00'))).toBeNull();
  });

  it('paired planned intervals: 14-day deadline, daily after 72 h; streams never extended', () => {
    const day5 = T('2025-07-25T10:00:00');
    expect(scheduleRetry('intervals', 3, true, START, day5)).toBe('2025-07-26T10:00:00');
    expect(scheduleRetry('streams', 3, true, START, day5)).toBeNull();
    expect(scheduleRetry('intervals', 3, true, START, T('2025-07-21T10:00:00'))).toBe('2025-07-21T10:05:00');
    expect(scheduleRetry('intervals', 3, true, START, T('2025-08-02T08:00:00'))).toBeNull(); // +1 day ≥ 14 days
    expect(scheduleRetry('intervals', 3, true, START, T('2025-08-03T07:30:00'))).toBeNull();
  });

  it('Retry-After only ever lengthens the delay, and can close the window', () => {
    const now = T('2025-07-20T09:00:00');
    expect(scheduleRetry('streams', 1, false, START, now, 60)).toBe('2025-07-20T09:05:00');
    expect(scheduleRetry('streams', 1, false, START, now, 3600)).toBe('2025-07-20T10:00:00');
    expect(scheduleRetry('streams', 1, false, START, now, 4 * 86400)).toBeNull();
  });

  it('refresh schedule has no deadline', () => {
    const farLater = T('2025-09-01T00:00:00');
    expect(scheduleRefresh(1, farLater)).toBe('2025-09-01T00:05:00');
    expect(scheduleRefresh(13, farLater)).toBe('2025-09-01T06:00:00');
    expect(scheduleRefresh(2, farLater, 7200)).toBe('2025-09-01T02:00:00');
  });

  it('advanceEndpointState: counts attempts, keeps first_seen, tombstones an expired pending', () => {
    const n1 = T('2025-07-20T08:00:00');
    const s1 = advanceEndpointState(null, 'streams', 'pending', 'no_data', n1, START, false);
    expect(s1).toEqual({
      attempts: 1,
      first_seen: '2025-07-20T08:00:00',
      last_attempt: '2025-07-20T08:00:00',
      status: 'pending',
      reason: 'no_data',
      next_retry_at: '2025-07-20T08:05:00',
    });
    const s2 = advanceEndpointState(s1, 'streams', 'pending', 'no_data', T('2025-07-24T00:00:00'), START, false);
    expect(s2).toEqual({
      attempts: 2,
      first_seen: '2025-07-20T08:00:00',
      last_attempt: '2025-07-24T00:00:00',
      status: 'tombstone',
      reason: 'retry_expired',
    });
    const s3 = advanceEndpointState({ attempts: '4', first_seen: '' } as Dict, 'intervals', 'ok', 'ok', n1, START, false);
    expect(s3).toEqual({ attempts: 5, first_seen: '2025-07-20T08:00:00', last_attempt: '2025-07-20T08:00:00', status: 'ok', reason: 'ok' });
    const s4 = advanceEndpointState(s1, 'intervals', 'tombstone', 'terminal_error', n1, START, false);
    expect([s4.status, s4.reason, s4.next_retry_at]).toEqual(['tombstone', 'terminal_error', undefined]);
  });

  it('a pending run through the whole ladder until the window closes', () => {
    let state: Dict | null = null;
    let now = T('2025-07-20T08:00:00');
    const seen: string[] = [];
    for (let i = 0; i < 100 && (state === null || state.status === 'pending'); i++) {
      state = advanceEndpointState(state, 'streams', 'pending', 'no_data', now, START, false);
      if (state.next_retry_at) {
        seen.push(state.next_retry_at);
        now = T(state.next_retry_at);
      }
    }
    expect(state!.reason).toBe('retry_expired');
    // 6 × 5 min, 6 × 30 min, then 6-hourly until 72 h after 07:30 on 07-20
    expect(seen[5]).toBe('2025-07-20T08:30:00');
    expect(seen[11]).toBe('2025-07-20T11:30:00');
    expect(seen[12]).toBe('2025-07-20T17:30:00');
    expect(seen[seen.length - 1] < '2025-07-23T07:30:00').toBe(true);
    expect(state!.attempts).toBe(seen.length + 1);
  });

  it('activity start: full timestamp, date only, else now', () => {
    const now = T('2025-07-22T06:00:00');
    expect(activityStartDt({ start_date_local: '2025-07-20T07:30:00+02:00' }, now).isoformat()).toBe('2025-07-20T07:30:00');
    expect(activityStartDt({ start_date_local: '2025-07-20' }, now).isoformat()).toBe('2025-07-20T00:00:00');
    expect(activityStartDt({ start_date_local: '2025-02-30T07:00:00' }, now)).toBe(now);
    expect(activityStartDt({ start_date_local: null }, now)).toBe(now);
  });
});

describe('Retry-After parsing', () => {
  const now = T('2025-07-22T06:00:00');
  it('delta-seconds as Python int() reads them', () => {
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter(' +30 ', now)).toBe(30);
    expect(parseRetryAfter('-5', now)).toBeNull();
    expect(parseRetryAfter('', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });

  it('HTTP-dates with a zone are compared with the true instant', () => {
    expect(parseRetryAfter('Tue, 22 Jul 2025 07:28:00 GMT', now)).toBe(5280);
    expect(parseRetryAfter('Tue, 22 Jul 2025 08:00:00 +0100', now)).toBe(3600);
    expect(parseRetryAfter('Tue, 22 Jul 2025 04:00:00 EST', now)).toBe(3 * 3600);
    expect(parseRetryAfter('Tuesday, 22-Jul-25 08:00:00 GMT', now)).toBe(7200); // RFC 850
    expect(parseRetryAfter('Tue Jul 22 08:00:00 2025', now)).toBe(7200); // asctime: no zone → naive
    expect(parseRetryAfter('Tue, 22 Jul 2025 05:00:00 GMT', now)).toBe(0); // in the past
    // the run's wall clock is 08:00 in UTC+2: the instant decides, not the wall clock
    expect(parseRetryAfter('Tue, 22 Jul 2025 07:00:00 GMT', T('2025-07-22T08:00:00'), now.ms)).toBe(3600);
  });

  it('a date without a zone (or -0000) is naive, compared with the wall clock', () => {
    const wall = T('2025-07-22T08:00:00');
    expect(parseRetryAfter('22 Jul 2025 09:00:00 -0000', wall, now.ms)).toBe(3600);
    expect(parseHttpDate('22 Jul 2025 09:00')).toEqual({ wallMs: T('2025-07-22T09:00:00').ms, offsetSecs: null });
  });

  it('invalid dates are ignored', () => {
    expect(parseRetryAfter('Tue, 31 Feb 2025 07:00:00 GMT', now)).toBeNull();
    expect(parseRetryAfter('2025-07-22T08:00:00Z', now)).toBeNull();
    expect(parseRetryAfter('Tue, 22 Jul 2025 07:00:00 +2500', now)).toBeNull();
  });
});
