/**
 * Secrets never leave the run: neither the API key nor the athlete record's own secrets
 * (icu_api_key, icu_friend_invite_token) appear in any output file or log line, and a server
 * echoing the key (whole, cut, base64) in its bodies and headers gets none of it into a file, a
 * log or trace line or an error, even before the fronts redact.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { startFakeIntervals, type Fault } from '../../src/fake-intervals/server.js';
import { fakeRunSettings } from '../../src/fake-intervals/settings.js';
import { checkedSync } from '../../test-support/checked-sync.js';
import { BEST_EFFORT_ECHOES, CORE_ECHOES, KEY, leakedWindows } from '../fetch/echoing-server.js';

const DATASET = path.resolve('test-data/scenarios/sick-athlete/dataset');
const AT = '2025-02-20T08:00:00';

describe('secrets', () => {
  it('appear in no output and no log line', async () => {
    const athlete = JSON.parse(await fs.readFile(path.join(DATASET, 'athlete.json'), 'utf8'));
    const secrets = [athlete.icu_api_key, athlete.icu_friend_invite_token];
    expect(secrets.every((s) => typeof s === 'string' && s.length > 8)).toBe(true);
    const server = await startFakeIntervals({ dataset: DATASET, now: AT, datasetFaults: false });
    secrets.push(server.apiKey, Buffer.from(`API_KEY:${server.apiKey}`).toString('base64'));
    const lines: string[] = [];
    try {
      const r = await checkedSync(fakeRunSettings(server, AT, '/nonexistent', { forceHistory: true }), {
        readState: async () => null,
        nowInstantMs: Date.parse(`${AT}Z`),
        log: (l) => lines.push(l),
      });
      expect(Object.keys(r.files)).toContain('latest.json');
      expect(lines.length).toBeGreaterThan(0);
      const everything = Object.values(r.files).join('\n') + lines.join('\n');
      for (const s of secrets)
        expect({ secret: s.slice(0, 6), found: everything.includes(s) }).toEqual({ secret: s.slice(0, 6), found: false });
    } finally {
      await server.close();
    }
  });
});

describe('a server echoing the API key back', () => {
  const AT2 = '2025-02-20T08:00:00';
  let server: Awaited<ReturnType<typeof startFakeIntervals>>;
  beforeAll(async () => {
    server = await startFakeIntervals({ dataset: DATASET, now: AT2, datasetFaults: false, apiKey: KEY });
  });
  afterAll(async () => {
    await server.close();
  });

  async function sync(faults: Fault[]) {
    server.clearFaults();
    for (const f of faults) server.addFault(f);
    const lines: string[] = [];
    const out = await fs.mkdtemp(path.join(os.tmpdir(), 'echo-'));
    try {
      const r = await checkedSync(fakeRunSettings(server, AT2, out), {
        readState: async () => null,
        nowInstantMs: Date.parse(`${AT2}Z`),
        log: (l) => lines.push(l),
        debug: (l) => lines.push(l),
        client: { timeoutMs: 5000, retries: 1, backoffLimitMs: 10, maxRetryAfterMs: 10 },
      });
      return { files: Object.values(r.files).join('\n'), lines: lines.join('\n'), error: '' };
    } catch (e) {
      return { files: '', lines: lines.join('\n'), error: e instanceof Error ? `${e.message}\n${e.stack}` : String(e) };
    } finally {
      server.clearFaults();
    }
  }

  it('on best-effort endpoints: the run succeeds and no window of 6+ characters of the key or its encodings is in any file or line', async () => {
    const r = await sync(BEST_EFFORT_ECHOES);
    expect(r.error).toBe('');
    expect(r.files).toContain('"athlete_profile"');
    expect(r.lines).toMatch(/intervals: GET \/activity\/\{id\}\/streams → 429/);
    expect(r.lines).toMatch(
      /skipped 0 Strava-sourced stub\(s\) and 1 unusable row\(s\) \(first: GET \/athlete\/\{id\}\/wellness: row skipped/,
    );
    expect({ files: leakedWindows(r.files), lines: leakedWindows(r.lines) }).toEqual({ files: [], lines: [] });
  });

  it.each(CORE_ECHOES)('on a core endpoint (%s): one error naming the endpoint, and not a window of the key in it', async (_n, fault) => {
    const r = await sync([fault]);
    expect(r.error).toMatch(/GET \/athlete\/\{id\}/);
    expect(r.error.split('\n')[0]).not.toMatch(/denied|echo/);
    expect({ error: leakedWindows(r.error), lines: leakedWindows(r.lines) }).toEqual({ error: [], lines: [] });
  });
});
