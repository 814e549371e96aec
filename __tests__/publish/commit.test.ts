/**
 * The data commit against a fake GitHub API over real HTTP (real Octokit, nothing stubbed).
 */
import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { commitOutputs, type CommitRequest, RETRY_CAP_MS, retryDelay } from '../../src/publish/github/commit.js';
import { GitHubPermissionError } from '../../src/publish/github/octokit.js';
import { goldenOutputs, noSleep, restamped, startRig, type Rig } from './helpers.js';

const T1 = Date.parse('2025-02-20T08:00:00Z');
const T2 = Date.parse('2025-02-20T08:15:00Z');

let rig: Rig;
beforeEach(async () => {
  rig = await startRig();
});
afterEach(async () => {
  await rig.fake.stop();
});

function request(outputs: Record<string, string>, nowMs: number, extra: Partial<CommitRequest> = {}): CommitRequest {
  return { branch: 'main', dir: '', outputs, archive: true, keepDays: 0, nowMs, message: 'Sync training data - {timestamp}', ...extra };
}

const writes = (rig: Rig) => rig.fake.requests.filter((r) => r.method !== 'GET');

describe('commitOutputs', () => {
  it('makes the first commit of an empty repository with the contents API, then commits the rest in one Git Data commit', async () => {
    const outputs = await goldenOutputs();
    expect(rig.fake.isEmpty).toBe(true);
    const res = await commitOutputs(request(outputs, T1), { reader: rig.reader(), sleep: noSleep });
    expect(res.bootstrapped).toBe(true);
    expect(res.committed).toBe(true);
    const files = rig.fake.filesAt();
    for (const [name, text] of Object.entries(outputs)) expect(files[name]).toBe(text);
    expect(files['archive/2025-02/20250220_080000.json']).toBe(outputs['latest.json']);
    const log = rig.fake.log();
    expect(log).toHaveLength(2);
    // the commit-message input's first line, then the producer trailer
    expect(log.map((c) => c.message)).toEqual(
      Array(2).fill('Sync training data - 2025-02-20 08:00:00 UTC\n\nSynced-by: intervals-mirror 1.0.0'),
    );
    expect(log.every((c) => !c.customAuthor)).toBe(true);
    expect(res.commitSha).toBe(rig.fake.headSha());
    expect(res.verified).toBe(true);
    expect(rig.fake.forcedUpdates).toBe(0);
    expect(res.changedFiles).toEqual(
      expect.arrayContaining([
        'latest.json',
        'history.json',
        'intervals.json',
        'routes.json',
        'ftp_history.json',
        'archive/2025-02/20250220_080000.json',
      ]),
    );
  });

  it('makes no commit (and no archive) when only the timestamps changed', async () => {
    const outputs = await goldenOutputs();
    rig.fake.commitDirect({ ...outputs, 'README.md': '# data\n\n**Last successful sync:** 2025-02-20 08:00:00 UTC\n' });
    const head = rig.fake.headSha();
    const before = writes(rig).length;
    const res = await commitOutputs(request(restamped(outputs, '2025-02-20T08:15:00'), T2), { reader: rig.reader(), sleep: noSleep });
    expect(res.committed).toBe(false);
    expect(res.commitSha).toBeNull();
    expect(res.meaningful).toEqual([]);
    expect(rig.fake.headSha()).toBe(head);
    expect(writes(rig).length).toBe(before);
    expect(Object.keys(rig.fake.filesAt()).some((p) => p.startsWith('archive/'))).toBe(false);
  });

  it('commits every changed file, the archive snapshot and the README line in exactly one commit', async () => {
    const outputs = await goldenOutputs();
    const readme = '# My training data\r\n![sync](badge.svg)\r\n**Last successful sync:** 2025-02-20 08:00:00 UTC\r\nnotes\r\n';
    rig.fake.commitDirect({ ...outputs, 'README.md': readme, 'notes/plan.md': 'keep me' });
    const commitsBefore = rig.fake.log().length;
    const next = restamped(outputs, '2025-02-20T08:15:00');
    const latest = JSON.parse(next['latest.json']);
    latest.current_status.fitness.ctl = 40.5;
    next['latest.json'] = JSON.stringify(latest, null, 2);
    const ftp = JSON.parse(next['ftp_history.json']);
    ftp.outdoor['2025-02-20'] = 255;
    next['ftp_history.json'] = JSON.stringify(ftp, null, 2);

    const res = await commitOutputs(request(next, T2), { reader: rig.reader(), sleep: noSleep });
    expect(res.committed).toBe(true);
    expect(rig.fake.log().length).toBe(commitsBefore + 1);
    expect(res.meaningful.sort()).toEqual(['ftp_history.json', 'latest.json']);
    const files = rig.fake.filesAt();
    for (const [name, text] of Object.entries(next)) expect(files[name]).toBe(text);
    expect(files['archive/2025-02/20250220_081500.json']).toBe(next['latest.json']);
    expect(files['README.md']).toBe(
      '# My training data\r\n![sync](badge.svg)\r\n**Last successful sync:** 2025-02-20 08:15:00 UTC\r\nnotes\r\n',
    );
    expect(files['notes/plan.md']).toBe('keep me');
    // intervals.json and routes.json had only new timestamps: written too (bytes differ), history.json untouched
    expect(res.changedFiles.sort()).toEqual(
      ['README.md', 'archive/2025-02/20250220_081500.json', 'ftp_history.json', 'intervals.json', 'latest.json', 'routes.json'].sort(),
    );
    const posts = rig.fake.requests.filter((r) => r.method === 'POST' && /\/git\/commits$/.test(r.path));
    expect(posts).toHaveLength(1);
    expect(posts[0].body).not.toHaveProperty('author');
    expect(posts[0].body).not.toHaveProperty('committer');
  });

  it('retries on the new head when another commit lands between read and ref update, keeping both', async () => {
    const outputs = await goldenOutputs();
    rig.fake.commitDirect(outputs);
    const next: Record<string, string> = { ...outputs, 'ftp_history.json': '{\n  "indoor": {},\n  "outdoor": {"2025-02-20": 260}\n}' };
    rig.fake.before('PATCH', /\/git\/refs\/heads\/main$/, () => {
      rig.fake.commitDirect(
        { 'archive/2025-02/20250220_074500.json': '{"other": "run"}', 'README.md': 'x **Last successful sync:** old\n' },
        'another writer',
      );
    });
    const logs: string[] = [];
    const res = await commitOutputs(request(next, T2), { reader: rig.reader(), sleep: noSleep, log: (l) => logs.push(l) });
    expect(res.committed).toBe(true);
    expect(res.attempts).toBe(2);
    expect(logs.some((l) => /moved while committing/.test(l))).toBe(true);
    const files = rig.fake.filesAt();
    expect(files['archive/2025-02/20250220_074500.json']).toBe('{"other": "run"}');
    expect(files['ftp_history.json']).toBe(next['ftp_history.json']);
    expect(files['archive/2025-02/20250220_081500.json']).toBe(next['latest.json']);
    // the README of the other writer was picked up and its line updated
    expect(files['README.md']).toBe('x **Last successful sync:** 2025-02-20 08:15:00 UTC\n');
    const log = rig.fake.log();
    expect(log[0].parents).toEqual([log[1].sha]);
    expect(log[1].message).toBe('another writer');
    expect(rig.fake.forcedUpdates).toBe(0);
  });

  it('gives up after a bounded number of attempts when the branch keeps moving, never forcing', async () => {
    const outputs = await goldenOutputs();
    rig.fake.commitDirect(outputs);
    let n = 0;
    rig.fake.before('PATCH', /\/git\/refs\/heads\/main$/, () => void rig.fake.commitDirect({ [`other/${n++}.txt`]: 'x' }), 10);
    const next = { ...outputs, 'ftp_history.json': '{"indoor": {"2025-02-20": 1}, "outdoor": {}}' };
    await expect(commitOutputs(request(next, T2), { reader: rig.reader(), sleep: noSleep, maxAttempts: 3 })).rejects.toThrow(
      /kept moving.*3 times.*nothing was force-pushed/,
    );
    expect(rig.fake.filesAt()['ftp_history.json']).toBe(outputs['ftp_history.json']);
    expect(rig.fake.forcedUpdates).toBe(0);
  });

  it('keeps rebuilding on the moving branch until its time is up, with growing jittered pauses', async () => {
    const outputs = await goldenOutputs();
    rig.fake.commitDirect(outputs);
    let n = 0;
    rig.fake.before('PATCH', /\/git\/refs\/heads\/main$/, () => void rig.fake.commitDirect({ [`other/${n++}.txt`]: 'x' }), 100);
    let now = 0;
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
      now += ms;
    };
    const next = { ...outputs, 'ftp_history.json': '{"indoor": {"2025-02-20": 1}, "outdoor": {}}' };
    await expect(commitOutputs(request(next, T2), { reader: rig.reader(), sleep, clock: () => now, deadlineMs: 20_000 })).rejects.toThrow(
      /kept moving.*nothing was force-pushed/,
    );
    // far more than a fixed handful of tries, and never past the deadline
    expect(waits.length).toBeGreaterThan(4);
    expect(now).toBeLessThanOrEqual(20_000);
    expect(waits[3]).toBeGreaterThan(waits[0]);
    expect(Math.max(...waits)).toBeLessThanOrEqual(RETRY_CAP_MS * 1.5);
    expect(rig.fake.forcedUpdates).toBe(0);
    // the other writer's files are all there: each attempt started from the head it found
    expect(Object.keys(rig.fake.filesAt()).filter((p) => p.startsWith('other/'))).toHaveLength(n);
  });

  it('retryDelay: base doubling per attempt, jittered between ½ and 1½, capped', () => {
    expect(retryDelay(1, () => 0.5)).toBe(250);
    expect(retryDelay(3, () => 0.5)).toBe(1000);
    expect(retryDelay(2, () => 0)).toBe(250);
    expect(retryDelay(40, () => 0.999)).toBeLessThanOrEqual(RETRY_CAP_MS * 1.5);
  });

  it('turns a 403 on the ref update into the permissions: contents: write instruction', async () => {
    const outputs = await goldenOutputs();
    rig.fake.commitDirect(outputs);
    const head = rig.fake.headSha();
    rig.fake.failNext('PATCH', /\/git\/refs\//, 403, 'Resource not accessible by integration');
    const next = { ...outputs, 'ftp_history.json': '{"indoor": {"2025-02-20": 1}, "outdoor": {}}' };
    const err = await commitOutputs(request(next, T2), { reader: rig.reader(), sleep: noSleep }).catch((e) => e);
    expect(err).toBeInstanceOf(GitHubPermissionError);
    expect(err.message).toMatch(/permissions: contents: write/);
    expect(err.message).toMatch(/Resource not accessible by integration/);
    expect(rig.fake.headSha()).toBe(head);
  });

  it('turns a 403 on the first commit of an empty repository into the same instruction', async () => {
    rig.fake.failNext('PUT', /\/contents\//, 403, 'Resource not accessible by integration');
    const err = await commitOutputs(request(await goldenOutputs(), T1), { reader: rig.reader(), sleep: noSleep }).catch((e) => e);
    expect(err).toBeInstanceOf(GitHubPermissionError);
    expect(err.message).toMatch(/permissions: contents: write/);
    expect(rig.fake.isEmpty).toBe(true);
  });

  it('with archive-keep-days 30 removes exactly the snapshots older than 30 days, in the same commit', async () => {
    const outputs = await goldenOutputs();
    const old: Record<string, string> = {
      'archive/2024-12/20241201_000000.json': '{}', // 81 days
      'archive/2024-12/20241231_235959.json': '{}',
      'archive/2025-01/20250121_075959.json': '{}', // 30 days + 1 s: expired
      'archive/2025-01/20250121_080000.json': '{}', // exactly 30 days: kept
      'archive/2025-01/20250125_120000.json': '{}',
      'archive/2025-01/README.md': 'not a snapshot', // never removed
      'archive/2025-02/20250219_080000.json': '{}',
      'archive/notes.txt': 'kept',
    };
    rig.fake.commitDirect({ ...outputs, ...old });
    const commitsBefore = rig.fake.log().length;
    const next = { ...outputs, 'ftp_history.json': '{"indoor": {"2025-02-20": 1}, "outdoor": {}}' };
    const res = await commitOutputs(request(next, T1, { keepDays: 30 }), { reader: rig.reader(), sleep: noSleep });
    expect(rig.fake.log().length).toBe(commitsBefore + 1);
    expect(res.deletedFiles).toEqual([
      'archive/2024-12/20241201_000000.json',
      'archive/2024-12/20241231_235959.json',
      'archive/2025-01/20250121_075959.json',
    ]);
    const archive = Object.keys(rig.fake.filesAt())
      .filter((p) => p.startsWith('archive/'))
      .sort();
    expect(archive).toEqual([
      'archive/2025-01/20250121_080000.json',
      'archive/2025-01/20250125_120000.json',
      'archive/2025-01/README.md',
      'archive/2025-02/20250219_080000.json',
      'archive/2025-02/20250220_080000.json',
      'archive/notes.txt',
    ]);
  });

  it('with archive-keep-days 0 keeps every snapshot', async () => {
    const outputs = await goldenOutputs();
    rig.fake.commitDirect({ ...outputs, 'archive/2020-01/20200101_000000.json': '{}' });
    await commitOutputs(request({ ...outputs, 'ftp_history.json': '{"indoor": {}, "outdoor": {}}' }, T1), {
      reader: rig.reader(),
      sleep: noSleep,
    });
    expect(rig.fake.filesAt()['archive/2020-01/20200101_000000.json']).toBe('{}');
  });

  it('removes hundreds of expired snapshots in one commit (tree entries sent in chunks)', async () => {
    const outputs = await goldenOutputs();
    const old: Record<string, string> = {};
    for (let i = 0; i < 250; i++)
      old[`archive/2024-06/20240601_${String(Math.floor(i / 60)).padStart(2, '0')}${String(i % 60).padStart(2, '0')}00.json`] =
        `{"i": ${i}}`;
    rig.fake.commitDirect({ ...outputs, ...old });
    const commitsBefore = rig.fake.log().length;
    const res = await commitOutputs(request({ ...outputs, 'ftp_history.json': '{"indoor": {}, "outdoor": {}}' }, T1, { keepDays: 30 }), {
      reader: rig.reader(),
      sleep: noSleep,
    });
    expect(res.deletedFiles).toHaveLength(250);
    expect(rig.fake.log().length).toBe(commitsBefore + 1);
    expect(Object.keys(rig.fake.filesAt()).filter((p) => p.startsWith('archive/2024-06'))).toEqual([]);
    expect(rig.fake.requests.filter((r) => r.method === 'POST' && /\/git\/trees$/.test(r.path)).length).toBeGreaterThan(1);
  });

  it('writes into the output folder and creates a missing branch from the default branch', async () => {
    const outputs = await goldenOutputs();
    rig.fake.commitDirect({ 'README.md': '# hi\n' });
    const res = await commitOutputs(request(outputs, T1, { dir: 'data', branch: 'training-data' }), {
      reader: rig.reader(),
      sleep: noSleep,
    });
    expect(res.committed).toBe(true);
    const files = rig.fake.filesAt(rig.fake.headSha('training-data'));
    expect(files['data/latest.json']).toBe(outputs['latest.json']);
    expect(files['data/archive/2025-02/20250220_080000.json']).toBe(outputs['latest.json']);
    expect(files['README.md']).toBe('# hi\n');
    expect(rig.fake.filesAt()['data/latest.json']).toBeUndefined();
  });
});
