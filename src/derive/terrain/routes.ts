/**
 * routes.json: every GPX/TCX/FIT attachment of the run's events gets an entry; entries are cached
 * by attachment id in the previous routes.json (only new attachments are downloaded, and only
 * while the producer's script_hash is unchanged), with the event's current name, date, category
 * and start time and display blocks in the current units.
 */
import type { RouteEvent, RoutesFile } from '../../contract/index.js';
import { get, isDict, or, truthy } from '../../lib/py/index.js';
import type { ApiEvent } from '../../snapshot/api-rows.js';
import { RouteCache, routeAttachments } from '../../snapshot/plan/terrain.js';
import type { Outcome } from '../../snapshot/types.js';
import type { DeriveContext } from '../context.js';
import type { AthleteUnits } from '../units.js';
import { refreshTerrainDisplay } from './analyze.js';
import { type RouteSummary, routeSummaryFromDownload } from './route-file.js';
import { degraded, diagnose } from '../diagnostics.js';

/** "HH:MM" of the event's start when it has a time other than midnight */
function startTime(evt: ApiEvent): string | null {
  const raw = or(get(evt, 'start_date_local'), '');
  if (typeof raw !== 'string' || !raw.includes('T')) return null;
  const t = raw.split('T')[1].slice(0, 5);
  return t !== '00:00' ? t : null;
}

/**
 * The route's terrain_summary. A download or parse failure is the reference's `{"error": …}`
 * (recorded as a diagnostic too); an exception the parsers do not expect, which would stop the
 * reference's whole run, becomes an error entry for this route alone, named as an internal error.
 */
function routeSummary(download: Outcome<Buffer> | undefined, filename: string, units: AthleteUnits | null, block: string): RouteSummary {
  let summary: RouteSummary;
  try {
    summary = routeSummaryFromDownload(download, filename, units);
  } catch (e) {
    degraded(block, e);
    return { error: `analysis failed (${e instanceof Error ? e.name : 'error'})` };
  }
  if (summary !== null && 'error' in summary) diagnose(block, `${filename}: ${summary.error}`);
  else if (summary === null) diagnose(block, `${filename}: degenerate track (under 100 m with elevation)`);
  return summary;
}

export interface RoutesOutput {
  routesData: RoutesFile;
  /** event ids (as strings) whose attachment produced a terrain_summary */
  terrainEventIds: Set<string>;
}

/** routes.json content and the ids of the events that have terrain (their has_terrain flag). */
export function buildRoutes(
  ctx: DeriveContext,
  events: ApiEvent[],
  previousRoutes: unknown,
  downloads: Record<string, Outcome<Buffer>>,
  units: AthleteUnits | null,
): RoutesOutput {
  const cache = new RouteCache(ctx, previousRoutes);
  const entries: RouteEvent[] = [];
  for (const { evt, attId, filename, url } of routeAttachments(events)) {
    const evtId = get(evt, 'id');
    const evtName = get(evt, 'name', 'Unnamed');
    const rawDate = or(get(evt, 'start_date_local'), '');
    const evtDate = typeof rawDate === 'string' ? rawDate.slice(0, 10) : '';
    const evtCategory = get(evt, 'category', '');
    const evtStart = startTime(evt);

    const hit = cache.get(attId);
    if (hit) {
      // the cached entry's keys keep their places; the event's current metadata replaces its own
      const entry: RouteEvent = { ...hit, event_id: evtId, event_name: evtName, event_date: evtDate, category: evtCategory };
      if (evtStart) entry.start_time = evtStart;
      else delete entry.start_time;
      if (isDict(entry.terrain_summary)) entry.terrain_summary = refreshTerrainDisplay(entry.terrain_summary, units);
      entries.push(entry);
      continue;
    }
    const entry: RouteEvent = {
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

  const routesData: RoutesFile = {
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
