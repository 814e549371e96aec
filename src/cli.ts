#!/usr/bin/env node
/**
 * intervals-mirror CLI: the same pipeline as the action, from a shell.
 *
 *   intervals-mirror demo    (the built-in demo athlete against the built-in fake API → ./demo-output)
 *   intervals-mirror bench   (first and steady-state run timings with 50 ms latency per request)
 *   intervals-mirror sync --athlete-id ID --api-key KEY [--api-base-url URL] [--out DIR]
 *       [--now ISO8601] [--timezone athlete|IANA] [--days N] [--week-start mon..sun]
 *       [--zone-preference run:hr,cycling:power] [--force-history] [--no-digest] [--no-charts]
 *
 * ATHLETE_ID and INTERVALS_KEY are read from the environment when the flags are absent.
 * Exit 0 on success; otherwise 1 with a one-line reason on stderr.
 */
import { parseArgs } from 'node:util';
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
import { folderReader, StateFileError } from './snapshot/state.js';
import { writeFilesAtomically } from './publish/local.js';
import { redact } from './lib/redact.js';
import { runDemo } from './demo.js';
import { runBench } from './bench.js';

const USAGE =
  'usage: intervals-mirror sync --athlete-id ID --api-key KEY [--api-base-url URL] [--out DIR] [--now ISO8601] ' +
  '[--timezone athlete|IANA] [--days N] [--week-start mon..sun] [--zone-preference run:hr,cycling:power] [--force-history] [--no-digest] [--no-charts]';

export function settingsFromArgs(argv: string[], env: NodeJS.ProcessEnv): Settings {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'athlete-id': { type: 'string' },
      'api-key': { type: 'string' },
      'api-base-url': { type: 'string' },
      out: { type: 'string' },
      now: { type: 'string' },
      timezone: { type: 'string' },
      days: { type: 'string' },
      'week-start': { type: 'string' },
      'zone-preference': { type: 'string' },
      'force-history': { type: 'boolean' },
      'no-digest': { type: 'boolean' },
      'no-charts': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || positionals[0] !== 'sync' || positionals.length !== 1) throw new ConfigError(USAGE);
  return {
    athleteId: requireValue(
      '--athlete-id',
      values['athlete-id'] ?? env.ATHLETE_ID,
      'your Intervals.icu athlete id, e.g. i123456 (or set ATHLETE_ID)',
    ),
    apiKey: requireValue('--api-key', values['api-key'] ?? env.INTERVALS_KEY, 'your Intervals.icu API key (or set INTERVALS_KEY)'),
    apiBaseUrl: values['api-base-url'] || DEFAULT_API_BASE_URL,
    days: parseDays(values.days),
    weekStartDay: parseWeekStart(values['week-start']),
    zonePreference: parseZonePreference(values['zone-preference']),
    timezone: parseTimezone(values.timezone),
    nowInstantMs: parseNow(values.now),
    outputDir: path.resolve(values.out ?? '.'),
    forceHistory: Boolean(values['force-history']),
    anonymize: false,
    privacyRadiusM: DEFAULT_PRIVACY_RADIUS_M,
    digest: !values['no-digest'],
    charts: !values['no-charts'],
  };
}

async function main(): Promise<number> {
  let settings: Settings | null = null;
  try {
    const command = process.argv[2];
    if (command === 'demo') {
      // (the folder name is read at run time so the bundler cannot take it for an asset)
      process.stdout.write((await runDemo(path.resolve(process.env.DEMO_OUTPUT_DIR || 'demo-output'))) + '\n');
      return 0;
    }
    if (command === 'bench') {
      process.stdout.write((await runBench(Number(process.env.BENCH_LATENCY_MS ?? 50))) + '\n');
      return 0;
    }
    settings = settingsFromArgs(process.argv.slice(2), process.env);
    const result = await runSync(settings, {
      readState: folderReader(settings.outputDir),
      nowInstantMs: settings.nowInstantMs ?? Date.now(),
      log: (line) => process.stdout.write(redact(line, [settings!.apiKey]) + '\n'),
    });
    const written = await writeFilesAtomically(settings.outputDir, result.files);
    process.stdout.write(`wrote ${written.join(', ')} to ${settings.outputDir} (${result.requests.length} requests)\n`);
    return 0;
  } catch (e) {
    const known = e instanceof ConfigError || e instanceof SyncError || e instanceof StateFileError;
    const msg = e instanceof Error ? (known ? e.message : `unexpected error: ${e.stack ?? e.message}`) : String(e);
    process.stderr.write(`intervals-mirror: ${redact(msg, settings ? [settings.apiKey] : [])}\n`);
    return known ? 2 : 1;
  }
}

process.exitCode = await main();
