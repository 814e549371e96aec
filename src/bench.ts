/**
 * `npm run bench` (= `node dist/cli.js bench`): wall time and request count of a first run and a
 * steady-state run of the built-in demo athlete (a road cyclist in a build block) against the fake
 * Intervals.icu API with 50 ms of latency on every request. A benchmark: it prints figures.
 */
import path from 'node:path';
import os from 'node:os';
import { promises as fs } from 'node:fs';
import { demoDataset, demoRunTimes, seedState, syncDemoAthlete } from './fake-intervals/demo-athlete.js';

export async function runBench(latencyMs = 50): Promise<string> {
  const dataset = demoDataset();
  const times = await demoRunTimes(dataset);
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'intervals-mirror-bench-'));
  const lines: string[] = [];
  try {
    await seedState(dataset, out);
    const runs: Array<[string, string]> = [
      ['first run', times[0]],
      ['steady state', times[1] ?? times[0]],
    ];
    for (const [label, at] of runs) {
      const { result, ms } = await syncDemoAthlete(dataset, at, out, latencyMs);
      lines.push(
        `${label.padEnd(13)} ${(ms / 1000).toFixed(2)} s  ${result.requests.length} requests  (${latencyMs} ms latency per request, at ${at})`,
      );
    }
  } finally {
    await fs.rm(out, { recursive: true, force: true });
  }
  return lines.join('\n');
}
