/**
 * Per-session DFA a1 rollup from AlphaHRV streams (the reference's _compute_dfa_block,
 * _finite_num, _segment_estimate_reason; sync.py v3.99–v3.122). Pure numeric code over typed
 * arrays: one pass filters, later passes only touch the compacted valid samples.
 *
 * Encoding: heartrate / watts / artifacts are normalised once to Float64Array with NaN for
 * "not observed" (the reference's None after _finite_num). dfa_a1 is NOT normalised by the
 * reference: a None sample is dropped, a NaN sample survives the `< 0.01` filter (see src/lib/py/float-sort.ts),
 * so None is encoded as -Infinity (dropped by the same comparison) and NaN stays NaN.
 */
import { pstdev, round } from '../../lib/py/index.js';
import { ESTIMATE_FAILURE_REASONS, type CrossingReason, type DfaBlock, type EstimateReason } from '../../contract/index.js';
import { pySortFloats } from '../../lib/py/float-sort.js';

/** conservative easy-state guard (α1 1.0) — NOT a threshold (sync.py v3.114) */
export const DFA_EASY_GUARD = 1.0;
/** HRVT1 / aerobic threshold (Gronwald/Rogers 2020, Rogers 2021, Mateo-March 2023) */
export const DFA_LT1 = 0.75;
/** HRVT2: DFA a1 below this = above LT2 */
export const DFA_LT2 = 0.5;
export const DFA_EASY_GUARD_BAND = 0.05;
export const DFA_LT1_BAND = 0.05;
export const DFA_LT2_BAND = 0.05;
/** min contiguous in-band samples to emit a threshold estimate (v3.113) */
export const DFA_MIN_CROSSING_DWELL_SECS = 60;
/** max sample gap bridged within one crossing segment (v3.113) */
export const DFA_CROSSING_MAX_GAP_SAMPLES = 5;
/** drop samples whose artifact % exceeds this (Altini convention) */
export const DFA_ARTIFACT_MAX_PCT = 5.0;
/** exclude AlphaHRV sentinel zeros */
export const DFA_MIN_VALID_VALUE = 0.01;
/** 20 min of valid data for sufficient=True */
export const DFA_MIN_DURATION_SECS = 1200;
export const DFA_SUFFICIENT_MIN_VALID_PCT = 70.0;
/** >15 % of time above LT2 makes drift structural noise */
export const DFA_DRIFT_INTERPRETABLE_MAX_LT2_PCT = 15.0;
/** power CV gate of crossing estimate-eligibility (v3.122 derivation: pstdev, zeros included) */
export const DFA_CROSSING_MAX_POWER_CV_PCT = 12.0;
/** alphaHRV rolling window, in beats (Rogers & Gronwald, Front Physiol 2022;13:879071) */
export const DFA_LOOKBACK_BEATS = 200;
const ESTIMATE_REASON_PRIORITY: readonly string[] = ESTIMATE_FAILURE_REASONS;

/** A reason's precedence: its index in the contract's failure list, unknown reasons last. */
export function estimateReasonRank(reason: string): number {
  const i = ESTIMATE_REASON_PRIORITY.indexOf(reason);
  return i < 0 ? ESTIMATE_REASON_PRIORITY.length : i;
}

/** the streams the DFA pipeline requests */
export const DFA_STREAM_TYPES = ['dfa_a1', 'artifacts', 'heartrate', 'watts'] as const;
/** The sample lists of the requested streams an activity has, by stream type, as the API sends them. */
export type DfaStreams = Partial<Record<(typeof DFA_STREAM_TYPES)[number], unknown[]>>;

/** _finite_num: a finite number, else null (rejects booleans, non-numbers, NaN, ±inf). */
export function finiteNum(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** finite-normalised stream aligned to n (None padding / truncation), NaN = not observed */
function normalise(raw: unknown[] | null, n: number, nonNegative: boolean): Float64Array {
  const out = new Float64Array(n).fill(NaN);
  if (!raw) return out;
  const m = Math.min(n, raw.length);
  for (let i = 0; i < m; i++) {
    const f = finiteNum(raw[i]);
    if (f !== null && (!nonNegative || f >= 0.0)) out[i] = f;
  }
  return out;
}

/** dfa_a1 as the reference compares it: None → -Infinity (dropped), bool → 0/1, NaN kept. */
function dfaValues(raw: unknown[]): Float64Array {
  const out = new Float64Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const d = raw[i];
    if (d === null || d === undefined) out[i] = -Infinity;
    else if (typeof d === 'number') out[i] = d;
    else if (typeof d === 'boolean') out[i] = d ? 1 : 0;
    else throw new TypeError(`'<' not supported between instances of '${typeof d}' and 'float'`);
  }
  return out;
}

const isKnown = (x: number): boolean => !Number.isNaN(x);

function truthyList(v: unknown): v is unknown[] {
  return Array.isArray(v) && v.length > 0;
}

interface Crossing {
  count: number;
  hrSum: number;
  hrN: number;
  wSum: number;
  wN: number;
  start: number;
  end: number;
}

/**
 * The dfa block of an activity's streams, or null when dfa_a1 is absent/empty (no AlphaHRV
 * recording). Throws on a non-numeric dfa_a1 sample (the caller records compute_error).
 */
export function computeDfaBlock(streams: DfaStreams): DfaBlock | null {
  const dfaRaw = streams.dfa_a1;
  if (!truthyList(dfaRaw)) return null;
  const n = dfaRaw.length;
  const hrRaw = truthyList(streams.heartrate) ? streams.heartrate : null;
  const wRaw = truthyList(streams.watts) ? streams.watts : null;
  const artRaw = truthyList(streams.artifacts) ? streams.artifacts : null;

  const dfa = dfaValues(dfaRaw);
  const art = normalise(artRaw, n, true);
  const hr = normalise(hrRaw, n, false);
  const watts = normalise(wRaw, n, false);

  // filter (sentinel zeros, excessive artifacts); validIdx keeps each sample's stream index
  const vDfa = new Float64Array(n);
  const vHr = new Float64Array(n);
  const vW = new Float64Array(n);
  const vIdx = new Int32Array(n);
  let valid = 0;
  let artifactSum = 0.0;
  let artifactCount = 0;
  for (let i = 0; i < n; i++) {
    const d = dfa[i];
    const a = art[i];
    const aKnown = isKnown(a);
    if (aKnown) {
      artifactSum += a;
      artifactCount += 1;
    }
    if (d < DFA_MIN_VALID_VALUE) continue;
    if (aKnown && a > DFA_ARTIFACT_MAX_PCT) continue;
    vDfa[valid] = d;
    vHr[valid] = hr[i];
    vW[valid] = watts[i];
    vIdx[valid] = i;
    valid++;
  }

  const validPct = n ? round((100.0 * valid) / n, 1) : 0.0;
  const artifactRateAvg = artifactCount ? round(artifactSum / artifactCount, 2) : null;
  const artifactCoveragePct = n ? round((100.0 * artifactCount) / n, 3) : 0.0;
  const artifactState: DfaBlock['quality']['artifact_state'] =
    artifactCount === 0 ? 'absent' : artifactCount === n ? 'complete' : 'partial';
  const sufficient = valid >= DFA_MIN_DURATION_SECS && validPct >= DFA_SUFFICIENT_MIN_VALID_PCT;
  const quality = {
    valid_secs: valid,
    total_secs: n,
    valid_pct: validPct,
    artifact_state: artifactState,
    artifact_coverage_pct: artifactCoveragePct,
    artifact_rate_avg: artifactRateAvg,
    sufficient,
  };
  if (!sufficient) {
    return {
      avg: null,
      p25: null,
      p50: null,
      p75: null,
      tiz_easy: null,
      tiz_endurance: null,
      tiz_tempo: null,
      tiz_supra: null,
      drift: null,
      easy_guard_crossing: null,
      lt1_crossing: null,
      lt2_crossing: null,
      quality,
    };
  }

  const vd = vDfa.subarray(0, valid);
  const sortedDfa = pySortFloats(vd);
  let total = 0;
  for (let i = 0; i < valid; i++) total += vd[i];
  const avg = round(total / valid, 3);
  const p25 = round(sortedDfa[Math.floor(valid / 4)], 3);
  const p50 = round(sortedDfa[Math.floor(valid / 2)], 3);
  const p75 = round(sortedDfa[Math.floor((valid * 3) / 4)], 3);

  const bandStats = (pred: (d: number) => boolean): DfaBlock['tiz_easy'] => {
    let secs = 0;
    let hrSum = 0;
    let hrN = 0;
    let wSum = 0;
    let wN = 0;
    for (let i = 0; i < valid; i++) {
      if (!pred(vd[i])) continue;
      secs++;
      if (isKnown(vHr[i])) {
        hrSum += vHr[i];
        hrN++;
      }
      if (isKnown(vW[i])) {
        wSum += vW[i];
        wN++;
      }
    }
    if (secs === 0) return null;
    return {
      secs,
      pct: round((100.0 * secs) / valid, 1),
      avg_hr: hrN ? round(hrSum / hrN) : null,
      avg_watts: wN ? round(wSum / wN) : null,
    };
  };
  const tizEasy = bandStats((d) => d > DFA_EASY_GUARD);
  const tizEndurance = bandStats((d) => DFA_LT1 <= d && d <= DFA_EASY_GUARD);
  const tizTempo = bandStats((d) => DFA_LT2 <= d && d < DFA_LT1);
  const tizSupra = bandStats((d) => d < DFA_LT2);

  // drift: first third vs last third of the valid samples
  const third = Math.floor(valid / 3);
  let drift: DfaBlock['drift'] = null;
  if (third >= 60) {
    let s1 = 0;
    for (let i = 0; i < third; i++) s1 += vd[i];
    let s3 = 0;
    for (let i = valid - third; i < valid; i++) s3 += vd[i];
    const firstAvg = round(s1 / third, 3);
    const lastAvg = round(s3 / third, 3);
    const supraPct = tizSupra ? (tizSupra.pct as number) : 0.0;
    drift = {
      first_third_avg: firstAvg,
      last_third_avg: lastAvg,
      delta: round(lastAvg - firstAvg, 3),
      interpretable: supraPct <= DFA_DRIFT_INTERPRETABLE_MAX_LT2_PCT,
    };
  }

  const crossingStats = (center: number, band: number): NonNullable<DfaBlock['lt1_crossing']> => {
    const lo = center - band;
    const hi = center + band;
    const segments: Crossing[] = [];
    let cur: Crossing | null = null;
    let lastOrig = -1;
    let inBand = 0;
    for (let i = 0; i < valid; i++) {
      const d = vd[i];
      if (!(lo <= d && d <= hi)) continue;
      inBand++;
      const orig = vIdx[i];
      if (cur === null || orig - lastOrig - 1 > DFA_CROSSING_MAX_GAP_SAMPLES) {
        cur = { count: 0, hrSum: 0, hrN: 0, wSum: 0, wN: 0, start: orig, end: orig };
        segments.push(cur);
      }
      cur.count++;
      cur.end = orig;
      if (isKnown(vHr[i])) {
        cur.hrSum += vHr[i];
        cur.hrN++;
      }
      if (isKnown(vW[i])) {
        cur.wSum += vW[i];
        cur.wN++;
      }
      lastOrig = orig;
    }
    const qualifying = segments.filter((s) => s.count >= DFA_MIN_CROSSING_DWELL_SECS);
    let best = 0;
    for (const s of segments) best = Math.max(best, s.count);
    let reason: CrossingReason;
    if (inBand === 0) reason = 'no_samples_in_band';
    else if (inBand < DFA_MIN_CROSSING_DWELL_SECS) reason = 'insufficient_total_dwell';
    else if (qualifying.length === 0) reason = 'no_contiguous_dwell';
    else reason = 'ok';

    let avgHr: number | null = null;
    let avgWatts: number | null = null;
    if (qualifying.length) {
      let hrN = 0;
      let wN = 0;
      let hrSum = 0;
      let wSum = 0;
      for (const s of qualifying) {
        hrN += s.hrN;
        wN += s.wN;
        hrSum += s.hrSum;
        wSum += s.wSum;
      }
      avgHr = hrN ? round(hrSum / hrN) : null;
      avgWatts = wN ? round(wSum / wN) : null;
    }

    const segReasons = qualifying.map((s) => segmentEstimateReason(s.start, s.end, art, hr, watts));
    const nEligible = segReasons.filter((r) => r === 'ok').length;
    const failing = segReasons.filter((r) => r !== 'ok');
    let eligible: boolean;
    let estimateReason: EstimateReason;
    if (reason !== 'ok') {
      eligible = false;
      estimateReason = reason;
    } else if (failing.length === 0) {
      eligible = true;
      estimateReason = 'ok';
    } else {
      eligible = false;
      estimateReason = highestPriorityReason(failing);
    }
    return {
      marker_dfa_a1: center,
      secs_in_band: inBand,
      contiguous_secs: best,
      n_qualifying_segments: qualifying.length,
      n_eligible_segments: nEligible,
      reason,
      estimate_eligible: eligible,
      estimate_reason: estimateReason,
      avg_hr: avgHr,
      avg_watts: avgWatts,
    };
  };

  return {
    avg,
    p25,
    p50,
    p75,
    tiz_easy: tizEasy,
    tiz_endurance: tizEndurance,
    tiz_tempo: tizTempo,
    tiz_supra: tizSupra,
    drift,
    easy_guard_crossing: crossingStats(DFA_EASY_GUARD, DFA_EASY_GUARD_BAND),
    lt1_crossing: crossingStats(DFA_LT1, DFA_LT1_BAND),
    lt2_crossing: crossingStats(DFA_LT2, DFA_LT2_BAND),
    quality,
  };
}

/** min(reasons, key=(priority index or len, name)) — never segment order in time */
export function highestPriorityReason<R extends string>(reasons: R[]): R {
  const order = estimateReasonRank;
  let best = reasons[0];
  for (const r of reasons.slice(1)) {
    const c = order(r) - order(best);
    if (c < 0 || (c === 0 && r < best)) best = r;
  }
  return best;
}

/**
 * _segment_estimate_reason: judge one dwell-qualified crossing segment [start, end] (stream
 * indices) over itself plus the alphaHRV lookback that produced its a1 values. Streams are the
 * finite-normalised arrays (NaN = not observed).
 */
export function segmentEstimateReason(
  start: number,
  end: number,
  art: Float64Array,
  hr: Float64Array,
  watts: Float64Array,
): EstimateReason {
  // 1. resolve the lookback (beats, not seconds); a hole fails rather than being skipped
  let beats = 0.0;
  let i = start - 1;
  while (i >= 0 && beats < DFA_LOOKBACK_BEATS) {
    const h = hr[i];
    if (Number.isNaN(h) || h <= 0) return 'lookback_gap';
    beats += h / 60.0;
    i--;
  }
  if (beats < DFA_LOOKBACK_BEATS) return 'lookback_incomplete';
  const from = i + 1;
  // 2. whole-span coverage, in a fixed order
  for (let j = from; j <= end; j++) if (Number.isNaN(art[j])) return 'unknown_artifact';
  for (let j = from; j <= end; j++) if (art[j] > DFA_ARTIFACT_MAX_PCT) return 'excessive_artifact';
  for (let j = from; j <= end; j++) if (Number.isNaN(hr[j]) || hr[j] <= 0) return 'unknown_hr';
  for (let j = from; j <= end; j++) if (Number.isNaN(watts[j])) return 'unknown_power';
  // 3. stationarity: CV of watts (population SD, zeros included)
  const span = Array.from(watts.subarray(from, end + 1));
  let s = 0;
  for (const w of span) s += w;
  const mean = s / span.length;
  if (mean <= 0) return 'non_positive_power_mean';
  if ((100.0 * pstdev(span)) / mean > DFA_CROSSING_MAX_POWER_CV_PCT) return 'non_stationary_power';
  return 'ok';
}
