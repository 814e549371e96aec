/**
 * "Today" is a calendar date in a timezone: by default the athlete's own Intervals.icu zone
 * (UTC when it is missing or unknown), or the zone given explicitly.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import path from 'node:path';
import { startFakeIntervals, type FakeIntervals } from '../../src/fake-intervals/server.js';
import { fakeRunSettings } from '../../src/fake-intervals/settings.js';
import { checkedSync } from '../../test-support/checked-sync.js';

const DATASET = path.resolve('test-data/scenarios/sick-athlete/dataset');
const AT = '2025-02-20T12:30:00'; // UTC: 2025-02-21 01:30 in Auckland (UTC+13), 2025-02-20 04:30 in Los Angeles (UTC-8)

let server: FakeIntervals;
beforeAll(async () => {
  server = await startFakeIntervals({ dataset: DATASET, now: AT, datasetFaults: false });
});
afterAll(async () => {
  await server.close();
});

async function syncWith(timezone: string, athleteTz: unknown) {
  server.patchAthlete({ timezone: athleteTz });
  const r = await checkedSync(fakeRunSettings(server, AT, '/unused', { timezone }), {
    readState: async () => null,
    nowInstantMs: Date.parse(`${AT}Z`),
  });
  return { r, latest: JSON.parse(r.files['latest.json']) };
}

describe('timezone', () => {
  it('defaults to the athlete zone: an athlete east of UTC is already on the next day', async () => {
    const { r, latest } = await syncWith('athlete', 'Pacific/Auckland');
    expect(r.timezone).toBe('Pacific/Auckland');
    expect(r.today).toBe('2025-02-21');
    // the "written at" stamp stays the UTC wall time, as the reference writes it on a runner
    expect(latest.metadata.last_updated).toBe(AT);
  });

  it('falls back to UTC when the athlete has no (or an unknown) zone', async () => {
    for (const tz of [null, 'Mars/Olympus_Mons']) {
      const { r } = await syncWith('athlete', tz);
      expect(r.timezone).toBe('UTC');
      expect(r.today).toBe('2025-02-20');
    }
  });

  it('an explicit zone wins over the athlete zone', async () => {
    const { r, latest } = await syncWith('America/Los_Angeles', 'Pacific/Auckland');
    expect(r.today).toBe('2025-02-20');
    expect(latest.metadata.last_updated).toBe(AT);
  });
});
