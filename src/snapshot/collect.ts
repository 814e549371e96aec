/**
 * Fetch everything one run needs, as concurrently as the data dependencies allow:
 *   phase A — independent reads (athlete, activities, wellness, events, curves; the 3-year
 *             history lists when history.json is regenerated);
 *   phase B — reads planned from the activity and event lists by pure planners (sustainability
 *             curves per active sport family, interval/stream fetches, terrain streams, route
 *             attachments, activity messages). It starts as soon as those two lists are in,
 *             while the rest of phase A is still answering.
 * Every read is asked for in the reference's order, and the client sends requests to one URL
 * path in the order asked, one after the other (fetch/pacing.ts): what the server does to "the
 * first wellness list" or "the first hr-curves request" happens to the same read as for the
 * reference. Requests the run cannot do without are retried by the client; every other read
 * degrades only its own block, exactly where the reference degrades.
 */
import type { Dict } from '../lib/py/index.js';
import { addDays } from '../lib/naive-time.js';
import type { IntervalsApi } from '../fetch/intervals-api.js';
import type { Outcome } from '../fetch/client.js';
import type { DeriveContext } from '../derive/context.js';
import { messageTexts, planMessageFetches } from './plan/messages.js';
import { planIntervalFetches } from './plan/intervals.js';
import { planAttachmentDownloads, planTerrainStreamFetches } from './plan/terrain.js';
import {
  HEALTH_EVENT_CATEGORIES,
  SPORT_FAMILIES,
  SUSTAINABILITY_ANCHORS,
  SUSTAINABILITY_HR_TYPES,
  SUSTAINABILITY_POWER_TYPES,
  actDate,
} from '../derive/sports.js';
import type { IntervalFetch, PreviousState, Snapshot, SnapshotBody, SustainabilityCurves } from './types.js';
import {
  ACWR_DAYS,
  EVENTS_AHEAD_DAYS,
  HEALTH_LOOKAHEAD_DAYS,
  HEALTH_LOOKBACK_DAYS,
  HISTORY_LOOKBACK_DAYS,
  INTERVAL_RETENTION_DAYS,
  SUSTAINABILITY_WINDOW_DAYS,
} from '../derive/windows.js';
/** largest route attachment downloaded */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

function inRange(d: string, oldest: string, newest: string): boolean {
  return d >= oldest && d <= newest;
}

function okData(o: Outcome<Dict[]> | null): Dict[] {
  return o?.ok ? o.data : [];
}

async function settle<T>(p: Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, data: await p, status: 200 };
  } catch (e) {
    return { ok: false, error: e as never };
  }
}

/**
 * Everything one run reads, in two parts: the body as soon as everything but the chat messages is in, and
 * the messages (best-effort reads that never fail the run), so that derive can start on the body
 * while they are in flight.
 */
export interface SnapshotParts {
  body: SnapshotBody;
  messages: Promise<Snapshot['messages']>;
}

export type StreamsUse = 'dfa' | 'terrain';

/** What the caller is told while the reads answer. */
export interface CollectHooks {
  /** once every read of the run has been asked for */
  onPlanned?: () => void;
  /**
   * each streams response as it arrives: an activity's DFA streams or its terrain (GPS and
   * altitude), with the athlete (whose units the terrain's display uses)
   */
  onStreams?: (use: StreamsUse, streams: Outcome<unknown[]>, athlete: Dict) => void;
}

export async function collectSnapshotParts(
  api: IntervalsApi,
  ctx: DeriveContext,
  athleteP: Promise<Dict>,
  previous: PreviousState,
  generateHistory: boolean,
  hooks: CollectHooks = {},
): Promise<SnapshotParts> {
  const today = ctx.today;
  const oldestExtended = addDays(today, -(ACWR_DAYS - 1));
  const oldestDisplay = addDays(today, -(ctx.daysBack - 1));
  const yesterday = addDays(today, -1);
  const eventsOldest = addDays(today, -Math.max(ctx.daysBack - 1, INTERVAL_RETENTION_DAYS));
  const eventsNewest = addDays(today, EVENTS_AHEAD_DAYS);
  const pc = [addDays(today, -27), today, addDays(today, -55), addDays(today, -28)] as [string, string, string, string];
  const curves = `r.${pc[0]}.${pc[1]},r.${pc[2]}.${pc[3]}`;
  const history3yOldest = ctx.now.addDays(-HISTORY_LOOKBACK_DAYS).date();

  // ---- phase A, in the reference's order. The 28-day lists come from the 3-year lists when
  // history.json is regenerated (one request instead of two for the same rows); only a failed
  // 3-year list asks for them separately, before yesterday's wellness, as the reference does.
  const histActsP = generateHistory ? settle(api.activities(history3yOldest, today)) : null;
  const histWellP = generateHistory ? settle(api.wellness(history3yOldest, today)) : null;
  const activitiesP: Promise<Dict[]> = histActsP
    ? histActsP.then((h) =>
        h.ok ? h.data.filter((a) => inRange(actDate(a), oldestExtended, today)) : api.activities(oldestExtended, today),
      )
    : api.activities(oldestExtended, today);
  const fromHistory = (oldest: string) => (h: Outcome<Dict[]>) =>
    h.ok ? h.data.filter((w) => inRange(String(w.id), oldest, today)) : api.wellness(oldest, today);
  const wellness7P: Promise<Dict[]> = histWellP ? histWellP.then(fromHistory(oldestDisplay)) : api.wellness(oldestDisplay, today);
  const wellness28P: Promise<Dict[]> = histWellP ? histWellP.then(fromHistory(oldestExtended)) : api.wellness(oldestExtended, today);
  const todayP = api.wellnessDay(today);
  // after the 3-year list (the same path): asked once that list is in, it keeps its place in the
  // run's order, ahead of the reads planned meanwhile from the activity and event lists
  const yesterdayPlace = histWellP ? api.client.reservePlace() : undefined;
  const yesterdayP = histWellP
    ? Promise.all([wellness7P, wellness28P]).then(
        () => api.wellnessList(yesterday, yesterday, yesterdayPlace),
        () => api.wellnessList(yesterday, yesterday, yesterdayPlace),
      )
    : api.wellnessList(yesterday, yesterday);
  const eventsP = api.events({ oldest: eventsOldest, newest: eventsNewest, resolve: 'true' });
  const healthP = api.eventsBestEffort({
    oldest: addDays(today, -HEALTH_LOOKBACK_DAYS),
    newest: addDays(today, HEALTH_LOOKAHEAD_DAYS),
    category: [...HEALTH_EVENT_CATEGORIES].sort().join(','),
  });
  const powerP = api.powerCurves({ type: 'Ride', curves });
  const hrP = api.hrCurves({ curves });
  // a read the run cannot do without that fails ends the run when it is awaited; until then its
  // rejection is observed here, so none surfaces as an unhandled rejection meanwhile
  for (const p of [athleteP, activitiesP, wellness7P, wellness28P, eventsP]) (p as Promise<unknown>).catch(() => undefined);

  const [activities28d, events, athleteRow] = await Promise.all([activitiesP, eventsP, athleteP]);

  // ---- phase B (planned from the activity and event lists)
  const susWindow: [string, string] = [addDays(today, -(SUSTAINABILITY_WINDOW_DAYS - 1)), today];
  const families: string[] = [];
  for (const a of activities28d) {
    const f = SPORT_FAMILIES[String(a.type ?? '')];
    if (f && f in SUSTAINABILITY_ANCHORS && !families.includes(f)) families.push(f);
  }
  const susCurves = `r.${susWindow[0]}.${susWindow[1]}`;
  const susP = Promise.all(
    families.map(async (family) => {
      const power: Record<string, Dict> = {};
      const hr: Record<string, Dict> = {};
      const [pw, hw] = await Promise.all([
        Promise.all((SUSTAINABILITY_POWER_TYPES[family] ?? []).map((t) => api.powerCurves({ type: t, curves: susCurves }))),
        Promise.all((SUSTAINABILITY_HR_TYPES[family] ?? []).map((t) => api.hrCurves({ type: t, curves: susCurves }))),
      ]);
      (SUSTAINABILITY_POWER_TYPES[family] ?? []).forEach((t, i) => {
        if (pw[i].ok) power[t] = (pw[i] as { data: Dict }).data;
      });
      (SUSTAINABILITY_HR_TYPES[family] ?? []).forEach((t, i) => {
        if (hw[i].ok) hr[t] = (hw[i] as { data: Dict }).data;
      });
      return [family, { power, hr }] as const;
    }),
  );

  const pairingEvents = events.filter((e) => actDate(e) <= today);
  const intervalPlan = planIntervalFetches(ctx, { activities28d, previousIntervals: previous.intervals, pairingEvents });
  const intervalP = Promise.all(
    Object.entries(intervalPlan).map(async ([id, want]) => {
      const f: IntervalFetch = {};
      const [iv, st] = await Promise.all([
        want.intervals ? api.activityWithIntervals(id) : Promise.resolve(undefined),
        want.streams
          ? api.streams(id).then((st) => {
              hooks.onStreams?.('dfa', st, athleteRow);
              return st;
            })
          : Promise.resolve(undefined),
      ]);
      if (iv) f.intervals = iv;
      if (st) f.streams = st;
      return [id, f] as const;
    }),
  );

  const terrainIds = planTerrainStreamFetches(ctx, { activities28d, previousLatest: previous.latest });
  const terrainP = Promise.all(
    terrainIds.map(async (id) => {
      const streams = await api.streams(id, ['time', 'distance', 'altitude', 'latlng']);
      hooks.onStreams?.('terrain', streams, athleteRow);
      return [id, streams] as const;
    }),
  );

  const attachmentUrls = planAttachmentDownloads(ctx, { events, previousRoutes: previous.routes });
  const attachP = Promise.all(attachmentUrls.map(async (url) => [url, await api.attachment(url, MAX_ATTACHMENT_BYTES)] as const));

  const messageIds = planMessageFetches(ctx, activities28d);
  const msgP = Promise.all(
    messageIds.map(async (id) => {
      const r = await api.messages(id);
      return [id, r.ok ? messageTexts(r.data) : []] as const;
    }),
  ).then((pairs) => Object.fromEntries(pairs));
  // awaited by the caller once the body is in; a run that fails before that never awaits it
  msgP.catch(() => undefined);
  hooks.onPlanned?.();

  const [athlete, wellness7d, wellness28d, todayW, yesterdayW, healthW, powerCurves, hrCurves] = await Promise.all([
    athleteP,
    wellness7P,
    wellness28P,
    todayP,
    yesterdayP,
    healthP,
    powerP,
    hrP,
  ]);
  const [sus, intervalFetches, terrain, attachments] = await Promise.all([susP, intervalP, terrainP, attachP]);
  const sustainabilityCurves: SustainabilityCurves = {};
  for (const [family, c] of sus) sustainabilityCurves[family] = c;

  const body: SnapshotBody = {
    athlete,
    activities28d,
    wellness7d,
    wellness28d,
    todayWellness: todayW.ok ? todayW.data : {},
    yesterdayWellness: yesterdayW.ok ? yesterdayW.data : null,
    events,
    eventsOldest,
    healthEvents: healthW.ok ? healthW.data : null,
    powerCurves: powerCurves.ok ? powerCurves.data : null,
    hrCurves: hrCurves.ok ? hrCurves.data : null,
    curveDates: pc,
    sustainabilityCurves,
    sustainabilityWindow: susWindow,
    intervalFetches: Object.fromEntries(intervalFetches),
    terrainStreams: Object.fromEntries(terrain),
    attachments: Object.fromEntries(attachments),
    history3y: generateHistory ? { activities: okData(await histActsP), wellness: okData(await histWellP) } : null,
    previous,
  };
  return { body, messages: msgP };
}
