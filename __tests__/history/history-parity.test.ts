/**
 * history.json equals the reference's on the vendored scenarios (the file is generated in run 1
 * and kept by later runs), and latest.json's `history` block reads it back.
 */
import { describe, it, expect } from '@jest/globals';
import { runScenario } from '../../test-support/scenario.js';
import { diffJson } from '../../test-support/compare.js';

/** producer identity and clock: legitimately different between producers */
const VOLATILE = ['generated_at', 'sync_version', 'script_hash'];

function strip(doc: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!doc) return doc;
  const out = { ...doc };
  for (const k of VOLATILE) delete out[k];
  return out;
}

describe.each(['sick-athlete', 'edge-nulls'])('scenario %s', (name) => {
  it('writes the reference history.json', async () => {
    const runs = await runScenario(name);
    expect(runs[0].result.historyGenerated).toBe(true);
    for (const r of runs) {
      const golden = strip(await r.golden('history.json'));
      const actual = strip(await r.actual('history.json'));
      expect(golden).not.toBeNull();
      expect({ run: r.run, diffs: diffJson(golden, actual) }).toEqual({ run: r.run, diffs: [] });
      const gl = (await r.golden('latest.json'))!;
      const al = (await r.actual('latest.json'))!;
      expect(diffJson(gl.history, al.history)).toEqual([]);
    }
    // completed weeks carry a backfilled phase (the diff above checks each); the in-progress one none
    const weekly = (await runs[0].actual('history.json'))!.weekly_180d as Record<string, unknown>[];
    expect(weekly[weekly.length - 1].phase_detected).toBeNull();
    expect(weekly.filter((w) => typeof w.phase_detected === 'string').length).toBeGreaterThan(weekly.length / 2);
  });
});
