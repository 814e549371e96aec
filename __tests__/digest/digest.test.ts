/**
 * latest.md on every vendored run: made only of the JSON's own figures, within budget on the
 * busiest week, in the athlete's units, and with "—" for what is missing.
 */
import { describe, it, expect } from '@jest/globals';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DIGEST_BUDGET_BYTES, renderDigest } from '../../src/render/digest/index.js';
import { loads } from '../../src/lib/py/json.js';
import type { Dict } from '../../src/lib/py/index.js';
import { inventedNumbers } from './numbers.js';

interface VendoredRun {
  dir: string;
  bytes: number;
  latest: Dict;
  history: Dict | null;
}

async function findLatest(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await findLatest(p)));
    else if (e.name === 'latest.json') out.push(p);
  }
  return out;
}

async function vendoredRuns(): Promise<VendoredRun[]> {
  const runs: VendoredRun[] = [];
  for (const file of (await findLatest(path.resolve('test-data'))).sort()) {
    const text = await fs.readFile(file, 'utf8');
    const historyText = await fs.readFile(path.join(path.dirname(file), 'history.json'), 'utf8').catch(() => null);
    runs.push({
      dir: path.relative(process.cwd(), path.dirname(file)),
      bytes: Buffer.byteLength(text),
      latest: loads(text) as Dict,
      history: historyText === null ? null : (loads(historyText) as Dict),
    });
  }
  return runs;
}

const clone = <T>(v: T): T => structuredClone(v);

describe('latest.md on the vendored runs', () => {
  it('finds the vendored runs', async () => {
    expect((await vendoredRuns()).length).toBeGreaterThanOrEqual(4);
  });

  it('holds no number that is not in the JSON it was made from (every vendored run)', async () => {
    for (const run of await vendoredRuns()) {
      const md = renderDigest(run.latest, run.history);
      expect({ run: run.dir, invented: inventedNumbers(md, [run.latest, run.history]) }).toEqual({ run: run.dir, invented: [] });
    }
  });

  it('stays within the budget on the heaviest vendored run', async () => {
    const runs = await vendoredRuns();
    const heaviest = runs.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const md = renderDigest(heaviest.latest, heaviest.history);
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(DIGEST_BUDGET_BYTES);
    // the busy week is all there: every session of the period has its line
    const count = (heaviest.latest.READ_THIS_FIRST as Dict).quick_stats.total_activities as number;
    const sessionRows = md
      .split('## Sessions')[1]
      .split('## Planned')[0]
      .split('\n')
      .filter((l) => /^\| \d{4}-/.test(l));
    expect(sessionRows).toHaveLength(count);
  });

  it('opens with last_updated and the contract version exactly as in latest.json, then the sections in protocol order', async () => {
    for (const run of await vendoredRuns()) {
      const md = renderDigest(run.latest, run.history);
      const meta = run.latest.metadata as Dict;
      const header = md.split('\n').slice(0, 3).join('\n');
      expect(header).toContain(`last_updated UTC: ${meta.last_updated}`);
      expect(header).toContain(`contract version ${meta.version}`);
      const order = [
        '## Today’s call',
        '## Load',
        '## Phase',
        '## Alerts',
        '## Races ahead',
        '## Sessions',
        '## Planned workouts',
        '## Wellness',
        '## The other files',
      ];
      const at = order.map((h) => md.indexOf(h));
      expect(at.every((i) => i > 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    }
  });

  it('is a pure function: same input, same text, input untouched', async () => {
    const [run] = await vendoredRuns();
    const before = clone(run.latest);
    const a = renderDigest(run.latest, run.history);
    expect(renderDigest(run.latest, run.history)).toBe(a);
    expect(run.latest).toEqual(before);
  });
});

describe('latest.md content rules', () => {
  async function heavy(): Promise<VendoredRun> {
    const runs = await vendoredRuns();
    return runs.find((r) => r.dir.includes('multisport-imperial'))!;
  }

  it('shows distances and weight in the athlete’s units from the display blocks, never converted again', async () => {
    const run = await heavy();
    const md = renderDigest(run.latest, run.history);
    const first = (run.latest.recent_activities as Dict[])[0];
    expect(first.display.distance.unit).toBe('mi');
    expect(md).toContain(
      `| ${first.date} | ${first.type} | ${first.name} | ${first.duration_formatted} | ${first.display.distance.value} mi |`,
    );
    expect(md).not.toContain(`${first.distance_km} km`);
    const weight = (run.latest.current_status as Dict).weight.display.weight_latest;
    expect(md).toContain(`Weight ${weight.value} ${weight.unit}`);
    // the race distance too
    const race = (run.latest.race_calendar as Dict).next_race;
    expect(md).toContain(`| ${race.display.distance.value} ${race.display.distance.unit} |`);
  });

  it('prints a missing value as "—", never as 0', async () => {
    const run = await heavy();
    const latest = clone(run.latest);
    latest.current_status.fitness.ctl = null;
    latest.derived_metrics.acwr = null;
    delete latest.derived_metrics.monotony;
    const md = renderDigest(latest, run.history);
    expect(md).toContain('CTL — ·');
    expect(md).toContain('ACWR — (');
    expect(md).toContain('Monotony — (');
    expect(md).not.toMatch(/CTL 0\b|ACWR 0\b|Monotony 0\b/);
  });

  it('lists the modification triggers and adjustments on a MODIFY day, and none on another day', async () => {
    const run = await heavy();
    expect(run.latest.readiness_decision.recommendation).toBe('modify');
    const md = renderDigest(run.latest, run.history);
    expect(md).toContain('**MODIFY** · priority 2');
    expect(md).toContain('Modification: triggers sleep · intensity preserve · volume reduce');
    const go = clone(run.latest);
    go.readiness_decision.recommendation = 'go';
    go.readiness_decision.modification = null;
    expect(renderDigest(go, run.history)).not.toContain('Modification:');
  });

  it('says where more detail lives for flagged sessions and events', async () => {
    const run = await heavy();
    const md = renderDigest(run.latest, run.history);
    const swim = (run.latest.recent_activities as Dict[]).find((a) => a.type === 'Swim')!;
    expect(swim.has_intervals).toBe(true);
    const swimRow = md.split('\n').find((l) => l.startsWith(`| ${swim.date} |`))!;
    expect(swimRow).toContain('intervals.json (has_intervals)');
    const routed = clone(run.latest);
    routed.planned_workouts[2].has_terrain = true;
    const withRoute = renderDigest(routed, run.history);
    expect(withRoute).toContain('routes.json (has_terrain)');
    expect(withRoute).toContain(`(ahead: ${routed.planned_workouts[2].date} ${routed.planned_workouts[2].name})`);
  });

  it('keeps within the budget on a far busier week by capping the lists, and says where the rest is', async () => {
    const run = await heavy();
    const busy = clone(run.latest);
    const acts = busy.recent_activities as Dict[];
    busy.recent_activities = Array.from({ length: 8 }, () => acts).flat();
    busy.alerts = Array.from({ length: 20 }, () => busy.alerts).flat();
    busy.planned_workouts = Array.from({ length: 6 }, () => busy.planned_workouts).flat();
    const md = renderDigest(busy, run.history);
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(DIGEST_BUDGET_BYTES);
    expect(md).toContain('More sessions in latest.json → recent_activities.');
    expect(md).toContain('More planned workouts in latest.json → planned_workouts.');
    expect(inventedNumbers(md, [busy, run.history])).toEqual([]);
  });

  it('keeps a table row whole when a name holds a pipe or a line break', async () => {
    const run = await heavy();
    const latest = clone(run.latest);
    latest.recent_activities[0].name = 'Commute | home\nvia park';
    const md = renderDigest(latest, run.history);
    const row = md.split('\n').find((l) => l.startsWith(`| ${latest.recent_activities[0].date} |`))!;
    expect(row).toContain('Commute \\| home via park');
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(10);
  });

  it('says so when there is no history.json, without inventing a trend', async () => {
    const run = await heavy();
    const md = renderDigest(run.latest, null);
    expect(md).toContain('Weekly trend: history.json not available.');
    expect(md).not.toContain('Recent weeks');
  });

  it('the checker catches an invented figure, a wrong precision and an unknown date', async () => {
    const run = await heavy();
    const md = renderDigest(run.latest, run.history);
    const ctl = run.latest.current_status.fitness.ctl as number;
    expect(inventedNumbers(`${md}\nCTL ${ctl + 0.37}`, [run.latest, run.history]).map((f) => f.token)).toEqual([String(ctl + 0.37)]);
    expect(inventedNumbers('ATL 61.04', [run.latest])).toHaveLength(1);
    expect(inventedNumbers('ATL 61.0', [run.latest])).toHaveLength(0);
    expect(inventedNumbers('on 1999-01-02', [run.latest]).map((f) => f.kind)).toEqual(['date']);
  });
});
