/**
 * The shortcuts of the date helpers give what the general code gives: UTC's wall clock without
 * Intl equals Intl's for Etc/UTC (the same zone), and the cached date parsing / formatting equals
 * a fresh computation, for dates across leap years, centuries and invalid input.
 */
import { describe, it, expect } from '@jest/globals';
import { NaiveDateTime, addDays, isValidTimeZone } from '../../src/lib/naive-time.js';

describe('naive-time shortcuts', () => {
  it('fromInstant(UTC) equals the Intl wall clock of Etc/UTC, to the second', () => {
    for (let i = 0; i < 2000; i++) {
      const ms = Date.UTC(1990, 0, 1) + Math.floor(i * 7_919_123.457 * 97);
      expect(NaiveDateTime.fromInstant(ms, 'UTC').ms).toBe(NaiveDateTime.fromInstant(ms, 'Etc/UTC').ms);
    }
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Not/AZone')).toBe(false);
  });

  it('cached date parsing and formatting equal fresh ones, twice in a row', () => {
    for (let pass = 0; pass < 2; pass++) {
      for (let d = -800; d < 800; d += 7) {
        const date = new Date(Date.UTC(2000, 1, 28) + d * 86_400_000).toISOString().slice(0, 10);
        expect(NaiveDateTime.fromDate(`${date}T12:34:56`).ms).toBe(Date.parse(`${date}T00:00:00Z`));
        expect(addDays(date, 1)).toBe(new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
        expect(NaiveDateTime.fromDate(date).date()).toBe(date);
      }
      expect(() => NaiveDateTime.fromDate('not-a-date')).toThrow(/not an ISO date/);
    }
  });
});
