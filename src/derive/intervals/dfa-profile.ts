/**
 * derived_metrics.capability.dfa_a1_profile (the reference's _calculate_dfa_a1_profile, v3.99,
 * markers v3.114, eligibility v3.122): the latest AlphaHRV session and, per sport family, the
 * rollups of the latest DFA_TRAILING_WINDOW_N sufficient sessions with per-marker threshold
 * estimates gated on estimate-eligible session counts.
 *
 * The entries are this run's intervals.json activities (this producer's own output, carried
 * forward or new); every read keeps the reference's guards, so a hand-edited entry missing a
 * key reads as absent.
 */
import { get, orEmpty, round, sorted, sum, truthy } from '../../lib/py/index.js';
import type {
  DfaA1Profile,
  DfaBand,
  DfaBandSplit,
  DfaBlock,
  DfaCrossing,
  DfaEstimate,
  DfaLatestSession,
  DfaTrailingSport,
  IntervalActivity,
  TrailingReason,
} from '../../contract/index.js';
import { INDOOR_CYCLING_TYPES, SPORT_FAMILIES } from '../sports.js';
import { DFA_EASY_GUARD, DFA_LT1, DFA_LT2, estimateReasonRank } from './dfa.js';

/** latest N AlphaHRV sessions for the trailing window (≥6 needed for 'high' confidence) */
export const DFA_TRAILING_WINDOW_N = 7;
/** min estimate-eligible marker-sessions for a per-threshold estimate (v3.122) */
export const DFA_MIN_CROSSING_SESSIONS_N = 3;
/** LT1 0.75 / LT2 0.5 markers are cycling-validated */
export const DFA_VALIDATED_SPORTS = new Set(['cycling']);

/** The part of intervals.json the profile reads. */
export interface IntervalsWithDfa {
  activities?: IntervalActivity[] | null;
}

/** An intervals.json entry of an AlphaHRV session. */
type DfaEntry = IntervalActivity & { dfa: DfaBlock };
type CrossingKey = 'easy_guard_crossing' | 'lt1_crossing' | 'lt2_crossing';
type CrossingField = 'avg_hr' | 'avg_watts';
/** A marker's estimate, the reason it holds (or is null), its crossing and eligible session counts. */
type MarkerRollup = [DfaEstimate | null, TrailingReason, number, number];

const DWELL_SEVERITY: Record<string, number> = { no_samples_in_band: 0, insufficient_total_dwell: 1, no_contiguous_dwell: 2 };

function familyOf(type: unknown): string | undefined {
  return typeof type === 'string' && Object.hasOwn(SPORT_FAMILIES, type) ? SPORT_FAMILIES[type] : undefined;
}

/** modal reason among counts, tie-broken by `rank` then name */
function modal<R extends string>(counts: Map<R, number>, rank: (r: R) => number): R {
  const entries = sorted([...counts.entries()], (kv) => [-kv[1], rank(kv[0]), kv[0]]);
  return entries[0][0];
}

/** A band's share of the session (0.0 when the band is absent). */
function bandPct(band: DfaBand | null | undefined): number {
  return band !== null && band !== undefined && truthy(band) ? band.pct : 0.0;
}

/** The session's identity keys, first in latest_session. */
function sessionIdentity(a: DfaEntry): Pick<DfaLatestSession, 'activity_id' | 'date' | 'name' | 'sport' | 'validated'> {
  return {
    activity_id: get(a, 'activity_id'),
    date: get(a, 'date'),
    name: get(a, 'name'),
    sport: get(a, 'type'),
    validated: DFA_VALIDATED_SPORTS.has(familyOf(get(a, 'type', '')) ?? ''),
  };
}

function latestSession(dfaActs: DfaEntry[]): DfaLatestSession {
  for (const a of dfaActs) {
    const block = a.dfa;
    const quality = orEmpty(block.quality);
    if (!truthy(quality.sufficient)) continue;
    const tizSplit: DfaBandSplit = {
      easy: bandPct(block.tiz_easy),
      endurance: bandPct(block.tiz_endurance),
      tempo: bandPct(block.tiz_tempo),
      supra: bandPct(block.tiz_supra),
    };
    const drift = orEmpty(block.drift);
    return {
      ...sessionIdentity(a),
      avg: get(block, 'avg'),
      tiz_split_pct: tizSplit,
      drift_delta: get(drift, 'delta'),
      drift_interpretable: get(drift, 'interpretable'),
      quality_pct: get(quality, 'valid_pct'),
      sufficient: true,
    };
  }
  // no sufficient session: the most recent one shows that AlphaHRV ran but was unusable
  const a = dfaActs[0];
  return {
    ...sessionIdentity(a),
    avg: null,
    tiz_split_pct: null,
    drift_delta: null,
    drift_interpretable: null,
    quality_pct: get(get(a.dfa, 'quality', {}), 'valid_pct'),
    sufficient: false,
  };
}

/** The rollup of one sport family's window of sufficient sessions (newest first, non-empty). */
function trailingSport(family: string, window: DfaEntry[]): DfaTrailingSport {
  const n = window.length;
  const avgVals = window.map((a) => get(a.dfa, 'avg')).filter((v): v is number => v !== null);
  const avgDfa = avgVals.length ? round(sum(avgVals) / avgVals.length, 3) : null;
  const driftVals: number[] = [];
  for (const a of window) {
    const drift = get(a.dfa, 'drift');
    if (truthy(drift) && truthy(get(drift, 'interpretable')) && get(drift, 'delta') !== null) driftVals.push(drift.delta);
  }
  const driftMean = driftVals.length ? round(sum(driftVals) / driftVals.length, 3) : null;

  const crossing = (a: DfaEntry, key: CrossingKey): Partial<DfaCrossing> => orEmpty(get(a.dfa, key));
  const avgCrossing = (key: CrossingKey, field: CrossingField, subset?: DfaEntry[]): [number | null, number] => {
    const vals: number[] = [];
    for (const a of subset ?? window) {
      const cb = get(a.dfa, key);
      if (truthy(cb) && get(cb, 'reason') === 'ok' && truthy(get(cb, 'estimate_eligible'))) {
        const v = get(cb, field);
        if (v !== null) vals.push(v);
      }
    }
    if (!vals.length) return [null, 0];
    return [round(sum(vals) / vals.length), vals.length];
  };

  const isCycling = family === 'cycling';
  const isIndoor = (a: DfaEntry): boolean => INDOOR_CYCLING_TYPES.has(get(a, 'type', ''));
  const indoor = isCycling ? window.filter(isIndoor) : [];
  const outdoor = isCycling ? window.filter((a) => !isIndoor(a)) : [];

  // staged: with no eligible session, why the dwell-qualified crossings were rejected (the
  // blocker the athlete can act on), else the modal dwell blocker
  const thresholdReason = (key: CrossingKey, eligibleN: number): TrailingReason => {
    if (eligibleN >= DFA_MIN_CROSSING_SESSIONS_N) return 'ok';
    if (eligibleN >= 1) return 'insufficient_sessions';
    const blocks = window.map((a) => crossing(a, key));
    const dwellOk = blocks.filter((b) => get(b, 'reason') === 'ok');
    if (dwellOk.length) {
      const counts = new Map<TrailingReason, number>();
      for (const b of dwellOk) {
        const r = get(b, 'estimate_reason');
        if (truthy(r) && r !== 'ok') counts.set(r, (counts.get(r) ?? 0) + 1);
      }
      if (counts.size) return modal(counts, estimateReasonRank);
    }
    const counts = new Map<TrailingReason, number>();
    for (const b of blocks) {
      const r = get(b, 'reason');
      if (truthy(r) && r !== 'ok') counts.set(r, (counts.get(r) ?? 0) + 1);
    }
    if (!counts.size) return 'no_samples_in_band';
    const sev = Object.keys(DWELL_SEVERITY).length;
    return modal(counts, (r) => (r in DWELL_SEVERITY ? DWELL_SEVERITY[r] : sev));
  };

  const buildMarker = (key: CrossingKey, marker: number): MarkerRollup => {
    const [hr] = avgCrossing(key, 'avg_hr');
    let wOut: number | null = null;
    let nWOut = 0;
    let wIn: number | null = null;
    let nWIn = 0;
    let watts: number | null = null;
    if (isCycling) {
      [wOut, nWOut] = avgCrossing(key, 'avg_watts', outdoor);
      [wIn, nWIn] = avgCrossing(key, 'avg_watts', indoor);
    } else {
      [watts] = avgCrossing(key, 'avg_watts');
    }
    const crossingSessions = window.filter((a) => get(crossing(a, key), 'reason') === 'ok').length;
    const eligibleSessions = window.filter(
      (a) => get(crossing(a, key), 'reason') === 'ok' && truthy(get(crossing(a, key), 'estimate_eligible')),
    ).length;
    const reason = thresholdReason(key, eligibleSessions);
    if (eligibleSessions < DFA_MIN_CROSSING_SESSIONS_N) return [null, reason, crossingSessions, eligibleSessions];
    const est: DfaEstimate = isCycling
      ? {
          marker_dfa_a1: marker,
          hr,
          watts_outdoor: wOut,
          watts_indoor: wIn,
          n_sessions: eligibleSessions,
          n_sessions_outdoor: nWOut,
          n_sessions_indoor: nWIn,
        }
      : { marker_dfa_a1: marker, hr, watts, n_sessions: eligibleSessions };
    return [est, reason, crossingSessions, eligibleSessions];
  };

  const [egEst, egReason, egCross, egElig] = buildMarker('easy_guard_crossing', DFA_EASY_GUARD);
  const [lt1Est, lt1Reason, lt1Cross, lt1Elig] = buildMarker('lt1_crossing', DFA_LT1);
  const [lt2Est, lt2Reason, lt2Cross, lt2Elig] = buildMarker('lt2_crossing', DFA_LT2);

  // sport-level confidence over the THRESHOLD markers only (easy_guard excluded, v3.114)
  const crossingN = Math.max(lt1Elig, lt2Elig);
  let confidence: DfaTrailingSport['confidence'] = null;
  if (crossingN >= 6) confidence = 'high';
  else if (crossingN >= 4) confidence = 'moderate';
  else if (crossingN >= DFA_MIN_CROSSING_SESSIONS_N) confidence = 'low';

  const qualityAvg = round(sum(window.map((a) => a.dfa.quality.valid_pct)) / n, 1);
  const validated = DFA_VALIDATED_SPORTS.has(family);
  const block: DfaTrailingSport = {
    n_sessions: n,
    date_range: [get(window[n - 1], 'date'), get(window[0], 'date')],
    avg_dfa_a1: avgDfa,
    drift_delta_mean: driftMean,
    easy_guard_crossing_sessions: egCross,
    lt1_crossing_sessions: lt1Cross,
    lt2_crossing_sessions: lt2Cross,
    easy_guard_eligible_sessions: egElig,
    lt1_eligible_sessions: lt1Elig,
    lt2_eligible_sessions: lt2Elig,
    easy_guard_estimate: egEst,
    easy_guard_reason: egReason,
    lt1_estimate: lt1Est,
    lt1_reason: lt1Reason,
    lt2_estimate: lt2Est,
    lt2_reason: lt2Reason,
    quality_avg_pct: qualityAvg,
    validated,
    confidence,
  };
  if (!validated) {
    block.note =
      `DFA a1 threshold mapping (LT1 0.75 / LT2 0.5) is cycling-validated. ` +
      `${family} thresholds may differ — treat estimates as informational only.`;
  }
  return block;
}

/** The profile over intervals.json's AlphaHRV sessions; null without any. */
export function dfaA1Profile(intervalsData: IntervalsWithDfa | null | undefined): DfaA1Profile | null {
  if (intervalsData === null || intervalsData === undefined || !truthy(intervalsData)) return null;
  const activities: IntervalActivity[] = get(intervalsData, 'activities', []) ?? [];
  const withDfa = activities.filter((a): a is DfaEntry => a.dfa !== null && a.dfa !== undefined);
  if (withDfa.length === 0) return null;
  const dfaActs = sorted(withDfa, (a) => (truthy(a.start_datetime) ? a.start_datetime : get(a, 'date', '')), true);

  // sufficient sessions grouped by family, newest first
  const byFamily = new Map<string, DfaEntry[]>();
  for (const a of dfaActs) {
    if (!truthy(get(get(a.dfa, 'quality', {}), 'sufficient'))) continue;
    const family = familyOf(get(a, 'type', '')) ?? 'other';
    const acts = byFamily.get(family);
    if (acts === undefined) byFamily.set(family, [a]);
    else acts.push(a);
  }
  const trailing: Record<string, DfaTrailingSport> = {};
  for (const [family, acts] of byFamily) {
    const window = acts.slice(0, DFA_TRAILING_WINDOW_N);
    if (window.length === 0) continue;
    trailing[family] = trailingSport(family, window);
  }
  return { latest_session: latestSession(dfaActs), trailing_by_sport: trailing };
}
