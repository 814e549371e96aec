/**
 * Power- and HR-curve deltas across two 28-day windows (Pinot & Grappe 2011, Quod et al. 2010):
 * the curve value at each anchor duration in both windows, the % change per anchor and a rotation
 * index = mean(short-anchor changes) - mean(long-anchor changes). Curves are matched by their
 * response id, never by list position. Ports of _calculate_power_curve_delta and
 * _calculate_hr_curve_delta.
 */
import type { HrCurveDelta, PowerCurveDelta } from '../../contract/index.js';
import type { ApiRow } from '../../snapshot/api-rows.js';
import { get, round, sum, truthy } from '../../lib/py/index.js';

/** {curve id: curve} of a curves response (last one wins on duplicate ids, like a dict comprehension) */
export function curvesById(data: unknown): Map<string, ApiRow> {
  const list = truthy(data) && typeof data === 'object' ? get(data as ApiRow, 'list', []) : [];
  const out = new Map<string, ApiRow>();
  for (const c of (list ?? []) as ApiRow[]) if (c && typeof c === 'object' && 'id' in c) out.set(c.id, c);
  return out;
}

/** The curve's value at `durationSecs` (first match in `secs`); null when absent or <= 0. */
export function valueAt(curve: ApiRow, valueKey: string, durationSecs: number): number | null {
  // the API's parallel arrays: durations in seconds and the value at each
  const secs = (get(curve, 'secs', []) ?? []) as number[];
  const values = (get(curve, valueKey, []) ?? []) as (number | null)[];
  const idx = secs.indexOf(durationSecs);
  if (idx < 0) return null;
  const val = idx < values.length ? values[idx] : null;
  return val !== null && val !== undefined && val > 0 ? val : null;
}

function allNumbers(values: (number | null)[]): values is number[] {
  return values.every((v) => v !== null);
}

interface CurveSpec {
  anchors: Record<string, number>;
  valueKey: string;
  currentKey: string;
  previousKey: string;
  short: [string, string];
  long: [string, string];
  defaultNote: string;
  noDataWord: string;
  note: string;
}

const POWER_SPEC: CurveSpec = {
  anchors: { '5s': 5, '60s': 60, '300s': 300, '1200s': 1200, '3600s': 3600 },
  valueKey: 'watts',
  currentKey: 'current_watts',
  previousKey: 'previous_watts',
  short: ['5s', '60s'],
  long: ['1200s', '3600s'],
  defaultNote: 'Insufficient power data in one or both windows.',
  noDataWord: 'power',
  note:
    'Compares MMP at 5 anchor durations (5s neuromuscular, 60s anaerobic, 300s MAP, 1200s threshold, 3600s ' +
    'endurance) across two 28d windows. rotation_index = mean(5s,60s pct_change) - mean(1200s,3600s pct_change). ' +
    'Positive = sprint-biased gains, negative = endurance-biased. 300s excluded from rotation (transitional). ' +
    'Null when either window has fewer than 3 valid anchor durations.',
};

const HR_SPEC: CurveSpec = {
  anchors: { '60s': 60, '300s': 300, '1200s': 1200, '3600s': 3600 },
  valueKey: 'values',
  currentKey: 'current_bpm',
  previousKey: 'previous_bpm',
  short: ['60s', '300s'],
  long: ['1200s', '3600s'],
  defaultNote: 'Insufficient HR data in one or both windows.',
  noDataWord: 'HR',
  note:
    'Compares max sustained HR at 4 anchor durations (60s anaerobic ceiling, 300s VO2max HR, 1200s threshold HR, ' +
    '3600s endurance HR) across two 28d windows. rotation_index = mean(60s,300s pct_change) - mean(1200s,3600s ' +
    'pct_change). Positive = intensity-biased HR shift, negative = endurance-biased. No sport filter — HR is ' +
    'cross-sport physiological (dominated by hardest efforts). IMPORTANT: rising max sustained HR is ambiguous — ' +
    'may indicate improved cardiac output (good) or accumulated fatigue/dehydration/heat (bad). Cross-reference ' +
    'with resting HRV, resting HR, RPE, and environmental context before interpreting. Null when either window ' +
    'has fewer than 3 valid anchor durations.',
};

/** One anchor duration: the spec's current/previous value keys and pct_change. */
type CurveAnchorRow = Record<string, number | null>;

/** A curve delta block before its anchors are narrowed to the model's labels. */
interface CurveDeltaBlock {
  window_days: number;
  current_window?: { start: string; end: string };
  previous_window?: { start: string; end: string };
  anchors: Record<string, CurveAnchorRow> | null;
  rotation_index: number | null;
  note: string;
}

function curveDelta(spec: CurveSpec, data: ApiRow | null, dates: readonly string[] | null): CurveDeltaBlock {
  const nullBlock = (note: string = spec.defaultNote): CurveDeltaBlock => ({
    window_days: 28,
    ...(truthy(dates)
      ? {
          current_window: { start: dates![0], end: dates![1] },
          previous_window: { start: dates![2], end: dates![3] },
        }
      : {}),
    anchors: null,
    rotation_index: null,
    note,
  });
  if (!truthy(data) || !truthy(dates)) return nullBlock();
  if (!truthy(get(data, 'list', []))) return nullBlock();

  const [s1, e1, s2, e2] = dates!;
  const byId = curvesById(data);
  const current = byId.get(`r.${s1}.${e1}`);
  const previous = byId.get(`r.${s2}.${e2}`);
  if (!truthy(current) || !truthy(previous)) {
    const missing: string[] = [];
    if (!truthy(current)) missing.push('current');
    if (!truthy(previous)) missing.push('previous');
    return nullBlock(`No ${spec.noDataWord} data in ${missing.join(' and ')} window(s).`);
  }

  const anchors: Record<string, CurveAnchorRow> = {};
  for (const [label, secs] of Object.entries(spec.anchors)) {
    const cur = valueAt(current!, spec.valueKey, secs);
    const prev = valueAt(previous!, spec.valueKey, secs);
    anchors[label] = {
      [spec.currentKey]: cur,
      [spec.previousKey]: prev,
      pct_change: cur !== null && prev !== null ? round(((cur - prev) / prev) * 100, 1) : null,
    };
  }
  const currentValid = Object.values(anchors).filter((a) => a[spec.currentKey] !== null).length;
  const previousValid = Object.values(anchors).filter((a) => a[spec.previousKey] !== null).length;
  if (currentValid < 3 || previousValid < 3) {
    return nullBlock(`Too few valid anchors (current: ${currentValid}, previous: ${previousValid}, need 3+).`);
  }

  const shortChanges = spec.short.map((l) => anchors[l].pct_change);
  const longChanges = spec.long.map((l) => anchors[l].pct_change);
  let rotation: number | null = null;
  if (allNumbers(shortChanges) && allNumbers(longChanges)) {
    const shortMean = sum(shortChanges) / shortChanges.length;
    const longMean = sum(longChanges) / longChanges.length;
    rotation = round(shortMean - longMean, 1);
  }
  return {
    window_days: 28,
    current_window: { start: s1, end: e1 },
    previous_window: { start: s2, end: e2 },
    anchors,
    rotation_index: rotation,
    note: spec.note,
  };
}

/** capability.power_curve_delta (Ride power curves, windows [start1, end1, start2, end2]) */
export function calculatePowerCurveDelta(data: ApiRow | null, dates: readonly string[] | null): PowerCurveDelta {
  // the anchors carry exactly POWER_SPEC's labels and watt keys, which are the model's
  return curveDelta(POWER_SPEC, data, dates) as PowerCurveDelta;
}

/** capability.hr_curve_delta (all-sport HR curves, same windows; values in `values`) */
export function calculateHrCurveDelta(data: ApiRow | null, dates: readonly string[] | null): HrCurveDelta {
  // the anchors carry exactly HR_SPEC's labels and bpm keys, which are the model's
  return curveDelta(HR_SPEC, data, dates) as HrCurveDelta;
}
