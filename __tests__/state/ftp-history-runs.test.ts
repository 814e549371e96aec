/**
 * ftp_history.json accumulates: over many runs with FTPs going up, down, unchanged, missing and
 * indoor-only, no entry a previous run wrote is ever lost, and only today's entry may change.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import path from 'node:path';
import os from 'node:os';
import { promises as fs } from 'node:fs';
import { startFakeIntervals, type FakeIntervals } from '../../src/fake-intervals/server.js';
import { fakeRunSettings } from '../../src/fake-intervals/settings.js';
import { checkedSync } from '../../test-support/checked-sync.js';
import { folderReader } from '../../src/snapshot/state.js';
import { writeFilesAtomically } from '../../src/publish/local.js';

const DATASET = path.resolve('test-data/scenarios/sick-athlete/dataset');
const START = Date.parse('2025-02-20T08:00:00Z');
const DAY = 86_400_000;

type Series = Record<string, number>;
type Ftp = { indoor: Series; outdoor: Series };

let server: FakeIntervals;
let athlete: Record<string, any>;
beforeAll(async () => {
  athlete = JSON.parse(await fs.readFile(path.join(DATASET, 'athlete.json'), 'utf8'));
  server = await startFakeIntervals({ dataset: DATASET, datasetFaults: false });
});
afterAll(async () => {
  await server.close();
});

function cyclingSettings(ftp: number | null, indoor: number | null) {
  return athlete.sportSettings.map((s: Record<string, unknown>) =>
    (s.types as string[]).includes('Ride') ? { ...s, ftp, indoor_ftp: indoor } : s,
  );
}

describe('ftp_history.json over many runs', () => {
  it('keeps every entry a previous run wrote', async () => {
    const out = await fs.mkdtemp(path.join(os.tmpdir(), 'ftp-runs-'));
    await fs.copyFile(path.join(DATASET, 'state', 'ftp_history.json'), path.join(out, 'ftp_history.json'));
    // [day offset, hour, outdoor, indoor]: up, same, down, missing, indoor only, back, two runs a day
    const plan: Array<[number, number, number | null, number | null]> = [
      [0, 8, 255, 240],
      [1, 8, 255, 240],
      [2, 8, 248, 236],
      [3, 8, null, null],
      [5, 8, null, 245],
      [6, 8, 260, 0],
      [6, 20, 262, 250],
      [9, 8, 250, 240],
      [12, 8, 250, 240],
      [40, 8, 270, 255],
    ];
    let previous: Ftp = JSON.parse(await fs.readFile(path.join(out, 'ftp_history.json'), 'utf8'));
    for (const [day, hour, outdoor, indoor] of plan) {
      const instant = START + day * DAY + (hour - 8) * 3_600_000;
      const at = new Date(instant).toISOString().slice(0, 19);
      server.setNow(at);
      server.patchAthlete({ sportSettings: cyclingSettings(outdoor, indoor) });
      const r = await checkedSync(fakeRunSettings(server, at, out), { readState: folderReader(out), nowInstantMs: instant });
      await writeFilesAtomically(out, r.files);
      const now: Ftp = JSON.parse(await fs.readFile(path.join(out, 'ftp_history.json'), 'utf8'));
      for (const kind of ['indoor', 'outdoor'] as const) {
        for (const [date, ftp] of Object.entries(previous[kind])) {
          expect({ run: at, kind, date, present: date in now[kind] }).toEqual({ run: at, kind, date, present: true });
          // only today's entry may be replaced (a second change on the same day)
          if (date < r.today) expect({ run: at, kind, date, ftp: now[kind][date] }).toEqual({ run: at, kind, date, ftp });
        }
      }
      // a changed FTP is recorded under today
      if (outdoor) expect(now.outdoor[r.today] ?? Object.values(now.outdoor).at(-1)).toBe(outdoor);
      previous = now;
    }
    expect(Object.keys(previous.outdoor).length).toBeGreaterThanOrEqual(6);
    expect(previous.indoor['2024-10-01']).toBe(240);
  }, 120_000);
});
