import { describe, it, expect } from '@jest/globals';
import {
  computeBaselines,
  computeRecoveryIndex,
  isValidHrv,
  loadRecoveryRatio,
  stressTolerance,
} from '../../src/derive/metrics/recovery.js';
import { daysAgo, TODAY, wellness } from './fixtures.js';

describe('HRV validity', () => {
  it('accepts rMSSD in 10..250 ms only', () => {
    expect([9.9, 10, 250, 250.1, null, undefined, '60'].map(isValidHrv)).toEqual([false, true, true, false, false, false, false]);
  });
});

describe('baselines and recovery index with fewer than 7 wellness days', () => {
  const w3 = [wellness(daysAgo(2), 60, 50), wellness(daysAgo(1), 70, 48), wellness(TODAY, 50, 55)];

  it('averages what is there', () => {
    const b = computeBaselines(w3, w3);
    expect(b).toMatchObject({ hrvBaseline7d: 60, rhrBaseline7d: 51, hrvBaseline28d: 60, rhrBaseline28d: 51 });
    expect(b.hrvValues7d).toHaveLength(3);
  });

  it('RI = (HRV / baseline) / (RHR / baseline), today and yesterday', () => {
    const b = computeBaselines(w3, w3);
    expect(computeRecoveryIndex(w3, b)).toEqual({ ri: 0.77, riYesterday: 1.24, latestHrv: 50, latestRhr: 55 });
  });

  it('a single day has no yesterday; an empty list has nothing', () => {
    const w1 = [wellness(TODAY, 60, 50)];
    expect(computeRecoveryIndex(w1, computeBaselines(w1, w1))).toEqual({ ri: 1, riYesterday: null, latestHrv: 60, latestRhr: 50 });
    expect(computeRecoveryIndex([], computeBaselines([], []))).toEqual({ ri: null, riYesterday: null, latestHrv: null, latestRhr: null });
  });

  it('drops sensor-error HRV from baselines and from today', () => {
    const w = [wellness(daysAgo(1), 8, 50), wellness(TODAY, 300, 50)];
    const b = computeBaselines(w, w);
    expect(b.hrvBaseline7d).toBeNull();
    expect(b.hrvValues7d).toEqual([]);
    expect(computeRecoveryIndex(w, b)).toMatchObject({ ri: null, latestHrv: null, latestRhr: 50 });
  });

  it('missing resting HR: no RI, RHR baseline from the days that have it', () => {
    const w = [wellness(daysAgo(1), 60, 52), wellness(TODAY, 62, null)];
    const b = computeBaselines(w, w);
    expect(b.rhrBaseline7d).toBe(52);
    expect(b.rhrValues7d).toEqual([52]);
    expect(computeRecoveryIndex(w, b)).toMatchObject({ ri: null, riYesterday: 0.98, latestRhr: null });
  });
});

describe('stress tolerance and load-recovery ratio', () => {
  it('compute from strain, monotony and RI', () => {
    expect(stressTolerance(342, 1.14)).toBe(3);
    expect(loadRecoveryRatio(400, 0.77)).toBe(5.2);
  });
  it('are null when an input is missing or zero', () => {
    expect(stressTolerance(null, 1.1)).toBeNull();
    expect(stressTolerance(0, 1.1)).toBeNull();
    expect(loadRecoveryRatio(400, null)).toBeNull();
    expect(loadRecoveryRatio(400, 0)).toBeNull();
  });
});
