/**
 * The dashboard through the real pipeline and the real publishing paths: the sync writes the
 * charts from its own latest.json and history.json (the previous history.json when it is not
 * rebuilt); the data commit (fake GitHub over HTTP, real Octokit) carries the charts and the
 * README section, and a change of the charts alone never makes a commit.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFakeIntervals } from '../../src/fake-intervals/server.js';
import { fakeRunSettings } from '../../src/fake-intervals/settings.js';
import { loads } from '../../src/lib/py/json.js';
import type { Dict } from '../../src/lib/py/index.js';
import { checkedSync } from '../../test-support/checked-sync.js';
import { commitOutputs } from '../../src/publish/github/commit.js';
import { publishToWorkspace } from '../../src/publish/workspace.js';
import { CHART_FILES, renderCharts } from '../../src/render/charts/index.js';
import { runScenario } from '../../test-support/scenario.js';
import { goldenOutputs, noSleep, restamped, startRig, type Rig } from '../publish/helpers.js';
import { goldenPair } from './svg-reader.js';

const T1 = Date.parse('2025-02-20T08:00:00Z');
const T2 = Date.parse('2025-02-20T08:15:00Z');

describe('the sync writes the charts', () => {
  it('from this run’s files, and from the previous history.json on a run that does not rebuild it', async () => {
    const runs = await runScenario('edge-nulls');
    expect(runs).toHaveLength(2);
    const [first, second] = runs;
    expect(first.result.historyGenerated).toBe(true);
    expect(second.result.historyGenerated).toBe(false);
    const history1 = loads(first.result.files['history.json']) as Dict;
    for (const r of runs) {
      const files = r.result.files;
      const latest = loads(files['latest.json']) as Dict;
      const expected = renderCharts(latest, history1);
      for (const name of Object.values(CHART_FILES)) expect(files[name]).toBe(expected[name]);
    }
    expect(second.result.files['history.json']).toBeUndefined();
    expect(second.result.files[CHART_FILES.fitness]).toContain('data-series="ctl"');
  });

  it('writes no chart with charts off', async () => {
    const dataset = path.resolve('test-data/scenarios/sick-athlete/dataset');
    const at = '2025-02-20T08:00:00';
    const server = await startFakeIntervals({ dataset, now: at, datasetFaults: false });
    try {
      const r = await checkedSync(fakeRunSettings(server, at, '/nonexistent', { charts: false }), {
        readState: async () => null,
        nowInstantMs: Date.parse(`${at}Z`),
      });
      expect(Object.keys(r.files).filter((f) => f.startsWith('charts/'))).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

async function outputsWithCharts(outputs: Record<string, string>): Promise<Record<string, string>> {
  const latest = loads(outputs['latest.json']) as Dict;
  const history = loads(outputs['history.json']) as Dict;
  return { ...outputs, ...renderCharts(latest, history) };
}

describe('the data commit', () => {
  let rig: Rig;
  beforeEach(async () => {
    rig = await startRig();
  });
  afterEach(async () => {
    await rig.fake.stop();
  });
  const req = (outputs: Record<string, string>, nowMs: number) => ({
    branch: 'main',
    dir: 'data',
    outputs,
    archive: false,
    keepDays: 0,
    nowMs,
    message: 'Sync training data - {timestamp}',
  });

  it('adds the section to the user’s README, relative to the output folder, and leaves the rest alone', async () => {
    const outputs = await outputsWithCharts(await goldenOutputs());
    const user = '# My season\n\nPlan: ride more.\n';
    rig.fake.commitDirect({ 'README.md': user, 'notes.md': 'mine' });
    const res = await commitOutputs(req(outputs, T1), { reader: rig.reader(), sleep: noSleep });
    expect(res.committed).toBe(true);
    const files = rig.fake.filesAt();
    for (const name of Object.values(CHART_FILES)) expect(files[`data/${name}`]).toBe(outputs[name]);
    const readme = files['README.md'];
    expect(readme.startsWith(`${user}\n<!-- intervals-mirror:start dir=data -->\n`)).toBe(true);
    expect(readme).toContain('![Readiness: SKIP, priority 0](data/charts/readiness.svg)');
    expect(readme).toContain('](data/charts/fitness.svg)');
    expect(readme).toContain('**Last successful sync:** 2025-02-20 08:00:00 UTC\n<!-- intervals-mirror:end dir=data -->\n');
    expect(files['notes.md']).toBe('mine');

    // charts that differ while the data does not: nothing to commit
    const head = rig.fake.headSha();
    const same = restamped(outputs, '2025-02-20T08:15:00');
    same[CHART_FILES.fitness] = `${outputs[CHART_FILES.fitness]}<!-- -->`;
    const quiet = await commitOutputs(req(same, T2), { reader: rig.reader(), sleep: noSleep });
    expect(quiet.committed).toBe(false);
    expect(rig.fake.headSha()).toBe(head);

    // new data: the section is replaced in place, still one of it
    const latest = JSON.parse(same['latest.json']);
    latest.current_status.fitness.ctl = 40.5;
    same['latest.json'] = JSON.stringify(latest, null, 2);
    const again = await commitOutputs(req(await outputsWithCharts(same), T2), { reader: rig.reader(), sleep: noSleep });
    expect(again.committed).toBe(true);
    const next = rig.fake.filesAt()['README.md'];
    expect(next.match(/intervals-mirror:start/g)).toHaveLength(1);
    expect(next.startsWith(user)).toBe(true);
    expect(next).toContain('Fitness (CTL) 40.5 ·');
    expect(next).toContain('**Last successful sync:** 2025-02-20 08:15:00 UTC');
  });

  it('creates a minimal README when the repository has none', async () => {
    const outputs = await outputsWithCharts(await goldenOutputs());
    rig.fake.commitDirect({ 'other.txt': 'x' });
    await commitOutputs(req(outputs, T1), { reader: rig.reader(), sleep: noSleep });
    const readme = rig.fake.filesAt()['README.md'];
    expect(readme.startsWith('# ')).toBe(true);
    expect(readme).toContain('<!-- intervals-mirror:start dir=data -->');
  });
});

describe('commit: false', () => {
  it('writes the README with the section into the workspace with the data', async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'dash-ws-'));
    const { latest } = await goldenPair('sick-athlete/goldens/run-1');
    const outputs = await outputsWithCharts(await goldenOutputs());
    const previous = Object.fromEntries(Object.keys(outputs).map((n) => [n, null]));
    const ws = await publishToWorkspace({ root, dir: '', outputs, previous, archive: false, keepDays: 0, nowMs: T1 });
    expect(ws.written).toEqual(expect.arrayContaining(['README.md', CHART_FILES.fitness]));
    const readme = await fs.readFile(path.join(root, 'README.md'), 'utf8');
    expect(readme).toContain('](charts/weekly-load.svg)');
    expect(readme).toContain(`form (TSB) ${latest.current_status.fitness.tsb}`);
    expect(await fs.readFile(path.join(root, CHART_FILES.intensity), 'utf8')).toBe(outputs[CHART_FILES.intensity]);
  });
});
