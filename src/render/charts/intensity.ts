/**
 * Intensity distribution: the Seiler three-zone split latest.json carries for the last 7 and
 * 28 days (derived_metrics.seiler_tid_7d / _28d): Z1 below the first threshold, Z2 between the
 * thresholds, Z3 above the second. One stacked bar per window, each segment as wide as its
 * percentage, labelled with the percentage as latest.json writes it, and the window's
 * classification (Polarized, Pyramidal, Threshold, Base …).
 */
import type { ChartsLatest } from '../read-back.js';
import { COLOURS, el, emptyChart, finite, linear, shown, svgDoc, text } from './svg.js';

const W = 760;
const H = 150;
const M = { left: 84, right: 150, top: 44 };
const ROW = 40;
const BAR_H = 24;

export const WINDOWS = [
  ['7d', 'Last 7 days', 'seiler_tid_7d'],
  ['28d', 'Last 28 days', 'seiler_tid_28d'],
] as const;

export const ZONES = [
  ['z1', 'Z1 easy', COLOURS.z1],
  ['z2', 'Z2 threshold', COLOURS.z2],
  ['z3', 'Z3 high', COLOURS.z3],
] as const;

export interface TidRow {
  window: string;
  label: string;
  pct: Record<'z1' | 'z2' | 'z3', number | null>;
  classification: string | null;
  basis: string | null;
}

export function intensityRows(latest: ChartsLatest): TidRow[] {
  const dm = latest?.derived_metrics ?? {};
  return WINDOWS.map(([window, label, key]) => {
    const tid = dm[key];
    const t = tid && typeof tid === 'object' ? tid : null;
    return {
      window,
      label,
      pct: { z1: finite(t?.z1_pct), z2: finite(t?.z2_pct), z3: finite(t?.z3_pct) },
      classification: typeof t?.classification === 'string' ? t.classification : null,
      basis: typeof t?.zone_basis === 'string' ? t.zone_basis : null,
    };
  });
}

const hasData = (r: TidRow) => ZONES.some(([z]) => (r.pct[z] ?? 0) > 0);

export function intensityChart(latest: ChartsLatest): string {
  const title = 'Intensity distribution (Seiler zones)';
  const rows = intensityRows(latest);
  if (!rows.some(hasData)) return emptyChart('intensity', W, 120, title, 'No zone time yet — nothing recorded in the last 28 days');
  const x = linear([0, 100], [M.left, W - M.right]);
  const body: string[] = [text(M.left, 18, title, { class: 'b', 'font-size': 13 })];
  let lx = M.left;
  for (const [, label, colour] of ZONES) {
    body.push(el('rect', { x: lx, y: 25, width: 10, height: 10, rx: 2, fill: colour }));
    body.push(text(lx + 14, 34, label));
    lx += 14 + label.length * 6.2 + 12;
  }
  const basis = [...new Set(rows.map((r) => r.basis).filter((b): b is string => b !== null))];
  if (basis.length) body.push(text(W - 8, 18, `zone basis: ${basis.join(', ')}`, { 'text-anchor': 'end' }));

  rows.forEach((r, i) => {
    const top = M.top + 10 + i * ROW;
    const mid = top + BAR_H / 2 + 4;
    body.push(text(M.left - 8, mid, r.label, { 'text-anchor': 'end' }));
    if (!hasData(r)) {
      body.push(
        el('rect', {
          x: x(0),
          y: top,
          width: x(100) - x(0),
          height: BAR_H,
          rx: 3,
          fill: 'none',
          stroke: COLOURS.grid,
          'stroke-opacity': 0.5,
          'stroke-dasharray': '4 4',
        }),
      );
      body.push(text((x(0) + x(100)) / 2, mid, 'no zone time in this window', { 'text-anchor': 'middle', 'data-empty': r.window }));
      return;
    }
    const segs: string[] = [];
    let acc = 0;
    for (const [z, label, colour] of ZONES) {
      const p = r.pct[z];
      if (p === null) continue;
      const x0 = x(acc);
      const x1 = x(Math.min(100, acc + p));
      segs.push(
        el('rect', {
          x: x0,
          y: top,
          width: Math.max(0, x1 - x0),
          height: BAR_H,
          fill: colour,
          'fill-opacity': 0.85,
          'data-zone': z,
          'data-pct': shown(p),
        }),
      );
      // the percentage inside its segment when it fits, otherwise nothing (the desc has all of them)
      if (x1 - x0 >= 44) segs.push(text((x0 + x1) / 2, mid, `${shown(p)}%`, { 'text-anchor': 'middle', fill: '#1f2328', class: 'b' }));
      else if (x1 - x0 > 0) segs.push(el('title', {}, [`${label} ${shown(p)}%`]));
      acc += p;
    }
    body.push(el('g', { 'data-window': r.window, 'data-x0': x(0), 'data-x100': x(100) }, segs));
    if (r.classification) body.push(text(W - M.right + 10, mid, r.classification, { class: 'b' }));
  });

  const desc = rows
    .map((r) =>
      hasData(r)
        ? `${r.label}: ${ZONES.map(([z, label]) => `${label} ${r.pct[z] === null ? 'n/a' : `${shown(r.pct[z]!)}%`}`).join(', ')}${
            r.classification ? ` (${r.classification})` : ''
          }.`
        : `${r.label}: no zone time.`,
    )
    .join(' ');
  return svgDoc('intensity', W, H, title, desc, body);
}
