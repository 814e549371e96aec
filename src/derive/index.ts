/**
 * derive: every output of one run as pure functions of (snapshot, context). No I/O, no clock.
 * The order follows the reference's data flow (collect_training_data): history first (latest.json
 * reads it back), then fitness and FTP history, routes, race calendar, planned workouts,
 * intervals, derived metrics, alerts, readiness, and the display blocks.
 */
import type {
  ActivitySummary,
  Alert,
  AthleteProfile,
  CurrentMetrics,
  DerivedMetrics,
  HealthContext,
  HistoryFile,
  HistoryInfo,
  IntervalsFile,
  PlannedWorkout,
  RaceCalendar,
  ReadinessDecision,
  RecentActivity,
  RoutesFile,
  SportThresholds,
  WeeklySummary,
  WeightSignal,
  WellnessRecord,
  WorkoutSummaryStats,
} from '../contract/index.js';
import { get, or } from '../lib/py/index.js';
import type { Snapshot, SnapshotBody } from '../snapshot/types.js';
import type { DeriveContext } from './context.js';
import { athleteProfile, buildSportThresholds } from './athlete.js';
import { computeFitness, powerModelFromWellness, type Fitness, type PowerModel } from './fitness.js';
import { benchmarkIndex, normaliseFtpHistory, updateFtpHistory, type FtpHistory } from './ftp-history.js';
import { generateHistory, historyConfidence } from './history/index.js';
import { athleteUnits, type AthleteUnits } from './units.js';
import { buildHealthContext, buildRaceCalendar, formatEvents } from './calendar/index.js';
import { generateRoutes } from './terrain/index.js';
import { buildDfaSummary, generateIntervals } from './intervals/index.js';
import { calculateDerivedMetrics } from './metrics/index.js';
import { computeReadinessDecision, generateAlerts, generateRaceAlerts } from './readiness/index.js';
import { attachChatNotes, formatActivityRows } from './activities/index.js';
import { actDate } from './sports.js';
import { activitySummary, weeklySummary } from './summaries.js';
import { currentMetrics, formatWellness } from './wellness.js';
import { buildWeightSignal } from './weight.js';
import { PLANNED_HORIZON_DAYS } from './windows.js';
import { collectDiagnostics, degraded, type Diagnostic } from './diagnostics.js';
import type { ApiActivity } from '../snapshot/api-rows.js';

/** Everything the renderers turn into files. */
export interface RunOutputs {
  latest: LatestParts;
  ftpHistory: FtpHistory;
  /** history.json when (re)generated this run, else null (the previous file stays) */
  history: HistoryFile | null;
  intervals: IntervalsFile | null;
  routes: RoutesFile | null;
  /** why blocks degraded this run (the files carry the reference's own degradation) */
  diagnostics: Diagnostic[];
}

/** The derived pieces of latest.json, which render/latest.ts assembles in the file's key order. */
export interface LatestParts {
  daysBack: number;
  zonePreference: Record<string, 'power' | 'hr'>;
  activities7d: ApiActivity[];
  athleteProfile: AthleteProfile;
  athleteNotes: string | null;
  alerts: Alert[];
  readinessDecision: ReadinessDecision;
  healthContext: HealthContext;
  history: HistoryInfo;
  summary: ActivitySummary;
  fitness: Fitness;
  powerModel: PowerModel;
  vo2max: number | null;
  sportThresholds: Record<string, SportThresholds>;
  currentMetrics: CurrentMetrics;
  weight: WeightSignal | null;
  derivedMetrics: DerivedMetrics;
  recentActivities: RecentActivity[];
  wellnessData: WellnessRecord[];
  plannedWorkouts: PlannedWorkout[];
  workoutSummaryStats: WorkoutSummaryStats;
  weeklySummary: WeeklySummary;
  raceCalendar: RaceCalendar;
  units: AthleteUnits;
}

/**
 * Derive in two steps around the run's last reads, the chat messages: they feed only the
 * recent-activity rows, so everything else is derived while they are still in flight.
 */
export interface DeriveStage {
  ctx: DeriveContext;
  body: SnapshotBody;
  before: BeforeMessages;
  diagnostics: Diagnostic[];
}

/** Everything but the chat notes of the recent-activity rows. */
export function startDerive(ctx: DeriveContext, body: SnapshotBody, opts: { generateHistory: boolean }): DeriveStage {
  const { result, diagnostics } = collectDiagnostics(() => deriveBeforeMessages(ctx, body, opts));
  return { ctx, body, before: result, diagnostics };
}

/** The recent-activity rows' chat notes from the activities' messages, and the finished outputs. */
export function finishDerive(stage: DeriveStage, messages: Snapshot['messages']): RunOutputs {
  const { result, diagnostics } = collectDiagnostics(() => deriveWithMessages(stage, messages));
  return { ...result, diagnostics: [...stage.diagnostics, ...diagnostics] };
}

/** What the second step reads of the first: every output, the rows' chat notes still to come. */
interface BeforeMessages extends Omit<RunOutputs, 'diagnostics'> {
  activities28d: ApiActivity[];
}

function deriveBeforeMessages(ctx: DeriveContext, snap: SnapshotBody, opts: { generateHistory: boolean }): BeforeMessages {
  const today = ctx.today;
  const athlete = snap.athlete;
  const units = athleteUnits(athlete);

  // history.json first: latest.json reads it back (history block, phase detection rows)
  // a failed generation is non-critical in the reference: no history.json is written this run and
  // latest.json reads the previous file
  let history: HistoryFile | null = null;
  if (opts.generateHistory && snap.history3y) {
    try {
      history = generateHistory(ctx, { ...snap.history3y, athlete, previousFtpHistory: snap.previous.ftpHistory });
    } catch (e) {
      degraded('history.json', e);
      history = null;
    }
  }
  const historyNow = history ?? snap.previous.history;

  const oldestDisplay = ctx.now.addDays(-(ctx.daysBack - 1)).date();
  const activities28d = snap.activities28d;
  const activities7d = activities28d.filter((a) => actDate(a) >= oldestDisplay);
  const latestWellness = snap.wellness7d.length ? snap.wellness7d[snap.wellness7d.length - 1] : {};

  const sportThresholds = buildSportThresholds(athlete);
  const powerModel = powerModelFromWellness(snap.todayWellness);
  const vo2max = get(snap.todayWellness, 'vo2max');

  const events = snap.events;
  const pastCutoff = oldestDisplay;
  const pastEvents = events.filter((e) => pastCutoff <= actDate(e) && actDate(e) <= today);
  const pairingEvents = events.filter((e) => actDate(e) <= today);
  const futureEvents = events.filter((e) => actDate(e) >= today);
  const nearLimit = ctx.now.addDays(PLANNED_HORIZON_DAYS).date();
  const nearFutureEvents = futureEvents.filter((e) => actDate(e) <= nearLimit);

  const healthContext = buildHealthContext(ctx, {
    healthEvents: snap.healthEvents,
    fallbackEvents: events,
    latestWellness,
    fallbackOldest: snap.eventsOldest,
  });

  const fitness = computeFitness(ctx, {
    todayWellness: snap.todayWellness,
    yesterdayWellness: snap.yesterdayWellness,
    events,
    activities7d,
  });

  const cycling = sportThresholds.cycling ?? {};
  const ftpIndoor = get(cycling, 'ftp_indoor');
  const ftpOutdoor = get(cycling, 'ftp');
  const ftpHistory = updateFtpHistory(ctx, normaliseFtpHistory(snap.previous.ftpHistory), ftpIndoor, ftpOutdoor);
  const [biIn, oldIn] = benchmarkIndex(ctx, ftpIndoor, ftpHistory.indoor);
  const [biOut, oldOut] = benchmarkIndex(ctx, ftpOutdoor, ftpHistory.outdoor);

  const routes = generateRoutes(ctx, {
    events,
    previousRoutes: snap.previous.routes,
    attachments: snap.attachments,
    units,
  });

  // built by calendar/ (model RaceCalendar)
  const raceCalendar = buildRaceCalendar(ctx, {
    futureEvents,
    ctl: fitness.ctl,
    atl: fitness.atl,
    tsb: fitness.tsb,
    activities7d,
    units,
    terrainEventIds: routes.terrainEventIds,
  }) as RaceCalendar;
  const formatted = formatEvents(ctx, nearFutureEvents, routes.terrainEventIds);

  const intervals = generateIntervals(ctx, {
    activities28d,
    previousIntervals: snap.previous.intervals,
    pairingEvents,
    fetches: snap.intervalFetches,
  });

  const derivedMetrics = calculateDerivedMetrics(ctx, {
    activities7d,
    activities28d,
    wellness7d: snap.wellness7d,
    wellness28d: snap.wellness28d,
    currentCtl: fitness.ctl,
    currentAtl: fitness.atl,
    currentTsb: fitness.tsb,
    pastEvents,
    activitiesForConsistency: activities7d,
    powerModel,
    benchmarkIndoor: [biIn, oldIn, ftpIndoor],
    benchmarkOutdoor: [biOut, oldOut, ftpOutdoor],
    vo2max,
    formattedPlannedWorkouts: formatted?.planned ?? [],
    raceCalendar,
    powerCurveData: snap.powerCurves,
    powerCurveDates: snap.curveDates,
    hrCurveData: snap.hrCurves,
    sustainabilityCurves: snap.sustainabilityCurves,
    sustainabilityWindow: snap.sustainabilityWindow,
    sportSettings: sportThresholds,
    icuWeight: get(athlete, 'icu_weight'),
    ftpHistory,
    history: historyNow,
    intervalsData: intervals.intervalsData,
  });
  const alerts = [
    ...generateAlerts(ctx, {
      derivedMetrics,
      wellness7d: snap.wellness7d,
      tss7dTotal: get(derivedMetrics, 'tss_7d_total', 0),
      tss28dTotal: get(derivedMetrics, 'tss_28d_total', 0),
    }),
    ...generateRaceAlerts(ctx, raceCalendar),
  ];
  const readinessDecision = computeReadinessDecision(ctx, {
    derivedMetrics,
    alerts,
    latestWellness,
    activities28d,
    raceCalendar,
    currentTsb: fitness.tsb,
  });

  const tempUnit = athlete.fahrenheit ? 'F' : 'C';
  const windUnit = or(get(athlete, 'wind_speed'), 'MPS');
  // the chat notes come in the second step (attachChatNotes)
  const recentActivities = formatActivityRows(ctx, activities28d, {
    intervalsData: intervals.intervalsData,
    buildDfaSummary,
    tempUnit,
    windUnit,
    speedUnit: 'KPH',
    units,
    snapshot: snap,
  });

  const weight = buildWeightSignal(ctx, { wellness28d: snap.wellness28d, sportThresholds, powerModel, ftpHistory, units });

  return {
    latest: {
      daysBack: ctx.daysBack,
      zonePreference: ctx.zonePreference,
      activities7d,
      athleteProfile: athleteProfile(ctx, athlete, units),
      athleteNotes: get(athlete, 'icu_notes'),
      alerts,
      readinessDecision,
      healthContext,
      history: historyConfidence(ctx, historyNow),
      summary: activitySummary(activities7d, ctx.daysBack, units),
      fitness,
      powerModel,
      vo2max,
      sportThresholds,
      currentMetrics: currentMetrics(latestWellness, athlete, units),
      weight,
      derivedMetrics,
      recentActivities,
      wellnessData: formatWellness(snap.wellness7d, units),
      plannedWorkouts: formatted?.planned,
      workoutSummaryStats: formatted?.summaryStats,
      weeklySummary: weeklySummary(activities7d, snap.wellness7d),
      raceCalendar,
      units,
    },
    activities28d,
    ftpHistory,
    history,
    intervals: intervals.intervalsData,
    routes: routes.routesData,
  };
}

function deriveWithMessages(stage: DeriveStage, messages: Snapshot['messages']): Omit<RunOutputs, 'diagnostics'> {
  const { activities28d, ...outputs } = stage.before;
  attachChatNotes(stage.ctx, activities28d, outputs.latest.recentActivities, messages);
  return outputs;
}
