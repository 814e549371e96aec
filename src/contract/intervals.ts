/**
 * intervals.json: per-interval segments and DFA a1 blocks of recent activities (14-day
 * retention), plus the per-activity fetch state that drives retries of the intervals and
 * streams endpoints. The file is state carried across runs.
 */
import * as v from 'valibot';
import { DfaBlock } from './dfa.js';
import { int, isoDate, isoDateTime, maybe, num, obj, oneOf, orNull, str } from './shape.js';

/** One interval as Intervals.icu analysed it; keys whose API value is null are left out. */
export const IntervalSegment = obj({
  type: maybe(str),
  /** The interval's group id, e.g. "1200s@210w87rpm". */
  label: maybe(str),
  duration_secs: maybe(num),
  moving_secs: maybe(num),
  start_secs: maybe(num),
  end_secs: maybe(num),
  avg_power: maybe(num),
  max_power: maybe(num),
  avg_hr: maybe(num),
  max_hr: maybe(num),
  min_hr: maybe(num),
  avg_cadence: maybe(num),
  zone: maybe(num),
  w_bal_start: maybe(num),
  w_bal_end: maybe(num),
  training_load: maybe(num),
});

export const IntervalActivity = obj({
  activity_id: str,
  date: isoDate,
  start_datetime: str,
  type: str,
  name: str,
  /** Intervals.icu's own one-line summaries ("2x 20m 263w"), null when it has none. */
  interval_summary: orNull(v.array(str)),
  intervals: v.array(IntervalSegment),
  /** Zone family of the `zone` values; absent when it cannot be told. */
  zone_basis: maybe(oneOf(['power', 'hr', 'pace'])),
  dfa: maybe(DfaBlock),
});

/** Retry state of one endpoint for one activity. */
const endpointEntries = {
  attempts: int,
  first_seen: isoDateTime,
  last_attempt: isoDateTime,
  status: oneOf(['ok', 'pending', 'tombstone']),
  /** ok, no_data, transient, terminal_error, retry_expired, http_NNN, … (why the status holds). */
  reason: str,
  /** When a pending endpoint is next due. */
  next_retry_at: maybe(isoDateTime),
};

export const StreamsFetchState = obj(endpointEntries);

export const IntervalsFetchState = obj({
  ...endpointEntries,
  /** The activity's Intervals.icu sync date the stored intervals were fetched against. */
  source_icu_sync_date: maybe(str),
  /**
   * An outstanding re-fetch after the athlete edited the intervals upstream (icu_sync_date moved);
   * the cached payload stays in place while it is retried.
   */
  refresh: maybe(
    obj({
      target_sync_date: str,
      attempts: int,
      status: maybe(v.literal('exhausted')),
      reason: oneOf(['no_data', 'transient', 'terminal_error']),
      next_retry_at: maybe(isoDateTime),
    }),
  ),
});

export const ActivityFetchState = obj({
  date: isoDate,
  /** Set while the activity is paired with a planned workout (longer retry window). */
  paired_planned: maybe(v.literal(true)),
  intervals: maybe(IntervalsFetchState),
  streams: maybe(StreamsFetchState),
});

export const IntervalsFile = obj({
  generated_at: isoDateTime,
  schema_version: int,
  version: str,
  script_hash: str,
  scan_hours: int,
  retention_days: int,
  activities: v.array(IntervalActivity),
  /** Keyed by activity id. */
  fetch_state: v.record(v.string(), ActivityFetchState),
});

export type IntervalSegment = v.InferOutput<typeof IntervalSegment>;
export type IntervalActivity = v.InferOutput<typeof IntervalActivity>;
export type IntervalsFile = v.InferOutput<typeof IntervalsFile>;
export type ActivityFetchState = v.InferOutput<typeof ActivityFetchState>;
export type IntervalsFetchState = v.InferOutput<typeof IntervalsFetchState>;
export type StreamsFetchState = v.InferOutput<typeof StreamsFetchState>;
export type IntervalsRefresh = NonNullable<IntervalsFetchState['refresh']>;
