import { describe, it, expect } from '@jest/globals';
import { calculateDerivedMetrics } from '../../src/derive/metrics/index.js';
import { act, baseInput, ctxAt, daysAgo, NOW, powerZones, TODAY, wellness } from './fixtures.js';

/** derived_metrics keys in the reference's order */
const KEYS = [
  'recovery_index',
  'recovery_index_yesterday',
  'hrv_baseline_7d',
  'rhr_baseline_7d',
  'hrv_baseline_28d',
  'rhr_baseline_28d',
  'latest_hrv',
  'latest_rhr',
  'acwr',
  'acwr_interpretation',
  'acwr_scope',
  'acwr_readiness_eligible',
  'acwr_start_of_day',
  'monotony',
  'monotony_interpretation',
  'primary_sport',
  'primary_sport_monotony',
  'primary_sport_tss_7d',
  'effective_monotony',
  'multi_sport_detected',
  'strain',
  'stress_tolerance',
  'load_recovery_ratio',
  'tss_7d_total',
  'tss_28d_total',
  'zone_distribution_7d',
  'grey_zone_percentage',
  'grey_zone_note',
  'quality_intensity_percentage',
  'quality_intensity_note',
  'easy_time_ratio',
  'easy_time_ratio_note',
  'hard_days_this_week',
  'hard_days_note',
  'seiler_tid_7d',
  'seiler_tid_7d_primary',
  'seiler_tid_28d',
  'seiler_tid_28d_primary',
  'capability',
  'consistency_index',
  'consistency_details',
  'phase_detection',
  'phase_detected',
  'phase_triggers',
  'seasonal_context',
  'benchmark_indoor',
  'benchmark_outdoor',
  'eftp',
  'w_prime',
  'w_prime_kj',
  'p_max',
  'power_model_source',
  'vo2max',
  'calculation_timestamp',
  'data_quality',
];

describe('calculateDerivedMetrics', () => {
  it('no activities and no wellness: the full dict in order, load metrics null', () => {
    const dm = calculateDerivedMetrics(
      ctxAt(),
      baseInput({ ftpHistory: { indoor: { '2025-01-01': 200, '2025-03-02': 210 }, outdoor: {} } }),
    );
    expect(Object.keys(dm)).toEqual(KEYS);
    expect(dm).toMatchObject({
      recovery_index: null,
      acwr: null,
      acwr_interpretation: null,
      acwr_start_of_day: { value: null, scope: 'start_of_day', as_of_date: TODAY, current_day_load_included: false },
      monotony: null,
      monotony_interpretation: null,
      primary_sport: null,
      multi_sport_detected: false,
      strain: null,
      tss_7d_total: 0,
      zone_distribution_7d: { total_hours: 0, zone_basis: null },
      grey_zone_percentage: null,
      easy_time_ratio: null,
      hard_days_this_week: 0,
      seiler_tid_7d_primary: null,
      seiler_tid_28d: { classification: null },
      consistency_index: null,
      seasonal_context: 'Build / Early Race Season',
      calculation_timestamp: '2025-06-11T07:00:00',
      data_quality: { hrv_data_points: 0, activities_7d: 0, planned_workouts_7d: 0, ftp_history_days: { indoor: 60, outdoor: 0 } },
    });
    expect(Object.keys(dm.capability)).toEqual([
      'durability',
      'efficiency_factor',
      'hrrc',
      'tid_comparison',
      'power_curve_delta',
      'hr_curve_delta',
      'sustainability_profile',
      'dfa_a1_profile',
    ]);
    expect(dm.phase_detected).toBe(dm.phase_detection.phase);
    expect(dm.phase_triggers).toBe(dm.phase_detection.reason_codes);
    expect(dm.capability.sustainability_profile.note).toBe('No sustainability data available.');
  });

  it('zero-TSS days only: no monotony, no primary sport', () => {
    const acts = [act(TODAY, 'Ride', 0), act(daysAgo(1), 'Walk', null)];
    const dm = calculateDerivedMetrics(ctxAt(), baseInput({ activities7d: acts, activities28d: acts }));
    expect(dm).toMatchObject({ monotony: null, primary_sport: null, acwr: null, tss_7d_total: 0, multi_sport_detected: false });
    expect(dm.data_quality.activities_7d).toBe(2);
  });

  it('one sport only: total monotony is the effective one', () => {
    const tss = [50, 0, 80, 40, 0, 100, 30];
    const acts = tss.flatMap((t, i) => (t ? [act(daysAgo(6 - i), 'Ride', t, { icu_zone_times: powerZones(2400, 600, 300, 300) })] : []));
    const w = [wellness(daysAgo(1), 60, 50), wellness(TODAY, 66, 50)];
    const dm = calculateDerivedMetrics(ctxAt(), baseInput({ activities7d: acts, activities28d: acts, wellness7d: w, wellness28d: w }));
    expect(dm).toMatchObject({
      acwr: 4,
      monotony: 1.14,
      primary_sport: 'cycling',
      primary_sport_monotony: 1.14,
      primary_sport_tss_7d: 300,
      effective_monotony: 1.14,
      multi_sport_detected: false,
      monotony_interpretation: 'normal',
      strain: 342,
      stress_tolerance: 3,
      recovery_index: 1.05,
      load_recovery_ratio: 2.9,
      easy_time_ratio: 0.83,
      grey_zone_percentage: 8.3,
      quality_intensity_percentage: 8.3,
    });
    expect(dm.seiler_tid_7d_primary).toMatchObject({ sport: 'cycling', zone_basis: 'power', z1_seconds: 15000 });
    // hard days: 300s z4 per ride is below every rung
    expect(dm.hard_days_this_week).toBe(0);
  });

  it('identical load every day: no monotony, strain or stress tolerance', () => {
    const acts = [0, 1, 2, 3, 4, 5, 6].map((i) => act(daysAgo(i), 'Run', 45));
    const dm = calculateDerivedMetrics(ctxAt(), baseInput({ activities7d: acts, activities28d: acts }));
    expect(dm).toMatchObject({
      monotony: null,
      primary_sport_monotony: null,
      strain: null,
      stress_tolerance: null,
      effective_monotony: null,
    });
    expect(dm.monotony_interpretation).toBeNull();
  });

  it('HR-only sport with zone preference set: TID and hard days on HR zones', () => {
    const runs = [
      act(TODAY, 'Run', 70, { icu_zone_times: powerZones(3000), icu_hr_zone_times: [1200, 1200, 300, 400, 300] }),
      act(daysAgo(1), 'Ride', 40, { icu_zone_times: powerZones(3000) }),
    ];
    const hr = calculateDerivedMetrics(ctxAt(NOW, { run: 'hr' }), baseInput({ activities7d: runs, activities28d: runs }));
    expect(hr.seiler_tid_7d_primary).toMatchObject({ sport: 'run', zone_basis: 'hr', z1_seconds: 2400, z3_seconds: 700 });
    expect(hr.seiler_tid_7d.zone_basis).toBe('mixed');
    expect(hr.zone_distribution_7d.zone_basis).toBe('mixed');
    expect(hr.hard_days_this_week).toBe(1);
    expect(hr.multi_sport_detected).toBe(true);
    const power = calculateDerivedMetrics(ctxAt(NOW), baseInput({ activities7d: runs, activities28d: runs }));
    expect(power.seiler_tid_7d_primary).toMatchObject({ zone_basis: 'power', z3_seconds: 0 });
    expect(power.hard_days_this_week).toBe(0);
  });

  it('counts only training categories as planned workouts', () => {
    const ev = (category: string) => ({ category, start_date_local: `${daysAgo(1)}T00:00:00` });
    const dm = calculateDerivedMetrics(ctxAt(), baseInput({ pastEvents: [ev('WORKOUT'), ev('RACE_B'), ev('SICK'), ev('NOTE')] }));
    expect(dm.data_quality.planned_workouts_7d).toBe(2);
    expect(dm.consistency_details.planned_days).toBe(1);
  });
});
