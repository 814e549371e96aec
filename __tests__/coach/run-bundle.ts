/**
 * Runs the BUILT action (`node dist/index.js`, as `runs.main` runs it — `npm run build` first) the
 * way the runner does: every input as INPUT_<NAME> with action.yml's defaults applied, the
 * workflow context in the environment, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. Asynchronous,
 * so several runs can race each other like a coach's matrix jobs.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FakeGitHub } from '../../test-support/fake-github.js';
import type { FakeIntervals } from '../../test-support/fake-intervals.js';
import { INPUT_DEFAULTS, INPUTS, type InputKey } from '../../src/inputs.js';

export const BUNDLE = path.resolve('dist/index.js');
export const DATASET = path.resolve('test-data/scenarios/sick-athlete/dataset');
export const DATASET_NOW = '2025-02-20T08:00:00';

export interface BundleRun {
  code: number;
  stdout: string;
  stderr: string;
  workspace: string;
  outputs: Record<string, string>;
  summary: string;
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]] = m[3];
  return out;
}

export async function runBundle(opts: {
  github: FakeGitHub;
  intervals: FakeIntervals;
  inputs?: Record<string, string>;
  /** reuse a workspace (what a checkout left there); default: a new empty folder */
  workspace?: string;
  /** the run's clock (INTERVALS_MIRROR_NOW) */
  now?: string;
  env?: Record<string, string>;
}): Promise<BundleRun> {
  const { github, intervals } = opts;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'coach-run-'));
  const workspace = opts.workspace ?? path.join(dir, 'workspace');
  await fs.mkdir(workspace, { recursive: true });
  const outputFile = path.join(dir, 'output');
  const summaryFile = path.join(dir, 'summary');
  await fs.writeFile(outputFile, '');
  await fs.writeFile(summaryFile, '');
  const inputs: Record<string, string> = {};
  for (const key of Object.keys(INPUTS) as InputKey[]) inputs[INPUTS[key]] = INPUT_DEFAULTS[key] ?? '';
  Object.assign(inputs, {
    'athlete-id': intervals.athleteId,
    'api-key': intervals.apiKey,
    'api-base-url': intervals.apiBase,
    timezone: 'UTC',
    'github-token': github.token,
    'changelog-url': `${github.url}/raw/changelog.json`,
    ...opts.inputs,
  });
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
    INTERVALS_MIRROR_NOW: opts.now ?? `${DATASET_NOW}Z`,
    ...opts.env,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const r = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [BUNDLE], { env, cwd: workspace, timeout: 120_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
  return { ...r, workspace, outputs: parseOutputs(await fs.readFile(outputFile, 'utf8')), summary: await fs.readFile(summaryFile, 'utf8') };
}

/** The files a run left in its workspace folder (what it wrote), by repository path. */
export async function workspaceFiles(workspace: string, dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  // the folder's files and those of its subfolders (charts/), recursively
  for (const entry of await fs.readdir(path.join(workspace, dir), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out[`${dir}/${path.relative(path.join(workspace, dir), full).split(path.sep).join('/')}`] = await fs.readFile(full, 'utf8');
  }
  return out;
}
