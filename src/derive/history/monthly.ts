/**
 * history.json monthly_1y / monthly_2y / monthly_3y: calendar-month rows from the month containing
 * now-days up to the current month. Port of _build_monthly_tier (dominant_phase by modal
 * aggregation of the weekly_180d phases, TSS as tie-break).
 */
import type { MonthlyRow, Phase, WeeklyRow } from '../../contract/index.js';
import { NaiveDateTime } from '../../lib/naive-time.js';
import { get, mean, maxBy, or, round, truthy } from '../../lib/py/index.js';
import type { DeriveContext } from '../context.js';
import { toDisplay, type AthleteUnits } from '../units.js';
import { dayActivities, dayWellness, meanRounded, PeriodTotals, type HistoryLookups } from './common.js';

function monthStart(year: number, month: number): NaiveDateTime {
  return NaiveDateTime.parse(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`);
}

/**
 * The most frequent phase_detected of the weekly rows whose span (week_start .. +6 days) overlaps
 * [monthStart, nextMonth); ties go to the phase with the most accumulated TSS. null without rows.
 */
export function dominantPhase(
  weekly: Pick<WeeklyRow, 'week_start' | 'phase_detected' | 'total_tss'>[] | null,
  month: NaiveDateTime,
  nextMonth: NaiveDateTime,
): Phase | null {
  if (!weekly || !weekly.length) return null;
  const counts = new Map<Phase, number>();
  const tss = new Map<Phase, number>();
  for (const row of weekly) {
    const phase = get(row, 'phase_detected');
    if (!truthy(phase)) continue;
    const raw = row.week_start;
    // a week without a YYYY-MM-DD start is skipped (the reference's strptime ValueError)
    if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(raw)) continue;
    const ws = NaiveDateTime.parse(raw);
    const we = ws.addDays(6);
    if (ws.compare(nextMonth) < 0 && we.compare(month) >= 0) {
      counts.set(phase, (counts.get(phase) ?? 0) + 1);
      tss.set(phase, (tss.get(phase) ?? 0) + (or(row.total_tss, 0) ?? 0));
    }
  }
  if (!counts.size) return null;
  const maxCount = Math.max(...counts.values());
  const candidates = [...counts.entries()].filter(([, c]) => c === maxCount).map(([p]) => p);
  if (candidates.length === 1) return candidates[0];
  return maxBy(candidates, (p) => tss.get(p) ?? 0);
}

export function buildMonthlyTier(
  ctx: DeriveContext,
  l: HistoryLookups,
  days: number,
  units: AthleteUnits,
  weekly: WeeklyRow[] | null,
): MonthlyRow[] {
  const now = ctx.now;
  const start = now.addDays(-days);
  let month = monthStart(start.year, start.month);
  const rows: MonthlyRow[] = [];
  while (month.compare(now) <= 0) {
    const next = month.month === 12 ? monthStart(month.year + 1, 1) : monthStart(month.year, month.month + 1);
    const totals = new PeriodTotals();
    const ctl: number[] = [];
    let daysWithData = 0;
    let daysInMonth = 0;

    for (let day = month; day.compare(next) < 0 && day.compare(now) <= 0; day = day.addDays(1)) {
      const date = day.date();
      daysInMonth += 1;
      const acts = dayActivities(l, date);
      const w = dayWellness(l, date);
      if (acts.length > 0 || truthy(w)) daysWithData += 1;
      if (truthy(get(w, 'ctl'))) ctl.push(w.ctl);
      totals.addDay(acts, w, ctx.zonePreference);
    }

    const weeksInPeriod = Math.max(1, daysInMonth / 7);
    const weight = totals.weight;
    const avgWeight = weight.length ? round(mean(weight), 1) : null;
    rows.push({
      month: month.date().slice(0, 7),
      total_hours: round(totals.seconds / 3600, 2),
      total_tss: round(totals.tss, 0),
      activity_count: totals.activities,
      ctl_peak: ctl.length ? round(Math.max(...ctl), 1) : null,
      ctl_low: ctl.length ? round(Math.min(...ctl), 1) : null,
      ctl_end: ctl.length ? round(ctl[ctl.length - 1], 1) : null,
      avg_hrv: meanRounded(totals.hrv, 1),
      avg_rhr: meanRounded(totals.rhr, 1),
      ...totals.zones.fields(),
      hard_days_avg_per_week: round(totals.hardDays / weeksInPeriod, 1),
      longest_ride_hours: round(totals.longest / 3600, 2),
      avg_weight_kg: avgWeight,
      display: { avg_weight: toDisplay(avgWeight, 'weight', units) },
      dominant_phase: dominantPhase(weekly, month, next),
      days_with_data: daysWithData,
    });
    month = next;
  }
  return rows;
}
