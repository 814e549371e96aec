/**
 * From a run's snapshot to the files it writes: derive the metrics, render latest.json, reduce
 * for privacy when asked, serialise, and add the charts and the digest companions. Most of the
 * bundle is this code, so the pipeline loads it while the run's requests are in flight.
 */
import { dumps } from './lib/py/json.js';
import type { LatestFile } from './contract/index.js';
import type { Settings } from './config.js';
import type { DeriveContext } from './derive/context.js';
import { finishDerive, startDerive, type DeriveStage, type RunOutputs } from './derive/index.js';
import type { Diagnostic } from './derive/diagnostics.js';
import { anonymizeFiles } from './derive/privacy/index.js';
import { privacyInput } from './derive/privacy/input.js';
import type { Snapshot, SnapshotBody } from './snapshot/types.js';
import { renderLatest } from './render/latest.js';
import { renderDigest } from './render/digest/index.js';
import { renderMirrorIndex } from './render/mirror-index.js';
import { renderCharts } from './render/charts/index.js';
import { CONTRACT_VERSION, PRODUCER_NAME, PRODUCER_VERSION } from './version.js';
import { prepareTerrain } from './derive/terrain/activity.js';
import { athleteUnits } from './derive/units.js';
import type { ApiAthlete } from './snapshot/api-rows.js';
import type { Outcome } from './snapshot/types.js';
import type { StreamsUse } from './snapshot/collect.js';
import { prepareDfaBlock } from './derive/intervals/dfa-cache.js';

/** The files of one run, with the latest.json they were serialised from. */
export interface RunFiles {
  files: Record<string, string>;
  latest: LatestFile;
  historyGenerated: boolean;
  diagnostics: Diagnostic[];
}

export interface OutputOptions {
  generateHistory: boolean;
  previousTexts: Record<string, string>;
  log: (line: string) => void;
}

/**
 * The first step's result: the derived outputs, and the file texts that do not depend on the
 * chat messages, serialised while those are still in flight (null in privacy mode, which reduces
 * the finished files together).
 */
export interface OutputsStage {
  derive: DeriveStage;
  /**
   * latest.json, rendered once: its recent_activities are the derived rows themselves, which
   * receive their chat notes in place in the second step (finishDerive)
   */
  latest: LatestFile;
  early: EarlyTexts | null;
}

export interface EarlyTexts {
  history: string | null;
  ftpHistory: string;
  intervals: string | null;
  routes: string | null;
  charts: Record<string, string>;
}

/** The first step, on the snapshot without the chat messages (derive/index.ts: startDerive). */
export function startOutputs(ctx: DeriveContext, body: SnapshotBody, settings: Settings, opts: OutputOptions): OutputsStage {
  const derive = startDerive(ctx, body, { generateHistory: opts.generateHistory });
  const out = derive.before;
  const latest = renderLatest(out.latest, { lastUpdated: ctx.utcNow.isoformat(), version: CONTRACT_VERSION });
  if (settings.anonymize) return { derive, latest, early: null };
  // the charts never read the recent-activity rows (ChartsLatest), the only part still to change
  const charts = settings.charts ? renderCharts(latest, out.history ?? body.previous.history) : {};
  return { derive, latest, early: { ...serialise(out), charts } };
}

/** The rest, once the messages are in: the chat notes of the recent-activity rows, then every file. */
export function finishOutputs(stage: OutputsStage, messages: Snapshot['messages'], settings: Settings, opts: OutputOptions): RunFiles {
  const { ctx, body: snap } = stage.derive;
  const { previous } = snap;
  const out = finishDerive(stage.derive, messages);
  for (const d of out.diagnostics) opts.log(`degraded ${d.block}: ${d.reason}`);
  let latest = stage.latest;
  let texts: EarlyTexts;
  let history = out.history;
  if (stage.early) texts = stage.early;
  else {
    // privacy mode reduces the finished contents: every metric above is computed from the full data
    const reduced = anonymizeFiles(
      { latest, history: out.history, intervals: out.intervals, routes: out.routes },
      privacyInput(snap, settings.privacyRadiusM),
    );
    latest = reduced.latest;
    history = reduced.history;
    const charts = settings.charts ? renderCharts(latest, history ?? previous.history) : {};
    texts = { ...serialise({ ...reduced, ftpHistory: out.ftpHistory }), charts };
  }

  const files: Record<string, string> = {};
  if (texts.history !== null) files['history.json'] = texts.history;
  files['ftp_history.json'] = texts.ftpHistory;
  files['latest.json'] = dumps(latest);
  if (texts.intervals !== null) files['intervals.json'] = texts.intervals;
  if (texts.routes !== null) files['routes.json'] = texts.routes;
  // the charts read this run's history, or the previous one when it was not rebuilt
  Object.assign(files, texts.charts);
  if (settings.digest) {
    // companions made from this run's files (history.json: the one in place when not regenerated)
    const kept = Object.fromEntries(Object.entries(opts.previousTexts).filter(([name]) => !(name in files)));
    files['latest.md'] = renderDigest(latest, history ?? previous.history);
    files['mirror.json'] = renderMirrorIndex({
      producer: { name: PRODUCER_NAME, version: PRODUCER_VERSION },
      contractVersion: CONTRACT_VERSION,
      lastUpdated: ctx.utcNow.isoformat(),
      written: files,
      kept,
    });
  }
  return { files, latest, historyGenerated: out.history !== null, diagnostics: out.diagnostics };
}

/**
 * Analyse a streams response while the run's last reads answer: the DFA a1 block of an activity's
 * DFA streams, the terrain of its GPS track. Derive then finds the analysis done
 * (derive/intervals/dfa-cache.ts, derive/terrain/activity.ts), and its first step has that much
 * less to do once the last answer is in.
 */
export function prepareStreams(use: StreamsUse, streams: Outcome<unknown[]>, athlete: ApiAthlete): void {
  if (use === 'dfa') prepareDfaBlock(streams);
  else prepareTerrain(streams, athleteUnits(athlete));
}

/** The state files other than latest.json, as written (ftp_history.json with its keys sorted). */
function serialise(o: Pick<RunOutputs, 'history' | 'ftpHistory' | 'intervals' | 'routes'>): Omit<EarlyTexts, 'charts'> {
  return {
    history: o.history ? dumps(o.history) : null,
    ftpHistory: dumps(o.ftpHistory, { sortKeys: true }),
    intervals: o.intervals ? dumps(o.intervals) : null,
    routes: o.routes ? dumps(o.routes) : null,
  };
}
