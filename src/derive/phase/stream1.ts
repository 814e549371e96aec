/**
 * Phase detection Stream 1 (retrospective): features of the last four weekly rows and the phase
 * they suggest on their own. Ports of _phase_stream1_features and _phase_from_stream1.
 */
import type { Phase } from '../../contract/index.js';
import { linearRegression, mean, or, round, truthy } from '../../lib/py/index.js';
import { degraded } from '../diagnostics.js';

/**
 * One training week as phase detection reads it: a live row (metrics/weekly-rows.ts) or a
 * history.json weekly_180d row (built this run, or read back from the previous file, which may
 * lack keys). Absent and null values read the same.
 */
export interface PhaseWeekRow {
  week_start?: string | null;
  total_tss?: number | null;
  primary_sport_tss?: number | null;
  hard_days?: number | null;
  activity_count?: number | null;
  ctl_end?: number | null;
  atl_end?: number | null;
  acwr?: number | null;
  monotony?: number | null;
  phase_detected?: Phase | null;
  /** hard days by the signal that classified them (history rows only) */
  intensity_basis_breakdown?: { power?: number | null; hr?: number | null } | null;
}

/** The non-null values of one field across the rows, in row order. */
function present(rows: PhaseWeekRow[], field: 'ctl_end' | 'acwr' | 'monotony'): number[] {
  const out: number[] = [];
  for (const r of rows) {
    const v = r[field];
    if (v !== null && v !== undefined) out.push(v);
  }
  return out;
}

export interface Stream1 {
  weeks_available: number;
  ctl_slope: number | null;
  ctl_values: number[];
  acwr_trend: 'rising' | 'falling' | 'stable' | null;
  hard_day_avg: number | null;
  hard_day_values: number[];
  monotony_trend: 'elevated' | 'normal' | null;
  tss_values: number[];
  primary_tss_values: number[];
  suggested_phase: Phase | null;
}

/** ACWR at or above which elevated monotony means Overreached (Gabbett danger zone) */
const OVERREACHED_ACWR = 1.5;
/** ACWR at or above which elevated monotony plus a rising ACWR trend means Overreached */
const OVERREACHED_ACWR_RISING = 1.3;
/** weekly monotony above which the trend is "elevated" (Foster) */
const MONOTONY_ELEVATED = 2.5;

/**
 * Backfill: weeklyRows[-1] is the week being classified and is included. Live: weeklyRows[-1] is
 * the in-progress week (partial CTL) and is left out when there is an earlier row.
 */
export function stream1Features(weeklyRows: PhaseWeekRow[], isBackfill = false): Stream1 {
  const result: Stream1 = {
    weeks_available: weeklyRows.length,
    ctl_slope: null,
    ctl_values: [],
    acwr_trend: null,
    hard_day_avg: null,
    hard_day_values: [],
    monotony_trend: null,
    tss_values: [],
    primary_tss_values: [],
    suggested_phase: null,
  };
  if (!weeklyRows.length) return result;

  const finalized = isBackfill ? weeklyRows : weeklyRows.length >= 2 ? weeklyRows.slice(0, -1) : weeklyRows;
  const recent = finalized.length >= 4 ? finalized.slice(-4) : finalized;

  // CTL slope: least-squares slope (CTL per week) over the finalized window
  const ctlValues = present(recent, 'ctl_end');
  result.ctl_values = ctlValues;
  if (ctlValues.length >= 2) {
    const x = ctlValues.map((_, i) => i);
    let slope: number;
    try {
      slope = linearRegression(x, ctlValues).slope;
    } catch (e) {
      degraded('derived_metrics.phase_detection.ctl_slope', e);
      slope = (ctlValues[ctlValues.length - 1] - ctlValues[0]) / (ctlValues.length - 1);
    }
    result.ctl_slope = round(slope, 2);
  }

  result.tss_values = recent.map((r) => or(r.total_tss, 0) ?? 0);
  result.primary_tss_values = recent.map((r) => or(r.primary_sport_tss, 0) ?? 0);

  const acwr = present(recent, 'acwr');
  if (acwr.length >= 2) {
    const diff = acwr[acwr.length - 1] - acwr[0];
    result.acwr_trend = diff > 0.1 ? 'rising' : diff < -0.1 ? 'falling' : 'stable';
  }

  const hard = recent.map((r) => or(r.hard_days, 0) ?? 0);
  result.hard_day_values = hard;
  if (hard.length) result.hard_day_avg = round(mean(hard), 1);

  const mono = present(recent, 'monotony');
  if (mono.length >= 2) {
    const last = mono[mono.length - 1];
    result.monotony_trend = truthy(last) && last > MONOTONY_ELEVATED ? 'elevated' : 'normal';
  }

  result.suggested_phase = phaseFromStream1(result, recent);
  return result;
}

/** _phase_from_stream1: Overreached (monotony-gated), Build, Base, or null. */
export function phaseFromStream1(f: Stream1, recentRows: PhaseWeekRow[]): Phase | null {
  const { ctl_slope: slope, hard_day_avg: hardAvg } = f;
  if (f.monotony_trend === 'elevated') {
    // the last row of the caller's window (last finalized week live, target week in backfill)
    const current = recentRows.length ? (recentRows[recentRows.length - 1].acwr ?? null) : null;
    if (current !== null && current >= OVERREACHED_ACWR) return 'Overreached';
    if (current !== null && current >= OVERREACHED_ACWR_RISING && f.acwr_trend === 'rising') return 'Overreached';
  }
  if (slope === null) return null;
  if (slope > 1.0 && hardAvg !== null && hardAvg >= 1.5) return 'Build';
  if (slope >= -1.0 && slope <= 1.0 && hardAvg !== null && hardAvg <= 1.5) return 'Base';
  // declining CTL is ambiguous (Deload, Taper or Recovery) without the calendar
  return null;
}
