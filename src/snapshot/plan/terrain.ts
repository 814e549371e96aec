/**
 * What a run fetches for terrain: the GPS/altitude streams of outdoor activities that the previous
 * latest.json has no terrain for, and the GPX/TCX/FIT route attachments of calendar events that
 * the previous routes.json has not cached. The snapshot stage plans these fetches; derive builds
 * the outputs with the same rules (imported from here), so the two never disagree on what was
 * fetched and what is copied forward.
 */
import type { RecentActivity, RouteEvent, TerrainSummary, WeatherSummary } from '../../contract/index.js';
import { get, isDict, pyKey, truthy } from '../../lib/py/index.js';
import type { ApiActivity, ApiEvent } from '../api-rows.js';

/** Activity types whose terrain and weather are summarised (outdoor sessions with a GPS track). */
export const OUTDOOR_TYPES = new Set([
  'Ride',
  'MountainBikeRide',
  'GravelRide',
  'EBikeRide',
  'Run',
  'TrailRun',
  'NordicSki',
  'Walk',
  'Hike',
]);

/** What the planners read of the run's context. */
export interface PlanContext {
  /** the producer's identity: a routes.json written by another build is not reused */
  scriptHash: string;
}

/** True for the activity types that get terrain and weather (the indoor signal is the type). */
export function isOutdoorActivity(act: ApiActivity): boolean {
  return OUTDOOR_TYPES.has(get(act, 'type', ''));
}

/** Python str() of an activity id (ints and strings as JSON carries them). */
export function activityKey(id: unknown): string {
  return typeof id === 'string' ? id : String(id);
}

// ---- copy-forward state of activities (previous latest.json) ----

/** terrain_status values never re-fetched: the activity has no usable track, or is gone */
export type TerminalTerrainStatus = 'no_gps' | 'no_elevation' | 'failed';
const TERMINAL_TERRAIN_STATUSES: ReadonlySet<unknown> = new Set<TerminalTerrainStatus>(['no_gps', 'no_elevation', 'failed']);

export function isTerminalTerrainStatus(status: unknown): status is TerminalTerrainStatus {
  return TERMINAL_TERRAIN_STATUSES.has(status);
}

/**
 * The terrain/weather fields the previous latest.json holds for one activity. The summaries were
 * written by this contract and are copied forward as they are (display blocks refreshed), like the
 * reference does; the status is read back untrusted: only a terminal status is carried.
 */
export interface CarriedFields {
  terrain_summary?: TerrainSummary;
  terrain_status?: unknown;
  terrain_error?: string;
  weather_summary?: WeatherSummary;
}

/** activity id (str) → the fields carried from the previous latest.json */
export type PreviousLookup = Map<string, CarriedFields>;

/** The previous latest.json (any JSON, or null) → activity id → its terrain/weather fields. */
export function previousLookup(previousLatest: unknown): PreviousLookup {
  const lookup: PreviousLookup = new Map();
  if (!isDict(previousLatest)) return lookup;
  const acts = get(previousLatest, 'recent_activities', []);
  if (!Array.isArray(acts)) return lookup;
  for (const act of acts) {
    if (!isDict(act)) continue;
    const id = get(act, 'id');
    if (id === null) continue;
    const entry: CarriedFields = {};
    if ('terrain_summary' in act) entry.terrain_summary = act.terrain_summary;
    if ('terrain_status' in act) entry.terrain_status = act.terrain_status;
    if ('terrain_error' in act) entry.terrain_error = act.terrain_error;
    if ('weather_summary' in act) entry.weather_summary = act.weather_summary;
    if (Object.keys(entry).length) lookup.set(activityKey(id), entry);
  }
  return lookup;
}

/** The terrain fields of a recent activity. */
export type TerrainFields = Pick<RecentActivity, 'terrain_summary' | 'terrain_status' | 'terrain_error'>;

/**
 * The previous run's terrain of an activity when it is final: its summary, or a terminal status
 * (with its error code). null = nothing final, so the streams are fetched this run.
 */
export function carriedTerrain(prev: CarriedFields): TerrainFields | null {
  if ('terrain_summary' in prev) return { terrain_summary: prev.terrain_summary };
  const status = prev.terrain_status;
  if (!isTerminalTerrainStatus(status)) return null;
  const out: TerrainFields = { terrain_status: status };
  if ('terrain_error' in prev) out.terrain_error = prev.terrain_error;
  return out;
}

/** True when this activity's terrain streams must be fetched: outdoor, with an id, nothing carried. */
export function needsTerrainFetch(act: ApiActivity, lookup: PreviousLookup): boolean {
  if (!isOutdoorActivity(act)) return false;
  const id = get(act, 'id');
  if (id === null) return false;
  return carriedTerrain(lookup.get(activityKey(id)) ?? {}) === null;
}

/** Outdoor activities whose terrain streams must be fetched this run, each id once, in order. */
export function planTerrainStreamFetches(_ctx: PlanContext, input: { activities28d: ApiActivity[]; previousLatest: unknown }): string[] {
  const lookup = previousLookup(input.previousLatest);
  const ids: string[] = [];
  for (const act of input.activities28d) {
    if (!needsTerrainFetch(act, lookup)) continue;
    const id = String(act.id);
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

// ---- route attachments of calendar events (previous routes.json as the cache) ----

/** attachment extensions considered route files */
const ROUTE_EXTENSIONS = new Set(['gpx', 'tcx', 'fit']);

/** The previous routes.json's entries by attachment id (empty when absent, unreadable or stale). */
export class RouteCache {
  private readonly byAttachment = new Map<string, RouteEvent>();

  constructor(ctx: PlanContext, previousRoutes: unknown) {
    if (!isDict(previousRoutes)) return;
    if (get(previousRoutes, 'script_hash') !== ctx.scriptHash) return;
    const entries = get(previousRoutes, 'events', []);
    if (!Array.isArray(entries)) return;
    for (const entry of entries) {
      if (!isDict(entry)) continue;
      const aid = get(entry, 'attachment_id');
      // Written by this very build (same script_hash), so an entry is this contract's RouteEvent;
      // it is reused as it is, like the reference does, not re-validated.
      if (truthy(aid)) this.byAttachment.set(pyKey(aid), entry as RouteEvent);
    }
  }

  get(attachmentId: unknown): RouteEvent | undefined {
    return this.byAttachment.get(pyKey(attachmentId));
  }

  has(attachmentId: unknown): boolean {
    return this.byAttachment.has(pyKey(attachmentId));
  }
}

/** A route-file attachment of a calendar event. */
export interface RouteAttachment {
  evt: ApiEvent;
  /** the attachment's id as the API sends it (a string; any truthy JSON value is accepted) */
  attId: RouteEvent['attachment_id'];
  filename: string;
  url: string;
}

/** The route-file attachments of the events, in order: an id, a URL and a gpx/tcx/fit extension. */
export function* routeAttachments(events: ApiEvent[]): Generator<RouteAttachment> {
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
      yield { evt, attId, filename, url };
    }
  }
}

/** Attachment URLs to download this run: route files not cached by attachment id, each URL once. */
export function planAttachmentDownloads(ctx: PlanContext, input: { events: ApiEvent[]; previousRoutes: unknown }): string[] {
  const cache = new RouteCache(ctx, input.previousRoutes);
  const urls: string[] = [];
  for (const r of routeAttachments(input.events)) {
    if (cache.has(r.attId)) continue;
    if (!urls.includes(r.url)) urls.push(r.url);
  }
  return urls;
}
