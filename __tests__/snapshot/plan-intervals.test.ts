import { describe, it, expect } from '@jest/globals';
import { NaiveDateTime } from '../../src/lib/naive-time.js';
import { idStr, isDue, planIntervalFetches, selectIntervalCandidates } from '../../src/snapshot/plan/intervals.js';

const ctx = { now: NaiveDateTime.parse('2025-07-22T06:00:00'), scriptHash: 'h1' };
const act = (id: string | number, start: string, type = 'Ride', extra: Record<string, unknown> = {}) => ({
  id,
  start_date_local: start,
  type,
  ...extra,
});
const plan = (activities28d: Record<string, unknown>[], previousIntervals: unknown = null) =>
  planIntervalFetches(ctx, { activities28d, previousIntervals, pairingEvents: [] });

const okRecord = { attempts: 1, first_seen: '2025-07-21T08:00:00', last_attempt: '2025-07-21T08:00:00', status: 'ok', reason: 'ok' };

describe('planIntervalFetches', () => {
  it('isDue compares ISO strings; an absent next_retry_at is due', () => {
    expect(isDue(undefined, '2025-07-20T08:00:00')).toBe(true);
    expect(isDue(null, '2025-07-20T08:00:00')).toBe(true);
    expect(isDue('2025-07-20T08:00:00', '2025-07-20T08:00:00')).toBe(true);
    expect(isDue('2025-07-20T08:00:01', '2025-07-20T08:00:00')).toBe(false);
  });

  it('ids are keyed as Python str() prints them', () => {
    expect([idStr(123), idStr('i1'), idStr(null), idStr(true)]).toEqual(['123', 'i1', 'None', 'True']);
    expect(plan([act(123, '2025-07-21T07:00:00')])).toEqual({ '123': { intervals: true, streams: true } });
  });

  it('without a usable previous file the whole 14-day retention is backfilled, for interval sports only', () => {
    const acts = [
      act('i1', '2025-07-21T07:00:00'),
      act('i2', '2025-07-09T07:00:00'), // 13 days back: inside retention
      act('i3', '2025-07-07T07:00:00'), // before the retention cutoff
      act('i4', '2025-07-20T07:00:00', 'WeightTraining'),
      act('i5', '2025-07-20T07:00:00', 'Swim'),
    ];
    const expected = {
      i1: { intervals: true, streams: true },
      i2: { intervals: true, streams: true },
      i5: { intervals: true, streams: true },
    };
    expect(plan(acts, null)).toEqual(expected);
    expect(plan(acts, ['not', 'an', 'object'])).toEqual(expected);
    // another producer's file is stale: its cache and fetch_state are ignored
    expect(plan(acts, { script_hash: 'other', activities: [{ activity_id: 'i1' }], fetch_state: { i1: { date: '2025-07-21' } } })).toEqual(
      expected,
    );
  });

  it('with its own previous file, only new activities of the last 72 h and due retries are planned', () => {
    const previous = {
      script_hash: 'h1',
      activities: [{ activity_id: 'i6' }],
      fetch_state: {
        i1: { date: '2025-07-21', intervals: okRecord, streams: { ...okRecord, status: 'pending', next_retry_at: '2025-07-22T05:59:59' } },
        i2: { date: '2025-07-21', intervals: { ...okRecord, status: 'pending', next_retry_at: '2025-07-22T06:00:01' } },
        i3: 'not a record',
      },
    };
    const acts = [
      act('i1', '2025-07-21T07:00:00'),
      act('i2', '2025-07-21T07:00:00'),
      act('i3', '2025-07-21T07:00:00'),
      act('i4', '2025-07-15T07:00:00'), // new but outside the scan window
      act('i6', '2025-07-21T07:00:00'), // cached without fetch_state
    ];
    expect(plan(acts, previous)).toEqual({ i1: { intervals: false, streams: true }, i3: { intervals: true, streams: true } });
  });

  it('an edited activity re-fetches its ok intervals until that edit is settled or exhausted', () => {
    const edited = act('i1', '2025-07-21T07:00:00', 'Ride', { icu_intervals_edited: true, icu_sync_date: 'T2' });
    const withState = (intervals: Record<string, unknown>) => ({
      script_hash: 'h1',
      activities: [],
      fetch_state: { i1: { date: '2025-07-21', intervals, streams: okRecord } },
    });
    const refreshPlan = { i1: { intervals: true, streams: false } };
    expect(plan([edited], withState({ ...okRecord, source_icu_sync_date: 'T1' }))).toEqual(refreshPlan);
    expect(plan([edited], withState({ ...okRecord, source_icu_sync_date: 'T2' }))).toEqual({});
    const chasing = (refresh: Record<string, unknown>) => withState({ ...okRecord, source_icu_sync_date: 'T1', refresh });
    expect(
      plan([edited], chasing({ target_sync_date: 'T2', attempts: 1, reason: 'no_data', next_retry_at: '2025-07-22T07:00:00' })),
    ).toEqual({});
    expect(
      plan([edited], chasing({ target_sync_date: 'T2', attempts: 1, reason: 'no_data', next_retry_at: '2025-07-22T05:00:00' })),
    ).toEqual(refreshPlan);
    expect(plan([edited], chasing({ target_sync_date: 'T2', attempts: 3, status: 'exhausted', reason: 'terminal_error' }))).toEqual({});
    // a newer edit supersedes an exhausted chase of an older one
    expect(plan([edited], chasing({ target_sync_date: 'T0', attempts: 3, status: 'exhausted', reason: 'terminal_error' }))).toEqual(
      refreshPlan,
    );
    // without the edited flag or a sync token there is nothing to compare
    const unflagged = act('i1', '2025-07-21T07:00:00', 'Ride', { icu_sync_date: 'T2' });
    expect(plan([unflagged], withState({ ...okRecord, source_icu_sync_date: 'T1' }))).toEqual({});
  });

  it('derive replays the same selection: the plan is exactly its candidates', () => {
    const acts = [act('i1', '2025-07-21T07:00:00'), act('i2', '2025-07-20T07:00:00')];
    const sel = selectIntervalCandidates(ctx, { activities28d: acts, previousIntervals: null, pairingEvents: [] });
    expect(sel.candidates.map((c) => c.act.id)).toEqual(Object.keys(plan(acts)));
    expect(sel.retentionCutoff).toBe('2025-07-08');
  });
});
