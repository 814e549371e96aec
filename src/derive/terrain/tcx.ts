/**
 * TCX route files → trackpoints: port of _parse_tcx (the element walk).
 */
import { pyFloat } from '../../lib/py/index.js';
import { isCodingError } from '../diagnostics.js';
import { findChild, iterTag, nsOf } from './xml.js';
import { TrackpointBuilder, type Trackpoints } from './trackpoints.js';
import { MAX_ROUTE_TRACKPOINTS, parseOrFail, tooMany } from './gpx.js';

/** _parse_tcx: every `Trackpoint` with a Position holding both degrees; a point whose numbers do not parse is skipped. */
export function tcxTrackpoints(content: Uint8Array): Trackpoints {
  const root = parseOrFail(content, 'TCX');
  const ns = nsOf(root.tag);
  const out = new TrackpointBuilder();
  for (const tpEl of iterTag(root, `${ns}Trackpoint`)) {
    const pos = findChild(tpEl, `${ns}Position`);
    if (!pos) continue;
    const latEl = findChild(pos, `${ns}LatitudeDegrees`);
    const lonEl = findChild(pos, `${ns}LongitudeDegrees`);
    const altEl = findChild(tpEl, `${ns}AltitudeMeters`);
    if (!latEl || !lonEl) continue;
    // float(None) is a TypeError and a bad number a ValueError: both skip the point
    if (latEl.text === null || lonEl.text === null) continue;
    let lat: number;
    let lon: number;
    let ele: number | null = null;
    try {
      lat = pyFloat(latEl.text);
      lon = pyFloat(lonEl.text);
      if (altEl && altEl.text) ele = pyFloat(altEl.text);
    } catch (e) {
      if (isCodingError(e)) throw e; // only float()'s ValueError skips the point
      continue;
    }
    if (out.length >= MAX_ROUTE_TRACKPOINTS) throw tooMany();
    out.push(lat, lon, ele);
  }
  return out.build();
}
