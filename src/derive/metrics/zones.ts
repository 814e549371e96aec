/**
 * Zone aggregation of the derived metrics: ports of _aggregate_zones and _aggregate_seiler_zones.
 * Zone extraction and hard-day classification (_get_activity_zones, _classify_hard_day) are the
 * shared helpers of ../zones.ts (also used by the history tiers); they are re-exported here.
 */
import type { SportFamily, ZoneBasis as WindowZoneBasis } from '../../contract/index.js';
import { get, sum, truthy } from '../../lib/py/index.js';
import { sportFamily } from '../sports.js';
import { classifyHardDay, dayZonesByBasis, getActivityZones, type DayZonesByBasis, type ZoneBasis } from '../zones.js';
import type { ApiActivity } from '../../snapshot/api-rows.js';

export { classifyHardDay, getActivityZones, type DayZonesByBasis, type ZoneBasis };
/** the reference's zone_preference: {sport family: "power" | "hr"} */
export type ZonePreference = Record<string, string>;

/** The day's zones per basis of a list of activities (zone preference by SPORT_FAMILIES.get(type)). */
export function accumulateDayZones(activities: ApiActivity[], zonePreference: ZonePreference): DayZonesByBasis {
  return dayZonesByBasis(activities, zonePreference);
}

/** The basis of a window: the one basis its activities used, "mixed" for both, null for none. */
function aggregateBasis(basisSet: Set<ZoneBasis>): WindowZoneBasis | null {
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
  zone_basis: WindowZoneBasis | null;
}

/** _aggregate_zones(activities): Z1, Z2, Z3 and Z4+ seconds over all activities. */
export function aggregateZones(activities: ApiActivity[], zonePreference: ZonePreference): ZoneTotals {
  let z1 = 0;
  let z2 = 0;
  let z3 = 0;
  let z4plus = 0;
  let total = 0;
  const basisSet = new Set<ZoneBasis>();
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
  zone_basis: WindowZoneBasis | null;
}

/** The sport family of an activity type, "other" outside the table. */
export function sportFamilyOrOther(type: unknown): SportFamily {
  return sportFamily(type) ?? 'other';
}

/**
 * _aggregate_seiler_zones(activities, sport_family_filter): 7 zones → Seiler 3 zones
 * (Treff et al. 2019): Z1 = z1+z2, Z2 = z3, Z3 = z4..z7. Unmapped types count as family "other".
 */
export function aggregateSeilerZones(
  activities: ApiActivity[],
  zonePreference: ZonePreference,
  sportFamilyFilter: string | null = null,
): SeilerZones {
  let sz1 = 0;
  let sz2 = 0;
  let sz3 = 0;
  const basisSet = new Set<ZoneBasis>();
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
