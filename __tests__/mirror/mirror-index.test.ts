/**
 * mirror.json and latest.md as the pipeline writes them: the index describes the bytes on disk
 * after the run, the digest is the renderer's output for the latest.json written beside it, and
 * the digest setting turns both off.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runScenario, type ScenarioRun } from '../../test-support/scenario.js';
import { startFakeIntervals } from '../../src/fake-intervals/server.js';
import { fakeRunSettings } from '../../src/fake-intervals/settings.js';
import { seedState, syncDemoAthlete, demoRunTimes } from '../../src/fake-intervals/demo-athlete.js';
import { checkedSync } from '../../test-support/checked-sync.js';
import { folderReader } from '../../src/snapshot/state.js';
import { renderDigest } from '../../src/render/digest/index.js';
import { estimateTokens, renderMirrorIndex } from '../../src/render/mirror-index.js';
import { loads } from '../../src/lib/py/json.js';
import type { Dict } from '../../src/lib/py/index.js';
import { CONTRACT_VERSION, PRODUCER_NAME, PRODUCER_VERSION } from '../../src/version.js';
import { inventedNumbers } from '../digest/numbers.js';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let runs: ScenarioRun[];
let demoOut: string;
let demo: Awaited<ReturnType<typeof syncDemoAthlete>>;

beforeAll(async () => {
  runs = await runScenario('edge-nulls');
  const dataset = path.resolve('demo/athlete');
  demoOut = await fs.mkdtemp(path.join(os.tmpdir(), 'digest-demo-'));
  await seedState(dataset, demoOut);
  demo = await syncDemoAthlete(dataset, (await demoRunTimes(dataset))[0], demoOut);
});

afterAll(async () => {
  await fs.rm(demoOut, { recursive: true, force: true });
});

describe('mirror.json', () => {
  it('gives every file on disk its exact bytes, SHA-256 and token estimate (demo run)', async () => {
    const index = loads(await fs.readFile(path.join(demoOut, 'mirror.json'), 'utf8')) as Dict;
    expect(index.producer).toBe(PRODUCER_NAME);
    expect(index.producer_version).toBe(PRODUCER_VERSION);
    expect(index.contract_version).toBe(CONTRACT_VERSION);
    expect(index.last_updated).toBe(demo.result.latest.metadata.last_updated);
    const names = Object.keys(index.files);
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(expect.arrayContaining(['latest.json', 'latest.md', 'history.json', 'ftp_history.json']));
    expect(names).not.toContain('mirror.json');
    for (const name of names) {
      const bytes = await fs.readFile(path.join(demoOut, name));
      const entry = index.files[name];
      expect({ name, bytes: entry.bytes, sha256: entry.sha256 }).toEqual({ name, bytes: bytes.length, sha256: sha(bytes) });
      expect(entry.tokens_estimate).toBe(Math.ceil(bytes.length / 4));
      expect(typeof entry.holds).toBe('string');
      expect(typeof entry.read_when).toBe('string');
    }
  });

  it('describes a file this run left in place (history.json on a later run) by the bytes still there', async () => {
    const later = runs.find((r) => !r.result.historyGenerated);
    expect(later).toBeDefined();
    const index = loads(later!.result.files['mirror.json']) as Dict;
    const onDisk = await fs.readFile(path.join(later!.outDir, 'history.json'));
    expect(index.files['history.json']).toMatchObject({ bytes: onDisk.length, sha256: sha(onDisk), updated_this_run: false });
    expect(index.files['latest.json'].updated_this_run).toBe(true);
  });

  it('is deterministic: the same files give the same index, a changed byte changes its entry only', () => {
    const input = {
      producer: { name: PRODUCER_NAME, version: PRODUCER_VERSION },
      contractVersion: CONTRACT_VERSION,
      lastUpdated: '2025-01-01T07:00:00',
      written: { 'latest.json': '{"a": 1}', 'ftp_history.json': '{}' },
    };
    const a = renderMirrorIndex(input);
    expect(renderMirrorIndex({ ...input, written: { 'ftp_history.json': '{}', 'latest.json': '{"a": 1}' } })).toBe(a);
    const b = loads(renderMirrorIndex({ ...input, written: { ...input.written, 'latest.json': '{"a": 2}' } })) as Dict;
    const pa = loads(a) as Dict;
    expect(b.files['ftp_history.json']).toEqual(pa.files['ftp_history.json']);
    expect(b.files['latest.json'].sha256).not.toBe(pa.files['latest.json'].sha256);
    expect(estimateTokens(0)).toBe(0);
    expect(estimateTokens(5)).toBe(2);
  });
});

describe('latest.md from the pipeline', () => {
  it('is the digest of the latest.json written beside it, with the history in place (every run)', async () => {
    for (const r of runs) {
      const latest = loads(r.result.files['latest.json']) as Dict;
      const history = (await r.actual('history.json')) as Dict | null;
      const md = r.result.files['latest.md'];
      expect(md).toBe(renderDigest(latest, history));
      expect(history).not.toBeNull();
      expect(md).toContain('Recent weeks (history.json weekly rows');
      expect(inventedNumbers(md, [latest, history])).toEqual([]);
    }
  });

  it('holds only the JSON’s numbers on the demo output', async () => {
    const md = await fs.readFile(path.join(demoOut, 'latest.md'), 'utf8');
    const latest = loads(await fs.readFile(path.join(demoOut, 'latest.json'), 'utf8'));
    const history = loads(await fs.readFile(path.join(demoOut, 'history.json'), 'utf8'));
    expect(md.length).toBeGreaterThan(1000);
    expect(inventedNumbers(md, [latest, history])).toEqual([]);
  });

  it('is not written, nor mirror.json, with the digest setting off; the JSON files are the same', async () => {
    const dataset = path.resolve('test-data/scenarios/sick-athlete/dataset');
    const scenario = JSON.parse(await fs.readFile(path.join(dataset, 'scenario.json'), 'utf8'));
    const at: string = scenario.runs[0].at;
    const outputs: Record<string, string>[] = [];
    for (const digest of [false, true]) {
      const out = await fs.mkdtemp(path.join(os.tmpdir(), 'digest-off-'));
      const server = await startFakeIntervals({ dataset, now: at, run: 1 });
      try {
        const result = await checkedSync(fakeRunSettings(server, at, out, { digest }), {
          readState: folderReader(out),
          nowInstantMs: Date.parse(`${at}Z`),
        });
        outputs.push(result.files);
      } finally {
        await server.close();
        await fs.rm(out, { recursive: true, force: true });
      }
    }
    const [off, on] = outputs;
    expect(Object.keys(off)).not.toContain('latest.md');
    expect(Object.keys(off)).not.toContain('mirror.json');
    expect(Object.keys(on)).toEqual(expect.arrayContaining(['latest.md', 'mirror.json']));
    for (const name of Object.keys(off)) expect(on[name]).toBe(off[name]);
  });
});
