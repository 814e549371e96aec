import type { Alert, RaceCalendar } from '../../src/contract/index.js';
import { describe, it, expect } from '@jest/globals';
import type { Dict } from '../../src/lib/py/index.js';
import { generateAlerts } from '../../src/derive/readiness/alerts.js';
import { generateRaceAlerts } from '../../src/derive/readiness/race-alerts.js';
import { computeReadinessDecision } from '../../src/derive/readiness/decision.js';
import { greenMetrics, noRace, raceWeek, restedWellness, wellnessDays } from './fixtures.js';

const flatWellness = wellnessDays([60.5, 60.5, 60.5, 60.5, 60.5, 60.5, 60.5], [50, 50, 51, 50, 50, 50, 50]);

interface Scenario {
  dm?: Dict;
  latest?: Dict;
  tsb?: number | null;
  race?: Dict;
  /** alerts override; by default the real alert generator runs on the inputs */
  alerts?: Dict[];
}

/** Runs alerts + race alerts + decision the way the pipeline does. */
function decide(s: Scenario = {}): { rd: Dict; alerts: Dict[] } {
  const dm = greenMetrics(s.dm);
  // hand-built alerts and calendars carry only the keys the decision reads
  const race = (s.race ?? noRace) as RaceCalendar;
  const alerts = (s.alerts as Alert[] | undefined) ?? [
    ...generateAlerts({ derivedMetrics: dm, wellness7d: flatWellness, tss7dTotal: dm.tss_7d_total, tss28dTotal: dm.tss_28d_total }),
    ...generateRaceAlerts(race),
  ];
  const rd = computeReadinessDecision({
    derivedMetrics: dm,
    alerts,
    latestWellness: { ...restedWellness, ...s.latest },
    raceCalendar: race,
    currentTsb: s.tsb === undefined ? -5 : s.tsb,
  });
  return { rd, alerts };
}

const SIX_HOURS = 6 * 3600;
const FOUR_HOURS = 4 * 3600;

// Every priority level and branch of the ladder, from hand-built inputs.
const ladder: { name: string; s: Scenario; expected: Dict }[] = [
  {
    name: 'P0 RI < 0.6 (also a tier-1 alarm)',
    s: { dm: { recovery_index: 0.55 } },
    expected: {
      recommendation: 'skip',
      priority: 0,
      modification: null,
      race_week_defers: false,
      reason: 'P0 safety stop. RI 0.55 < 0.6; tier-1 alarms: recovery_index.',
      alarm_refs: ['recovery_index'],
    },
  },
  {
    name: 'P0 tier-1 alarm alone (HRV low for 3 days)',
    s: {
      alerts: [{ metric: 'hrv', severity: 'alarm', tier: 1, persistence_days: 3 }],
      dm: { latest_hrv: 40, hrv_baseline_7d: 57.1 },
    },
    expected: { recommendation: 'skip', priority: 0, reason: 'P0 safety stop. tier-1 alarms: hrv.', alarm_refs: ['hrv'] },
  },
  {
    name: 'P1 skip: start-of-day ACWR ≥ 1.5 corroborated by a Tier-1 signal (sleep amber)',
    s: { dm: { acwr_start_of_day: { value: 1.55, as_of_date: '2025-06-16' } }, latest: { sleepSecs: SIX_HOURS } },
    expected: {
      recommendation: 'skip',
      priority: 1,
      modification: null,
      race_week_defers: false,
      reason: "P1 acute overload. start-of-day ACWR 1.55 (as of 2025-06-16, today's load excluded) >= 1.5, corroborated by sleep.",
      alarm_refs: [],
    },
  },
  {
    name: 'P1 skip: TSB < -30 with HRV more than 10 % down',
    s: { dm: { latest_hrv: 53.2 }, tsb: -32 },
    expected: {
      recommendation: 'skip',
      priority: 1,
      reason: 'P1 acute overload. TSB -32.0 < -30 with HRV -12.1% below baseline.',
      alarm_refs: [],
    },
  },
  {
    name: 'P1 skip: RI < 0.7 with a persistent tier-1 alert (RI two days below 0.7)',
    s: { dm: { recovery_index: 0.65, recovery_index_yesterday: 0.68 } },
    expected: {
      recommendation: 'skip',
      priority: 1,
      reason: 'P1 acute overload. RI 0.65 < 0.7 with persistent alerts: recovery_index.',
      alarm_refs: ['recovery_index'],
    },
  },
  {
    name: 'P1 modify: TSB < -25 with HRV more than 10 % down, guidance from the amber HRV',
    s: { dm: { latest_hrv: 53.2 }, tsb: -27.5 },
    expected: {
      recommendation: 'modify',
      priority: 1,
      race_week_defers: false,
      alarm_refs: [],
      reason: 'P1 acute overload (modify). TSB -27.5 < -25 with HRV -12.1% below baseline.',
      modification: { triggers: ['hrv'], suggested_adjustments: { intensity: 'reduce', volume: 'preserve', cap_zone: null } },
    },
  },
  {
    name: 'P2 skip: two reds (RHR +6, sleep 4 h)',
    s: { dm: { latest_rhr: 56, rhr_baseline_7d: 50.0 }, latest: { sleepSecs: FOUR_HOURS } },
    expected: {
      recommendation: 'skip',
      priority: 2,
      modification: null,
      race_week_defers: false,
      reason: 'P2 signal count. 2 red (rhr, sleep), 0 amber ().',
      signal_summary: { green: 4, amber: 0, red: 2, unavailable: 0 },
    },
  },
  {
    name: 'P2 modify: one red (sleep 4 h) plus an amber TSB',
    s: { latest: { sleepSecs: FOUR_HOURS }, tsb: -17 },
    expected: {
      recommendation: 'modify',
      priority: 2,
      race_week_defers: false,
      reason: 'P2 signal count. 1 red (sleep), 1 amber (tsb).',
      modification: { triggers: ['sleep', 'tsb'], suggested_adjustments: { intensity: 'reduce', volume: 'reduce', cap_zone: null } },
    },
  },
  {
    name: 'P2 modify: ambers at the default threshold (RHR +3.5, sleep 6 h)',
    s: { dm: { latest_rhr: 54, rhr_baseline_7d: 50.5 }, latest: { sleepSecs: SIX_HOURS } },
    expected: {
      recommendation: 'modify',
      priority: 2,
      reason: 'P2 signal count. 2 amber (rhr, sleep) >= threshold 2.',
      modification: { triggers: ['rhr', 'sleep'], suggested_adjustments: { intensity: 'reduce', volume: 'reduce', cap_zone: null } },
    },
  },
  {
    name: 'P3 go: everything green',
    s: {},
    expected: {
      recommendation: 'go',
      priority: 3,
      modification: null,
      race_week_defers: false,
      alarm_refs: [],
      reason: 'P3 green light. 6 green, 0 amber (threshold 2), 0 red.',
      signal_summary: { green: 6, amber: 0, red: 0, unavailable: 0 },
      phase_context: { phase: 'Base', phase_week: 2, amber_threshold: 2, modifier_applied: 'default' },
    },
  },
  {
    name: 'P3 go with limited data: more than 3 signals unavailable',
    s: {
      dm: {
        latest_hrv: null,
        hrv_baseline_7d: null,
        latest_rhr: null,
        rhr_baseline_7d: null,
        recovery_index: null,
        recovery_index_yesterday: null,
        acwr_start_of_day: null,
      },
      latest: { sleepSecs: null },
      tsb: null,
    },
    expected: {
      recommendation: 'go',
      priority: 3,
      reason: 'P3 green light. 0 green, 0 amber (threshold 2), 0 red. Note: 6 signals unavailable — limited data.',
    },
  },
];

describe('readiness ladder: every priority level', () => {
  it.each(ladder)('$name', ({ s, expected }) => {
    expect(decide(s).rd).toMatchObject(expected);
  });

  it('P0 and P1 report the five primary signals; P2 and P3 add TSB', () => {
    expect(Object.keys(decide({ dm: { recovery_index: 0.55 } }).rd.signals)).toEqual(['hrv', 'rhr', 'sleep', 'acwr', 'ri']);
    expect(Object.keys(decide().rd.signals)).toEqual(['hrv', 'rhr', 'sleep', 'acwr', 'ri', 'tsb']);
    expect(decide({ tsb: -12.34 }).rd.signals.tsb).toEqual({ status: 'green', value: -12.3 });
  });
});

describe('signals', () => {
  it('HRV present only as SDNN: unavailable, with the cause named and nothing substituted', () => {
    const { rd } = decide({ dm: { latest_hrv: null, hrv_baseline_7d: 55.0 }, latest: { hrvSDNN: 48.2 } });
    expect(rd.signals.hrv).toEqual({
      status: 'unavailable',
      value: null,
      baseline_7d: 55.0,
      delta_pct: null,
      reason: 'rmssd_missing_sdnn_available',
    });
  });
  it('no rMSSD and no SDNN: unavailable without a reason key', () => {
    const { rd } = decide({ dm: { latest_hrv: null }, latest: { hrvSDNN: null } });
    expect(rd.signals.hrv).toEqual({ status: 'unavailable', value: null, baseline_7d: 60.5, delta_pct: null });
    expect('reason' in rd.signals.hrv).toBe(false);
  });
  it('rMSSD present but no baseline: unavailable, no reason (the SDNN cause only applies without rMSSD)', () => {
    const { rd } = decide({ dm: { latest_hrv: 52.0, hrv_baseline_7d: null }, latest: { hrvSDNN: 48.2 } });
    expect(rd.signals.hrv).toEqual({ status: 'unavailable', value: 52.0, baseline_7d: null, delta_pct: null });
  });
  it('HRV, RHR and sleep bands', () => {
    const s = (dm: Dict, latest: Dict = {}) => decide({ dm, latest }).rd.signals;
    expect(s({ latest_hrv: 54.4 }).hrv).toMatchObject({ status: 'amber', delta_pct: -10.1 });
    expect(s({ latest_hrv: 54.5 }).hrv).toMatchObject({ status: 'green', delta_pct: -9.9 });
    expect(s({ latest_hrv: 45.0 }).hrv).toMatchObject({ status: 'red', delta_pct: -25.6, value: 45, baseline_7d: 60.5 });
    expect(s({ latest_rhr: 53, rhr_baseline_7d: 50.0 }).rhr).toEqual({ status: 'amber', value: 53, baseline_7d: 50, delta_bpm: 3 });
    expect(s({ latest_rhr: 52, rhr_baseline_7d: 50.0 }).rhr.status).toBe('green');
    expect(s({}, { sleepSecs: 7 * 3600 }).sleep).toEqual({ status: 'green', hours: 7, quality: 2 });
    expect(s({}, { sleepSecs: 7 * 3600 - 60 }).sleep).toEqual({ status: 'amber', hours: 6.98, quality: 2 });
    expect(s({}, { sleepSecs: 5 * 3600 - 60 }).sleep.status).toBe('red');
    expect(s({}, { sleepSecs: 0, sleepQuality: 3 }).sleep).toEqual({ status: 'unavailable', hours: null, quality: 3 });
  });
  it('RI below 0.7 on two consecutive days is amber; on one day it stays green', () => {
    const two = decide({ dm: { recovery_index: 0.65, recovery_index_yesterday: 0.69 } });
    const one = decide({ dm: { recovery_index: 0.65, recovery_index_yesterday: 0.72 } });
    expect(two.rd.signals.ri).toEqual({ status: 'amber', value: 0.65, value_yesterday: 0.69 });
    expect(two.alerts.map((a) => a.metric)).toEqual(['recovery_index']);
    expect(one.rd.signals.ri).toEqual({ status: 'green', value: 0.65, value_yesterday: 0.72 });
    expect(one.alerts).toEqual([]);
    expect(one.rd).toMatchObject({ recommendation: 'go', priority: 3 });
    expect(two.rd).toMatchObject({ recommendation: 'skip', priority: 1 });
  });
});

describe('start-of-day ACWR (v3.127)', () => {
  it('ACWR ≥ 1.5 without a corroborating Tier-1 signal is an ordinary P2 red, not a P1 skip', () => {
    const { rd } = decide({ dm: { acwr_start_of_day: { value: 1.62, as_of_date: '2025-06-16' } } });
    expect(rd).toMatchObject({
      recommendation: 'modify',
      priority: 2,
      reason: 'P2 signal count. 1 red (acwr), 0 amber ().',
      modification: { triggers: ['acwr'], suggested_adjustments: { intensity: 'reduce', volume: 'reduce', cap_zone: 'Z2' } },
    });
    expect(rd.signals.acwr).toEqual({
      status: 'red',
      value: 1.62,
      scope: 'start_of_day',
      as_of_date: '2025-06-16',
      current_day_load_included: false,
    });
  });
  it('with a corroborating red RHR it skips at P1 and names every corroborating signal', () => {
    const { rd } = decide({
      dm: { acwr_start_of_day: { value: 1.5, as_of_date: '2025-06-16' }, latest_rhr: 56, rhr_baseline_7d: 50.0, latest_hrv: 53.2 },
    });
    expect(rd.priority).toBe(1);
    expect(rd.reason).toBe(
      "P1 acute overload. start-of-day ACWR 1.5 (as of 2025-06-16, today's load excluded) >= 1.5, corroborated by hrv, rhr.",
    );
  });
  it('a TSB amber does not corroborate (only hrv, rhr, sleep, ri do)', () => {
    const { rd } = decide({ dm: { acwr_start_of_day: { value: 1.55, as_of_date: '2025-06-16' } }, tsb: -20 });
    expect(rd).toMatchObject({ recommendation: 'modify', priority: 2, reason: 'P2 signal count. 1 red (acwr), 1 amber (tsb).' });
  });
  it('a workout completed today moves the live ACWR and its alert, never the decision', () => {
    const morning = decide({ dm: { acwr: 1.2, acwr_start_of_day: { value: 1.2, as_of_date: '2025-06-16' } } });
    const evening = decide({ dm: { acwr: 1.62, acwr_start_of_day: { value: 1.2, as_of_date: '2025-06-16' } } });
    expect(morning.alerts).toEqual([]);
    expect(evening.alerts).toHaveLength(1);
    expect(evening.alerts[0]).toMatchObject({
      metric: 'acwr',
      severity: 'alarm',
      value: 1.62,
      readiness_eligible: false,
      scope: 'live_retrospective',
    });
    expect(evening.rd).toEqual(morning.rd);
    expect(evening.rd.signals.acwr).toMatchObject({ value: 1.2, status: 'green', current_day_load_included: false });
  });
  it('no start-of-day block: the ACWR signal is unavailable', () => {
    expect(decide({ dm: { acwr_start_of_day: null } }).rd.signals.acwr).toEqual({
      status: 'unavailable',
      value: null,
      scope: 'start_of_day',
      as_of_date: null,
      current_day_load_included: false,
    });
  });
});

describe('P1 persistence gating', () => {
  const ri65 = { recovery_index: 0.65, recovery_index_yesterday: 0.75 }; // single-day dip: green, no RI alert
  const alert = (severity: string, persistence: number | null, tier = 1): Dict => ({
    metric: 'hrv',
    severity,
    tier,
    persistence_days: persistence,
  });

  it('a tier-1 warning persisting 2 days with RI < 0.7 → P1 skip citing it', () => {
    const { rd } = decide({ dm: ri65, alerts: [alert('warning', 2)] });
    expect(rd).toMatchObject({
      recommendation: 'skip',
      priority: 1,
      alarm_refs: ['hrv'],
      reason: 'P1 acute overload. RI 0.65 < 0.7 with persistent alerts: hrv.',
    });
  });
  it('persisting 1 day → no P1', () => {
    expect(decide({ dm: ri65, alerts: [alert('warning', 1)] }).rd.priority).toBe(3);
  });
  it('info severity never counts, whatever its persistence', () => {
    expect(decide({ dm: ri65, alerts: [alert('info', 5)] }).rd.priority).toBe(3);
  });
  it('a tier-2 warning never counts', () => {
    expect(decide({ dm: ri65, alerts: [alert('warning', 3, 2)] }).rd.priority).toBe(3);
  });
  it('RI at 0.7 does not trigger the rule', () => {
    expect(decide({ dm: { recovery_index: 0.7, recovery_index_yesterday: 0.6 }, alerts: [alert('warning', 2)] }).rd.priority).toBe(3);
  });
  it('a tier-1 alarm is caught earlier, at P0', () => {
    expect(decide({ dm: ri65, alerts: [alert('alarm', 3)] }).rd.priority).toBe(0);
  });
  it('race alerts are tier 1 but info/warning without persistence: they never reach P0 or P1', () => {
    const { rd } = decide({ dm: ri65, race: raceWeek({ projected_race_day_tsb: 2 }) });
    expect(rd.priority).toBe(3);
  });
});

describe('phase modifiers', () => {
  const twoAmbers = { latest_rhr: 54, rhr_baseline_7d: 50.5 };
  const sixHours = { sleepSecs: SIX_HOURS };
  it('Build loosens: two ambers stay green, TSB -17 is green (amber below -20)', () => {
    const { rd } = decide({
      dm: { ...twoAmbers, phase_detection: { phase: 'Build', phase_duration_weeks: 3 } },
      latest: sixHours,
      tsb: -17,
    });
    expect(rd).toMatchObject({
      recommendation: 'go',
      priority: 3,
      reason: 'P3 green light. 4 green, 2 amber (threshold 3), 0 red.',
      phase_context: { phase: 'Build', phase_week: 3, amber_threshold: 3, modifier_applied: 'build_loosened' },
    });
    expect(rd.signals.tsb.status).toBe('green');
  });
  it('default: TSB -17 is amber', () => {
    expect(decide({ tsb: -17 }).rd.signals.tsb).toEqual({ status: 'amber', value: -17 });
  });
  it('Taper tightens: one amber modifies', () => {
    const { rd } = decide({ dm: { phase_detection: { phase: 'Taper', phase_duration_weeks: 1 } }, latest: sixHours });
    expect(rd).toMatchObject({
      recommendation: 'modify',
      priority: 2,
      reason: 'P2 signal count. 1 amber (sleep) >= threshold 1.',
      race_week_defers: false,
      phase_context: { modifier_applied: 'taper_tightened', amber_threshold: 1 },
      modification: { triggers: ['sleep'], suggested_adjustments: { intensity: 'preserve', volume: 'reduce', cap_zone: null } },
    });
  });
  it('race week overrides the phase and defers the modification to the race-week protocol', () => {
    const { rd } = decide({ dm: { phase_detection: { phase: 'Build', phase_duration_weeks: 5 } }, latest: sixHours, race: raceWeek() });
    expect(rd).toMatchObject({
      recommendation: 'modify',
      priority: 2,
      race_week_defers: true,
      phase_context: { phase: 'Build', amber_threshold: 1, modifier_applied: 'race_week_tightened' },
    });
  });
  it('race week with two reds skips and does not defer', () => {
    const { rd } = decide({ dm: { latest_rhr: 56, rhr_baseline_7d: 50.0 }, latest: { sleepSecs: FOUR_HOURS }, race: raceWeek() });
    expect(rd).toMatchObject({ recommendation: 'skip', priority: 2, race_week_defers: false, modification: null });
  });
  it('tighten_red is documented as "single red = Skip" but a single red modifies in every phase', () => {
    const red = { latest: { sleepSecs: FOUR_HOURS } };
    const taper = decide({ ...red, dm: { phase_detection: { phase: 'Taper', phase_duration_weeks: 1 } } }).rd;
    const base = decide(red).rd;
    expect(taper.recommendation).toBe('modify');
    expect({ ...taper, phase_context: null }).toEqual({ ...base, phase_context: null });
  });
});

describe('reference behaviour kept on purpose', () => {
  it('P1 modify triggered by a RED HRV builds its guidance from amber signals only: empty triggers, preserve/preserve', () => {
    // HRV -25.6 % (red) with TSB -27: the TSB+HRV compound rule fires P1 modify, but the guidance
    // is built from the amber list, which is empty (sync.py v3.128; peak-block run 1 golden)
    const { rd, alerts } = decide({ dm: { latest_hrv: 45.0 }, tsb: -27 });
    expect(alerts.map((a) => `${a.metric}:${a.severity}`)).toEqual(['hrv:warning']);
    expect(rd).toMatchObject({
      recommendation: 'modify',
      priority: 1,
      reason: 'P1 acute overload (modify). TSB -27.0 < -25 with HRV -25.6% below baseline.',
      modification: { triggers: [], suggested_adjustments: { intensity: 'preserve', volume: 'preserve', cap_zone: null } },
    });
  });
});
