import type { DfaBlock, DfaSummary, IntervalsFile } from '../../src/contract/index.js';
import { describe, it, expect } from '@jest/globals';
import { formatActivities } from '../../src/derive/activities/index.js';
import { classifyEffortResponse } from '../../src/derive/activities/effort.js';
import { messageTexts, planMessageFetches } from '../../src/snapshot/plan/messages.js';
import { makeContext } from '../../src/derive/context.js';
import { NaiveDateTime, addDays } from '../../src/lib/naive-time.js';
import { athleteUnits } from '../../src/derive/units.js';
import { actDate } from '../../src/derive/sports.js';
import type { Dict } from '../../src/lib/py/index.js';
import type { Snapshot } from '../../src/snapshot/types.js';
import { atTime, exists, readJson, runAt } from '../calendar/rig.js';

const mk = (at: string) =>
  makeContext(NaiveDateTime.parse(at), { daysBack: 7, weekStartDay: 0, zonePreference: {}, producerVersion: 't', scriptHash: 'x' });
const ctx = mk('2025-06-10T07:00:00');
const metric = athleteUnits({ measurement_preference: 'meters' });
const imperial = athleteUnits({ measurement_preference: 'feet', wind_speed: 'MPH', fahrenheit: true });

function snapshot(messages: Record<string, string[]> = {}): Snapshot {
  return { messages, terrainStreams: {}, previous: { latest: null } } as unknown as Snapshot;
}

function format(
  acts: Dict[],
  opts: { intervalsData?: Dict | null; messages?: Record<string, string[]>; units?: typeof metric; dfa?: (d: Dict) => Dict } = {},
) {
  return formatActivities(ctx, {
    activities28d: acts,
    intervalActivityIds: new Set(),
    // partial fixtures: only the keys the formatter reads
    intervalsData: (opts.intervalsData ?? null) as IntervalsFile | null,
    tempUnit: 'C',
    windUnit: 'MPS',
    speedUnit: 'KPH',
    units: opts.units ?? metric,
    snapshot: snapshot(opts.messages),
    buildDfaSummary: opts.dfa as ((b: DfaBlock) => DfaSummary) | undefined,
  });
}

describe('classifyEffortResponse (RPE expectation bands)', () => {
  it('maps IF (percent) to a band and RPE against it', () => {
    expect(classifyEffortResponse(70, 3)).toBe('neutral');
    expect(classifyEffortResponse(70, 1)).toBe('positive');
    expect(classifyEffortResponse(70, 5)).toBe('negative');
    expect(classifyEffortResponse(80, 4)).toBe('neutral');
    expect(classifyEffortResponse(90, 9)).toBe('negative');
    expect(classifyEffortResponse(100, 8)).toBe('neutral');
    expect(classifyEffortResponse(110, 8)).toBe('positive');
    expect(classifyEffortResponse(75, 4)).toBe('neutral'); // 0.75 starts the 4-6 band
  });
  it('is null outside coverage', () => {
    expect(classifyEffortResponse(64.9, 3)).toBeNull();
    expect(classifyEffortResponse(null, 3)).toBeNull();
    expect(classifyEffortResponse(80, null)).toBeNull();
    expect(classifyEffortResponse(80, 0)).toBeNull();
  });
});

describe('formatActivities (recent_activities)', () => {
  it('applies the field fallbacks, unit conversions and display blocks', () => {
    const [row] = format(
      [
        {
          id: 'i1',
          start_date_local: '2025-06-09T08:00:00',
          type: 'Ride',
          name: 'Long ride',
          moving_time: 3725,
          distance: 40123.4,
          icu_training_load: 120,
          icu_intensity: 80.2,
          icu_rpe: 5,
          average_watts: 0, // falsy: falls through to icu_average_watts
          icu_average_watts: 201,
          icu_pm_np: 215,
          icu_average_hr: 141,
          max_heartrate: 175,
          icu_average_cadence: 88,
          average_temp: 18.5,
          icu_joules: 654321,
          icu_calories: 700,
          icu_variability_index: 1.07,
          icu_hr_decoupling: 0,
          decoupling: 2.5,
          average_speed: 10.77,
          max_speed: 15.5,
          icu_pace: 3.7,
          weather: 'Sunny',
          average_humidity: 60,
          wind_speed: 3.1,
          carbs_used: 150,
          icu_efficiency_factor: 1.52,
          icu_hrr: { value: null, hrr: 27 },
          total_elevation_gain: 512.4,
          feel: 2,
        },
      ],
      { units: imperial },
    );
    expect(row).toMatchObject({
      id: 'i1',
      date: '2025-06-09T08:00:00',
      duration_hours: 1.03,
      duration_formatted: '1h2m5s',
      distance_km: 40.12,
      avg_power: 201,
      normalized_power: 215,
      avg_hr: 141,
      max_hr: 175,
      avg_cadence: 88,
      avg_speed: 38.8,
      avg_speed_unit: 'KPH',
      max_speed: 55.8,
      avg_pace: 3.7,
      avg_temp: 18.5,
      avg_temp_unit: 'C',
      weather: 'Sunny',
      humidity: 60,
      wind_speed: 3.1,
      work_kj: 654.3,
      calories: 700,
      carbs_ingested: null,
      decoupling: 2.5,
      hrrc: 27,
      elevation_m: 512.4,
      rpe: 5,
      effort_response: 'neutral',
      zone_distribution: null,
      has_intervals: false,
      has_dfa: false,
    });
    expect(row.display).toEqual({
      distance: { value: 24.93, unit: 'mi' },
      elevation: { value: 1681, unit: 'ft' },
      avg_speed: { value: 24.1, unit: 'mph' },
      max_speed: { value: 34.7, unit: 'mph' },
    });
  });

  it('uses defaults for missing keys and null displays for missing values', () => {
    const [row] = format([{ start_date_local: '2025-05-01T08:00:00' }]);
    expect(row.id).toBe('unknown_1');
    expect(row.type).toBe('Unknown');
    expect(row.name).toBe('');
    expect(row.duration_formatted).toBe('0s');
    expect(row.distance_km).toBe(0);
    expect(row.display).toEqual({ distance: { value: 0, unit: 'km' }, elevation: null, avg_speed: null, max_speed: null });
    expect(row).not.toHaveProperty('description');
    expect(row).not.toHaveProperty('chat_notes');
  });

  it('builds HR and power zone times (z1-z7 only, null seconds → 0)', () => {
    const [row] = format([
      {
        id: 'i2',
        start_date_local: '2025-06-01T08:00:00',
        icu_hr_zone_times: [100, null, 300, 1, 2, 3, 4, 99],
        icu_zone_times: [
          { id: 'Z1', secs: 50 },
          { id: 'SS', secs: 9 },
          { id: 'z7', secs: null },
        ],
      },
    ]);
    expect(row.zone_distribution).toEqual({
      hr_zones: { z1_time: 100, z2_time: 0, z3_time: 300, z4_time: 1, z5_time: 2, z6_time: 3, z7_time: 4 },
      power_zones: { z1_time: 50, z7_time: 0 },
    });
  });

  it('passes the description through with leading NOTE: lines as coach_notes', () => {
    const [row] = format([
      {
        id: 'i3',
        start_date_local: '2025-06-01T08:00:00',
        description: '  NOTE: legs heavy\n\nnote: windy \nGood session\nNOTE: ignored  ',
      },
    ]);
    expect(row.description).toBe('NOTE: legs heavy\n\nnote: windy \nGood session\nNOTE: ignored');
    expect(row.coach_notes).toEqual(['legs heavy', 'windy']);
  });

  it('attaches chat notes only for activities dated on or after today - 7', () => {
    const acts = [
      { id: 'i10', start_date_local: '2025-06-03T08:00:00' },
      { id: 'i11', start_date_local: '2025-06-02T23:00:00' },
      { id: 'i12', start_date_local: '2025-06-10T06:00:00' },
    ];
    const rows = format(acts, { messages: { i10: ['felt good'], i11: ['too old'], i12: [] } });
    expect(rows[0].chat_notes).toEqual(['felt good']);
    expect(rows[1]).not.toHaveProperty('chat_notes');
    expect(rows[2]).not.toHaveProperty('chat_notes');
  });

  it('reads has_intervals / has_dfa / dfa_summary from intervals.json entries', () => {
    const intervalsData = {
      activities: [
        { activity_id: 'i20', intervals: [{ type: 'RECOVERY' }] },
        { activity_id: 'i21', intervals: [{ type: 'WORK' }], dfa: { quality: { sufficient: true }, avg: 0.8 } },
        { activity_id: 'i22', intervals: null, dfa: { quality: { sufficient: false } } },
        { activity_id: null, intervals: [{ type: 'WORK' }] },
      ],
    };
    const acts = ['i20', 'i21', 'i22', 'i23'].map((id) => ({ id, start_date_local: '2025-06-01T08:00:00' }));
    const rows = format(acts, { intervalsData, dfa: (d) => ({ avg: d.avg }) });
    expect(rows.map((r) => [r.has_intervals, r.has_dfa, r.dfa_summary])).toEqual([
      [false, false, undefined],
      [true, true, { avg: 0.8 }],
      [false, true, undefined],
      [false, false, undefined],
    ]);
  });

  it('reproduces the vendored sick-athlete recent_activities (intervals/terrain/weather fields aside)', () => {
    const at = runAt('sick-athlete', 1);
    const c = mk(at);
    const oldest = addDays(c.today, -27);
    const acts = atTime(readJson('sick-athlete', 'dataset/activities.json'), at).filter(
      (a) => actDate(a) >= oldest && actDate(a) <= c.today,
    );
    const messages: Record<string, string[]> = {};
    for (const id of planMessageFetches(c, acts)) {
      messages[id] = exists('sick-athlete', `dataset/messages/${id}.json`)
        ? messageTexts(readJson('sick-athlete', `dataset/messages/${id}.json`))
        : [];
    }
    const athlete = readJson('sick-athlete', 'dataset/athlete.json');
    const rows = formatActivities(c, {
      activities28d: acts,
      intervalActivityIds: new Set(),
      intervalsData: readJson('sick-athlete', 'goldens/run-1/intervals.json'),
      tempUnit: athlete.fahrenheit ? 'F' : 'C',
      windUnit: athlete.wind_speed || 'MPS',
      speedUnit: 'KPH',
      units: athleteUnits(athlete),
      snapshot: snapshot(messages),
    });
    const owned = /^(terrain_|weather_|dfa_summary$)/;
    const strip = (r: Dict) => Object.fromEntries(Object.entries(r).filter(([k]) => !owned.test(k)));
    const golden = readJson('sick-athlete', 'goldens/run-1/latest.json').recent_activities;
    expect(rows.map(strip)).toEqual(golden.map(strip));
    expect(rows[0].chat_notes).toEqual(['Cutting it short, feeling rough']);
  });
});
