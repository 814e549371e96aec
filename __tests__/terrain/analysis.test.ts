/** Terrain analysis of hand-built courses, format detection and the routes.json cache. */
import { describe, it, expect } from '@jest/globals';
import { parseRouteFile, detectRouteFormat, decodeUtf8Ignore } from '../../src/derive/terrain/route-file.js';
import { haversine } from '../../src/derive/terrain/analyze.js';
import { generateRoutes } from '../../src/derive/terrain/index.js';
import { planAttachmentDownloads } from '../../src/snapshot/plan/terrain.js';
import { pyFloat } from '../../src/lib/py/index.js';
import { buf, ctx, gpx, IMPERIAL, METRIC, M_PER_DEG, northTrack, tcx, type Pt } from './fixtures.js';

type Summary = Record<string, any>;

describe('courses', () => {
  it('a flat course: flat, no climbs or descents, 100 % flat grades', () => {
    const r = parseRouteFile(buf(gpx(northTrack([{ m: 30000, grade: 0 }]))), 'flat.gpx', METRIC) as Summary;
    expect(r.source).toBe('gpx_attachment');
    expect(r.total_distance_km).toBe(30.0);
    expect(r.total_elevation_m).toBe(0);
    expect(r.course_character).toBe('flat');
    expect(r.climbs).toEqual([]);
    expect(r.descents).toEqual([]);
    expect(r.grade_distribution.flat_pct).toBe(100.0);
    expect(r.max_grade_pct).toBe(0.0);
    // polyline every ~500 m plus both ends, [km, lat, lon, ele]
    expect(r.polyline.length).toBeGreaterThanOrEqual(55);
    for (let i = 1; i < r.polyline.length - 1; i++) expect(r.polyline[i][0] - r.polyline[i - 1][0]).toBeGreaterThanOrEqual(0.45);
    expect(r.polyline[0]).toEqual([0.0, 45.0, 7.0, 100]);
    expect(r.polyline[r.polyline.length - 1][0]).toBe(30.0);
    expect(r.display.total_distance).toEqual({ value: 30.0, unit: 'km' });
  });

  it('one long climb on a rolling course: a Cat 2 climb that makes the course hilly', () => {
    // 40 km flat, then 10 km at 4.5 % (450 m): 9 m/km alone would be "rolling"
    const pts = northTrack([
      { m: 40000, grade: 0 },
      { m: 10000, grade: 4.5 },
    ]);
    const r = parseRouteFile(buf(gpx(pts)), 'climb.gpx', METRIC) as Summary;
    expect(r.total_distance_km).toBe(50.0);
    expect(Math.abs(r.total_elevation_m - 450)).toBeLessThanOrEqual(2);
    expect(r.elevation_per_km).toBeLessThan(20);
    expect(r.course_character).toBe('hilly');
    expect(r.climbs).toHaveLength(1);
    const c = r.climbs[0];
    expect(c.category).toBe('Cat 2');
    expect(Math.abs(c.position_km - 40)).toBeLessThanOrEqual(0.3);
    expect(Math.abs(c.distance_km - 10)).toBeLessThanOrEqual(0.3);
    expect(c.avg_gradient_pct).toBeCloseTo(4.5, 0);
    expect(c.max_gradient_pct).toBeGreaterThanOrEqual(c.avg_gradient_pct);
    expect(c.display.elevation).toEqual({ value: c.elevation_m, unit: 'm' });
    expect(r.descents).toEqual([]);
    expect(r.grade_distribution.moderate_pct).toBeCloseTo(20, 0);
  });

  it('a climb then a descent: the descent is signed', () => {
    const r = parseRouteFile(
      buf(
        gpx(
          northTrack([
            { m: 5000, grade: 7 },
            { m: 5000, grade: -7 },
          ]),
        ),
      ),
      'up-down.gpx',
      METRIC,
    ) as Summary;
    expect(r.climbs).toHaveLength(1);
    expect(r.descents).toHaveLength(1);
    expect(r.descents[0].elevation_m).toBeLessThan(-300);
    expect(r.descents[0].avg_gradient_pct).toBeLessThan(-5);
    expect(r.descents[0].category).toBeUndefined();
    expect(r.course_character).toBe('mountain');
  });

  it('a course crossing the antimeridian measures the short way round', () => {
    const pts: Pt[] = [];
    for (let i = 0; i <= 200; i++) {
      let lon = 179.9 + i * 0.001;
      if (lon > 180) lon -= 360;
      pts.push([0, lon, 10]);
    }
    const r = parseRouteFile(buf(gpx(pts)), 'dateline.gpx', METRIC) as Summary;
    const expectedKm = (0.2 * M_PER_DEG) / 1000;
    expect(r.total_distance_km).toBeCloseTo(expectedKm, 0);
    expect(r.total_distance_km).toBeLessThan(23);
    expect(r.start_coords).toEqual([0, 179.9]);
    expect(haversine(0, 179.9995, 0, -179.9995)).toBeCloseTo(0.001 * M_PER_DEG, 6);
  });

  it('a TCX without altitude: a no-elevation summary (and the XML declaration does not send it to the GPX parser)', () => {
    const r = parseRouteFile(buf(tcx(northTrack([{ m: 7000, grade: 3 }]), { altitude: false })), 'course.tcx', METRIC) as Summary;
    expect(r).toEqual({
      source: 'gpx_attachment_no_elevation',
      total_distance_km: 7.0,
      total_elevation_m: 0,
      elevation_per_km: 0.0,
      course_character: 'flat',
      climbs: [],
      descents: [],
      display: {
        total_distance: { value: 7.0, unit: 'km' },
        total_elevation: { value: 0, unit: 'm' },
        elevation_per_distance: { value: 0, unit: 'm/km' },
      },
    });
  });

  it('TCX with altitude, with or without declaration, analyses like the same GPX', () => {
    const pts = northTrack([
      { m: 3000, grade: 0 },
      { m: 3000, grade: 5 },
    ]);
    const fromGpx = parseRouteFile(buf(gpx(pts)), 'a.gpx', IMPERIAL);
    expect(parseRouteFile(buf(tcx(pts)), 'a.tcx', IMPERIAL)).toEqual(fromGpx);
    expect(parseRouteFile(buf(tcx(pts, { decl: false })), 'a.bin', IMPERIAL)).toEqual(fromGpx);
    expect((fromGpx as Summary).display.total_distance.unit).toBe('mi');
  });

  it('fewer than two points, and under 100 m with elevation', () => {
    expect(parseRouteFile(buf(gpx([[45, 7, 100]])), 'one.gpx', METRIC)).toEqual({ error: 'insufficient trackpoints' });
    expect(parseRouteFile(buf(gpx(northTrack([{ m: 60, grade: 0 }]))), 'short.gpx', METRIC)).toBeNull();
  });

  it('reads CDATA, character references, comments inside text and prefixed elements like ElementTree', () => {
    const pts = northTrack([{ m: 3000, grade: 2 }]);
    const plain = parseRouteFile(buf(gpx(pts)), 'a.gpx', METRIC) as Summary;
    let i = 0;
    const fancy = gpx(pts, { name: 'A &amp; B <![CDATA[& co]]>' })
      .replace(/<ele>([^<]*)<\/ele>/g, (_m, e: string) =>
        i++ % 2 ? `<ele><![CDATA[${e}]]></ele>` : `<ele>${e.slice(0, 1)}<!-- x -->${e.slice(1)}</ele>`,
      )
      .replace(/lat="4/g, 'lat="&#52;');
    expect(parseRouteFile(buf(fancy), 'b.gpx', METRIC)).toEqual(plain);
    const prefixed = gpx(pts)
      .replace(
        '<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">',
        '<g:gpx xmlns:g="http://www.topografix.com/GPX/1/1">',
      )
      .replace(/<(\/?)(trk|trkseg|trkpt|ele|name)\b/g, '<$1g:$2')
      .replace('</gpx>', '</g:gpx>');
    expect(parseRouteFile(buf(prefixed), 'c.gpx', METRIC)).toEqual(plain);
    // trkpt outside the root's namespace is not a trackpoint
    const foreign = gpx(pts).replace(/<trkpt /g, '<trkpt xmlns="urn:other" ');
    expect(parseRouteFile(buf(foreign), 'd.gpx', METRIC)).toEqual({ error: 'insufficient trackpoints' });
  });

  it('a bad <ele> drops the elevation of that point only (GPX); a bad TCX number drops the point', () => {
    const pts = northTrack([{ m: 1000, grade: 0 }]);
    const g = gpx(pts).replace(/<ele>[^<]*<\/ele>/g, '<ele>n/a</ele>');
    expect((parseRouteFile(buf(g), 'x.gpx', METRIC) as Summary).source).toBe('gpx_attachment_no_elevation');
    const t = tcx(pts).replace(/<AltitudeMeters>[^<]*<\/AltitudeMeters>/g, '<AltitudeMeters>n/a</AltitudeMeters>');
    expect(parseRouteFile(buf(t), 'x.tcx', METRIC)).toEqual({ error: 'insufficient trackpoints' });
  });
});

describe('format detection', () => {
  it('dispatches like the reference (with the root-element TCX fix)', () => {
    expect(detectRouteFormat(buf('<?xml version="1.0"?>\n<TrainingCenterDatabase/>' + ' '.repeat(60)), 'x.gpx')).toBe('tcx');
    expect(detectRouteFormat(buf('<?xml version="1.0"?>\n<gpx/>'), 'x.tcx')).toBe('gpx');
    expect(detectRouteFormat(buf('<x:TrainingCenterDatabase xmlns:x="urn:t"/>'), 'x')).toBe('tcx');
    // an unbound prefix is not a well-formed root: the original path (text sniffing) decides
    expect(detectRouteFormat(buf('<?xml version="1.0"?><x:TrainingCenterDatabase/>'), 'x')).toBe('gpx');
    const fit = Buffer.concat([Buffer.from([0x0e, 0x10, 0xd9, 0x07]), Buffer.alloc(60)]);
    expect(detectRouteFormat(fit, 'route.gpx')).toEqual({ error: 'FIT format not yet supported' });
    expect(detectRouteFormat(buf('%PDF-1.4 ' + 'x'.repeat(60)), 'route.fit')).toEqual({ error: 'FIT format not yet supported' });
    expect(detectRouteFormat(buf('%PDF-1.4 ' + 'x'.repeat(60)), 'route.pdf')).toEqual({ error: 'unrecognized route file format' });
    expect(detectRouteFormat(buf('hello ' + 'x'.repeat(60)), 'ROUTE.GPX')).toBe('gpx');
  });

  it('decodes like bytes.decode("utf-8", errors="ignore") and parses floats like float()', () => {
    expect(decodeUtf8Ignore(Buffer.from([0x61, 0xe2, 0x82, 0x62, 0xc3, 0xa9, 0xff]))).toBe('abé');
    expect(pyFloat(' 1_000.5\n')).toBe(1000.5);
    expect(pyFloat('-Infinity')).toBe(-Infinity);
    expect(() => pyFloat('0x10')).toThrow();
    expect(() => pyFloat('')).toThrow();
  });
});

describe('routes.json', () => {
  const url = 'http://127.0.0.1:9/attachments/c.gpx';
  const events = [
    {
      id: 7,
      name: 'Race',
      start_date_local: '2025-06-20T08:15:00',
      category: 'RACE_A',
      attachments: [{ id: 'att-1', filename: 'c.gpx', url }],
    },
    {
      id: 8,
      name: 'Notes',
      start_date_local: '2025-06-21T00:00:00',
      category: 'NOTE',
      attachments: [{ id: 'att-2', filename: 'plan.pdf', url: 'http://x/plan.pdf' }],
    },
    {
      id: 9,
      start_date_local: '2025-06-22',
      category: 'WORKOUT',
      attachments: [{ id: 'att-3', filename: 'gone.fit', url: 'http://127.0.0.1:9/attachments/gone.fit' }],
    },
  ];
  const content = buf(
    gpx(
      northTrack([
        { m: 5000, grade: 0 },
        { m: 3000, grade: 6 },
      ]),
    ),
  );
  const notFound = {
    ok: false as const,
    error: Object.assign(new Error('GET attachment: HTTP 404'), {
      endpoint: 'GET attachment',
      status: 404,
      kind: 'http' as const,
      retryAfterRaw: null,
    }),
  };

  it('plans downloads of route files only, and reuses the cache by attachment id', () => {
    const c = ctx();
    expect(planAttachmentDownloads(c, { events, previousRoutes: null })).toEqual([url, 'http://127.0.0.1:9/attachments/gone.fit']);
    const first = generateRoutes(c, {
      events,
      previousRoutes: null,
      attachments: { [url]: { ok: true, data: content, status: 200 }, 'http://127.0.0.1:9/attachments/gone.fit': notFound as never },
      units: METRIC,
    });
    const entries = first.routesData!.events as Summary[];
    expect(entries.map((e) => e.attachment_id)).toEqual(['att-1', 'att-3']);
    expect(entries[0].start_time).toBe('08:15');
    expect(entries[1].event_name).toBe('Unnamed');
    expect(entries[1].terrain_summary).toEqual({ error: 'download failed (HTTP 404)' });
    // the reference counts error dicts too
    expect([...first.terrainEventIds].sort()).toEqual(['7', '9']);

    const stored = JSON.parse(JSON.stringify(first.routesData));
    expect(planAttachmentDownloads(c, { events, previousRoutes: stored })).toEqual([]);
    const renamed = [{ ...events[0], name: 'Race (moved)', start_date_local: '2025-06-27T00:00:00' }, events[2]];
    const second = generateRoutes(c, { events: renamed, previousRoutes: stored, attachments: {}, units: IMPERIAL });
    const e2 = second.routesData!.events as Summary[];
    expect(e2[0].event_name).toBe('Race (moved)');
    expect(e2[0].event_date).toBe('2025-06-27');
    expect('start_time' in e2[0]).toBe(false);
    // canonical fields kept, display refreshed to the new units
    expect(e2[0].terrain_summary.total_distance_km).toBe(entries[0].terrain_summary.total_distance_km);
    expect(e2[0].terrain_summary.display.total_distance.unit).toBe('mi');
    expect(e2[0].terrain_summary.climbs[0].display.elevation.unit).toBe('ft');

    // another producer build (script_hash) invalidates the cache
    expect(planAttachmentDownloads(ctx('otherhash'), { events, previousRoutes: stored })).toHaveLength(2);
  });
});
