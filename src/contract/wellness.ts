/**
 * Wellness fields passed through from Intervals.icu wellness records. The API decides their
 * numeric form, so they are plain numbers (categorical 1-4 scales included) or null when not
 * recorded. Shared by latest.json (current_status.current_metrics, wellness_data[]) and
 * history.json (daily_90d[]).
 */
import * as v from 'valibot';
import { isoDate, numOrNull, obj, orNull, str, strOrNull } from './shape.js';
import { WeightDisplay } from './units.js';

/** Subjective state (1 = best … 4 = worst), vitals, body composition, nutrition, cycle, readiness. */
export const wellnessStateEntries = {
  fatigue: numOrNull,
  soreness: numOrNull,
  stress: numOrNull,
  mood: numOrNull,
  motivation: numOrNull,
  injury: numOrNull,
  hydration: numOrNull,
  spO2: numOrNull,
  blood_glucose: numOrNull,
  systolic: numOrNull,
  diastolic: numOrNull,
  baevsky_si: numOrNull,
  lactate: numOrNull,
  respiration: numOrNull,
  body_fat_pct: numOrNull,
  abdomen_cm: numOrNull,
  steps: numOrNull,
  hydration_volume_l: numOrNull,
  kcal_consumed: numOrNull,
  carbohydrates_g: numOrNull,
  protein_g: numOrNull,
  fat_g: numOrNull,
  /** PERIOD, FOLLICULAR, OVULATION, LUTEAL, … (Intervals.icu's names). */
  menstrual_phase: strOrNull,
  menstrual_phase_predicted: strOrNull,
  readiness: numOrNull,
};

export const WeightDisplayBlock = obj({ weight: orNull(WeightDisplay) });

/** One day of latest.json wellness_data[] (the display window). */
export const WellnessRecord = obj({
  /** The wellness record id (its date); "unknown" if the API sent none. */
  date: v.union([isoDate, str]),
  weight_kg: numOrNull,
  display: WeightDisplayBlock,
  resting_hr: numOrNull,
  hrv_rmssd: numOrNull,
  hrv_sdnn: numOrNull,
  sleep_hours: numOrNull,
  /** e.g. "7h20m", from whole minutes. */
  sleep_formatted: strOrNull,
  sleep_quality: numOrNull,
  sleep_score: numOrNull,
  mental_energy: numOrNull,
  avg_sleeping_hr: numOrNull,
  vo2max: numOrNull,
  ...wellnessStateEntries,
});

export type WellnessRecord = v.InferOutput<typeof WellnessRecord>;
/** The wellness state fields shared by wellness_data, current_metrics and daily_90d rows. */
export type WellnessState = v.InferOutput<v.ObjectSchema<typeof wellnessStateEntries, undefined>>;
