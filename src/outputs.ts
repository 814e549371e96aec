/**
 * From a run's snapshot to the files it writes: derive the metrics, render latest.json, reduce
 * for privacy when asked, serialise, and add the charts and the digest companions. Most of the
 * bundle is this code, so the pipeline loads it while the run's requests are in flight.
 */
import { dumps } from './lib/py/json.js';
import type { LatestFile } from './contract/index.js';
import type { Settings } from './config.js';
import type { DeriveContext } from './derive/context.js';
import { finishDerive, startDerive, type DeriveStage } from './derive/index.js';
import type { Diagnostic } from './derive/diagnostics.js';
import { anonymizeFiles } from './derive/privacy/index.js';
import { privacyInput } from './derive/privacy/input.js';
import type { Snapshot, SnapshotBody } from './snapshot/types.js';
import { renderLatest } from './render/latest.js';
import { renderDigest } from './render/digest/index.js';
import { renderMirrorIndex } from './render/mirror-index.js';
import { renderCharts } from './render/charts/index.js';
import { CONTRACT_VERSION, PRODUCER_NAME, PRODUCER_VERSION } from './version.js';

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

/** The first step, on the snapshot without the chat messages (derive/index.ts: startDerive). */
export function startOutputs(ctx: DeriveContext, body: SnapshotBody, opts: OutputOptions): DeriveStage {
  return startDerive(ctx, body, { generateHistory: opts.generateHistory });
}

/** The rest, once the messages are in: the chat notes of the recent-activity rows, then every file. */
export function finishOutputs(stage: DeriveStage, messages: Snapshot['messages'], settings: Settings, opts: OutputOptions): RunFiles {
  const { ctx, body: snap } = stage;
  const { previous } = snap;
  const out = finishDerive(stage, messages);
  for (const d of out.diagnostics) opts.log(`degraded ${d.block}: ${d.reason}`);
  const rendered = {
    latest: renderLatest(out.latest, { lastUpdated: ctx.utcNow.isoformat(), version: CONTRACT_VERSION }),
    history: out.history,
    intervals: out.intervals,
    routes: out.routes,
  };
  // privacy mode reduces the finished contents: every metric above is computed from the full data
  const { latest, history, intervals, routes } = settings.anonymize
    ? anonymizeFiles(rendered, privacyInput(snap, settings.privacyRadiusM))
    : rendered;

  const files: Record<string, string> = {};
  if (history) files['history.json'] = dumps(history);
  files['ftp_history.json'] = dumps(out.ftpHistory, { sortKeys: true });
  files['latest.json'] = dumps(latest);
  if (intervals) files['intervals.json'] = dumps(intervals);
  if (routes) files['routes.json'] = dumps(routes);
  // the charts read this run's history, or the previous one when it was not rebuilt
  if (settings.charts) Object.assign(files, renderCharts(latest, history ?? previous.history));
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
  return { files, latest, historyGenerated: history !== null, diagnostics: out.diagnostics };
}
