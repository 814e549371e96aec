/**
 * Athlete unit preferences and display blocks: ports of _athlete_units_from_dict and _to_display.
 * Canonical values stay metric; display blocks carry {value, unit} in the athlete's units.
 */
import type * as v from 'valibot';
import type {
  DisplayPreferences,
  DistanceDisplay,
  ElevationDisplay,
  ElevationPerDistanceDisplay,
  HeightDisplay,
  SpeedDisplay,
  WeightDisplay,
} from '../contract/index.js';
import { get, round } from '../lib/py/index.js';
import type { ApiAthlete } from '../snapshot/api-rows.js';

/** The athlete's unit preferences (latest.json athlete_profile.display_preferences). */
export type AthleteUnits = DisplayPreferences;

const WIND: Record<string, AthleteUnits['wind']> = { MPS: 'm/s', KPH: 'km/h', MPH: 'mph' };
const RAIN: Record<string, AthleteUnits['rain']> = { MM: 'mm', IN: 'in' };

export function athleteUnits(athlete: ApiAthlete | null | undefined): AthleteUnits {
  const defaults: AthleteUnits = { wind: 'm/s', temp: 'c', rain: 'mm', distance: 'metric', weight: 'kg', height: 'cm' };
  if (!athlete || Object.keys(athlete).length === 0) return defaults;
  const mp = get(athlete, 'measurement_preference');
  return {
    wind: WIND[get(athlete, 'wind_speed')] ?? defaults.wind,
    temp: athlete.fahrenheit ? 'f' : 'c',
    rain: RAIN[get(athlete, 'rain')] ?? defaults.rain,
    distance: mp !== 'meters' && mp !== null ? 'imperial' : 'metric',
    weight: athlete.weight_pref_lb ? 'lb' : 'kg',
    height: get(athlete, 'height_units') === 'IN' ? 'in' : 'cm',
  };
}

/** The display block each kind of quantity gets. */
interface DisplayOf {
  distance: DistanceDisplay;
  elevation: v.InferOutput<typeof ElevationDisplay>;
  elevation_per_distance: v.InferOutput<typeof ElevationPerDistanceDisplay>;
  weight: WeightDisplay;
  height: v.InferOutput<typeof HeightDisplay>;
  speed: v.InferOutput<typeof SpeedDisplay>;
}
export type DisplayKind = keyof DisplayOf;

/**
 * A canonical metric value as `{value, unit}` in the athlete's units; null for a missing value.
 * Distances and speeds keep decimals, elevations and heights are whole numbers.
 */
export function toDisplay<K extends DisplayKind>(value: number, kind: K, units: Partial<AthleteUnits> | null | undefined): DisplayOf[K];
export function toDisplay<K extends DisplayKind>(
  value: number | null | undefined,
  kind: K,
  units: Partial<AthleteUnits> | null | undefined,
): DisplayOf[K] | null;
export function toDisplay<K extends DisplayKind>(
  value: number | null | undefined,
  kind: K,
  units: Partial<AthleteUnits> | null | undefined,
): DisplayOf[K] | null {
  if (value === null || value === undefined) return null;
  const u = units ?? {};
  const imperial = u.distance === 'imperial';
  const shown = (): DisplayOf[DisplayKind] => {
    switch (kind as DisplayKind) {
      case 'distance':
        return imperial ? { value: round(value * 0.621371, 2), unit: 'mi' } : { value: round(value, 2), unit: 'km' };
      case 'elevation':
        return imperial ? { value: round(value * 3.28084), unit: 'ft' } : { value: round(value), unit: 'm' };
      case 'elevation_per_distance':
        return imperial ? { value: round(value * 5.28), unit: 'ft/mi' } : { value: round(value), unit: 'm/km' };
      case 'weight':
        return u.weight === 'lb' ? { value: round(value * 2.20462, 1), unit: 'lb' } : { value: round(value, 1), unit: 'kg' };
      case 'height':
        return u.height === 'in' ? { value: round(value * 39.3701), unit: 'in' } : { value: round(value * 100), unit: 'cm' };
      case 'speed':
        return imperial ? { value: round(value * 0.621371, 1), unit: 'mph' } : { value: round(value, 1), unit: 'km/h' };
    }
  };
  // the switch covers every kind; the cast ties the block to the kind the caller named
  return shown() as DisplayOf[K];
}
