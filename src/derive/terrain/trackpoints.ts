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

/**
 * Growable builder for Trackpoints, filling the typed arrays directly: a streams response gives
 * its length up front (a capacity), a route file's points grow the arrays by doubling.
 */
export class TrackpointBuilder {
  private n = 0;
  private lat: Float64Array;
  private lon: Float64Array;
  private ele: Float64Array;
  private hasEle: Uint8Array;

  constructor(capacity = 1024) {
    const c = Math.max(1, capacity);
    this.lat = new Float64Array(c);
    this.lon = new Float64Array(c);
    this.ele = new Float64Array(c);
    this.hasEle = new Uint8Array(c);
  }

  get length(): number {
    return this.n;
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
    if (this.n === this.lat.length) this.grow();
    const i = this.n++;
    this.lat[i] = lat;
    this.lon[i] = lon;
    this.ele[i] = ele ?? 0;
    this.hasEle[i] = ele === null ? 0 : 1;
    return true;
  }

  build(): Trackpoints {
    const n = this.n;
    return { n, lat: this.lat.slice(0, n), lon: this.lon.slice(0, n), ele: this.ele.slice(0, n), hasEle: this.hasEle.slice(0, n) };
  }

  private grow(): void {
    const c = this.lat.length * 2;
    const wider = (a: Float64Array) => {
      const b = new Float64Array(c);
      b.set(a);
      return b;
    };
    this.lat = wider(this.lat);
    this.lon = wider(this.lon);
    this.ele = wider(this.ele);
    const hasEle = new Uint8Array(c);
    hasEle.set(this.hasEle);
    this.hasEle = hasEle;
  }
}

export function anyElevation(tp: Trackpoints): boolean {
  for (let i = 0; i < tp.n; i++) if (tp.hasEle[i]) return true;
  return false;
}
