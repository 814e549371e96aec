/**
 * The terrain walks that scan ahead from every point (the steepest 200 m of a climb, where a
 * climb really starts, the distance along the track) against their definitions, written out as
 * the direct nested scans, on random tracks: equal to the last bit.
 */
import { describe, it, expect } from '@jest/globals';
import { buildChunks, maxSubGradient, trimmedStart } from '../../src/derive/terrain/segments.js';
import { cumulativeDistance, haversine, smoothElevation } from '../../src/derive/terrain/analyze.js';
import { TrackpointBuilder, type Trackpoints } from '../../src/derive/terrain/trackpoints.js';

/** a small deterministic generator (mulberry32), so a failure names a reproducible seed */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A wandering track: uneven spacing, rolling climbs and descents. */
function randomTrack(seed: number): Trackpoints {
  const r = rng(seed);
  const n = 50 + Math.floor(r() * 3000);
  const b = new TrackpointBuilder(1 + Math.floor(r() * 8));
  let lat = -60 + r() * 120;
  let lon = -180 + r() * 360;
  let ele = r() * 2000;
  let grade = 0;
  let sparse = 0;
  for (let i = 0; i < n; i++) {
    b.push(lat, lon, r() < 0.02 ? null : ele);
    if (r() < 0.03) grade = (r() - 0.5) * 24;
    // repeated points, and now and then a GPS dropout: a few steps of up to 3 km each
    if (sparse === 0 && r() < 0.01) sparse = 1 + Math.floor(r() * 5);
    const step = sparse > 0 ? 100 + r() * 2900 : r() < 0.05 ? 0 : r() * 60;
    if (sparse > 0) sparse--;
    const heading = r() * 0.6;
    lat += (step * Math.cos(heading)) / 111_195;
    lon += (step * Math.sin(heading)) / 111_195;
    ele += (step * grade) / 100 + (r() - 0.5) * 2;
  }
  return b.build();
}

function directMaxSubGradient(start: number, end: number, cum: Float64Array, ele: Float64Array): number {
  let maxGrad = 0.0;
  for (let k = start; k < end; k++) {
    for (let m = k + 1; m <= end; m++) {
      const d = cum[m] - cum[k];
      if (d >= 200) {
        const g = Math.abs(((ele[m] - ele[k]) / d) * 100);
        if (g > maxGrad) maxGrad = g;
        break;
      }
    }
  }
  return maxGrad;
}

function directTrimmedStart(
  chunks: Array<{ si: number; ei: number }>,
  from: number,
  endChunk: number,
  cum: Float64Array,
  ele: Float64Array,
  ascending: boolean,
  fallback: number,
): number {
  for (let t = from; t < Math.min(endChunk, chunks.length); t++) {
    const s = chunks[t].si;
    let ahead = s;
    for (let ai = s + 1; ai < Math.min(chunks[endChunk].ei + 1, cum.length); ai++) {
      if (cum[ai] - cum[s] >= 2000) {
        ahead = ai;
        break;
      }
    }
    if (ahead > s && cum[ahead] - cum[s] > 0) {
      const g = ((ele[ahead] - ele[s]) / (cum[ahead] - cum[s])) * 100;
      if (ascending ? g >= 2.5 : g <= -2.5) return s;
    }
  }
  return fallback;
}

const SEEDS = Array.from({ length: 60 }, (_, i) => 1000 + i);

describe('terrain walks', () => {
  it('the distance along the track is the running sum of haversine() of consecutive points', () => {
    for (const seed of SEEDS) {
      const tp = randomTrack(seed);
      const cum = cumulativeDistance(tp);
      let acc = 0;
      for (let i = 1; i < tp.n; i++) {
        acc += haversine(tp.lat[i - 1], tp.lon[i - 1], tp.lat[i], tp.lon[i]);
        if (cum[i] !== acc) throw new Error(`seed ${seed}: point ${i}: ${cum[i]} vs ${acc}`);
      }
    }
  });

  it('the steepest 200 m of every stretch is the direct scan from every point', () => {
    let compared = 0;
    for (const seed of SEEDS) {
      const tp = randomTrack(seed);
      const cum = cumulativeDistance(tp);
      const ele = smoothElevation(tp, cum);
      const r = rng(seed * 7);
      for (let k = 0; k < 40; k++) {
        const a = Math.floor(r() * tp.n);
        const b = Math.min(tp.n - 1, a + Math.floor(r() * 800));
        expect(maxSubGradient(a, b, cum, ele)).toBe(directMaxSubGradient(a, b, cum, ele));
        compared++;
      }
    }
    expect(compared).toBe(SEEDS.length * 40);
  });

  it('where a segment really starts is the direct 2 km look-ahead from every chunk', () => {
    let trimmed = 0;
    for (const seed of SEEDS) {
      const tp = randomTrack(seed);
      const cum = cumulativeDistance(tp);
      const ele = smoothElevation(tp, cum);
      const chunks = buildChunks(tp.n, cum, ele);
      if (chunks.length < 2) continue;
      const r = rng(seed * 13);
      for (let k = 0; k < 40; k++) {
        const from = Math.floor(r() * chunks.length);
        const end = Math.min(chunks.length - 1, from + Math.floor(r() * 40));
        for (const ascending of [true, false]) {
          const fallback = chunks[from].si;
          const got = trimmedStart(chunks, from, end, cum, ele, ascending, fallback);
          expect(got).toBe(directTrimmedStart(chunks, from, end, cum, ele, ascending, fallback));
          if (got !== fallback) trimmed++;
        }
      }
    }
    // the random courses do exercise the trimming, not only the fallback
    expect(trimmed).toBeGreaterThan(50);
  });

  it('the trackpoint builder grows past its capacity and keeps every point it accepted, in order', () => {
    const b = new TrackpointBuilder(2);
    const want: Array<[number, number, number | null]> = [];
    for (let i = 0; i < 1000; i++) {
      const p: [number, number, number | null] = [i / 7, -i / 3, i % 5 === 0 ? null : i * 1.5];
      expect(b.push(...p)).toBe(true);
      want.push(p);
      expect(b.push(Number.NaN, 1, 1)).toBe(false);
    }
    expect(b.push(1, 2, Number.POSITIVE_INFINITY)).toBe(true);
    want.push([1, 2, null]);
    const tp = b.build();
    expect(tp.n).toBe(want.length);
    expect([tp.lat.length, tp.lon.length, tp.ele.length, tp.hasEle.length]).toEqual([tp.n, tp.n, tp.n, tp.n]);
    want.forEach(([la, lo, e], i) => {
      expect([tp.lat[i], tp.lon[i], tp.ele[i], tp.hasEle[i]]).toEqual([la, lo, e ?? 0, e === null ? 0 : 1]);
    });
  });
});
