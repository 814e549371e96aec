/**
 * A degraded block records why: the files keep the reference's own degradation ({"error": …},
 * null), the run returns one diagnostic per degraded block and logs one line each, and an
 * internal error (TypeError) is named as such instead of passing for bad data.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import path from 'node:path';
import { collectDiagnostics } from '../../src/derive/diagnostics.js';
import { generateRoutes } from '../../src/derive/terrain/index.js';
import { startFakeIntervals, type FakeIntervals } from '../../src/fake-intervals/server.js';
import { fakeRunSettings } from '../../src/fake-intervals/settings.js';
import { checkedSync } from '../../test-support/checked-sync.js';
import { buf, ctx, gpx, METRIC, northTrack } from '../terrain/fixtures.js';

function event(id: number, filename: string) {
  return {
    id,
    name: `E${id}`,
    start_date_local: '2025-06-12T00:00:00',
    category: 'WORKOUT',
    attachments: [{ id: `a${id}`, filename, url: `http://x/${filename}` }],
  };
}
const ok = (data: unknown) => ({ ok: true as const, data: data as Buffer, status: 200 });

describe('diagnostics of derive', () => {
  it('routes: a parse error stays the reference entry and is recorded with its path', () => {
    const events = [event(1, 'good.gpx'), event(2, 'broken.gpx')];
    const { result, diagnostics } = collectDiagnostics(() =>
      generateRoutes(ctx(), {
        events,
        previousRoutes: null,
        attachments: {
          'http://x/good.gpx': ok(buf(gpx(northTrack([{ m: 3000, grade: 2 }])))),
          'http://x/broken.gpx': ok(buf(`${gpx(northTrack([{ m: 300, grade: 0 }])).slice(0, 400)}`)),
        },
        units: METRIC,
      }),
    );
    const entries = result.routesData!.events as Array<Record<string, any>>;
    expect(entries[1].terrain_summary.error).toMatch(/^GPX parse error: /);
    expect(diagnostics).toEqual([
      { block: 'routes.events[1].terrain_summary', reason: expect.stringMatching(/^broken\.gpx: GPX parse error: /) },
    ]);
  });

  it('routes: an internal TypeError is one error entry and a diagnostic naming it, not a crash', () => {
    const { result, diagnostics } = collectDiagnostics(() =>
      generateRoutes(ctx(), {
        events: [event(3, 'odd.gpx')],
        previousRoutes: null,
        // a body that is not bytes: the parser's own code fails
        attachments: { 'http://x/odd.gpx': ok({ length: 500 }) },
        units: METRIC,
      }),
    );
    const entries = result.routesData!.events as Array<Record<string, any>>;
    expect(entries[0].terrain_summary).toEqual({ error: 'analysis failed (TypeError)' });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0].block).toBe('routes.events[0].terrain_summary');
    expect(diagnostics[0].reason).toMatch(/^internal error TypeError: /);
  });

  it('outside a collection, nothing is kept between runs', () => {
    const first = collectDiagnostics(() =>
      generateRoutes(ctx(), { events: [event(4, 'x.gpx')], previousRoutes: null, attachments: {}, units: METRIC }),
    );
    const second = collectDiagnostics(() => 1);
    expect(first.diagnostics).toHaveLength(1);
    expect(second.diagnostics).toEqual([]);
  });
});

describe('diagnostics of a run', () => {
  const AT = '2025-07-22T06:00:00';
  let server: FakeIntervals;
  beforeAll(async () => {
    server = await startFakeIntervals({ dataset: path.resolve('test-data/scenarios/edge-nulls/dataset'), now: AT });
  });
  afterAll(async () => {
    await server.close();
  });

  it("edge-nulls' failing attachments: SyncResult.diagnostics and one log line each", async () => {
    const lines: string[] = [];
    const r = await checkedSync(fakeRunSettings(server, AT, '/unused'), {
      readState: async () => null,
      nowInstantMs: Date.parse(`${AT}Z`),
      log: (l) => lines.push(l),
    });
    const routes = JSON.parse(r.files['routes.json']);
    const failed = (routes.events as Array<Record<string, any>>)
      .map((e, i) => [i, e] as const)
      .filter(([, e]) => e.terrain_summary && typeof e.terrain_summary.error === 'string');
    expect(failed.length).toBeGreaterThan(0);
    for (const [i, e] of failed) {
      const d = r.diagnostics.find((x) => x.block === `routes.events[${i}].terrain_summary`);
      expect(d?.reason).toBe(`${e.filename}: ${e.terrain_summary.error}`);
      expect(lines).toContain(`degraded ${d!.block}: ${d!.reason}`);
    }
    expect(lines.filter((l) => l.startsWith('degraded '))).toHaveLength(r.diagnostics.length);
  });
});
