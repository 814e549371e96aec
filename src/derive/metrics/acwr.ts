/**
 * Acute:Chronic Workload Ratio (Gabbett 2016; sweet spot 0.8-1.3): the live value and the
 * start-of-day value readiness reads (v3.127: same windows and divisors, today's activities
 * excluded). Ports of the ACWR section of _calculate_derived_metrics and _interpret_acwr.
 */
import type { AcwrInterpretation, AcwrStartOfDay } from '../../contract/index.js';
import type { NaiveDateTime } from '../../lib/naive-time.js';
import { round, sum, truthy } from '../../lib/py/index.js';
import { actDate } from '../sports.js';
import { getDailyTss } from './load.js';
import type { ApiActivity } from '../../snapshot/api-rows.js';

/** (7-day total / 7) / (28-day total / 28), 2 decimals; null when the chronic load is 0. */
export function acwrFromTotals(tss7dTotal: number, tss28dTotal: number): number | null {
  const acute = truthy(tss7dTotal) ? tss7dTotal / 7 : 0;
  const chronic = truthy(tss28dTotal) ? tss28dTotal / 28 : 0;
  return chronic > 0 ? round(acute / chronic, 2) : null;
}

/** The ACWR band: < 0.8 undertraining, < 1.3 optimal, < 1.5 caution, else danger. */
export function interpretAcwr(acwr: number | null): AcwrInterpretation | null {
  if (acwr === null) return null;
  if (acwr < 0.8) return 'undertraining';
  if (acwr < 1.3) return 'optimal';
  if (acwr < 1.5) return 'caution';
  return 'danger';
}

/**
 * ACWR at the start of today: the live source lists (7d acute, 28d chronic) without activities
 * dated today. The empty today bucket is inherited from the live metric on purpose.
 */
export function acwrStartOfDay(now: NaiveDateTime, activities7d: ApiActivity[], activities28d: ApiActivity[]): number | null {
  const today = now.date();
  const acute = sum(
    getDailyTss(
      now,
      activities7d.filter((a) => actDate(a) !== today),
      7,
    ),
  );
  const chronic = sum(
    getDailyTss(
      now,
      activities28d.filter((a) => actDate(a) !== today),
      28,
    ),
  );
  return acwrFromTotals(acute, chronic);
}

/** derived_metrics.acwr_start_of_day */
export function acwrStartOfDayBlock(today: string, value: number | null): AcwrStartOfDay {
  return {
    value,
    interpretation: interpretAcwr(value),
    scope: 'start_of_day',
    as_of_date: today,
    current_day_load_included: false,
    acute_days: 7,
    chronic_days: 28,
  };
}
