/**
 * The whole pipeline on a dataset whose route attachments and activity streams carry non-finite
 * numbers (`nan`, `Infinity`, `1e309` in GPX/TCX, 1e309 in the streams JSON, which parses to
 * Infinity): the run finishes in seconds, and every file it writes is strict JSON with no
 * NaN/Infinity token. Before the guards, such a track made the terrain loop spin forever.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import path from 'node:path';
import os from 'node:os';
import { promises as fs } from 'node:fs';
import { startFakeIntervals, type FakeIntervals } from '../../src/fake-intervals/server.js';
import { fakeRunSettings } from '../../src/fake-intervals/settings.js';
import { checkedSync } from '../../test-support/checked-sync.js';

const SOURCE = path.resolve('test-data/scenarios/edge-nulls/dataset');
const AT = '2025-07-22T06:00:00';
const M_PER_DEG = (Math.PI / 180) * 6371000;

/** a 3 km climbing track with hostile values sprinkled in */
function hostileGpx(): string {
  const pts: string[] = [];
  for (let i = 0; i <= 150; i++) {
    const lat = i % 17 === 5 ? 'nan' : (38.7 + (i * 20) / M_PER_DEG).toFixed(7);
    const lon = i % 23 === 7 ? '1e309' : i % 29 === 3 ? '-inf' : '-9.1';
    const ele = i % 13 === 2 ? 'Infinity' : i % 19 === 4 ? 'NaN' : (10 + i * 1.2).toFixed(1);
    pts.push(`<trkpt lat="${lat}" lon="${lon}"><ele>${ele}</ele></trkpt>`);
  }
  return `<?xml version="1.0"?><gpx xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>${pts.join('\n')}</trkseg></trk></gpx>`;
}

function hostileTcx(): string {
  const pts: string[] = [];
  for (let i = 0; i <= 150; i++) {
    const lat = i === 0 || i === 150 ? 'inf' : (38.7 + (i * 20) / M_PER_DEG).toFixed(7);
    const alt = i % 3 === 0 ? '1e309' : (10 + i).toFixed(1);
    pts.push(
      `<Trackpoint><Position><LatitudeDegrees>${lat}</LatitudeDegrees><LongitudeDegrees>-9.1</LongitudeDegrees></Position><AltitudeMeters>${alt}</AltitudeMeters></Trackpoint>`,
    );
  }
  return `<?xml version="1.0"?><TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Courses><Course><Track>${pts.join('')}</Track></Course></Courses></TrainingCenterDatabase>`;
}

/** streams responses with every 5th altitude/latlng/distance/dfa_a1 sample made 1e309 */
const hostileFetch: typeof fetch = async (input, init) => {
  const res = await fetch(input, init);
  const url = String(input instanceof Request ? input.url : input);
  if (!/\/streams/.test(url) || res.status !== 200) return res;
  const streams = (await res.json()) as Array<Record<string, unknown>>;
  for (const s of streams) {
    if (!['altitude', 'latlng', 'distance', 'dfa_a1'].includes(String(s.type))) continue;
    for (const key of ['data', 'data2']) {
      const arr = s[key];
      if (Array.isArray(arr)) for (let i = 0; i < arr.length; i += 5) arr[i] = '__HUGE__';
    }
  }
  const text = JSON.stringify(streams).replaceAll('"__HUGE__"', '1e309');
  return new Response(text, { status: 200, headers: { 'Content-Type': 'application/json' } });
};

let dataset: string;
let server: FakeIntervals;
beforeAll(async () => {
  dataset = await fs.mkdtemp(path.join(os.tmpdir(), 'hostile-ds-'));
  await fs.cp(SOURCE, dataset, { recursive: true });
  await fs.writeFile(path.join(dataset, 'attachments', 'tiny.gpx'), hostileGpx());
  await fs.writeFile(path.join(dataset, 'attachments', 'flat_no_elevation.gpx'), hostileTcx());
  server = await startFakeIntervals({ dataset, now: AT });
});
afterAll(async () => {
  await server.close();
});

describe('hostile numbers through the pipeline', () => {
  it('finishes in seconds and writes strict JSON only', async () => {
    const t0 = Date.now();
    const r = await checkedSync(fakeRunSettings(server, AT, '/unused'), {
      readState: async () => null,
      nowInstantMs: Date.parse(`${AT}Z`),
      fetch: hostileFetch,
    });
    expect(Date.now() - t0).toBeLessThan(20_000);
    for (const [name, text] of Object.entries(r.files)) {
      expect({ name, token: /\bNaN\b|-?Infinity/.exec(text)?.[0] ?? null }).toEqual({ name, token: null });
      if (name.endsWith('.json')) expect(() => JSON.parse(text)).not.toThrow();
    }
    const routes = JSON.parse(r.files['routes.json']);
    const byFile = Object.fromEntries(routes.events.map((e: Record<string, unknown>) => [e.filename, e.terrain_summary]));
    // the hostile GPX is analysed from its finite points
    expect(byFile['tiny.gpx'].total_distance_km).toBeGreaterThan(2);
    expect(byFile['tiny.gpx'].polyline.length).toBeGreaterThan(3);
    expect(byFile['flat_no_elevation.gpx'].total_distance_km).toBeGreaterThan(2);
    const latest = JSON.parse(r.files['latest.json']);
    const withTerrain = (latest.recent_activities as Array<Record<string, any>>).filter((a) => a.terrain_summary);
    expect(withTerrain.length).toBeGreaterThan(0);
  }, 30_000);
});
