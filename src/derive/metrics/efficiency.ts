/**
 * Efficiency Factor trend (EF = NP / average HR, Coggan; Intervals.icu icu_efficiency_factor)
 * over steady-state cycling sessions of >= 20 minutes. Port of _calculate_efficiency_factor.
 */
import { get, mean, round, type Dict } from '../../lib/py/index.js';

const EF_CYCLING_TYPES = new Set(['Ride', 'VirtualRide', 'MountainBikeRide', 'GravelRide']);
/** EF below 20 minutes is unreliable (TrainingPeaks / Coggan) */
const MIN_EF_SECONDS = 1200;

export function qualifyingEf(activities: Dict[]): number[] {
  const out: number[] = [];
  for (const act of activities) {
    const ef = get(act, 'icu_efficiency_factor');
    const vi = get(act, 'icu_variability_index');
    const mt = get(act, 'moving_time', 0) || 0;
    const type = get(act, 'type', '');
    if (ef !== null && EF_CYCLING_TYPES.has(type) && vi !== null && vi > 0 && vi <= 1.05 && mt >= MIN_EF_SECONDS) out.push(ef);
  }
  return out;
}

/** capability.efficiency_factor */
export function calculateEfficiencyFactor(activities7d: Dict[], activities28d: Dict[]): Dict {
  const v7 = qualifyingEf(activities7d);
  const v28 = qualifyingEf(activities28d);
  const mean7 = v7.length >= 2 ? round(mean(v7), 2) : null;
  const mean28 = v28.length >= 2 ? round(mean(v28), 2) : null;
  let trend: string | null = null;
  if (mean7 !== null && mean28 !== null) {
    const delta = mean7 - mean28;
    trend = delta > 0.03 ? 'improving' : delta < -0.03 ? 'declining' : 'stable';
  }
  return {
    mean_ef_7d: mean7,
    mean_ef_28d: mean28,
    qualifying_sessions_7d: v7.length,
    qualifying_sessions_28d: v28.length,
    trend,
    note:
      'Steady-state cycling sessions only (VI <= 1.05, VI > 0, >= 20min, power+HR data). Rising EF = improving ' +
      'aerobic efficiency. Compare like-for-like sessions only — EF varies with intensity. Trend compares 7d vs ' +
      '28d mean (+/-0.03 = stable).',
  };
}
