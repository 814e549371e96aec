/**
 * What every derive function may know besides the snapshot: the run's explicit clock and the
 * athlete's settings. Derive code never reads the real clock or the environment.
 */
import type { NaiveDateTime } from '../lib/naive-time.js';

export interface DeriveContext {
  /** the reference's datetime.now(): wall clock in the run's timezone */
  now: NaiveDateTime;
  /** now.strftime('%Y-%m-%d') */
  today: string;
  /** days of recent data (the reference's days_back, default 7) */
  daysBack: number;
  /** Python weekday of the training-week start (Monday=0) */
  weekStartDay: number;
  /** {sport family: 'power' | 'hr'}; {} = default (power preferred, HR fallback) */
  zonePreference: Record<string, 'power' | 'hr'>;
  /** producer identity (replaces the reference's script_hash / VERSION) */
  producerVersion: string;
  scriptHash: string;
  /** the run's true instant (ms since the epoch) where an absolute time is compared with `now`
   * (Retry-After HTTP-dates); absent = `now` read as UTC */
  nowInstantMs?: number;
}

export function makeContext(
  now: NaiveDateTime,
  opts: {
    daysBack: number;
    weekStartDay: number;
    zonePreference: Record<string, 'power' | 'hr'>;
    producerVersion: string;
    scriptHash: string;
    nowInstantMs?: number;
  },
): DeriveContext {
  return { now, today: now.date(), ...opts };
}
