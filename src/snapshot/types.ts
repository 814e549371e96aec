/**
 * The snapshot: everything one run fetched from Intervals.icu plus the previous state files.
 * Derive reads only this (and the context); it never fetches.
 */
import type { Dict } from '../lib/py/index.js';
import type { Outcome } from '../fetch/errors.js';

/** The fetch result type derive reads (derive imports it from here, not from the fetch layer). */
export { IntervalsError, type Outcome } from '../fetch/errors.js';

/** The previous outputs found in the output folder / repository (null = absent). */
export interface PreviousState {
  latest: Dict | null;
  history: Dict | null;
  /** true when history.json exists but could not be parsed (the reference regenerates) */
  historyUnreadable: boolean;
  intervals: Dict | null;
  routes: Dict | null;
  ftpHistory: Dict | null;
}

export interface SustainabilityCurves {
  /** family → {power: {type: response}, hr: {type: response}} in fetch order */
  [family: string]: { power: Record<string, Dict>; hr: Record<string, Dict> };
}

/** Per-activity interval/stream fetch results (issue: intervals.json and DFA). */
export interface IntervalFetch {
  intervals?: Outcome<Dict>;
  streams?: Outcome<unknown[]>;
}

export interface Snapshot {
  athlete: Dict;
  /** activities of the last 28 days (today-27 .. today), newest first as the API sends them */
  activities28d: Dict[];
  /** wellness today-(days-1) .. today */
  wellness7d: Dict[];
  /** wellness today-27 .. today */
  wellness28d: Dict[];
  /** wellness/{today}; {} when that read failed (the reference's behaviour) */
  todayWellness: Dict;
  /** wellness yesterday..yesterday; null when that read failed */
  yesterdayWellness: Dict[] | null;
  /** events today-max(days-1,14) .. today+90, resolve=true */
  events: Dict[];
  eventsOldest: string;
  /** dedicated SICK/INJURED fetch (365d back, 90d ahead); null when it failed */
  healthEvents: Dict[] | null;
  /** power-curves (Ride, two 28-day windows); null when failed */
  powerCurves: Dict | null;
  hrCurves: Dict | null;
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
  history3y: { activities: Dict[]; wellness: Dict[] } | null;
  previous: PreviousState;
}
