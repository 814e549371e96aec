/**
 * Non-finite numbers in a track (`nan`, `inf`, `1e309`, `Infinity`) never enter the analysis: a
 * point with such a coordinate is missing (like a point without lat/lon), such an elevation is
 * missing (like an absent <ele>), and the analysis ends quickly with the result of the file
 * without those values. Each case runs under a timeout: before the guard, a NaN distance made
 * the grade walk spin forever.
 */
import { describe, it, expect } from '@jest/globals';
import { parseRouteFile } from '../../src/derive/terrain/route-file.js';
import { buildTerrainForActivity } from '../../src/derive/terrain/index.js';
import { computeGradeDistribution } from '../../src/derive/terrain/grades.js';
import type { Outcome } from '../../src/fetch/client.js';
import { buf, ctx, gpx, METRIC, northTrack, tcx, type Pt } from './fixtures.js';

const TIMEOUT_MS = 5000;
const HOSTILE = ['nan', 'NaN', '-nan', 'inf', '-Infinity', 'Infinity', '1e309', '-1e309'];

const track: Pt[] = northTrack([
  { m: 2000, grade: 0 },
  { m: 2000, grade: 5 },
]);

/** the track with the value at point `at` of `field` replaced by a raw string */
function gpxWith(field: 'lat' | 'lon' | 'ele', value: string, at: number[]): string {
  const lines = gpx(track).split('\n');
  // the first trkpt is on line 2 (after the declaration and the opening tags)
  const first = lines.findIndex((l) => l.includes('<trkpt'));
  for (const k of at) {
    const i = first + k;
    if (field === 'ele') lines[i] = lines[i].replace(/<ele>[^<]*<\/ele>/, `<ele>${value}</ele>`);
    else lines[i] = lines[i].replace(new RegExp(`${field}="[^"]*"`), `${field}="${value}"`);
  }
  return lines.join('\n');
}

function tcxWith(field: 'LatitudeDegrees' | 'AltitudeMeters', value: string, at: number[]): string {
  const lines = tcx(track).split('\n');
  const first = lines.findIndex((l) => l.includes('<Trackpoint>'));
  for (const k of at) {
    const i = first + k;
    lines[i] = lines[i].replace(new RegExp(`<${field}>[^<]*</${field}>`), `<${field}>${value}</${field}>`);
  }
  return lines.join('\n');
}

const clean = parseRouteFile(buf(gpx(track)), 'r.gpx', METRIC) as Record<string, unknown>;
/** the same track without the points at `drop` */
function without(drop: number[]): Record<string, unknown> {
  return parseRouteFile(buf(gpx(track.filter((_, i) => !drop.includes(i)))), 'r.gpx', METRIC) as Record<string, unknown>;
}
/** the same track with the elevations at `drop` absent */
function withoutEle(drop: number[]): Record<string, unknown> {
  const pts = track.map((p, i) => (drop.includes(i) ? ([p[0], p[1]] as Pt) : p));
  return parseRouteFile(buf(gpx(pts)), 'r.gpx', METRIC) as Record<string, unknown>;
}

describe('non-finite numbers in route files', () => {
  it('the clean track is a real analysis (the baseline the cases compare with)', () => {
    expect(clean.total_distance_km).toBe(4.0);
    expect((clean.climbs as unknown[]).length).toBe(1);
  });

  for (const v of HOSTILE) {
    it(
      `GPX lat/lon="${v}": the point is missing`,
      () => {
        for (const field of ['lat', 'lon'] as const) {
          for (const at of [[0], [37], [track.length - 1], [5, 6, 7]]) {
            const r = parseRouteFile(buf(gpxWith(field, v, at)), 'r.gpx', METRIC);
            expect(r).toEqual(without(at));
          }
        }
      },
      TIMEOUT_MS,
    );

    it(
      `GPX <ele>${v}</ele>: the elevation is missing`,
      () => {
        for (const at of [[0], [60], [track.length - 1]]) {
          expect(parseRouteFile(buf(gpxWith('ele', v, at)), 'r.gpx', METRIC)).toEqual(withoutEle(at));
        }
      },
      TIMEOUT_MS,
    );

    it(
      `TCX <LatitudeDegrees>/<AltitudeMeters>${v}: point / elevation missing`,
      () => {
        const r = parseRouteFile(buf(tcxWith('LatitudeDegrees', v, [10])), 'r.tcx', METRIC);
        expect(r).toEqual(without([10]));
        const e = parseRouteFile(buf(tcxWith('AltitudeMeters', v, [10])), 'r.tcx', METRIC);
        expect(e).toEqual(withoutEle([10]));
      },
      TIMEOUT_MS,
    );
  }

  it(
    'every coordinate non-finite: insufficient trackpoints; every elevation non-finite: no-elevation summary',
    () => {
      const all = track.map((_, i) => i);
      expect(parseRouteFile(buf(gpxWith('lat', 'nan', all)), 'r.gpx', METRIC)).toEqual({ error: 'insufficient trackpoints' });
      const noEle = parseRouteFile(buf(gpxWith('ele', 'inf', all)), 'r.gpx', METRIC) as Record<string, unknown>;
      expect(noEle.source).toBe('gpx_attachment_no_elevation');
      expect(noEle.total_distance_km).toBe(4.0);
    },
    TIMEOUT_MS,
  );

  it(
    'the grade walk ends on a NaN or a non-advancing distance series',
    () => {
      const cum = Float64Array.from([0, 100, Number.NaN, 400, 600]);
      const ele = Float64Array.from([0, 1, 2, 3, 4]);
      const [dist] = computeGradeDistribution(cum, ele);
      expect(Object.values(dist).every((x) => Number.isFinite(x))).toBe(true);
      const flat = Float64Array.from([0, 300, 300, Number.POSITIVE_INFINITY, 300]);
      expect(() => computeGradeDistribution(flat, ele)).not.toThrow();
    },
    TIMEOUT_MS,
  );
});

describe('non-finite numbers in activity streams', () => {
  const c = ctx();
  const ride = { id: 'i100', type: 'Ride' };

  function outcome(lat: unknown[], lng: unknown[], alt: unknown[] | null): Outcome<unknown[]> {
    const data: unknown[] = [
      { type: 'time', data: lat.map((_, i) => i) },
      { type: 'distance', data: lat.map((_, i) => (i === 3 ? Number.NaN : i * 20)) },
      { type: 'latlng', data: lat, data2: lng },
    ];
    if (alt) data.push({ type: 'altitude', data: alt });
    return { ok: true, data, status: 200 };
  }
  const lat = track.map((p) => p[0]);
  const lng = track.map((p) => p[1]);
  const alt = track.map((p) => p[2] as number);
  const base = buildTerrainForActivity(c, ride, null, outcome(lat, lng, alt), METRIC);

  it(
    'a non-finite latlng sample is a GPS dropout, a non-finite altitude a missing one',
    () => {
      for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 'NaN', 'Infinity', '1e309']) {
        const la = lat.map((x, i) => (i === 40 ? bad : x));
        const dropped = buildTerrainForActivity(
          c,
          ride,
          null,
          outcome(
            lat.filter((_, i) => i !== 40),
            lng.filter((_, i) => i !== 40),
            alt.filter((_, i) => i !== 40),
          ),
          METRIC,
        );
        expect(buildTerrainForActivity(c, ride, null, outcome(la, lng, alt), METRIC)).toEqual(dropped);
        const al = alt.map((x, i) => (i === 40 ? bad : x));
        const r = buildTerrainForActivity(c, ride, null, outcome(lat, lng, al), METRIC);
        expect(r.terrain_summary!.source).toBe('activity_streams');
        expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity/);
      }
      expect(base.terrain_summary!.total_distance_km).toBe(4.0);
    },
    TIMEOUT_MS,
  );

  it(
    'all latlng non-finite: no_gps; all altitude non-finite: no_elevation',
    () => {
      const nan = lat.map(() => Number.NaN);
      expect(buildTerrainForActivity(c, ride, null, outcome(nan, lng, alt), METRIC)).toEqual({ terrain_status: 'no_gps' });
      const inf = alt.map(() => Number.POSITIVE_INFINITY);
      expect(buildTerrainForActivity(c, ride, null, outcome(lat, lng, inf), METRIC)).toEqual({ terrain_status: 'no_elevation' });
    },
    TIMEOUT_MS,
  );
});
