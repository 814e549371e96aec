/** Small route builders for the terrain tests (hand-made inputs, no shared data). */
import { NaiveDateTime } from '../../src/lib/naive-time.js';
import { makeContext, type DeriveContext } from '../../src/derive/context.js';
import type { AthleteUnits } from '../../src/derive/units.js';

export type Pt = [lat: number, lon: number, ele?: number];

/** metres per degree of latitude on the reference's sphere (R = 6 371 000 m) */
export const M_PER_DEG = (Math.PI / 180) * 6371000;

export const METRIC: AthleteUnits = { wind: 'm/s', temp: 'c', rain: 'mm', distance: 'metric', weight: 'kg', height: 'cm' };
export const IMPERIAL: AthleteUnits = { wind: 'mph', temp: 'f', rain: 'in', distance: 'imperial', weight: 'lb', height: 'in' };

export function ctx(scriptHash = 'testhash0001'): DeriveContext {
  return makeContext(NaiveDateTime.parse('2025-06-10T07:00:00'), {
    daysBack: 7,
    weekStartDay: 0,
    zonePreference: {},
    producerVersion: 'test',
    scriptHash,
  });
}

/**
 * A track heading north from (lat0, lon0), one point every `stepM` metres, through sections of
 * given length and grade (%).
 */
export function northTrack(
  sections: Array<{ m: number; grade: number }>,
  opts: { lat0?: number; lon0?: number; ele0?: number; stepM?: number } = {},
): Pt[] {
  const step = opts.stepM ?? 20;
  let lat = opts.lat0 ?? 45;
  const lon = opts.lon0 ?? 7;
  let ele = opts.ele0 ?? 100;
  const pts: Pt[] = [[lat, lon, ele]];
  for (const s of sections) {
    for (let d = 0; d < s.m; d += step) {
      lat += step / M_PER_DEG;
      ele += (step * s.grade) / 100;
      pts.push([lat, lon, ele]);
    }
  }
  return pts;
}

export function gpx(pts: Pt[], opts: { decl?: boolean; ns?: boolean; doctype?: string; name?: string } = {}): string {
  const head = opts.decl === false ? '' : '<?xml version="1.0" encoding="UTF-8"?>\n';
  const doctype = opts.doctype ? opts.doctype + '\n' : '';
  const ns = opts.ns === false ? '' : ' xmlns="http://www.topografix.com/GPX/1/1"';
  const body = pts
    .map(
      ([la, lo, e]) =>
        `<trkpt lat="${la.toFixed(7)}" lon="${lo.toFixed(7)}">${e === undefined ? '' : `<ele>${e.toFixed(1)}</ele>`}</trkpt>`,
    )
    .join('\n');
  return `${head}${doctype}<gpx version="1.1" creator="test"${ns}><trk><name>${opts.name ?? 'route'}</name><trkseg>\n${body}\n</trkseg></trk></gpx>\n`;
}

export function tcx(pts: Pt[], opts: { decl?: boolean; altitude?: boolean } = {}): string {
  const head = opts.decl === false ? '' : '<?xml version="1.0" encoding="UTF-8"?>\n';
  const body = pts
    .map(
      ([la, lo, e]) =>
        `<Trackpoint><Position><LatitudeDegrees>${la.toFixed(7)}</LatitudeDegrees><LongitudeDegrees>${lo.toFixed(7)}</LongitudeDegrees></Position>` +
        (opts.altitude === false || e === undefined ? '' : `<AltitudeMeters>${e.toFixed(1)}</AltitudeMeters>`) +
        '</Trackpoint>',
    )
    .join('\n');
  return `${head}<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Courses><Course><Name>c</Name><Track>\n${body}\n</Track></Course></Courses></TrainingCenterDatabase>\n`;
}

export const buf = (s: string): Buffer => Buffer.from(s, 'utf8');
