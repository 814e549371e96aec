/**
 * Weekly load through the season: one bar per training week of history.json's weekly tier (its
 * total_tss) over the last 26 weeks, coloured by the week's detected training phase, with the
 * week's ramp rate (CTL change per week) as a line on its own axis.
 *
 * The axis ends at the week holding today, so a week the tier does not hold (or holds without a
 * load) is an empty slot, never a zero bar; a week with a real load of 0 is a bar of height 0.
 */
import type { ChartsLatest, HistoryRead, Row } from '../read-back.js';
import type { WeeklyRow } from '../../contract/index.js';
import { runDay } from './fitness.js';
import {
  COLOURS,
  dayNumber,
  el,
  emptyChart,
  finite,
  gappedPath,
  isoDay,
  linear,
  niceDomain,
  niceTicks,
  num,
  PHASE_COLOURS,
  shortDay,
  shown,
  svgDoc,
  text,
} from './svg.js';

export const WEEKS = 26;

const W = 760;
const H = 280;
const M = { left: 44, right: 44, top: 44, bottom: 26 };

export interface LoadWeek {
  weekStart: string;
  tss: number | null;
  ramp: number | null;
  phase: string | null;
}

/** The 26 week slots ending at the week that holds today (the tier's last week when the run day is unknown). */
export function weeklySeries(latest: ChartsLatest, history: HistoryRead | null): LoadWeek[] | null {
  const rows: Row<WeeklyRow>[] = Array.isArray(history?.weekly_180d) ? history.weekly_180d : [];
  const byStart = new Map<number, Row<WeeklyRow>>();
  for (const r of rows) {
    const n = dayNumber(r?.week_start);
    if (n !== null) byStart.set(n, r);
  }
  if (byStart.size === 0) return null;
  let end = Math.max(...byStart.keys());
  const today = runDay(latest);
  if (today !== null) while (today - end >= 7) end += 7;
  const out: LoadWeek[] = [];
  for (let n = end - 7 * (WEEKS - 1); n <= end; n += 7) {
    const r = byStart.get(n);
    out.push({
      weekStart: isoDay(n),
      tss: finite(r?.total_tss),
      ramp: finite(r?.ramp_rate),
      phase: typeof r?.phase_detected === 'string' && r.phase_detected ? r.phase_detected : null,
    });
  }
  return out;
}

export function phaseColour(phase: string | null): string {
  return phase === null ? PHASE_COLOURS.other : (PHASE_COLOURS[phase] ?? PHASE_COLOURS.other);
}

export function weeklyLoadChart(latest: ChartsLatest, history: HistoryRead | null): string {
  const title = 'Weekly load (TSS) — last 26 weeks';
  const weeks = weeklySeries(latest, history);
  if (weeks === null || weeks.every((w) => w.tss === null && w.ramp === null))
    return emptyChart('weekly-load', W, 120, title, 'No history yet — the weekly load appears after the first weeks of training');

  const loads = weeks.map((w) => w.tss).filter((v): v is number => v !== null);
  const ramps = weeks.map((w) => w.ramp).filter((v): v is number => v !== null);
  const [t0, t1] = niceDomain(0, Math.max(1, ...loads), 4);
  const rampAbs = Math.max(1, ...ramps.map((r) => Math.abs(r)));
  const [r0, r1] = niceDomain(-rampAbs, rampAbs, 4);
  const slot = (W - M.left - M.right) / WEEKS;
  const xs = linear([0, WEEKS], [M.left, W - M.right]);
  const y = linear([t0, t1], [H - M.bottom, M.top]);
  const yr = linear([r0, r1], [H - M.bottom, M.top]);
  const centre = (i: number) => xs(i) + slot / 2;

  const body: string[] = [text(M.left, 18, title, { class: 'b', 'font-size': 13 })];
  // the legend names the phases the bars show, in the order of a season, then any other, then "No phase"
  const shownPhases = new Set(weeks.filter((w) => w.tss !== null).map((w) => w.phase ?? 'No phase'));
  const order = Object.keys(PHASE_COLOURS).filter((p) => p !== 'other');
  const present = [
    ...order.filter((p) => shownPhases.has(p)),
    ...[...shownPhases].filter((p) => !order.includes(p) && p !== 'No phase').sort(),
    ...(shownPhases.has('No phase') ? ['No phase'] : []),
  ];
  let lx = M.left;
  for (const p of present) {
    body.push(el('rect', { x: lx, y: 25, width: 10, height: 10, rx: 2, fill: phaseColour(p === 'No phase' ? null : p) }));
    body.push(text(lx + 14, 34, p));
    lx += 14 + p.length * 6.2 + 12;
  }
  body.push(el('line', { x1: lx, y1: 30, x2: lx + 14, y2: 30, stroke: COLOURS.ramp, 'stroke-width': 2 }));
  body.push(text(lx + 18, 34, 'Ramp rate (CTL/week, right axis)'));
  const rampNow = finite(latest?.current_status?.fitness?.ramp_rate);
  if (rampNow !== null) body.push(text(W - 8, 18, `ramp rate now ${shown(rampNow)}`, { 'text-anchor': 'end' }));

  const grid: string[] = [];
  for (const t of niceTicks(t0, t1, 4)) {
    grid.push(el('line', { x1: M.left, x2: W - M.right, y1: y(t), y2: y(t), stroke: COLOURS.grid, 'stroke-opacity': 0.2 }));
    grid.push(text(M.left - 6, y(t) + 4, num(t), { 'text-anchor': 'end' }));
  }
  for (const t of niceTicks(r0, r1, 4)) grid.push(text(W - M.right + 6, yr(t) + 4, num(t), { fill: COLOURS.ramp }));
  weeks.forEach((w, i) => {
    if (i % 4 === 1) grid.push(text(centre(i), H - 8, shortDay(dayNumber(w.weekStart)!), { 'text-anchor': 'middle' }));
  });
  body.push(el('g', { 'data-layer': 'grid' }, grid));

  const bars: string[] = [];
  const barW = slot * 0.72;
  weeks.forEach((w, i) => {
    if (w.tss === null) return;
    bars.push(
      el('rect', {
        x: centre(i) - barW / 2,
        y: y(w.tss),
        width: barW,
        height: y(0) - y(w.tss),
        rx: 1.5,
        fill: phaseColour(w.phase),
        'fill-opacity': 0.8,
        'data-week': w.weekStart,
        'data-tss': shown(w.tss),
        'data-phase': w.phase ?? '',
      }),
    );
  });
  const ramp = gappedPath(weeks.map((w, i) => (w.ramp === null ? null : ([centre(i), yr(w.ramp)] as const))));
  const dots = weeks.flatMap((w, i) =>
    w.ramp === null
      ? []
      : [el('circle', { cx: centre(i), cy: yr(w.ramp), r: 2.5, fill: COLOURS.ramp, 'data-week': w.weekStart, 'data-ramp': shown(w.ramp) })],
  );
  body.push(
    el(
      'g',
      {
        'data-layer': 'plot',
        'data-tss0': t0,
        'data-tss1': t1,
        'data-ramp0': r0,
        'data-ramp1': r1,
        'data-y0': y.range[0],
        'data-y1': y.range[1],
      },
      [
        el('g', { 'data-series': 'tss', 'data-count': bars.length }, bars),
        el('line', {
          x1: M.left,
          x2: W - M.right,
          y1: yr(0),
          y2: yr(0),
          stroke: COLOURS.ramp,
          'stroke-opacity': 0.35,
          'stroke-dasharray': '2 3',
        }),
        el('path', { d: ramp.d || null, fill: 'none', stroke: COLOURS.ramp, 'stroke-width': 1.5, 'data-series': 'ramp' }),
        el('g', { 'data-series': 'ramp-points', 'data-count': dots.length }, dots),
      ],
    ),
  );

  const last = [...weeks].reverse().find((w) => w.tss !== null);
  const desc =
    `Weekly training load (TSS) for the 26 weeks from ${weeks[0].weekStart} to ${weeks[WEEKS - 1].weekStart}, coloured by training phase, ` +
    `with the weekly ramp rate.` +
    (last ? ` Latest week with data (${last.weekStart}): ${shown(last.tss!)} TSS${last.phase ? `, ${last.phase}` : ''}.` : '');
  return svgDoc('weekly-load', W, H, title, desc, body);
}
