/**
 * intervals.json and DFA a1 (issue "intervals.json and DFA a1"): ports of _generate_intervals and
 * its helpers, and _calculate_dfa_a1_profile.
 */
import type { Dict } from '../../lib/py.js';
import type { DeriveContext } from '../context.js';
import type { IntervalFetch } from '../../snapshot/types.js';

export interface IntervalPlanInput {
  activities28d: Dict[];
  previousIntervals: Dict | null;
  /** events dated <= today (the reference's pairing_events) */
  pairingEvents: Dict[];
}

/** Which activities need /activity/{id}?intervals=true and/or /activity/{id}/streams this run. */
export function planIntervalFetches(
  _ctx: DeriveContext,
  _input: IntervalPlanInput,
): Record<string, { intervals: boolean; streams: boolean }> {
  return {};
}

export interface IntervalsResult {
  /** intervals.json content (null = not written this run) */
  intervalsData: Dict | null;
  /** activity ids with interval data (has_intervals) */
  intervalActivityIds: Set<string>;
}

/** _generate_intervals(...) given the fetch outcomes planned above. */
export function generateIntervals(
  _ctx: DeriveContext,
  _input: IntervalPlanInput & { fetches: Record<string, IntervalFetch> },
): IntervalsResult {
  return { intervalsData: null, intervalActivityIds: new Set() };
}

/** _calculate_dfa_a1_profile() over this run's intervals.json content */
export function calculateDfaA1Profile(_ctx: DeriveContext, _intervalsData: Dict | null): Dict | null | undefined {
  return undefined;
}
