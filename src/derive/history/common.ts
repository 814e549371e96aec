/**
 * Building blocks shared by the history tiers: the by-date lookups generate_history builds once,
 * the per-day load sums and the combined zone-distribution accumulator of the weekly and monthly
 * tiers.
 */
import { get, mean, or, round, truthy } from '../../lib/py/index.js';
import { actDate } from '../sports.js';
import { dayZonesByBasis, zoneBucket, type DayZonesByBasis } from '../zones.js';
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
