/**
 * latest.json derived_metrics: the Section 11 metrics the reference computes from the 7- and
 * 28-day windows (the reference's `_calculate_derived_metrics`): recovery and baselines, ACWR
 * (live and start-of-day), monotony / strain, zone time, Seiler TID, capability, consistency,
 * phase detection, FTP benchmarks and the power model.
 */
import * as v from 'valibot';
import { Capability } from './capability.js';
import { Confidence, Phase, SportFamily, TidClassification, ZoneBasis } from './common.js';
import { bool, boolOrNull, int, isoDate, isoDateTime, maybe, num, numOrNull, obj, oneOf, orNull, str, strOrNull } from './shape.js';

export const AcwrInterpretation = oneOf(['undertraining', 'optimal', 'caution', 'danger']);

export const AcwrStartOfDay = obj({
  value: numOrNull,
  interpretation: orNull(AcwrInterpretation),
  scope: v.literal('start_of_day'),
  as_of_date: isoDate,
  current_day_load_included: v.literal(false),
  acute_days: int,
  chronic_days: int,
});

export const ZoneDistribution7d = obj({
  z1_hours: num,
  z2_hours: num,
  z3_hours: num,
  z4_plus_hours: num,
  total_hours: num,
  zone_basis: orNull(ZoneBasis),
});

/** Seiler three-zone TID; percentages, class and basis are null without zone time. */
export const SeilerTid = obj({
  z1_seconds: num,
  z2_seconds: num,
  z3_seconds: num,
  z1_pct: numOrNull,
  z2_pct: numOrNull,
  z3_pct: numOrNull,
  polarization_index: numOrNull,
  classification: orNull(TidClassification),
  zone_basis: orNull(ZoneBasis),
});

export const SeilerTidPrimary = obj({ ...SeilerTid.entries, sport: SportFamily });

export const ConsistencyDetails = obj({
  planned_days: int,
  completed_days: int,
  matched_days: int,
  planned_dates: maybe(v.array(isoDate)),
  completed_dates: maybe(v.array(isoDate)),
  /** "No planned workouts in period" (then no date lists). */
  note: maybe(str),
});

export const PhaseDetection = obj({
  phase: orNull(Phase),
  confidence: orNull(Confidence),
  /** Machine-readable reasons, e.g. PHASE_TRANSITION_Base_TO_Build, RACE_IMMINENT. */
  reason_codes: v.array(str),
  basis: obj({
    stream_1: obj({
      ctl_slope: numOrNull,
      acwr_trend: orNull(oneOf(['rising', 'falling', 'stable'])),
      hard_day_pattern: numOrNull,
      weeks_available: int,
    }),
    stream_2: obj({
      planned_tss_delta: numOrNull,
      hard_sessions_planned: int,
      current_week_hard_days_completed: int,
      current_week_hard_days_total: int,
      /** Days to the next race of any category. */
      race_proximity: orNull(int),
      next_week_load: numOrNull,
      plan_coverage_current_week: num,
      plan_coverage_next_week: num,
    }),
    data_quality: oneOf(['good', 'mixed', 'poor']),
    stream_agreement: boolOrNull,
  }),
  previous_phase: orNull(Phase),
  phase_duration_weeks: int,
  dossier_declared: orNull(Phase),
  dossier_agreement: boolOrNull,
});

export const Benchmark = obj({
  current_ftp: numOrNull,
  ftp_8_weeks_ago: numOrNull,
  benchmark_index: numOrNull,
  /** e.g. "+2.7%". */
  benchmark_percentage: strOrNull,
  seasonal_expected: boolOrNull,
});

export const SeasonalContext = oneOf([
  'Off-season / Transition',
  'Early Base',
  'Late Base / Build',
  'Build / Early Race Season',
  'Peak Race Season',
  'Late Season / Transition',
  'Unknown',
]);

export const DerivedMetrics = obj({
  recovery_index: numOrNull,
  recovery_index_yesterday: numOrNull,
  hrv_baseline_7d: numOrNull,
  rhr_baseline_7d: numOrNull,
  hrv_baseline_28d: numOrNull,
  rhr_baseline_28d: numOrNull,
  latest_hrv: numOrNull,
  latest_rhr: numOrNull,
  /** Live, today-inclusive ACWR: retrospective context only, never a readiness input. */
  acwr: numOrNull,
  acwr_interpretation: orNull(AcwrInterpretation),
  acwr_scope: v.literal('live_retrospective'),
  acwr_readiness_eligible: v.literal(false),
  acwr_start_of_day: AcwrStartOfDay,
  monotony: numOrNull,
  /** "normal", "elevated", or with the multi-sport explanation appended. */
  monotony_interpretation: strOrNull,
  primary_sport: orNull(SportFamily),
  primary_sport_monotony: numOrNull,
  primary_sport_tss_7d: numOrNull,
  effective_monotony: numOrNull,
  multi_sport_detected: bool,
  strain: numOrNull,
  stress_tolerance: numOrNull,
  load_recovery_ratio: numOrNull,
  tss_7d_total: num,
  tss_28d_total: num,
  zone_distribution_7d: ZoneDistribution7d,
  grey_zone_percentage: numOrNull,
  grey_zone_note: str,
  quality_intensity_percentage: numOrNull,
  quality_intensity_note: str,
  easy_time_ratio: numOrNull,
  easy_time_ratio_note: str,
  hard_days_this_week: int,
  hard_days_note: str,
  seiler_tid_7d: SeilerTid,
  seiler_tid_7d_primary: orNull(SeilerTidPrimary),
  seiler_tid_28d: SeilerTid,
  seiler_tid_28d_primary: orNull(SeilerTidPrimary),
  capability: Capability,
  consistency_index: numOrNull,
  consistency_details: ConsistencyDetails,
  phase_detection: PhaseDetection,
  phase_detected: orNull(Phase),
  phase_triggers: v.array(str),
  seasonal_context: SeasonalContext,
  benchmark_indoor: Benchmark,
  benchmark_outdoor: Benchmark,
  eftp: numOrNull,
  w_prime: numOrNull,
  w_prime_kj: numOrNull,
  p_max: numOrNull,
  power_model_source: oneOf(['wellness.sportInfo', 'unavailable']),
  vo2max: numOrNull,
  calculation_timestamp: isoDateTime,
  data_quality: obj({
    hrv_data_points: int,
    rhr_data_points: int,
    activities_7d: int,
    activities_28d: int,
    planned_workouts_7d: int,
    /** Days spanned by each ftp_history.json series. */
    ftp_history_days: obj({ indoor: int, outdoor: int }),
  }),
});

export type DerivedMetrics = v.InferOutput<typeof DerivedMetrics>;
export type SeilerTid = v.InferOutput<typeof SeilerTid>;
export type PhaseDetection = v.InferOutput<typeof PhaseDetection>;
export type AcwrInterpretation = v.InferOutput<typeof AcwrInterpretation>;
export type AcwrStartOfDay = v.InferOutput<typeof AcwrStartOfDay>;
export type SeilerTidPrimary = v.InferOutput<typeof SeilerTidPrimary>;
export type ConsistencyDetails = v.InferOutput<typeof ConsistencyDetails>;
export type Benchmark = v.InferOutput<typeof Benchmark>;
export type SeasonalContext = v.InferOutput<typeof SeasonalContext>;
