/**
 * Phase classification from both streams: data quality, then the priority ladder (Overreached,
 * Taper, Peak, Recovery, Deload→Build, Deload, low-load Recovery, scored Build/Base) with
 * hysteresis and confidence. Ports of _phase_data_quality and _phase_classify.
 */
import type { Confidence, Phase } from '../../contract/index.js';
import { mean, truthy } from '../../lib/py/index.js';
import type { PhaseWeekRow, Stream1 } from './stream1.js';
import type { Stream2 } from './stream2.js';

export type DataQuality = 'good' | 'mixed' | 'poor';

/** _phase_data_quality: 'poor' under 3 weeks, 'mixed' when most recent weeks' hard days are HR-only. */
export function phaseDataQuality(
  weeklyRows: PhaseWeekRow[],
  s1: Stream1,
  reasonCodes: string[],
  zonePreference: Record<string, string>,
): DataQuality {
  let quality: DataQuality = 'good';
  if (s1.weeks_available < 3) {
    reasonCodes.push('INSUFFICIENT_LOOKBACK');
    quality = 'poor';
  }
  if (weeklyRows.length) {
    const recent = weeklyRows.length >= 4 ? weeklyRows.slice(-4) : weeklyRows;
    let hrOnly = 0;
    for (const row of recent) {
      const ibb = row.intensity_basis_breakdown;
      if (!ibb || !truthy(ibb)) continue;
      // .get(key, 0): the default stands in only for an absent count, a null one stays null
      const hr = ibb.hr === undefined ? 0 : ibb.hr;
      const power = ibb.power === undefined ? 0 : ibb.power;
      if (hr !== null && hr > 0 && power === 0) hrOnly += 1;
    }
    if (hrOnly > recent.length / 2) {
      const hasHrPreference = Object.values(zonePreference).some((b) => b === 'hr');
      if (!hasHrPreference) {
        reasonCodes.push('HR_ONLY_MAJORITY');
        if (quality === 'good') quality = 'mixed';
      }
    }
  }
  return quality;
}

const REDUCED = 0.8;

function deloadResult(nextWeekDelta: number | null, planCovNext: number, reasons: string[]): [Phase, Confidence, string[]] {
  if (nextWeekDelta !== null && nextWeekDelta >= 0.8) return ['Deload', 'high', ['BUILD_HISTORY_REDUCED_LOAD_REBOUND_CONFIRMED']];
  if (planCovNext < 0.3) {
    reasons.push('PLAN_GAP_NEXT_WEEK');
    return ['Deload', 'medium', reasons];
  }
  return ['Deload', 'medium', ['BUILD_HISTORY_REDUCED_LOAD']];
}

/** Deload paths A (reliable reduced plan), B (sparse easy plan) and C (retrospective, no plan). */
function deloadSignal(s1: Stream1, s2: Stream2, tssDeltaReliable: boolean, buildHistory: boolean): boolean {
  const hardPlanned = s2.hard_sessions_planned;
  const sessions = s2.next_7d_sessions ?? 0;
  const slope = s1.ctl_slope;
  const hardAvg = s1.hard_day_avg;
  const delta = s2.planned_tss_delta;
  if (hardPlanned === 0 || (hardPlanned === 1 && sessions >= 3)) {
    if (tssDeltaReliable && delta! <= REDUCED && buildHistory) return true; // A
    if (sessions > 0 && !tssDeltaReliable && buildHistory && slope! > 1.0 && hardAvg! >= 2.0) return true; // B
  }
  if (sessions === 0) {
    // C: completed week ≤ 80 % of the prior three, Build evidence from the prior three only
    const tss = s1.tss_values;
    const hard = s1.hard_day_values;
    if (tss.length >= 4 && hard.length >= 4) {
      const currentTss = tss[tss.length - 1];
      const prior3Avg = mean(tss.slice(-4, -1));
      const prior3HardAvg = mean(hard.slice(-4, -1));
      const priorBuild = prior3HardAvg >= 1.5 && prior3Avg > 0 && s1.weeks_available >= 4;
      if (priorBuild) {
        const ratio = prior3Avg > 0 ? currentTss / prior3Avg : 1.0;
        if (ratio <= REDUCED) return true;
      }
    }
  }
  return false;
}

/** _phase_classify(s1, s2, previous_phase, data_quality) → [phase, confidence, reason codes] */
export function phaseClassify(
  s1: Stream1,
  s2: Stream2,
  previousPhase: Phase | null,
  dataQuality: DataQuality,
): [Phase | null, Confidence, string[]] {
  const reasons: string[] = [];
  const s1Phase = s1.suggested_phase;
  const raceProx = s2.race_proximity;
  const keyRace = s2.race_category === 'RACE_A' || s2.race_category === 'RACE_B';
  const delta = s2.planned_tss_delta;
  const nextWeekDelta = s2.next_week_tss_delta;
  const slope = s1.ctl_slope;
  const hardAvg = s1.hard_day_avg;
  const planCovCurr = s2.plan_coverage_current_week;
  const planCovNext = s2.plan_coverage_next_week;
  const weeks = s1.weeks_available;

  // planned_tss_delta means something only with ≥ 3 sessions planned in the week remainder
  const sessions = s2.next_7d_sessions ?? 0;
  const reliable = delta !== null && sessions >= 3;

  if (dataQuality === 'poor' && weeks < 2) {
    reasons.push('INSUFFICIENT_DATA');
    return [null, 'low', reasons];
  }

  // Priority 1: Overreached (monotony-gated convergence in Stream 1)
  if (s1Phase === 'Overreached') return ['Overreached', 'high', ['SAFETY_ACWR_OR_MONOTONY']];

  // Priority 2: Taper (race-anchored)
  if (raceProx !== null && raceProx <= 14 && keyRace) {
    if (reliable && delta! <= REDUCED) {
      reasons.push('RACE_IMMINENT_VOLUME_REDUCING');
      return ['Taper', 'high', reasons];
    }
    reasons.push('RACE_IMMINENT');
    return ['Taper', 'medium', reasons];
  }

  // Priority 3: Peak (race approaching, CTL at its high)
  if (raceProx !== null && raceProx <= 21 && keyRace) {
    if (!reliable || delta! > REDUCED) {
      const ctl = s1.ctl_values;
      if (ctl.length >= 3) {
        const current = ctl[ctl.length - 1];
        if (current >= Math.max(...ctl) * 0.95 && slope !== null && slope >= -0.5) {
          return ['Peak', 'medium', ['RACE_APPROACHING_CTL_HIGH']];
        }
      }
    }
  }

  // Priority 3.5: Recovery (declining CTL, no hard days)
  if (slope !== null && slope < -1.0 && hardAvg !== null && hardAvg < 0.5 && weeks >= 3) {
    reasons.push('DECLINING_LOAD_NO_HARD_DAYS');
    return ['Recovery', dataQuality !== 'poor' ? 'medium' : 'low', reasons];
  }

  // Priority 4: Deload → Build
  const hardPlanned = s2.hard_sessions_planned;
  if (previousPhase === 'Deload') {
    if (hardPlanned >= 2) return ['Build', 'medium', ['BUILD_RESUMING_AFTER_DELOAD']];
    if (hardPlanned >= 1 || (planCovCurr > 0 && (!reliable || delta! > REDUCED))) {
      return ['Build', 'low', ['BUILD_RESUMING_AFTER_DELOAD_TENTATIVE']];
    }
  }

  // Priority 5: Deload (Build history + reduced/easy load)
  const buildHistory = slope !== null && slope > 0 && hardAvg !== null && hardAvg >= 1.5 && weeks >= 3;
  if (deloadSignal(s1, s2, reliable, buildHistory)) return deloadResult(nextWeekDelta, planCovNext, reasons);

  // reduced plan without Build history: Recovery only when CTL is declining too
  if (reliable && delta! <= REDUCED && hardPlanned <= 1) {
    if (!buildHistory && slope !== null && slope < -1.0) {
      return ['Recovery', dataQuality !== 'poor' ? 'medium' : 'low', ['NO_BUILD_HISTORY_LOW_LOAD']];
    }
  }

  // Priority 6: Build / Base (scored)
  let build = 0;
  let base = 0;
  if (slope !== null) {
    if (slope > 2.0) build += 3;
    else if (slope > 1.0) build += 2;
    else if (slope > 0) build += 1;
    else if (slope >= -1.0) base += 2;
  }
  if (hardAvg !== null) {
    if (hardAvg >= 2.5) build += 2;
    else if (hardAvg >= 1.5) build += 1;
    else if (hardAvg <= 1.0) base += 2;
    else base += 1;
  }
  const acwrTrend = s1.acwr_trend;
  if (acwrTrend === 'rising') build += 1;
  else if (acwrTrend === 'stable' || acwrTrend === 'falling') base += 1;
  if (sessions >= 3) {
    const cwHardTotal = s2.current_week_hard_days_total;
    if (cwHardTotal >= 2) build += 1;
    else if (cwHardTotal <= 1) base += 1;
  }

  const margin = build - base;
  const buildOrBase = previousPhase === 'Build' || previousPhase === 'Base';
  let phase: Phase | null;
  if (margin >= 2) phase = 'Build';
  else if (margin <= -2) phase = 'Base';
  else if (margin > 0) phase = buildOrBase ? previousPhase : 'Build';
  else if (margin < 0) phase = buildOrBase ? previousPhase : 'Base';
  else if (buildOrBase) phase = previousPhase;
  else {
    phase = null;
    reasons.push('BUILD_BASE_AMBIGUOUS');
  }

  let confidence: Confidence;
  if (phase === null) confidence = 'low';
  else if (Math.abs(margin) >= 3 && dataQuality === 'good') confidence = 'high';
  else if (Math.abs(margin) >= 2 || dataQuality === 'good') confidence = 'medium';
  else confidence = 'low';

  // hysteresis: name the transition
  if (phase && previousPhase && phase !== previousPhase && previousPhase !== 'Overreached') {
    reasons.push(`PHASE_TRANSITION_${previousPhase}_TO_${phase}`);
  }
  if (dataQuality === 'poor' && confidence === 'high') confidence = 'medium';
  else if (dataQuality === 'poor' && confidence === 'medium') confidence = 'low';

  if (planCovCurr === 0 && planCovNext === 0) {
    if (confidence === 'high') confidence = 'medium';
    reasons.push('NO_PLANNED_WORKOUTS');
  }
  return [phase, confidence, reasons];
}
