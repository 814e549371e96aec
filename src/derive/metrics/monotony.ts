/**
 * Training monotony and strain (Foster 1998: monotony = mean/stdev of daily load, > 2.0 raises
 * illness risk; strain = weekly load × monotony). Total monotony, the primary sport's monotony
 * (v3.3.3: cross-training adds a constant floor that inflates total monotony) and the effective
 * value alerts use. Ports of that section of _calculate_derived_metrics and _interpret_monotony.
 */
import { mean, reprFloat, round, stdev, truthy } from '../../lib/py/index.js';

/** mean / sample stdev of the daily series, 2 decimals; null when the stdev is 0. */
function ratio(days: number[]): number | null {
  const sd = stdev(days);
  return sd > 0 ? round(mean(days) / sd, 2) : null;
}

/** Total monotony: null without any load in the window (or a constant series). */
export function totalMonotony(dailyTss: number[]): number | null {
  if (dailyTss.length > 1 && dailyTss.some((d) => truthy(d))) return ratio(dailyTss);
  return null;
}

/** Primary-sport monotony: needs >= 3 days with load of that sport. */
export function primarySportMonotony(primaryDays: number[] | null): number | null {
  if (!primaryDays) return null;
  const activeDays = primaryDays.filter((d) => d > 0).length;
  if (activeDays >= 3 && primaryDays.length > 1) return ratio(primaryDays);
  return null;
}

/** The primary sport's value when several sports trained and it exists, else the total. */
export function effectiveMonotony(total: number | null, primary: number | null, isMultiSport: boolean): number | null {
  return isMultiSport && primary !== null ? primary : total;
}

/** round(7-day TSS × monotony, 0); null without monotony. */
export function strainOf(tss7dTotal: number, monotony: number | null): number | null {
  return truthy(monotony) ? round(tss7dTotal * monotony!, 0) : null;
}

/** _interpret_monotony(total, effective, is_multi_sport) */
export function interpretMonotony(total: number | null, effective: number | null, isMultiSport: boolean): string | null {
  if (effective === null) return null;
  if (isMultiSport && truthy(total) && effective < total!) {
    const level = effective > 2.0 ? 'elevated' : 'normal';
    return `${level} (primary sport ${reprFloat(effective)}, total ${reprFloat(total!)} inflated by multi-sport)`;
  }
  return effective > 2.0 ? 'elevated' : 'normal';
}
