/**
 * The time windows one run reads and the retention ages of the state files, in one place: the
 * fetch plan (snapshot/collect) and the derive modules that slice the fetched rows must agree,
 * or a metric would silently read a shorter window than was fetched.
 */

/** Chronic window: ACWR, the 28-day baselines and the extended activity/wellness fetch. */
export const ACWR_DAYS = 28;
/** Planned workouts listed in latest.json reach this far ahead (days). */
export const PLANNED_HORIZON_DAYS = 42;
/** Sustainability (power/HR curve anchors) look-back window (days, today included). */
export const SUSTAINABILITY_WINDOW_DAYS = 42;
/** Calendar events fetched ahead of today (days): race calendar and planned workouts. */
export const EVENTS_AHEAD_DAYS = 90;
/** Past events kept for interval pairing (days); also intervals.json's retention. */
export const INTERVAL_RETENTION_DAYS = 14;
/** Activities whose interval/stream fetches are (re)tried (hours since start). */
export const INTERVAL_SCAN_HOURS = 72;
/** SICK / INJURED calendar markers: look-back and look-ahead of the dedicated fetch (days). */
export const HEALTH_LOOKBACK_DAYS = 365;
export const HEALTH_LOOKAHEAD_DAYS = 90;
/** history.json reads three years of activities and wellness. */
export const HISTORY_LOOKBACK_DAYS = 365 * 3;
/** history.json is regenerated on the weekly refresh once older than this (days). */
export const HISTORY_MAX_AGE_DAYS = 28;
/** history.json tiers: daily rows (days), weekly rows (days); monthly rows cover the rest. */
export const DAILY_TIER_DAYS = 90;
export const WEEKLY_TIER_DAYS = 180;
