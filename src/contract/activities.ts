/**
 * latest.json activity lists: recent_activities[] (the 28-day window, newest first, as the
 * reference's `_format_activities` writes them) and planned_workouts[] (`_format_events`).
 * Values named after Intervals.icu fields are passed through as the API sends them.
 */
import * as v from 'valibot';
import { DfaSummary } from './dfa.js';
import { bool, int, maybe, num, numOrNull, obj, oneOf, orNull, str, strOrNull } from './shape.js';
import { TerrainSummary } from './terrain.js';
import { DistanceDisplay, ElevationDisplay, RainUnit, SpeedDisplay, TempUnit, WindUnit } from './units.js';

/** Seconds per zone; keys follow the zones the activity has (HR: up to 7 by position). */
export const ZoneTimes = obj({
  z1_time: maybe(num),
  z2_time: maybe(num),
  z3_time: maybe(num),
  z4_time: maybe(num),
  z5_time: maybe(num),
  z6_time: maybe(num),
  z7_time: maybe(num),
});

export const ActivityZoneDistribution = obj({
  hr_zones: maybe(ZoneTimes),
  power_zones: maybe(ZoneTimes),
});

/** Intervals.icu's Open-Meteo weather of an outdoor activity, in the athlete's units. */
export const WeatherSummary = obj({
  source: v.literal('intervals_open_meteo'),
  units: obj({ wind: WindUnit, temp: TempUnit, rain: RainUnit }),
  avg_wind_speed: numOrNull,
  avg_wind_gust: numOrNull,
  prevailing_wind_deg: numOrNull,
  headwind_pct: numOrNull,
  tailwind_pct: numOrNull,
  avg_temp: numOrNull,
  avg_temp_device: numOrNull,
  avg_feels_like: numOrNull,
  min_feels_like: numOrNull,
  max_feels_like: numOrNull,
  min_temp: numOrNull,
  max_temp: numOrNull,
  clouds_pct: numOrNull,
  rain: numOrNull,
  snow: numOrNull,
});

export const RecentActivity = obj({
  id: str,
  /** start_date_local as Intervals.icu sends it (athlete-local, naive). */
  date: str,
  type: str,
  /** Privacy mode writes "Training Session" for outdoor activities of public repositories. */
  name: str,
  duration_hours: num,
  /** e.g. "1h13m30s". */
  duration_formatted: str,
  distance_km: num,
  tss: numOrNull,
  intensity_factor: numOrNull,
  avg_power: numOrNull,
  normalized_power: numOrNull,
  avg_hr: numOrNull,
  max_hr: numOrNull,
  avg_cadence: numOrNull,
  /** km/h (converted from the API's m/s). */
  avg_speed: numOrNull,
  avg_speed_unit: v.literal('KPH'),
  max_speed: numOrNull,
  max_speed_unit: v.literal('KPH'),
  avg_pace: numOrNull,
  avg_temp: numOrNull,
  avg_temp_unit: oneOf(['C', 'F']),
  weather: strOrNull,
  humidity: numOrNull,
  wind_speed: numOrNull,
  /** The athlete's Intervals.icu wind unit setting (MPS, KPH, MPH, …). */
  wind_speed_unit: str,
  work_kj: numOrNull,
  calories: numOrNull,
  carbs_used: numOrNull,
  carbs_ingested: numOrNull,
  variability_index: numOrNull,
  decoupling: numOrNull,
  efficiency_factor: numOrNull,
  /** Heart-rate recovery (bpm) as Intervals.icu reports it. */
  hrrc: numOrNull,
  elevation_m: numOrNull,
  display: obj({
    distance: DistanceDisplay,
    elevation: orNull(ElevationDisplay),
    avg_speed: orNull(SpeedDisplay),
    max_speed: orNull(SpeedDisplay),
  }),
  feel: numOrNull,
  rpe: numOrNull,
  /** RPE against the band expected from the intensity factor; null without both. */
  effort_response: orNull(oneOf(['positive', 'neutral', 'negative'])),
  zone_distribution: orNull(ActivityZoneDistribution),
  has_intervals: bool,
  has_dfa: bool,
  dfa_summary: maybe(DfaSummary),
  /** Outdoor activities: a terrain summary, or a terminal status (and error code) instead. */
  terrain_summary: maybe(TerrainSummary),
  terrain_status: maybe(oneOf(['no_gps', 'no_elevation', 'failed'])),
  /** e.g. "http_404". */
  terrain_error: maybe(str),
  weather_summary: maybe(WeatherSummary),
  weather_status: maybe(v.literal('unavailable')),
  description: maybe(str),
  /** "NOTE:" lines at the top of the description. */
  coach_notes: maybe(v.array(str)),
  /** Activity chat messages of the last 7 days. */
  chat_notes: maybe(v.array(str)),
});

export const PlannedWorkout = obj({
  /** The event id ("unknown_N" if the API sent none). */
  id: v.union([int, str]),
  date: str,
  name: strOrNull,
  /** The event category: WORKOUT, RACE_A/B/C, NOTE, HOLIDAY, SICK, INJURED, TARGET, … */
  type: str,
  sport_type: strOrNull,
  planned_tss: numOrNull,
  duration_hours: num,
  duration_formatted: str,
  /** Compact structure of the workout_doc, e.g. "15m | 2×20m @263W / 6m rec | 10m". */
  workout_summary: strOrNull,
  has_terrain: bool,
  coach_notes: maybe(v.array(str)),
  start_time: maybe(str),
  indoor: maybe(v.literal(true)),
  /** Days 0-7: the description without NOTE: lines. */
  description: maybe(str),
  /** Days 8-42 without a workout_summary: the first three description lines. */
  description_preview: maybe(strOrNull),
});

export type RecentActivity = v.InferOutput<typeof RecentActivity>;
export type ActivityZoneDistribution = v.InferOutput<typeof ActivityZoneDistribution>;
export type ZoneTimes = v.InferOutput<typeof ZoneTimes>;
export type PlannedWorkout = v.InferOutput<typeof PlannedWorkout>;
export type WeatherSummary = v.InferOutput<typeof WeatherSummary>;
