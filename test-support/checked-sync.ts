/**
 * `runSync` for tests: the same call, and every contract file the run produced is validated
 * against the strict contract (no unknown keys, strict JSON) before the test sees the result.
 * Tests that run the pipeline in process use this, so no output escapes the contract check.
 */
import { runSync, type SyncDeps, type SyncResult } from '../src/pipeline.js';
import type { Settings } from '../src/config.js';
import { validateOutputs } from './validate.js';

export async function checkedSync(settings: Settings, deps: SyncDeps): Promise<SyncResult> {
  const result = await runSync(settings, deps);
  const problems = validateOutputs(result.files, { strict: true });
  if (problems.length) throw new Error(`the run's files break the contract:\n${problems.join('\n')}`);
  return result;
}
