import { describe, it, expect } from '@jest/globals';
import type { Dict } from '../../src/lib/py/index.js';
import { IntervalsError } from '../../src/fetch/client.js';
import { WORK_INTERVALS, ctxAt, dfaStreams, httpError, ok, ride, runOnce } from './helpers.js';

const ACT = ride('i1', '2025-07-21T07:00:00');

describe('generateIntervals: outcome classification per endpoint', () => {
  it('a 404 on intervals is a terminal tombstone and is never fetched again', () => {
    const r1 = runOnce(ctxAt('2025-07-22T06:00:00'), [ACT], null, (_id, ep) => (ep === 'intervals' ? httpError(404) : ok(dfaStreams())));
    expect(r1.plan).toEqual({ i1: { intervals: true, streams: true } });
    const st = r1.result.intervalsData!.fetch_state.i1;
    expect(st.intervals).toEqual({
      attempts: 1,
      first_seen: '2025-07-22T06:00:00',
      last_attempt: '2025-07-22T06:00:00',
      status: 'tombstone',
      reason: 'terminal_error',
    });
    expect(st.streams!.status).toBe('ok');
    // the entry exists for its DFA block only; no interval segments
    const entry = r1.result.intervalsData!.activities[0];
    expect(entry.intervals).toEqual([]);
    expect(entry.dfa!.quality.sufficient).toBe(true);

    const r2 = runOnce(ctxAt('2025-07-22T12:00:00'), [ACT], r1.result.intervalsData, () => {
      throw new Error('nothing may be fetched');
    });
    expect(r2.plan).toEqual({});
    expect(r2.result.intervalsData!.fetch_state.i1).toEqual(st);
  });

  it('a 410 is terminal too, a 401 is transient (auth flakes never become cache truth)', () => {
    const r = runOnce(ctxAt('2025-07-22T06:00:00'), [ACT], null, (_id, ep) => (ep === 'intervals' ? httpError(410) : httpError(401)));
    const st = r.result.intervalsData!.fetch_state.i1;
    expect([st.intervals!.status, st.intervals!.reason]).toEqual(['tombstone', 'terminal_error']);
    expect([st.streams!.status, st.streams!.reason, st.streams!.next_retry_at]).toEqual(['pending', 'transient', '2025-07-22T06:05:00']);
  });

  it('429 Retry-After in seconds lengthens the ladder delay', () => {
    const r = runOnce(ctxAt('2025-07-22T06:00:00'), [ACT], null, (_id, ep) =>
      ep === 'streams' ? httpError(429, '3600') : ok(WORK_INTERVALS),
    );
    const st = r.result.intervalsData!.fetch_state.i1;
    expect(st.streams).toMatchObject({ status: 'pending', reason: 'transient', next_retry_at: '2025-07-22T07:00:00' });
    expect(st.intervals).toMatchObject({ status: 'ok', source_icu_sync_date: '2025-07-21T07:00:00Z' });
  });

  it('429 Retry-After as an HTTP-date is measured from the run instant', () => {
    const r = runOnce(ctxAt('2025-07-22T06:00:00'), [ACT], null, (_id, ep) =>
      ep === 'intervals' ? httpError(429, 'Tue, 22 Jul 2025 08:30:00 GMT') : httpError(429, 'Tue, 22 Jul 2025 06:01:00 GMT'),
    );
    const st = r.result.intervalsData!.fetch_state.i1;
    expect(st.intervals!.next_retry_at).toBe('2025-07-22T08:30:00');
    // a Retry-After shorter than the ladder step does not shorten it
    expect(st.streams!.next_retry_at).toBe('2025-07-22T06:05:00');
  });

  it('Retry-After is honoured only on 429 (a 503 with Retry-After follows the ladder)', () => {
    const r = runOnce(ctxAt('2025-07-22T06:00:00'), [ACT], null, () => httpError(503, '7200'));
    expect(r.result.intervalsData!.fetch_state.i1.intervals!.next_retry_at).toBe('2025-07-22T06:05:00');
  });

  it('500, then success on the next scheduled attempt (attempts and first_seen carried)', () => {
    const r1 = runOnce(ctxAt('2025-07-22T06:00:00'), [ACT], null, (_id, ep) => (ep === 'intervals' ? httpError(500) : ok(dfaStreams())));
    const s1 = r1.result.intervalsData!.fetch_state.i1;
    expect(s1.intervals).toMatchObject({ attempts: 1, status: 'pending', reason: 'transient', next_retry_at: '2025-07-22T06:05:00' });
    expect(r1.result.intervalActivityIds).toEqual(new Set(['i1'])); // DFA entry only

    // before the retry is due: no request
    const early = runOnce(ctxAt('2025-07-22T06:04:59'), [ACT], r1.result.intervalsData, () => {
      throw new Error('not due yet');
    });
    expect(early.plan).toEqual({});

    // due: only the pending endpoint is fetched; the ok sibling is left alone
    const r2 = runOnce(ctxAt('2025-07-22T06:05:00'), [ACT], r1.result.intervalsData, (_id, ep) => {
      expect(ep).toBe('intervals');
      return ok(WORK_INTERVALS);
    });
    expect(r2.plan).toEqual({ i1: { intervals: true, streams: false } });
    const s2 = r2.result.intervalsData!.fetch_state.i1;
    expect(s2.intervals).toEqual({
      attempts: 2,
      first_seen: '2025-07-22T06:00:00',
      last_attempt: '2025-07-22T06:05:00',
      status: 'ok',
      reason: 'ok',
      source_icu_sync_date: '2025-07-21T07:00:00Z',
    });
    expect(s2.streams).toEqual(s1.streams);
    const entry = r2.result.intervalsData!.activities[0];
    expect(entry.intervals.map((s: Dict) => s.type)).toEqual(['WORK', 'RECOVERY']);
    expect(entry.intervals[1]).toEqual({ type: 'RECOVERY', duration_secs: 300 }); // None-valued keys dropped
    expect(entry.zone_basis).toBe('power');
    expect(entry.dfa!.quality.valid_secs).toBe(1800); // the DFA sibling survived the merge
  });

  it('streams with heartrate and watts but no dfa_a1 are pending/no_data, not ok', () => {
    const noDfa = [
      { type: 'heartrate', data: Array(600).fill(130) },
      { type: 'watts', data: Array(600).fill(180) },
    ];
    const r = runOnce(ctxAt('2025-07-22T06:00:00'), [ACT], null, (_id, ep) => (ep === 'streams' ? ok(noDfa) : ok(WORK_INTERVALS)));
    const st = r.result.intervalsData!.fetch_state.i1;
    expect(st.streams).toMatchObject({ status: 'pending', reason: 'no_data', next_retry_at: '2025-07-22T06:05:00' });
    expect(r.result.intervalsData!.activities[0].dfa).toBeUndefined();
  });

  it('an empty dfa_a1 stream and a stream list without any wanted type are no_data', () => {
    const r = runOnce(ctxAt('2025-07-22T06:00:00'), [ACT, ride('i2', '2025-07-21T09:00:00')], null, (id, ep) => {
      if (ep === 'intervals') return ok({ icu_intervals: [] });
      return id === 'i1'
        ? ok([
            { type: 'dfa_a1', data: [] },
            { type: 'watts', data: [1] },
          ])
        : ok([{ type: 'cadence', data: [90] }]);
    });
    const fs = r.result.intervalsData!.fetch_state;
    expect([fs.i1.streams!.reason, fs.i2.streams!.reason, fs.i1.intervals!.reason]).toEqual(['no_data', 'no_data', 'no_data']);
    // neither payload: no entry, but the state keeps it from being re-queued as new
    expect(r.result.intervalsData!.activities).toEqual([]);
  });

  it('a non-numeric dfa_a1 sample is a compute_error, retried like any pending endpoint', () => {
    const bad = [{ type: 'dfa_a1', data: [0.9, 'x', 0.8] }];
    const r = runOnce(ctxAt('2025-07-22T06:00:00'), [ACT], null, (_id, ep) => (ep === 'streams' ? ok(bad) : ok(WORK_INTERVALS)));
    expect(r.result.intervalsData!.fetch_state.i1.streams).toMatchObject({ status: 'pending', reason: 'compute_error' });
  });

  it('timeouts, malformed JSON and a null icu_intervals are transient', () => {
    const timeout = { ok: false as const, error: new IntervalsError('t', 'e', null, 'timeout') };
    const malformed = { ok: false as const, error: new IntervalsError('m', 'e', 200, 'malformed') };
    const r = runOnce(ctxAt('2025-07-22T06:00:00'), [ACT, ride('i2', '2025-07-21T09:00:00')], null, (id, ep) => {
      if (id === 'i1') return ep === 'intervals' ? ok({ icu_intervals: null }) : timeout;
      return malformed;
    });
    const fs = r.result.intervalsData!.fetch_state;
    for (const s of [fs.i1.intervals, fs.i1.streams, fs.i2.intervals, fs.i2.streams]) {
      expect([s!.status, s!.reason]).toEqual(['pending', 'transient']);
    }
  });
});

describe('generateIntervals: windows, pruning, refresh, cache identity', () => {
  it('a steady-state run with nothing new plans zero requests', () => {
    const acts = [ride('i1', '2025-07-21T07:00:00'), ride('i2', '2025-07-19T07:00:00')];
    const r1 = runOnce(ctxAt('2025-07-22T06:00:00'), acts, null, (_id, ep) => (ep === 'intervals' ? ok(WORK_INTERVALS) : ok(dfaStreams())));
    expect(Object.keys(r1.plan).sort()).toEqual(['i1', 'i2']);
    const r2 = runOnce(ctxAt('2025-07-22T18:00:00'), acts, r1.result.intervalsData, () => {
      throw new Error('steady state must not fetch');
    });
    expect(r2.plan).toEqual({});
    expect(r2.result.intervalsData!.activities).toEqual(r1.result.intervalsData!.activities);
  });

  it('first run backfills 14 days; later runs scan only 72 h for new activities', () => {
    const old = ride('i9', '2025-07-12T07:00:00');
    const r1 = runOnce(ctxAt('2025-07-22T06:00:00'), [old], null, () => ok(WORK_INTERVALS));
    expect(r1.plan).toEqual({ i9: { intervals: true, streams: true } });
    // streams of a 10-day-old ride: the 72 h window is closed → retry_expired at once
    expect(r1.result.intervalsData!.fetch_state.i9.streams).toMatchObject({ status: 'tombstone', reason: 'retry_expired' });

    const prev = r1.result.intervalsData!;
    const old2 = ride('i8', '2025-07-16T07:00:00');
    const r2 = runOnce(ctxAt('2025-07-22T07:00:00'), [old, old2], prev, () => ok(WORK_INTERVALS));
    expect(r2.plan).toEqual({}); // i8 is older than the 72 h scan window
  });

  it('a different script hash invalidates the cache and its fetch_state (full rescan)', () => {
    const r1 = runOnce(ctxAt('2025-07-22T06:00:00'), [ACT], null, () => ok(WORK_INTERVALS));
    const r2 = runOnce(ctxAt('2025-07-22T07:00:00', 'other-hash'), [ACT], r1.result.intervalsData, () => ok(WORK_INTERVALS));
    expect(r2.plan).toEqual({ i1: { intervals: true, streams: true } });
    expect(r2.result.intervalsData!.fetch_state.i1.intervals!.attempts).toBe(1);
  });

  it('entries and fetch_state are pruned by retention and by activities no longer present', () => {
    const a = ride('i1', '2025-07-21T07:00:00');
    const b = ride('i2', '2025-07-09T07:00:00');
    const r1 = runOnce(ctxAt('2025-07-22T06:00:00'), [a, b], null, () => ok(WORK_INTERVALS));
    expect(Object.keys(r1.result.intervalsData!.fetch_state).sort()).toEqual(['i1', 'i2']);
    // two days later i2 (07-09) is outside the 14-day retention and i1 was deleted upstream
    const r2 = runOnce(ctxAt('2025-07-24T06:00:00'), [b], r1.result.intervalsData, () => ok(WORK_INTERVALS));
    expect(r2.result.intervalsData!.activities).toEqual([]);
    expect(r2.result.intervalsData!.fetch_state).toEqual({});
  });

  it('non-interval sports are never fetched', () => {
    const walk = { ...ride('w1', '2025-07-21T07:00:00'), type: 'Walk' };
    const yoga = { ...ride('y1', '2025-07-21T08:00:00'), type: 'Yoga' };
    const r = runOnce(ctxAt('2025-07-22T06:00:00'), [walk, yoga], null, () => ok(WORK_INTERVALS));
    expect(r.plan).toEqual({});
  });

  it('an edit (icu_sync_date advances with icu_intervals_edited) refetches intervals only', () => {
    const r1 = runOnce(ctxAt('2025-07-22T06:00:00'), [ACT], null, (_id, ep) =>
      ep === 'intervals' ? ok(WORK_INTERVALS) : ok(dfaStreams()),
    );
    const edited = { ...ACT, icu_intervals_edited: true, icu_sync_date: '2025-07-22T10:00:00Z' };
    const notFlagged = { ...ACT, icu_sync_date: '2025-07-22T10:00:00Z' };
    expect(runOnce(ctxAt('2025-07-22T11:00:00'), [notFlagged], r1.result.intervalsData, () => ok(WORK_INTERVALS)).plan).toEqual({});

    // the refresh fails: the cached payload stays, only the refresh sub-object advances
    const r2 = runOnce(ctxAt('2025-07-22T11:00:00'), [edited], r1.result.intervalsData, () => httpError(500));
    expect(r2.plan).toEqual({ i1: { intervals: true, streams: false } });
    const ep2 = r2.result.intervalsData!.fetch_state.i1.intervals;
    expect(ep2).toMatchObject({
      attempts: 1,
      status: 'ok',
      source_icu_sync_date: '2025-07-21T07:00:00Z',
      last_attempt: '2025-07-22T11:00:00',
      refresh: { target_sync_date: '2025-07-22T10:00:00Z', attempts: 1, reason: 'transient', next_retry_at: '2025-07-22T11:05:00' },
    });
    expect(r2.result.intervalsData!.activities[0].intervals).toHaveLength(2);

    // a 404 exhausts this token only
    const r3 = runOnce(ctxAt('2025-07-22T11:05:00'), [edited], r2.result.intervalsData, () => httpError(404));
    expect(r3.result.intervalsData!.fetch_state.i1.intervals!.refresh).toEqual({
      target_sync_date: '2025-07-22T10:00:00Z',
      attempts: 2,
      status: 'exhausted',
      reason: 'terminal_error',
    });
    expect(runOnce(ctxAt('2025-07-23T11:00:00'), [edited], r3.result.intervalsData, () => ok(WORK_INTERVALS)).plan).toEqual({});

    // a newer token re-arms it; success replaces the payload and drops the refresh record
    const edited2 = { ...edited, icu_sync_date: '2025-07-23T12:00:00Z' };
    const single = { icu_intervals: [{ type: 'WORK', elapsed_time: 1200, zone: 3 }] };
    const r4 = runOnce(ctxAt('2025-07-23T13:00:00'), [{ ...edited2, icu_hr_zone_times: [1, 2] }], r3.result.intervalsData, () =>
      ok(single),
    );
    const ep4 = r4.result.intervalsData!.fetch_state.i1.intervals;
    expect(ep4!.refresh).toBeUndefined();
    expect(ep4).toMatchObject({ attempts: 2, status: 'ok', source_icu_sync_date: '2025-07-23T12:00:00Z' });
    const entry = r4.result.intervalsData!.activities[0];
    expect(entry.intervals).toEqual([{ type: 'WORK', duration_secs: 1200, zone: 3 }]);
    expect(entry.zone_basis).toBe('hr');
  });

  it('exactly-paired planned workouts keep interval retries for 14 days (daily past 72 h)', () => {
    const act = ride('i1', '2025-07-15T07:00:00', { paired_event_id: 77 });
    const events = [{ id: 77, workout_doc: { steps: [{ duration: 600 }] } }];
    const r1 = runOnce(ctxAt('2025-07-16T06:00:00'), [act], null, () => ok({ icu_intervals: [] }), events);
    const s1 = r1.result.intervalsData!.fetch_state.i1;
    expect(s1.paired_planned).toBe(true);
    expect(s1.intervals!.next_retry_at).toBe('2025-07-16T06:05:00');
    // five days after the ride: streams would long be expired, intervals retry daily
    const later = { ...r1.result.intervalsData! };
    later.fetch_state.i1.intervals!.next_retry_at = '2025-07-20T06:00:00';
    const r2 = runOnce(ctxAt('2025-07-20T06:00:00'), [act], later, () => ok({ icu_intervals: [] }), events);
    expect(r2.plan).toEqual({ i1: { intervals: true, streams: true } });
    const s2 = r2.result.intervalsData!.fetch_state.i1;
    expect(s2.intervals).toMatchObject({ status: 'pending', reason: 'no_data', next_retry_at: '2025-07-21T06:00:00' });
    expect(s2.streams).toMatchObject({ status: 'tombstone', reason: 'retry_expired' });
    // an event without steps does not pair
    const r3 = runOnce(ctxAt('2025-07-16T06:00:00'), [act], null, () => ok({ icu_intervals: [] }), [
      { id: 77, workout_doc: { steps: [] } },
    ]);
    expect(r3.result.intervalsData!.fetch_state.i1.paired_planned).toBeUndefined();
  });
});
