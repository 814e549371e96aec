/**
 * What every derive function may know besides the snapshot: the run's explicit clock and the
 * athlete's settings. Derive code never reads the real clock or the environment.
 */
import { NaiveDateTime } from '../lib/naive-time.js';

/**
 * Two clocks. The reference has one, `datetime.now()`, the machine's wall clock: UTC on a GitHub
 * runner. Here the athlete's timezone decides the calendar (`now`: "today", the training week,
 * the 28-day windows, and the interval-fetch ladder, whose times are compared with the
 * athlete-local `start_date_local` of activities and stored in intervals.json `fetch_state`),
 * while the "written at" stamps the reference produces with `datetime.now().isoformat()` stay
 * what they are on a runner, the UTC wall time (`utcNow`): latest.json `metadata.last_updated`
 * and `derived_metrics.calculation_timestamp`, `generated_at` of history.json, intervals.json
 * and routes.json (and the age of history.json, read back from its `generated_at`).
 */
export interface DeriveContext {
  /** the reference's datetime.now() for the calendar: wall clock in the athlete's timezone */
  now: NaiveDateTime;
  /** the reference's datetime.now() for "written at" stamps: UTC wall time (what a runner has) */
  utcNow: NaiveDateTime;
  /** now.strftime('%Y-%m-%d') */
  today: string;
  /** days of recent data (the reference's days_back, default 7) */
  daysBack: number;
  /** Python weekday of the training-week start (Monday=0) */
  weekStartDay: number;
  /** {sport family: 'power' | 'hr'}; {} = default (power preferred, HR fallback) */
  zonePreference: Record<string, 'power' | 'hr'>;
  /** the version the files carry (`version` / `sync_version`): the contract version, CONTRACT_VERSION */
  producerVersion: string;
  /** the producer's identity (the reference's script_hash): a change invalidates cached outputs */
  scriptHash: string;
  /** the run's true instant (ms since the epoch) where an absolute time is compared with `now`
   * (Retry-After HTTP-dates); absent = `now` read as UTC */
  nowInstantMs?: number;
}

/** The context of a run from its clock reading and settings; `today` and `utcNow` follow from them. */
export function makeContext(now: NaiveDateTime, opts: Omit<DeriveContext, 'now' | 'utcNow' | 'today'>): DeriveContext {
  return { now, utcNow: opts.nowInstantMs === undefined ? now : utcWallTime(opts.nowInstantMs), today: now.date(), ...opts };
}

/** UTC wall time of an instant, with Python's microseconds (isoformat writes them when non-zero). */
export function utcWallTime(instantMs: number): NaiveDateTime {
  const t = new NaiveDateTime(instantMs);
  t.micro = (((instantMs % 1000) + 1000) % 1000) * 1000;
  return t;
}
