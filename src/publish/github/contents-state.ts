/**
 * Reading the user's repository through the API: its metadata, the branch head, trees and blobs
 * (Git Data API). The previous state comes from one commit: its output folder's tree says which
 * files exist, each is read by blob SHA. Texts are cached by blob SHA and trees by tree SHA, so
 * the commit step compares against the parent's files without downloading them again.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { ConfigError } from '../../config.js';
import type { ReadText } from '../../snapshot/state.js';
import { apiMessage, httpStatus, PublishError, type Octokit, type RepoId } from './octokit.js';

/** The SHA git gives a blob with this UTF-8 text (what tree entries carry). */
export function gitBlobSha(text: string): string {
  return gitBlobShaOfBytes(Buffer.from(text, 'utf8'));
}

function gitBlobShaOfBytes(bytes: Buffer): string {
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
    .digest('hex');
}

export interface TreeItem {
  name: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}

export interface RepoInfo {
  defaultBranch: string;
  isPublic: boolean;
  visibility: string;
  archived: boolean;
}

export type BranchHead =
  | { kind: 'ok'; commitSha: string; treeSha: string }
  /** GitHub's Git Data API answers 409 until a first commit exists */
  | { kind: 'empty' }
  | { kind: 'missing' };

/** A repository path read through the API could not be read (not: does not exist). */
export class RepoReadError extends PublishError {}

/** Joins a repository folder ('' = root) and a relative path, posix style. */
export function repoPath(dir: string, rel: string): string {
  return dir ? `${dir}/${rel}` : rel;
}

/**
 * Normalises the output-dir input to a repository-relative folder: '' for the root, no leading
 * './', no trailing '/', and never outside the repository.
 */
export function normaliseRepoDir(raw: string): string {
  const v = posix.normalize((raw || '.').replace(/\\/g, '/')).replace(/\/+$/, '');
  if (v.startsWith('/') || v === '..' || v.startsWith('../')) {
    throw new ConfigError(`output-dir must be a folder inside the repository (got "${raw}")`);
  }
  return v === '.' || v === '' ? '' : v.replace(/^\.\//, '');
}

export class RepoReader {
  private readonly trees = new Map<string, TreeItem[]>();

  constructor(
    readonly octokit: Octokit,
    readonly repo: RepoId,
    /** blob SHA → text, shared with the state reader */
    readonly texts = new Map<string, string>(),
  ) {}

  private info: RepoInfo | null = null;

  /** The repository's metadata (one request per run: default branch, visibility, archived). */
  async repoInfo(): Promise<RepoInfo> {
    if (this.info) return this.info;
    const { data } = await this.octokit.rest.repos.get({ ...this.repo });
    const d = data as { default_branch?: unknown; private?: unknown; visibility?: unknown; archived?: unknown };
    if (typeof d.default_branch !== 'string' || !d.default_branch) {
      throw new PublishError(
        `GitHub's answer to GET /repos/${this.repo.owner}/${this.repo.repo} has no default branch; the next run will try again`,
      );
    }
    this.info = {
      defaultBranch: d.default_branch,
      // only a repository GitHub calls public is public; anything unclear is treated as public
      isPublic: d.visibility === 'public' || d.private !== true,
      visibility: typeof d.visibility === 'string' ? d.visibility : d.private === true ? 'private' : 'public',
      archived: d.archived === true,
    };
    return this.info;
  }

  async defaultBranch(): Promise<string> {
    return (await this.repoInfo()).defaultBranch;
  }

  async branchHead(branch: string): Promise<BranchHead> {
    let commitSha: string;
    try {
      const { data } = await this.octokit.rest.git.getRef({ ...this.repo, ref: `heads/${branch}` });
      commitSha = (data as { object?: { sha?: unknown } }).object?.sha as string;
      if (typeof commitSha !== 'string' || !/^[0-9a-f]{40}$/.test(commitSha)) {
        throw new PublishError(
          `GitHub's answer for branch ${branch} of ${this.repo.owner}/${this.repo.repo} has no commit SHA; the next run will try again`,
        );
      }
    } catch (e) {
      const status = httpStatus(e);
      if (status === 409 && /empty/i.test(apiMessage(e))) return { kind: 'empty' };
      if (status === 404) return { kind: 'missing' };
      throw e;
    }
    const { data: commit } = await this.octokit.rest.git.getCommit({ ...this.repo, commit_sha: commitSha });
    const treeSha = (commit as { tree?: { sha?: unknown } }).tree?.sha;
    if (typeof treeSha !== 'string') {
      throw new PublishError(`GitHub's answer for commit ${commitSha.slice(0, 7)} has no tree; the next run will try again`);
    }
    return { kind: 'ok', commitSha, treeSha };
  }

  /** The entries of one tree (not recursive: archives can hold tens of thousands of files). */
  async treeItems(treeSha: string): Promise<TreeItem[]> {
    const hit = this.trees.get(treeSha);
    if (hit) return hit;
    const { data } = await this.octokit.rest.git.getTree({ ...this.repo, tree_sha: treeSha });
    if (!Array.isArray((data as { tree?: unknown }).tree) || data.truncated) {
      throw new PublishError(
        `GitHub sent an incomplete listing of tree ${treeSha.slice(0, 7)} in ${this.repo.owner}/${this.repo.repo}; nothing was written, the next run will try again`,
      );
    }
    const items = data.tree.map((t) => ({
      name: t.path ?? '',
      mode: t.mode ?? '100644',
      type: (t.type ?? 'blob') as TreeItem['type'],
      sha: t.sha ?? '',
    }));
    this.trees.set(treeSha, items);
    return items;
  }

  /** The tree entry at a path below a root tree, or null. */
  async entryAt(rootTree: string, path: string): Promise<TreeItem | null> {
    if (path === '') return { name: '', mode: '040000', type: 'tree', sha: rootTree };
    const parts = path.split('/');
    let tree = rootTree;
    for (let i = 0; i < parts.length; i++) {
      const item = (await this.treeItems(tree)).find((t) => t.name === parts[i]);
      if (!item) return null;
      if (i === parts.length - 1) return item;
      if (item.type !== 'tree') return null;
      tree = item.sha;
    }
    return null;
  }

  /** blob reads over HTTP (the commit step must not repeat the state reads) */
  blobReads = 0;

  async blobText(sha: string): Promise<string> {
    const hit = this.texts.get(sha);
    if (hit !== undefined) return hit;
    this.blobReads++;
    const { data } = await this.octokit.rest.git.getBlob({ ...this.repo, file_sha: sha });
    const content = (data as { content?: unknown }).content;
    if (typeof content !== 'string') throw new Error(`GitHub's answer for blob ${sha.slice(0, 7)} has no content`);
    const bytes = Buffer.from(content, data.encoding === 'base64' ? 'base64' : 'utf8');
    // content-addressed: what came back must hash to what was asked for
    if (gitBlobShaOfBytes(bytes) !== sha)
      throw new Error(`GitHub's answer for blob ${sha.slice(0, 7)} does not match its SHA (cut off or garbled)`);
    const text = bytes.toString('utf8');
    this.texts.set(sha, text);
    return text;
  }

  /** A file's blob SHA and text at a root tree, or null when there is no file at that path. */
  async fileAt(rootTree: string, path: string): Promise<{ sha: string; text: string } | null> {
    const item = await this.entryAt(rootTree, path);
    if (!item || item.type !== 'blob') return null;
    return { sha: item.sha, text: await this.blobText(item.sha) };
  }

  /** Remembers a text read elsewhere (the workspace) under its blob SHA. */
  remember(text: string): void {
    this.texts.set(gitBlobSha(text), text);
  }
}

/** The output folder as the branch tree lists it: file name → entry (one level, never recursive). */
export type FolderListing = Map<string, TreeItem>;

/**
 * The output folder's entries at a root tree: which state files exist comes from here, never from
 * a failed read. A path component that is a file is an error (the outputs could not be written).
 */
export async function listOutputFolder(reader: RepoReader, rootTree: string, dir: string): Promise<FolderListing> {
  const entry = await reader.entryAt(rootTree, dir);
  const listing: FolderListing = new Map();
  if (!entry) return listing;
  if (entry.type !== 'tree') {
    throw new RepoReadError(
      `output-dir ${dir} is a file in ${reader.repo.owner}/${reader.repo.repo}, not a folder: move it away or choose another output-dir`,
    );
  }
  for (const item of await reader.treeItems(entry.sha)) listing.set(item.name, item);
  return listing;
}

/**
 * The pipeline's ReadText over one commit's output folder: null for a file the tree does not
 * list, the blob's text (read by SHA, verified against it) otherwise. A listed file that cannot
 * be read — no answer, an error status, garbage — stops the run: treating an unreadable
 * ftp_history.json as absent would replace it with less.
 */
export function treeStateReader(reader: RepoReader, listing: FolderListing | null, dir: string): ReadText {
  return async (name) => {
    const item = listing?.get(name);
    if (!item) return null;
    const path = repoPath(dir, name);
    const where = `${reader.repo.owner}/${reader.repo.repo}`;
    if (item.type !== 'blob') {
      throw new RepoReadError(`${path} in ${where} is not a file; move it away so the sync can write its output there`);
    }
    try {
      return await reader.blobText(item.sha);
    } catch (e) {
      const status = httpStatus(e);
      const why = status === null ? (e instanceof Error ? e.message : String(e)) : `HTTP ${status}: ${apiMessage(e)}`;
      throw new RepoReadError(`could not read ${path} from ${where} (${why}); nothing was written, the next run will try again`);
    }
  };
}
