/**
 * The previous state files (the outputs of the last run), read from the output folder.
 * ftp_history.json cannot be rebuilt from the API, and intervals.json holds interval data for
 * activities older than the 72-hour scan window that the run would not fetch again, so an
 * unreadable one of these stops the run instead of being replaced with less (the reference
 * silently starts intervals.json afresh). history.json, routes.json and latest.json are caches
 * the run rebuilds in full from the API, as the reference does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loads } from '../lib/py/json.js';
import type { JsonObject } from '../contract/index.js';
import { isJsonObject } from '../lib/py/index.js';
import * as v from 'valibot';
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

/**
 * Reads a file of `dir`. Synchronous underneath: the state is read before the run's first request,
 * when nothing else waits on the event loop.
 */
export function folderReader(dir: string): ReadText {
  return async (name) => {
    try {
      return readFileSync(path.join(dir, name), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  };
}

// ------------------------------------------------------------------ shapes the run relies on
// Only what the code reads and the reference would crash on (or silently throw away) is checked;
// everything else (extra keys, extra fields of an entry) passes through untouched.

/** an object that is not a list (valibot's record and looseObject take lists too) */
const plain = v.custom<Record<string, unknown>>((x) => x !== null && typeof x === 'object' && !Array.isArray(x));
const recordOf = <T extends v.GenericSchema>(value: T) => v.pipe(plain, v.record(v.string(), value));

/** a date → FTP series: the reference sorts its keys, compares and divides by its values */
const FtpSeries = recordOf(v.pipe(v.number(), v.finite(), v.minValue(1)));

/** ftp_history.json: {indoor, outdoor} of date → FTP (the legacy flat date → FTP is one series) */
const FtpHistoryFile = v.looseObject({ indoor: v.optional(FtpSeries), outdoor: v.optional(FtpSeries) });

/** intervals.json: `activities` is a list of entries (objects), `fetch_state` an object (or null) */
const IntervalsFile = v.looseObject({
  activities: v.optional(v.array(plain)),
  fetch_state: v.nullish(recordOf(v.unknown())),
});

/** history.json: what latest.json reads back (age, confidence, the weekly rows of phase detection) */
const HistoryFile = v.looseObject({
  generated_at: v.optional(v.string()),
  data_range: v.optional(v.pipe(plain, v.looseObject({ total_months: v.optional(v.pipe(v.number(), v.finite())) }))),
  weekly_180d: v.optional(v.array(plain)),
});

const FIX_FTP =
  'fix or delete the file (it cannot be rebuilt from Intervals.icu: restore it from git history to keep the record; it was left untouched)';
const FIX_INTERVALS =
  'fix it, restore it from git history, or delete it to start it afresh (it holds interval data older than the 72-hour scan window; it was left untouched)';
const FIX_HISTORY = 'fix it or delete it: the next run rebuilds it from Intervals.icu (it was left untouched)';

/** The first problem valibot found, as "`path` must be …" (the path of the offending key). */
function firstIssue(issues: readonly v.BaseIssue<unknown>[], what: (path: string) => string): string {
  const issue = issues[0];
  const path = (issue.path ?? []).map((p) => String(p.key)).join('.');
  return what(path);
}

function checkShape<T extends v.GenericSchema>(
  file: string,
  schema: T,
  data: JsonObject,
  explain: (path: string) => string,
  fix: string,
): void {
  const r = v.safeParse(schema, data);
  if (!r.success) throw new StateFileError(`${file}: ${firstIssue(r.issues, explain)}; ${fix}`);
}

function ftpExplain(path: string): string {
  const [series, date] = path.split('.');
  if (series === 'indoor' || series === 'outdoor') {
    return date === undefined
      ? `\`${series}\` must be an object of date → FTP`
      : `\`${series}\` entry "${date}" must be an FTP in watts (a positive number)`;
  }
  return path
    ? `entry "${path.split('.')[0]}" must be an FTP in watts (a positive number)`
    : '`indoor` and `outdoor` must be objects of date → FTP';
}

function intervalsExplain(path: string): string {
  const top = path.split('.')[0];
  if (top === 'activities') return '`activities` must be a list of activity objects';
  if (top === 'fetch_state') return '`fetch_state` must be an object of activity id → fetch state';
  return 'unexpected shape';
}

function historyExplain(path: string): string {
  const top = path.split('.')[0];
  if (top === 'generated_at') return '`generated_at` must be an ISO date-time string';
  if (top === 'data_range') return '`data_range.total_months` must be a number';
  if (top === 'weekly_180d') return '`weekly_180d` must be a list of week objects';
  return 'unexpected shape';
}

const NOT_JSON = Symbol('not JSON');

function parseJson(text: string): unknown {
  try {
    return loads(text);
  } catch {
    return NOT_JSON;
  }
}

function describe(x: unknown): string {
  if (Array.isArray(x)) return 'a list';
  if (x === null) return 'null';
  return `a ${typeof x}`;
}

function parseDict(text: string): JsonObject | undefined {
  const x = parseJson(text);
  return isJsonObject(x) ? x : undefined;
}

export async function readPreviousState(read: ReadText): Promise<PreviousState> {
  const [latest, history, intervals, routes, ftp] = await Promise.all([
    read(STATE_FILES.latest),
    read(STATE_FILES.history),
    read(STATE_FILES.intervals),
    read(STATE_FILES.routes),
    read(STATE_FILES.ftpHistory),
  ]);
  let ftpHistory: JsonObject | null = null;
  if (ftp !== null) {
    const parsed = parseDict(ftp);
    if (parsed === undefined) {
      throw new StateFileError(
        `${STATE_FILES.ftpHistory} exists but is not a JSON object; it cannot be rebuilt from Intervals.icu, so fix or restore it from git history (it was left untouched)`,
      );
    }
    const legacy = !('indoor' in parsed || 'outdoor' in parsed);
    checkShape(STATE_FILES.ftpHistory, legacy ? FtpSeries : FtpHistoryFile, parsed, ftpExplain, FIX_FTP);
    ftpHistory = parsed;
  }
  const intervalsParsed = intervals === null ? null : parseDict(intervals);
  if (intervalsParsed === undefined) {
    throw new StateFileError(
      `${STATE_FILES.intervals} exists but is not a JSON object; it holds interval data older than the 72-hour scan window that would be lost, so fix it, restore it from git history, or delete it to start it afresh (it was left untouched)`,
    );
  }
  if (intervalsParsed) checkShape(STATE_FILES.intervals, IntervalsFile, intervalsParsed, intervalsExplain, FIX_INTERVALS);
  // JSON of the wrong shape (an array, a string, wrong-typed fields) is refused; a file that is
  // not JSON at all (a cut-off write) is regenerated, as the reference does
  let historyParsed: JsonObject | null = null;
  let historyUnreadable = false;
  if (history !== null) {
    const json = parseJson(history);
    if (json === NOT_JSON) historyUnreadable = true;
    else if (!isJsonObject(json)) {
      throw new StateFileError(`${STATE_FILES.history}: must be a JSON object (it is ${describe(json)}); ${FIX_HISTORY}`);
    } else {
      checkShape(STATE_FILES.history, HistoryFile, json, historyExplain, FIX_HISTORY);
      historyParsed = json;
    }
  }
  return {
    latest: latest === null ? null : (parseDict(latest) ?? null),
    history: historyParsed,
    historyUnreadable,
    intervals: intervalsParsed,
    routes: routes === null ? null : (parseDict(routes) ?? null),
    ftpHistory,
  };
}
