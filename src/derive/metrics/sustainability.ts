/**
 * Sustainability profile (v3.91, race-estimation lookup table): per sport family, the best power
 * and max sustained HR at sport-specific anchor durations over one 42-day window, with W/kg and
 * %LTHR, and for cycling the Coggan duration-factor and CP/W' (P = CP + W'/t, Skiba et al. 2012)
 * model layers. Port of _calculate_sustainability_profile.
 */
import { NaiveDateTime } from '../../lib/naive-time.js';
import { get, isDict, round, truthy, type Dict } from '../../lib/py/index.js';
import type { SustainabilityCurves } from '../../snapshot/types.js';
import { INDOOR_CYCLING_TYPES, SUSTAINABILITY_ANCHORS } from '../sports.js';
import { SUSTAINABILITY_WINDOW_DAYS } from '../windows.js';
import { curvesById, valueAt } from './curves.js';
import type { ApiWellness } from '../../snapshot/api-rows.js';

/** Sustainable power as a fraction of FTP by duration: midpoints of the published ranges.
 * Source: Allen & Coggan, Training and Racing with a Power Meter (3rd ed.). Cycling only. */
export const COGGAN_DURATION_FACTORS: Record<number, number> = {
  300: 1.06,
  600: 0.97,
  1200: 0.93,
  1800: 0.9,
  3600: 0.86,
  5400: 0.82,
  7200: 0.78,
};

const MODEL_TRUST_NOTE =
  "CP/W' model (P=CP+W'/t) is primary for durations ≤20min where W' contribution is meaningful. Coggan duration " +
  'factors (Allen & Coggan, 3rd ed.) are the established reference for ≥60min. 30min is the crossover zone where ' +
  'both apply. model_divergence_pct = (actual - CP_model) / CP_model × 100. Positive divergence at short durations ' +
  "may indicate strong anaerobic capacity or stale W' value. Indoor MMP is typically 3-5% lower than outdoor " +
  '(cooling, motivation) — source flag indicates which environment produced each anchor.';

export interface SustainabilityInput {
  curves: SustainabilityCurves;
  window: readonly [string, string] | null;
  powerModel: Dict;
  sportSettings: Dict;
  wellness7d: ApiWellness[];
  wellnessExtended: ApiWellness[];
  icuWeight: unknown;
  /** ftp_history.json content (staleness = days since its newest entry) */
  ftpHistory: Dict;
}

/** Weight fallback: newest wellness weight (7d, then extended), then athlete icu_weight. */
export function sustainabilityWeight(
  wellness7d: ApiWellness[],
  wellnessExtended: ApiWellness[],
  icuWeight: unknown,
): [number | null, string | null] {
  for (const [list, source] of [
    [wellness7d, 'wellness_recent'],
    [wellnessExtended, 'wellness_extended'],
  ] as const) {
    for (let i = list.length - 1; i >= 0; i--) {
      const w = get(list[i], 'weight');
      if (truthy(w)) return [round(w, 1), source];
    }
  }
  if (icuWeight !== null && icuWeight !== undefined) return [round(icuWeight as number, 1), 'athlete_profile'];
  return [null, null];
}

/** Days since the newest date of either FTP series; null when none or unparseable. */
export function ftpStalenessDays(now: NaiveDateTime, ftpHistory: Dict): number | null {
  const dates: string[] = [];
  for (const kind of ['indoor', 'outdoor']) dates.push(...Object.keys(get(ftpHistory, kind, {}) ?? {}));
  if (!dates.length) return null;
  const newest = dates.reduce((a, b) => (b > a ? b : a));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(newest)) return null;
  return now.daysSince(NaiveDateTime.parse(newest));
}

/** capability.sustainability_profile */
export function calculateSustainabilityProfile(now: NaiveDateTime, input: SustainabilityInput): Dict {
  const win = input.window;
  const windowBlock = (): Dict => ({ days: SUSTAINABILITY_WINDOW_DAYS, start: win![0], end: win![1] });
  const nullProfile = (note = 'No sustainability data available.'): Dict => {
    const r: Dict = { note };
    if (truthy(win)) r.window = windowBlock();
    return r;
  };
  if (!truthy(input.curves) || !truthy(win)) return nullProfile();

  const [weightKg, weightSource] = sustainabilityWeight(input.wellness7d, input.wellnessExtended, input.icuWeight);
  const staleness = ftpStalenessDays(now, input.ftpHistory);
  const cyclingSettings = get(input.sportSettings, 'cycling', {}) ?? {};
  let cyclingFtp = get(cyclingSettings, 'ftp');
  if (!truthy(cyclingFtp)) cyclingFtp = get(cyclingSettings, 'ftp_indoor');
  const cyclingWPrime = get(input.powerModel, 'w_prime');

  const profile: Dict = { window: windowBlock(), weight_kg: weightKg, weight_source: weightSource };
  const curveId = `r.${win![0]}.${win![1]}`;
  const hasWeight = truthy(weightKg) && weightKg! > 0;

  for (const [family, sportData] of Object.entries(input.curves)) {
    const anchorsMap = SUSTAINABILITY_ANCHORS[family];
    if (!truthy(anchorsMap)) continue;
    const lthr = get(get(input.sportSettings, family, {}) ?? {}, 'lthr');
    const powerByType = get(sportData, 'power', {}) ?? {};
    const hrByType = get(sportData, 'hr', {}) ?? {};
    const isCycling = family === 'cycling';

    const anchors: Record<string, Dict> = {};
    for (const [label, secs] of Object.entries(anchorsMap)) {
      let bestWatts: number | null = null;
      let bestSource: string | null = null;
      for (const [ptype, pdata] of Object.entries(powerByType)) {
        const curve = curvesById(isDict(pdata) ? pdata : null).get(curveId);
        if (!truthy(curve)) continue;
        const val = valueAt(curve!, 'watts', secs);
        if (val !== null && (bestWatts === null || val > bestWatts)) {
          bestWatts = val;
          bestSource = isCycling ? (INDOOR_CYCLING_TYPES.has(ptype) ? 'observed_indoor' : 'observed_outdoor') : 'observed';
        }
      }
      let bestHr: number | null = null;
      for (const hdata of Object.values(hrByType)) {
        const curve = curvesById(isDict(hdata) ? hdata : null).get(curveId);
        if (!truthy(curve)) continue;
        const val = valueAt(curve!, 'values', secs);
        if (val !== null && (bestHr === null || val > bestHr)) bestHr = round(val);
      }

      const actualWpkg = bestWatts !== null && weightKg !== null && weightKg > 0 ? round(bestWatts / weightKg, 2) : null;
      const pctLthr = bestHr !== null && lthr !== null && lthr !== undefined && lthr > 0 ? round((bestHr / lthr) * 100, 1) : null;

      let cogganWatts: number | null = null;
      let cogganWpkg: number | null = null;
      if (isCycling && truthy(cyclingFtp) && secs in COGGAN_DURATION_FACTORS) {
        cogganWatts = round(cyclingFtp * COGGAN_DURATION_FACTORS[secs]);
        if (hasWeight) cogganWpkg = round(cogganWatts / weightKg!, 2);
      }
      let cpWatts: number | null = null;
      let cpWpkg: number | null = null;
      if (isCycling && truthy(cyclingFtp) && truthy(cyclingWPrime) && secs > 0) {
        cpWatts = round(cyclingFtp + cyclingWPrime / secs);
        if (hasWeight) cpWpkg = round(cpWatts / weightKg!, 2);
      }
      const divergence = bestWatts !== null && cpWatts !== null && cpWatts > 0 ? round(((bestWatts - cpWatts) / cpWatts) * 100, 1) : null;

      const anchor: Dict = {
        actual_watts: bestWatts,
        actual_wpkg: actualWpkg,
        actual_hr: bestHr,
        pct_lthr: pctLthr,
        source: bestSource,
      };
      if (isCycling) {
        anchor.coggan_watts = cogganWatts;
        anchor.coggan_wpkg = cogganWpkg;
        anchor.cp_model_watts = cpWatts;
        anchor.cp_model_wpkg = cpWpkg;
        anchor.model_divergence_pct = divergence;
      }
      anchors[label] = anchor;
    }

    const total = Object.keys(anchors).length;
    const observed = Object.values(anchors).filter((a) => a.actual_watts !== null).length;
    const coverage = total > 0 ? round(observed / total, 2) : 0;
    if (observed < 2) {
      profile[family] = { anchors: null, coverage_ratio: coverage, note: `Too few observed anchors (${observed}, need 2+).` };
      continue;
    }
    const block: Dict = { anchors, coverage_ratio: coverage };
    if (isCycling) {
      block.ftp_used = cyclingFtp;
      block.w_prime_used = cyclingWPrime;
      block.ftp_staleness_days = staleness;
      block.model_trust_note = MODEL_TRUST_NOTE;
    }
    profile[family] = block;
  }

  const hasSportData = Object.keys(profile).some((k) => !['window', 'weight_kg', 'weight_source', 'note'].includes(k));
  if (!hasSportData) return nullProfile('No sport families produced valid sustainability data.');
  return profile;
}
