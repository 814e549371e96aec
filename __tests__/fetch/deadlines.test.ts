/**
 * One deadline per request attempt covers the headers AND the body: a server that sends its
 * headers and then stalls the body cannot hold the run. Best-effort reads degrade their own block
 * exactly as an error does; core reads fail the run with one line, after bounded retries (each
 * attempt with its own deadline) inside an overall bound.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { startFakeIntervals, type FakeIntervals, type Fault } from '../../src/fake-intervals/server.js';
import { SyncError } from '../../src/pipeline.js';
import { checkedSync } from '../../test-support/checked-sync.js';
import { ATHLETE_PATH, depsFor, freshDir, hitsOf, settingsFor, syncWith } from './rig.js';

let server: FakeIntervals;
beforeAll(async () => {
  server = await startFakeIntervals({ dataset: 'test-data/scenarios/sick-athlete/dataset', datasetFaults: false });
});
afterAll(async () => {
  await server.close();
});

// generous enough that, on a loaded machine, only the stalled reads hit it
const TIMEOUT = 2500;
const fast = { client: { timeoutMs: TIMEOUT, retries: 2, backoffLimitMs: 20 } };

/** best-effort endpoints: the stalled read must leave the same files as a failing one */
const BEST_EFFORT: Array<[string, Omit<Fault, 'status'>]> = [
  ['power curves', { path: `${ATHLETE_PATH}/power-curves` }],
  ['HR curves', { path: `${ATHLETE_PATH}/hr-curves` }],
  ["today's wellness", { path: `${ATHLETE_PATH}/wellness/2025-02-20` }],
  ['activity messages', { path_regex: '^/api/v1/activity/[^/]+/messages$' }],
  ['activity streams', { path_regex: '^/api/v1/activity/[^/]+/streams' }],
  ['activity intervals', { path_regex: '^/api/v1/activity/[^/]+$' }],
  ['health events', { path: `${ATHLETE_PATH}/events`, query: { category: 'INJURED,SICK' } }],
];

describe('a body that stalls after its headers', () => {
  it.each(BEST_EFFORT)('on %s degrades that block exactly as an error does', async (_name, where) => {
    const failed = await syncWith(server, { ...where, status: 503 }, fast);
    const t0 = Date.now();
    const stalled = await syncWith(server, { ...where, status: 200, body: [], stallAfterBytes: 1 }, fast);
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(failed.hit).toBeGreaterThan(0);
    expect(stalled.hit).toBe(failed.hit);
    expect(stalled.files).toEqual(failed.files);
  });

  it('on a core read (events) fails the run with one line after bounded retries, each attempt with its own deadline', async () => {
    server.clearFaults();
    const events = `${ATHLETE_PATH}/events`;
    server.addFault({ path: events, query: { resolve: 'true' }, status: 200, body: [], stallAfterBytes: 1 });
    const from = server.log.length;
    const out = await freshDir('stall');
    const t0 = Date.now();
    const err = await checkedSync(settingsFor(server, out), depsFor(out, fast)).catch((e) => e);
    const took = Date.now() - t0;
    server.clearFaults();
    expect(err).toBeInstanceOf(SyncError);
    expect(err.message).toMatch(/^GET \/athlete\/\{id\}\/events: timed out after 2500 ms — .*nothing was written/);
    expect(err.message).not.toContain('\n');
    // 1 attempt + 2 retries, each stopped by its own deadline
    expect(hitsOf(server, events, from).filter((l) => l.includes('resolve=true'))).toHaveLength(3);
    expect(took).toBeGreaterThanOrEqual(3 * TIMEOUT - 50);
    expect(took).toBeLessThan(30_000);
  });

  it('the retries of a core read stop at the overall bound', async () => {
    server.clearFaults();
    const activities = `${ATHLETE_PATH}/activities`;
    server.addFault({ path: activities, status: 200, body: [], stallAfterBytes: 1 });
    const from = server.log.length;
    const out = await freshDir('stall');
    const t0 = Date.now();
    const err = await checkedSync(
      settingsFor(server, out),
      depsFor(out, { client: { timeoutMs: 1000, totalTimeoutMs: 2500, retries: 50, backoffLimitMs: 10 } }),
    ).catch((e) => e);
    const took = Date.now() - t0;
    server.clearFaults();
    expect(err).toBeInstanceOf(SyncError);
    expect(err.message).toMatch(/activities: timed out after \d+ ms/);
    expect(took).toBeLessThan(12_000);
    // the 3-year list, then the 28-day list: far fewer than 51 attempts each, the overall bound ended them
    const attempts = hitsOf(server, activities, from).length;
    expect(attempts).toBeGreaterThanOrEqual(2);
    expect(attempts).toBeLessThan(2 * 6);
  });

  it('a stall in the headers themselves is bounded the same way', async () => {
    const failed = await syncWith(server, { path: `${ATHLETE_PATH}/power-curves`, status: 500 }, fast);
    const slow = await syncWith(server, { path: `${ATHLETE_PATH}/power-curves`, status: 200, body: {}, delayMs: 6000 }, fast);
    expect(slow.files).toEqual(failed.files);
  });
});
