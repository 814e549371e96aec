/**
 * Terrain of completed outdoor activities: the streams response classified, its trackpoints, and
 * the terrain fields written (copied forward from the previous latest.json once final).
 */
import { get, isDict, or, truthy } from '../../lib/py/index.js';
import type { ApiActivity } from '../../snapshot/api-rows.js';
import {
  activityKey,
  type CarriedFields,
  carriedTerrain,
  isOutdoorActivity,
  type PreviousLookup,
  type TerrainFields,
} from '../../snapshot/plan/terrain.js';
import type { Outcome } from '../../snapshot/types.js';
import type { AthleteUnits } from '../units.js';
import { analyzeActivity, refreshTerrainDisplay } from './analyze.js';
import { anyElevation, TrackpointBuilder, type Trackpoints } from './trackpoints.js';

/** fewest valid lat/lng pairs that count as a GPS track */
const MIN_GPS_PAIRS = 10;

/** The carried terrain of this activity (display blocks in the current units), else null. */
function copyForward(prev: CarriedFields, units: AthleteUnits | null): TerrainFields | null {
  const carried = carriedTerrain(prev);
  if (carried && 'terrain_summary' in carried) return { terrain_summary: refreshTerrainDisplay(carried.terrain_summary, units) };
  return carried;
}

/** A stream of the streams.json response (latlng carries latitudes in data, longitudes in data2). */
interface ApiStream {
  type?: unknown;
  data?: unknown;
  data2?: unknown;
}

export type StreamsClass =
  | { status: 'ok'; streams: unknown[] }
  | { status: 'no_gps' }
  | { status: 'no_elevation' }
  | { status: 'terminal_error'; code: string }
  | { status: 'transient'; reason: string };

function findStream(data: unknown[], type: string): ApiStream | null {
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

/**
 * The streams response classified: a GPS track with altitude, no GPS (fewer than 10 valid pairs),
 * no elevation, a terminal error (404/410: the activity is gone) or a transient failure.
 */
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
  if (!truthy(latlng)) return { status: 'no_gps' };
  const lat = arr(or(get(latlng, 'data'), []));
  const lng = arr(or(get(latlng, 'data2'), []));
  let valid = 0;
  const m = Math.min(lat.length, lng.length);
  for (let i = 0; i < m && valid < MIN_GPS_PAIRS; i++) if (streamNumber(lat[i]) !== null && streamNumber(lng[i]) !== null) valid++;
  if (valid < MIN_GPS_PAIRS) return { status: 'no_gps' };
  if (!truthy(altitude) || arr(or(get(altitude, 'data'), [])).length === 0) return { status: 'no_elevation' };
  return { status: 'ok', streams: data };
}

/**
 * The trackpoints of a streams response: each index with a latitude and a longitude (GPS
 * dropouts skipped), with the altitude at the same index when there is one.
 */
export function streamsToTrackpoints(streams: unknown[]): Trackpoints {
  const latlng = findStream(streams, 'latlng');
  if (!truthy(latlng)) return new TrackpointBuilder(1).build();
  const altitude = findStream(streams, 'altitude');
  const lat = arr(or(get(latlng, 'data'), []));
  const lng = arr(or(get(latlng, 'data2'), []));
  const ele = arr(or(altitude ? get(altitude, 'data') : null, []));
  const n = Math.min(lat.length, lng.length);
  const out = new TrackpointBuilder(n);
  for (let i = 0; i < n; i++) {
    const la = streamNumber(lat[i]);
    const ln = streamNumber(lng[i]);
    if (la === null || ln === null) continue;
    out.push(la, ln, i < ele.length ? streamNumber(ele[i]) : null);
  }
  return out.build();
}

/**
 * The terrain fields of a completed activity ({} = none: indoor, or a transient failure retried
 * next sync): copied forward when final, else from this run's streams — a summary, or the terminal
 * status no_gps / no_elevation / failed (with the HTTP code of a vanished activity).
 */
export function terrainForActivity(
  act: ApiActivity,
  lookup: PreviousLookup,
  streams: Outcome<unknown[]> | undefined,
  units: AthleteUnits | null,
): TerrainFields {
  if (!isOutdoorActivity(act)) return {};
  const id = get(act, 'id');
  if (id === null) return {};
  const carried = copyForward(lookup.get(activityKey(id)) ?? {}, units);
  if (carried) return carried;
  if (!streams) return {}; // not fetched this run: nothing written, retried next sync
  return terrainOfStreams(streams, units);
}

/**
 * Streams responses already analysed, with the units their display blocks were written in. The
 * analysis is a pure function of the response, so it may run as soon as the response is in (while
 * the run's last reads are still answering) and be found here when the activity's row is built.
 */
const analysed = new WeakMap<object, { units: string; fields: TerrainFields }>();

/**
 * The terrain fields a fetched streams response gives. Each call gets its own copy: a row's
 * summary is its own to change (privacy mode trims its coordinates in place).
 */
export function terrainOfStreams(streams: Outcome<unknown[]>, units: AthleteUnits | null): TerrainFields {
  return structuredClone(analysedOnce(streams, units));
}

/** Analyse a streams response ahead of its activity's row (terrainOfStreams then finds it done). */
export function prepareTerrain(streams: Outcome<unknown[]>, units: AthleteUnits | null): void {
  analysedOnce(streams, units);
}

function analysedOnce(streams: Outcome<unknown[]>, units: AthleteUnits | null): TerrainFields {
  const unitsKey = JSON.stringify(units);
  let known = analysed.get(streams);
  if (!known || known.units !== unitsKey) {
    known = { units: unitsKey, fields: analyseStreams(streams, units) };
    analysed.set(streams, known);
  }
  return known.fields;
}

function analyseStreams(streams: Outcome<unknown[]>, units: AthleteUnits | null): TerrainFields {
  const cls = classifyTerrainStreams(streams);
  switch (cls.status) {
    case 'ok': {
      const tp = streamsToTrackpoints(cls.streams);
      if (tp.n < 2) return { terrain_status: 'no_gps' };
      if (!anyElevation(tp)) return { terrain_status: 'no_elevation' };
      const summary = analyzeActivity(tp, units);
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
