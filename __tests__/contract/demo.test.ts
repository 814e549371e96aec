/**
 * Every file the demo writes (the built-in demo athlete through the real pipeline, as `npm run
 * demo` runs it) validates against the strict contract, on every run of the demo dataset.
 */
import { describe, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoRunTimes, seedState, syncDemoAthlete } from '../../src/fake-intervals/demo-athlete.js';
import { validateOutputs } from '../../test-support/validate.js';

describe('demo outputs', () => {
  test('every file of every demo run validates strictly', async () => {
    const dataset = path.resolve('demo/athlete');
    const out = await fs.mkdtemp(path.join(os.tmpdir(), 'contract-demo-'));
    await seedState(dataset, out);
    const times = await demoRunTimes(dataset);
    expect(times.length).toBeGreaterThan(0);
    for (const at of times) {
      const { result, written } = await syncDemoAthlete(dataset, at, out);
      expect(written).toEqual(expect.arrayContaining(['latest.json', 'ftp_history.json']));
      expect(Object.keys(result.files)).toEqual(expect.arrayContaining(['latest.json']));
      expect(validateOutputs(result.files, { strict: true })).toEqual([]);
      const onDisk: Record<string, string> = {};
      for (const f of await fs.readdir(out)) if (f.endsWith('.json')) onDisk[f] = await fs.readFile(path.join(out, f), 'utf8');
      expect(Object.keys(onDisk).length).toBeGreaterThanOrEqual(2);
      expect(validateOutputs(onDisk, { strict: true })).toEqual([]);
    }
  }, 120_000);
});
