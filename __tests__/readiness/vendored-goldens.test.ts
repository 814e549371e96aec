/**
 * The readiness block of the vendored scenarios, with its inputs taken from the golden itself:
 * the golden derived_metrics / race_calendar / TSB and the dataset's wellness as the fake server
 * shows it at the run's time (the 7-day window ending on the run's UTC date). Whatever the other
 * derive modules do, alerts and readiness_decision must then equal the golden's.
 */
import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Dict } from '../../src/lib/py/index.js';
import { loads } from '../../src/lib/py/json.js';
import { addDays } from '../../src/lib/naive-time.js';
import { generateAlerts } from '../../src/derive/readiness/alerts.js';
import { generateRaceAlerts } from '../../src/derive/readiness/race-alerts.js';
import { computeReadinessDecision } from '../../src/derive/readiness/decision.js';
import { diffJson } from '../../test-support/compare.js';

const SCENARIOS = path.resolve('test-data/scenarios');

/** The dataset's `_rig` semantics: hidden until visible_from, patches applied from their time. */
function materialize(rec: Dict, now: string): Dict | null {
  const rig = rec._rig;
  if (!rig) return rec;
  if (rig.visible_from && rig.visible_from > now) return null;
  const out: Dict = { ...rec };
  delete out._rig;
  for (const p of rig.patches ?? []) if (p.from <= now) Object.assign(out, p.set);
  return out;
}

const runs: { name: string; scenario: string; run: number; at: string }[] = [];
for (const scenario of ['sick-athlete', 'edge-nulls']) {
  const scn = JSON.parse(readFileSync(path.join(SCENARIOS, scenario, 'dataset', 'scenario.json'), 'utf8'));
  scn.runs.forEach((r: Dict, i: number) => {
    runs.push({ name: `${scenario} run-${i + 1}`, scenario, run: i + 1, at: r.at });
  });
}

describe('vendored goldens: alerts and readiness_decision from golden inputs', () => {
  it.each(runs)('$name', ({ scenario, run, at }) => {
    const base = path.join(SCENARIOS, scenario);
    const golden = loads(readFileSync(path.join(base, 'goldens', `run-${run}`, 'latest.json'), 'utf8')) as Dict;
    const today = at.slice(0, 10);
    const oldest = addDays(today, -6);
    const wellness7d = (JSON.parse(readFileSync(path.join(base, 'dataset', 'wellness.json'), 'utf8')) as Dict[])
      .map((w) => materialize(w, at))
      .filter((w): w is Dict => w !== null && w.id >= oldest && w.id <= today)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const dm = golden.derived_metrics;
    const alerts = [
      ...generateAlerts({ derivedMetrics: dm, wellness7d, tss7dTotal: dm.tss_7d_total, tss28dTotal: dm.tss_28d_total }),
      ...generateRaceAlerts(golden.race_calendar),
    ];
    const rd = computeReadinessDecision({
      derivedMetrics: dm,
      alerts,
      latestWellness: wellness7d[wellness7d.length - 1] ?? {},
      raceCalendar: golden.race_calendar,
      currentTsb: golden.current_status.fitness.tsb,
    });
    expect(diffJson(golden.alerts, alerts)).toEqual([]);
    expect(diffJson(golden.readiness_decision, rd)).toEqual([]);
  });
});
