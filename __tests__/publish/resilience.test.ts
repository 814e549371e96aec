/**
 * The GitHub side under failure, over real HTTP against the fake GitHub (the real pipeline against
 * the fake Intervals.icu): hung and dropped requests, lost answers, malformed JSON, rate limits,
 * an archived repository, a token without issue rights, public/private visibility, unreadable
 * workspace state. Each case asserts what the user sees and that no data is lost.
 */
import { describe, it, expect, beforeAll, afterAll, beforeEach, afterEach } from '@jest/globals';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFakeIntervals, type FakeIntervals } from '../../test-support/fake-intervals.js';
import { FakeGitHub } from '../../test-support/fake-github.js';
import { checkedSync } from '../../test-support/checked-sync.js';
import type { Settings } from '../../src/config.js';
import { Publisher } from '../../src/publish/github/publisher.js';
import { readPublishSettings } from '../../src/publish/github/inputs.js';
import { HEALTH_TITLE } from '../../src/publish/github/sync-health.js';
import { failureMessage } from '../../src/main.js';
import { TEST_CLIENT } from './helpers.js';

const DATASET = path.resolve('test-data/scenarios/sick-athlete/dataset');
const AT = '2025-02-20T08:00:00';
const T1 = Date.parse(`${AT}Z`);

let intervals: FakeIntervals;
let fake: FakeGitHub;
let workspace: string;
let warnings: Array<{ line: string; title?: string }>;
let logs: string[];

beforeAll(async () => {
  intervals = await startFakeIntervals({ dataset: DATASET, now: AT, datasetFaults: false });
});
afterAll(async () => {
  await intervals.close();
});
beforeEach(async () => {
  fake = new FakeGitHub();
  await fake.start();
  fake.raw.set('/raw/changelog.json', { status: 200, body: '{"notification_id": "2026-08-13", "changes": ["x"]}' });
  workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'resilience-ws-'));
  warnings = [];
  logs = [];
});
afterEach(async () => {
  await fake.stop();
  await fs.rm(workspace, { recursive: true, force: true });
});

function settings(): Settings {
  return {
    athleteId: intervals.athleteId,
    apiKey: intervals.apiKey,
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
    charts: true,
  };
}

/** One action run as main.ts does it, with the publisher building its own Octokit. */
async function actionRun(nowMs: number, inputs: Record<string, string> = {}, client: Record<string, unknown> = {}) {
  const env = { GITHUB_REPOSITORY: fake.fullName, GITHUB_WORKSPACE: workspace, GITHUB_API_URL: fake.url, GITHUB_RUN_ID: '7' };
  const all: Record<string, string> = { 'github-token': fake.token, 'changelog-url': `${fake.url}/raw/changelog.json`, ...inputs };
  const pub = new Publisher(
    readPublishSettings((n) => all[n] ?? '', env, '.'),
    {
      warn: (line, title) => warnings.push({ line, title }),
      log: (line) => logs.push(line),
      octokitOptions: { ...TEST_CLIENT, ...client },
    },
  );
  let seen: Settings | null = null;
  try {
    const readState = await pub.prepare();
    const s = { ...settings(), anonymize: pub.privacy!.anonymize, privacyRadiusM: pub.settings.privacyRadiusM };
    seen = s;
    const result = await checkedSync(s, { readState, nowInstantMs: nowMs });
    const report = await pub.publish(result.files, nowMs);
    const after = await pub.afterSuccess(nowMs);
    return { ok: true as const, pub, report, after, seen };
  } catch (e) {
    const message = failureMessage(e);
    const health = await pub.afterFailure(message, nowMs);
    return { ok: false as const, pub, message, health, seen };
  }
}

const count = (method: string, re: RegExp) => fake.requests.filter((r) => r.method === method && re.test(r.path)).length;

describe('deadlines and lost answers', () => {
  it('a create that hangs (no headers ever sent) is abandoned at the deadline and retried: the commit lands', async () => {
    fake.fault('POST', /\/git\/trees$/, 'hang');
    fake.commitDirect({ 'README.md': '# data\n' });
    const r = await actionRun(T1);
    if (!r.ok) throw new Error(r.message);
    expect(r.report.commit?.committed).toBe(true);
    expect(fake.headSha()).toBe(r.report.commit?.commitSha);
    expect(count('POST', /\/git\/trees$/)).toBe(2);
  }, 60_000);

  it('a dropped connection on a commit creation is retried (content-addressed: the same commit)', async () => {
    fake.fault('POST', /\/git\/commits$/, 'lose-answer');
    fake.commitDirect({ 'README.md': '# data\n' });
    const r = await actionRun(T1);
    if (!r.ok) throw new Error(r.message);
    expect(fake.headSha()).toBe(r.report.commit?.commitSha);
    expect(fake.log()).toHaveLength(2);
  }, 60_000);

  it.each(['lose-answer', 'reset-after'] as const)(
    'a ref update whose answer is lost (%s) but which landed is a success: no failure, no issue',
    async (fault) => {
      fake.commitDirect({ 'README.md': '# data\n' });
      fake.fault('PATCH', /\/git\/refs\/heads\/main$/, fault);
      const r = await actionRun(T1);
      if (!r.ok) throw new Error(r.message);
      expect(r.report.commit?.committed).toBe(true);
      expect(fake.headSha()).toBe(r.report.commit?.commitSha);
      // sent once: the branch was asked instead of repeating the update
      expect(count('PATCH', /\/git\/refs\//)).toBe(1);
      expect(logs.some((l) => /answer to the main update was lost, but the branch points at/.test(l))).toBe(true);
      expect(fake.issues.filter((i) => i.title === HEALTH_TITLE)).toHaveLength(0);
    },
    60_000,
  );

  it('a ref update that failed with 5xx and did not land fails the run and keeps the branch', async () => {
    const before = fake.commitDirect({ 'README.md': '# data\n' });
    fake.failNext('PATCH', /\/git\/refs\/heads\/main$/, 502, 'Bad Gateway');
    const r = await actionRun(T1);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(/HTTP 502 on PATCH .*git\/refs\/heads\/main/);
    expect(fake.headSha()).toBe(before);
    expect(fake.issues.find((i) => i.title === HEALTH_TITLE)?.body).toContain('HTTP 502');
  }, 60_000);

  it('the state is read once: the commit step reuses the blobs, and nothing goes through the contents API', async () => {
    const first = await actionRun(T1);
    if (!first.ok) throw new Error(first.message);
    // no workspace copies: every state file has to come through the API
    await fs.rm(workspace, { recursive: true, force: true });
    await fs.mkdir(workspace);
    fake.requests.length = 0;
    const second = await actionRun(T1 + 3_600_000, { 'force-history': 'true' });
    if (!second.ok) throw new Error(second.message);
    const blobPaths = fake.requests.filter((r) => /\/git\/blobs\//.test(r.path)).map((r) => r.path);
    expect(blobPaths.length).toBeGreaterThan(0);
    expect(new Set(blobPaths).size).toBe(blobPaths.length);
    expect(fake.requests.some((r) => /\/contents\//.test(r.path))).toBe(false);
  }, 60_000);
});

describe('every failure has its real cause', () => {
  it('a malformed JSON answer on the repository call is an error naming the call, not an empty repository', async () => {
    fake.fault('GET', /^\/repos\/athlete\/training-data$/, 'malformed');
    const r = await actionRun(T1);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(/GitHub sent an answer that is not JSON to GET \/repos\/\{owner\}\/\{repo\}/);
    expect(fake.isEmpty).toBe(true);
  }, 60_000);

  it('an archived repository says so and how to fix it, not "add contents: write"', async () => {
    fake.commitDirect({ 'README.md': '#' });
    fake.archived = true;
    const r = await actionRun(T1);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(/athlete\/training-data is archived.*Unarchive this repository.*disable the scheduled workflow/);
    expect(r.message).not.toMatch(/contents: write/);
    expect(fake.requests.filter((q) => q.method !== 'GET')).toEqual([]);
  }, 60_000);

  it('a repository archived after the metadata read: the write refusal still names the archive', async () => {
    fake.commitDirect({ 'README.md': '#' });
    fake.before('POST', /\/git\/trees$/, () => {
      fake.archived = true;
    });
    const r = await actionRun(T1);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/is archived/);
  }, 60_000);

  it('without issues: write the data is still committed and exactly one warning names the fix', async () => {
    for (const [m, re] of [
      ['GET', /\/issues$/],
      ['GET', /\/labels\//],
      ['POST', /\/labels$/],
      ['POST', /\/issues$/],
    ] as const)
      fake.failNext(m, re, 403, 'Resource not accessible by integration', 20);
    const r = await actionRun(T1);
    if (!r.ok) throw new Error(r.message);
    expect(r.report.commit?.committed).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].title).toBe('Issues permission missing');
    expect(warnings[0].line).toMatch(/permissions: issues: write/);
    expect(warnings[0].line).not.toMatch(/Resource not accessible/);
  }, 60_000);

  it('a secondary rate limit with Retry-After is waited out and the request repeated', async () => {
    fake.commitDirect({ 'README.md': '#' });
    fake.failNext('POST', /\/git\/trees$/, 403, 'You have exceeded a secondary rate limit', 1, { 'retry-after': '1' });
    const r = await actionRun(T1);
    if (!r.ok) throw new Error(r.message);
    expect(r.report.commit?.committed).toBe(true);
    expect(logs.some((l) => /secondary rate limit on POST .*waiting 1 s/.test(l))).toBe(true);
  }, 60_000);

  it('a Retry-After longer than the bound stops the run with a clear line instead of waiting', async () => {
    fake.commitDirect({ 'README.md': '#' });
    fake.failNext('POST', /\/git\/trees$/, 403, 'You have exceeded a secondary rate limit', 1, { 'retry-after': '3600' });
    const started = Date.now();
    const r = await actionRun(T1, {}, { rateLimitUnitMs: 1000 });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(/^GitHub rate limit \(HTTP 403 on POST .*git\/trees, retry after 3600 s\): .*next run will try again/);
  }, 60_000);
});

describe('privacy mode (anonymize: auto)', () => {
  it('a public repository is anonymised, a private one is not, and a repository made public is anonymised from the next run', async () => {
    fake.visibility = 'private';
    const priv = await actionRun(T1);
    if (!priv.ok) throw new Error(priv.message);
    expect(priv.seen?.anonymize).toBe(false);
    expect(priv.pub.privacy).toEqual({ anonymize: false, reason: 'private repository' });
    expect(priv.report.privacy).toMatchObject({ anonymize: false, reason: 'private repository' });
    // the private repository holds the full profile and the outdoor names
    const privLatest = JSON.parse(fake.filesAt()['latest.json']);
    expect(privLatest.athlete_profile.date_of_birth).toBe('1979-01-25');
    expect(privLatest.athlete_profile.location).toBe('Sheffield, England, United Kingdom');
    const outdoor = privLatest.recent_activities.filter((a: { type: string }) => a.type === 'Run' || a.type === 'Ride');
    expect(outdoor.length).toBeGreaterThan(0);
    expect(outdoor.every((a: { name: string }) => a.name !== 'Training Session')).toBe(true);

    fake.visibility = 'public';
    const pub = await actionRun(T1 + 900_000);
    if (!pub.ok) throw new Error(pub.message);
    expect(pub.seen).toMatchObject({ anonymize: true, privacyRadiusM: 500 });
    expect(pub.report.privacy).toEqual({ anonymize: true, reason: 'public repository', radiusM: 500 });
    expect(logs).toContain('privacy mode: anonymised (public repository; points within 500 m of each start and end dropped)');
    // the files committed to the now-public repository carry no date of birth, location or outdoor name
    const files = fake.filesAt();
    const pubLatest = JSON.parse(files['latest.json']);
    expect(pubLatest.athlete_profile.date_of_birth).toBeUndefined();
    expect(pubLatest.athlete_profile.location).toBeUndefined();
    expect(pubLatest.athlete_profile.age).toBe(46);
    for (const a of pubLatest.recent_activities as Array<{ type: string; name: string }>) {
      if (a.type === 'Run' || a.type === 'Ride') expect(a.name).toBe('Training Session');
    }
    const published = [
      'latest.json',
      'intervals.json',
      'routes.json',
      'latest.md',
      'README.md',
      ...Object.keys(files).filter((f) => f.startsWith('charts/')),
    ];
    expect(published.length).toBeGreaterThan(6);
    for (const name of published) {
      expect(files[name]).toBeDefined();
      expect(files[name]).not.toContain('1979-01-25');
      expect(files[name]).not.toContain('Sheffield');
      expect(files[name]).not.toContain('Long ride');
    }
    // one repository call per run: the visibility comes with the default branch
    expect(count('GET', /^\/repos\/athlete\/training-data$/)).toBe(2);
  }, 60_000);

  it('the input forces the mode either way, with the radius it names', async () => {
    fake.visibility = 'public';
    const off = await actionRun(T1, { anonymize: 'false' });
    expect(off.seen).toMatchObject({ anonymize: false });
    expect(off.pub.privacy?.reason).toBe('forced by input');
    fake.visibility = 'private';
    const on = await actionRun(T1 + 900_000, { anonymize: 'true', 'privacy-radius': '1200' });
    expect(on.seen).toMatchObject({ anonymize: true, privacyRadiusM: 1200 });
  }, 60_000);

  it('commit: false without a repository writes the full data', async () => {
    const pub = new Publisher(
      readPublishSettings((n) => ({ commit: 'false' })[n] ?? '', { GITHUB_WORKSPACE: workspace }, '.'),
      {},
    );
    await pub.prepare();
    expect(pub.privacy).toEqual({ anonymize: false, reason: 'no repository' });
  });
});

describe('workspace state (commit: false)', () => {
  it.each([
    ['a folder named like a state file', async () => fs.mkdir(path.join(workspace, 'ftp_history.json')), /ftp_history\.json is a folder/],
  ])(
    '%s fails the run with one line instead of reading as absent',
    async (_what, setup, message) => {
      await setup();
      const r = await actionRun(T1, { commit: 'false', 'notify-updates': 'false', 'failure-issue': 'false' });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(message);
      expect(await fs.readdir(workspace)).toEqual(['ftp_history.json']);
    },
    60_000,
  );
});
