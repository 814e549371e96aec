/**
 * health_context: port of _build_health_context (v3.128).
 *
 * SICK / INJURED calendar markers (matched on category, never on the title), span-tested with
 * Intervals' EXCLUSIVE end converted to the inclusive last calendar-marked day, and partitioned
 * into current / recent (14 d) / upcoming. The markers come from the dedicated filtered fetch
 * (365 d back, 90 d ahead); when it failed, from the main event window with source_status
 * "partial" (marker_active / recent_marker omitted, clarification_required true).
 */
import type { HealthContext, HealthMarker, RecentHealthMarker } from '../../contract/index.js';
import type { NaiveDateTime } from '../../lib/naive-time.js';
import { get, isDict, isNum, pyStr, sorted, strip, truthy } from '../../lib/py/index.js';
import type { ApiEvent, ApiWellness } from '../../snapshot/api-rows.js';
import { HEALTH_EVENT_CATEGORIES } from '../sports.js';
import { strptimeYmd } from './dates.js';

/** HEALTH_EVENT_LOOKBACK_DAYS: a span still marked today may have begun long before the event fetch floor */
export const HEALTH_EVENT_LOOKBACK_DAYS = 365;
/** HEALTH_EVENT_LOOKAHEAD_DAYS: matches the main event fetch horizon */
export const HEALTH_EVENT_LOOKAHEAD_DAYS = 90;
/** HEALTH_RECENT_WINDOW_DAYS: matches the 14-day illness-or-injury test gate */
export const HEALTH_RECENT_WINDOW_DAYS = 14;

export const HEALTH_CONTEXT_NOTE =
  "Athlete-reported illness / injury context. NOT a readiness input - readiness_decision is physiological and may read 'go' while clarification_required is true. Calendar markers are matched on the Intervals.icu category (SICK / INJURED), never the event title. end_date is the INCLUSIVE last CALENDAR-MARKED day (Intervals stores an exclusive end) - not the last day the athlete was unwell. end_date_local is the end of the calendar MARKING, not evidence the illness ended - illness is normally marked for the current day because recovery cannot be predicted, so a marker in 'recent' with none in 'current' means recovery status is UNKNOWN, not recovered. When clarification_required is true, do not give an unqualified full-program recommendation: acknowledge a current marker and establish severity, or ask whether the athlete has recovered after a recent one. Never an automatic Skip, and never grounds to relax an existing Skip. source_status 'partial' means the dedicated health fetch failed and this block was built from the narrower main event window: marker_active and recent_marker are omitted because they were not established, and an empty list is not evidence of no marker. A span beginning before lookback_days is not visible.";

export interface HealthContextInput {
  /** the dedicated SICK/INJURED fetch; null when it failed */
  healthEvents: ApiEvent[] | null;
  /** the main event list (fallback) */
  fallbackEvents: ApiEvent[];
  latestWellness: ApiWellness;
  /** oldest date of the main event fetch */
  fallbackOldest: string;
}

type WellnessInjury = NonNullable<HealthContext['wellness_injury']>;

function strField(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function isHealthCategory(cat: unknown): cat is HealthMarker['category'] {
  return typeof cat === 'string' && HEALTH_EVENT_CATEGORIES.has(cat);
}

/**
 * Inclusive last calendar-marked day of a marker: an end at midnight is exclusive (minus one
 * day); an end with a time of day covers that day; never before the start.
 */
export function inclusiveEndDate(start: string, endRaw: unknown): string {
  let endDate = start;
  const raw = strField(endRaw);
  if (raw) {
    const endDay = raw.slice(0, 10);
    const endTime = raw.includes('T') ? raw.split('T')[1].slice(0, 5) : '00:00';
    if (endTime === '00:00') {
      const d = strptimeYmd(endDay);
      endDate = d ? d.addDays(-1).date() : start;
    } else {
      endDate = endDay;
    }
    if (endDate < start) endDate = start;
  }
  return endDate;
}

/**
 * The latest wellness injury value when it is 2 or worse, and whether it asks for
 * clarification: only a value recorded today (freshness "current") of 3 or worse does; a stale
 * value is shown but triggers nothing.
 */
function wellnessInjuryOf(latestWellness: ApiWellness, todayDt: NaiveDateTime): { injury: WellnessInjury | null; clarify: boolean } {
  const injury = get(latestWellness ?? {}, 'injury');
  if (!isNum(injury) || injury < 2) return { injury: null, clarify: false };
  const injuryDate = get(latestWellness, 'id');
  let daysOld: number | null = null;
  if (truthy(injuryDate)) {
    const d = strptimeYmd(pyStr(injuryDate).slice(0, 10));
    daysOld = d ? todayDt.daysSince(d) : null;
  }
  const freshness = daysOld === 0 ? 'current' : 'stale';
  return {
    injury: {
      value: injury,
      date: injuryDate,
      freshness,
      series: 'wellness_data[].injury / history.json daily_90d[].injury',
      ...(daysOld !== null ? { days_old: daysOld } : {}),
    },
    clarify: freshness === 'current' && injury >= 3,
  };
}

/** The health_context block of latest.json from the calendar markers and the latest wellness record. */
export function buildHealthContextBlock(today: string, input: HealthContextInput): HealthContext {
  const todayDt = strptimeYmd(today);
  if (!todayDt) throw new Error(`invalid today: ${today}`);
  const recentCutoff = todayDt.addDays(-HEALTH_RECENT_WINDOW_DAYS).date();

  let fallbackLookbackDays: number | null = null;
  if (input.fallbackOldest) {
    const d = strptimeYmd(input.fallbackOldest.slice(0, 10));
    fallbackLookbackDays = d ? todayDt.daysSince(d) : null;
  }

  const partial = input.healthEvents === null;
  const sourceStatus = partial ? 'partial' : 'ok';
  const lookbackDays = partial ? fallbackLookbackDays : HEALTH_EVENT_LOOKBACK_DAYS;
  const sourceEvents = input.healthEvents ?? input.fallbackEvents ?? [];

  const current: HealthMarker[] = [];
  const recent: RecentHealthMarker[] = [];
  const upcoming: HealthMarker[] = [];
  for (const evt of sourceEvents) {
    if (!isDict(evt)) continue;
    const cat = get(evt, 'category', '');
    if (!isHealthCategory(cat)) continue;
    const start = strField(get(evt, 'start_date_local')).slice(0, 10);
    if (!start) continue;
    const endDate = inclusiveEndDate(start, get(evt, 'end_date_local'));
    const active = start <= today && today <= endDate;
    const name = strip(strField(get(evt, 'name')));
    const desc = strip(strField(get(evt, 'description')));
    const entry: HealthMarker = {
      event_id: get(evt, 'id'),
      category: cat,
      start_date: start,
      end_date: endDate,
      marker_active_today: active,
      source: 'calendar',
      ...(name ? { name } : {}),
      ...(desc ? { description: desc } : {}),
    };

    if (start > today) {
      upcoming.push(entry);
    } else if (active) {
      current.push(entry);
    } else if (endDate >= recentCutoff) {
      // days_since_end supports the 14-day illness gate without date arithmetic downstream
      const end = strptimeYmd(endDate);
      recent.push({ ...entry, days_since_end: end ? todayDt.daysSince(end) : null });
    }
  }

  const order = (e: HealthMarker) => [e.start_date, e.category, pyStr(e.event_id)];
  const currentS = sorted(current, order);
  const recentS = sorted(recent, order);
  const upcomingS = sorted(upcoming, order);

  const { injury: wellnessInjury, clarify: injuryRequiresClarification } = wellnessInjuryOf(input.latestWellness, todayDt);

  // marker_active / recent_marker are omitted under "partial": they were not established
  return {
    source_status: sourceStatus,
    ...(sourceStatus === 'ok' ? { marker_active: currentS.length > 0, recent_marker: recentS.length > 0 && currentS.length === 0 } : {}),
    clarification_required: currentS.length > 0 || recentS.length > 0 || injuryRequiresClarification || sourceStatus !== 'ok',
    lookback_days: lookbackDays,
    recent_window_days: HEALTH_RECENT_WINDOW_DAYS,
    current: currentS,
    recent: recentS,
    upcoming: upcomingS,
    ...(wellnessInjury ? { wellness_injury: wellnessInjury } : {}),
    note: HEALTH_CONTEXT_NOTE,
  };
}
