/**
 * State files of the wrong shape stop the run with one line naming the file and the fix (never
 * "unexpected error", never a file replaced by less); the shapes the reference accepts pass.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { readPreviousState, StateFileError, STATE_FILES } from '../../src/snapshot/state.js';
import { startFakeIntervals, type FakeIntervals } from '../../src/fake-intervals/server.js';
import { fakeRunSettings } from '../../src/fake-intervals/settings.js';
import { checkedSync } from '../../test-support/checked-sync.js';

const SCENARIOS = path.resolve('test-data/scenarios');

function reader(files: Record<string, string>) {
  return async (name: string) => (name in files ? files[name] : null);
}

async function failure(files: Record<string, string>): Promise<string> {
  try {
    await readPreviousState(reader(files));
  } catch (e) {
    expect(e).toBeInstanceOf(StateFileError);
    const msg = (e as Error).message;
    expect(msg.split('\n')).toHaveLength(1);
    return msg;
  }
  throw new Error('expected a StateFileError');
}

const FTP = STATE_FILES.ftpHistory;

describe('ftp_history.json shapes', () => {
  const bad: Array<[string, unknown, RegExp]> = [
    ['indoor null', { indoor: null, outdoor: {} }, /^ftp_history\.json: `indoor` must be an object of date → FTP; fix or delete the file/],
    ['indoor a string', { indoor: 'x', outdoor: {} }, /^ftp_history\.json: `indoor` must be an object of date → FTP/],
    ['outdoor a list', { indoor: {}, outdoor: [250] }, /^ftp_history\.json: `outdoor` must be an object of date → FTP/],
    ['an entry a string', { indoor: {}, outdoor: { '2025-01-01': '250' } }, /`outdoor` entry "2025-01-01" must be an FTP in watts/],
    ['an entry null', { indoor: { '2025-01-01': null } }, /`indoor` entry "2025-01-01" must be an FTP/],
    ['an entry zero', { indoor: { '2025-01-01': 0 } }, /`indoor` entry "2025-01-01"/],
    ['legacy flat with a bad value', { '2025-01-01': 'x' }, /^ftp_history\.json: entry "2025-01-01" must be an FTP/],
  ];
  for (const [label, content, re] of bad) {
    it(`refuses ${label}`, async () => {
      const msg = await failure({ [FTP]: JSON.stringify(content) });
      expect(msg).toMatch(re);
      expect(msg).toMatch(/restore it from git history/);
    });
  }

  it('refuses a file that is not a JSON object', async () => {
    for (const text of ['[]', '"x"', 'not json', 'null']) expect(await failure({ [FTP]: text })).toMatch(/^ftp_history\.json/);
  });

  it('accepts what the reference accepts: empty, legacy flat, extra keys, a missing series', async () => {
    for (const content of [{}, { '2025-01-01': 250 }, { indoor: {}, outdoor: {}, note: 'mine' }, { outdoor: { '2025-01-01': 250.5 } }]) {
      const s = await readPreviousState(reader({ [FTP]: JSON.stringify(content) }));
      expect(s.ftpHistory).toEqual(content);
    }
  });
});

describe('intervals.json and history.json shapes', () => {
  it('intervals.json: activities must be a list of objects, fetch_state an object', async () => {
    for (const content of [{ activities: {} }, { activities: 'x' }, { activities: [1, 2] }]) {
      expect(await failure({ [STATE_FILES.intervals]: JSON.stringify(content) })).toMatch(
        /^intervals\.json: `activities` must be a list of activity objects; fix it, restore it from git history, or delete it/,
      );
    }
    expect(await failure({ [STATE_FILES.intervals]: '{"activities": [], "fetch_state": []}' })).toMatch(
      /^intervals\.json: `fetch_state` must be an object/,
    );
    const ok = await readPreviousState(reader({ [STATE_FILES.intervals]: '{"activities": [{"activity_id": 1}], "fetch_state": null}' }));
    expect(ok.intervals).toEqual({ activities: [{ activity_id: 1 }], fetch_state: null });
  });

  it('history.json: a list, or wrong-typed fields, stop the run; text that is not JSON is regenerated', async () => {
    expect(await failure({ [STATE_FILES.history]: '[]' })).toMatch(
      /^history\.json: must be a JSON object \(it is a list\); fix it or delete it: the next run rebuilds it/,
    );
    expect(await failure({ [STATE_FILES.history]: '{"weekly_180d": "x"}' })).toMatch(
      /^history\.json: `weekly_180d` must be a list of week objects/,
    );
    expect(await failure({ [STATE_FILES.history]: '{"generated_at": 5}' })).toMatch(/^history\.json: `generated_at` must be/);
    expect(await failure({ [STATE_FILES.history]: '{"data_range": {"total_months": "12"}}' })).toMatch(
      /`data_range\.total_months` must be a number/,
    );
    const cut = await readPreviousState(reader({ [STATE_FILES.history]: '{"generated_at": "2025-' }));
    expect(cut.historyUnreadable).toBe(true);
    expect(cut.history).toBeNull();
  });

  it('every vendored golden state file is accepted', async () => {
    for (const scn of await fs.readdir(SCENARIOS)) {
      const goldens = path.join(SCENARIOS, scn, 'goldens');
      for (const run of await fs.readdir(goldens)) {
        const files: Record<string, string> = {};
        for (const f of Object.values(STATE_FILES)) {
          const p = path.join(goldens, run, f);
          files[f] = await fs.readFile(p, 'utf8').catch(() => null as unknown as string);
          if (files[f] === null) delete files[f];
        }
        const s = await readPreviousState(reader(files));
        expect(s.ftpHistory).not.toBeNull();
      }
    }
  });
});

describe('the pipeline on a bad state file', () => {
  let server: FakeIntervals;
  const AT = '2025-02-20T08:00:00';
  beforeAll(async () => {
    server = await startFakeIntervals({ dataset: path.join(SCENARIOS, 'sick-athlete', 'dataset'), now: AT, datasetFaults: false });
  });
  afterAll(async () => {
    await server.close();
  });

  it('fails with the StateFileError line before writing anything', async () => {
    const state = { [FTP]: '{"indoor": null, "outdoor": {"2024-01-01": 250}}' };
    await expect(
      checkedSync(fakeRunSettings(server, AT, '/unused'), { readState: reader(state), nowInstantMs: Date.parse(`${AT}Z`) }),
    ).rejects.toThrow(/^ftp_history\.json: `indoor` must be an object of date → FTP; fix or delete the file/);
  });
});
