import type { DerivedMetrics } from '../../src/contract/index.js';
import { describe, it, expect } from '@jest/globals';
import type { Dict } from '../../src/lib/py/index.js';
import { countHrvLowDays, countRhrHighDays, detectDeloadContext, generateAlerts } from '../../src/derive/readiness/alerts.js';
import { generateRaceAlerts } from '../../src/derive/readiness/race-alerts.js';
import { greenMetrics, raceWeek, wellnessDays } from './fixtures.js';

const flatWellness = wellnessDays([60.5, 60.5, 60.5, 60.5, 60.5, 60.5, 60.5], [50, 50, 51, 50, 50, 50, 50]);

function alertsFor(dm: Dict, wellness: Dict[] = flatWellness): Dict[] {
  return generateAlerts({
    derivedMetrics: dm as DerivedMetrics,
    wellness7d: wellness,
    tss7dTotal: dm.tss_7d_total,
    tss28dTotal: dm.tss_28d_total,
  });
}

describe('generateAlerts: the green athlete raises nothing', () => {
  it('empty array = green light', () => {
    expect(alertsFor(greenMetrics())).toEqual([]);
  });
});

// Each row perturbs the green athlete and names the one alert it must raise (a subset match).
const singleAlertCases: { name: string; dm: Dict; wellness?: Dict[]; expected: Dict }[] = [
  {
    name: 'live ACWR ≥ 1.35 → alarm, reporting only',
    dm: { acwr: 1.4 },
    expected: {
      metric: 'acwr',
      value: 1.4,
      severity: 'alarm',
      threshold: '1.35',
      tier: 2,
      persistence_days: null,
      scope: 'live_retrospective',
      readiness_eligible: false,
    },
  },
  {
    name: 'live ACWR exactly 1.3 → warning',
    dm: { acwr: 1.3 },
    expected: { metric: 'acwr', severity: 'warning', threshold: '1.3', scope: 'live_retrospective', readiness_eligible: false },
  },
  {
    name: 'monotony ≥ 2.5 → alarm',
    dm: { monotony: 2.6, effective_monotony: 2.6 },
    expected: {
      metric: 'monotony',
      value: 2.6,
      severity: 'alarm',
      threshold: 2.5,
      tier: 2,
      context: 'Monotony 2.6 ≥ 2.5. Overuse risk elevated. Vary training load.',
    },
  },
  {
    name: 'monotony 2.3 → warning',
    dm: { monotony: 2.3, effective_monotony: 2.3 },
    expected: {
      metric: 'monotony',
      severity: 'warning',
      threshold: 2.3,
      context: 'Monotony 2.3 approaching overuse threshold. Alarm at 2.5.',
    },
  },
  {
    name: 'multi-sport: primary-sport monotony decides, total named in the note',
    dm: { monotony: 2.8, primary_sport_monotony: 2.4, effective_monotony: 2.4, multi_sport_detected: true },
    expected: {
      metric: 'monotony',
      severity: 'warning',
      value: 2.4,
      context:
        'Monotony 2.4 approaching overuse threshold. Alarm at 2.5. (total monotony 2.8 inflated by multi-sport training; Ride monotony 2.4 used for alerting)',
    },
  },
  {
    name: 'strain > 3500 → alarm (a float: prints 3600.0)',
    dm: { strain: 3600 },
    expected: {
      metric: 'strain',
      value: 3600,
      severity: 'alarm',
      threshold: 3500,
      context: 'Strain 3600.0 > 3500. High cumulative stress. Consider load reduction.',
    },
  },
  {
    name: 'RI < 0.6 → immediate alarm (tier 1)',
    dm: { recovery_index: 0.55 },
    expected: {
      metric: 'recovery_index',
      value: 0.55,
      severity: 'alarm',
      threshold: 0.6,
      tier: 1,
      persistence_days: null,
      context: 'RI 0.55 < 0.6. Immediate deload required.',
    },
  },
  {
    name: 'RI < 0.7 today and yesterday → warning persisting 2 days',
    dm: { recovery_index: 0.65, recovery_index_yesterday: 0.69 },
    expected: {
      metric: 'recovery_index',
      severity: 'warning',
      threshold: 0.7,
      persistence_days: 2,
      tier: 1,
      context: 'RI 0.65 < 0.7 for 2+ consecutive days (yesterday 0.69). Monitor — if persists 3+ days, deload review required.',
    },
  },
  {
    name: 'HRV ≥ 20 % below baseline on one day → warning',
    dm: { latest_hrv: 45.5, hrv_baseline_7d: 57.0 },
    wellness: wellnessDays([60.1, 62.0, 61.5, 60.0, 63.0, 47.0, 45.5], [50, 50, 50, 50, 50, 50, 50]),
    expected: {
      metric: 'hrv',
      value: 45.5,
      severity: 'warning',
      tier: 1,
      persistence_days: 1,
      threshold: '↓>20% vs baseline (57.0)',
      context: 'HRV 45.5 is 20.2% below baseline. Monitor — alarm if persists >2 days.',
    },
  },
  {
    name: 'HRV low for 3 days → alarm; integral rMSSD prints as a Python int, the baseline as a float',
    dm: { latest_hrv: 40, hrv_baseline_7d: 57.1 },
    wellness: wellnessDays([70, 70, 70, 70, 40, 40, 40], [50, 50, 50, 50, 50, 50, 50]),
    expected: {
      metric: 'hrv',
      value: 40,
      severity: 'alarm',
      persistence_days: 3,
      threshold: '↓>20% vs baseline (57.1)',
      context: 'HRV 40 is 29.9% below baseline, persisting 3 days.',
    },
  },
  {
    name: 'RHR ≥ 5 bpm up → warning; an exact mean of integer RHRs is an int baseline',
    dm: { latest_rhr: 57, rhr_baseline_7d: 51 },
    wellness: wellnessDays([60.5, 60.5, 60.5, 60.5, 60.5, 60.5, 60.5], [50, 50, 50, 50, 50, 50, 57]),
    expected: {
      metric: 'rhr',
      value: 57,
      severity: 'warning',
      persistence_days: 1,
      tier: 1,
      threshold: '↑≥5bpm vs baseline (51)',
      context: 'RHR 57 is 6bpm above baseline. Monitor — alarm if persists >2 days.',
    },
  },
  {
    name: 'RHR up for 3 days → alarm',
    dm: { latest_rhr: 58, rhr_baseline_7d: 50.6 },
    wellness: wellnessDays([60.5, 60.5, 60.5, 60.5, 60.5, 60.5, 60.5], [45, 45, 45, 45, 58, 58, 58]),
    expected: {
      metric: 'rhr',
      severity: 'alarm',
      persistence_days: 3,
      threshold: '↑≥5bpm vs baseline (50.6)',
      context: 'RHR 58 is 7.4bpm above baseline, persisting 3 days.',
    },
  },
  {
    name: 'durability: 28d mean > 5 % with N28 ≥ 5 → alarm',
    dm: {
      capability: {
        durability: {
          mean_decoupling_28d: 5.5,
          mean_decoupling_7d: 5.0,
          trend: 'stable',
          qualifying_sessions_7d: 2,
          qualifying_sessions_28d: 5,
          high_drift_count_7d: 1,
        },
      },
    },
    expected: {
      metric: 'durability',
      value: 5.5,
      severity: 'alarm',
      tier: 3,
      threshold: '28d mean > 5% (N28>=5)',
      context: 'Sustained high decoupling (5.5% 28d mean). Aerobic efficiency concern — review volume and recovery.',
    },
  },
  {
    name: 'durability: declining by > 2 points with N7 ≥ 3, N28 ≥ 5 → warning',
    dm: {
      capability: {
        durability: {
          mean_decoupling_28d: 4.0,
          mean_decoupling_7d: 6.2,
          trend: 'declining',
          qualifying_sessions_7d: 3,
          qualifying_sessions_28d: 5,
          high_drift_count_7d: 2,
        },
      },
    },
    expected: {
      metric: 'durability',
      value: 6.2,
      severity: 'warning',
      threshold: '7d > 28d by > 2% (N7>=3, N28>=5)',
      context: 'Durability declining: 7d mean decoupling 6.2% vs 28d 4.0%. Check fatigue and recovery.',
    },
  },
  {
    name: 'durability: 3 high-drift sessions → warning, no reliability gate',
    dm: {
      capability: {
        durability: {
          mean_decoupling_28d: null,
          mean_decoupling_7d: 7.0,
          trend: null,
          qualifying_sessions_7d: 3,
          qualifying_sessions_28d: 3,
          high_drift_count_7d: 3,
        },
      },
    },
    expected: {
      metric: 'durability',
      value: 3,
      severity: 'warning',
      threshold: '>= 3 sessions with >5% decoupling in 7d',
      context: 'Repeated poor durability: 3 sessions with >5% decoupling in last 7 days.',
    },
  },
  {
    name: 'TID acute depolarization → warning',
    dm: {
      capability: {
        tid_comparison: {
          drift: 'acute_depolarization',
          pi_7d: 1.9,
          pi_28d: 2.0,
          classification_7d: 'pyramidal',
          classification_28d: 'polarized',
        },
      },
    },
    expected: {
      metric: 'tid_distribution',
      value: 1.9,
      severity: 'warning',
      tier: 3,
      threshold: '7d PI < 2.0, 28d PI >= 2.0',
      context: 'Acute depolarization: 7d PI 1.9 vs 28d PI 2.0. Grey zone or threshold work displacing polarized structure.',
    },
  },
  {
    name: 'TID shifting → warning',
    dm: {
      capability: {
        tid_comparison: { drift: 'shifting', pi_7d: null, pi_28d: 2.2, classification_7d: 'pyramidal', classification_28d: 'polarized' },
      },
    },
    expected: {
      metric: 'tid_distribution',
      value: 'pyramidal',
      severity: 'warning',
      threshold: '7d/28d classification mismatch',
      context: 'TID shift: 7d pyramidal vs 28d polarized. Training distribution changing.',
    },
  },
];

describe('generateAlerts: every alert type', () => {
  it.each(singleAlertCases)('$name', ({ dm, wellness, expected }) => {
    const alerts = alertsFor(greenMetrics(dm), wellness);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject(expected);
  });

  it('the live ACWR context prints the float as Python does (2.0, not 2)', () => {
    const [a] = alertsFor(greenMetrics({ acwr: 2 }));
    expect(a.context).toMatch(/^Live ACWR 2\.0 crossed the 1\.35 reporting threshold\. /);
    expect(a.context).toContain("Today's readiness used readiness_decision.signals.acwr (start-of-day).");
  });
});

describe('generateAlerts: thresholds and gates that must stay quiet', () => {
  const quiet: { name: string; dm: Dict }[] = [
    { name: 'live ACWR 1.29', dm: { acwr: 1.29 } },
    { name: 'low live ACWR (undertraining is not an alert)', dm: { acwr: 0.4 } },
    { name: 'monotony 2.29', dm: { monotony: 2.29, effective_monotony: 2.29 } },
    { name: 'strain exactly 3500', dm: { strain: 3500 } },
    { name: 'RI 0.65 on a single day (yesterday 0.75)', dm: { recovery_index: 0.65, recovery_index_yesterday: 0.75 } },
    { name: 'RI 0.65 with no yesterday value', dm: { recovery_index: 0.65, recovery_index_yesterday: null } },
    {
      name: 'durability alarm below the N28 gate',
      dm: {
        capability: {
          durability: {
            mean_decoupling_28d: 6.0,
            mean_decoupling_7d: 6.0,
            trend: 'stable',
            qualifying_sessions_7d: 4,
            qualifying_sessions_28d: 4,
            high_drift_count_7d: 2,
          },
        },
      },
    },
    {
      name: 'durability decline below the N7 gate',
      dm: {
        capability: {
          durability: {
            mean_decoupling_28d: 3.0,
            mean_decoupling_7d: 6.0,
            trend: 'declining',
            qualifying_sessions_7d: 2,
            qualifying_sessions_28d: 8,
            high_drift_count_7d: 2,
          },
        },
      },
    },
    { name: 'no capability block at all', dm: { capability: {} } },
    { name: 'HRV 19 % below baseline', dm: { latest_hrv: 49.0, hrv_baseline_7d: 60.5 } },
    { name: 'RHR 4.9 bpm above baseline', dm: { latest_rhr: 55, rhr_baseline_7d: 50.1 } },
  ];
  it.each(quiet)('$name', ({ dm }) => {
    expect(alertsFor(greenMetrics(dm))).toEqual([]);
  });
});

describe('deload week suppresses the monotony load alerts to info', () => {
  it('7d TSS 40 % below the 28d weekly average downgrades an alarm to info', () => {
    const [a] = alertsFor(greenMetrics({ monotony: 2.6, effective_monotony: 2.6, tss_7d_total: 300, tss_28d_total: 2000 }));
    expect(a).toMatchObject({ metric: 'monotony', severity: 'info', threshold: 2.5, tier: 2 });
    expect(a.context).toBe(
      'Monotony 2.6 ≥ 2.5 but deload pattern detected (7-day TSS 300 is 40% below 28-day weekly avg 500). Structural artifact, not overuse risk. Will normalize as 7-day window rolls forward.',
    );
  });
  it('and a warning to info', () => {
    const [a] = alertsFor(greenMetrics({ monotony: 2.4, effective_monotony: 2.4, tss_7d_total: 300, tss_28d_total: 2000 }));
    expect(a).toMatchObject({ severity: 'info', threshold: 2.3 });
    expect(a.context).toMatch(/^Monotony 2\.4 approaching threshold but deload pattern detected .*\. Expected, not actionable\.$/);
  });
  it('a deficit just under 20 % keeps the alarm', () => {
    expect(alertsFor(greenMetrics({ effective_monotony: 2.6, monotony: 2.6, tss_7d_total: 401, tss_28d_total: 2000 }))[0].severity).toBe(
      'alarm',
    );
    expect(alertsFor(greenMetrics({ effective_monotony: 2.6, monotony: 2.6, tss_7d_total: 400, tss_28d_total: 2000 }))[0].severity).toBe(
      'info',
    );
  });
  it('detectDeloadContext: no 28d load → none; Python rounding of the figures', () => {
    expect(detectDeloadContext(0, 0)).toBeNull();
    expect(detectDeloadContext(100, 0)).toBeNull();
    expect(detectDeloadContext(450, 2000)).toBeNull(); // 10 % deficit
    // 7d 250.5 → round half-even 250; weekly avg 562.5 → 562; deficit 55.47 → 55
    expect(detectDeloadContext(250.5, 2250)).toBe('deload pattern detected (7-day TSS 250 is 55% below 28-day weekly avg 562)');
  });
  it('deload does not touch the other load alerts (ACWR, strain)', () => {
    const alerts = alertsFor(greenMetrics({ acwr: 1.4, strain: 3700, tss_7d_total: 300, tss_28d_total: 2000 }));
    expect(alerts.map((a) => `${a.metric}:${a.severity}`)).toEqual(['acwr:alarm', 'strain:alarm']);
  });
});

describe('persistence counters', () => {
  it('count consecutive days from the newest, invalid HRV breaking the streak', () => {
    const w = wellnessDays([40, 40, 300, 40, 40], [60, 49, 60, 60, 60]);
    expect(countHrvLowDays(w, 60)).toBe(2); // 300 is not a valid rMSSD
    expect(countRhrHighDays(w, 50)).toBe(3); // ≥ 55 on the last three days
    expect(countHrvLowDays([], 60)).toBe(0);
  });
});

describe('alerts are ordered by tier, then severity', () => {
  it('tier 1 alarms first, tier 3 warnings last, stable within a rank', () => {
    const dm = greenMetrics({
      acwr: 1.31,
      monotony: 2.7,
      effective_monotony: 2.7,
      strain: 3800,
      recovery_index: 0.55,
      latest_hrv: 40,
      hrv_baseline_7d: 57.1,
      capability: {
        durability: { high_drift_count_7d: 4 },
        tid_comparison: { drift: 'shifting', classification_7d: 'a', classification_28d: 'b' },
      },
    });
    const alerts = alertsFor(dm, wellnessDays([70, 70, 70, 70, 70, 40, 40], [50, 50, 50, 50, 50, 50, 50]));
    expect(alerts.map((a) => `${a.tier}:${a.metric}:${a.severity}`)).toEqual([
      '1:recovery_index:alarm',
      '1:hrv:warning',
      '2:monotony:alarm',
      '2:strain:alarm',
      '2:acwr:warning',
      '3:durability:warning',
      '3:tid_distribution:warning',
    ]);
  });
});

describe('generateRaceAlerts', () => {
  it('nothing active → no alerts (and a missing calendar is tolerated)', () => {
    expect(generateRaceAlerts({ taper_alert: { active: false }, race_week: { active: false } })).toEqual([]);
    expect(generateRaceAlerts({})).toEqual([]);
    expect(generateRaceAlerts(undefined)).toEqual([]);
  });
  it('taper onset → race_taper info, the calendar message or the default', () => {
    expect(generateRaceAlerts({ taper_alert: { active: true, days_until: 10, message: 'Taper now.' } })).toEqual([
      {
        metric: 'race_taper',
        value: 10,
        severity: 'info',
        threshold: 'RACE_A within 8-14 days',
        context: 'Taper now.',
        persistence_days: null,
        tier: 1,
      },
    ]);
    expect(generateRaceAlerts({ taper_alert: { active: true, days_until: 9 } })[0].context).toBe('Taper onset detected.');
  });
  it('race week → daily status; a projected TSB within range adds nothing', () => {
    expect(generateRaceAlerts(raceWeek())).toEqual([
      {
        metric: 'race_week',
        value: 3,
        severity: 'info',
        threshold: 'RACE_A within 7 days',
        context: "Race week D-3 of 'Gran Fondo'. Today: Easy / rest, 16-32 TSS. Z1-Z2 only",
        persistence_days: null,
        tier: 1,
      },
    ]);
  });
  it('race week with the projected race-day TSB below the target → race_week_tsb warning', () => {
    const alerts = generateRaceAlerts(raceWeek({ projected_race_day_tsb: 4 }));
    expect(alerts).toHaveLength(2);
    expect(alerts[1]).toEqual({
      metric: 'race_week_tsb',
      value: 4,
      severity: 'warning',
      threshold: 'TSB target 10-25',
      context: 'Projected race-day TSB 4.0 is below target range 10-25. Consider additional rest to reach target.',
      persistence_days: null,
      tier: 1,
    });
  });
});
