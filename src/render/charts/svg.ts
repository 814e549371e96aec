/**
 * A small SVG writer for the dashboard charts: elements as strings with escaped attributes and
 * text, numbers in one fixed format, linear scales, and the palette.
 *
 * Determinism is the point: the same data gives the same bytes, so a chart only changes when
 * its data does. Numbers are written with at most two decimals (no exponent, no "-0"), element
 * ids are fixed per chart, and nothing reads the clock.
 *
 * The charts are shown as images on github.com in light and dark themes: the background stays
 * transparent, the series use mid-tone colours legible on white and on near-black, and text is
 * mid-grey (about 4:1 against either page colour).
 */

export type Attrs = Record<string, string | number | null | undefined>;

/** Text content and attribute values, XML-escaped. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A coordinate or value as written into the SVG: at most `nd` decimals, no trailing zeros, never "-0". */
export function num(x: number, nd = 2): string {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const f = 10 ** nd;
  const r = Math.round(x * f) / f;
  if (r === 0) return '0';
  // the nearest double to k / 10**nd prints as exactly those digits (well within 15 significant)
  if (Math.abs(r) < 1e12) return String(r);
  let s = r.toFixed(nd);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s;
}

function attrs(a: Attrs): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === null || v === undefined) continue;
    out += ` ${k}="${typeof v === 'number' ? num(v) : esc(v)}"`;
  }
  return out;
}

/** One element; children are already-written SVG strings (an empty list gives a self-closing tag). */
export function el(name: string, a: Attrs = {}, children: string[] = []): string {
  return children.length === 0 ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${children.join('')}</${name}>`;
}

/** A text element (the content is escaped). */
export function text(x: number, y: number, content: string, a: Attrs = {}): string {
  return `<text${attrs({ x, y, ...a })}>${esc(content)}</text>`;
}

/** A linear map from a data domain onto a pixel range (a degenerate domain maps to the range's middle). */
export interface Scale {
  (v: number): number;
  domain: [number, number];
  range: [number, number];
  /** pixel → data value (what the tests read the charts back with) */
  invert(px: number): number;
}

export function linear(domain: [number, number], range: [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const f = ((v: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((v - d0) / span) * (r1 - r0))) as Scale;
  f.domain = [d0, d1];
  f.range = [r0, r1];
  f.invert = (px: number) => (r1 === r0 ? d0 : d0 + ((px - r0) / (r1 - r0)) * span);
  return f;
}

/** Round axis ticks (1, 2, 2.5 or 5 × 10ⁿ apart) covering [lo, hi]; about `count` of them. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const out: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) out.push(Math.round(t / step) * step);
  return out;
}

/** A domain widened to round ticks (e.g. 3.2…41.7 → 0…50). */
export function niceDomain(lo: number, hi: number, count = 5): [number, number] {
  if (!(hi > lo)) return [lo - 1, hi + 1];
  const raw = (hi - lo) / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  return [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
}

/**
 * A polyline through the points that have a value; a point without one (null) ends the current
 * run, so a day without data is a gap in the line, never a drop to zero. A lone point between
 * two gaps is a run of one vertex (`M x y`), which the caller marks with a dot.
 */
export function gappedPath(points: ReadonlyArray<readonly [number, number] | null>): { d: string; runs: number[][][] } {
  const runs: number[][][] = [];
  let cur: number[][] = [];
  for (const p of points) {
    if (p === null) {
      if (cur.length) runs.push(cur);
      cur = [];
    } else cur.push([p[0], p[1]]);
  }
  if (cur.length) runs.push(cur);
  const d = runs.map((run) => run.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${num(x, 1)} ${num(y, 1)}`).join('')).join('');
  return { d, runs };
}

/** Mid-tone colours that keep contrast on GitHub's light (#ffffff) and dark (#0d1117) pages. */
export const COLOURS = {
  text: '#768390',
  grid: '#8b949e',
  ctl: '#3b82f6',
  atl: '#d946ef',
  tsbUp: '#22a06b',
  tsbDown: '#e5534b',
  race: '#e3a008',
  ramp: '#e3a008',
  go: '#2da44e',
  modify: '#d4a72c',
  skip: '#e5534b',
  none: '#8b949e',
  z1: '#3fb950',
  z2: '#d4a72c',
  z3: '#e5534b',
} as const;

/** Training phases (phase_detected) and their colours; an unknown phase gets `other`. */
export const PHASE_COLOURS: Readonly<Record<string, string>> = {
  Base: '#3b82f6',
  Build: '#e8833a',
  Peak: '#e5534b',
  Taper: '#a371f7',
  Deload: '#3fb950',
  Recovery: '#3fb950',
  Overreached: '#db61a2',
  other: '#8b949e',
};

export const FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif";

/**
 * The root element. `name` prefixes the ids of title and desc (fixed, so the bytes are stable
 * and two charts inlined into one page never share an id).
 */
export function svgDoc(name: string, width: number, height: number, title: string, desc: string, body: string[], a: Attrs = {}): string {
  const style =
    // (a fill rule on all text would override the fill attribute of the coloured labels)
    `text{font-family:${FONT};font-size:11px}text:not([fill]){fill:${COLOURS.text}}.b{font-weight:600}`;
  return (
    el(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        width,
        height,
        viewBox: `0 0 ${width} ${height}`,
        role: 'img',
        'aria-labelledby': `${name}-title ${name}-desc`,
        ...a,
      },
      [
        el('title', { id: `${name}-title` }, [esc(title)]),
        el('desc', { id: `${name}-desc` }, [esc(desc)]),
        el('style', {}, [style]),
        ...body,
      ],
    ) + '\n'
  );
}

/** The chart for an athlete with nothing to plot yet: the frame, the title and why. */
export function emptyChart(name: string, width: number, height: number, title: string, message: string): string {
  return svgDoc(name, width, height, title, message, [
    text(12, 20, title, { class: 'b', 'font-size': 13 }),
    el('rect', {
      x: 12,
      y: 32,
      width: width - 24,
      height: height - 44,
      rx: 6,
      fill: 'none',
      stroke: COLOURS.grid,
      'stroke-opacity': 0.5,
      'stroke-dasharray': '4 4',
    }),
    text(width / 2, 32 + (height - 44) / 2 + 4, message, { 'text-anchor': 'middle', 'data-empty': 'true' }),
  ]);
}

const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A calendar day "YYYY-MM-DD" as a day number (days since 1970-01-01), or null when it is not one. */
export function dayNumber(iso: unknown): number | null {
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return null;
  const ms = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(ms) ? null : Math.round(ms / DAY_MS);
}

/** The day number back as "YYYY-MM-DD". */
export function isoDay(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** "Feb 20" */
export function shortDay(n: number): string {
  const d = new Date(n * DAY_MS);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
}

/** "Feb" for the first day of a month, else null (month ticks on a day axis). */
export function monthStart(n: number): string | null {
  const d = new Date(n * DAY_MS);
  return d.getUTCDate() === 1 ? MONTHS[d.getUTCMonth()] : null;
}

/** A finite number, or null for anything else (null, absent, NaN, a string). */
export function finite(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** A JSON value as the JSON shows it (37.11 stays "37.11"; Python's 1.0 reads back as 1). */
export function shown(v: number): string {
  return String(v);
}

/** Text cut to `max` characters with an ellipsis. */
export function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
