/**
 * The performance management chart: fitness (CTL), fatigue (ATL) and form (TSB) over the last
 * 90 days, from history.json's daily tier, brought up to today with latest.json's current values
 * (the ones a coach reads), and the races ahead from latest.json's race calendar.
 *
 * CTL and ATL are lines, TSB is a bar per day around the zero line. A day the tier does not hold,
 * or holds without a value, is a gap: the line breaks and there is no bar. Today's values are
 * dots labelled with the values exactly as latest.json writes them.
 *
 * The plot area carries its scale as data attributes (data-day0/day1 over data-x0/x1, data-v0/v1
 * over data-y0/y1), so a reader can map every coordinate back to the value it plots.
 */
import type { ChartsLatest, Fitness, HistoryRead, Row } from '../read-back.js';
import type { DailyRow, Race } from '../../contract/index.js';
import {
  clip,
  COLOURS,
  dayNumber,
  el,
  emptyChart,
  finite,
  gappedPath,
  isoDay,
  linear,
  monthStart,
  niceDomain,
  niceTicks,
  num,
  shortDay,
  shown,
  svgDoc,
  text,
} from './svg.js';

export const FITNESS_DAYS = 90;
/** Races further ahead than this are named in the caption instead of stretching the axis. */
export const RACE_HORIZON_DAYS = 90;

const W = 760;
const H = 300;
const M = { left: 40, right: 96, top: 44, bottom: 26 };

export interface FitnessDay {
  date: string;
  ctl: number | null;
  atl: number | null;
  tsb: number | null;
}

export interface RaceMark {
  date: string;
  day: number;
  name: string;
  category: string;
  distance: string | null;
}

/** The calendar day of the run (latest.json's metadata.last_updated), or null. */
export function runDay(latest: ChartsLatest): number | null {
  return dayNumber(latest?.metadata?.last_updated);
}

/**
 * The 90 days ending today, one entry per day: the daily tier's values for the days before today,
 * latest.json's current fitness for today (the tier's own today row when latest.json has none).
 */
export function fitnessSeries(latest: ChartsLatest, history: HistoryRead | null): { today: number; days: FitnessDay[] } | null {
  const rows: Row<DailyRow>[] = Array.isArray(history?.daily_90d) ? history.daily_90d : [];
  const byDay = new Map<number, Row<DailyRow>>();
  for (const r of rows) {
    const n = dayNumber(r?.date);
    if (n !== null) byDay.set(n, r);
  }
  const lastRow = byDay.size ? Math.max(...byDay.keys()) : null;
  const today = runDay(latest) ?? lastRow;
  if (today === null) return null;
  const current: Fitness = latest?.current_status?.fitness ?? {};
  const days: FitnessDay[] = [];
  for (let n = today - FITNESS_DAYS + 1; n <= today; n++) {
    const r = byDay.get(n);
    const fromLatest = n === today && (finite(current.ctl) !== null || finite(current.atl) !== null || finite(current.tsb) !== null);
    const src = fromLatest ? current : r;
    days.push({ date: isoDay(n), ctl: finite(src?.ctl), atl: finite(src?.atl), tsb: finite(src?.tsb) });
  }
  return { today, days };
}

/** "42.2 km" from a display block's value and unit; null unless both are usable. */
function distanceText(value: unknown, unit: unknown): string | null {
  const x = finite(value);
  return x !== null && typeof unit === 'string' ? `${shown(x)} ${unit}` : null;
}

/** The races on or after today, nearest first, with the distance in the athlete's unit. */
export function racesAhead(latest: ChartsLatest, today: number): RaceMark[] {
  const races = latest?.race_calendar?.all_races;
  const all: Row<Race>[] = Array.isArray(races) ? races : [];
  const out: RaceMark[] = [];
  for (const r of all) {
    const day = dayNumber(r?.date);
    if (day === null || day < today) continue;
    const dist = r?.display?.distance;
    out.push({
      date: isoDay(day),
      day,
      name: typeof r.name === 'string' && r.name ? r.name : 'Race',
      category: typeof r.category === 'string' ? r.category.replace(/^RACE_/, '') : '',
      distance: distanceText(dist?.value, dist?.unit),
    });
  }
  return out.sort((a, b) => a.day - b.day);
}

function raceLabel(r: RaceMark): string {
  return `${clip(r.name, 22)}${r.category ? ` (${r.category})` : ''}${r.distance ? ` · ${r.distance}` : ''}`;
}

export function fitnessChart(latest: ChartsLatest, history: HistoryRead | null): string {
  const title = 'Fitness, fatigue and form — last 90 days';
  const series = fitnessSeries(latest, history);
  const hasHistory = series !== null && series.days.slice(0, -1).some((d) => d.ctl !== null || d.atl !== null || d.tsb !== null);
  if (series === null || !hasHistory) {
    const cur: Fitness = latest?.current_status?.fitness ?? {};
    const now = (['ctl', 'atl', 'tsb'] as const)
      .flatMap((k) => {
        const x = finite(cur[k]);
        return x === null ? [] : [`${k.toUpperCase()} ${shown(x)}`];
      })
      .join(' · ');
    return emptyChart('fitness', W, 120, title, `No history yet${now ? ` — today ${now}` : ''}`);
  }
  const { today, days } = series;
  const first = today - FITNESS_DAYS + 1;
  const races = racesAhead(latest, today);
  const onAxis = races.filter((r) => r.day - today <= RACE_HORIZON_DAYS);
  const later = races.filter((r) => r.day - today > RACE_HORIZON_DAYS);
  const lastDay = onAxis.length ? Math.max(today, onAxis[onAxis.length - 1].day + 2) : today;

  const values = days.flatMap((d) => [d.ctl, d.atl, d.tsb]).filter((v): v is number => v !== null);
  const [v0, v1] = niceDomain(Math.min(0, ...values), Math.max(0, ...values), 5);
  const x = linear([first, lastDay], [M.left, W - M.right]);
  const y = linear([v0, v1], [H - M.bottom, M.top]);
  const step = (W - M.left - M.right) / (lastDay - first + 1);
  const barW = Math.max(1, step * 0.7);

  const body: string[] = [];
  body.push(text(M.left, 18, title, { class: 'b', 'font-size': 13 }));
  // legend
  const legend: Array<[string, string, string]> = [
    ['Fitness (CTL)', COLOURS.ctl, 'line'],
    ['Fatigue (ATL)', COLOURS.atl, 'line'],
    ['Form (TSB)', COLOURS.tsbUp, 'bar'],
  ];
  let lx = M.left;
  for (const [label, colour, kind] of legend) {
    body.push(
      kind === 'line'
        ? el('line', { x1: lx, y1: 30, x2: lx + 14, y2: 30, stroke: colour, 'stroke-width': 2.5 })
        : el('rect', { x: lx + 3, y: 25, width: 8, height: 10, fill: colour }),
    );
    body.push(text(lx + 18, 34, label));
    lx += 18 + label.length * 6.2 + 14;
  }
  if (later.length) body.push(text(W - 8, 34, `Later: ${raceLabel(later[0])} on ${later[0].date}`, { 'text-anchor': 'end' }));

  // grid and value axis
  const grid: string[] = [];
  for (const t of niceTicks(v0, v1, 5)) {
    grid.push(
      el('line', {
        x1: M.left,
        x2: W - M.right,
        y1: y(t),
        y2: y(t),
        stroke: COLOURS.grid,
        'stroke-opacity': t === 0 ? 0.7 : 0.2,
      }),
    );
    grid.push(text(M.left - 6, y(t) + 4, num(t), { 'text-anchor': 'end' }));
  }
  for (let n = first; n <= lastDay; n++) {
    const m = monthStart(n);
    // (a month whose label would collide with "today" gives way)
    if (m && Math.abs(x(n) - x(today)) > 28) grid.push(text(x(n), H - 8, m, { 'text-anchor': 'middle' }));
  }
  body.push(el('g', { 'data-layer': 'grid' }, grid));

  // races ahead
  const raceEls: string[] = [];
  onAxis.forEach((r, i) => {
    const rx = x(r.day);
    raceEls.push(
      el('line', { x1: rx, x2: rx, y1: M.top, y2: H - M.bottom, stroke: COLOURS.race, 'stroke-width': 1.5, 'stroke-dasharray': '3 3' }),
    );
    raceEls.push(el('path', { d: `M${num(rx, 1)} ${M.top}l5 3l-5 3z`, fill: COLOURS.race }));
    raceEls.push(text(rx - 3, M.top + 12 + (i % 3) * 12, raceLabel(r), { 'text-anchor': 'end', 'font-size': 10 }));
  });
  if (raceEls.length)
    body.push(el('g', { 'data-layer': 'races', 'data-count': onAxis.length, 'data-dates': onAxis.map((r) => r.date).join(' ') }, raceEls));

  // today
  const tx = x(today);
  body.push(el('line', { x1: tx, x2: tx, y1: M.top, y2: H - M.bottom, stroke: COLOURS.grid, 'stroke-opacity': 0.6 }));
  body.push(text(tx, H - 8, 'today', { 'text-anchor': 'middle', class: 'b' }));

  // form bars
  const bars: string[] = [];
  for (let i = 0; i < days.length; i++) {
    const v = days[i].tsb;
    if (v === null) continue;
    const top = Math.min(y(v), y(0));
    bars.push(
      el('rect', {
        x: x(first + i) - barW / 2,
        y: top,
        width: barW,
        height: Math.abs(y(v) - y(0)),
        fill: v >= 0 ? COLOURS.tsbUp : COLOURS.tsbDown,
        'fill-opacity': 0.7,
        'data-date': days[i].date,
      }),
    );
  }
  const plot: string[] = [el('g', { 'data-series': 'tsb', 'data-count': bars.length }, bars)];
  for (const [key, colour] of [
    ['atl', COLOURS.atl],
    ['ctl', COLOURS.ctl],
  ] as const) {
    const pts = days.map((d, i) => (d[key] === null ? null : ([x(first + i), y(d[key]!)] as const)));
    const { d, runs } = gappedPath(pts);
    plot.push(
      el('path', {
        d: d || null,
        fill: 'none',
        stroke: colour,
        'stroke-width': key === 'ctl' ? 2.5 : 1.5,
        'stroke-linejoin': 'round',
        'data-series': key,
        'data-count': runs.reduce((s, r) => s + r.length, 0),
      }),
    );
    // a day standing alone between gaps would be invisible as a line: give it a dot
    for (const run of runs) if (run.length === 1) plot.push(el('circle', { cx: run[0][0], cy: run[0][1], r: 1.5, fill: colour }));
  }
  body.push(
    el(
      'g',
      {
        'data-layer': 'plot',
        'data-day0': isoDay(first),
        'data-day1': isoDay(lastDay),
        'data-x0': x.range[0],
        'data-x1': x.range[1],
        'data-v0': v0,
        'data-v1': v1,
        'data-y0': y.range[0],
        'data-y1': y.range[1],
      },
      plot,
    ),
  );

  // today's values, labelled as latest.json writes them
  const t = days[days.length - 1];
  const labels: Array<[string, number | null, string]> = [
    ['Fitness', t.ctl, COLOURS.ctl],
    ['Fatigue', t.atl, COLOURS.atl],
    ['Form', t.tsb, t.tsb !== null && t.tsb < 0 ? COLOURS.tsbDown : COLOURS.tsbUp],
  ];
  const marks: string[] = [];
  for (const [label, v, colour] of labels) {
    if (v !== null)
      marks.push(el('circle', { cx: tx, cy: y(v), r: 3.5, fill: colour, 'data-today': label.toLowerCase(), 'data-value': shown(v) }));
  }
  // the labels beside the plot, top to bottom by value, at least a line apart
  let prev = -Infinity;
  for (const [label, v, colour] of labels.filter((l) => l[1] !== null).sort((a, b) => y(a[1]!) - y(b[1]!))) {
    const ly = Math.max(y(v!) + 4, prev + 13);
    prev = ly;
    marks.push(text(W - M.right + 8, ly, `${label} ${shown(v!)}`, { fill: colour, class: 'b' }));
  }
  body.push(el('g', { 'data-layer': 'today', 'data-date': t.date }, marks));

  const desc =
    `Daily fitness (CTL), fatigue (ATL) and form (TSB) from ${isoDay(first)} to ${t.date}. ` +
    `Today (${shortDay(today)}): ${labels
      .filter((l) => l[1] !== null)
      .map((l) => `${l[0].toLowerCase()} ${shown(l[1]!)}`)
      .join(', ')}.` +
    (races.length ? ` Races ahead: ${races.map((r) => `${r.name} on ${r.date}`).join('; ')}.` : '');
  return svgDoc('fitness', W, H, title, desc, body);
}
