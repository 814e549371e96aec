/**
 * One sync: fetch → snapshot → derive → render. The fronts (action, CLI) pass the clock and the
 * settings in; nothing below them reads the clock or the environment.
 */
import { IntervalsClient, IntervalsError, parseRetryAfterMs, type ClientOptions, type FetchLike } from './fetch/client.js';
import { IntervalsApi } from './fetch/intervals-api.js';
import { emptySkipped } from './fetch/schemas.js';
import { NaiveDateTime, isValidTimeZone } from './lib/naive-time.js';
import type { LatestFile } from './contract/index.js';
import { DEFAULT_API_BASE_URL, type Settings } from './config.js';
import { collectSnapshotParts } from './snapshot/collect.js';
import { readPreviousState, type ReadText } from './snapshot/state.js';
import { makeContext } from './derive/context.js';
import type { Diagnostic } from './derive/diagnostics.js';
import { shouldGenerateHistory } from './derive/history/index.js';
import { CONTRACT_VERSION, SCHEMA_IDENTITY } from './version.js';
import { createHash } from 'node:crypto';
import { EarlyWork } from './early-work.js';

export interface SyncResult {
  /** file name → content, ready to publish */
  files: Record<string, string>;
  latest: LatestFile;
  timezone: string;
  today: string;
  requests: string[];
  skippedRows: { stravaStubs: number; invalid: number; firstReason: string | null };
  historyGenerated: boolean;
  /** why blocks degraded this run, one per block (also logged, one line each) */
  diagnostics: Diagnostic[];
}

export interface SyncDeps {
  readState: ReadText;
  nowInstantMs: number;
  fetch?: FetchLike;
  log?: (line: string) => void;
  /** step-debug traces (one line per request, the plan of reads); off unless the front asks */
  debug?: (line: string) => void;
  /** client tuning (timeouts, retries); tests shorten them */
  client?: Partial<Omit<ClientOptions, 'baseUrl' | 'apiKey'>>;
}

export const SCRIPT_HASH = createHash('sha256').update(SCHEMA_IDENTITY).digest('hex').slice(0, 12);

/** The Intervals.icu failures a user can fix, as one line naming the fix. */
export function explainIntervalsError(e: IntervalsError, athleteId: string): string {
  if (e.status === 401) {
    return `Intervals.icu rejected the API key (HTTP 401 on ${e.endpoint}): check the api-key input (the INTERVALS_KEY secret); the key is under Settings → Developer Settings in Intervals.icu`;
  }
  if (e.status === 403) {
    return `Intervals.icu refused access (HTTP 403 on ${e.endpoint}): the api-key input (INTERVALS_KEY secret) does not grant access to athlete "${athleteId}"; check both the api-key and athlete-id inputs`;
  }
  if (e.status === 404 && e.endpoint === 'GET /athlete/{id}') {
    return `Intervals.icu has no athlete "${athleteId}" (HTTP 404): check the athlete-id input (ATHLETE_ID secret, e.g. i123456, shown in Intervals.icu settings)`;
  }
  if (e.status === 429) {
    // the server's Retry-After is repeated only in a form it can take (seconds or an HTTP-date)
    const after = e.retryAfterRaw?.trim() ?? '';
    const shown = after.length <= 40 && parseRetryAfterMs(after, 0) !== null ? `, retry after ${after}` : '';
    return `Intervals.icu rate limit (HTTP 429 on ${e.endpoint}${shown}): the next scheduled run will try again; avoid schedules more frequent than every 15 minutes`;
  }
  if (e.detail === 'redirect') {
    return `${e.message}: check the api-base-url input (the Intervals.icu API is ${DEFAULT_API_BASE_URL}); nothing was written`;
  }
  if (e.detail === 'too_large') {
    return `${e.message} — more data than this version accepts from that endpoint; nothing was written`;
  }
  if (e.kind === 'schema' || e.kind === 'malformed')
    return `${e.message} — Intervals.icu sent data this version cannot use; nothing was written`;
  return `${e.message} — Intervals.icu could not be read; nothing was written, the next run will try again`;
}

export async function runSync(settings: Settings, deps: SyncDeps): Promise<SyncResult> {
  const log = deps.log ?? (() => undefined);
  // the previous texts, kept for the mirror index of files this run leaves in place
  const previousTexts: Record<string, string> = {};
  const previous = await readPreviousState(async (name) => {
    const text = await deps.readState(name);
    if (text !== null) previousTexts[name] = text;
    return text;
  });
  const client = new IntervalsClient({
    ...deps.client,
    baseUrl: settings.apiBaseUrl,
    apiKey: settings.apiKey,
    fetch: deps.fetch,
    debug: deps.debug,
  });
  const skipped = emptySkipped();
  const api = new IntervalsApi(client, settings.athleteId, skipped);

  try {
    const athleteP = api.athlete();
    let timezone = settings.timezone;
    if (timezone === 'athlete') {
      const tz = (await athleteP).timezone;
      timezone = typeof tz === 'string' && isValidTimeZone(tz) ? tz : 'UTC';
    }
    const now = NaiveDateTime.fromInstant(deps.nowInstantMs, timezone);
    const ctx = makeContext(now, {
      daysBack: settings.days,
      weekStartDay: settings.weekStartDay,
      zonePreference: settings.zonePreference,
      producerVersion: CONTRACT_VERSION,
      scriptHash: SCRIPT_HASH,
      nowInstantMs: deps.nowInstantMs,
    });
    const generateHistory = shouldGenerateHistory(ctx, previous, settings.forceHistory);
    log(`today is ${ctx.today} (${timezone}); history.json ${generateHistory ? 'will be generated' : 'is current'}`);

    // the derive and render code (most of the bundle) loads while the last reads are in flight:
    // once those planned from the lists are out; loading it earlier would hold the event loop
    // just as the first answers arrive, and hold back the reads planned from them
    let outputsP: Promise<typeof import('./outputs.js')> | undefined;
    const early = new EarlyWork();
    const { body, messages } = await collectSnapshotParts(api, ctx, athleteP, previous, generateHistory, {
      onPlanned: () => {
        outputsP = import('./outputs.js');
        outputsP.catch(() => undefined);
      },
      // the heaviest per-activity analyses run while the other answers are awaited
      onStreams: (use, streams, athlete) => early.add(outputsP, (o) => o.prepareStreams(use, streams, athlete)),
    });
    if (skipped.stravaStubs || skipped.invalid) {
      log(
        `skipped ${skipped.stravaStubs} Strava-sourced stub(s) and ${skipped.invalid} unusable row(s)` +
          (skipped.firstReason ? ` (first: ${skipped.firstReason})` : ''),
      );
    }
    const outputs = await (outputsP ?? import('./outputs.js'));
    // derive holds the event loop for a while: the reads still waiting for a slot or a connection
    // go out first (as the answers already in free theirs) and answer meanwhile
    await client.allSent();
    const options = { generateHistory, previousTexts, log };
    // most of derive runs while the chat-message reads are still answering
    const stage = outputs.startOutputs(ctx, body, settings, options);
    const { files, latest, historyGenerated, diagnostics } = outputs.finishOutputs(stage, await messages, settings, options);

    return {
      files,
      latest,
      timezone,
      today: ctx.today,
      requests: client.requested,
      skippedRows: skipped,
      historyGenerated,
      diagnostics,
    };
  } catch (e) {
    if (e instanceof IntervalsError) throw new SyncError(explainIntervalsError(e, settings.athleteId));
    throw e;
  }
}

export class SyncError extends Error {}
