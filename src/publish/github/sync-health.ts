/**
 * Sync health: a failing run opens one issue labelled sync-failing (or updates the open one) with
 * the one-line reason and the run link; the next successful run comments and closes it.
 *
 * A 15-minute schedule that fails for a day would otherwise send ~100 notifications, so a later
 * failure comments only when the reason differs from the last one reported; a repeat of the same
 * reason only refreshes the issue body (latest run, count), which notifies nobody. The state for
 * that comparison lives in a hidden marker in the body. Nothing here ever throws.
 */
import { createHash } from 'node:crypto';
import { PRODUCER_NAME } from '../../version.js';
import { utcStamp } from './archive.js';
import { commentOn, ensureLabel, findIssue, openIssue } from './issues.js';
import { apiMessage, explainWriteError, IssuesPermissionError, type Octokit, type RepoId } from './octokit.js';

export const HEALTH_LABEL = { name: 'sync-failing', color: 'd73a4a', description: `${PRODUCER_NAME}: the scheduled sync is failing` };
export const HEALTH_TITLE = `${PRODUCER_NAME} sync is failing`;

/**
 * One issue per athlete: with a label the title names it, so two athletes' failures are two
 * issues and one athlete's success closes only its own. Without a label the title stays the one
 * single-athlete repositories already have open.
 */
export function healthTitle(label = ''): string {
  return label ? `${HEALTH_TITLE}: ${label}` : HEALTH_TITLE;
}

interface HealthState {
  reasonHash: string;
  failures: number;
  since: string;
}

const MARKER = /<!-- intervals-mirror:sync-health reason=([0-9a-f]+) failures=(\d+) since=([^ ]+) -->/;

function reasonHash(reason: string): string {
  return createHash('sha256').update(reason).digest('hex').slice(0, 12);
}

export function parseHealthState(body: string): HealthState | null {
  const m = body.match(MARKER);
  return m ? { reasonHash: m[1], failures: Number(m[2]), since: m[3] } : null;
}

export function healthBody(reason: string, runUrl: string | null, state: HealthState, lastAt: string, label = ''): string {
  return [
    `<!-- intervals-mirror:sync-health reason=${state.reasonHash} failures=${state.failures} since=${state.since} -->`,
    label
      ? `The scheduled ${PRODUCER_NAME} sync of athlete ${label} is failing, so that athlete's JSON files in this repository are not being updated.`
      : `The scheduled ${PRODUCER_NAME} sync is failing, so the JSON files in this repository are not being updated.`,
    '',
    `**Reason:** ${reason}`,
    '',
    `**Latest failing run:** ${runUrl ?? '(run link unavailable)'} (${lastAt})`,
    '',
    `Failing runs so far: ${state.failures}, since ${state.since.replace('T', ' ').replace('Z', ' UTC')}.`,
    '',
    'A new comment is added when the reason changes. The next successful run closes this issue.',
  ].join('\n');
}

export interface HealthDeps {
  octokit: Octokit;
  repo: RepoId;
  /** the athlete's label ('' = none) */
  label?: string;
  /** open issues as the repository metadata counted them; 0 = nothing to close, no list needed */
  openIssues?: number | null;
  runUrl: string | null;
  nowMs: number;
  warn: (message: string) => void;
  log?: (message: string) => void;
}

export type HealthOutcome =
  | { status: 'opened' | 'commented' | 'updated' | 'closed'; number: number }
  | { status: 'none' }
  /** the token may not use issues: the caller warns once for all issue features */
  | { status: 'forbidden'; reason: string }
  | { status: 'failed'; reason: string };

export async function reportFailure(reason: string, deps: HealthDeps): Promise<HealthOutcome> {
  const { octokit, repo } = deps;
  const log = deps.log ?? (() => undefined);
  const oneLine = reason.replace(/\s+/g, ' ').trim();
  const at = utcStamp(deps.nowMs).human;
  const isoNow = new Date(deps.nowMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const title = healthTitle(deps.label);
  try {
    const existing = await findIssue(octokit, repo, { label: HEALTH_LABEL.name, title, state: 'open' });
    const hash = reasonHash(oneLine);
    if (!existing) {
      await ensureLabel(octokit, repo, HEALTH_LABEL, deps.warn);
      const state = { reasonHash: hash, failures: 1, since: isoNow };
      const issue = await openIssue(
        octokit,
        repo,
        { title, body: healthBody(oneLine, deps.runUrl, state, at, deps.label), label: HEALTH_LABEL.name },
        deps.warn,
      );
      log(`opened issue #${issue.number}: ${title}`);
      return { status: 'opened', number: issue.number };
    }
    const prev = parseHealthState(existing.body);
    const state = { reasonHash: hash, failures: (prev?.failures ?? 1) + 1, since: prev?.since ?? isoNow };
    try {
      await octokit.rest.issues.update({
        ...repo,
        issue_number: existing.number,
        body: healthBody(oneLine, deps.runUrl, state, at, deps.label),
      });
    } catch (e) {
      throw explainWriteError(e, 'issues', `update issue #${existing.number}`, repo);
    }
    if (prev?.reasonHash === hash) {
      log(`issue #${existing.number} updated (same reason, ${state.failures} failing runs)`);
      return { status: 'updated', number: existing.number };
    }
    await commentOn(
      octokit,
      repo,
      existing.number,
      `The sync failed with a different reason at ${at}:\n\n**Reason:** ${oneLine}\n\n**Run:** ${deps.runUrl ?? '(run link unavailable)'}`,
    );
    log(`commented on issue #${existing.number} (new reason)`);
    return { status: 'commented', number: existing.number };
  } catch (e) {
    const why = e instanceof Error ? e.message : apiMessage(e);
    if (e instanceof IssuesPermissionError) return { status: 'forbidden', reason: why };
    deps.warn(`could not report the failure in an issue: ${why}`);
    return { status: 'failed', reason: why };
  }
}

export async function resolveFailure(deps: HealthDeps): Promise<HealthOutcome> {
  const { octokit, repo } = deps;
  // no open issue at all (GitHub counts them in the repository metadata): nothing to look for
  if (deps.openIssues === 0) return { status: 'none' };
  try {
    const existing = await findIssue(octokit, repo, {
      label: HEALTH_LABEL.name,
      title: healthTitle(deps.label),
      state: 'open',
      unlabelledFirst: true,
    });
    if (!existing) return { status: 'none' };
    await commentOn(
      octokit,
      repo,
      existing.number,
      `The sync succeeded again at ${utcStamp(deps.nowMs).human}: ${deps.runUrl ?? '(run link unavailable)'}. Closing.`,
    );
    try {
      await octokit.rest.issues.update({ ...repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' });
    } catch (e) {
      throw explainWriteError(e, 'issues', `close issue #${existing.number}`, repo);
    }
    deps.log?.(`closed issue #${existing.number}: the sync succeeded again`);
    return { status: 'closed', number: existing.number };
  } catch (e) {
    const why = e instanceof Error ? e.message : apiMessage(e);
    if (e instanceof IssuesPermissionError) return { status: 'forbidden', reason: why };
    deps.warn(`could not close the sync-failing issue: ${why}`);
    return { status: 'failed', reason: why };
  }
}
