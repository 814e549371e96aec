/**
 * The foundation's outputs match the reference's goldens on the vendored scenarios (every run,
 * state carried across runs): ftp_history.json and the latest.json blocks this layer owns.
 */
import { describe, it, expect } from '@jest/globals';
import { runScenario } from '../../test-support/scenario.js';
import { diffJson, pick } from '../../test-support/compare.js';

const LATEST_PATHS = [
  'READ_THIS_FIRST',
  'athlete_profile',
  'athlete_notes',
  'summary',
  'current_status',
  'wellness_data',
  'weekly_summary',
  'history',
  'derived_metrics.benchmark_indoor',
  'derived_metrics.benchmark_outdoor',
  'derived_metrics.eftp',
  'derived_metrics.w_prime',
  'derived_metrics.w_prime_kj',
  'derived_metrics.p_max',
  'derived_metrics.power_model_source',
  'derived_metrics.vo2max',
];

describe.each(['sick-athlete', 'edge-nulls'])('scenario %s', (name) => {
  it('matches the reference for ftp_history.json and the foundation blocks of latest.json', async () => {
    const runs = await runScenario(name);
    expect(runs.length).toBeGreaterThan(0);
    for (const r of runs) {
      const golden = (await r.golden('latest.json'))!;
      const actual = (await r.actual('latest.json'))!;
      expect({ run: r.run, diffs: diffJson(pick(golden, LATEST_PATHS), pick(actual, LATEST_PATHS)) }).toEqual({ run: r.run, diffs: [] });
      const { last_updated: _g, version: _gv, ...gMeta } = golden.metadata as Record<string, unknown>;
      const { last_updated: _a, version: _av, ...aMeta } = actual.metadata as Record<string, unknown>;
      expect(aMeta).toEqual(gMeta);
      expect(diffJson(await r.golden('ftp_history.json'), await r.actual('ftp_history.json'))).toEqual([]);
    }
  });
});
