/** Terrain outputs conform to the strict contract: fresh, copied forward, in either unit system. */
import { describe, it, expect } from '@jest/globals';
import * as v from 'valibot';
import { contractSchema, RouteTerrainSummary, strictVariant, TerrainError, TerrainSummary } from '../../src/contract/index.js';
import { buildTerrainForActivity, generateRoutes } from '../../src/derive/terrain/index.js';
import { parseRouteFile } from '../../src/derive/terrain/route-file.js';
import type { Outcome } from '../../src/snapshot/types.js';
import { buf, ctx, gpx, IMPERIAL, METRIC, northTrack, tcx } from './fixtures.js';

const issues = (schema: v.GenericSchema, value: unknown) =>
  (v.safeParse(strictVariant(schema), value).issues ?? []).map((i) => `${v.getDotPath(i) ?? ''}: ${i.message}`);

const hilly = northTrack([
  { m: 4000, grade: 0 },
  { m: 6000, grade: 7 },
  { m: 3000, grade: -8 },
  { m: 2000, grade: 0 },
]);

function streams(pts: ReturnType<typeof northTrack>): Outcome<unknown[]> {
  return {
    ok: true,
    status: 200,
    data: [
      { type: 'latlng', data: pts.map((p) => p[0]), data2: pts.map((p) => p[1]) },
      { type: 'altitude', data: pts.map((p) => p[2]) },
    ],
  };
}

describe('terrain outputs against the contract', () => {
  it('a route analysis, a flat route without elevation and an error entry', () => {
    for (const units of [METRIC, IMPERIAL]) {
      const route = parseRouteFile(buf(gpx(hilly)), 'hilly.gpx', units);
      expect(issues(RouteTerrainSummary, route)).toEqual([]);
      const summary = route as RouteTerrainSummary;
      expect(summary.climbs.length).toBeGreaterThan(0);
      expect(summary.descents.length).toBeGreaterThan(0);
      const flat = parseRouteFile(buf(tcx(hilly, { altitude: false })), 'flat.tcx', units);
      expect(issues(RouteTerrainSummary, flat)).toEqual([]);
      expect(issues(TerrainError, parseRouteFile(buf('<gpx><trk>'), 'broken.gpx', units))).toEqual([]);
    }
  });

  it('an activity summary, fresh and copied forward with the display in other units', () => {
    const c = ctx();
    const act = { id: 'i9', type: 'Ride' };
    const fresh = buildTerrainForActivity(c, act, null, streams(hilly), METRIC).terrain_summary;
    expect(issues(TerrainSummary, fresh)).toEqual([]);
    const previous = { recent_activities: [{ id: 'i9', terrain_summary: fresh }] };
    const carried = buildTerrainForActivity(c, act, previous, undefined, IMPERIAL).terrain_summary;
    expect(issues(TerrainSummary, carried)).toEqual([]);
    expect(carried?.display.total_elevation?.unit).toBe('ft');
  });

  it('routes.json, fresh and from its cache', () => {
    const c = ctx();
    const url = 'http://127.0.0.1:9/a/hilly.gpx';
    const fitUrl = 'http://127.0.0.1:9/a/ride.fit';
    const routeEvent = (id: number, start: string, attachment: { id: string; filename: string; url: string }) => ({
      id,
      name: `event ${id}`,
      start_date_local: start,
      category: 'WORKOUT',
      attachments: [attachment],
    });
    const events = [
      routeEvent(11, '2025-06-20T09:30:00', { id: 'h1', filename: 'hilly.gpx', url }),
      routeEvent(12, '2025-06-21T00:00:00', { id: 'f1', filename: 'ride.fit', url: fitUrl }),
    ];
    const fitHeader = Buffer.from([0x0e, 0x10, 0xd9, 0x07]);
    const attachments: Record<string, Outcome<Buffer>> = {
      [url]: { ok: true, status: 200, data: buf(gpx(hilly)) },
      [fitUrl]: { ok: true, status: 200, data: Buffer.concat([fitHeader, Buffer.alloc(80)]) },
    };
    const first = generateRoutes(c, { events, previousRoutes: null, attachments, units: METRIC });
    expect(issues(contractSchema('routes.json'), first.routesData)).toEqual([]);
    expect(first.routesData.events.map((e) => e.terrain_summary && 'error' in e.terrain_summary)).toEqual([false, true]);
    const stored: unknown = JSON.parse(JSON.stringify(first.routesData));
    const second = generateRoutes(c, { events, previousRoutes: stored, attachments: {}, units: IMPERIAL });
    expect(issues(contractSchema('routes.json'), second.routesData)).toEqual([]);
    // the cached error entry gains a display block of nulls, as the reference writes it
    expect(second.routesData.events[1].terrain_summary).toEqual({
      error: 'FIT format not yet supported',
      display: { total_distance: null, total_elevation: null, elevation_per_distance: null },
    });
  });
});
