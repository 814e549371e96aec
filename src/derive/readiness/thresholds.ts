/**
 * Every threshold the alerts and the readiness decision use, in one place, named after what
 * they mean. Values are the reference's (sync.py v3.128: _generate_alerts, _detect_deload_context,
 * _count_hrv_low_days, _count_rhr_high_days, _get_phase_modifiers, _compute_readiness_decision).
 */
import type { ReadinessDecision } from '../../contract/index.js';

// ------------------------------------------------------------------ alerts (_generate_alerts)

/** Live ACWR reporting bands, high side only (v3.127: reporting, not a readiness input). */
export const ACWR_ALERT_ALARM = 1.35;
export const ACWR_ALERT_WARNING = 1.3;
/** The alert objects carry the bands as strings ("1.35", "1.3"), as the reference writes them. */
export const ACWR_ALERT_ALARM_LABEL = '1.35';
export const ACWR_ALERT_WARNING_LABEL = '1.3';

/** Effective monotony (Foster 1998): alarm at 2.5, warning from 2.3; info only during a deload. */
export const MONOTONY_ALARM = 2.5;
export const MONOTONY_WARNING = 2.3;

/** Strain = 7d TSS × monotony (Foster 1998): > 3500 associated with overtraining. */
export const STRAIN_ALARM = 3500;

/** Recovery index: < 0.6 is an immediate alarm / red; < 0.7 on two consecutive days is a warning / amber. */
export const RI_ALARM = 0.6;
export const RI_PERSISTENT_WARNING = 0.7;
/** Days of persistence the RI warning reports (today and yesterday). */
export const RI_WARNING_PERSISTENCE_DAYS = 2;

/** HRV alert: ≥ 20 % below the 7-day baseline; an alarm once it persisted more than 2 days. */
export const HRV_ALERT_DROP_PCT = -20;
/** _count_hrv_low_days: a day counts when HRV < baseline × 0.8. */
export const HRV_LOW_DAY_FACTOR = 0.8;
/** RHR alert: ≥ 5 bpm above the 7-day baseline; an alarm once it persisted more than 2 days. */
export const RHR_ALERT_RISE_BPM = 5;
/** hrv/rhr alerts escalate from warning to alarm when the low/high streak exceeds this many days. */
export const AUTONOMIC_ALARM_AFTER_DAYS = 2;

/** Durability (v3.4.0, N-gate v3.104): 28d mean decoupling > 5 % alarms, given N28 ≥ 5. */
export const DURABILITY_ALARM_MEAN_28D = 5.0;
/** Declining warning: 7d mean exceeds the 28d mean by more than 2 percentage points, N7 ≥ 3 and N28 ≥ 5. */
export const DURABILITY_DECLINE_DELTA = 2.0;
export const DURABILITY_MIN_SESSIONS_7D = 3;
export const DURABILITY_MIN_SESSIONS_28D = 5;
/** Count-based warning (no reliability gate): ≥ 3 sessions with > 5 % decoupling in 7 days. */
export const DURABILITY_HIGH_DRIFT_COUNT = 3;

/** _detect_deload_context: trailing 7d TSS ≥ 20 % below the 28-day weekly average. */
export const DELOAD_DEFICIT_PCT = 20;
/** The 28-day total is averaged over this many weeks. */
export const DELOAD_WEEKS_IN_28D = 4;

/** Alert order: tier ascending, then this severity rank (unknown severities last). */
export const SEVERITY_ORDER: Record<string, number> = { alarm: 0, warning: 1, info: 2 };
export const SEVERITY_ORDER_UNKNOWN = 3;

// ------------------------------------------------------------------ readiness signals

/** HRV vs 7d baseline (delta %, rounded to 0.1): ≤ -20 red, ≤ -10 amber. */
export const HRV_RED_PCT = -20;
export const HRV_AMBER_PCT = -10;
/** RHR vs 7d baseline (delta bpm, rounded to 0.1): ≥ 5 red, ≥ 3 amber. */
export const RHR_RED_BPM = 5;
export const RHR_AMBER_BPM = 3;
/** Sleep hours (v3.90, hours only): < 5 red, < 7 amber. */
export const SLEEP_RED_HOURS = 5;
export const SLEEP_AMBER_HOURS = 7;
/** Start-of-day ACWR (v3.127): ≥ 1.5 red, ≥ 1.3 amber. */
export const ACWR_SIGNAL_RED = 1.5;
export const ACWR_SIGNAL_AMBER = 1.3;
// RI signal: same bands as the RI alerts (RI_ALARM red, RI_PERSISTENT_WARNING on two days amber).
/** TSB signal (added at P2): < -30 red; amber below the phase's tsb_amber. */
export const TSB_RED = -30;

// ------------------------------------------------------------------ readiness priorities

/** P1 skip, compound: TSB below -30 with HRV more than 10 % below baseline. */
export const P1_SKIP_TSB = -30;
/** P1 modify, compound: TSB below -25 with HRV more than 10 % below baseline. */
export const P1_MODIFY_TSB = -25;
/** Both compound rules need HRV delta below this (percent). */
export const P1_COMPOUND_HRV_PCT = -10;
/** P1 skip via persistent alerts: RI below 0.7 with a tier-1 warning/alarm persisting ≥ 2 days. */
export const P1_PERSISTENT_RI = 0.7;
export const P1_PERSISTENCE_MIN_DAYS = 2;
/** P1 skip via load: start-of-day ACWR ≥ 1.5 corroborated by a Tier-1 signal (v3.127). */
export const P1_ACWR_SKIP = 1.5;
/** The Tier-1 primary signals that can corroborate an ACWR spike. */
export const ACWR_CORROBORATING_SIGNALS = ['hrv', 'rhr', 'sleep', 'ri'] as const;
/** P3 appends a "limited data" note when more than this many signals are unavailable. */
export const P3_LIMITED_DATA_UNAVAILABLE = 3;

// ------------------------------------------------------------------ phase modifiers (_get_phase_modifiers)

export interface PhaseModifiers {
  /** number of amber signals at which P2 returns modify */
  amber_threshold: number;
  /** TSB below which the TSB signal is amber */
  tsb_amber: number;
  /**
   * the reference documents it as "single red = Skip", but its P2 red branch returns skip only
   * for two or more reds; a single red gives the same modify either way (see decision.ts)
   */
  tighten_red: boolean;
  /** audit label */
  modifier_applied: ReadinessDecision['phase_context']['modifier_applied'];
}

/** Race week overrides any phase: one amber triggers modify, TSB amber below -15, red tightened. */
export const RACE_WEEK_MODIFIERS: PhaseModifiers = {
  amber_threshold: 1,
  tsb_amber: -15,
  tighten_red: true,
  modifier_applied: 'race_week_tightened',
};

/** Build loosens (3 ambers, TSB amber below -20); Taper tightens like race week. */
export const PHASE_MODIFIERS: Record<string, PhaseModifiers> = {
  Build: { amber_threshold: 3, tsb_amber: -20, tighten_red: false, modifier_applied: 'build_loosened' },
  Taper: { amber_threshold: 1, tsb_amber: -15, tighten_red: true, modifier_applied: 'taper_tightened' },
};

/** Every other phase (and no phase). */
export const DEFAULT_MODIFIERS: PhaseModifiers = {
  amber_threshold: 2,
  tsb_amber: -15,
  tighten_red: false,
  modifier_applied: 'default',
};
