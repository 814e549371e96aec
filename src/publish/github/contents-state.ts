/**
 * Reading the user's repository through the API: the branch head, trees and blobs (Git Data API)
 * and the previous state files (contents API, pinned to one commit so every file comes from the
 * same snapshot). Texts are cached by git blob SHA, so the commit step compares against the
 * parent's files without downloading them again.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { ConfigError } from '../../config.js';
import type { ReadText } from '../../snapshot/state.js';
import { apiMessage, httpStatus, PublishError, type Octokit, type RepoId } from './octokit.js';

/** The SHA git gives a blob with this UTF-8 text (what tree entries carry). */
export function gitBlobSha(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
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

  async defaultBranch(): Promise<string> {
    const { data } = await this.octokit.rest.repos.get({ ...this.repo });
    return data.default_branch;
  }

  async branchHead(branch: string): Promise<BranchHead> {
    let commitSha: string;
    try {
      const { data } = await this.octokit.rest.git.getRef({ ...this.repo, ref: `heads/${branch}` });
      commitSha = data.object.sha;
    } catch (e) {
      const status = httpStatus(e);
      if (status === 409 && /empty/i.test(apiMessage(e))) return { kind: 'empty' };
      if (status === 404) return { kind: 'missing' };
      throw e;
    }
    const { data: commit } = await this.octokit.rest.git.getCommit({ ...this.repo, commit_sha: commitSha });
    return { kind: 'ok', commitSha, treeSha: commit.tree.sha };
  }

  /** The entries of one tree (not recursive: archives can hold tens of thousands of files). */
  async treeItems(treeSha: string): Promise<TreeItem[]> {
    const hit = this.trees.get(treeSha);
    if (hit) return hit;
    const { data } = await this.octokit.rest.git.getTree({ ...this.repo, tree_sha: treeSha });
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

  async blobText(sha: string): Promise<string> {
    const hit = this.texts.get(sha);
    if (hit !== undefined) return hit;
    const { data } = await this.octokit.rest.git.getBlob({ ...this.repo, file_sha: sha });
    const text = Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
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

/**
 * The pipeline's ReadText backed by the contents API at one commit: null for a file that does
 * not exist (or an empty repository), the text otherwise. Files above the contents API's 1 MB
 * inline limit come back without content and are read as blobs. Any other failure stops the run:
 * treating an unreadable ftp_history.json as absent would replace it with less.
 */
export function contentsReader(reader: RepoReader, ref: string | null, dir: string): ReadText {
  return async (name) => {
    if (ref === null) return null;
    const path = repoPath(dir, name);
    let data: unknown;
    try {
      ({ data } = await reader.octokit.rest.repos.getContent({ ...reader.repo, path, ref }));
    } catch (e) {
      if (httpStatus(e) === 404) return null;
      throw new RepoReadError(
        `could not read ${path} from ${reader.repo.owner}/${reader.repo.repo} (HTTP ${httpStatus(e) ?? '?'}: ${apiMessage(e)}); nothing was written`,
      );
    }
    const file = data as { type?: string; sha?: string; encoding?: string; content?: string };
    if (Array.isArray(data) || file.type !== 'file' || !file.sha) {
      throw new RepoReadError(
        `${path} in ${reader.repo.owner}/${reader.repo.repo} is not a file; move it away so the sync can write its output there`,
      );
    }
    if (file.encoding === 'base64' && typeof file.content === 'string') {
      const text = Buffer.from(file.content, 'base64').toString('utf8');
      reader.texts.set(file.sha, text);
      return text;
    }
    return reader.blobText(file.sha);
  };
}
