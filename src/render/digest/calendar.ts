/**
 * What is ahead: the race calendar (next races, taper and race-week state) and the planned
 * workouts. Events whose route is in routes.json say so (`has_terrain`), as Section 11 loads
 * routes.json only for those.
 */
import type { LatestRead } from '../read-back.js';
import { dict, list, MISSING, measured, num, pairs, range, table, text, type JsonObject } from './format.js';

/** Cuts a long one-line summary at a word boundary, so no figure is ever split. */
function short(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.lastIndexOf(' ', max);
  return `${s.slice(0, cut > 0 ? cut : max).trimEnd()} …`;
}

export function raceSection(latest: LatestRead, cap: number): string[] {
  const rc = dict(latest.race_calendar);
  const out = ['', '## Races ahead', ''];
  const races = list(rc.all_races).map(dict);
  if (!races.length) out.push('No races on the calendar.');
  const rows = races
    .slice(0, cap)
    .map((r) => [
      text(r.date),
      text(r.name),
      text(r.category),
      text(r.type),
      num(r.days_until),
      measured(dict(r.display).distance, r.distance_meters, 'm'),
      text(r.start_time),
      r.has_terrain === true ? 'routes.json (has_terrain)' : MISSING,
    ]);
  out.push(...table(['Date', 'Race', 'Category', 'Sport', 'Days until', 'Distance', 'Start', 'Route'], rows));
  if (races.length > cap) out.push('', 'More races in latest.json → race_calendar.all_races.');
  const taper = dict(rc.taper_alert);
  if (taper.active === true) out.push('', `Taper: ${text(taper.message)}`);
  const rw = dict(rc.race_week);
  if (rw.active === true) out.push('', ...raceWeekLines(rw));
  return out;
}

function raceWeekLines(rw: JsonObject): string[] {
  const today = dict(rw.today);
  const carb = dict(rw.carb_loading);
  const opener = dict(rw.opener);
  const gng = dict(rw.go_no_go);
  const out = [
    `**Race week** for ${text(rw.event_name)} (${text(rw.event_category)}, ${text(rw.event_date)}): ${text(rw.current_day)}, ${num(rw.days_until_event)} days to go`,
    `- TSS budget ${range(rw.race_week_tss_budget)} · spent ${num(rw.race_week_tss_spent)} · remaining ${range(rw.race_week_tss_remaining)} · normal weekly TSS ${num(rw.normal_weekly_tss)}`,
    `- projected race-day TSB ${num(rw.projected_race_day_tsb)} (target ${range(rw.tsb_target_range)}) · CTL baseline ${num(rw.ctl_baseline)} · go/no-go TSB ${text(gng.tsb_status)}`,
  ];
  if (Object.keys(today).length) {
    out.push(
      `- today: ${pairs([
        ['', text(today.label)],
        ['load target TSS', range(today.load_target_tss)],
        ['zones', text(today.zones)],
      ])} — ${text(today.purpose)}`,
    );
  }
  if (carb.applicable === true) {
    out.push(
      `- carb loading: ${carb.active === true ? 'active' : 'not yet'} · starts ${text(carb.starts)} (${text(carb.start_date)}) · ${text(carb.note)}`,
    );
  }
  if (Object.keys(opener).length) out.push(`- opener: ${text(opener.day)} (${text(opener.date)}), ${text(opener.intensity)}`);
  for (const n of list(gng.notes)) out.push(`- note: ${text(n)}`);
  return out;
}

export function plannedSection(latest: LatestRead, cap: number): string[] {
  const planned = list(latest.planned_workouts).map(dict);
  const out = ['', '## Planned workouts', ''];
  if (!planned.length) {
    out.push('Nothing planned in latest.json.');
    return out;
  }
  const rows = planned.slice(0, cap).map((w) => {
    const summary = text(w.workout_summary);
    return [
      text(w.date),
      text(w.name),
      text(w.sport_type),
      text(w.type),
      num(w.planned_tss),
      text(w.duration_formatted),
      summary === MISSING ? MISSING : short(summary, 90),
      [w.indoor === true ? 'indoor' : '', w.has_terrain === true ? 'routes.json (has_terrain)' : ''].filter(Boolean).join(', ') || MISSING,
    ];
  });
  out.push(...table(['Date', 'Workout', 'Sport', 'Type', 'TSS', 'Time', 'Structure', 'Notes'], rows));
  if (planned.length > cap) out.push('', 'More planned workouts in latest.json → planned_workouts.');
  return out;
}
