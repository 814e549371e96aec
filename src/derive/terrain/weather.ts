/**
 * Weather of completed outdoor activities, built from the activity-list fields Intervals.icu fills
 * from Open-Meteo (no extra request).
 */
import type { RecentActivity, WeatherSummary } from '../../contract/index.js';
import { get, round, truthy } from '../../lib/py/index.js';
import type { ApiActivity } from '../../snapshot/api-rows.js';
import { activityKey, isOutdoorActivity, type PreviousLookup } from '../../snapshot/plan/terrain.js';
import type { AthleteUnits } from '../units.js';

/** The weather fields of a recent activity. */
export type WeatherFields = Pick<RecentActivity, 'weather_summary' | 'weather_status'>;

/**
 * weather_summary copied forward from the previous latest.json, else built when has_weather,
 * else weather_status "unavailable" (never copied forward: Intervals may compute it later).
 */
export function weatherForActivity(act: ApiActivity, lookup: PreviousLookup, units: Partial<AthleteUnits>): WeatherFields {
  if (!isOutdoorActivity(act)) return {};
  const id = get(act, 'id');
  const prev = id !== null ? (lookup.get(activityKey(id)) ?? {}) : {};
  if ('weather_summary' in prev) return { weather_summary: prev.weather_summary };
  if (!truthy(get(act, 'has_weather'))) return { weather_status: 'unavailable' };

  /** An activity field as written: round(v, 2) on floats (ints are unchanged by it), else as sent. */
  const field = (name: string) => {
    const v = get(act, name);
    return typeof v === 'number' ? round(v, 2) : v;
  };
  const summary: WeatherSummary = {
    source: 'intervals_open_meteo',
    // AthleteUnits types them as strings; athleteUnits writes only the contract's unit names
    units: { wind: units.wind ?? 'm/s', temp: units.temp ?? 'c', rain: units.rain ?? 'mm' } as WeatherSummary['units'],
    avg_wind_speed: field('average_wind_speed'),
    avg_wind_gust: field('average_wind_gust'),
    prevailing_wind_deg: field('prevailing_wind_deg'),
    headwind_pct: field('headwind_percent'),
    tailwind_pct: field('tailwind_percent'),
    avg_temp: field('average_weather_temp'),
    avg_temp_device: field('average_temp'),
    avg_feels_like: field('average_feels_like'),
    min_feels_like: field('min_feels_like'),
    max_feels_like: field('max_feels_like'),
    min_temp: field('min_weather_temp'),
    max_temp: field('max_weather_temp'),
    clouds_pct: field('average_clouds'),
    rain: field('max_rain'),
    snow: field('max_snow'),
  };
  return { weather_summary: summary };
}
