/**
 * The data repository's README as the athlete's dashboard: the action owns one section of it,
 * between two HTML comment markers, and leaves every other byte of the user's README as it is.
 *
 *   <!-- intervals-mirror:start -->            (outputs at the repository root)
 *   <!-- intervals-mirror:start dir=alice -->  (outputs in the folder alice/: one section per folder,
 *                                               so several athletes can share one repository)
 *
 * The section holds the readiness badge, today's call in one sentence (values copied from
 * latest.json, nothing recomputed), the charts, links to the data files and the "Last successful
 * sync" line. Images and links are relative to the README at the repository root, so they render
 * on github.com for private repositories too.
 */
import type { LatestRead } from './read-back.js';
import { CHART_FILES } from './charts/index.js';
import { readinessCall } from './charts/readiness-badge.js';
import { finite, shown } from './charts/svg.js';

export const SECTION_START = 'intervals-mirror:start';
export const SECTION_END = 'intervals-mirror:end';
export const SYNC_LABEL = '**Last successful sync:**';

export interface SectionInput {
  /** this run's latest.json */
  latest: LatestRead;
  /** repository folder of the outputs ('' = root) */
  dir: string;
  /** "YYYY-MM-DD HH:MM:SS UTC" */
  syncedAt: string;
  /** names (relative to the output folder) of the files the folder holds after this run */
  files: ReadonlySet<string>;
}

/** The folder as written in the marker: '' for the root, else the URI-encoded path. */
function markerKey(dir: string): string {
  return dir ? ` dir=${encodeURI(dir)}` : '';
}

export function sectionMarkers(dir: string): { start: string; end: string } {
  return { start: `<!-- ${SECTION_START}${markerKey(dir)} -->`, end: `<!-- ${SECTION_END}${markerKey(dir)} -->` };
}

/** Text copied from the data, made inert as Markdown (no emphasis, links, HTML or table cells). */
export function mdText(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]{}#|!~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A link target relative to the README at the root: the folder, then the file, each segment encoded. */
export function relativeLink(dir: string, name: string): string {
  return [...(dir ? dir.split('/') : []), ...name.split('/')].map(encodeURIComponent).join('/');
}

/** Today's call in one sentence, from latest.json's readiness decision. */
export function todaysCall(latest: LatestRead): string {
  const c = readinessCall(latest);
  if (c.call === null) return 'No readiness decision today (latest.json has none).';
  const head = `**${c.call.toUpperCase()}** today${c.priority === null ? '' : ` (priority ${shown(c.priority)})`}`;
  return c.reason ? `${head}: ${mdText(c.reason)}` : `${head}.`;
}

/** The numbers beside the call, each copied from latest.json (absent ones are left out). */
export function todaysNumbers(latest: LatestRead): string | null {
  const f = latest?.current_status?.fitness ?? {};
  const parts: string[] = [];
  for (const [label, key] of [
    ['Fitness (CTL)', 'ctl'],
    ['fatigue (ATL)', 'atl'],
    ['form (TSB)', 'tsb'],
    ['ramp rate', 'ramp_rate'],
  ] as const) {
    const v = finite(f[key]);
    if (v !== null) parts.push(`${label} ${shown(v)}`);
  }
  const phase = latest?.derived_metrics?.phase_detected;
  if (typeof phase === 'string' && phase) parts.push(`phase ${mdText(phase)}`);
  const next = latest?.race_calendar?.next_race;
  if (next && typeof next.name === 'string' && next.name) {
    const days = finite(next.days_until);
    parts.push(
      `next race ${mdText(next.name)}${typeof next.category === 'string' ? ` (${mdText(next.category)})` : ''}` +
        (typeof next.date === 'string' ? ` on ${mdText(next.date)}` : '') +
        (days === null ? '' : `, in ${shown(days)} days`),
    );
  }
  if (parts.length === 0) return null;
  const s = parts.join(' · ');
  return `${s[0].toUpperCase()}${s.slice(1)}.`;
}

const CHART_ALT: ReadonlyArray<[string, string]> = [
  [CHART_FILES.fitness, 'Fitness (CTL), fatigue (ATL) and form (TSB) over the last 90 days'],
  [CHART_FILES.weeklyLoad, 'Weekly load over the last 26 weeks, by training phase, with the ramp rate'],
  [CHART_FILES.intensity, 'Intensity distribution in Seiler zones, last 7 and 28 days'],
];

/** The whole marked section (markers included), lines joined with "\n". */
export function renderSection(input: SectionInput): string {
  const { latest, dir, files } = input;
  const { start, end } = sectionMarkers(dir);
  const lines: string[] = [start, `## Training dashboard${dir ? ` — ${mdText(dir)}` : ''}`, ''];
  const c = readinessCall(latest);
  const badgeAlt =
    c.call === null
      ? 'Readiness: no decision'
      : `Readiness: ${c.call.toUpperCase()}${c.priority === null ? '' : `, priority ${shown(c.priority)}`}`;
  const call = todaysCall(latest);
  lines.push(files.has(CHART_FILES.readiness) ? `![${badgeAlt}](${relativeLink(dir, CHART_FILES.readiness)}) ${call}` : call);
  const numbers = todaysNumbers(latest);
  if (numbers) lines.push('', numbers);
  for (const [file, alt] of CHART_ALT) if (files.has(file)) lines.push('', `![${alt}](${relativeLink(dir, file)})`);
  const links = ['latest.md', 'latest.json', 'history.json']
    .filter((f) => files.has(f))
    .map((f) => `[${f}](${relativeLink(dir, f)})`)
    .join(' · ');
  if (links) lines.push('', `Data: ${links}`);
  lines.push('', `${SYNC_LABEL} ${input.syncedAt}`, end);
  return lines.join('\n');
}

const MARKER = /<!--\s*intervals-mirror:(start|end)((?:\s+dir=\S+?)?)\s*-->/g;

/** The markers of the README that belong to `dir`: [kind, index, length]. */
function markersOf(readme: string, dir: string): Array<{ kind: string; index: number; length: number }> {
  const want = markerKey(dir).trim();
  const out: Array<{ kind: string; index: number; length: number }> = [];
  for (const m of readme.matchAll(MARKER)) if (m[2].trim() === want) out.push({ kind: m[1], index: m.index, length: m[0].length });
  return out;
}

/**
 * The README with the section in place: the old section (start marker through its end marker)
 * replaced; a start marker whose end marker was deleted replaced by the section alone (the text
 * after it stays); the section appended when the README has none; a minimal README around it
 * when there is no README. The README's line endings are kept.
 */
export function placeSection(readme: string | null, dir: string, section: string): string {
  if (readme === null) return `# Training data\n\nSynced from Intervals.icu by intervals-mirror.\n\n${section}\n`;
  const eol = readme.includes('\r\n') ? '\r\n' : '\n';
  const body = section.split('\n').join(eol);
  const marks = markersOf(readme, dir);
  const start = marks.find((m) => m.kind === 'start');
  if (start) {
    const end = marks.find((m) => m.kind === 'end' && m.index > start.index);
    const stop = end ? end.index + end.length : start.index + start.length;
    return readme.slice(0, start.index) + body + readme.slice(stop);
  }
  const sep = readme === '' ? '' : readme.endsWith('\n') ? eol : eol + eol;
  return `${readme}${sep}${body}${eol}`;
}
