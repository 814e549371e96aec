/**
 * The go / modify / skip call (v3.72, start-of-day ACWR v3.127) with the phase modifiers of
 * its thresholds. The priority ladder, first match wins:
 *
 *   P0 safety stop      RI < 0.6, or any tier-1 alarm                               → skip
 *   P1 acute overload   start-of-day ACWR ≥ 1.5 corroborated by a Tier-1 signal,
 *                       TSB < -30 with HRV < -10 %, RI < 0.7 with persistent alerts → skip
 *                       TSB < -25 with HRV < -10 %                                  → modify
 *   P2 accumulated      signal counting (TSB added, phase-adjusted thresholds):
 *      fatigue          ≥ 2 red → skip; 1 red → modify; ambers ≥ threshold → modify
 *   P3 green light                                                                  → go
 */
import type { Alert, DerivedMetrics, Modification, PhaseDetection, RaceCalendar, ReadinessDecision } from '../../contract/index.js';
import { get, truthy } from '../../lib/py/index.js';
import { buildModification } from './modification.js';
import { strAny, strFloat } from '../../lib/py/str.js';
import { computeSignals, countSignals, tsbSignal, type SignalCounts, type Signals } from './signals.js';
import * as T from './thresholds.js';
import type { ApiActivity, ApiWellness } from '../../snapshot/api-rows.js';

export interface DecisionInput {
  derivedMetrics: DerivedMetrics;
  /** the full alerts array (physiological + race alerts) */
  alerts: Alert[];
  latestWellness: ApiWellness;
  /** accepted like the reference's `activities` parameter, which it never reads */
  activities28d?: ApiActivity[];
  raceCalendar: RaceCalendar | null | undefined;
  currentTsb: number | null;
}

/** The phase's threshold modifiers: race week overrides the phase; Build loosens, Taper tightens. */
export function phaseModifiers(phase: unknown, raceWeekActive: unknown): T.PhaseModifiers {
  if (truthy(raceWeekActive)) return T.RACE_WEEK_MODIFIERS;
  return (typeof phase === 'string' && Object.hasOwn(T.PHASE_MODIFIERS, phase) ? T.PHASE_MODIFIERS[phase] : null) ?? T.DEFAULT_MODIFIERS;
}

/** Python `a and b` for the race_week_defers flag: a falsy `active` value passes through as is. */
const pyAnd = (a: boolean, b: boolean): boolean => (truthy(a) ? b : a);

/** readiness_decision: the first rung of the P0-P3 ladder that matches, with its signals and guidance. */
export function computeReadinessDecision(input: DecisionInput): ReadinessDecision {
  const dm = input.derivedMetrics;

  // --- Gather inputs
  const ri = get(dm, 'recovery_index');
  const riYesterday = get(dm, 'recovery_index_yesterday');
  // v3.127: readiness reads the START-OF-DAY ACWR, never the live value: a workout completed
  // today must not change today's readiness
  const acwrSod: Partial<DerivedMetrics['acwr_start_of_day']> = truthy(get(dm, 'acwr_start_of_day')) ? get(dm, 'acwr_start_of_day') : {};
  const acwr = get(acwrSod, 'value');
  const acwrAsOf = get(acwrSod, 'as_of_date');
  const tsb = input.currentTsb;

  const phaseDetection: Partial<PhaseDetection> = get(dm, 'phase_detection') ?? {};
  const currentPhase = get(phaseDetection, 'phase');
  const phaseWeek = get(phaseDetection, 'phase_duration_weeks');
  const raceWeekActive: boolean = get(get(input.raceCalendar, 'race_week') ?? {}, 'active', false);
  const mods = phaseModifiers(currentPhase, raceWeekActive);

  const { signals, hrvDeltaPct } = computeSignals({
    latestHrv: get(dm, 'latest_hrv'),
    hrvBaseline: get(dm, 'hrv_baseline_7d'),
    latestRhr: get(dm, 'latest_rhr'),
    rhrBaseline: get(dm, 'rhr_baseline_7d'),
    latestWellness: input.latestWellness,
    acwrSod: acwr,
    acwrAsOf,
    ri,
    riYesterday,
  });

  const decide = (
    recommendation: 'go' | 'modify' | 'skip',
    priority: 0 | 1 | 2 | 3,
    counts: SignalCounts,
    raceWeekDefers: boolean,
    modification: Modification | null,
    reason: string,
    alarmRefs: string[],
  ): ReadinessDecision => ({
    recommendation,
    priority,
    signals: { ...signals } as Signals,
    signal_summary: counts.summary,
    phase_context: {
      phase: currentPhase,
      phase_week: phaseWeek,
      amber_threshold: mods.amber_threshold,
      modifier_applied: mods.modifier_applied,
    },
    race_week_defers: raceWeekDefers,
    modification,
    reason,
    alarm_refs: alarmRefs,
  });

  // Counts over the five primary signals (P0 and P1 report these; TSB joins at P2)
  let counts = countSignals(signals);

  // ================================================================ P0 — safety stop → skip
  // rule: RI < 0.6 (single day, immediate) or any tier-1 alarm (hrv/rhr persisting > 2 days, RI alarm)
  const tier1Alarms = input.alerts.filter((a) => get(a, 'severity') === 'alarm' && get(a, 'tier') === 1);
  const riRed = ri !== null && ri < T.RI_ALARM;
  if (riRed || tier1Alarms.length > 0) {
    const alarmRefs = tier1Alarms.map((a) => a.metric);
    const reasons: string[] = [];
    if (riRed) reasons.push(`RI ${strFloat(ri)} < 0.6`);
    if (tier1Alarms.length > 0) reasons.push(`tier-1 alarms: ${alarmRefs.join(', ')}`);
    return decide('skip', 0, counts, false, null, `P0 safety stop. ${reasons.join('; ')}.`, alarmRefs);
  }

  // ================================================================ P1 — acute overload → skip
  const p1Skip: string[] = [];
  const p1AlarmRefs: string[] = [];

  // rule (v3.127): start-of-day ACWR ≥ 1.5 stops the session only when a Tier-1 primary signal
  // (hrv, rhr, sleep, ri) is amber or red; uncorroborated it is an ordinary P2 red. No alarm_ref:
  // the acwr alert carries the live value and is not what triggered this branch.
  const corroborating = T.ACWR_CORROBORATING_SIGNALS.filter((k) => {
    const s = signals[k]?.status;
    return s === 'amber' || s === 'red';
  });
  if (acwr !== null && acwr >= T.P1_ACWR_SKIP && corroborating.length > 0) {
    p1Skip.push(
      `start-of-day ACWR ${strFloat(acwr)} (as of ${strAny(acwrAsOf)}, today's load excluded) ` +
        `>= 1.5, corroborated by ${corroborating.join(', ')}`,
    );
  }

  // rule: compound deep TSB (< -30) with HRV confirming (< -10 %); no alert object → no alarm_ref
  if (tsb !== null && tsb < T.P1_SKIP_TSB && hrvDeltaPct !== null && hrvDeltaPct < T.P1_COMPOUND_HRV_PCT) {
    p1Skip.push(`TSB ${strFloat(tsb)} < -30 with HRV ${strFloat(hrvDeltaPct)}% below baseline`);
  }

  // rule: RI < 0.7 with tier-1 warnings/alarms persisting ≥ 2 days (the persistent alerts are the refs)
  const tier1Persistent = input.alerts.filter((a) => {
    const days = get(a, 'persistence_days');
    return (
      get(a, 'tier') === 1 &&
      (get(a, 'severity') === 'warning' || get(a, 'severity') === 'alarm') &&
      days !== null &&
      days >= T.P1_PERSISTENCE_MIN_DAYS
    );
  });
  if (ri !== null && ri < T.P1_PERSISTENT_RI && tier1Persistent.length > 0) {
    const metrics = tier1Persistent.map((a) => a.metric);
    p1Skip.push(`RI ${strFloat(ri)} < 0.7 with persistent alerts: ${metrics.join(', ')}`);
    p1AlarmRefs.push(...metrics);
  }

  if (p1Skip.length > 0) {
    return decide('skip', 1, counts, false, null, `P1 acute overload. ${p1Skip.join('; ')}.`, p1AlarmRefs);
  }

  // ================================================================ P1 — acute overload → modify
  // rule: TSB < -25 with HRV < -10 % (v3.127 removed the standalone ACWR ≥ 1.3 modify).
  // The guidance is built from the AMBER signals only, as the reference does: when the HRV that
  // triggered it is red, the triggers are empty and both adjustments "preserve".
  const p1Modify: string[] = [];
  if (tsb !== null && tsb < T.P1_MODIFY_TSB && hrvDeltaPct !== null && hrvDeltaPct < T.P1_COMPOUND_HRV_PCT) {
    p1Modify.push(`TSB ${strFloat(tsb)} < -25 with HRV ${strFloat(hrvDeltaPct)}% below baseline`);
  }
  if (p1Modify.length > 0) {
    return decide(
      'modify',
      1,
      counts,
      raceWeekActive,
      buildModification(counts.amber),
      `P1 acute overload (modify). ${p1Modify.join('; ')}.`,
      [],
    );
  }

  // ================================================================ P2 — accumulated fatigue
  // The TSB signal joins with the phase's amber threshold; every count is redone.
  signals.tsb = tsbSignal(tsb, mods.tsb_amber);
  counts = countSignals(signals);
  const { amber, red } = counts;
  const nAmber = counts.summary.amber;
  const nRed = counts.summary.red;

  // rule: two or more reds → skip (no modification); in a tightened phase (Taper, race week)
  // a single red also lands here, and returns the same modify as the next branch
  if (nRed >= 2 || (nRed >= 1 && mods.tighten_red)) {
    const skip = nRed >= 2;
    return decide(
      skip ? 'skip' : 'modify',
      2,
      counts,
      pyAnd(raceWeekActive, nRed < 2),
      skip ? null : buildModification([...red, ...amber]),
      `P2 signal count. ${nRed} red (${red.join(', ')}), ${nAmber} amber (${amber.join(', ')}).`,
      [],
    );
  }

  // rule: a single red (not tightened) → modify, triggers = reds then ambers
  if (nRed >= 1) {
    return decide(
      'modify',
      2,
      counts,
      raceWeekActive,
      buildModification([...red, ...amber]),
      `P2 signal count. 1 red (${red.join(', ')}), ${nAmber} amber (${amber.join(', ')}).`,
      [],
    );
  }

  // rule: ambers at or above the phase threshold (Build 3, default 2, Taper / race week 1) → modify
  if (nAmber >= mods.amber_threshold) {
    return decide(
      'modify',
      2,
      counts,
      raceWeekActive,
      buildModification(amber),
      `P2 signal count. ${nAmber} amber (${amber.join(', ')}) >= threshold ${mods.amber_threshold}.`,
      [],
    );
  }

  // ================================================================ P3 — green light → go
  const s = counts.summary;
  let reason = `P3 green light. ${s.green} green, ${s.amber} amber (threshold ${mods.amber_threshold}), ${s.red} red.`;
  if (s.unavailable > T.P3_LIMITED_DATA_UNAVAILABLE) {
    reason += ` Note: ${s.unavailable} signals unavailable — limited data.`;
  }
  return decide('go', 3, counts, false, null, reason, []);
}
