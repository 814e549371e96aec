/**
 * The built CLI (node dist/cli.js) against the fake Intervals.icu: every failure is one line on
 * stderr and a non-zero exit, with no stack unless --debug (or INTERVALS_MIRROR_DEBUG=1) asks for
 * it and the per-request trace; a server echoing the API key gets no window of it into stdout,
 * stderr or any written file; a stalled body cannot hold the run; a malformed api-base-url is one
 * line naming the fix.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { startFakeIntervals, type FakeIntervals, type Fault } from '../../src/fake-intervals/server.js';
import { BEST_EFFORT_ECHOES, CORE_ECHOES, KEY, leakedWindows } from '../fetch/echoing-server.js';
import { validateFolder } from '../../test-support/validate.js';

const CLI = path.resolve('dist', 'cli.js');
const DATASET = path.resolve('test-data/scenarios/sick-athlete/dataset');
const AT = '2025-02-20T08:00:00';

let server: FakeIntervals;
beforeAll(async () => {
  server = await startFakeIntervals({ dataset: DATASET, now: AT, datasetFaults: false, apiKey: KEY });
});
afterAll(async () => {
  await server.close();
});

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
  files: string;
  ms: number;
}

async function readAll(dir: string): Promise<string> {
  const parts: string[] = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    parts.push(e.isDirectory() ? await readAll(p) : await fs.readFile(p, 'utf8'));
  }
  return parts.join('\n');
}

function cli(args: string[], env: Record<string, string> = {}, out?: string): Promise<Ran> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
      async (err, stdout, stderr) => {
        const code = err ? ((err as { code?: number }).code ?? -1) : 0;
        resolve({ code, stdout, stderr, files: out ? await readAll(out) : '', ms: Date.now() - t0 });
      },
    );
  });
}

async function sync(faults: Fault[], extra: string[] = [], env: Record<string, string> = {}): Promise<Ran> {
  server.clearFaults();
  for (const f of faults) server.addFault(f);
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'cli-'));
  try {
    const ran = await cli(
      [
        'sync',
        '--athlete-id',
        server.athleteId,
        '--api-base-url',
        server.apiBase,
        '--out',
        out,
        '--now',
        AT,
        '--timezone',
        'UTC',
        ...extra,
      ],
      { INTERVALS_KEY: KEY, ...env },
      out,
    );
    // whatever a run leaves in its folder (a failed run: nothing) satisfies the strict contract
    expect(await validateFolder(out, { strict: true })).toEqual([]);
    return ran;
  } finally {
    server.clearFaults();
  }
}

const STACK = /^\s+at .+:\d+:\d+\)?$/m;

function expectOneLineFailure(r: Ran, code: number, pattern: RegExp) {
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code, stderr: expect.stringMatching(pattern) });
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(STACK);
}

describe('built CLI: failures', () => {
  it('a core failure is one line on stderr, exit 2, no stack', async () => {
    const r = await sync([{ path: '/api/v1/athlete/i000000/events', status: 500 }], [], { INTERVALS_MIRROR_TIMEOUT_MS: '5000' });
    expectOneLineFailure(r, 2, /^intervals-mirror: GET \/athlete\/\{id\}\/events: HTTP 500 — .*nothing was written/);
    expect(r.files).toBe('');
    // --debug: the same line, then the trace of every request and the stack
    const d = await sync([{ path: '/api/v1/athlete/i000000/events', status: 500 }], ['--debug'], { INTERVALS_MIRROR_TIMEOUT_MS: '5000' });
    expect(d.code).toBe(2);
    expect(d.stderr).toMatch(/^intervals: GET \/athlete\/\{id\}\/events → 500, \d+ ms, 0 bytes \(retry 3\)$/m);
    expect(d.stderr).toMatch(/^intervals-mirror: GET \/athlete\/\{id\}\/events: HTTP 500 — /m);
    expect(d.stderr).toMatch(STACK);
  });

  it('an unexpected failure is one line too (exit 1), pointing at --debug; --debug adds the stack', async () => {
    const notADir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'cli-')), 'file');
    await fs.writeFile(notADir, 'x');
    const args = [
      'sync',
      '--athlete-id',
      server.athleteId,
      '--api-base-url',
      server.apiBase,
      '--out',
      notADir,
      '--now',
      AT,
      '--timezone',
      'UTC',
    ];
    const r = await cli(args, { INTERVALS_KEY: KEY });
    expectOneLineFailure(r, 1, /^intervals-mirror: unexpected error: .*\(run with --debug for details\)\n$/);
    const d = await cli([...args, '--debug'], { INTERVALS_KEY: KEY });
    expect(d.code).toBe(1);
    const [first, ...stack] = d.stderr.trimEnd().split('\n');
    expect(first).toMatch(/^intervals-mirror: unexpected error: ENOTDIR/);
    expect(stack[0]).toMatch(/^Error: ENOTDIR/);
  });

  it('an unknown option or a missing command is one usage line, exit 2', async () => {
    for (const args of [['sync', '--bogus'], ['sync', '--days'], ['frobnicate'], []]) {
      const r = await cli(args, { INTERVALS_KEY: KEY });
      expectOneLineFailure(r, 2, /^intervals-mirror: .*usage: intervals-mirror sync --athlete-id ID/);
    }
  });

  it.each([
    ['not a URL', 'intervals.icu/api/v1', /api-base-url must be an absolute http\(s\) URL/],
    ['another scheme', 'ftp://intervals.icu/api/v1', /got a ftp: URL/],
    ['credentials', 'https://me:s3cretpw@intervals.icu/api/v1', /without user:password@/],
    ['a query', 'https://intervals.icu/api/v1?athlete=1', /without a query/],
    ['a fragment', 'https://intervals.icu/api/v1#x', /without a query \(\?…\) or fragment/],
  ])('--api-base-url with %s is one line naming the fix (and never echoes credentials)', async (_n, url, pattern) => {
    const r = await cli(['sync', '--athlete-id', 'i1', '--api-base-url', url], { INTERVALS_KEY: KEY });
    expectOneLineFailure(r, 2, pattern);
    expect(r.stderr).not.toContain('s3cretpw');
  });

  it('a key given on the command line is redacted even from a usage error', async () => {
    const r = await cli(['sync', '--athlete-id', 'i1', '--api-key', KEY, '--api-base-url', `not-a-url-${KEY}`]);
    expectOneLineFailure(r, 2, /api-base-url must be/);
    expect(leakedWindows(r.stderr)).toEqual([]);
  });
});

describe('built CLI: the key never leaves', () => {
  it('a server echoing it on best-effort endpoints: the sync succeeds, no window of it in stdout, stderr (with --debug) or files', async () => {
    const r = await sync(BEST_EFFORT_ECHOES, ['--debug']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^wrote .*latest\.json/m);
    expect(r.stderr).toMatch(/intervals: GET \/activity\/\{id\}\/messages → 403/);
    expect({ stdout: leakedWindows(r.stdout), stderr: leakedWindows(r.stderr), files: leakedWindows(r.files) }).toEqual({
      stdout: [],
      stderr: [],
      files: [],
    });
  });

  it.each(CORE_ECHOES)('a server echoing it on a core endpoint (%s): one line, no window of it anywhere', async (_n, fault) => {
    for (const extra of [[], ['--debug']]) {
      const r = await sync([fault], extra, { INTERVALS_MIRROR_TIMEOUT_MS: '5000' });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^intervals-mirror: .*GET \/athlete\/\{id\}/m);
      if (extra.length === 0) expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect({ stdout: leakedWindows(r.stdout), stderr: leakedWindows(r.stderr), files: leakedWindows(r.files) }).toEqual({
        stdout: [],
        stderr: [],
        files: [],
      });
    }
  });
});

describe('built CLI: deadlines and trace', () => {
  it('a core read whose body stalls ends the run with one line in bounded time', async () => {
    const stall: Fault = { path: '/api/v1/athlete/i000000', status: 200, body: { id: 'i000000' }, stallAfterBytes: 3 };
    const r = await sync([stall], [], { INTERVALS_MIRROR_TIMEOUT_MS: '700' });
    expectOneLineFailure(r, 2, /^intervals-mirror: GET \/athlete\/\{id\}: timed out after 700 ms — /);
    expect(r.ms).toBeLessThan(30_000);
  });

  it('a best-effort read whose body stalls does not stop the sync', async () => {
    const stall: Fault = { path: '/api/v1/athlete/i000000/power-curves', status: 200, body: {}, stallAfterBytes: 1 };
    const r = await sync([stall], [], { INTERVALS_MIRROR_TIMEOUT_MS: '3000' });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('INTERVALS_MIRROR_DEBUG=1 prints one trace line per request: endpoint, status, ms, bytes; never a query or header', async () => {
    const r = await sync([], [], { INTERVALS_MIRROR_DEBUG: '1' });
    expect(r.code).toBe(0);
    const trace = r.stderr.trimEnd().split('\n');
    const requests = Number(/\((\d+) requests\)/.exec(r.stdout)?.[1]);
    expect(trace).toHaveLength(requests);
    for (const line of trace) expect(line).toMatch(/^intervals: GET (\/[^?\s]*(\?intervals=true)?|attachment) → \d{3}, \d+ ms, \d+ bytes$/);
    expect(r.stderr).not.toMatch(/oldest=|Authorization|Basic /i);
    const plain = await sync([]);
    expect(plain.stderr).toBe('');
  });
});
