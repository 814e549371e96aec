import { describe, it, expect } from '@jest/globals';
import * as v from 'valibot';
import { type ActiveRaceWeek, RaceCalendar, strictVariant } from '../../src/contract/index.js';
import { buildRaceCalendar } from '../../src/derive/calendar/index.js';
import { getDayProtocol } from '../../src/derive/calendar/race.js';
import { generateRaceAlerts } from '../../src/derive/readiness/index.js';
import { makeContext } from '../../src/derive/context.js';
import { NaiveDateTime } from '../../src/lib/naive-time.js';
import { athleteUnits } from '../../src/derive/units.js';
import type { ApiActivity, ApiEvent } from '../../src/snapshot/api-rows.js';

const ctx = makeContext(NaiveDateTime.parse('2025-09-03T04:45:00'), {
  daysBack: 7,
  weekStartDay: 0,
  zonePreference: {},
  producerVersion: 'test',
  scriptHash: 'x',
});
const metric = athleteUnits({ measurement_preference: 'meters' });
const imperial = athleteUnits({ measurement_preference: 'feet' });

const race = (id: number, category: string, date: string, extra: ApiEvent = {}): ApiEvent => ({
  id,
  category,
  start_date_local: date,
  name: `Race ${id}`,
  type: 'Ride',
  ...extra,
});

function calendar(
  events: ApiEvent[],
  opts: Partial<{ ctl: number | null; atl: number | null; acts: ApiActivity[]; units: typeof metric; terrain: string[] }> = {},
) {
  return buildRaceCalendar(ctx, {
    futureEvents: events,
    ctl: opts.ctl === undefined ? 67 : opts.ctl,
    atl: opts.atl === undefined ? 70.5 : opts.atl,
    tsb: null,
    activities7d: opts.acts ?? [],
    units: opts.units ?? metric,
    terrainEventIds: new Set(opts.terrain ?? []),
  });
}

/** The race-week protocol of a calendar that must have one. */
function activeWeek(rc: RaceCalendar): ActiveRaceWeek {
  if (!rc.race_week.active) throw new Error('expected an active race week');
  return rc.race_week;
}

describe('buildRaceCalendar', () => {
  it('lists races only, sorted by days until, with display distance and has_terrain', () => {
    const rc = calendar(
      [
        race(1, 'RACE_C', '2025-09-22T10:00:00', { distance: 4000, moving_time: 900 }),
        { id: 2, category: 'WORKOUT', start_date_local: '2025-09-04T00:00:00' },
        race(3, 'RACE_B', '2025-09-20T00:00:00', { distance: 110000, indoor: true }),
        race(4, 'RACE_A', 'not-a-date'),
      ],
      { units: imperial, terrain: ['1'] },
    );
    expect(rc.all_races.map((r) => r.name)).toEqual(['Race 3', 'Race 1']);
    expect(rc.next_race).toEqual({
      name: 'Race 3',
      date: '2025-09-20',
      category: 'RACE_B',
      type: 'Ride',
      days_until: 17,
      moving_time_seconds: null,
      distance_meters: 110000,
      display: { distance: { value: 68.35, unit: 'mi' } },
      has_terrain: false,
      indoor: true,
    });
    expect(rc.all_races[1].has_terrain).toBe(true);
    expect(rc.all_races[1].start_time).toBe('10:00');
    expect(rc.taper_alert).toEqual({ active: false });
    expect(rc.race_week).toEqual({ active: false });
  });

  it('raises the taper alert for a RACE_A 8-14 days out', () => {
    const rc = calendar([race(1, 'RACE_A', '2025-09-15T00:00:00')]);
    expect(rc.taper_alert).toEqual({
      active: true,
      event_name: 'Race 1',
      event_date: '2025-09-15',
      days_until: 12,
      message:
        "RACE_A 'Race 1' in 12 days. Begin volume reduction (target 41-60% over 2 weeks). Maintain intensity. CTL should peak now or within the next few days.",
    });
    expect(calendar([race(1, 'RACE_A', '2025-09-18T00:00:00')]).taper_alert.active).toBe(false);
  });

  it('builds the race week for a long RACE_A at D-4 (race-week golden values)', () => {
    const acts = [
      { start_date_local: '2025-09-02T18:00:20', icu_training_load: 32 },
      { start_date_local: '2025-08-31T09:00:00', icu_training_load: 157 },
      { start_date_local: '2025-08-30T09:00:00', icu_training_load: 90 }, // before race week start
      { start_date_local: '2025-09-01T09:00:00', icu_training_load: null },
    ];
    const rc = calendar([race(1, 'RACE_A', '2025-09-07T08:00:00', { moving_time: 16200, distance: 160000 })], {
      ctl: 67,
      atl: 59.4,
      acts,
    });
    const rw = activeWeek(rc);
    expect(rw.current_day).toBe('D-4');
    expect(rw.event_duration_class).toBe('long_endurance');
    expect(rw.normal_weekly_tss).toBe(469);
    expect(rw.race_week_tss_budget).toEqual({ min: 188, max: 258 });
    expect(rw.race_week_tss_spent).toBe(189);
    expect(rw.race_week_tss_remaining).toEqual({ min: 0, max: 69 });
    expect(rw.tsb_target_range).toEqual({ min: 10, max: 25 });
    expect(rw.today).toEqual({
      label: 'Easy / rest',
      load_target_tss: { min: 13, max: 27 },
      zones: 'Z1-Z2 only',
      purpose: 'Volume reduction. Carb loading begins if applicable. Easy endurance preferred over complete rest for long events.',
    });
    expect(rw.carb_loading).toEqual({
      applicable: true,
      active: true,
      starts: 'D-4',
      start_date: '2025-09-03',
      note: '10-12 g·kg⁻¹/day. No depletion phase needed.',
    });
    expect(rw.opener).toEqual({ day: 'D-2', date: '2025-09-05', intensity: 'lighter' });
    // PMC projection with zero load: CTL·e^(-4/42) − ATL·e^(-4/7)
    expect(rw.projected_race_day_tsb).toBe(Math.round((67 * Math.exp(-4 / 42) - 59.4 * Math.exp(-4 / 7)) * 10) / 10);
    expect(rw.go_no_go.tsb_status).toBe('green');
    expect(v.safeParse(strictVariant(RaceCalendar), rc).issues ?? []).toEqual([]);
  });

  it('prefers a RACE_A over an earlier RACE_B and lowers RACE_B TSB targets', () => {
    const both = calendar([race(1, 'RACE_B', '2025-09-05T00:00:00'), race(2, 'RACE_A', '2025-09-09T00:00:00')]);
    expect(activeWeek(both).event_name).toBe('Race 2');
    const b = activeWeek(calendar([race(1, 'RACE_B', '2025-09-05T00:00:00', { moving_time: 3000 })]));
    expect(b.event_duration_class).toBe('short_intense');
    expect(b.tsb_target_range).toEqual({ min: 0, max: 10 });
    // 469 × 0.5 = 234.5 → 234 (half-even)
    expect(b.race_week_tss_budget).toEqual({ min: 234, max: 305 });
    expect(b.carb_loading.applicable).toBe(false);
    expect(b.carb_loading.note).toBeNull();
    expect(b.opener.intensity).toBe('more_intense');
  });

  it('flags a projected TSB below target with Python float formatting', () => {
    const rw = activeWeek(calendar([race(1, 'RACE_A', '2025-09-04T00:00:00')], { ctl: 60, atl: 100 }));
    const projected = Math.round((60 * Math.exp(-1 / 42) - 100 * Math.exp(-1 / 7)) * 10) / 10;
    expect(rw.projected_race_day_tsb).toBe(projected);
    expect(rw.go_no_go).toEqual({
      tsb_status: 'flag',
      notes: [`Projected race-day TSB ${projected} is significantly below target range 10-25. Fatigue may impact performance.`],
    });
    const zero = activeWeek(calendar([race(1, 'RACE_A', '2025-09-03T00:00:00')], { ctl: null, atl: null }));
    expect(zero.current_day).toBe('D-0');
    expect(zero.ctl_baseline).toBe(0);
    expect(zero.go_no_go.notes).toEqual(['Projected race-day TSB 0 is below target range 10-25. Consider additional rest.']);
    const one = activeWeek(calendar([race(1, 'RACE_A', '2025-09-04T00:00:00')], { ctl: 60, atl: 60.65 }));
    expect(one.go_no_go.notes[0]).toContain('TSB 6.0 is below');
  });
});

describe('getDayProtocol', () => {
  it('adapts the opener to the duration class', () => {
    expect(getDayProtocol(2, 60, 'long_endurance').zones).toBe('3-4 efforts Z4 only (20-60s), moderate cadence, full recovery');
    expect(getDayProtocol(2, 60, 'short_intense').purpose).toBe('Full neuromuscular activation for short, intense effort.');
    expect(getDayProtocol(2, 60, 'medium')).toEqual({
      label: 'Opener',
      load_target_tss: { min: 18, max: 30 },
      zones: '3-5 efforts Z4-Z6 (20-60s), high cadence, full recovery',
      purpose: 'Neuromuscular activation.',
    });
  });
  it('covers every day from D-7 to race day, and nothing beyond', () => {
    const labels = [7, 6, 5, 4, 3, 2, 1, 0].map((d) => getDayProtocol(d, 50, 'medium').label);
    expect(labels).toEqual([
      'Last key session',
      'Recovery',
      'Moderate endurance',
      'Easy / rest',
      'Easy / rest',
      'Opener',
      'Rest / minimal',
      'Race day',
    ]);
    expect(getDayProtocol(0, 50, 'medium').load_target_tss).toEqual({ min: 0, max: 0 });
    expect(getDayProtocol(3, 50, 'medium').load_target_tss).toEqual({ min: 0, max: 20 });
    expect(getDayProtocol(8, 50, 'medium').load_target_tss).toBeNull();
  });
  it('rounds load targets half-even like Python', () => {
    // 0.75 × 50 = 37.5 → 38 (even), 0.3 × 25 = 7.5 → 8, 0.5 × 25 = 12.5 → 12
    expect(getDayProtocol(7, 50, 'medium').load_target_tss).toEqual({ min: 38, max: 50 });
    expect(getDayProtocol(2, 25, 'medium').load_target_tss).toEqual({ min: 8, max: 12 });
  });
});

describe('race-week TSB text in the race alert', () => {
  // Python prints the projected TSB as int 0 only when neither CTL nor ATL was known and the race
  // is today (no decay step ran); otherwise it is a float ("0.0", "-3.2").
  it('prints the int 0 on race day without fitness values, floats otherwise', () => {
    const raceToday = [race(1, 'RACE_A', '2025-09-03T08:00:00', { moving_time: 16200 })];
    const noFitness = calendar(raceToday, { ctl: null, atl: null });
    const alert = generateRaceAlerts(ctx, noFitness).find((a) => a.metric === 'race_week_tsb');
    expect(alert?.context).toMatch(/^Projected race-day TSB 0 is below/);
    const raceLater = [race(1, 'RACE_A', '2025-09-05T08:00:00', { moving_time: 16200 })];
    const decayed = calendar(raceLater, { ctl: null, atl: null });
    expect(generateRaceAlerts(ctx, decayed).find((a) => a.metric === 'race_week_tsb')?.context).toMatch(
      /^Projected race-day TSB 0\.0 is below/,
    );
  });
});
