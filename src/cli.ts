#!/usr/bin/env node
/**
 * intervals-mirror CLI: the same pipeline as the action, from a shell.
 *
 *   intervals-mirror demo    (the built-in demo athlete against the built-in fake API → ./demo-output)
 *   intervals-mirror bench   (first and steady-state run timings with 50 ms latency per request)
 *   intervals-mirror sync --athlete-id ID --api-key KEY [--api-base-url URL] [--out DIR]
 *       [--now ISO8601] [--timezone athlete|IANA] [--days N] [--week-start mon..sun]
 *       [--zone-preference run:hr,cycling:power] [--force-history] [--no-digest] [--no-charts]
 *       [--anonymize] [--privacy-radius M] [--debug]
 *
 * ATHLETE_ID and INTERVALS_KEY are read from the environment when the flags are absent.
 * Exit 0 on success; otherwise one line on stderr (the API key and any piece or encoding of it
 * removed) and exit 2 for a failure the user can fix (settings, Intervals.icu, state files) or 1
 * for an unexpected one. `--debug` (or INTERVALS_MIRROR_DEBUG=1) adds, on stderr, one trace line
 * per Intervals.icu request and the stack of a failure. INTERVALS_MIRROR_TIMEOUT_MS sets the
 * deadline of one request attempt (headers and body; default 30000).
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import {
  ConfigError,
  parseApiBaseUrl,
  parsePrivacyRadius,
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

const USAGE =
  'usage: intervals-mirror sync --athlete-id ID --api-key KEY [--api-base-url URL] [--out DIR] [--now ISO8601] ' +
  '[--timezone athlete|IANA] [--days N] [--week-start mon..sun] [--zone-preference run:hr,cycling:power] [--force-history] [--no-digest] [--no-charts] [--anonymize] [--privacy-radius M] [--debug]';

const OPTIONS = {
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
  anonymize: { type: 'boolean' },
  'privacy-radius': { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (e) {
    // node's own wording ("Unknown option '--x'…") plus the usage, on one line
    const why = (e instanceof Error ? e.message : String(e)).split(/\n|\. /)[0];
    throw new ConfigError(`${why}; ${USAGE}`);
  }
}

export function settingsFromArgs(argv: string[], env: NodeJS.ProcessEnv): Settings {
  const { values, positionals } = parse(argv);
  if (values.help || positionals[0] !== 'sync' || positionals.length !== 1) throw new ConfigError(USAGE);
  return {
    athleteId: requireValue(
      '--athlete-id',
      values['athlete-id'] ?? env.ATHLETE_ID,
      'your Intervals.icu athlete id, e.g. i123456 (or set ATHLETE_ID)',
    ),
    apiKey: requireValue('--api-key', values['api-key'] ?? env.INTERVALS_KEY, 'your Intervals.icu API key (or set INTERVALS_KEY)'),
    apiBaseUrl: parseApiBaseUrl(values['api-base-url']),
    days: parseDays(values.days),
    weekStartDay: parseWeekStart(values['week-start']),
    zonePreference: parseZonePreference(values['zone-preference']),
    timezone: parseTimezone(values.timezone),
    nowInstantMs: parseNow(values.now),
    outputDir: path.resolve(values.out ?? '.'),
    forceHistory: Boolean(values['force-history']),
    // the CLI has no repository to ask: the full data unless --anonymize (docs/privacy.md)
    anonymize: Boolean(values.anonymize),
    privacyRadiusM: parsePrivacyRadius(values['privacy-radius']),
    digest: !values['no-digest'],
    charts: !values['no-charts'],
  };
}

function parseTimeoutMs(raw: string | undefined): number | null {
  const v = (raw ?? '').trim();
  if (!v) return null;
  if (!/^\d+$/.test(v) || Number(v) < 1) {
    throw new ConfigError(`INTERVALS_MIRROR_TIMEOUT_MS must be a whole number of milliseconds (got "${v.slice(0, 40)}")`);
  }
  return Number(v);
}

/** The key as the run will know it, read before anything can fail, so even a usage error is redacted. */
function secretsFrom(argv: string[], env: NodeJS.ProcessEnv): string[] {
  const out = [env.INTERVALS_KEY];
  argv.forEach((a, i) => {
    if (a === '--api-key') out.push(argv[i + 1]);
    else if (a.startsWith('--api-key=')) out.push(a.slice('--api-key='.length));
  });
  return out.filter((x): x is string => typeof x === 'string').flatMap((x) => [x, x.trim()]);
}

const KNOWN_FAILURES = [ConfigError, SyncError, StateFileError];

async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const secrets = secretsFrom(argv, env);
  const debugOn = argv.includes('--debug') || env.INTERVALS_MIRROR_DEBUG === '1';
  const err = (line: string) => process.stderr.write(redact(line, secrets) + '\n');
  const fail = (e: unknown): number => {
    const known = KNOWN_FAILURES.some((k) => e instanceof k);
    const msg = e instanceof Error ? e.message : String(e);
    const oneLine = msg.replace(/\s*\n\s*/g, ' ').trim() || (e instanceof Error ? e.name : 'failure');
    err(`intervals-mirror: ${known ? oneLine : `unexpected error: ${oneLine}${debugOn ? '' : ' (run with --debug for details)'}`}`);
    if (debugOn && e instanceof Error && e.stack) err(e.stack);
    return known ? 2 : 1;
  };
  // a failure outside the awaited chain still ends as one line, never a bare stack trace
  process.on('unhandledRejection', (e) => {
    process.exitCode = fail(e);
    process.exit();
  });
  process.on('uncaughtException', (e) => {
    process.exitCode = fail(e);
    process.exit();
  });
  try {
    const command = argv[0];
    if (command === 'demo') {
      // (the folder name is read at run time so the bundler cannot take it for an asset)
      const { runDemo } = await import('./demo.js');
      process.stdout.write((await runDemo(path.resolve(env.DEMO_OUTPUT_DIR || 'demo-output'))) + '\n');
      return 0;
    }
    if (command === 'bench') {
      const { runBench } = await import('./bench.js');
      process.stdout.write((await runBench(Number(env.BENCH_LATENCY_MS ?? 50))) + '\n');
      return 0;
    }
    const settings = settingsFromArgs(argv, env);
    secrets.push(settings.apiKey);
    const timeoutMs = parseTimeoutMs(env.INTERVALS_MIRROR_TIMEOUT_MS);
    const result = await runSync(settings, {
      readState: folderReader(settings.outputDir),
      nowInstantMs: settings.nowInstantMs ?? Date.now(),
      log: (line) => process.stdout.write(redact(line, secrets) + '\n'),
      debug: debugOn ? (line) => err(line) : undefined,
      client: timeoutMs === null ? undefined : { timeoutMs },
    });
    const written = await writeFilesAtomically(settings.outputDir, result.files);
    process.stdout.write(`wrote ${written.join(', ')} to ${settings.outputDir} (${result.requests.length} requests)\n`);
    return 0;
  } catch (e) {
    return fail(e);
  }
}

const code = await main(process.argv.slice(2), process.env);
process.exitCode = code;
// reads still in flight after a failure (best-effort ones) must not hold the process open:
// flush what was written, then leave
await new Promise<void>((resolve) => process.stdout.write('', () => process.stderr.write('', () => resolve())));
process.exit(code);
