/**
 * Tier 1 readiness: HRV / resting-HR baselines and the Recovery Index
 * RI = (HRV_today / HRV_baseline) / (RHR_today / RHR_baseline) (> 1 good, < 1 poor recovery),
 * plus the two RI-derived load figures. Ports of those sections of _calculate_derived_metrics
 * and _is_valid_hrv.
 */
import { get, mean, round, truthy } from '../../lib/py/index.js';

import { isValidHrv } from '../wellness.js';
import type { ApiWellness } from '../../snapshot/api-rows.js';

/** _is_valid_hrv lives with the wellness helpers; re-exported for the metric modules. */
export { isValidHrv };

export interface Baselines {
  hrvValues7d: number[];
  rhrValues7d: number[];
  hrvBaseline7d: number | null;
  rhrBaseline7d: number | null;
  hrvBaseline28d: number | null;
  rhrBaseline28d: number | null;
}

const meanOrNull = (values: number[]): number | null => (values.length ? round(mean(values), 1) : null);

/** Valid HRV values and truthy restingHR values of a wellness list. */
export function hrvValues(wellness: ApiWellness[]): number[] {
  return wellness.map((w) => get(w, 'hrv')).filter(isValidHrv);
}
export function rhrValues(wellness: ApiWellness[]): number[] {
  return wellness.map((w) => get(w, 'restingHR')).filter((v) => truthy(v));
}

/** 7-day and extended (28-day) HRV / RHR baselines (means, 1 decimal). */
export function computeBaselines(wellness7d: ApiWellness[], wellnessExtended: ApiWellness[]): Baselines {
  const hrv7 = hrvValues(wellness7d);
  const rhr7 = rhrValues(wellness7d);
  return {
    hrvValues7d: hrv7,
    rhrValues7d: rhr7,
    hrvBaseline7d: meanOrNull(hrv7),
    rhrBaseline7d: meanOrNull(rhr7),
    hrvBaseline28d: meanOrNull(hrvValues(wellnessExtended)),
    rhrBaseline28d: meanOrNull(rhrValues(wellnessExtended)),
  };
}

/** RI of one wellness day against the 7-day baselines; null when any input is missing/zero. */
export function recoveryIndexOf(day: ApiWellness, hrvBaseline: number | null, rhrBaseline: number | null): number | null {
  const rawHrv = get(day, 'hrv');
  const hrv = isValidHrv(rawHrv) ? rawHrv : null;
  const rhr = get(day, 'restingHR');
  if (truthy(hrv) && truthy(rhr) && truthy(hrvBaseline) && truthy(rhrBaseline)) {
    const hrvRatio = hrv! / hrvBaseline!;
    const rhrRatio = rhr / rhrBaseline!;
    return rhrRatio > 0 ? round(hrvRatio / rhrRatio, 2) : null;
  }
  return null;
}

export interface RecoveryIndex {
  ri: number | null;
  riYesterday: number | null;
  latestHrv: number | null;
  /** restingHR of the latest record, as recorded */
  latestRhr: number | null;
}

/** Today's RI (last wellness entry) and yesterday's (the one before, same 7-day baselines). */
export function computeRecoveryIndex(wellness7d: ApiWellness[], b: Baselines): RecoveryIndex {
  const last = wellness7d.length ? wellness7d[wellness7d.length - 1] : null;
  const rawHrv = last ? get(last, 'hrv') : null;
  const latestHrv = isValidHrv(rawHrv) ? rawHrv : null;
  const latestRhr = last ? get(last, 'restingHR') : null;
  const ri = last ? recoveryIndexOf(last, b.hrvBaseline7d, b.rhrBaseline7d) : null;
  const riYesterday = wellness7d.length >= 2 ? recoveryIndexOf(wellness7d[wellness7d.length - 2], b.hrvBaseline7d, b.rhrBaseline7d) : null;
  return { ri, riYesterday, latestHrv, latestRhr };
}

/** Stress tolerance = (strain / monotony) / 100, 1 decimal. */
export function stressTolerance(strain: number | null, monotony: number | null): number | null {
  return truthy(strain) && truthy(monotony) ? round(strain! / monotony! / 100, 1) : null;
}

/** Load-recovery ratio = 7-day load / (RI × 100), 1 decimal. */
export function loadRecoveryRatio(tss7dTotal: number, ri: number | null): number | null {
  return truthy(ri) && ri! > 0 ? round(tss7dTotal / (ri! * 100), 1) : null;
}
