/**
 * routes.json: terrain of GPX/TCX/FIT route files attached to calendar events, cached by
 * attachment id (the reference's `_generate_terrain`).
 */
import * as v from 'valibot';
import { int, isoDate, isoDateTime, maybe, obj, orNull, str } from './shape.js';
import { RouteTerrainSummary, TerrainError } from './terrain.js';

export const RouteEvent = obj({
  event_id: int,
  event_name: str,
  event_date: v.union([isoDate, v.literal('')]),
  /** Intervals.icu event category (WORKOUT, RACE_A, NOTE, …) as the calendar carries it. */
  category: str,
  attachment_id: str,
  filename: str,
  /** null when a track with elevation is shorter than 100 m. */
  terrain_summary: orNull(v.union([RouteTerrainSummary, TerrainError])),
  /** HH:MM when the event has a start time other than midnight. */
  start_time: maybe(str),
});

export const RoutesFile = obj({
  generated_at: isoDateTime,
  sync_version: str,
  script_hash: str,
  events: v.array(RouteEvent),
});

export type RouteEvent = v.InferOutput<typeof RouteEvent>;
export type RoutesFile = v.InferOutput<typeof RoutesFile>;
