/**
 * Section 11 update notifications, as the reference's check_upstream_updates does them: read
 * changelog.json's notification_id and open one issue titled "Section 11 updates — <id>" with
 * the listed changes, labelled update-notification, unless an issue with exactly that title
 * already exists (open or closed: closing it means "seen"). Nothing here ever fails the sync.
 *
 * Differences from the reference, on purpose: the lookup lists issues by label and compares titles
 * exactly instead of a Search API substring query (eventually consistent, matches PRs and longer
 * titles); the changelog URL is an input; failures are reported as warnings, not swallowed.
 */
import type { FetchLike } from '../../fetch/client.js';
import { PRODUCER_NAME, PRODUCER_VERSION } from '../../version.js';
import { ensureLabel, findIssue, openIssue } from './issues.js';
import { apiMessage, IssuesPermissionError, type Octokit, type RepoId } from './octokit.js';

/** The reference's UPSTREAM_REPO. */
export const UPSTREAM_REPO = 'CrankAddict/section-11';
export const UPDATE_LABEL = { name: 'update-notification', color: '0e8a16', description: 'Section 11 published an update' };
const CHANGELOG_TIMEOUT_MS = 10_000;

/** str() of a JSON value, as the reference's f-string renders it. */
function pyStr(v: unknown): string {
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (v === null) return 'None';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return JSON.stringify(v);
}

export function updateIssueTitle(notificationId: unknown): string {
  return `Section 11 updates — ${pyStr(notificationId)}`;
}

export function updateIssueBody(notificationId: unknown, changes: unknown): string {
  let body = '## Section 11 Update Available\n\n';
  body += `**Notification ID:** ${pyStr(notificationId)}\n\n`;
  body += '### Changes:\n';
  for (const change of Array.isArray(changes) ? changes : []) body += `- ${pyStr(change)}\n`;
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
  | { status: 'exists'; title: string; number: number }
  | { status: 'no-notification' }
  /** the token may not use issues: the caller warns once for all issue features */
  | { status: 'forbidden'; reason: string }
  | { status: 'failed'; reason: string };

export interface UpdateNoticeDeps {
  octokit: Octokit;
  repo: RepoId;
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
    const existing = await findIssue(deps.octokit, deps.repo, { label: UPDATE_LABEL.name, title, state: 'all' });
    if (existing) {
      log(`update notification already exists: #${existing.number} ${title}`);
      return { status: 'exists', title, number: existing.number };
    }
    await ensureLabel(deps.octokit, deps.repo, UPDATE_LABEL, deps.warn);
    const issue = await openIssue(
      deps.octokit,
      deps.repo,
      { title, body: updateIssueBody(id, record.changes), label: UPDATE_LABEL.name },
      deps.warn,
    );
    log(`update notification created: #${issue.number} ${title}`);
    return { status: 'created', title, number: issue.number };
  } catch (e) {
    if (e instanceof IssuesPermissionError) return { status: 'forbidden', reason: e.message };
    return fail(e instanceof Error ? e.message : apiMessage(e));
  }
}
