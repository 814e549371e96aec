import { describe, it, expect } from '@jest/globals';
import { calculateDfaA1Profile as profileOf } from '../../src/derive/intervals/index.js';
import type { IntervalsWithDfa } from '../../src/derive/intervals/dfa-profile.js';
import { buildDfaSummary } from '../../src/derive/intervals/dfa-summary.js';
import type { DfaBlock } from '../../src/contract/index.js';
import type { Dict } from '../../src/lib/py/index.js';
import { ctxAt } from './helpers.js';

const ctx = ctxAt('2025-07-22T06:00:00');
/** the fixtures are partial intervals.json entries (only what the profile reads) */
const calculateDfaA1Profile = (c: typeof ctx, data: unknown) => profileOf(c, data as IntervalsWithDfa | null);

function crossing(marker: number, eligible: boolean, reason = 'ok', hr = 150, watts = 230): Dict {
  return {
    marker_dfa_a1: marker,
    secs_in_band: 300,
    contiguous_secs: 300,
    n_qualifying_segments: reason === 'ok' ? 1 : 0,
    n_eligible_segments: eligible ? 1 : 0,
    reason,
    estimate_eligible: eligible,
    estimate_reason: eligible ? 'ok' : reason === 'ok' ? 'non_stationary_power' : reason,
    avg_hr: reason === 'ok' ? hr : null,
    avg_watts: reason === 'ok' ? watts : null,
  };
}

function entry(id: string, start: string, type: string, dfa: Partial<Dict> & { sufficient?: boolean; lt1?: Dict; lt2?: Dict }): Dict {
  const sufficient = dfa.sufficient ?? true;
  return {
    activity_id: id,
    date: start.slice(0, 10),
    start_datetime: start,
    type,
    name: id,
    intervals: [],
    dfa: {
      avg: sufficient ? (dfa.avg ?? 0.8) : null,
      tiz_easy: sufficient ? { secs: 100, pct: 10.0 } : null,
      tiz_endurance: sufficient ? { secs: 900, pct: 90.0 } : null,
      tiz_tempo: null,
      tiz_supra: null,
      drift: sufficient ? { first_third_avg: 0.9, last_third_avg: 0.8, delta: -0.1, interpretable: true } : null,
      easy_guard_crossing: sufficient ? crossing(1.0, false, 'no_samples_in_band') : null,
      lt1_crossing: sufficient ? (dfa.lt1 ?? crossing(0.75, false, 'no_samples_in_band')) : null,
      lt2_crossing: sufficient ? (dfa.lt2 ?? crossing(0.5, false, 'no_samples_in_band')) : null,
      quality: { valid_secs: 1000, total_secs: 1100, valid_pct: dfa.valid_pct ?? 90.0, sufficient },
    },
  };
}

describe('calculateDfaA1Profile', () => {
  it('is null without intervals data or without any DFA session', () => {
    expect(calculateDfaA1Profile(ctx, null)).toBeNull();
    expect(calculateDfaA1Profile(ctx, { activities: [{ activity_id: 'a', intervals: [{ type: 'WORK' }] }] })).toBeNull();
  });

  it('latest_session is the most recent sufficient session by start time, else the latest at all', () => {
    const data = {
      activities: [
        entry('am', '2025-07-21T07:00:00', 'VirtualRide', { avg: 0.7 }),
        entry('pm', '2025-07-21T18:00:00', 'Ride', { sufficient: false, valid_pct: 40.0 }),
        entry('old', '2025-07-15T07:00:00', 'Run', {}),
      ],
    };
    const p = calculateDfaA1Profile(ctx, data)!;
    expect(p.latest_session).toMatchObject({ activity_id: 'am', sport: 'VirtualRide', validated: true, avg: 0.7, sufficient: true });
    expect(p.latest_session.tiz_split_pct).toEqual({ easy: 10.0, endurance: 90.0, tempo: 0.0, supra: 0.0 });

    const onlyInsufficient = calculateDfaA1Profile(ctx, {
      activities: [entry('pm', '2025-07-21T18:00:00', 'Run', { sufficient: false, valid_pct: 40.0 })],
    })!;
    expect(onlyInsufficient.latest_session).toMatchObject({
      activity_id: 'pm',
      validated: false,
      avg: null,
      quality_pct: 40.0,
      sufficient: false,
    });
    expect(onlyInsufficient.trailing_by_sport).toEqual({});
  });

  it('trailing_by_sport gates estimates on >= 3 estimate-eligible sessions and splits cycling watts by environment', () => {
    const acts = [
      entry('r1', '2025-07-21T07:00:00', 'Ride', { lt1: crossing(0.75, true, 'ok', 150, 240) }),
      entry('r2', '2025-07-20T07:00:00', 'VirtualRide', { lt1: crossing(0.75, true, 'ok', 152, 220) }),
      entry('r3', '2025-07-19T07:00:00', 'Ride', { lt1: crossing(0.75, true, 'ok', 149, 245) }),
      entry('r4', '2025-07-18T07:00:00', 'Ride', { lt1: crossing(0.75, false), lt2: crossing(0.5, false) }),
    ];
    const cyc = calculateDfaA1Profile(ctx, { activities: acts })!.trailing_by_sport.cycling;
    expect(cyc.n_sessions).toBe(4);
    expect(cyc.date_range).toEqual(['2025-07-18', '2025-07-21']);
    expect([cyc.lt1_crossing_sessions, cyc.lt1_eligible_sessions, cyc.lt1_reason]).toEqual([4, 3, 'ok']);
    expect(cyc.lt1_estimate).toEqual({
      marker_dfa_a1: 0.75,
      hr: 150, // round(451 / 3)
      watts_outdoor: 242, // round(485 / 2) half-even
      watts_indoor: 220,
      n_sessions: 3,
      n_sessions_outdoor: 2,
      n_sessions_indoor: 1,
    });
    // zero eligible, one dwell-qualified crossing rejected for stationarity: that is the blocker
    expect([cyc.lt2_estimate, cyc.lt2_reason]).toEqual([null, 'non_stationary_power']);
    expect(cyc.easy_guard_reason).toBe('no_samples_in_band');
    expect(cyc.confidence).toBe('low');
    expect(cyc.validated).toBe(true);
    expect(cyc.note).toBeUndefined();
  });

  it('other sports pool watts, are not validated and carry the note', () => {
    const runs = [1, 2, 3, 4, 5, 6, 7, 8].map((d) =>
      entry(`run${d}`, `2025-07-${String(10 + d).padStart(2, '0')}T07:00:00`, 'Run', { lt2: crossing(0.5, true, 'ok', 170, 300 + d) }),
    );
    const run = calculateDfaA1Profile(ctx, { activities: runs })!.trailing_by_sport.run;
    expect(run.n_sessions).toBe(7); // the latest 7 only
    expect(run.lt2_estimate).toEqual({ marker_dfa_a1: 0.5, hr: 170, watts: 305, n_sessions: 7 });
    expect(run.confidence).toBe('high');
    expect(run.validated).toBe(false);
    expect(run.note).toContain('run thresholds may differ');
  });
});

describe('buildDfaSummary', () => {
  it('dominant band = most raw seconds, exact ties go to the more intense band', () => {
    const block = {
      avg: 0.8,
      tiz_easy: { secs: 500, pct: 50.0 },
      tiz_endurance: { secs: 500, pct: 50.0 },
      tiz_tempo: null,
      tiz_supra: null,
      drift: null,
      lt1_crossing: crossing(0.75, false),
      lt2_crossing: crossing(0.5, true, 'ok', 170, 310),
      quality: { valid_pct: 95.0, sufficient: true },
    };
    // a partial block: only the keys the summary reads
    expect(buildDfaSummary(block as unknown as DfaBlock)).toEqual({
      avg: 0.8,
      dominant_band: 'endurance',
      tiz_pct: { easy: 50.0, endurance: 50.0, tempo: 0.0, supra: 0.0 },
      valid_pct: 95.0,
      sufficient: true,
      lt2_watts: 310,
      lt2_hr: 170,
    });
  });
});
