import { describe, it, expect } from '@jest/globals';
import { fsum, mean, pstdev, stdev } from '../../src/lib/py/index.js';

// Expected values are what CPython 3.11's statistics module returns for the same inputs.
describe('statistics.mean / stdev / pstdev are exact like Python', () => {
  it('mean is the exactly rounded rational mean, not fsum / n', () => {
    const a = [40.31, 254.23, 229.13, 76.52, 148.63, 134.85, 195.48];
    expect(mean(a)).toBe(154.1642857142857);
    expect(fsum(a) / a.length).toBe(154.16428571428568);
    expect(mean([6.45, 251.27, 166.94, 192.69, 55.77, 297.76, 257.98])).toBe(175.55142857142857);
    expect(mean([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1])).toBe(0.1);
  });

  it('stdev of a constant series is exactly 0', () => {
    for (const v of [33.3, 0.23, 1.43, 1.73, 50]) {
      expect(stdev(Array(7).fill(v))).toBe(0);
      expect(pstdev(Array(5).fill(v))).toBe(0);
    }
    expect(stdev([2.5, 2.5, 2.5000000000000004])).toBe(2.5639502485114184e-16);
  });

  it('stdev / pstdev are correctly rounded', () => {
    const v = [36.27, 99.81, 216.45, 213.36, 280.93, 126.63, 249.01, 201.09, 91.01];
    expect(stdev(v)).toBe(82.5049718367189);
    expect(pstdev(v)).toBe(77.78643342313207);
    expect(stdev([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(2.138089935, 9);
  });

  it('whole-number samples (the shortcut without bigints) give what the exact path gives', () => {
    // halving is exact in the data and in the correctly rounded result, and half of an odd number
    // is not whole, so the halved series takes the general path
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let k = 0; k < 300; k++) {
      const n = 2 + (next() % 400);
      const values = Array.from({ length: n }, () => (next() % 1800) - (k % 3 === 0 ? 900 : 0));
      values[0] |= 1;
      const halves = values.map((x) => x / 2);
      expect(pstdev(values)).toBe(2 * pstdev(halves));
      expect(stdev(values)).toBe(2 * stdev(halves));
    }
    // Python: statistics.pstdev([250, 251, 249, 300, 120]) and statistics.stdev of the same
    expect(pstdev([250, 251, 249, 300, 120])).toBe(60.20298995897131);
    expect(stdev([250, 251, 249, 300, 120])).toBe(67.30898899849856);
  });
});
