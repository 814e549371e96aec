/**
 * The action's publishing flow in process: the real pipeline against the project's fake
 * Intervals.icu server, publishing into the fake GitHub API (both over HTTP, nothing stubbed).
 */
import { describe, it, expect, beforeAll, afterAll, beforeEach, afterEach } from '@jest/globals';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFakeIntervals, type FakeIntervals } from '../../test-support/fake-intervals.js';
import { SyncError } from '../../src/pipeline.js';
import { checkedSync } from '../../test-support/checked-sync.js';
import type { Settings } from '../../src/config.js';
import { Publisher } from '../../src/publish/github/publisher.js';
import { readPublishSettings } from '../../src/publish/github/inputs.js';
import { HEALTH_TITLE } from '../../src/publish/github/sync-health.js';
import { gitBlobSha } from '../../src/publish/github/contents-state.js';
import { noSleep, startRig, type Rig } from './helpers.js';

const DATASET = path.resolve('test-data/scenarios/sick-athlete/dataset');
const AT = '2025-02-20T08:00:00';
const T1 = Date.parse(`${AT}Z`);
const T2 = T1 + 15 * 60_000;

let intervals: FakeIntervals;
let rig: Rig;
let workspace: string;
let warnings: string[];

beforeAll(async () => {
  intervals = await startFakeIntervals({ dataset: DATASET, now: AT, datasetFaults: false });
});
afterAll(async () => {
  await intervals.close();
});
beforeEach(async () => {
  rig = await startRig();
  rig.fake.raw.set('/raw/changelog.json', { status: 200, body: '{"notification_id": "2026-08-13", "changes": ["x"]}' });
  workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'h9-ws-'));
  warnings = [];
});
afterEach(async () => {
  await rig.fake.stop();
  await fs.rm(workspace, { recursive: true, force: true });
});

function syncSettings(apiKey = intervals.apiKey): Settings {
  return {
    athleteId: intervals.athleteId,
    apiKey,
    apiBaseUrl: intervals.apiBase,
    days: 7,
    weekStartDay: 0,
    zonePreference: {},
    timezone: 'UTC',
    nowInstantMs: null,
    outputDir: workspace,
    forceHistory: false,
    anonymize: false,
    privacyRadiusM: 500,
    digest: true,
    charts: false,
  };
}

function publisher(inputs: Record<string, string> = {}): Publisher {
  const env = {
    GITHUB_REPOSITORY: rig.fake.fullName,
    GITHUB_WORKSPACE: workspace,
    GITHUB_API_URL: rig.fake.url,
    GITHUB_RUN_ID: '1001',
    GITHUB_SERVER_URL: 'https://github.com',
  };
  const all: Record<string, string> = { 'github-token': rig.fake.token, 'changelog-url': `${rig.fake.url}/raw/changelog.json`, ...inputs };
  const settings = readPublishSettings((n) => all[n] ?? '', env, inputs['output-dir'] ?? '.');
  return new Publisher(settings, { octokit: rig.octokit, warn: (w) => warnings.push(w), sleep: noSleep });
}

/** One action run: what main.ts does, minus the @actions/core plumbing. */
async function actionRun(nowMs: number, inputs: Record<string, string> = {}, apiKey?: string) {
  const pub = publisher(inputs);
  try {
    const readState = await pub.prepare();
    const result = await checkedSync(
      { ...syncSettings(apiKey), outputDir: path.join(workspace, inputs['output-dir'] ?? '.') },
      { readState, nowInstantMs: nowMs },
    );
    const report = await pub.publish(result.files, nowMs);
    const after = await pub.afterSuccess(nowMs);
    return { ok: true as const, pub, result, report, after };
  } catch (e) {
    const health = await pub.afterFailure((e as Error).message, nowMs);
    return { ok: false as const, pub, error: e as Error, health };
  }
}

describe('action publishing flow', () => {
  it('first run into an empty repository commits everything; an identical later run commits nothing', async () => {
    const r1 = await actionRun(T1);
    if (!r1.ok) throw r1.error;
    expect(r1.report.commit?.committed).toBe(true);
    const files = rig.fake.filesAt();
    for (const name of Object.keys(r1.result.files)) expect(files[name]).toBe(r1.result.files[name]);
    expect(files['archive/2025-02/20250220_080000.json']).toBe(r1.result.files['latest.json']);
    // the workspace holds this run's files too
    expect(await fs.readFile(path.join(workspace, 'latest.json'), 'utf8')).toBe(r1.result.files['latest.json']);
    expect(r1.after.update).toMatchObject({ status: 'created', title: 'Section 11 updates — 2026-08-13' });
    expect(r1.after.health).toEqual({ status: 'none' });
    const commits = rig.fake.log().length;

    const r2 = await actionRun(T2);
    if (!r2.ok) throw r2.error;
    expect(r2.pub.stateSource).toMatch(/through the API/);
    expect(r2.result.files['latest.json']).not.toBe(r1.result.files['latest.json']); // new timestamps…
    expect(r2.report.commit?.committed).toBe(false); // …but nothing else changed
    expect(r2.report.meaningful).toEqual([]);
    expect(rig.fake.log().length).toBe(commits);
    expect(r2.after.update).toMatchObject({ status: 'exists' });
    expect(rig.fake.issues).toHaveLength(1);
    expect(warnings).toEqual([]);
  }, 60_000);

  it('a failing run opens the sync-failing issue and the next good run closes it', async () => {
    const bad = await actionRun(T1, {}, 'wrong-key');
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error).toBeInstanceOf(SyncError);
    expect(bad.health).toEqual({ status: 'opened', number: 1 });
    const issue = rig.fake.issues.find((i) => i.title === HEALTH_TITLE)!;
    expect(issue.body).toContain('Intervals.icu rejected the API key (HTTP 401');
    expect(issue.body).toContain('https://github.com/athlete/training-data/actions/runs/1001');
    expect(rig.fake.isEmpty).toBe(true); // nothing was written

    const good = await actionRun(T2);
    if (!good.ok) throw good.error;
    expect(good.after.health).toEqual({ status: 'closed', number: 1 });
    expect(issue.state).toBe('closed');
  }, 60_000);

  it('turns everything off: notify-updates and failure-issue false open no issue', async () => {
    const bad = await actionRun(T1, { 'notify-updates': 'false', 'failure-issue': 'false' }, 'wrong-key');
    expect(bad.ok).toBe(false);
    const good = await actionRun(T2, { 'notify-updates': 'false', 'failure-issue': 'false' });
    expect(good.ok).toBe(true);
    expect(rig.fake.issues).toHaveLength(0);
    expect(rig.fake.requests.some((r) => /issues|labels|raw/.test(r.path))).toBe(false);
  }, 60_000);

  it("takes a state file from the workspace when its blob SHA is the tree entry's, whatever is checked out", async () => {
    const r1 = await actionRun(T1, { 'output-dir': 'data' });
    if (!r1.ok) throw r1.error;
    // the run left its files in the workspace (no git at all): the same bytes are the same blobs
    const before = rig.fake.requests.length;
    const r2 = await actionRun(T2, { 'output-dir': 'data' });
    if (!r2.ok) throw r2.error;
    expect(rig.fake.requests.slice(before).some((r) => /\/contents\/|\/git\/blobs\//.test(r.path))).toBe(false);
    expect(r2.report.commit?.committed).toBe(false);
    // what actions/checkout leaves: the branch's files; one of them with other bytes is never
    // trusted, exactly that file is read through the API
    for (const [p, text] of Object.entries(rig.fake.filesAt())) {
      await fs.mkdir(path.dirname(path.join(workspace, p)), { recursive: true });
      await fs.writeFile(path.join(workspace, p), text);
    }
    const ftp = path.join(workspace, 'data', 'ftp_history.json');
    const real = await fs.readFile(ftp, 'utf8');
    await fs.writeFile(ftp, '{"indoor": {}}');
    const mid = rig.fake.requests.length;
    const r3 = await actionRun(T2 + 60_000, { 'output-dir': 'data' });
    if (!r3.ok) throw r3.error;
    const blobs = rig.fake.requests.slice(mid).filter((r) => /\/git\/blobs\//.test(r.path));
    expect(blobs.map((r) => r.path.split('/').pop())).toEqual([gitBlobSha(real)]);
    expect(r3.report.commit?.committed).toBe(false);
  }, 60_000);

  it('commit: false writes to the workspace only when data changed, with archive and README line', async () => {
    await fs.writeFile(path.join(workspace, 'README.md'), '# me\n**Last successful sync:** never\n');
    await fs.mkdir(path.join(workspace, 'archive', '2024-01'), { recursive: true });
    await fs.writeFile(path.join(workspace, 'archive', '2024-01', '20240101_000000.json'), '{}');
    const inputs = { commit: 'false', 'archive-keep-days': '30', 'notify-updates': 'false', 'failure-issue': 'false' };
    const r1 = await actionRun(T1, inputs);
    if (!r1.ok) throw r1.error;
    expect(r1.report.mode).toBe('workspace');
    expect(r1.report.written.sort()).toEqual([...Object.keys(r1.result.files), 'README.md', 'archive/2025-02/20250220_080000.json'].sort());
    expect(r1.report.removed).toEqual(['archive/2024-01/20240101_000000.json']);
    await expect(fs.stat(path.join(workspace, 'archive', '2024-01'))).rejects.toThrow();
    expect(await fs.readFile(path.join(workspace, 'README.md'), 'utf8')).toBe('# me\n**Last successful sync:** 2025-02-20 08:00:00 UTC\n');
    const latestBefore = await fs.readFile(path.join(workspace, 'latest.json'), 'utf8');

    const r2 = await actionRun(T2, inputs);
    if (!r2.ok) throw r2.error;
    expect(r2.report.written).toEqual([]);
    expect(await fs.readFile(path.join(workspace, 'latest.json'), 'utf8')).toBe(latestBefore);
    expect((await fs.readdir(path.join(workspace, 'archive', '2025-02'))).length).toBe(1);
    // no API but the repository metadata (anonymize: auto asks whether it is public)
    expect(rig.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(Array(2).fill('GET /repos/athlete/training-data'));
  }, 60_000);
});
