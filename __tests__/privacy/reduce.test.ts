/** The privacy transformation on hand-made files: route polylines, activity terrain, idempotence. */
import { describe, it, expect } from '@jest/globals';
import type { DeepPartial, RouteTerrainSummary, TerrainSummary } from '../../src/contract/index.js';
import { anonymizeFiles, ANONYMOUS_ACTIVITY_NAME, type PrivacyFiles, type PrivacyInput } from '../../src/derive/privacy/index.js';
import type { Coord } from '../../src/derive/privacy/zones.js';
import { haversine } from '../../src/derive/terrain/analyze.js';
import { parseRouteFile } from '../../src/derive/terrain/route-file.js';
import { buf, gpx, METRIC, northTrack } from '../terrain/fixtures.js';

const route = parseRouteFile(
  buf(
    gpx(
      northTrack([
        { m: 3000, grade: 0 },
        { m: 3000, grade: 6 },
        { m: 3000, grade: -6 },
      ]),
    ),
  ),
  'r.gpx',
  METRIC,
) as RouteTerrainSummary; // a GPX track with elevation parses to a route terrain summary
const line = route.polyline ?? [];
const [trackStart, trackEnd] = [line[0], line[line.length - 1]];

function input(over: Partial<PrivacyInput> = {}): PrivacyInput {
  return {
    radiusM: 500,
    indoorActivityIds: new Set(['i2']),
    activityTrackEnds: new Map(),
    outdoorNames: new Set(['Hill repeats']),
    ...over,
  };
}

function files(): PrivacyFiles {
  return {
    latest: {
      athlete_profile: { date_of_birth: '1990-01-01', age: 35, sex: 'M', location: 'Town', timezone: 'Europe/Oslo', height_m: 1.8 },
      athlete_notes: 'knee pain',
      recent_activities: [
        {
          id: 'i1',
          type: 'Ride',
          name: 'Hill repeats',
          description: 'felt ill',
          chat_notes: ['x'],
          terrain_summary: { ...structuredClone(route), source: 'activity_streams' as const },
        },
        { id: 'i2', type: 'Ride', name: 'Zwift race' },
        { id: 'i3', type: 'VirtualRide', name: 'Watopia' },
      ],
      planned_workouts: [{ name: 'Hill repeats' }, { name: 'Easy spin' }],
      health_context: { current: [{ category: 'SICK', name: 'Flu', description: 'fever 39' }], recent: [], upcoming: [] },
    },
    history: null,
    intervals: { activities: [{ activity_id: 'i1', type: 'Ride', name: 'Hill repeats' }] },
    routes: { events: [{ event_name: 'Hill repeats', terrain_summary: structuredClone(route) }] },
  };
}

describe('anonymizeFiles', () => {
  it('drops route polyline points and segment coordinates within the radius of the start and end', () => {
    const out = anonymizeFiles(files(), input());
    const reduced = out.routes?.events?.[0]?.terrain_summary;
    if (!reduced || !('total_distance_km' in reduced)) throw new Error('expected a route terrain summary');
    const polyline = reduced.polyline ?? [];
    expect(reduced.start_coords).toBeUndefined();
    expect(polyline.length).toBeGreaterThan(0);
    expect(polyline.length).toBeLessThan(line.length);
    for (const row of polyline) for (const z of [trackStart, trackEnd]) expect(haversine(z[1], z[2], row[1], row[2])).toBeGreaterThan(500);
    // points outside the zones are all kept, unchanged
    const kept = line.filter((row) => [trackStart, trackEnd].every((z) => haversine(z[1], z[2], row[1], row[2]) > 500));
    expect(polyline).toEqual(kept);
    expect(reduced.total_distance_km).toBe(route.total_distance_km);
    expect(reduced.climbs?.length).toBe(route.climbs.length);
  });

  it('names, profile, notes and health text', () => {
    const out = anonymizeFiles(files(), input());
    const l = out.latest;
    const acts = l.recent_activities ?? [];
    expect(l.athlete_profile).toEqual({ age: 35, sex: 'M', height_m: 1.8 });
    expect(l.athlete_notes).toBeNull();
    expect(acts.map((a) => a.name)).toEqual([ANONYMOUS_ACTIVITY_NAME, 'Zwift race', 'Watopia']);
    expect(acts[0].description).toBeUndefined();
    expect(acts[0].chat_notes).toBeUndefined();
    expect(acts[0].terrain_summary?.start_coords).toBeUndefined();
    expect(l.planned_workouts?.map((p) => p.name)).toEqual([ANONYMOUS_ACTIVITY_NAME, 'Easy spin']);
    expect(l.health_context?.current).toEqual([{ category: 'SICK', name: 'Illness' }]);
    expect(out.intervals?.activities?.[0]?.name).toBe(ANONYMOUS_ACTIVITY_NAME);
    expect(out.routes?.events?.[0]?.event_name).toBe(ANONYMOUS_ACTIVITY_NAME);
  });

  it('activity terrain: with the track ends known, only segment coordinates near them go; unknown, all go', () => {
    const start = route.start_coords ?? [];
    const ends = new Map<string, [Coord, Coord]>([
      [
        'i1',
        [
          [start[0], start[1]],
          [trackEnd[1], trackEnd[2]],
        ],
      ],
    ]);
    const known = anonymizeFiles(files(), input({ activityTrackEnds: ends })).latest;
    const unknown = anonymizeFiles(files(), input()).latest;
    const segCoords = (t: DeepPartial<TerrainSummary> | undefined) =>
      [...(t?.climbs ?? []), ...(t?.descents ?? [])].flatMap((c) => ['start_coords', 'end_coords'].filter((k) => k in c));
    expect(segCoords(unknown.recent_activities?.[0]?.terrain_summary)).toEqual([]);
    expect(segCoords(known.recent_activities?.[0]?.terrain_summary).length).toBeGreaterThan(0);
  });

  it('is idempotent: a reduced file reduced again is unchanged (zones never creep inwards)', () => {
    const once = anonymizeFiles(files(), input());
    const twice = anonymizeFiles(once, input());
    expect(twice).toEqual(once);
  });

  it('does not modify its input', () => {
    const f = files();
    const copy = structuredClone(f);
    anonymizeFiles(f, input());
    expect(f).toEqual(copy);
  });
});
