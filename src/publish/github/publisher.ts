/**
 * The action's publishing side, in the order main.ts calls it:
 *   prepare()      → the ReadText the pipeline reads the previous state with
 *   publish()      → one API commit (or workspace files with commit: false) + a report
 *   afterSuccess() → Section 11 update notice, close the sync-failing issue
 *   afterFailure() → open / update the sync-failing issue
 *
 * Previous state: with commit: false it is the workspace; otherwise the branch head (one request),
 * its tree listed once recursively (which files exist, their sizes), and each file's blob — taken
 * from the workspace when a file there has exactly the tree's blob SHA (an actions/checkout of the
 * data folder makes a quiet run cost no blob reads), else read once through the API and reused by
 * the commit step. A file that exists but cannot be read fails the run; it is never taken for
 * absent.
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
import { commitOutputs } from './commit.js';
import { type BranchHead, listOutputFolder, RepoReader, type RepoInfo, treeStateReader } from './contents-state.js';
import { archiveDir, snapshotTime } from './archive.js';
import { type ProtocolSyncResult, syncProtocolFiles } from '../protocol-files.js';
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
  /** how long the commit keeps retrying a moving branch */
  commitDeadlineMs?: number;
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
  /** the branch head the state was read from (null: none yet, or the branch is still to be made) */
  head: (BranchHead & { kind: 'ok' }) | null = null;
  /** GitHub API requests this run sent (every attempt counts, as GitHub counts them) */
  requestCount = 0;
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
    this.octokit?.hook.before('request', () => {
      this.requestCount++;
    });
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
      if (head.kind === 'ok') this.head = head;
      if (head.kind === 'missing') {
        // a new branch starts from the default branch: continue its state
        head = await reader.branchHead(await reader.defaultBranch());
      }
      if (head.kind !== 'ok') {
        this.stateSource = `${repoName} (empty repository)`;
        this.debug(`state source: ${this.stateSource}`);
        return this.recording(treeStateReader(reader, null, s.dir));
      }
      this.stateTree = head.treeSha;
      const listing = await listOutputFolder(reader, head.treeSha, s.dir);
      this.stateSource = `${repoName}@${this.branch} (${head.commitSha.slice(0, 7)}); files the workspace holds with the same blob SHA are read there, the rest through the API`;
      this.debug(
        `state source: ${this.stateSource}; ${s.dir || '(root)'} lists ${[...listing.keys()].filter((n) => n.endsWith('.json')).join(', ') || 'no JSON file'}`,
      );
      return this.recording(treeStateReader(reader, listing, s.dir, this.localDir));
    } catch (e) {
      if (e instanceof PublishError) throw e;
      throw explainWriteError(e, 'contents', 'read the repository', s.repo!);
    }
  }

  /** the root tree the previous state was read from */
  private stateTree: string | null = null;

  /**
   * The Section 11 protocol files (protocol-files input): the files to add to the data commit
   * (repository paths), from the same tree the state came from. Never fails the run.
   */
  async syncProtocol(fetchFn?: FetchLike): Promise<ProtocolSyncResult | null> {
    const p = this.settings.protocol;
    if (!p.files.length) return null;
    const reader = this.repoReader;
    const tree = this.stateTree;
    const workspace = this.settings.workspace;
    return syncProtocolFiles({
      manifestUrl: p.manifestUrl,
      baseUrl: p.baseUrl,
      files: p.files,
      dir: p.dir,
      fetch: fetchFn as never,
      warn: (line) => this.warn(line, 'Section 11 protocol files'),
      readExisting: async (repoFile) => {
        if (!this.settings.commit || !reader || !tree) return workspaceStateReader(workspace)(repoFile);
        const entry = await reader.entryAt(tree, repoFile);
        if (!entry || entry.type !== 'blob') return null;
        return (await reader.fromWorkspace(entry.sha, path.join(workspace, repoFile))) ?? (await reader.blobText(entry.sha));
      },
    });
  }

  /**
   * The archive snapshot count and the repository's total bytes after this run, from the tree
   * listing already read (no request); null when it was not read in full.
   */
  repoStats(report: PublishReport | null): { archiveCount: number | null; totalBytes: number | null } {
    const tree = report?.commit?.baseTree ?? this.stateTree;
    const flat = tree && this.repoReader ? this.repoReader.knownFlatTree(tree) : null;
    if (!flat) return { archiveCount: null, totalBytes: null };
    const sizes = new Map<string, number>();
    for (const [p, e] of flat) if (e.type === 'blob') sizes.set(p, e.size ?? 0);
    for (const p of report?.commit?.deletedFiles ?? []) sizes.delete(p);
    for (const [p, n] of Object.entries(report?.commit?.writtenBytes ?? {})) sizes.set(p, n);
    const base = `${archiveDir(this.settings.dir)}/`;
    let archiveCount = 0;
    let totalBytes = 0;
    for (const [p, n] of sizes) {
      totalBytes += n;
      const rest = p.startsWith(base) ? p.slice(base.length).split('/') : [];
      if (rest.length === 2 && snapshotTime(rest[1]) !== null) archiveCount++;
    }
    return { archiveCount, totalBytes };
  }

  async publish(files: Record<string, string>, nowMs: number, extra: Record<string, string> = {}): Promise<PublishReport> {
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
      const extraWritten = Object.keys(extra).length ? await writeFilesAtomically(s.workspace, extra) : [];
      ws.written.push(...extraWritten);
      ws.meaningful.push(...extraWritten);
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
        label: s.athleteLabel,
        extra,
      },
      {
        reader: this.repoReader!,
        log: this.log,
        sleep: this.deps.sleep,
        knownHead: this.head ?? undefined,
        localDir: this.localDir,
        deadlineMs: this.deps.commitDeadlineMs,
      },
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

  async afterSuccess(
    nowMs: number,
    extras: { protocol?: ProtocolSyncResult | null; commitSha?: string | null } = {},
  ): Promise<{ update: UpdateNoticeOutcome | null; health: HealthOutcome | null }> {
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
        anchorSha: extras.commitSha ?? this.head?.commitSha ?? null,
        protocol: extras.protocol
          ? { dir: s.protocol.dir, updated: extras.protocol.updated, notMirrored: extras.protocol.notMirrored }
          : null,
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
        label: s.athleteLabel,
        openIssues: this.repoInfo?.openIssues ?? null,
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
      label: s.athleteLabel,
      runUrl: s.runUrl,
      nowMs,
      warn: (m) => this.warn(m, 'Sync-failing issue'),
      log: this.log,
    });
    this.issuesForbidden([health]);
    return health;
  }
}
