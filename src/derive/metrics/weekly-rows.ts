/**
 * The four live weekly rows phase detection reads (v3.94): total / primary-sport TSS, hard days
 * and activity count per training week computed from the 28-day activity list; the current week
 * carries this run's CTL/ATL/ACWR/monotony, older weeks are enriched from history.json's
 * weekly_180d rows. Port of that section of _calculate_derived_metrics.
 */
import type { NaiveDateTime } from '../../lib/naive-time.js';
import { get, isDict, mod, or, round, truthy } from '../../lib/py/index.js';
import { actDate, sportFamily } from '../sports.js';
import { accumulateDayZones, classifyHardDay, type ZonePreference } from './zones.js';
import type { ApiActivity } from '../../snapshot/api-rows.js';
import type { PhaseWeekRow } from '../phase/index.js';

/** [week_start, week_end] of the current and the three previous training weeks, oldest first. */
export function liveWeekBoundaries(now: NaiveDateTime, weekStartDay: number): [string, string][] {
  const currentStart = now.addDays(-mod(now.weekday() - weekStartDay, 7));
  const out: [string, string][] = [];
  for (let i = 3; i >= 0; i--) {
    const ws = currentStart.addDays(-7 * i);
    out.push([ws.date(), ws.addDays(6).date()]);
  }
  return out;
}

/** Number of hard days among the activities (grouped by date, zones by basis per day). */
export function countHardDays(activities: ApiActivity[], zonePreference: ZonePreference): number {
  const byDate = new Map<string, ApiActivity[]>();
  for (const a of activities) {
    const d = actDate(a);
    const list = byDate.get(d);
    if (list) list.push(a);
    else byDate.set(d, [a]);
  }
  let hard = 0;
  for (const dayActs of byDate.values()) {
    const [isHard] = classifyHardDay(accumulateDayZones(dayActs, zonePreference));
    if (isHard) hard += 1;
  }
  return hard;
}

export interface LiveWeeklyInput {
  activities28d: ApiActivity[];
  primarySport: string | null;
  zonePreference: ZonePreference;
  currentCtl: number | null;
  currentAtl: number | null;
  acwr: number | null;
  monotony: number | null;
  /** the last weekly_180d rows of history.json */
  historyRows: PhaseWeekRow[];
}

/** A live training week: its own load counts, the metrics carried in from history.json rows. */
export interface LiveWeekRow extends PhaseWeekRow {
  week_start: string;
  total_tss: number;
  primary_sport_tss: number;
  primary_sport: string | null;
  hard_days: number;
  activity_count: number;
}

const CARRIED_FIELDS = ['ctl_end', 'atl_end', 'acwr', 'monotony'] as const;

/** The four weekly rows, chronological. */
export function buildLiveWeeklyRows(now: NaiveDateTime, weekStartDay: number, input: LiveWeeklyInput): LiveWeekRow[] {
  const rows: LiveWeekRow[] = [];
  for (const [ws, we] of liveWeekBoundaries(now, weekStartDay)) {
    const weekActs = input.activities28d.filter((a) => ws <= actDate(a) && actDate(a) <= we);
    let tss = 0;
    let primaryTss = 0;
    for (const a of weekActs) {
      const load = or(get(a, 'icu_training_load', 0), 0);
      tss += load;
      // SPORT_FAMILIES.get(type, None) == primary_sport (None == None counts unmapped types)
      if ((sportFamily(get(a, 'type', '')) ?? null) === input.primarySport) primaryTss += load;
    }
    rows.push({
      week_start: ws,
      total_tss: round(tss, 0),
      primary_sport_tss: round(primaryTss, 0),
      primary_sport: input.primarySport,
      hard_days: countHardDays(weekActs, input.zonePreference),
      activity_count: weekActs.length,
    });
  }

  const current = rows[rows.length - 1];
  current.ctl_end = truthy(input.currentCtl) ? round(input.currentCtl!, 1) : null;
  current.atl_end = truthy(input.currentAtl) ? round(input.currentAtl!, 1) : null;
  current.acwr = input.acwr;
  current.monotony = input.monotony;

  // a row of an old file that is not an object matches no week
  const historyByWs = new Map<unknown, PhaseWeekRow>();
  for (const r of input.historyRows) if (isDict(r)) historyByWs.set(r.week_start ?? null, r);
  for (const row of rows.slice(0, -1)) {
    const hist = historyByWs.get(row.week_start);
    if (!hist || !truthy(hist)) continue;
    for (const field of CARRIED_FIELDS) {
      if (!(field in row) || row[field] === null) row[field] = hist[field] ?? null;
    }
  }
  for (const row of rows.slice(0, -1)) {
    const hist = historyByWs.get(row.week_start);
    if (truthy(hist) && 'phase_detected' in hist!) row.phase_detected = hist!.phase_detected;
  }
  return rows;
}
