/**
 * The history tiers on small hand-built inputs: training-week alignment, the in-progress week,
 * per-week ACWR, data gaps, monthly tiers only with enough data, the FTP timeline, summaries.
 */
import { describe, it, expect } from '@jest/globals';
import { NaiveDateTime, addDays, weekdayOf } from '../../src/lib/naive-time.js';
import type { Dict } from '../../src/lib/py/index.js';
import { makeContext, type DeriveContext } from '../../src/derive/context.js';
import { generateHistory, historyConfidence } from '../../src/derive/history/index.js';
import { buildLookups, PeriodTotals } from '../../src/derive/history/common.js';
import { buildWeeklyTier, weekMonotony, capabilityRollup } from '../../src/derive/history/weekly.js';
import { findDataGaps } from '../../src/derive/history/gaps.js';
import { dominantPhase } from '../../src/derive/history/monthly.js';
import { buildFtpTimeline } from '../../src/derive/history/ftp-timeline.js';
import { athleteUnits } from '../../src/derive/units.js';
import { classifyHardDay, getActivityZones } from '../../src/derive/zones.js';

function ctxAt(iso: string, weekStartDay = 0, zonePreference: Record<string, 'power' | 'hr'> = {}): DeriveContext {
  return makeContext(NaiveDateTime.parse(iso), { daysBack: 7, weekStartDay, zonePreference, producerVersion: 't', scriptHash: 'h' });
}

function ride(date: string, tss: number, extra: Dict = {}): Dict {
  return { id: `a${date}${tss}`, start_date_local: `${date}T08:00:00`, type: 'Ride', icu_training_load: tss, moving_time: 3600, ...extra };
}

/** one ride a day (TSS 50) and a wellness record every day, for `days` days ending today */
function dailyData(today: string, days: number): { activities: Dict[]; wellness: Dict[] } {
  const activities: Dict[] = [];
  const wellness: Dict[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const d = addDays(today, -i);
    activities.unshift(ride(d, 50));
    wellness.push({ id: d, ctl: 40 + (days - i) * 0.1, atl: 45, rampRate: 1.5, hrv: 60, restingHR: 50, sleepSecs: 27000, weight: 70 });
  }
  return { activities, wellness };
}

describe('weekly_180d', () => {
  const units = athleteUnits({});

  it.each([
    [0, 'Monday'],
    [6, 'Sunday'],
    [3, 'Thursday'],
  ])('aligns weeks to week-start day %i (%s) and ends with the in-progress week', (wsd) => {
    const ctx = ctxAt('2025-06-11T07:00:00', wsd); // a Wednesday
    const { activities, wellness } = dailyData(ctx.today, 200);
    const rows = buildWeeklyTier(ctx, buildLookups(activities, wellness), 180, units);
    for (const r of rows) expect(weekdayOf(r.week_start)).toBe(wsd);
    for (let i = 1; i < rows.length; i++) expect(addDays(rows[i - 1].week_start, 7)).toBe(rows[i].week_start);
    const last = rows[rows.length - 1];
    // the last row is the week containing today (a week that starts today is not a row yet)
    expect(last.week_start <= ctx.today).toBe(true);
    expect(addDays(last.week_start, 6) >= ctx.today).toBe(true);
    const partialDays = Math.round((Date.parse(ctx.today) - Date.parse(last.week_start)) / 86400000) + 1;
    if (last.week_start === ctx.today) throw new Error('week starting today must not be emitted');
    expect(last.activity_count).toBe(partialDays);
    expect(last.total_tss).toBe(50 * partialDays);
    // the first row is the week containing today-180
    expect(rows[0].week_start <= addDays(ctx.today, -180)).toBe(true);
    expect(addDays(rows[0].week_start, 7) > addDays(ctx.today, -180)).toBe(true);
  });

  it('does not emit a week that starts today', () => {
    const ctx = ctxAt('2025-06-11T07:00:00', 2); // Wednesday start, today is Wednesday
    const { activities, wellness } = dailyData(ctx.today, 30);
    const rows = buildWeeklyTier(ctx, buildLookups(activities, wellness), 180, units);
    expect(rows[rows.length - 1].week_start).toBe('2025-06-04');
  });

  it('computes per-week ACWR from the fourth row on, sport breakdown, monotony and display', () => {
    const ctx = ctxAt('2025-06-11T07:00:00');
    const { activities, wellness } = dailyData(ctx.today, 200);
    activities.unshift({ ...ride('2025-06-09', 30), type: 'Run' });
    const rows = buildWeeklyTier(ctx, buildLookups(activities, wellness), 180, units);
    expect(rows.slice(0, 3).every((r) => r.acwr === null)).toBe(true);
    // steady 350 TSS weeks: ACWR 1.0
    expect(rows[5].acwr).toBe(1);
    const last = rows[rows.length - 1]; // Mon 9 + Tue 10 + Wed 11
    expect(last.sport_tss_breakdown).toEqual({ cycling: 150, run: 30 });
    expect(last.primary_sport).toBe('cycling');
    expect(last.monotony).toBeNull(); // fewer than 5 days
    expect(rows[5].monotony).toBeNull(); // stdev 0
    expect(rows[5].display).toEqual({ weight: { value: 70, unit: 'kg' } });
    expect(rows[5].avg_sleep_hours).toBe(7.5);
    expect(rows[5].tsb_end).toBe(Math.round(((rows[5].ctl_end ?? 0) - 45) * 10) / 10);
  });

  it('week monotony needs five days and three loaded days', () => {
    expect(weekMonotony([10, 0, 0, 20])).toBeNull();
    expect(weekMonotony([10, 0, 0, 0, 20, 0, 0])).toBeNull();
    expect(weekMonotony([10, 20, 0, 30, 0])).toBe(Math.round((12 / Math.sqrt(170)) * 100) / 100);
  });

  it('capability rollup gates durability, EF and HRRc like the reference', () => {
    const r = capabilityRollup([
      {
        type: 'Ride',
        icu_hr_decoupling: 0.0,
        icu_variability_index: 1.02,
        moving_time: 6000,
        icu_efficiency_factor: 1.5,
        icu_hrr: { value: 30 },
      },
      { type: 'Ride', decoupling: 4, icu_variability_index: 1.2, moving_time: 6000, icu_efficiency_factor: 1.7 },
      { type: 'Run', icu_hr_decoupling: 3, icu_variability_index: 1.01, moving_time: 5400, icu_efficiency_factor: 1.1, icu_hrr: 20 },
    ]);
    expect(r).toEqual({
      durability_mean: 1.5,
      durability_qualifying: 2,
      ef_mean: 1.5,
      ef_qualifying: 1,
      hrrc_mean: 25,
      hrrc_qualifying: 2,
    });
  });
});

describe('data_gaps', () => {
  it('reports runs of three or more activity-free days between first and last activity', () => {
    const dates = ['2025-01-01', '2025-01-02', '2025-01-04', '2025-01-08', '2025-01-08', '2025-01-12'];
    expect(findDataGaps(dates, '2025-01-01', '2025-01-12')).toEqual([
      { period: '2025-01-05 to 2025-01-07', days_missing: 3 },
      { period: '2025-01-09 to 2025-01-11', days_missing: 3 },
    ]);
    expect(findDataGaps(['2025-01-01', '2025-01-03'], '2025-01-01', '2025-01-03')).toEqual([]);
    expect(findDataGaps([], '2025-01-01', '2025-01-03')).toEqual([]);
  });
});

describe('generate_history', () => {
  it('leaves the monthly tiers empty without enough months and summarises what exists', () => {
    const ctx = ctxAt('2025-03-12T18:00:00');
    const { activities, wellness } = dailyData(ctx.today, 60); // 1 month
    const h = generateHistory(ctx, { activities, wellness, athlete: {}, previousFtpHistory: null });
    expect(h.data_range.total_months).toBe(1);
    expect(h.monthly_1y).toEqual([]);
    expect(h.monthly_2y).toEqual([]);
    expect(h.monthly_3y).toEqual([]);
    expect(Object.keys(h.summaries)).toEqual(['90d', '180d']);
    expect(h.daily_90d).toHaveLength(90);
    expect(h.daily_90d[0].activity_types).toBe('Rest');
    expect(h.daily_90d[89].activity_types).toBe('Ride');
    expect(h.summaries['90d']?.rest_days).toBe(30);
    expect(h.data_gaps).toEqual([]);
  });

  it('builds the 1y tier only once six months exist, and 2y/3y with 12/18 months', () => {
    const ctx = ctxAt('2025-03-12T18:00:00');
    const { activities, wellness } = dailyData(ctx.today, 200);
    const h = generateHistory(ctx, { activities, wellness, athlete: {}, previousFtpHistory: null });
    expect(h.data_range.total_months).toBe(6);
    expect(h.monthly_1y.length).toBe(13);
    expect(h.monthly_1y[12].month).toBe('2025-03');
    expect(h.monthly_2y).toEqual([]);
    expect(Object.keys(h.summaries)).toEqual(['90d', '180d', '1y']);
    // months before the data: no activity, no wellness
    expect(h.monthly_1y[0].days_with_data).toBe(0);
    expect(h.monthly_1y[12].days_with_data).toBe(12);
  });

  it('generates from empty lists (a failed 3-year fetch) without failing', () => {
    const ctx = ctxAt('2025-03-12T18:00:00');
    const h = generateHistory(ctx, { activities: [], wellness: [], athlete: {}, previousFtpHistory: null });
    expect(h.data_range).toEqual({ earliest: '2025-03-12', latest: '2025-03-12', total_months: 1 });
    const weekly = h.weekly_180d as Dict[];
    expect(weekly.every((w) => w.total_tss === 0 && w.ctl_end === null)).toBe(true);
    // one-row lookback: INSUFFICIENT_DATA (null); then zero hard days score Base; last row in progress
    expect(weekly.map((w) => w.phase_detected)).toEqual([null, ...Array(weekly.length - 2).fill('Base'), null]);
  });
});

describe('monthly dominant_phase', () => {
  it('takes the most frequent overlapping phase, TSS breaking ties', () => {
    const m = NaiveDateTime.parse('2025-05-01');
    const next = NaiveDateTime.parse('2025-06-01');
    const rows: Parameters<typeof dominantPhase>[0] & object = [
      { week_start: '2025-04-28', phase_detected: 'Base', total_tss: 100 }, // overlaps May 1-4
      { week_start: '2025-05-05', phase_detected: 'Build', total_tss: 400 },
      { week_start: '2025-05-12', phase_detected: 'Base', total_tss: 100 },
      { week_start: '2025-05-19', phase_detected: 'Build', total_tss: 300 },
      { week_start: '2025-06-02', phase_detected: 'Deload', total_tss: 999 }, // after May
      { week_start: '2025-05-26', phase_detected: null, total_tss: 999 },
    ];
    expect(dominantPhase(rows, m, next)).toBe('Build');
    expect(dominantPhase(rows.slice(0, 3), m, next)).toBe('Base');
    expect(dominantPhase([], m, next)).toBeNull();
  });
});

describe('ftp_timeline', () => {
  const athlete = {
    sportSettings: [
      { types: ['Run'], ftp: 999 },
      { types: ['Ride', 'VirtualRide'], ftp: 260, indoor_ftp: 250 },
    ],
  };
  it('lists the previous ftp_history and adds a changed user-set FTP dated today', () => {
    const ctx = ctxAt('2025-06-11T07:00:00');
    const tl = buildFtpTimeline(ctx, { indoor: { '2025-01-01': 240 }, outdoor: { '2025-03-01': 255, '2025-01-01': 250 } }, athlete);
    expect(tl).toEqual([
      { date: '2025-01-01', ftp: 240, type: 'indoor', source: 'FTP' },
      { date: '2025-01-01', ftp: 250, type: 'outdoor', source: 'FTP' },
      { date: '2025-03-01', ftp: 255, type: 'outdoor', source: 'FTP' },
      { date: '2025-06-11', ftp: 250, type: 'indoor', source: 'user_set' },
      { date: '2025-06-11', ftp: 260, type: 'outdoor', source: 'user_set' },
    ]);
    // legacy flat file = outdoor; unchanged FTP is not repeated
    expect(buildFtpTimeline(ctx, { '2025-01-01': 260 }, { sportSettings: [{ types: ['Ride'], ftp: 260 }] })).toEqual([
      { date: '2025-01-01', ftp: 260, type: 'outdoor', source: 'FTP' },
    ]);
    expect(buildFtpTimeline(ctx, null, { sportSettings: null })).toEqual([]);
  });

  it('a previous file that is not a map of series contributes nothing; the set FTPs still appear', () => {
    const ctx = ctxAt('2025-06-11T07:00:00');
    const setToday = [
      { date: '2025-06-11', ftp: 250, type: 'indoor', source: 'user_set' },
      { date: '2025-06-11', ftp: 260, type: 'outdoor', source: 'user_set' },
    ];
    for (const previous of [[240, 250], 'ftp', 42, { indoor: [1, 2], outdoor: 'x' }]) {
      expect(buildFtpTimeline(ctx, previous, athlete)).toEqual(setToday);
    }
  });
});

describe('history block of latest.json', () => {
  const ctx = ctxAt('2025-06-11T07:00:00');
  it('reads age and months from the file; an absent data_range means 0 months (low)', () => {
    expect(historyConfidence(ctx, { generated_at: '2025-06-01T07:00:00Z', data_range: { total_months: 14 } })).toEqual({
      available: true,
      last_generated: '2025-06-01',
      age_days: 10,
      total_months: 14,
      history_confidence: 'high',
    });
    expect(historyConfidence(ctx, { generated_at: '2025-06-10T07:00:00Z' })).toMatchObject({ total_months: 0, history_confidence: 'low' });
    expect(historyConfidence(ctx, { data_range: { total_months: 5 } })).toEqual({
      available: true,
      last_generated: null,
      age_days: null,
      total_months: 5,
      history_confidence: 'medium',
    });
  });
  it('without a file: unavailable, low confidence, with the note', () => {
    expect(historyConfidence(ctx, null)).toMatchObject({ available: false, history_confidence: 'low' });
  });
});

describe('period totals shared by the weekly and monthly tiers', () => {
  it('sum load, time and activities, keep valid samples only, and count hard days', () => {
    const totals = new PeriodTotals();
    const hard = ride('2025-06-10', 120, { moving_time: 5400, icu_zone_times: [{ id: 'Z4', secs: 1200 }] });
    const easy = ride('2025-06-10', 30, { moving_time: 1800, icu_zone_times: [{ id: 'Z2', secs: 1800 }] });
    const first = totals.addDay([hard, easy], { hrv: 55, restingHR: 48, weight: 70.2 }, {});
    expect(first.dayTss).toBe(150);
    expect(first.hard[0]).toBe(true);
    const rest = totals.addDay([], { hrv: 0, restingHR: null, weight: 0 }, {});
    expect(rest).toEqual({ dayTss: 0, hard: classifyHardDay({}) });
    expect(totals).toMatchObject({
      tss: 150,
      seconds: 7200,
      activities: 2,
      longest: 5400,
      hardDays: 1,
      hrv: [55],
      rhr: [48],
      weight: [70.2],
    });
    expect(totals.zones.fields()).toEqual({ z1_z2_pct: 60, z3_pct: 0, z4_plus_pct: 40 });
  });
});

describe('zones', () => {
  it('prefers power, honours an hr preference, and classifies hard days by basis', () => {
    const a = {
      type: 'Run',
      icu_zone_times: [
        { id: 'Z4', secs: 700 },
        { id: 'SS', secs: 5 },
      ],
      icu_hr_zone_times: [100, 0, 200, 100],
    };
    expect(getActivityZones(a, 'run', {})).toEqual([{ z4: 700 }, 'power']);
    expect(getActivityZones(a, 'run', { run: 'hr' })).toEqual([{ z1: 100, z3: 200, z4: 100 }, 'hr']);
    expect(getActivityZones({}, 'run', {})).toEqual([{}, null]);
    expect(classifyHardDay({})).toEqual([null, null]);
    expect(classifyHardDay({ power: { z7: 60 } })).toEqual([true, 'power']);
    expect(classifyHardDay({ power: { z3: 1799 } })).toEqual([false, 'power']);
    expect(classifyHardDay({ hr: { z3: 5000 } })).toEqual([false, 'hr']); // HR ladder skips z3
    expect(classifyHardDay({ hr: { z5: 300 }, power: { z1: 10 } })).toEqual([true, 'mixed']);
  });
});
