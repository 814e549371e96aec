// Fails when the committed dist/ is not what the sources build to. Users run exactly the dist/ at
// the tag they pin, so a stale bundle ships old behaviour under a new version number.
//
//   node scripts/check-dist.mjs [--root DIR] [--out DIR]
//
// Builds with `<root>/scripts/build.mjs <temp dir>` and compares it with `<root>/dist` byte for
// byte. --out keeps the fresh build in DIR (CI uploads it as an artifact).
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Relative paths of the files under dir (sorted, '/' separated); [] when dir does not exist. */
async function listFiles(dir) {
  const out = [];
  async function walk(rel) {
    let entries;
    try {
      entries = await fs.readdir(path.join(dir, rel), { withFileTypes: true });
    } catch (e) {
      if (e.code === 'ENOENT' && rel === '') return;
      throw e;
    }
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(child);
      else out.push(child);
    }
  }
  await walk('');
  return out.sort();
}

/**
 * Differences between the expected (fresh) build and the committed folder.
 * @returns {Promise<{missing: string[], extra: string[], changed: string[]}>}
 */
export async function compareDirs(expectedDir, actualDir) {
  const expected = await listFiles(expectedDir);
  const actual = await listFiles(actualDir);
  const actualSet = new Set(actual);
  const expectedSet = new Set(expected);
  const changed = [];
  for (const f of expected) {
    if (!actualSet.has(f)) continue;
    const [a, b] = await Promise.all([fs.readFile(path.join(expectedDir, f)), fs.readFile(path.join(actualDir, f))]);
    if (!a.equals(b)) changed.push(f);
  }
  return {
    missing: expected.filter((f) => !actualSet.has(f)),
    extra: actual.filter((f) => !expectedSet.has(f)),
    changed,
  };
}

/** The one line for a stale dist/, or null when it is up to date. */
export function describeDiff(diff) {
  const parts = [];
  if (diff.changed.length) parts.push(`differs: ${diff.changed.join(', ')}`);
  if (diff.missing.length) parts.push(`missing: ${diff.missing.join(', ')}`);
  if (diff.extra.length) parts.push(`not built any more: ${diff.extra.join(', ')}`);
  if (!parts.length) return null;
  return `dist/ is stale (${parts.join('; ')}): run \`npm run build\` and commit dist/`;
}

/**
 * Builds root's sources into a temporary folder (or `out`) and compares them with root/dist.
 * @returns {Promise<string | null>} the failure line, or null when dist/ is current
 */
export async function checkDist({ root = PROJECT_ROOT, out } = {}) {
  const target = out ? path.resolve(out) : await fs.mkdtemp(path.join(os.tmpdir(), 'check-dist-'));
  try {
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), target], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return describeDiff(await compareDirs(target, path.join(root, 'dist')));
  } finally {
    if (!out) await fs.rm(target, { recursive: true, force: true });
  }
}

function option(args, name) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const root = path.resolve(option(args, '--root') ?? PROJECT_ROOT);
  try {
    const problem = await checkDist({ root, out: option(args, '--out') });
    if (problem) {
      console.error(problem);
      process.exit(1);
    }
    console.log('dist/ matches a fresh build');
  } catch (e) {
    console.error(`could not build dist/ to check it: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  }
}
