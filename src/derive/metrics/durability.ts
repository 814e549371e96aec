/**
 * Durability trend: aggregate aerobic decoupling of long steady-state power sessions
 * (Maunder et al. 2021, Rothschild et al. 2025: drift needs >= 90 min to show).
 */
import type { Durability } from '../../contract/index.js';
import type { ApiActivity } from '../../snapshot/api-rows.js';
import { qualifyingDecoupling, windowTrend } from './trend.js';

/** decoupling above this (%) is high drift */
const HIGH_DRIFT_PCT = 5.0;
/** sessions each window needs before the durability alerts are evaluated */
const MIN_ALERT_SESSIONS_7D = 3;
const MIN_ALERT_SESSIONS_28D = 5;

/** capability.durability: mean decoupling of both windows (lower = more durable), +/-1 % = stable. */
export function calculateDurability(activities7d: ApiActivity[], activities28d: ApiActivity[]): Durability {
  const v7 = qualifyingDecoupling(activities7d);
  const v28 = qualifyingDecoupling(activities28d);
  const t = windowTrend(v7, v28, {
    minSessions7d: 2,
    minSessions28d: 2,
    digits: 2,
    stableBand: 1.0,
    relative: false,
    higherIsBetter: false,
  });
  const n7 = t.sessions7d;
  const n28 = t.sessions28d;
  const limited = n28 < MIN_ALERT_SESSIONS_28D || n7 < MIN_ALERT_SESSIONS_7D;
  return {
    mean_decoupling_7d: t.mean7d,
    mean_decoupling_28d: t.mean28d,
    high_drift_count_7d: v7.filter((v) => v > HIGH_DRIFT_PCT).length,
    high_drift_count_28d: v28.filter((v) => v > HIGH_DRIFT_PCT).length,
    qualifying_sessions_7d: n7,
    qualifying_sessions_28d: n28,
    trend: t.trend,
    reliability_limited: limited,
    reliability_note: limited ? `insufficient qualifying sessions for alert evaluation: 7d N=${n7} (min 3), 28d N=${n28} (min 5)` : null,
    note:
      'Steady-state power sessions only (VI <= 1.05, VI > 0, >= 90min, power data). Negative decoupling = strong ' +
      'durability. Trend compares 7d vs 28d mean (+/-1% = stable). Alerts require N28>=5 (alarm) or N7>=3 AND ' +
      'N28>=5 (declining warning) for statistical reliability.',
  };
}
