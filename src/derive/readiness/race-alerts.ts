/**
 * Race alerts appended after the physiological ones (unsorted, tier 1): taper onset (RACE_A 8-14 days out), the race-week daily status and the
 * race-day TSB projection warning.
 */
import type { Alert, DeepPartial, RaceCalendar } from '../../contract/index.js';
import { get, truthy, type Dict } from '../../lib/py/index.js';
import { strAny, strFloat, strInt } from '../../lib/py/str.js';
import { projectedTsbText } from '../calendar/race.js';

/** `d.get(key, {})` where a present-but-null value is treated as the empty default. */
const sub = (d: Dict | null | undefined, key: string): Dict => get(d, key) ?? {};

/** The race alerts of the calendar: taper onset, race-week status, race-day TSB projection. */
export function generateRaceAlerts(raceCalendar: DeepPartial<RaceCalendar> | null | undefined): Alert[] {
  const alerts: Alert[] = [];

  // Taper onset: race_calendar.taper_alert.active
  const taper = sub(raceCalendar, 'taper_alert');
  if (truthy(get(taper, 'active'))) {
    alerts.push({
      metric: 'race_taper',
      value: get(taper, 'days_until'),
      severity: 'info',
      threshold: 'RACE_A within 8-14 days',
      context: get(taper, 'message', 'Taper onset detected.'),
      persistence_days: null,
      tier: 1,
    });
  }

  // Race week: race_calendar.race_week.active
  const rw = sub(raceCalendar, 'race_week');
  if (truthy(get(rw, 'active'))) {
    // daily status: today's protocol label, TSS band (ints: round(ctl × pct)) and zones
    const todayProto = sub(rw, 'today');
    const load = sub(todayProto, 'load_target_tss');
    alerts.push({
      metric: 'race_week',
      value: get(rw, 'days_until_event'),
      severity: 'info',
      threshold: `${strAny(get(rw, 'event_category'))} within 7 days`,
      context:
        `Race week ${strAny(get(rw, 'current_day'))} of '${strAny(get(rw, 'event_name'))}'. ` +
        `Today: ${strAny(get(todayProto, 'label', '?'))}, ` +
        `${strInt(get(load, 'min', 0))}-${strInt(get(load, 'max', 0))} TSS. ` +
        `${strAny(get(todayProto, 'zones', ''))}`,
      persistence_days: null,
      tier: 1,
    });

    // projected race-day TSB (a float, round(…, 1)) below the target range's minimum (ints)
    const projected = get(rw, 'projected_race_day_tsb');
    const range = sub(rw, 'tsb_target_range');
    if (projected !== null && truthy(range)) {
      if (projected < get(range, 'min', 0)) {
        const lo = strInt(get(range, 'min'));
        const hi = strInt(get(range, 'max'));
        alerts.push({
          metric: 'race_week_tsb',
          value: projected,
          severity: 'warning',
          threshold: `TSB target ${lo}-${hi}`,
          context:
            `Projected race-day TSB ${projectedTsbText(rw) ?? strFloat(projected)} is below target range ` +
            `${lo}-${hi}. ` +
            `Consider additional rest to reach target.`,
          persistence_days: null,
          tier: 1,
        });
      }
    }
  }

  return alerts;
}
