/**
 * A coach's matrix: ten jobs of the BUILT action start at the same moment, one per athlete, each
 * into its own folder of ONE repository, against a fake GitHub that answers every request after
 * ~200 ms (as GitHub does). Every job must land its own data commit on a linear history without
 * touching another athlete's folder, a new Section 11 notification opens exactly one issue, and
 * the sync-failing issue belongs to one athlete: two athletes failing are two issues, a healthy
 * athlete closes none of them, and each athlete's recovery closes only its own.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { startFakeIntervals, type FakeIntervals } from '../../test-support/fake-intervals.js';
import { FakeGitHub } from '../../test-support/fake-github.js';
import { healthTitle } from '../../src/publish/github/sync-health.js';
import { DATASET, DATASET_NOW, type BundleRun, runBundle, workspaceFiles } from './run-bundle.js';

const ATHLETES = ['ana', 'ben', 'cleo', 'dev', 'eli', 'fay', 'gus', 'hana', 'ivo', 'jun'];
const T0 = Date.parse(`${DATASET_NOW}Z`);
/** each job's clock is a few seconds apart, as matrix jobs finishing together are */
const at = (i: number, round: number) => new Date(T0 + round * 3_600_000 + i * 1000).toISOString();

let intervals: FakeIntervals;
let github: FakeGitHub;

beforeAll(async () => {
  intervals = await startFakeIntervals({ dataset: DATASET, now: DATASET_NOW, datasetFaults: false });
  github = new FakeGitHub({ latencyMs: 180, jitterMs: 60 });
  await github.start();
  github.raw.set('/raw/changelog.json', { status: 200, body: '{"notification_id": "2026-09-01", "changes": ["new rule"]}' });
  github.commitDirect({ 'README.md': '# Team\n\n**Last successful sync:** never\n', 'coach-notes.md': 'keep me\n' }, 'initial');
});
afterAll(async () => {
  await intervals.close();
  await github.stop();
});

function job(i: number, round: number, inputs: Record<string, string> = {}): Promise<BundleRun> {
  return runBundle({ github, intervals, now: at(i, round), inputs: { 'output-dir': `team/${ATHLETES[i]}`, ...inputs } });
}

describe('ten matrix jobs on one branch', () => {
  it('all land: ten data commits on a linear history, each folder exactly as its job wrote it', async () => {
    const initial = github.headSha()!;
    const runs = await Promise.all(ATHLETES.map((_, i) => job(i, 0)));
    for (const r of runs) expect({ code: r.code, err: r.stdout.match(/::error::.*/)?.[0] }).toEqual({ code: 0, err: undefined });

    const log = github.log();
    const mine = log.slice(
      0,
      log.findIndex((c) => c.sha === initial),
    );
    expect(mine).toHaveLength(10);
    for (const c of log) expect(c.parents.length).toBeLessThanOrEqual(1);
    expect(github.forcedUpdates).toBe(0);
    // every commit names its athlete
    expect(mine.map((c) => c.message.match(/\(([a-z]+)\)/)?.[1]).sort()).toEqual([...ATHLETES].sort());
    for (const r of runs) expect(mine.map((c) => c.sha)).toContain(r.outputs['commit-sha']);

    const files = github.filesAt();
    for (const [i, r] of runs.entries()) {
      const dir = `team/${ATHLETES[i]}`;
      const written = await workspaceFiles(r.workspace, dir);
      for (const [p, text] of Object.entries(written)) expect(files[p]).toBe(text);
      const inRepo = Object.keys(files).filter((p) => p.startsWith(`${dir}/`) && !p.startsWith(`${dir}/archive/`));
      expect(inRepo.sort()).toEqual(Object.keys(written).sort());
      // its one archive snapshot, named after its own clock
      const snaps = Object.keys(files).filter((p) => p.startsWith(`${dir}/archive/`));
      expect(snaps).toHaveLength(1);
      expect(snaps[0]).toContain(at(i, 0).slice(11, 19).replace(/:/g, ''));
      expect(r.summary).toContain(`Intervals.icu sync: ${ATHLETES[i]}`);
    }
    expect(files['coach-notes.md']).toBe('keep me\n');
    // the README was rebuilt on each new head: the coach's line carries one of the jobs' times, and
    // every athlete's dashboard section is there exactly once
    const readme = files['README.md'];
    expect(readme).toMatch(/^# Team\n\n\*\*Last successful sync:\*\* 2025-02-20 08:00:0\d UTC\n/);
    for (const name of ATHLETES) {
      expect(readme.split(`<!-- intervals-mirror:start dir=team/${name} -->`)).toHaveLength(2);
      expect(readme.split(`<!-- intervals-mirror:end dir=team/${name} -->`)).toHaveLength(2);
    }

    const notices = github.issues.filter((x) => x.labels.includes('update-notification'));
    expect(notices).toHaveLength(1);
    expect(notices[0].title).toBe('Section 11 updates — 2026-09-01');
  }, 90_000);

  it('failures are per athlete: two failing athletes open two issues, a healthy run closes none', async () => {
    const runs = await Promise.all([job(3, 1, { 'api-key': 'wrong' }), job(7, 1, { 'api-key': 'wrong' }), job(0, 1)]);
    expect(runs.map((r) => r.code)).toEqual([1, 1, 0]);
    const failing = github.issues.filter((x) => x.labels.includes('sync-failing'));
    expect(failing.map((x) => [x.title, x.state]).sort()).toEqual([
      [healthTitle('dev'), 'open'],
      [healthTitle('hana'), 'open'],
    ]);
    for (const x of failing) expect(x.body).toMatch(/rejected the API key/);
    expect(github.issues.filter((x) => x.labels.includes('update-notification'))).toHaveLength(1);
  }, 60_000);

  it("one athlete's recovery closes only its own issue", async () => {
    const r = await job(3, 2);
    expect(r.code).toBe(0);
    const byTitle = Object.fromEntries(github.issues.map((x) => [x.title, x.state]));
    expect(byTitle[healthTitle('dev')]).toBe('closed');
    expect(byTitle[healthTitle('hana')]).toBe('open');
  }, 60_000);
});
