/**
 * The snapshot: everything one run fetched from Intervals.icu plus the previous state files.
 * Derive reads only this (and the context); it never fetches.
 */
import type { DeepPartial, FtpHistoryFile, HistoryFile, IntervalsFile, LatestFile, ReadBack, RoutesFile } from '../contract/index.js';
import type { ApiActivity, ApiAthlete, ApiEvent, ApiRow, ApiWellness } from './api-rows.js';
import type { Outcome } from '../fetch/errors.js';

/** The fetch result type derive reads (derive imports it from here, not from the fetch layer). */
export { IntervalsError, type Outcome } from '../fetch/errors.js';

/** The previous outputs found in the output folder / repository (null = absent). */
export interface PreviousState {
  /** read as found: latest.json is rewritten every run, so its shape is not checked */
  latest: ReadBack<LatestFile> | null;
  /**
   * what the run reads of it (generated_at, data_range, weekly_180d as a list of objects) is
   * shape-checked, so a present value has its type; a wrong shape stops the run
   */
  history: DeepPartial<HistoryFile> | null;
  /** true when history.json exists but could not be parsed (the reference regenerates) */
  historyUnreadable: boolean;
  /** `activities` (a list of objects) and `fetch_state` are shape-checked when read */
  intervals: ReadBack<IntervalsFile> | null;
  /** read as found; each event's entry is reused only when its attachment matches */
  routes: ReadBack<RoutesFile> | null;
  /** shape-checked; the legacy form is one flat date → FTP map */
  ftpHistory: Partial<FtpHistoryFile> | Record<string, number> | null;
}

export interface SustainabilityCurves {
  /** family → {power: {type: response}, hr: {type: response}} in fetch order */
  [family: string]: { power: Record<string, ApiRow>; hr: Record<string, ApiRow> };
}

/** One activity's interval list and DFA streams as fetched (intervals.json and dfa_a1). */
export interface IntervalFetch {
  intervals?: Outcome<ApiRow>;
  streams?: Outcome<unknown[]>;
}

export interface Snapshot {
  athlete: ApiAthlete;
  /** activities of the last 28 days (today-27 .. today), newest first as the API sends them */
  activities28d: ApiActivity[];
  /** wellness today-(days-1) .. today */
  wellness7d: ApiWellness[];
  /** wellness today-27 .. today */
  wellness28d: ApiWellness[];
  /** wellness/{today}; {} when that read failed (the reference's behaviour) */
  todayWellness: ApiWellness;
  /** wellness yesterday..yesterday; null when that read failed */
  yesterdayWellness: ApiWellness[] | null;
  /** events today-max(days-1,14) .. today+90, resolve=true */
  events: ApiEvent[];
  eventsOldest: string;
  /** dedicated SICK/INJURED fetch (365d back, 90d ahead); null when it failed */
  healthEvents: ApiEvent[] | null;
  /** power-curves (Ride, two 28-day windows); null when failed */
  powerCurves: ApiRow | null;
  hrCurves: ApiRow | null;
  /** [start1, end1, start2, end2] */
  curveDates: [string, string, string, string];
  sustainabilityCurves: SustainabilityCurves;
  sustainabilityWindow: [string, string];
  /** activity id → chat message texts */
  messages: Record<string, string[]>;
  intervalFetches: Record<string, IntervalFetch>;
  /** activity id → terrain streams (streams.json?types=time,distance,altitude,latlng) */
  terrainStreams: Record<string, Outcome<unknown[]>>;
  /** attachment url → download outcome */
  attachments: Record<string, Outcome<Buffer>>;
  /** history generation input (3 years); present only when history.json is (re)generated */
  history3y: { activities: ApiActivity[]; wellness: ApiWellness[] } | null;
  previous: PreviousState;
}

/** The snapshot without the chat messages, which are the run's last reads (see derive's two steps). */
export type SnapshotBody = Omit<Snapshot, 'messages'>;
