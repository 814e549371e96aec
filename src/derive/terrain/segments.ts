/**
 * Sustained climb / descent detection: port of _detect_segments (200 m chunks, high/low-water
 * mark with a 50 m dip tolerance, flat-approach trimming, UCI-derived climb categories).
 */
import type { Climb, ClimbCategory, Descent } from '../../contract/index.js';
import { round } from '../../lib/py/index.js';
import type { AthleteUnits } from '../units.js';
import { segmentDisplay } from './display.js';
import type { Trackpoints } from './trackpoints.js';

/** chunk size for gradient classification */
const CHUNK_M = 200;
/** max elevation loss (gain for descents) before a segment ends */
const DIP_TOLERANCE_M = 50;
/** look this far ahead when trimming a flat approach */
const LOCAL_TRIM_DIST = 2000;
/** minimum local gradient (%) at which the segment starts */
const LOCAL_TRIM_GRAD = 2.5;

export interface Chunk {
  si: number;
  ei: number;
  grad: number;
}

/** climb category from its elevation gain (m) */
export function climbCategory(elevationM: number): ClimbCategory | null {
  if (elevationM >= 1000) return 'HC';
  if (elevationM >= 650) return 'Cat 1';
  if (elevationM >= 400) return 'Cat 2';
  if (elevationM >= 200) return 'Cat 3';
  if (elevationM >= 100) return 'Cat 4';
  return null; // uncategorized — below Cat 4 threshold
}

export function buildChunks(n: number, cumDist: Float64Array, ele: Float64Array): Chunk[] {
  const chunks: Chunk[] = [];
  let ci = 0;
  while (ci < n - 1) {
    let cj = ci + 1;
    while (cj < n && cumDist[cj] - cumDist[ci] < CHUNK_M) cj++;
    if (cj >= n) cj = n - 1;
    if (cj <= ci) break;
    const chunkDist = cumDist[cj] - cumDist[ci];
    const chunkEle = ele[cj] - ele[ci];
    const grad = chunkDist > 10 ? (chunkEle / chunkDist) * 100 : 0;
    chunks.push({ si: ci, ei: cj, grad });
    ci = cj;
  }
  return chunks;
}

/**
 * Index where the segment really starts: the first chunk whose next ~2 km climb (descend) ≥ 2.5 %.
 * The point ~2 km ahead of a chunk start only moves forward as the start does (cumDist never
 * decreases), so one walk serves every chunk; once no point within the segment is 2 km ahead of a
 * start, none is for any later start either, and the segment keeps its first chunk's start.
 */
export function trimmedStart(
  chunks: Chunk[],
  from: number,
  endChunk: number,
  cumDist: Float64Array,
  ele: Float64Array,
  ascending: boolean,
  fallback: number,
): number {
  const n = cumDist.length;
  const stop = Math.min(endChunk, chunks.length);
  const aiEnd = Math.min(chunks[endChunk].ei + 1, n);
  let ai = 0;
  for (let t = from; t < stop; t++) {
    const tStart = chunks[t].si;
    if (ai <= tStart) ai = tStart + 1;
    while (ai < aiEnd && cumDist[ai] - cumDist[tStart] < LOCAL_TRIM_DIST) ai++;
    if (ai >= aiEnd) return fallback;
    const localDist = cumDist[ai] - cumDist[tStart];
    const localEle = ele[ai] - ele[tStart];
    if (localDist > 0) {
      const g = (localEle / localDist) * 100;
      if (ascending ? g >= LOCAL_TRIM_GRAD : g <= -LOCAL_TRIM_GRAD) return tStart;
    }
  }
  return fallback;
}

/**
 * steepest |grade| over the first ≥200 m stretch from each point of the climb; the end of that
 * stretch only moves forward as its start does, so one walk finds them all
 */
export function maxSubGradient(start: number, end: number, cumDist: Float64Array, ele: Float64Array): number {
  let maxGrad = 0.0;
  let m = start + 1;
  for (let k = start; k < end; k++) {
    if (m <= k) m = k + 1;
    while (m <= end && cumDist[m] - cumDist[k] < 200) m++;
    // no point of the climb is 200 m past this one, nor past any later one
    if (m > end) break;
    const g = Math.abs(((ele[m] - ele[k]) / (cumDist[m] - cumDist[k])) * 100);
    if (g > maxGrad) maxGrad = g;
  }
  return maxGrad;
}

/** Where and how segments are searched: the smoothed track and the thresholds. */
export interface SegmentSearch {
  tp: Trackpoints;
  cumDist: Float64Array;
  /** smoothed elevations */
  ele: Float64Array;
  /** least average gradient (%) of a segment */
  minGradient: number;
  /** least length (m) of a segment */
  minDistance: number;
  units: AthleteUnits | null;
}

/**
 * Sustained climbs (ascending) or descents of a smoothed track: at least `minDistance` m and 50 m
 * of elevation, averaging at least `minGradient` %.
 */
export function detectSegments(search: SegmentSearch, ascending: true): Climb[];
export function detectSegments(search: SegmentSearch, ascending: false): Descent[];
export function detectSegments(search: SegmentSearch, ascending: boolean): Array<Climb | Descent> {
  const { tp, cumDist, ele, minGradient, minDistance, units } = search;
  const n = tp.n;
  if (n < 2 || cumDist[n - 1] < CHUNK_M) return [];
  const chunks = buildChunks(n, cumDist, ele);
  if (!chunks.length) return [];

  const segments: Array<Climb | Descent> = [];
  let i = 0;
  while (i < chunks.length) {
    const c = chunks[i];
    if (ascending ? c.grad < 1.0 : c.grad > -1.0) {
      i++;
      continue;
    }
    let segStartIdx = c.si;
    let mark = ele[segStartIdx];
    let markChunk = i;
    for (let j = i; j < chunks.length; j++) {
      const cur = ele[chunks[j].ei];
      if (ascending) {
        if (cur > mark) {
          mark = cur;
          markChunk = j;
        }
        if (mark - cur > DIP_TOLERANCE_M) break;
      } else {
        if (cur < mark) {
          mark = cur;
          markChunk = j;
        }
        if (cur - mark > DIP_TOLERANCE_M) break;
      }
    }
    const segEndIdx = chunks[markChunk].ei;
    segStartIdx = trimmedStart(chunks, i, markChunk, cumDist, ele, ascending, segStartIdx);

    const segDist = cumDist[segEndIdx] - cumDist[segStartIdx];
    const segEle = ele[segEndIdx] - ele[segStartIdx];
    if (segDist >= minDistance && Math.abs(segEle) >= 50) {
      const avgGradient = segDist > 0 ? (segEle / segDist) * 100 : 0;
      if (ascending ? avgGradient >= minGradient : avgGradient <= -minGradient) {
        const positionKm = round(cumDist[segStartIdx] / 1000, 1);
        const distanceKm = round(segDist / 1000, 1);
        const elevationM = round(Math.abs(segEle));
        const signedElevationM = ascending ? elevationM : -elevationM;
        const avgGradientPct = round(Math.abs(avgGradient), 1);
        // the fields climbs and descents share, in the written order
        const shared: Descent = {
          position_km: positionKm,
          distance_km: distanceKm,
          elevation_m: signedElevationM,
          avg_gradient_pct: avgGradientPct,
          start_coords: [round(tp.lat[segStartIdx], 5), round(tp.lon[segStartIdx], 5)],
          end_coords: [round(tp.lat[segEndIdx], 5), round(tp.lon[segEndIdx], 5)],
          display: segmentDisplay(positionKm, distanceKm, signedElevationM, units),
        };
        if (ascending) {
          const maxGrad = maxSubGradient(segStartIdx, segEndIdx, cumDist, ele);
          segments.push({
            ...shared,
            max_gradient_pct: maxGrad > 0 ? round(maxGrad, 1) : avgGradientPct,
            category: climbCategory(elevationM),
          });
        } else {
          // a descent's gradient is negative (the key keeps its place)
          segments.push({ ...shared, avg_gradient_pct: -avgGradientPct });
        }
      }
    }
    i = markChunk + 1;
  }
  return segments;
}
