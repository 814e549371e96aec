/**
 * Terrain analysis of a track: port of _haversine, _analyze_terrain and _refresh_terrain_display.
 * Pure functions over typed arrays.
 */
import type { CourseCharacter, RouteTerrainSummary, TerrainDisplay, TerrainError, TerrainSummary } from '../../contract/index.js';
import { isDict, round } from '../../lib/py/index.js';
import type { AthleteUnits } from '../units.js';
import { segmentDisplay, terrainDisplay } from './display.js';
import { computeGradeDistribution } from './grades.js';
import { detectSegments } from './segments.js';
import { anyElevation, type Trackpoints } from './trackpoints.js';

/** Earth radius (m) of the reference's haversine */
const EARTH_RADIUS_M = 6371000;
/** rolling elevation smoothing window (m of distance) */
const SMOOTH_WINDOW_M = 50.0;
/** polyline sample spacing (m) */
const POLYLINE_INTERVAL_M = 500.0;
/** Python math.radians: x * (pi / 180) */
const DEG_TO_RAD = Math.PI / 180.0;

/** Haversine distance in meters. */
export function haversine(lat1: number, lon1: number, lat2: number, lon2: number): number {
  return haversineCos(lat1, lon1, lat2, lon2, Math.cos(lat1 * DEG_TO_RAD), Math.cos(lat2 * DEG_TO_RAD));
}

/** haversine() given the cosines of both latitudes, which a walk along a track reuses from step to step. */
function haversineCos(lat1: number, lon1: number, lat2: number, lon2: number, cos1: number, cos2: number): number {
  const s1 = Math.sin(((lat2 - lat1) * DEG_TO_RAD) / 2);
  const s2 = Math.sin(((lon2 - lon1) * DEG_TO_RAD) / 2);
  const a = s1 * s1 + cos1 * cos2 * s2 * s2;
  return EARTH_RADIUS_M * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
}

/**
 * Distance from the first point along the track, summing haversine() of consecutive points. The
 * cosine of each point's latitude serves both of its steps.
 */
export function cumulativeDistance(tp: Trackpoints): Float64Array {
  const { n, lat, lon } = tp;
  const cum = new Float64Array(Math.max(n, 1));
  let cosPrev = n > 0 ? Math.cos(lat[0] * DEG_TO_RAD) : 0;
  for (let i = 1; i < n; i++) {
    const cosCur = Math.cos(lat[i] * DEG_TO_RAD);
    cum[i] = cum[i - 1] + haversineCos(lat[i - 1], lon[i - 1], lat[i], lon[i], cosPrev, cosCur);
    cosPrev = cosCur;
  }
  return cum;
}

/**
 * Mean elevation over the points within ±25 m of distance of each point (the point alone when
 * none is that close). Summed left to right like Python's sum() so the floats are identical.
 */
export function smoothElevation(tp: Trackpoints, cum: Float64Array): Float64Array {
  const n = tp.n;
  const raw = tp.ele; // 0.0 where a point has no elevation (tp.get("ele", 0.0))
  const out = Float64Array.from(raw);
  const half = SMOOTH_WINDOW_M / 2;
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < n; i++) {
    // the window bounds only move forward as i grows (cum is non-decreasing)
    if (lo > i) lo = i;
    while (lo < i && !(cum[i] - cum[lo] < half)) lo++;
    if (hi < i) hi = i;
    while (hi < n - 1 && cum[hi + 1] - cum[i] < half) hi++;
    if (lo < hi) {
      let s = 0;
      for (let k = lo; k <= hi; k++) s += raw[k];
      out[i] = s / (hi - lo + 1);
    }
  }
  return out;
}

/** The analysis of a track with elevation: every key of a terrain summary but its source and polyline. */
type TrackAnalysis = Omit<TerrainSummary, 'source'>;

/**
 * Distance, smoothed elevation gain, climbs and descents, course character and grade distribution
 * of a track with elevation (and its smoothed elevations); null when it is shorter than 100 m.
 */
function analyzeTrack(
  tp: Trackpoints,
  cum: Float64Array,
  units: AthleteUnits | null,
): { summary: TrackAnalysis; smoothed: Float64Array } | null {
  const totalDistanceM = cum[tp.n - 1];
  const totalDistanceKm = round(totalDistanceM / 1000, 1);
  if (totalDistanceM < 100) return null;

  const smoothed = smoothElevation(tp, cum);
  let gain = 0.0;
  for (let i = 1; i < tp.n; i++) {
    const diff = smoothed[i] - smoothed[i - 1];
    if (diff > 0) gain += diff;
  }
  const totalElevationM = round(gain);
  const elevationPerKm = totalDistanceKm > 0 ? round(totalElevationM / totalDistanceKm, 1) : 0.0;

  const search = { tp, cumDist: cum, ele: smoothed, minGradient: 1.5, minDistance: 500.0, units };
  const climbs = detectSegments(search, true).filter((c) => c.elevation_m >= 100 || c.avg_gradient_pct >= 3.0);
  const descents = detectSegments(search, false).filter((d) => Math.abs(d.elevation_m) >= 100 || Math.abs(d.avg_gradient_pct) >= 3.0);

  let courseCharacter: CourseCharacter;
  if (elevationPerKm >= 30) courseCharacter = 'mountain';
  else if (elevationPerKm >= 20) courseCharacter = 'hilly';
  else if (elevationPerKm >= 5) courseCharacter = 'rolling';
  else courseCharacter = 'flat';
  // a categorised climb of Cat 2 or harder makes the course at least hilly
  const bigClimb = climbs.some((c) => c.category === 'HC' || c.category === 'Cat 1' || c.category === 'Cat 2');
  if (bigClimb && (courseCharacter === 'flat' || courseCharacter === 'rolling')) courseCharacter = 'hilly';

  const [gradeDistribution, maxGradePct] = computeGradeDistribution(cum, smoothed);
  const summary: TrackAnalysis = {
    total_distance_km: totalDistanceKm,
    total_elevation_m: totalElevationM,
    elevation_per_km: elevationPerKm,
    course_character: courseCharacter,
    max_grade_pct: maxGradePct,
    grade_distribution: gradeDistribution,
    start_coords: [round(tp.lat[0], 5), round(tp.lon[0], 5)],
    climbs,
    descents,
    display: terrainDisplay(totalDistanceKm, totalElevationM, elevationPerKm, units),
  };
  return { summary, smoothed };
}

/** [km, lat, lon, smoothed elevation] at the first point, every 500 m, and the last point. */
function polylineOf(tp: Trackpoints, cum: Float64Array, smoothed: Float64Array): number[][] {
  const polyline: number[][] = [];
  let nextThreshold = 0.0;
  for (let i = 0; i < tp.n; i++) {
    if (cum[i] >= nextThreshold || i === 0 || i === tp.n - 1) {
      polyline.push([round(cum[i] / 1000, 1), round(tp.lat[i], 5), round(tp.lon[i], 5), round(smoothed[i])]);
      nextThreshold = i === 0 ? POLYLINE_INTERVAL_M : cum[i] + POLYLINE_INTERVAL_M;
    }
  }
  return polyline;
}

/**
 * The terrain summary of a route file's track, with a polyline for maps. A track without
 * elevation gets a flat summary of its distance; null = degenerate (with elevation, under 100 m).
 */
export function analyzeRoute(tp: Trackpoints, units: AthleteUnits | null): RouteTerrainSummary | null {
  const cum = cumulativeDistance(tp);
  if (!anyElevation(tp)) {
    const totalDistanceKm = round(cum[tp.n - 1] / 1000, 1);
    return {
      source: 'gpx_attachment_no_elevation',
      total_distance_km: totalDistanceKm,
      total_elevation_m: 0,
      elevation_per_km: 0.0,
      course_character: 'flat',
      climbs: [],
      descents: [],
      display: terrainDisplay(totalDistanceKm, 0, 0.0, units),
    };
  }
  const track = analyzeTrack(tp, cum, units);
  if (track === null) return null;
  return { source: 'gpx_attachment', ...track.summary, polyline: polylineOf(tp, cum, track.smoothed) };
}

/**
 * The terrain summary of a completed activity's GPS/altitude streams (no polyline). null = no
 * elevation at all, or degenerate (under 100 m): the activity's terrain_status is then
 * "no_elevation".
 */
export function analyzeActivity(tp: Trackpoints, units: AthleteUnits | null): TerrainSummary | null {
  if (!anyElevation(tp)) return null;
  const track = analyzeTrack(tp, cumulativeDistance(tp), units);
  return track === null ? null : { source: 'activity_streams', ...track.summary };
}

/**
 * A cached terrain summary with its display blocks recomputed from its canonical metric fields
 * (a unit-preference change shows up without re-analysing the track). Any other value, or no
 * units, is returned as it is. A summary without a display block (an old file) gains one.
 */
export function refreshTerrainDisplay<T extends StoredSummary>(summary: T, units: AthleteUnits | null): T;
// Read untrusted (any JSON value at any key), written back as the same block: the overload above
// keeps the caller's type, since only display sub-objects change.
export function refreshTerrainDisplay(summary: unknown, units: AthleteUnits | null): unknown {
  if (!isDict(summary) || units === null) return summary;
  const out: RefreshedSummary = {
    ...summary,
    display: terrainDisplay(
      numOrNull(summary.total_distance_km),
      numOrNull(summary.total_elevation_m),
      numOrNull(summary.elevation_per_km),
      units,
    ),
  };
  for (const key of ['climbs', 'descents'] as const) {
    const segs = out[key];
    if (!Array.isArray(segs)) continue;
    out[key] = segs.map((seg: unknown) => {
      if (!isDict(seg)) return seg;
      return { ...seg, display: segmentDisplay(numOrNull(seg.position_km), numOrNull(seg.distance_km), numOrNull(seg.elevation_m), units) };
    });
  }
  return out;
}

/** A terrain_summary as a cache holds it: an analysis, a route's error entry, or null. */
type StoredSummary = TerrainSummary | RouteTerrainSummary | TerrainError | null | undefined;

/** The keys a refresh rewrites; every other key of the cached block is kept as it is. */
interface RefreshedSummary {
  display: TerrainDisplay;
  climbs?: unknown;
  descents?: unknown;
}

/** `.get(k)` of a cached numeric field (absent → None; a non-number would raise in the reference) */
function numOrNull(v: unknown): number | null {
  return typeof v === 'number' ? v : null;
}
