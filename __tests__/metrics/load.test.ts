import { describe, it, expect } from '@jest/globals';
import { acwrFromTotals, acwrStartOfDay, interpretAcwr } from '../../src/derive/metrics/acwr.js';
import { getDailyTss, getDailyTssBySport, primarySportOf } from '../../src/derive/metrics/load.js';
import { effectiveMonotony, interpretMonotony, primarySportMonotony, strainOf, totalMonotony } from '../../src/derive/metrics/monotony.js';
import { act, ctxAt, daysAgo, TODAY } from './fixtures.js';

const now = ctxAt().now;
// oldest first: 6 days ago .. today
const WEEK = [50, 0, 80, 40, 0, 100, 30];
const weekActs = () => WEEK.flatMap((tss, i) => (tss ? [act(daysAgo(6 - i), 'Ride', tss)] : []));

describe('daily TSS', () => {
  it('sums load per day over the last N days, oldest first, zero on rest days', () => {
    const acts = [...weekActs(), act(daysAgo(2), 'Run', 7), act(daysAgo(30), 'Ride', 500)];
    const daily = getDailyTss(now, acts, 7);
    expect(daily).toEqual([50, 0, 80, 40, 7, 100, 30]);
    expect(getDailyTss(now, [], 7)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('treats a null load as 0', () => {
    expect(getDailyTss(now, [act(TODAY, 'Ride', null)], 3)).toEqual([0, 0, 0]);
  });

  it('by sport: only families with positive load; unmapped types are "other"', () => {
    const acts = [act(TODAY, 'Ride', 40), act(TODAY, 'Run', 0), act(daysAgo(1), 'Pilates', 20), act(daysAgo(1), 'Yoga', 5)];
    const bySport = getDailyTssBySport(now, acts, 3);
    expect([...bySport.keys()]).toEqual(['cycling', 'other']);
    expect(bySport.get('other')).toEqual([0, 25, 0]);
  });

  it('primary sport is the family with the highest total (first on ties)', () => {
    const acts = [act(TODAY, 'Run', 60), act(daysAgo(1), 'Ride', 30), act(daysAgo(2), 'Ride', 30)];
    expect(primarySportOf(getDailyTssBySport(now, acts, 7))).toMatchObject({ primarySport: 'run', primarySportTss7d: 60 });
    expect(primarySportOf(new Map())).toEqual({ primarySport: null, primaryDays: null, primarySportTss7d: null });
  });
});

describe('ACWR', () => {
  it('is the 7-day average over the 28-day average, null without chronic load', () => {
    expect(acwrFromTotals(300, 480)).toBe(2.5);
    expect(acwrFromTotals(0, 480)).toBe(0);
    expect(acwrFromTotals(100, 0)).toBeNull();
  });

  it('start of day drops activities dated today from both windows only', () => {
    const acts7 = weekActs();
    const acts28 = [...acts7, act(daysAgo(10), 'Ride', 60), act(daysAgo(15), 'Ride', 60), act(daysAgo(20), 'Ride', 60)];
    expect(acwrFromTotals(300, 480)).toBe(2.5);
    expect(acwrStartOfDay(now, acts7, acts28)).toBe(2.4);
    // no activity today: identical to the live value
    const noToday = acts7.filter((a) => !a.start_date_local.startsWith(TODAY));
    expect(acwrStartOfDay(now, noToday, noToday)).toBe(acwrFromTotals(270, 270));
  });

  it('interprets by Gabbett bands', () => {
    expect([0.79, 0.8, 1.29, 1.3, 1.49, 1.5, null].map(interpretAcwr)).toEqual([
      'undertraining',
      'optimal',
      'optimal',
      'caution',
      'caution',
      'danger',
      null,
    ]);
  });
});

describe('monotony and strain', () => {
  it('is mean / sample stdev of the daily series', () => {
    expect(totalMonotony(WEEK)).toBe(1.14);
    expect(strainOf(300, 1.14)).toBe(342);
  });

  it('is null without any load (no activities, or only zero-TSS days)', () => {
    expect(totalMonotony([0, 0, 0, 0, 0, 0, 0])).toBeNull();
    expect(strainOf(0, null)).toBeNull();
  });

  it('is null for a week where every value is identical (zero standard deviation)', () => {
    expect(totalMonotony([50, 50, 50, 50, 50, 50, 50])).toBeNull();
    // decimal loads whose float sum is inexact must still give an exact zero stdev
    expect(totalMonotony(Array(7).fill(33.3))).toBeNull();
    expect(totalMonotony(Array(7).fill(0.23))).toBeNull();
    expect(primarySportMonotony(Array(7).fill(1.43))).toBeNull();
  });

  it('primary-sport monotony needs three active days', () => {
    expect(primarySportMonotony([50, 0, 80, 0, 0, 0, 0])).toBeNull();
    expect(primarySportMonotony([50, 0, 80, 0, 0, 100, 0])).toBe(0.76);
    expect(primarySportMonotony(null)).toBeNull();
  });

  it('effective monotony prefers the primary sport only for multi-sport weeks', () => {
    expect(effectiveMonotony(2.4, 1.1, true)).toBe(1.1);
    expect(effectiveMonotony(2.4, 1.1, false)).toBe(2.4);
    expect(effectiveMonotony(2.4, null, true)).toBe(2.4);
  });

  it('interpretation names multi-sport inflation', () => {
    expect(interpretMonotony(2.6, 1.5, true)).toBe('normal (primary sport 1.5, total 2.6 inflated by multi-sport)');
    expect(interpretMonotony(3.0, 2.2, true)).toBe('elevated (primary sport 2.2, total 3.0 inflated by multi-sport)');
    expect(interpretMonotony(2.1, 2.1, false)).toBe('elevated');
    expect(interpretMonotony(1.2, 1.2, true)).toBe('normal');
    expect(interpretMonotony(null, null, false)).toBeNull();
  });
});
