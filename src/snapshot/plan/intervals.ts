/**
 * Which activities need their intervals (/activity/{id}?intervals=true) and/or DFA streams
 * (/activity/{id}/streams) this run, read from the previous intervals.json and its fetch_state.
 *
 * Three arms select a candidate (activities within the 14-day retention, of a sport family that
 * has intervals):
 *   NEW     no fetch_state record and not cached; only activities inside the scan window (72 h,
 *           or the whole retention on a first run / after a producer change)
 *   RETRY   a pending endpoint whose next_retry_at has come (the scan window does not apply:
 *           upstream analysis can finish days after the upload)
 *   REFRESH an ok interval fetch whose activity the athlete edited since (icu_sync_date moved,
 *           gated on icu_intervals_edited), unless the refresh of that edit is exhausted or not due
 *
 * The snapshot stage plans its fetches with this selection and derive (intervals.json) replays it
 * over the same inputs after the fetches, so the plan and the state transitions cannot disagree.
 * A steady-state run selects nothing and makes no interval or stream request.
 */
import type { ActivityFetchState, IntervalActivity } from '../../contract/index.js';
import type { NaiveDateTime } from '../../lib/naive-time.js';
import { get, isDict, orEmpty, pyStr, truthy } from '../../lib/py/index.js';
import { INTERVAL_SPORT_FAMILIES, sportFamily } from '../../derive/sports.js';
import { INTERVAL_RETENTION_DAYS, INTERVAL_SCAN_HOURS } from '../../derive/windows.js';
import type { ApiActivity, ApiEvent } from '../api-rows.js';

/** What the selection knows of the run: its athlete-local clock and the producer's identity. */
export interface PlanContext {
  now: NaiveDateTime;
  /** a previous intervals.json written under another script hash is stale (started afresh) */
  scriptHash: string;
}

export interface IntervalPlanInput {
  activities28d: ApiActivity[];
  /** the previous intervals.json as read back (state.ts has checked its two top-level keys) */
  previousIntervals: unknown;
  /** events dated <= today (the reference's pairing_events) */
  pairingEvents: ApiEvent[];
}

/** The endpoints due for one activity. */
export interface DueEndpoints {
  intervals?: true;
  streams?: true;
}

export interface IntervalCandidate {
  act: ApiActivity;
  due: DueEndpoints;
  /** the interval fetch chases an upstream edit (a failure keeps the cached payload) */
  refresh: boolean;
}

/**
 * The previous file's activities and fetch_state as carried forward. Only a file of the same
 * script hash is read, i.e. this producer's own output; state.ts has checked that `activities`
 * is a list of objects and `fetch_state` an object (or null).
 */
export interface CachedIntervals {
  activities?: IntervalActivity[] | null;
  fetch_state?: unknown;
}

export interface IntervalSelection {
  cached: CachedIntervals;
  /** fetch_state by str(activity id), object records only */
  fetchState: Record<string, ActivityFetchState>;
  candidates: IntervalCandidate[];
  /** YYYY-MM-DD: entries and fetch_state dated before it are dropped */
  retentionCutoff: string;
  nowIso: string;
}

/** Python str() of a JSON id (ints print without a fraction). */
export function idStr(v: unknown): string {
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (v === null || v === undefined) return 'None';
  return String(v);
}

/** A timestamp stored in fetch_state is due when `str(next) <= now.isoformat()` (or absent). */
export function isDue(next: unknown, nowIso: string): boolean {
  if (next === null || next === undefined) return true;
  return pyStr(next) <= nowIso;
}

/** The activity's local calendar date (start_date_local[:10]). */
export function activityDate(act: ApiActivity): string {
  return String(get(act, 'start_date_local', '') ?? '').slice(0, 10);
}

function loadCache(ctx: PlanContext, previous: unknown, copy: boolean): { cached: CachedIntervals; firstRun: boolean } {
  const empty = (): CachedIntervals => ({ activities: [], fetch_state: {} });
  if (previous === null || !isDict(previous)) return { cached: empty(), firstRun: true };
  if (get(previous, 'script_hash') !== ctx.scriptHash) return { cached: empty(), firstRun: true };
  // the same script hash: this producer's own file (copied for derive, which advances it in place)
  return { cached: (copy ? structuredClone(previous) : previous) as CachedIntervals, firstRun: false };
}

/**
 * The candidate selection over the previous intervals.json, shared by the plan and derive.
 * `copy`: the selection's `cached` and `fetchState` are a copy of the previous file, to be
 * changed (derive); without it they are the previous file itself, only to be read (the plan).
 */
export function selectIntervalCandidates(ctx: PlanContext, input: IntervalPlanInput, copy = true): IntervalSelection {
  const now = ctx.now;
  const nowIso = now.isoformat();
  const retentionCutoff = now.addDays(-INTERVAL_RETENTION_DAYS).date();
  const { cached, firstRun } = loadCache(ctx, input.previousIntervals, copy);

  const fetchState: Record<string, ActivityFetchState> = {};
  const rawState = get(cached, 'fetch_state');
  if (truthy(rawState) && isDict(rawState)) {
    // object records of this producer's own file (ids normalised to strings on load)
    for (const [k, v] of Object.entries(rawState)) if (isDict(v)) fetchState[String(k)] = v as ActivityFetchState;
  }
  const scanCutoff = firstRun ? retentionCutoff : now.addSeconds(-INTERVAL_SCAN_HOURS * 3600).date();
  const cachedIds = new Set((cached.activities ?? []).map((a) => idStr(get(a, 'activity_id'))));

  const candidates: IntervalCandidate[] = [];
  for (const act of input.activities28d) {
    const date = activityDate(act);
    if (date < retentionCutoff) continue;
    const family = sportFamily(get(act, 'type', ''));
    if (family === undefined || !INTERVAL_SPORT_FAMILIES.has(family)) continue;
    const actId = idStr(get(act, 'id'));
    const state = fetchState[actId];
    if (state === undefined) {
      if (date < scanCutoff || cachedIds.has(actId)) continue;
      candidates.push({ act, due: { intervals: true, streams: true }, refresh: false });
      continue;
    }
    const due: DueEndpoints = {};
    for (const endpoint of ['intervals', 'streams'] as const) {
      const ep = orEmpty(state[endpoint]);
      if (ep.status !== 'pending') continue;
      if (isDue(ep.next_retry_at, nowIso)) due[endpoint] = true;
    }
    let refresh = false;
    const ep = orEmpty(state.intervals);
    if (ep.status === 'ok' && get(act, 'icu_intervals_edited') === true) {
      const token = get(act, 'icu_sync_date');
      // an absent token gives no basis for comparison (re-fetching on absence would loop forever)
      if (truthy(token) && token !== ep.source_icu_sync_date) {
        const ref = orEmpty(ep.refresh);
        if (ref.target_sync_date !== token) refresh = true;
        else if (ref.status !== 'exhausted') refresh = isDue(ref.next_retry_at, nowIso);
        if (refresh) due.intervals = true;
      }
    }
    if (due.intervals || due.streams) candidates.push({ act, due, refresh });
  }
  return { cached, fetchState, candidates, retentionCutoff, nowIso };
}

/** Endpoints to fetch this run by activity id. */
export type IntervalFetchPlan = Record<string, { intervals: boolean; streams: boolean }>;

/** Which activities need /activity/{id}?intervals=true and/or /activity/{id}/streams this run. */
export function planIntervalFetches(ctx: PlanContext, input: IntervalPlanInput): IntervalFetchPlan {
  const plan: IntervalFetchPlan = {};
  for (const c of selectIntervalCandidates(ctx, input, false).candidates) {
    plan[idStr(get(c.act, 'id'))] = { intervals: c.due.intervals === true, streams: c.due.streams === true };
  }
  return plan;
}
