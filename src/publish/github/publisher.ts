/**
 * The action's publishing side, in the order main.ts calls it:
 *   prepare()      → the ReadText the pipeline reads the previous state with
 *   publish()      → one API commit (or workspace files with commit: false) + a report
 *   afterSuccess() → Section 11 update notice, close the sync-failing issue
 *   afterFailure() → open / update the sync-failing issue
 *
 * Previous state: with commit: false it is the workspace; otherwise the branch head's tree (which
 * files exist) and blobs (their texts, read once and reused by the commit step), or the workspace
 * when it is a checkout of exactly that commit (saves the reads). A file that exists but cannot be
 * read fails the run in both places; it is never taken for absent.
 *
 * The repository metadata read first (default branch, visibility, archived) also decides the
 * privacy mode of `anonymize: auto`.
 */
import path from 'node:path';
import type { FetchLike } from '../../fetch/client.js';
import { ConfigError } from '../../config.js';
import type { ReadText } from '../../snapshot/state.js';
import { writeFilesAtomically } from '../local.js';
import { publishToWorkspace, workspaceStateReader } from '../workspace.js';
import { checkoutHead } from './checkout.js';
import { commitOutputs } from './commit.js';
import { listOutputFolder, RepoReader, type RepoInfo, treeStateReader } from './contents-state.js';
import type { PublishSettings } from './inputs.js';
import {
  archivedMessage,
  createOctokit,
  explainWriteError,
  GitHubPermissionError,
  type Octokit,
  type OctokitOptions,
  PublishError,
} from './octokit.js';
import { decidePrivacy, describePrivacy, type PrivacyDecision } from './privacy.js';
import type { PublishReport } from './summary.js';
import { reportFailure, resolveFailure, type HealthOutcome } from './sync-health.js';
import { checkUpstreamUpdates, type UpdateNoticeOutcome } from './update-notice.js';

export interface PublisherDeps {
  log?: (line: string) => void;
  warn?: (line: string, title?: string) => void;
  /** step-debug traces: the state source, every GitHub request */
  debug?: (line: string) => void;
  /** client tuning when the publisher builds its own Octokit (tests shorten deadlines) */
  octokitOptions?: Omit<OctokitOptions, 'baseUrl' | 'debug' | 'log'>;
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
  /** repository metadata (null without a repository, or before prepare) */
  repoInfo: RepoInfo | null = null;
  /** the privacy mode this run writes (decided by prepare) */
  privacy: PrivacyDecision | null = null;
  private readonly seen = new Map<string, string | null>();
  private readonly log: (line: string) => void;
  private readonly warn: (line: string, title?: string) => void;
  private readonly debug: (line: string) => void;

  constructor(
    readonly settings: PublishSettings,
    private readonly deps: PublisherDeps = {},
  ) {
    this.log = deps.log ?? (() => undefined);
    this.warn = deps.warn ?? (() => undefined);
    this.debug = deps.debug ?? (() => undefined);
    this.octokit =
      deps.octokit ??
      (settings.token && settings.repo
        ? createOctokit(settings.token, { ...deps.octokitOptions, baseUrl: settings.apiUrl, debug: this.debug, log: this.log })
        : null);
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

  /** The repository metadata and the privacy mode; prepare() calls it first. */
  async decidePrivacy(): Promise<PrivacyDecision> {
    const s = this.settings;
    if (this.privacy) return this.privacy;
    if (this.repoReader && (s.commit || s.anonymize === 'auto')) {
      try {
        this.repoInfo = await this.repoReader.repoInfo();
      } catch (e) {
        throw explainWriteError(e, 'contents', 'read the repository', s.repo!);
      }
      if (this.repoInfo.archived && s.commit) throw new GitHubPermissionError(archivedMessage(s.repo!));
    } else if (s.repo && s.anonymize === 'auto') {
      throw new ConfigError(
        `anonymize: auto needs the github-token input to learn whether ${s.repo.owner}/${s.repo.repo} is public: leave github-token at its default, or set anonymize to true or false`,
      );
    }
    this.privacy = decidePrivacy(s.anonymize, this.repoInfo ? this.repoInfo.isPublic : null);
    this.log(describePrivacy(this.privacy, s.privacyRadiusM));
    return this.privacy;
  }

  async prepare(): Promise<ReadText> {
    const s = this.settings;
    await this.decidePrivacy();
    if (!s.commit) {
      this.stateSource = `workspace ${this.localDir}`;
      this.debug(`state source: ${this.stateSource}`);
      return this.recording(workspaceStateReader(this.localDir));
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
        this.debug(`state source: ${this.stateSource}`);
        return this.recording(treeStateReader(reader, null, s.dir));
      }
      const checkout = await checkoutHead(s.workspace);
      this.debug(`workspace checkout: ${checkout ?? 'none'}; ${this.branch} head: ${head.commitSha}`);
      if (checkout === head.commitSha) {
        this.stateSource = `workspace checkout of ${this.branch} (${checkout.slice(0, 7)})`;
        this.debug(`state source: ${this.stateSource}`);
        return this.recording(workspaceStateReader(this.localDir), (t) => reader.remember(t));
      }
      const listing = await listOutputFolder(reader, head.treeSha, s.dir);
      this.stateSource = `${repoName}@${this.branch} (${head.commitSha.slice(0, 7)}) through the API`;
      this.debug(
        `state source: ${this.stateSource}; ${s.dir || '(root)'} lists ${[...listing.keys()].filter((n) => n.endsWith('.json')).join(', ') || 'no JSON file'}`,
      );
      return this.recording(treeStateReader(reader, listing, s.dir));
    } catch (e) {
      if (e instanceof PublishError) throw e;
      throw explainWriteError(e, 'contents', 'read the repository', s.repo!);
    }
  }

  async publish(files: Record<string, string>, nowMs: number): Promise<PublishReport> {
    const s = this.settings;
    const base = {
      repository: s.repo ? `${s.repo.owner}/${s.repo.repo}` : '',
      serverUrl: s.serverUrl,
      latestPath: path.join(this.localDir, 'latest.json'),
      privacy: this.privacy ? { ...this.privacy, radiusM: s.privacyRadiusM } : null,
    };
    if (!s.commit) {
      const previous: Record<string, string | null> = {};
      const read = workspaceStateReader(this.localDir);
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

  /** One warning for every issue feature when the token may not use issues. */
  private issuesForbidden(outcomes: Array<{ status: string; reason?: string } | null>): void {
    if (!outcomes.some((o) => o?.status === 'forbidden')) return;
    const s = this.settings;
    this.warn(
      `the workflow token may not use issues in ${s.repo!.owner}/${s.repo!.repo}, so the Section 11 update notice and the sync-failing issue are off: add \`permissions: issues: write\` to the workflow (top level or the job)`,
      'Issues permission missing',
    );
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
        warn: (m) => this.warn(m, 'Section 11 update notice'),
        log: this.log,
      });
    }
    if (s.failureIssue && update?.status !== 'forbidden') {
      health = await resolveFailure({
        octokit: this.octokit,
        repo: s.repo,
        runUrl: s.runUrl,
        nowMs,
        warn: (m) => this.warn(m, 'Sync-failing issue'),
        log: this.log,
      });
    }
    this.issuesForbidden([update, health]);
    return { update, health };
  }

  async afterFailure(reason: string, nowMs: number): Promise<HealthOutcome | null> {
    const s = this.settings;
    if (!s.failureIssue || !this.octokit || !s.repo) return null;
    if (this.repoInfo?.archived) {
      this.log('the repository is archived: no sync-failing issue can be opened');
      return null;
    }
    const health = await reportFailure(reason, {
      octokit: this.octokit,
      repo: s.repo,
      runUrl: s.runUrl,
      nowMs,
      warn: (m) => this.warn(m, 'Sync-failing issue'),
      log: this.log,
    });
    this.issuesForbidden([health]);
    return health;
  }
}
