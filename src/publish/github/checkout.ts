/**
 * Is there a checkout of the branch being published? Then the previous state can be read from the
 * workspace instead of through the API. Only a checkout whose HEAD is exactly the branch head, and
 * whose top level is the workspace itself, qualifies: a stale or different checkout would feed the
 * sync older state than it commits onto. The workspace's own git answers (worktrees, packed refs
 * and detached heads are its business); no git, or no checkout, simply means "no checkout".
 */
import { getExecOutput } from '@actions/exec';
import { promises as fs } from 'node:fs';

/** The commit SHA checked out in `workspace`, or null when there is no usable git checkout. */
export async function checkoutHead(workspace: string): Promise<string | null> {
  try {
    const r = await getExecOutput('git', ['rev-parse', '--show-toplevel', 'HEAD'], {
      cwd: workspace,
      silent: true,
      ignoreReturnCode: true,
    });
    if (r.exitCode !== 0) return null;
    const [top, head] = r.stdout.trim().split('\n');
    if (!top || !head || !/^[0-9a-f]{40}$/.test(head.trim())) return null;
    const [a, b] = await Promise.all([fs.realpath(top.trim()), fs.realpath(workspace)]);
    return a === b ? head.trim() : null;
  } catch {
    // git is not installed, or the workspace folder does not exist
    return null;
  }
}
