/**
 * The contract in the default mode, on the built CLI: whatever the timezone, every "written at"
 * stamp is the UTC wall time of the run as the reference writes it on a GitHub runner (naive
 * ISO, no offset), the timezone only moves "today"; the files carry the contract version 3.128
 * and the action's own script_hash.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { startFakeIntervals, type FakeIntervals } from '../../src/fake-intervals/server.js';
import { CONTRACT_VERSION } from '../../src/version.js';
import { SCRIPT_HASH } from '../../src/pipeline.js';
import { validateFolder } from '../../test-support/validate.js';

const run = promisify(execFile);
const ROOT = path.resolve('.');
const DATASET = path.resolve('test-data/scenarios/sick-athlete/dataset');
// 12:30 UTC on 20 Feb is 01:30 on 21 Feb in Auckland (UTC+13)
const AT = '2025-02-20T12:30:00';

let server: FakeIntervals;
// the committed bundle (scripts/check-dist.mjs, run by CI, keeps it equal to a fresh build)
const bundleDir = path.join(ROOT, 'dist');
beforeAll(async () => {
  server = await startFakeIntervals({ dataset: DATASET, now: AT, datasetFaults: false });
});
afterAll(async () => {
  await server?.close();
});

async function sync(timezone: string): Promise<Record<string, Record<string, any>>> {
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'contract-'));
  await run(
    process.execPath,
    [
      path.join(bundleDir, 'cli.js'),
      'sync',
      '--athlete-id',
      server.athleteId,
      '--api-key',
      server.apiKey,
      '--api-base-url',
      server.apiBase,
      '--out',
      out,
      '--now',
      AT,
      '--timezone',
      timezone,
    ],
    { cwd: ROOT },
  );
  expect(await validateFolder(out, { strict: true })).toEqual([]);
  const files: Record<string, Record<string, any>> = {};
  for (const f of await fs.readdir(out)) {
    if (!f.endsWith('.json')) continue;
    const text = await fs.readFile(path.join(out, f), 'utf8');
    expect(text).not.toMatch(/\bNaN\b|Infinity/);
    files[f] = JSON.parse(text);
  }
  return files;
}

describe('contract stamps (built CLI)', () => {
  it('Pacific/Auckland: last_updated and every generated_at are the UTC wall time of --now; version 3.128', async () => {
    const f = await sync('Pacific/Auckland');
    const latest = f['latest.json'];
    expect(latest.metadata.last_updated).toBe(AT);
    expect(latest.metadata.last_updated).not.toMatch(/[Z+]|-\d\d:\d\d$/);
    expect(latest.metadata.version).toBe('3.128');
    expect(CONTRACT_VERSION).toBe('3.128');
    expect(latest.derived_metrics.calculation_timestamp).toBe(AT);
    // "today" follows the athlete's zone: ACWR is as of the Auckland date
    expect(latest.readiness_decision.signals.acwr.as_of_date).toBe('2025-02-21');
    expect(f['history.json'].generated_at).toBe(AT);
    expect(f['history.json'].sync_version).toBe('3.128');
    expect(f['history.json'].script_hash).toBe(SCRIPT_HASH);
    for (const name of ['routes.json', 'intervals.json']) {
      if (!f[name]) continue;
      expect(f[name].generated_at).toBe(AT);
      expect(f[name].script_hash).toBe(SCRIPT_HASH);
    }
    if (f['routes.json']) expect(f['routes.json'].sync_version).toBe('3.128');
    if (f['intervals.json']) expect(f['intervals.json'].version).toBe('3.128');
  }, 120_000);

  it('UTC and a zone west of UTC write the same stamps', async () => {
    for (const tz of ['UTC', 'America/Los_Angeles']) {
      const f = await sync(tz);
      expect(f['latest.json'].metadata.last_updated).toBe(AT);
      expect(f['latest.json'].metadata.version).toBe('3.128');
      expect(f['history.json'].generated_at).toBe(AT);
      expect(f['latest.json'].readiness_decision.signals.acwr.as_of_date).toBe('2025-02-20');
    }
  }, 120_000);
});
