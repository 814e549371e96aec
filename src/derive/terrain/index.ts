/**
 * routes.json, terrain and weather: the terrain of planned events' route attachments, and the
 * terrain and weather blocks of recent activities (docs/PORTING.md maps these to the reference).
 * What a run downloads for them is planned by src/snapshot/plan/terrain.ts.
 *
 *   routes.ts      routes.json entries (cache by attachment id, has_terrain event ids)
 *   route-file.ts  a downloaded route file → terrain_summary (format detection)
 *   xml.ts         hardened XML reading (no entity expansion, nothing fetched)
 *   gpx.ts tcx.ts  trackpoints of GPX and TCX files
 *   analyze.ts     distance, smoothed elevation, course character; display refresh of cached summaries
 *   display.ts     display blocks in the athlete's units
 *   segments.ts    climbs and descents;  grades.ts  grade distribution
 *   activity.ts    terrain of completed activities from their streams
 *   weather.ts     weather of completed activities
 */
import type { ApiActivity, ApiEvent } from '../../snapshot/api-rows.js';
import { previousLookup, type PreviousLookup, type TerrainFields } from '../../snapshot/plan/terrain.js';
import type { Outcome } from '../../snapshot/types.js';
import type { DeriveContext } from '../context.js';
import type { AthleteUnits } from '../units.js';
import { terrainForActivity } from './activity.js';
import { buildRoutes, type RoutesOutput } from './routes.js';
import { type WeatherFields, weatherForActivity } from './weather.js';

/** routes.json content and the event ids with terrain; the previous routes.json is read untrusted. */
export function generateRoutes(
  ctx: DeriveContext,
  input: { events: ApiEvent[]; previousRoutes: unknown; attachments: Record<string, Outcome<Buffer>>; units: AthleteUnits },
): RoutesOutput {
  return buildRoutes(ctx, input.events, input.previousRoutes, input.attachments, input.units);
}

// previous latest.json → lookup, built once per previous document (the reference builds it once per run)
let lookupCache: { doc: unknown; lookup: PreviousLookup } | null = null;
function lookupFor(previousLatest: unknown): PreviousLookup {
  if (!lookupCache || lookupCache.doc !== previousLatest) lookupCache = { doc: previousLatest, lookup: previousLookup(previousLatest) };
  return lookupCache.lookup;
}

/** The terrain fields to attach to a recent activity (terrain_summary / terrain_status / terrain_error). */
export function buildTerrainForActivity(
  _ctx: DeriveContext,
  act: ApiActivity,
  previousLatest: unknown,
  streams: Outcome<unknown[]> | undefined,
  units: AthleteUnits,
): TerrainFields {
  return terrainForActivity(act, lookupFor(previousLatest), streams, units);
}

/** The weather fields to attach to a recent activity (weather_summary / weather_status). */
export function buildWeatherForActivity(
  _ctx: DeriveContext,
  act: ApiActivity,
  previousLatest: unknown,
  units: AthleteUnits,
): WeatherFields {
  return weatherForActivity(act, lookupFor(previousLatest), units);
}
