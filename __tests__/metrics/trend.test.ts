import { describe, it, expect } from '@jest/globals';
import {
  DURABILITY_MIN_SECONDS,
  EF_MIN_SECONDS,
  hrrcValue,
  qualifyingDecoupling,
  qualifyingEf,
  qualifyingHrrc,
  windowTrend,
  type TrendRule,
} from '../../src/derive/metrics/trend.js';
import { capabilityRollup } from '../../src/derive/history/weekly.js';

const absolute: TrendRule = { minSessions7d: 2, minSessions28d: 2, digits: 2, stableBand: 1, relative: false, higherIsBetter: false };
const relative: TrendRule = { minSessions7d: 1, minSessions28d: 3, digits: 1, stableBand: 0.1, relative: true, higherIsBetter: true };

describe('qualifying sessions', () => {
  it('durability takes long steady-state sessions only, icu_hr_decoupling before decoupling', () => {
    const acts = [
      { icu_hr_decoupling: 3, icu_variability_index: 1.05, moving_time: DURABILITY_MIN_SECONDS },
      { icu_hr_decoupling: null, decoupling: 4, icu_variability_index: 1.0, moving_time: 6000 },
      { icu_hr_decoupling: 9, icu_variability_index: 1.051, moving_time: 6000 },
      { icu_hr_decoupling: 9, icu_variability_index: 0, moving_time: 6000 },
      { icu_hr_decoupling: 9, icu_variability_index: 1.0, moving_time: DURABILITY_MIN_SECONDS - 1 },
      { icu_hr_decoupling: 9, icu_variability_index: null, moving_time: 6000 },
      { icu_hr_decoupling: 9, icu_variability_index: 1.0, moving_time: null },
    ];
    expect(qualifyingDecoupling(acts)).toEqual([3, 4]);
  });

  it('EF takes steady cycling sessions of at least 20 minutes', () => {
    const acts = [
      { type: 'GravelRide', icu_efficiency_factor: 1.4, icu_variability_index: 1.02, moving_time: EF_MIN_SECONDS },
      { type: 'Run', icu_efficiency_factor: 1.6, icu_variability_index: 1.02, moving_time: 3000 },
      { type: 'Ride', icu_efficiency_factor: 1.5, icu_variability_index: 1.02, moving_time: EF_MIN_SECONDS - 1 },
      { type: 'Ride', icu_efficiency_factor: null, icu_variability_index: 1.02, moving_time: 3000 },
    ];
    expect(qualifyingEf(acts)).toEqual([1.4]);
  });

  it('HRRc reads plain numbers and {value}/{hrr} dicts, dropping non-positive ones', () => {
    expect(hrrcValue({ icu_hrr: { value: null, hrr: 31 } })).toBe(31);
    expect(hrrcValue({ icu_hrr: 0 })).toBeNull();
    expect(hrrcValue({ icu_hrr: true })).toBe(1);
    expect(qualifyingHrrc([{ icu_hrr: 25 }, { icu_hrr: { value: 28 } }, {}, { icu_hrr: -3 }])).toEqual([25, 28]);
  });
});

describe('windowTrend', () => {
  it('reports no mean below the session minimum and then no trend', () => {
    expect(windowTrend([4], [4, 5, 6], absolute)).toEqual({ mean7d: null, mean28d: 5, sessions7d: 1, sessions28d: 3, trend: null });
  });

  it('lower-is-better metrics improve as the 7-day mean falls past the band', () => {
    expect(windowTrend([2, 2.9], [4, 4], absolute).trend).toBe('improving');
    expect(windowTrend([3, 3], [4, 4], absolute).trend).toBe('stable');
    expect(windowTrend([5.5, 5.5], [4, 4], absolute).trend).toBe('declining');
  });

  it('relative bands compare against the 28-day mean and need a positive one', () => {
    expect(windowTrend([34], [30, 30, 30], relative).trend).toBe('improving');
    expect(windowTrend([33], [30, 30, 30], relative).trend).toBe('stable');
    expect(windowTrend([26], [30, 30, 30], relative).trend).toBe('declining');
    expect(windowTrend([5], [0, 0, 0], relative).trend).toBeNull();
  });

  it('rounds the means with the rule digits (half-even, as Python)', () => {
    expect(windowTrend([0.125, 0.125], [1, 1], absolute).mean7d).toBe(0.12);
  });
});

describe('weekly capability rollup', () => {
  it('uses the same qualifying rules with no session minimum', () => {
    const r = capabilityRollup([
      { type: 'Ride', icu_hr_decoupling: 3.333, icu_efficiency_factor: 1.5, icu_variability_index: 1.01, moving_time: 6000, icu_hrr: 20 },
      { type: 'Run', icu_hr_decoupling: 8, icu_variability_index: 1.2, moving_time: 6000 },
    ]);
    expect(r).toEqual({
      durability_mean: 3.33,
      durability_qualifying: 1,
      ef_mean: 1.5,
      ef_qualifying: 1,
      hrrc_mean: 20,
      hrrc_qualifying: 1,
    });
  });
});
