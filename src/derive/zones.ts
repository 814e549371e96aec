/**
 * Zone extraction and hard-day classification shared by the history tiers, the live weekly rows
 * and the derived metrics, plus the per-day accumulation every caller repeats (zones summed
 * separately per basis).
 *
 * Power zones (icu_zone_times) are preferred, HR zones (icu_hr_zone_times) the fallback, unless
 * the zone preference of the activity's sport family says 'hr'. Power and HR zone seconds are
 * never mixed in one accumulator.
 */
import { get, pyAdd, truthy } from '../lib/py/index.js';
import { sportFamily } from './sports.js';
import type { ApiActivity, ApiRow } from '../snapshot/api-rows.js';

export type ZoneBasis = 'power' | 'hr';
export type Zones = Record<string, number>;
/** {"power": {"z3": secs, …}, "hr": {…}} for one day */
export type DayZonesByBasis = Partial<Record<ZoneBasis, Zones>>;

const ZONE_IDS = ['z1', 'z2', 'z3', 'z4', 'z5', 'z6', 'z7'];

/**
 * _get_activity_zones(activity, sport_family) → [zones, basis]; [{}, null] when neither zone set
 * has data. `zonePreference` is the athlete's {family: 'power' | 'hr'}.
 */
export function getActivityZones(
  activity: ApiActivity,
  family: string | null | undefined,
  zonePreference: Record<string, string>,
): [Zones, ZoneBasis | null] {
  const preferHr = truthy(family) && get(zonePreference, family as string) === 'hr';

  let powerZones: Zones | null = null;
  const zoneTimes = get(activity, 'icu_zone_times', []);
  if (truthy(zoneTimes)) {
    const pz: Zones = {};
    for (const zone of zoneTimes as unknown[]) {
      if (zone === null || typeof zone !== 'object' || Array.isArray(zone)) {
        throw new TypeError('icu_zone_times entry is not a dict');
      }
      const rawId = get(zone as ApiRow, 'id', '');
      if (typeof rawId !== 'string') throw new TypeError('zone id is not a string');
      const id = rawId.toLowerCase();
      const secs = get(zone as ApiRow, 'secs', 0);
      if (ZONE_IDS.includes(id)) pz[id] = secs;
    }
    if (truthy(pz)) powerZones = pz;
  }

  let hrZones: Zones | null = null;
  const hrTimes = get(activity, 'icu_hr_zone_times', []);
  if (truthy(hrTimes)) {
    const hz: Zones = {};
    (hrTimes as unknown[]).forEach((secs, idx) => {
      if (idx < ZONE_IDS.length && truthy(secs)) hz[ZONE_IDS[idx]] = secs as number;
    });
    if (truthy(hz)) hrZones = hz;
  }

  if (preferHr) {
    if (hrZones) return [hrZones, 'hr'];
    if (powerZones) return [powerZones, 'power'];
  } else {
    if (powerZones) return [powerZones, 'power'];
    if (hrZones) return [hrZones, 'hr'];
  }
  return [{}, null];
}

/** Adds one activity's zones to the day's per-basis accumulator (the loop every caller repeats). */
export function addDayZones(day: DayZonesByBasis, zones: Zones, basis: ZoneBasis): void {
  const acc = (day[basis] ??= {});
  for (const [zid, secs] of Object.entries(zones)) acc[zid] = pyAdd(get(acc, zid, 0), secs);
}

/**
 * The day's zones of a list of activities, each with its sport family's preference applied.
 * `onZones` sees each activity's zones (for weekly/monthly zone distributions).
 */
export function dayZonesByBasis(
  activities: ApiActivity[],
  zonePreference: Record<string, string>,
  onZones?: (zones: Zones, basis: ZoneBasis, activity: ApiActivity) => void,
): DayZonesByBasis {
  const day: DayZonesByBasis = {};
  for (const a of activities) {
    const [zones, basis] = getActivityZones(a, sportFamily(get(a, 'type', '')), zonePreference);
    if (truthy(zones) && basis) {
      addDayZones(day, zones, basis);
      onZones?.(zones, basis, a);
    }
  }
  return day;
}

const z = (zones: Zones, id: string): number => get(zones, id, 0);

/**
 * _classify_hard_day(day_zones_by_basis) → [is_hard, basis]:
 * is_hard null when the day has no zone data; basis 'power' | 'hr' | 'mixed' | null.
 * Power ladder (Seiler/Foster): z3+ ≥ 1800 s, z4+ ≥ 600 s, z5+ ≥ 300 s, z6+ ≥ 120 s, z7 ≥ 60 s.
 * HR ladder (conservative, cardiac lag): z4+ ≥ 600 s, z5+ ≥ 300 s.
 */
export function classifyHardDay(day: DayZonesByBasis): [boolean | null, 'power' | 'hr' | 'mixed' | null] {
  const pz = get(day, 'power', {}) as Zones;
  const hz = get(day, 'hr', {}) as Zones;
  const hasPower = truthy(pz);
  const hasHr = truthy(hz);
  if (!hasPower && !hasHr) return [null, null];

  let powerHard = false;
  if (hasPower) {
    const [p3, p4, p5, p6, p7] = ['z3', 'z4', 'z5', 'z6', 'z7'].map((id) => z(pz, id));
    powerHard = p3 + p4 + p5 + p6 + p7 >= 1800 || p4 + p5 + p6 + p7 >= 600 || p5 + p6 + p7 >= 300 || p6 + p7 >= 120 || p7 >= 60;
  }
  let hrHard = false;
  if (hasHr) {
    const [h4, h5, h6, h7] = ['z4', 'z5', 'z6', 'z7'].map((id) => z(hz, id));
    hrHard = h4 + h5 + h6 + h7 >= 600 || h5 + h6 + h7 >= 300;
  }
  const basis = hasPower && hasHr ? 'mixed' : hasPower ? 'power' : 'hr';
  return [powerHard || hrHard, basis];
}

/** Zone-distribution bucket of a zone id: 'easy' (z1-z2), 'grey' (z3), 'hard' (z4+) or null. */
export function zoneBucket(zid: string): 'easy' | 'grey' | 'hard' | null {
  if (zid === 'z1' || zid === 'z2') return 'easy';
  if (zid === 'z3') return 'grey';
  if (zid === 'z4' || zid === 'z5' || zid === 'z6' || zid === 'z7') return 'hard';
  return null;
}
