/**
 * Privacy mode: the written files reduced for a public repository, as a pure transformation of
 * the rendered file contents (applied after every metric is derived, so nothing computed
 * changes; only what identifies or locates the athlete is removed). docs/privacy.md lists every
 * field. Off by default: then the files are exactly the reference's.
 *
 * The reductions are idempotent: a block already reduced by an earlier run (copied forward from
 * the previous latest.json or routes.json) is recognised by its missing `start_coords` and left
 * as it is, so the privacy zones never creep inwards run after run.
 */
import { isDict, type Dict } from '../../lib/py/index.js';
import { isCoord, PrivacyZones, type Coord } from './zones.js';

/** the name every outdoor activity gets */
export const ANONYMOUS_ACTIVITY_NAME = 'Training Session';

export interface PrivacyInput {
  /** metres around each start and end from which no coordinate is published */
  radiusM: number;
  /** ids of activities recorded indoors (trainer flag or a Virtual* type): their names stay */
  indoorActivityIds: Set<string>;
  /** activity id → first and last point of the GPS track read this run */
  activityTrackEnds: Map<string, [Coord, Coord]>;
  /** the names of the run's outdoor activities: any name field carrying one is replaced, in every file */
  outdoorNames: Set<string>;
}

/** fields that name an activity or the planned event it was recorded from */
const NAME_FIELDS = new Set(['name', 'event_name', 'activity_name']);

/** Replace every name field whose value is an outdoor activity's name (planned workouts, races, routes…). */
function replaceOutdoorNames(node: unknown, names: Set<string>): void {
  const stack: unknown[] = [node];
  while (stack.length) {
    const cur = stack.pop();
    if (Array.isArray(cur)) stack.push(...cur);
    else if (isDict(cur)) {
      for (const [k, v] of Object.entries(cur)) {
        if (NAME_FIELDS.has(k) && typeof v === 'string' && names.has(v)) cur[k] = ANONYMOUS_ACTIVITY_NAME;
        else if (typeof v === 'object' && v !== null) stack.push(v);
      }
    }
  }
}

export interface PrivacyFiles {
  latest: Dict;
  history: Dict | null;
  intervals: Dict | null;
  routes: Dict | null;
}

/** Indoor: the activity's id is known indoor, or its type is a virtual one (VirtualRide, VirtualRun…). */
function isIndoor(input: PrivacyInput, id: unknown, type: unknown): boolean {
  if (id !== null && id !== undefined && input.indoorActivityIds.has(String(id))) return true;
  return typeof type === 'string' && type.startsWith('Virtual');
}

function renameActivity(input: PrivacyInput, act: Dict, idKey: string): void {
  if ('name' in act && !isIndoor(input, act[idKey], act.type)) act.name = ANONYMOUS_ACTIVITY_NAME;
}

/** Remove the start/end coordinates of climbs and descents that fall in a zone (all of them when `all`). */
function reduceSegments(summary: Dict, zones: PrivacyZones, all: boolean): void {
  for (const key of ['climbs', 'descents']) {
    const segs = summary[key];
    if (!Array.isArray(segs)) continue;
    for (const seg of segs) {
      if (!isDict(seg)) continue;
      for (const c of ['start_coords', 'end_coords']) {
        if (c in seg && (all || zones.covers(seg[c]))) delete seg[c];
      }
    }
  }
}

/** routes.json terrain_summary: zones around the route's first and last point. */
function reduceRouteSummary(summary: unknown, radiusM: number): void {
  if (!isDict(summary) || !('start_coords' in summary)) return; // no track, or already reduced
  const zones = new PrivacyZones(radiusM);
  zones.add(summary.start_coords);
  const line = Array.isArray(summary.polyline) ? summary.polyline : null;
  // polyline rows are [km, lat, lon, ele]; the first and last rows are the track's own ends
  const ll = (row: unknown): Coord | null => (Array.isArray(row) && isCoord(row.slice(1, 3)) ? [row[1], row[2]] : null);
  if (line?.length) {
    zones.add(ll(line[0]));
    zones.add(ll(line[line.length - 1]));
    summary.polyline = line.filter((row) => !zones.covers(ll(row)));
  }
  reduceSegments(summary, zones, false);
  delete summary.start_coords;
}

/** latest.json activity terrain: zones around the start and (when this run read the track) the end. */
function reduceActivitySummary(summary: unknown, ends: [Coord, Coord] | undefined, radiusM: number): void {
  if (!isDict(summary) || !('start_coords' in summary)) return;
  const zones = new PrivacyZones(radiusM);
  zones.add(summary.start_coords);
  if (ends) {
    zones.add(ends[0]);
    zones.add(ends[1]);
  }
  // copied forward from an unreduced file, the track's end is unknown: no segment coordinate is kept
  reduceSegments(summary, zones, ends === undefined);
  delete summary.start_coords;
}

const HEALTH_LABELS: Record<string, string> = { SICK: 'Illness', INJURED: 'Injury' };

function reduceLatest(latest: Dict, input: PrivacyInput): void {
  const profile = latest.athlete_profile;
  if (isDict(profile)) {
    // `age` (complete years on today) stays; the date itself, the place and the zone go
    delete profile.date_of_birth;
    delete profile.location;
    delete profile.timezone;
  }
  if ('athlete_notes' in latest) latest.athlete_notes = null;

  if (Array.isArray(latest.recent_activities)) {
    for (const act of latest.recent_activities) {
      if (!isDict(act)) continue;
      renameActivity(input, act, 'id');
      delete act.description;
      delete act.coach_notes;
      delete act.chat_notes;
      const ends = act.id === null || act.id === undefined ? undefined : input.activityTrackEnds.get(String(act.id));
      reduceActivitySummary(act.terrain_summary, ends, input.radiusM);
    }
  }

  const health = latest.health_context;
  if (isDict(health)) {
    for (const key of ['current', 'recent', 'upcoming']) {
      const list = health[key];
      if (!Array.isArray(list)) continue;
      for (const m of list) {
        if (!isDict(m)) continue;
        if ('name' in m) m.name = HEALTH_LABELS[String(m.category)] ?? 'Health marker';
        delete m.description;
      }
    }
  }
}

/** The files with privacy mode applied (the input is not modified). */
export function anonymizeFiles(files: PrivacyFiles, input: PrivacyInput): PrivacyFiles {
  const out: PrivacyFiles = structuredClone(files);
  reduceLatest(out.latest, input);
  if (out.intervals && Array.isArray(out.intervals.activities)) {
    for (const entry of out.intervals.activities) if (isDict(entry)) renameActivity(input, entry, 'activity_id');
  }
  if (out.routes && Array.isArray(out.routes.events)) {
    for (const evt of out.routes.events) if (isDict(evt)) reduceRouteSummary(evt.terrain_summary, input.radiusM);
  }
  if (input.outdoorNames.size)
    for (const f of [out.latest, out.history, out.intervals, out.routes]) replaceOutdoorNames(f, input.outdoorNames);
  return out;
}
