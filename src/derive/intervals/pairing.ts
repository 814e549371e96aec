/**
 * Planned-workout pairing: the activity ids (strings) EXACTLY paired to a planned event carrying a
 * non-empty workout_doc.steps, joined by id in both directions (activity.paired_event_id ↔
 * event.id, event.paired_activity_id ↔ activity.id). Used only to extend the interval retry
 * window; it never gates emission.
 */
import { isDict, truthy } from '../../lib/py/index.js';
import type { ApiActivity, ApiEvent } from '../../snapshot/api-rows.js';
import { idStr } from '../../snapshot/plan/intervals.js';

export function buildPairingMap(events: ApiEvent[] | null | undefined, activities: ApiActivity[]): Set<string> {
  const paired = new Set<string>();
  const eventHasSteps = new Map<string, boolean>();
  for (const evt of events ?? []) {
    const doc = evt.workout_doc;
    const hasSteps = isDict(doc) && truthy(doc.steps);
    const eid = evt.id;
    if (eid !== null && eid !== undefined) eventHasSteps.set(idStr(eid), hasSteps);
    const aid = evt.paired_activity_id;
    if (hasSteps && aid !== null && aid !== undefined) paired.add(idStr(aid));
  }
  for (const act of activities) {
    const eid = act.paired_event_id;
    if (eid !== null && eid !== undefined && eventHasSteps.get(idStr(eid))) paired.add(idStr(act.id));
  }
  return paired;
}
