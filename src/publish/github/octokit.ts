/**
 * The GitHub client used by the publisher: `@actions/github`'s Octokit (REST + paginate) with
 *
 * - a deadline on every attempt of every request (a hung connection cannot stall the run);
 * - `@octokit/plugin-retry` for transient failures (5xx, no answer) of requests that are safe to
 *   repeat: reads, and the content-addressed creations (blobs, trees, commits — repeating one
 *   makes the same object). Other writes (ref updates, issues, comments) are sent once, because a
 *   lost answer does not mean they did not happen; their callers check instead;
 * - `@octokit/plugin-throttling` for primary and secondary rate limits, honouring Retry-After
 *   but never waiting longer than a bound (a 15-minute schedule must not stack up runs);
 * - an answer that is not JSON is an error naming the call, never an empty value;
 *
 * and the translation of GitHub's refusals into one-line instructions naming the fix.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { ConfigError } from '../../config.js';

export type Octokit = ReturnType<typeof getOctokit>;

export interface RepoId {
  owner: string;
  repo: string;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/** Longest Retry-After this run waits for; beyond it the run stops and the next one tries again. */
export const DEFAULT_MAX_RATE_LIMIT_WAIT_S = 180;
const RATE_LIMIT_RETRIES = 2;

export interface OctokitOptions {
  /** API root; defaults to GITHUB_API_URL (what `@actions/github` reads) */
  baseUrl?: string;
  /** deadline of each attempt of each request */
  timeoutMs?: number;
  /** base of plugin-retry's back-off ((n+1)² × this), ms */
  retryDelayMs?: number;
  /** rate limits: the longest Retry-After honoured, seconds */
  maxRateLimitWaitS?: number;
  /** rate limits: ms per second of Retry-After (tests shorten the wait) */
  rateLimitUnitMs?: number;
  /** GitHub's advice: one write per second. Tests switch the spacing off. */
  spaceWrites?: boolean;
  /** one line per HTTP attempt (method, route, status, ms) */
  debug?: (line: string) => void;
  /** rate-limit waits and give-ups */
  log?: (line: string) => void;
}

interface RequestOpts {
  method: string;
  url: string;
  request?: Record<string, unknown>;
  [k: string]: unknown;
}
type RequestFn = (o: RequestOpts) => Promise<{ status: number; data: unknown }>;
interface HookHost {
  hook: { wrap: (name: 'request', fn: (request: RequestFn, options: RequestOpts) => Promise<unknown>) => void };
}

/** GitHub's answer was lost: no status line arrived in time, or the connection broke. */
export function isNoAnswer(e: unknown): boolean {
  return (e as { noAnswer?: unknown } | null)?.noAnswer === true;
}

/** An answer that should be JSON but is not (or was cut off). */
export class MalformedAnswerError extends Error {}

/** Requests that may be repeated after a lost answer without doing anything twice. */
function repeatable(method: string, url: string): boolean {
  if (method === 'GET' || method === 'HEAD') return true;
  if (method === 'POST' && /\/git\/(blobs|trees|commits)$/.test(url)) return true;
  // setting an issue's body or state to a value is idempotent
  if (method === 'PATCH' && /\/issues\/\{issue_number\}$/.test(url)) return true;
  return false;
}

/**
 * The innermost layer (one call per attempt): the deadline, the no-answer marking, the JSON
 * check and the debug trace.
 */
function attemptLayer(timeoutMs: number, debug: (line: string) => void) {
  return (octokit: HookHost) => {
    octokit.hook.wrap('request', async (request, options) => {
      const started = Date.now();
      const where = `${options.method} ${options.url}`;
      const signal = AbortSignal.timeout(timeoutMs);
      options.request = { ...(options.request ?? {}), signal };
      try {
        const res = await request(options);
        const ms = Date.now() - started;
        // the deadline passed while the body was read: the answer is incomplete
        if (signal.aborted) throw Object.assign(new Error('answer cut off'), { status: 500, request: options });
        debug(`GitHub ${where} → ${res.status} (${ms} ms)`);
        if (res.status !== 204 && (res.data === null || typeof res.data !== 'object')) {
          throw new MalformedAnswerError(
            `GitHub sent an answer that is not JSON to ${where} (HTTP ${res.status}); nothing was written, the next run will try again`,
          );
        }
        return res;
      } catch (e) {
        const ms = Date.now() - started;
        const err = e as { status?: number; response?: unknown; message: string; noAnswer?: boolean };
        if (e instanceof MalformedAnswerError) throw e;
        if (err && typeof err === 'object' && err.response === undefined) {
          // plugin-retry only repeats errors that carry their request
          if (!(err as { request?: unknown }).request) Object.assign(err, { request: options, status: 500 });
          // @octokit/request reports a network failure as status 500 without a response
          err.noAnswer = true;
          const why = signal.aborted ? `no answer within ${timeoutMs / 1000} s` : `the connection failed (${err.message})`;
          try {
            err.message = `${why} on ${where}`;
          } catch {
            /* read-only message: keep GitHub's */
          }
          debug(`GitHub ${where} → no answer: ${why} (${ms} ms)`);
        } else {
          debug(`GitHub ${where} → ${err?.status ?? '?'} (${ms} ms)`);
        }
        throw e;
      }
    });
    return {};
  };
}

/** Sends the first attempt of non-repeatable requests only once (plugin-retry reads `request.retries`). */
function retryPolicyLayer(octokit: HookHost) {
  octokit.hook.wrap('request', (request, options) => {
    if (!repeatable(options.method, options.url)) options.request = { ...(options.request ?? {}), retries: 0 };
    return request(options);
  });
  return {};
}

/**
 * Writes marked by `unspaced` skip the one-second spacing: the content-addressed git objects
 * (trees, commits). They notify nobody and repeat safely, and spacing them only widens the window
 * in which another job moves the branch before this job's ref update (a coach's matrix commits
 * to one branch). Ref updates, issues, comments and labels stay spaced.
 */
const unspacedScope = new AsyncLocalStorage<true>();

export function unspaced<T>(fn: () => Promise<T>): Promise<T> {
  return unspacedScope.run(true, fn);
}

/** plugin-throttling's write group: one write per `minTimeMs`, in order, except unspaced ones. */
function spacedWrites(minTimeMs: number) {
  let chain: Promise<unknown> = Promise.resolve();
  let last = 0;
  const limiter = {
    schedule: (...args: unknown[]) => {
      const fnIndex = typeof args[0] === 'function' ? 0 : 1;
      const fn = args[fnIndex] as (...a: unknown[]) => unknown;
      const rest = args.slice(fnIndex + 1);
      if (unspacedScope.getStore()) return Promise.resolve().then(() => fn(...rest));
      const run = chain.then(async () => {
        const wait = last + minTimeMs - Date.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        last = Date.now();
        return fn(...rest);
      });
      chain = run.catch(() => undefined);
      return run;
    },
  };
  return { key: () => limiter };
}

/** A Bottleneck group stand-in that runs every job at once (no write spacing). */
const immediate = {
  key: () => ({
    schedule: (...args: unknown[]) => {
      const fnIndex = typeof args[0] === 'function' ? 0 : 1;
      const fn = args[fnIndex] as (...a: unknown[]) => unknown;
      return Promise.resolve().then(() => fn(...args.slice(fnIndex + 1)));
    },
  }),
};

export function createOctokit(token: string, opts: OctokitOptions = {}): Octokit {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const maxWait = opts.maxRateLimitWaitS ?? DEFAULT_MAX_RATE_LIMIT_WAIT_S;
  const log = opts.log ?? (() => undefined);
  const onLimit = (kind: string) => (retryAfter: number, options: RequestOpts, _o: unknown, retryCount: number) => {
    const where = `${options.method} ${options.url}`;
    if (retryCount < RATE_LIMIT_RETRIES && retryAfter <= maxWait) {
      log(`GitHub ${kind} rate limit on ${where}: waiting ${retryAfter} s as GitHub asks`);
      return true;
    }
    log(`GitHub ${kind} rate limit on ${where}: not waiting ${retryAfter} s (limit ${maxWait} s, ${retryCount} retries so far)`);
    return false;
  };
  const options = {
    ...(opts.baseUrl ? { baseUrl: opts.baseUrl } : {}),
    retry: {
      retryAfterBaseValue: opts.retryDelayMs ?? 1000,
      doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451],
    },
    throttle: {
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
      retryAfterBaseValue: opts.rateLimitUnitMs ?? 1000,
      write: opts.spaceWrites === false ? immediate : spacedWrites(1000),
      ...(opts.spaceWrites === false ? { notifications: immediate } : {}),
    },
  };
  // plugin order = wrap order: the attempt layer is innermost (once per attempt), the policy outermost
  return getOctokit(
    token,
    options as unknown as Parameters<typeof getOctokit>[1],
    attemptLayer(timeoutMs, opts.debug ?? (() => undefined)) as never,
    retry as never,
    throttling as never,
    retryPolicyLayer as never,
  );
}

export function parseRepository(full: string | undefined): RepoId {
  const m = (full ?? '').trim().match(/^([^/\s]+)\/([^/\s]+)$/);
  if (!m) throw new ConfigError(`GITHUB_REPOSITORY must look like owner/repo (got "${full ?? ''}")`);
  return { owner: m[1], repo: m[2] };
}

/** The HTTP status of an Octokit RequestError (duck-typed: the class is a transitive dependency). */
export function httpStatus(e: unknown): number | null {
  if (isNoAnswer(e)) return null;
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

/** The token may not use issues (the data side still works). */
export class IssuesPermissionError extends GitHubPermissionError {}

function requestWhere(e: unknown): string {
  const req = (e as { request?: { method?: string; url?: string } }).request;
  if (!req?.method || !req.url) return '';
  const route = req.url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '');
  let readable = route;
  try {
    readable = decodeURIComponent(route);
  } catch {
    /* keep it encoded */
  }
  return ` on ${req.method} ${readable}`;
}

function header(e: unknown, name: string): string | undefined {
  const h = (e as { response?: { headers?: Record<string, unknown> } }).response?.headers?.[name];
  return h === undefined || h === null ? undefined : String(h);
}

export function isRateLimit(e: unknown): boolean {
  const status = httpStatus(e);
  return (status === 403 || status === 429) && (/rate limit/i.test(apiMessage(e)) || header(e, 'x-ratelimit-remaining') === '0');
}

export function isArchived(e: unknown): boolean {
  return httpStatus(e) === 403 && /archived/i.test(apiMessage(e));
}

export function archivedMessage(repo: RepoId): string {
  return `${repo.owner}/${repo.repo} is archived, so it is read-only and nothing can be committed: unarchive it (Settings → General → Danger Zone → Unarchive this repository) or disable the scheduled workflow`;
}

/** Any other GitHub API failure as one line (cause, the request, what happens next). */
export function describeApiError(e: unknown): string | null {
  if (e instanceof MalformedAnswerError) return e.message;
  if (isNoAnswer(e)) {
    return `GitHub did not answer (${e instanceof Error ? e.message : String(e)}); nothing was written, the next run will try again`;
  }
  const status = httpStatus(e);
  if (status === null) return null;
  if (isRateLimit(e)) {
    const after = header(e, 'retry-after');
    const reset = header(e, 'x-ratelimit-reset');
    const when = after ? `, retry after ${after} s` : reset ? `, resets at ${new Date(Number(reset) * 1000).toISOString()}` : '';
    return `GitHub rate limit (HTTP ${status}${requestWhere(e)}${when}): this run stopped rather than wait longer; the next run will try again`;
  }
  return `GitHub API request failed (HTTP ${status}${requestWhere(e)}: ${apiMessage(e)}); the next run will try again`;
}

export type Scope = 'contents' | 'issues';

/** The `permissions:` line a refused write needs. */
export function permissionHint(scope: Scope): string {
  return `add \`permissions: ${scope}: write\` to the workflow (top level or the job), and under Settings → Actions → General → Workflow permissions allow the token to write`;
}

/**
 * Rewrites a GitHub refusal into a one-line error naming its real cause and fix: an archived
 * repository, a missing `permissions:` entry, a branch rule, a bad token. Rate limits and other
 * errors pass through (describeApiError words them).
 */
export function explainWriteError(e: unknown, scope: Scope, what: string, repo: RepoId): unknown {
  const status = httpStatus(e);
  if (isArchived(e)) return new GitHubPermissionError(archivedMessage(repo));
  if (status === 403 && !isRateLimit(e)) {
    if (scope === 'issues') {
      return new IssuesPermissionError(
        `the workflow token may not use issues in ${repo.owner}/${repo.repo} (could not ${what}): add \`permissions: issues: write\` to the workflow (top level or the job)`,
      );
    }
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
