/**
 * Display blocks of terrain: the canonical metric distance and elevation of a summary, and of each
 * climb and descent, in the athlete's units (recomputed on every copy-forward, so a change of unit
 * preference shows up without re-analysing the track).
 */
import type { SegmentDisplay, TerrainDisplay } from '../../contract/index.js';
import { toDisplay, type AthleteUnits } from '../units.js';

// toDisplay types the unit of every kind as a string; each kind writes only its two units
// (km/mi, m/ft, m/km or ft/mi), which are the contract's.
const distance = (km: number | null, units: AthleteUnits | null) => toDisplay(km, 'distance', units) as TerrainDisplay['total_distance'];
const elevation = (m: number | null, units: AthleteUnits | null) => toDisplay(m, 'elevation', units) as TerrainDisplay['total_elevation'];
const perDistance = (mPerKm: number | null, units: AthleteUnits | null) =>
  toDisplay(mPerKm, 'elevation_per_distance', units) as TerrainDisplay['elevation_per_distance'];

/** The display block of a terrain summary (null values where the canonical one is absent). */
export function terrainDisplay(
  distanceKm: number | null,
  elevationM: number | null,
  elevationPerKm: number | null,
  units: AthleteUnits | null,
): TerrainDisplay {
  return {
    total_distance: distance(distanceKm, units),
    total_elevation: elevation(elevationM, units),
    elevation_per_distance: perDistance(elevationPerKm, units),
  };
}

/** The display block of a climb or descent. */
export function segmentDisplay(
  positionKm: number | null,
  distanceKm: number | null,
  elevationM: number | null,
  units: AthleteUnits | null,
): SegmentDisplay {
  return {
    position: distance(positionKm, units),
    distance: distance(distanceKm, units),
    elevation: elevation(elevationM, units),
  };
}
