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
import type {
  Climb,
  DeepPartial,
  Descent,
  HistoryFile,
  IntervalsFile,
  JsonValue,
  LatestFile,
  RouteEvent,
  RoutesFile,
  TerrainSummary,
} from '../../contract/index.js';
import { isJsonObject } from '../../lib/py/index.js';
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

/**
 * The files as privacy mode reads them: contract files, every block optional, since a block
 * copied forward from an older file may lack keys and each reduction applies only where its
 * block is present.
 */
export interface PrivacyFiles {
  latest: DeepPartial<LatestFile>;
  history: DeepPartial<HistoryFile> | null;
  intervals: DeepPartial<IntervalsFile> | null;
  routes: DeepPartial<RoutesFile> | null;
}

/** fields that name an activity or the planned event it was recorded from */
const NAME_FIELDS = new Set(['name', 'event_name', 'activity_name']);

/** Replace every name field whose value is an outdoor activity's name (planned workouts, races, routes…). */
function replaceOutdoorNames(node: JsonValue, names: Set<string>): void {
  const stack: JsonValue[] = [node];
  while (stack.length > 0) {
    const cur = stack.pop();
    if (Array.isArray(cur)) stack.push(...cur);
    else if (isJsonObject(cur)) {
      for (const [k, v] of Object.entries(cur)) {
        if (NAME_FIELDS.has(k) && typeof v === 'string' && names.has(v)) cur[k] = ANONYMOUS_ACTIVITY_NAME;
        else if (typeof v === 'object' && v !== null) stack.push(v);
      }
    }
  }
}

/** Indoor: the activity's id is known indoor, or its type is a virtual one (VirtualRide, VirtualRun…). */
function isIndoor(input: PrivacyInput, id: unknown, type: unknown): boolean {
  if (id !== null && id !== undefined && input.indoorActivityIds.has(String(id))) return true;
  return typeof type === 'string' && type.startsWith('Virtual');
}

/** An outdoor activity's name becomes the anonymous one (recent_activities[] and intervals.json activities[]). */
function renameActivity(input: PrivacyInput, act: { name?: string; type?: string }, id: unknown): void {
  if ('name' in act && !isIndoor(input, id, act.type)) act.name = ANONYMOUS_ACTIVITY_NAME;
}

interface SegmentLists {
  climbs?: DeepPartial<Climb>[];
  descents?: DeepPartial<Descent>[];
}

/** Remove the start/end coordinates of climbs and descents that fall in a zone (all of them when `all`). */
function reduceSegments(summary: SegmentLists, zones: PrivacyZones, all: boolean): void {
  for (const segs of [summary.climbs, summary.descents]) {
    if (!Array.isArray(segs)) continue;
    for (const seg of segs) {
      if (seg === null || typeof seg !== 'object') continue;
      for (const c of ['start_coords', 'end_coords'] as const) {
        if (c in seg && (all || zones.covers(seg[c]))) delete seg[c];
      }
    }
  }
}

/** routes.json terrain_summary: zones around the route's first and last point. */
function reduceRouteSummary(summary: DeepPartial<RouteEvent>['terrain_summary'], radiusM: number): void {
  if (summary === null || typeof summary !== 'object' || !('start_coords' in summary)) return; // no track, or already reduced
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
function reduceActivitySummary(summary: DeepPartial<TerrainSummary> | undefined, ends: [Coord, Coord] | undefined, radiusM: number): void {
  if (summary === null || typeof summary !== 'object' || !('start_coords' in summary)) return;
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

function reduceLatest(latest: DeepPartial<LatestFile>, input: PrivacyInput): void {
  const profile = latest.athlete_profile;
  if (profile !== null && typeof profile === 'object') {
    // `age` (complete years on today) stays; the date itself, the place and the zone go
    delete profile.date_of_birth;
    delete profile.location;
    delete profile.timezone;
  }
  if ('athlete_notes' in latest) latest.athlete_notes = null;

  if (Array.isArray(latest.recent_activities)) {
    for (const act of latest.recent_activities) {
      if (act === null || typeof act !== 'object') continue;
      renameActivity(input, act, act.id);
      delete act.description;
      delete act.coach_notes;
      delete act.chat_notes;
      const ends = act.id === null || act.id === undefined ? undefined : input.activityTrackEnds.get(String(act.id));
      reduceActivitySummary(act.terrain_summary, ends, input.radiusM);
    }
  }

  const health = latest.health_context;
  if (health !== null && typeof health === 'object') {
    for (const list of [health.current, health.recent, health.upcoming]) {
      if (!Array.isArray(list)) continue;
      for (const m of list) {
        if (m === null || typeof m !== 'object') continue;
        if ('name' in m) m.name = HEALTH_LABELS[String(m.category)] ?? 'Health marker';
        delete m.description;
      }
    }
  }
}

/**
 * The files with privacy mode applied (the input is not modified); each file keeps its type, so
 * a caller holding full contract files gets full contract files back.
 */
export function anonymizeFiles<F extends PrivacyFiles>(files: F, input: PrivacyInput): F {
  const out: F = structuredClone(files);
  reduceLatest(out.latest, input);
  const intervals: PrivacyFiles['intervals'] = out.intervals;
  if (intervals && Array.isArray(intervals.activities)) {
    for (const entry of intervals.activities)
      if (entry !== null && typeof entry === 'object') renameActivity(input, entry, entry.activity_id);
  }
  const routes: PrivacyFiles['routes'] = out.routes;
  if (routes && Array.isArray(routes.events)) {
    for (const evt of routes.events) if (evt !== null && typeof evt === 'object') reduceRouteSummary(evt.terrain_summary, input.radiusM);
  }
  if (input.outdoorNames.size)
    for (const f of [out.latest, out.history, out.intervals, out.routes]) replaceOutdoorNames(f, input.outdoorNames);
  return out;
}
