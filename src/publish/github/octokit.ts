/**
 * The GitHub client used by the publisher: `@actions/github`'s Octokit (REST + paginate), with a
 * small retry for transient failures of idempotent reads, and the translation of GitHub's refusals
 * into one-line instructions that name the workflow setting to change.
 */
import { getOctokit } from '@actions/github';
import { ConfigError } from '../../config.js';

export type Octokit = ReturnType<typeof getOctokit>;

export interface RepoId {
  owner: string;
  repo: string;
}

/** Transient statuses worth one more try on a read (GitHub answers these during incidents). */
const RETRY_STATUSES = new Set([500, 502, 503, 504]);
const READ_RETRIES = 2;

export interface OctokitOptions {
  /** API root; defaults to GITHUB_API_URL (what `@actions/github` reads) */
  baseUrl?: string;
  /** pause between read retries (tests pass 0) */
  retryDelayMs?: number;
}

export function createOctokit(token: string, opts: OctokitOptions = {}): Octokit {
  const octokit = getOctokit(token, opts.baseUrl ? { baseUrl: opts.baseUrl } : {});
  const delay = opts.retryDelayMs ?? 1000;
  octokit.hook.wrap('request', async (request, options) => {
    const idempotent = options.method === 'GET' || options.method === 'HEAD';
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(options);
      } catch (e) {
        const status = httpStatus(e);
        // no status: the request never got an answer (connection reset, DNS)
        const transient = status === null || RETRY_STATUSES.has(status);
        if (!idempotent || !transient || attempt >= READ_RETRIES) throw e;
        await new Promise((r) => setTimeout(r, delay * (attempt + 1)));
      }
    }
  });
  return octokit;
}

export function parseRepository(full: string | undefined): RepoId {
  const m = (full ?? '').trim().match(/^([^/\s]+)\/([^/\s]+)$/);
  if (!m) throw new ConfigError(`GITHUB_REPOSITORY must look like owner/repo (got "${full ?? ''}")`);
  return { owner: m[1], repo: m[2] };
}

/** The HTTP status of an Octokit RequestError (duck-typed: the class is a transitive dependency). */
export function httpStatus(e: unknown): number | null {
  const s = (e as { status?: unknown } | null)?.status;
  return typeof s === 'number' && s >= 100 ? s : null;
}

/** GitHub's own `message` from an error response, else the error's message. */
export function apiMessage(e: unknown): string {
  const data = (e as { response?: { data?: { message?: unknown } } } | null)?.response?.data;
  if (data && typeof data.message === 'string') return data.message;
  return e instanceof Error ? e.message : String(e);
}

/** A publishing failure with a one-line, user-facing message. */
export class PublishError extends Error {}

/** A GitHub refusal the user fixes in the workflow file or the repository settings. */
export class GitHubPermissionError extends PublishError {}

/** Any other GitHub API failure as one line (status, GitHub's message, the request). */
export function describeApiError(e: unknown): string | null {
  const status = httpStatus(e);
  if (status === null) return null;
  const req = (e as { request?: { method?: string; url?: string } }).request;
  const where = req?.method && req.url ? ` on ${req.method} ${req.url.replace(/^https?:\/\/[^/]+/, '')}` : '';
  return `GitHub API request failed (HTTP ${status}${where}: ${apiMessage(e)}); the next run will try again`;
}

export type Scope = 'contents' | 'issues';

function isRateLimit(e: unknown): boolean {
  return /rate limit/i.test(apiMessage(e));
}

/** The `permissions:` line a refused write needs. */
export function permissionHint(scope: Scope): string {
  return `add \`permissions: ${scope}: write\` to the workflow (top level or the job), and under Settings → Actions → General → Workflow permissions allow the token to write`;
}

/**
 * Rewrites a 403 (or a 404 on a write, GitHub's answer when a token may not even see the target)
 * into a GitHubPermissionError naming the `permissions:` block to add; other errors pass through.
 */
export function explainWriteError(e: unknown, scope: Scope, what: string, repo: RepoId): unknown {
  const status = httpStatus(e);
  if (status === 403 && !isRateLimit(e)) {
    return new GitHubPermissionError(
      `GitHub refused to ${what} in ${repo.owner}/${repo.repo} (HTTP 403: ${apiMessage(e)}): ${permissionHint(scope)}`,
    );
  }
  if ((status === 422 || status === 409) && /protected branch|rule violation|ruleset/i.test(apiMessage(e))) {
    return new GitHubPermissionError(
      `a branch protection rule or ruleset stops the token from pushing to ${repo.owner}/${repo.repo} (HTTP ${status}: ${apiMessage(e)}): let GitHub Actions bypass it, or set the branch input to a branch without protection`,
    );
  }
  if (status === 401) {
    return new GitHubPermissionError(
      `GitHub rejected the github-token input (HTTP 401: ${apiMessage(e)}): leave it at its default \${{ github.token }} or pass a valid token`,
    );
  }
  return e;
}
