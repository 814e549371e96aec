/**
 * commit: false — the outputs are written to the workspace for a later step to commit, with the
 * same rules as an API commit: nothing is written when no output changed apart from timestamps;
 * otherwise the changed outputs, the archive snapshot and the README (its dashboard section or sync line) are written
 * atomically, and expired snapshots are removed.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { archiveDir, isExpired, monthMayHoldExpired, retentionCutoff, snapshotPath, utcStamp } from './github/archive.js';
import { compareOutputs } from './github/changes.js';
import { repoPath } from './github/contents-state.js';
import { updateReadme } from './github/readme-line.js';
import { writeFilesAtomically } from './local.js';
import { PublishError } from './github/octokit.js';
import type { ReadText } from '../snapshot/state.js';

/** A state file in the workspace that exists but cannot be read (never "absent"). */
export class WorkspaceReadError extends PublishError {}

/**
 * The previous state in a workspace folder: null only when the file does not exist. A file that
 * exists but cannot be read (no permission, a folder in its place, a path through a file) stops the
 * run, so a state file is never replaced by less.
 */
export function workspaceStateReader(dir: string): ReadText {
  return async (name) => {
    const file = path.join(dir, name);
    try {
      return await fs.readFile(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return null;
      if (code === 'EISDIR')
        throw new WorkspaceReadError(`${file} is a folder, not a file: move it away so the sync can write ${name} there`);
      throw new WorkspaceReadError(
        `${file} exists but cannot be read (${code ?? (e as Error).message}): fix its permissions or remove it; nothing was written`,
      );
    }
  };
}

export interface WorkspacePublish {
  /** the checkout root */
  root: string;
  /** output folder relative to root ('' = root) */
  dir: string;
  outputs: Record<string, string>;
  /** the previous text of each output (null = absent) */
  previous: Record<string, string | null>;
  archive: boolean;
  keepDays: number;
  nowMs: number;
}

export interface WorkspaceResult {
  written: string[];
  removed: string[];
  meaningful: string[];
}

async function list(dir: string): Promise<import('node:fs').Dirent[]> {
  try {
    return await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

export async function expiredLocalSnapshots(root: string, dir: string, cutoffMs: number): Promise<string[]> {
  const base = archiveDir(dir);
  const out: string[] = [];
  for (const month of await list(path.join(root, base))) {
    if (!month.isDirectory() || !monthMayHoldExpired(month.name, cutoffMs)) continue;
    for (const file of await list(path.join(root, base, month.name))) {
      if (file.isFile() && isExpired(file.name, cutoffMs)) out.push(`${base}/${month.name}/${file.name}`);
    }
  }
  return out.sort();
}

export async function publishToWorkspace(p: WorkspacePublish): Promise<WorkspaceResult> {
  const { changed, meaningful } = compareOutputs(p.outputs, p.previous);
  if (meaningful.length === 0) return { written: [], removed: [], meaningful };
  const files: Record<string, string> = {};
  for (const name of changed) files[repoPath(p.dir, name)] = p.outputs[name];
  if (p.archive && p.outputs['latest.json'] !== undefined) files[snapshotPath(p.dir, p.nowMs)] = p.outputs['latest.json'];
  let readme: string | null = null;
  try {
    readme = await fs.readFile(path.join(p.root, 'README.md'), 'utf8');
  } catch {
    readme = null;
  }
  const next = updateReadme(readme, { outputs: p.outputs, dir: p.dir, human: utcStamp(p.nowMs).human });
  if (next !== null && next !== readme) files['README.md'] = next;
  const written = await writeFilesAtomically(p.root, files);

  const cutoff = retentionCutoff(p.nowMs, p.keepDays);
  const removed = cutoff === null ? [] : (await expiredLocalSnapshots(p.root, p.dir, cutoff)).filter((f) => !(f in files));
  for (const rel of removed) await fs.rm(path.join(p.root, rel), { force: true });
  for (const month of new Set(removed.map((r) => path.dirname(r)))) {
    if ((await list(path.join(p.root, month))).length === 0) await fs.rmdir(path.join(p.root, month)).catch(() => undefined);
  }
  return { written, removed, meaningful };
}
