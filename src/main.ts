/**
 * The GitHub Action front: reads the inputs, runs the pipeline, writes the outputs into the
 * workspace. All failures end in one `core.setFailed` line that names the fix.
 */
import * as core from '@actions/core';
import path from 'node:path';
import {
  ConfigError,
  DEFAULT_API_BASE_URL,
  parseDays,
  parseTimezone,
  parseWeekStart,
  parseZonePreference,
  requireValue,
  type Settings,
} from './config.js';
import { runSync, SyncError } from './pipeline.js';
import { folderReader, StateFileError } from './snapshot/state.js';
import { writeFilesAtomically } from './publish/local.js';
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
    athleteId: requireValue('athlete-id', core.getInput(INPUTS.athleteId), 'set `athlete-id: ${{ secrets.ATHLETE_ID }}` (your Intervals.icu id, e.g. i123456)'),
    apiKey: requireValue('api-key', apiKey, 'set `api-key: ${{ secrets.INTERVALS_KEY }}` (Intervals.icu → Settings → Developer Settings)'),
    apiBaseUrl: core.getInput(INPUTS.apiBaseUrl) || DEFAULT_API_BASE_URL,
    days: parseDays(core.getInput(INPUTS.days)),
    weekStartDay: parseWeekStart(core.getInput(INPUTS.weekStart)),
    zonePreference: parseZonePreference(core.getInput(INPUTS.zonePreference)),
    timezone: parseTimezone(core.getInput(INPUTS.timezone)),
    nowInstantMs: null,
    outputDir: path.resolve(workspace, core.getInput(INPUTS.outputDir) || '.'),
    forceHistory: force === 'true',
  };
}

export async function run(): Promise<void> {
  let secret: string | null = null;
  try {
    const settings = readSettings();
    secret = settings.apiKey;
    const result = await core.group('Sync from Intervals.icu', () =>
      runSync(settings, {
        readState: folderReader(settings.outputDir),
        nowInstantMs: Date.now(),
        log: (line) => core.info(redact(line, [secret])),
      }),
    );
    const written = await core.group('Write outputs', () => writeFilesAtomically(settings.outputDir, result.files));
    core.info(`wrote ${written.join(', ')} to ${settings.outputDir} (${result.requests.length} Intervals.icu requests)`);
    core.setOutput('latest-path', path.join(settings.outputDir, 'latest.json'));
  } catch (e) {
    const known = e instanceof ConfigError || e instanceof SyncError || e instanceof StateFileError;
    const msg = e instanceof Error ? (known ? e.message : `unexpected error: ${e.message}`) : String(e);
    core.setFailed(redact(msg, [secret]));
  }
}
