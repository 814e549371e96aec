/**
 * Redirects and URLs: the client never follows a redirect to another origin (it would take that
 * host's data and hand it the Authorization header); same-origin redirects are followed a bounded
 * number of times. Attachment URLs that are not absolute http(s) are refused: routes.json records
 * the error and the run goes on.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { startFakeIntervals, type FakeIntervals } from '../../src/fake-intervals/server.js';
import { SyncError } from '../../src/pipeline.js';
import { checkedSync } from '../../test-support/checked-sync.js';
import { gpx, northTrack } from '../terrain/fixtures.js';
import { ATHLETE_PATH, DATASET, depsFor, freshDir, settingsFor, syncWith } from './rig.js';

let server: FakeIntervals;
/** another origin: same dataset and key, so anything it answered would look plausible */
let other: FakeIntervals;
beforeAll(async () => {
  server = await startFakeIntervals({ dataset: DATASET, datasetFaults: false });
  other = await startFakeIntervals({ dataset: DATASET, datasetFaults: false });
});
afterAll(async () => {
  await server.close();
  await other.close();
});

const quick = { client: { timeoutMs: 10_000, retries: 2, backoffLimitMs: 20 } };

async function failing(): Promise<{ err: unknown }> {
  const out = await freshDir('redirect');
  const err = await checkedSync(settingsFor(server, out), depsFor(out, quick)).catch((e) => e);
  server.clearFaults();
  return { err };
}

describe('redirects', () => {
  it.each([
    ['another port', () => `${other.url}${ATHLETE_PATH}`],
    ['another host name for the same server', () => `${server.url.replace('127.0.0.1', 'localhost')}${ATHLETE_PATH}`],
    ['a protocol-relative location', () => `//localhost:${new URL(other.url).port}${ATHLETE_PATH}`],
  ])('to %s are not followed on a core read: one line naming api-base-url, nothing sent there', async (_n, target) => {
    const before = other.log.length;
    server.clearFaults();
    server.addFault({ path: ATHLETE_PATH, status: 302, headers: { Location: target() } });
    const { err } = await failing();
    expect(err).toBeInstanceOf(SyncError);
    expect((err as Error).message).toMatch(
      /^GET \/athlete\/\{id\}: HTTP 302 redirect to another origin \(http:\/\/(localhost|127\.0\.0\.1):\d+\) was not followed: check the api-base-url input/,
    );
    expect(other.log.slice(before)).toEqual([]);
  });

  it('to another origin on a best-effort read degrade that block exactly as an error does', async () => {
    const before = other.log.length;
    const where = { path: `${ATHLETE_PATH}/hr-curves` };
    const failed = await syncWith(server, { ...where, status: 500 }, quick);
    const redirected = await syncWith(
      server,
      { ...where, status: 307, headers: { Location: `${other.url}${ATHLETE_PATH}/hr-curves` } },
      quick,
    );
    expect(redirected.hit).toBeGreaterThan(0);
    expect(redirected.files).toEqual(failed.files);
    expect(other.log.slice(before)).toEqual([]);
  });

  it('within the origin are followed (with the API key) and give the same files as no redirect', async () => {
    const plain = await syncWith(server, null, quick);
    // /athlete/0 is the key owner's own record on Intervals.icu (and on the fake)
    const moved = await syncWith(server, { path: ATHLETE_PATH, status: 301, headers: { Location: '/api/v1/athlete/0' } }, quick);
    expect(moved.hit).toBeGreaterThan(0);
    expect(moved.files).toEqual(plain.files);
    expect(server.log.some((l) => l.startsWith('GET /api/v1/athlete/0 200'))).toBe(true);
  });

  it('within the origin are bounded: a loop fails with one line', async () => {
    server.clearFaults();
    server.addFault({ path: ATHLETE_PATH, status: 302, headers: { Location: ATHLETE_PATH } });
    const before = server.log.length;
    const { err } = await failing();
    expect((err as Error).message).toMatch(/^GET \/athlete\/\{id\}: too many redirects \(HTTP 302\)/);
    expect(server.log.slice(before).filter((l) => l.startsWith(`GET ${ATHLETE_PATH} 302`)).length).toBeLessThanOrEqual(6);
  });
});

describe('attachment URLs', () => {
  it('that are not http(s), or redirect elsewhere, record an error in routes.json and the run goes on', async () => {
    const good = `${server.url}/attachments/good.gpx`;
    const elsewhere = `${server.url}/attachments/elsewhere.gpx`;
    const urls: Record<string, string> = {
      'ftp.gpx': 'ftp://127.0.0.1/route.gpx',
      'file.gpx': 'file:///etc/passwd',
      'data.gpx': 'data:application/gpx+xml;base64,PGdweD48L2dweD4=',
      'relative.gpx': 'attachments/good.gpx',
      'creds.gpx': `http://user:pw@127.0.0.1:${new URL(server.url).port}/attachments/good.gpx`,
      'elsewhere.gpx': elsewhere,
      'good.gpx': good,
    };
    const event = {
      id: 77,
      name: 'Hilly race',
      start_date_local: '2025-02-22T09:00:00',
      category: 'RACE_A',
      attachments: Object.entries(urls).map(([filename, url], i) => ({ id: `a${i}`, filename, url })),
    };
    const before = other.log.length;
    server.clearFaults();
    server.addFault({ path: `${ATHLETE_PATH}/events`, query: { resolve: 'true' }, status: 200, body: [event] });
    server.addFault({ path: '/attachments/good.gpx', status: 200, rawBody: gpx(northTrack([{ m: 3000, grade: 2 }])) });
    server.addFault({ path: '/attachments/elsewhere.gpx', status: 302, headers: { Location: `${other.url}/attachments/good.gpx` } });
    const out = await freshDir('attach');
    const r = await checkedSync(settingsFor(server, out), depsFor(out, quick));
    server.clearFaults();
    const entries = JSON.parse(r.files['routes.json']).events as Array<{ filename: string; terrain_summary: Record<string, unknown> }>;
    const byName = Object.fromEntries(entries.map((e) => [e.filename, e.terrain_summary]));
    expect(byName['ftp.gpx'].error).toMatch(/^download failed: GET attachment: refused a ftp: URL \(only http and https/);
    expect(byName['file.gpx'].error).toMatch(/refused a file: URL/);
    expect(byName['data.gpx'].error).toMatch(/refused a data: URL/);
    expect(byName['relative.gpx'].error).toMatch(/refused a URL that is not absolute/);
    expect(byName['creds.gpx'].error).toMatch(/refused a URL that carries credentials/);
    expect(byName['elsewhere.gpx'].error).toBe('download failed (HTTP 302)');
    expect(byName['good.gpx'].total_distance_km).toBe(3.0);
    expect(other.log.slice(before)).toEqual([]);
    // no refused URL was requested from anywhere
    expect(server.log.filter((l) => l.includes('/etc/passwd') || l.includes('route.gpx'))).toEqual([]);
  });
});
