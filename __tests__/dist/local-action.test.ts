/**
 * The action as GitHub's own local runner (`@github/local-action`) starts it: it loads
 * `src/main.ts`, calls its exported `run()` with the inputs of a dotenv file and prints the
 * workflow commands. Run against the fake Intervals.icu and the fake GitHub: a scheduled run on
 * the dataset's day commits the files, a second run with nothing new commits nothing, and a run
 * with a wrong key fails with one line and opens the sync-failing issue.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { startFakeIntervals, type FakeIntervals } from '../../src/fake-intervals/server.js';
import { FakeGitHub } from '../../test-support/fake-github.js';

const run = promisify(execFile);
const ROOT = path.resolve('.');
const DATASET = path.resolve('test-data/scenarios/sick-athlete/dataset');
const AT = '2025-02-20T08:00:00Z';

let intervals: FakeIntervals;
let github: FakeGitHub;
let tmp: string;

beforeAll(async () => {
  intervals = await startFakeIntervals({ dataset: DATASET, now: AT.slice(0, -1), datasetFaults: false });
  github = new FakeGitHub({ owner: 'athlete', repo: 'training-data', token: 'local-action-token' });
  await github.start();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'local-action-'));
});
afterAll(async () => {
  await intervals?.close();
  await github?.stop();
  await fs.rm(tmp, { recursive: true, force: true });
});

async function localAction(inputs: Record<string, string>): Promise<{ code: number; stdout: string }> {
  const workspace = await fs.mkdtemp(path.join(tmp, 'ws-'));
  const env: Record<string, string> = {
    'INPUT_ATHLETE-ID': intervals.athleteId,
    'INPUT_API-KEY': intervals.apiKey,
    'INPUT_API-BASE-URL': intervals.apiBase,
    'INPUT_GITHUB-TOKEN': github.token,
    'INPUT_CHANGELOG-URL': `${github.url}/raw/changelog.json`,
    INPUT_TIMEZONE: 'UTC',
    GITHUB_REPOSITORY: 'athlete/training-data',
    GITHUB_API_URL: github.url,
    GITHUB_WORKSPACE: workspace,
    INTERVALS_MIRROR_NOW: AT,
    ...inputs,
  };
  const dotenv = path.join(workspace, '..', `${path.basename(workspace)}.env`);
  await fs.writeFile(
    dotenv,
    Object.entries(env)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n') + '\n',
  );
  const bin = path.join(ROOT, 'node_modules', '.bin', 'local-action');
  return run(bin, ['run', ROOT, 'src/main.ts', dotenv], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }).then(
    (r) => ({ code: 0, stdout: r.stdout }),
    (e) => ({ code: typeof e.code === 'number' ? e.code : 1, stdout: String(e.stdout ?? '') }),
  );
}

describe('the action under @github/local-action', () => {
  it('commits the files of a scheduled run, then nothing when nothing changed', async () => {
    const first = await localAction({});
    expect(first.stdout).toContain('::set-output name=committed::true');
    const files = github.filesAt();
    const latest = JSON.parse(files['latest.json']);
    expect(latest.readiness_decision.recommendation).toBe('skip');
    expect(latest.recent_activities.length).toBeGreaterThan(0);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['history.json', 'ftp_history.json', 'latest.md', 'README.md']));
    expect(first.stdout).not.toContain(intervals.apiKey);

    const commits = github.log().length;
    const second = await localAction({});
    expect(second.stdout).toContain('::set-output name=committed::false');
    expect(github.log()).toHaveLength(commits);
  }, 240_000);

  it('a wrong key fails the step with one line naming the fix and opens the sync-failing issue', async () => {
    const r = await localAction({ 'INPUT_API-KEY': 'wrong-key-123456' });
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/api-key/);
    expect(r.stdout).not.toContain('wrong-key-123456');
    expect(github.issues.filter((i) => i.state === 'open' && i.labels.includes('sync-failing'))).toHaveLength(1);
  }, 240_000);
});
