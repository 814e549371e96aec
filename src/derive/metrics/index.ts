/**
 * derived_metrics: the Section 11 metric block. Each metric lives
 * in its own module of this folder; this file assembles the block in the reference's key order.
 */
import type { DeepPartial, DerivedMetrics, DfaA1Profile, FtpHistoryFile, HistoryFile, RaceCalendar } from '../../contract/index.js';
import { get, round, sum } from '../../lib/py/index.js';
import type { DeriveContext } from '../context.js';
import type { PowerModel } from '../fitness.js';
import { benchmarkBlock, ftpHistorySpan } from '../ftp-history.js';
import { detectPhaseV2, determineSeasonalContext, loadWeeklyRowsForPhase, type PlannedSession } from '../phase/index.js';
import { calculateDfaA1Profile } from '../intervals/index.js';
import { TRAINING_EVENT_CATEGORIES } from '../sports.js';
import type { SustainabilityCurves } from '../../snapshot/types.js';
import { acwrFromTotals, acwrStartOfDay, acwrStartOfDayBlock, interpretAcwr } from './acwr.js';
import { calculateConsistencyIndex } from './consistency.js';
import { calculatePowerCurveDelta, calculateHrCurveDelta } from './curves.js';
import { calculateDurability } from './durability.js';
import { calculateEfficiencyFactor } from './efficiency.js';
import { calculateHrrcTrend } from './hrrc.js';
import { getDailyTss, getDailyTssBySport, primarySportOf } from './load.js';
import { effectiveMonotony, interpretMonotony, primarySportMonotony, strainOf, totalMonotony } from './monotony.js';
import { computeBaselines, computeRecoveryIndex, loadRecoveryRatio, stressTolerance } from './recovery.js';
import { calculateSustainabilityProfile, type SustainabilityInput } from './sustainability.js';
import { buildSeilerTid, tidComparison } from './tid.js';
import { buildLiveWeeklyRows } from './weekly-rows.js';
import { aggregateZones } from './zones.js';
import type { ApiActivity, ApiEvent, ApiRow, ApiWellness } from '../../snapshot/api-rows.js';

export interface DerivedMetricsInput {
  activities7d: ApiActivity[];
  activities28d: ApiActivity[];
  wellness7d: ApiWellness[];
  wellness28d: ApiWellness[];
  currentCtl: number | null;
  currentAtl: number | null;
  currentTsb: number | null;
  /** calendar entries dated today-(days-1) .. today (all categories) */
  pastEvents: ApiEvent[];
  activitiesForConsistency: ApiActivity[];
  powerModel: PowerModel;
  /** [benchmark_index, ftp_8_weeks_ago, current_ftp] */
  benchmarkIndoor: [number | null, number | null, number | null];
  benchmarkOutdoor: [number | null, number | null, number | null];
  vo2max: number | null;
  /** latest.json planned_workouts of the plan horizon */
  formattedPlannedWorkouts: PlannedSession[];
  raceCalendar: RaceCalendar | undefined;
  /** the power-curves response (two 28-day windows); null when the read failed */
  powerCurveData: ApiRow | null;
  powerCurveDates: [string, string, string, string];
  hrCurveData: ApiRow | null;
  sustainabilityCurves: SustainabilityCurves;
  sustainabilityWindow: [string, string];
  /** latest.json thresholds.sports (FTP and LTHR per sport family) */
  sportSettings: SustainabilityInput['sportSettings'];
  icuWeight: unknown;
  /** ftp_history.json after this run's update */
  ftpHistory: Partial<FtpHistoryFile>;
  /** this run's history.json, else the previous one (weekly rows for phase detection) */
  history: DeepPartial<HistoryFile> | null;
  /** this run's intervals.json content (DFA a1 profile), as the DFA profile reads it */
  intervalsData: Parameters<typeof calculateDfaA1Profile>[1];
}

/** The race calendar _calculate_derived_metrics assumes when none is given. */
const DEFAULT_RACE_CALENDAR: RaceCalendar = {
  next_race: null,
  all_races: [],
  taper_alert: { active: false },
  race_week: { active: false },
};

const HARD_DAYS_NOTE =
  'Power ladder: z3+ >= 30min, z4+ >= 10min, z5+ >= 5min, z6+ >= 2min, z7 >= 1min. HR fallback (when no power): ' +
  'z4+ >= 10min, z5+ >= 5min. Per Seiler 3-zone model + Foster. HR-based days flagged with intensity_basis: hr';

/** derived_metrics: every Section 11 metric of the 7- and 28-day windows, in the reference's key order. */
export function calculateDerivedMetrics(ctx: DeriveContext, input: DerivedMetricsInput): DerivedMetrics {
  const now = ctx.now;
  const zp = ctx.zonePreference;
  const raceCalendar = input.raceCalendar ?? DEFAULT_RACE_CALENDAR;

  // daily load, ACWR (live and start of day)
  const daily7 = getDailyTss(now, input.activities7d, 7);
  const daily28 = getDailyTss(now, input.activities28d, 28);
  const tss7dTotal = sum(daily7);
  const tss28dTotal = sum(daily28);
  const acwr = acwrFromTotals(tss7dTotal, tss28dTotal);
  const acwrSod = acwrStartOfDay(now, input.activities7d, input.activities28d);

  // monotony: total, primary sport, effective; strain
  const monotony = totalMonotony(daily7);
  const bySport = getDailyTssBySport(now, input.activities7d, 7);
  const { primarySport, primaryDays, primarySportTss7d } = primarySportOf(bySport);
  const psMonotony = primarySportMonotony(primaryDays);
  const isMultiSport = bySport.size > 1;
  const effMonotony = effectiveMonotony(monotony, psMonotony, isMultiSport);
  const strain = strainOf(tss7dTotal, monotony);

  // baselines and recovery index
  const baselines = computeBaselines(input.wellness7d, input.wellness28d);
  const { ri, riYesterday, latestHrv, latestRhr } = computeRecoveryIndex(input.wellness7d, baselines);

  // zone distribution (7 days)
  const zones = aggregateZones(input.activities7d, zp);
  const totalZone = zones.total_time;
  const pctOf = (t: number): number | null => (totalZone > 0 ? round((t / totalZone) * 100, 1) : null);

  // Seiler TID: all sports and the primary sport, 7 and 28 days
  const tid7 = buildSeilerTid(input.activities7d, zp);
  const tid7Primary = primarySport ? { ...buildSeilerTid(input.activities7d, zp, primarySport), sport: primarySport } : null;
  const tid28 = buildSeilerTid(input.activities28d, zp);
  const tid28Primary = primarySport ? { ...buildSeilerTid(input.activities28d, zp, primarySport), sport: primarySport } : null;

  const capability = {
    durability: calculateDurability(input.activities7d, input.activities28d),
    efficiency_factor: calculateEfficiencyFactor(input.activities7d, input.activities28d),
    hrrc: calculateHrrcTrend(input.activities7d, input.activities28d),
    tid_comparison: tidComparison(tid7, tid28),
    power_curve_delta: calculatePowerCurveDelta(input.powerCurveData, input.powerCurveDates),
    hr_curve_delta: calculateHrCurveDelta(input.hrCurveData, input.powerCurveDates),
    sustainability_profile: calculateSustainabilityProfile(now, {
      curves: input.sustainabilityCurves ?? {},
      window: input.sustainabilityWindow,
      powerModel: input.powerModel,
      sportSettings: input.sportSettings ?? {},
      wellness7d: input.wellness7d,
      wellnessExtended: input.wellness28d,
      icuWeight: input.icuWeight,
      ftpHistory: input.ftpHistory,
    }),
    // the DFA block is assembled by intervals/ (its own model, DfaA1Profile)
    dfa_a1_profile: (calculateDfaA1Profile(ctx, input.intervalsData) as DfaA1Profile | null) ?? null,
  };

  const [consistencyIndex, consistencyDetails] = calculateConsistencyIndex(input.activitiesForConsistency, input.pastEvents);

  // phase detection v2 over the live weekly rows
  const weeklyRows = buildLiveWeeklyRows(now, ctx.weekStartDay, {
    activities28d: input.activities28d,
    primarySport,
    zonePreference: zp,
    currentCtl: input.currentCtl,
    currentAtl: input.currentAtl,
    acwr,
    monotony,
    historyRows: loadWeeklyRowsForPhase(input.history),
  });
  const hardDaysThisWeek = weeklyRows[weeklyRows.length - 1].hard_days;
  const previousPhase = weeklyRows.length >= 2 ? (weeklyRows[weeklyRows.length - 2].phase_detected ?? null) : null;
  const phaseResult = detectPhaseV2(ctx, {
    weeklyRows,
    plannedWorkouts: input.formattedPlannedWorkouts ?? [],
    raceCalendar,
    previousPhase,
    today: ctx.today,
    primarySport,
  });

  const seasonalContext = determineSeasonalContext(ctx);
  const [biIn, oldIn, ftpIn] = input.benchmarkIndoor;
  const [biOut, oldOut, ftpOut] = input.benchmarkOutdoor;
  return {
    recovery_index: ri,
    recovery_index_yesterday: riYesterday,
    hrv_baseline_7d: baselines.hrvBaseline7d,
    rhr_baseline_7d: baselines.rhrBaseline7d,
    hrv_baseline_28d: baselines.hrvBaseline28d,
    rhr_baseline_28d: baselines.rhrBaseline28d,
    latest_hrv: latestHrv,
    latest_rhr: latestRhr,

    acwr,
    acwr_interpretation: interpretAcwr(acwr),
    acwr_scope: 'live_retrospective',
    acwr_readiness_eligible: false,
    acwr_start_of_day: acwrStartOfDayBlock(ctx.today, acwrSod),
    monotony,
    monotony_interpretation: interpretMonotony(monotony, effMonotony, isMultiSport),
    primary_sport: primarySport,
    primary_sport_monotony: psMonotony,
    primary_sport_tss_7d: primarySportTss7d,
    effective_monotony: effMonotony,
    multi_sport_detected: isMultiSport,
    strain,
    stress_tolerance: stressTolerance(strain, monotony),
    load_recovery_ratio: loadRecoveryRatio(tss7dTotal, ri),
    tss_7d_total: round(tss7dTotal, 0),
    tss_28d_total: round(tss28dTotal, 0),

    zone_distribution_7d: {
      z1_hours: round(zones.z1_time / 3600, 2),
      z2_hours: round(zones.z2_time / 3600, 2),
      z3_hours: round(zones.z3_time / 3600, 2),
      z4_plus_hours: round(zones.z4_plus_time / 3600, 2),
      total_hours: round(totalZone / 3600, 2),
      zone_basis: zones.zone_basis,
    },
    grey_zone_percentage: pctOf(zones.z3_time),
    grey_zone_note: 'Gray Zone % (Z3/tempo) - minimize in polarized training',
    quality_intensity_percentage: pctOf(zones.z4_plus_time),
    quality_intensity_note: 'Quality Intensity % (Z4+/threshold+) - target ~20% in polarized training',
    easy_time_ratio: totalZone > 0 ? round((zones.z1_time + zones.z2_time) / totalZone, 2) : null,
    easy_time_ratio_note: 'Easy time (Z1+Z2) / Total - target ~80% in polarized training',
    hard_days_this_week: hardDaysThisWeek,
    hard_days_note: HARD_DAYS_NOTE,

    seiler_tid_7d: tid7,
    seiler_tid_7d_primary: tid7Primary,
    seiler_tid_28d: tid28,
    seiler_tid_28d_primary: tid28Primary,

    capability,

    consistency_index: consistencyIndex,
    consistency_details: consistencyDetails,

    phase_detection: phaseResult,
    phase_detected: phaseResult.phase,
    phase_triggers: phaseResult.reason_codes,
    seasonal_context: seasonalContext,

    benchmark_indoor: benchmarkBlock(ftpIn, oldIn, biIn, seasonalContext),
    benchmark_outdoor: benchmarkBlock(ftpOut, oldOut, biOut, seasonalContext),
    eftp: input.powerModel.eftp,
    w_prime: input.powerModel.w_prime,
    w_prime_kj: input.powerModel.w_prime_kj,
    p_max: input.powerModel.p_max,
    power_model_source: input.powerModel.source,
    vo2max: input.vo2max ?? null,
    calculation_timestamp: ctx.utcNow.isoformat(),
    data_quality: {
      hrv_data_points: baselines.hrvValues7d.length,
      rhr_data_points: baselines.rhrValues7d.length,
      activities_7d: input.activities7d.length,
      activities_28d: input.activities28d.length,
      planned_workouts_7d: input.pastEvents.filter((e) => TRAINING_EVENT_CATEGORIES.has(get(e, 'category', ''))).length,
      ftp_history_days: ftpHistorySpan(input.ftpHistory),
    },
  };
}
