/** Fixtures for the intervals.json tests: a context at an explicit clock, activities, outcomes. */
import { IntervalsError, type Outcome } from '../../src/fetch/client.js';
import { makeContext, type DeriveContext } from '../../src/derive/context.js';
import { NaiveDateTime } from '../../src/lib/naive-time.js';
import type { Dict } from '../../src/lib/py/index.js';
import type { IntervalFetch } from '../../src/snapshot/types.js';
import { generateIntervals, type IntervalsResult } from '../../src/derive/intervals/index.js';
import { planIntervalFetches } from '../../src/snapshot/plan/intervals.js';

export function ctxAt(iso: string, scriptHash = 'test-hash'): DeriveContext {
  return makeContext(NaiveDateTime.parse(iso), {
    daysBack: 7,
    weekStartDay: 0,
    zonePreference: {},
    producerVersion: 'test',
    scriptHash,
    nowInstantMs: NaiveDateTime.parse(iso).ms,
  });
}

export function ride(id: string, start: string, extra: Dict = {}): Dict {
  return { id, start_date_local: start, type: 'Ride', name: `Ride ${id}`, icu_sync_date: `${start}Z`, ...extra };
}

export function ok<T>(data: T): Outcome<T> {
  return { ok: true, data, status: 200 };
}

export function httpError<T>(status: number, retryAfter: string | null = null): Outcome<T> {
  return { ok: false, error: new IntervalsError(`HTTP ${status}`, 'GET /activity/{id}', status, 'http', retryAfter) };
}

export const WORK_INTERVALS = {
  id: 'x',
  icu_intervals: [
    { type: 'WORK', group_id: 'g1', elapsed_time: 600, average_watts: 250, zone: 4, zone_min_watts: 240, zone_max_watts: 280 },
    { type: 'RECOVERY', elapsed_time: 300, average_watts: null },
  ],
};

/** A usable AlphaHRV stream list of n 1 Hz samples (a1 ≈ 0.9, steady 200 W, 140 bpm). */
export function dfaStreams(n = 1800): unknown[] {
  const dfa = Array.from({ length: n }, (_, i) => 0.9 + 0.01 * Math.sin(i / 50));
  return [
    { type: 'dfa_a1', data: dfa },
    { type: 'artifacts', data: Array(n).fill(1.0) },
    { type: 'heartrate', data: Array(n).fill(140) },
    { type: 'watts', data: Array(n).fill(200) },
    { type: 'cadence', data: Array(n).fill(90) },
  ];
}

/** One run: plan, "fetch" with the given responder, generate. Returns the plan and the result. */
export function runOnce(
  ctx: DeriveContext,
  activities: Dict[],
  previous: Dict | null,
  respond: (id: string, endpoint: 'intervals' | 'streams') => Outcome<never> | Outcome<Dict> | Outcome<unknown[]>,
  pairingEvents: Dict[] = [],
): { plan: Record<string, { intervals: boolean; streams: boolean }>; result: IntervalsResult } {
  const input = { activities28d: activities, previousIntervals: previous, pairingEvents };
  const plan = planIntervalFetches(ctx, input);
  const fetches: Record<string, IntervalFetch> = {};
  for (const [id, want] of Object.entries(plan)) {
    const f: IntervalFetch = {};
    if (want.intervals) f.intervals = respond(id, 'intervals') as Outcome<Dict>;
    if (want.streams) f.streams = respond(id, 'streams') as Outcome<unknown[]>;
    fetches[id] = f;
  }
  // the state file round-trips through JSON between runs, as on disk
  const prev = previous === null ? null : (JSON.parse(JSON.stringify(previous)) as Dict);
  const result = generateIntervals(ctx, { ...input, previousIntervals: prev, fetches });
  return { plan, result };
}
