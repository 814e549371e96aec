/**
 * Terrain of completed outdoor activities: ports of _load_previous_latest (copy-forward state),
 * _fetch_terrain_streams (classification of the streams response), _streams_to_trackpoints and
 * _build_terrain_for_activity.
 */
import { get, isDict, type Dict } from '../../lib/py/index.js';
import type { Outcome } from '../../snapshot/types.js';
import { OUTDOOR_TYPES } from '../sports.js';
import type { AthleteUnits } from '../units.js';
import { analyzeTerrain, refreshTerrainDisplay } from './analyze.js';
import { anyElevation, TrackpointBuilder, type Trackpoints } from './trackpoints.js';

/** terrain_status values never re-fetched */
const TERMINAL_TERRAIN_STATUSES = new Set(['no_gps', 'no_elevation', 'failed']);

/** fewest valid lat/lng pairs that count as a GPS track */
const MIN_GPS_PAIRS = 10;

export type PreviousLookup = Map<string, Dict>;

/** Python str() of an id (ints and strings as JSON carries them) */
function idKey(id: unknown): string {
  return typeof id === 'string' ? id : String(id);
}

/** _load_previous_latest: activity id → the terrain/weather fields of the previous latest.json. */
export function previousLookup(previousLatest: Dict | null): PreviousLookup {
  const lookup: PreviousLookup = new Map();
  if (!isDict(previousLatest)) return lookup;
  const acts = get(previousLatest, 'recent_activities', []);
  if (!Array.isArray(acts)) return lookup;
  for (const act of acts) {
    if (!isDict(act)) continue;
    const id = get(act, 'id');
    if (id === null) continue;
    const entry: Dict = {};
    for (const k of ['terrain_summary', 'terrain_status', 'terrain_error', 'weather_summary']) {
      if (k in act) entry[k] = act[k];
    }
    if (Object.keys(entry).length) lookup.set(idKey(id), entry);
  }
  return lookup;
}

/** The fields copied forward for this activity, or null when its streams must be fetched. */
function copyForward(prev: Dict, units: AthleteUnits | null): Dict | null {
  if ('terrain_summary' in prev) return { terrain_summary: refreshTerrainDisplay(prev.terrain_summary, units) };
  const status = get(prev, 'terrain_status');
  if (typeof status === 'string' && TERMINAL_TERRAIN_STATUSES.has(status)) {
    const out: Dict = { terrain_status: status };
    if ('terrain_error' in prev) out.terrain_error = prev.terrain_error;
    return out;
  }
  return null;
}

/** True when _build_terrain_for_activity would fetch this activity's streams. */
export function needsTerrainFetch(act: Dict, lookup: PreviousLookup): boolean {
  if (!OUTDOOR_TYPES.has(get(act, 'type', ''))) return false;
  const id = get(act, 'id');
  if (id === null) return false;
  return copyForward(lookup.get(idKey(id)) ?? {}, null) === null;
}

export type StreamsClass =
  | { status: 'ok'; streams: Dict[] }
  | { status: 'no_gps' }
  | { status: 'no_elevation' }
  | { status: 'terminal_error'; code: string }
  | { status: 'transient'; reason: string };

function findStream(data: unknown[], type: string): Dict | null {
  for (const s of data) if (isDict(s) && get(s, 'type') === type) return s;
  return null;
}

function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/**
 * A stream sample as a number, or null when it is missing: None in the reference, and also any
 * value that is not a finite number (`1e309` parses to Infinity, a string may say "NaN"), which
 * the analysis treats exactly like a GPS dropout or a missing altitude.
 */
function streamNumber(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  const x = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(x) ? x : null;
}

/** _fetch_terrain_streams' classification of the response. */
export function classifyTerrainStreams(outcome: Outcome<unknown[]>): StreamsClass {
  if (!outcome.ok) {
    const e = outcome.error;
    if (e.kind === 'http' && (e.status === 404 || e.status === 410)) return { status: 'terminal_error', code: `http_${e.status}` };
    if (e.kind === 'http') return { status: 'transient', reason: `http_${e.status}` };
    if (e.kind === 'malformed') return { status: 'transient', reason: 'parse_error' };
    if (e.kind === 'schema') return { status: 'transient', reason: 'unexpected_shape' };
    return { status: 'transient', reason: e.kind };
  }
  const data = outcome.data;
  if (!Array.isArray(data)) return { status: 'transient', reason: 'unexpected_shape' };
  const latlng = findStream(data, 'latlng');
  const altitude = findStream(data, 'altitude');
  if (!latlng || Object.keys(latlng).length === 0) return { status: 'no_gps' };
  const lat = arr(get(latlng, 'data') || []);
  const lng = arr(get(latlng, 'data2') || []);
  let valid = 0;
  const m = Math.min(lat.length, lng.length);
  for (let i = 0; i < m; i++) if (streamNumber(lat[i]) !== null && streamNumber(lng[i]) !== null) valid++;
  if (valid < MIN_GPS_PAIRS) return { status: 'no_gps' };
  if (!altitude || arr(get(altitude, 'data') || []).length === 0) return { status: 'no_elevation' };
  return { status: 'ok', streams: data as Dict[] };
}

/** _streams_to_trackpoints: latlng (data = lat, data2 = lng) with altitude at the same index. */
export function streamsToTrackpoints(streams: Dict[]): Trackpoints {
  const out = new TrackpointBuilder();
  const latlng = findStream(streams, 'latlng');
  if (!latlng) return out.build();
  const altitude = findStream(streams, 'altitude');
  const lat = arr(get(latlng, 'data') || []);
  const lng = arr(get(latlng, 'data2') || []);
  const ele = arr((altitude ? get(altitude, 'data') : null) || []);
  const n = Math.min(lat.length, lng.length);
  for (let i = 0; i < n; i++) {
    const la = streamNumber(lat[i]);
    const ln = streamNumber(lng[i]);
    if (la === null || ln === null) continue;
    out.push(la, ln, i < ele.length ? streamNumber(ele[i]) : null);
  }
  return out.build();
}

/** _build_terrain_for_activity: the terrain fields to attach ({} = none: indoor, or a transient failure). */
export function terrainForActivity(
  act: Dict,
  lookup: PreviousLookup,
  streams: Outcome<unknown[]> | undefined,
  units: AthleteUnits | null,
): Dict {
  if (!OUTDOOR_TYPES.has(get(act, 'type', ''))) return {};
  const id = get(act, 'id');
  if (id === null) return {};
  const carried = copyForward(lookup.get(idKey(id)) ?? {}, units);
  if (carried) return carried;
  if (!streams) return {}; // not fetched this run: nothing written, retried next sync

  const cls = classifyTerrainStreams(streams);
  switch (cls.status) {
    case 'ok': {
      const tp = streamsToTrackpoints(cls.streams);
      if (tp.n < 2) return { terrain_status: 'no_gps' };
      if (!anyElevation(tp)) return { terrain_status: 'no_elevation' };
      const summary = analyzeTerrain(tp, { source: 'activity_streams', includePolyline: false, units });
      return summary === null ? { terrain_status: 'no_elevation' } : { terrain_summary: summary };
    }
    case 'no_gps':
      return { terrain_status: 'no_gps' };
    case 'no_elevation':
      return { terrain_status: 'no_elevation' };
    case 'terminal_error':
      return { terrain_status: 'failed', terrain_error: cls.code };
    default:
      return {};
  }
}
