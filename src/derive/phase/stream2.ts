/**
 * Phase detection Stream 2 (prospective): the planned calendar of the current training-week
 * remainder and the next training week, and the race calendar. Ports of _phase_stream2_features
 * and _phase_from_stream2.
 */
import type { DeepPartial, Phase, PlannedWorkout, RaceCalendar } from '../../contract/index.js';
import { NaiveDateTime } from '../../lib/naive-time.js';
import { mean, mod, or, round, truthy } from '../../lib/py/index.js';
import type { DeriveContext } from '../context.js';
import { sportFamily, TRAINING_EVENT_CATEGORIES } from '../sports.js';
import type { PhaseWeekRow, Stream1 } from './stream1.js';

/** The fields of a latest.json planned_workouts entry the calendar stream reads. */
export type PlannedSession = Partial<Pick<PlannedWorkout, 'date' | 'name' | 'type' | 'sport_type' | 'planned_tss' | 'workout_summary'>>;

/** The race calendar as the calendar stream reads it (the next race's distance and category). */
export type PhaseRaceCalendar = DeepPartial<Pick<RaceCalendar, 'next_race'>>;

export interface Stream2 {
  planned_tss_delta: number | null;
  hard_sessions_planned: number;
  current_week_hard_days_completed: number;
  current_week_hard_days_total: number;
  race_proximity: number | null;
  race_category: string | null;
  next_week_tss_delta: number | null;
  plan_coverage_current_week: number;
  plan_coverage_next_week: number;
  suggested_phase: Phase | null;
  /** set only when there are planned workouts (sessions in the current-week remainder) */
  next_7d_sessions?: number;
}

/** planned/actual TSS ratio at or below which load counts as reduced (≥ 20 % reduction) */
const REDUCED_LOAD_RATIO = 0.8;
/** next-week ratio that confirms a deload rebound in Stream 2 */
const REBOUND_RATIO = 0.85;
const HARD_NAME_KEYWORDS = ['interval', 'vo2', 'threshold', 'sprint', 'tempo', 'race', 'hard', 'intensity', 'sweet spot'];

/** datetime.strptime(s, "%Y-%m-%d") (1-2 digit month/day accepted), or null */
function parseYmd(s: string): NaiveDateTime | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  return NaiveDateTime.parse(`${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`);
}

/** A planned session reads as hard: interval markers, a race category or an intensity keyword. */
export function isHardPlanned(pw: PlannedSession): boolean {
  const ws = String(or(pw.workout_summary, ''));
  const cat = String(or(pw.type, '')).toUpperCase();
  const name = String(or(pw.name, '')).toLowerCase();
  return (
    ws.includes('×') ||
    ws.toLowerCase().includes('sets') ||
    cat === 'RACE_A' ||
    cat === 'RACE_B' ||
    cat === 'RACE_C' ||
    HARD_NAME_KEYWORDS.some((kw) => name.includes(kw))
  );
}

export function stream2Features(
  ctx: DeriveContext,
  plannedWorkouts: PlannedSession[],
  raceCalendar: PhaseRaceCalendar,
  s1: Stream1,
  today: string,
  primarySport: string | null = null,
  weeklyRows: PhaseWeekRow[] | null = null,
): Stream2 {
  const result: Stream2 = {
    planned_tss_delta: null,
    hard_sessions_planned: 0,
    current_week_hard_days_completed: 0,
    current_week_hard_days_total: 0,
    race_proximity: null,
    race_category: null,
    next_week_tss_delta: null,
    plan_coverage_current_week: 0.0,
    plan_coverage_next_week: 0.0,
    suggested_phase: null,
  };
  const todayDate = NaiveDateTime.parse(today);

  const nextRace = raceCalendar.next_race;
  if (nextRace && truthy(nextRace) && nextRace.days_until !== null && nextRace.days_until !== undefined) {
    result.race_proximity = nextRace.days_until;
    result.race_category = nextRace.category ?? null;
  }
  if (!plannedWorkouts.length) return result;

  // training-week aligned windows: today .. week end, and the next full training week
  const weekEndDay = mod(ctx.weekStartDay - 1, 7);
  const daysToWeekEnd = mod(weekEndDay - todayDate.weekday(), 7);
  const currentWeekEnd = todayDate.addDays(daysToWeekEnd);
  const nextWeekStart = currentWeekEnd.addDays(1);
  const nextWeekEnd = nextWeekStart.addDays(6);

  const currentWeek: PlannedSession[] = [];
  const nextWeek: PlannedSession[] = [];
  let currentTss = 0;
  let currentTssPrimary = 0;
  for (const pw of plannedWorkouts) {
    // only training entries are sessions (v3.128: not SICK/INJURED/NOTE/HOLIDAY markers)
    if (!TRAINING_EVENT_CATEGORIES.has(or(pw.type, '') ?? '')) continue;
    const dateStr = String(or(pw.date, '')).slice(0, 10);
    if (!dateStr || dateStr === 'unknown') continue;
    const pwDate = parseYmd(dateStr);
    if (!pwDate) continue;
    const pwTss = or(pw.planned_tss, 0) ?? 0;
    const isPrimary = truthy(primarySport) ? sportFamily(pw.sport_type) === primarySport : false;
    if (todayDate.compare(pwDate) <= 0 && pwDate.compare(currentWeekEnd) <= 0) {
      currentWeek.push(pw);
      currentTss += pwTss;
      if (isPrimary) currentTssPrimary += pwTss;
    } else if (nextWeekStart.compare(pwDate) <= 0 && pwDate.compare(nextWeekEnd) <= 0) {
      nextWeek.push(pw);
    }
  }

  // expected sessions per week from the finalized weeks' activity counts (default 5)
  let expected = 5;
  if (weeklyRows && weeklyRows.length) {
    const finalized = weeklyRows.length >= 2 ? weeklyRows.slice(0, -1) : weeklyRows;
    const recent = finalized.length >= 4 ? finalized.slice(-4) : finalized;
    const counts: number[] = [];
    for (const r of recent) if (r.activity_count !== null && r.activity_count !== undefined) counts.push(r.activity_count);
    if (counts.length) expected = Math.max(1, round(mean(counts)));
  }
  result.plan_coverage_current_week = expected > 0 ? round(currentWeek.length / expected, 2) : 0.0;
  result.plan_coverage_next_week = expected > 0 ? round(nextWeek.length / expected, 2) : 0.0;

  // planned TSS (remainder projected to a full week) over the prior weeks' average; primary sport
  // when it has load in the lookback
  const usePrimary = truthy(primarySport) && s1.primary_tss_values.length > 0 && s1.primary_tss_values.some((v) => v > 0);
  const denom = usePrimary ? s1.primary_tss_values : s1.tss_values;
  const numerCurrent = usePrimary ? currentTssPrimary : currentTss;
  let avgPrev: number | null = null;
  if (denom.length >= 3) avgPrev = mean(denom.slice(-3));
  else if (denom.length) avgPrev = mean(denom);

  const daysRemaining = daysToWeekEnd + 1;
  if (truthy(avgPrev) && avgPrev! > 0 && numerCurrent > 0 && daysRemaining > 0) {
    const projected = numerCurrent * (7 / daysRemaining);
    result.planned_tss_delta = round(projected / avgPrev!, 2);
  }

  let nextWeekTss = 0;
  for (const pw of nextWeek) {
    if (usePrimary && sportFamily(pw.sport_type) !== primarySport) continue;
    nextWeekTss += or(pw.planned_tss, 0) ?? 0;
  }
  if (truthy(avgPrev) && avgPrev! > 0 && nextWeekTss > 0) {
    result.next_week_tss_delta = round(nextWeekTss / avgPrev!, 2);
  }

  const hardCount = currentWeek.filter(isHardPlanned).length;
  result.hard_sessions_planned = hardCount;
  result.next_7d_sessions = currentWeek.length;

  // completed hard days of the in-progress week (weekly_rows[-1]) + planned hard sessions left
  const completed = weeklyRows && weeklyRows.length ? (or(weeklyRows[weeklyRows.length - 1].hard_days, 0) ?? 0) : 0;
  result.current_week_hard_days_completed = completed;
  result.current_week_hard_days_total = completed + hardCount;

  result.suggested_phase = phaseFromStream2(result);
  return result;
}

/** _phase_from_stream2: Taper, Peak, Deload or null from the calendar alone. */
export function phaseFromStream2(f: Stream2): Phase | null {
  const prox = f.race_proximity;
  const cat = f.race_category;
  const delta = f.planned_tss_delta;
  const nextDelta = f.next_week_tss_delta;
  const keyRace = cat === 'RACE_A' || cat === 'RACE_B';
  // race within 14 days: Taper (whether or not volume is reducing yet)
  if (prox !== null && prox <= 14 && keyRace) return 'Taper';
  if (prox !== null && prox <= 21 && keyRace) {
    if (delta !== null && delta > REDUCED_LOAD_RATIO) return 'Peak';
  }
  if (delta !== null && delta <= REDUCED_LOAD_RATIO) {
    if (nextDelta !== null && nextDelta >= REBOUND_RATIO) return 'Deload';
    if (f.plan_coverage_next_week < 0.3) return null;
    return 'Deload';
  }
  return null;
}
