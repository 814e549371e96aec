/**
 * Runs the pipeline through a vendored parity scenario (test-data/scenarios/NAME) the way the
 * parity kit does: one fake Intervals.icu server per run, frozen at the run's UTC time, and a
 * working folder that persists across runs.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { startFakeIntervals } from '../src/fake-intervals/server.js';
import { fakeRunSettings } from '../src/fake-intervals/settings.js';
import { runSync, type SyncResult } from '../src/pipeline.js';
import { folderReader } from '../src/snapshot/state.js';
import { writeFilesAtomically } from '../src/publish/local.js';
import { parseWeekStart, parseZonePreference } from '../src/config.js';
import { loads } from '../src/lib/py/json.js';
import { validateOutputs } from './validate.js';

export const SCENARIOS_DIR = path.resolve('test-data/scenarios');

export interface ScenarioRun {
  run: number;
  at: string;
  result: SyncResult;
  outDir: string;
  golden: (file: string) => Promise<Record<string, unknown> | null>;
  actual: (file: string) => Promise<Record<string, unknown> | null>;
}

async function readJsonFile(p: string): Promise<Record<string, unknown> | null> {
  try {
    return loads(await fs.readFile(p, 'utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
}

export async function runScenario(name: string): Promise<ScenarioRun[]> {
  const base = path.join(SCENARIOS_DIR, name);
  const dataset = path.join(base, 'dataset');
  const scenario = JSON.parse(await fs.readFile(path.join(dataset, 'scenario.json'), 'utf8'));
  const outDir = await fs.mkdtemp(path.join(os.tmpdir(), `scn-${name}-`));
  for (const f of await fs.readdir(path.join(dataset, 'state')).catch(() => [] as string[])) {
    await fs.copyFile(path.join(dataset, 'state', f), path.join(outDir, f));
  }
  const runs: ScenarioRun[] = [];
  for (let i = 0; i < scenario.runs.length; i++) {
    const at: string = scenario.runs[i].at;
    const server = await startFakeIntervals({ dataset, now: at, run: i + 1 });
    try {
      const env = scenario.env ?? {};
      const result = await runSync(
        fakeRunSettings(server, at, outDir, {
          weekStartDay: parseWeekStart(env.WEEK_START),
          zonePreference: parseZonePreference(env.ZONE_PREFERENCE),
        }),
        { readState: folderReader(outDir), nowInstantMs: Date.parse(`${at}Z`) },
      );
      await writeFilesAtomically(outDir, result.files);
      // every file a scenario run writes must satisfy the strict contract (no unknown keys)
      const problems = validateOutputs(result.files, { strict: true });
      if (problems.length) throw new Error(`${name} run ${i + 1} breaks the contract:\n${problems.join('\n')}`);
      const goldenDir = path.join(base, 'goldens', `run-${i + 1}`);
      const snapshotDir = await fs.mkdtemp(path.join(os.tmpdir(), `scn-${name}-run${i + 1}-`));
      for (const f of await fs.readdir(outDir)) {
        if (f.endsWith('.json')) await fs.copyFile(path.join(outDir, f), path.join(snapshotDir, f));
      }
      runs.push({
        run: i + 1,
        at,
        result,
        outDir: snapshotDir,
        golden: (file) => readJsonFile(path.join(goldenDir, file)),
        actual: (file) => readJsonFile(path.join(snapshotDir, file)),
      });
    } finally {
      await server.close();
    }
  }
  return runs;
}
