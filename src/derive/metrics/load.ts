/**
 * Daily training load (TSS) series and the primary sport. Ports of _get_daily_tss,
 * _get_daily_tss_by_sport and the primary-sport choice of _calculate_derived_metrics.
 */
import type { SportFamily } from '../../contract/index.js';
import type { NaiveDateTime } from '../../lib/naive-time.js';
import { get, maxBy, or, round, sum } from '../../lib/py/index.js';
import { actDate } from '../sports.js';
import { sportFamilyOrOther } from './zones.js';
import type { ApiActivity } from '../../snapshot/api-rows.js';

/** The last `days` dates ending today, oldest first. */
export function lastDates(now: NaiveDateTime, days: number): string[] {
  const out: string[] = [];
  for (let i = days - 1; i >= 0; i--) out.push(now.addDays(-i).date());
  return out;
}

/** _get_daily_tss(activities, days): icu_training_load summed per day, 0 on days without load. */
export function getDailyTss(now: NaiveDateTime, activities: ApiActivity[], days: number): number[] {
  const daily = new Map<string, number>();
  for (const act of activities) {
    const d = actDate(act);
    daily.set(d, (daily.get(d) ?? 0) + or(get(act, 'icu_training_load'), 0));
  }
  return lastDates(now, days).map((d) => daily.get(d) ?? 0);
}

/**
 * _get_daily_tss_by_sport(activities, days): {sport family: daily TSS series}, only families with
 * an activity of TSS > 0; unmapped types are family "other". Families in first-seen order.
 */
export function getDailyTssBySport(now: NaiveDateTime, activities: ApiActivity[], days: number): Map<SportFamily, number[]> {
  const bySport = new Map<SportFamily, Map<string, number>>();
  for (const act of activities) {
    const tss = or(get(act, 'icu_training_load'), 0);
    if (tss <= 0) continue;
    const family = sportFamilyOrOther(get(act, 'type', 'Unknown'));
    const d = actDate(act);
    let daily = bySport.get(family);
    if (!daily) bySport.set(family, (daily = new Map()));
    daily.set(d, (daily.get(d) ?? 0) + tss);
  }
  const dates = lastDates(now, days);
  const out = new Map<SportFamily, number[]>();
  for (const [family, daily] of bySport)
    out.set(
      family,
      dates.map((d) => daily.get(d) ?? 0),
    );
  return out;
}

export interface PrimarySport {
  /** highest 7-day TSS family (first in insertion order on ties); null without any TSS */
  primarySport: SportFamily | null;
  /** its daily series */
  primaryDays: number[] | null;
  /** round(sum(primary days), 0) */
  primarySportTss7d: number | null;
}

/** Primary sport = the family with the highest total of the per-sport daily series. */
export function primarySportOf(dailyBySport: Map<SportFamily, number[]>): PrimarySport {
  if (dailyBySport.size === 0) return { primarySport: null, primaryDays: null, primarySportTss7d: null };
  const totals = [...dailyBySport.entries()].map(([family, days]) => [family, sum(days)] as const);
  const [primary] = maxBy(totals, (t) => t[1]);
  const days = dailyBySport.get(primary)!;
  return { primarySport: primary, primaryDays: days, primarySportTss7d: round(sum(days), 0) };
}
