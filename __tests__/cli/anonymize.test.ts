/**
 * The CLI has no repository whose visibility could decide the privacy mode: it writes the full
 * data (the reference's output) unless `--anonymize` asks for the reduced files, with the radius
 * of `--privacy-radius`. Run on the built CLI against the fake Intervals.icu.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { startFakeIntervals, type FakeIntervals } from '../../src/fake-intervals/server.js';
import { validateFolder } from '../../test-support/validate.js';

const run = promisify(execFile);
const CLI = path.resolve('dist', 'cli.js');
const DATASET = path.resolve('test-data/scenarios/sick-athlete/dataset');
const AT = '2025-02-20T08:00:00';

let server: FakeIntervals;
beforeAll(async () => {
  server = await startFakeIntervals({ dataset: DATASET, now: AT, datasetFaults: false });
});
afterAll(async () => {
  await server.close();
});

async function sync(extra: string[]): Promise<{ code: number; stderr: string; out: string }> {
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'cli-anon-'));
  const args = ['sync', '--athlete-id', server.athleteId, '--api-key', server.apiKey, '--api-base-url', server.apiBase];
  const ran = await run(process.execPath, [CLI, ...args, '--out', out, '--now', AT, '--timezone', 'UTC', ...extra]).then(
    () => ({ code: 0, stderr: '', out }),
    (e) => ({ code: e.code as number, stderr: String(e.stderr), out }),
  );
  // the anonymised files are held to the same strict contract as the full ones
  expect(await validateFolder(out, { strict: true })).toEqual([]);
  return ran;
}

const latestOf = async (dir: string) => JSON.parse(await fs.readFile(path.join(dir, 'latest.json'), 'utf8'));

describe('privacy mode from the command line', () => {
  it('writes the full data by default and the reduced files with --anonymize', async () => {
    const full = await sync([]);
    expect(full.code).toBe(0);
    const plain = await latestOf(full.out);
    expect(plain.athlete_profile.date_of_birth).toBe('1979-01-25');
    expect(plain.recent_activities.some((a: { name: string }) => a.name === 'Long ride')).toBe(true);

    const reduced = await sync(['--anonymize', '--privacy-radius', '800']);
    expect(reduced.code).toBe(0);
    const anon = await latestOf(reduced.out);
    expect(anon.athlete_profile.date_of_birth).toBeUndefined();
    expect(anon.athlete_profile.age).toBe(plain.athlete_profile.age);
    expect(anon.recent_activities.some((a: { name: string }) => a.name === 'Long ride')).toBe(false);
    // the metrics come from the full data either way
    expect(anon.readiness_decision).toEqual(plain.readiness_decision);
  }, 120_000);

  it('refuses a radius that is not whole metres within bounds, in one line', async () => {
    const r = await sync(['--anonymize', '--privacy-radius', '12km']);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/privacy-radius must be a whole number of metres/);
  }, 60_000);
});
