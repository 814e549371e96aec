/**
 * intervals.json segments: Intervals.icu's icu_intervals renamed to the Section 11 keys (keys
 * whose API value is null are left out), and the activity-level zone_basis (power when any interval carries power zone bounds; hr or
 * pace when exactly one of those zone-time families is present; else null).
 */
import { isDict, truthy } from '../../lib/py/index.js';
import type { IntervalActivity, IntervalSegment } from '../../contract/index.js';
import type { ApiActivity } from '../../snapshot/api-rows.js';

type ZoneBasis = NonNullable<IntervalActivity['zone_basis']>;

/** segment key → icu_intervals field, in the reference's key order */
const SEGMENT_FIELDS: ReadonlyArray<readonly [keyof IntervalSegment, string]> = [
  ['type', 'type'],
  ['label', 'group_id'],
  ['duration_secs', 'elapsed_time'],
  ['moving_secs', 'moving_time'],
  ['start_secs', 'start_time'],
  ['end_secs', 'end_time'],
  ['avg_power', 'average_watts'],
  ['max_power', 'max_watts'],
  ['avg_hr', 'average_heartrate'],
  ['max_hr', 'max_heartrate'],
  ['min_hr', 'min_heartrate'],
  ['avg_cadence', 'average_cadence'],
  ['zone', 'zone'],
  ['w_bal_start', 'wbal_start'],
  ['w_bal_end', 'wbal_end'],
  ['training_load', 'training_load'],
];

const present = (v: unknown): boolean => v !== null && v !== undefined;

export function formatIntervalSegments(
  rawIntervals: unknown[],
  act: ApiActivity,
): { segments: IntervalSegment[]; zoneBasis: ZoneBasis | null } {
  const ivs = rawIntervals.filter(isDict);
  const segments: IntervalSegment[] = [];
  for (const iv of ivs) {
    // keys follow SEGMENT_FIELDS' order; the API's values pass through unchecked, as the
    // reference copies them (the contract types them as Intervals.icu documents them)
    const seg: Partial<Record<keyof IntervalSegment, unknown>> = {};
    for (const [key, field] of SEGMENT_FIELDS) if (present(iv[field])) seg[key] = iv[field];
    segments.push(seg as IntervalSegment);
  }
  const hasZone = ivs.some((iv) => present(iv.zone));
  const hasPowerBounds = ivs.some((iv) => present(iv.zone_min_watts) || present(iv.zone_max_watts));
  const hasHrZones = truthy(act.icu_hr_zone_times);
  const hasPaceZones = truthy(act.pace_zone_times) || truthy(act.gap_zone_times);
  let zoneBasis: ZoneBasis | null = null;
  if (hasZone) {
    if (hasPowerBounds) zoneBasis = 'power';
    else if (hasHrZones && !hasPaceZones) zoneBasis = 'hr';
    else if (hasPaceZones && !hasHrZones) zoneBasis = 'pace';
  }
  return { segments, zoneBasis };
}
