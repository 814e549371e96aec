/**
 * Phase detection: the training phase from two streams of evidence, the seasonal context, and the
 * weekly rows it reads (docs/PORTING.md maps these to the reference).
 *
 * Stream 1: completed history (rolling 4-week lookback of weekly rows).
 * Stream 2: planned calendar (current training-week remainder, next training week, race calendar).
 * Phases: Build, Base, Peak, Taper, Deload, Recovery, Overreached, or null.
 */
import type { DeepPartial, HistoryFile, Phase, PhaseDetection, SeasonalContext } from '../../contract/index.js';
import type { DeriveContext } from '../context.js';
import { phaseClassify, phaseDataQuality } from './classify.js';
import { stream1Features, type PhaseWeekRow } from './stream1.js';
import { stream2Features, type PhaseRaceCalendar, type PlannedSession } from './stream2.js';

export { stream1Features, phaseFromStream1, type PhaseWeekRow } from './stream1.js';
export { stream2Features, phaseFromStream2, isHardPlanned, type PhaseRaceCalendar, type PlannedSession } from './stream2.js';
export { phaseClassify, phaseDataQuality } from './classify.js';

/** The Northern Hemisphere cycling season of today's month. */
export function determineSeasonalContext(ctx: DeriveContext): SeasonalContext {
  const month = ctx.now.month;
  if (month === 11 || month === 12) return 'Off-season / Transition';
  if (month === 1 || month === 2) return 'Early Base';
  if (month === 3 || month === 4) return 'Late Base / Build';
  if (month === 5 || month === 6) return 'Build / Early Race Season';
  if (month === 7 || month === 8) return 'Peak Race Season';
  if (month === 9 || month === 10) return 'Late Season / Transition';
  return 'Unknown';
}

/** The last 4 weekly_180d rows of history.json (this run's or the previous file, which may lack keys). */
export function loadWeeklyRowsForPhase(history: DeepPartial<HistoryFile> | null): PhaseWeekRow[] {
  const rows = history && Array.isArray(history.weekly_180d) ? history.weekly_180d : [];
  return rows.length >= 4 ? rows.slice(-4) : rows;
}

export interface PhaseInput {
  weeklyRows: PhaseWeekRow[];
  plannedWorkouts: PlannedSession[];
  raceCalendar: PhaseRaceCalendar;
  previousPhase: Phase | null;
  /** 'YYYY-MM-DD'; ctx.today when omitted */
  today?: string | null;
  dossierDeclared?: Phase | null;
  primarySport?: string | null;
  /** history backfill: weeklyRows[-1] is the (completed) week being classified */
  isBackfill?: boolean;
}

/** phase_detection: both streams' features, the classified phase and its agreement flags. */
export function detectPhaseV2(ctx: DeriveContext, input: PhaseInput): PhaseDetection {
  const today = input.today ?? ctx.today;
  const weeklyRows = input.weeklyRows;
  const previousPhase = input.previousPhase ?? null;
  const dossier = input.dossierDeclared ?? null;
  const reasonCodes: string[] = [];

  const s1 = stream1Features(weeklyRows, input.isBackfill ?? false);
  const s2 = stream2Features(ctx, input.plannedWorkouts, input.raceCalendar, s1, today, input.primarySport ?? null, weeklyRows);
  const dataQuality = phaseDataQuality(weeklyRows, s1, reasonCodes, ctx.zonePreference);
  const [phase, confidence, extra] = phaseClassify(s1, s2, previousPhase, dataQuality);
  reasonCodes.push(...extra);

  // consecutive earlier weeks with the same phase (weeklyRows[-1] is the week classified now) + 1
  let duration = 0;
  if (phase && weeklyRows.length) {
    for (let i = weeklyRows.length - 2; i >= 0; i--) {
      if (weeklyRows[i].phase_detected === phase) duration += 1;
      else break;
    }
    duration += 1;
  }

  const dossierAgreement = dossier ? (phase ? dossier === phase : null) : null;
  const streamAgreement = s1.suggested_phase === null || s2.suggested_phase === null ? null : s1.suggested_phase === s2.suggested_phase;

  return {
    phase,
    confidence,
    reason_codes: reasonCodes,
    basis: {
      stream_1: {
        ctl_slope: s1.ctl_slope,
        acwr_trend: s1.acwr_trend,
        hard_day_pattern: s1.hard_day_avg,
        weeks_available: s1.weeks_available,
      },
      stream_2: {
        planned_tss_delta: s2.planned_tss_delta,
        hard_sessions_planned: s2.hard_sessions_planned,
        current_week_hard_days_completed: s2.current_week_hard_days_completed,
        current_week_hard_days_total: s2.current_week_hard_days_total,
        race_proximity: s2.race_proximity,
        next_week_load: s2.next_week_tss_delta,
        plan_coverage_current_week: s2.plan_coverage_current_week,
        plan_coverage_next_week: s2.plan_coverage_next_week,
      },
      data_quality: dataQuality,
      stream_agreement: streamAgreement,
    },
    previous_phase: previousPhase,
    phase_duration_weeks: duration,
    dossier_declared: dossier,
    dossier_agreement: dossierAgreement,
  };
}
