/**
 * The GitHub Action front: masks the secrets, reads the publishing inputs (so a failure can always
 * be reported), then the sync inputs, reads the repository metadata (privacy mode) and the previous
 * state (workspace or API), runs the pipeline, commits the outputs to the repository in one commit
 * (or writes them to the workspace with `commit: false`), sets the outputs and the job summary,
 * then the issues (Section 11 update notice, sync-failing). Every failure ends in one redacted
 * `core.setFailed` line that names the fix, and opens or updates the sync-failing issue.
 */
import * as core from '@actions/core';
import { ConfigError, parseNow, type Settings } from './config.js';
import { runSync, SyncError } from './pipeline.js';
import { StateFileError } from './snapshot/state.js';
import { INPUTS, type PublishSettings, readPublishSettings, readSyncSettings } from './inputs.js';
import { PRODUCER_NAME, PRODUCER_VERSION } from './version.js';
import { describeApiError, PublishError } from './publish/github/octokit.js';
import { Publisher } from './publish/github/publisher.js';
import { actionOutputs, buildSummary, escapeHtml } from './publish/github/summary.js';
import { sizeReport } from './publish/sizes.js';
import { redact } from './lib/redact.js';

/** The input names (the one map of src/inputs.ts). */
export { INPUTS };

/** The sync inputs (the run masks the key before calling this). */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  return readSyncSettings((name) => core.getInput(name), env);
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
  const token = core.getInput(INPUTS.token).trim();
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
    const protocol = await pub.syncProtocol();
    if (protocol) core.info(`Section 11 protocol files: ${protocol.updated.length} updated, ${protocol.unchanged.length} current`);
    const report = await core.group(publishing.commit ? 'Commit to the repository' : 'Write outputs', () =>
      pub.publish(result.files, nowMs, protocol?.files ?? {}),
    );
    if (report.meaningful.length === 0)
      core.notice('No data changed since the last sync (timestamps aside): nothing was committed.', { title: 'Nothing to commit' });
    for (const [name, value] of Object.entries(actionOutputs(result.latest, report))) core.setOutput(name, value);
    await core.group('Notifications', () => pub.afterSuccess(nowMs, { protocol, commitSha: report.commit?.commitSha }));
    const stats = pub.repoStats(report);
    const sizes = sizeReport({
      files: Object.fromEntries(Object.entries(result.files).map(([name, text]) => [name, Buffer.byteLength(text, 'utf8')])),
      archiveCount: stats.archiveCount ?? 0,
      repoTotalBytes: stats.totalBytes ?? 0,
    });
    if (sizes.warning) core.warning(sizes.warning, { title: 'Repository size' });
    core.info(`${pub.requestCount} GitHub API requests`);
    buildSummary(core.summary, result.latest, report, {
      label: publishing.athleteLabel,
      sizes,
      archiveCount: stats.archiveCount,
      totalBytes: stats.totalBytes,
      githubRequests: pub.octokit ? pub.requestCount : null,
      diagnostics: result.diagnostics.map((d) => ({ block: d.block, reason: clean(d.reason) })),
    });
    await writeSummary();
  } catch (e) {
    const msg = oneLine(clean(failureMessage(e)));
    if (publisher) await publisher.afterFailure(msg, nowMs);
    core.summary
      .addHeading(
        publisher?.settings.athleteLabel ? `Intervals.icu sync failed: ${publisher.settings.athleteLabel}` : 'Intervals.icu sync failed',
        2,
      )
      .addRaw(`<p>${escapeHtml(msg)}</p>`, true)
      .addRaw(`<p><sub>${PRODUCER_NAME} ${PRODUCER_VERSION}</sub></p>`, true);
    await writeSummary();
    core.setFailed(msg);
  }
}
