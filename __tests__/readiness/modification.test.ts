import type { ReadinessSignalName } from '../../src/contract/index.js';
import { describe, it, expect } from '@jest/globals';
import { buildModification } from '../../src/derive/readiness/modification.js';
import { DEFAULT_MODIFIERS, PHASE_MODIFIERS, RACE_WEEK_MODIFIERS } from '../../src/derive/readiness/thresholds.js';
import { phaseModifiers } from '../../src/derive/readiness/decision.js';

const cases: [string[], string, string, string | null][] = [
  // triggers → intensity, volume, cap_zone (first matching rule wins)
  [[], 'preserve', 'preserve', null],
  [['acwr'], 'reduce', 'reduce', 'Z2'],
  [['sleep', 'acwr'], 'reduce', 'reduce', 'Z2'],
  [['rhr', 'sleep'], 'reduce', 'reduce', null],
  [['sleep', 'tsb'], 'reduce', 'reduce', null],
  [['sleep'], 'preserve', 'reduce', null],
  [['hrv'], 'reduce', 'preserve', null],
  [['rhr'], 'reduce', 'preserve', null],
  [['ri'], 'reduce', 'preserve', null],
  [['tsb'], 'preserve', 'reduce', null],
  [['unknown'], 'reduce', 'reduce', null], // the fallback: no known single trigger reaches it
];

describe('buildModification', () => {
  it.each(cases)('%j → intensity %s, volume %s, cap %s', (triggers, intensity, volume, cap) => {
    // 'unknown' is outside the signal names on purpose: the fallback rule must still answer
    expect(buildModification(triggers as ReadinessSignalName[])).toEqual({
      triggers,
      suggested_adjustments: { intensity, volume, cap_zone: cap },
    });
  });
});

describe('phaseModifiers', () => {
  it('race week wins over any phase; Build and Taper have their own; everything else is default', () => {
    expect(phaseModifiers('Build', true)).toBe(RACE_WEEK_MODIFIERS);
    expect(phaseModifiers('Build', false)).toBe(PHASE_MODIFIERS.Build);
    expect(phaseModifiers('Taper', false).modifier_applied).toBe('taper_tightened');
    for (const p of ['Base', 'Peak', 'Recovery', 'Deload', 'Overreached', null, 'constructor', 'toString']) {
      expect(phaseModifiers(p, false)).toBe(DEFAULT_MODIFIERS);
    }
  });
});
