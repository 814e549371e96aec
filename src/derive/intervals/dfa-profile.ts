/**
 * derived_metrics.capability.dfa_a1_profile (the reference's _calculate_dfa_a1_profile, v3.99,
 * markers v3.114, eligibility v3.122): the latest AlphaHRV session and, per sport family, the
 * rollups of the latest DFA_TRAILING_WINDOW_N sufficient sessions with per-marker threshold
 * estimates gated on estimate-eligible session counts.
 */
import { get, round, sorted, truthy, type Dict } from '../../lib/py/index.js';
import { INDOOR_CYCLING_TYPES, SPORT_FAMILIES } from '../sports.js';
import { DFA_EASY_GUARD, DFA_LT1, DFA_LT2, ESTIMATE_REASON_PRIORITY } from './dfa.js';

/** latest N AlphaHRV sessions for the trailing window (≥6 needed for 'high' confidence) */
export const DFA_TRAILING_WINDOW_N = 7;
/** min estimate-eligible marker-sessions for a per-threshold estimate (v3.122) */
export const DFA_MIN_CROSSING_SESSIONS_N = 3;
/** LT1 0.75 / LT2 0.5 markers are cycling-validated */
export const DFA_VALIDATED_SPORTS = new Set(['cycling']);

const DWELL_SEVERITY: Record<string, number> = { no_samples_in_band: 0, insufficient_total_dwell: 1, no_contiguous_dwell: 2 };

function familyOf(type: unknown): string | undefined {
  return typeof type === 'string' && Object.hasOwn(SPORT_FAMILIES, type) ? SPORT_FAMILIES[type] : undefined;
}

const asDict = (v: unknown): Dict => (truthy(v) ? (v as Dict) : {});

/** plain left-to-right float sum (Python's builtin sum) */
function pySum(vals: number[]): number {
  let s = 0;
  for (const v of vals) s += v;
  return s;
}

/** modal reason among counts, tie-broken by `rank` then name */
function modal(counts: Map<string, number>, rank: (r: string) => number): string {
  const entries = sorted([...counts.entries()], (kv) => [-kv[1], rank(kv[0]), kv[0]]);
  return entries[0][0];
}

export function dfaA1Profile(intervalsData: Dict | null | undefined): Dict | null {
  if (!truthy(intervalsData)) return null;
  const activities: Dict[] = get(intervalsData!, 'activities', []) ?? [];
  const withDfa = activities.filter((a) => a.dfa !== null && a.dfa !== undefined);
  if (withDfa.length === 0) return null;
  const dfaActs = sorted(withDfa, (a) => (truthy(a.start_datetime) ? a.start_datetime : get(a, 'date', '')), true);

  // --- latest_session: the most recent SUFFICIENT session (else the most recent one at all)
  let latestSession: Dict | null = null;
  for (const a of dfaActs) {
    const block: Dict = a.dfa;
    const quality = asDict(get(block, 'quality', {}));
    if (!truthy(quality.sufficient)) continue;
    const tizSplit: Dict = {};
    for (const [key, label] of [
      ['tiz_easy', 'easy'],
      ['tiz_endurance', 'endurance'],
      ['tiz_tempo', 'tempo'],
      ['tiz_supra', 'supra'],
    ]) {
      const band = block[key];
      tizSplit[label] = truthy(band) ? band.pct : 0.0;
    }
    const drift = asDict(block.drift);
    latestSession = {
      activity_id: get(a, 'activity_id'),
      date: get(a, 'date'),
      name: get(a, 'name'),
      sport: get(a, 'type'),
      validated: DFA_VALIDATED_SPORTS.has(familyOf(get(a, 'type', '')) ?? ''),
      avg: get(block, 'avg'),
      tiz_split_pct: tizSplit,
      drift_delta: get(drift, 'delta'),
      drift_interpretable: get(drift, 'interpretable'),
      quality_pct: get(quality, 'valid_pct'),
      sufficient: true,
    };
    break;
  }
  if (latestSession === null) {
    const a = dfaActs[0];
    latestSession = {
      activity_id: get(a, 'activity_id'),
      date: get(a, 'date'),
      name: get(a, 'name'),
      sport: get(a, 'type'),
      validated: DFA_VALIDATED_SPORTS.has(familyOf(get(a, 'type', '')) ?? ''),
      avg: null,
      tiz_split_pct: null,
      drift_delta: null,
      drift_interpretable: null,
      quality_pct: get(get(a.dfa, 'quality', {}), 'valid_pct'),
      sufficient: false,
    };
  }

  // --- trailing_by_sport: sufficient sessions grouped by family, newest first
  const byFamily = new Map<string, Dict[]>();
  for (const a of dfaActs) {
    if (!truthy(get(get(a.dfa, 'quality', {}), 'sufficient'))) continue;
    const t = get(a, 'type', '');
    const family = familyOf(t) ?? 'other';
    if (!byFamily.has(family)) byFamily.set(family, []);
    byFamily.get(family)!.push(a);
  }

  const trailing: Dict = {};
  for (const [family, acts] of byFamily) {
    const window = acts.slice(0, DFA_TRAILING_WINDOW_N);
    const n = window.length;
    if (n === 0) continue;
    const avgVals = window.map((a) => get(a.dfa, 'avg')).filter((v) => v !== null) as number[];
    const avgDfa = avgVals.length ? round(pySum(avgVals) / avgVals.length, 3) : null;
    const driftVals = window
      .filter((a) => truthy(get(a.dfa, 'drift')) && truthy(get(a.dfa.drift, 'interpretable')) && get(a.dfa.drift, 'delta') !== null)
      .map((a) => a.dfa.drift.delta as number);
    const driftMean = driftVals.length ? round(pySum(driftVals) / driftVals.length, 3) : null;

    const crossing = (a: Dict, key: string): Dict => asDict(get(a.dfa, key));
    const avgCrossing = (key: string, field: string, subset?: Dict[]): [number | null, number] => {
      const vals: number[] = [];
      for (const a of subset ?? window) {
        const cb = get(a.dfa, key);
        if (truthy(cb) && get(cb, 'reason') === 'ok' && truthy(get(cb, 'estimate_eligible'))) {
          const v = get(cb, field);
          if (v !== null) vals.push(v);
        }
      }
      if (!vals.length) return [null, 0];
      return [round(pySum(vals) / vals.length), vals.length];
    };

    const isCycling = family === 'cycling';
    const isIndoor = (a: Dict): boolean => INDOOR_CYCLING_TYPES.has(get(a, 'type', ''));
    const indoor = isCycling ? window.filter(isIndoor) : [];
    const outdoor = isCycling ? window.filter((a) => !isIndoor(a)) : [];

    const priority = (r: string): number => {
      const i = ESTIMATE_REASON_PRIORITY.indexOf(r);
      return i < 0 ? ESTIMATE_REASON_PRIORITY.length : i;
    };
    const thresholdReason = (key: string, eligibleN: number): string => {
      if (eligibleN >= DFA_MIN_CROSSING_SESSIONS_N) return 'ok';
      if (eligibleN >= 1) return 'insufficient_sessions';
      const blocks = window.map((a) => crossing(a, key));
      const dwellOk = blocks.filter((b) => get(b, 'reason') === 'ok');
      if (dwellOk.length) {
        const counts = new Map<string, number>();
        for (const b of dwellOk) {
          const r = get(b, 'estimate_reason');
          if (truthy(r) && r !== 'ok') counts.set(r, (counts.get(r) ?? 0) + 1);
        }
        if (counts.size) return modal(counts, priority);
      }
      const counts = new Map<string, number>();
      for (const b of blocks) {
        const r = get(b, 'reason');
        if (truthy(r) && r !== 'ok') counts.set(r, (counts.get(r) ?? 0) + 1);
      }
      if (!counts.size) return 'no_samples_in_band';
      const sev = Object.keys(DWELL_SEVERITY).length;
      return modal(counts, (r) => (r in DWELL_SEVERITY ? DWELL_SEVERITY[r] : sev));
    };

    const buildMarker = (key: string, marker: number): [Dict | null, string, number, number] => {
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
      const est: Dict = isCycling
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
    let confidence: string | null = null;
    if (crossingN >= 6) confidence = 'high';
    else if (crossingN >= 4) confidence = 'moderate';
    else if (crossingN >= DFA_MIN_CROSSING_SESSIONS_N) confidence = 'low';

    const qualityAvg = round(pySum(window.map((a) => a.dfa.quality.valid_pct as number)) / n, 1);
    const validated = DFA_VALIDATED_SPORTS.has(family);
    const block: Dict = {
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
    trailing[family] = block;
  }

  return { latest_session: latestSession, trailing_by_sport: trailing };
}
