/**
 * Calendar: planned workouts, race calendar, health context (issue "Activities and calendar").
 * Ports of _format_events, _build_race_calendar, _build_health_context.
 */
import type { Dict } from '../../lib/py.js';
import type { DeriveContext } from '../context.js';
import type { AthleteUnits } from '../units.js';

export interface FormattedEvents {
  planned: Dict[];
  /** workout_summary_stats */
  summaryStats: Dict;
}

/** _format_events(near_future_events, today) */
export function formatEvents(_ctx: DeriveContext, _events: Dict[]): FormattedEvents | undefined {
  return undefined;
}

/** _build_race_calendar(...) — `terrainEventIds` are the event ids with a route terrain_summary */
export function buildRaceCalendar(
  _ctx: DeriveContext,
  _input: {
    futureEvents: Dict[];
    ctl: number | null;
    atl: number | null;
    tsb: number | null;
    activities7d: Dict[];
    units: AthleteUnits;
    terrainEventIds: Set<string>;
  },
): Dict | undefined {
  return undefined;
}

/** _build_health_context(...) — `healthEvents` null means the dedicated fetch failed */
export function buildHealthContext(
  _ctx: DeriveContext,
  _input: { healthEvents: Dict[] | null; fallbackEvents: Dict[]; latestWellness: Dict; fallbackOldest: string },
): Dict | undefined {
  return undefined;
}
