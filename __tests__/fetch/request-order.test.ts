/**
 * Requests to one URL path keep the reference's order, over real HTTP with latency (concurrent
 * requests could otherwise reach the server in either order):
 * - per path, the requests the run makes are the reference's requests of that path (vendored
 *   under test-data/request-order/, the reference's own request log), in the reference's order;
 * - a one-off failure of "the first request of path P" lands on the reference's first read of P,
 *   for every path the reference reads more than once (the wellness lists, the two event lists,
 *   the curve reads), whatever else is in flight.
 */
import { describe, it, expect, afterEach } from '@jest/globals';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { startFakeIntervals, type FakeIntervals, type Fault } from '../../src/fake-intervals/server.js';
import { fakeRunSettings } from '../../src/fake-intervals/settings.js';
import { runSync } from '../../src/pipeline.js';
import { folderReader } from '../../src/snapshot/state.js';
import { writeFilesAtomically } from '../../src/publish/local.js';

const ORDER = path.resolve('test-data/request-order');
const SCENARIOS = path.resolve('test-data/scenarios');

interface Run {
  scenario: string;
  run: number;
}
const RUNS: Run[] = [
  { scenario: 'sick-athlete', run: 1 },
  { scenario: 'edge-nulls', run: 1 },
  { scenario: 'edge-nulls', run: 2 },
];

let server: FakeIntervals | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const pathOf = (u: string) => decodeURIComponent(new URL(u, 'http://x').pathname);
const normal = (u: string) => {
  const url = new URL(u, 'http://x');
  return decodeURIComponent(url.pathname + url.search);
};

async function referenceOrder(r: Run): Promise<string[]> {
  const text = await fs.readFile(path.join(ORDER, `${r.scenario}-run-${r.run}.txt`), 'utf8');
  return text.split('\n').filter(Boolean).map(normal);
}

/**
 * Runs 1..r.run of the scenario into one folder (state carried over); the last run's result.
 * `faults` replace the dataset's own in the last run.
 */
async function runUpTo(r: Run, faults: Fault[] | null = null, latencyMs = 15) {
  const dataset = path.join(SCENARIOS, r.scenario, 'dataset');
  const scenario = JSON.parse(await fs.readFile(path.join(dataset, 'scenario.json'), 'utf8'));
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'request-order-'));
  for (const f of await fs.readdir(path.join(dataset, 'state')).catch(() => [] as string[])) {
    await fs.copyFile(path.join(dataset, 'state', f), path.join(out, f));
  }
  let result: { requests: string[]; log: string[] } | null = null;
  for (let i = 1; i <= r.run; i++) {
    const at: string = scenario.runs[i - 1].at;
    const last = i === r.run;
    server = await startFakeIntervals({ dataset, now: at, run: i, latencyMs, datasetFaults: !(last && faults) });
    if (last) for (const f of faults ?? []) server.addFault(f);
    const r1 = await runSync(fakeRunSettings(server, at, out, { charts: false, digest: false }), {
      readState: folderReader(out),
      nowInstantMs: Date.parse(`${at}Z`),
      client: { backoffLimitMs: 20, retries: 3 },
    });
    await writeFilesAtomically(out, r1.files);
    result = { requests: r1.requests.map(normal), log: [...server.log] };
    await server.close();
    server = null;
  }
  return result as { requests: string[]; log: string[] };
}

function byPath(urls: string[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const u of urls) m.set(pathOf(u), [...(m.get(pathOf(u)) ?? []), u]);
  return m;
}

describe('requests to one path keep the reference order', () => {
  it.each(RUNS)(
    '$scenario run $run: every path is a sub-sequence of the reference, first request included',
    async (r) => {
      const ref = byPath(await referenceOrder(r));
      const { requests } = await runUpTo(r);
      for (const [p, ours] of byPath(requests)) {
        const theirs = (ref.get(p) ?? []).filter((u, i, a) => a.indexOf(u) === i && ours.includes(u));
        expect({ path: p, order: ours }).toEqual({ path: p, order: theirs });
        // a path's first request is the reference's first (a fault on it hits the same read)
        expect({ path: p, first: ours[0] }).toEqual({ path: p, first: ref.get(p)?.[0] });
      }
    },
    60_000,
  );

  it.each(RUNS)(
    '$scenario run $run: a one-off 500 on a repeated path hits the reference read',
    async (r) => {
      const ref = byPath(await referenceOrder(r));
      const repeated = [...ref].filter(([, urls]) => urls.length > 1 && !urls.every((u) => u === urls[0]));
      expect(repeated.length).toBeGreaterThanOrEqual(3);
      // the wellness lists, the event lists and the curves all repeat a path
      expect(repeated.map(([p]) => p.split('/').pop())).toEqual(
        expect.arrayContaining(['wellness', 'events', 'power-curves', 'hr-curves']),
      );
      const faults: Fault[] = repeated.map(([p]) => ({ path: p, status: 500, times: 1, body: { status: 500 } }));
      const { log } = await runUpTo(r, faults, 25);
      for (const [p, urls] of repeated) {
        const failed = log.filter((l) => l.endsWith(' 500') && pathOf(l.split(' ')[1]) === p).map((l) => normal(l.split(' ')[1]));
        expect({ path: p, failed }).toEqual({ path: p, failed: [urls[0]] });
      }
    },
    60_000,
  );
});
