/**
 * Section 11 update notifications, as the reference's check_upstream_updates does them: read
 * changelog.json's notification_id and open one issue titled "Section 11 updates — <id>" with
 * the listed changes, labelled update-notification, unless an issue with exactly that title
 * already exists (open or closed: closing it means "seen"). Nothing here ever fails the sync.
 *
 * Differences from the reference, on purpose: the lookup lists issues by label and compares titles
 * exactly instead of a Search API substring query (eventually consistent, matches PRs and longer
 * titles); the changelog URL is an input; failures are reported as warnings, not swallowed.
 *
 * One issue however many jobs see the notification at once (a coach's matrix): issue lists lag
 * behind issue creation, so the decision is made with something that does not — a git ref. The
 * job that creates `refs/intervals-mirror/notices/<id>` (POST /git/refs answers 422 to every other
 * job, atomically) is the only one that opens the issue. The same ref tells later runs the notice
 * was handled, in one request and without listing issues. A repository whose issue predates the
 * ref finds it once, by the old title lookup, when the ref is first created.
 */
import type { FetchLike } from '../../fetch/client.js';
import { PRODUCER_NAME, PRODUCER_VERSION } from '../../version.js';
import { pyStr } from '../../lib/py/index.js';
import { ensureLabel, findIssue, openIssue } from './issues.js';
import { createHash } from 'node:crypto';
import { apiMessage, httpStatus, IssuesPermissionError, type Octokit, type RepoId } from './octokit.js';

/** The reference's UPSTREAM_REPO. */
export const UPSTREAM_REPO = 'CrankAddict/section-11';
export const UPDATE_LABEL = { name: 'update-notification', color: '0e8a16', description: 'Section 11 published an update' };
const CHANGELOG_TIMEOUT_MS = 10_000;

export function updateIssueTitle(notificationId: unknown): string {
  return `Section 11 updates — ${pyStr(notificationId)}`;
}

/** Which protocol files this run brought up to date, and which changed upstream without a mirror. */
export interface ProtocolNews {
  dir: string;
  updated: string[];
  notMirrored: string[];
}

export function updateIssueBody(notificationId: unknown, changes: unknown, protocol?: ProtocolNews | null): string {
  let body = '## Section 11 Update Available\n\n';
  body += `**Notification ID:** ${pyStr(notificationId)}\n\n`;
  body += '### Changes:\n';
  for (const change of Array.isArray(changes) ? changes : []) body += `- ${pyStr(change)}\n`;
  if (protocol) {
    body += '\n### Protocol files in this repository:\n';
    body += protocol.updated.length
      ? `Updated in this sync: ${protocol.updated.map((f) => `\`${protocol.dir}${f}\``).join(', ')}\n`
      : 'No mirrored file changed in this sync.\n';
    if (protocol.notMirrored.length)
      body += `Changed upstream but not mirrored (add them to protocol-files to keep a copy): ${protocol.notMirrored.map((f) => `\`${f}\``).join(', ')}\n`;
  }
  body += '\n### Repository:\n';
  body += `https://github.com/${UPSTREAM_REPO}\n`;
  body +=
    `\nThis repository syncs with the ${PRODUCER_NAME} action: its sync updates arrive through the action's version tag ` +
    '(no sync.py to replace). Read the changes above for what they mean for the JSON files and the Section 11 protocol.\n';
  body += `\n*This issue was auto-created by ${PRODUCER_NAME} v${PRODUCER_VERSION}*`;
  return body;
}

export type UpdateNoticeOutcome =
  | { status: 'created'; title: string; number: number }
  /** number: null when the lock ref said so without looking the issue up */
  | { status: 'exists'; title: string; number: number | null }
  | { status: 'no-notification' }
  /** the token may not use issues: the caller warns once for all issue features */
  | { status: 'forbidden'; reason: string }
  | { status: 'failed'; reason: string };

export interface UpdateNoticeDeps {
  octokit: Octokit;
  repo: RepoId;
  /** a commit of the repository for the lock ref to point at (the branch head); null: no lock */
  anchorSha?: string | null;
  protocol?: ProtocolNews | null;
  changelogUrl: string;
  fetch?: FetchLike;
  warn: (message: string) => void;
  log?: (message: string) => void;
}

export async function checkUpstreamUpdates(deps: UpdateNoticeDeps): Promise<UpdateNoticeOutcome> {
  const log = deps.log ?? (() => undefined);
  const fail = (reason: string): UpdateNoticeOutcome => {
    deps.warn(`update notification skipped: ${reason}`);
    return { status: 'failed', reason };
  };
  let changelog: unknown;
  try {
    const doFetch = deps.fetch ?? fetch;
    const res = await doFetch(deps.changelogUrl, { signal: AbortSignal.timeout(CHANGELOG_TIMEOUT_MS) });
    if (res.status !== 200) return fail(`${deps.changelogUrl} answered HTTP ${res.status}`);
    changelog = JSON.parse(await res.text());
  } catch (e) {
    return fail(`could not read ${deps.changelogUrl}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const record =
    changelog !== null && typeof changelog === 'object' && !Array.isArray(changelog) ? (changelog as Record<string, unknown>) : {};
  const id = record.notification_id;
  // the reference's `if not notification_id`
  if (id === undefined || id === null || id === false || id === '' || id === 0) {
    log('no notification_id in the Section 11 changelog');
    return { status: 'no-notification' };
  }
  const title = updateIssueTitle(id);
  try {
    const lock = deps.anchorSha ? await takeNoticeLock(deps.octokit, deps.repo, id, deps.anchorSha) : 'unavailable';
    if (lock === 'taken') {
      log(`update notification ${pyStr(id)} already handled (${noticeRef(id)})`);
      return { status: 'exists', title, number: null };
    }
    const existing = await findIssue(deps.octokit, deps.repo, { label: UPDATE_LABEL.name, title, state: 'all' });
    if (existing) {
      log(`update notification already exists: #${existing.number} ${title}`);
      return { status: 'exists', title, number: existing.number };
    }
    await ensureLabel(deps.octokit, deps.repo, UPDATE_LABEL, deps.warn);
    const issue = await openIssue(
      deps.octokit,
      deps.repo,
      { title, body: updateIssueBody(id, record.changes, deps.protocol), label: UPDATE_LABEL.name },
      deps.warn,
    );
    log(`update notification created: #${issue.number} ${title}`);
    return { status: 'created', title, number: issue.number };
  } catch (e) {
    if (e instanceof IssuesPermissionError) return { status: 'forbidden', reason: e.message };
    return fail(e instanceof Error ? e.message : apiMessage(e));
  }
}

/** The lock ref of a notification: its id when that is a safe ref name, else a hash of it. */
export function noticeRef(notificationId: unknown): string {
  const id = pyStr(notificationId);
  const safe = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(id) && !id.includes('..') && !id.endsWith('.lock') && !id.endsWith('.');
  const name = safe ? id : createHash('sha256').update(id).digest('hex').slice(0, 32);
  return `refs/intervals-mirror/notices/${name}`;
}

/**
 * taken: the ref exists (another run handled the notice); won: this run created it and alone
 * opens the issue; unavailable: the ref cannot be used (no permission, an answer lost), so the
 * issue lookup decides as before.
 */
export async function takeNoticeLock(
  octokit: Octokit,
  repo: RepoId,
  notificationId: unknown,
  anchorSha: string,
): Promise<'taken' | 'won' | 'unavailable'> {
  const ref = noticeRef(notificationId);
  try {
    await octokit.rest.git.getRef({ ...repo, ref: ref.replace(/^refs\//, '') });
    return 'taken';
  } catch (e) {
    if (httpStatus(e) !== 404) return 'unavailable';
  }
  try {
    await octokit.rest.git.createRef({ ...repo, ref, sha: anchorSha });
    return 'won';
  } catch (e) {
    if (httpStatus(e) === 422 && /already exists/i.test(apiMessage(e))) return 'taken';
    // no permission for refs, or the answer was lost (the ref may exist now): the lookup decides
    return 'unavailable';
  }
}
