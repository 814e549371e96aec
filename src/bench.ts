/**
 * `npm run bench`: wall time and request count of a first run and a steady-state run against the
 * project's fake Intervals.icu API with 50 ms of latency on every request (the demo athlete, the
 * parity kit's build-cyclist scenario). A benchmark, not a test: it prints figures.
 */
import path from 'node:path';
import os from 'node:os';
import { promises as fs } from 'node:fs';
import { startFakeIntervals } from './fake-intervals/server.js';
import { fakeRunSettings } from './fake-intervals/settings.js';
import { runSync } from './pipeline.js';
import { folderReader } from './snapshot/state.js';
import { writeFilesAtomically } from './publish/local.js';

const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 50);
const root = path.resolve(path.dirname(process.argv[1] ?? '.'), '..');
const dataset = path.join(root, 'demo', 'athlete');
const scenario = JSON.parse(await fs.readFile(path.join(dataset, 'scenario.json'), 'utf8'));
const out = await fs.mkdtemp(path.join(os.tmpdir(), 'intervals-mirror-bench-'));
for (const f of await fs.readdir(path.join(dataset, 'state')).catch(() => [] as string[])) {
  await fs.copyFile(path.join(dataset, 'state', f), path.join(out, f));
}

const runs: Array<[string, string]> = [
  ['first run', scenario.runs[0].at],
  ['steady state', scenario.runs[1]?.at ?? scenario.runs[0].at],
];
for (const [label, at] of runs) {
  const server = await startFakeIntervals({ dataset, now: at, latencyMs: LATENCY_MS });
  try {
    const t0 = performance.now();
    const r = await runSync(
      fakeRunSettings(server, at, out),
      { readState: folderReader(out), nowInstantMs: Date.parse(`${at}Z`) },
    );
    await writeFilesAtomically(out, r.files);
    const ms = performance.now() - t0;
    process.stdout.write(`${label.padEnd(13)} ${(ms / 1000).toFixed(2)} s  ${r.requests.length} requests  (${LATENCY_MS} ms latency per request, at ${at})\n`);
  } finally {
    await server.close();
  }
}
await fs.rm(out, { recursive: true, force: true });
