/**
 * routes.json, terrain and weather: the terrain of planned events' route attachments, and the
 * terrain and weather blocks of recent activities (docs/PORTING.md maps these to the reference).
 *
 *   routes.ts      _generate_terrain (cache by attachment id, entries, has_terrain ids)
 *   route-file.ts  _download_and_parse_route / _parse_route_file (format detection)
 *   xml.ts         hardened XML reading (no entity expansion, nothing fetched)
 *   gpx.ts tcx.ts  _parse_gpx / _parse_tcx
 *   analyze.ts     _haversine / _analyze_terrain / _refresh_terrain_display
 *   segments.ts    _detect_segments;  grades.ts  _compute_grade_distribution
 *   activity.ts    _load_previous_latest / _fetch_terrain_streams / _streams_to_trackpoints /
 *                  _build_terrain_for_activity
 *   weather.ts     _build_weather_for_activity
 */
import type { Dict } from '../../lib/py/index.js';
import type { DeriveContext } from '../context.js';
import type { AthleteUnits } from '../units.js';
import type { Outcome } from '../../snapshot/types.js';
import { attachmentUrlsToDownload, buildRoutes } from './routes.js';
import { needsTerrainFetch, previousLookup, terrainForActivity, type PreviousLookup } from './activity.js';
import { weatherForActivity } from './weather.js';

/** Attachment URLs to download this run (those not cached in routes.json). */
export function planAttachmentDownloads(ctx: DeriveContext, input: { events: Dict[]; previousRoutes: Dict | null }): string[] {
  return attachmentUrlsToDownload(ctx, input.events, input.previousRoutes);
}

export interface RoutesResult {
  /** routes.json content (null = not written this run) */
  routesData: Dict | null;
  /** event ids (as strings) whose attachment produced a terrain_summary */
  terrainEventIds: Set<string>;
}

/** _generate_terrain(events, athlete_units) */
export function generateRoutes(
  ctx: DeriveContext,
  input: { events: Dict[]; previousRoutes: Dict | null; attachments: Record<string, Outcome<Buffer>>; units: AthleteUnits },
): RoutesResult {
  return buildRoutes(ctx, input.events, input.previousRoutes, input.attachments, input.units);
}

/** Outdoor activities whose terrain streams must be fetched (no copy-forward state). */
export function planTerrainStreamFetches(_ctx: DeriveContext, input: { activities28d: Dict[]; previousLatest: Dict | null }): string[] {
  const lookup = previousLookup(input.previousLatest);
  const ids: string[] = [];
  for (const act of input.activities28d) {
    if (!needsTerrainFetch(act, lookup)) continue;
    const id = String(act.id);
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

// previous latest.json → lookup, built once per previous document (the reference builds it once per run)
let lookupCache: { doc: Dict | null; lookup: PreviousLookup } | null = null;
function lookupFor(previousLatest: Dict | null): PreviousLookup {
  if (!lookupCache || lookupCache.doc !== previousLatest) lookupCache = { doc: previousLatest, lookup: previousLookup(previousLatest) };
  return lookupCache.lookup;
}

/** _build_terrain_for_activity: fields to attach (terrain_summary / terrain_status / terrain_error) */
export function buildTerrainForActivity(
  _ctx: DeriveContext,
  act: Dict,
  previousLatest: Dict | null,
  streams: Outcome<unknown[]> | undefined,
  units: AthleteUnits,
): Dict {
  return terrainForActivity(act, lookupFor(previousLatest), streams, units);
}

/** _build_weather_for_activity: fields to attach (weather_summary / weather_status) */
export function buildWeatherForActivity(_ctx: DeriveContext, act: Dict, previousLatest: Dict | null, units: AthleteUnits): Dict {
  return weatherForActivity(act, lookupFor(previousLatest), units);
}
