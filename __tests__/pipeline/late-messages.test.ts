/**
 * The chat messages are a run's last reads and feed only the recent-activity rows, so the
 * snapshot comes in two parts and derive starts on the body while the messages are in flight.
 * Whenever they arrive, the files are the same.
 */
import { describe, it, expect, afterEach } from '@jest/globals';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { startFakeIntervals, type FakeIntervals, type Fault } from '../../src/fake-intervals/server.js';
import { fakeRunSettings } from '../../src/fake-intervals/settings.js';
import { folderReader, readPreviousState } from '../../src/snapshot/state.js';
import { collectSnapshotParts } from '../../src/snapshot/collect.js';
import { IntervalsClient } from '../../src/fetch/client.js';
import { IntervalsApi } from '../../src/fetch/intervals-api.js';
import { makeContext } from '../../src/derive/context.js';
import { NaiveDateTime } from '../../src/lib/naive-time.js';
import { emptySkipped } from '../../src/fetch/schemas.js';
import { checkedSync } from '../../test-support/checked-sync.js';
import { finishOutputs, startOutputs } from '../../src/outputs.js';

const DATASET = path.resolve('test-data/scenarios/sick-athlete/dataset');

let server: FakeIntervals | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function scenarioRun(): Promise<string> {
  const scenario = JSON.parse(await fs.readFile(path.join(DATASET, 'scenario.json'), 'utf8'));
  return scenario.runs[0].at;
}

/** the derive context of a run at `at` (naive UTC), with the CLI's defaults */
function contextAt(at: string) {
  return makeContext(NaiveDateTime.fromInstant(Date.parse(`${at}Z`), 'UTC'), {
    daysBack: 7,
    weekStartDay: 0,
    zonePreference: {},
    producerVersion: 'test',
    scriptHash: 'test',
    nowInstantMs: Date.parse(`${at}Z`),
  });
}

/** every messages read answers with one note, after `delayMs` */
const lateNotes = (delayMs: number): Fault => ({
  path_regex: '^/api/v1/activity/[^/]+/messages$',
  status: 200,
  body: [{ content: 'legs felt heavy on the climbs' }],
  delayMs,
});

async function syncWith(fault: Fault) {
  const at = await scenarioRun();
  server = await startFakeIntervals({ dataset: DATASET, now: at, datasetFaults: false });
  server.addFault(fault);
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'late-messages-'));
  const result = await checkedSync(fakeRunSettings(server, at, out), {
    readState: folderReader(out),
    nowInstantMs: Date.parse(`${at}Z`),
  });
  await server.close();
  server = null;
  return result;
}

describe('chat messages that arrive last', () => {
  it('the body of the snapshot is in before the messages, which follow with their texts', async () => {
    const at = await scenarioRun();
    server = await startFakeIntervals({ dataset: DATASET, now: at, datasetFaults: false });
    server.addFault(lateNotes(400));
    const client = new IntervalsClient({ baseUrl: server.apiBase, apiKey: server.apiKey });
    const api = new IntervalsApi(client, server.athleteId, emptySkipped());
    const ctx = contextAt(at);
    const empty = await fs.mkdtemp(path.join(os.tmpdir(), 'late-messages-state-'));
    const previous = await readPreviousState(folderReader(empty));
    const t0 = performance.now();
    const parts = await collectSnapshotParts(api, ctx, api.athlete(), previous, false);
    const bodyMs = performance.now() - t0;
    const messages = await parts.messages;
    const messagesMs = performance.now() - t0;
    expect(Object.keys(messages).length).toBeGreaterThan(0);
    for (const texts of Object.values(messages)) expect(texts).toEqual(['legs felt heavy on the climbs']);
    expect(parts.body.activities28d.length).toBeGreaterThan(0);
    expect('messages' in parts.body).toBe(false);
    // the body did not wait for the slow reads
    expect(messagesMs - bodyMs).toBeGreaterThan(250);
  }, 30_000);

  it('the files the messages cannot change are serialised before they arrive, the same as at the end', async () => {
    const at = await scenarioRun();
    server = await startFakeIntervals({ dataset: DATASET, now: at, datasetFaults: false });
    server.addFault(lateNotes(300));
    const empty = await fs.mkdtemp(path.join(os.tmpdir(), 'late-messages-early-'));
    const settings = fakeRunSettings(server, at, empty);
    const client = new IntervalsClient({ baseUrl: server.apiBase, apiKey: server.apiKey });
    const api = new IntervalsApi(client, server.athleteId, emptySkipped());
    const ctx = contextAt(at);
    const previous = await readPreviousState(folderReader(empty));
    const parts = await collectSnapshotParts(api, ctx, api.athlete(), previous, true);
    let arrived = false;
    const messagesP = parts.messages.then((m) => {
      arrived = true;
      return m;
    });
    const options = { generateHistory: true, previousTexts: {}, log: () => undefined };
    const stage = startOutputs(ctx, parts.body, settings, options);
    expect(arrived).toBe(false);
    const early = stage.early;
    if (early === null) throw new Error('expected the early texts outside privacy mode');
    expect(Object.keys(early.charts).sort()).toEqual([
      'charts/fitness.svg',
      'charts/intensity.svg',
      'charts/readiness.svg',
      'charts/weekly-load.svg',
    ]);
    const { files } = finishOutputs(stage, await messagesP, settings, options);
    expect(files['history.json']).toBe(early.history);
    expect(files['ftp_history.json']).toBe(early.ftpHistory);
    expect(files['intervals.json']).toBe(early.intervals);
    expect(files['routes.json']).toBe(early.routes);
    for (const [name, svg] of Object.entries(early.charts)) expect(files[name]).toBe(svg);
    expect(files['latest.json']).toContain('legs felt heavy on the climbs');

    // privacy mode reduces the finished files together: nothing is serialised early
    const reduced = startOutputs(ctx, parts.body, { ...settings, anonymize: true }, options);
    expect(reduced.early).toBeNull();
    const anon = finishOutputs(reduced, await messagesP, { ...settings, anonymize: true }, options);
    expect(Object.keys(anon.files)).toEqual(Object.keys(files));
  }, 30_000);

  it('late or prompt, the messages give the same files, the notes included', async () => {
    const late = await syncWith(lateNotes(400));
    const prompt = await syncWith(lateNotes(0));
    expect(Object.keys(late.files).sort()).toEqual(Object.keys(prompt.files).sort());
    for (const name of Object.keys(prompt.files)) expect({ name, text: late.files[name] }).toEqual({ name, text: prompt.files[name] });
    const recent = JSON.parse(late.files['latest.json']).recent_activities as Array<{ chat_notes?: string[] }>;
    expect(recent.some((a) => a.chat_notes?.[0] === 'legs felt heavy on the climbs')).toBe(true);
  }, 60_000);
});
