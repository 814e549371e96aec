/**
 * Every file the reference wrote in every vendored scenario run validates against the contract,
 * strictly (no key the contract does not name), with valibot and with the generated JSON Schema.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { isContractFile } from '../../src/contract/index.js';
import { goldenRuns } from '../../test-support/golden-files.js';
import { validateDocument, validateOutputs } from '../../test-support/validate.js';

const runs = goldenRuns();

describe('vendored goldens', () => {
  test('all 12 parity scenarios and their 24 runs are vendored', () => {
    expect(new Set(runs.map((r) => r.scenario)).size).toBe(12);
    expect(runs.length).toBe(24);
  });

  test.each(runs.map((r) => [`${r.scenario}/${r.run}`, r.dir]))('%s: every file validates (strict, valibot + ajv)', (_name, dir) => {
    const files: Record<string, string> = {};
    for (const f of readdirSync(dir)) if (f.endsWith('.json')) files[f] = readFileSync(path.join(dir, f), 'utf8');
    // the reference writes all five files on every run of these scenarios
    expect(Object.keys(files).filter(isContractFile).sort()).toEqual([
      'ftp_history.json',
      'history.json',
      'intervals.json',
      'latest.json',
      'routes.json',
    ]);
    expect(validateOutputs(files, { strict: true })).toEqual([]);
    expect(validateOutputs(files, { strict: false })).toEqual([]);
  });

  test('a golden with one renamed key fails strict validation and names the path', () => {
    const dir = runs.find((r) => r.scenario === 'race-week')!.dir;
    const doc = JSON.parse(readFileSync(path.join(dir, 'latest.json'), 'utf8'));
    doc.derived_metrics.capability.durability.trend_7d = doc.derived_metrics.capability.durability.trend;
    delete doc.derived_metrics.capability.durability.trend;
    const problems = validateDocument('latest.json', doc, { strict: true });
    expect(problems.some((p) => p.startsWith('valibot derived_metrics.capability.durability'))).toBe(true);
    expect(problems.some((p) => p.startsWith('ajv /derived_metrics/capability/durability'))).toBe(true);
  });
});
