/**
 * Pre-computed totals the AI coach is told to use instead of adding activities up itself:
 * summary (by activity type), weekly_summary, READ_THIS_FIRST.quick_stats.
 */
import type { ActivitySummary, ActivityTypeSummary, QuickStats, WeeklySummary } from '../contract/index.js';
import { get, round, sorted, sum, truthy } from '../lib/py/index.js';
import { formatMinutes } from './format.js';
import { toDisplay, type AthleteUnits } from './units.js';
import { isValidHrv } from './wellness.js';
import type { ApiActivity, ApiWellness } from '../snapshot/api-rows.js';

/** sum(act.get("moving_time", 0)) — absent counts 0 (the reference raises on a present null). */
function movingSeconds(activities: ApiActivity[]): number {
  return sum(activities.map((a) => get(a, 'moving_time', 0) ?? 0));
}

function totalTss(activities: ApiActivity[]): number {
  return sum(activities.filter((a) => truthy(get(a, 'icu_training_load'))).map((a) => get(a, 'icu_training_load', 0)));
}

export function quickStats(activities7d: ApiActivity[]): QuickStats {
  const secs = movingSeconds(activities7d);
  return {
    total_training_hours: round(secs / 3600, 2),
    total_training_formatted: formatMinutes(secs),
    total_activities: activities7d.length,
    total_tss: round(totalTss(activities7d), 0),
  };
}

export function weeklySummary(activities7d: ApiActivity[], wellness7d: ApiWellness[]): WeeklySummary {
  const secs = movingSeconds(activities7d);
  let avgHrv: number | null = null;
  let avgRhr: number | null = null;
  if (wellness7d.length) {
    const hrv = wellness7d.map((w) => get(w, 'hrv')).filter(isValidHrv);
    const rhr = wellness7d.map((w) => get(w, 'restingHR')).filter((x) => truthy(x)) as number[];
    avgHrv = hrv.length ? round(sum(hrv) / hrv.length, 1) : null;
    avgRhr = rhr.length ? round(sum(rhr) / rhr.length, 1) : null;
  }
  return {
    total_training_hours: round(secs / 3600, 2),
    total_training_formatted: formatMinutes(secs),
    total_tss: round(totalTss(activities7d), 0),
    activities_count: activities7d.length,
    avg_hrv: avgHrv,
    avg_resting_hr: avgRhr,
  };
}

export function activitySummary(activities7d: ApiActivity[], daysBack: number, units: AthleteUnits): ActivitySummary {
  const byType = new Map<string, { count: number; seconds: number; tss: number; distance_km: number }>();
  for (const a of activities7d) {
    const type = String(get(a, 'type', 'Unknown'));
    const e = byType.get(type) ?? { count: 0, seconds: 0, tss: 0, distance_km: 0 };
    e.count += 1;
    e.seconds += get(a, 'moving_time', 0) ?? 0;
    e.tss += truthy(get(a, 'icu_training_load', 0)) ? get(a, 'icu_training_load', 0) : 0;
    e.distance_km += (truthy(get(a, 'distance', 0)) ? get(a, 'distance', 0) : 0) / 1000;
    byType.set(type, e);
  }
  const breakdown: Record<string, ActivityTypeSummary> = {};
  let totalSeconds = 0;
  for (const type of sorted(byType.keys())) {
    const d = byType.get(type)!;
    const distanceKm = round(d.distance_km, 1);
    breakdown[type] = {
      duration_decimal_hours: round(d.seconds / 3600, 2),
      count: d.count,
      tss: round(d.tss, 0),
      distance_km: distanceKm,
      display: { distance: toDisplay(distanceKm, 'distance', units) },
    };
    totalSeconds += d.seconds;
  }
  return {
    period_description: `Last ${daysBack} days of training (including today)`,
    note: 'Duration calculated from API moving_time field.',
    total_duration_decimal_hours: round(totalSeconds / 3600, 2),
    total_activities: activities7d.length,
    by_activity_type: breakdown,
  };
}
