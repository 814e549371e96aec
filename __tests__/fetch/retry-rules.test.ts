/**
 * The retry rules as a run sees them over real HTTP: a Retry-After that is not a number of
 * seconds nor an HTTP-date falls back to the plain backoff (never to the longest wait allowed),
 * statuses outside the retry set are tried once, and every attempt leaves exactly one trace line
 * numbered by its retry.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { startFakeIntervals, type FakeIntervals } from '../../src/fake-intervals/server.js';
import { ATHLETE_PATH, hitsOf, syncWith } from './rig.js';

let server: FakeIntervals;
beforeAll(async () => {
  server = await startFakeIntervals({ dataset: 'test-data/scenarios/sick-athlete/dataset', datasetFaults: false });
});
afterAll(async () => {
  await server.close();
});

describe('retry rules', () => {
  it('an unparseable Retry-After on a 429 is retried after the backoff, not after the longest allowed wait', async () => {
    const from = server.log.length;
    const t0 = Date.now();
    const r = await syncWith(
      server,
      { path: ATHLETE_PATH, status: 429, headers: { 'Retry-After': 'soon-ish' }, times: 2 },
      { client: { backoffLimitMs: 20, timeoutMs: 5000, retries: 3, maxRetryAfterMs: 30_000 } },
    );
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect(r.files['latest.json']).toContain('"athlete_profile"');
    expect(hitsOf(server, ATHLETE_PATH, from).map((l) => l.split(' ')[2])).toEqual(['429', '429', '200']);
  });

  it('a 404 on a best-effort read is tried once; one trace line per attempt, retries numbered', async () => {
    const lines: string[] = [];
    const from = server.log.length;
    await syncWith(
      server,
      { path: `${ATHLETE_PATH}/power-curves`, status: 404 },
      { client: { backoffLimitMs: 20, timeoutMs: 5000, retries: 3 }, debug: (l) => lines.push(l) },
    );
    expect(hitsOf(server, `${ATHLETE_PATH}/power-curves`, from).filter((l) => l.endsWith(' 404'))).toHaveLength(
      lines.filter((l) => l.startsWith('intervals: GET /athlete/{id}/power-curves → 404')).length,
    );
    expect(lines.filter((l) => /power-curves → 404.*retry/.test(l))).toEqual([]);
    // every request the fake saw has its line, and no line stands for a request it did not see
    expect(lines.filter((l) => l.startsWith('intervals: '))).toHaveLength(server.log.length - from);
  });

  it('a core read failing twice with 503 leaves three lines: the first, (retry 1), (retry 2)', async () => {
    const lines: string[] = [];
    await syncWith(
      server,
      { path: ATHLETE_PATH, status: 503, times: 2 },
      { client: { backoffLimitMs: 20, timeoutMs: 5000, retries: 3 }, debug: (l) => lines.push(l) },
    );
    const athlete = lines.filter((l) => l.startsWith('intervals: GET /athlete/{id} →'));
    expect(athlete.map((l) => l.replace(/, \d+ ms, \d+ bytes/, ''))).toEqual([
      'intervals: GET /athlete/{id} → 503',
      'intervals: GET /athlete/{id} → 503 (retry 1)',
      'intervals: GET /athlete/{id} → 200 (retry 2)',
    ]);
  });
});
