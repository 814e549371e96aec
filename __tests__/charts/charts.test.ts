/**
 * The charts plot what the JSON holds: coordinates read back through the scales each chart
 * declares equal the values of latest.json and history.json of the vendored scenarios; a day
 * or week without data is a gap; an athlete without history gets a chart saying so; the same
 * data gives the same bytes, well under 30 KB.
 */
import { describe, expect, it } from '@jest/globals';
import type { Dict } from '../../src/lib/py/index.js';
import { dumps, loads } from '../../src/lib/py/json.js';
import { CHART_FILES, renderCharts } from '../../src/render/charts/index.js';
import { fitnessChart } from '../../src/render/charts/fitness.js';
import { weeklyLoadChart } from '../../src/render/charts/weekly-load.js';
import { intensityChart } from '../../src/render/charts/intensity.js';
import { readinessBadge } from '../../src/render/charts/readiness-badge.js';
import { dayNum, goldenPair, inverse, nodes, one, pathRuns, SCENARIO_RUNS, texts } from './svg-reader.js';

const clone = <T>(v: T): T => loads(dumps(v)) as T;

/** The fitness chart's plot scales, from its data attributes. */
function fitnessScales(svg: string) {
  const g = one(svg, (n) => n.attrs['data-layer'] === 'plot').attrs;
  const day = inverse(dayNum(g['data-day0']), dayNum(g['data-day1']), Number(g['data-x0']), Number(g['data-x1']));
  const value = inverse(Number(g['data-v0']), Number(g['data-v1']), Number(g['data-y0']), Number(g['data-y1']));
  // half a pixel of rounding (coordinates have one decimal) in data units
  const tol = (Math.abs(Number(g['data-v1']) - Number(g['data-v0'])) / Math.abs(Number(g['data-y1']) - Number(g['data-y0']))) * 0.06;
  return { day, value, tol };
}

function expectedFitness(latest: Dict, history: Dict, key: 'ctl' | 'atl' | 'tsb'): Map<number, number> {
  const today = dayNum(latest.metadata.last_updated.slice(0, 10));
  const out = new Map<number, number>();
  for (const r of history.daily_90d) {
    const n = dayNum(r.date);
    if (n > today - 90 && n < today && typeof r[key] === 'number') out.set(n, r[key]);
  }
  out.set(today, latest.current_status.fitness[key]);
  return out;
}

function plottedLine(svg: string, key: string): Map<number, number> {
  const { day, value } = fitnessScales(svg);
  const path = one(svg, (n) => n.name === 'path' && n.attrs['data-series'] === key);
  const out = new Map<number, number>();
  for (const run of pathRuns(path.attrs.d)) for (const [x, y] of run) out.set(Math.round(day(x)), value(y));
  return out;
}

describe('fitness, fatigue and form', () => {
  it.each(SCENARIO_RUNS)('plots the daily tier brought up to today from latest.json (%s)', async (run) => {
    const { latest, history } = await goldenPair(run);
    const svg = fitnessChart(latest, history);
    const { tol, value } = fitnessScales(svg);
    for (const key of ['ctl', 'atl'] as const) {
      const want = expectedFitness(latest, history, key);
      const got = plottedLine(svg, key);
      expect([...got.keys()]).toEqual([...want.keys()].sort((a, b) => a - b));
      for (const [n, v] of want) expect(Math.abs(got.get(n)! - v)).toBeLessThanOrEqual(tol);
    }
    // form: one bar per day with a value, its far end at the value
    const want = expectedFitness(latest, history, 'tsb');
    const bars = nodes(svg, 'rect').filter((r) => r.attrs['data-date']);
    expect(bars.map((b) => dayNum(b.attrs['data-date']))).toEqual([...want.keys()].sort((a, b) => a - b));
    for (const b of bars) {
      const v = want.get(dayNum(b.attrs['data-date']))!;
      const y = Number(b.attrs.y);
      const far = v >= 0 ? y : y + Number(b.attrs.height);
      expect(Math.abs(value(far) - v)).toBeLessThanOrEqual(tol);
    }
    // today's dots carry and label latest.json's values exactly
    const f = latest.current_status.fitness;
    const today = nodes(svg, 'circle').filter((c) => c.attrs['data-today']);
    expect(today.map((c) => [c.attrs['data-today'], c.attrs['data-value']])).toEqual([
      ['fitness', String(f.ctl)],
      ['fatigue', String(f.atl)],
      ['form', String(f.tsb)],
    ]);
    expect(texts(svg)).toEqual(expect.arrayContaining([`Fitness ${f.ctl}`, `Fatigue ${f.atl}`, `Form ${f.tsb}`]));
  });

  it('marks the races ahead from the race calendar, in the athlete’s distance unit', async () => {
    const { latest, history } = await goldenPair('sick-athlete/goldens/run-1');
    const svg = fitnessChart(latest, history);
    const races = one(svg, (n) => n.attrs['data-layer'] === 'races').attrs;
    expect(races['data-dates']).toBe('2025-04-06');
    expect(texts(svg)).toContain('Spring 10 mile (A) · 16.09 km');
    const miles = clone(latest);
    miles.race_calendar.all_races[0].display.distance = { value: 10, unit: 'mi' };
    expect(texts(fitnessChart(miles, history))).toContain('Spring 10 mile (A) · 10 mi');
    // a race already past is not "ahead"
    const past = clone(latest);
    past.race_calendar.all_races[0].date = '2025-02-01';
    expect(nodes(fitnessChart(past, history)).some((n) => n.attrs['data-layer'] === 'races')).toBe(false);
  });

  it('leaves a gap for a day without data, never a zero', async () => {
    const { latest, history } = await goldenPair('sick-athlete/goldens/run-1');
    const h = clone(history);
    // 2025-01-10 is missing from the tier, 2025-01-20 is there without values
    h.daily_90d = h.daily_90d.filter((r: Dict) => r.date !== '2025-01-10');
    const row = h.daily_90d.find((r: Dict) => r.date === '2025-01-20');
    row.ctl = null;
    row.atl = null;
    row.tsb = null;
    const svg = fitnessChart(latest, h);
    for (const key of ['ctl', 'atl']) {
      const runs = pathRuns(one(svg, (n) => n.attrs['data-series'] === key).attrs.d);
      expect(runs).toHaveLength(3);
      const days = plottedLine(svg, key);
      expect(days.has(dayNum('2025-01-10'))).toBe(false);
      expect(days.has(dayNum('2025-01-20'))).toBe(false);
      expect(days.has(dayNum('2025-01-19'))).toBe(true);
    }
    const barDays = nodes(svg, 'rect').map((r) => r.attrs['data-date']);
    expect(barDays).not.toContain('2025-01-10');
    expect(barDays).not.toContain('2025-01-20');
    expect(barDays).toContain('2025-01-21');
  });

  it('brings a stale history up to today: the days between are a gap, today is latest.json', async () => {
    const { latest, history } = await goldenPair('sick-athlete/goldens/run-1');
    const l = clone(latest);
    l.metadata.last_updated = '2025-02-24T08:00:00';
    const svg = fitnessChart(l, history);
    const runs = pathRuns(one(svg, (n) => n.attrs['data-series'] === 'ctl').attrs.d);
    expect(runs.length).toBe(2);
    expect(runs[1]).toHaveLength(1); // today alone
    const days = plottedLine(svg, 'ctl');
    expect(days.has(dayNum('2025-02-20'))).toBe(true); // the tier's last day
    for (const d of ['2025-02-21', '2025-02-22', '2025-02-23']) expect(days.has(dayNum(d))).toBe(false);
    expect(days.has(dayNum('2025-02-24'))).toBe(true);
    expect(nodes(svg, 'circle').some((c) => c.attrs.r === '1.5')).toBe(true); // the lone day has a dot
  });

  it('says "No history yet" for an athlete without history, with today’s values', async () => {
    const { latest } = await goldenPair('sick-athlete/goldens/run-1');
    for (const history of [null, { daily_90d: [], weekly_180d: [] }]) {
      const svg = fitnessChart(latest, history);
      const empty = one(svg, (n) => n.attrs['data-empty'] === 'true');
      expect(empty.name).toBe('text');
      expect(texts(svg).join(' ')).toContain('No history yet — today CTL 37.11 · ATL 28.41 · TSB 8.7');
      expect(weeklyLoadChart(latest, history)).toContain('No history yet');
    }
  });
});

describe('weekly load', () => {
  it.each(SCENARIO_RUNS)('one bar per week of the last 26, height = total_tss, colour by phase (%s)', async (run) => {
    const { latest, history } = await goldenPair(run);
    const svg = weeklyLoadChart(latest, history);
    const weeks = history.weekly_180d.slice(-26);
    const bars = nodes(svg, 'rect').filter((r) => r.attrs['data-week']);
    expect(bars.map((b) => b.attrs['data-week'])).toEqual(weeks.map((w: Dict) => w.week_start));
    const g = one(svg, (n) => n.attrs['data-layer'] === 'plot').attrs;
    const tss = inverse(Number(g['data-tss0']), Number(g['data-tss1']), Number(g['data-y0']), Number(g['data-y1']));
    const perPx = (Number(g['data-tss1']) - Number(g['data-tss0'])) / (Number(g['data-y0']) - Number(g['data-y1']));
    bars.forEach((b, i) => {
      expect(b.attrs['data-tss']).toBe(String(weeks[i].total_tss));
      expect(Math.abs(tss(Number(b.attrs.y)) - weeks[i].total_tss)).toBeLessThanOrEqual(perPx * 0.06);
      expect(b.attrs['data-phase']).toBe(weeks[i].phase_detected ?? '');
    });
    const colourOf = new Map<string, string>();
    for (const b of bars) {
      const seen = colourOf.get(b.attrs['data-phase']);
      if (seen) expect(b.attrs.fill).toBe(seen);
      colourOf.set(b.attrs['data-phase'], b.attrs.fill);
    }
    expect(new Set(colourOf.values()).size).toBe(colourOf.size);
    const ramps = nodes(svg, 'circle').filter((c) => c.attrs['data-ramp']);
    expect(ramps.map((c) => Number(c.attrs['data-ramp']))).toEqual(
      weeks.filter((w: Dict) => typeof w.ramp_rate === 'number').map((w: Dict) => w.ramp_rate),
    );
  });

  it('a week the tier lacks is an empty slot; a week of 0 TSS is a bar of height 0', async () => {
    const { latest, history } = await goldenPair('sick-athlete/goldens/run-1');
    const h = clone(history);
    const gone = h.weekly_180d[10].week_start;
    h.weekly_180d.splice(10, 1);
    h.weekly_180d[12].total_tss = null;
    const svg = weeklyLoadChart(latest, h);
    const bars = nodes(svg, 'rect').filter((r) => r.attrs['data-week']);
    expect(bars).toHaveLength(24);
    expect(bars.map((b) => b.attrs['data-week'])).not.toContain(gone);
    const zero = bars.find((b) => b.attrs['data-week'] === '2025-02-17')!;
    expect(zero.attrs['data-tss']).toBe('0');
    expect(zero.attrs.height).toBe('0');
    // the ramp line breaks where the week is missing
    expect(pathRuns(one(svg, (n) => n.attrs['data-series'] === 'ramp').attrs.d).length).toBe(2);
  });
});

describe('intensity distribution and readiness badge', () => {
  it.each(SCENARIO_RUNS)('segments as wide as the Seiler percentages of 7 and 28 days (%s)', async (run) => {
    const { latest } = await goldenPair(run);
    const svg = intensityChart(latest);
    for (const [window, key] of [
      ['7d', 'seiler_tid_7d'],
      ['28d', 'seiler_tid_28d'],
    ]) {
      const g = one(svg, (n) => n.attrs['data-window'] === window).attrs;
      const pct = inverse(0, 100, Number(g['data-x0']), Number(g['data-x100']));
      const segs = nodes(svg.slice(svg.indexOf(`data-window="${window}"`)), 'rect').slice(0, 3);
      const tid = latest.derived_metrics[key];
      expect(segs.map((s) => s.attrs['data-zone'])).toEqual(['z1', 'z2', 'z3']);
      segs.forEach((s, i) => {
        const want = tid[`z${i + 1}_pct`];
        expect(s.attrs['data-pct']).toBe(String(want));
        expect(Math.abs(pct(Number(s.attrs.x) + Number(s.attrs.width)) - pct(Number(s.attrs.x)) - want)).toBeLessThan(0.05);
      });
      expect(texts(svg)).toContain(tid.classification);
    }
  });

  it('says so when there is no zone time', async () => {
    const { latest } = await goldenPair('sick-athlete/goldens/run-1');
    const l = clone(latest);
    l.derived_metrics.seiler_tid_7d = null;
    expect(one(intensityChart(l), (n) => n.attrs['data-empty'] === '7d').name).toBe('text');
    l.derived_metrics.seiler_tid_28d = null;
    expect(intensityChart(l)).toContain('No zone time yet');
  });

  it('badges GO / MODIFY / SKIP with the priority in the call’s colour', async () => {
    const { latest } = await goldenPair('sick-athlete/goldens/run-1');
    const skip = readinessBadge(latest);
    expect(texts(skip)).toEqual(['readiness', 'SKIP · P0']);
    expect(skip).toContain('<title id="readiness-title">Readiness: SKIP, priority 0</title>');
    const colours = new Map<string, string>();
    for (const call of ['go', 'modify', 'skip']) {
      const l = clone(latest);
      l.readiness_decision.recommendation = call;
      l.readiness_decision.priority = 2;
      const svg = readinessBadge(l);
      expect(texts(svg)[1]).toBe(`${call.toUpperCase()} · P2`);
      colours.set(call, one(svg, (n) => n.attrs['data-call'] === call).attrs.fill);
    }
    expect(new Set(colours.values()).size).toBe(3);
    const none = clone(latest);
    none.readiness_decision = null;
    expect(texts(readinessBadge(none))).toEqual(['readiness', 'n/a']);
    expect(Number(one(skip, (n) => n.name === 'svg').attrs.height)).toBeLessThanOrEqual(20);
  });
});

describe('every chart', () => {
  it.each(SCENARIO_RUNS)('is deterministic, accessible and small (%s)', async (run) => {
    const { latest, history } = await goldenPair(run);
    const a = renderCharts(latest, history);
    const b = renderCharts(clone(latest), clone(history));
    expect(Object.keys(a)).toEqual(Object.values(CHART_FILES));
    for (const [name, svg] of Object.entries(a)) {
      expect(svg).toBe(b[name]);
      expect(Buffer.byteLength(svg)).toBeLessThan(30 * 1024);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*role="img"/);
      expect(svg).toMatch(/<title id="[a-z-]+-title">[^<]+<\/title><desc id="[a-z-]+-desc">[^<]+<\/desc>/);
      // transparent: no full-size background rectangle, no NaN or exponent anywhere
      expect(svg).not.toMatch(/NaN|Infinity|\de[+-]\d/);
      expect(nodes(svg, 'rect').some((r) => r.attrs.width === '100%')).toBe(false);
    }
    // another day's data gives different bytes (the charts are not frozen)
    const later = clone(latest);
    later.current_status.fitness.ctl += 1;
    expect(renderCharts(later, history)[CHART_FILES.fitness]).not.toBe(a[CHART_FILES.fitness]);
  });
});
