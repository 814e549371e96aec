/**
 * One commit with every changed output through the Git Data API (tree with base_tree → commit →
 * fast-forward ref update), made without a custom author or committer so GitHub signs it.
 *
 * Each attempt starts from the branch head as it is now: the outputs are compared with the files
 * of that commit, the archive snapshot and the README line are added, expired snapshots are
 * deleted, and base_tree keeps every other file exactly as it is there. When the ref update is
 * refused because another commit landed meanwhile ("not a fast forward"), the attempt is redone
 * on the new head, so that commit's files are kept; nothing is ever force-pushed.
 *
 * An empty repository has no Git Data API (409 "Git Repository is empty.") until its first
 * commit; that commit is made with the contents API (latest.json alone), the rest follows.
 */
import { archiveDir, isExpired, monthMayHoldExpired, retentionCutoff, snapshotPath, utcStamp } from './archive.js';
import { changedBeyondTimestamps, isCompanion } from './changes.js';
import nodePath from 'node:path';
import { type BranchHead, gitBlobSha, repoPath, type RepoReader } from './contents-state.js';
import { apiMessage, explainWriteError, httpStatus, isNoAnswer, MalformedAnswerError, PublishError, unspaced } from './octokit.js';
import { updateReadme } from './readme-line.js';
import { PRODUCER_NAME, PRODUCER_VERSION } from '../../version.js';

/**
 * How long a run keeps rebuilding its commit on a branch that keeps moving (a coach's matrix jobs
 * finishing together all commit to one branch). Bounded by time, not by a count: ten jobs at
 * GitHub's latency need more tries than two, and the time is what a schedule can afford.
 */
export const COMMIT_DEADLINE_MS = 240_000;
/** First back-off after a refused fast forward; doubles per attempt up to the cap, jittered. */
export const RETRY_BASE_MS = 250;
export const RETRY_CAP_MS = 5_000;
/** Tree entries per createTree request (create-pull-request's chunk size). */
const TREE_CHUNK = 100;
const FILE_MODE = '100644';

export interface CommitRequest {
  branch: string;
  /** repository folder of the outputs ('' = root) */
  dir: string;
  /** output file name → text (latest.json, history.json, …) */
  outputs: Record<string, string>;
  /** also commit archive/YYYY-MM/YYYYMMDD_HHMMSS.json (a copy of latest.json) */
  archive: boolean;
  /** remove snapshots older than this many days (0 = keep all) */
  keepDays: number;
  /** the run's instant: archive name, README line */
  nowMs: number;
  /** `{timestamp}` is replaced by the run's UTC time */
  message: string;
  /** the athlete's label, named in the commit message ('' = none) */
  label?: string;
  /**
   * Other files of the same commit, by repository path (the Section 11 protocol files): each is
   * written when it differs from the branch, and such a difference is a reason to commit.
   */
  extra?: Record<string, string>;
}

export interface CommitResult {
  committed: boolean;
  commitSha: string | null;
  /** repository paths written by the commit(s) */
  changedFiles: string[];
  /** expired snapshots removed */
  deletedFiles: string[];
  /** outputs that changed beyond timestamps on the final attempt */
  meaningful: string[];
  attempts: number;
  verified: boolean | null;
  verificationReason: string | null;
  /** true when the first commit of an empty repository was made through the contents API */
  bootstrapped: boolean;
  /** the branch tree the final attempt was built on (null before any) */
  baseTree?: string | null;
  /** repository path → bytes of every file the commit wrote */
  writtenBytes?: Record<string, number>;
}

export interface CommitDeps {
  reader: RepoReader;
  log?: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
  /** optional cap on attempts (tests); the deadline bounds the run in any case */
  maxAttempts?: number;
  /** how long to keep retrying a moving branch (default COMMIT_DEADLINE_MS) */
  deadlineMs?: number;
  /** the branch head the state was read from: the first attempt starts there without asking again */
  knownHead?: BranchHead;
  /** the workspace folder of the outputs, used as a content-addressed cache of their blobs */
  localDir?: string;
  clock?: () => number;
}

/** Jittered exponential back-off: a random wait in [½, 1½] × base·2ⁿ⁻¹, capped. */
export function retryDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.5 + random()));
}

type TreeEntry =
  | { path: string; mode: typeof FILE_MODE; type: 'blob'; content: string }
  | { path: string; mode: typeof FILE_MODE; type: 'blob'; sha: null };

/** The trailer naming the producer, so a commit says which action version wrote the files. */
export const SYNCED_BY_TRAILER = `Synced-by: ${PRODUCER_NAME} ${PRODUCER_VERSION}`;

/** The commit-message input (with {timestamp}) as written, then the Synced-by trailer. */
export function commitMessage(template: string, nowMs: number, label = ''): string {
  const stamp = utcStamp(nowMs).human;
  const t = template.trim() || 'Sync training data - {timestamp}';
  const text = t.includes('{timestamp}') ? t.split('{timestamp}').join(stamp) : t;
  const subject = label && !text.includes(label) ? `${text} (${label})` : text;
  return `${subject}\n\n${SYNCED_BY_TRAILER}`;
}

/** The request may have been carried out although its answer never arrived. */
function answerLost(e: unknown): boolean {
  const status = httpStatus(e);
  return isNoAnswer(e) || e instanceof MalformedAnswerError || (status !== null && status >= 500);
}

function isNotFastForward(e: unknown): boolean {
  return httpStatus(e) === 422 && /fast.?forward/i.test(apiMessage(e));
}

/** The expired snapshots below the archive folder of a tree (month folders listed only when needed). */
async function expiredSnapshots(reader: RepoReader, rootTree: string, dir: string, cutoffMs: number): Promise<string[]> {
  const base = archiveDir(dir);
  const flat = reader.knownFlatTree(rootTree);
  if (flat) {
    const hits: string[] = [];
    for (const [p, e] of flat) {
      if (e.type !== 'blob' || !p.startsWith(`${base}/`)) continue;
      const parts = p.slice(base.length + 1).split('/');
      if (parts.length === 2 && monthMayHoldExpired(parts[0], cutoffMs) && isExpired(parts[1], cutoffMs)) hits.push(p);
    }
    return hits.sort();
  }
  const archive = await reader.entryAt(rootTree, base);
  if (!archive || archive.type !== 'tree') return [];
  const out: string[] = [];
  for (const month of await reader.treeItems(archive.sha)) {
    if (month.type !== 'tree' || !monthMayHoldExpired(month.name, cutoffMs)) continue;
    for (const file of await reader.treeItems(month.sha)) {
      if (file.type === 'blob' && isExpired(file.name, cutoffMs)) out.push(`${base}/${month.name}/${file.name}`);
    }
  }
  return out.sort();
}

async function landed(reader: RepoReader, branch: string, sha: string): Promise<boolean> {
  try {
    const head = await reader.branchHead(branch);
    return head.kind === 'ok' && head.commitSha === sha;
  } catch {
    return false;
  }
}

export async function commitOutputs(req: CommitRequest, deps: CommitDeps): Promise<CommitResult> {
  const { reader } = deps;
  const { octokit, repo } = reader;
  const log = deps.log ?? (() => undefined);
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const maxAttempts = deps.maxAttempts ?? Number.POSITIVE_INFINITY;
  const clock = deps.clock ?? Date.now;
  const giveUpAt = clock() + (deps.deadlineMs ?? COMMIT_DEADLINE_MS);
  let knownHead = deps.knownHead;
  const message = commitMessage(req.message, req.nowMs, req.label ?? '');
  const stamp = utcStamp(req.nowMs);
  const cutoff = retentionCutoff(req.nowMs, req.keepDays);
  const names = Object.keys(req.outputs);
  const result: CommitResult = {
    committed: false,
    commitSha: null,
    changedFiles: [],
    deletedFiles: [],
    meaningful: [],
    attempts: 0,
    verified: null,
    verificationReason: null,
    bootstrapped: false,
  };
  const write = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      throw explainWriteError(e, 'contents', what, repo);
    }
  };

  let createdBranch = false;
  for (;;) {
    const head = knownHead ?? (await reader.branchHead(req.branch));
    knownHead = undefined;
    if (head.kind === 'empty') {
      if (result.bootstrapped)
        throw new PublishError(`${repo.owner}/${repo.repo} still reports an empty repository after its first commit`);
      // Only the contents API can make the first commit of an empty repository.
      const first = names.includes('latest.json') ? 'latest.json' : names[0];
      const path = repoPath(req.dir, first);
      const { data } = await write('create the first commit', () =>
        octokit.rest.repos.createOrUpdateFileContents({
          ...repo,
          path,
          branch: req.branch,
          message,
          content: Buffer.from(req.outputs[first], 'utf8').toString('base64'),
        }),
      );
      log(`empty repository: first commit ${data.commit.sha} with ${path} (contents API)`);
      result.bootstrapped = true;
      result.committed = true;
      result.commitSha = data.commit.sha ?? null;
      result.changedFiles.push(path);
      continue;
    }
    if (head.kind === 'missing') {
      if (createdBranch) throw new PublishError(`branch ${req.branch} disappeared while committing to it`);
      const def = await reader.defaultBranch();
      const from = await reader.branchHead(def);
      if (from.kind !== 'ok')
        throw new PublishError(`branch ${req.branch} does not exist and the default branch ${def} has no commit to start it from`);
      await write(`create branch ${req.branch}`, () =>
        octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${req.branch}`, sha: from.commitSha }),
      );
      log(`created branch ${req.branch} from ${def} (${from.commitSha.slice(0, 7)})`);
      createdBranch = true;
      continue;
    }
    result.attempts++;
    result.baseTree = head.treeSha;

    // What the branch holds now: one recursive listing of its tree; a file is unchanged when its
    // blob SHA is the output's, and only a data file that differs is read (workspace first) to
    // tell a real change from a new timestamp. The companions are never read: they only travel
    // with a real change.
    await reader.flatTree(head.treeSha);
    const changes = { changed: [] as string[], meaningful: [] as string[] };
    for (const name of names) {
      const entry = await reader.entryAt(head.treeSha, repoPath(req.dir, name));
      const blob = entry && entry.type === 'blob' ? entry : null;
      if (blob && blob.sha === gitBlobSha(req.outputs[name])) continue;
      changes.changed.push(name);
      if (isCompanion(name)) continue;
      let prev: string | null = null;
      if (blob) {
        prev = deps.localDir ? await reader.fromWorkspace(blob.sha, nodePath.join(deps.localDir, name)) : null;
        prev ??= await reader.blobText(blob.sha);
      }
      if (changedBeyondTimestamps(name, prev, req.outputs[name])) changes.meaningful.push(name);
    }
    const extraChanged: string[] = [];
    for (const [p, text] of Object.entries(req.extra ?? {})) {
      const entry = await reader.entryAt(head.treeSha, p);
      if (!entry || entry.type !== 'blob' || entry.sha !== gitBlobSha(text)) extraChanged.push(p);
    }
    result.meaningful = [...changes.meaningful, ...extraChanged];
    if (result.meaningful.length === 0) {
      log(`no output changed apart from timestamps on ${req.branch} (${head.commitSha.slice(0, 7)}): nothing to commit`);
      return result;
    }

    const entries: TreeEntry[] = changes.changed.map((name) => ({
      path: repoPath(req.dir, name),
      mode: FILE_MODE,
      type: 'blob',
      content: req.outputs[name],
    }));
    for (const p of extraChanged) entries.push({ path: p, mode: FILE_MODE, type: 'blob', content: req.extra![p] });
    const snapshot =
      req.archive && req.outputs['latest.json'] !== undefined && changes.meaningful.length > 0 ? snapshotPath(req.dir, req.nowMs) : null;
    if (snapshot) entries.push({ path: snapshot, mode: FILE_MODE, type: 'blob', content: req.outputs['latest.json'] });
    const readme = await reader.fileAt(head.treeSha, 'README.md');
    const readmeNext = updateReadme(readme?.text ?? null, { outputs: req.outputs, dir: req.dir, human: stamp.human });
    if (readmeNext !== null && readmeNext !== readme?.text)
      entries.push({ path: 'README.md', mode: FILE_MODE, type: 'blob', content: readmeNext });
    const deleted = cutoff === null ? [] : (await expiredSnapshots(reader, head.treeSha, req.dir, cutoff)).filter((p) => p !== snapshot);
    for (const path of deleted) entries.push({ path, mode: FILE_MODE, type: 'blob', sha: null });

    let tree = head.treeSha;
    for (let i = 0; i < entries.length; i += TREE_CHUNK) {
      const chunk = entries.slice(i, i + TREE_CHUNK);
      const base = tree;
      ({
        data: { sha: tree },
      } = await write('create a tree', () => unspaced(() => octokit.rest.git.createTree({ ...repo, base_tree: base, tree: chunk }))));
    }
    if (tree === head.treeSha) {
      log('the new tree equals the branch tree: nothing to commit');
      return result;
    }
    const parent = head.commitSha;
    const { data: commit } = await write('create a commit', () =>
      // No author/committer: GitHub then signs the commit as the token's bot (Verified).
      unspaced(() => octokit.rest.git.createCommit({ ...repo, message, tree, parents: [parent] })),
    );
    try {
      await octokit.rest.git.updateRef({ ...repo, ref: `heads/${req.branch}`, sha: commit.sha, force: false });
    } catch (e) {
      // The update is sent once; when its answer is lost the branch itself says whether it landed.
      if (answerLost(e) && (await landed(reader, req.branch, commit.sha))) {
        log(`the answer to the ${req.branch} update was lost, but the branch points at ${commit.sha.slice(0, 7)}: it landed`);
      } else {
        if (isNotFastForward(e) && result.attempts < maxAttempts) {
          const wait = retryDelay(result.attempts);
          if (clock() + wait < giveUpAt) {
            log(`${req.branch} moved while committing (attempt ${result.attempts}); rebuilding on the new head in ${wait} ms`);
            await sleep(wait);
            continue;
          }
        }
        if (isNotFastForward(e)) break;
        throw explainWriteError(e, 'contents', `update branch ${req.branch}`, repo);
      }
    }
    result.committed = true;
    result.commitSha = commit.sha;
    for (const e of entries) if ('content' in e && !result.changedFiles.includes(e.path)) result.changedFiles.push(e.path);
    result.deletedFiles = deleted;
    result.writtenBytes = Object.fromEntries(
      entries.flatMap((e) => ('content' in e ? [[e.path, Buffer.byteLength(e.content, 'utf8')] as const] : [])),
    );
    const verification = (commit as { verification?: { verified?: boolean; reason?: string } }).verification;
    result.verified = verification?.verified ?? null;
    result.verificationReason = verification?.reason ?? null;
    log(
      `committed ${commit.sha.slice(0, 7)} to ${req.branch}: ${result.changedFiles.length} file(s) written` +
        (deleted.length ? `, ${deleted.length} expired snapshot(s) removed` : '') +
        (result.verified === null ? '' : `; signature ${result.verified ? 'verified' : `not verified (${result.verificationReason})`}`),
    );
    return result;
  }
  throw new PublishError(
    `${req.branch} in ${repo.owner}/${repo.repo} kept moving: the commit was refused as not a fast forward ${result.attempts} times in ${Math.round((clock() - giveUpAt + (deps.deadlineMs ?? COMMIT_DEADLINE_MS)) / 1000)} s; nothing was force-pushed, the next run will try again (fewer jobs at once: lower the matrix's max-parallel)`,
  );
}
