/**
 * The archive of latest.json snapshots, as the reference's workflow keeps it:
 * archive/YYYY-MM/YYYYMMDD_HHMMSS.json (UTC, the run's time), next to latest.json. With a
 * retention period, snapshots whose timestamp is more than that many days before the run are
 * removed; anything in archive/ that is not a snapshot (other names, sub-folders) is kept.
 */
import { ConfigError } from '../../config.js';
import { repoPath } from './contents-state.js';

const DAY_MS = 86_400_000;
const MONTH_DIR = /^(\d{4})-(\d{2})$/;
const SNAPSHOT_FILE = /^(\d{4})(\d{2})(\d{2})_(\d{2})(\d{2})(\d{2})\.json$/;

export interface UtcStamp {
  /** YYYY-MM */
  month: string;
  /** YYYYMMDD_HHMMSS */
  compact: string;
  /** YYYY-MM-DD HH:MM:SS UTC (the reference workflow's `date -u +"%Y-%m-%d %H:%M:%S UTC"`) */
  human: string;
}

export function utcStamp(ms: number): UtcStamp {
  const iso = new Date(ms).toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ
  const [date, time] = [iso.slice(0, 10), iso.slice(11, 19)];
  return {
    month: date.slice(0, 7),
    compact: `${date.replace(/-/g, '')}_${time.replace(/:/g, '')}`,
    human: `${date} ${time} UTC`,
  };
}

export function archiveDir(dir: string): string {
  return repoPath(dir, 'archive');
}

/** archive/YYYY-MM/YYYYMMDD_HHMMSS.json below the output folder. */
export function snapshotPath(dir: string, ms: number): string {
  const s = utcStamp(ms);
  return `${archiveDir(dir)}/${s.month}/${s.compact}.json`;
}

/** The UTC instant a snapshot file name stands for, or null for any other name. */
export function snapshotTime(name: string): number | null {
  const m = name.match(SNAPSHOT_FILE);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(ms);
  // reject impossible dates (20250231_...) rather than letting Date roll them over
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  return ms;
}

/** Snapshots taken before this instant are expired; null = keep everything. */
export function retentionCutoff(nowMs: number, keepDays: number): number | null {
  return keepDays > 0 ? nowMs - keepDays * DAY_MS : null;
}

/** Whether a month folder can hold a snapshot older than the cutoff (so it must be listed). */
export function monthMayHoldExpired(monthDir: string, cutoffMs: number): boolean {
  const m = monthDir.match(MONTH_DIR);
  if (!m) return false;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, 1) < cutoffMs;
}

export function isExpired(fileName: string, cutoffMs: number): boolean {
  const t = snapshotTime(fileName);
  return t !== null && t < cutoffMs;
}

export function parseKeepDays(raw: string | undefined): number {
  const v = (raw ?? '').trim() || '0';
  if (!/^\d+$/.test(v)) throw new ConfigError(`archive-keep-days must be a whole number of days, 0 to keep everything (got "${raw}")`);
  return Number(v);
}
