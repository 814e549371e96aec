/**
 * Calendar: planned workouts (planned.ts, workout-doc.ts), the race calendar (race.ts) and the
 * health context from illness and injury markers (health.ts).
 */
import type { HealthContext, PlannedWorkout, RaceCalendar } from '../../contract/index.js';
import type { ApiEvent } from '../../snapshot/api-rows.js';
import type { DeriveContext } from '../context.js';
import { buildHealthContextBlock, type HealthContextInput } from './health.js';
import { formatPlannedEvents, type WorkoutSummaryStats } from './planned.js';
import { buildRaceCalendarBlock, type RaceCalendarInput } from './race.js';

export interface FormattedEvents {
  planned: PlannedWorkout[];
  /** workout_summary_stats */
  summaryStats: WorkoutSummaryStats;
}

/** planned_workouts and workout_summary_stats of the near-future events; `terrainEventIds` gives has_terrain. */
export function formatEvents(ctx: DeriveContext, events: ApiEvent[], terrainEventIds: Set<string> = new Set()): FormattedEvents {
  const { planned, stats } = formatPlannedEvents(ctx.today, events, terrainEventIds);
  return { planned, summaryStats: { ...stats } };
}

/** race_calendar; `terrainEventIds` are the event ids with a route terrain_summary. */
export function buildRaceCalendar(ctx: DeriveContext, input: RaceCalendarInput): RaceCalendar {
  return buildRaceCalendarBlock(ctx.today, input);
}

/** health_context; `healthEvents` null means the dedicated SICK/INJURED fetch failed. */
export function buildHealthContext(ctx: DeriveContext, input: HealthContextInput): HealthContext {
  return buildHealthContextBlock(ctx.today, input);
}
