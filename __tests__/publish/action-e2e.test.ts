/**
 * End to end: the BUILT bundle (`node dist/index.js`, as `runs.main` runs it — run `npm run build`
 * first) with its inputs in the environment the way the runner passes them, against the project's
 * fake Intervals.icu server and the fake GitHub API. Asserts the commit, the step outputs, the job
 * summary and the sync-failing issue.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFakeIntervals, type FakeIntervals } from '../../test-support/fake-intervals.js';
import { FakeGitHub } from '../../test-support/fake-github.js';
import { HEALTH_TITLE } from '../../src/publish/github/sync-health.js';

const BUNDLE = path.resolve('dist/index.js');
const DATASET = path.resolve('test-data/scenarios/sick-athlete/dataset');

let intervals: FakeIntervals;
let github: FakeGitHub;

beforeAll(async () => {
  intervals = await startFakeIntervals({ dataset: DATASET, now: '2025-02-20T08:00:00', datasetFaults: false });
  github = new FakeGitHub();
  await github.start();
  github.raw.set('/raw/changelog.json', { status: 200, body: '{"notification_id": "2026-08-13", "changes": ["a change"]}' });
});
afterAll(async () => {
  await intervals.close();
  await github.stop();
});

/** GITHUB_OUTPUT is a list of `name<<DELIM\nvalue\nDELIM` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]] = m[3];
  return out;
}

async function runAction(inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'h9-e2e-'));
  const workspace = path.join(dir, 'workspace');
  await fs.mkdir(workspace);
  const outputFile = path.join(dir, 'output');
  const summaryFile = path.join(dir, 'summary');
  await fs.writeFile(outputFile, '');
  await fs.writeFile(summaryFile, '');
  // what the runner sets: every input of action.yml as INPUT_<NAME> (defaults applied), plus context
  const all: Record<string, string> = {
    'athlete-id': intervals.athleteId,
    'api-key': intervals.apiKey,
    'api-base-url': intervals.apiBase,
    days: '7',
    'week-start': 'mon',
    'zone-preference': '',
    timezone: 'UTC',
    'output-dir': '.',
    'force-history': 'false',
    'github-token': github.token,
    branch: '',
    'commit-message': 'Sync training data - {timestamp}',
    archive: 'true',
    'archive-keep-days': '0',
    commit: 'true',
    'notify-updates': 'true',
    'changelog-url': `${github.url}/raw/changelog.json`,
    'failure-issue': 'true',
    ...inputs,
  };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: github.fullName,
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...extraEnv,
  };
  for (const [k, v] of Object.entries(all)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const r = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [BUNDLE], { env, cwd: workspace, timeout: 90_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
  return {
    ...r,
    workspace,
    outputs: parseOutputs(await fs.readFile(outputFile, 'utf8')),
    summary: await fs.readFile(summaryFile, 'utf8'),
  };
}

describe('node dist/index.js', () => {
  it('has been built (npm run build)', async () => {
    await expect(fs.stat(BUNDLE)).resolves.toBeTruthy();
  });

  it('fails with one line, opens the sync-failing issue, writes nothing', async () => {
    const r = await runAction({ 'api-key': 'wrong-key' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::Intervals\.icu rejected the API key \(HTTP 401/);
    // the key only ever appears in the runner's mask command
    expect(r.stdout.split('\n').filter((l) => l.includes('wrong-key'))).toEqual(['::add-mask::wrong-key']);
    expect(github.isEmpty).toBe(true);
    const issue = github.issues.find((i) => i.title === HEALTH_TITLE);
    expect(issue?.state).toBe('open');
    expect(issue?.body).toContain('https://github.com/athlete/training-data/actions/runs/4242');
    expect(issue?.body).toContain('**Reason:** Intervals.icu rejected the API key (HTTP 401');
    expect(issue?.body).not.toContain('wrong-key');
    expect(r.summary).toContain('Intervals.icu sync failed');
  }, 120_000);

  it.each([
    [{ 'athlete-id': '' }, /athlete-id is required/],
    [{ 'week-start': 'someday' }, /week-start must be one of mon/],
    [{ days: '400' }, /days must be a whole number from 1 to 90/],
    [{ 'zone-preference': 'run:pace' }, /zone-preference "run:pace"/],
    [{ timezone: 'Mars/Olympus' }, /timezone "Mars\/Olympus" is not an IANA zone/],
    [{ archive: 'perhaps' }, /archive must be true or false/],
  ])(
    'a bad input before the sync (%j) fails with its line and reports it in the sync-failing issue',
    async (inputs, line) => {
      const r = await runAction(inputs);
      expect(r.code).toBe(1);
      const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(line);
      const issue = github.issues.find((i) => i.title === HEALTH_TITLE && i.state === 'open');
      expect(issue?.body).toMatch(line);
      expect(github.isEmpty).toBe(true);
    },
    120_000,
  );

  it('commits the outputs into an empty repository, sets the outputs and the summary, closes the failing issue', async () => {
    const r = await runAction({});
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const head = github.headSha();
    expect(head).toBeDefined();
    const files = github.filesAt();
    const latestText = files['latest.json'];
    const latest = JSON.parse(latestText);
    expect(latest.metadata.athlete_id).toBe('REDACTED');
    expect(files['ftp_history.json']).toBeDefined();
    const archived = Object.keys(files).filter((p) => /^archive\/\d{4}-\d{2}\/\d{8}_\d{6}\.json$/.test(p));
    expect(archived).toHaveLength(1);
    expect(files[archived[0]]).toBe(latestText);

    expect(r.outputs.committed).toBe('true');
    expect(r.outputs['commit-sha']).toBe(head);
    const changed: string[] = JSON.parse(r.outputs['changed-files']);
    expect(changed).toEqual(expect.arrayContaining(['latest.json', 'ftp_history.json', archived[0]]));
    expect(r.outputs.readiness).toBe(latest.readiness_decision?.recommendation ?? '');
    expect(r.outputs.phase).toBe(latest.derived_metrics?.phase_detected ?? '');
    expect(r.outputs['latest-path']).toBe(path.join(r.workspace, 'latest.json'));
    expect(await fs.readFile(r.outputs['latest-path'], 'utf8')).toBe(latestText);

    expect(r.summary).toContain('<h2>Intervals.icu sync</h2>');
    expect(r.summary).toContain(`https://github.com/athlete/training-data/commit/${head}`);
    expect(r.summary).toContain(`<code>${archived[0]}</code>`);

    expect(github.issues.find((i) => i.title === HEALTH_TITLE)?.state).toBe('closed');
    expect(github.issues.filter((i) => i.title === 'Section 11 updates — 2026-08-13')).toHaveLength(1);
    expect(github.log().every((c) => !c.customAuthor)).toBe(true);
  }, 120_000);

  it('a second run with the same data commits nothing and says so', async () => {
    const commits = github.log().length;
    const r = await runAction({});
    expect(r.code).toBe(0);
    expect(github.log().length).toBe(commits);
    expect(r.outputs.committed).toBe('false');
    expect(r.outputs['commit-sha']).toBe('');
    expect(r.outputs['changed-files']).toBe('[]');
    expect(r.stdout).toMatch(/::notice title=Nothing to commit::No data changed since the last sync/);
    expect(r.summary).toContain('nothing was committed');
    expect(github.issues.filter((i) => i.title === 'Section 11 updates — 2026-08-13')).toHaveLength(1);
  }, 120_000);

  it('without issues: write it still commits and emits exactly one titled warning naming the fix', async () => {
    for (const [m, re] of [
      ['GET', /\/issues$/],
      ['GET', /\/labels\//],
      ['POST', /\/labels$/],
      ['POST', /\/issues$/],
    ] as const)
      github.failNext(m, re, 403, 'Resource not accessible by integration', 50);
    const commits = github.log().length;
    const r = await runAction({ 'force-history': 'true', 'notify-updates': 'true' }, { ACTIONS_STEP_DEBUG: 'true' });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(github.log().length).toBe(commits + 1);
    const warnings = r.stdout.split('\n').filter((l) => l.startsWith('::warning'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^::warning title=Issues permission missing::.*permissions: issues: write/);
    expect(warnings[0]).not.toMatch(/Resource not accessible/);
    // step-debug traces: the state source and each GitHub request with its status and time
    expect(r.stdout).toMatch(
      /::debug::state source: athlete\/training-data@main \([0-9a-f]{7}\); files the workspace holds with the same blob SHA/,
    );
    expect(r.stdout).toMatch(/::debug::GitHub GET \/repos\/\{owner\}\/\{repo\} → 200 \(\d+ ms\)/);
    expect(r.stdout).toMatch(/::debug::GitHub PATCH \/repos\/\{owner\}\/\{repo\}\/git\/refs\/\{ref\} → 200 \(\d+ ms\)/);
    // the commit names the producer under the commit-message line
    expect(github.log()[0].message).toMatch(
      /^Sync training data - \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC\n\nSynced-by: intervals-mirror 1\.0\.0$/,
    );
    expect(r.summary).toContain('intervals-mirror 1.0.0');
    github.clearFaults();
  }, 120_000);

  it('names the permissions block when the token may not write', async () => {
    github.failNext('POST', /\/git\/trees$/, 403, 'Resource not accessible by integration');
    const r = await runAction({ 'force-history': 'true' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /::error::GitHub refused to create a tree in athlete\/training-data \(HTTP 403: Resource not accessible by integration\): add `permissions: contents: write`/,
    );
  }, 120_000);
});
