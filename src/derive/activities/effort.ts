/**
 * recent_activities[].effort_response: the session's RPE against the band expected from its
 * intensity factor (v11.34 RPE Expectation Bands, SECTION_11.md). IF arrives as icu_intensity
 * (percent); RPE is icu_rpe (1-10).
 */
import type { RecentActivity } from '../../contract/index.js';

/** [IF upper bound (exclusive, decimal), RPE band low, RPE band high]; IF < 0.65 is not covered */
const RPE_BANDS: [number, number, number][] = [
  [0.75, 2, 4],
  [0.85, 4, 6],
  [0.95, 6, 8],
  [1.05, 8, 9],
  [Infinity, 9, 10],
];
/** below this IF (decimal) the bands are uncalibrated (recovery rides, aborted sessions) */
const RPE_BANDS_MIN_IF = 0.65;

/**
 * "positive" (RPE below the expected band), "neutral" (within), "negative" (above), or null
 * when IF or RPE is absent, RPE <= 0, or IF < 0.65.
 */
export function classifyEffortResponse(ifValue: unknown, rpe: unknown): RecentActivity['effort_response'] {
  if (ifValue === null || ifValue === undefined || rpe === null || rpe === undefined) return null;
  if (typeof ifValue !== 'number' || typeof rpe !== 'number') return null;
  if (rpe <= 0) return null;
  const ifDecimal = ifValue / 100.0;
  if (ifDecimal < RPE_BANDS_MIN_IF) return null;
  let low = 9;
  let high = 10;
  for (const [upper, lo, hi] of RPE_BANDS) {
    if (ifDecimal < upper) {
      low = lo;
      high = hi;
      break;
    }
  }
  if (rpe < low) return 'positive';
  if (rpe > high) return 'negative';
  return 'neutral';
}
