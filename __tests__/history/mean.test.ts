/**
 * statistics.mean is the exact rational mean rounded once: the history averages (avg_hrv,
 * avg_weight_kg) are rounded to one decimal right after, where fsum/n lands on the other side.
 */
import { describe, it, expect } from '@jest/globals';
import { fsum, mean, round } from '../../src/lib/py/index.js';

describe('mean', () => {
  it('rounds the exact mean once', () => {
    // a month of HRV values whose exact mean is 51.65 (the double 51.6499999…); fsum/n gives
    // 51.650000000000006, which round(…, 1) takes to 51.7 where the reference writes 51.6
    const v = [
      47.0, 52.0, 48.3, 46.0, 52.0, 50.5, 57.8, 55.6, 46.5, 51.3, 57.4, 49.7, 46.6, 53.1, 50.6, 55.6, 54.1, 59.3, 51.7, 46.7, 44.8, 59.6,
      50.0, 53.5, 48.6, 54.6,
    ];
    expect(fsum(v) / v.length).toBe(51.650000000000006);
    expect(mean(v)).toBe(51.65);
    expect(round(mean(v), 1)).toBe(51.6);
    expect(mean([0.1, 0.2, 0.3])).toBe(0.2);
    expect(mean([1, 2])).toBe(1.5);
    expect(mean([-3, 1e300, -1e300])).toBe(-1);
    expect(mean([5e-324, 5e-324])).toBe(5e-324);
    expect(() => mean([])).toThrow();
  });
  it('agrees with fsum/n where that is exact', () => {
    const v = [70, 70.5, 71, 69.5];
    expect(mean(v)).toBe(fsum(v) / v.length);
  });
});
