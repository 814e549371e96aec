/**
 * mirror.json: the index of the mirror, for an AI (or a person) deciding what to load. For each
 * output file it gives the size, the SHA-256 of the committed bytes (UTF-8), a token estimate and
 * what the file holds / when Section 11 reads it.
 *
 * Token estimate: ceil(bytes / 4). Tokenizers differ; about four bytes of JSON or English per token
 * is the usual rule of thumb, good enough to tell a 3k-token digest from a 40k-token latest.json.
 *
 * Deterministic: files sorted by name, no timestamp of its own beyond latest.json's last_updated,
 * so the index changes exactly when a file it describes does.
 */
import { createHash } from 'node:crypto';
import { dumps } from '../lib/py/json.js';

export const BYTES_PER_TOKEN = 4;

export const INDEX_FILE = 'mirror.json';

interface FileRole {
  holds: string;
  read_when: string;
}

/** What each output holds and when to read it, in Section 11's loading order. */
export const FILE_ROLES: Record<string, FileRole> = {
  'latest.md': {
    holds:
      'A short Markdown digest of latest.json: today’s call, load, phase, alerts, races, the week’s sessions, planned workouts, wellness.',
    read_when:
      'First, when the context cannot hold latest.json. Every figure is copied from latest.json; read the JSON for anything not in it.',
  },
  'latest.json': {
    holds:
      'Current state: readiness decision, alerts, load and derived metrics, recent activities, wellness, planned workouts, race calendar.',
    read_when: 'Always; primary for every readiness, load and go/modify/skip decision. Its READ_THIS_FIRST block holds the reading rules.',
  },
  'history.json': {
    holds: 'Longitudinal context: daily rows (90 days), weekly rows (180 days), monthly rows (1-3 years), FTP timeline, data gaps.',
    read_when: 'For trend, seasonal-pattern, phase-transition and FTP/benchmark questions; context only, never overriding latest.json.',
  },
  'intervals.json': {
    holds: 'Per-interval segments of structured sessions and DFA a1 session rollups.',
    read_when: 'Only for a session whose latest.json entry has has_intervals or has_dfa set.',
  },
  'routes.json': {
    holds: 'Route terrain (distance, elevation, climbs, descents, polyline) of planned events with a GPX/TCX attachment.',
    read_when: 'Only for a planned event or race whose latest.json entry has has_terrain set.',
  },
  'ftp_history.json': {
    holds: 'The FTP settings (indoor and outdoor) recorded over time.',
    read_when: 'For FTP-age, benchmark and W/kg questions.',
  },
};

/** Roles of the files written under a folder (one entry for all of them). */
const FOLDER_ROLES: Record<string, FileRole> = {
  'charts/': {
    holds: 'SVG charts for people (fitness/fatigue/form, weekly load, intensity distribution, readiness badge), drawn from the JSON.',
    read_when: 'Never needed by an AI: every value they show is in latest.json and history.json.',
  },
};

function roleOf(name: string): FileRole | undefined {
  return FILE_ROLES[name] ?? Object.entries(FOLDER_ROLES).find(([dir]) => name.startsWith(dir))?.[1];
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function estimateTokens(bytes: number): number {
  return Math.ceil(bytes / BYTES_PER_TOKEN);
}

export interface MirrorIndexInput {
  producer: { name: string; version: string };
  contractVersion: string;
  /** latest.json's metadata.last_updated */
  lastUpdated: string | null;
  /** the outputs written this run: name → text */
  written: Record<string, string>;
  /** outputs this run left as they were (e.g. history.json when current): name → the text in place */
  kept?: Record<string, string>;
}

export function renderMirrorIndex(input: MirrorIndexInput): string {
  const all: Record<string, { text: string; updated: boolean }> = {};
  for (const [name, text] of Object.entries(input.kept ?? {})) all[name] = { text, updated: false };
  for (const [name, text] of Object.entries(input.written)) all[name] = { text, updated: true };
  delete all[INDEX_FILE];
  const files: Record<string, unknown> = {};
  for (const name of Object.keys(all).sort()) {
    const { text, updated } = all[name];
    const bytes = Buffer.byteLength(text, 'utf8');
    const role = roleOf(name);
    files[name] = {
      bytes,
      sha256: sha256(text),
      tokens_estimate: estimateTokens(bytes),
      updated_this_run: updated,
      ...(role ? { holds: role.holds, read_when: role.read_when } : {}),
    };
  }
  return `${dumps({
    producer: input.producer.name,
    producer_version: input.producer.version,
    contract_version: input.contractVersion,
    last_updated: input.lastUpdated,
    tokens_estimate_rule: `ceil(bytes / ${BYTES_PER_TOKEN}): about ${BYTES_PER_TOKEN} bytes of JSON or English per token; tokenizers differ`,
    sha256_of: 'the file’s UTF-8 bytes as committed',
    archive: 'archive/YYYY-MM/ holds dated snapshots of latest.json (when archiving is on); read one only to compare with a past day.',
    files,
  })}\n`;
}
