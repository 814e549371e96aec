/**
 * scripts/release.mjs run as the release workflow runs it (a child process) against temporary
 * git repositories. Each repository is synthetic but has what the script reads: package.json,
 * src/version.ts, CHANGELOG.md, dist/ and a scripts/build.mjs (here a tiny deterministic build of
 * src/ into dist/), so the stale-dist refusal is the real check-dist comparison.
 */
import { describe, it, expect, afterAll } from '@jest/globals';
import { execFile, execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compareDirs, describeDiff } from '../../scripts/check-dist.mjs';

const SCRIPT = path.resolve('scripts/release.mjs');
const IDENTITY = {
  GIT_AUTHOR_NAME: 'Release Test',
  GIT_AUTHOR_EMAIL: 'release@example.invalid',
  GIT_COMMITTER_NAME: 'Release Test',
  GIT_COMMITTER_EMAIL: 'release@example.invalid',
};
const ENV = { PATH: process.env.PATH, HOME: os.tmpdir(), GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', ...IDENTITY };
const made: string[] = [];

afterAll(async () => {
  await Promise.all(made.map((d) => fs.rm(d, { recursive: true, force: true })));
});

// the synthetic build: dist/index.js is src/main.js with a banner, plus dist/package.json
const BUILD = `import { promises as fs } from 'node:fs';
import path from 'node:path';
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
await fs.rm(out, { recursive: true, force: true });
await fs.mkdir(out, { recursive: true });
const src = await fs.readFile(path.join(root, 'src', 'main.js'), 'utf8');
await fs.writeFile(path.join(out, 'index.js'), '// bundled\\n' + src);
await fs.writeFile(path.join(out, 'package.json'), '{"type":"module"}\\n');
`;

function changelog(top: string, notes = `### Fixed\n\n- Something in ${top}.`): string {
  return `# Changelog\n\n## [Unreleased]\n\n## [${top}] - 2026-12-01\n\n${notes}\n\n## [0.9.0] - 2026-11-01\n\n- Older.\n\n[${top}]: https://example.invalid/${top}\n`;
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env: ENV, encoding: 'utf8' }).trim();
}

async function write(dir: string, files: Record<string, string>): Promise<void> {
  for (const [rel, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await fs.writeFile(path.join(dir, rel), text);
  }
}

/** Sets the version in all three places, rebuilds dist/ and commits. */
async function prepareVersion(dir: string, version: string, code = `export const v = '${version}';\n`): Promise<void> {
  await write(dir, {
    'package.json': JSON.stringify({ name: 'x', version, type: 'module' }, null, 2) + '\n',
    'src/version.ts': `export const PRODUCER_NAME = 'x';\nexport const PRODUCER_VERSION = '${version}';\n`,
    'src/main.js': code,
    'CHANGELOG.md': changelog(version),
  });
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, env: ENV });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', `Version ${version}`);
}

async function repo(version = '1.0.0'): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'release-test-'));
  made.push(dir);
  git(dir, 'init', '-q', '-b', 'main');
  await write(dir, { 'scripts/build.mjs': BUILD, '.gitignore': 'node_modules/\n' });
  await prepareVersion(dir, version);
  return dir;
}

function release(dir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) =>
    execFile(process.execPath, [SCRIPT, ...args, '--root', dir], { env: ENV }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

const tagsOf = (dir: string) => git(dir, 'tag', '--list').split('\n').filter(Boolean).sort();
const commitOf = (dir: string, ref: string) => git(dir, 'rev-parse', `${ref}^{commit}`);

describe('scripts/release.mjs refuses', () => {
  it('a version that is not X.Y.Z', async () => {
    const dir = await repo();
    for (const bad of ['1.0', 'one', '1.0.0-rc.1', '01.0.0']) {
      const r = await release(dir, bad);
      expect({ bad, code: r.code }).toEqual({ bad, code: 1 });
      expect(r.stderr).toContain(`"${bad}" is not a release version: pass X.Y.Z`);
    }
    expect((await release(dir)).stderr).toContain('is not a release version');
    expect(tagsOf(dir)).toEqual([]);
  });

  it('a dirty working tree: a changed tracked file, or an untracked one', async () => {
    const dir = await repo();
    await fs.appendFile(path.join(dir, 'src/main.js'), '// edit\n');
    let r = await release(dir, '1.0.0');
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('the working tree is not clean (1 changed or untracked paths): commit or stash them, then run again');
    git(dir, 'checkout', '--', 'src/main.js');
    await write(dir, { 'notes.txt': 'stray' });
    r = await release(dir, '1.0.0');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the working tree is not clean');
    expect(tagsOf(dir)).toEqual([]);
  });

  it('a stale dist/ (sources changed without a rebuild), naming the file and the fix', async () => {
    const dir = await repo();
    await write(dir, { 'src/main.js': "export const v = 'changed';\n" });
    git(dir, 'commit', '-qam', 'source change without a rebuild');
    const r = await release(dir, '1.0.0');
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n').pop()).toBe('dist/ is stale (differs: index.js): run `npm run build` and commit dist/');
    expect(tagsOf(dir)).toEqual([]);
  });

  it('a version that package.json, src/version.ts or the CHANGELOG does not name', async () => {
    const dir = await repo('1.0.0');
    let r = await release(dir, '1.0.1');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'version 1.0.1 does not match (package.json says 1.0.0; src/version.ts PRODUCER_VERSION says 1.0.0; the top CHANGELOG.md entry is 1.0.0)',
    );
    // one place left behind at a time
    for (const [file, text, says] of [
      ['package.json', JSON.stringify({ version: '1.0.0' }), 'package.json says 1.0.0'],
      ['src/version.ts', "export const PRODUCER_VERSION = '0.9.9';\n", 'PRODUCER_VERSION says 0.9.9'],
      ['CHANGELOG.md', changelog('0.9.9'), 'the top CHANGELOG.md entry is 0.9.9'],
    ] as const) {
      const d = await repo('1.0.1');
      await write(d, { [file]: text });
      git(d, 'commit', '-qam', `stale ${file}`);
      r = await release(d, '1.0.1');
      expect({ file, code: r.code }).toEqual({ file, code: 1 });
      expect(r.stderr).toContain(says);
      expect(r.stderr).toMatch(/set it in package\.json, src\/version\.ts and a "## \[1\.0\.1\] - date" CHANGELOG\.md entry/);
      expect(tagsOf(d)).toEqual([]);
    }
  });

  it('a release tag that already exists on another commit (releases are immutable)', async () => {
    const dir = await repo('1.0.0');
    expect((await release(dir, '1.0.0')).code).toBe(0);
    const first = commitOf(dir, 'v1.0.0');
    await write(dir, { 'README.md': 'more\n' });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'later');
    const r = await release(dir, '1.0.0');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`v1.0.0 already exists on ${first.slice(0, 7)}, not HEAD: releases are immutable`);
    expect(commitOf(dir, 'v1.0.0')).toBe(first);
    expect(commitOf(dir, 'v1')).toBe(first);
  });
});

describe('scripts/release.mjs releases', () => {
  it('tags vX.Y.Z (annotated) and vX (lightweight) on HEAD and prints the CHANGELOG section', async () => {
    const dir = await repo('1.0.0');
    const head = git(dir, 'rev-parse', 'HEAD');
    const r = await release(dir, '1.0.0');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('### Fixed\n\n- Something in 1.0.0.\n');
    expect(tagsOf(dir)).toEqual(['v1', 'v1.0.0']);
    expect(commitOf(dir, 'v1.0.0')).toBe(head);
    expect(commitOf(dir, 'v1')).toBe(head);
    expect(git(dir, 'cat-file', '-t', 'v1.0.0')).toBe('tag');
    expect(git(dir, 'cat-file', '-t', 'v1')).toBe('commit');
    expect(r.stderr).toContain('git push origin refs/tags/v1.0.0 && git push --force origin refs/tags/v1');
    // a tag pushed first (the tag-push trigger) is accepted where it is, and v1 still follows
    const again = await release(dir, 'v1.0.0');
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('v1.0.0 already points at HEAD');
  });

  it('a second release 1.0.1 moves v1 and leaves v1.0.0 where it was', async () => {
    const dir = await repo('1.0.0');
    expect((await release(dir, '1.0.0')).code).toBe(0);
    const first = commitOf(dir, 'v1.0.0');
    await prepareVersion(dir, '1.0.1');
    const second = git(dir, 'rev-parse', 'HEAD');
    const r = await release(dir, '1.0.1');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Something in 1.0.1');
    expect(tagsOf(dir)).toEqual(['v1', 'v1.0.0', 'v1.0.1']);
    expect(commitOf(dir, 'v1.0.1')).toBe(second);
    expect(commitOf(dir, 'v1')).toBe(second);
    expect(commitOf(dir, 'v1.0.0')).toBe(first);
  });

  it('a late fix to an older minor does not drag the major tag back', async () => {
    const dir = await repo('1.1.0');
    expect((await release(dir, '1.1.0')).code).toBe(0);
    const newest = commitOf(dir, 'v1.1.0');
    await prepareVersion(dir, '1.0.5');
    const r = await release(dir, '1.0.5');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('v1 stays where it is: v1.1.0 is newer than v1.0.5');
    expect(commitOf(dir, 'v1.0.5')).toBe(git(dir, 'rev-parse', 'HEAD'));
    expect(commitOf(dir, 'v1')).toBe(newest);
  });
});

describe('scripts/check-dist.mjs comparison', () => {
  it('names changed, missing and extra files byte for byte; nothing when equal', async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'check-dist-test-'));
    made.push(root);
    const a = path.join(root, 'fresh');
    const b = path.join(root, 'dist');
    await write(root, {
      'fresh/index.js': 'same',
      'fresh/cli.js': 'new',
      'fresh/sub/x.js': '1',
      'dist/index.js': 'same',
      'dist/cli.js': 'new ',
      'dist/old.js': 'gone',
    });
    const diff = await compareDirs(a, b);
    expect(diff).toEqual({ changed: ['cli.js'], missing: ['sub/x.js'], extra: ['old.js'] });
    expect(describeDiff(diff)).toBe(
      'dist/ is stale (differs: cli.js; missing: sub/x.js; not built any more: old.js): run `npm run build` and commit dist/',
    );
    expect(describeDiff(await compareDirs(a, a))).toBeNull();
    expect(describeDiff(await compareDirs(a, path.join(root, 'nothing-here')))).toMatch(/missing: cli\.js, index\.js, sub\/x\.js/);
  });
});
