/**
 * Shared rig of the hostile-server tests: the sick-athlete dataset on the fake Intervals.icu,
 * a sync into a fresh folder, and the comparison of a hostile run with an erroring one.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import type { FakeIntervals, Fault } from '../../src/fake-intervals/server.js';
import { fakeRunSettings } from '../../src/fake-intervals/settings.js';
import type { SyncDeps, SyncResult } from '../../src/pipeline.js';
import { checkedSync } from '../../test-support/checked-sync.js';
import { folderReader } from '../../src/snapshot/state.js';
import type { Settings } from '../../src/config.js';

export const DATASET = path.resolve('test-data/scenarios/sick-athlete/dataset');
export const AT = '2025-02-20T08:00:00';
export const ATHLETE_PATH = '/api/v1/athlete/i000000';
export const MB = 1024 * 1024;

export function settingsFor(server: FakeIntervals, out: string, over: Partial<Settings> = {}): Settings {
  return fakeRunSettings(server, AT, out, over);
}

export async function freshDir(prefix: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), `${prefix}-`));
}

export function depsFor(out: string, over: Partial<SyncDeps> = {}): SyncDeps {
  return {
    readState: folderReader(out),
    nowInstantMs: Date.parse(`${AT}Z`),
    client: { backoffLimitMs: 20, timeoutMs: 1500, retries: 2 },
    ...over,
  };
}

/** One sync from an empty state with `fault` installed (and nothing else); `hit` = requests the fault matched. */
export async function syncWith(
  server: FakeIntervals,
  fault: Fault | null,
  over: Partial<SyncDeps> = {},
): Promise<SyncResult & { hit: number }> {
  server.clearFaults();
  if (fault) server.addFault(fault);
  const from = server.log.length;
  try {
    const out = await freshDir('hostile');
    const r = await checkedSync(settingsFor(server, out), depsFor(out, over));
    return { ...r, hit: fault ? server.log.slice(from).filter((l) => matches(fault, l)).length : 0 };
  } finally {
    server.clearFaults();
  }
}

/** whether a fake log line ("GET /path?query STATUS") is a request `f` applies to */
export function matches(f: Fault, line: string): boolean {
  const url = new URL(line.split(' ')[1], 'http://x');
  if (f.path && url.pathname !== f.path) return false;
  if (f.path_regex && !new RegExp(f.path_regex).test(url.pathname)) return false;
  return Object.entries(f.query ?? {}).every(([k, v]) => url.searchParams.get(k) === v);
}

/** The requests the fake saw for `pathname` since index `from` of its log. */
export function hitsOf(server: FakeIntervals, pathname: string, from = 0): string[] {
  return server.log.slice(from).filter((l) => l.split(' ')[1].split('?')[0] === pathname);
}
