/**
 * The graduated alerts array (info → warning → alarm). Port of _generate_alerts and its helpers
 * _detect_deload_context, _count_hrv_low_days, _count_rhr_high_days. An empty array is the green
 * light. Alerts are ordered by tier (1 = primary readiness, 2 = load, 3 = capability), then severity.
 */
import type { Alert, DerivedMetrics, Severity } from '../../contract/index.js';
import { get, round, sorted, sum, truthy } from '../../lib/py/index.js';
import { isValidHrv } from '../wellness.js';
import { strAny, strFloat, strInt, strRounded } from '../../lib/py/str.js';
import * as T from './thresholds.js';
import type { ApiWellness } from '../../snapshot/api-rows.js';

export interface AlertsInput {
  derivedMetrics: DerivedMetrics;
  /** the display-window wellness records (ascending by date), as fetched */
  wellness7d: ApiWellness[];
  tss7dTotal: number;
  tss28dTotal: number;
}

/**
 * _detect_deload_context: a deload is a trailing 7-day TSS at least 20 % below the 28-day weekly
 * average. Returns the context sentence, or null.
 */
export function detectDeloadContext(tss7dTotal: number, tss28dTotal: number): string | null {
  if (!truthy(tss28dTotal) || tss28dTotal === 0) return null;
  const weeklyAvg28d = tss28dTotal / T.DELOAD_WEEKS_IN_28D;
  if (weeklyAvg28d === 0) return null;
  const deficitPct = ((weeklyAvg28d - tss7dTotal) / weeklyAvg28d) * 100;
  if (deficitPct >= T.DELOAD_DEFICIT_PCT) {
    return (
      `deload pattern detected (7-day TSS ${round(tss7dTotal)} is ${round(deficitPct)}% ` +
      `below 28-day weekly avg ${round(weeklyAvg28d)})`
    );
  }
  return null;
}

/** _count_hrv_low_days: consecutive days, newest first, with a valid HRV below baseline × 0.8. */
export function countHrvLowDays(wellness7d: ApiWellness[], baseline: number): number {
  const threshold = baseline * T.HRV_LOW_DAY_FACTOR;
  let count = 0;
  for (let i = wellness7d.length - 1; i >= 0; i--) {
    const hrv = get(wellness7d[i], 'hrv');
    if (isValidHrv(hrv) && hrv < threshold) count++;
    else break;
  }
  return count;
}

/** _count_rhr_high_days: consecutive days, newest first, with RHR ≥ baseline + 5 bpm. */
export function countRhrHighDays(wellness7d: ApiWellness[], baseline: number): number {
  const threshold = baseline + T.RHR_ALERT_RISE_BPM;
  let count = 0;
  for (let i = wellness7d.length - 1; i >= 0; i--) {
    const rhr = get(wellness7d[i], 'restingHR');
    if (rhr !== null && rhr >= threshold) count++;
    else break;
  }
  return count;
}

/**
 * Whether a 7-day baseline (round(statistics.mean(values), 1)) is a Python int: the mean of ints
 * is an int when it is exact, and round(int, 1) stays an int. The values are the ones the
 * baseline was computed from (valid rMSSD, truthy resting HR).
 */
function baselineIsInt(values: number[]): boolean {
  return values.length > 0 && values.every((v) => Number.isInteger(v)) && sum(values) % values.length === 0;
}

const hrvBaselineValues = (wellness: ApiWellness[]): number[] =>
  wellness.map((w) => get(w, 'hrv')).filter((v): v is number => isValidHrv(v));
const rhrBaselineValues = (wellness: ApiWellness[]): number[] =>
  wellness.map((w) => get(w, 'restingHR')).filter((v) => truthy(v)) as number[];

/** _generate_alerts: every alert the reference raises from the derived metrics. */
export function generateAlerts(input: AlertsInput): Alert[] {
  const dm = input.derivedMetrics;
  const alerts: Alert[] = [];

  const acwr = get(dm, 'acwr');
  const monotony = get(dm, 'monotony');
  const effectiveMonotony = get(dm, 'effective_monotony');
  const primarySport = get(dm, 'primary_sport');
  const primarySportMonotony = get(dm, 'primary_sport_monotony');
  const isMultiSport = get(dm, 'multi_sport_detected', false);
  const strain = get(dm, 'strain');
  const ri = get(dm, 'recovery_index');
  const riYesterday = get(dm, 'recovery_index_yesterday');
  const latestHrv = get(dm, 'latest_hrv');
  const latestRhr = get(dm, 'latest_rhr');
  const hrvBaseline = get(dm, 'hrv_baseline_7d');
  const rhrBaseline = get(dm, 'rhr_baseline_7d');

  // --- ACWR (v3.127): the LIVE value, high side only, reporting context and never a readiness input
  if (acwr !== null) {
    if (acwr >= T.ACWR_ALERT_ALARM) {
      alerts.push({
        metric: 'acwr',
        value: acwr,
        severity: 'alarm',
        threshold: T.ACWR_ALERT_ALARM_LABEL,
        context: `Live ACWR ${strFloat(acwr)} crossed the 1.35 reporting threshold. Retrospective load context only — not a standalone injury-risk conclusion and not a readiness decision. It includes today's completed load, so it must not decide a later same-day session, and must not decide tomorrow before tomorrow morning's new start-of-day calculation. Today's readiness used readiness_decision.signals.acwr (start-of-day).`,
        persistence_days: null,
        tier: 2,
        scope: 'live_retrospective',
        readiness_eligible: false,
      });
    } else if (acwr >= T.ACWR_ALERT_WARNING) {
      alerts.push({
        metric: 'acwr',
        value: acwr,
        severity: 'warning',
        threshold: T.ACWR_ALERT_WARNING_LABEL,
        context: `Live ACWR ${strFloat(acwr)} crossed the 1.3 reporting threshold; 1.35 is the next band. Retrospective load context only — not a standalone injury-risk conclusion and not a readiness decision. It includes today's completed load, so it must not decide a later same-day session, and must not decide tomorrow before tomorrow morning's new start-of-day calculation.`,
        persistence_days: null,
        tier: 2,
        scope: 'live_retrospective',
        readiness_eligible: false,
      });
    }
  }

  // --- Monotony: effective (primary-sport when multi-sport) value; a deload downgrades to info
  if (effectiveMonotony !== null) {
    const deload = detectDeloadContext(input.tss7dTotal, input.tss28dTotal);
    let note = '';
    if (truthy(isMultiSport) && primarySportMonotony !== null && monotony !== null && primarySportMonotony < monotony) {
      note = ` (total monotony ${strFloat(monotony)} inflated by multi-sport training; ${strAny(primarySport)} monotony ${strFloat(primarySportMonotony)} used for alerting)`;
    }
    const m = strFloat(effectiveMonotony);
    const monotonyAlert = (severity: Severity, threshold: number, context: string): Alert => ({
      metric: 'monotony',
      value: effectiveMonotony,
      severity,
      threshold,
      context,
      persistence_days: null,
      tier: 2,
    });
    if (effectiveMonotony >= T.MONOTONY_ALARM) {
      alerts.push(
        deload
          ? monotonyAlert(
              'info',
              T.MONOTONY_ALARM,
              `Monotony ${m} ≥ 2.5 but ${deload}. Structural artifact, not overuse risk. Will normalize as 7-day window rolls forward.${note}`,
            )
          : monotonyAlert('alarm', T.MONOTONY_ALARM, `Monotony ${m} ≥ 2.5. Overuse risk elevated. Vary training load.${note}`),
      );
    } else if (effectiveMonotony >= T.MONOTONY_WARNING) {
      alerts.push(
        deload
          ? monotonyAlert('info', T.MONOTONY_WARNING, `Monotony ${m} approaching threshold but ${deload}. Expected, not actionable.${note}`)
          : monotonyAlert('warning', T.MONOTONY_WARNING, `Monotony ${m} approaching overuse threshold. Alarm at 2.5.${note}`),
      );
    }
  }

  // --- Strain
  if (strain !== null && strain > T.STRAIN_ALARM) {
    alerts.push({
      metric: 'strain',
      value: strain,
      severity: 'alarm',
      threshold: T.STRAIN_ALARM,
      context: `Strain ${strFloat(strain)} > 3500. High cumulative stress. Consider load reduction.`,
      persistence_days: null,
      tier: 2,
    });
  }

  // --- Recovery index: < 0.6 alarms at once; < 0.7 warns only when yesterday was < 0.7 too
  if (ri !== null) {
    if (ri < T.RI_ALARM) {
      alerts.push({
        metric: 'recovery_index',
        value: ri,
        severity: 'alarm',
        threshold: T.RI_ALARM,
        context: `RI ${strFloat(ri)} < 0.6. Immediate deload required.`,
        persistence_days: null,
        tier: 1,
      });
    } else if (ri < T.RI_PERSISTENT_WARNING && riYesterday !== null && riYesterday < T.RI_PERSISTENT_WARNING) {
      alerts.push({
        metric: 'recovery_index',
        value: ri,
        severity: 'warning',
        threshold: T.RI_PERSISTENT_WARNING,
        context: `RI ${strFloat(ri)} < 0.7 for 2+ consecutive days (yesterday ${strFloat(riYesterday)}). Monitor — if persists 3+ days, deload review required.`,
        persistence_days: T.RI_WARNING_PERSISTENCE_DAYS,
        tier: 1,
      });
    }
  }

  // --- HRV: ≥ 20 % below the 7d baseline; alarm once the low streak exceeds 2 days
  if (truthy(latestHrv) && truthy(hrvBaseline) && hrvBaseline > 0) {
    const changePct = ((latestHrv - hrvBaseline) / hrvBaseline) * 100;
    if (changePct <= T.HRV_ALERT_DROP_PCT) {
      const lowDays = countHrvLowDays(input.wellness7d, hrvBaseline);
      const hrvStr = strRounded(latestHrv, 1, Number.isInteger(latestHrv));
      const baseStr = strRounded(hrvBaseline, 1, baselineIsInt(hrvBaselineValues(input.wellness7d)));
      const pctStr = strFloat(round(Math.abs(changePct), 1));
      const alarm = lowDays > T.AUTONOMIC_ALARM_AFTER_DAYS;
      alerts.push({
        metric: 'hrv',
        value: round(latestHrv, 1),
        severity: alarm ? 'alarm' : 'warning',
        threshold: `↓>20% vs baseline (${baseStr})`,
        context: alarm
          ? `HRV ${hrvStr} is ${pctStr}% below baseline, persisting ${strInt(lowDays)} days.`
          : `HRV ${hrvStr} is ${pctStr}% below baseline. Monitor — alarm if persists >2 days.`,
        persistence_days: lowDays,
        tier: 1,
      });
    }
  }

  // --- RHR: ≥ 5 bpm above the 7d baseline; alarm once the high streak exceeds 2 days
  if (truthy(latestRhr) && truthy(rhrBaseline) && rhrBaseline > 0) {
    const change = latestRhr - rhrBaseline;
    if (change >= T.RHR_ALERT_RISE_BPM) {
      const highDays = countRhrHighDays(input.wellness7d, rhrBaseline);
      const rhrIsInt = Number.isInteger(latestRhr);
      const baseIsInt = baselineIsInt(rhrBaselineValues(input.wellness7d));
      const rhrStr = strRounded(latestRhr, 1, rhrIsInt);
      const baseStr = strRounded(rhrBaseline, 1, baseIsInt);
      const changeStr = strRounded(change, 1, rhrIsInt && baseIsInt);
      const alarm = highDays > T.AUTONOMIC_ALARM_AFTER_DAYS;
      alerts.push({
        metric: 'rhr',
        value: round(latestRhr, 1),
        severity: alarm ? 'alarm' : 'warning',
        threshold: `↑≥5bpm vs baseline (${baseStr})`,
        context: alarm
          ? `RHR ${rhrStr} is ${changeStr}bpm above baseline, persisting ${strInt(highDays)} days.`
          : `RHR ${rhrStr} is ${changeStr}bpm above baseline. Monitor — alarm if persists >2 days.`,
        persistence_days: highDays,
        tier: 1,
      });
    }
  }

  // --- Durability (v3.4.0; reliability gate v3.104)
  const capability = get(dm, 'capability') ?? {};
  const durability = get(capability, 'durability') ?? {};
  const mean7d = get(durability, 'mean_decoupling_7d');
  const mean28d = get(durability, 'mean_decoupling_28d');
  const trend = get(durability, 'trend');
  const highDrift7d = get(durability, 'high_drift_count_7d', 0);
  const n7 = get(durability, 'qualifying_sessions_7d', 0);
  const n28 = get(durability, 'qualifying_sessions_28d', 0);

  if (mean28d !== null && mean28d > T.DURABILITY_ALARM_MEAN_28D && n28 >= T.DURABILITY_MIN_SESSIONS_28D) {
    // alarm: sustained high decoupling, needs N28 ≥ 5
    alerts.push({
      metric: 'durability',
      value: mean28d,
      severity: 'alarm',
      threshold: '28d mean > 5% (N28>=5)',
      context: `Sustained high decoupling (${strFloat(mean28d)}% 28d mean). Aerobic efficiency concern — review volume and recovery.`,
      persistence_days: null,
      tier: 3,
    });
  } else if (
    trend === 'declining' &&
    mean7d !== null &&
    mean28d !== null &&
    mean7d - mean28d > T.DURABILITY_DECLINE_DELTA &&
    n7 >= T.DURABILITY_MIN_SESSIONS_7D &&
    n28 >= T.DURABILITY_MIN_SESSIONS_28D
  ) {
    // warning: declining by more than 2 points, needs N7 ≥ 3 and N28 ≥ 5
    alerts.push({
      metric: 'durability',
      value: mean7d,
      severity: 'warning',
      threshold: '7d > 28d by > 2% (N7>=3, N28>=5)',
      context: `Durability declining: 7d mean decoupling ${strFloat(mean7d)}% vs 28d ${strFloat(mean28d)}%. Check fatigue and recovery.`,
      persistence_days: null,
      tier: 3,
    });
  }
  // warning: repeated high drift, count-based (no reliability gate)
  if (highDrift7d !== null && highDrift7d >= T.DURABILITY_HIGH_DRIFT_COUNT) {
    alerts.push({
      metric: 'durability',
      value: highDrift7d,
      severity: 'warning',
      threshold: '>= 3 sessions with >5% decoupling in 7d',
      context: `Repeated poor durability: ${strInt(highDrift7d)} sessions with >5% decoupling in last 7 days.`,
      persistence_days: null,
      tier: 3,
    });
  }

  // --- TID drift (v3.4.0)
  const tid = get(capability, 'tid_comparison') ?? {};
  const drift = get(tid, 'drift');
  if (drift === 'acute_depolarization') {
    const pi7 = get(tid, 'pi_7d');
    const pi28 = get(tid, 'pi_28d');
    alerts.push({
      metric: 'tid_distribution',
      value: pi7,
      severity: 'warning',
      threshold: '7d PI < 2.0, 28d PI >= 2.0',
      context: `Acute depolarization: 7d PI ${strFloat(pi7)} vs 28d PI ${strFloat(pi28)}. Grey zone or threshold work displacing polarized structure.`,
      persistence_days: null,
      tier: 3,
    });
  } else if (drift === 'shifting') {
    const cls7 = get(tid, 'classification_7d');
    const cls28 = get(tid, 'classification_28d');
    alerts.push({
      metric: 'tid_distribution',
      value: cls7,
      severity: 'warning',
      threshold: '7d/28d classification mismatch',
      context: `TID shift: 7d ${strAny(cls7)} vs 28d ${strAny(cls28)}. Training distribution changing.`,
      persistence_days: null,
      tier: 3,
    });
  }

  return sorted(alerts, (a) => [a.tier, T.SEVERITY_ORDER[a.severity] ?? T.SEVERITY_ORDER_UNKNOWN]);
}
