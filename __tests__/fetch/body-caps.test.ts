/**
 * No body is read without a cap on its DECODED size, counted while streaming: a huge body, a
 * gzip bomb and a lying (or absent) Content-Length are all stopped at the endpoint's cap. A
 * best-effort endpoint then degrades its block exactly as an error does; a core one fails the run
 * with one line naming the endpoint. These run with the production caps.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { startFakeIntervals, type FakeIntervals } from '../../src/fake-intervals/server.js';
import { IntervalsClient } from '../../src/fetch/client.js';
import { BODY_CAPS, IntervalsApi } from '../../src/fetch/intervals-api.js';
import { emptySkipped } from '../../src/fetch/schemas.js';
import { SyncError } from '../../src/pipeline.js';
import { checkedSync } from '../../test-support/checked-sync.js';
import { ATHLETE_PATH, DATASET, MB, depsFor, freshDir, settingsFor, syncWith } from './rig.js';

const GiB = 1024 * MB;
let server: FakeIntervals;
beforeAll(async () => {
  server = await startFakeIntervals({ dataset: DATASET, datasetFaults: false });
});
afterAll(async () => {
  await server.close();
});

const quick = { client: { timeoutMs: 20_000, retries: 1, backoffLimitMs: 20 } };

async function coreFailure(fault: Parameters<FakeIntervals['addFault']>[0]): Promise<{ err: unknown; took: number }> {
  server.clearFaults();
  server.addFault(fault);
  const out = await freshDir('caps');
  const t0 = Date.now();
  const err = await checkedSync(settingsFor(server, out), depsFor(out, quick)).catch((e) => e);
  server.clearFaults();
  return { err, took: Date.now() - t0 };
}

function api(): IntervalsApi {
  return new IntervalsApi(
    new IntervalsClient({ baseUrl: server.apiBase, apiKey: server.apiKey, timeoutMs: 20_000 }),
    server.athleteId,
    emptySkipped(),
  );
}

describe('caps on decoded bytes', () => {
  it('a huge body on a best-effort endpoint (messages, 1 GiB) degrades that block exactly as an error does', async () => {
    const where = { path_regex: '^/api/v1/activity/[^/]+/messages$' };
    const failed = await syncWith(server, { ...where, status: 500 }, quick);
    const t0 = Date.now();
    const huge = await syncWith(server, { ...where, status: 200, hugeBodyBytes: GiB }, quick);
    expect(huge.hit).toBeGreaterThan(0);
    expect(huge.files).toEqual(failed.files);
    expect(Date.now() - t0).toBeLessThan(30_000);
  });

  it('a huge body on a core endpoint (activities, 600 MB) fails the run with one line naming the endpoint and the cap', async () => {
    // with its true Content-Length (refused before reading) and with none (counted while streaming)
    for (const contentLength of [undefined, -1]) {
      const { err } = await coreFailure({ path: `${ATHLETE_PATH}/activities`, status: 200, hugeBodyBytes: 600 * MB, contentLength });
      expect(err).toBeInstanceOf(SyncError);
      expect((err as Error).message).toMatch(
        /^GET \/athlete\/\{id\}\/activities: response larger than 128 MB \(stopped reading\) — .*nothing was written/,
      );
    }
  });

  it('a 1 GiB gzip bomb on a best-effort endpoint (power curves) is stopped at 16 MB of inflated bytes and degrades like an error', async () => {
    const where = { path: `${ATHLETE_PATH}/power-curves` };
    const failed = await syncWith(server, { ...where, status: 500 }, quick);
    const rss0 = process.memoryUsage().rss;
    const bomb = await syncWith(server, { ...where, status: 200, gzipBombBytes: GiB }, quick);
    expect(bomb.hit).toBeGreaterThan(0);
    expect(bomb.files).toEqual(failed.files);
    expect(process.memoryUsage().rss - rss0).toBeLessThan(512 * MB);
  });

  it('a gzip bomb on a core endpoint (wellness) fails the run naming the endpoint', async () => {
    const { err } = await coreFailure({ path: `${ATHLETE_PATH}/wellness`, status: 200, gzipBombBytes: GiB });
    expect(err).toBeInstanceOf(SyncError);
    expect((err as Error).message).toMatch(/^GET \/athlete\/\{id\}\/wellness: response larger than 32 MB/);
  });

  it('the cap counts inflated bytes, not the Content-Length: a bomb with no length, or a tiny one, is still stopped', async () => {
    const path = `${ATHLETE_PATH}/power-curves`;
    for (const contentLength of [-1, 100]) {
      server.clearFaults();
      server.addFault({ path, status: 200, gzipBombBytes: GiB, contentLength });
      const r = await api().powerCurves({ type: 'Ride', curves: 'r.2025-01-01.2025-01-28' });
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      // with no length the inflated stream passes the cap; a 100-byte length cuts the gzip short
      if (contentLength === -1) expect(r.error.message).toMatch(/power-curves: response larger than 16 MB/);
      else expect(r.error.kind).toMatch(/network|malformed/);
    }
    server.clearFaults();
  });

  it('a declared Content-Length over the cap fails before reading; a huge identity body with no length is counted', async () => {
    const path = `${ATHLETE_PATH}/wellness/2025-02-20`;
    server.clearFaults();
    server.addFault({ path, status: 200, rawBody: '{}', contentLength: 2 * GiB });
    let r = await api().wellnessDay('2025-02-20');
    expect(r.ok || r.error.message).toMatch(/wellness\/\{date\}: response larger than 4 MB/);
    server.clearFaults();
    server.addFault({ path, status: 200, hugeBodyBytes: GiB, contentLength: -1 });
    r = await api().wellnessDay('2025-02-20');
    expect(r.ok || r.error.message).toMatch(/wellness\/\{date\}: response larger than 4 MB/);
    server.clearFaults();
  });

  it('bodies just under a cap are read whole', async () => {
    const path = `${ATHLETE_PATH}/activity-cap-probe`;
    server.clearFaults();
    const client = new IntervalsClient({ baseUrl: server.apiBase, apiKey: server.apiKey, timeoutMs: 20_000 });
    server.addFault({ path, status: 200, hugeBodyBytes: BODY_CAPS.messages });
    const list = await client.get<number[]>('athlete/i000000/activity-cap-probe', { endpoint: 'probe', maxBytes: BODY_CAPS.messages });
    expect(list.length).toBe(Math.floor((BODY_CAPS.messages - 1) / 2));
    server.clearFaults();
    server.addFault({ path, status: 200, hugeBodyBytes: BODY_CAPS.messages + 1 });
    await expect(client.get('athlete/i000000/activity-cap-probe?x=1', { endpoint: 'probe', maxBytes: BODY_CAPS.messages })).rejects.toThrow(
      /probe: response larger than 4 MB/,
    );
    server.clearFaults();
  });
});
