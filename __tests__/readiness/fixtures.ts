/** Hand-built inputs for the readiness tests: a green athlete that each case perturbs. */
import type { DerivedMetrics, RaceCalendar } from '../../src/contract/index.js';
import type { Dict } from '../../src/lib/py/index.js';

/** Derived metrics of a rested athlete: every alert quiet, every readiness signal green. */
// a partial block (the readiness code reads only these keys; primary_sport as an activity type
// on purpose), hence the cast
export function greenMetrics(over: Dict = {}): DerivedMetrics {
  return {
    acwr: 1.0,
    monotony: 1.5,
    effective_monotony: 1.5,
    primary_sport: 'Ride',
    primary_sport_monotony: null,
    multi_sport_detected: false,
    strain: 750.0,
    recovery_index: 1.0,
    recovery_index_yesterday: 1.0,
    latest_hrv: 60.5,
    latest_rhr: 50,
    hrv_baseline_7d: 60.5,
    rhr_baseline_7d: 50.2,
    tss_7d_total: 500,
    tss_28d_total: 2000,
    capability: {
      durability: {
        mean_decoupling_7d: 3.1,
        mean_decoupling_28d: 3.0,
        trend: 'stable',
        high_drift_count_7d: 0,
        qualifying_sessions_7d: 4,
        qualifying_sessions_28d: 12,
      },
      tid_comparison: { drift: 'consistent', classification_7d: 'polarized', classification_28d: 'polarized', pi_7d: 2.3, pi_28d: 2.2 },
    },
    acwr_start_of_day: { value: 1.0, as_of_date: '2025-06-16', scope: 'start_of_day', current_day_load_included: false },
    phase_detection: { phase: 'Base', phase_duration_weeks: 2 },
    ...over,
  } as unknown as DerivedMetrics;
}

/** Seven wellness days ending today; each array holds the values oldest → newest. */
export function wellnessDays(hrv: (number | null)[], rhr: (number | null)[], lastDay: Dict = {}): Dict[] {
  const days = hrv.map((h, i) => ({
    id: `2025-06-${String(10 + i).padStart(2, '0')}`,
    hrv: h,
    restingHR: rhr[i],
    hrvSDNN: null,
    sleepSecs: 8 * 3600,
    sleepQuality: 2,
  }));
  Object.assign(days[days.length - 1], lastDay);
  return days;
}

/** A well-slept latest wellness record. */
export const restedWellness: Dict = { id: '2025-06-16', sleepSecs: 8 * 3600, sleepQuality: 2, hrvSDNN: null };

/** A race calendar with nothing active. */
export const noRace = { next_race: null, taper_alert: { active: false }, race_week: { active: false } } as RaceCalendar;

/** Race week, D-3 of an A race (the shape _build_race_week produces). */
export function raceWeek(over: Dict = {}): RaceCalendar {
  return {
    next_race: { name: 'Gran Fondo', days_until: 3 },
    race_week: {
      active: true,
      event_name: 'Gran Fondo',
      event_category: 'RACE_A',
      days_until_event: 3,
      current_day: 'D-3',
      projected_race_day_tsb: 12.4,
      tsb_target_range: { min: 10, max: 25 },
      today: { label: 'Easy / rest', load_target_tss: { min: 16, max: 32 }, zones: 'Z1-Z2 only' },
      ...over,
    },
  } as RaceCalendar;
}
