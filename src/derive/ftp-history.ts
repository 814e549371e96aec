/**
 * ftp_history.json: indoor and outdoor FTP by date, appended when the FTP set in Intervals.icu
 * changes, and the Benchmark Index (FTP now vs ~8 weeks ago).
 */
import type { Benchmark, FtpHistoryFile, SeasonalContext } from '../contract/index.js';
import { NaiveDateTime } from '../lib/naive-time.js';
import { fmtPercent, round, sorted, truthy } from '../lib/py/index.js';
import type { DeriveContext } from './context.js';
import { degraded } from './diagnostics.js';

/** ftp_history.json as carried through a run (keys the file holds besides these are kept). */
export type FtpHistory = Partial<FtpHistoryFile>;
/** The file's legacy form: one flat date → FTP map, read as the outdoor series. */
export type LegacyFtpSeries = Record<string, number>;

/** The previous file as the reference reads it (legacy flat {date: ftp} → outdoor). */
export function normaliseFtpHistory(data: FtpHistory | LegacyFtpSeries | null): FtpHistory {
  if (data === null) return { indoor: {}, outdoor: {} };
  if (truthy(data) && !('indoor' in data || 'outdoor' in data)) return { indoor: {}, outdoor: { ...(data as LegacyFtpSeries) } };
  return structuredClone(data as FtpHistory);
}

function recordIfChanged(series: Record<string, number>, today: string, ftp: number): void {
  const dates = sorted(Object.keys(series), (k) => k, true);
  if (!dates.length || series[dates[0]] !== ftp) series[today] = ftp;
}

/** Today's FTPs are added to a series when they differ from its most recent entry. */
export function updateFtpHistory(
  ctx: DeriveContext,
  history: FtpHistory,
  currentIndoor: number | null,
  currentOutdoor: number | null,
): FtpHistory {
  const h: FtpHistory = structuredClone(history);
  if (!('indoor' in h)) h.indoor = {};
  if (!('outdoor' in h)) h.outdoor = {};
  if (truthy(currentIndoor)) recordIfChanged(h.indoor!, ctx.today, currentIndoor!);
  if (truthy(currentOutdoor)) recordIfChanged(h.outdoor!, ctx.today, currentOutdoor!);
  return h;
}

/** Benchmark Index = FTP_now / FTP_8_weeks_ago - 1, with the entry closest to 56 days ago (±7). */
export function benchmarkIndex(
  ctx: DeriveContext,
  currentFtp: number | null,
  series: Record<string, number> | undefined,
): [number | null, number | null] {
  if (!truthy(currentFtp) || !truthy(series)) return [null, null];
  const target = ctx.now.addDays(-56);
  const earliest = target.addDays(-7);
  const latest = target.addDays(7);
  let bestDate: string | null = null;
  let bestDiff = Infinity;
  for (const [dateStr] of Object.entries(series!)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dateStr)) continue;
    const entry = NaiveDateTime.parse(dateStr); // the pattern above guarantees it parses
    if (earliest.compare(entry) <= 0 && entry.compare(latest) <= 0) {
      const diff = Math.abs(entry.daysSince(target));
      if (diff < bestDiff) {
        bestDiff = diff;
        bestDate = dateStr;
      }
    }
  }
  if (bestDate === null) return [null, null];
  const old = series![bestDate];
  return [round(currentFtp! / old - 1, 3), old];
}

/** Days between the first and last entry of each series (0 with fewer than two entries). */
export function ftpHistorySpan(history: FtpHistory): { indoor: number; outdoor: number } {
  const out = { indoor: 0, outdoor: 0 };
  for (const kind of ['indoor', 'outdoor'] as const) {
    const series = history[kind];
    if (!truthy(series)) continue;
    const dates = sorted(Object.keys(series!));
    if (dates.length < 2) continue;
    try {
      out[kind] = NaiveDateTime.parse(dates[dates.length - 1]).daysSince(NaiveDateTime.parse(dates[0]));
    } catch (e) {
      // a key that is not a date: the reference's except leaves the span at 0
      degraded(`ftp_history.json.${kind}`, e);
    }
  }
  return out;
}

const SEASONAL_BENCHMARK_EXPECTATIONS: Record<string, [number, number]> = {
  'Off-season / Transition': [-0.05, -0.02],
  'Early Base': [-0.02, 0.01],
  'Late Base / Build': [0.02, 0.05],
  'Build / Early Race Season': [0.01, 0.04],
  'Peak Race Season': [0.01, 0.03],
  'Late Season / Transition': [-0.03, 0.0],
};

/** Whether a Benchmark Index falls in the range expected for the season; null when unknown. */
export function isBenchmarkExpected(index: number | null, seasonalContext: string): boolean | null {
  if (index === null) return null;
  const range = SEASONAL_BENCHMARK_EXPECTATIONS[seasonalContext];
  if (!range) return null;
  return range[0] <= index && index <= range[1];
}

/** derived_metrics.benchmark_indoor / benchmark_outdoor */
export function benchmarkBlock(
  currentFtp: number | null,
  ftp8WeeksAgo: number | null,
  index: number | null,
  seasonalContext: SeasonalContext,
): Benchmark {
  return {
    current_ftp: currentFtp,
    ftp_8_weeks_ago: ftp8WeeksAgo,
    benchmark_index: index,
    benchmark_percentage: index !== null ? fmtPercent(index, 1, true) : null,
    seasonal_expected: isBenchmarkExpected(index, seasonalContext),
  };
}
