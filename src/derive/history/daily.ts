/**
 * history.json daily_90d: one row per day, oldest first, ending today. Port of _build_daily_tier.
 */
import { get, round, truthy, type Dict } from '../../lib/py.js';
import type { DeriveContext } from '../context.js';
import { formatMinutes } from '../format.js';
import { toDisplay, type AthleteUnits } from '../units.js';
import { classifyHardDay } from '../zones.js';
import { dayActivities, dayWellness, dayZones, sumLoad, sumMovingTime, type HistoryLookups } from './common.js';

/** list(dict.fromkeys(a.get("type", "Unknown") ...)) joined with ", " ("Rest" on a rest day) */
function activityTypes(acts: Dict[]): string {
  if (!acts.length) return 'Rest';
  const types: string[] = [];
  for (const a of acts) {
    const t = get(a, 'type', 'Unknown');
    if (typeof t !== 'string') throw new TypeError('sequence item: expected str instance');
    if (!types.includes(t)) types.push(t);
  }
  return types.join(', ');
}

export function buildDailyTier(ctx: DeriveContext, l: HistoryLookups, days: number, units: AthleteUnits): Dict[] {
  const rows: Dict[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const date = ctx.now.addDays(-i).date();
    const acts = dayActivities(l, date);
    const w = dayWellness(l, date);
    const totalTss = sumLoad(acts);
    const totalSeconds = sumMovingTime(acts);
    const [isHard, intensityBasis] = classifyHardDay(dayZones(acts, ctx.zonePreference));
    const ctl = get(w, 'ctl');
    const atl = get(w, 'atl');
    const sleepSecs = get(w, 'sleepSecs');
    rows.push({
      date,
      total_hours: round(totalSeconds / 3600, 2),
      total_tss: round(totalTss, 0),
      activity_count: acts.length,
      activity_types: activityTypes(acts),
      ctl,
      atl,
      tsb: truthy(ctl) && truthy(atl) ? round(get(w, 'ctl', 0) - get(w, 'atl', 0), 1) : null,
      hrv: get(w, 'hrv'),
      rhr: get(w, 'restingHR'),
      sleep_hours: truthy(sleepSecs) ? round(sleepSecs / 3600, 2) : null,
      sleep_formatted: truthy(sleepSecs) ? formatMinutes(sleepSecs) : null,
      sleep_quality: get(w, 'sleepQuality'),
      sleep_score: get(w, 'sleepScore'),
      weight_kg: get(w, 'weight'),
      display: { weight: toDisplay(get(w, 'weight'), 'weight', units) },
      is_hard_day: isHard,
      intensity_basis: intensityBasis,
      // Subjective state (categorical 1-4)
      fatigue: get(w, 'fatigue'),
      soreness: get(w, 'soreness'),
      stress: get(w, 'stress'),
      mood: get(w, 'mood'),
      motivation: get(w, 'motivation'),
      injury: get(w, 'injury'),
      hydration: get(w, 'hydration'),
      // Vitals
      spO2: get(w, 'spO2'),
      blood_glucose: get(w, 'bloodGlucose'),
      systolic: get(w, 'systolic'),
      diastolic: get(w, 'diastolic'),
      baevsky_si: get(w, 'baevskySI'),
      lactate: get(w, 'lactate'),
      respiration: get(w, 'respiration'),
      // Body composition
      body_fat_pct: get(w, 'bodyFat'),
      abdomen_cm: get(w, 'abdomen'),
      // Lifestyle / nutrition
      steps: get(w, 'steps'),
      hydration_volume_l: get(w, 'hydrationVolume'),
      kcal_consumed: get(w, 'kcalConsumed'),
      carbohydrates_g: get(w, 'carbohydrates'),
      protein_g: get(w, 'protein'),
      fat_g: get(w, 'fatTotal'),
      // Cycle
      menstrual_phase: get(w, 'menstrualPhase'),
      menstrual_phase_predicted: get(w, 'menstrualPhasePredicted'),
      // Platform
      readiness: get(w, 'readiness'),
    });
  }
  return rows;
}
