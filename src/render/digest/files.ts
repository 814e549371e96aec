/**
 * Where the rest of the data is and when Section 11 reads it: latest.json always, history.json
 * for trends, intervals.json only for a session flagged has_intervals / has_dfa, routes.json only
 * for an event flagged has_terrain.
 */
import type { LatestRead } from '../read-back.js';
import { dict, list, text } from './format.js';
import { periodStart } from './sessions.js';

export function filesSection(latest: LatestRead, historyPresent: boolean): string[] {
  const start = periodStart(latest);
  const acts = list(latest.recent_activities).map(dict);
  const flagged = acts.filter(
    (a) => (a.has_intervals === true || a.has_dfa === true) && (start === null || String(a.date ?? '').slice(0, 10) >= start),
  );
  const rc = dict(latest.race_calendar);
  const routed = [...list(latest.planned_workouts), ...list(rc.all_races)].map(dict).filter((e) => e.has_terrain === true);
  const out = ['', '## The other files', ''];
  out.push(
    '- **latest.json** — the source of every number above and always primary for readiness, load and go/modify/skip. Its READ_THIS_FIRST block holds the reading rules.',
    `- **history.json** — ${historyPresent ? 'longitudinal context (daily, weekly and monthly rows, FTP timeline)' : 'not present yet'}; read it for trend, seasonal and phase-transition questions, never to override today’s signals.`,
    `- **intervals.json** — per-interval segments and DFA rollups; read it only for a session with has_intervals or has_dfa${
      flagged.length ? ` (in this period: ${flagged.map((a) => `${text(a.date)} ${text(a.name)}`).join('; ')})` : ' (none in this period)'
    }.`,
    `- **routes.json** — route terrain of planned events; read it only for an event with has_terrain${
      routed.length ? ` (ahead: ${routed.map((e) => `${text(e.date)} ${text(e.name)}`).join('; ')})` : ' (none ahead)'
    }.`,
    '- **ftp_history.json** — the FTP settings over time, for benchmark and FTP-age questions.',
    '- **mirror.json** — the index of these files: size, content hash and an estimate of each one’s tokens.',
  );
  return out;
}
