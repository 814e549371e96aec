/**
 * latest.json: the current snapshot an AI coach reads first (the reference's
 * `collect_training_data`). Blocks with their own modules: derived_metrics, alerts,
 * readiness_decision, health_context, recent_activities, planned_workouts, race_calendar.
 */
import * as v from 'valibot';
import { PlannedWorkout, RecentActivity } from './activities.js';
import { DerivedMetrics } from './derived-metrics.js';
import { RaceCalendar } from './race-calendar.js';
import { Alert, HealthContext, ReadinessDecision } from './readiness.js';
import { int, isoDate, isoDateTime, maybe, num, numOrNull, obj, oneOf, orNull, str, strOrNull } from './shape.js';
import { DisplayPreferences, DistanceDisplay, HeightDisplay, WeightDisplay, WeightSlopeDisplay } from './units.js';
import { WellnessRecord, wellnessStateEntries } from './wellness.js';

/** The 1-4 labels of one categorical wellness field (keys "1" … "4"). */
const scale = (extra: v.ObjectEntries = {}) => obj({ '1': str, '2': str, '3': str, '4': str, ...extra });

export const ReadThisFirst = obj({
  instruction_for_ai: str,
  display_formatting: str,
  data_period: str,
  extended_data_note: str,
  capability_metrics_note: str,
  readiness_decision_note: str,
  health_context_note: str,
  /** The zone-preference setting per sport ({"run": "hr"}), or the default's description. */
  zone_preference: v.union([str, v.record(v.string(), oneOf(['power', 'hr']))]),
  wellness_field_scales: obj({
    note: str,
    sleep_quality: scale(),
    fatigue: scale({ ui_note: str }),
    soreness: scale({ ui_note: str }),
    stress: scale(),
    mood: scale(),
    motivation: scale(),
    injury: scale(),
    hydration: scale(),
    menstrual: str,
  }),
  quick_stats: obj({
    total_training_hours: num,
    total_training_formatted: str,
    total_activities: int,
    total_tss: num,
  }),
});

export const Metadata = obj({
  athlete_id: v.literal('REDACTED'),
  last_updated: isoDateTime,
  data_range_days: int,
  extended_range_days: int,
  /** The contract (sync.py) version the file follows, e.g. "3.128". */
  version: str,
});

/**
 * Stable identity fields of the athlete (an explicit allow-list; never the raw athlete record).
 * Privacy mode (public repositories) drops date_of_birth, location and timezone (an IANA zone
 * names a city) and keeps age.
 */
export const AthleteProfile = obj({
  date_of_birth: maybe(orNull(isoDate)),
  age: orNull(int),
  height_m: numOrNull,
  display: obj({ height: orNull(HeightDisplay) }),
  display_preferences: DisplayPreferences,
  sex: strOrNull,
  location: maybe(strOrNull),
  timezone: maybe(strOrNull),
  platform_activated: orNull(isoDate),
  years_on_platform: orNull(int),
});

/** Whether history.json exists and how far it reaches. */
export const HistoryInfo = v.variant('available', [
  obj({
    available: v.literal(true),
    last_generated: orNull(isoDate),
    age_days: orNull(int),
    total_months: num,
    history_confidence: oneOf(['high', 'medium', 'low']),
  }),
  obj({ available: v.literal(false), history_confidence: v.literal('low'), note: str }),
]);

export const ActivityTypeSummary = obj({
  duration_decimal_hours: num,
  count: int,
  tss: num,
  distance_km: num,
  display: obj({ distance: DistanceDisplay }),
});

export const ActivitySummary = obj({
  period_description: str,
  note: str,
  total_duration_decimal_hours: num,
  total_activities: int,
  /** Keyed by Intervals.icu activity type (Ride, VirtualRide, Run, …). */
  by_activity_type: v.record(v.string(), ActivityTypeSummary),
});

export const Fitness = obj({
  ctl: numOrNull,
  atl: numOrNull,
  tsb: numOrNull,
  ramp_rate: numOrNull,
  fitness_source: str,
});

/** Thresholds of the best-populated sportSettings entry of one sport family. */
export const SportThresholds = obj({
  lthr: numOrNull,
  max_hr: numOrNull,
  threshold_pace: numOrNull,
  /** Intervals.icu pace units (MINS_KM, MINS_MILE, SECS_100M, SECS_500M, …); null without a pace. */
  pace_units: strOrNull,
  ftp: numOrNull,
  ftp_indoor: numOrNull,
});

export const Thresholds = obj({
  eftp: numOrNull,
  w_prime: numOrNull,
  w_prime_kj: numOrNull,
  p_max: numOrNull,
  vo2max: numOrNull,
  /** Keyed by sport family (cycling, run, swim, …). */
  sports: v.record(v.string(), SportThresholds),
});

export const CurrentMetrics = obj({
  weight_kg: numOrNull,
  display: obj({ weight: orNull(WeightDisplay) }),
  resting_hr: numOrNull,
  hrv: numOrNull,
  sleep_quality: numOrNull,
  sleep_hours: numOrNull,
  sleep_formatted: strOrNull,
  sleep_score: numOrNull,
  ...wellnessStateEntries,
});

/** Gated weight signals; a field whose gate fails is absent (the block is absent when none pass). */
export const WeightSignal = obj({
  weight_latest_kg: maybe(num),
  weight_latest_date: maybe(isoDate),
  wkg_current: maybe(num),
  /** "tested": cycling FTP from sportSettings; "eftp": the estimated FTP. */
  wkg_ftp_source: maybe(oneOf(['tested', 'eftp'])),
  ftp_setting_date: maybe(isoDate),
  wkg_block_start: maybe(num),
  wkg_block_end: maybe(num),
  wkg_block_delta: maybe(num),
  weight_7d_avg_kg: maybe(num),
  weight_28d_slope_kg_per_week: maybe(num),
  display: maybe(
    obj({
      weight_latest: maybe(WeightDisplay),
      weight_7d_avg: maybe(WeightDisplay),
      weight_28d_slope_per_week: maybe(WeightSlopeDisplay),
    }),
  ),
});

export const CurrentStatus = obj({
  fitness: Fitness,
  thresholds: Thresholds,
  current_metrics: CurrentMetrics,
  weight: maybe(WeightSignal),
});

/** Coverage telemetry of workout_summary generation over this run's planned workouts. */
export const WorkoutSummaryStats = obj({
  attempted: int,
  success: int,
  patternA: int,
  patternB: int,
  bail_no_workout_doc: int,
  bail_no_match: int,
});

export const WeeklySummary = obj({
  total_training_hours: num,
  total_training_formatted: str,
  total_tss: num,
  activities_count: int,
  avg_hrv: numOrNull,
  avg_resting_hr: numOrNull,
});

export const LatestFile = obj({
  READ_THIS_FIRST: ReadThisFirst,
  metadata: Metadata,
  athlete_profile: AthleteProfile,
  /** The athlete's own Intervals.icu notes, passed through. */
  athlete_notes: strOrNull,
  alerts: v.array(Alert),
  readiness_decision: ReadinessDecision,
  health_context: HealthContext,
  history: HistoryInfo,
  summary: ActivitySummary,
  current_status: CurrentStatus,
  derived_metrics: DerivedMetrics,
  recent_activities: v.array(RecentActivity),
  wellness_data: v.array(WellnessRecord),
  planned_workouts: v.array(PlannedWorkout),
  workout_summary_stats: WorkoutSummaryStats,
  weekly_summary: WeeklySummary,
  race_calendar: RaceCalendar,
});

export type LatestFile = v.InferOutput<typeof LatestFile>;
export type AthleteProfile = v.InferOutput<typeof AthleteProfile>;
export type CurrentStatus = v.InferOutput<typeof CurrentStatus>;
export type WeightSignal = v.InferOutput<typeof WeightSignal>;
