/**
 * history.json: the long view (the reference's `generate_history`): 90 daily rows, ~26 weekly
 * rows with back-filled phases, monthly tiers for 1/2/3 years, summaries, the FTP timeline and
 * gaps in the activity record. Regenerated when older than 28 days; otherwise carried as state.
 */
import * as v from 'valibot';
import { Phase, SportFamily, ZoneBasis } from './common.js';
import { int, isoDate, isoDateTime, maybe, num, numOrNull, obj, oneOf, orNull, str, strOrNull, boolOrNull } from './shape.js';
import { WeightDisplay } from './units.js';
import { wellnessStateEntries } from './wellness.js';

export const FtpTimelineEntry = obj({
  date: isoDate,
  ftp: num,
  type: oneOf(['indoor', 'outdoor']),
  /** "FTP" from ftp_history.json; "user_set" when only the current sportSettings were known. */
  source: oneOf(['FTP', 'user_set']),
});

export const DataGap = obj({
  /** "YYYY-MM-DD to YYYY-MM-DD" (inclusive). */
  period: str,
  days_missing: int,
});

/** Share of zone time in the easy (Z1+Z2), grey (Z3) and hard (Z4+) bands, null without zone time. */
const zoneShareEntries = {
  z1_z2_pct: numOrNull,
  z3_pct: numOrNull,
  z4_plus_pct: numOrNull,
};

export const DailyRow = obj({
  date: isoDate,
  total_hours: num,
  total_tss: num,
  activity_count: int,
  /** Comma-separated activity types of the day, "Rest" when none. */
  activity_types: str,
  ctl: numOrNull,
  atl: numOrNull,
  tsb: numOrNull,
  hrv: numOrNull,
  rhr: numOrNull,
  sleep_hours: numOrNull,
  sleep_formatted: strOrNull,
  sleep_quality: numOrNull,
  sleep_score: numOrNull,
  weight_kg: numOrNull,
  display: obj({ weight: orNull(WeightDisplay) }),
  is_hard_day: boolOrNull,
  intensity_basis: orNull(ZoneBasis),
  ...wellnessStateEntries,
});

/** TSS per sport family, only the families trained that week. */
export const SportTss = obj({
  cycling: maybe(num),
  run: maybe(num),
  swim: maybe(num),
  rowing: maybe(num),
  ski: maybe(num),
  walk: maybe(num),
  strength: maybe(num),
  other: maybe(num),
});

export const WeeklyRow = obj({
  week_start: isoDate,
  total_hours: num,
  total_tss: num,
  primary_sport: orNull(SportFamily),
  primary_sport_tss: numOrNull,
  /** TSS per sport family present that week (keys are sport families). */
  sport_tss_breakdown: orNull(SportTss),
  activity_count: int,
  ctl_end: numOrNull,
  atl_end: numOrNull,
  tsb_end: numOrNull,
  ramp_rate: numOrNull,
  avg_hrv: numOrNull,
  avg_rhr: numOrNull,
  avg_sleep_hours: numOrNull,
  ...zoneShareEntries,
  hard_days: int,
  longest_ride_hours: num,
  avg_feel: numOrNull,
  feel_count: int,
  avg_rpe: numOrNull,
  rpe_count: int,
  weight_kg: numOrNull,
  display: obj({ weight: orNull(WeightDisplay) }),
  monotony: numOrNull,
  /** Hard days by the signal that classified them; null without hard days. */
  intensity_basis_breakdown: orNull(obj({ power: int, hr: int })),
  acwr: numOrNull,
  /** Back-filled phase; null for the first rows and the week in progress. */
  phase_detected: orNull(Phase),
  durability_mean: numOrNull,
  durability_qualifying: int,
  ef_mean: numOrNull,
  ef_qualifying: int,
  hrrc_mean: numOrNull,
  hrrc_qualifying: int,
});

export const MonthlyRow = obj({
  /** YYYY-MM */
  month: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/)),
  total_hours: num,
  total_tss: num,
  activity_count: int,
  ctl_peak: numOrNull,
  ctl_low: numOrNull,
  ctl_end: numOrNull,
  avg_hrv: numOrNull,
  avg_rhr: numOrNull,
  ...zoneShareEntries,
  hard_days_avg_per_week: num,
  longest_ride_hours: num,
  avg_weight_kg: numOrNull,
  display: obj({ avg_weight: orNull(WeightDisplay) }),
  dominant_phase: orNull(Phase),
  days_with_data: int,
});

const YearSummary = obj({ avg_monthly_tss: numOrNull, ctl_peak: numOrNull, ctl_low: numOrNull, months_tracked: int });

/** Tier summaries; each is present only when its tier has rows. */
export const HistorySummaries = obj({
  '90d': maybe(
    obj({
      avg_weekly_tss: numOrNull,
      avg_weekly_hours: numOrNull,
      ctl_start: numOrNull,
      ctl_end: numOrNull,
      total_activities: int,
      rest_days: int,
      hard_days: int,
    }),
  ),
  '180d': maybe(
    obj({
      avg_weekly_tss: numOrNull,
      avg_weekly_hours: numOrNull,
      ctl_start: numOrNull,
      ctl_end: numOrNull,
      weeks_tracked: int,
    }),
  ),
  '1y': maybe(YearSummary),
  '2y': maybe(YearSummary),
  '3y': maybe(YearSummary),
});

export const HistoryFile = obj({
  generated_at: isoDateTime,
  source: v.literal('Intervals.icu API'),
  sync_version: str,
  script_hash: str,
  data_range: obj({ earliest: isoDate, latest: isoDate, total_months: int }),
  ftp_timeline: v.array(FtpTimelineEntry),
  data_gaps: v.array(DataGap),
  summaries: HistorySummaries,
  daily_90d: v.array(DailyRow),
  weekly_180d: v.array(WeeklyRow),
  /** Monthly tiers are empty when the record is shorter than half the tier. */
  monthly_1y: v.array(MonthlyRow),
  monthly_2y: v.array(MonthlyRow),
  monthly_3y: v.array(MonthlyRow),
});

export type FtpTimelineEntry = v.InferOutput<typeof FtpTimelineEntry>;
export type DataGap = v.InferOutput<typeof DataGap>;
export type HistorySummaries = v.InferOutput<typeof HistorySummaries>;
export type DailyRow = v.InferOutput<typeof DailyRow>;
export type WeeklyRow = v.InferOutput<typeof WeeklyRow>;
export type MonthlyRow = v.InferOutput<typeof MonthlyRow>;
export type HistoryFile = v.InferOutput<typeof HistoryFile>;
