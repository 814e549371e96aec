/**
 * Wellness: wellness_data rows, current_metrics from the latest record, the HRV validity filter.
 */
import type { CurrentMetrics, WellnessRecord, WellnessState } from '../contract/index.js';
import { get, or, round, truthy } from '../lib/py/index.js';
import { formatMinutes } from './format.js';
import { toDisplay, type AthleteUnits } from './units.js';
import type { ApiAthlete, ApiWellness } from '../snapshot/api-rows.js';

/** rMSSD within the physiological range 10–250 ms (sensor glitches excluded; PR #6). */
export function isValidHrv(value: unknown): value is number {
  return typeof value === 'number' && value >= 10 && value <= 250;
}

function sleepHours(w: ApiWellness): number | null {
  const s = get(w, 'sleepSecs');
  return truthy(s) ? round(s / 3600, 2) : null;
}

function sleepFormatted(w: ApiWellness): string | null {
  const s = get(w, 'sleepSecs');
  return truthy(s) ? formatMinutes(s) : null;
}

/** The subjective, vital, body, nutrition, cycle and platform fields (wellness_data, current_metrics, daily_90d). */
export function wellnessStateFields(w: ApiWellness): WellnessState {
  return {
    fatigue: get(w, 'fatigue'),
    soreness: get(w, 'soreness'),
    stress: get(w, 'stress'),
    mood: get(w, 'mood'),
    motivation: get(w, 'motivation'),
    injury: get(w, 'injury'),
    hydration: get(w, 'hydration'),
    spO2: get(w, 'spO2'),
    blood_glucose: get(w, 'bloodGlucose'),
    systolic: get(w, 'systolic'),
    diastolic: get(w, 'diastolic'),
    baevsky_si: get(w, 'baevskySI'),
    lactate: get(w, 'lactate'),
    respiration: get(w, 'respiration'),
    body_fat_pct: get(w, 'bodyFat'),
    abdomen_cm: get(w, 'abdomen'),
    steps: get(w, 'steps'),
    hydration_volume_l: get(w, 'hydrationVolume'),
    kcal_consumed: get(w, 'kcalConsumed'),
    carbohydrates_g: get(w, 'carbohydrates'),
    protein_g: get(w, 'protein'),
    fat_g: get(w, 'fatTotal'),
    menstrual_phase: get(w, 'menstrualPhase'),
    menstrual_phase_predicted: get(w, 'menstrualPhasePredicted'),
    readiness: get(w, 'readiness'),
  };
}

/** wellness_data: one record per day of the display window, raw fields renamed and unit-annotated. */
export function formatWellness(wellness: ApiWellness[], units: AthleteUnits): WellnessRecord[] {
  return wellness.map((w) => {
    const weight = get(w, 'weight');
    return {
      date: get(w, 'id', 'unknown'),
      weight_kg: weight,
      display: { weight: toDisplay(weight, 'weight', units) },
      resting_hr: get(w, 'restingHR'),
      hrv_rmssd: get(w, 'hrv'),
      hrv_sdnn: get(w, 'hrvSDNN'),
      sleep_hours: sleepHours(w),
      sleep_formatted: sleepFormatted(w),
      sleep_quality: get(w, 'sleepQuality'),
      sleep_score: get(w, 'sleepScore'),
      mental_energy: get(w, 'mentalEnergy'),
      avg_sleeping_hr: get(w, 'avgSleepingHR'),
      vo2max: get(w, 'vo2max'),
      ...wellnessStateFields(w),
    };
  });
}

/** current_status.current_metrics from the latest wellness record (athlete fallbacks). */
export function currentMetrics(latest: ApiWellness, athlete: ApiAthlete, units: AthleteUnits): CurrentMetrics {
  const weight = or(get(latest, 'weight'), get(athlete, 'icu_weight'));
  return {
    weight_kg: weight,
    display: { weight: toDisplay(weight, 'weight', units) },
    resting_hr: or(get(latest, 'restingHR'), get(athlete, 'icu_resting_hr')),
    hrv: get(latest, 'hrv'),
    sleep_quality: get(latest, 'sleepQuality'),
    sleep_hours: sleepHours(latest),
    sleep_formatted: sleepFormatted(latest),
    sleep_score: get(latest, 'sleepScore'),
    ...wellnessStateFields(latest),
  };
}
