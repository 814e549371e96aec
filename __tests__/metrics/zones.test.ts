import { describe, it, expect } from '@jest/globals';
import {
  accumulateDayZones,
  aggregateSeilerZones,
  aggregateZones,
  classifyHardDay,
  getActivityZones,
} from '../../src/derive/metrics/zones.js';
import { act, powerZones, TODAY } from './fixtures.js';

const both = () =>
  act(TODAY, 'Run', 50, { icu_zone_times: powerZones(600, 1200, 300, 0, 0, 0, 0), icu_hr_zone_times: [500, 1000, 400, 200, 100] });

describe('getActivityZones', () => {
  it('prefers power, ignores non-zone buckets (SS), falls back to HR', () => {
    const [z, basis] = getActivityZones(both(), 'run', {});
    expect(basis).toBe('power');
    expect(z).toEqual({ z1: 600, z2: 1200, z3: 300, z4: 0, z5: 0, z6: 0, z7: 0 });
  });

  it('missing power: HR zones, zero-second zones left out', () => {
    const a = act(TODAY, 'Run', 50, { icu_zone_times: null, icu_hr_zone_times: [500, 0, 400, 200, 100] });
    expect(getActivityZones(a, 'run', {})).toEqual([{ z1: 500, z3: 400, z4: 200, z5: 100 }, 'hr']);
  });

  it('missing HR: power zones; neither: empty with no basis', () => {
    const a = act(TODAY, 'Ride', 50, { icu_zone_times: powerZones(60), icu_hr_zone_times: null });
    expect(getActivityZones(a, 'cycling', { cycling: 'hr' })).toEqual([{ z1: 60 }, 'power']);
    expect(getActivityZones(act(TODAY, 'Ride', 50), 'cycling', {})).toEqual([{}, null]);
    expect(getActivityZones(act(TODAY, 'Ride', 50, { icu_hr_zone_times: [0, 0, 0] }), 'cycling', {})).toEqual([{}, null]);
  });

  it('honours an "hr" zone preference for the activity family only', () => {
    expect(getActivityZones(both(), 'run', { run: 'hr' })[1]).toBe('hr');
    expect(getActivityZones(both(), 'cycling', { run: 'hr' })[1]).toBe('power');
    expect(getActivityZones(both(), null, { run: 'hr' })[1]).toBe('power');
    expect(getActivityZones(both(), 'run', { run: 'power' })[1]).toBe('power');
  });
});

describe('classifyHardDay', () => {
  it('power ladder rungs', () => {
    expect(classifyHardDay({ power: { z3: 1799 } })).toEqual([false, 'power']);
    expect(classifyHardDay({ power: { z3: 1200, z4: 600 } })).toEqual([true, 'power']);
    expect(classifyHardDay({ power: { z4: 600 } })[0]).toBe(true);
    expect(classifyHardDay({ power: { z5: 300 } })[0]).toBe(true);
    expect(classifyHardDay({ power: { z6: 120 } })[0]).toBe(true);
    expect(classifyHardDay({ power: { z7: 60 } })[0]).toBe(true);
    expect(classifyHardDay({ power: { z6: 59, z7: 59 } })[0]).toBe(false);
  });

  it('HR ladder skips Z3 and the short rungs', () => {
    expect(classifyHardDay({ hr: { z3: 5000, z4: 599 } })).toEqual([false, 'hr']);
    expect(classifyHardDay({ hr: { z4: 300, z5: 300 } })).toEqual([true, 'hr']);
    expect(classifyHardDay({ hr: { z7: 299 } })[0]).toBe(false);
  });

  it('mixed basis and no data', () => {
    expect(classifyHardDay({ power: { z1: 100 }, hr: { z5: 300 } })).toEqual([true, 'mixed']);
    expect(classifyHardDay({})).toEqual([null, null]);
  });

  it('accumulates a day per basis before classifying', () => {
    const a1 = act(TODAY, 'Ride', 40, { icu_zone_times: powerZones(0, 0, 0, 300) });
    const a2 = act(TODAY, 'VirtualRide', 40, { icu_zone_times: powerZones(0, 0, 0, 300) });
    const run = act(TODAY, 'Run', 40, { icu_hr_zone_times: [0, 0, 0, 500] });
    const day = accumulateDayZones([a1, a2, run], {});
    expect(day).toEqual({ power: { z1: 0, z2: 0, z3: 0, z4: 600 }, hr: { z4: 500 } });
    expect(classifyHardDay(day)).toEqual([true, 'mixed']);
    expect(classifyHardDay(accumulateDayZones([a1, run], {}))[0]).toBe(false);
  });
});

describe('zone aggregation', () => {
  it('sums Z1, Z2, Z3, Z4+ and the basis across activities', () => {
    const ride = act(TODAY, 'Ride', 60, { icu_zone_times: powerZones(1000, 2000, 300, 200, 100, 50, 10) });
    const run = act(TODAY, 'Run', 40, { icu_hr_zone_times: [600, 600, 0, 100] });
    expect(aggregateZones([ride, run], {})).toEqual({
      z1_time: 1600,
      z2_time: 2600,
      z3_time: 300,
      z4_plus_time: 460,
      total_time: 4960,
      zone_basis: 'mixed',
    });
    expect(aggregateZones([ride], {}).zone_basis).toBe('power');
    expect(aggregateZones([], {})).toMatchObject({ total_time: 0, zone_basis: null });
  });

  it('Seiler zones: 7 → 3 mapping and the sport-family filter', () => {
    const ride = act(TODAY, 'Ride', 60, { icu_zone_times: powerZones(1000, 2000, 300, 200, 100, 50, 10) });
    const run = act(TODAY, 'Run', 40, { icu_hr_zone_times: [600, 600, 0, 100] });
    expect(aggregateSeilerZones([ride, run], {})).toEqual({
      z1_seconds: 4200,
      z2_seconds: 300,
      z3_seconds: 460,
      total_seconds: 4960,
      zone_basis: 'mixed',
    });
    expect(aggregateSeilerZones([ride, run], {}, 'run')).toEqual({
      z1_seconds: 1200,
      z2_seconds: 0,
      z3_seconds: 100,
      total_seconds: 1300,
      zone_basis: 'hr',
    });
  });

  it('HR-only sport with zone preference: the preferred basis is aggregated', () => {
    const run = act(TODAY, 'Run', 40, { icu_zone_times: powerZones(100, 0, 0, 0), icu_hr_zone_times: [600, 600, 0, 100] });
    expect(aggregateSeilerZones([run], { run: 'hr' })).toMatchObject({ z1_seconds: 1200, z3_seconds: 100, zone_basis: 'hr' });
    expect(aggregateSeilerZones([run], {})).toMatchObject({ z1_seconds: 100, z3_seconds: 0, zone_basis: 'power' });
    expect(aggregateZones([run], { run: 'hr' }).zone_basis).toBe('hr');
  });
});
