/**
 * The GitHub request budget of one run, counted from the fake GitHub's request log (every API
 * request, the changelog file aside): a run with nothing new to commit stays within 6 requests
 * when the workflow checked the data folder out (the workspace is a content-addressed cache of
 * the state files), a data run within 12 plus one per changed file, and the job summary states
 * the count the fake saw.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFakeIntervals, type FakeIntervals } from '../../test-support/fake-intervals.js';
import { FakeGitHub } from '../../test-support/fake-github.js';
import { DATASET, DATASET_NOW, runBundle } from './run-bundle.js';

let intervals: FakeIntervals;
let github: FakeGitHub;

beforeAll(async () => {
  intervals = await startFakeIntervals({ dataset: DATASET, now: DATASET_NOW, datasetFaults: false });
  github = new FakeGitHub();
  await github.start();
  github.raw.set('/raw/changelog.json', { status: 200, body: '{"notification_id": "2026-08-13", "changes": ["a change"]}' });
  github.commitDirect({ 'README.md': '# Training\n\n**Last successful sync:** never\n' }, 'initial');
  // an open issue elsewhere: the sync-failing lookup cannot be skipped on the issue count alone
  github.addIssue({ title: 'something else', labels: ['question'] });
});
afterAll(async () => {
  await intervals.close();
  await github.stop();
});

function summaryCount(summary: string): number {
  const m = summary.match(/GitHub API requests this run: (\d+)/);
  if (!m) throw new Error(`no request count in the summary:\n${summary}`);
  return Number(m[1]);
}

describe('GitHub requests per run', () => {
  let workspace: string;

  it('a data run: at most 12 + one per changed file, and the summary reports the count', async () => {
    const since = github.requests.length;
    const r = await runBundle({ github, intervals, inputs: { 'output-dir': 'team/alice' } });
    expect(r.code).toBe(0);
    workspace = r.workspace;
    const api = github.apiRequests(since);
    const changed = JSON.parse(r.outputs['changed-files']) as string[];
    expect(changed.length).toBeGreaterThan(0);
    expect(api.length).toBeLessThanOrEqual(12 + changed.length);
    expect(summaryCount(r.summary)).toBe(api.length);
    // sizes, token estimates and the repository's totals come from the tree already read
    expect(r.summary).toMatch(/<code>latest\.json<\/code><\/td><td>[\d.]+ KB<\/td><td>[\d,]+<\/td>/);
    expect(r.summary).toContain('archive snapshots: 1;');
    const total = Object.values(github.filesAt()).reduce((n, t) => n + Buffer.byteLength(t), 0);
    expect(r.summary).toContain(`repository total: ${(total / 1024).toFixed(1)} KB`);
    // the update notice was opened once, by the job that created its lock ref
    expect(github.issues.filter((i) => i.labels.includes('update-notification'))).toHaveLength(1);
    expect(github.refs.has('intervals-mirror/notices/2026-08-13')).toBe(true);
  }, 60_000);

  it('a quiet run on a checkout of the data folder: at most 6, no blob read', async () => {
    // what actions/checkout leaves: the branch's files (any commit's copy of the same bytes does)
    for (const [p, text] of Object.entries(github.filesAt())) {
      await fs.mkdir(path.dirname(path.join(workspace, p)), { recursive: true });
      await fs.writeFile(path.join(workspace, p), text);
    }
    const head = github.headSha();
    const since = github.requests.length;
    const r = await runBundle({ github, intervals, workspace, inputs: { 'output-dir': 'team/alice' } });
    expect(r.code).toBe(0);
    expect(r.outputs.committed).toBe('false');
    expect(github.headSha()).toBe(head);
    const api = github.apiRequests(since);
    expect(api.length).toBeLessThanOrEqual(6);
    expect(api.some((q) => /\/git\/blobs\/|\/contents\//.test(q.path))).toBe(false);
    expect(summaryCount(r.summary)).toBe(api.length);
    expect(github.issues.filter((i) => i.labels.includes('update-notification'))).toHaveLength(1);
  }, 60_000);

  it('a quiet run without a checkout reads only the state files it needs, each once', async () => {
    const since = github.requests.length;
    const r = await runBundle({ github, intervals, inputs: { 'output-dir': 'team/alice' } });
    expect(r.code).toBe(0);
    expect(r.outputs.committed).toBe('false');
    const api = github.apiRequests(since);
    const blobs = api.filter((q) => /\/git\/blobs\//.test(q.path)).map((q) => q.path);
    expect(new Set(blobs).size).toBe(blobs.length);
    // the companions (latest.md, mirror.json) are never read: only the five state files can be
    expect(blobs.length).toBeLessThanOrEqual(5);
    expect(api.length).toBeLessThanOrEqual(6 + blobs.length);
  }, 60_000);

  it('a repository without open issues skips the sync-failing lookup', async () => {
    const solo = new FakeGitHub({ repo: 'solo' });
    await solo.start();
    try {
      solo.raw.set('/raw/changelog.json', { status: 200, body: '{}' });
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'budget-'));
      const first = await runBundle({ github: solo, intervals, workspace: dir });
      expect(first.code).toBe(0);
      const since = solo.requests.length;
      const r = await runBundle({ github: solo, intervals, workspace: dir });
      expect(r.code).toBe(0);
      expect(solo.apiRequests(since).some((q) => q.path.endsWith('/issues'))).toBe(false);
      expect(solo.apiRequests(since).length).toBeLessThanOrEqual(4);
    } finally {
      await solo.stop();
    }
  }, 60_000);
});
