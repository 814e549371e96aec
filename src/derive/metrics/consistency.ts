/**
 * Consistency Index = days with a completed activity among the days with a planned WORKOUT
 * (matched by date: several workouts may be planned on one day). Port of
 * _calculate_consistency_index.
 */
import type { ConsistencyDetails } from '../../contract/index.js';
import { get, or, round, sorted, truthy } from '../../lib/py/index.js';
import { actDate } from '../sports.js';
import type { ApiActivity, ApiEvent } from '../../snapshot/api-rows.js';

export function calculateConsistencyIndex(activities: ApiActivity[], pastEvents: ApiEvent[]): [number | null, ConsistencyDetails] {
  const planned = new Set<string>();
  for (const e of pastEvents) {
    if (get(e, 'category') !== 'WORKOUT') continue;
    const d = actDate(e);
    if (d) planned.add(d);
  }
  const completed = new Set<string>();
  for (const a of activities) {
    const raw = or(get(a, 'date'), get(a, 'start_date_local'), '');
    const d = typeof raw === 'string' ? raw.slice(0, 10) : '';
    if (truthy(d)) completed.add(d);
  }
  const matched = [...planned].filter((d) => completed.has(d));
  if (planned.size === 0) {
    return [null, { planned_days: 0, completed_days: completed.size, matched_days: 0, note: 'No planned workouts in period' }];
  }
  return [
    round(matched.length / planned.size, 2),
    {
      planned_days: planned.size,
      completed_days: completed.size,
      matched_days: matched.length,
      planned_dates: sorted(planned),
      completed_dates: sorted(completed),
    },
  ];
}
