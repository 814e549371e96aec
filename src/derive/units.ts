/**
 * Athlete unit preferences and display blocks: ports of _athlete_units_from_dict and _to_display.
 * Canonical values stay metric; display blocks carry {value, unit} in the athlete's units.
 */
import type { WeightDisplay } from '../contract/index.js';
import { get, round } from '../lib/py/index.js';
import type { ApiAthlete } from '../snapshot/api-rows.js';

export interface AthleteUnits {
  wind: string;
  temp: string;
  rain: string;
  distance: string;
  weight: string;
  height: string;
}

const WIND: Record<string, string> = { MPS: 'm/s', KPH: 'km/h', MPH: 'mph' };
const RAIN: Record<string, string> = { MM: 'mm', IN: 'in' };

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

export type DisplayKind = 'distance' | 'elevation' | 'elevation_per_distance' | 'weight' | 'height' | 'speed';

/** _to_display(value, kind, athlete_units) → {value, unit} | null */
export function toDisplay(
  value: number | null | undefined,
  kind: 'weight',
  units: Partial<AthleteUnits> | null | undefined,
): WeightDisplay | null;
export function toDisplay(
  value: number | null | undefined,
  kind: DisplayKind,
  units: Partial<AthleteUnits> | null | undefined,
): { value: number; unit: string } | null;
export function toDisplay(
  value: number | null | undefined,
  kind: DisplayKind,
  units: Partial<AthleteUnits> | null | undefined,
): { value: number; unit: string } | null {
  if (value === null || value === undefined) return null;
  const u = units ?? {};
  const imperial = u.distance === 'imperial';
  switch (kind) {
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
  return null;
}
