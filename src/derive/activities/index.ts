/**
 * recent_activities of latest.json: one row per activity of the data period (format.ts).
 */
import type { RecentActivity } from '../../contract/index.js';
import type { ApiActivity } from '../../snapshot/api-rows.js';
import type { DeriveContext } from '../context.js';
import type { Snapshot } from '../../snapshot/types.js';
import { attachChatNotes, formatActivityRows, type ActivityFormatOptions } from './format.js';

export { attachChatNotes, formatActivityRows } from './format.js';

export interface FormatActivitiesInput extends Omit<ActivityFormatOptions, 'snapshot'> {
  snapshot: Snapshot;
  activities28d: ApiActivity[];
  /** activity ids with interval data (the reference passes it but reads has_intervals from intervals.json) */
  intervalActivityIds: Set<string>;
}

/** latest.json recent_activities: one row per activity of the 28-day window. */
export function formatActivities(ctx: DeriveContext, input: FormatActivitiesInput): RecentActivity[] {
  const rows = formatActivityRows(ctx, input.activities28d, {
    intervalsData: input.intervalsData,
    tempUnit: input.tempUnit,
    windUnit: input.windUnit,
    speedUnit: input.speedUnit,
    units: input.units,
    snapshot: input.snapshot,
    buildDfaSummary: input.buildDfaSummary,
  });
  attachChatNotes(ctx, input.activities28d, rows, input.snapshot.messages);
  return rows;
}
