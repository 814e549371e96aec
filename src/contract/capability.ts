/**
 * derived_metrics.capability: how the athlete expresses fitness rather than how much load they
 * carry: durability (decoupling), efficiency factor, HR recovery, TID drift, power / HR curve
 * shifts across two 28-day windows, the 42-day sustainability table and the DFA a1 profile.
 */
import * as v from 'valibot';
import { TidClassification } from './common.js';
import { DfaA1Profile } from './dfa.js';
import { bool, int, isoDate, maybe, num, numOrNull, obj, oneOf, orNull, str, strOrNull } from './shape.js';

export const Trend = oneOf(['improving', 'stable', 'declining']);

export const Durability = obj({
  mean_decoupling_7d: numOrNull,
  mean_decoupling_28d: numOrNull,
  high_drift_count_7d: int,
  high_drift_count_28d: int,
  qualifying_sessions_7d: int,
  qualifying_sessions_28d: int,
  trend: orNull(Trend),
  /** Too few qualifying sessions for alert evaluation. */
  reliability_limited: bool,
  reliability_note: strOrNull,
  note: str,
});

export const EfficiencyFactor = obj({
  mean_ef_7d: numOrNull,
  mean_ef_28d: numOrNull,
  qualifying_sessions_7d: int,
  qualifying_sessions_28d: int,
  trend: orNull(Trend),
  note: str,
});

export const Hrrc = obj({
  mean_hrrc_7d: numOrNull,
  mean_hrrc_28d: numOrNull,
  qualifying_sessions_7d: int,
  qualifying_sessions_28d: int,
  trend: orNull(Trend),
  note: str,
});

export const TidComparison = obj({
  classification_7d: orNull(TidClassification),
  classification_28d: orNull(TidClassification),
  pi_7d: numOrNull,
  pi_28d: numOrNull,
  pi_delta: numOrNull,
  /** null when one window has no zone time. */
  drift: orNull(oneOf(['consistent', 'shifting', 'acute_depolarization'])),
  note: str,
});

const DateWindow = obj({ start: isoDate, end: isoDate });

export const PowerCurveAnchor = obj({ current_watts: numOrNull, previous_watts: numOrNull, pct_change: numOrNull });
export const HrCurveAnchor = obj({ current_bpm: numOrNull, previous_bpm: numOrNull, pct_change: numOrNull });

/** MMP at 5s / 60s / 300s / 1200s / 3600s, current 28 days against the 28 days before. */
export const PowerCurveDelta = obj({
  window_days: int,
  current_window: maybe(DateWindow),
  previous_window: maybe(DateWindow),
  /** null (with the reason in `note`) when either window lacks data. */
  anchors: orNull(
    obj({
      '5s': PowerCurveAnchor,
      '60s': PowerCurveAnchor,
      '300s': PowerCurveAnchor,
      '1200s': PowerCurveAnchor,
      '3600s': PowerCurveAnchor,
    }),
  ),
  /** Positive = sprint-biased gains, negative = endurance-biased. */
  rotation_index: numOrNull,
  note: str,
});

/** Max sustained HR at 60s / 300s / 1200s / 3600s, all sports. */
export const HrCurveDelta = obj({
  window_days: int,
  current_window: maybe(DateWindow),
  previous_window: maybe(DateWindow),
  anchors: orNull(obj({ '60s': HrCurveAnchor, '300s': HrCurveAnchor, '1200s': HrCurveAnchor, '3600s': HrCurveAnchor })),
  rotation_index: numOrNull,
  note: str,
});

/** One duration of the sustainability table (best power and HR of the 42-day window). */
export const SustainabilityAnchor = obj({
  actual_watts: numOrNull,
  actual_wpkg: numOrNull,
  actual_hr: numOrNull,
  pct_lthr: numOrNull,
  /** null when the duration has no observed power. */
  source: orNull(v.literal('observed')),
});

/** Cycling adds indoor/outdoor provenance and the Coggan and CP/W' model columns. */
export const CyclingSustainabilityAnchor = obj({
  ...SustainabilityAnchor.entries,
  source: orNull(oneOf(['observed_indoor', 'observed_outdoor'])),
  coggan_watts: numOrNull,
  coggan_wpkg: numOrNull,
  cp_model_watts: numOrNull,
  cp_model_wpkg: numOrNull,
  /** Actual against the CP model: the divergence is the coaching signal. */
  model_divergence_pct: numOrNull,
});

/** A sport with fewer than two observed anchors. */
export const SparseSustainability = obj({ anchors: v.null(), coverage_ratio: num, note: str });

/** Anchors keyed by duration label ("60s" … "1800s"). */
export const SportSustainability = v.union([
  obj({ anchors: v.record(v.string(), SustainabilityAnchor), coverage_ratio: num }),
  SparseSustainability,
]);

/** Anchors keyed by duration label ("300s" … "7200s"). */
export const CyclingSustainability = v.union([
  obj({
    anchors: v.record(v.string(), CyclingSustainabilityAnchor),
    coverage_ratio: num,
    ftp_used: numOrNull,
    w_prime_used: numOrNull,
    ftp_staleness_days: orNull(int),
    model_trust_note: str,
  }),
  SparseSustainability,
]);

export const SustainabilityProfile = obj({
  window: maybe(obj({ days: int, start: isoDate, end: isoDate })),
  weight_kg: maybe(numOrNull),
  weight_source: maybe(orNull(oneOf(['wellness_recent', 'wellness_extended', 'athlete_profile']))),
  /** Present when no sport produced data (then no sport blocks). */
  note: maybe(str),
  cycling: maybe(CyclingSustainability),
  ski: maybe(SportSustainability),
  rowing: maybe(SportSustainability),
});

export const Capability = obj({
  durability: Durability,
  efficiency_factor: EfficiencyFactor,
  hrrc: Hrrc,
  tid_comparison: TidComparison,
  power_curve_delta: PowerCurveDelta,
  hr_curve_delta: HrCurveDelta,
  sustainability_profile: SustainabilityProfile,
  /** null without any AlphaHRV session in intervals.json. */
  dfa_a1_profile: orNull(DfaA1Profile),
});

export type Capability = v.InferOutput<typeof Capability>;
export type Durability = v.InferOutput<typeof Durability>;
export type EfficiencyFactor = v.InferOutput<typeof EfficiencyFactor>;
export type Hrrc = v.InferOutput<typeof Hrrc>;
export type TidComparison = v.InferOutput<typeof TidComparison>;
export type PowerCurveDelta = v.InferOutput<typeof PowerCurveDelta>;
export type HrCurveDelta = v.InferOutput<typeof HrCurveDelta>;
export type SustainabilityAnchor = v.InferOutput<typeof SustainabilityAnchor>;
export type CyclingSustainabilityAnchor = v.InferOutput<typeof CyclingSustainabilityAnchor>;
export type SportSustainability = v.InferOutput<typeof SportSustainability>;
export type CyclingSustainability = v.InferOutput<typeof CyclingSustainability>;
export type SustainabilityProfile = v.InferOutput<typeof SustainabilityProfile>;
