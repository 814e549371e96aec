/**
 * The local publish writes every file to a staging folder beside the targets and renames them
 * into place only once all are written: a failed write leaves the previous files as they were.
 */
import { describe, it, expect } from '@jest/globals';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { writeFilesAtomically } from '../../src/publish/local.js';

async function tree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, full)] = await fs.readFile(full, 'utf8');
  }
  return out;
}

describe('writeFilesAtomically', () => {
  it('writes every file, nested folders included, and leaves no staging folder', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'local-publish-'));
    await fs.writeFile(path.join(dir, 'latest.json'), 'old');
    const written = await writeFilesAtomically(dir, { 'latest.json': '{"new": 1}', 'charts/fitness.svg': '<svg/>' });
    expect(written).toEqual(['latest.json', 'charts/fitness.svg']);
    expect(await tree(dir)).toEqual({ 'latest.json': '{"new": 1}', [path.join('charts', 'fitness.svg')]: '<svg/>' });
  });

  it('a write that fails leaves the previous files byte-identical and no staging folder', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'local-publish-'));
    await fs.writeFile(path.join(dir, 'latest.json'), 'old latest');
    await fs.writeFile(path.join(dir, 'history.json'), 'old history');
    // "charts" is both a file and a folder of this set: its write fails after latest.json's
    await expect(
      writeFilesAtomically(dir, { 'latest.json': 'new latest', 'charts/fitness.svg': '<svg/>', charts: 'x', 'history.json': 'new' }),
    ).rejects.toThrow();
    expect(await tree(dir)).toEqual({ 'latest.json': 'old latest', 'history.json': 'old history' });
  });
});
