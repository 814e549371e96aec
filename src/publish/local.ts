/**
 * Atomic local publish: every output is first written to a temporary folder next to the
 * targets, and only when all of them are written are they renamed into place. A run that fails
 * before that leaves the previous files byte-identical.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

export async function writeFilesAtomically(dir: string, files: Record<string, string>): Promise<string[]> {
  await fs.mkdir(dir, { recursive: true });
  const staging = await fs.mkdtemp(path.join(dir, '.intervals-mirror-'));
  try {
    const names = Object.keys(files);
    // the writes are independent of each other: issued together, they overlap in the I/O pool
    const folders = (root: string) => [...new Set(names.map((name) => path.dirname(path.join(root, name))))];
    await settleAll(folders(staging).map((f) => fs.mkdir(f, { recursive: true })));
    await settleAll(names.map((name) => fs.writeFile(path.join(staging, name), files[name], 'utf8')));
    await settleAll(folders(dir).map((f) => fs.mkdir(f, { recursive: true })));
    await settleAll(names.map((name) => fs.rename(path.join(staging, name), path.join(dir, name))));
    return names;
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
}

/** Waits for every operation (none is left running when the staging folder is removed), then throws the first failure. */
async function settleAll(ops: Array<Promise<unknown>>): Promise<void> {
  const failed = (await Promise.allSettled(ops)).find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}
