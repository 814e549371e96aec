/**
 * Is there a checkout of the branch being published? Then the previous state can be read from the
 * workspace instead of through the API. Only a checkout whose HEAD is exactly the branch head
 * qualifies (a stale or different checkout would feed the sync older state than it commits onto).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

async function readMaybe(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch {
    return null;
  }
}

/** The commit SHA checked out in `workspace`, or null when there is no readable git checkout. */
export async function checkoutHead(workspace: string): Promise<string | null> {
  const gitDir = path.join(workspace, '.git');
  const head = (await readMaybe(path.join(gitDir, 'HEAD')))?.trim();
  if (!head) return null;
  if (/^[0-9a-f]{40}$/.test(head)) return head;
  const m = head.match(/^ref: (refs\/\S+)$/);
  if (!m) return null;
  const loose = (await readMaybe(path.join(gitDir, ...m[1].split('/'))))?.trim();
  if (loose && /^[0-9a-f]{40}$/.test(loose)) return loose;
  const packed = await readMaybe(path.join(gitDir, 'packed-refs'));
  for (const line of (packed ?? '').split('\n')) {
    const [sha, ref] = line.trim().split(' ');
    if (ref === m[1] && /^[0-9a-f]{40}$/.test(sha)) return sha;
  }
  return null;
}
