/**
 * `npm run demo` (= `node dist/cli.js demo`): the full pipeline against the built-in demo athlete,
 * served on 127.0.0.1 by the project's own fake Intervals.icu API — no credentials, no network.
 * Writes ./demo-output/ (the JSON files, the charts and a README.md showing them, as the data
 * repository of an athlete looks) and prints a short summary of what an AI coach would read.
 */
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { demoDataset, demoRunTimes, seedState, syncDemoAthlete } from './fake-intervals/demo-athlete.js';
import { updateReadme } from './publish/github/readme-line.js';
import { utcStamp } from './publish/github/archive.js';

export async function runDemo(outDir: string): Promise<string> {
  const dataset = demoDataset();
  const [at] = await demoRunTimes(dataset);
  await fs.rm(outDir, { recursive: true, force: true });
  await seedState(dataset, outDir);
  const { result, written, ms } = await syncDemoAthlete(dataset, at, outDir);
  // the folder stands for the athlete's data repository: its README shows the dashboard
  const readme = updateReadme(null, { outputs: result.files, dir: '', human: utcStamp(Date.parse(`${at}Z`)).human });
  if (readme !== null) {
    await fs.writeFile(path.join(outDir, 'README.md'), readme);
    written.push('README.md');
  }
  const l = result.latest;
  const f = l.current_status.fitness;
  const lines = [
    `Demo athlete synced as of ${at} UTC in ${Math.round(ms)} ms (${result.requests.length} requests to the fake Intervals.icu API)`,
    `Fitness: CTL ${f.ctl}  ATL ${f.atl}  TSB ${f.tsb}  ramp ${f.ramp_rate}  (${f.fitness_source})`,
  ];
  const rd = l.readiness_decision;
  if (rd) lines.push(`Readiness: ${String(rd.recommendation).toUpperCase()} (P${rd.priority})`);
  const phase = l.derived_metrics?.phase_detected;
  if (phase) lines.push(`Phase: ${phase}`);
  const nr = l.race_calendar?.next_race;
  if (nr) lines.push(`Next race: ${nr.name} (${nr.category}) in ${nr.days_until} days`);
  const md = result.files['latest.md'];
  if (md)
    lines.push(
      `Digest: latest.md, ${Buffer.byteLength(md, 'utf8')} bytes (≈${Math.ceil(Buffer.byteLength(md, 'utf8') / 4)} tokens) for AI coaches; index: mirror.json`,
    );
  const rel = path.relative(process.cwd(), outDir) || '.';
  lines.push(`Wrote ${written.map((n) => path.join(rel, n)).join(', ')}`);
  return lines.join('\n');
}
