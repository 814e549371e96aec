/**
 * fmtFixed decides most values with toFixed alone and falls back to the exact decimal expansion
 * only for a possible tie: both paths must give the same text for every double and precision.
 */
import { describe, it, expect } from '@jest/globals';
import { fmtFixed, fmtFixedExact } from '../../src/lib/py/numbers.js';

/** deterministic doubles: small and large magnitudes, halves, decimal-looking values, negatives */
function* samples(): Generator<number> {
  let seed = 12345;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const fixed = [0, -0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.005, 1e-7, 123456789.125, 1e20, 9.999999e20, 0.05, 0.15, 0.25, 0.35];
  yield* fixed;
  for (let i = 0; i < 4000; i++) {
    const mag = 10 ** Math.floor(rnd() * 12 - 4);
    const v = rnd() * mag * (rnd() < 0.3 ? -1 : 1);
    yield v;
    // decimal-looking values (what rounding of metrics meets): k / 10^d and exact binary ties k / 2^d
    yield Math.round(v * 1000) / 1000;
    yield Math.round(v * 8) / 8;
    yield Math.round(v * 2) / 2 + 0.005;
  }
}

describe('fmtFixed', () => {
  it('matches the exact-expansion formatting for every sample and precision 0-6', () => {
    let n = 0;
    for (const x of samples()) {
      for (let nd = 0; nd <= 6; nd++) {
        const fast = fmtFixed(x, nd);
        const exact = fmtFixedExact(x, nd);
        if (fast !== exact) expect({ x, nd, fast }).toEqual({ x, nd, fast: exact });
        n++;
      }
    }
    expect(n).toBeGreaterThan(100_000);
  });

  it('keeps Python half-even on exact ties, and the sign of negative zero', () => {
    expect(fmtFixed(0.125, 2)).toBe('0.12');
    expect(fmtFixed(0.375, 2)).toBe('0.38');
    expect(fmtFixed(2.5, 0)).toBe('2');
    expect(fmtFixed(-2.5, 0)).toBe('-2');
    expect(fmtFixed(2.675, 2)).toBe('2.67'); // 2.67499999…
    expect(fmtFixed(-0.001, 2)).toBe('-0.00');
    expect(fmtFixed(-0, 1)).toBe('-0.0');
    expect(fmtFixed(Number.NaN, 1)).toBe('nan');
  });
});
