import { describe, it, expect } from '@jest/globals';
import { calculateDurability } from '../../src/derive/metrics/durability.js';
import { calculateEfficiencyFactor } from '../../src/derive/metrics/efficiency.js';
import { calculateHrrcTrend } from '../../src/derive/metrics/hrrc.js';
import { calculateHrCurveDelta, calculatePowerCurveDelta } from '../../src/derive/metrics/curves.js';
import { calculateSustainabilityProfile, ftpStalenessDays, sustainabilityWeight } from '../../src/derive/metrics/sustainability.js';
import { act, ctxAt, daysAgo, TODAY, wellness } from './fixtures.js';

const steady = (dec: number, extra = {}) =>
  act(daysAgo(1), 'Ride', 100, { icu_hr_decoupling: dec, icu_variability_index: 1.02, moving_time: 6000, ...extra });

describe('durability', () => {
  it('averages decoupling of long steady sessions and compares 7d with 28d', () => {
    const a7 = [steady(3), steady(6), steady(2), steady(9, { icu_variability_index: 1.1 }), steady(9, { moving_time: 5399 })];
    const a28 = [...a7, steady(4), steady(5.5, { icu_hr_decoupling: null, decoupling: 5.5 })];
    const d = calculateDurability(a7, a28);
    expect(d).toMatchObject({
      mean_decoupling_7d: 3.67,
      mean_decoupling_28d: 4.1,
      high_drift_count_7d: 1,
      high_drift_count_28d: 2,
      qualifying_sessions_7d: 3,
      qualifying_sessions_28d: 5,
      trend: 'stable',
      reliability_limited: false,
      reliability_note: null,
    });
  });

  it('no activities / missing power: no means, reliability limited', () => {
    const d = calculateDurability([], [act(TODAY, 'Run', 50, { decoupling: 3 })]);
    expect(d).toMatchObject({ mean_decoupling_7d: null, mean_decoupling_28d: null, trend: null, reliability_limited: true });
    expect(d.reliability_note).toBe('insufficient qualifying sessions for alert evaluation: 7d N=0 (min 3), 28d N=0 (min 5)');
  });
});

describe('efficiency factor', () => {
  const ef = (v: number, type = 'Ride', mt = 1800) =>
    act(daysAgo(2), type, 60, { icu_efficiency_factor: v, icu_variability_index: 1.0, moving_time: mt });
  it('uses steady cycling sessions of 20+ minutes', () => {
    const a7 = [ef(1.5), ef(1.6), ef(2.5, 'Run'), ef(2.5, 'Ride', 1199)];
    const r = calculateEfficiencyFactor(a7, [...a7, ef(1.4, 'VirtualRide'), ef(1.45, 'GravelRide')]);
    expect(r).toMatchObject({
      mean_ef_7d: 1.55,
      mean_ef_28d: 1.49,
      qualifying_sessions_7d: 2,
      qualifying_sessions_28d: 4,
      trend: 'improving',
    });
  });
  it('one qualifying session is not enough', () => {
    expect(calculateEfficiencyFactor([ef(1.5)], [ef(1.5)])).toMatchObject({ mean_ef_7d: null, trend: null, qualifying_sessions_7d: 1 });
  });
});

describe('HRRc', () => {
  it('reads plain and dict values, 7d >= 1 and 28d >= 3 sessions', () => {
    const a7 = [act(TODAY, 'Run', 40, { icu_hrr: { hrr: 30, start_bpm: 170 } }), act(TODAY, 'Run', 40, { icu_hrr: 0 })];
    const a28 = [...a7, act(daysAgo(9), 'Ride', 40, { icu_hrr: 25 }), act(daysAgo(12), 'Ride', 40, { icu_hrr: { value: 20 } })];
    expect(calculateHrrcTrend(a7, a28)).toMatchObject({
      mean_hrrc_7d: 30,
      mean_hrrc_28d: 25,
      qualifying_sessions_28d: 3,
      trend: 'improving',
    });
    expect(calculateHrrcTrend(a7, a7)).toMatchObject({ mean_hrrc_7d: 30, mean_hrrc_28d: null, trend: null });
  });
  it('missing HR: nothing qualifies', () => {
    expect(calculateHrrcTrend([act(TODAY, 'Ride', 40)], [])).toMatchObject({ mean_hrrc_7d: null, qualifying_sessions_7d: 0 });
  });
});

const DATES = [daysAgo(27), TODAY, daysAgo(55), daysAgo(28)] as const;
const curve = (start: string, end: string, secs: number[], key: string, vals: (number | null)[]) => ({
  id: `r.${start}.${end}`,
  secs,
  [key]: vals,
});

describe('power / HR curve delta', () => {
  const secs = [5, 60, 300, 1200, 3600];
  it('compares anchors across the two windows (matched by id) and computes the rotation index', () => {
    const data = {
      list: [
        curve(DATES[2], DATES[3], secs, 'watts', [780, 410, 290, 240, 210]),
        curve(DATES[0], DATES[1], secs, 'watts', [800, 400, 300, 250, 220]),
      ],
    };
    const r = calculatePowerCurveDelta(data, DATES);
    expect(r.anchors?.['5s']).toEqual({ current_watts: 800, previous_watts: 780, pct_change: 2.6 });
    expect(r.anchors?.['3600s']?.pct_change).toBe(4.8);
    expect(r.rotation_index).toBe(-4.4);
    expect(r.current_window).toEqual({ start: DATES[0], end: DATES[1] });
  });

  it('null blocks: no data, a missing window, too few anchors', () => {
    expect(calculatePowerCurveDelta(null, DATES)).toMatchObject({ anchors: null, note: 'Insufficient power data in one or both windows.' });
    const onlyCurrent = { list: [curve(DATES[0], DATES[1], secs, 'watts', [800, 400, 300, 250, 220])] };
    expect(calculatePowerCurveDelta(onlyCurrent, DATES).note).toBe('No power data in previous window(s).');
    const sparse = {
      list: [curve(DATES[0], DATES[1], secs, 'watts', [800, 0, null, 250, 220]), curve(DATES[2], DATES[3], [5, 60], 'watts', [1, 2])],
    };
    expect(calculatePowerCurveDelta(sparse, DATES).note).toBe('Too few valid anchors (current: 3, previous: 2, need 3+).');
  });

  it('HR curves read `values`; rotation is null when a component anchor is missing', () => {
    const data = {
      list: [
        curve(DATES[0], DATES[1], [60, 300, 1200], 'values', [180, 172, 165]),
        curve(DATES[2], DATES[3], [60, 300, 1200, 3600], 'values', [178, 170, 160, 150]),
      ],
    };
    const r = calculateHrCurveDelta(data, DATES);
    expect(r.anchors?.['60s']).toEqual({ current_bpm: 180, previous_bpm: 178, pct_change: 1.1 });
    expect(r.anchors?.['3600s']).toEqual({ current_bpm: null, previous_bpm: 150, pct_change: null });
    expect(r.rotation_index).toBeNull();
    expect(calculateHrCurveDelta({ list: [] }, DATES).note).toBe('Insufficient HR data in one or both windows.');
  });
});

describe('sustainability profile', () => {
  const now = ctxAt().now;
  const WIN = [daysAgo(41), TODAY] as const;
  const pc = (secs: number[], watts: number[]) => ({ list: [curve(WIN[0], WIN[1], secs, 'watts', watts)] });
  const hc = (secs: number[], values: number[]) => ({ list: [curve(WIN[0], WIN[1], secs, 'values', values)] });
  const input = {
    curves: {
      cycling: {
        power: { Ride: pc([300, 600, 1200], [300, 280, 0]), VirtualRide: pc([300, 600, 1200], [290, 285, 260]) },
        hr: { Ride: hc([300], [165.5]) },
      },
      rowing: { power: { Rowing: pc([60], [350]) }, hr: {} },
    },
    window: WIN,
    powerModel: { w_prime: 20000 },
    sportSettings: { cycling: { ftp: 250, ftp_indoor: 240, lthr: 170 } },
    wellness7d: [wellness(daysAgo(1), 60, 50, { weight: 70.04 }), wellness(TODAY, 60, 50)],
    wellnessExtended: [],
    icuWeight: 75,
    ftpHistory: { outdoor: { '2025-05-01': 250 }, indoor: {} },
  };

  it('takes the best of indoor and outdoor curves per anchor with model layers (cycling)', () => {
    const p = calculateSustainabilityProfile(now, input);
    expect(p.window).toEqual({ days: 42, start: WIN[0], end: WIN[1] });
    expect(p.weight_kg).toBe(70);
    expect(p.weight_source).toBe('wellness_recent');
    const cyc = p.cycling;
    if (!cyc?.anchors) throw new Error('cycling has too few anchors');
    expect(cyc.coverage_ratio).toBe(0.43);
    expect(cyc.anchors['300s']).toEqual({
      actual_watts: 300,
      actual_wpkg: 4.29,
      actual_hr: 166,
      pct_lthr: 97.6,
      source: 'observed_outdoor',
      coggan_watts: 265,
      coggan_wpkg: 3.79,
      cp_model_watts: 317,
      cp_model_wpkg: 4.53,
      model_divergence_pct: -5.4,
    });
    expect(cyc.anchors['600s']).toMatchObject({ actual_watts: 285, source: 'observed_indoor', coggan_watts: 242, cp_model_watts: 283 });
    expect(cyc.anchors['7200s']).toMatchObject({
      actual_watts: null,
      source: null,
      coggan_watts: 195,
      cp_model_watts: 253,
      model_divergence_pct: null,
    });
    expect(cyc).toMatchObject({ ftp_used: 250, w_prime_used: 20000, ftp_staleness_days: 41 });
  });

  it('too few anchors for a non-cycling sport: anchors null, no model layers', () => {
    const p = calculateSustainabilityProfile(now, input);
    expect(p.rowing).toEqual({ anchors: null, coverage_ratio: 0.17, note: 'Too few observed anchors (1, need 2+).' });
  });

  it('null profiles: no curves, no valid family', () => {
    expect(calculateSustainabilityProfile(now, { ...input, curves: {} })).toEqual({
      note: 'No sustainability data available.',
      window: { days: 42, start: WIN[0], end: WIN[1] },
    });
    expect(calculateSustainabilityProfile(now, { ...input, curves: { run: { power: {}, hr: {} } } }).note).toBe(
      'No sport families produced valid sustainability data.',
    );
  });

  it('weight falls back to extended wellness, then the athlete profile', () => {
    expect(sustainabilityWeight([], [wellness(TODAY, null, null, { weight: 71.26 })], 80)).toEqual([71.3, 'wellness_extended']);
    expect(sustainabilityWeight([wellness(TODAY, null, null)], [], 80)).toEqual([80, 'athlete_profile']);
    expect(sustainabilityWeight([], [], null)).toEqual([null, null]);
  });

  it('FTP staleness is the age of the newest entry of either series', () => {
    expect(ftpStalenessDays(now, { indoor: { '2025-06-01': 240 }, outdoor: { '2025-05-01': 250 } })).toBe(10);
    expect(ftpStalenessDays(now, { indoor: {}, outdoor: {} })).toBeNull();
  });
});
