/**
 * Calendar: planned workouts (planned.ts, workout-doc.ts), the race calendar (race.ts) and the
 * health context from illness and injury markers (health.ts).
 */
import type { Dict } from '../../lib/py/index.js';
import type { DeriveContext } from '../context.js';
import { formatPlannedEvents } from './planned.js';
import { buildRaceCalendarBlock, type RaceCalendarInput } from './race.js';
import { buildHealthContextBlock } from './health.js';

export interface FormattedEvents {
  planned: Dict[];
  /** workout_summary_stats */
  summaryStats: Dict;
}

/** _format_events(near_future_events, today); `terrainEventIds` gives has_terrain */
export function formatEvents(ctx: DeriveContext, events: Dict[], terrainEventIds: Set<string> = new Set()): FormattedEvents {
  const { planned, stats } = formatPlannedEvents(ctx.today, events, terrainEventIds);
  return { planned, summaryStats: { ...stats } };
}

/** _build_race_calendar(...) — `terrainEventIds` are the event ids with a route terrain_summary */
export function buildRaceCalendar(ctx: DeriveContext, input: RaceCalendarInput): Dict {
  return buildRaceCalendarBlock(ctx.today, input);
}

/** _build_health_context(...) — `healthEvents` null means the dedicated fetch failed */
export function buildHealthContext(
  ctx: DeriveContext,
  input: { healthEvents: Dict[] | null; fallbackEvents: Dict[]; latestWellness: Dict; fallbackOldest: string },
): Dict {
  return buildHealthContextBlock(ctx.today, input);
}
