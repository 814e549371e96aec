import { describe, it, expect } from '@jest/globals';
import * as v from 'valibot';
import { PlannedWorkout, strictVariant } from '../../src/contract/index.js';
import { formatEvents } from '../../src/derive/calendar/index.js';
import { splitCoachNotes } from '../../src/derive/calendar/planned.js';
import { makeContext } from '../../src/derive/context.js';
import { NaiveDateTime } from '../../src/lib/naive-time.js';
import { actDate } from '../../src/derive/sports.js';
import { atTime, readJson, runAt } from './rig.js';

const ctx = makeContext(NaiveDateTime.parse('2025-06-10T07:00:00'), {
  daysBack: 7,
  weekStartDay: 0,
  zonePreference: {},
  producerVersion: 'test',
  scriptHash: 'x',
});

const intervalsDoc = {
  steps: [{ duration: 600 }, { reps: 4, steps: [{ duration: 240, _power: { value: 300 } }, { duration: 120 }] }, { duration: 300 }],
};

describe('formatEvents (planned_workouts)', () => {
  it('emits the row fields, start time, indoor flag and has_terrain', () => {
    const { planned } = formatEvents(
      ctx,
      [
        {
          id: 7,
          category: 'WORKOUT',
          start_date_local: '2025-06-11T17:30:00',
          name: 'VO2',
          type: 'VirtualRide',
          icu_training_load: 80,
          moving_time: 3725,
          indoor: true,
          workout_doc: intervalsDoc,
          description: 'NOTE: fuel well\n\nNOTE: hydrate\n- 4x4m\nCooldown',
        },
      ],
      new Set(['7']),
    );
    expect(planned[0]).toEqual({
      id: 7,
      date: '2025-06-11',
      name: 'VO2',
      type: 'WORKOUT',
      sport_type: 'VirtualRide',
      planned_tss: 80,
      duration_hours: 1.03,
      duration_formatted: '1h2m5s',
      workout_summary: '10m | 4×4m @300W / 2m rec | 5m',
      has_terrain: true,
      coach_notes: ['fuel well', 'hydrate'],
      start_time: '17:30',
      indoor: true,
      description: '- 4x4m\nCooldown',
    });
    // written in the reference's key order: the optional keys after has_terrain, the description tier last
    expect(Object.keys(planned[0]).slice(9)).toEqual(['has_terrain', 'coach_notes', 'start_time', 'indoor', 'description']);
  });

  it('keeps full descriptions for days 0-7 and a 3-line preview beyond, only without a summary', () => {
    const desc = 'Line 1\n\n  Line 2  \nLine 3\nLine 4';
    const { planned } = formatEvents(ctx, [
      { id: 1, category: 'WORKOUT', start_date_local: '2025-06-17T00:00:00', description: desc },
      { id: 2, category: 'WORKOUT', start_date_local: '2025-06-18T00:00:00', description: desc },
      { id: 3, category: 'WORKOUT', start_date_local: '2025-06-18T00:00:00', description: desc, workout_doc: intervalsDoc },
      { id: 4, category: 'NOTE', start_date_local: '2025-06-20T00:00:00', description: '   ' },
    ]);
    expect(planned[0].description).toBe(desc);
    expect(planned[0]).not.toHaveProperty('start_time');
    expect(planned[1]).not.toHaveProperty('description');
    expect(planned[1].description_preview).toBe('Line 1\nLine 2\nLine 3');
    expect(planned[2]).not.toHaveProperty('description_preview');
    expect(planned[3].description_preview).toBeNull();
    for (const row of planned) expect(v.safeParse(strictVariant(PlannedWorkout), row).issues ?? []).toEqual([]);
  });

  it('counts only training categories as bail_no_workout_doc (v3.128)', () => {
    const flatDoc = { steps: [{ duration: 600 }, { duration: 1800, _power: { value: 200 } }] };
    const sprintDoc = {
      steps: [
        { duration: 600, _power: { value: 150 } },
        ...Array.from({ length: 4 }, () => [
          { duration: 10, _power: { value: 600 } },
          { duration: 170, _power: { value: 140 } },
        ]).flat(),
      ],
    };
    const { summaryStats, planned } = formatEvents(ctx, [
      { category: 'WORKOUT', start_date_local: '2025-06-10', workout_doc: intervalsDoc },
      { category: 'WORKOUT', start_date_local: '2025-06-10', workout_doc: sprintDoc },
      { category: 'WORKOUT', start_date_local: '2025-06-10', workout_doc: flatDoc },
      { category: 'WORKOUT', start_date_local: '2025-06-10', workout_doc: { steps: [] }, description: 'text' },
      { category: 'RACE_B', start_date_local: '2025-06-10', description: 'race plan' },
      { category: 'SICK', start_date_local: '2025-06-10', description: 'flu' },
      { category: 'NOTE', start_date_local: '2025-06-10', description: 'note' },
    ]);
    expect(summaryStats).toEqual({
      attempted: 3,
      success: 2,
      patternA: 1,
      patternB: 1,
      bail_no_workout_doc: 2,
      bail_no_match: 1,
    });
    // ids default to unknown_N (1-based position) and has_terrain is false without a route
    expect(planned[4].id).toBe('unknown_5');
    expect(planned[4].has_terrain).toBe(false);
    expect(planned[1].workout_summary).toBe('10m @150W | 4×10s @600W / 2m50s rec');
  });

  it('parses NOTE: lines only before the workout text', () => {
    expect(splitCoachNotes('note: a\n\nNOTE:\nNOTE: b\nmain\nNOTE: later')).toEqual({
      notes: ['a', 'b'],
      clean: 'main\nNOTE: later',
    });
  });

  it('reproduces the vendored sick-athlete planned_workouts and stats', () => {
    const at = runAt('sick-athlete', 1);
    const golden = readJson('sick-athlete', 'goldens/run-1/latest.json');
    const today = at.slice(0, 10);
    const c = makeContext(NaiveDateTime.parse(at), {
      daysBack: 7,
      weekStartDay: 0,
      zonePreference: {},
      producerVersion: 't',
      scriptHash: 'x',
    });
    const limit = c.now.addDays(42).date();
    const events = atTime(readJson('sick-athlete', 'dataset/events.json'), at).filter((e) => actDate(e) >= today && actDate(e) <= limit);
    const { planned, summaryStats } = formatEvents(c, events);
    expect(planned).toEqual(golden.planned_workouts);
    expect(summaryStats).toEqual(golden.workout_summary_stats);
  });
});
