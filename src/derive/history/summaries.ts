/**
 * history.json summaries: 90d (daily tier), 180d (weekly tier) and 1y/2y/3y (monthly tiers).
 * Port of _build_history_summaries.
 */
import type { DailyRow, HistorySummaries, MonthlyRow, WeeklyRow } from '../../contract/index.js';
import { round, sum, truthy } from '../../lib/py/index.js';
import { meanRounded } from './common.js';

/** The three monthly tiers of history.json. */
export interface MonthlyTiers {
  monthly_1y: MonthlyRow[];
  monthly_2y: MonthlyRow[];
  monthly_3y: MonthlyRow[];
}

/** The tiers' values that count (Python's filter(None, …): 0 and null drop out). */
function truthyValues(values: (number | null)[]): number[] {
  return values.filter((x): x is number => truthy(x));
}

export function buildHistorySummaries(daily: DailyRow[], weekly: WeeklyRow[], monthlyTiers: MonthlyTiers): HistorySummaries {
  const summaries: HistorySummaries = {};
  if (daily.length) {
    const tss = truthyValues(daily.map((d) => d.total_tss));
    const hours = truthyValues(daily.map((d) => d.total_hours));
    const ctl = truthyValues(daily.map((d) => d.ctl));
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
    const tss = truthyValues(weekly.map((w) => w.total_tss));
    const hours = truthyValues(weekly.map((w) => w.total_hours));
    const ctl = truthyValues(weekly.map((w) => w.ctl_end));
    summaries['180d'] = {
      avg_weekly_tss: meanRounded(tss, 0),
      avg_weekly_hours: meanRounded(hours, 1),
      ctl_start: ctl.length ? round(ctl[0], 1) : null,
      ctl_end: ctl.length ? round(ctl[ctl.length - 1], 1) : null,
      weeks_tracked: weekly.length,
    };
  }
  for (const [key, span] of [
    ['monthly_1y', '1y'],
    ['monthly_2y', '2y'],
    ['monthly_3y', '3y'],
  ] as const) {
    const monthly = monthlyTiers[key];
    if (!monthly.length) continue;
    const tss = truthyValues(monthly.map((m) => m.total_tss));
    const ctl = truthyValues(monthly.map((m) => m.ctl_end));
    summaries[span] = {
      avg_monthly_tss: meanRounded(tss, 0),
      ctl_peak: ctl.length ? round(Math.max(...ctl), 1) : null,
      ctl_low: ctl.length ? round(Math.min(...ctl), 1) : null,
      months_tracked: monthly.length,
    };
  }
  return summaries;
}
