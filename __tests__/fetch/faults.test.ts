/**
 * Fault handling over real HTTP against the project's fake Intervals.icu server: every failing
 * case gives one line naming the fix and leaves the previous output files byte-identical; the
 * recoverable ones (429 with Retry-After, a passing 500) end in a complete sync.
 */
import { describe, it, expect, beforeAll, afterAll, beforeEach } from '@jest/globals';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { startFakeIntervals, type FakeIntervals } from '../../src/fake-intervals/server.js';
import { fakeRunSettings } from '../../src/fake-intervals/settings.js';
import { SyncError, type SyncDeps } from '../../src/pipeline.js';
import { checkedSync } from '../../test-support/checked-sync.js';
import { folderReader } from '../../src/snapshot/state.js';
import { writeFilesAtomically } from '../../src/publish/local.js';
import type { Settings } from '../../src/config.js';

const DATASET = path.resolve('test-data/scenarios/sick-athlete/dataset');
const AT = '2025-02-20T08:00:00';
const ATHLETE_PATH = '/api/v1/athlete/i000000';

let server: FakeIntervals;
let out: string;
let before: Record<string, string>;

function settings(over: Partial<Settings> = {}): Settings {
  // the five data files only: the dashboard charts are covered in __tests__/charts
  return fakeRunSettings(server, AT, out, { charts: false, ...over });
}

const deps = (over: Partial<SyncDeps> = {}): SyncDeps => ({
  readState: folderReader(out),
  nowInstantMs: Date.parse(`${AT}Z`),
  client: { backoffLimitMs: 50, timeoutMs: 2000, retries: 3 },
  ...over,
});

/** The pipeline as the CLI runs it: sync, then the atomic write. */
async function syncAndWrite(s: Settings, d: SyncDeps) {
  const r = await checkedSync(s, d);
  await writeFilesAtomically(out, r.files);
  return r;
}

async function snapshotFolder(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const f of await fs.readdir(out)) files[f] = await fs.readFile(path.join(out, f), 'utf8');
  return files;
}

async function expectFailureLeavesFilesUntouched(pattern: RegExp, s = settings(), d = deps()) {
  await expect(syncAndWrite(s, d)).rejects.toThrow(pattern);
  await expect(syncAndWrite(s, d).catch((e) => e)).resolves.toBeInstanceOf(SyncError);
  expect(await snapshotFolder()).toEqual(before);
}

beforeAll(async () => {
  server = await startFakeIntervals({ dataset: DATASET, now: AT, datasetFaults: false });
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  server.clearFaults();
  out = await fs.mkdtemp(path.join(os.tmpdir(), 'faults-'));
  // a previous successful run's files
  await syncAndWrite(settings(), deps());
  before = await snapshotFolder();
  expect(Object.keys(before).sort()).toEqual([
    'ftp_history.json',
    'history.json',
    'intervals.json',
    'latest.json',
    'latest.md',
    'mirror.json',
    'routes.json',
  ]);
});

describe('Intervals.icu faults', () => {
  it('401 names the api-key input and the INTERVALS_KEY secret', async () => {
    await expectFailureLeavesFilesUntouched(/api-key input.*INTERVALS_KEY/, settings({ apiKey: 'wrong-key' }));
  });

  it('403 names the api-key and athlete-id inputs', async () => {
    server.addFault({ path: ATHLETE_PATH, status: 403 });
    await expectFailureLeavesFilesUntouched(/HTTP 403.*api-key input.*athlete-id/);
  });

  it('404 on the athlete names the athlete-id input', async () => {
    server.addFault({ path: ATHLETE_PATH, status: 404 });
    await expectFailureLeavesFilesUntouched(/no athlete "i000000".*athlete-id input/);
  });

  it('429 with Retry-After in seconds is honoured, then the sync succeeds', async () => {
    server.addFault({ path: ATHLETE_PATH, status: 429, headers: { 'Retry-After': '1' }, times: 1 });
    const t0 = Date.now();
    const r = await syncAndWrite(settings(), deps());
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    expect(r.files['latest.json']).toContain('"athlete_profile"');
    expect(
      server.log
        .filter((l) => l.startsWith(`GET ${ATHLETE_PATH} `))
        .slice(-2)
        .map((l) => l.split(' ')[2]),
    ).toEqual(['429', '200']);
  });

  it('429 with Retry-After as an HTTP-date is honoured', async () => {
    const when = new Date(Date.now() + 2000).toUTCString();
    server.addFault({ path: ATHLETE_PATH, status: 429, headers: { 'Retry-After': when }, times: 1 });
    const t0 = Date.now();
    await syncAndWrite(settings(), deps());
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
  });

  it('429 asking for longer than a run can wait fails at once with the reason', async () => {
    server.addFault({ path: `${ATHLETE_PATH}/events`, status: 429, headers: { 'Retry-After': '3600' } });
    const t0 = Date.now();
    await expectFailureLeavesFilesUntouched(/rate limit \(HTTP 429.*retry after 3600/);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('500 then success is retried', async () => {
    server.addFault({ path: `${ATHLETE_PATH}/activities`, status: 500, times: 2 });
    const r = await syncAndWrite(settings(), deps());
    expect(JSON.parse(r.files['latest.json']).summary.total_activities).toBeGreaterThan(0);
  });

  it('500 forever fails after bounded retries with a clear message', async () => {
    server.addFault({ path: `${ATHLETE_PATH}/wellness`, status: 500 });
    await expectFailureLeavesFilesUntouched(/wellness: HTTP 500.*nothing was written/);
    const wellnessCalls = server.log.filter((l) => l.includes('/wellness?') && l.endsWith(' 500'));
    // per run: the 7-day and 28-day lists at most 1 + 3 retries each, the best-effort yesterday read once
    expect(wellnessCalls.length).toBeLessThanOrEqual(2 * (2 * 4 + 1));
    expect(wellnessCalls.length).toBeGreaterThan(2 * 3);
  });

  it('malformed JSON names the endpoint', async () => {
    server.addFault({ path: ATHLETE_PATH, status: 200, rawBody: '{"id": "i000000", ' });
    await expectFailureLeavesFilesUntouched(/GET \/athlete\/\{id\}: Intervals.icu answered with malformed JSON/);
  });

  it('a response that never comes times out', async () => {
    server.addFault({ path: `${ATHLETE_PATH}/events`, status: 200, body: [], delayMs: 1500 });
    await expectFailureLeavesFilesUntouched(
      /events: timed out after 300 ms/,
      settings(),
      deps({ client: { timeoutMs: 300, retries: 1, backoffLimitMs: 50 } }),
    );
  });

  it('present-but-null sportSettings, types and sportInfo are accepted', async () => {
    server.patchAthlete({ sportSettings: null });
    try {
      let r = await checkedSync(settings(), deps());
      let latest = JSON.parse(r.files['latest.json']);
      expect(latest.current_status.thresholds.sports).toEqual({});
      server.patchAthlete({
        sportSettings: [
          { types: null, ftp: 250 },
          { types: ['Run'], lthr: 170 },
        ],
      });
      r = await checkedSync(settings(), deps());
      latest = JSON.parse(r.files['latest.json']);
      expect(Object.keys(latest.current_status.thresholds.sports)).toEqual(['run']);
    } finally {
      server.patchAthlete({ sportSettings: JSON.parse(await fs.readFile(path.join(DATASET, 'athlete.json'), 'utf8')).sportSettings });
    }
    const today = JSON.parse(await fs.readFile(path.join(DATASET, 'wellness.json'), 'utf8')).find(
      (w: { id: string }) => w.id === '2025-02-20',
    );
    server.addFault({ path: `${ATHLETE_PATH}/wellness/2025-02-20`, status: 200, body: { ...today, _rig: undefined, sportInfo: null } });
    const r = await checkedSync(settings(), deps());
    const dm = JSON.parse(r.files['latest.json']).derived_metrics;
    expect(dm.power_model_source).toBe('unavailable');
    expect(dm.eftp).toBeNull();
  });

  it('an unusable activity row is skipped and counted, not fatal (Strava stub)', async () => {
    const lines: string[] = [];
    const list = JSON.parse(await fs.readFile(path.join(DATASET, 'activities.json'), 'utf8'));
    const recent = list.filter(
      (a: { start_date_local: string }) => a.start_date_local >= '2025-01-24' && a.start_date_local <= '2025-02-20T23',
    );
    const stub = {
      id: '123',
      icu_athlete_id: 'i000000',
      start_date_local: '2025-02-19T07:00:00',
      source: 'STRAVA',
      _note: 'STRAVA activities are not available via the API',
    };
    server.addFault({
      path: `${ATHLETE_PATH}/activities`,
      status: 200,
      body: [stub, ...recent.map((a: Record<string, unknown>) => ({ ...a, _rig: undefined }))],
    });
    const r = await checkedSync(settings(), deps({ log: (l) => lines.push(l) }));
    expect(r.skippedRows.stravaStubs).toBe(1);
    expect(lines.join('\n')).toMatch(/skipped 1 Strava-sourced stub/);
  });
});
