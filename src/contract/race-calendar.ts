/**
 * latest.json race_calendar: RACE_A/B/C events of the next 90 days, the taper-onset alert (an A
 * race 8-14 days out) and the race-week protocol (an A or B race within 7 days).
 */
import * as v from 'valibot';
import { RaceCategory } from './common.js';
import { bool, int, isoDate, maybe, num, numOrNull, obj, oneOf, orNull, str, strOrNull } from './shape.js';
import { DistanceDisplay } from './units.js';

export const Race = obj({
  name: strOrNull,
  date: isoDate,
  category: RaceCategory,
  /** The event's sport type (Ride, Run, …). */
  type: strOrNull,
  days_until: int,
  moving_time_seconds: numOrNull,
  distance_meters: numOrNull,
  display: obj({ distance: orNull(DistanceDisplay) }),
  /** A route attachment of the event produced a terrain summary in routes.json. */
  has_terrain: bool,
  start_time: maybe(str),
  indoor: maybe(v.literal(true)),
});

/** Taper onset: an A race 8-14 days out. */
export const TaperAlert = v.variant('active', [
  obj({ active: v.literal(false) }),
  obj({ active: v.literal(true), event_name: strOrNull, event_date: isoDate, days_until: int, message: str }),
]);

const IntRange = obj({ min: int, max: int });

export const RaceDayProtocol = obj({
  label: str,
  /** TSS band for today from CTL; null before the race week. */
  load_target_tss: orNull(IntRange),
  zones: str,
  purpose: str,
});

/** The race-week protocol for an A (else B) race within 7 days. */
export const ActiveRaceWeek = obj({
  active: v.literal(true),
  event_name: strOrNull,
  event_date: isoDate,
  event_category: oneOf(['RACE_A', 'RACE_B']),
  event_type: strOrNull,
  event_duration_class: oneOf(['short_intense', 'medium', 'long_endurance']),
  event_moving_time_seconds: numOrNull,
  days_until_event: int,
  /** "D-7" … "D-0". */
  current_day: str,
  ctl_baseline: num,
  normal_weekly_tss: num,
  race_week_tss_budget: IntRange,
  race_week_tss_spent: int,
  race_week_tss_remaining: IntRange,
  /** Race-day TSB assuming no further load. */
  projected_race_day_tsb: num,
  tsb_target_range: IntRange,
  today: RaceDayProtocol,
  carb_loading: obj({
    applicable: bool,
    active: bool,
    starts: v.literal('D-4'),
    start_date: isoDate,
    note: strOrNull,
  }),
  opener: obj({ day: v.literal('D-2'), date: isoDate, intensity: oneOf(['lighter', 'standard', 'more_intense']) }),
  go_no_go: obj({ tsb_status: oneOf(['green', 'flag']), notes: v.array(str) }),
});

export const RaceWeek = v.variant('active', [obj({ active: v.literal(false) }), ActiveRaceWeek]);

export const RaceCalendar = obj({
  next_race: orNull(Race),
  all_races: v.array(Race),
  taper_alert: TaperAlert,
  race_week: RaceWeek,
});

export type Race = v.InferOutput<typeof Race>;
export type TaperAlert = v.InferOutput<typeof TaperAlert>;
export type RaceDayProtocol = v.InferOutput<typeof RaceDayProtocol>;
export type ActiveRaceWeek = v.InferOutput<typeof ActiveRaceWeek>;
export type RaceWeek = v.InferOutput<typeof RaceWeek>;
export type RaceCalendar = v.InferOutput<typeof RaceCalendar>;
