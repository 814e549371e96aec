/**
 * DFA a1 (AlphaHRV) blocks: the per-session block stored in intervals.json activities[].dfa, the
 * compact latest.json recent_activities[].dfa_summary, and the derived_metrics.capability
 * dfa_a1_profile (latest session + trailing rollups per sport family).
 */
import * as v from 'valibot';
import { bool, boolOrNull, int, intOrNull, isoDate, maybe, num, numOrNull, obj, oneOf, orNull, str } from './shape.js';

/** Why a band crossing did (not) dwell long enough, most blocking first. */
export const CROSSING_REASONS = ['ok', 'no_samples_in_band', 'insufficient_total_dwell', 'no_contiguous_dwell'] as const;
export const CrossingReason = oneOf(CROSSING_REASONS);
/**
 * Why a dwell-qualified crossing is not usable as a threshold estimate, in the fixed precedence
 * that makes mixed failures always yield the same class.
 */
export const ESTIMATE_FAILURE_REASONS = [
  'lookback_incomplete',
  'lookback_gap',
  'unknown_artifact',
  'excessive_artifact',
  'unknown_hr',
  'unknown_power',
  'non_positive_power_mean',
  'non_stationary_power',
] as const;
/** Why a crossing is (not) usable as a threshold estimate (crossing reasons included). */
export const EstimateReason = oneOf([...CROSSING_REASONS, ...ESTIMATE_FAILURE_REASONS]);

/** Time in one DFA a1 band; absent bands are null. */
export const DfaBand = obj({ secs: int, pct: num, avg_hr: intOrNull, avg_watts: intOrNull });

export const DfaDrift = obj({
  first_third_avg: num,
  last_third_avg: num,
  delta: num,
  /** false when too much of the session sat above LT2 for drift to mean anything. */
  interpretable: bool,
});

export const DfaCrossing = obj({
  marker_dfa_a1: num,
  secs_in_band: int,
  contiguous_secs: int,
  n_qualifying_segments: int,
  n_eligible_segments: int,
  reason: CrossingReason,
  estimate_eligible: bool,
  estimate_reason: EstimateReason,
  /** Populated on dwell-qualified crossings (eligible or not); null when the dwell failed. */
  avg_hr: intOrNull,
  avg_watts: intOrNull,
});

export const DfaQuality = obj({
  valid_secs: int,
  total_secs: int,
  valid_pct: num,
  artifact_state: oneOf(['absent', 'partial', 'complete']),
  artifact_coverage_pct: num,
  artifact_rate_avg: numOrNull,
  sufficient: bool,
});

/** Per-session block; every statistic is null when quality.sufficient is false. */
export const DfaBlock = obj({
  avg: numOrNull,
  p25: numOrNull,
  p50: numOrNull,
  p75: numOrNull,
  tiz_easy: orNull(DfaBand),
  tiz_endurance: orNull(DfaBand),
  tiz_tempo: orNull(DfaBand),
  tiz_supra: orNull(DfaBand),
  drift: orNull(DfaDrift),
  easy_guard_crossing: orNull(DfaCrossing),
  lt1_crossing: orNull(DfaCrossing),
  lt2_crossing: orNull(DfaCrossing),
  quality: DfaQuality,
});

export const DfaBandSplit = obj({ easy: num, endurance: num, tempo: num, supra: num });

/** Compact summary on a recent activity (sufficient sessions only). */
export const DfaSummary = obj({
  avg: num,
  dominant_band: oneOf(['easy', 'endurance', 'tempo', 'supra']),
  tiz_pct: DfaBandSplit,
  valid_pct: num,
  sufficient: bool,
  drift_delta: maybe(num),
  drift_interpretable: maybe(bool),
  /** Present only for estimate-eligible LT1/LT2 crossings with a value. */
  lt1_watts: maybe(int),
  lt1_hr: maybe(int),
  lt2_watts: maybe(int),
  lt2_hr: maybe(int),
});

/** The most recent sufficient session, else the most recent one with its statistics null. */
export const DfaLatestSession = obj({
  activity_id: str,
  date: isoDate,
  name: str,
  /** The activity type (Ride, VirtualRide, Run, …). */
  sport: str,
  validated: bool,
  avg: numOrNull,
  tiz_split_pct: orNull(DfaBandSplit),
  drift_delta: numOrNull,
  drift_interpretable: boolOrNull,
  quality_pct: num,
  sufficient: bool,
});

/**
 * A trailing marker estimate (HR pooled across sessions). Cycling splits watts by environment
 * (compare watts_outdoor with ftp, watts_indoor with ftp_indoor); other sports pool `watts`.
 */
export const CyclingDfaEstimate = obj({
  marker_dfa_a1: num,
  hr: intOrNull,
  watts_outdoor: intOrNull,
  watts_indoor: intOrNull,
  n_sessions: int,
  n_sessions_outdoor: int,
  n_sessions_indoor: int,
});
export const PooledDfaEstimate = obj({ marker_dfa_a1: num, hr: intOrNull, watts: intOrNull, n_sessions: int });
export const DfaEstimate = v.union([CyclingDfaEstimate, PooledDfaEstimate]);

/** Why a trailing estimate is null ("insufficient_sessions" once any session is eligible). */
export const TrailingReason = v.union([oneOf(['insufficient_sessions']), EstimateReason]);

export const DfaTrailingSport = obj({
  n_sessions: int,
  /** [first, last] session dates. */
  date_range: v.array(isoDate),
  avg_dfa_a1: numOrNull,
  drift_delta_mean: numOrNull,
  easy_guard_crossing_sessions: int,
  lt1_crossing_sessions: int,
  lt2_crossing_sessions: int,
  easy_guard_eligible_sessions: int,
  lt1_eligible_sessions: int,
  lt2_eligible_sessions: int,
  easy_guard_estimate: orNull(DfaEstimate),
  easy_guard_reason: TrailingReason,
  lt1_estimate: orNull(DfaEstimate),
  lt1_reason: TrailingReason,
  lt2_estimate: orNull(DfaEstimate),
  lt2_reason: TrailingReason,
  quality_avg_pct: numOrNull,
  /** Threshold markers are cycling-validated only. */
  validated: bool,
  /** Coarse max over the LT1/LT2 markers; null when neither has an estimate. */
  confidence: orNull(oneOf(['low', 'moderate', 'high'])),
  note: maybe(str),
});

export const DfaA1Profile = obj({
  latest_session: DfaLatestSession,
  /** Keyed by sport family (cycling, run, rowing, …) of the trailing sessions. */
  trailing_by_sport: v.record(v.string(), DfaTrailingSport),
});

export type DfaBlock = v.InferOutput<typeof DfaBlock>;
export type DfaSummary = v.InferOutput<typeof DfaSummary>;
export type DfaA1Profile = v.InferOutput<typeof DfaA1Profile>;
export type DfaTrailingSport = v.InferOutput<typeof DfaTrailingSport>;
export type CrossingReason = v.InferOutput<typeof CrossingReason>;
export type DfaCrossing = v.InferOutput<typeof DfaCrossing>;
export type DfaBand = v.InferOutput<typeof DfaBand>;
export type DfaBandSplit = v.InferOutput<typeof DfaBandSplit>;
export type DfaLatestSession = v.InferOutput<typeof DfaLatestSession>;
export type DfaEstimate = v.InferOutput<typeof DfaEstimate>;
export type TrailingReason = v.InferOutput<typeof TrailingReason>;
export type EstimateReason = v.InferOutput<typeof EstimateReason>;
