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
    for (const name of names) {
      const target = path.join(staging, name);
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, files[name], 'utf8');
    }
    for (const name of names) {
      const dest = path.join(dir, name);
      await fs.mkdir(path.dirname(dest), { recursive: true });
      await fs.rename(path.join(staging, name), dest);
    }
    return names;
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
}
