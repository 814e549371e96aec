/**
 * history.json daily_90d: one row per day, oldest first, ending today. Port of _build_daily_tier.
 */
import type { DailyRow } from '../../contract/index.js';
import { get, round, truthy } from '../../lib/py/index.js';
import type { DeriveContext } from '../context.js';
import { formatMinutes } from '../format.js';
import { toDisplay, type AthleteUnits } from '../units.js';
import { wellnessStateFields } from '../wellness.js';
import { classifyHardDay } from '../zones.js';
import { dayActivities, dayWellness, dayZones, sumLoad, sumMovingTime, type HistoryLookups } from './common.js';
import type { ApiActivity } from '../../snapshot/api-rows.js';

/** list(dict.fromkeys(a.get("type", "Unknown") ...)) joined with ", " ("Rest" on a rest day) */
function activityTypes(acts: ApiActivity[]): string {
  if (!acts.length) return 'Rest';
  const types: string[] = [];
  for (const a of acts) {
    const t = get(a, 'type', 'Unknown');
    if (typeof t !== 'string') throw new TypeError('sequence item: expected str instance');
    if (!types.includes(t)) types.push(t);
  }
  return types.join(', ');
}

export function buildDailyTier(ctx: DeriveContext, l: HistoryLookups, days: number, units: AthleteUnits): DailyRow[] {
  const rows: DailyRow[] = [];
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
      ...wellnessStateFields(w),
    });
  }
  return rows;
}
