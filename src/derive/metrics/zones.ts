/**
 * Zone extraction and hard-day classification, shared by derived_metrics and the history tiers.
 * Ports of _get_activity_zones, _classify_hard_day, _aggregate_zones and _aggregate_seiler_zones.
 *
 * Power zones (icu_zone_times: [{id: "Z3", secs}]) are preferred, HR zones (icu_hr_zone_times:
 * flat seconds per zone) are the fallback; a zone preference of "hr" for the activity's sport
 * family reverses that. Power and HR zone times are never mixed in one accumulator.
 */
import { get, sum, truthy, type Dict } from '../../lib/py.js';
import { sportFamily } from '../sports.js';

export type ZoneBasis = 'power' | 'hr';
/** {"z1": secs, ...} in the order the API listed them */
export type ZoneTimes = Record<string, number>;
/** the reference's zone_preference: {sport family: "power" | "hr"} */
export type ZonePreference = Record<string, string>;

const ZONE_IDS = ['z1', 'z2', 'z3', 'z4', 'z5', 'z6', 'z7'];

/**
 * _get_activity_zones(activity, sport_family): [zones, basis]; [{}, null] when the activity has
 * neither power nor HR zone times.
 */
export function getActivityZones(
  activity: Dict,
  sportFamilyName: string | null | undefined,
  zonePreference: ZonePreference,
): [ZoneTimes, ZoneBasis | null] {
  const preferHr = truthy(sportFamilyName) && get(zonePreference, sportFamilyName as string) === 'hr';

  let powerZones: ZoneTimes | null = null;
  const icuZoneTimes = get(activity, 'icu_zone_times', []);
  if (truthy(icuZoneTimes) && Array.isArray(icuZoneTimes)) {
    const pz: ZoneTimes = {};
    for (const zone of icuZoneTimes as Dict[]) {
      const zoneId = String(get(zone, 'id', '') ?? '').toLowerCase();
      const secs = get(zone, 'secs', 0);
      if (ZONE_IDS.includes(zoneId)) pz[zoneId] = secs;
    }
    if (truthy(pz)) powerZones = pz;
  }

  let hrZones: ZoneTimes | null = null;
  const icuHrZoneTimes = get(activity, 'icu_hr_zone_times', []);
  if (truthy(icuHrZoneTimes) && Array.isArray(icuHrZoneTimes)) {
    const hz: ZoneTimes = {};
    (icuHrZoneTimes as number[]).forEach((secs, idx) => {
      if (idx < ZONE_IDS.length && truthy(secs)) hz[ZONE_IDS[idx]] = secs;
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

/** {"power": {...}, "hr": {...}}: a day's zone seconds accumulated separately per basis. */
export type DayZonesByBasis = Partial<Record<ZoneBasis, ZoneTimes>>;

/**
 * The day accumulation every caller of _classify_hard_day performs: each activity's zones (zone
 * preference by SPORT_FAMILIES.get(type)) added into the accumulator of its basis.
 */
export function accumulateDayZones(activities: Dict[], zonePreference: ZonePreference): DayZonesByBasis {
  const byBasis: DayZonesByBasis = {};
  for (const a of activities) {
    const [zones, basis] = getActivityZones(a, sportFamily(get(a, 'type', '')), zonePreference);
    if (truthy(zones) && basis) {
      const acc = (byBasis[basis] ??= {});
      for (const [zid, secs] of Object.entries(zones)) acc[zid] = get(acc, zid, 0) + secs;
    }
  }
  return byBasis;
}

/**
 * _classify_hard_day(day_zones_by_basis): [is_hard, basis].
 * Power ladder: z3+ >= 1800s, z4+ >= 600s, z5+ >= 300s, z6+ >= 120s, z7 >= 60s.
 * HR ladder (conservative, cardiac lag): z4+ >= 600s, z5+ >= 300s.
 * [null, null] when there is no zone data at all.
 */
export function classifyHardDay(dayZonesByBasis: DayZonesByBasis): [boolean | null, 'power' | 'hr' | 'mixed' | null] {
  const pz = get(dayZonesByBasis, 'power', {}) as ZoneTimes;
  const hz = get(dayZonesByBasis, 'hr', {}) as ZoneTimes;
  const hasPower = truthy(pz);
  const hasHr = truthy(hz);
  if (!hasPower && !hasHr) return [null, null];

  let powerHard = false;
  if (hasPower) {
    const z3 = get(pz, 'z3', 0);
    const z4 = get(pz, 'z4', 0);
    const z5 = get(pz, 'z5', 0);
    const z6 = get(pz, 'z6', 0);
    const z7 = get(pz, 'z7', 0);
    powerHard =
      z3 + z4 + z5 + z6 + z7 >= 1800 || z4 + z5 + z6 + z7 >= 600 || z5 + z6 + z7 >= 300 || z6 + z7 >= 120 || z7 >= 60;
  }
  let hrHard = false;
  if (hasHr) {
    const z4 = get(hz, 'z4', 0);
    const z5 = get(hz, 'z5', 0);
    const z6 = get(hz, 'z6', 0);
    const z7 = get(hz, 'z7', 0);
    hrHard = z4 + z5 + z6 + z7 >= 600 || z5 + z6 + z7 >= 300;
  }
  const basis = hasPower && hasHr ? 'mixed' : hasPower ? 'power' : 'hr';
  return [powerHard || hrHard, basis];
}

function aggregateBasis(basisSet: Set<string>): string | null {
  if (basisSet.size > 1) return 'mixed';
  if (basisSet.size === 1) return [...basisSet][0];
  return null;
}

export interface ZoneTotals {
  z1_time: number;
  z2_time: number;
  z3_time: number;
  z4_plus_time: number;
  total_time: number;
  zone_basis: string | null;
}

/** _aggregate_zones(activities): Z1, Z2, Z3 and Z4+ seconds over all activities. */
export function aggregateZones(activities: Dict[], zonePreference: ZonePreference): ZoneTotals {
  let z1 = 0;
  let z2 = 0;
  let z3 = 0;
  let z4plus = 0;
  let total = 0;
  const basisSet = new Set<string>();
  for (const act of activities) {
    const [zones, basis] = getActivityZones(act, sportFamily(get(act, 'type', '')), zonePreference);
    if (truthy(zones)) {
      if (basis) basisSet.add(basis);
      z1 += get(zones, 'z1', 0);
      z2 += get(zones, 'z2', 0);
      z3 += get(zones, 'z3', 0);
      z4plus += get(zones, 'z4', 0) + get(zones, 'z5', 0) + get(zones, 'z6', 0) + get(zones, 'z7', 0);
      total += sum(Object.values(zones));
    }
  }
  return { z1_time: z1, z2_time: z2, z3_time: z3, z4_plus_time: z4plus, total_time: total, zone_basis: aggregateBasis(basisSet) };
}

export interface SeilerZones {
  z1_seconds: number;
  z2_seconds: number;
  z3_seconds: number;
  total_seconds: number;
  zone_basis: string | null;
}

/** SPORT_FAMILIES.get(type, "other") */
export function sportFamilyOrOther(type: unknown): string {
  return sportFamily(type) ?? 'other';
}

/**
 * _aggregate_seiler_zones(activities, sport_family_filter): 7 zones → Seiler 3 zones
 * (Treff et al. 2019): Z1 = z1+z2, Z2 = z3, Z3 = z4..z7. Unmapped types count as family "other".
 */
export function aggregateSeilerZones(
  activities: Dict[],
  zonePreference: ZonePreference,
  sportFamilyFilter: string | null = null,
): SeilerZones {
  let sz1 = 0;
  let sz2 = 0;
  let sz3 = 0;
  const basisSet = new Set<string>();
  for (const act of activities) {
    const family = sportFamilyOrOther(get(act, 'type', 'Unknown'));
    if (truthy(sportFamilyFilter) && family !== sportFamilyFilter) continue;
    const [zones, basis] = getActivityZones(act, family, zonePreference);
    if (truthy(zones)) {
      if (basis) basisSet.add(basis);
      sz1 += get(zones, 'z1', 0) + get(zones, 'z2', 0);
      sz2 += get(zones, 'z3', 0);
      sz3 += get(zones, 'z4', 0) + get(zones, 'z5', 0) + get(zones, 'z6', 0) + get(zones, 'z7', 0);
    }
  }
  return { z1_seconds: sz1, z2_seconds: sz2, z3_seconds: sz3, total_seconds: sz1 + sz2 + sz3, zone_basis: aggregateBasis(basisSet) };
}
