/**
 * planned_workouts and workout_summary_stats: port of _format_events.
 *
 * Every near-future calendar entry becomes a row (markers and notes included, as in the
 * reference); only training categories count in the bail_no_workout_doc telemetry.
 * Days 0-7 carry the description; days 8-42 a skeleton with description_preview when no
 * workout_summary could be built.
 */
import type { LatestFile, PlannedWorkout } from '../../contract/index.js';
import { get, or, round, strip, truthy } from '../../lib/py/index.js';
import type { ApiEvent } from '../../snapshot/api-rows.js';
import { addDays } from '../../lib/naive-time.js';
import { formatDuration } from '../format.js';
import { TRAINING_EVENT_CATEGORIES } from '../sports.js';
import { workoutSummary } from './workout-doc.js';

/** latest.json workout_summary_stats: coverage telemetry of workout_summary over the planned workouts. */
export type WorkoutSummaryStats = LatestFile['workout_summary_stats'];

/** str(x)[:10]-style access to a string field (non-strings read as absent). */
function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/** Whole seconds of a duration, truncated (absent, zero or non-numeric reads as 0). */
export function intSeconds(v: unknown): number {
  const x = or(v, 0);
  if (typeof x === 'number' && Number.isFinite(x)) return Math.trunc(x);
  if (typeof x === 'boolean') return x ? 1 : 0;
  return 0;
}

/** A duration in seconds as hours to two decimals (absent or zero reads as 0). */
export function durationHours(v: unknown): number {
  return round(intSecondsFloat(v) / 3600, 2);
}

function intSecondsFloat(v: unknown): number {
  const x = or(v, 0);
  if (typeof x === 'number' && Number.isFinite(x)) return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  return 0;
}

/** "HH:MM" of a start_date_local that carries a real (non-midnight) time, else undefined. */
export function startTime(raw: unknown): string | undefined {
  const s = str(raw);
  if (!s.includes('T')) return undefined;
  const t = s.split('T')[1].slice(0, 5);
  return t !== '00:00' ? t : undefined;
}

/** The first three non-blank lines of a description (stripped), or null when it has none. */
function descriptionPreview(clean: string): string | null {
  const lines = clean
    .split('\n')
    .map((l) => strip(l))
    .filter((l) => l)
    .slice(0, 3);
  return lines.length ? lines.join('\n') : null;
}

/**
 * Leading "NOTE:" lines of a description (blank lines between them skipped) and the rest of
 * the description, stripped.
 */
export function splitCoachNotes(rawDesc: string): { notes: string[]; clean: string } {
  const notes: string[] = [];
  const clean: string[] = [];
  let pastNotes = false;
  for (const line of rawDesc.split('\n')) {
    const stripped = strip(line);
    if (!pastNotes && stripped.toUpperCase().startsWith('NOTE:')) {
      const text = strip(stripped.slice(5));
      if (text) notes.push(text);
    } else if (!pastNotes && stripped === '') {
    } else {
      pastNotes = true;
      clean.push(line);
    }
  }
  return { notes, clean: strip(clean.join('\n')) };
}

/**
 * One planned_workouts row per near-future calendar entry, in the API's order, and the
 * workout_summary coverage counts: days 0-7 carry the description, later days a skeleton.
 */
export function formatPlannedEvents(
  today: string,
  events: ApiEvent[],
  terrainEventIds: Set<string>,
): { planned: PlannedWorkout[]; stats: WorkoutSummaryStats } {
  const day7Cutoff = addDays(today, 7);
  const stats: WorkoutSummaryStats = {
    attempted: 0,
    success: 0,
    patternA: 0,
    patternB: 0,
    bail_no_workout_doc: 0,
    bail_no_match: 0,
  };
  const planned: PlannedWorkout[] = [];
  events.forEach((evt, i) => {
    const evtDate = String(or(str(get(evt, 'start_date_local')), 'unknown')).slice(0, 10);
    const isNear = evtDate <= day7Cutoff;

    const workoutDoc = get(evt, 'workout_doc');
    let summary: string | null = null;
    if (truthy(workoutDoc) && typeof workoutDoc === 'object' && !Array.isArray(workoutDoc) && truthy(workoutDoc.steps)) {
      stats.attempted++;
      const r = workoutSummary(workoutDoc);
      summary = r.summary;
      if (r.pattern === 'A') stats.patternA++;
      else if (r.pattern === 'B') stats.patternB++;
      else stats.bail_no_match++;
      if (summary) stats.success++;
    } else if (strip(str(or(get(evt, 'description'), ''))) && TRAINING_EVENT_CATEGORIES.has(get(evt, 'category', ''))) {
      // v3.128: only planned training counts as a summarisation candidate
      stats.bail_no_workout_doc++;
    }

    const { notes, clean } = splitCoachNotes(str(or(get(evt, 'description'), '')));
    const id = get(evt, 'id', `unknown_${i + 1}`);
    const st = startTime(get(evt, 'start_date_local'));
    const entry: PlannedWorkout = {
      id,
      date: evtDate,
      name: get(evt, 'name', ''),
      type: get(evt, 'category', ''),
      sport_type: get(evt, 'type', ''),
      planned_tss: get(evt, 'icu_training_load'),
      duration_hours: durationHours(get(evt, 'moving_time')),
      duration_formatted: formatDuration(intSeconds(get(evt, 'moving_time'))),
      workout_summary: summary,
      has_terrain: id !== null && terrainEventIds.has(String(id)),
      ...(notes.length ? { coach_notes: notes } : {}),
      ...(st !== undefined ? { start_time: st } : {}),
      ...(truthy(get(evt, 'indoor')) ? { indoor: true as const } : {}),
      // days 0-7: the full description; later: a preview only when no summary could be built
      ...(isNear ? { description: clean } : summary === null ? { description_preview: descriptionPreview(clean) } : {}),
    };
    planned.push(entry);
  });
  return { planned, stats };
}
