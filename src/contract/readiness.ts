/**
 * latest.json decision blocks: alerts[] (threshold crossings, tiered), readiness_decision (the
 * pre-computed go / modify / skip with its P0-P3 priority) and health_context (athlete-reported
 * illness and injury markers; context, never a readiness input).
 */
import * as v from 'valibot';
import { Phase, Severity, SignalStatus } from './common.js';
import { bool, int, isoDate, maybe, num, numOrNull, obj, oneOf, orNull, str, strOrNull } from './shape.js';

export const AlertMetric = oneOf([
  'acwr',
  'monotony',
  'strain',
  'recovery_index',
  'hrv',
  'rhr',
  'durability',
  'tid_distribution',
  'race_taper',
  'race_week',
  'race_week_tsb',
]);

export const Alert = obj({
  metric: AlertMetric,
  /** The measured value (a number, a TID class name, days until a race…). */
  value: v.union([num, str, v.null()]),
  severity: Severity,
  /** The crossed threshold, numeric or described ("↑≥5bpm vs baseline (47.7)"). */
  threshold: v.union([num, str]),
  context: str,
  persistence_days: orNull(int),
  /** 1 = readiness-relevant physiology and races, 2 = load, 3 = capability trends. */
  tier: v.picklist([1, 2, 3]),
  /** Live ACWR alerts are retrospective context, never a readiness input. */
  scope: maybe(v.literal('live_retrospective')),
  readiness_eligible: maybe(v.literal(false)),
});

export const ReadinessSignalName = oneOf(['hrv', 'rhr', 'sleep', 'acwr', 'ri', 'tsb']);

export const HrvSignal = obj({
  status: SignalStatus,
  value: numOrNull,
  baseline_7d: numOrNull,
  delta_pct: numOrNull,
  /** The latest record has no usable rMSSD but does carry SDNN (explanatory only). */
  reason: maybe(v.literal('rmssd_missing_sdnn_available')),
});

export const ReadinessSignals = obj({
  hrv: HrvSignal,
  rhr: obj({ status: SignalStatus, value: numOrNull, baseline_7d: numOrNull, delta_bpm: numOrNull }),
  sleep: obj({ status: SignalStatus, hours: numOrNull, quality: numOrNull }),
  /** Start-of-day ACWR (today's load excluded), the only ACWR readiness reads. */
  acwr: obj({
    status: SignalStatus,
    value: numOrNull,
    scope: v.literal('start_of_day'),
    as_of_date: orNull(isoDate),
    current_day_load_included: v.literal(false),
  }),
  ri: obj({ status: SignalStatus, value: numOrNull, value_yesterday: numOrNull }),
  /** Evaluated only when the decision reaches P2. */
  tsb: maybe(obj({ status: SignalStatus, value: numOrNull })),
});

export const Modification = obj({
  triggers: v.array(ReadinessSignalName),
  suggested_adjustments: obj({
    intensity: oneOf(['preserve', 'reduce']),
    volume: oneOf(['preserve', 'reduce']),
    cap_zone: orNull(v.literal('Z2')),
  }),
});

export const ReadinessDecision = obj({
  recommendation: oneOf(['go', 'modify', 'skip']),
  /** 0 = safety stop, 1 = acute overload, 2 = signal count, 3 = green. */
  priority: v.picklist([0, 1, 2, 3]),
  signals: ReadinessSignals,
  signal_summary: obj({ green: int, amber: int, red: int, unavailable: int }),
  phase_context: obj({
    phase: orNull(Phase),
    phase_week: orNull(int),
    amber_threshold: int,
    modifier_applied: oneOf(['default', 'build_loosened', 'taper_tightened', 'race_week_tightened']),
  }),
  race_week_defers: bool,
  /** Guidance for a "modify"; null otherwise. */
  modification: orNull(Modification),
  reason: str,
  /** Metrics of the alarms that drove the decision. */
  alarm_refs: v.array(str),
});

/** One SICK / INJURED calendar marker. */
export const HealthMarker = obj({
  event_id: v.union([int, str]),
  category: oneOf(['SICK', 'INJURED']),
  start_date: isoDate,
  /** The INCLUSIVE last calendar-marked day (Intervals stores an exclusive end). */
  end_date: isoDate,
  marker_active_today: bool,
  source: v.literal('calendar'),
  name: maybe(str),
  description: maybe(str),
});

/** A marker that ended within recent_window_days (none spans today): recovery status unknown. */
export const RecentHealthMarker = obj({ ...HealthMarker.entries, days_since_end: orNull(int) });

export const HealthContext = obj({
  /** "partial": the dedicated health fetch failed; the block comes from the main event window. */
  source_status: oneOf(['ok', 'partial']),
  /** Omitted when source_status is "partial" (not established). */
  marker_active: maybe(bool),
  recent_marker: maybe(bool),
  clarification_required: bool,
  /** null under "partial" when the main event window's oldest date is absent or unparseable. */
  lookback_days: orNull(int),
  recent_window_days: int,
  current: v.array(HealthMarker),
  recent: v.array(RecentHealthMarker),
  upcoming: v.array(HealthMarker),
  /** The latest wellness injury value when it is 2 or worse. */
  wellness_injury: maybe(
    obj({
      value: num,
      date: strOrNull,
      freshness: oneOf(['current', 'stale']),
      series: str,
      days_old: maybe(int),
    }),
  ),
  note: str,
});

export type Alert = v.InferOutput<typeof Alert>;
export type ReadinessDecision = v.InferOutput<typeof ReadinessDecision>;
export type ReadinessSignals = v.InferOutput<typeof ReadinessSignals>;
export type HealthContext = v.InferOutput<typeof HealthContext>;
export type HealthMarker = v.InferOutput<typeof HealthMarker>;
export type RecentHealthMarker = v.InferOutput<typeof RecentHealthMarker>;
export type Modification = v.InferOutput<typeof Modification>;
export type HrvSignal = v.InferOutput<typeof HrvSignal>;
export type ReadinessSignalName = v.InferOutput<typeof ReadinessSignalName>;
