/**
 * Privacy mode on the vendored scenarios (every run, state carried across runs): the anonymised
 * files hold none of the original outdoor activity names, no date of birth, location, timezone
 * or free-text notes, and no coordinate within the radius of any route's or activity's start or
 * end; the metrics are those of the default mode. The default mode passes all of it through
 * exactly as the reference does.
 */
import { describe, it, expect } from '@jest/globals';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { startFakeIntervals } from '../../src/fake-intervals/server.js';
import { fakeRunSettings } from '../../src/fake-intervals/settings.js';
import { runSync, type SyncResult } from '../../src/pipeline.js';
import { folderReader } from '../../src/snapshot/state.js';
import { writeFilesAtomically } from '../../src/publish/local.js';
import { parseWeekStart, parseZonePreference } from '../../src/config.js';
import { haversine } from '../../src/derive/terrain/analyze.js';
import { ANONYMOUS_ACTIVITY_NAME } from '../../src/derive/privacy/index.js';
import { diffJson } from '../../test-support/compare.js';

const SCENARIOS = path.resolve('test-data/scenarios');
const RADIUS = 500;
type J = Record<string, any>;

interface Run {
  plain: SyncResult;
  anon: SyncResult;
  golden: Record<string, J | null>;
  streams: Record<string, J[]>;
}

async function runBoth(name: string): Promise<{ runs: Run[]; dataset: string }> {
  const dataset = path.join(SCENARIOS, name, 'dataset');
  const scenario = JSON.parse(await fs.readFile(path.join(dataset, 'scenario.json'), 'utf8'));
  const dirs = { plain: await fs.mkdtemp(path.join(os.tmpdir(), 'priv-p-')), anon: await fs.mkdtemp(path.join(os.tmpdir(), 'priv-a-')) };
  for (const d of Object.values(dirs)) {
    for (const f of await fs.readdir(path.join(dataset, 'state')).catch(() => [] as string[]))
      await fs.copyFile(path.join(dataset, 'state', f), path.join(d, f));
  }
  const runs: Run[] = [];
  for (let i = 0; i < scenario.runs.length; i++) {
    const at: string = scenario.runs[i].at;
    const env = scenario.env ?? {};
    const over = { weekStartDay: parseWeekStart(env.WEEK_START), zonePreference: parseZonePreference(env.ZONE_PREFERENCE) };
    const out: Partial<Run> = { golden: {}, streams: {} };
    for (const mode of ['plain', 'anon'] as const) {
      const server = await startFakeIntervals({ dataset, now: at, run: i + 1 });
      try {
        const r = await runSync(fakeRunSettings(server, at, dirs[mode], { ...over, anonymize: mode === 'anon', privacyRadiusM: RADIUS }), {
          readState: folderReader(dirs[mode]),
          nowInstantMs: Date.parse(`${at}Z`),
        });
        await writeFilesAtomically(dirs[mode], r.files);
        out[mode] = r;
      } finally {
        await server.close();
      }
    }
    for (const f of ['latest.json', 'routes.json', 'intervals.json', 'history.json']) {
      const p = path.join(SCENARIOS, name, 'goldens', `run-${i + 1}`, f);
      out.golden![f] = await fs.readFile(p, 'utf8').then(JSON.parse, () => null);
    }
    runs.push(out as Run);
  }
  return { runs, dataset };
}

/** every string value in a document */
function strings(node: unknown, acc: string[] = []): string[] {
  if (typeof node === 'string') acc.push(node);
  else if (Array.isArray(node)) for (const x of node) strings(x, acc);
  else if (node && typeof node === 'object') for (const v of Object.values(node)) strings(v, acc);
  return acc;
}

/** every [lat, lon] pair published: *_coords and polyline rows */
function coords(node: unknown, acc: Array<[number, number]> = []): Array<[number, number]> {
  if (Array.isArray(node)) for (const x of node) coords(x, acc);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node as J)) {
      if (k.endsWith('coords') && Array.isArray(v)) acc.push([v[0], v[1]]);
      else if (k === 'polyline' && Array.isArray(v)) for (const row of v) acc.push([row[1], row[2]]);
      else coords(v, acc);
    }
  }
  return acc;
}

async function trackEnds(dataset: string): Promise<Array<[number, number]>> {
  const ends: Array<[number, number]> = [];
  const dir = path.join(dataset, 'streams');
  for (const f of await fs.readdir(dir)) {
    const streams = JSON.parse(await fs.readFile(path.join(dir, f), 'utf8')) as J[];
    const ll = streams.find((s) => s.type === 'latlng');
    if (!ll) continue;
    const pts = (ll.data as number[]).map((la, i) => [la, ll.data2[i]] as [number, number]).filter(([a, b]) => a !== null && b !== null);
    if (pts.length) ends.push(pts[0], pts[pts.length - 1]);
  }
  return ends;
}

const PRIVATE_PATHS = ['athlete_profile', 'athlete_notes', 'recent_activities', 'health_context'];

describe.each(['edge-nulls', 'sick-athlete'])('privacy mode on %s', (name) => {
  it('removes names, DOB, location, notes and near-endpoint coordinates; keeps the metrics', async () => {
    const { runs, dataset } = await runBoth(name);
    const activities = JSON.parse(await fs.readFile(path.join(dataset, 'activities.json'), 'utf8')) as J[];
    const athlete = JSON.parse(await fs.readFile(path.join(dataset, 'athlete.json'), 'utf8')) as J;
    const outdoorNames = new Set(
      activities.filter((a) => !a.trainer && !String(a.type).startsWith('Virtual') && a.name).map((a) => a.name as string),
    );
    outdoorNames.delete(ANONYMOUS_ACTIVITY_NAME);
    // a name that is just the sport type ("Walk") also appears as a type label, which reveals nothing
    for (const a of activities) outdoorNames.delete(String(a.type));
    expect(outdoorNames.size).toBeGreaterThan(0);
    const ends = await trackEnds(dataset);

    for (const [i, run] of runs.entries()) {
      const json = (files: Record<string, string>) => Object.entries(files).filter(([k]) => k.endsWith('.json'));
      const plain: Record<string, J> = Object.fromEntries(json(run.plain.files).map(([k, v]) => [k, JSON.parse(v)]));
      const anon: Record<string, J> = Object.fromEntries(json(run.anon.files).map(([k, v]) => [k, JSON.parse(v)]));
      // the companions (digest, charts) are made from the reduced files: no outdoor name or private field in their text
      for (const [file, text] of Object.entries(run.anon.files).filter(([k]) => !k.endsWith('.json'))) {
        const leaked = [...outdoorNames].filter((n) => text.includes(n));
        expect({ run: i + 1, file, leaked }).toEqual({ run: i + 1, file, leaked: [] });
        for (const secret of [athlete.icu_date_of_birth, athlete.timezone, athlete.country]) {
          if (secret) expect({ file, hit: text.includes(secret) }).toEqual({ file, hit: false });
        }
      }
      // the default mode passes the private fields through exactly as the reference does
      for (const p of PRIVATE_PATHS) {
        const g = run.golden['latest.json']![p];
        const diffs = diffJson(g, plain['latest.json'][p]).filter((d) => !/weather|terrain_summary\.display/.test(d.path));
        expect({ run: i + 1, p, diffs }).toEqual({ run: i + 1, p, diffs: [] });
      }
      if (run.golden['routes.json'] && plain['routes.json']) {
        expect(diffJson(run.golden['routes.json'].events, plain['routes.json'].events)).toEqual([]);
      }

      expect(Object.keys(anon).sort()).toEqual(Object.keys(plain).sort());
      for (const [file, doc] of Object.entries(anon)) {
        const all = strings(doc);
        const leaked = all.filter((s) => outdoorNames.has(s));
        expect({ run: i + 1, file, leaked }).toEqual({ run: i + 1, file, leaked: [] });
        for (const secret of [athlete.icu_date_of_birth, athlete.timezone, athlete.country]) {
          if (secret) expect({ file, hit: all.filter((s) => s.includes(secret)) }).toEqual({ file, hit: [] });
        }
        for (const [lat, lon] of coords(doc)) {
          const near = ends.find(([a, b]) => haversine(a, b, lat, lon) <= RADIUS);
          expect({ run: i + 1, file, point: [lat, lon], near: near ?? null }).toEqual({ run: i + 1, file, point: [lat, lon], near: null });
        }
      }
      const profile = anon['latest.json'].athlete_profile;
      expect(profile.date_of_birth).toBeUndefined();
      expect(profile.location).toBeUndefined();
      expect(profile.age).toBe(plain['latest.json'].athlete_profile.age);
      expect(anon['latest.json'].athlete_notes).toBeNull();
      for (const a of anon['latest.json'].recent_activities as J[]) {
        expect(a.description).toBeUndefined();
        expect(a.chat_notes).toBeUndefined();
        if (String(a.type).startsWith('Virtual')) expect(a.name).not.toBe(ANONYMOUS_ACTIVITY_NAME);
      }
      // routes: start/end zones measured on the full track of the default mode
      for (const [k, evt] of ((plain['routes.json']?.events ?? []) as J[]).entries()) {
        const full = evt.terrain_summary?.polyline as number[][] | undefined;
        if (!full?.length) continue;
        const zone = [full[0], full[full.length - 1]];
        const reduced = anon['routes.json'].events[k].terrain_summary;
        expect(reduced.polyline.length).toBeLessThan(full.length);
        for (const row of reduced.polyline) for (const z of zone) expect(haversine(z[1], z[2], row[1], row[2])).toBeGreaterThan(RADIUS);
        expect(reduced.total_distance_km).toBe(evt.terrain_summary.total_distance_km);
      }
      // derived metrics are untouched
      const strip = (d: J) => ({ ...d, calculation_timestamp: null });
      expect(strip(anon['latest.json'].derived_metrics)).toEqual(strip(plain['latest.json'].derived_metrics));
      expect(anon['latest.json'].readiness_decision).toEqual(plain['latest.json'].readiness_decision);
      expect(anon['history.json'] ?? null).toEqual(plain['history.json'] ?? null);
    }
  }, 120_000);
});
