/**
 * Race alerts appended after the physiological ones (unsorted, tier 1): taper onset (RACE_A 8-14 days out), the race-week daily status and the
 * race-day TSB projection warning.
 */
import type { Alert, DeepPartial, RaceCalendar } from '../../contract/index.js';
import { truthy } from '../../lib/py/index.js';
import { strAny, strFloat, strInt } from '../../lib/py/str.js';
import { projectedTsbText } from '../calendar/race.js';

type ActiveTaper = Extract<RaceCalendar['taper_alert'], { active: true }>;
type ActiveRaceWeek = Extract<RaceCalendar['race_week'], { active: true }>;

/**
 * The blocks as read: either variant of the calendar's taper alert / race week, any field possibly
 * absent (a present-but-null block reads as empty).
 */
type TaperView = DeepPartial<Omit<ActiveTaper, 'active'>> & { active?: boolean };
type RaceWeekView = DeepPartial<Omit<ActiveRaceWeek, 'active'>> & { active?: boolean };

/** `.get(key, default)`: the default stands in only for an absent value (null stays null). */
const ifAbsent = <T, D>(value: T | undefined, dflt: D): T | D => (value === undefined ? dflt : value);

/** The race alerts of the calendar: taper onset, race-week status, race-day TSB projection. */
export function generateRaceAlerts(raceCalendar: DeepPartial<RaceCalendar> | null | undefined): Alert[] {
  const alerts: Alert[] = [];

  // Taper onset: race_calendar.taper_alert.active
  const taper: TaperView = raceCalendar?.taper_alert ?? {};
  if (truthy(taper.active)) {
    alerts.push({
      metric: 'race_taper',
      value: taper.days_until ?? null,
      severity: 'info',
      threshold: 'RACE_A within 8-14 days',
      context: ifAbsent(taper.message, 'Taper onset detected.'),
      persistence_days: null,
      tier: 1,
    });
  }

  // Race week: race_calendar.race_week.active
  const rw: RaceWeekView = raceCalendar?.race_week ?? {};
  if (truthy(rw.active)) {
    // daily status: today's protocol label, TSS band (ints: round(ctl × pct)) and zones
    const todayProto = rw.today ?? {};
    const load = todayProto.load_target_tss ?? {};
    alerts.push({
      metric: 'race_week',
      value: rw.days_until_event ?? null,
      severity: 'info',
      threshold: `${strAny(rw.event_category)} within 7 days`,
      context:
        `Race week ${strAny(rw.current_day)} of '${strAny(rw.event_name)}'. ` +
        `Today: ${strAny(ifAbsent(todayProto.label, '?'))}, ` +
        `${strInt(ifAbsent(load.min, 0))}-${strInt(ifAbsent(load.max, 0))} TSS. ` +
        `${strAny(ifAbsent(todayProto.zones, ''))}`,
      persistence_days: null,
      tier: 1,
    });

    // projected race-day TSB (a float, round(…, 1)) below the target range's minimum (ints)
    const projected = rw.projected_race_day_tsb ?? null;
    const range = rw.tsb_target_range ?? {};
    if (projected !== null && truthy(range)) {
      // the range holds ints, never null (a null would compare as 0)
      if (projected < (ifAbsent(range.min, 0) ?? 0)) {
        const lo = strInt(range.min);
        const hi = strInt(range.max);
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
