/**
 * history.json data_gaps: runs of ≥ 3 days without an activity between the first and the last
 * activity date, stated factually. Port of _find_data_gaps.
 */
import { addDays, daysBetween } from '../../lib/naive-time.js';
import type { DataGap } from '../../contract/index.js';

/** shortest run of activity-free days reported */
const MIN_GAP_DAYS = 3;

export function findDataGaps(activityDates: string[], earliest: string, latest: string): DataGap[] {
  const gaps: DataGap[] = [];
  if (!activityDates.length) return gaps;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(earliest) || !/^\d{4}-\d{2}-\d{2}$/.test(latest)) return gaps;
  const dates = new Set(activityDates);
  let gapStart: string | null = null;
  for (let current = earliest; current <= latest; current = addDays(current, 1)) {
    if (!dates.has(current)) {
      if (gapStart === null) gapStart = current;
    } else if (gapStart !== null) {
      const gapDays = daysBetween(current, gapStart);
      if (gapDays >= MIN_GAP_DAYS) {
        gaps.push({ period: `${gapStart} to ${addDays(current, -1)}`, days_missing: gapDays });
      }
      gapStart = null;
    }
  }
  // a trailing gap cannot occur (latest is an activity date) but the reference handles it
  if (gapStart !== null) {
    const gapDays = daysBetween(latest, gapStart) + 1;
    if (gapDays >= MIN_GAP_DAYS) gaps.push({ period: `${gapStart} to ${latest}`, days_missing: gapDays });
  }
  return gaps;
}
