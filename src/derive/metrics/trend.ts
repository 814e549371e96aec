/**
 * "7-day vs 28-day trend over qualifying sessions", shared by the capability blocks (durability,
 * efficiency factor, HRRc) and history.json's weekly capability rollup: which activities qualify
 * for each metric, and how a 7-day mean compares with the 28-day mean.
 */
import { get, isDict, mean, or, round } from '../../lib/py/index.js';
import type { ApiActivity } from '../../snapshot/api-rows.js';

/** Steady-state session: variability index in (0, 1.05] (NP close to average power). */
export const STEADY_STATE_MAX_VI = 1.05;
/** Decoupling needs >= 90 min to show (Maunder et al. 2021, Rothschild et al. 2025). */
export const DURABILITY_MIN_SECONDS = 5400;
/** EF below 20 minutes is unreliable (TrainingPeaks / Coggan). */
export const EF_MIN_SECONDS = 1200;
/** Activity types whose EF is read (cycling power + HR). */
export const EF_CYCLING_TYPES: ReadonlySet<string> = new Set(['Ride', 'VirtualRide', 'MountainBikeRide', 'GravelRide']);

export type TrendDirection = 'improving' | 'stable' | 'declining';

/** Python `vi is not None and vi > 0 and vi <= 1.05` (a bool compares as 0/1, as in Python). */
function steadyState(vi: unknown): boolean {
  return (typeof vi === 'number' || typeof vi === 'boolean') && Number(vi) > 0 && Number(vi) <= STEADY_STATE_MAX_VI;
}

function movingTime(act: ApiActivity): number {
  return or(get(act, 'moving_time', 0), 0);
}

/** Decoupling (icu_hr_decoupling, else decoupling) of long steady-state sessions. */
export function qualifyingDecoupling(activities: ApiActivity[]): number[] {
  const out: number[] = [];
  for (const act of activities) {
    let dec = get(act, 'icu_hr_decoupling');
    if (dec === null) dec = get(act, 'decoupling');
    if (dec !== null && steadyState(get(act, 'icu_variability_index')) && movingTime(act) >= DURABILITY_MIN_SECONDS) out.push(dec);
  }
  return out;
}

/** Efficiency factor of steady-state cycling sessions of >= 20 minutes. */
export function qualifyingEf(activities: ApiActivity[]): number[] {
  const out: number[] = [];
  for (const act of activities) {
    const ef = get(act, 'icu_efficiency_factor');
    const ok = EF_CYCLING_TYPES.has(get(act, 'type', '')) && steadyState(get(act, 'icu_variability_index'));
    if (ef !== null && ok && movingTime(act) >= EF_MIN_SECONDS) out.push(ef);
  }
  return out;
}

/** icu_hrr as a number (plain, or a {"value"} / {"hrr"} dict); null when absent or <= 0. */
export function hrrcValue(act: ApiActivity): number | null {
  let h = get(act, 'icu_hrr');
  if (h === null) return null;
  if (isDict(h)) {
    let v = get(h, 'value');
    if (v === null) v = get(h, 'hrr');
    h = v;
  }
  if (typeof h === 'boolean') h = Number(h); // isinstance(True, int) in Python
  return typeof h === 'number' && h > 0 ? h : null;
}

/** HRRc values of the sessions that recorded one. */
export function qualifyingHrrc(activities: ApiActivity[]): number[] {
  const out: number[] = [];
  for (const act of activities) {
    const v = hrrcValue(act);
    if (v !== null) out.push(v);
  }
  return out;
}

/** How a metric's 7-day mean is compared with its 28-day mean. */
export interface TrendRule {
  /** sessions a window needs before its mean is reported */
  minSessions7d: number;
  minSessions28d: number;
  /** decimals of the reported means */
  digits: number;
  /** |difference| at or under this is "stable" (absolute, or a fraction of the 28-day mean) */
  stableBand: number;
  relative: boolean;
  /** decoupling improves as it falls; EF and HRRc as they rise */
  higherIsBetter: boolean;
}

export interface WindowTrend {
  mean7d: number | null;
  mean28d: number | null;
  sessions7d: number;
  sessions28d: number;
  trend: TrendDirection | null;
}

/** Means of both windows (null below the session minimum) and the trend between them. */
export function windowTrend(values7d: number[], values28d: number[], rule: TrendRule): WindowTrend {
  const mean7d = values7d.length >= rule.minSessions7d ? round(mean(values7d), rule.digits) : null;
  const mean28d = values28d.length >= rule.minSessions28d ? round(mean(values28d), rule.digits) : null;
  let trend: TrendDirection | null = null;
  if (mean7d !== null && mean28d !== null && (!rule.relative || mean28d > 0)) {
    const delta = rule.relative ? (mean7d - mean28d) / mean28d : mean7d - mean28d;
    const better = rule.higherIsBetter ? delta : -delta;
    trend = better > rule.stableBand ? 'improving' : better < -rule.stableBand ? 'declining' : 'stable';
  }
  return { mean7d, mean28d, sessions7d: values7d.length, sessions28d: values28d.length, trend };
}
