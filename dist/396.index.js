export const id = 396;
export const ids = [396];
export const modules = {

/***/ 8396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDemo: () => (/* binding */ runDemo)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/fake-intervals/demo-athlete.ts + 3 modules
var demo_athlete = __webpack_require__(3441);
// EXTERNAL MODULE: ./src/lib/py/index.ts + 6 modules
var py = __webpack_require__(898);
// EXTERNAL MODULE: ./src/lib/py/json.ts
var json = __webpack_require__(7993);
// EXTERNAL MODULE: ./src/render/charts/index.ts + 3 modules
var charts = __webpack_require__(1750);
// EXTERNAL MODULE: ./src/render/charts/readiness-badge.ts
var readiness_badge = __webpack_require__(3714);
// EXTERNAL MODULE: ./src/render/charts/svg.ts
var svg = __webpack_require__(1634);
;// CONCATENATED MODULE: ./src/render/readme-section.ts



const SECTION_START = 'intervals-mirror:start';
const SECTION_END = 'intervals-mirror:end';
const SYNC_LABEL = '**Last successful sync:**';
/** The folder as written in the marker: '' for the root, else the URI-encoded path. */
function markerKey(dir) {
    return dir ? ` dir=${encodeURI(dir)}` : '';
}
function sectionMarkers(dir) {
    return { start: `<!-- ${SECTION_START}${markerKey(dir)} -->`, end: `<!-- ${SECTION_END}${markerKey(dir)} -->` };
}
/** Text copied from the data, made inert as Markdown (no emphasis, links, HTML or table cells). */
function mdText(s) {
    return s
        .replace(/[\r\n]+/g, ' ')
        .replace(/[\\`*_[\]{}#|!~]/g, (c) => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
}
/** A link target relative to the README at the root: the folder, then the file, each segment encoded. */
function relativeLink(dir, name) {
    return [...(dir ? dir.split('/') : []), ...name.split('/')].map(encodeURIComponent).join('/');
}
/** Today's call in one sentence, from latest.json's readiness decision. */
function todaysCall(latest) {
    const c = (0,readiness_badge/* readinessCall */.h5)(latest);
    if (c.call === null)
        return 'No readiness decision today (latest.json has none).';
    const head = `**${c.call.toUpperCase()}** today${c.priority === null ? '' : ` (priority ${(0,svg/* shown */.SP)(c.priority)})`}`;
    return c.reason ? `${head}: ${mdText(c.reason)}` : `${head}.`;
}
/** The numbers beside the call, each copied from latest.json (absent ones are left out). */
function todaysNumbers(latest) {
    const f = latest?.current_status?.fitness ?? {};
    const parts = [];
    for (const [label, key] of [
        ['Fitness (CTL)', 'ctl'],
        ['fatigue (ATL)', 'atl'],
        ['form (TSB)', 'tsb'],
        ['ramp rate', 'ramp_rate'],
    ]) {
        const v = (0,svg/* finite */.E2)(f[key]);
        if (v !== null)
            parts.push(`${label} ${(0,svg/* shown */.SP)(v)}`);
    }
    const phase = latest?.derived_metrics?.phase_detected;
    if (typeof phase === 'string' && phase)
        parts.push(`phase ${mdText(phase)}`);
    const next = latest?.race_calendar?.next_race;
    if (next && typeof next.name === 'string' && next.name) {
        const days = (0,svg/* finite */.E2)(next.days_until);
        parts.push(`next race ${mdText(next.name)}${typeof next.category === 'string' ? ` (${mdText(next.category)})` : ''}` +
            (typeof next.date === 'string' ? ` on ${mdText(next.date)}` : '') +
            (days === null ? '' : `, in ${(0,svg/* shown */.SP)(days)} days`));
    }
    if (parts.length === 0)
        return null;
    const s = parts.join(' · ');
    return `${s[0].toUpperCase()}${s.slice(1)}.`;
}
const CHART_ALT = [
    [charts/* CHART_FILES */.D_.fitness, 'Fitness (CTL), fatigue (ATL) and form (TSB) over the last 90 days'],
    [charts/* CHART_FILES */.D_.weeklyLoad, 'Weekly load over the last 26 weeks, by training phase, with the ramp rate'],
    [charts/* CHART_FILES */.D_.intensity, 'Intensity distribution in Seiler zones, last 7 and 28 days'],
];
/** The whole marked section (markers included), lines joined with "\n". */
function renderSection(input) {
    const { latest, dir, files } = input;
    const { start, end } = sectionMarkers(dir);
    const lines = [start, `## Training dashboard${dir ? ` — ${mdText(dir)}` : ''}`, ''];
    const c = (0,readiness_badge/* readinessCall */.h5)(latest);
    const badgeAlt = c.call === null
        ? 'Readiness: no decision'
        : `Readiness: ${c.call.toUpperCase()}${c.priority === null ? '' : `, priority ${(0,svg/* shown */.SP)(c.priority)}`}`;
    const call = todaysCall(latest);
    lines.push(files.has(charts/* CHART_FILES */.D_.readiness) ? `![${badgeAlt}](${relativeLink(dir, charts/* CHART_FILES */.D_.readiness)}) ${call}` : call);
    const numbers = todaysNumbers(latest);
    if (numbers)
        lines.push('', numbers);
    for (const [file, alt] of CHART_ALT)
        if (files.has(file))
            lines.push('', `![${alt}](${relativeLink(dir, file)})`);
    const links = ['latest.md', 'latest.json', 'history.json']
        .filter((f) => files.has(f))
        .map((f) => `[${f}](${relativeLink(dir, f)})`)
        .join(' · ');
    if (links)
        lines.push('', `Data: ${links}`);
    lines.push('', `${SYNC_LABEL} ${input.syncedAt}`, end);
    return lines.join('\n');
}
const MARKER = /<!--\s*intervals-mirror:(start|end)((?:\s+dir=\S+?)?)\s*-->/g;
/** The markers of the README that belong to `dir`: [kind, index, length]. */
function markersOf(readme, dir) {
    const want = markerKey(dir).trim();
    const out = [];
    for (const m of readme.matchAll(MARKER))
        if (m[2].trim() === want)
            out.push({ kind: m[1], index: m.index, length: m[0].length });
    return out;
}
/**
 * The README with the section in place: the old section (start marker through its end marker)
 * replaced; a start marker whose end marker was deleted replaced by the section alone (the text
 * after it stays); the section appended when the README has none; a minimal README around it
 * when there is no README. The README's line endings are kept.
 */
function placeSection(readme, dir, section) {
    if (readme === null)
        return `# Training data\n\nSynced from Intervals.icu by intervals-mirror.\n\n${section}\n`;
    const eol = readme.includes('\r\n') ? '\r\n' : '\n';
    const body = section.split('\n').join(eol);
    const marks = markersOf(readme, dir);
    const start = marks.find((m) => m.kind === 'start');
    if (start) {
        const end = marks.find((m) => m.kind === 'end' && m.index > start.index);
        const stop = end ? end.index + end.length : start.index + start.length;
        return readme.slice(0, start.index) + body + readme.slice(stop);
    }
    const sep = readme === '' ? '' : readme.endsWith('\n') ? eol : eol + eol;
    return `${readme}${sep}${body}${eol}`;
}

;// CONCATENATED MODULE: ./src/publish/github/readme-line.ts
/**
 * The README.md at the repository root, updated in the same commit as the data (and only when
 * the data changed, like every companion output).
 *
 * With charts, the action owns the marked dashboard section of the README (see
 * render/readme-section.ts), which ends with the "Last successful sync" line; a README without
 * the section gets it appended, a repository without a README gets a minimal one.
 *
 * Without charts (charts: false) only the reference workflow's line is kept current:
 * `**Last successful sync:** YYYY-MM-DD HH:MM:SS UTC`, in a README that already has it;
 * everything before the marker on that line and the line ending are kept. Such lines outside
 * the section are kept current with charts too.
 */




const SYNC_LINE_MARKER = SYNC_LABEL;
const LINE = /\*\*Last successful sync:\*\*[^\r\n]*/g;
/** The README with every sync line set to `human`, or null when it has no such line. */
function updateSyncLine(readme, human) {
    if (!readme.includes(SYNC_LINE_MARKER))
        return null;
    return readme.replace(LINE, `${SYNC_LINE_MARKER} ${human}`);
}
/** This run's latest.json text read back (null when absent or not a JSON object). */
function parsedLatest(text) {
    if (text === undefined)
        return null;
    try {
        const v = (0,json/* loads */.q)(text);
        return (0,py/* isDict */.Zm)(v) ? v : null;
    }
    catch {
        return null;
    }
}
/**
 * The README's next text (`readme` null = the repository has none), or null when it is not to
 * be written: no charts in the outputs and no sync line to update.
 */
function updateReadme(readme, run) {
    const latest = parsedLatest(run.outputs['latest.json']);
    if (latest === null || run.outputs[charts/* CHART_FILES */.D_.fitness] === undefined)
        return readme === null ? null : updateSyncLine(readme, run.human);
    // history.json stays in the folder on runs that do not rebuild it
    const files = new Set([...Object.keys(run.outputs), 'history.json']);
    const section = renderSection({ latest, dir: run.dir, syncedAt: run.human, files });
    const placed = placeSection(readme, run.dir, section);
    return updateSyncLine(placed, run.human) ?? placed;
}

// EXTERNAL MODULE: ./src/config.ts
var config = __webpack_require__(2973);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(6698);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./src/publish/github/octokit.ts
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





const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/** Longest Retry-After this run waits for; beyond it the run stops and the next one tries again. */
const DEFAULT_MAX_RATE_LIMIT_WAIT_S = 180;
const RATE_LIMIT_RETRIES = 2;
/** GitHub's answer was lost: no status line arrived in time, or the connection broke. */
function isNoAnswer(e) {
    return e?.noAnswer === true;
}
/** An answer that should be JSON but is not (or was cut off). */
class MalformedAnswerError extends (/* unused pure expression or super */ null && (Error)) {
}
/** Requests that may be repeated after a lost answer without doing anything twice. */
function repeatable(method, url) {
    if (method === 'GET' || method === 'HEAD')
        return true;
    if (method === 'POST' && /\/git\/(blobs|trees|commits)$/.test(url))
        return true;
    // setting an issue's body or state to a value is idempotent
    if (method === 'PATCH' && /\/issues\/\{issue_number\}$/.test(url))
        return true;
    return false;
}
/**
 * The innermost layer (one call per attempt): the deadline, the no-answer marking, the JSON
 * check and the debug trace.
 */
function attemptLayer(timeoutMs, debug) {
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            const started = Date.now();
            const where = `${options.method} ${options.url}`;
            const signal = AbortSignal.timeout(timeoutMs);
            options.request = { ...(options.request ?? {}), signal };
            try {
                const res = await request(options);
                const ms = Date.now() - started;
                // the deadline passed while the body was read: the answer is incomplete
                if (signal.aborted)
                    throw Object.assign(new Error('answer cut off'), { status: 500, request: options });
                debug(`GitHub ${where} → ${res.status} (${ms} ms)`);
                if (res.status !== 204 && (res.data === null || typeof res.data !== 'object')) {
                    throw new MalformedAnswerError(`GitHub sent an answer that is not JSON to ${where} (HTTP ${res.status}); nothing was written, the next run will try again`);
                }
                return res;
            }
            catch (e) {
                const ms = Date.now() - started;
                const err = e;
                if (e instanceof MalformedAnswerError)
                    throw e;
                if (err && typeof err === 'object' && err.response === undefined) {
                    // plugin-retry only repeats errors that carry their request
                    if (!err.request)
                        Object.assign(err, { request: options, status: 500 });
                    // @octokit/request reports a network failure as status 500 without a response
                    err.noAnswer = true;
                    const why = signal.aborted ? `no answer within ${timeoutMs / 1000} s` : `the connection failed (${err.message})`;
                    try {
                        err.message = `${why} on ${where}`;
                    }
                    catch {
                        /* read-only message: keep GitHub's */
                    }
                    debug(`GitHub ${where} → no answer: ${why} (${ms} ms)`);
                }
                else {
                    debug(`GitHub ${where} → ${err?.status ?? '?'} (${ms} ms)`);
                }
                throw e;
            }
        });
        return {};
    };
}
/** Sends the first attempt of non-repeatable requests only once (plugin-retry reads `request.retries`). */
function retryPolicyLayer(octokit) {
    octokit.hook.wrap('request', (request, options) => {
        if (!repeatable(options.method, options.url))
            options.request = { ...(options.request ?? {}), retries: 0 };
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
const unspacedScope = new external_node_async_hooks_.AsyncLocalStorage();
function unspaced(fn) {
    return unspacedScope.run(true, fn);
}
/** plugin-throttling's write group: one write per `minTimeMs`, in order, except unspaced ones. */
function spacedWrites(minTimeMs) {
    let chain = Promise.resolve();
    let last = 0;
    const limiter = {
        schedule: (...args) => {
            const fnIndex = typeof args[0] === 'function' ? 0 : 1;
            const fn = args[fnIndex];
            const rest = args.slice(fnIndex + 1);
            if (unspacedScope.getStore())
                return Promise.resolve().then(() => fn(...rest));
            const run = chain.then(async () => {
                const wait = last + minTimeMs - Date.now();
                if (wait > 0)
                    await new Promise((r) => setTimeout(r, wait));
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
        schedule: (...args) => {
            const fnIndex = typeof args[0] === 'function' ? 0 : 1;
            const fn = args[fnIndex];
            return Promise.resolve().then(() => fn(...args.slice(fnIndex + 1)));
        },
    }),
};
function createOctokit(token, opts = {}) {
    const timeoutMs = opts.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    const maxWait = opts.maxRateLimitWaitS ?? DEFAULT_MAX_RATE_LIMIT_WAIT_S;
    const log = opts.log ?? (() => undefined);
    const onLimit = (kind) => (retryAfter, options, _o, retryCount) => {
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
    return getOctokit(token, options, attemptLayer(timeoutMs, opts.debug ?? (() => undefined)), retry, throttling, retryPolicyLayer);
}
function parseRepository(full) {
    const m = (full ?? '').trim().match(/^([^/\s]+)\/([^/\s]+)$/);
    if (!m)
        throw new ConfigError(`GITHUB_REPOSITORY must look like owner/repo (got "${full ?? ''}")`);
    return { owner: m[1], repo: m[2] };
}
/** The HTTP status of an Octokit RequestError (duck-typed: the class is a transitive dependency). */
function octokit_httpStatus(e) {
    if (isNoAnswer(e))
        return null;
    const s = e?.status;
    return typeof s === 'number' && s >= 100 ? s : null;
}
/** GitHub's own `message` from an error response, else the error's message. */
function octokit_apiMessage(e) {
    const data = e?.response?.data;
    if (data && typeof data.message === 'string')
        return data.message;
    return e instanceof Error ? e.message : String(e);
}
/** A publishing failure with a one-line, user-facing message. */
class octokit_PublishError extends (/* unused pure expression or super */ null && (Error)) {
}
/** A GitHub refusal the user fixes in the workflow file or the repository settings. */
class GitHubPermissionError extends (/* unused pure expression or super */ null && (octokit_PublishError)) {
}
/** The token may not use issues (the data side still works). */
class IssuesPermissionError extends (/* unused pure expression or super */ null && (GitHubPermissionError)) {
}
function requestWhere(e) {
    const req = e.request;
    if (!req?.method || !req.url)
        return '';
    const route = req.url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '');
    let readable = route;
    try {
        readable = decodeURIComponent(route);
    }
    catch {
        /* keep it encoded */
    }
    return ` on ${req.method} ${readable}`;
}
function header(e, name) {
    const h = e.response?.headers?.[name];
    return h === undefined || h === null ? undefined : String(h);
}
function isRateLimit(e) {
    const status = octokit_httpStatus(e);
    return (status === 403 || status === 429) && (/rate limit/i.test(octokit_apiMessage(e)) || header(e, 'x-ratelimit-remaining') === '0');
}
function isArchived(e) {
    return octokit_httpStatus(e) === 403 && /archived/i.test(octokit_apiMessage(e));
}
function archivedMessage(repo) {
    return `${repo.owner}/${repo.repo} is archived, so it is read-only and nothing can be committed: unarchive it (Settings → General → Danger Zone → Unarchive this repository) or disable the scheduled workflow`;
}
/** Any other GitHub API failure as one line (cause, the request, what happens next). */
function describeApiError(e) {
    if (e instanceof MalformedAnswerError)
        return e.message;
    if (isNoAnswer(e)) {
        return `GitHub did not answer (${e instanceof Error ? e.message : String(e)}); nothing was written, the next run will try again`;
    }
    const status = octokit_httpStatus(e);
    if (status === null)
        return null;
    if (isRateLimit(e)) {
        const after = header(e, 'retry-after');
        const reset = header(e, 'x-ratelimit-reset');
        const when = after ? `, retry after ${after} s` : reset ? `, resets at ${new Date(Number(reset) * 1000).toISOString()}` : '';
        return `GitHub rate limit (HTTP ${status}${requestWhere(e)}${when}): this run stopped rather than wait longer; the next run will try again`;
    }
    return `GitHub API request failed (HTTP ${status}${requestWhere(e)}: ${octokit_apiMessage(e)}); the next run will try again`;
}
/** The `permissions:` line a refused write needs. */
function permissionHint(scope) {
    return `add \`permissions: ${scope}: write\` to the workflow (top level or the job), and under Settings → Actions → General → Workflow permissions allow the token to write`;
}
/**
 * Rewrites a GitHub refusal into a one-line error naming its real cause and fix: an archived
 * repository, a missing `permissions:` entry, a branch rule, a bad token. Rate limits and other
 * errors pass through (describeApiError words them).
 */
function explainWriteError(e, scope, what, repo) {
    const status = octokit_httpStatus(e);
    if (isArchived(e))
        return new GitHubPermissionError(archivedMessage(repo));
    if (status === 403 && !isRateLimit(e)) {
        if (scope === 'issues') {
            return new IssuesPermissionError(`the workflow token may not use issues in ${repo.owner}/${repo.repo} (could not ${what}): add \`permissions: issues: write\` to the workflow (top level or the job)`);
        }
        return new GitHubPermissionError(`GitHub refused to ${what} in ${repo.owner}/${repo.repo} (HTTP 403: ${octokit_apiMessage(e)}): ${permissionHint(scope)}`);
    }
    if ((status === 422 || status === 409) && /protected branch|rule violation|ruleset/i.test(octokit_apiMessage(e))) {
        return new GitHubPermissionError(`a branch protection rule or ruleset stops the token from pushing to ${repo.owner}/${repo.repo} (HTTP ${status}: ${octokit_apiMessage(e)}): let GitHub Actions bypass it, or set the branch input to a branch without protection`);
    }
    if (status === 401) {
        return new GitHubPermissionError(`GitHub rejected the github-token input (HTTP 401: ${octokit_apiMessage(e)}): leave it at its default \${{ github.token }} or pass a valid token`);
    }
    return e;
}

;// CONCATENATED MODULE: ./src/publish/github/contents-state.ts
/**
 * Reading the user's repository through the API: its metadata, the branch head, trees and blobs
 * (Git Data API). The previous state comes from one commit: its tree, read once recursively, says
 * which files exist (and their sizes), each is read by blob SHA — from the workspace when a file
 * there has exactly that SHA (content addressing makes that safe), else through the API. Texts are cached by blob SHA and trees by tree SHA, so
 * the commit step compares against the parent's files without downloading them again.
 */






/** The SHA git gives a blob with this UTF-8 text (what tree entries carry). */
function gitBlobSha(text) {
    return gitBlobShaOfBytes(Buffer.from(text, 'utf8'));
}
function gitBlobShaOfBytes(bytes) {
    return createHash('sha1')
        .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
        .digest('hex');
}
/** A repository path read through the API could not be read (not: does not exist). */
class RepoReadError extends (/* unused pure expression or super */ null && (PublishError)) {
}
/** Joins a repository folder ('' = root) and a relative path, posix style. */
function contents_state_repoPath(dir, rel) {
    return dir ? `${dir}/${rel}` : rel;
}
/**
 * Normalises the output-dir input to a repository-relative folder: '' for the root, no leading
 * './', no trailing '/', and never outside the repository.
 */
function normaliseRepoDir(raw) {
    const v = posix.normalize((raw || '.').replace(/\\/g, '/')).replace(/\/+$/, '');
    if (v.startsWith('/') || v === '..' || v.startsWith('../')) {
        throw new ConfigError(`output-dir must be a folder inside the repository (got "${raw}")`);
    }
    return v === '.' || v === '' ? '' : v.replace(/^\.\//, '');
}
class RepoReader {
    octokit;
    repo;
    texts;
    trees = new Map();
    constructor(octokit, repo, 
    /** blob SHA → text, shared with the state reader */
    texts = new Map()) {
        this.octokit = octokit;
        this.repo = repo;
        this.texts = texts;
    }
    info = null;
    /** The repository's metadata (one request per run: default branch, visibility, archived). */
    async repoInfo() {
        if (this.info)
            return this.info;
        const { data } = await this.octokit.rest.repos.get({ ...this.repo });
        const d = data;
        if (typeof d.default_branch !== 'string' || !d.default_branch) {
            throw new PublishError(`GitHub's answer to GET /repos/${this.repo.owner}/${this.repo.repo} has no default branch; the next run will try again`);
        }
        this.info = {
            defaultBranch: d.default_branch,
            // only a repository GitHub calls public is public; anything unclear is treated as public
            isPublic: d.visibility === 'public' || d.private !== true,
            visibility: typeof d.visibility === 'string' ? d.visibility : d.private === true ? 'private' : 'public',
            archived: d.archived === true,
            openIssues: typeof d.open_issues_count === 'number' ? d.open_issues_count : null,
        };
        return this.info;
    }
    async defaultBranch() {
        return (await this.repoInfo()).defaultBranch;
    }
    /**
     * The branch head and its tree in one request (GET /branches/{branch} carries both). Only when
     * GitHub has no such branch does the ref API tell an empty repository (409) from a missing
     * branch (404).
     */
    async branchHead(branch) {
        try {
            const { data } = await this.octokit.rest.repos.getBranch({ ...this.repo, branch });
            const c = data.commit;
            const commitSha = c?.sha;
            const treeSha = c?.commit?.tree?.sha;
            if (typeof commitSha !== 'string' || !/^[0-9a-f]{40}$/.test(commitSha) || typeof treeSha !== 'string') {
                throw new PublishError(`GitHub's answer for branch ${branch} of ${this.repo.owner}/${this.repo.repo} has no commit or tree SHA; the next run will try again`);
            }
            return { kind: 'ok', commitSha, treeSha };
        }
        catch (e) {
            if (httpStatus(e) !== 404)
                throw e;
        }
        try {
            await this.octokit.rest.git.getRef({ ...this.repo, ref: `heads/${branch}` });
        }
        catch (e) {
            const status = httpStatus(e);
            if (status === 409 && /empty/i.test(apiMessage(e)))
                return { kind: 'empty' };
            if (status === 404)
                return { kind: 'missing' };
            throw e;
        }
        // the ref exists although the branch did not a moment ago (it was just created): ask again
        return this.branchHead(branch);
    }
    whole = new Map();
    /**
     * Every entry below a root tree in one request (recursive), path → entry with blob sizes; null
     * when GitHub cuts the listing off (very large repositories), and callers walk level by level.
     */
    async flatTree(rootTree) {
        if (this.whole.has(rootTree))
            return this.whole.get(rootTree);
        const { data } = await this.octokit.rest.git.getTree({ ...this.repo, tree_sha: rootTree, recursive: 'true' });
        const list = data.tree;
        if (!Array.isArray(list)) {
            throw new PublishError(`GitHub sent no listing of tree ${rootTree.slice(0, 7)} in ${this.repo.owner}/${this.repo.repo}; nothing was written, the next run will try again`);
        }
        if (data.truncated) {
            this.whole.set(rootTree, null);
            return null;
        }
        const out = new Map();
        for (const t of data.tree) {
            out.set(t.path ?? '', {
                name: (t.path ?? '').split('/').pop() ?? '',
                mode: t.mode ?? '100644',
                type: (t.type ?? 'blob'),
                sha: t.sha ?? '',
                size: typeof t.size === 'number' ? t.size : null,
            });
        }
        this.whole.set(rootTree, out);
        return out;
    }
    /** The recursive listing of a root tree when it was already read, else undefined. */
    knownFlatTree(rootTree) {
        return this.whole.get(rootTree);
    }
    /** The entries of one tree (not recursive: archives can hold tens of thousands of files). */
    async treeItems(treeSha) {
        const hit = this.trees.get(treeSha);
        if (hit)
            return hit;
        const { data } = await this.octokit.rest.git.getTree({ ...this.repo, tree_sha: treeSha });
        if (!Array.isArray(data.tree) || data.truncated) {
            throw new PublishError(`GitHub sent an incomplete listing of tree ${treeSha.slice(0, 7)} in ${this.repo.owner}/${this.repo.repo}; nothing was written, the next run will try again`);
        }
        const items = data.tree.map((t) => ({
            name: t.path ?? '',
            mode: t.mode ?? '100644',
            type: (t.type ?? 'blob'),
            sha: t.sha ?? '',
        }));
        this.trees.set(treeSha, items);
        return items;
    }
    /** The tree entry at a path below a root tree, or null. */
    async entryAt(rootTree, path) {
        if (path === '')
            return { name: '', mode: '040000', type: 'tree', sha: rootTree };
        const flat = this.whole.get(rootTree);
        if (flat)
            return flat.get(path) ?? null;
        const parts = path.split('/');
        let tree = rootTree;
        for (let i = 0; i < parts.length; i++) {
            const item = (await this.treeItems(tree)).find((t) => t.name === parts[i]);
            if (!item)
                return null;
            if (i === parts.length - 1)
                return item;
            if (item.type !== 'tree')
                return null;
            tree = item.sha;
        }
        return null;
    }
    /** blob reads over HTTP (the commit step must not repeat the state reads) */
    blobReads = 0;
    async blobText(sha) {
        const hit = this.texts.get(sha);
        if (hit !== undefined)
            return hit;
        this.blobReads++;
        const { data } = await this.octokit.rest.git.getBlob({ ...this.repo, file_sha: sha });
        const content = data.content;
        if (typeof content !== 'string')
            throw new Error(`GitHub's answer for blob ${sha.slice(0, 7)} has no content`);
        const bytes = Buffer.from(content, data.encoding === 'base64' ? 'base64' : 'utf8');
        // content-addressed: what came back must hash to what was asked for
        if (gitBlobShaOfBytes(bytes) !== sha)
            throw new Error(`GitHub's answer for blob ${sha.slice(0, 7)} does not match its SHA (cut off or garbled)`);
        const text = bytes.toString('utf8');
        this.texts.set(sha, text);
        return text;
    }
    /** A file's blob SHA and text at a root tree, or null when there is no file at that path. */
    async fileAt(rootTree, path) {
        const item = await this.entryAt(rootTree, path);
        if (!item || item.type !== 'blob')
            return null;
        return { sha: item.sha, text: await this.blobText(item.sha) };
    }
    /** Remembers a text read elsewhere (the workspace) under its blob SHA. */
    remember(text) {
        this.texts.set(gitBlobSha(text), text);
    }
    /**
     * The workspace as a content-addressed cache: when the file at `localFile` hashes to the blob
     * SHA the tree names, it IS that blob, whatever commit the workspace has checked out; its text
     * is kept and no request is made. Anything else (no file, other bytes, not UTF-8) is a miss.
     */
    async fromWorkspace(sha, localFile) {
        if (this.texts.has(sha))
            return this.texts.get(sha);
        let bytes;
        try {
            bytes = await fs.readFile(localFile);
        }
        catch {
            return null;
        }
        if (gitBlobShaOfBytes(bytes) !== sha)
            return null;
        const text = bytes.toString('utf8');
        if (Buffer.byteLength(text, 'utf8') !== bytes.length)
            return null;
        this.texts.set(sha, text);
        return text;
    }
}
/**
 * The output folder's entries at a root tree: which state files exist comes from here, never from
 * a failed read. A path component that is a file is an error (the outputs could not be written).
 */
async function listOutputFolder(reader, rootTree, dir) {
    const flat = await reader.flatTree(rootTree);
    if (flat) {
        const listing = new Map();
        const self = dir === '' ? null : flat.get(dir);
        if (dir !== '' && !self)
            return listing;
        if (self && self.type !== 'tree') {
            throw new RepoReadError(`output-dir ${dir} is a file in ${reader.repo.owner}/${reader.repo.repo}, not a folder: move it away or choose another output-dir`);
        }
        const prefix = dir === '' ? '' : `${dir}/`;
        for (const [p, item] of flat) {
            if (p.startsWith(prefix) && !p.slice(prefix.length).includes('/'))
                listing.set(item.name, item);
        }
        return listing;
    }
    const entry = await reader.entryAt(rootTree, dir);
    const listing = new Map();
    if (!entry)
        return listing;
    if (entry.type !== 'tree') {
        throw new RepoReadError(`output-dir ${dir} is a file in ${reader.repo.owner}/${reader.repo.repo}, not a folder: move it away or choose another output-dir`);
    }
    for (const item of await reader.treeItems(entry.sha))
        listing.set(item.name, item);
    return listing;
}
/**
 * The pipeline's ReadText over one commit's output folder: null for a file the tree does not
 * list, the blob's text (read by SHA, verified against it) otherwise. A listed file that cannot
 * be read — no answer, an error status, garbage — stops the run: treating an unreadable
 * ftp_history.json as absent would replace it with less.
 */
function treeStateReader(reader, listing, dir, localDir) {
    return async (name) => {
        const item = listing?.get(name);
        if (!item)
            return null;
        const path = contents_state_repoPath(dir, name);
        const where = `${reader.repo.owner}/${reader.repo.repo}`;
        if (item.type !== 'blob') {
            throw new RepoReadError(`${path} in ${where} is not a file; move it away so the sync can write its output there`);
        }
        if (localDir) {
            const cached = await reader.fromWorkspace(item.sha, nodePath.join(localDir, name));
            if (cached !== null)
                return cached;
        }
        try {
            return await reader.blobText(item.sha);
        }
        catch (e) {
            const status = httpStatus(e);
            const why = status === null ? (e instanceof Error ? e.message : String(e)) : `HTTP ${status}: ${apiMessage(e)}`;
            throw new RepoReadError(`could not read ${path} from ${where} (${why}); nothing was written, the next run will try again`);
        }
    };
}

;// CONCATENATED MODULE: ./src/publish/github/archive.ts
/**
 * The archive of latest.json snapshots, as the reference's workflow keeps it:
 * archive/YYYY-MM/YYYYMMDD_HHMMSS.json (UTC, the run's time), next to latest.json. With a
 * retention period, snapshots whose timestamp is more than that many days before the run are
 * removed; anything in archive/ that is not a snapshot (other names, sub-folders) is kept.
 */


const DAY_MS = 86_400_000;
const MONTH_DIR = /^(\d{4})-(\d{2})$/;
const SNAPSHOT_FILE = /^(\d{4})(\d{2})(\d{2})_(\d{2})(\d{2})(\d{2})\.json$/;
function utcStamp(ms) {
    const iso = new Date(ms).toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ
    const [date, time] = [iso.slice(0, 10), iso.slice(11, 19)];
    return {
        month: date.slice(0, 7),
        compact: `${date.replace(/-/g, '')}_${time.replace(/:/g, '')}`,
        human: `${date} ${time} UTC`,
    };
}
function archiveDir(dir) {
    return repoPath(dir, 'archive');
}
/** archive/YYYY-MM/YYYYMMDD_HHMMSS.json below the output folder. */
function snapshotPath(dir, ms) {
    const s = utcStamp(ms);
    return `${archiveDir(dir)}/${s.month}/${s.compact}.json`;
}
/** The UTC instant a snapshot file name stands for, or null for any other name. */
function snapshotTime(name) {
    const m = name.match(SNAPSHOT_FILE);
    if (!m)
        return null;
    const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
    const ms = Date.UTC(y, mo - 1, d, h, mi, s);
    const back = new Date(ms);
    // reject impossible dates (20250231_...) rather than letting Date roll them over
    if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59)
        return null;
    return ms;
}
/** Snapshots taken before this instant are expired; null = keep everything. */
function retentionCutoff(nowMs, keepDays) {
    return keepDays > 0 ? nowMs - keepDays * DAY_MS : null;
}
/** Whether a month folder can hold a snapshot older than the cutoff (so it must be listed). */
function monthMayHoldExpired(monthDir, cutoffMs) {
    const m = monthDir.match(MONTH_DIR);
    if (!m)
        return false;
    return Date.UTC(Number(m[1]), Number(m[2]) - 1, 1) < cutoffMs;
}
function isExpired(fileName, cutoffMs) {
    const t = snapshotTime(fileName);
    return t !== null && t < cutoffMs;
}
function parseKeepDays(raw) {
    const v = (raw ?? '').trim() || '0';
    if (!/^\d+$/.test(v))
        throw new ConfigError(`archive-keep-days must be a whole number of days, 0 to keep everything (got "${raw}")`);
    return Number(v);
}

;// CONCATENATED MODULE: ./src/demo.ts
/**
 * `npm run demo` (= `node dist/cli.js demo`): the full pipeline against the built-in demo athlete,
 * served on 127.0.0.1 by the project's own fake Intervals.icu API — no credentials, no network.
 * Writes ./demo-output/ (the JSON files, the charts and a README.md showing them, as the data
 * repository of an athlete looks) and prints a short summary of what an AI coach would read.
 */





async function runDemo(outDir) {
    const dataset = (0,demo_athlete/* demoDataset */.EA)();
    const [at] = await (0,demo_athlete/* demoRunTimes */.tB)(dataset);
    await external_node_fs_.promises.rm(outDir, { recursive: true, force: true });
    await (0,demo_athlete/* seedState */.B0)(dataset, outDir);
    const { result, written, ms } = await (0,demo_athlete/* syncDemoAthlete */.w7)(dataset, at, outDir);
    // the folder stands for the athlete's data repository: its README shows the dashboard
    const readme = updateReadme(null, { outputs: result.files, dir: '', human: utcStamp(Date.parse(`${at}Z`)).human });
    if (readme !== null) {
        await external_node_fs_.promises.writeFile(external_node_path_default().join(outDir, 'README.md'), readme);
        written.push('README.md');
    }
    const l = result.latest;
    const f = l.current_status.fitness;
    const lines = [
        `Demo athlete synced as of ${at} UTC in ${Math.round(ms)} ms (${result.requests.length} requests to the fake Intervals.icu API)`,
        `Fitness: CTL ${f.ctl}  ATL ${f.atl}  TSB ${f.tsb}  ramp ${f.ramp_rate}  (${f.fitness_source})`,
    ];
    const rd = l.readiness_decision;
    if (rd)
        lines.push(`Readiness: ${String(rd.recommendation).toUpperCase()} (P${rd.priority})`);
    const phase = l.derived_metrics?.phase_detected;
    if (phase)
        lines.push(`Phase: ${phase}`);
    const nr = l.race_calendar?.next_race;
    if (nr)
        lines.push(`Next race: ${nr.name} (${nr.category}) in ${nr.days_until} days`);
    const md = result.files['latest.md'];
    if (md)
        lines.push(`Digest: latest.md, ${Buffer.byteLength(md, 'utf8')} bytes (≈${Math.ceil(Buffer.byteLength(md, 'utf8') / 4)} tokens) for AI coaches; index: mirror.json`);
    const rel = external_node_path_default().relative(process.cwd(), outDir) || '.';
    lines.push(`Wrote ${written.map((n) => external_node_path_default().join(rel, n)).join(', ')}`);
    return lines.join('\n');
}


/***/ })

};
