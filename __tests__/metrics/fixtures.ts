/** Hand-built inputs for the derived-metrics tests. */
import { makeContext, type DeriveContext } from '../../src/derive/context.js';
import type { DerivedMetricsInput } from '../../src/derive/metrics/index.js';
import { NaiveDateTime, addDays } from '../../src/lib/naive-time.js';
import type { Dict } from '../../src/lib/py/index.js';

/** A Wednesday; the training week (Monday start) began 2025-06-09. */
export const NOW = '2025-06-11T07:00:00';
export const TODAY = '2025-06-11';

export function ctxAt(now = NOW, zonePreference: Record<string, 'power' | 'hr'> = {}, weekStartDay = 0): DeriveContext {
  return makeContext(NaiveDateTime.parse(now), { daysBack: 7, weekStartDay, zonePreference, producerVersion: 'test', scriptHash: 'x' });
}

/** date `n` days before TODAY */
export const daysAgo = (n: number): string => addDays(TODAY, -n);

let nextId = 1;
export function act(date: string, type: string, tss: number | null, extra: Dict = {}): Dict {
  return { id: `i${nextId++}`, start_date_local: `${date}T08:00:00`, type, icu_training_load: tss, moving_time: 3600, ...extra };
}

/** power zones as the API sends them (incl. the sweet-spot bucket the port must ignore) */
export function powerZones(...secs: number[]): Dict[] {
  const zones = secs.map((s, i) => ({ id: `Z${i + 1}`, secs: s }));
  return [...zones, { id: 'SS', secs: 999 }];
}

export function wellness(date: string, hrv: number | null, restingHR: number | null, extra: Dict = {}): Dict {
  return { id: date, hrv, restingHR, weight: null, ...extra };
}

export function baseInput(over: Partial<DerivedMetricsInput> = {}): DerivedMetricsInput {
  return {
    activities7d: [],
    activities28d: [],
    wellness7d: [],
    wellness28d: [],
    currentCtl: null,
    currentAtl: null,
    currentTsb: null,
    pastEvents: [],
    activitiesForConsistency: [],
    powerModel: { eftp: null, w_prime: null, w_prime_kj: null, p_max: null, source: null } as never,
    benchmarkIndoor: [null, null, null],
    benchmarkOutdoor: [null, null, null],
    vo2max: null,
    formattedPlannedWorkouts: [],
    raceCalendar: undefined,
    powerCurveData: null,
    powerCurveDates: [daysAgo(27), TODAY, daysAgo(55), daysAgo(28)],
    hrCurveData: null,
    sustainabilityCurves: {},
    sustainabilityWindow: [daysAgo(41), TODAY],
    sportSettings: {},
    icuWeight: null,
    ftpHistory: { indoor: {}, outdoor: {} },
    history: null,
    intervalsData: null,
    ...over,
  };
}
