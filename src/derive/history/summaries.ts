/**
 * history.json summaries: 90d (daily tier), 180d (weekly tier) and 1y/2y/3y (monthly tiers).
 * Port of _build_history_summaries.
 */
import { mean, round, sum, truthy, type Dict } from '../../lib/py/index.js';

function roundedMean(values: number[], nd: number): number | null {
  return values.length ? round(mean(values), nd) : null;
}

export function buildHistorySummaries(daily: Dict[], weekly: Dict[], monthlyTiers: Record<string, Dict[]>): Dict {
  const summaries: Dict = {};
  if (daily.length) {
    const tss = daily.map((d) => d.total_tss).filter(truthy);
    const hours = daily.map((d) => d.total_hours).filter(truthy);
    const ctl = daily.map((d) => d.ctl).filter(truthy);
    const weeks = Math.max(1, daily.length / 7);
    summaries['90d'] = {
      avg_weekly_tss: tss.length ? round(sum(tss) / weeks, 0) : null,
      avg_weekly_hours: hours.length ? round(sum(hours) / weeks, 1) : null,
      ctl_start: ctl.length ? round(ctl[0], 1) : null,
      ctl_end: ctl.length ? round(ctl[ctl.length - 1], 1) : null,
      total_activities: daily.filter((d) => d.activity_count > 0).length,
      rest_days: daily.filter((d) => d.activity_count === 0).length,
      hard_days: daily.filter((d) => truthy(d.is_hard_day)).length,
    };
  }
  if (weekly.length) {
    const tss = weekly.map((w) => w.total_tss).filter(truthy);
    const hours = weekly.map((w) => w.total_hours).filter(truthy);
    const ctl = weekly.map((w) => w.ctl_end).filter(truthy);
    summaries['180d'] = {
      avg_weekly_tss: roundedMean(tss, 0),
      avg_weekly_hours: roundedMean(hours, 1),
      ctl_start: ctl.length ? round(ctl[0], 1) : null,
      ctl_end: ctl.length ? round(ctl[ctl.length - 1], 1) : null,
      weeks_tracked: weekly.length,
    };
  }
  for (const key of ['monthly_1y', 'monthly_2y', 'monthly_3y']) {
    const monthly = monthlyTiers[key] ?? [];
    if (!monthly.length) continue;
    const tss = monthly.map((m) => m.total_tss).filter(truthy);
    const ctl = monthly.map((m) => m.ctl_end).filter(truthy);
    summaries[key.replace('monthly_', '')] = {
      avg_monthly_tss: roundedMean(tss, 0),
      ctl_peak: ctl.length ? round(Math.max(...ctl), 1) : null,
      ctl_low: ctl.length ? round(Math.min(...ctl), 1) : null,
      months_tracked: monthly.length,
    };
  }
  return summaries;
}
