/**
 * Secrets never leave the run: neither the API key nor the athlete record's own secrets
 * (icu_api_key, icu_friend_invite_token) appear in any output file or log line.
 */
import { describe, it, expect } from '@jest/globals';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { startFakeIntervals } from '../../src/fake-intervals/server.js';
import { fakeRunSettings } from '../../src/fake-intervals/settings.js';
import { runSync } from '../../src/pipeline.js';

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
      const r = await runSync(fakeRunSettings(server, AT, '/nonexistent', { forceHistory: true }), {
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
