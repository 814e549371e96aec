import { describe, it, expect } from '@jest/globals';
import { calculateConsistencyIndex } from '../../src/derive/metrics/consistency.js';
import { buildLiveWeeklyRows, liveWeekBoundaries } from '../../src/derive/metrics/weekly-rows.js';
import type { PhaseWeekRow } from '../../src/derive/phase/index.js';
import { act, ctxAt, daysAgo, powerZones, TODAY } from './fixtures.js';

const now = ctxAt().now; // Wednesday 2025-06-11

describe('live weekly rows', () => {
  it('four training weeks ending with the current one, honouring the week start day', () => {
    expect(liveWeekBoundaries(now, 0)).toEqual([
      ['2025-05-19', '2025-05-25'],
      ['2025-05-26', '2025-06-01'],
      ['2025-06-02', '2025-06-08'],
      ['2025-06-09', '2025-06-15'],
    ]);
    expect(liveWeekBoundaries(now, 6)[3]).toEqual(['2025-06-08', '2025-06-14']);
    expect(liveWeekBoundaries(now, 2)[3]).toEqual([TODAY, '2025-06-17']);
  });

  const hard = { icu_zone_times: powerZones(0, 0, 0, 700) };
  const acts = [
    act('2025-06-10', 'Ride', 80, hard),
    act('2025-06-10', 'Run', 20),
    act('2025-06-03', 'Ride', 60, hard),
    act('2025-06-04', 'Ride', 50, { icu_zone_times: powerZones(3000, 300) }),
    act('2025-05-20', 'Run', 40, { icu_hr_zone_times: [0, 0, 0, 300, 300] }),
  ];

  it('TSS, primary-sport TSS, hard days and counts per week; live load on the current week', () => {
    const rows = buildLiveWeeklyRows(now, 0, {
      activities28d: acts,
      primarySport: 'cycling',
      zonePreference: {},
      currentCtl: 55.55,
      currentAtl: 0,
      acwr: 1.1,
      monotony: 1.4,
      historyRows: [],
    });
    expect(rows.map((r) => [r.week_start, r.total_tss, r.primary_sport_tss, r.hard_days, r.activity_count])).toEqual([
      ['2025-05-19', 40, 0, 1, 1],
      ['2025-05-26', 0, 0, 0, 0],
      ['2025-06-02', 110, 110, 1, 2],
      ['2025-06-09', 100, 80, 1, 2],
    ]);
    expect(rows[3]).toMatchObject({ primary_sport: 'cycling', ctl_end: 55.5, atl_end: null, acwr: 1.1, monotony: 1.4 });
    expect('ctl_end' in rows[0]).toBe(false);
  });

  /** The live rows of a cycling athlete (CTL 55, ATL 60 today) with these history.json rows. */
  const withHistory = (historyRows: PhaseWeekRow[]) =>
    buildLiveWeeklyRows(now, 0, {
      activities28d: acts,
      primarySport: 'cycling',
      zonePreference: {},
      currentCtl: 55,
      currentAtl: 60,
      acwr: 1.1,
      monotony: 1.4,
      historyRows,
    });

  it('history rows of an old file that are not objects match no week', () => {
    // a hand-edited or corrupted history.json: the rows are whatever JSON held
    const historyRows = [null, 7, 'x', { week_start: '2025-06-02', ctl_end: 50.1 }] as unknown as PhaseWeekRow[];
    const rows = withHistory(historyRows);
    expect(rows.map((r) => r.ctl_end)).toEqual([undefined, undefined, 50.1, 55]);
  });

  it('enriches completed weeks from history.json rows (and their phase), never the current one', () => {
    const history: PhaseWeekRow[] = [
      { week_start: '2025-06-02', ctl_end: 50.1, atl_end: 60.2, acwr: 1.2, monotony: null, phase_detected: 'Build' },
      { week_start: '2025-06-09', ctl_end: 1, atl_end: 1, acwr: 9, monotony: 9, phase_detected: 'Peak' },
      { week_start: '2025-05-26', ctl_end: 48 },
    ];
    const rows = withHistory(history);
    expect(rows[2]).toMatchObject({ ctl_end: 50.1, atl_end: 60.2, acwr: 1.2, monotony: null, phase_detected: 'Build' });
    expect(rows[1]).toMatchObject({ ctl_end: 48, atl_end: null, acwr: null, monotony: null });
    expect('phase_detected' in rows[1]).toBe(false);
    expect(rows[3]).toMatchObject({ ctl_end: 55, atl_end: 60, acwr: 1.1, monotony: 1.4 });
    expect('phase_detected' in rows[3]).toBe(false);
  });

  it('without a primary sport, unmapped activity types count as primary (None == None)', () => {
    const rows = buildLiveWeeklyRows(now, 0, {
      activities28d: [act(TODAY, 'Pilates', 30), act(TODAY, 'Ride', 0)],
      primarySport: null,
      zonePreference: {},
      currentCtl: null,
      currentAtl: null,
      acwr: null,
      monotony: null,
      historyRows: [],
    });
    expect(rows[3]).toMatchObject({ total_tss: 30, primary_sport_tss: 30, primary_sport: null, hard_days: 0, activity_count: 2 });
  });
});

describe('consistency index', () => {
  const workout = (date: string, category = 'WORKOUT') => ({ category, start_date_local: `${date}T00:00:00` });
  it('matches planned workout days with days that have any activity', () => {
    const [ci, details] = calculateConsistencyIndex(
      [act(daysAgo(1), 'Run', 10), act(daysAgo(1), 'Ride', 10), act(daysAgo(3), 'Ride', 10)],
      [workout(daysAgo(1)), workout(daysAgo(1)), workout(daysAgo(2)), workout(daysAgo(4), 'SICK'), workout(daysAgo(5), 'RACE_A')],
    );
    expect(ci).toBe(0.5);
    expect(details).toEqual({
      planned_days: 2,
      completed_days: 2,
      matched_days: 1,
      planned_dates: [daysAgo(2), daysAgo(1)],
      completed_dates: [daysAgo(3), daysAgo(1)],
    });
  });
  it('no planned workouts: null with a note', () => {
    expect(calculateConsistencyIndex([act(TODAY, 'Run', 1)], [])).toEqual([
      null,
      { planned_days: 0, completed_days: 1, matched_days: 0, note: 'No planned workouts in period' },
    ]);
  });
});
