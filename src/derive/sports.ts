/** Sport families and type sets of the reference (SPORT_FAMILIES, OUTDOOR_TYPES, …). */
import type { SportFamily } from '../contract/index.js';

export const SPORT_FAMILIES: Record<string, SportFamily> = {
  Ride: 'cycling',
  VirtualRide: 'cycling',
  MountainBikeRide: 'cycling',
  GravelRide: 'cycling',
  EBikeRide: 'cycling',
  VirtualSki: 'ski',
  NordicSki: 'ski',
  Walk: 'walk',
  Hike: 'walk',
  Run: 'run',
  VirtualRun: 'run',
  TrailRun: 'run',
  Swim: 'swim',
  Rowing: 'rowing',
  VirtualRow: 'rowing',
  WeightTraining: 'strength',
  Yoga: 'other',
  Workout: 'other',
};

/** The sport family of an activity type, undefined for types outside the table. */
export function sportFamily(type: unknown): SportFamily | undefined {
  return typeof type === 'string' && Object.hasOwn(SPORT_FAMILIES, type) ? SPORT_FAMILIES[type] : undefined;
}

/** Activity types whose terrain and weather are summarised: the snapshot stage plans their terrain fetches. */
export { OUTDOOR_TYPES } from '../snapshot/plan/terrain.js';

export const INDOOR_CYCLING_TYPES = new Set(['VirtualRide']);
export const TRAINING_EVENT_CATEGORIES = new Set(['WORKOUT', 'RACE_A', 'RACE_B', 'RACE_C']);
export const HEALTH_EVENT_CATEGORIES = new Set(['SICK', 'INJURED']);
export const INTERVAL_SPORT_FAMILIES = new Set(['cycling', 'run', 'ski', 'rowing', 'swim']);

export { SUSTAINABILITY_WINDOW_DAYS } from './windows.js';
export const SUSTAINABILITY_ANCHORS: Record<string, Record<string, number>> = {
  cycling: { '300s': 300, '600s': 600, '1200s': 1200, '1800s': 1800, '3600s': 3600, '5400s': 5400, '7200s': 7200 },
  ski: { '60s': 60, '120s': 120, '300s': 300, '600s': 600, '1200s': 1200, '1800s': 1800 },
  rowing: { '60s': 60, '120s': 120, '300s': 300, '600s': 600, '1200s': 1200, '1800s': 1800 },
};
export const SUSTAINABILITY_POWER_TYPES: Record<string, string[]> = {
  cycling: ['Ride', 'VirtualRide'],
  ski: ['NordicSki', 'VirtualSki'],
  rowing: ['Rowing', 'VirtualRow'],
};
export const SUSTAINABILITY_HR_TYPES: Record<string, string[]> = {
  cycling: ['Ride', 'VirtualRide'],
  ski: ['NordicSki', 'VirtualSki'],
  rowing: ['Rowing', 'VirtualRow'],
};

/** act.get("start_date_local", "")[:10] */
export function actDate(a: { start_date_local?: unknown }): string {
  return typeof a.start_date_local === 'string' ? a.start_date_local.slice(0, 10) : '';
}
