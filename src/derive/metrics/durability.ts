/**
 * Durability trend: aggregate aerobic decoupling of long steady-state power sessions
 * (Maunder et al. 2021, Rothschild et al. 2025: drift needs >= 90 min to show). Port of
 * _calculate_durability.
 */
import { get, mean, round, type Dict } from '../../lib/py/index.js';

/** steady state: VI in (0, 1.05]; long: >= 90 min moving */
const MAX_STEADY_VI = 1.05;
const MIN_DURABILITY_SECONDS = 5400;

/** Decoupling values (icu_hr_decoupling, else decoupling) of qualifying sessions. */
export function qualifyingDecoupling(activities: Dict[]): number[] {
  const out: number[] = [];
  for (const act of activities) {
    let dec = get(act, 'icu_hr_decoupling');
    if (dec === null) dec = get(act, 'decoupling');
    const vi = get(act, 'icu_variability_index');
    const mt = get(act, 'moving_time', 0) || 0;
    if (dec !== null && vi !== null && vi > 0 && vi <= MAX_STEADY_VI && mt >= MIN_DURABILITY_SECONDS) out.push(dec);
  }
  return out;
}

/** capability.durability */
export function calculateDurability(activities7d: Dict[], activities28d: Dict[]): Dict {
  const v7 = qualifyingDecoupling(activities7d);
  const v28 = qualifyingDecoupling(activities28d);
  const mean7 = v7.length >= 2 ? round(mean(v7), 2) : null;
  const mean28 = v28.length >= 2 ? round(mean(v28), 2) : null;
  let trend: string | null = null;
  if (mean7 !== null && mean28 !== null) {
    const delta = mean7 - mean28;
    trend = delta < -1.0 ? 'improving' : delta > 1.0 ? 'declining' : 'stable';
  }
  const n7 = v7.length;
  const n28 = v28.length;
  const limited = n28 < 5 || n7 < 3;
  return {
    mean_decoupling_7d: mean7,
    mean_decoupling_28d: mean28,
    high_drift_count_7d: v7.filter((v) => v > 5.0).length,
    high_drift_count_28d: v28.filter((v) => v > 5.0).length,
    qualifying_sessions_7d: n7,
    qualifying_sessions_28d: n28,
    trend,
    reliability_limited: limited,
    reliability_note: limited ? `insufficient qualifying sessions for alert evaluation: 7d N=${n7} (min 3), 28d N=${n28} (min 5)` : null,
    note:
      'Steady-state power sessions only (VI <= 1.05, VI > 0, >= 90min, power data). Negative decoupling = strong ' +
      'durability. Trend compares 7d vs 28d mean (+/-1% = stable). Alerts require N28>=5 (alarm) or N7>=3 AND ' +
      'N28>=5 (declining warning) for statistical reliability.',
  };
}
