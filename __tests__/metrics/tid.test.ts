import type { SeilerTid } from '../../src/contract/index.js';
import { describe, it, expect } from '@jest/globals';
import { buildSeilerTid, classifyTid, polarizationIndex, tidComparison } from '../../src/derive/metrics/tid.js';
import { act, powerZones, TODAY } from './fixtures.js';

describe('Treff polarization index', () => {
  it('log10((Z1/Z2) × Z3 × 100) for polarized structures only', () => {
    expect(polarizationIndex(0.8, 0.05, 0.15)).toBe(2.38);
    expect(polarizationIndex(0.7, 0, 0.3)).toBe(3.32); // Z2 = 0 → 0.01
    expect(polarizationIndex(0.7, 0.2, 0.1)).toBeNull(); // pyramidal
    expect(polarizationIndex(0.995, 0, 0.005)).toBeNull(); // Z3 < 0.01
  });
});

describe('TID classification', () => {
  it('follows the priority order', () => {
    expect(classifyTid(0.9, 0.095, 0.005, null)).toBe('Base');
    expect(classifyTid(0.8, 0.05, 0.15, 2.38)).toBe('Polarized');
    expect(classifyTid(0.7, 0.2, 0.1, null)).toBe('Pyramidal');
    expect(classifyTid(0.3, 0.5, 0.2, null)).toBe('Threshold');
    expect(classifyTid(0.2, 0.2, 0.6, null)).toBe('High Intensity');
    expect(classifyTid(0.5, 0.2, 0.3, 1.88)).toBe('Pyramidal'); // polarized shape, PI <= 2
  });
});

describe('buildSeilerTid', () => {
  it('returns the empty block without zone data', () => {
    expect(buildSeilerTid([act(TODAY, 'Ride', 50)], {})).toEqual({
      z1_seconds: 0,
      z2_seconds: 0,
      z3_seconds: 0,
      z1_pct: null,
      z2_pct: null,
      z3_pct: null,
      polarization_index: null,
      classification: null,
      zone_basis: null,
    });
  });

  it('computes shares, PI and class', () => {
    const ride = act(TODAY, 'Ride', 60, { icu_zone_times: powerZones(4000, 4000, 500, 1000, 500) });
    expect(buildSeilerTid([ride], {})).toEqual({
      z1_seconds: 8000,
      z2_seconds: 500,
      z3_seconds: 1500,
      z1_pct: 80,
      z2_pct: 5,
      z3_pct: 15,
      polarization_index: 2.38,
      classification: 'Polarized',
      zone_basis: 'power',
    });
  });
});

describe('tidComparison', () => {
  // only the two fields the comparison reads; the rest of the block is irrelevant here
  const t = (classification: string | null, pi: number | null) => ({ classification, polarization_index: pi }) as SeilerTid;
  it('detects acute depolarization before a classification shift', () => {
    expect(tidComparison(t('Pyramidal', 1.9), t('Polarized', 2.1))).toMatchObject({ drift: 'acute_depolarization', pi_delta: -0.2 });
    expect(tidComparison(t('Threshold', null), t('Pyramidal', null))).toMatchObject({ drift: 'shifting', pi_delta: null });
    expect(tidComparison(t('Polarized', 2.3), t('Polarized', 2.1))).toMatchObject({ drift: 'consistent', pi_delta: 0.2 });
  });
  it('has no drift when a window has no data', () => {
    const c = tidComparison(t(null, null), t('Base', null));
    expect(c.drift).toBeNull();
    expect(c.note).toContain('Insufficient data');
  });
});
