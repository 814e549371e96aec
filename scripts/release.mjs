// Tags a release of the action:
//
//   node scripts/release.mjs X.Y.Z [--root DIR] > notes.md
//
// Refuses (exit 1, one line naming the fix) a version that is not X.Y.Z, a dirty working tree, a
// stale dist/ (the check-dist check), and a version that differs from package.json, from
// PRODUCER_VERSION in src/version.ts or from the top entry of CHANGELOG.md. Then it creates the
// annotated tag vX.Y.Z on HEAD (an existing vX.Y.Z is accepted only when it already points at
// HEAD, as when the tag was pushed first) and moves the major tag vX to HEAD, unless a higher
// vX.*.* release exists. The release notes (the CHANGELOG section) go to stdout, progress to
// stderr. Pushing the tags is left to the caller (the release workflow).
//
// The major tag is LIGHTWEIGHT: it is a moving pointer with nothing of its own to record, so it
// points straight at the commit. `git ls-remote`, the refs API and Dependabot then see the commit
// SHA users pin without peeling a tag object, and moving it creates no new object each release.
// The immutable record of a release is the annotated vX.Y.Z tag and its GitHub Release.
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDist } from './check-dist.mjs';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export class ReleaseError extends Error {}

function git(root, args) {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function tryGit(root, args) {
  try {
    return git(root, args);
  } catch {
    return null;
  }
}

/** X.Y.Z (a leading v is accepted) → its parts; anything else is refused. */
export function parseVersion(raw) {
  const m = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.exec(String(raw ?? '').trim());
  if (!m) throw new ReleaseError(`"${raw ?? ''}" is not a release version: pass X.Y.Z, e.g. node scripts/release.mjs 1.0.1`);
  return { version: `${m[1]}.${m[2]}.${m[3]}`, major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) };
}

/** The CHANGELOG's newest released entry (`## [X.Y.Z] - date`) and its text. */
export function topChangelogEntry(changelog) {
  const lines = changelog.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^## \[(\d+\.\d+\.\d+)\]/.exec(lines[i]);
    if (!m) continue;
    let end = i + 1;
    while (end < lines.length && !/^## /.test(lines[end]) && !/^\[[^\]]+\]:\s/.test(lines[end])) end++;
    return {
      version: m[1],
      heading: lines[i],
      notes: lines
        .slice(i + 1, end)
        .join('\n')
        .trim(),
    };
  }
  return null;
}

/** PRODUCER_VERSION as written in src/version.ts. */
export function producerVersion(source) {
  return /PRODUCER_VERSION\s*=\s*['"]([^'"]+)['"]/.exec(source)?.[1] ?? null;
}

async function readText(root, rel) {
  try {
    return await fs.readFile(path.join(root, rel), 'utf8');
  } catch {
    throw new ReleaseError(`${rel} is missing: the release reads the version from it`);
  }
}

/** Every place that names the version must name this one. */
export async function checkVersions(root, version) {
  const pkg = JSON.parse(await readText(root, 'package.json')).version;
  const producer = producerVersion(await readText(root, 'src/version.ts'));
  const entry = topChangelogEntry(await readText(root, 'CHANGELOG.md'));
  const wrong = [];
  if (pkg !== version) wrong.push(`package.json says ${pkg}`);
  if (producer !== version) wrong.push(`src/version.ts PRODUCER_VERSION says ${producer}`);
  if (entry?.version !== version) wrong.push(`the top CHANGELOG.md entry is ${entry ? entry.version : 'missing'}`);
  if (wrong.length)
    throw new ReleaseError(
      `version ${version} does not match (${wrong.join('; ')}): set it in package.json, src/version.ts and a "## [${version}] - date" CHANGELOG.md entry, commit, and run again`,
    );
  return entry;
}

function compareVersions(a, b) {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/**
 * Runs every check, then tags. Returns what it did; throws ReleaseError on a refusal.
 * @param {{version: string, root?: string, log?: (line: string) => void}} opts
 */
export async function release({ version: raw, root = PROJECT_ROOT, log = () => undefined }) {
  const v = parseVersion(raw);
  const tag = `v${v.version}`;
  const majorTag = `v${v.major}`;
  if (tryGit(root, ['rev-parse', '--is-inside-work-tree']) !== 'true') throw new ReleaseError(`${root} is not a git working tree`);
  const head = tryGit(root, ['rev-parse', 'HEAD']);
  if (!head) throw new ReleaseError('the repository has no commit to tag');
  const dirty = git(root, ['status', '--porcelain']);
  if (dirty)
    throw new ReleaseError(
      `the working tree is not clean (${dirty.split('\n').length} changed or untracked paths): commit or stash them, then run again`,
    );
  const entry = await checkVersions(root, v.version);
  log('checking that dist/ matches a fresh build…');
  const stale = await checkDist({ root });
  if (stale) throw new ReleaseError(stale);

  const existing = tryGit(root, ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`]);
  if (existing && existing !== head)
    throw new ReleaseError(
      `${tag} already exists on ${existing.slice(0, 7)}, not HEAD: releases are immutable, release the next version instead`,
    );
  if (!existing) {
    git(root, ['tag', '-a', tag, '-m', `intervals-mirror ${tag}`, head]);
    log(`created ${tag} (annotated) on ${head.slice(0, 7)}`);
  } else log(`${tag} already points at HEAD`);

  const higher = git(root, ['tag', '--list', `${majorTag}.*.*`])
    .split('\n')
    .filter(Boolean)
    .map((t) => {
      try {
        return parseVersion(t);
      } catch {
        return null;
      }
    })
    .filter((t) => t && t.major === v.major && compareVersions(t, v) > 0);
  let movedMajor = false;
  if (higher.length) {
    log(`${majorTag} stays where it is: v${higher[0].version} is newer than ${tag}`);
  } else {
    git(root, ['tag', '-f', majorTag, head]);
    movedMajor = true;
    log(`moved ${majorTag} (lightweight) to ${head.slice(0, 7)}`);
  }
  return { tag, majorTag, movedMajor, commit: head, notes: entry.notes };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const rootAt = args.indexOf('--root');
  const root = rootAt >= 0 ? path.resolve(args[rootAt + 1] ?? '') : PROJECT_ROOT;
  const positional = args.filter((a, i) => !a.startsWith('--') && (rootAt < 0 || i !== rootAt + 1));
  try {
    const r = await release({ version: positional[0], root, log: (line) => console.error(line) });
    console.error(
      `push with: git push origin refs/tags/${r.tag}${r.movedMajor ? ` && git push --force origin refs/tags/${r.majorTag}` : ''}`,
    );
    process.stdout.write(`${r.notes}\n`);
  } catch (e) {
    console.error(e instanceof ReleaseError ? e.message : `release failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
