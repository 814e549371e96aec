/**
 * latest.md: a short Markdown digest of this run's latest.json (and history.json for the weekly
 * trend) for AI coaches whose context cannot hold the JSON. It is a pure function of those files
 * and copies their values as they are, so it can never disagree with them; the JSON stays the
 * source of truth.
 *
 * Budget: DIGEST_BUDGET_BYTES. The lists are capped, and when a very busy week would still go over
 * the budget the caps shrink step by step (each cut list says where the rest is).
 */
import type { LatestRead, HistoryRead } from '../read-back.js';
import { filesSection } from './files.js';
import { plannedSection, raceSection } from './calendar.js';
import { sessionsSection, wellnessSection } from './sessions.js';
import { alertsSection, headerSection, loadSection, phaseSection, todaySection } from './today.js';

/** ≈3k tokens at ~4 bytes a token. */
export const DIGEST_BUDGET_BYTES = 12 * 1024;

interface Caps {
  alerts: number;
  races: number;
  sessions: number;
  planned: number;
  weeks: number;
}

const CAP_STEPS: Caps[] = [
  { alerts: 12, races: 5, sessions: 30, planned: 14, weeks: 4 },
  { alerts: 8, races: 3, sessions: 16, planned: 8, weeks: 3 },
  { alerts: 5, races: 2, sessions: 8, planned: 4, weeks: 2 },
  { alerts: 3, races: 1, sessions: 4, planned: 2, weeks: 1 },
];

function render(latest: LatestRead, history: HistoryRead | null, caps: Caps): string {
  const lines = [
    ...headerSection(latest),
    ...todaySection(latest),
    ...loadSection(latest),
    ...phaseSection(latest),
    ...alertsSection(latest, caps.alerts),
    ...raceSection(latest, caps.races),
    ...sessionsSection(latest, caps.sessions),
    ...plannedSection(latest, caps.planned),
    ...wellnessSection(latest, history, caps.weeks),
    ...filesSection(latest, history !== null),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The digest of one run. `history` is this run's history.json, or the previous one when it was not
 * regenerated (null when there is none).
 */
export function renderDigest(latest: LatestRead, history: HistoryRead | null): string {
  let md = '';
  for (const caps of CAP_STEPS) {
    md = render(latest, history, caps);
    if (Buffer.byteLength(md, 'utf8') <= DIGEST_BUDGET_BYTES) return md;
  }
  return md;
}
