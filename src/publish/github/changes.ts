/**
 * Which outputs really changed. Every run stamps its outputs with the time it ran, so a byte
 * comparison would commit every 15 minutes; the comparison below ignores exactly these fields:
 *
 *   latest.json     metadata.last_updated, derived_metrics.calculation_timestamp
 *   intervals.json  generated_at
 *   routes.json     generated_at
 *
 * history.json is compared in full: its generated_at decides when it is next rebuilt, so a
 * rebuilt history must be committed. ftp_history.json has no timestamps. Everything else,
 * including values that move with the calendar (days_until, ages, fetch_state retry times), is a
 * change. Key order is not: two texts that parse to the same data are the same.
 */
import { loads } from '../../lib/py/json.js';

/** Field paths, per output file, that only say when the run happened. */
export const TIMESTAMP_FIELDS: Readonly<Record<string, ReadonlyArray<readonly string[]>>> = {
  'latest.json': [
    ['metadata', 'last_updated'],
    ['derived_metrics', 'calculation_timestamp'],
  ],
  'intervals.json': [['generated_at']],
  'routes.json': [['generated_at']],
};

function parse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: loads(text) };
  } catch {
    return { ok: false };
  }
}

function dropPath(value: unknown, path: readonly string[]): void {
  let node = value;
  for (let i = 0; i < path.length - 1; i++) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
    node = (node as Record<string, unknown>)[path[i]];
  }
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) delete (node as Record<string, unknown>)[path[path.length - 1]];
}

/** Structural equality; objects compare without regard to key order, NaN equals NaN. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameData(x, bb[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const ak = Object.keys(ao);
  if (ak.length !== Object.keys(bo).length) return false;
  return ak.every((k) => Object.hasOwn(bo, k) && sameData(ao[k], bo[k]));
}

/**
 * True when `next` carries something `previous` does not: the file is new, either text is not
 * JSON, or the data differs outside the file's timestamp fields.
 */
export function changedBeyondTimestamps(name: string, previous: string | null, next: string): boolean {
  if (previous === null) return true;
  if (previous === next) return false;
  const a = parse(previous);
  const b = parse(next);
  if (!a.ok || !b.ok) return true;
  for (const path of TIMESTAMP_FIELDS[name] ?? []) {
    dropPath(a.value, path);
    dropPath(b.value, path);
  }
  return !sameData(a.value, b.value);
}

/**
 * Outputs made only from the data files of the same run (the Markdown digest, the mirror index,
 * the charts). They change whenever a data file's timestamp does, so their change alone is never
 * a reason to commit: they travel with a meaningful change of the data and stay consistent with it.
 */
export const COMPANION_FILES: ReadonlySet<string> = new Set(['latest.md', 'mirror.json']);
export const COMPANION_FOLDERS: readonly string[] = ['charts/'];

export function isCompanion(name: string): boolean {
  return COMPANION_FILES.has(name) || COMPANION_FOLDERS.some((f) => name.startsWith(f));
}

export interface OutputChanges {
  /** outputs whose bytes differ from the previous file (or that are new) */
  changed: string[];
  /** the subset that differs beyond timestamps; empty = nothing to publish */
  meaningful: string[];
}

export function compareOutputs(outputs: Record<string, string>, previous: Record<string, string | null>): OutputChanges {
  const changed: string[] = [];
  const meaningful: string[] = [];
  for (const [name, text] of Object.entries(outputs)) {
    const prev = previous[name] ?? null;
    if (prev === text) continue;
    changed.push(name);
    if (!isCompanion(name) && changedBeyondTimestamps(name, prev, text)) meaningful.push(name);
  }
  return { changed, meaningful };
}
