/**
 * Alerts and the readiness decision (issue "Readiness decision and alerts"): ports of
 * _generate_alerts, _generate_race_alerts, _compute_readiness_decision and their helpers.
 *
 *   thresholds.ts    every threshold, named, with the phase modifiers
 *   alerts.ts        _generate_alerts, _detect_deload_context, _count_hrv_low_days, _count_rhr_high_days
 *   race-alerts.ts   _generate_race_alerts
 *   signals.ts       the per-signal statuses of _compute_readiness_decision
 *   decision.ts      the P0-P3 ladder, _get_phase_modifiers
 *   modification.ts  _build_modification
 */
import type { Dict } from '../../lib/py/index.js';
import type { DeriveContext } from '../context.js';
import { generateAlerts as alerts } from './alerts.js';
import { computeReadinessDecision as decision } from './decision.js';
import { generateRaceAlerts as raceAlerts } from './race-alerts.js';

/** _generate_alerts(derived_metrics, wellness_7d, tss_7d_total, tss_28d_total) */
export function generateAlerts(
  _ctx: DeriveContext,
  input: { derivedMetrics: Dict; wellness7d: Dict[]; tss7dTotal: number; tss28dTotal: number },
): Dict[] {
  return alerts(input);
}

/** _generate_race_alerts(race_calendar) */
export function generateRaceAlerts(_ctx: DeriveContext, raceCalendar: Dict | undefined): Dict[] {
  return raceAlerts(raceCalendar);
}

/** _compute_readiness_decision(...) */
export function computeReadinessDecision(
  _ctx: DeriveContext,
  input: {
    derivedMetrics: Dict;
    alerts: Dict[];
    latestWellness: Dict;
    activities28d: Dict[];
    raceCalendar: Dict | undefined;
    currentTsb: number | null;
  },
): Dict {
  return decision(input);
}
