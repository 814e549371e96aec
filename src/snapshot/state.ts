/**
 * The previous state files (the outputs of the last run), read from the output folder.
 * ftp_history.json cannot be rebuilt from the API, and intervals.json holds interval data for
 * activities older than the 72-hour scan window that the run would not fetch again, so an
 * unreadable one of these stops the run instead of being replaced with less (the reference
 * silently starts intervals.json afresh). history.json, routes.json and latest.json are caches
 * the run rebuilds in full from the API, as the reference does.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { loads } from '../lib/pyjson.js';
import type { Dict } from '../lib/py.js';
import type { PreviousState } from './types.js';

export const STATE_FILES = {
  latest: 'latest.json',
  history: 'history.json',
  intervals: 'intervals.json',
  routes: 'routes.json',
  ftpHistory: 'ftp_history.json',
} as const;

export class StateFileError extends Error {}

/** Reads a file's text, or null when it does not exist. */
export type ReadText = (name: string) => Promise<string | null>;

export function folderReader(dir: string): ReadText {
  return async (name) => {
    try {
      return await fs.readFile(path.join(dir, name), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  };
}

function parseDict(text: string): Dict | undefined {
  try {
    const v = loads(text);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Dict) : undefined;
  } catch {
    return undefined;
  }
}

export async function readPreviousState(read: ReadText): Promise<PreviousState> {
  const [latest, history, intervals, routes, ftp] = await Promise.all([
    read(STATE_FILES.latest),
    read(STATE_FILES.history),
    read(STATE_FILES.intervals),
    read(STATE_FILES.routes),
    read(STATE_FILES.ftpHistory),
  ]);
  let ftpHistory: Dict | null = null;
  if (ftp !== null) {
    const parsed = parseDict(ftp);
    if (parsed === undefined) {
      throw new StateFileError(
        `${STATE_FILES.ftpHistory} exists but is not a JSON object; it cannot be rebuilt from Intervals.icu, so fix or restore it from git history (it was left untouched)`,
      );
    }
    ftpHistory = parsed;
  }
  const intervalsParsed = intervals === null ? null : parseDict(intervals);
  if (intervalsParsed === undefined) {
    throw new StateFileError(
      `${STATE_FILES.intervals} exists but is not a JSON object; it holds interval data older than the 72-hour scan window that would be lost, so fix it, restore it from git history, or delete it to start it afresh (it was left untouched)`,
    );
  }
  const historyParsed = history === null ? null : parseDict(history);
  return {
    latest: latest === null ? null : (parseDict(latest) ?? null),
    history: historyParsed ?? null,
    historyUnreadable: history !== null && historyParsed === undefined,
    intervals: intervalsParsed,
    routes: routes === null ? null : (parseDict(routes) ?? null),
    ftpHistory,
  };
}
