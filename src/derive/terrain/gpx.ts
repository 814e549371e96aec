/**
 * GPX route files → trackpoints: port of _parse_gpx (the element walk) on the hardened XML
 * reader in xml.ts, and what the GPX and TCX readers share.
 */
import { pyFloat } from '../../lib/py/index.js';
import { isCodingError } from '../diagnostics.js';
import { findChild, iterTag, nsOf, parseXml, XmlParseError, type XmlElement } from './xml.js';
import { TrackpointBuilder, type Trackpoints } from './trackpoints.js';

/** most trackpoints read from one route file (a real 300 km course has ~30 000) */
export const MAX_ROUTE_TRACKPOINTS = 100_000;

/** A route file the parsers reject, with the reference's error string. */
export class RouteFileError extends Error {}

export function tooMany(): RouteFileError {
  return new RouteFileError(`too many trackpoints (more than ${MAX_ROUTE_TRACKPOINTS})`);
}

/**
 * Refuse a file with more start tags named `local` than the cap before building its tree (a cheap
 * textual count; the exact count is enforced again while the points are read).
 */
export function precheckTrackpointCount(content: Uint8Array, local: string): void {
  const text = Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('latin1');
  const re = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${local}[\\s/>]`, 'g');
  let count = 0;
  while (re.exec(text)) if (++count > MAX_ROUTE_TRACKPOINTS) throw tooMany();
}

export function parseOrFail(content: Uint8Array, label: 'GPX' | 'TCX'): XmlElement {
  precheckTrackpointCount(content, label === 'GPX' ? 'trkpt' : 'Trackpoint');
  try {
    return parseXml(content);
  } catch (e) {
    if (e instanceof XmlParseError) throw new RouteFileError(`${label} parse error: ${e.message.slice(0, 100)}`);
    throw e;
  }
}

/** _parse_gpx: every `trkpt` (in the root's namespace) with non-empty lat and lon; `ele` when it parses. */
export function gpxTrackpoints(content: Uint8Array): Trackpoints {
  const root = parseOrFail(content, 'GPX');
  const ns = nsOf(root.tag);
  const out = new TrackpointBuilder();
  for (const trkpt of iterTag(root, `${ns}trkpt`)) {
    const lat = trkpt.attrib.get('lat');
    const lon = trkpt.attrib.get('lon');
    if (!lat || !lon) continue;
    let latV: number;
    let lonV: number;
    try {
      latV = pyFloat(lat);
      lonV = pyFloat(lon);
    } catch (e) {
      // The reference lets this ValueError escape and the whole run fails; the port keeps the
      // run going and reports the file as unreadable instead.
      throw new RouteFileError(`GPX parse error: ${(e as Error).message.slice(0, 100)}`);
    }
    let ele: number | null = null;
    const eleEl = findChild(trkpt, `${ns}ele`);
    if (eleEl && eleEl.text) {
      try {
        ele = pyFloat(eleEl.text);
      } catch (e) {
        if (isCodingError(e)) throw e; // only float()'s ValueError drops the elevation
        ele = null;
      }
    }
    if (out.length >= MAX_ROUTE_TRACKPOINTS) throw tooMany();
    out.push(latV, lonV, ele);
  }
  return out.build();
}
