/**
 * Grade distribution and steepest 200 m anywhere on the route: port of
 * _compute_grade_distribution.
 */
import type { GradeDistribution } from '../../contract/index.js';
import { round } from '../../lib/py/index.js';

/** chunk length of the grade walk (the reference's CHUNK_M) */
const CHUNK_M = 200.0;

/** Buckets by |grade| of consecutive ≥200 m chunks: flat <1 %, gentle 1-3, moderate 3-6, steep ≥6. */
export function computeGradeDistribution(cumDist: Float64Array, smoothedEle: Float64Array): [GradeDistribution, number] {
  const n = cumDist.length;
  const totalDist = n ? cumDist[n - 1] : 0.0;
  if (totalDist < CHUNK_M) return [{ flat_pct: 100.0, gentle_pct: 0.0, moderate_pct: 0.0, steep_pct: 0.0 }, 0.0];

  let flat = 0.0;
  let gentle = 0.0;
  let moderate = 0.0;
  let steep = 0.0;
  let maxGrade = 0.0;
  let i = 0;
  let chunkStartDist = 0.0;
  while (i < n - 1) {
    let j = i;
    while (j < n - 1 && cumDist[j] - chunkStartDist < CHUNK_M) j++;
    const chunkDist = cumDist[j] - chunkStartDist;
    // `!(x > 0)` also stops on NaN, and a walk that did not move stops: the loop always ends
    if (!(chunkDist > 0) || j <= i) break;
    const eleChange = smoothedEle[j] - smoothedEle[i];
    const gradePct = Math.abs((eleChange / chunkDist) * 100.0);
    if (gradePct > maxGrade) maxGrade = gradePct;
    if (gradePct < 1.0) flat += chunkDist;
    else if (gradePct < 3.0) gentle += chunkDist;
    else if (gradePct < 6.0) moderate += chunkDist;
    else steep += chunkDist;
    chunkStartDist = cumDist[j];
    i = j;
  }
  return [
    {
      flat_pct: round((flat / totalDist) * 100, 1),
      gentle_pct: round((gentle / totalDist) * 100, 1),
      moderate_pct: round((moderate / totalDist) * 100, 1),
      steep_pct: round((steep / totalDist) * 100, 1),
    },
    round(maxGrade, 1),
  ];
}
