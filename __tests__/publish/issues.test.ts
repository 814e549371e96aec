/**
 * Update notices and the sync-failing issue, against the fake GitHub API over HTTP.
 */
import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { checkUpstreamUpdates, updateIssueBody, updateIssueTitle, UPDATE_LABEL } from '../../src/publish/github/update-notice.js';
import { HEALTH_LABEL, HEALTH_TITLE, reportFailure, resolveFailure, type HealthDeps } from '../../src/publish/github/sync-health.js';
import { startRig, type Rig } from './helpers.js';

let rig: Rig;
let warnings: string[];
beforeEach(async () => {
  rig = await startRig();
  warnings = [];
});
afterEach(async () => {
  await rig.fake.stop();
});

const CHANGELOG_PATH = '/raw/CrankAddict/section-11/main/changelog.json';
const changelog = (id: unknown) => JSON.stringify({ notification_id: id, changes: ['sync.py v3.128', 'DFA bands renamed'] });

function notice() {
  return checkUpstreamUpdates({
    octokit: rig.octokit,
    repo: rig.repo,
    changelogUrl: `${rig.fake.url}${CHANGELOG_PATH}`,
    warn: (m) => warnings.push(m),
  });
}

const created = (rig: Rig) => rig.fake.requests.filter((r) => r.method === 'POST' && /\/issues$/.test(r.path));

describe('Section 11 update notice', () => {
  it('opens one labelled issue titled as the reference does, and never a second one', async () => {
    rig.fake.raw.set(CHANGELOG_PATH, { status: 200, body: changelog('2026-08-13') });
    expect(await notice()).toEqual({ status: 'created', title: 'Section 11 updates — 2026-08-13', number: 1 });
    const issue = rig.fake.issues[0];
    expect(issue.title).toBe('Section 11 updates — 2026-08-13');
    expect(issue.labels).toEqual([UPDATE_LABEL.name]);
    expect(issue.body).toContain(
      '## Section 11 Update Available\n\n**Notification ID:** 2026-08-13\n\n### Changes:\n- sync.py v3.128\n- DFA bands renamed\n',
    );
    expect(issue.body).toContain('https://github.com/CrankAddict/section-11');
    expect(await notice()).toEqual({ status: 'exists', title: 'Section 11 updates — 2026-08-13', number: 1 });
    expect(rig.fake.issues).toHaveLength(1);
    expect(warnings).toEqual([]);
  });

  it('opens no issue when one with the same title is already closed', async () => {
    rig.fake.addIssue({ title: 'Section 11 updates — 2026-08-13', labels: [UPDATE_LABEL.name], state: 'closed' });
    rig.fake.raw.set(CHANGELOG_PATH, { status: 200, body: changelog('2026-08-13') });
    expect((await notice()).status).toBe('exists');
    expect(created(rig)).toHaveLength(0);
  });

  it('compares titles exactly: a longer title with the id in it is not the same notice', async () => {
    rig.fake.addIssue({ title: 'Section 11 updates — 2026-08-13 (old)', labels: [UPDATE_LABEL.name], state: 'closed' });
    rig.fake.addIssue({ title: 'Section 11 updates — 2026-08-1', labels: [UPDATE_LABEL.name] });
    rig.fake.raw.set(CHANGELOG_PATH, { status: 200, body: changelog('2026-08-13') });
    expect((await notice()).status).toBe('created');
  });

  it('a 422 on the label opens the issue without it, and the next run still finds it', async () => {
    rig.fake.raw.set(CHANGELOG_PATH, { status: 200, body: changelog('v42') });
    rig.fake.failNext('POST', /\/issues$/, 422, 'Validation Failed: labels');
    expect((await notice()).status).toBe('created');
    expect(rig.fake.issues).toHaveLength(1);
    expect(rig.fake.issues[0].labels).toEqual([]);
    expect(warnings.some((w) => /refused the label "update-notification" \(HTTP 422/.test(w))).toBe(true);
    expect((await notice()).status).toBe('exists');
    expect(rig.fake.issues).toHaveLength(1);
  });

  it('creates the label when the repository lacks it', async () => {
    rig.fake.raw.set(CHANGELOG_PATH, { status: 200, body: changelog(7) });
    await notice();
    expect(rig.fake.labels.get(UPDATE_LABEL.name)?.color).toBe(UPDATE_LABEL.color);
    expect(rig.fake.issues[0].title).toBe('Section 11 updates — 7');
  });

  it('never fails: a missing changelog, no notification_id, or a refused issue only warn', async () => {
    expect((await notice()).status).toBe('failed'); // 404
    expect(warnings[0]).toMatch(/answered HTTP 404/);
    rig.fake.raw.set(CHANGELOG_PATH, { status: 200, body: '{"changes": []}' });
    expect((await notice()).status).toBe('no-notification');
    rig.fake.raw.set(CHANGELOG_PATH, { status: 200, body: 'not json' });
    expect((await notice()).status).toBe('failed');
    rig.fake.raw.set(CHANGELOG_PATH, { status: 200, body: changelog('x1') });
    rig.fake.failNext('POST', /\/issues$/, 403, 'Resource not accessible by integration');
    const out = await notice();
    // the publisher words the one warning for every issue feature
    expect(out).toMatchObject({ status: 'forbidden', reason: expect.stringMatching(/permissions: issues: write/) });
    expect(rig.fake.issues).toHaveLength(0);
  });

  it('renders the title and body like the reference', () => {
    expect(updateIssueTitle(true)).toBe('Section 11 updates — True');
    expect(updateIssueBody('a', ['x'])).toMatch(
      /^## Section 11 Update Available\n\n\*\*Notification ID:\*\* a\n\n### Changes:\n- x\n\n### Repository:\nhttps:\/\/github.com\/CrankAddict\/section-11\n/,
    );
  });
});

describe('sync-failing issue', () => {
  const deps = (nowIso: string, runId: number): HealthDeps => ({
    octokit: rig.octokit,
    repo: rig.repo,
    runUrl: `https://github.com/athlete/training-data/actions/runs/${runId}`,
    nowMs: Date.parse(nowIso),
    warn: (m) => warnings.push(m),
  });

  it('a failing run opens it, repeats update it quietly, a new reason comments, the next good run closes it', async () => {
    const reason = 'Intervals.icu rejected the API key (HTTP 401 on GET /athlete/{id}): check the api-key input';
    expect(await reportFailure(reason, deps('2025-02-20T08:00:00Z', 1))).toEqual({ status: 'opened', number: 1 });
    const issue = rig.fake.issues[0];
    expect(issue.title).toBe(HEALTH_TITLE);
    expect(issue.labels).toEqual([HEALTH_LABEL.name]);
    expect(issue.body).toContain(`**Reason:** ${reason}`);
    expect(issue.body).toContain('https://github.com/athlete/training-data/actions/runs/1');

    expect(await reportFailure(reason, deps('2025-02-20T08:15:00Z', 2))).toEqual({ status: 'updated', number: 1 });
    expect(issue.comments).toHaveLength(0);
    expect(issue.body).toContain('actions/runs/2');
    expect(issue.body).toContain('Failing runs so far: 2, since 2025-02-20 08:00:00 UTC');

    expect(await reportFailure('GitHub refused to write (HTTP 403)', deps('2025-02-20T08:30:00Z', 3))).toEqual({
      status: 'commented',
      number: 1,
    });
    expect(issue.comments).toHaveLength(1);
    expect(issue.comments[0]).toContain('GitHub refused to write (HTTP 403)');
    expect(issue.comments[0]).toContain('actions/runs/3');
    expect(rig.fake.issues).toHaveLength(1);

    expect(await resolveFailure(deps('2025-02-20T08:45:00Z', 4))).toEqual({ status: 'closed', number: 1 });
    expect(issue.state).toBe('closed');
    expect(issue.comments.at(-1)).toMatch(/succeeded again at 2025-02-20 08:45:00 UTC: .*actions\/runs\/4/);
    expect(await resolveFailure(deps('2025-02-20T09:00:00Z', 5))).toEqual({ status: 'none' });

    // a later failure opens a new issue rather than reopening the resolved one
    expect((await reportFailure(reason, deps('2025-02-21T08:00:00Z', 6))).status).toBe('opened');
    expect(rig.fake.issues).toHaveLength(2);
    expect(warnings).toEqual([]);
  });

  it('never throws: a missing issues permission becomes a warning naming it', async () => {
    rig.fake.failNext('POST', /\/issues$/, 403, 'Resource not accessible by integration');
    const out = await reportFailure('boom', deps('2025-02-20T08:00:00Z', 1));
    expect(out).toMatchObject({ status: 'forbidden', reason: expect.stringMatching(/permissions: issues: write/) });
    expect((out as { reason: string }).reason).not.toMatch(/Resource not accessible/);
  });
});
