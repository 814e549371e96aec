/**
 * Athlete identity and settings: athlete_profile (explicit allow-list — the athlete record carries
 * secrets such as icu_api_key and is never serialised), per-sport thresholds.
 */
import { NaiveDateTime } from '../lib/naive-time.js';
import type { AthleteProfile, SportThresholds } from '../contract/index.js';
import { get, strip, truthy, or } from '../lib/py/index.js';
import type { DeriveContext } from './context.js';
import { sportFamily } from './sports.js';
import { toDisplay, type AthleteUnits } from './units.js';
import type { ApiAthlete, ApiRow } from '../snapshot/api-rows.js';

/** complete years between a YYYY-MM-DD date and today; null when missing/malformed */
export function yearsSince(ctx: DeriveContext, dateStr: unknown): number | null {
  if (!truthy(dateStr) || typeof dateStr !== 'string') return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dateStr)) return null;
  const d = NaiveDateTime.parse(dateStr); // the pattern above guarantees it parses
  const t = ctx.now;
  const before = t.month < d.month || (t.month === d.month && t.day < d.day);
  return t.year - d.year - (before ? 1 : 0);
}

export function composeLocation(...parts: unknown[]): string | null {
  const kept = parts.filter((p): p is string => typeof p === 'string' && strip(p).length > 0).map(strip);
  return kept.length ? kept.join(', ') : null;
}

export function athleteProfile(ctx: DeriveContext, athlete: ApiAthlete, units: AthleteUnits): AthleteProfile {
  const dob = get(athlete, 'icu_date_of_birth');
  const activatedRaw = get(athlete, 'icu_activated');
  const activated = truthy(activatedRaw) ? String(activatedRaw).slice(0, 10) : null;
  const height = get(athlete, 'height');
  return {
    date_of_birth: dob,
    age: yearsSince(ctx, dob),
    height_m: height,
    display: { height: toDisplay(height, 'height', units) },
    display_preferences: units,
    sex: get(athlete, 'sex'),
    location: composeLocation(get(athlete, 'city'), get(athlete, 'state'), get(athlete, 'country')),
    timezone: get(athlete, 'timezone'),
    platform_activated: activated,
    years_on_platform: yearsSince(ctx, activated),
  };
}

/**
 * Per sport family, the sportSettings entry with the most populated fields (ties → the
 * alphabetically smallest activity type). Null `sportSettings` / `types` lists count as empty.
 */
export function buildSportThresholds(athlete: ApiAthlete): Record<string, SportThresholds> {
  const candidates = new Map<string, { entry: SportThresholds; populated: number; type: string }>();
  for (const sport of (or(get(athlete, 'sportSettings'), []) as ApiRow[]) ?? []) {
    if (!sport || typeof sport !== 'object') continue;
    for (const sportType of (or(get(sport, 'types'), []) as string[]) ?? []) {
      const family = sportFamily(sportType);
      if (!family) continue;
      const rawPace = get(sport, 'threshold_pace');
      const thresholdPace = rawPace !== null && rawPace !== 0 ? rawPace : null;
      const entry: SportThresholds = {
        lthr: get(sport, 'lthr'),
        max_hr: get(sport, 'max_hr'),
        threshold_pace: thresholdPace,
        pace_units: thresholdPace !== null ? get(sport, 'pace_units') : null,
        ftp: or(get(sport, 'ftp'), null),
        ftp_indoor: or(get(sport, 'indoor_ftp'), null),
      };
      const populated = Object.values(entry).filter((x) => x !== null).length;
      const cur = candidates.get(family);
      if (!cur || populated > cur.populated || (populated === cur.populated && sportType < cur.type)) {
        candidates.set(family, { entry, populated, type: sportType });
      }
    }
  }
  const out: Record<string, SportThresholds> = {};
  for (const [family, c] of candidates) out[family] = c.entry;
  return out;
}
