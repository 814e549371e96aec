/**
 * The per-signal statuses (green / amber / red / unavailable) the readiness decision counts.
 * Port of the "Compute signal statuses" part of _compute_readiness_decision, plus the TSB signal
 * it adds at P2 with the phase-adjusted amber threshold. Key order (hrv, rhr, sleep, acwr, ri,
 * then tsb) is the order the reference lists amber/red signals in its reasons and triggers.
 */
import type { HrvSignal, ReadinessSignalName, ReadinessSignals } from '../../contract/index.js';
import { get, round, truthy } from '../../lib/py/index.js';
import * as T from './thresholds.js';
import type { ApiWellness } from '../../snapshot/api-rows.js';

export type Status = 'green' | 'amber' | 'red' | 'unavailable';
export type Signals = ReadinessSignals;

export interface SignalInputs {
  latestHrv: number | null;
  hrvBaseline: number | null;
  latestRhr: number | null;
  rhrBaseline: number | null;
  /** the latest wellness record (sleepSecs, sleepQuality, hrvSDNN) */
  latestWellness: ApiWellness;
  /** derived_metrics.acwr_start_of_day.value / .as_of_date (v3.127: never the live ACWR) */
  acwrSod: number | null;
  acwrAsOf: string | null;
  ri: number | null;
  riYesterday: number | null;
}

export interface SignalResult {
  signals: Signals;
  /** HRV delta vs baseline in percent (rounded to 0.1), null when HRV is unavailable */
  hrvDeltaPct: number | null;
}

/** The five start-of-day signals from the wellness record, baselines, ACWR and recovery index. */
export function computeSignals(x: SignalInputs): SignalResult {
  // HRV (rMSSD only): delta % vs the 7d baseline; ≤ -20 red, ≤ -10 amber
  let hrvDeltaPct: number | null = null;
  let hrv: HrvSignal;
  if (truthy(x.latestHrv) && truthy(x.hrvBaseline) && x.hrvBaseline! > 0) {
    const latest = x.latestHrv!;
    const base = x.hrvBaseline!;
    hrvDeltaPct = round(((latest - base) / base) * 100, 1);
    const status: Status = hrvDeltaPct <= T.HRV_RED_PCT ? 'red' : hrvDeltaPct <= T.HRV_AMBER_PCT ? 'amber' : 'green';
    hrv = { status, value: round(latest, 1), baseline_7d: round(base, 1), delta_pct: hrvDeltaPct };
  } else {
    hrv = { status: 'unavailable', value: x.latestHrv, baseline_7d: x.hrvBaseline, delta_pct: null };
    // v3.126: name the cause when the record carries SDNN but no usable rMSSD; SDNN is never
    // substituted for HRV (the key is omitted when it does not apply)
    if (x.latestHrv === null && get(x.latestWellness, 'hrvSDNN') !== null) {
      hrv.reason = 'rmssd_missing_sdnn_available';
    }
  }

  // RHR: delta bpm vs the 7d baseline; ≥ 5 red, ≥ 3 amber
  let rhr: Signals['rhr'];
  if (truthy(x.latestRhr) && truthy(x.rhrBaseline) && x.rhrBaseline! > 0) {
    const delta = round(x.latestRhr! - x.rhrBaseline!, 1);
    const status: Status = delta >= T.RHR_RED_BPM ? 'red' : delta >= T.RHR_AMBER_BPM ? 'amber' : 'green';
    rhr = { status, value: round(x.latestRhr!, 1), baseline_7d: round(x.rhrBaseline!, 1), delta_bpm: delta };
  } else {
    rhr = { status: 'unavailable', value: x.latestRhr, baseline_7d: x.rhrBaseline, delta_bpm: null };
  }

  // Sleep (v3.90: hours only, quality passed through): < 5 h red, < 7 h amber
  const sleepSecs = get(x.latestWellness, 'sleepSecs');
  const sleepHours = truthy(sleepSecs) ? round(sleepSecs / 3600, 2) : null;
  const sleepQuality = get(x.latestWellness, 'sleepQuality');
  let sleep: Signals['sleep'];
  if (sleepHours !== null) {
    const status: Status = sleepHours < T.SLEEP_RED_HOURS ? 'red' : sleepHours < T.SLEEP_AMBER_HOURS ? 'amber' : 'green';
    sleep = { status, hours: sleepHours, quality: sleepQuality };
  } else {
    sleep = { status: 'unavailable', hours: null, quality: sleepQuality };
  }

  // ACWR, start-of-day basis (v3.127), high side only: ≥ 1.5 red, ≥ 1.3 amber
  const acwrMeta = { scope: 'start_of_day', as_of_date: x.acwrAsOf, current_day_load_included: false } as const;
  let acwr: Signals['acwr'];
  if (x.acwrSod !== null) {
    const a = x.acwrSod;
    const status: Status = a >= T.ACWR_SIGNAL_RED ? 'red' : a >= T.ACWR_SIGNAL_AMBER ? 'amber' : 'green';
    acwr = { status, value: a, ...acwrMeta };
  } else {
    acwr = { status: 'unavailable', value: null, ...acwrMeta };
  }

  // Recovery index: < 0.6 red; < 0.7 amber only when yesterday was < 0.7 too (2-day persistence)
  let ri: Signals['ri'];
  if (x.ri !== null) {
    const status: Status =
      x.ri < T.RI_ALARM
        ? 'red'
        : x.ri < T.RI_PERSISTENT_WARNING && x.riYesterday !== null && x.riYesterday < T.RI_PERSISTENT_WARNING
          ? 'amber'
          : 'green';
    ri = { status, value: x.ri, value_yesterday: x.riYesterday };
  } else {
    ri = { status: 'unavailable', value: null, value_yesterday: x.riYesterday };
  }

  return { signals: { hrv, rhr, sleep, acwr, ri }, hrvDeltaPct };
}

/** The TSB signal added at P2: < -30 red, below the phase's tsb_amber amber. */
export function tsbSignal(tsb: number | null, tsbAmber: number): NonNullable<Signals['tsb']> {
  if (tsb === null) return { status: 'unavailable', value: null };
  const status: Status = tsb < T.TSB_RED ? 'red' : tsb < tsbAmber ? 'amber' : 'green';
  return { status, value: round(tsb, 1) };
}

export interface SignalCounts {
  summary: { green: number; amber: number; red: number; unavailable: number };
  amber: ReadinessSignalName[];
  red: ReadinessSignalName[];
}

/** signal_summary and the amber / red signal names, in signal order. */
export function countSignals(signals: Signals): SignalCounts {
  const names = Object.keys(signals) as ReadinessSignalName[];
  const named = (s: Status) => names.filter((k) => signals[k]?.status === s);
  const amber = named('amber');
  const red = named('red');
  return {
    summary: { green: named('green').length, amber: amber.length, red: red.length, unavailable: named('unavailable').length },
    amber,
    red,
  };
}
