/**
 * Fitness (CTL/ATL/TSB/ramp) with the decay rule, and the power model from wellness.sportInfo.
 * The API's "today" CTL/ATL include planned load, so when a training event is planned today and
 * nothing is completed yet, yesterday's values decayed by one day are used instead
 * (PMC time constants 42 d and 7 d).
 */
import type { DerivedMetrics } from '../contract/index.js';
import { get, or, round, truthy } from '../lib/py/index.js';
import type { DeriveContext } from './context.js';
import { TRAINING_EVENT_CATEGORIES, actDate } from './sports.js';
import type { ApiActivity, ApiEvent, ApiRow, ApiWellness } from '../snapshot/api-rows.js';

export const CTL_DECAY = Math.exp(-1 / 42);
export const ATL_DECAY = Math.exp(-1 / 7);

export interface Fitness {
  ctl: number | null;
  atl: number | null;
  tsb: number | null;
  ramp_rate: number | null;
  fitness_source: string;
}

export function computeFitness(
  ctx: DeriveContext,
  input: { todayWellness: ApiWellness; yesterdayWellness: ApiWellness[] | null; events: ApiEvent[]; activities7d: ApiActivity[] },
): Fitness {
  const apiCtl = get(input.todayWellness, 'ctl');
  const apiAtl = get(input.todayWellness, 'atl');
  const apiRamp = get(input.todayWellness, 'rampRate');

  let decayedCtl: number | null = null;
  let decayedAtl: number | null = null;
  let decayedRamp: number | null = null;
  if (input.yesterdayWellness !== null) {
    const y = input.yesterdayWellness.length ? input.yesterdayWellness[0] : {};
    const yc = get(y, 'ctl');
    const ya = get(y, 'atl');
    const yr = get(y, 'rampRate');
    decayedCtl = truthy(yc) ? round(yc * CTL_DECAY, 2) : null;
    decayedAtl = truthy(ya) ? round(ya * ATL_DECAY, 2) : null;
    decayedRamp = truthy(yr) ? round(yr * CTL_DECAY, 2) : null;
  }

  const todaysPlanned = input.events.filter(
    (e) => actDate(e) === ctx.today && TRAINING_EVENT_CATEGORIES.has(String(get(e, 'category', ''))),
  );
  const todaysActivities = input.activities7d.filter((a) => actDate(a) === ctx.today);

  let ctl: number | null;
  let atl: number | null;
  let ramp: number | null;
  let source: string;
  if (todaysPlanned.length && !todaysActivities.length) {
    ctl = decayedCtl;
    atl = decayedAtl;
    ramp = truthy(decayedRamp) ? decayedRamp : apiRamp;
    source = "Decayed from yesterday (today's planned workouts not yet completed)";
  } else {
    ctl = truthy(apiCtl) ? round(apiCtl, 2) : decayedCtl;
    atl = truthy(apiAtl) ? round(apiAtl, 2) : decayedAtl;
    ramp = truthy(apiRamp) ? round(apiRamp, 2) : decayedRamp;
    source = 'From Intervals.icu API (reflects completed workouts)';
  }
  const tsb = ctl !== null && atl !== null ? round(ctl - atl, 2) : null;
  return { ctl, atl, tsb, ramp_rate: ramp, fitness_source: source };
}

export interface PowerModel {
  eftp: number | null;
  w_prime: number | null;
  w_prime_kj: number | null;
  p_max: number | null;
  source: DerivedMetrics['power_model_source'];
}

/** eFTP, W′ and P-max from today's wellness: its first sportInfo entry of type Ride. */
export function powerModelFromWellness(todayWellness: ApiWellness): PowerModel {
  const info = ((or(get(todayWellness, 'sportInfo'), []) as ApiRow[]) ?? []).find((s) => s && get(s, 'type') === 'Ride');
  if (!info) return { eftp: null, w_prime: null, w_prime_kj: null, p_max: null, source: 'unavailable' };
  const eftp = get(info, 'eftp');
  const w = get(info, 'wPrime');
  const p = get(info, 'pMax');
  return {
    eftp: truthy(eftp) ? round(eftp, 1) : null,
    w_prime: truthy(w) ? round(w) : null,
    w_prime_kj: truthy(w) ? round(w / 1000, 1) : null,
    p_max: truthy(p) ? round(p) : null,
    source: 'wellness.sportInfo',
  };
}
