/**
 * intervals.json and DFA a1: the per-interval segments of recent structured sessions with their
 * fetch state, and the DFA a1 profile (docs/PORTING.md maps these to the reference).
 *
 * The reference fetches inside _generate_intervals; here the snapshot stage plans the fetches
 * with selectIntervalCandidates (snapshot/plan/intervals.ts) and generateIntervals replays the
 * same selection over the same inputs, given the fetches' Outcomes, so the plan and the state
 * transitions cannot disagree.
 */
import { get, orEmpty, truthy } from '../../lib/py/index.js';
import type {
  ActivityFetchState,
  DfaA1Profile,
  DfaBlock,
  IntervalActivity,
  IntervalSegment,
  IntervalsFile,
  IntervalsRefresh,
} from '../../contract/index.js';
import type { ApiActivity } from '../../snapshot/api-rows.js';
import type { NaiveDateTime } from '../../lib/naive-time.js';
import type { DeriveContext } from '../context.js';
import type { IntervalFetch } from '../../snapshot/types.js';
import { INTERVAL_RETENTION_DAYS, INTERVAL_SCAN_HOURS } from '../windows.js';
import { activityDate, idStr, selectIntervalCandidates, type IntervalPlanInput } from '../../snapshot/plan/intervals.js';
import { activityStartDt, advanceEndpointState, prevAttempts, scheduleRefresh } from './ladder.js';
import { buildPairingMap } from './pairing.js';
import { formatIntervalSegments } from './segments.js';
import { classifyIntervals, classifyStreams, type Classified } from './outcome.js';
import { DFA_STREAM_TYPES } from './dfa.js';
import { dfaBlockOfResponse } from './dfa-cache.js';
import { dfaA1Profile, type IntervalsWithDfa } from './dfa-profile.js';
import { degraded } from '../diagnostics.js';

export { buildDfaSummary } from './dfa-summary.js';
export { computeDfaBlock } from './dfa.js';
export { INTERVAL_RETENTION_DAYS, INTERVAL_SCAN_HOURS };
export const INTERVALS_SCHEMA_VERSION = 1;

export interface IntervalsResult {
  /** intervals.json content (null = not written this run) */
  intervalsData: IntervalsFile | null;
  /** activity ids with interval data (has_intervals) */
  intervalActivityIds: Set<string>;
}

const NOT_FETCHED: Classified<never> = { status: 'transient', payload: null, reason: 'not_fetched', retryAfterSecs: null };

/** intervals.json: merges this run's fetch outcomes into the carried-forward cache and advances each endpoint's retry state. */
export function generateIntervals(
  ctx: DeriveContext,
  input: IntervalPlanInput & { fetches: Record<string, IntervalFetch> },
): IntervalsResult {
  const now: NaiveDateTime = ctx.now;
  const clock = { now, nowInstantMs: ctx.nowInstantMs };
  const { cached, fetchState, candidates, retentionCutoff, nowIso } = selectIntervalCandidates(ctx, input);
  const pairedIds = buildPairingMap(input.pairingEvents, input.activities28d);

  interface Update {
    act: ApiActivity;
    intervals?: IntervalSegment[];
    zoneBasis?: IntervalActivity['zone_basis'] | null;
    dfa?: DfaBlock;
  }
  const updates = new Map<string, Update>();
  for (const { act, due, refresh } of candidates) {
    const actId = idStr(get(act, 'id'));
    const actStart = activityStartDt(act, now);
    const paired = pairedIds.has(actId);
    // a new record starts with its date; a carried one keeps its key order
    fetchState[actId] ??= { date: activityDate(act) };
    const state = fetchState[actId];
    state.date = activityDate(act);
    if (paired) state.paired_planned = true;
    else delete state.paired_planned;
    let upd = updates.get(actId);
    if (upd === undefined) {
      upd = { act };
      updates.set(actId, upd);
    }
    const fetched = input.fetches[actId] ?? {};

    if (due.intervals) {
      const r = fetched.intervals ? classifyIntervals(fetched.intervals, clock) : NOT_FETCHED;
      const token = get(act, 'icu_sync_date');
      if (r.status === 'ok') {
        const { segments, zoneBasis } = formatIntervalSegments(r.payload ?? [], act);
        upd.intervals = segments;
        upd.zoneBasis = zoneBasis;
        state.intervals = advanceEndpointState(state.intervals, 'intervals', 'ok', 'ok', now, actStart, paired);
        if (truthy(token)) state.intervals.source_icu_sync_date = token;
      } else if (refresh) {
        // a failed refresh keeps the cached payload; only the refresh sub-object advances
        // a refresh is only selected on an ok intervals record, so the record is there
        const ep = state.intervals!;
        const prevRef = orEmpty(ep.refresh);
        const attempts = prevRef.target_sync_date === token ? prevAttempts(prevRef) + 1 : 1;
        const ref: IntervalsRefresh =
          r.status === 'terminal_error'
            ? { target_sync_date: token, attempts, status: 'exhausted', reason: 'terminal_error' }
            : {
                target_sync_date: token,
                attempts,
                reason: r.status === 'no_data' ? 'no_data' : 'transient',
                next_retry_at: scheduleRefresh(attempts, now, r.retryAfterSecs),
              };
        ep.refresh = ref;
        ep.last_attempt = nowIso;
        state.intervals = ep;
      } else if (r.status === 'terminal_error') {
        state.intervals = advanceEndpointState(state.intervals, 'intervals', 'tombstone', 'terminal_error', now, actStart, paired);
      } else {
        // no_data (analysis not ready) is retryable exactly like a transient failure
        const reason = r.status === 'no_data' ? 'no_data' : 'transient';
        state.intervals = advanceEndpointState(state.intervals, 'intervals', 'pending', reason, now, actStart, paired, r.retryAfterSecs);
      }
    }

    if (due.streams) {
      const r = fetched.streams ? classifyStreams(fetched.streams, DFA_STREAM_TYPES, clock) : NOT_FETCHED;
      if (r.status === 'terminal_error') {
        state.streams = advanceEndpointState(state.streams, 'streams', 'tombstone', 'terminal_error', now, actStart, paired);
      } else if (r.status === 'transient') {
        state.streams = advanceEndpointState(state.streams, 'streams', 'pending', 'transient', now, actStart, paired, r.retryAfterSecs);
      } else if (r.status === 'no_data' || !truthy(r.payload?.dfa_a1)) {
        // a 200 carrying only heartrate/watts is not success: only a usable dfa_a1 counts
        state.streams = advanceEndpointState(state.streams, 'streams', 'pending', 'no_data', now, actStart, paired);
      } else {
        let block: DfaBlock | null = null;
        let failed = false;
        try {
          block = dfaBlockOfResponse(fetched.streams!, r.payload!);
        } catch (e) {
          degraded(`intervals.json.activities[${actId}].dfa`, e);
          failed = true;
        }
        if (failed) {
          state.streams = advanceEndpointState(state.streams, 'streams', 'pending', 'compute_error', now, actStart, paired);
        } else if (block === null) {
          state.streams = advanceEndpointState(state.streams, 'streams', 'pending', 'no_data', now, actStart, paired);
        } else {
          upd.dfa = block;
          state.streams = advanceEndpointState(state.streams, 'streams', 'ok', 'ok', now, actStart, paired);
        }
      }
    }
  }

  // merge: cached entries within retention that still exist upstream, then per-sibling updates
  const presentIds = new Set(input.activities28d.filter((a) => truthy(get(a, 'id'))).map((a) => idStr(get(a, 'id'))));
  const byId = new Map<string, IntervalActivity>();
  for (const entry of cached.activities ?? []) {
    if (String(get(entry, 'date', '') ?? '') < retentionCutoff) continue;
    const eid = idStr(get(entry, 'activity_id'));
    if (!presentIds.has(eid)) continue;
    byId.set(eid, entry);
  }
  for (const [actId, upd] of updates) {
    const act = upd.act;
    let entry = byId.get(actId);
    if (entry === undefined) {
      entry = {
        activity_id: get(act, 'id'),
        date: activityDate(act),
        start_datetime: get(act, 'start_date_local', ''),
        type: get(act, 'type', 'Unknown'),
        name: get(act, 'name', ''),
        interval_summary: get(act, 'interval_summary'),
        intervals: [],
      };
      byId.set(actId, entry);
    }
    if (upd.intervals !== undefined) {
      entry.intervals = upd.intervals;
      entry.interval_summary = get(act, 'interval_summary');
      if (upd.zoneBasis !== null && upd.zoneBasis !== undefined) entry.zone_basis = upd.zoneBasis;
      else delete entry.zone_basis;
    }
    if (upd.dfa !== undefined) entry.dfa = upd.dfa;
  }
  // an entry with neither payload carries nothing; its fetch_state keeps it from re-queueing
  const allEntries = [...byId.values()].filter((e) => truthy(get(e, 'intervals')) || truthy(get(e, 'dfa')));

  const prunedState: Record<string, ActivityFetchState> = {};
  for (const [actId, state] of Object.entries(fetchState)) {
    if (String(get(state, 'date', '') ?? '') < retentionCutoff) continue;
    if (!presentIds.has(actId)) continue;
    prunedState[actId] = state;
  }

  const intervalsData: IntervalsFile = {
    generated_at: ctx.utcNow.isoformat(),
    schema_version: INTERVALS_SCHEMA_VERSION,
    version: ctx.producerVersion,
    script_hash: ctx.scriptHash,
    scan_hours: INTERVAL_SCAN_HOURS,
    retention_days: INTERVAL_RETENTION_DAYS,
    activities: allEntries,
    fetch_state: prunedState,
  };
  return { intervalsData, intervalActivityIds: new Set(allEntries.map((e) => idStr(e.activity_id))) };
}

/** The trailing DFA a1 profile over this run's intervals.json content. */
export function calculateDfaA1Profile(_ctx: DeriveContext, intervalsData: IntervalsWithDfa | null): DfaA1Profile | null {
  return dfaA1Profile(intervalsData);
}
