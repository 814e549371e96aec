/**
 * Efficiency Factor trend (EF = NP / average HR, Coggan; Intervals.icu icu_efficiency_factor)
 * over steady-state cycling sessions of >= 20 minutes.
 */
import type { EfficiencyFactor } from '../../contract/index.js';
import type { ApiActivity } from '../../snapshot/api-rows.js';
import { qualifyingEf, windowTrend } from './trend.js';

/** capability.efficiency_factor: mean EF of both windows (higher = more efficient), +/-0.03 = stable. */
export function calculateEfficiencyFactor(activities7d: ApiActivity[], activities28d: ApiActivity[]): EfficiencyFactor {
  const t = windowTrend(qualifyingEf(activities7d), qualifyingEf(activities28d), {
    minSessions7d: 2,
    minSessions28d: 2,
    digits: 2,
    stableBand: 0.03,
    relative: false,
    higherIsBetter: true,
  });
  return {
    mean_ef_7d: t.mean7d,
    mean_ef_28d: t.mean28d,
    qualifying_sessions_7d: t.sessions7d,
    qualifying_sessions_28d: t.sessions28d,
    trend: t.trend,
    note:
      'Steady-state cycling sessions only (VI <= 1.05, VI > 0, >= 20min, power+HR data). Rising EF = improving ' +
      'aerobic efficiency. Compare like-for-like sessions only — EF varies with intensity. Trend compares 7d vs ' +
      '28d mean (+/-0.03 = stable).',
  };
}
