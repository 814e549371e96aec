/**
 * HRRc trend: heart-rate recovery (largest 60 s HR drop after > 1 min above threshold HR,
 * Intervals.icu icu_hrr). 7d >= 1 session, 28d >= 3; > 10 % difference is meaningful (field CV
 * 10-15 %, Fecchio et al. 2019, Lamberts et al. 2024). Port of _calculate_hrrc_trend.
 */
import { get, isDict, mean, round, type Dict } from '../../lib/py/index.js';

/** icu_hrr as a number (plain, or {"value"} / {"hrr"} dict); null when absent or <= 0. */
export function hrrcValue(act: Dict): number | null {
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

export function qualifyingHrrc(activities: Dict[]): number[] {
  const out: number[] = [];
  for (const act of activities) {
    const v = hrrcValue(act);
    if (v !== null) out.push(v);
  }
  return out;
}

/** capability.hrrc */
export function calculateHrrcTrend(activities7d: Dict[], activities28d: Dict[]): Dict {
  const v7 = qualifyingHrrc(activities7d);
  const v28 = qualifyingHrrc(activities28d);
  const mean7 = v7.length >= 1 ? round(mean(v7), 1) : null;
  const mean28 = v28.length >= 3 ? round(mean(v28), 1) : null;
  let trend: string | null = null;
  if (mean7 !== null && mean28 !== null && mean28 > 0) {
    const pct = (mean7 - mean28) / mean28;
    trend = pct > 0.1 ? 'improving' : pct < -0.1 ? 'declining' : 'stable';
  }
  return {
    mean_hrrc_7d: mean7,
    mean_hrrc_28d: mean28,
    qualifying_sessions_7d: v7.length,
    qualifying_sessions_28d: v28.length,
    trend,
    note:
      'HRRc = heart rate recovery (largest 60s HR drop in bpm after exceeding threshold HR for >1 min). Higher = ' +
      'better parasympathetic recovery. Null when threshold not reached, recording stopped before cooldown, or no ' +
      'HR data. Trend: 7d mean vs 28d mean, >10% = meaningful (min 1 session/7d, 3 sessions/28d). Display only — ' +
      'not wired into readiness_decision signals.',
  };
}
