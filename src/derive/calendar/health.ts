/**
 * health_context: port of _build_health_context (v3.128).
 *
 * SICK / INJURED calendar markers (matched on category, never on the title), span-tested with
 * Intervals' EXCLUSIVE end converted to the inclusive last calendar-marked day, and partitioned
 * into current / recent (14 d) / upcoming. The markers come from the dedicated filtered fetch
 * (365 d back, 90 d ahead); when it failed, from the main event window with source_status
 * "partial" (marker_active / recent_marker omitted, clarification_required true).
 */
import { get, isNum, pyStr, sorted, strip, truthy, type Dict } from '../../lib/py/index.js';
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
  healthEvents: Dict[] | null;
  /** the main event list (fallback) */
  fallbackEvents: Dict[];
  latestWellness: Dict;
  /** oldest date of the main event fetch */
  fallbackOldest: string;
}

function strField(v: unknown): string {
  return typeof v === 'string' ? v : '';
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

/** _build_health_context(fallback_events, latest_wellness, today, fallback_oldest) */
export function buildHealthContextBlock(today: string, input: HealthContextInput): Dict {
  const todayDt = strptimeYmd(today);
  if (!todayDt) throw new Error(`invalid today: ${today}`);
  const recentCutoff = todayDt.addDays(-HEALTH_RECENT_WINDOW_DAYS).date();

  let fallbackLookbackDays: number | null = null;
  if (input.fallbackOldest) {
    const d = strptimeYmd(input.fallbackOldest.slice(0, 10));
    fallbackLookbackDays = d ? todayDt.daysSince(d) : null;
  }

  let sourceStatus = 'ok';
  let lookbackDays: number | null = HEALTH_EVENT_LOOKBACK_DAYS;
  let sourceEvents: Dict[];
  if (input.healthEvents !== null) {
    sourceEvents = input.healthEvents;
  } else {
    sourceEvents = input.fallbackEvents ?? [];
    sourceStatus = 'partial';
    lookbackDays = fallbackLookbackDays;
  }

  const current: Dict[] = [];
  const recent: Dict[] = [];
  const upcoming: Dict[] = [];
  for (const evt of sourceEvents) {
    if (!evt || typeof evt !== 'object') continue;
    const cat = get(evt, 'category', '');
    if (!HEALTH_EVENT_CATEGORIES.has(cat)) continue;
    const start = strField(get(evt, 'start_date_local')).slice(0, 10);
    if (!start) continue;
    const endDate = inclusiveEndDate(start, get(evt, 'end_date_local'));
    const active = start <= today && today <= endDate;
    const entry: Dict = {
      event_id: get(evt, 'id'),
      category: cat,
      start_date: start,
      end_date: endDate,
      marker_active_today: active,
      source: 'calendar',
    };
    const name = strip(strField(get(evt, 'name')));
    if (name) entry.name = name;
    const desc = strip(strField(get(evt, 'description')));
    if (desc) entry.description = desc;

    if (start > today) {
      upcoming.push(entry);
    } else if (active) {
      current.push(entry);
    } else if (endDate >= recentCutoff) {
      // days_since_end supports the 14-day illness gate without date arithmetic downstream
      const end = strptimeYmd(endDate);
      entry.days_since_end = end ? todayDt.daysSince(end) : null;
      recent.push(entry);
    }
  }

  const order = (e: Dict) => [e.start_date, e.category, pyStr(e.event_id)];
  const currentS = sorted(current, order);
  const recentS = sorted(recent, order);
  const upcomingS = sorted(upcoming, order);

  // Wellness injury: the CURRENT value only; a stale value is shown but triggers nothing
  const injury = get(input.latestWellness ?? {}, 'injury');
  let wellnessInjury: Dict | null = null;
  let injuryRequiresClarification = false;
  if (isNum(injury) && injury >= 2) {
    const injuryDate = get(input.latestWellness, 'id');
    let daysOld: number | null = null;
    if (truthy(injuryDate)) {
      const d = strptimeYmd(pyStr(injuryDate).slice(0, 10));
      daysOld = d ? todayDt.daysSince(d) : null;
    }
    const freshness = daysOld === 0 ? 'current' : 'stale';
    wellnessInjury = {
      value: injury,
      date: injuryDate,
      freshness,
      series: 'wellness_data[].injury / history.json daily_90d[].injury',
    };
    if (daysOld !== null) wellnessInjury.days_old = daysOld;
    injuryRequiresClarification = freshness === 'current' && injury >= 3;
  }

  const context: Dict = { source_status: sourceStatus };
  if (sourceStatus === 'ok') {
    context.marker_active = currentS.length > 0;
    context.recent_marker = recentS.length > 0 && currentS.length === 0;
  }
  context.clarification_required = currentS.length > 0 || recentS.length > 0 || injuryRequiresClarification || sourceStatus !== 'ok';
  context.lookback_days = lookbackDays;
  context.recent_window_days = HEALTH_RECENT_WINDOW_DAYS;
  context.current = currentS;
  context.recent = recentS;
  context.upcoming = upcomingS;
  if (wellnessInjury) context.wellness_injury = wellnessInjury;
  context.note = HEALTH_CONTEXT_NOTE;
  return context;
}
