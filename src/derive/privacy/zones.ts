/**
 * Privacy zones: circles of `radiusM` metres (haversine, the terrain analysis' sphere) around
 * the start and the end of a track, where a home or a workplace usually is.
 */
import { haversine } from '../terrain/analyze.js';

export type Coord = [lat: number, lon: number];

export function isCoord(v: unknown): v is Coord {
  return Array.isArray(v) && v.length >= 2 && Number.isFinite(v[0]) && Number.isFinite(v[1]);
}

export class PrivacyZones {
  private readonly centres: Coord[] = [];
  constructor(private readonly radiusM: number) {}

  add(c: unknown): void {
    if (isCoord(c)) this.centres.push([Number(c[0]), Number(c[1])]);
  }

  get size(): number {
    return this.centres.length;
  }

  /** true when the point lies inside any zone (a point that is not a coordinate counts as inside) */
  covers(c: unknown): boolean {
    if (!isCoord(c)) return true;
    return this.centres.some(([lat, lon]) => haversine(lat, lon, Number(c[0]), Number(c[1])) <= this.radiusM);
  }
}
