/**
 * The job summary and the step outputs, from the latest.json of this run and what was published.
 * Every item appears only when latest.json has it; values from the user's data are HTML-escaped
 * (the summary is HTML and race names are free text).
 */
import type { summary as coreSummary } from '@actions/core';
import type { JsonObject } from '../../contract/index.js';
import { isDict } from '../../lib/py/index.js';
import type { Diagnostic } from '../../derive/diagnostics.js';
import type { CommitResult } from './commit.js';
import { PRODUCER_NAME, PRODUCER_VERSION } from '../../version.js';
import { formatBytes, type SizeReport } from '../sizes.js';

type Summary = typeof coreSummary;

/** GitHub rejects summaries over 1 MiB; ours stays far below, but alert lists are capped anyway. */
const MAX_ALERTS = 20;

export function escapeHtml(v: unknown): string {
  return String(v).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A JSON object of latest.json as read (any key may be missing or of another type), else null. */
function dict(v: unknown): JsonObject | null {
  return isDict(v) ? (v as JsonObject) : null;
}

function present(v: unknown): boolean {
  return v !== null && v !== undefined && v !== '';
}

const READINESS = new Set(['go', 'modify', 'skip']);

export function readinessOf(latest: JsonObject): string {
  const r = dict(latest.readiness_decision)?.recommendation;
  return typeof r === 'string' && READINESS.has(r) ? r : '';
}

export function phaseOf(latest: JsonObject): string {
  const dm = dict(latest.derived_metrics);
  const p = dm?.phase_detected ?? dict(dm?.phase_detection)?.phase;
  return typeof p === 'string' ? p : '';
}

export interface PublishReport {
  /** 'api' = committed through the Git Data API; 'workspace' = files written only (commit: false) */
  mode: 'api' | 'workspace';
  repository: string;
  branch: string | null;
  serverUrl: string;
  commit: CommitResult | null;
  /** workspace mode: paths written / removed */
  written: string[];
  removed: string[];
  /** the outputs changed beyond timestamps (empty = nothing to publish) */
  meaningful: string[];
  /** local path of latest.json (the workspace copy) */
  latestPath: string;
  /** the privacy mode the files were written in */
  privacy?: { anonymize: boolean; reason: string; radiusM: number } | null;
}

export function actionOutputs(latest: JsonObject, report: PublishReport): Record<string, string> {
  const files = report.commit ? report.commit.changedFiles : report.written;
  return {
    committed: report.commit?.committed ? 'true' : 'false',
    'commit-sha': report.commit?.commitSha ?? '',
    'changed-files': JSON.stringify(files),
    readiness: readinessOf(latest),
    phase: phaseOf(latest),
    'latest-path': report.latestPath,
  };
}

function signalRows(signals: JsonObject): string[][] {
  const rows: string[][] = [];
  for (const [name, raw] of Object.entries(signals)) {
    const s = dict(raw);
    if (!s) continue;
    const value = s.value ?? s.hours;
    rows.push([escapeHtml(name), escapeHtml(s.status ?? ''), present(value) ? escapeHtml(value) : '']);
  }
  return rows;
}

function fmt(v: unknown, suffix = ''): string {
  return `${escapeHtml(v)}${suffix}`;
}

/** What the run itself cost and produced, for the end of the summary. */
export interface RunFacts {
  /** the athlete's label ('' = none) */
  label?: string;
  /** the output files' sizes and token estimates (sizeReport) */
  sizes?: SizeReport | null;
  /** archive snapshots in the repository after this run; null = not counted */
  archiveCount?: number | null;
  /** bytes of every file in the repository after this run; null = not counted */
  totalBytes?: number | null;
  /** GitHub API requests this run sent */
  githubRequests?: number | null;
  /** blocks of the files that degraded this run, and why (derive's diagnostics) */
  diagnostics?: readonly Diagnostic[];
}

export function summaryHeading(label = ''): string {
  return label ? `Intervals.icu sync: ${label}` : 'Intervals.icu sync';
}

function addRunFacts(s: Summary, f: RunFacts): void {
  if (f.sizes?.rows.length) {
    s.addHeading('Files', 3);
    s.addTable([
      [
        { data: 'File', header: true },
        { data: 'Size', header: true },
        { data: 'Tokens (est.)', header: true },
      ],
      ...f.sizes.rows.map((r) => [`<code>${escapeHtml(r.file)}</code>`, escapeHtml(r.size), r.tokens.toLocaleString('en-US')]),
    ]);
    const repo = [
      `archive snapshots: ${f.archiveCount === null || f.archiveCount === undefined ? 'not counted' : f.archiveCount.toLocaleString('en-US')}`,
      `repository total: ${f.totalBytes === null || f.totalBytes === undefined ? 'not counted' : formatBytes(f.totalBytes)}`,
    ];
    s.addRaw(`<p>${repo.join('; ')}.</p>`, true);
    if (f.sizes.warning) s.addRaw(`<p><strong>Warning:</strong> ${escapeHtml(f.sizes.warning)}</p>`, true);
  }
  if (f.diagnostics?.length) {
    // a degraded block is written as the reference writes it (null or {"error": …}); the reason is here
    s.addHeading(`Degraded blocks: ${f.diagnostics.length}`, 3);
    s.addList(f.diagnostics.slice(0, 20).map((d) => `<code>${escapeHtml(d.block)}</code>: ${escapeHtml(d.reason)}`));
    if (f.diagnostics.length > 20) s.addRaw(`<p>… and ${f.diagnostics.length - 20} more (see the log).</p>`, true);
  }
  if (f.githubRequests !== null && f.githubRequests !== undefined)
    s.addRaw(`<p>GitHub API requests this run: ${f.githubRequests}.</p>`, true);
}

export function buildSummary(s: Summary, latest: JsonObject, report: PublishReport, facts: RunFacts = {}): Summary {
  s.addHeading(summaryHeading(facts.label), 2);

  const rd = dict(latest.readiness_decision);
  const rec = readinessOf(latest);
  if (rd && rec) {
    s.addHeading(`Readiness: ${rec.toUpperCase()}`, 3);
    if (present(rd.reason)) s.addRaw(`<p>${escapeHtml(rd.reason)}</p>`, true);
    const mod = dict(rd.modification);
    if (mod) {
      const triggers = Array.isArray(mod.triggers) ? mod.triggers.filter(present).map(escapeHtml) : [];
      const adj = dict(mod.suggested_adjustments);
      const parts: string[] = [];
      for (const [key, label] of [
        ['intensity', 'intensity'],
        ['volume', 'volume'],
        ['cap_zone', 'cap zone'],
      ] as const) {
        if (adj && present(adj[key])) parts.push(`${label}: <strong>${escapeHtml(adj[key])}</strong>`);
      }
      const lines = [];
      if (triggers.length) lines.push(`Triggers: ${triggers.join(', ')}`);
      if (parts.length) lines.push(`Suggested adjustments — ${parts.join(', ')}`);
      if (lines.length) s.addRaw(`<p>${lines.join('<br>')}</p>`, true);
    }
    const signals = dict(rd.signals);
    const rows = signals ? signalRows(signals) : [];
    if (rows.length) {
      s.addTable([
        [
          { data: 'Signal', header: true },
          { data: 'Status', header: true },
          { data: 'Value', header: true },
        ],
        ...rows,
      ]);
    }
  }

  const fitness = dict(dict(latest.current_status)?.fitness);
  const fitnessRows: string[][] = [];
  for (const [key, label] of [
    ['ctl', 'CTL (fitness)'],
    ['atl', 'ATL (fatigue)'],
    ['tsb', 'TSB (form)'],
    ['ramp_rate', 'Ramp rate'],
  ] as const) {
    if (fitness && present(fitness[key])) fitnessRows.push([label, fmt(fitness[key])]);
  }
  const dm = dict(latest.derived_metrics);
  const sod = dict(dm?.acwr_start_of_day);
  if (sod && present(sod.value)) {
    fitnessRows.push([
      'ACWR, start of day (readiness)',
      fmt(sod.value) + (present(sod.interpretation) ? ` (${escapeHtml(sod.interpretation)})` : ''),
    ]);
  }
  if (dm && present(dm.acwr)) {
    fitnessRows.push([
      'ACWR, live (incl. today)',
      fmt(dm.acwr) + (present(dm.acwr_interpretation) ? ` (${escapeHtml(dm.acwr_interpretation)})` : ''),
    ]);
  }
  const phase = phaseOf(latest);
  if (phase) {
    const conf = dict(dm?.phase_detection)?.confidence;
    fitnessRows.push(['Phase', escapeHtml(phase) + (present(conf) ? ` (${escapeHtml(conf)} confidence)` : '')]);
  }
  if (fitnessRows.length) {
    s.addHeading('Training load', 3);
    s.addTable([
      [
        { data: 'Metric', header: true },
        { data: 'Value', header: true },
      ],
      ...fitnessRows,
    ]);
  }

  const alerts = Array.isArray(latest.alerts) ? latest.alerts.map(dict).filter((a): a is JsonObject => a !== null) : [];
  if (alerts.length) {
    s.addHeading(`Alerts (${alerts.length})`, 3);
    const items = alerts.slice(0, MAX_ALERTS).map((a) => {
      const sev = present(a.severity) ? `<strong>${escapeHtml(String(a.severity).toUpperCase())}</strong> ` : '';
      return `${sev}${escapeHtml(a.metric ?? '')}${present(a.context) ? `: ${escapeHtml(a.context)}` : ''}`;
    });
    if (alerts.length > MAX_ALERTS) items.push(`… and ${alerts.length - MAX_ALERTS} more in latest.json`);
    s.addList(items);
  }

  const race = dict(dict(latest.race_calendar)?.next_race);
  if (race && present(race.name ?? race.date)) {
    const bits = [
      present(race.date) ? escapeHtml(race.date) : null,
      present(race.category) ? escapeHtml(race.category) : null,
      present(race.type) ? escapeHtml(race.type) : null,
      present(race.days_until) ? `in ${escapeHtml(race.days_until)} days` : null,
    ].filter((b): b is string => b !== null);
    s.addHeading('Next race', 3);
    s.addRaw(`<p><strong>${escapeHtml(race.name ?? 'Race')}</strong>${bits.length ? ` — ${bits.join(', ')}` : ''}</p>`, true);
  }

  s.addHeading('Published', 3);
  const c = report.commit;
  if (report.mode === 'api' && c?.committed && c.commitSha) {
    const link = `${report.serverUrl}/${report.repository}/commit/${c.commitSha}`;
    s.addRaw(
      `<p>Committed <a href="${escapeHtml(link)}"><code>${c.commitSha.slice(0, 7)}</code></a> to <code>${escapeHtml(report.branch ?? '')}</code>` +
        (c.verified === true ? ' (verified signature)' : '') +
        ':</p>',
      true,
    );
    s.addList(c.changedFiles.map((f) => `<code>${escapeHtml(f)}</code>`));
    if (c.deletedFiles.length) s.addRaw(`<p>Removed ${c.deletedFiles.length} archive snapshot(s) past the retention period.</p>`, true);
  } else if (report.mode === 'workspace' && report.written.length) {
    s.addRaw('<p>Files written to the workspace (commit: false):</p>', true);
    s.addList(report.written.map((f) => `<code>${escapeHtml(f)}</code>`));
    if (report.removed.length) s.addRaw(`<p>Removed ${report.removed.length} archive snapshot(s) past the retention period.</p>`, true);
  } else {
    s.addRaw('<p>No data changed since the last sync (timestamps aside): nothing was committed.</p>', true);
  }
  if (report.privacy) {
    s.addRaw(
      `<p>Privacy mode: ${
        report.privacy.anonymize
          ? `<strong>anonymised</strong> (${escapeHtml(report.privacy.reason)}; GPS points within ${escapeHtml(report.privacy.radiusM)} m of each start and end dropped)`
          : `<strong>full data</strong> (${escapeHtml(report.privacy.reason)})`
      }.</p>`,
      true,
    );
  }
  addRunFacts(s, facts);
  s.addRaw(`<p><sub>${escapeHtml(PRODUCER_NAME)} ${escapeHtml(PRODUCER_VERSION)}</sub></p>`, true);
  return s;
}
