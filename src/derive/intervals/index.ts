/**
 * intervals.json and DFA a1: the per-interval segments of recent structured sessions with their
 * fetch state, and the DFA a1 profile (docs/PORTING.md maps these to the reference).
 *
 * The reference fetches inside _generate_intervals; here the same candidate selection runs twice
 * over the same inputs: planIntervalFetches (before the fetches, in collect.ts) and
 * generateIntervals (after them, given their Outcomes). Both call selectCandidates, so the plan
 * and the state transitions cannot disagree. A steady-state run selects nothing and makes no
 * interval or stream request.
 */
import { get, isDict, truthy, type Dict } from '../../lib/py/index.js';
import type {
  ActivityFetchState,
  DfaBlock,
  IntervalActivity,
  IntervalSegment,
  IntervalsFetchState,
  IntervalsFile,
  IntervalsRefresh,
} from '../../contract/index.js';
import type { ApiActivity, ApiEvent } from '../../snapshot/api-rows.js';
import type { NaiveDateTime } from '../../lib/naive-time.js';
import type { DeriveContext } from '../context.js';
import type { IntervalFetch } from '../../snapshot/types.js';
import { INTERVAL_SPORT_FAMILIES, sportFamily } from '../sports.js';
import { activityStartDt, advanceEndpointState, isDue, prevAttempts, scheduleRefresh } from './ladder.js';
import { buildPairingMap, idStr } from './pairing.js';
import { formatIntervalSegments } from './segments.js';
import { classifyIntervals, classifyStreams, type Classified } from './outcome.js';
import { DFA_STREAM_TYPES, computeDfaBlock } from './dfa.js';
import { dfaA1Profile } from './dfa-profile.js';
import { degraded } from '../diagnostics.js';

export { buildDfaSummary } from './dfa-summary.js';
export { computeDfaBlock } from './dfa.js';

/** only scan recent activities for new intervals (hours) */
export const INTERVAL_SCAN_HOURS = 72;
/** keep cached intervals for 14 days (DFA drift analysis window) */
export const INTERVAL_RETENTION_DAYS = 14;
export const INTERVALS_SCHEMA_VERSION = 1;

export interface IntervalPlanInput {
  activities28d: ApiActivity[];
  /** the previous intervals.json as read back (any shape: it is checked before use) */
  previousIntervals: Dict | null;
  /** events dated <= today (the reference's pairing_events) */
  pairingEvents: ApiEvent[];
}

export interface IntervalsResult {
  /** intervals.json content (null = not written this run) */
  intervalsData: IntervalsFile | null;
  /** activity ids with interval data (has_intervals) */
  intervalActivityIds: Set<string>;
}

type Due = { intervals?: true; streams?: true };

interface Candidate {
  act: ApiActivity;
  due: Due;
  refresh: boolean;
}

interface CacheView {
  cached: CachedIntervals;
  fetchState: Record<string, ActivityFetchState>;
  candidates: Candidate[];
  retentionCutoff: string;
  nowIso: string;
}

const actDateOf = (act: ApiActivity): string => String(get(act, 'start_date_local', '') ?? '').slice(0, 10);

/** The previous intervals.json as the reference loads it (stale on a different script hash). */
/** The previous file's activities and fetch_state as carried forward (same script hash: our own output). */
interface CachedIntervals {
  activities?: IntervalActivity[] | null;
  fetch_state?: unknown;
}

function loadCache(ctx: DeriveContext, previous: Dict | null): { cached: CachedIntervals; firstRun: boolean } {
  const empty = (): CachedIntervals => ({ activities: [], fetch_state: {} });
  if (previous === null || !isDict(previous)) return { cached: empty(), firstRun: true };
  if (get(previous, 'script_hash') !== ctx.scriptHash) return { cached: empty(), firstRun: true };
  return { cached: structuredClone(previous), firstRun: false };
}

function selectCandidates(ctx: DeriveContext, input: IntervalPlanInput): CacheView {
  const now = ctx.now;
  const nowIso = now.isoformat();
  const retentionCutoff = now.addDays(-INTERVAL_RETENTION_DAYS).date();
  const { cached, firstRun } = loadCache(ctx, input.previousIntervals);

  const fetchState: Record<string, ActivityFetchState> = {};
  const rawState = get(cached, 'fetch_state');
  if (truthy(rawState) && isDict(rawState)) {
    for (const [k, v] of Object.entries(rawState)) if (isDict(v)) fetchState[String(k)] = v as ActivityFetchState;
  }
  const scanCutoff = firstRun ? retentionCutoff : now.addSeconds(-INTERVAL_SCAN_HOURS * 3600).date();
  const cachedIds = new Set((cached.activities ?? []).map((a) => idStr(get(a, 'activity_id'))));

  const candidates: Candidate[] = [];
  for (const act of input.activities28d) {
    const date = actDateOf(act);
    if (date < retentionCutoff) continue;
    const family = sportFamily(get(act, 'type', ''));
    if (family === undefined || !INTERVAL_SPORT_FAMILIES.has(family)) continue;
    const actId = idStr(get(act, 'id'));
    const state = fetchState[actId];
    if (state === undefined) {
      // NEW: no fetch_state record; the scan window applies
      if (date < scanCutoff || cachedIds.has(actId)) continue;
      candidates.push({ act, due: { intervals: true, streams: true }, refresh: false });
      continue;
    }
    // RETRY: pending endpoints now due (retention only, no scan window)
    const due: Due = {};
    for (const endpoint of ['intervals', 'streams'] as const) {
      const ep = asDict(state[endpoint]);
      if (get(ep, 'status') !== 'pending') continue;
      if (isDue(get(ep, 'next_retry_at'), nowIso)) due[endpoint] = true;
    }
    // REFRESH: an ok interval fetch is settled until the athlete edits the activity
    // (icu_sync_date is the invalidation token, gated on icu_intervals_edited)
    let refresh = false;
    const ep = asDict(state.intervals);
    if (get(ep, 'status') === 'ok' && get(act, 'icu_intervals_edited') === true) {
      const token = get(act, 'icu_sync_date');
      if (truthy(token) && token !== get(ep, 'source_icu_sync_date')) {
        const ref = asDict(get(ep, 'refresh'));
        if (get(ref, 'target_sync_date') !== token) refresh = true;
        else if (get(ref, 'status') !== 'exhausted') refresh = isDue(get(ref, 'next_retry_at'), nowIso);
        if (refresh) due.intervals = true;
      }
    }
    if (due.intervals || due.streams) candidates.push({ act, due, refresh });
  }
  return { cached, fetchState, candidates, retentionCutoff, nowIso };
}

function asDict(v: unknown): Dict {
  return truthy(v) && isDict(v) ? v : {};
}

/** Which activities need /activity/{id}?intervals=true and/or /activity/{id}/streams this run. */
export function planIntervalFetches(
  ctx: DeriveContext,
  input: IntervalPlanInput,
): Record<string, { intervals: boolean; streams: boolean }> {
  const plan: Record<string, { intervals: boolean; streams: boolean }> = {};
  for (const c of selectCandidates(ctx, input).candidates) {
    plan[idStr(get(c.act, 'id'))] = { intervals: c.due.intervals === true, streams: c.due.streams === true };
  }
  return plan;
}

const NOT_FETCHED: Classified<never> = { status: 'transient', payload: null, reason: 'not_fetched', retryAfterSecs: null };

/** intervals.json: merges this run's fetch outcomes into the carried-forward cache and advances each endpoint's retry state. */
export function generateIntervals(
  ctx: DeriveContext,
  input: IntervalPlanInput & { fetches: Record<string, IntervalFetch> },
): IntervalsResult {
  const now: NaiveDateTime = ctx.now;
  const clock = { now, nowInstantMs: ctx.nowInstantMs };
  const { cached, fetchState, candidates, retentionCutoff, nowIso } = selectCandidates(ctx, input);
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
    if (!fetchState[actId]) fetchState[actId] = {} as ActivityFetchState;
    const state = fetchState[actId];
    state.date = actDateOf(act);
    if (paired) state.paired_planned = true;
    else delete state.paired_planned;
    if (!updates.has(actId)) updates.set(actId, { act });
    const upd = updates.get(actId)!;
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
        const ep = asDict(state.intervals) as IntervalsFetchState;
        const prevRef = asDict(ep.refresh);
        const attempts = get(prevRef, 'target_sync_date') === token ? prevAttempts(prevRef) + 1 : 1;
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
          block = computeDfaBlock(r.payload!);
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
        date: actDateOf(act),
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
export function calculateDfaA1Profile(_ctx: DeriveContext, intervalsData: Dict | null): Dict | null {
  return dfaA1Profile(intervalsData);
}
