/**
 * Section 11's protocol files (SECTION_11.md, the report templates…) kept current in the data
 * repository, so an AI reading the repository reads the protocol the data was made for.
 *
 * Section 11 publishes manifest.json: { files: { "<path>": { hash: "<sha256 of the bytes>",
 * description? } } }. Each run reads it, compares the hash of every mirrored file with the copy in
 * the repository, downloads only the files whose hash differs, and accepts a download only when
 * its own SHA-256 equals the manifest's (anything else is refused and the old copy kept).
 *
 * Where the files come from: `baseUrl`, by default the folder of the manifest URL (the manifest
 * sits at the root of the repository it describes, so `<base>/<path>` is each file's raw URL).
 *
 * The manifest is kept beside the mirrored files (`<dir>manifest.json`, as Section 11's local
 * sync keeps it). The next run compares against it to tell which files Section 11 changed that
 * this repository does not mirror (`notMirrored`, for the update notice); on the first run there
 * is nothing to compare with and that list is empty.
 *
 * Bounded: http(s) only, a timeout per request, a size cap per response, at most a few same-origin
 * redirects (never to another origin). Nothing here fails the sync: every problem is one warning
 * and the files in place stay as they are.
 */
import { createHash } from 'node:crypto';
import { ConfigError } from '../config.js';

export const DEFAULT_MANIFEST_URL = 'https://raw.githubusercontent.com/CrankAddict/section-11/main/manifest.json';
export const DEFAULT_PROTOCOL_DIR = 'section-11/';
export const MANIFEST_COPY = 'manifest.json';

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

export interface ProtocolSyncOptions {
  manifestUrl: string;
  /** paths inside the Section 11 repository, e.g. SECTION_11.md */
  files: string[];
  /** where `<path>` is downloaded from; default: the manifest URL's folder */
  baseUrl?: string;
  /** folder in the data repository, e.g. "section-11/" */
  dir: string;
  /** the text of a repository file (path from the repository root), or null when absent */
  readExisting: (repoPath: string) => Promise<string | null>;
  fetch?: FetchLike;
  timeoutMs?: number;
  maxManifestBytes?: number;
  maxFileBytes?: number;
  warn?: (line: string) => void;
}

export interface ProtocolSyncResult {
  /** repository path → text to commit (changed files and the manifest copy when it changed) */
  files: Record<string, string>;
  updated: string[];
  unchanged: string[];
  refused: string[];
  notMirrored: string[];
  warnings: string[];
}

const SAFE_PATH = /^[A-Za-z0-9_][A-Za-z0-9._-]*(\/[A-Za-z0-9_][A-Za-z0-9._-]*)*$/;
const SHA256 = /^[0-9a-f]{64}$/;
const MAX_REDIRECTS = 3;

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256')
    .update(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes)
    .digest('hex');
}

/** A path that stays inside the folder it is joined to (no "..", no absolute path, no hidden part). */
export function isSafeProtocolPath(p: string): boolean {
  return SAFE_PATH.test(p) && !p.split('/').some((part) => part === '..' || part === '.');
}

/** The inputs `protocol-files`, `protocol-dir`, `protocol-base-url`, `protocol-manifest-url`, validated. */
export function parseProtocolInputs(raw: { files?: string; dir?: string; baseUrl?: string; manifestUrl?: string }): {
  files: string[];
  dir: string;
  baseUrl: string | undefined;
  manifestUrl: string;
} {
  const files = [
    ...new Set(
      (raw.files ?? '')
        .split(/[,\n]/)
        .map((f) => f.trim())
        .filter(Boolean),
    ),
  ];
  for (const f of files) {
    if (!isSafeProtocolPath(f))
      throw new ConfigError(`protocol-files: "${f}" must be a path inside the Section 11 repository, e.g. SECTION_11.md`);
  }
  let dir = (raw.dir ?? '').trim() || DEFAULT_PROTOCOL_DIR;
  dir = dir.replace(/^\.\/+/, '').replace(/\/*$/, '/');
  if (dir !== '/' && !isSafeProtocolPath(dir.slice(0, -1))) {
    throw new ConfigError(`protocol-dir: "${raw.dir}" must be a folder inside the repository, e.g. section-11/`);
  }
  if (dir === '/') dir = '';
  const manifestUrl = (raw.manifestUrl ?? '').trim() || DEFAULT_MANIFEST_URL;
  const baseUrl = (raw.baseUrl ?? '').trim() || undefined;
  for (const [name, u] of [
    ['protocol-manifest-url', manifestUrl],
    ['protocol-base-url', baseUrl],
  ] as const) {
    if (u !== undefined && !isHttpUrl(u)) throw new ConfigError(`${name}: "${u}" must be an http(s) URL`);
  }
  return { files, dir, baseUrl, manifestUrl };
}

function isHttpUrl(u: string): boolean {
  try {
    const p = new URL(u).protocol;
    return p === 'https:' || p === 'http:';
  } catch {
    return false;
  }
}

/** The folder of the manifest URL, with a trailing slash. */
export function baseUrlOf(manifestUrl: string): string {
  const u = new URL(manifestUrl);
  u.search = '';
  u.hash = '';
  u.pathname = u.pathname.replace(/[^/]*$/, '');
  return u.toString();
}

class FetchProblem extends Error {}

/** An abort by the timeout signal (a DOMException, which may come from another realm). */
function isTimeout(e: unknown): boolean {
  const name = (e as { name?: unknown } | null)?.name;
  return name === 'TimeoutError' || name === 'AbortError';
}

function messageOf(e: unknown): string {
  return e instanceof FetchProblem || e instanceof Error ? e.message : String((e as { message?: unknown } | null)?.message ?? e);
}

/** GET with a timeout, a size cap and same-origin redirects only; the body's bytes. */
async function boundedGet(fetchFn: FetchLike, url: string, timeoutMs: number, maxBytes: number): Promise<Uint8Array> {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (!isHttpUrl(current)) throw new FetchProblem(`${current} is not an http(s) URL`);
    let res: Response;
    try {
      res = await fetchFn(current, { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    } catch (e) {
      throw new FetchProblem(isTimeout(e) ? `no answer within ${timeoutMs} ms` : `unreachable (${messageOf(e)})`);
    }
    if (res.status >= 300 && res.status < 400) {
      await res.body?.cancel();
      const location = res.headers.get('location');
      if (!location) throw new FetchProblem(`HTTP ${res.status} without a Location`);
      const next = new URL(location, current);
      if (next.origin !== new URL(current).origin) throw new FetchProblem(`redirected to another origin (${next.origin}), not followed`);
      current = next.toString();
      continue;
    }
    if (res.status !== 200) {
      await res.body?.cancel();
      throw new FetchProblem(`HTTP ${res.status}`);
    }
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      await res.body?.cancel();
      throw new FetchProblem(`larger than ${maxBytes} bytes`);
    }
    return readCapped(res, maxBytes, timeoutMs);
  }
  throw new FetchProblem(`more than ${MAX_REDIRECTS} redirects`);
}

async function readCapped(res: Response, maxBytes: number, timeoutMs: number): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw new FetchProblem(`larger than ${maxBytes} bytes`);
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof FetchProblem) throw e;
    throw new FetchProblem(isTimeout(e) ? `no complete answer within ${timeoutMs} ms` : `read failed (${messageOf(e)})`);
  }
  return Buffer.concat(chunks);
}

/** Text only when the bytes are valid UTF-8 (kept byte for byte, BOM included). */
function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

type Manifest = Record<string, string>;

/** path → hash of a manifest text; null when it is not the manifest's shape. */
function parseManifest(text: string): Manifest | null {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  const files = (v as { files?: unknown } | null)?.files;
  if (files === null || typeof files !== 'object' || Array.isArray(files)) return null;
  const out: Manifest = {};
  for (const [p, info] of Object.entries(files as Record<string, unknown>)) {
    const hash = (info as { hash?: unknown } | null)?.hash;
    if (typeof hash === 'string' && SHA256.test(hash.toLowerCase())) out[p] = hash.toLowerCase();
  }
  return Object.keys(out).length ? out : null;
}

export async function syncProtocolFiles(opts: ProtocolSyncOptions): Promise<ProtocolSyncResult> {
  const result: ProtocolSyncResult = { files: {}, updated: [], unchanged: [], refused: [], notMirrored: [], warnings: [] };
  const warn = (line: string) => {
    result.warnings.push(line);
    opts.warn?.(line);
  };
  const wanted = [...new Set(opts.files)];
  if (!wanted.length) return result;
  const fetchFn = opts.fetch ?? ((u, i) => fetch(u, i));
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const dir = opts.dir && !opts.dir.endsWith('/') ? `${opts.dir}/` : opts.dir;

  let manifestText: string | null = null;
  let manifest: Manifest | null = null;
  try {
    manifestText = utf8(await boundedGet(fetchFn, opts.manifestUrl, timeoutMs, opts.maxManifestBytes ?? 1024 * 1024));
    manifest = manifestText === null ? null : parseManifest(manifestText);
    if (!manifest) throw new FetchProblem('not a Section 11 manifest (no files with a SHA-256 hash)');
  } catch (e) {
    const why = messageOf(e);
    warn(
      `Section 11 protocol files not checked: the manifest ${opts.manifestUrl} could not be read (${why}); the files in place are kept, the next run tries again`,
    );
    return result;
  }

  let base: string;
  try {
    base = opts.baseUrl ? opts.baseUrl.replace(/\/*$/, '/') : baseUrlOf(opts.manifestUrl);
  } catch {
    warn(`Section 11 protocol files not updated: the base URL of ${opts.manifestUrl} is not a URL`);
    return result;
  }

  for (const file of wanted) {
    if (!isSafeProtocolPath(file)) {
      result.refused.push(file);
      warn(`Section 11 file "${file}" refused: not a plain path inside the Section 11 repository (fix protocol-files)`);
      continue;
    }
    const expected = manifest[file];
    if (!expected) {
      result.refused.push(file);
      warn(`Section 11 file "${file}" is not in the manifest: check the name in protocol-files (e.g. SECTION_11.md)`);
      continue;
    }
    const existing = await opts.readExisting(`${dir}${file}`);
    if (existing !== null && sha256Hex(existing) === expected) {
      result.unchanged.push(file);
      continue;
    }
    const url = new URL(file.split('/').map(encodeURIComponent).join('/'), base).toString();
    try {
      const bytes = await boundedGet(fetchFn, url, timeoutMs, opts.maxFileBytes ?? 5 * 1024 * 1024);
      const got = sha256Hex(bytes);
      if (got !== expected)
        throw new FetchProblem(`its SHA-256 ${got.slice(0, 12)}… differs from the manifest's ${expected.slice(0, 12)}…`);
      const text = utf8(bytes);
      if (text === null) throw new FetchProblem('not UTF-8 text');
      result.files[`${dir}${file}`] = text;
      result.updated.push(file);
    } catch (e) {
      result.refused.push(file);
      const why = messageOf(e);
      warn(
        `Section 11 file "${file}" not updated from ${url}: ${why}; ${existing === null ? 'it stays absent' : 'the copy in place is kept'}`,
      );
    }
  }

  const copyPath = `${dir}${MANIFEST_COPY}`;
  const previousText = await opts.readExisting(copyPath);
  const previous = previousText === null ? null : parseManifest(previousText);
  if (previous) {
    const mirrored = new Set(wanted);
    result.notMirrored = Object.keys(manifest)
      .filter((p) => !mirrored.has(p) && previous[p] !== manifest[p])
      .sort();
  }
  if (previousText !== manifestText) result.files[copyPath] = manifestText!;
  return result;
}
