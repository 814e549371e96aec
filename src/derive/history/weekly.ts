/**
 * history.json weekly_180d: training-week rows (week start = ctx.weekStartDay) from the week that
 * contains today-180d up to the in-progress week, with the per-week ACWR post-pass and the phase
 * backfill. Ports of _build_weekly_tier and the backfill loop of generate_history.
 */
import type { NaiveDateTime } from '../../lib/naive-time.js';
import { get, maxBy, mean, mod, or, round, stdev, truthy } from '../../lib/py/index.js';
import type { DeriveContext } from '../context.js';
import { sportFamily } from '../sports.js';
import { toDisplay, type AthleteUnits } from '../units.js';
import { detectPhaseV2, type PhaseRaceCalendar } from '../phase/index.js';
import { qualifyingDecoupling, qualifyingEf, qualifyingHrrc } from '../metrics/trend.js';
import type { ApiActivity } from '../../snapshot/api-rows.js';
import type { SportFamily, WeeklyRow } from '../../contract/index.js';
import { dayActivities, dayWellness, meanRounded, PeriodTotals, type HistoryLookups } from './common.js';

type CapabilityRollup = Pick<
  WeeklyRow,
  'durability_mean' | 'durability_qualifying' | 'ef_mean' | 'ef_qualifying' | 'hrrc_mean' | 'hrrc_qualifying'
>;

/** Weekly capability rollup: the means (no session minimum) and counts of the qualifying sessions. */
export function capabilityRollup(acts: ApiActivity[]): CapabilityRollup {
  const dur = qualifyingDecoupling(acts);
  const ef = qualifyingEf(acts);
  const hrrc = qualifyingHrrc(acts);
  return {
    durability_mean: meanRounded(dur, 2),
    durability_qualifying: dur.length,
    ef_mean: meanRounded(ef, 2),
    ef_qualifying: ef.length,
    hrrc_mean: meanRounded(hrrc, 1),
    hrrc_qualifying: hrrc.length,
  };
}

/** Foster monotony of a week: mean/stdev of the daily TSS, only with ≥ 5 days and ≥ 3 loaded days. */
export function weekMonotony(dailyTss: number[]): number | null {
  const daysWithData = dailyTss.filter((t) => t > 0).length;
  if (dailyTss.length < 5 || daysWithData < 3) return null;
  const m = mean(dailyTss);
  const s = stdev(dailyTss);
  return s > 0 ? round(m / s, 2) : null;
}

function buildWeekRow(ctx: DeriveContext, l: HistoryLookups, current: NaiveDateTime, units: AthleteUnits): WeeklyRow {
  const now = ctx.now;
  const totals = new PeriodTotals();
  const sleep: number[] = [];
  const feel: number[] = [];
  const rpe: number[] = [];
  const dailyTss: number[] = [];
  const basisCounts = { power: 0, hr: 0 };
  let ctlEnd: number | null = null;
  let atlEnd: number | null = null;
  let rampRate: number | null = null;
  const sportTss: Partial<Record<SportFamily, number>> = {};
  const weekActs: ApiActivity[] = [];

  for (let d = 0; d < 7; d++) {
    const day = current.addDays(d);
    if (day.compare(now) > 0) break;
    const date = day.date();
    const acts = dayActivities(l, date);
    const w = dayWellness(l, date);
    weekActs.push(...acts);
    const {
      dayTss,
      hard: [isHard, hardBasis],
    } = totals.addDay(acts, w, ctx.zonePreference);
    dailyTss.push(dayTss);

    if (truthy(get(w, 'sleepSecs'))) sleep.push(w.sleepSecs / 3600);
    ctlEnd = or(get(w, 'ctl'), ctlEnd);
    atlEnd = or(get(w, 'atl'), atlEnd);
    rampRate = or(get(w, 'rampRate'), rampRate);

    for (const a of acts) {
      const sf = sportFamily(get(a, 'type', ''));
      const aTss = or(get(a, 'icu_training_load', 0), 0);
      if (aTss > 0 && sf) sportTss[sf] = (sportTss[sf] ?? 0) + aTss;
      const f = get(a, 'feel');
      if (f !== null) feel.push(f);
      const r = get(a, 'icu_rpe');
      if (r !== null) rpe.push(r);
    }
    if (isHard && (hardBasis === 'power' || hardBasis === 'hr')) basisCounts[hardBasis] += 1;
  }

  const tsbEnd = truthy(ctlEnd) && truthy(atlEnd) ? round(ctlEnd! - atlEnd!, 1) : null;
  // the keys were set from sportFamily(), so each is a SportFamily
  const sports = Object.keys(sportTss) as SportFamily[];
  const primary = sports.length ? maxBy(sports, (k) => sportTss[k] ?? 0) : null;
  const weight = totals.weight;
  const lastWeight = weight.length ? round(weight[weight.length - 1], 1) : null;

  return {
    week_start: current.date(),
    total_hours: round(totals.seconds / 3600, 2),
    total_tss: round(totals.tss, 0),
    primary_sport: primary,
    primary_sport_tss: primary ? round(sportTss[primary] ?? 0, 0) : null,
    sport_tss_breakdown: sports.length ? Object.fromEntries(sports.map((k) => [k, round(sportTss[k] ?? 0, 0)])) : null,
    activity_count: totals.activities,
    ctl_end: truthy(ctlEnd) ? round(ctlEnd!, 1) : null,
    atl_end: truthy(atlEnd) ? round(atlEnd!, 1) : null,
    tsb_end: tsbEnd,
    ramp_rate: truthy(rampRate) ? round(rampRate!, 2) : null,
    avg_hrv: meanRounded(totals.hrv, 1),
    avg_rhr: meanRounded(totals.rhr, 1),
    avg_sleep_hours: meanRounded(sleep, 2),
    ...totals.zones.fields(),
    hard_days: totals.hardDays,
    longest_ride_hours: round(totals.longest / 3600, 2),
    avg_feel: meanRounded(feel, 1),
    feel_count: feel.length,
    avg_rpe: meanRounded(rpe, 1),
    rpe_count: rpe.length,
    weight_kg: lastWeight,
    display: { weight: toDisplay(lastWeight, 'weight', units) },
    monotony: weekMonotony(dailyTss),
    intensity_basis_breakdown: totals.hardDays > 0 ? basisCounts : null,
    acwr: null,
    phase_detected: null,
    ...capabilityRollup(weekActs),
  };
}

/** Per-week ACWR: this week's daily-average TSS over the prior three weeks' (from the 4th row). */
export function applyWeeklyAcwr(rows: WeeklyRow[]): void {
  rows.forEach((row, i) => {
    if (i < 3) return;
    const acute = truthy(row.total_tss) ? row.total_tss / 7 : 0;
    let chronicTss = 0;
    for (let j = i - 3; j < i; j++) chronicTss += or(rows[j].total_tss, 0) ?? 0;
    const chronic = truthy(chronicTss) ? chronicTss / 21 : 0;
    if (chronic > 0) row.acwr = round(acute / chronic, 2);
  });
}

/** _build_weekly_tier(days): rows from the training week containing now-days up to now. */
export function buildWeeklyTier(ctx: DeriveContext, l: HistoryLookups, days: number, units: AthleteUnits): WeeklyRow[] {
  const now = ctx.now;
  const start = now.addDays(-days);
  const sinceWeekStart = mod(start.weekday() - ctx.weekStartDay, 7);
  let current = start.addDays(-sinceWeekStart);
  const rows: WeeklyRow[] = [];
  // `current` keeps now's time of day: a week starting today is not yet a row (as in the reference)
  while (current.compare(now) < 0) {
    rows.push(buildWeekRow(ctx, l, current, units));
    current = current.addDays(7);
  }
  applyWeeklyAcwr(rows);
  return rows;
}

/** The backfill classifies completed weeks from their history alone: no race ahead. */
const NO_RACE: PhaseRaceCalendar = { next_race: null };

/**
 * Phase backfill: every completed row (all but the last, in-progress one) gets the phase
 * _detect_phase_v2 assigns from its trailing four rows, without a calendar.
 */
export function backfillPhases(ctx: DeriveContext, rows: WeeklyRow[]): void {
  for (let i = 0; i < rows.length - 1; i++) {
    const lookback = rows.slice(Math.max(0, i - 3), i + 1);
    const prev = i > 0 ? rows[i - 1].phase_detected : null;
    const result = detectPhaseV2(ctx, {
      weeklyRows: lookback,
      plannedWorkouts: [],
      raceCalendar: NO_RACE,
      previousPhase: prev,
      today: rows[i].week_start,
      isBackfill: true,
    });
    rows[i].phase_detected = result.phase;
  }
}
