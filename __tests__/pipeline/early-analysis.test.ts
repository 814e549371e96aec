/**
 * An activity's streams are analysed as soon as they are in, while the run's other reads answer:
 * the collection hands each streams response over as it arrives (its terrain, its DFA a1), and
 * what derive builds later from the same response is what was analysed then.
 */
import { describe, it, expect, afterEach } from '@jest/globals';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { startFakeIntervals, type FakeIntervals } from '../../src/fake-intervals/server.js';
import { folderReader, readPreviousState } from '../../src/snapshot/state.js';
import { collectSnapshotParts } from '../../src/snapshot/collect.js';
import { IntervalsClient, type Outcome } from '../../src/fetch/client.js';
import { IntervalsApi } from '../../src/fetch/intervals-api.js';
import { makeContext } from '../../src/derive/context.js';
import { NaiveDateTime } from '../../src/lib/naive-time.js';
import { emptySkipped } from '../../src/fetch/schemas.js';
import { terrainOfStreams } from '../../src/derive/terrain/activity.js';
import { athleteUnits } from '../../src/derive/units.js';
import type { Dict } from '../../src/lib/py/index.js';

let server: FakeIntervals | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const SCENARIOS = ['edge-nulls', 'newcomer', 'race-week', 'sick-athlete'];
/** how late the health-events read answers */
const LATE_MS = 1500;

describe('streams analysed while the other reads answer', () => {
  it('each streams response is handed over as it arrives, before the body is complete', async () => {
    let seen = 0;
    let dfaSeen = 0;
    for (const name of SCENARIOS) {
      const dataset = path.resolve(`test-data/scenarios/${name}/dataset`);
      const scenario = JSON.parse(await fs.readFile(path.join(dataset, 'scenario.json'), 'utf8'));
      const at: string = scenario.runs[0].at;
      server = await startFakeIntervals({ dataset, now: at, datasetFaults: false });
      // one read of the body answers late: the terrain responses are in long before it
      server.addFault({
        path_regex: '^/api/v1/athlete/[^/]+/events$',
        query: { category: 'INJURED,SICK' },
        status: 200,
        body: [],
        delayMs: LATE_MS,
      });
      const api = new IntervalsApi(
        new IntervalsClient({ baseUrl: server.apiBase, apiKey: server.apiKey }),
        server.athleteId,
        emptySkipped(),
      );
      const now = Date.parse(`${at}Z`);
      const ctx = makeContext(NaiveDateTime.fromInstant(now, 'UTC'), {
        daysBack: 7,
        weekStartDay: 0,
        zonePreference: {},
        producerVersion: 'test',
        scriptHash: 'test',
        nowInstantMs: now,
      });
      const previous = await readPreviousState(folderReader(await fs.mkdtemp(path.join(os.tmpdir(), 'early-analysis-'))));
      const handed: Array<{ streams: Outcome<unknown[]>; athlete: Dict; at: number }> = [];
      const dfaHanded: Array<{ streams: Outcome<unknown[]>; at: number }> = [];
      const t0 = performance.now();
      const parts = await collectSnapshotParts(api, ctx, api.athlete(), previous, false, {
        onStreams: (use, streams, athlete) => {
          if (use === 'terrain') handed.push({ streams, athlete, at: performance.now() - t0 });
          else dfaHanded.push({ streams, at: performance.now() - t0 });
        },
      });
      expect(performance.now() - t0).toBeGreaterThanOrEqual(LATE_MS);
      await parts.messages;
      await server.close();
      server = null;

      const responses = Object.values(parts.body.terrainStreams);
      expect(handed.map((h) => h.streams)).toEqual(expect.arrayContaining(responses));
      expect(handed).toHaveLength(responses.length);
      for (const h of handed) {
        // the very response the body holds, with the athlete whose units the display uses
        expect(responses).toContain(h.streams);
        expect(h.athlete).toBe(parts.body.athlete);
        // handed over while the late read was still out, not once the body was complete
        expect(h.at).toBeLessThan(LATE_MS);
        // analysed now, the row built later from the body finds the same terrain
        const early = terrainOfStreams(h.streams, athleteUnits(h.athlete));
        expect(terrainOfStreams(h.streams, athleteUnits(parts.body.athlete))).toEqual(early);
      }
      const dfaResponses = Object.values(parts.body.intervalFetches).flatMap((f) => (f.streams ? [f.streams] : []));
      expect(dfaHanded).toHaveLength(dfaResponses.length);
      for (const h of dfaHanded) {
        expect(dfaResponses).toContain(h.streams);
        expect(h.at).toBeLessThan(LATE_MS);
      }
      seen += handed.length;
      dfaSeen += dfaHanded.length;
    }
    // the scenarios do download terrain streams (outdoor activities of the last days)
    expect(seen).toBeGreaterThan(0);
    expect(dfaSeen).toBeGreaterThan(0);
  }, 60_000);
});
