/**
 * Issue helpers shared by the update notice and the sync-health issue: find one issue by label and
 * exact title (never the Search API: it is eventually consistent and matches substrings), make
 * sure the label exists, and open an issue even when the label cannot be attached.
 */
import { apiMessage, explainWriteError, httpStatus, IssuesPermissionError, type Octokit, type RepoId } from './octokit.js';

export interface FoundIssue {
  number: number;
  title: string;
  state: string;
  body: string;
  url: string;
}

export interface LabelSpec {
  name: string;
  color: string;
  description: string;
}

/** Pages of unlabelled issues scanned when the label finds nothing (an issue whose label could not be attached). */
const FALLBACK_PAGES = 3;

type ListedIssue = { number: number; title: string; state: string; body?: string | null; html_url: string; pull_request?: unknown };

function toFound(i: ListedIssue): FoundIssue {
  return { number: i.number, title: i.title, state: i.state, body: i.body ?? '', url: i.html_url };
}

const PER_PAGE = 100;

async function scan(
  octokit: Octokit,
  repo: RepoId,
  params: { labels?: string; state: 'open' | 'closed' | 'all' },
  title: string,
  maxPages: number,
  /** set to true when the listing ended before maxPages (every matching issue was seen) */
  seenAll?: { value: boolean },
): Promise<FoundIssue | null> {
  let pages = 0;
  try {
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listForRepo, { ...repo, ...params, per_page: PER_PAGE })) {
      const hit = (page.data as ListedIssue[]).find((i) => !i.pull_request && i.title === title);
      if (hit) return toFound(hit);
      if (seenAll && (page.data as ListedIssue[]).length < PER_PAGE) seenAll.value = true;
      if (++pages >= maxPages) break;
    }
  } catch (e) {
    throw explainWriteError(e, 'issues', 'list issues', repo);
  }
  return null;
}

/**
 * The newest issue with exactly this title: first among those carrying the label, then (a few
 * pages) among all issues, for one whose label could not be attached when it was opened.
 */
export async function findIssue(
  octokit: Octokit,
  repo: RepoId,
  opts: { label: string; title: string; state: 'open' | 'all'; unlabelledFirst?: boolean },
): Promise<FoundIssue | null> {
  if (opts.unlabelledFirst) {
    // One page of every issue first: in most repositories it holds them all, labelled or not.
    const seenAll = { value: false };
    const hit = await scan(octokit, repo, { state: opts.state }, opts.title, 1, seenAll);
    if (hit || seenAll.value) return hit;
    return scan(octokit, repo, { labels: opts.label, state: opts.state }, opts.title, Number.POSITIVE_INFINITY);
  }
  return (
    (await scan(octokit, repo, { labels: opts.label, state: opts.state }, opts.title, Number.POSITIVE_INFINITY)) ??
    (await scan(octokit, repo, { state: opts.state }, opts.title, FALLBACK_PAGES))
  );
}

/** Creates the label when it is missing; false (and a warning) when that is not possible. */
export async function ensureLabel(octokit: Octokit, repo: RepoId, label: LabelSpec, warn: (m: string) => void): Promise<boolean> {
  try {
    await octokit.rest.issues.getLabel({ ...repo, name: label.name });
    return true;
  } catch (e) {
    const refused = explainWriteError(e, 'issues', `check label "${label.name}"`, repo);
    if (refused instanceof IssuesPermissionError) throw refused;
    if (httpStatus(e) !== 404) {
      warn(`could not check label "${label.name}" (HTTP ${httpStatus(e) ?? '?'}: ${apiMessage(e)})`);
      return false;
    }
  }
  try {
    await octokit.rest.issues.createLabel({ ...repo, ...label });
    return true;
  } catch (e) {
    if (httpStatus(e) === 422 && /already_exists|already exists/i.test(apiMessage(e))) return true;
    const refused = explainWriteError(e, 'issues', `create label "${label.name}"`, repo);
    if (refused instanceof IssuesPermissionError) throw refused;
    warn(`could not create label "${label.name}" (HTTP ${httpStatus(e) ?? '?'}: ${apiMessage(e)})`);
    return false;
  }
}

/**
 * Opens an issue with the label; when GitHub refuses the label (422), opens it without, so the
 * message still reaches the user (findIssue's title scan keeps later runs from duplicating it).
 */
export async function openIssue(
  octokit: Octokit,
  repo: RepoId,
  issue: { title: string; body: string; label: string },
  warn: (m: string) => void,
): Promise<{ number: number; url: string; labelled: boolean }> {
  try {
    const { data } = await octokit.rest.issues.create({ ...repo, title: issue.title, body: issue.body, labels: [issue.label] });
    return { number: data.number, url: data.html_url, labelled: true };
  } catch (e) {
    if (httpStatus(e) !== 422) throw explainWriteError(e, 'issues', 'open an issue', repo);
    warn(`GitHub refused the label "${issue.label}" (HTTP 422: ${apiMessage(e)}); opening the issue without it`);
  }
  try {
    const { data } = await octokit.rest.issues.create({ ...repo, title: issue.title, body: issue.body });
    return { number: data.number, url: data.html_url, labelled: false };
  } catch (e) {
    throw explainWriteError(e, 'issues', 'open an issue', repo);
  }
}

export async function commentOn(octokit: Octokit, repo: RepoId, number: number, body: string): Promise<void> {
  try {
    await octokit.rest.issues.createComment({ ...repo, issue_number: number, body });
  } catch (e) {
    throw explainWriteError(e, 'issues', `comment on issue #${number}`, repo);
  }
}
