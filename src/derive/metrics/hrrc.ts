/**
 * HRRc trend: heart-rate recovery (largest 60 s HR drop after > 1 min above threshold HR,
 * Intervals.icu icu_hrr). 7d >= 1 session, 28d >= 3; > 10 % difference is meaningful (field CV
 * 10-15 %, Fecchio et al. 2019, Lamberts et al. 2024).
 */
import type { Hrrc } from '../../contract/index.js';
import type { ApiActivity } from '../../snapshot/api-rows.js';
import { qualifyingHrrc, windowTrend } from './trend.js';

/** capability.hrrc: mean HRRc of both windows (higher = better), within 10 % of the 28-day mean = stable. */
export function calculateHrrcTrend(activities7d: ApiActivity[], activities28d: ApiActivity[]): Hrrc {
  const t = windowTrend(qualifyingHrrc(activities7d), qualifyingHrrc(activities28d), {
    minSessions7d: 1,
    minSessions28d: 3,
    digits: 1,
    stableBand: 0.1,
    relative: true,
    higherIsBetter: true,
  });
  return {
    mean_hrrc_7d: t.mean7d,
    mean_hrrc_28d: t.mean28d,
    qualifying_sessions_7d: t.sessions7d,
    qualifying_sessions_28d: t.sessions28d,
    trend: t.trend,
    note:
      'HRRc = heart rate recovery (largest 60s HR drop in bpm after exceeding threshold HR for >1 min). Higher = ' +
      'better parasympathetic recovery. Null when threshold not reached, recording stopped before cooldown, or no ' +
      'HR data. Trend: 7d mean vs 28d mean, >10% = meaningful (min 1 session/7d, 3 sessions/28d). Display only — ' +
      'not wired into readiness_decision signals.',
  };
}
