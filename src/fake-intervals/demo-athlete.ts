/**
 * The built-in demo athlete (demo/athlete/, a synthetic three-year cyclist) run through the real
 * pipeline against the fake Intervals.icu server: shared by `demo` and `bench`.
 */
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { startFakeIntervals } from './server.js';
import { fakeRunSettings } from './settings.js';
import { runSync, type SyncResult } from '../pipeline.js';
import { folderReader } from '../snapshot/state.js';
import { writeFilesAtomically } from '../publish/local.js';

/** demo/athlete next to dist/ (the running bundle) or src/ */
export function demoDataset(): string {
  return path.join(path.resolve(path.dirname(process.argv[1] ?? '.'), '..'), 'demo', 'athlete');
}

export async function demoRunTimes(dataset: string): Promise<string[]> {
  const scenario = JSON.parse(await fs.readFile(path.join(dataset, 'scenario.json'), 'utf8'));
  return scenario.runs.map((r: { at: string }) => r.at);
}

/** Seed an output folder as a long-time user's repository looks (the dataset's state/ files). */
export async function seedState(dataset: string, out: string): Promise<void> {
  await fs.mkdir(out, { recursive: true });
  for (const f of await fs.readdir(path.join(dataset, 'state')).catch(() => [] as string[])) {
    await fs.copyFile(path.join(dataset, 'state', f), path.join(out, f));
  }
}

/** One sync of the demo athlete at `at` (naive UTC) into `out`; returns the result, files written and wall time. */
export async function syncDemoAthlete(
  dataset: string,
  at: string,
  out: string,
  latencyMs = 0,
): Promise<{ result: SyncResult; written: string[]; ms: number }> {
  const server = await startFakeIntervals({ dataset, now: at, latencyMs });
  try {
    const t0 = performance.now();
    const result = await runSync(fakeRunSettings(server, at, out), {
      readState: folderReader(out),
      nowInstantMs: Date.parse(`${at}Z`),
    });
    const written = await writeFilesAtomically(out, result.files);
    return { result, written, ms: performance.now() - t0 };
  } finally {
    await server.close();
  }
}
