/**
 * One route attachment → terrain_summary: the download outcome classified, then the format
 * detected. A document whose root element is TrainingCenterDatabase is read as TCX whatever its
 * file name says (a deliberate fix of the reference, which parsed such a file as GPX).
 */
import type { RouteEvent, TerrainError } from '../../contract/index.js';
import { strip } from '../../lib/py/index.js';
import type { Outcome } from '../../snapshot/types.js';
import type { AthleteUnits } from '../units.js';
import { analyzeRoute } from './analyze.js';
import { gpxTrackpoints, RouteFileError } from './gpx.js';
import { tcxTrackpoints } from './tcx.js';
import type { Trackpoints } from './trackpoints.js';
import { xmlRootLocalName } from './xml.js';

/** files shorter than this are "empty or invalid" */
const MIN_ROUTE_BYTES = 50;

/** bytes.decode("utf-8", errors="ignore"): undecodable bytes are dropped */
export function decodeUtf8Ignore(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    let need = 0;
    let cp = 0;
    let min = 0;
    if (b >= 0xc2 && b <= 0xdf) [need, cp, min] = [1, b & 0x1f, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, cp, min] = [2, b & 0x0f, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, cp, min] = [3, b & 0x07, 0x10000];
    else {
      i++;
      continue;
    }
    let ok = i + need <= n - 1;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    if (!ok || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      i++;
      continue;
    }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

function extensionOf(filename: string): string {
  const lower = filename.toLowerCase();
  const dot = lower.lastIndexOf('.');
  return dot >= 0 ? lower.slice(dot + 1) : '';
}

type Format = 'gpx' | 'tcx' | TerrainError;

/** The route file's format: TCX by its root element, GPX/TCX by their opening text, FIT (unsupported) by its magic bytes, else by extension. */
export function detectRouteFormat(content: Uint8Array, filename: string): Format {
  if (xmlRootLocalName(content) === 'TrainingCenterDatabase') return 'tcx';
  const textStart = strip(decodeUtf8Ignore(content.subarray(0, 200)));
  if (textStart.startsWith('<?xml') || textStart.startsWith('<gpx') || textStart.slice(0, 500).includes('<gpx')) return 'gpx';
  if (textStart.includes('<TrainingCenterDatabase') || decodeUtf8Ignore(content.subarray(0, 500)).includes('TrainingCenterDatabase')) {
    return 'tcx';
  }
  const fitMagic =
    (content[0] === 0x2e && content[1] === 0x46) ||
    (content[0] === 0x0e && content[1] === 0x10 && content[2] === 0xd9 && content[3] === 0x07);
  if (fitMagic) return { error: 'FIT format not yet supported' };
  const ext = extensionOf(filename);
  if (ext === 'gpx') return 'gpx';
  if (ext === 'tcx') return 'tcx';
  if (ext === 'fit') return { error: 'FIT format not yet supported' };
  return { error: 'unrecognized route file format' };
}

/** A route's terrain_summary: an analysis, an `{error}` entry, or null (degenerate track). */
export type RouteSummary = RouteEvent['terrain_summary'];

/** The terrain_summary of a route file by its detected format, or why it has none. */
export function parseRouteFile(content: Uint8Array, filename: string, units: AthleteUnits | null): RouteSummary {
  const format = detectRouteFormat(content, filename);
  if (typeof format !== 'string') return format;
  let tp: Trackpoints;
  try {
    tp = format === 'gpx' ? gpxTrackpoints(content) : tcxTrackpoints(content);
  } catch (e) {
    if (e instanceof RouteFileError) return { error: e.message };
    throw e;
  }
  if (tp.n < 2) return { error: 'insufficient trackpoints' };
  return analyzeRoute(tp, units);
}

/** The terrain_summary of a downloaded route file (the snapshot stage downloads; derive stays pure). */
export function routeSummaryFromDownload(
  download: Outcome<Buffer> | undefined,
  filename: string,
  units: AthleteUnits | null,
): RouteSummary {
  if (!download) return { error: 'download failed: not downloaded' };
  if (!download.ok) {
    const e = download.error;
    if (e.kind === 'http' && e.status !== null) return { error: `download failed (HTTP ${e.status})` };
    return { error: `download failed: ${e.message.slice(0, 100)}` };
  }
  const content = download.data;
  if (!content || content.length < MIN_ROUTE_BYTES) return { error: 'empty or invalid file' };
  return parseRouteFile(content, filename, units);
}
