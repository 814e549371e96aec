/**
 * Today's call as a badge, small enough for the first line of a README: "readiness | SKIP · P0",
 * the right half in the call's colour (go green, modify amber, skip red; grey when latest.json
 * has no readiness decision). The badge paints its own background, so it reads the same on
 * light and dark pages.
 */
import type { ChartsLatest } from '../read-back.js';
import { el, finite, shown, svgDoc, text } from './svg.js';

const H = 20;
/** Darker than the chart palette: white text on them keeps at least 4.5:1. */
const BADGE: Record<Call | 'none', string> = { go: '#1f883d', modify: '#9a6700', skip: '#cf222e', none: '#6e7781' };
const LABEL = 'readiness';

export type Call = 'go' | 'modify' | 'skip';

export interface ReadinessCall {
  call: Call | null;
  priority: number | null;
  reason: string | null;
}

export function readinessCall(latest: ChartsLatest): ReadinessCall {
  const rd = latest?.readiness_decision;
  if (!rd || typeof rd !== 'object') return { call: null, priority: null, reason: null };
  const rec = typeof rd.recommendation === 'string' ? rd.recommendation.toLowerCase() : '';
  return {
    call: rec === 'go' || rec === 'modify' || rec === 'skip' ? rec : null,
    priority: finite(rd.priority),
    reason: typeof rd.reason === 'string' && rd.reason ? rd.reason : null,
  };
}

/** The badge's right-hand text: "SKIP · P0", "GO", or "n/a". */
export function badgeValue(c: ReadinessCall): string {
  if (c.call === null) return 'n/a';
  return c.priority === null ? c.call.toUpperCase() : `${c.call.toUpperCase()} · P${shown(c.priority)}`;
}

/** Width of a short text at 11px in the sans-serif stack (a generous estimate: text never overflows). */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[A-Z]/.test(ch) ? 7.6 : /[a-z0-9]/.test(ch) ? 6.2 : 4.5;
  return Math.ceil(w);
}

export function readinessBadge(latest: ChartsLatest): string {
  const c = readinessCall(latest);
  const value = badgeValue(c);
  const colour = BADGE[c.call ?? 'none'];
  const lw = textWidth(LABEL) + 12;
  const vw = textWidth(value) + 14;
  const title =
    c.call === null
      ? 'Readiness: no decision today'
      : `Readiness: ${c.call.toUpperCase()}${c.priority === null ? '' : `, priority ${shown(c.priority)}`}`;
  const desc = c.reason ?? (c.call === null ? 'latest.json has no readiness decision for today.' : `Today's call: ${c.call}.`);
  return svgDoc(
    'readiness',
    lw + vw,
    H,
    title,
    desc,
    [
      el('rect', { width: lw, height: H, rx: 3, fill: '#555d66' }),
      el('rect', { x: lw, width: vw, height: H, rx: 3, fill: colour, 'data-call': c.call ?? 'none' }),
      el('rect', { x: lw - 3, width: 6, height: H, fill: colour }),
      text(lw / 2, 14, LABEL, { 'text-anchor': 'middle', fill: '#ffffff' }),
      text(lw + vw / 2, 14, value, { 'text-anchor': 'middle', fill: '#ffffff', class: 'b', 'data-value': value }),
    ],
    { 'data-priority': c.priority === null ? null : shown(c.priority) },
  );
}
