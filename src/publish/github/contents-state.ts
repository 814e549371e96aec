/**
 * Reading the user's repository through the API: its metadata, the branch head, trees and blobs
 * (Git Data API). The previous state comes from one commit: its tree, read once recursively, says
 * which files exist (and their sizes), each is read by blob SHA — from the workspace when a file
 * there has exactly that SHA (content addressing makes that safe), else through the API. Texts are cached by blob SHA and trees by tree SHA, so
 * the commit step compares against the parent's files without downloading them again.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import nodePath from 'node:path';
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

export interface FlatEntry extends TreeItem {
  /** bytes of a blob; null for trees (or when GitHub does not say) */
  size: number | null;
}

export interface RepoInfo {
  defaultBranch: string;
  isPublic: boolean;
  visibility: string;
  archived: boolean;
  /** open issues and pull requests; 0 means there is no sync-failing issue to close */
  openIssues: number | null;
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
    const d = data as {
      default_branch?: unknown;
      private?: unknown;
      visibility?: unknown;
      archived?: unknown;
      open_issues_count?: unknown;
    };
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
      openIssues: typeof d.open_issues_count === 'number' ? d.open_issues_count : null,
    };
    return this.info;
  }

  async defaultBranch(): Promise<string> {
    return (await this.repoInfo()).defaultBranch;
  }

  /**
   * The branch head and its tree in one request (GET /branches/{branch} carries both). Only when
   * GitHub has no such branch does the ref API tell an empty repository (409) from a missing
   * branch (404).
   */
  async branchHead(branch: string): Promise<BranchHead> {
    try {
      const { data } = await this.octokit.rest.repos.getBranch({ ...this.repo, branch });
      const c = (data as { commit?: { sha?: unknown; commit?: { tree?: { sha?: unknown } } } }).commit;
      const commitSha = c?.sha;
      const treeSha = c?.commit?.tree?.sha;
      if (typeof commitSha !== 'string' || !/^[0-9a-f]{40}$/.test(commitSha) || typeof treeSha !== 'string') {
        throw new PublishError(
          `GitHub's answer for branch ${branch} of ${this.repo.owner}/${this.repo.repo} has no commit or tree SHA; the next run will try again`,
        );
      }
      return { kind: 'ok', commitSha, treeSha };
    } catch (e) {
      if (httpStatus(e) !== 404) throw e;
    }
    try {
      await this.octokit.rest.git.getRef({ ...this.repo, ref: `heads/${branch}` });
    } catch (e) {
      const status = httpStatus(e);
      if (status === 409 && /empty/i.test(apiMessage(e))) return { kind: 'empty' };
      if (status === 404) return { kind: 'missing' };
      throw e;
    }
    // the ref exists although the branch did not a moment ago (it was just created): ask again
    return this.branchHead(branch);
  }

  private readonly whole = new Map<string, Map<string, FlatEntry> | null>();

  /**
   * Every entry below a root tree in one request (recursive), path → entry with blob sizes; null
   * when GitHub cuts the listing off (very large repositories), and callers walk level by level.
   */
  async flatTree(rootTree: string): Promise<Map<string, FlatEntry> | null> {
    if (this.whole.has(rootTree)) return this.whole.get(rootTree)!;
    const { data } = await this.octokit.rest.git.getTree({ ...this.repo, tree_sha: rootTree, recursive: 'true' });
    const list = (data as { tree?: unknown }).tree;
    if (!Array.isArray(list)) {
      throw new PublishError(
        `GitHub sent no listing of tree ${rootTree.slice(0, 7)} in ${this.repo.owner}/${this.repo.repo}; nothing was written, the next run will try again`,
      );
    }
    if (data.truncated) {
      this.whole.set(rootTree, null);
      return null;
    }
    const out = new Map<string, FlatEntry>();
    for (const t of data.tree) {
      out.set(t.path ?? '', {
        name: (t.path ?? '').split('/').pop() ?? '',
        mode: t.mode ?? '100644',
        type: (t.type ?? 'blob') as TreeItem['type'],
        sha: t.sha ?? '',
        size: typeof t.size === 'number' ? t.size : null,
      });
    }
    this.whole.set(rootTree, out);
    return out;
  }

  /** The recursive listing of a root tree when it was already read, else undefined. */
  knownFlatTree(rootTree: string): Map<string, FlatEntry> | null | undefined {
    return this.whole.get(rootTree);
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
    const flat = this.whole.get(rootTree);
    if (flat) return flat.get(path) ?? null;
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

  /**
   * The workspace as a content-addressed cache: when the file at `localFile` hashes to the blob
   * SHA the tree names, it IS that blob, whatever commit the workspace has checked out; its text
   * is kept and no request is made. Anything else (no file, other bytes, not UTF-8) is a miss.
   */
  async fromWorkspace(sha: string, localFile: string): Promise<string | null> {
    if (this.texts.has(sha)) return this.texts.get(sha)!;
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(localFile);
    } catch {
      return null;
    }
    if (gitBlobShaOfBytes(bytes) !== sha) return null;
    const text = bytes.toString('utf8');
    if (Buffer.byteLength(text, 'utf8') !== bytes.length) return null;
    this.texts.set(sha, text);
    return text;
  }
}

/** The output folder as the branch tree lists it: file name → entry (one level, never recursive). */
export type FolderListing = Map<string, TreeItem>;

/**
 * The output folder's entries at a root tree: which state files exist comes from here, never from
 * a failed read. A path component that is a file is an error (the outputs could not be written).
 */
export async function listOutputFolder(reader: RepoReader, rootTree: string, dir: string): Promise<FolderListing> {
  const flat = await reader.flatTree(rootTree);
  if (flat) {
    const listing: FolderListing = new Map();
    const self = dir === '' ? null : flat.get(dir);
    if (dir !== '' && !self) return listing;
    if (self && self.type !== 'tree') {
      throw new RepoReadError(
        `output-dir ${dir} is a file in ${reader.repo.owner}/${reader.repo.repo}, not a folder: move it away or choose another output-dir`,
      );
    }
    const prefix = dir === '' ? '' : `${dir}/`;
    for (const [p, item] of flat) {
      if (p.startsWith(prefix) && !p.slice(prefix.length).includes('/')) listing.set(item.name, item);
    }
    return listing;
  }
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
export function treeStateReader(reader: RepoReader, listing: FolderListing | null, dir: string, localDir?: string): ReadText {
  return async (name) => {
    const item = listing?.get(name);
    if (!item) return null;
    const path = repoPath(dir, name);
    const where = `${reader.repo.owner}/${reader.repo.repo}`;
    if (item.type !== 'blob') {
      throw new RepoReadError(`${path} in ${where} is not a file; move it away so the sync can write its output there`);
    }
    if (localDir) {
      const cached = await reader.fromWorkspace(item.sha, nodePath.join(localDir, name));
      if (cached !== null) return cached;
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
