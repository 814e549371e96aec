/** What privacy mode needs to know from the run's snapshot: which activities are indoor, where tracks end. */
import { get, type Dict } from '../../lib/py/index.js';
import type { Snapshot } from '../../snapshot/types.js';
import { streamsToTrackpoints } from '../terrain/activity.js';
import { ANONYMOUS_ACTIVITY_NAME, type PrivacyInput } from './index.js';
import type { Coord } from './zones.js';

/** Recorded indoors: Intervals.icu's `trainer` flag, or a virtual activity type. */
export function isIndoorActivity(act: Dict): boolean {
  const type = get(act, 'type');
  return get(act, 'trainer') === true || (typeof type === 'string' && type.startsWith('Virtual'));
}

export function privacyInput(snap: Snapshot, radiusM: number): PrivacyInput {
  const indoorActivityIds = new Set<string>();
  for (const act of snap.activities28d) {
    const id = get(act, 'id');
    if (id !== null && isIndoorActivity(act)) indoorActivityIds.add(String(id));
  }
  const activityTrackEnds = new Map<string, [Coord, Coord]>();
  for (const [id, outcome] of Object.entries(snap.terrainStreams)) {
    if (!outcome.ok || !Array.isArray(outcome.data)) continue;
    const tp = streamsToTrackpoints(outcome.data as Dict[]);
    if (tp.n === 0) continue;
    activityTrackEnds.set(id, [
      [tp.lat[0], tp.lon[0]],
      [tp.lat[tp.n - 1], tp.lon[tp.n - 1]],
    ]);
  }
  const outdoorNames = new Set<string>();
  const addName = (act: Dict, idKey: string): void => {
    const name = get(act, 'name');
    const id = get(act, idKey);
    const indoor = (id !== null && indoorActivityIds.has(String(id))) || isIndoorActivity(act);
    if (typeof name === 'string' && name && !indoor) outdoorNames.add(name);
  };
  for (const act of snap.activities28d) addName(act, 'id');
  for (const act of snap.history3y?.activities ?? []) addName(act, 'id');
  // intervals.json keeps entries for 14 days; the previous file's names are names too
  const prevEntries = get(snap.previous.intervals ?? {}, 'activities');
  if (Array.isArray(prevEntries)) for (const e of prevEntries) if (e && typeof e === 'object') addName(e as Dict, 'activity_id');
  outdoorNames.delete(ANONYMOUS_ACTIVITY_NAME);
  return { radiusM, indoorActivityIds, activityTrackEnds, outdoorNames };
}
