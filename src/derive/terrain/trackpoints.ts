/**
 * Trackpoints as parallel typed arrays (the reference's list of {lat, lon, ele?} dicts).
 */

export interface Trackpoints {
  n: number;
  lat: Float64Array;
  lon: Float64Array;
  /** elevation; meaningful only where hasEle[i] is 1 (the reference's `tp.get("ele", 0.0)` reads 0 otherwise) */
  ele: Float64Array;
  hasEle: Uint8Array;
}

/** Growable builder for Trackpoints. */
export class TrackpointBuilder {
  private lat: number[] = [];
  private lon: number[] = [];
  private ele: number[] = [];
  private hasEle: number[] = [];

  get length(): number {
    return this.lat.length;
  }

  /**
   * Add one point. A non-finite coordinate (a file's `nan`, `inf`, `1e309`) makes the point
   * missing, as a point without lat/lon is in the reference; a non-finite elevation makes the
   * elevation missing, as an absent `<ele>` is. Non-finite numbers never reach the analysis
   * (a NaN distance would stall its distance walks). Returns whether the point was kept.
   */
  push(lat: number, lon: number, ele: number | null): boolean {
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) return false;
    if (ele !== null && !Number.isFinite(ele)) ele = null;
    this.lat.push(lat);
    this.lon.push(lon);
    this.ele.push(ele ?? 0);
    this.hasEle.push(ele === null ? 0 : 1);
    return true;
  }

  build(): Trackpoints {
    return {
      n: this.lat.length,
      lat: Float64Array.from(this.lat),
      lon: Float64Array.from(this.lon),
      ele: Float64Array.from(this.ele),
      hasEle: Uint8Array.from(this.hasEle),
    };
  }
}

export function anyElevation(tp: Trackpoints): boolean {
  for (let i = 0; i < tp.n; i++) if (tp.hasEle[i]) return true;
  return false;
}
