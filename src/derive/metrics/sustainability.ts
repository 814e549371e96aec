/**
 * Sustainability profile (v3.91, race-estimation lookup table): per sport family, the best power
 * and max sustained HR at sport-specific anchor durations over one 42-day window, with W/kg and
 * %LTHR, and for cycling the Coggan duration-factor and CP/W' (P = CP + W'/t, Skiba et al. 2012)
 * model layers. Port of _calculate_sustainability_profile.
 */
import { NaiveDateTime } from '../../lib/naive-time.js';
import type {
  CyclingSustainability,
  CyclingSustainabilityAnchor,
  FtpHistoryFile,
  SportSustainability,
  SustainabilityAnchor,
  SustainabilityProfile,
} from '../../contract/index.js';
import { get, isDict, or, round, truthy } from '../../lib/py/index.js';
import type { SustainabilityCurves } from '../../snapshot/types.js';
import { INDOOR_CYCLING_TYPES, SUSTAINABILITY_ANCHORS } from '../sports.js';
import { SUSTAINABILITY_WINDOW_DAYS } from '../windows.js';
import type { PowerModel } from '../fitness.js';
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

/** The thresholds of one sport family the model layers read (latest.json thresholds.sports). */
interface SportSettingsEntry {
  ftp?: number | null;
  ftp_indoor?: number | null;
  lthr?: number | null;
}

export interface SustainabilityInput {
  curves: SustainabilityCurves;
  window: readonly [string, string] | null;
  powerModel: Pick<PowerModel, 'w_prime'>;
  /** sport family → its thresholds */
  sportSettings: Readonly<Record<string, SportSettingsEntry | null | undefined>>;
  wellness7d: ApiWellness[];
  wellnessExtended: ApiWellness[];
  icuWeight: unknown;
  /** ftp_history.json content (staleness = days since its newest entry) */
  ftpHistory: Partial<FtpHistoryFile>;
}

/** Weight fallback: newest wellness weight (7d, then extended), then athlete icu_weight. */
export function sustainabilityWeight(
  wellness7d: ApiWellness[],
  wellnessExtended: ApiWellness[],
  icuWeight: unknown,
): [number | null, SustainabilityProfile['weight_source'] | null] {
  for (const [list, source] of [
    [wellness7d, 'wellness_recent'],
    [wellnessExtended, 'wellness_extended'],
  ] as const) {
    for (let i = list.length - 1; i >= 0; i--) {
      const w = get(list[i], 'weight');
      if (truthy(w)) return [round(w, 1), source];
    }
  }
  // the athlete's icu_weight is a number whenever the API sends it
  if (icuWeight !== null && icuWeight !== undefined) return [round(icuWeight as number, 1), 'athlete_profile'];
  return [null, null];
}

/** Days since the newest date of either FTP series; null when none or unparseable. */
export function ftpStalenessDays(now: NaiveDateTime, ftpHistory: Partial<FtpHistoryFile>): number | null {
  const dates: string[] = [];
  for (const kind of ['indoor', 'outdoor'] as const) dates.push(...Object.keys(ftpHistory[kind] ?? {}));
  if (!dates.length) return null;
  const newest = dates.reduce((a, b) => (b > a ? b : a));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(newest)) return null;
  return now.daysSince(NaiveDateTime.parse(newest));
}

/** The best power (and the activity type of its curve) and max HR of the window at one duration. */
interface AnchorObservation {
  watts: number | null;
  wattsType: string | null;
  hr: number | null;
}

/** Sport families with an anchor table, and so with a block in the profile. */
type ProfileFamily = 'cycling' | 'ski' | 'rowing';

function isProfileFamily(family: string): family is ProfileFamily {
  return truthy(SUSTAINABILITY_ANCHORS[family]);
}

function observeAnchor(
  powerByType: Record<string, unknown>,
  hrByType: Record<string, unknown>,
  curveId: string,
  secs: number,
): AnchorObservation {
  const obs: AnchorObservation = { watts: null, wattsType: null, hr: null };
  for (const [ptype, pdata] of Object.entries(powerByType)) {
    const curve = curvesById(isDict(pdata) ? pdata : null).get(curveId);
    if (!truthy(curve)) continue;
    const val = valueAt(curve!, 'watts', secs);
    if (val !== null && (obs.watts === null || val > obs.watts)) {
      obs.watts = val;
      obs.wattsType = ptype;
    }
  }
  for (const hdata of Object.values(hrByType)) {
    const curve = curvesById(isDict(hdata) ? hdata : null).get(curveId);
    if (!truthy(curve)) continue;
    const val = valueAt(curve!, 'values', secs);
    if (val !== null && (obs.hr === null || val > obs.hr)) obs.hr = round(val);
  }
  return obs;
}

/** The observed columns of an anchor (W/kg and %LTHR from the weight and the sport's LTHR). */
function observedColumns(
  obs: AnchorObservation,
  weightKg: number | null,
  lthr: number | null | undefined,
): Omit<SustainabilityAnchor, 'source'> {
  return {
    actual_watts: obs.watts,
    actual_wpkg: obs.watts !== null && weightKg !== null && weightKg > 0 ? round(obs.watts / weightKg, 2) : null,
    actual_hr: obs.hr,
    pct_lthr: obs.hr !== null && lthr !== null && lthr !== undefined && lthr > 0 ? round((obs.hr / lthr) * 100, 1) : null,
  };
}

/** What the cycling model layers need: FTP (outdoor, else indoor), W' and the rider's weight. */
interface CyclingModel {
  ftp: number | null;
  wPrime: number | null;
  weightKg: number | null;
}

function cyclingAnchor(
  obs: AnchorObservation,
  secs: number,
  model: CyclingModel,
  lthr: number | null | undefined,
): CyclingSustainabilityAnchor {
  const { ftp, wPrime, weightKg } = model;
  const hasWeight = truthy(weightKg) && weightKg! > 0;
  let cogganWatts: number | null = null;
  let cogganWpkg: number | null = null;
  if (truthy(ftp) && secs in COGGAN_DURATION_FACTORS) {
    cogganWatts = round(ftp! * COGGAN_DURATION_FACTORS[secs]);
    if (hasWeight) cogganWpkg = round(cogganWatts / weightKg!, 2);
  }
  let cpWatts: number | null = null;
  let cpWpkg: number | null = null;
  if (truthy(ftp) && truthy(wPrime) && secs > 0) {
    cpWatts = round(ftp! + wPrime! / secs);
    if (hasWeight) cpWpkg = round(cpWatts / weightKg!, 2);
  }
  const bestWatts = obs.watts;
  return {
    ...observedColumns(obs, weightKg, lthr),
    source: obs.wattsType === null ? null : INDOOR_CYCLING_TYPES.has(obs.wattsType) ? 'observed_indoor' : 'observed_outdoor',
    coggan_watts: cogganWatts,
    coggan_wpkg: cogganWpkg,
    cp_model_watts: cpWatts,
    cp_model_wpkg: cpWpkg,
    model_divergence_pct: bestWatts !== null && cpWatts !== null && cpWatts > 0 ? round(((bestWatts - cpWatts) / cpWatts) * 100, 1) : null,
  };
}

function sportAnchor(obs: AnchorObservation, weightKg: number | null, lthr: number | null | undefined): SustainabilityAnchor {
  return { ...observedColumns(obs, weightKg, lthr), source: obs.wattsType === null ? null : 'observed' };
}

/** Observed share of the anchors, and the note when fewer than two durations have power. */
function coverage(anchors: Record<string, { actual_watts: number | null }>): { observed: number; ratio: number } {
  const total = Object.keys(anchors).length;
  const observed = Object.values(anchors).filter((a) => a.actual_watts !== null).length;
  return { observed, ratio: total > 0 ? round(observed / total, 2) : 0 };
}

const tooFewNote = (observed: number): string => `Too few observed anchors (${observed}, need 2+).`;

/** capability.sustainability_profile */
export function calculateSustainabilityProfile(now: NaiveDateTime, input: SustainabilityInput): SustainabilityProfile {
  const win = input.window;
  const windowBlock = () => ({ days: SUSTAINABILITY_WINDOW_DAYS, start: win![0], end: win![1] });
  const nullProfile = (note = 'No sustainability data available.'): SustainabilityProfile =>
    truthy(win) ? { note, window: windowBlock() } : { note };
  if (!truthy(input.curves) || !truthy(win)) return nullProfile();

  const [weightKg, weightSource] = sustainabilityWeight(input.wellness7d, input.wellnessExtended, input.icuWeight);
  const staleness = ftpStalenessDays(now, input.ftpHistory);
  const cyclingSettings = input.sportSettings.cycling ?? {};
  const model: CyclingModel = {
    ftp: or(cyclingSettings.ftp ?? null, cyclingSettings.ftp_indoor ?? null),
    wPrime: input.powerModel.w_prime,
    weightKg,
  };

  const profile: SustainabilityProfile = { window: windowBlock(), weight_kg: weightKg, weight_source: weightSource };
  const curveId = `r.${win![0]}.${win![1]}`;
  let hasSportData = false;

  for (const [family, sportData] of Object.entries(input.curves)) {
    if (!isProfileFamily(family)) continue;
    const lthr = input.sportSettings[family]?.lthr ?? null;
    const powerByType = sportData.power ?? {};
    const hrByType = sportData.hr ?? {};
    const observations = Object.entries(SUSTAINABILITY_ANCHORS[family]).map(
      ([label, secs]) => [label, secs, observeAnchor(powerByType, hrByType, curveId, secs)] as const,
    );
    hasSportData = true;

    if (family === 'cycling') {
      const anchors: Record<string, CyclingSustainabilityAnchor> = {};
      for (const [label, secs, obs] of observations) anchors[label] = cyclingAnchor(obs, secs, model, lthr);
      const { observed, ratio } = coverage(anchors);
      const block: CyclingSustainability =
        observed < 2
          ? { anchors: null, coverage_ratio: ratio, note: tooFewNote(observed) }
          : {
              anchors,
              coverage_ratio: ratio,
              ftp_used: model.ftp,
              w_prime_used: model.wPrime,
              ftp_staleness_days: staleness,
              model_trust_note: MODEL_TRUST_NOTE,
            };
      profile.cycling = block;
    } else {
      const anchors: Record<string, SustainabilityAnchor> = {};
      for (const [label, , obs] of observations) anchors[label] = sportAnchor(obs, weightKg, lthr);
      const { observed, ratio } = coverage(anchors);
      const block: SportSustainability =
        observed < 2 ? { anchors: null, coverage_ratio: ratio, note: tooFewNote(observed) } : { anchors, coverage_ratio: ratio };
      profile[family] = block;
    }
  }

  if (!hasSportData) return nullProfile('No sport families produced valid sustainability data.');
  return profile;
}
