/**
 * The committed dist/ is what users run: it must be exactly what `npm run build` makes from the
 * sources, and the built bundles must actually run (an ncc build without "type": "module" reports
 * success and dies at run time).
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { startFakeIntervals, type FakeIntervals } from '../../src/fake-intervals/server.js';

const run = promisify(execFile);
const ROOT = path.resolve('.');
const DATASET = path.resolve('test-data/scenarios/sick-athlete/dataset');
const AT = '2025-02-20T08:00:00';

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    if (e.isDirectory()) for (const f of await listFiles(path.join(dir, e.name))) out.push(path.join(e.name, f));
    else out.push(e.name);
  }
  return out.sort();
}

describe('dist/', () => {
  it('is identical to a fresh build of the sources (run `npm run build` and commit dist/ if this fails)', async () => {
    const fresh = await fs.mkdtemp(path.join(os.tmpdir(), 'dist-'));
    await run(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), fresh], { cwd: ROOT });
    const committed = await listFiles(path.join(ROOT, 'dist'));
    expect(await listFiles(fresh)).toEqual(committed);
    for (const f of committed) {
      const same = (await fs.readFile(path.join(fresh, f))).equals(await fs.readFile(path.join(ROOT, 'dist', f)));
      expect({ file: f, same }).toEqual({ file: f, same: true });
    }
    expect(JSON.parse(await fs.readFile(path.join(ROOT, 'dist', 'package.json'), 'utf8'))).toEqual({ type: 'module' });
  }, 120_000);
});

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
  }, 60_000);

  it('rejects an invalid zone preference with a clear error', async () => {
    const r = await cli(['sync', '--athlete-id', 'i1', '--api-key', 'k', '--zone-preference', 'run:pace']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/zone-preference "run:pace": basis must be "power" or "hr"/);
  });
});

describe('built action (node dist/index.js)', () => {
  let server: FakeIntervals;
  beforeAll(async () => {
    server = await startFakeIntervals({ dataset: DATASET, now: AT, datasetFaults: false });
  });
  afterAll(async () => {
    await server.close();
  });

  async function action(inputs: Record<string, string>, workspace: string) {
    const outputFile = path.join(workspace, '..', `${path.basename(workspace)}-output`);
    await fs.writeFile(outputFile, '');
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputFile,
      RUNNER_TEMP: os.tmpdir(),
    };
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
    const r = await run(process.execPath, [path.join(ROOT, 'dist', 'index.js')], { env }).then(
      (x) => ({ code: 0, ...x }),
      (e) => ({ code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string }),
    );
    return { ...r, outputs: await fs.readFile(outputFile, 'utf8') };
  }

  // commit: false — the workspace-only mode (no GitHub API); committing is tested in __tests__/publish/action-e2e.test.ts
  it('reads the inputs the runner passes, masks the key, and writes the files into the workspace', async () => {
    const ws = await fs.mkdtemp(path.join(os.tmpdir(), 'ws-'));
    const r = await action(
      {
        'athlete-id': server.athleteId,
        'api-key': server.apiKey,
        'api-base-url': server.apiBase,
        timezone: 'UTC',
        'output-dir': 'data',
        commit: 'false',
      },
      ws,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`::add-mask::${server.apiKey}`);
    expect(await fs.readdir(path.join(ws, 'data'))).toEqual(expect.arrayContaining(['latest.json', 'ftp_history.json', 'history.json']));
    expect(r.outputs).toContain(path.join(ws, 'data', 'latest.json'));
  }, 60_000);

  it('fails with one annotation naming the fix and writes nothing', async () => {
    const ws = await fs.mkdtemp(path.join(os.tmpdir(), 'ws-'));
    const r = await action(
      { 'athlete-id': server.athleteId, 'api-key': 'wrong-key-123', 'api-base-url': server.apiBase, timezone: 'UTC', commit: 'false' },
      ws,
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::Intervals.icu rejected the API key .*api-key input/);
    // the runner consumes ::add-mask:: lines; no other line may carry the key
    expect(r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::') && l.includes('wrong-key-123'))).toEqual([]);
    expect(await fs.readdir(ws)).toEqual([]);
  }, 60_000);
});
