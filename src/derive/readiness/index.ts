/**
 * Alerts and the readiness decision (the reference functions each module ports are listed in
 * docs/PORTING.md).
 *
 *   thresholds.ts    every threshold, named, with the phase modifiers
 *   alerts.ts        _generate_alerts, _detect_deload_context, _count_hrv_low_days, _count_rhr_high_days
 *   race-alerts.ts   _generate_race_alerts
 *   signals.ts       the per-signal statuses of _compute_readiness_decision
 *   decision.ts      the P0-P3 ladder, _get_phase_modifiers
 *   modification.ts  _build_modification
 */
import type { Alert, DeepPartial, DerivedMetrics, RaceCalendar, ReadinessDecision } from '../../contract/index.js';
import type { DeriveContext } from '../context.js';
import { generateAlerts as alerts } from './alerts.js';
import { computeReadinessDecision as decision } from './decision.js';
import { generateRaceAlerts as raceAlerts } from './race-alerts.js';
import type { ApiActivity, ApiWellness } from '../../snapshot/api-rows.js';

/** alerts[]: the threshold crossings of the derived metrics and wellness. */
export function generateAlerts(
  _ctx: DeriveContext,
  input: { derivedMetrics: DerivedMetrics; wellness7d: ApiWellness[]; tss7dTotal: number; tss28dTotal: number },
): Alert[] {
  return alerts(input);
}

/** The race alerts appended after the physiological ones. */
export function generateRaceAlerts(_ctx: DeriveContext, raceCalendar: DeepPartial<RaceCalendar> | undefined): Alert[] {
  return raceAlerts(raceCalendar);
}

/** readiness_decision: the go / modify / skip call. */
export function computeReadinessDecision(
  _ctx: DeriveContext,
  input: {
    derivedMetrics: DerivedMetrics;
    alerts: Alert[];
    latestWellness: ApiWellness;
    activities28d: ApiActivity[];
    raceCalendar: RaceCalendar | undefined;
    currentTsb: number | null;
  },
): ReadinessDecision {
  return decision(input);
}
