/**
 * Weather of completed outdoor activities: port of _build_weather_for_activity. Built from the
 * activity-list fields Intervals.icu fills from Open-Meteo (no extra request).
 */
import { get, round, truthy, type Dict } from '../../lib/py/index.js';
import type { AthleteUnits } from '../units.js';
import { OUTDOOR_TYPES } from '../sports.js';
import type { PreviousLookup } from './activity.js';

/** weather_summary key → activity field, in the reference's order */
const WEATHER_FIELDS: Array<[string, string]> = [
  ['avg_wind_speed', 'average_wind_speed'],
  ['avg_wind_gust', 'average_wind_gust'],
  ['prevailing_wind_deg', 'prevailing_wind_deg'],
  ['headwind_pct', 'headwind_percent'],
  ['tailwind_pct', 'tailwind_percent'],
  ['avg_temp', 'average_weather_temp'],
  ['avg_temp_device', 'average_temp'],
  ['avg_feels_like', 'average_feels_like'],
  ['min_feels_like', 'min_feels_like'],
  ['max_feels_like', 'max_feels_like'],
  ['min_temp', 'min_weather_temp'],
  ['max_temp', 'max_weather_temp'],
  ['clouds_pct', 'average_clouds'],
  ['rain', 'max_rain'],
  ['snow', 'max_snow'],
];

/**
 * weather_summary copied forward from the previous latest.json, else built when has_weather,
 * else weather_status "unavailable" (never copied forward: Intervals may compute it later).
 */
export function weatherForActivity(act: Dict, lookup: PreviousLookup, units: Partial<AthleteUnits>): Dict {
  if (!OUTDOOR_TYPES.has(get(act, 'type', ''))) return {};
  const id = get(act, 'id');
  const prev = id !== null ? (lookup.get(typeof id === 'string' ? id : String(id)) ?? {}) : {};
  if ('weather_summary' in prev) return { weather_summary: prev.weather_summary };
  if (!truthy(get(act, 'has_weather'))) return { weather_status: 'unavailable' };

  const summary: Dict = {
    source: 'intervals_open_meteo',
    units: { wind: units.wind ?? 'm/s', temp: units.temp ?? 'c', rain: units.rain ?? 'mm' },
  };
  for (const [key, field] of WEATHER_FIELDS) {
    const v = get(act, field);
    // round(v, 2) on floats; ints (indistinguishable here) are unchanged by it
    summary[key] = typeof v === 'number' ? round(v, 2) : v;
  }
  return { weather_summary: summary };
}
