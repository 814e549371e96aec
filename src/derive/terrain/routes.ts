/**
 * routes.json: port of _generate_terrain. Every GPX/TCX/FIT attachment of the run's events gets
 * an entry; entries are cached by attachment id in the previous routes.json (only new
 * attachments are downloaded, and only while the producer's script_hash is unchanged).
 */
import { get, isDict, truthy, type Dict } from '../../lib/py/index.js';
import type { Outcome } from '../../snapshot/types.js';
import type { DeriveContext } from '../context.js';
import type { AthleteUnits } from '../units.js';
import { refreshTerrainDisplay } from './analyze.js';
import { routeSummaryFromDownload } from './route-file.js';
import { degraded, diagnose } from '../diagnostics.js';

/** attachment extensions considered route files */
const ROUTE_EXTENSIONS = new Set(['gpx', 'tcx', 'fit']);

/** Python dict-key identity of a JSON scalar (1 == 1.0 == True; "1" differs) */
function pyKey(v: unknown): string {
  if (typeof v === 'boolean') return `n:${v ? 1 : 0}`;
  if (typeof v === 'number') return `n:${v}`;
  if (typeof v === 'string') return `s:${v}`;
  return `o:${JSON.stringify(v)}`;
}

/** cached attachment id → routes.json entry of the previous run (empty when stale or unreadable) */
function cachedByAttachment(ctx: DeriveContext, previousRoutes: Dict | null): Map<string, Dict> {
  const out = new Map<string, Dict>();
  if (!isDict(previousRoutes)) return out;
  if (get(previousRoutes, 'script_hash') !== ctx.scriptHash) return out;
  const entries = get(previousRoutes, 'events', []);
  if (!Array.isArray(entries)) return out;
  for (const entry of entries) {
    if (!isDict(entry)) continue;
    const aid = get(entry, 'attachment_id');
    if (truthy(aid)) out.set(pyKey(aid), entry);
  }
  return out;
}

interface RouteAttachment {
  evt: Dict;
  att: Dict;
  attId: unknown;
  filename: string;
  url: string;
}

/** The route attachments of the events, in order (the reference's scan). */
function* routeAttachments(events: Dict[]): Generator<RouteAttachment> {
  for (const evt of events) {
    const attachments = get(evt, 'attachments');
    if (!truthy(attachments) || !Array.isArray(attachments)) continue;
    for (const att of attachments) {
      if (!isDict(att)) continue;
      const attId = get(att, 'id');
      const filename = String(get(att, 'filename', '') ?? '');
      const url = get(att, 'url', '');
      if (!truthy(attId) || !truthy(url) || typeof url !== 'string') continue;
      const lower = filename.toLowerCase();
      const ext = lower.includes('.') ? lower.slice(lower.lastIndexOf('.') + 1) : '';
      if (!ROUTE_EXTENSIONS.has(ext)) continue;
      yield { evt, att, attId, filename, url };
    }
  }
}

/** Attachment URLs to download this run: route files not cached by attachment id. */
export function attachmentUrlsToDownload(ctx: DeriveContext, events: Dict[], previousRoutes: Dict | null): string[] {
  const cached = cachedByAttachment(ctx, previousRoutes);
  const urls: string[] = [];
  for (const r of routeAttachments(events)) {
    if (cached.has(pyKey(r.attId))) continue;
    if (!urls.includes(r.url)) urls.push(r.url);
  }
  return urls;
}

/** "HH:MM" of the event's start when it has a time other than midnight */
function startTime(evt: Dict): string | null {
  const raw = get(evt, 'start_date_local') || '';
  if (typeof raw !== 'string' || !raw.includes('T')) return null;
  const t = raw.split('T')[1].slice(0, 5);
  return t !== '00:00' ? t : null;
}

/**
 * The route's terrain_summary. A download or parse failure is the reference's `{"error": …}`
 * (recorded as a diagnostic too); an exception the parsers do not expect, which would stop the
 * reference's whole run, becomes an error entry for this route alone, named as an internal error.
 */
function routeSummary(download: Outcome<Buffer> | undefined, filename: string, units: AthleteUnits | null, block: string): Dict | null {
  let summary: Dict | null;
  try {
    summary = routeSummaryFromDownload(download, filename, units);
  } catch (e) {
    degraded(block, e);
    return { error: `analysis failed (${e instanceof Error ? e.name : 'error'})` };
  }
  if (isDict(summary) && typeof summary.error === 'string') diagnose(block, `${filename}: ${summary.error}`);
  else if (summary === null) diagnose(block, `${filename}: degenerate track (under 100 m with elevation)`);
  return summary;
}

export interface RoutesOutput {
  routesData: Dict;
  terrainEventIds: Set<string>;
}

/** _generate_terrain(events, athlete_units) → routes.json content and the has_terrain event ids. */
export function buildRoutes(
  ctx: DeriveContext,
  events: Dict[],
  previousRoutes: Dict | null,
  downloads: Record<string, Outcome<Buffer>>,
  units: AthleteUnits | null,
): RoutesOutput {
  const cached = cachedByAttachment(ctx, previousRoutes);
  const entries: Dict[] = [];
  for (const { evt, attId, filename, url } of routeAttachments(events)) {
    const evtId = get(evt, 'id');
    const evtName = get(evt, 'name', 'Unnamed');
    const rawDate = get(evt, 'start_date_local') || '';
    const evtDate = typeof rawDate === 'string' ? rawDate.slice(0, 10) : '';
    const evtCategory = get(evt, 'category', '');
    const evtStart = startTime(evt);

    const hit = cached.get(pyKey(attId));
    if (hit) {
      const entry: Dict = { ...hit, event_id: evtId, event_name: evtName, event_date: evtDate, category: evtCategory };
      if (evtStart) entry.start_time = evtStart;
      else delete entry.start_time;
      if (isDict(entry.terrain_summary)) entry.terrain_summary = refreshTerrainDisplay(entry.terrain_summary, units);
      entries.push(entry);
      continue;
    }
    const entry: Dict = {
      event_id: evtId,
      event_name: evtName,
      event_date: evtDate,
      category: evtCategory,
      attachment_id: attId,
      filename,
      terrain_summary: routeSummary(downloads[url], filename, units, `routes.events[${entries.length}].terrain_summary`),
    };
    if (evtStart) entry.start_time = evtStart;
    entries.push(entry);
  }

  const routesData: Dict = {
    generated_at: ctx.utcNow.isoformat(),
    sync_version: ctx.producerVersion,
    script_hash: ctx.scriptHash,
    events: entries,
  };
  // Reproduced as the reference has it: any truthy terrain_summary counts, {"error": ...} included.
  const terrainEventIds = new Set<string>();
  for (const e of entries) if (truthy(e.terrain_summary)) terrainEventIds.add(String(e.event_id));
  return { routesData, terrainEventIds };
}
