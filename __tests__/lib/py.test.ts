import { describe, it, expect } from '@jest/globals';
import {
  fmtFixed,
  fmtPercent,
  floorDiv,
  mod,
  or,
  get,
  reprFloat,
  round,
  stdev,
  pstdev,
  median,
  linearRegression,
  sorted,
  maxBy,
  truthy,
} from '../../src/lib/py/index.js';

describe('Python semantics', () => {
  it('round is half-even on the exact binary value', () => {
    expect(round(2.5)).toBe(2);
    expect(round(3.5)).toBe(4);
    expect(round(-2.5)).toBe(-2);
    expect(round(0.125, 2)).toBe(0.12); // exact tie → even
    expect(round(2.675, 2)).toBe(2.67); // 2.675 is 2.67499999… in binary
    expect(round(1.005, 2)).toBe(1); // 1.00499999…
    expect(round(0.375, 2)).toBe(0.38); // exact tie → even (8)
    expect(round(1234.5678, 1)).toBe(1234.6);
  });
  it('formats like f-strings', () => {
    expect(fmtFixed(12.345, 2)).toBe('12.35'); // 12.3450000000000006…
    expect(fmtPercent(0.0375, 1, true)).toBe('+3.8%');
    expect(fmtPercent(-0.02, 1, true)).toBe('-2.0%');
    expect(fmtPercent(0, 1, true)).toBe('+0.0%');
    expect(reprFloat(1)).toBe('1.0');
    expect(reprFloat(1e16)).toBe('1e+16');
    expect(reprFloat(1.5e-5)).toBe('1.5e-05');
    expect(reprFloat(0.0001)).toBe('0.0001');
  });
  it('floors // and % toward negative infinity', () => {
    expect(floorDiv(-7, 2)).toBe(-4);
    expect(mod(-7, 3)).toBe(2);
    expect(mod(7, -3)).toBe(-2);
  });
  it('follows truthiness and dict.get', () => {
    expect(or(0, 5)).toBe(5);
    expect(or('', null)).toBe(null);
    expect(truthy(Number.NaN)).toBe(true);
    expect(truthy([])).toBe(false);
    expect(get({ a: null }, 'a', 3)).toBe(null);
    expect(get({}, 'a', 3)).toBe(3);
  });
  it('statistics: sample vs population deviation, median, regression', () => {
    expect(stdev([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(2.138089935, 9);
    expect(pstdev([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
    expect(median([3, 1, 4, 2])).toBe(2.5);
    const lr = linearRegression([0, 1, 2, 3], [1, 3, 5, 7]);
    expect(lr.slope).toBe(2);
    expect(lr.intercept).toBe(1);
  });
  it('sorted is stable (also reversed) and max keeps the first maximum', () => {
    const items = [
      { k: 1, n: 'a' },
      { k: 2, n: 'b' },
      { k: 1, n: 'c' },
      { k: 2, n: 'd' },
    ];
    expect(sorted(items, (i) => i.k, true).map((i) => i.n)).toEqual(['b', 'd', 'a', 'c']);
    expect(maxBy(items, (i) => i.k).n).toBe('b');
  });
});
