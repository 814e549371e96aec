/**
 * race_calendar: ports of _build_race_calendar, _build_race_week and _get_day_protocol.
 *
 * Layer 1: every race (RACE_A/B/C) dated today or later; layer 2: taper alert when a RACE_A is
 * 8-14 days out; layer 3: the race-week protocol when a RACE_A (preferred) or RACE_B is <= 7
 * days out. Load targets are relative to CTL (normal weekly TSS = CTL x 7).
 */
import type { ActiveRaceWeek, DistanceDisplay, Race, RaceCalendar, RaceDayProtocol, RaceWeek, TaperAlert } from '../../contract/index.js';
import { get, or, pyStr, reprFloat, round, truthy } from '../../lib/py/index.js';
import type { ApiActivity, ApiEvent } from '../../snapshot/api-rows.js';
import type { NaiveDateTime } from '../../lib/naive-time.js';
import { toDisplay, type AthleteUnits } from '../units.js';
import { ATL_DECAY, CTL_DECAY } from '../fitness.js';
import { startTime } from './planned.js';
import { strptimeYmd } from './dates.js';

const RACE_CATEGORIES = new Set(['RACE_A', 'RACE_B', 'RACE_C']);

function isRaceCategory(cat: unknown): cat is Race['category'] {
  return typeof cat === 'string' && RACE_CATEGORIES.has(cat);
}

type RaceWeekCategory = ActiveRaceWeek['event_category'];
type DurationClass = ActiveRaceWeek['event_duration_class'];

export interface RaceCalendarInput {
  futureEvents: ApiEvent[];
  ctl: number | null;
  atl: number | null;
  tsb: number | null;
  activities7d: ApiActivity[];
  units: AthleteUnits;
  terrainEventIds: Set<string>;
}

/** A race as written (`public`) with the values the taper alert and the race week read from it. */
interface RaceEntry<C extends Race['category'] = Race['category']> {
  public: Race;
  name: Race['name'];
  date: string;
  evtDate: NaiveDateTime;
  category: C;
  type: Race['type'];
  daysUntil: number;
  movingTime: Race['moving_time_seconds'];
}

function isRaceWeekCandidate(r: RaceEntry): r is RaceEntry<RaceWeekCategory> {
  return (r.category === 'RACE_A' || r.category === 'RACE_B') && r.daysUntil <= 7;
}

/**
 * The race_calendar block: every RACE_A/B/C event dated today or later (soonest first), the
 * taper alert and the race-week protocol.
 */
export function buildRaceCalendarBlock(today: string, input: RaceCalendarInput): RaceCalendar {
  const todayDate = strptimeYmd(today);
  if (!todayDate) throw new Error(`invalid today: ${today}`);
  const races: RaceEntry[] = [];
  for (const evt of input.futureEvents) {
    const cat = get(evt, 'category', '');
    if (!isRaceCategory(cat)) continue;
    const rawStart = get(evt, 'start_date_local', '');
    const start = typeof rawStart === 'string' ? rawStart.slice(0, 10) : '';
    if (!start) continue;
    const evtDate = strptimeYmd(start);
    if (!evtDate) continue; // strptime ValueError → skipped
    const daysUntil = evtDate.daysSince(todayDate);
    if (daysUntil < 0) continue;
    const distanceMeters = get(evt, 'distance');
    const distanceKm = truthy(distanceMeters) && typeof distanceMeters === 'number' ? distanceMeters / 1000 : null;
    const id = get(evt, 'id');
    const st = startTime(get(evt, 'start_date_local'));
    const entry: Race = {
      name: get(evt, 'name', 'Unnamed Race'),
      date: start,
      category: cat,
      type: get(evt, 'type', 'Unknown'),
      days_until: daysUntil,
      moving_time_seconds: get(evt, 'moving_time'),
      distance_meters: distanceMeters,
      // a distance display is always km or mi (toDisplay's return type names only a unit string)
      display: { distance: toDisplay(distanceKm, 'distance', input.units) as DistanceDisplay | null },
      has_terrain: id !== null && input.terrainEventIds.has(String(id)),
      ...(st !== undefined ? { start_time: st } : {}),
      ...(truthy(get(evt, 'indoor')) ? { indoor: true as const } : {}),
    };
    races.push({
      public: entry,
      name: entry.name,
      date: start,
      evtDate,
      category: cat,
      type: entry.type,
      daysUntil,
      movingTime: entry.moving_time_seconds,
    });
  }
  // by days_until; Array.prototype.sort is stable, as Python's sort is
  const sortedRaces = [...races].sort((a, b) => a.daysUntil - b.daysUntil);
  const allRaces = sortedRaces.map((r) => r.public);
  const nextRace = allRaces.length ? allRaces[0] : null;

  const taperRace = sortedRaces.find((r) => r.category === 'RACE_A' && r.daysUntil >= 8 && r.daysUntil <= 14);
  const taperAlert: TaperAlert = taperRace
    ? {
        active: true,
        event_name: taperRace.name,
        event_date: taperRace.date,
        days_until: taperRace.daysUntil,
        message:
          `RACE_A '${pyStr(taperRace.name)}' in ${taperRace.daysUntil} days. ` +
          'Begin volume reduction (target 41-60% over 2 weeks). Maintain intensity. ' +
          'CTL should peak now or within the next few days.',
      }
    : { active: false };

  const candidates = sortedRaces.filter(isRaceWeekCandidate);
  let target: RaceEntry<RaceWeekCategory> | undefined;
  if (candidates.length) target = candidates.find((r) => r.category === 'RACE_A') ?? candidates[0];
  const raceWeek: RaceWeek = target ? buildRaceWeek(target, input, todayDate) : { active: false };

  return { next_race: nextRace, all_races: allRaces, taper_alert: taperAlert, race_week: raceWeek };
}

/** Python `x if x else 0` on a numeric input */
function orZero(x: number | null): number {
  return x !== null && truthy(x) ? x : 0;
}

const TSB_TARGETS: Record<DurationClass, { min: number; max: number }> = {
  short_intense: { min: 5, max: 15 },
  medium: { min: 10, max: 20 },
  long_endurance: { min: 10, max: 25 },
};

/**
 * str() of each race-week block's projected_race_day_tsb as Python prints it: the value is an int
 * (printed "0") only when neither CTL nor ATL was set and no decay step ran, a float otherwise.
 * JSON cannot carry that difference, so consumers of the block (race alerts) read it here.
 */
const projectedTsbTexts = new WeakMap<object, string>();

export function projectedTsbText(raceWeek: object): string | undefined {
  return projectedTsbTexts.get(raceWeek);
}

/**
 * The race-week protocol for D-7 .. D-0 of the target race: TSS budget (40-55% of the normal
 * week for an A race, 50-65% for a B race), race-day TSB projected with no further load, the
 * day's protocol, carb loading, the opener and the go/no-go check.
 */
function buildRaceWeek(race: RaceEntry<RaceWeekCategory>, input: RaceCalendarInput, todayDate: NaiveDateTime): ActiveRaceWeek {
  const evtDate = race.evtDate;
  const daysUntil = race.daysUntil;
  const category = race.category;
  const movingTime = race.movingTime;
  const hasMovingTime = movingTime !== null && movingTime !== undefined;
  const mt = typeof movingTime === 'number' ? movingTime : Number(movingTime);

  const currentDay = daysUntil > 0 ? `D-${daysUntil}` : 'D-0';
  const ctlBaseline = orZero(input.ctl);
  const normalWeeklyTss = round(ctlBaseline * 7, 1);
  const [minPct, maxPct] = category === 'RACE_A' ? [0.4, 0.55] : [0.5, 0.65];
  const budgetMin = round(normalWeeklyTss * minPct);
  const budgetMax = round(normalWeeklyTss * maxPct);

  // TSS already spent in the race week (race date - 7 .. today)
  const raceWeekStart = evtDate.addDays(-7);
  let tssSpent = 0;
  for (const act of input.activities7d) {
    const raw = get(act, 'start_date_local', '');
    const ds = typeof raw === 'string' ? raw.slice(0, 10) : '';
    if (!ds) continue;
    const ad = strptimeYmd(ds);
    if (!ad) continue;
    if (raceWeekStart.ms <= ad.ms && ad.ms <= todayDate.ms) {
      const load = or(get(act, 'icu_training_load', 0), 0);
      tssSpent += typeof load === 'number' ? load : 0;
    }
  }
  tssSpent = round(tssSpent);

  // race-day TSB assuming zero load from today on
  let projCtl = orZero(input.ctl);
  let projAtl = orZero(input.atl);
  for (let k = 0; k < daysUntil; k++) {
    projCtl *= CTL_DECAY;
    projAtl *= ATL_DECAY;
  }
  const projectedTsb = round(projCtl - projAtl, 1);

  let durationClass: DurationClass;
  if (hasMovingTime) {
    durationClass = mt < 5400 ? 'short_intense' : mt <= 10800 ? 'medium' : 'long_endurance';
  } else {
    durationClass = category === 'RACE_A' ? 'long_endurance' : 'medium';
  }
  let tsbRange = { ...TSB_TARGETS[durationClass] };
  if (category === 'RACE_B') tsbRange = { min: Math.max(0, tsbRange.min - 5), max: tsbRange.max - 5 };

  const dayProtocol = getDayProtocol(daysUntil, ctlBaseline, durationClass);

  let carbApplicable = false;
  if (hasMovingTime) carbApplicable = mt >= 5400;
  else if (category === 'RACE_A') carbApplicable = true;
  const carbActive = carbApplicable && daysUntil <= 4;
  const carbStartDate = evtDate.addDays(-4).date();
  const openerDate = evtDate.addDays(-2).date();
  const openerIntensity = durationClass === 'long_endurance' ? 'lighter' : durationClass === 'short_intense' ? 'more_intense' : 'standard';

  let tsbStatus: ActiveRaceWeek['go_no_go']['tsb_status'];
  let goNotes: string[];
  // Python keeps int 0 when neither CTL nor ATL was set and no decay step ran
  const tsbIsInt = daysUntil === 0 && !truthy(input.ctl) && !truthy(input.atl);
  const tsbStr = tsbIsInt ? String(projectedTsb) : reprFloat(projectedTsb);
  if (projectedTsb >= tsbRange.min) {
    tsbStatus = 'green';
    goNotes = [];
  } else if (projectedTsb >= tsbRange.min - 10) {
    tsbStatus = 'flag';
    goNotes = [`Projected race-day TSB ${tsbStr} is below target range ${tsbRange.min}-${tsbRange.max}. Consider additional rest.`];
  } else {
    tsbStatus = 'flag';
    goNotes = [
      `Projected race-day TSB ${tsbStr} is significantly below target range ${tsbRange.min}-${tsbRange.max}. Fatigue may impact performance.`,
    ];
  }

  const raceWeek: ActiveRaceWeek = {
    active: true,
    event_name: race.name,
    event_date: race.date,
    event_category: category,
    event_type: race.type,
    event_duration_class: durationClass,
    event_moving_time_seconds: movingTime,
    days_until_event: daysUntil,
    current_day: currentDay,
    ctl_baseline: round(ctlBaseline, 1),
    normal_weekly_tss: normalWeeklyTss,
    race_week_tss_budget: { min: budgetMin, max: budgetMax },
    race_week_tss_spent: tssSpent,
    race_week_tss_remaining: { min: Math.max(0, budgetMin - tssSpent), max: Math.max(0, budgetMax - tssSpent) },
    projected_race_day_tsb: projectedTsb,
    tsb_target_range: tsbRange,
    today: dayProtocol,
    carb_loading: {
      applicable: carbApplicable,
      active: carbActive,
      starts: 'D-4',
      start_date: carbStartDate,
      note: carbApplicable ? '10-12 g·kg⁻¹/day. No depletion phase needed.' : null,
    },
    opener: { day: 'D-2', date: openerDate, intensity: openerIntensity },
    go_no_go: { tsb_status: tsbStatus, notes: goNotes },
  };
  projectedTsbTexts.set(raceWeek, tsbStr);
  return raceWeek;
}

/** (label, min % of CTL, max % of CTL, zones, purpose) per days-to-go */
const DAY_PROTOCOLS: Record<number, [string, number, number, string, string]> = {
  7: ['Last key session', 0.75, 1.0, '3-5 efforts Z4-Z5 (1-3 min)', 'Fitness confirmation. Verify strong power/HR response.'],
  6: ['Recovery', 0.0, 0.3, 'Z1-Z2 only', 'Active recovery.'],
  5: ['Moderate endurance', 0.4, 0.6, 'Z1-Z2 + 2-3 race-pace touches', 'Maintain feel without adding fatigue.'],
  4: ['Easy / rest', 0.0, 0.4, 'Z1-Z2 only', 'Volume reduction. Carb loading begins if applicable.'],
  3: ['Easy / rest', 0.0, 0.4, 'Z1-Z2 only', 'Taper tantrums expected (D-4 to D-2). Normal — not lost fitness.'],
  2: ['Opener', 0.3, 0.5, '3-5 efforts Z4-Z6 (20-60s), high cadence, full recovery', 'Neuromuscular activation.'],
  1: ['Rest / minimal', 0.0, 0.2, 'Z1 only if active', 'Final rest, logistics, equipment check.'],
  0: ['Race day', 0.0, 0.0, 'Race effort', 'Go/no-go assessment. Execute race plan.'],
};

/**
 * Today's protocol in the race week: label, TSS band from CTL, zones and purpose; the opener
 * (D-2) and the easy days (D-4, D-3) adapt to the race's duration class. Before the race week,
 * normal training without a band.
 */
export function getDayProtocol(daysUntil: number, ctl: number, durationClass: string): RaceDayProtocol {
  if (daysUntil > 7) {
    return {
      label: 'Pre-race-week',
      load_target_tss: null,
      zones: 'Normal training',
      purpose: 'Race week protocol not yet active for this day.',
    };
  }
  let [label, minPct, maxPct, zones, purpose] = DAY_PROTOCOLS[daysUntil] ?? DAY_PROTOCOLS[0];
  if (daysUntil === 2) {
    if (durationClass === 'long_endurance') {
      zones = '3-4 efforts Z4 only (20-60s), moderate cadence, full recovery';
      purpose = 'Light neuromuscular activation. Preserve glycogen.';
    } else if (durationClass === 'short_intense') {
      zones = '5-6 efforts Z4-Z6 (10-30s), high cadence, full recovery';
      purpose = 'Full neuromuscular activation for short, intense effort.';
    }
  }
  if ((daysUntil === 3 || daysUntil === 4) && durationClass === 'long_endurance') {
    minPct = 0.2; // easy spin preferred over full rest before long events
    purpose = `${purpose} Easy endurance preferred over complete rest for long events.`;
  }
  return {
    label,
    load_target_tss: { min: round(ctl * minPct), max: round(ctl * maxPct) },
    zones,
    purpose,
  };
}
