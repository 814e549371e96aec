/** What privacy mode needs to know from the run's snapshot: which activities are indoor, where tracks end. */
import { get } from '../../lib/py/index.js';
import type { ApiActivity, ApiRow } from '../../snapshot/api-rows.js';
import type { SnapshotBody } from '../../snapshot/types.js';
import { streamsToTrackpoints } from '../terrain/activity.js';
import { ANONYMOUS_ACTIVITY_NAME, type PrivacyInput } from './index.js';
import type { Coord } from './zones.js';

/** An activity as privacy mode reads it: a raw API row, or an entry of the previous intervals.json. */
interface NamedActivity {
  name?: unknown;
  type?: unknown;
  /** Intervals.icu's indoor-trainer flag (API rows only) */
  trainer?: unknown;
}

/** Recorded indoors: Intervals.icu's `trainer` flag, or a virtual activity type. */
export function isIndoorActivity(act: NamedActivity): boolean {
  const type = get(act, 'type');
  return get(act, 'trainer') === true || (typeof type === 'string' && type.startsWith('Virtual'));
}

export function privacyInput(snap: SnapshotBody, radiusM: number): PrivacyInput {
  const indoorActivityIds = new Set<string>();
  for (const act of snap.activities28d) {
    const id = get(act, 'id');
    if (id !== null && isIndoorActivity(act)) indoorActivityIds.add(String(id));
  }
  const activityTrackEnds = new Map<string, [Coord, Coord]>();
  for (const [id, outcome] of Object.entries(snap.terrainStreams)) {
    if (!outcome.ok || !Array.isArray(outcome.data)) continue;
    // the streams endpoint answers a list of stream objects (raw API rows, read with .get())
    const tp = streamsToTrackpoints(outcome.data as ApiRow[]);
    if (tp.n === 0) continue;
    activityTrackEnds.set(id, [
      [tp.lat[0], tp.lon[0]],
      [tp.lat[tp.n - 1], tp.lon[tp.n - 1]],
    ]);
  }
  const outdoorNames = new Set<string>();
  const addName = (act: NamedActivity, id: unknown): void => {
    const name = get(act, 'name');
    const indoor = (id !== null && id !== undefined && indoorActivityIds.has(String(id))) || isIndoorActivity(act);
    if (typeof name === 'string' && name && !indoor) outdoorNames.add(name);
  };
  const fromApi = (act: ApiActivity): void => addName(act, get(act, 'id'));
  snap.activities28d.forEach(fromApi);
  snap.history3y?.activities.forEach(fromApi);
  // intervals.json keeps entries for 14 days; the previous file's names are names too
  const previous = snap.previous.intervals;
  const prevEntries = previous?.activities;
  if (Array.isArray(prevEntries)) for (const e of prevEntries) if (e && typeof e === 'object') addName(e, get(e, 'activity_id'));
  outdoorNames.delete(ANONYMOUS_ACTIVITY_NAME);
  return { radiusM, indoorActivityIds, activityTrackEnds, outdoorNames };
}
