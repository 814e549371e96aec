/**
 * The Section 11 update notice decided by a git ref: many runs seeing one notification at once
 * open one issue; an issue opened before the ref existed is found, not duplicated; a token that may
 * not create the ref falls back to the title lookup; a handled notice costs one request.
 */
import { describe, it, expect, afterEach } from '@jest/globals';
import { checkUpstreamUpdates, noticeRef } from '../../src/publish/github/update-notice.js';
import { startRig, type Rig } from '../publish/helpers.js';

let rig: Rig;
afterEach(async () => {
  await rig.fake.stop();
});

async function setup(latencyMs = 0): Promise<string> {
  rig = await startRig({ latencyMs, jitterMs: latencyMs / 2 });
  rig.fake.raw.set('/raw/changelog.json', { status: 200, body: '{"notification_id": "2026-11-02", "changes": ["c"]}' });
  return rig.fake.commitDirect({ 'a.txt': 'a' });
}

const check = (anchorSha: string | null) =>
  checkUpstreamUpdates({
    octokit: rig.octokit,
    repo: rig.repo,
    changelogUrl: `${rig.fake.url}/raw/changelog.json`,
    anchorSha,
    warn: () => undefined,
  });

const notices = () => rig.fake.issues.filter((i) => i.title === 'Section 11 updates — 2026-11-02');

describe('update notice lock', () => {
  it('eight runs at once open exactly one issue', async () => {
    const head = await setup(120);
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => check(head)));
    expect(notices()).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'created')).toHaveLength(1);
    expect(rig.fake.refs.get(noticeRef('2026-11-02').replace(/^refs\//, ''))).toBe(head);
  });

  it('a handled notice costs one request and lists no issue', async () => {
    const head = await setup();
    await check(head);
    const since = rig.fake.requests.length;
    expect((await check(head)).status).toBe('exists');
    const api = rig.fake.apiRequests(since);
    expect(api.map((r) => `${r.method} ${r.path.replace(/^\/repos\/[^/]+\/[^/]+/, '')}`)).toEqual([
      'GET /git/ref/intervals-mirror/notices/2026-11-02',
    ]);
  });

  it('an issue from before the lock existed is found, not opened again', async () => {
    const head = await setup();
    rig.fake.addIssue({ title: 'Section 11 updates — 2026-11-02', labels: ['update-notification'], state: 'closed' });
    expect((await check(head)).status).toBe('exists');
    expect(notices()).toHaveLength(1);
  });

  it('a token that may not create the ref falls back to the title lookup', async () => {
    const head = await setup();
    rig.fake.failNext('POST', /\/git\/refs$/, 403, 'Resource not accessible by integration', 5);
    expect((await check(head)).status).toBe('created');
    expect((await check(head)).status).toBe('exists');
    expect(notices()).toHaveLength(1);
  });

  it('odd notification ids get a hashed, valid ref name', () => {
    expect(noticeRef('2026-11-02')).toBe('refs/intervals-mirror/notices/2026-11-02');
    expect(noticeRef('v1 .. x')).toMatch(/^refs\/intervals-mirror\/notices\/[0-9a-f]{32}$/);
    expect(noticeRef(42)).toBe('refs/intervals-mirror/notices/42');
  });
});
