/**
 * Full-file comparison: the pipeline runs every vendored scenario dataset the way the parity kit
 * does, and EVERY output file is compared whole with the reference's golden (parity rules; only
 * the producer-specific paths of test-data/contract/volatile.json are skipped), then validated
 * against the strict contract.
 */
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isContractFile } from '../../src/contract/index.js';
import { diffWholeFile, isVolatile, jsonFilesIn } from '../../test-support/golden-files.js';
import { runScenario, SCENARIOS_DIR, type ScenarioRun } from '../../test-support/scenario.js';
import { validateOutputs } from '../../test-support/validate.js';

const scenarios = readdirSync(SCENARIOS_DIR)
  .filter((s) => readdirSync(path.join(SCENARIOS_DIR, s)).includes('dataset'))
  .sort();

describe('full-file comparison with the goldens', () => {
  test('the vendored datasets cover a TCX route with DFA (race-week) and a newcomer', () => {
    expect(scenarios).toEqual(expect.arrayContaining(['race-week', 'newcomer', 'edge-nulls', 'sick-athlete']));
    const golden = (file: string) => JSON.parse(readFileSync(path.join(SCENARIOS_DIR, 'race-week', 'goldens', 'run-1', file), 'utf8'));
    expect(golden('intervals.json').activities.some((a: { dfa?: unknown }) => a.dfa)).toBe(true);
    const tcx = golden('routes.json').events.find(
      (e: { filename: string; terrain_summary?: { polyline?: unknown } }) => e.filename.endsWith('.tcx') && e.terrain_summary?.polyline,
    );
    expect(tcx).toBeDefined();
  });

  test('volatile paths are exactly the listed ones', () => {
    expect(isVolatile('latest.json', 'metadata.version')).toBe(true);
    expect(isVolatile('latest.json', 'derived_metrics.calculation_timestamp')).toBe(true);
    expect(isVolatile('intervals.json', 'script_hash')).toBe(true);
    expect(isVolatile('latest.json', 'script_hash')).toBe(false);
    expect(isVolatile('latest.json', 'metadata.data_range_days')).toBe(false);
    expect(isVolatile('routes.json', 'events[0].generated_at')).toBe(false);
  });

  test.each(scenarios)(
    '%s: every output file equals its golden and validates strictly',
    async (scenario) => {
      const runs: ScenarioRun[] = await runScenario(scenario);
      expect(runs.length).toBeGreaterThan(0);
      for (const run of runs) {
        const goldenDir = path.join(SCENARIOS_DIR, scenario, 'goldens', `run-${run.run}`);
        const goldenFiles = (await jsonFilesIn(goldenDir)).filter(isContractFile);
        const actualFiles = (await jsonFilesIn(run.outDir)).filter(isContractFile);
        expect({ run: run.run, files: actualFiles }).toEqual({ run: run.run, files: goldenFiles });
        const written: Record<string, string> = {};
        for (const file of goldenFiles) {
          const diffs = diffWholeFile(file, await run.golden(file), await run.actual(file));
          expect({ run: run.run, file, diffs: diffs.slice(0, 5) }).toEqual({ run: run.run, file, diffs: [] });
          written[file] = readFileSync(path.join(run.outDir, file), 'utf8');
        }
        expect(validateOutputs(written, { strict: true })).toEqual([]);
        expect(validateOutputs(run.result.files, { strict: true })).toEqual([]);
      }
    },
    120_000,
  );
});
