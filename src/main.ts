/**
 * The GitHub Action front: masks the secrets, reads the publishing inputs (so a failure can always
 * be reported), then the sync inputs, reads the repository metadata (privacy mode) and the previous
 * state (workspace or API), runs the pipeline, commits the outputs to the repository in one commit
 * (or writes them to the workspace with `commit: false`), sets the outputs and the job summary,
 * then the issues (Section 11 update notice, sync-failing). Every failure ends in one redacted
 * `core.setFailed` line that names the fix, and opens or updates the sync-failing issue.
 */
import * as core from '@actions/core';
import path from 'node:path';
import {
  ConfigError,
  DEFAULT_API_BASE_URL,
  DEFAULT_PRIVACY_RADIUS_M,
  parseDays,
  parseNow,
  parseTimezone,
  parseWeekStart,
  parseZonePreference,
  requireValue,
  type Settings,
} from './config.js';
import { runSync, SyncError } from './pipeline.js';
import { StateFileError } from './snapshot/state.js';
import { PUBLISH_INPUTS, parseBool, type PublishSettings, readPublishSettings } from './publish/github/inputs.js';
import { PRODUCER_NAME, PRODUCER_VERSION } from './version.js';
import { describeApiError, PublishError } from './publish/github/octokit.js';
import { Publisher } from './publish/github/publisher.js';
import { actionOutputs, buildSummary, escapeHtml } from './publish/github/summary.js';
import { redact } from './lib/redact.js';

/** Input names, in one place (they match the CLI flags). */
export const INPUTS = {
  athleteId: 'athlete-id',
  apiKey: 'api-key',
  apiBaseUrl: 'api-base-url',
  days: 'days',
  weekStart: 'week-start',
  zonePreference: 'zone-preference',
  timezone: 'timezone',
  outputDir: 'output-dir',
  forceHistory: 'force-history',
  digest: 'digest',
  charts: 'charts',
} as const;

/** The sync inputs (the run masks the key before calling this). */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const apiKey = core.getInput(INPUTS.apiKey);
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const force = core.getInput(INPUTS.forceHistory).trim().toLowerCase();
  if (force && !['true', 'false'].includes(force)) throw new ConfigError(`force-history must be true or false (got "${force}")`);
  return {
    athleteId: requireValue(
      'athlete-id',
      core.getInput(INPUTS.athleteId),
      'set `athlete-id: ${{ secrets.ATHLETE_ID }}` (your Intervals.icu id, e.g. i123456)',
    ),
    apiKey: requireValue('api-key', apiKey, 'set `api-key: ${{ secrets.INTERVALS_KEY }}` (Intervals.icu → Settings → Developer Settings)'),
    apiBaseUrl: core.getInput(INPUTS.apiBaseUrl) || DEFAULT_API_BASE_URL,
    days: parseDays(core.getInput(INPUTS.days)),
    weekStartDay: parseWeekStart(core.getInput(INPUTS.weekStart)),
    zonePreference: parseZonePreference(core.getInput(INPUTS.zonePreference)),
    timezone: parseTimezone(core.getInput(INPUTS.timezone)),
    nowInstantMs: null,
    outputDir: path.resolve(workspace, core.getInput(INPUTS.outputDir) || '.'),
    forceHistory: force === 'true',
    // the publisher resolves `anonymize: auto` from the repository's visibility before the sync
    anonymize: false,
    privacyRadiusM: DEFAULT_PRIVACY_RADIUS_M,
    digest: parseBool(INPUTS.digest, core.getInput(INPUTS.digest), true),
    charts: parseBool(INPUTS.charts, core.getInput(INPUTS.charts), true),
  };
}

/** A failure's one line for the log, the failure issue and setFailed. */
export function failureMessage(e: unknown): string {
  if (e instanceof ConfigError || e instanceof SyncError || e instanceof StateFileError || e instanceof PublishError) return e.message;
  const api = describeApiError(e);
  if (api) return api;
  return e instanceof Error ? `unexpected error: ${e.message}` : String(e);
}

/** Longest failure line kept (after redaction: a cut must never leave part of a secret behind). */
const MAX_FAILURE_CHARS = 2000;

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_FAILURE_CHARS ? `${flat.slice(0, MAX_FAILURE_CHARS - 1)}…` : flat;
}

/**
 * The run's clock. INTERVALS_MIRROR_NOW (an ISO instant) is for tests only: it lets the built
 * action run on a recorded dataset's day. Real runs never set it.
 */
export function actionNow(env: NodeJS.ProcessEnv): number {
  const fixed = env.INTERVALS_MIRROR_NOW;
  if (!fixed) return Date.now();
  const ms = parseNow(fixed);
  if (ms === null) return Date.now();
  return ms;
}

async function writeSummary(): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.write();
  } catch (e) {
    core.warning(`could not write the job summary: ${e instanceof Error ? e.message : String(e)}`, { title: 'Job summary' });
  }
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // Secrets first: every line below is redacted against them, whatever else is wrong.
  const apiKey = core.getInput(INPUTS.apiKey).trim();
  if (apiKey) {
    core.setSecret(apiKey);
    core.setSecret(Buffer.from(`API_KEY:${apiKey}`).toString('base64'));
  }
  const token = core.getInput(PUBLISH_INPUTS.token).trim();
  if (token) core.setSecret(token);
  const secrets = [apiKey, token];
  const clean = (line: string) => redact(line, secrets);
  const deps = {
    log: (line: string) => core.info(clean(line)),
    warn: (line: string, title = PRODUCER_NAME) => core.warning(clean(line), { title }),
    debug: (line: string) => core.debug(clean(line)),
  };
  const getInput = (name: string) => core.getInput(name);
  const outputDirInput = core.getInput(INPUTS.outputDir) || '.';

  let publisher: Publisher | null = null;
  let nowMs = Date.now();
  try {
    // The publishing inputs come first and on their own, so the sync-failing issue can be
    // written whatever else is wrong (a bad sync input, even a bad publishing input).
    let publishing: PublishSettings;
    try {
      publishing = readPublishSettings(getInput, env, outputDirInput);
    } catch (e) {
      publisher = new Publisher(readPublishSettings(getInput, env, outputDirInput, true), deps);
      throw e;
    }
    publisher = new Publisher(publishing, deps);
    nowMs = actionNow(env);
    const settings = readSettings(env);
    const pub = publisher;
    const readState = await core.group('Read the previous state', () => pub.prepare());
    core.info(`previous state: ${pub.stateSource}`);
    const privacy = pub.privacy!;
    settings.anonymize = privacy.anonymize;
    settings.privacyRadiusM = publishing.privacyRadiusM;
    const result = await core.group('Sync from Intervals.icu', () =>
      runSync(settings, {
        readState,
        nowInstantMs: nowMs,
        log: (line) => core.info(clean(line)),
        debug: (line) => core.debug(clean(line)),
      }),
    );
    core.info(`${result.requests.length} Intervals.icu requests`);
    const report = await core.group(publishing.commit ? 'Commit to the repository' : 'Write outputs', () =>
      pub.publish(result.files, nowMs),
    );
    if (report.meaningful.length === 0)
      core.notice('No data changed since the last sync (timestamps aside): nothing was committed.', { title: 'Nothing to commit' });
    for (const [name, value] of Object.entries(actionOutputs(result.latest, report))) core.setOutput(name, value);
    buildSummary(core.summary, result.latest, report);
    await writeSummary();
    await core.group('Notifications', () => pub.afterSuccess(nowMs));
  } catch (e) {
    const msg = oneLine(clean(failureMessage(e)));
    if (publisher) await publisher.afterFailure(msg, nowMs);
    core.summary
      .addHeading('Intervals.icu sync failed', 2)
      .addRaw(`<p>${escapeHtml(msg)}</p>`, true)
      .addRaw(`<p><sub>${PRODUCER_NAME} ${PRODUCER_VERSION}</sub></p>`, true);
    await writeSummary();
    core.setFailed(msg);
  }
}
