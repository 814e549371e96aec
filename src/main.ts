/**
 * The GitHub Action front: reads the inputs, reads the previous state (workspace or API), runs the
 * pipeline, commits the outputs to the repository in one commit (or writes them to the workspace
 * with `commit: false`), sets the outputs and the job summary, then the issues (Section 11 update
 * notice, sync-failing). All failures end in one `core.setFailed` line that names the fix, and
 * open or update the sync-failing issue.
 */
import * as core from '@actions/core';
import path from 'node:path';
import {
  ConfigError,
  DEFAULT_API_BASE_URL,
  DEFAULT_PRIVACY_RADIUS_M,
  parseDays,
  parseTimezone,
  parseWeekStart,
  parseZonePreference,
  requireValue,
  type Settings,
} from './config.js';
import { runSync, SyncError } from './pipeline.js';
import { StateFileError } from './snapshot/state.js';
import { parseBool, readPublishSettings } from './publish/github/inputs.js';
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
  charts: 'charts',
} as const;

export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const apiKey = core.getInput(INPUTS.apiKey);
  if (apiKey) {
    core.setSecret(apiKey);
    core.setSecret(Buffer.from(`API_KEY:${apiKey}`).toString('base64'));
  }
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

async function writeSummary(): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.write();
  } catch (e) {
    core.warning(`could not write the job summary: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export async function run(): Promise<void> {
  let secret: string | null = null;
  let publisher: Publisher | null = null;
  const nowMs = Date.now();
  try {
    const settings = readSettings();
    secret = settings.apiKey;
    const publishing = readPublishSettings((name) => core.getInput(name), process.env, settings.outputDir);
    publisher = new Publisher(publishing, { log: (line) => core.info(line), warn: (line) => core.warning(line) });
    const pub = publisher;
    const readState = await core.group('Read the previous state', () => pub.prepare());
    core.info(`previous state: ${pub.stateSource}`);
    const result = await core.group('Sync from Intervals.icu', () =>
      runSync(settings, {
        readState,
        nowInstantMs: nowMs,
        log: (line) => core.info(redact(line, [secret])),
      }),
    );
    core.info(`${result.requests.length} Intervals.icu requests`);
    const report = await core.group(publishing.commit ? 'Commit to the repository' : 'Write outputs', () =>
      pub.publish(result.files, nowMs),
    );
    if (report.meaningful.length === 0) core.notice('No data changed since the last sync (timestamps aside): nothing was committed.');
    for (const [name, value] of Object.entries(actionOutputs(result.latest, report))) core.setOutput(name, value);
    buildSummary(core.summary, result.latest, report);
    await writeSummary();
    await core.group('Notifications', () => pub.afterSuccess(nowMs));
  } catch (e) {
    const msg = redact(failureMessage(e), [secret]);
    if (publisher) await publisher.afterFailure(msg, nowMs);
    core.summary.addHeading('Intervals.icu sync failed', 2).addRaw(`<p>${escapeHtml(msg)}</p>`, true);
    await writeSummary();
    core.setFailed(msg);
  }
}
