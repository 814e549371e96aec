/**
 * The action's publishing side, in the order main.ts calls it:
 *   prepare()      → the ReadText the pipeline reads the previous state with
 *   publish()      → one API commit (or workspace files with commit: false) + a report
 *   afterSuccess() → Section 11 update notice, close the sync-failing issue
 *   afterFailure() → open / update the sync-failing issue
 *
 * Previous state: with commit: false it is the workspace; otherwise the branch head through the
 * contents API, or the workspace when it is a checkout of exactly that commit (saves the reads).
 */
import path from 'node:path';
import type { FetchLike } from '../../fetch/client.js';
import { folderReader, type ReadText } from '../../snapshot/state.js';
import { writeFilesAtomically } from '../local.js';
import { publishToWorkspace } from '../workspace.js';
import { checkoutHead } from './checkout.js';
import { commitOutputs } from './commit.js';
import { contentsReader, RepoReader } from './contents-state.js';
import type { PublishSettings } from './inputs.js';
import { createOctokit, explainWriteError, type Octokit } from './octokit.js';
import type { PublishReport } from './summary.js';
import { reportFailure, resolveFailure, type HealthOutcome } from './sync-health.js';
import { checkUpstreamUpdates, type UpdateNoticeOutcome } from './update-notice.js';

export interface PublisherDeps {
  log?: (line: string) => void;
  warn?: (line: string) => void;
  /** for the changelog request */
  fetch?: FetchLike;
  /** injected in tests; otherwise built from the token and GITHUB_API_URL */
  octokit?: Octokit;
  sleep?: (ms: number) => Promise<void>;
}

export class Publisher {
  readonly octokit: Octokit | null;
  readonly repoReader: RepoReader | null;
  branch: string | null = null;
  /** where the previous state was read from, for the log */
  stateSource = '';
  private readonly seen = new Map<string, string | null>();
  private readonly log: (line: string) => void;
  private readonly warn: (line: string) => void;

  constructor(
    readonly settings: PublishSettings,
    private readonly deps: PublisherDeps = {},
  ) {
    this.log = deps.log ?? (() => undefined);
    this.warn = deps.warn ?? (() => undefined);
    const wantsApi = settings.commit || settings.notifyUpdates || settings.failureIssue;
    this.octokit =
      deps.octokit ?? (wantsApi && settings.token && settings.repo ? createOctokit(settings.token, { baseUrl: settings.apiUrl }) : null);
    this.repoReader = this.octokit && settings.repo ? new RepoReader(this.octokit, settings.repo) : null;
  }

  private get localDir(): string {
    return path.join(this.settings.workspace, this.settings.dir);
  }

  /** Wraps a reader so every text the pipeline read is kept (workspace comparisons reuse it). */
  private recording(read: ReadText, remember?: (text: string) => void): ReadText {
    return async (name) => {
      const text = await read(name);
      this.seen.set(name, text);
      if (text !== null) remember?.(text);
      return text;
    };
  }

  async prepare(): Promise<ReadText> {
    const s = this.settings;
    if (!s.commit) {
      this.stateSource = `workspace ${this.localDir}`;
      return this.recording(folderReader(this.localDir));
    }
    const reader = this.repoReader!;
    const repoName = `${s.repo!.owner}/${s.repo!.repo}`;
    try {
      this.branch = s.branch || (await reader.defaultBranch());
      let head = await reader.branchHead(this.branch);
      if (head.kind === 'missing') {
        // a new branch starts from the default branch: continue its state
        head = await reader.branchHead(await reader.defaultBranch());
      }
      if (head.kind !== 'ok') {
        this.stateSource = `${repoName} (empty repository)`;
        return this.recording(contentsReader(reader, null, s.dir));
      }
      const checkout = await checkoutHead(s.workspace);
      if (checkout === head.commitSha) {
        this.stateSource = `workspace checkout of ${this.branch} (${checkout.slice(0, 7)})`;
        return this.recording(folderReader(this.localDir), (t) => reader.remember(t));
      }
      this.stateSource = `${repoName}@${this.branch} (${head.commitSha.slice(0, 7)}) through the API`;
      return this.recording(contentsReader(reader, head.commitSha, s.dir));
    } catch (e) {
      throw explainWriteError(e, 'contents', 'read the repository', s.repo!);
    }
  }

  async publish(files: Record<string, string>, nowMs: number): Promise<PublishReport> {
    const s = this.settings;
    const base = {
      repository: s.repo ? `${s.repo.owner}/${s.repo.repo}` : '',
      serverUrl: s.serverUrl,
      latestPath: path.join(this.localDir, 'latest.json'),
    };
    if (!s.commit) {
      const previous: Record<string, string | null> = {};
      const read = folderReader(this.localDir);
      for (const name of Object.keys(files)) previous[name] = this.seen.has(name) ? this.seen.get(name)! : await read(name);
      const ws = await publishToWorkspace({
        root: s.workspace,
        dir: s.dir,
        outputs: files,
        previous,
        archive: s.archive,
        keepDays: s.keepDays,
        nowMs,
      });
      if (ws.written.length === 0) this.log('no output changed apart from timestamps: the workspace was left as it was');
      return {
        ...base,
        mode: 'workspace',
        branch: null,
        commit: null,
        written: ws.written,
        removed: ws.removed,
        meaningful: ws.meaningful,
      };
    }
    const commit = await commitOutputs(
      {
        branch: this.branch!,
        dir: s.dir,
        outputs: files,
        archive: s.archive,
        keepDays: s.keepDays,
        nowMs,
        message: s.commitMessage,
      },
      { reader: this.repoReader!, log: this.log, sleep: this.deps.sleep },
    );
    // The workspace gets this run's files too, for later steps (it is not what gets committed).
    await writeFilesAtomically(this.localDir, files);
    return { ...base, mode: 'api', branch: this.branch, commit, written: [], removed: [], meaningful: commit.meaningful };
  }

  async afterSuccess(nowMs: number): Promise<{ update: UpdateNoticeOutcome | null; health: HealthOutcome | null }> {
    const s = this.settings;
    let update: UpdateNoticeOutcome | null = null;
    let health: HealthOutcome | null = null;
    if (!this.octokit || !s.repo) {
      if (s.notifyUpdates || s.failureIssue)
        this.log('no github-token/GITHUB_REPOSITORY: update notices and the sync-failing issue are off');
      return { update, health };
    }
    if (s.notifyUpdates) {
      update = await checkUpstreamUpdates({
        octokit: this.octokit,
        repo: s.repo,
        changelogUrl: s.changelogUrl,
        fetch: this.deps.fetch,
        warn: this.warn,
        log: this.log,
      });
    }
    if (s.failureIssue) {
      health = await resolveFailure({ octokit: this.octokit, repo: s.repo, runUrl: s.runUrl, nowMs, warn: this.warn, log: this.log });
    }
    return { update, health };
  }

  async afterFailure(reason: string, nowMs: number): Promise<HealthOutcome | null> {
    const s = this.settings;
    if (!s.failureIssue || !this.octokit || !s.repo) return null;
    return reportFailure(reason, { octokit: this.octokit, repo: s.repo, runUrl: s.runUrl, nowMs, warn: this.warn, log: this.log });
  }
}
