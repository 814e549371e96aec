/**
 * Alerts and the readiness decision (issue "Readiness decision and alerts"): ports of
 * _generate_alerts, _generate_race_alerts, _compute_readiness_decision and their helpers.
 */
import type { Dict } from '../../lib/py.js';
import type { DeriveContext } from '../context.js';

/** _generate_alerts(derived_metrics, wellness_7d, tss_7d_total, tss_28d_total) */
export function generateAlerts(
  _ctx: DeriveContext,
  _input: { derivedMetrics: Dict; wellness7d: Dict[]; tss7dTotal: number; tss28dTotal: number },
): Dict[] | undefined {
  return undefined;
}

/** _generate_race_alerts(race_calendar) */
export function generateRaceAlerts(_ctx: DeriveContext, _raceCalendar: Dict | undefined): Dict[] {
  return [];
}

/** _compute_readiness_decision(...) */
export function computeReadinessDecision(
  _ctx: DeriveContext,
  _input: {
    derivedMetrics: Dict;
    alerts: Dict[];
    latestWellness: Dict;
    activities28d: Dict[];
    raceCalendar: Dict | undefined;
    currentTsb: number | null;
  },
): Dict | undefined {
  return undefined;
}
