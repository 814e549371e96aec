/**
 * Terrain analysis of a track (the reference's `_analyze_terrain`): shared by completed outdoor
 * activities (`latest.json` recent_activities[].terrain_summary, from the activity's GPS/altitude
 * streams) and by route attachments on calendar events (`routes.json` events[].terrain_summary,
 * from GPX/TCX files, which also carry a downsampled polyline).
 */
import * as v from 'valibot';
import { int, maybe, num, obj, oneOf, orNull, str } from './shape.js';
import { DistanceDisplay, ElevationDisplay, ElevationPerDistanceDisplay } from './units.js';

/** [lat, lon] rounded to 5 decimals. Privacy mode may drop it for public repositories. */
export const Coords = v.array(num);

export const CourseCharacter = oneOf(['flat', 'rolling', 'hilly', 'mountain']);
export const ClimbCategory = oneOf(['HC', 'Cat 1', 'Cat 2', 'Cat 3', 'Cat 4']);

export const SegmentDisplay = obj({
  position: orNull(DistanceDisplay),
  distance: orNull(DistanceDisplay),
  elevation: orNull(ElevationDisplay),
});

/** The fields every detected segment (climb or descent) has, in written order. */
const segmentEntries = {
  position_km: num,
  distance_km: num,
  elevation_m: int,
  avg_gradient_pct: num,
  start_coords: maybe(Coords),
  end_coords: maybe(Coords),
  display: SegmentDisplay,
};

/** A detected climb: elevation gain positive, UCI-style category (null below Cat 4). */
export const Climb = obj({
  ...segmentEntries,
  max_gradient_pct: num,
  category: orNull(ClimbCategory),
});

/** A detected descent: elevation_m and avg_gradient_pct are negative; no category. */
export const Descent = obj(segmentEntries);

export const GradeDistribution = obj({
  flat_pct: num,
  gentle_pct: num,
  moderate_pct: num,
  steep_pct: num,
});

export const TerrainDisplay = obj({
  total_distance: orNull(DistanceDisplay),
  total_elevation: orNull(ElevationDisplay),
  elevation_per_distance: orNull(ElevationPerDistanceDisplay),
});

/**
 * Polyline point every 500 m: [km, lat, lon] or [km, lat, lon, elevation_m] when the file has
 * elevation. Routes only.
 */
export const PolylinePoint = v.array(num);

/** Distance, elevation and segments: what every analysed track carries. */
const trackEntries = {
  total_distance_km: num,
  total_elevation_m: int,
  elevation_per_km: num,
  course_character: CourseCharacter,
};

/**
 * A completed outdoor activity's terrain, from its GPS and altitude streams. An activity without
 * elevation gets terrain_status "no_elevation" instead, so the grades are always there (no
 * polyline: the raw streams are available on demand).
 */
export const TerrainSummary = obj({
  source: v.literal('activity_streams'),
  ...trackEntries,
  max_grade_pct: num,
  grade_distribution: GradeDistribution,
  start_coords: maybe(Coords),
  climbs: v.array(Climb),
  descents: v.array(Descent),
  display: TerrainDisplay,
});

/**
 * A route file's terrain (GPX and TCX alike are tagged gpx_attachment). A track without
 * elevation carries only the distance, zero elevation, "flat", empty climbs/descents and the
 * `gpx_attachment_no_elevation` source (no grades, start coordinates or polyline).
 */
export const RouteTerrainSummary = obj({
  source: oneOf(['gpx_attachment', 'gpx_attachment_no_elevation']),
  ...trackEntries,
  max_grade_pct: maybe(num),
  grade_distribution: maybe(GradeDistribution),
  start_coords: maybe(Coords),
  climbs: v.array(Climb),
  descents: v.array(Descent),
  display: TerrainDisplay,
  polyline: maybe(v.array(PolylinePoint)),
});

/**
 * A route file that could not be analysed ("FIT format not yet supported", "download failed
 * (HTTP 404)", "insufficient trackpoints", parse errors). A cached error entry gets the display
 * block refreshed on later runs, with every value null.
 */
export const TerrainError = obj({
  error: str,
  display: maybe(TerrainDisplay),
});

export type Coords = v.InferOutput<typeof Coords>;
export type CourseCharacter = v.InferOutput<typeof CourseCharacter>;
export type ClimbCategory = v.InferOutput<typeof ClimbCategory>;
export type SegmentDisplay = v.InferOutput<typeof SegmentDisplay>;
export type TerrainDisplay = v.InferOutput<typeof TerrainDisplay>;
export type GradeDistribution = v.InferOutput<typeof GradeDistribution>;
export type Climb = v.InferOutput<typeof Climb>;
export type Descent = v.InferOutput<typeof Descent>;
export type TerrainSummary = v.InferOutput<typeof TerrainSummary>;
export type RouteTerrainSummary = v.InferOutput<typeof RouteTerrainSummary>;
export type TerrainError = v.InferOutput<typeof TerrainError>;
