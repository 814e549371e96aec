/**
 * The CI self-test job, step by step on this machine: `scripts/fake-servers.mjs start` (as the
 * job runs it, with tsx, handing the addresses on through $GITHUB_ENV), the built action run the
 * way the runner runs `uses: ./` (every action.yml input as INPUT_*, its default applied unless
 * the step sets it), then `check-repo` on the step outputs and `stop`.
 */
import { describe, it, expect, afterAll } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

const SCRIPT = path.resolve('scripts/fake-servers.mjs');
const made: string[] = [];
let serversPid = 0;

afterAll(async () => {
  if (serversPid) {
    try {
      process.kill(serversPid, 'SIGTERM');
    } catch {
      // already stopped by the test
    }
  }
  await Promise.all(made.map((d) => fs.rm(d, { recursive: true, force: true })));
});

function run(args: string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) =>
    execFile(process.execPath, args, { env, cwd, timeout: 120_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

/** Whether the process is gone (or a zombie waiting for its reaper) within a few seconds. */
async function ended(pid: number): Promise<boolean> {
  for (let i = 0; i < 50; i++) {
    try {
      process.kill(pid, 0);
      const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
      if (/^\d+ \(.*\) Z/.test(stat)) return true;
    } catch {
      return true;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]] = m[3];
  return out;
}

/** What the runner gives a `uses: ./` step: action.yml defaults overlaid by the step's `with:`. */
async function inputEnv(withInputs: Record<string, string>): Promise<Record<string, string>> {
  const action = parse(await fs.readFile('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> };
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    let value = withInputs[name] ?? spec.default ?? '';
    if (value === '${{ github.token }}') value = 'the-real-job-token-never-reaches-the-fake';
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  return env;
}

describe('the self-test job', () => {
  it('starts the fake APIs, commits to the fake repository through the built action, checks it, stops', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'self-test-'));
    made.push(dir);
    const githubEnv = path.join(dir, 'github_env');
    await fs.writeFile(githubEnv, '');
    const base = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_REPOSITORY: 'someone/their-data', RUNNER_TEMP: dir };

    const started = await run(['--import', 'tsx', SCRIPT, 'start'], { ...base, GITHUB_ENV: githubEnv });
    expect({ code: started.code, stderr: started.stderr }).toEqual({ code: 0, stderr: '' });
    const fake = Object.fromEntries(
      (await fs.readFile(githubEnv, 'utf8'))
        .split('\n')
        .filter(Boolean)
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    serversPid = Number(fake.FAKE_SERVERS_PID);
    expect(Object.keys(fake).sort()).toEqual([
      'FAKE_CHANGELOG_URL',
      'FAKE_GITHUB_TOKEN',
      'FAKE_GITHUB_URL',
      'FAKE_INTERVALS_API_BASE',
      'FAKE_INTERVALS_API_KEY',
      'FAKE_INTERVALS_ATHLETE_ID',
      'FAKE_SERVERS_PID',
    ]);
    expect(fake.FAKE_GITHUB_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    // before the action ran, the check fails: nothing is in the fake repository yet
    const early = await run([SCRIPT, 'check-repo', 'a'.repeat(40), '["latest.json"]'], { ...base, ...fake });
    expect(early.code).toBe(1);
    expect(early.stderr).toMatch(/main is at nothing, not at the reported commit a{40}/);

    const workspace = path.join(dir, 'workspace');
    await fs.mkdir(workspace);
    const outputFile = path.join(dir, 'output');
    await fs.writeFile(outputFile, '');
    const action = await run(
      [path.resolve('dist/index.js')],
      {
        ...base,
        ...(await inputEnv({
          'athlete-id': fake.FAKE_INTERVALS_ATHLETE_ID,
          'api-key': fake.FAKE_INTERVALS_API_KEY,
          'api-base-url': fake.FAKE_INTERVALS_API_BASE,
          'github-token': fake.FAKE_GITHUB_TOKEN,
          'changelog-url': fake.FAKE_CHANGELOG_URL,
          timezone: 'UTC',
        })),
        GITHUB_ACTIONS: 'true',
        GITHUB_API_URL: fake.FAKE_GITHUB_URL,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_RUN_ID: '1',
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: outputFile,
      },
      workspace,
    );
    expect({ code: action.code, errors: action.stdout.split('\n').filter((l) => l.startsWith('::error')) }).toEqual({
      code: 0,
      errors: [],
    });
    const outputs = parseOutputs(await fs.readFile(outputFile, 'utf8'));
    expect(outputs.committed).toBe('true');

    const checked = await run([SCRIPT, 'check-repo', outputs['commit-sha'], outputs['changed-files']], { ...base, ...fake });
    expect({ code: checked.code, stderr: checked.stderr }).toEqual({ code: 0, stderr: '' });
    expect(checked.stdout).toMatch(/^someone\/their-data@main is at [0-9a-f]{7} with \d+ files: latest\.json, /);

    // a commit SHA the repository is not at is caught
    const wrong = await run([SCRIPT, 'check-repo', 'b'.repeat(40), outputs['changed-files']], { ...base, ...fake });
    expect(wrong.code).toBe(1);

    const stopped = await run([SCRIPT, 'stop'], { ...base, ...fake });
    expect(stopped.code).toBe(0);
    expect(await ended(serversPid)).toBe(true);
    serversPid = 0;
  }, 180_000);
});
