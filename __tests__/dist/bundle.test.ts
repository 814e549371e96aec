/**
 * The built bundles must actually run (an ncc build without "type": "module" reports success and
 * dies at run time): the CLI, and the action as the runner starts it, on a recorded dataset's day
 * (INTERVALS_MIRROR_NOW) against the fake Intervals.icu and the fake GitHub, asserting real
 * values. Build first (`npm run build`); the freshness of dist/ is checked by scripts/check-dist.mjs.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { startFakeIntervals, type FakeIntervals } from '../../src/fake-intervals/server.js';
import { FakeGitHub } from '../../test-support/fake-github.js';
import { validateFolder } from '../../test-support/validate.js';

const run = promisify(execFile);
const ROOT = path.resolve('.');
const DATASET = path.resolve('test-data/scenarios/sick-athlete/dataset');
const AT = '2025-02-20T08:00:00';
const GOLDEN = path.resolve('test-data/scenarios/sick-athlete/goldens/run-1');

describe('built CLI (node dist/cli.js)', () => {
  let server: FakeIntervals;
  beforeAll(async () => {
    server = await startFakeIntervals({ dataset: DATASET, now: AT, datasetFaults: false });
  });
  afterAll(async () => {
    await server.close();
  });

  const cli = (args: string[]) =>
    run(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), ...args], { cwd: ROOT }).then(
      (r) => ({ code: 0, ...r }),
      (e) => ({ code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string }),
    );

  it('syncs against the fake API and writes the outputs', async () => {
    const out = await fs.mkdtemp(path.join(os.tmpdir(), 'cli-'));
    const r = await cli([
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
      'UTC',
    ]);
    expect(r.code).toBe(0);
    const latest = JSON.parse(await fs.readFile(path.join(out, 'latest.json'), 'utf8'));
    expect(latest.metadata.last_updated).toBe(AT);
    expect(latest.metadata.athlete_id).toBe('REDACTED');
    expect(await fs.readdir(out)).toEqual(expect.arrayContaining(['latest.json', 'ftp_history.json', 'history.json']));
    expect(await validateFolder(out, { strict: true })).toEqual([]);
  }, 60_000);

  it('exits non-zero with one line naming the fix on a wrong key', async () => {
    const out = await fs.mkdtemp(path.join(os.tmpdir(), 'cli-'));
    const r = await cli([
      'sync',
      '--athlete-id',
      server.athleteId,
      '--api-key',
      'nope-wrong',
      '--api-base-url',
      server.apiBase,
      '--out',
      out,
      '--now',
      AT,
      '--timezone',
      'UTC',
    ]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/api-key/);
    expect(await fs.readdir(out)).toEqual([]);
  }, 60_000);

  it('demo: runs the built-in demo athlete against the built-in fake API and writes the outputs', async () => {
    const out = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'demo-')), 'demo-output');
    const r = await run(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'demo'], {
      cwd: ROOT,
      env: { ...process.env, DEMO_OUTPUT_DIR: out },
    });
    expect(r.stdout).toMatch(/^Demo athlete synced as of .* \(\d+ requests to the fake Intervals.icu API\)/);
    expect(r.stdout).toMatch(/Fitness: CTL \d/);
    const latest = JSON.parse(await fs.readFile(path.join(out, 'latest.json'), 'utf8'));
    expect(latest.readiness_decision.recommendation).toMatch(/^(go|modify|skip)$/);
    expect(Object.keys(JSON.parse(await fs.readFile(path.join(out, 'ftp_history.json'), 'utf8')))).toEqual(['indoor', 'outdoor']);
    expect(await validateFolder(out, { strict: true })).toEqual([]);
  }, 60_000);

  it('rejects an invalid zone preference with a clear error', async () => {
    const r = await cli(['sync', '--athlete-id', 'i1', '--api-key', 'k', '--zone-preference', 'run:pace']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/zone-preference "run:pace": basis must be "power" or "hr"/);
  });
});

describe("built action (node dist/index.js) on the dataset's day", () => {
  let server: FakeIntervals;
  let github: FakeGitHub;
  beforeAll(async () => {
    server = await startFakeIntervals({ dataset: DATASET, now: AT, datasetFaults: false });
    github = new FakeGitHub();
    await github.start();
  });
  afterAll(async () => {
    await server.close();
    await github.stop();
  });

  /** The runner's way: every input as INPUT_<NAME>, the context in GITHUB_*, the clock in INTERVALS_MIRROR_NOW. */
  async function action(inputs: Record<string, string>, workspace: string, extraEnv: Record<string, string> = {}) {
    const outputFile = path.join(workspace, '..', `${path.basename(workspace)}-output`);
    const summaryFile = path.join(workspace, '..', `${path.basename(workspace)}-summary`);
    await fs.writeFile(outputFile, '');
    await fs.writeFile(summaryFile, '');
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_REPOSITORY: github.fullName,
      GITHUB_API_URL: github.url,
      RUNNER_TEMP: os.tmpdir(),
      INTERVALS_MIRROR_NOW: `${AT}Z`,
      ...extraEnv,
    };
    const all: Record<string, string> = {
      'athlete-id': server.athleteId,
      'api-key': server.apiKey,
      'api-base-url': server.apiBase,
      'github-token': github.token,
      timezone: 'UTC',
      'notify-updates': 'false',
      ...inputs,
    };
    for (const [k, v] of Object.entries(all)) env[`INPUT_${k.toUpperCase()}`] = v;
    const r = await run(process.execPath, [path.join(ROOT, 'dist', 'index.js')], { env }).then(
      (x) => ({ code: 0, ...x }),
      (e) => ({ code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string }),
    );
    return { ...r, outputs: await fs.readFile(outputFile, 'utf8'), summary: await fs.readFile(summaryFile, 'utf8') };
  }

  it('syncs the sick athlete on the sick day: recent activities, wellness rows, readiness skip', async () => {
    const ws = await fs.mkdtemp(path.join(os.tmpdir(), 'ws-'));
    const r = await action({ 'output-dir': 'data', commit: 'false' }, ws);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).toContain(`::add-mask::${server.apiKey}`);
    const latest = JSON.parse(await fs.readFile(path.join(ws, 'data', 'latest.json'), 'utf8'));
    expect(latest.metadata.last_updated).toBe(AT);
    expect(await validateFolder(path.join(ws, 'data'), { strict: true })).toEqual([]);
    // the same activities and wellness days as the reference's run on that day
    const golden = JSON.parse(await fs.readFile(path.join(GOLDEN, 'latest.json'), 'utf8'));
    const ids = (rows: Array<{ id: string }>) => rows.map((a) => a.id);
    const dates = (rows: Array<{ date: string }>) => rows.map((w) => w.date);
    expect(latest.recent_activities.length).toBeGreaterThan(3);
    expect(ids(latest.recent_activities)).toEqual(ids(golden.recent_activities));
    expect(dates(latest.wellness_data)).toEqual(dates(golden.wellness_data));
    expect(dates(latest.wellness_data)).toContain('2025-02-20');
    expect(latest.readiness_decision.recommendation).toBe('skip');
    expect(r.outputs).toMatch(/readiness<<\S+\nskip\n/);
    expect(r.summary).toContain('Readiness: SKIP');
    expect(r.summary).toContain('intervals-mirror 1.0.0');
    // commit: false with a repository still learns its visibility (the fake's is private)
    expect(r.summary).toMatch(/Privacy mode: <strong>full data<\/strong> \(private repository\)/);
  }, 60_000);

  it('fails with one annotation naming the fix, writes nothing, and never prints the key', async () => {
    const ws = await fs.mkdtemp(path.join(os.tmpdir(), 'ws-'));
    const r = await action({ 'api-key': 'wrong-key-123', commit: 'false', 'failure-issue': 'false' }, ws);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::Intervals.icu rejected the API key .*api-key input/);
    // the runner consumes ::add-mask:: lines; no other line may carry the key
    expect(r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::') && l.includes('wrong-key-123'))).toEqual([]);
    expect(await fs.readdir(ws)).toEqual([]);
  }, 60_000);

  it('an invalid test clock is one clear line', async () => {
    const ws = await fs.mkdtemp(path.join(os.tmpdir(), 'ws-'));
    const r = await action({ commit: 'false', 'failure-issue': 'false' }, ws, { INTERVALS_MIRROR_NOW: 'yesterday' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::now must be an ISO 8601 date-time/);
  }, 60_000);
});
