/**
 * history.json: when it is rebuilt (older than the refresh age, unreadable, or forced), the
 * daily/weekly/monthly tiers, the FTP timeline, data gaps and the confidence of the history
 * (docs/PORTING.md maps these to the reference).
 */
import { NaiveDateTime } from '../../lib/naive-time.js';
import type { DeepPartial, HistoryFile, LatestFile } from '../../contract/index.js';
import { get, int, sorted, truthy } from '../../lib/py/index.js';
import type { DeriveContext } from '../context.js';
import type { PreviousState } from '../../snapshot/types.js';
import { actDate } from '../sports.js';
import { athleteUnits } from '../units.js';
import { buildLookups } from './common.js';
import { buildDailyTier } from './daily.js';
import { findDataGaps } from './gaps.js';
import { buildFtpTimeline } from './ftp-timeline.js';
import { buildMonthlyTier } from './monthly.js';
import { buildHistorySummaries, type MonthlyTiers } from './summaries.js';
import { backfillPhases, buildWeeklyTier } from './weekly.js';
import { degraded } from '../diagnostics.js';
import { DAILY_TIER_DAYS, HISTORY_MAX_AGE_DAYS, WEEKLY_TIER_DAYS } from '../windows.js';
import type { ApiActivity, ApiAthlete, ApiWellness } from '../../snapshot/api-rows.js';

export { HISTORY_LOOKBACK_DAYS, HISTORY_MAX_AGE_DAYS } from '../windows.js';

function parseGeneratedAt(s: unknown): NaiveDateTime | null {
  if (typeof s !== 'string' || !s) return null;
  try {
    return NaiveDateTime.parse(s.replace('Z', '+00:00'));
  } catch (e) {
    // the reference's except: the file is regenerated / its age is unknown
    degraded('history.json.generated_at', e);
    return null;
  }
}

/**
 * should_generate_history: missing/unreadable file, a different producer (script_hash), or the
 * Sunday/Monday 00:00–00:30 refresh of a file older than 28 days. `force` = the force-history input.
 */
export function shouldGenerateHistory(ctx: DeriveContext, prev: PreviousState, force: boolean): boolean {
  if (force) return true;
  if (!prev.history || prev.historyUnreadable) return true;
  if (get(prev.history, 'script_hash') !== ctx.scriptHash) return true;
  const now = ctx.now;
  if (now.weekday() !== 0 && now.weekday() !== 6) return false;
  if (now.hour > 0 || (now.hour === 0 && now.minute > 30)) return false;
  const gen = parseGeneratedAt(get(prev.history, 'generated_at', ''));
  if (!gen) return true;
  // generated_at is UTC wall time (see DeriveContext)
  return ctx.utcNow.daysSince(gen) > HISTORY_MAX_AGE_DAYS;
}

export interface HistoryInput {
  /** the 3-year activity list (newest first, as the API sends it) */
  activities: ApiActivity[];
  /** the 3-year wellness list */
  wellness: ApiWellness[];
  athlete: ApiAthlete;
  /** ftp_history.json as the previous run left it, as read (null when absent) */
  previousFtpHistory: unknown;
}

/**
 * generate_history(): header, data_range, ftp_timeline, data_gaps, summaries, daily_90d,
 * weekly_180d (with the phase backfill) and monthly_1y/2y/3y (empty without enough months).
 */
export function generateHistory(ctx: DeriveContext, input: HistoryInput): HistoryFile {
  const newest = ctx.today;
  const units = athleteUnits(input.athlete);
  const activityDates = sorted(input.activities.filter((a) => truthy(get(a, 'start_date_local'))).map(actDate));
  const earliest = activityDates.length ? activityDates[0] : newest;
  const latest = activityDates.length ? activityDates[activityDates.length - 1] : newest;
  let totalMonths = 0;
  try {
    totalMonths = Math.max(1, int(ctx.now.daysSince(NaiveDateTime.fromDate(earliest)) / 30.44));
  } catch (e) {
    degraded('history.json.data_range.total_months', e);
    totalMonths = 0;
  }

  const lookups = buildLookups(input.activities, input.wellness);
  const ftpTimeline = buildFtpTimeline(ctx, input.previousFtpHistory, input.athlete);
  const dataGaps = findDataGaps(activityDates, earliest, latest);
  const daily = buildDailyTier(ctx, lookups, DAILY_TIER_DAYS, units);
  const weekly = buildWeeklyTier(ctx, lookups, WEEKLY_TIER_DAYS, units);
  backfillPhases(ctx, weekly);

  // a tier needs at least half its span of data
  const monthlyTier = (years: number) =>
    totalMonths >= years * 12 * 0.5 ? buildMonthlyTier(ctx, lookups, years * 365, units, weekly) : [];
  const monthlyTiers: MonthlyTiers = { monthly_1y: monthlyTier(1), monthly_2y: monthlyTier(2), monthly_3y: monthlyTier(3) };

  return {
    generated_at: ctx.utcNow.isoformat(),
    source: 'Intervals.icu API',
    sync_version: ctx.producerVersion,
    script_hash: ctx.scriptHash,
    data_range: { earliest, latest, total_months: totalMonths },
    ftp_timeline: ftpTimeline,
    data_gaps: dataGaps,
    summaries: buildHistorySummaries(daily, weekly, monthlyTiers),
    daily_90d: daily,
    weekly_180d: weekly,
    ...monthlyTiers,
  };
}

/**
 * latest.json's `history` block, read from history.json (this run's, else the previous file,
 * which may lack keys: an absent value reads as the default, a null one stays null).
 */
export function historyConfidence(ctx: DeriveContext, history: DeepPartial<HistoryFile> | null): LatestFile['history'] {
  if (history) {
    const generatedAt = history.generated_at === undefined ? '' : history.generated_at;
    const gen = parseGeneratedAt(generatedAt);
    const ageDays = gen ? ctx.utcNow.daysSince(gen) : null; // generated_at is UTC wall time
    const dataRange = history.data_range ?? {};
    const totalMonths = dataRange.total_months === undefined ? 0 : dataRange.total_months;
    const confidence = totalMonths >= 12 ? 'high' : totalMonths >= 3 ? 'medium' : 'low';
    return {
      available: true,
      last_generated: generatedAt ? String(generatedAt).slice(0, 10) : null,
      age_days: ageDays,
      total_months: totalMonths,
      history_confidence: confidence,
    };
  }
  return {
    available: false,
    history_confidence: 'low',
    note: 'No history.json available. Longitudinal analysis limited to current 28-day window.',
  };
}
