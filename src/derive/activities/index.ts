/**
 * recent_activities (issue "Activities and calendar"): port of _format_activities.
 */
import type { Dict } from '../../lib/py.js';
import type { DeriveContext } from '../context.js';
import type { AthleteUnits } from '../units.js';
import type { Snapshot } from '../../snapshot/types.js';

/** Which activities the reference fetches /activity/{id}/messages for. */
export function planMessageFetches(_ctx: DeriveContext, _activities28d: Dict[]): string[] {
  return [];
}

export interface FormatActivitiesInput {
  activities28d: Dict[];
  intervalActivityIds: Set<string>;
  /** intervals.json content of this run (has_dfa / dfa_summary), or null */
  intervalsData: Dict | null;
  tempUnit: string;
  windUnit: string;
  speedUnit: string;
  units: AthleteUnits;
  snapshot: Snapshot;
}

/** _format_activities(...) */
export function formatActivities(_ctx: DeriveContext, _input: FormatActivitiesInput): Dict[] | undefined {
  return undefined;
}
