/** Terrain and weather of completed activities: stream classification and copy-forward. */
import { describe, it, expect } from '@jest/globals';
import { buildTerrainForActivity, buildWeatherForActivity } from '../../src/derive/terrain/index.js';
import { terrainOfStreams } from '../../src/derive/terrain/activity.js';
import { IntervalsError, type Outcome } from '../../src/fetch/client.js';
import { ctx, IMPERIAL, METRIC, northTrack } from './fixtures.js';

const c = ctx();

function streams(opts: { n?: number; alt?: boolean; nullLat?: boolean } = {}): Outcome<unknown[]> {
  const pts = northTrack([
    { m: 3000, grade: 0 },
    { m: 3000, grade: 6 },
  ]).slice(0, opts.n);
  const lat = pts.map((p) => (opts.nullLat ? null : p[0]));
  const lng = pts.map((p) => p[1]);
  const data: unknown[] = [
    { type: 'time', data: pts.map((_, i) => i) },
    { type: 'latlng', data: lat, data2: lng },
  ];
  if (opts.alt !== false) data.push({ type: 'altitude', data: pts.map((p) => p[2]) });
  return { ok: true, data, status: 200 };
}

function failure(status: number | null, kind: IntervalsError['kind']): Outcome<unknown[]> {
  return { ok: false, error: new IntervalsError('x', 'GET /activity/{id}/streams.json', status, kind) };
}

const ride = { id: 'i100', type: 'Ride' };

describe('terrain of activities', () => {
  it('summarises outdoor streams without a polyline', () => {
    const summary = buildTerrainForActivity(c, ride, null, streams(), METRIC).terrain_summary!;
    expect(summary.source).toBe('activity_streams');
    expect('polyline' in summary).toBe(false);
    expect(summary.climbs).toHaveLength(1);
  });

  it('classifies the streams response like the reference fetcher', () => {
    expect(buildTerrainForActivity(c, ride, null, streams({ n: 9 }), METRIC)).toEqual({ terrain_status: 'no_gps' });
    expect(buildTerrainForActivity(c, ride, null, streams({ nullLat: true }), METRIC)).toEqual({ terrain_status: 'no_gps' });
    expect(buildTerrainForActivity(c, ride, null, { ok: true, data: [], status: 200 }, METRIC)).toEqual({ terrain_status: 'no_gps' });
    expect(buildTerrainForActivity(c, ride, null, streams({ alt: false }), METRIC)).toEqual({ terrain_status: 'no_elevation' });
    expect(buildTerrainForActivity(c, ride, null, failure(404, 'http'), METRIC)).toEqual({
      terrain_status: 'failed',
      terrain_error: 'http_404',
    });
    expect(buildTerrainForActivity(c, ride, null, failure(410, 'http'), METRIC)).toEqual({
      terrain_status: 'failed',
      terrain_error: 'http_410',
    });
    // transient: nothing written, retried next sync
    for (const f of [
      failure(500, 'http'),
      failure(403, 'http'),
      failure(429, 'http'),
      failure(null, 'timeout'),
      failure(200, 'malformed'),
    ]) {
      expect(buildTerrainForActivity(c, ride, null, f, METRIC)).toEqual({});
    }
    // indoor: no field at all
    expect(buildTerrainForActivity(c, { id: 'i1', type: 'VirtualRide' }, null, streams(), METRIC)).toEqual({});
  });

  it('copies forward a summary (display in the current units) or a terminal status, nothing else', () => {
    const summary = buildTerrainForActivity(c, ride, null, streams(), METRIC).terrain_summary!;
    const previous = {
      recent_activities: [
        { id: 'i100', terrain_summary: summary, weather_summary: { source: 'old' } },
        { id: 'i101', terrain_status: 'failed', terrain_error: 'http_404' },
        { id: 'i102', terrain_status: 'something_else' },
      ],
    };
    const run = { id: 'i101', type: 'Run' };
    const hike = { id: 'i102', type: 'Hike' };
    const carried = buildTerrainForActivity(c, ride, previous, undefined, IMPERIAL).terrain_summary!;
    expect(carried.total_distance_km).toBe(summary.total_distance_km);
    expect(carried.display.total_distance?.unit).toBe('mi');
    expect(carried.climbs[0].display.elevation?.unit).toBe('ft');
    expect(buildTerrainForActivity(c, run, previous, undefined, METRIC)).toEqual({
      terrain_status: 'failed',
      terrain_error: 'http_404',
    });
    expect(buildWeatherForActivity(c, ride, previous, METRIC)).toEqual({ weather_summary: { source: 'old' } });
    // a non-terminal status is not carried: without streams this run, nothing is written
    expect(buildTerrainForActivity(c, hike, previous, undefined, METRIC)).toEqual({});
    expect(buildTerrainForActivity(c, hike, previous, streams({ alt: false }), METRIC)).toEqual({ terrain_status: 'no_elevation' });
  });
});

describe('weather of activities', () => {
  it('builds from the activity fields with a units block, rounding floats to 2 places', () => {
    const act = {
      id: 'i5',
      type: 'Run',
      has_weather: true,
      average_wind_speed: 3.14169,
      headwind_percent: 40,
      average_weather_temp: 2.675,
      max_rain: null,
    };
    const r = buildWeatherForActivity(c, act, null, IMPERIAL).weather_summary!;
    expect(r.units).toEqual({ wind: 'mph', temp: 'f', rain: 'in' });
    expect(r.avg_wind_speed).toBe(3.14);
    expect(r.headwind_pct).toBe(40);
    expect(r.avg_temp).toBe(2.67); // 2.675 is stored just below the tie: Python gives 2.67
    expect(r.rain).toBeNull();
    expect(r.snow).toBeNull();
    expect(Object.keys(r)).toHaveLength(17);
  });

  it('unavailable without has_weather; nothing for indoor types', () => {
    expect(buildWeatherForActivity(c, { id: 'i6', type: 'Ride', has_weather: false }, null, METRIC)).toEqual({
      weather_status: 'unavailable',
    });
    expect(buildWeatherForActivity(c, { id: 'i7', type: 'VirtualRide', has_weather: true }, null, METRIC)).toEqual({});
  });
});

describe('terrain analysed ahead of the rows', () => {
  it('a response analysed early gives its row the same terrain, as the row’s own copy', () => {
    const s = streams();
    const early = terrainOfStreams(s, METRIC);
    expect(early.terrain_summary?.climbs).toHaveLength(1);
    const row = buildTerrainForActivity(c, ride, null, s, METRIC);
    expect(row).toEqual(early);
    expect(row.terrain_summary).not.toBe(early.terrain_summary);
    // changing one copy (privacy mode trims coordinates in place) leaves the others as analysed
    row.terrain_summary!.start_coords = [0, 0];
    row.terrain_summary!.climbs.length = 0;
    expect(buildTerrainForActivity(c, ride, null, s, METRIC)).toEqual(early);
    expect(buildTerrainForActivity(c, ride, null, streams(), METRIC)).toEqual(early);
  });

  it('a response is analysed once, and its display follows the units it is asked in', () => {
    const s = streams();
    const early = terrainOfStreams(s, METRIC);
    // the streams are not read again for the same response in the same units
    (s as { data: unknown[] }).data.length = 0;
    expect(terrainOfStreams(s, METRIC)).toEqual(early);
    // other units: analysed again (here: from what the response now holds)
    expect(terrainOfStreams(s, IMPERIAL)).toEqual({ terrain_status: 'no_gps' });
    const imperial = terrainOfStreams(streams(), IMPERIAL).terrain_summary!;
    expect(imperial.display).not.toEqual(early.terrain_summary!.display);
    expect(imperial.total_distance_km).toBe(early.terrain_summary!.total_distance_km);
  });
});
