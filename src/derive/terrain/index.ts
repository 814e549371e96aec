/**
 * routes.json, terrain and weather (issue "routes.json, terrain and weather"): ports of
 * _generate_terrain and the route parsers/analysis, _build_terrain_for_activity,
 * _build_weather_for_activity.
 */
import type { Dict } from '../../lib/py.js';
import type { DeriveContext } from '../context.js';
import type { AthleteUnits } from '../units.js';
import type { Outcome } from '../../fetch/client.js';

/** Attachment URLs to download this run (those not cached in routes.json). */
export function planAttachmentDownloads(
  _ctx: DeriveContext,
  _input: { events: Dict[]; previousRoutes: Dict | null },
): string[] {
  return [];
}

export interface RoutesResult {
  /** routes.json content (null = not written this run) */
  routesData: Dict | null;
  /** event ids (as strings) whose attachment produced a terrain_summary */
  terrainEventIds: Set<string>;
}

/** _generate_terrain(events, athlete_units) */
export function generateRoutes(
  _ctx: DeriveContext,
  _input: { events: Dict[]; previousRoutes: Dict | null; attachments: Record<string, Outcome<Buffer>>; units: AthleteUnits },
): RoutesResult {
  return { routesData: null, terrainEventIds: new Set() };
}

/** Outdoor activities whose terrain streams must be fetched (no copy-forward state). */
export function planTerrainStreamFetches(
  _ctx: DeriveContext,
  _input: { activities28d: Dict[]; previousLatest: Dict | null },
): string[] {
  return [];
}

/** _build_terrain_for_activity: fields to attach (terrain_summary / terrain_status / terrain_error) */
export function buildTerrainForActivity(
  _ctx: DeriveContext,
  _act: Dict,
  _previousLatest: Dict | null,
  _streams: Outcome<unknown[]> | undefined,
  _units: AthleteUnits,
): Dict {
  return {};
}

/** _build_weather_for_activity: fields to attach (weather_summary / weather_status) */
export function buildWeatherForActivity(_ctx: DeriveContext, _act: Dict, _previousLatest: Dict | null, _units: AthleteUnits): Dict {
  return {};
}
