/**
 * `npm run demo`: the full pipeline against the built-in demo athlete (demo/athlete/), served on
 * 127.0.0.1 by the project's own fake Intervals.icu API — no credentials, no network. Writes
 * ./demo-output/ and prints a short summary of what an AI coach would read.
 */
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { startFakeIntervals } from './fake-intervals/server.js';
import { fakeRunSettings } from './fake-intervals/settings.js';
import { runSync } from './pipeline.js';
import { folderReader } from './snapshot/state.js';
import { writeFilesAtomically } from './publish/local.js';
import type { Dict } from './lib/py.js';

const root = path.resolve(path.dirname(process.argv[1] ?? '.'), '..');
const dataset = path.join(root, 'demo', 'athlete');
// (read from the environment so the bundler cannot mistake the folder for an asset to embed)
const out = path.resolve(process.cwd(), process.env.DEMO_OUTPUT_DIR || 'demo-output');

const scenario = JSON.parse(await fs.readFile(path.join(dataset, 'scenario.json'), 'utf8'));
const at: string = scenario.runs[0].at;
const server = await startFakeIntervals({ dataset, now: at });
try {
  await fs.rm(out, { recursive: true, force: true });
  await fs.mkdir(out, { recursive: true });
  for (const f of await fs.readdir(path.join(dataset, 'state')).catch(() => [] as string[])) {
    await fs.copyFile(path.join(dataset, 'state', f), path.join(out, f)); // a long-time user's FTP history
  }
  const started = Date.now();
  const result = await runSync(
    fakeRunSettings(server, at, out),
    { readState: folderReader(out), nowInstantMs: Date.parse(`${at}Z`) },
  );
  const written = await writeFilesAtomically(out, result.files);
  const l: Dict = result.latest;
  const f = l.current_status?.fitness ?? {};
  const lines = [
    `Demo athlete synced as of ${at} UTC in ${Date.now() - started} ms (${result.requests.length} requests to the fake Intervals.icu API)`,
    `Fitness: CTL ${f.ctl}  ATL ${f.atl}  TSB ${f.tsb}  ramp ${f.ramp_rate}  (${f.fitness_source})`,
  ];
  const rd = l.readiness_decision;
  if (rd) lines.push(`Readiness: ${String(rd.recommendation).toUpperCase()} (P${rd.priority})`);
  const phase = l.derived_metrics?.phase_detected;
  if (phase) lines.push(`Phase: ${phase}`);
  const nr = l.race_calendar?.next_race;
  if (nr) lines.push(`Next race: ${nr.name} in ${nr.days_until} days`);
  lines.push(`Wrote ${written.map((n) => path.join('demo-output', n)).join(', ')}`);
  process.stdout.write(lines.join('\n') + '\n');
} finally {
  await server.close();
}
