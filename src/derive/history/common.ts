/**
 * Building blocks shared by the history tiers: the by-date lookups generate_history builds once,
 * the per-day load sums and the combined zone-distribution accumulator of the weekly and monthly
 * tiers.
 */
import { get, mean, or, round, truthy } from '../../lib/py/index.js';
import { actDate } from '../sports.js';
import { isValidHrv } from '../wellness.js';
import { classifyHardDay, dayZonesByBasis, zoneBucket, type DayZonesByBasis } from '../zones.js';
import type { ApiActivity, ApiWellness } from '../../snapshot/api-rows.js';

export interface HistoryLookups {
  /** date → activities of that day (API order), references into the one activity list */
  activitiesByDate: Map<string, ApiActivity[]>;
  /** date → wellness record (the last record with that id wins) */
  wellnessByDate: Map<string, ApiWellness>;
}

/** generate_history's wellness_by_date / activities_by_date */
export function buildLookups(activities: ApiActivity[], wellness: ApiWellness[]): HistoryLookups {
  const wellnessByDate = new Map<string, ApiWellness>();
  for (const w of wellness) {
    const id = get(w, 'id', '');
    if (truthy(id)) wellnessByDate.set(String(id), w);
  }
  const activitiesByDate = new Map<string, ApiActivity[]>();
  for (const a of activities) {
    const d = actDate(a);
    if (!d) continue;
    const list = activitiesByDate.get(d);
    if (list) list.push(a);
    else activitiesByDate.set(d, [a]);
  }
  return { activitiesByDate, wellnessByDate };
}

export function dayActivities(l: HistoryLookups, date: string): ApiActivity[] {
  return l.activitiesByDate.get(date) ?? [];
}

export function dayWellness(l: HistoryLookups, date: string): ApiWellness {
  return l.wellnessByDate.get(date) ?? {};
}

/** sum(a.get("icu_training_load", 0) or 0 for a in acts) */
export function sumLoad(acts: ApiActivity[]): number {
  let s = 0;
  for (const a of acts) s += or(get(a, 'icu_training_load', 0), 0);
  return s;
}

/** sum(a.get("moving_time", 0) or 0 for a in acts) */
export function sumMovingTime(acts: ApiActivity[]): number {
  let s = 0;
  for (const a of acts) s += or(get(a, 'moving_time', 0), 0);
  return s;
}

/** Combined (power and HR) zone seconds: z1-z2, z3, z4+ and the total. */
export class ZoneDistribution {
  easy = 0;
  grey = 0;
  hard = 0;
  total = 0;

  add(zones: Record<string, number>): void {
    for (const [zid, secs] of Object.entries(zones)) {
      const b = zoneBucket(zid);
      if (b === 'easy') this.easy += secs;
      else if (b === 'grey') this.grey += secs;
      else if (b === 'hard') this.hard += secs;
      this.total += secs;
    }
  }

  private pct(x: number): number | null {
    return this.total > 0 ? round((x / this.total) * 100, 1) : null;
  }

  /** z1_z2_pct / z3_pct / z4_plus_pct */
  fields(): { z1_z2_pct: number | null; z3_pct: number | null; z4_plus_pct: number | null } {
    return { z1_z2_pct: this.pct(this.easy), z3_pct: this.pct(this.grey), z4_plus_pct: this.pct(this.hard) };
  }
}

/** The day's zones (per basis) and, when given, the combined distribution. */
export function dayZones(acts: ApiActivity[], zonePreference: Record<string, string>, dist?: ZoneDistribution): DayZonesByBasis {
  return dayZonesByBasis(acts, zonePreference, dist ? (zones) => dist.add(zones) : undefined);
}

/** round(statistics.mean(values), nd) if values else None */
export function meanRounded(values: number[], nd: number): number | null {
  return values.length ? round(mean(values), nd) : null;
}

/** Longest moving_time of the activities, starting from `longest` (the tiers' longest_ride). */
export function longestMovingTime(acts: ApiActivity[], longest: number): number {
  for (const a of acts) {
    const s = or(get(a, 'moving_time', 0), 0);
    if (s > longest) longest = s;
  }
  return longest;
}

/**
 * The day-by-day totals the weekly and monthly tiers share: load, time, activity count, longest
 * session, HRV / resting HR / weight samples, combined zone time and hard days.
 */
export class PeriodTotals {
  tss = 0;
  seconds = 0;
  activities = 0;
  longest = 0;
  hardDays = 0;
  readonly hrv: number[] = [];
  readonly rhr: number[] = [];
  readonly weight: number[] = [];
  readonly zones = new ZoneDistribution();

  /** Adds one day; returns its TSS and its hard-day classification. */
  addDay(
    acts: ApiActivity[],
    w: ApiWellness,
    zonePreference: Record<string, string>,
  ): { dayTss: number; hard: ReturnType<typeof classifyHardDay> } {
    const dayTss = sumLoad(acts);
    this.tss += dayTss;
    this.seconds += sumMovingTime(acts);
    this.activities += acts.length;
    if (isValidHrv(get(w, 'hrv'))) this.hrv.push(w.hrv);
    if (truthy(get(w, 'restingHR'))) this.rhr.push(w.restingHR);
    if (truthy(get(w, 'weight'))) this.weight.push(w.weight);
    this.longest = longestMovingTime(acts, this.longest);
    const hard = classifyHardDay(dayZones(acts, zonePreference, this.zones));
    if (hard[0]) this.hardDays += 1;
    return { dayTss, hard };
  }
}
