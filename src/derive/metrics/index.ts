/**
 * derived_metrics (issue "Derived metrics"): port of _calculate_derived_metrics. Each metric lives
 * in its own module of this folder; this file assembles the block in the reference's key order.
 */
import type { Dict } from '../../lib/py.js';
import type { DeriveContext } from '../context.js';
import type { PowerModel } from '../fitness.js';
import { benchmarkBlock } from '../ftp-history.js';
import { determineSeasonalContext } from '../phase/index.js';
import { calculateDfaA1Profile } from '../intervals/index.js';
import type { SustainabilityCurves } from '../../snapshot/types.js';

export interface DerivedMetricsInput {
  activities7d: Dict[];
  activities28d: Dict[];
  wellness7d: Dict[];
  wellness28d: Dict[];
  currentCtl: number | null;
  currentAtl: number | null;
  currentTsb: number | null;
  /** calendar entries dated today-(days-1) .. today (all categories) */
  pastEvents: Dict[];
  activitiesForConsistency: Dict[];
  powerModel: PowerModel;
  /** [benchmark_index, ftp_8_weeks_ago, current_ftp] */
  benchmarkIndoor: [number | null, number | null, number | null];
  benchmarkOutdoor: [number | null, number | null, number | null];
  vo2max: unknown;
  formattedPlannedWorkouts: Dict[];
  raceCalendar: Dict | undefined;
  powerCurveData: Dict | null;
  powerCurveDates: [string, string, string, string];
  hrCurveData: Dict | null;
  sustainabilityCurves: SustainabilityCurves;
  sustainabilityWindow: [string, string];
  sportSettings: Dict;
  icuWeight: unknown;
  /** ftp_history.json after this run's update */
  ftpHistory: Dict;
  /** previous/generated history.json (weekly rows for phase detection) */
  history: Dict | null;
  /** this run's intervals.json content (DFA a1 profile) */
  intervalsData: Dict | null;
}

export function calculateDerivedMetrics(ctx: DeriveContext, input: DerivedMetricsInput): Dict {
  const seasonalContext = determineSeasonalContext(ctx);
  const [biIn, oldIn, ftpIn] = input.benchmarkIndoor;
  const [biOut, oldOut, ftpOut] = input.benchmarkOutdoor;
  return {
    benchmark_indoor: benchmarkBlock(ftpIn, oldIn, biIn, seasonalContext),
    benchmark_outdoor: benchmarkBlock(ftpOut, oldOut, biOut, seasonalContext),
    eftp: input.powerModel.eftp,
    w_prime: input.powerModel.w_prime,
    w_prime_kj: input.powerModel.w_prime_kj,
    p_max: input.powerModel.p_max,
    power_model_source: input.powerModel.source,
    vo2max: input.vo2max ?? null,
    calculation_timestamp: ctx.now.isoformat(),
    // h7 (intervals/DFA): placeholder until the capability block is ported
    capability: { dfa_a1_profile: calculateDfaA1Profile(ctx, input.intervalsData) },
  };
}
