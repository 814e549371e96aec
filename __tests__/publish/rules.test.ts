/**
 * The pure publishing rules: what counts as a change, the README line, archive names and
 * retention, the outputs and the job summary.
 */
import { describe, it, expect, afterEach } from '@jest/globals';
import { summary } from '@actions/core';
import { changedBeyondTimestamps, compareOutputs } from '../../src/publish/github/changes.js';
import { updateSyncLine } from '../../src/publish/github/readme-line.js';
import { isExpired, parseKeepDays, retentionCutoff, snapshotPath, snapshotTime, utcStamp } from '../../src/publish/github/archive.js';
import { commitMessage } from '../../src/publish/github/commit.js';
import { parseBool, readPublishSettings } from '../../src/publish/github/inputs.js';
import { actionOutputs, buildSummary, type PublishReport } from '../../src/publish/github/summary.js';
import { goldenOutputs, restamped } from './helpers.js';
import { PRODUCER_VERSION } from '../../src/version.js';
import { decidePrivacy } from '../../src/publish/github/privacy.js';

describe('changes', () => {
  it('ignores exactly the timestamp fields', async () => {
    const outputs = await goldenOutputs();
    const later = restamped(outputs, '2030-01-01T00:00:00');
    expect(compareOutputs(later, outputs)).toEqual({ changed: ['latest.json', 'intervals.json', 'routes.json'], meaningful: [] });
    const latest = JSON.parse(later['latest.json']);
    latest.metadata.version = '9.9';
    expect(changedBeyondTimestamps('latest.json', outputs['latest.json'], JSON.stringify(latest))).toBe(true);
    // generated_at matters in history.json: it decides the next rebuild
    const history = JSON.parse(outputs['history.json']);
    history.generated_at = '2030-01-01T00:00:00';
    expect(changedBeyondTimestamps('history.json', outputs['history.json'], JSON.stringify(history))).toBe(true);
    // a field named like a timestamp elsewhere is data
    const intervals = JSON.parse(outputs['intervals.json']);
    intervals.fetch_state = { '1': { last_attempt: '2030-01-01T00:00:00' } };
    expect(changedBeyondTimestamps('intervals.json', outputs['intervals.json'], JSON.stringify(intervals))).toBe(true);
  });

  it('treats new files, unparseable files and reordered keys correctly', () => {
    expect(changedBeyondTimestamps('latest.json', null, '{}')).toBe(true);
    expect(changedBeyondTimestamps('latest.json', '{broken', '{}')).toBe(true);
    expect(changedBeyondTimestamps('ftp_history.json', '{"a": 1, "b": {"c": [1, 2]}}', '{"b": {"c": [1, 2]}, "a": 1.0}')).toBe(false);
    expect(changedBeyondTimestamps('ftp_history.json', '{"b": {"c": [1, 2]}}', '{"b": {"c": [2, 1]}}')).toBe(true);
    expect(changedBeyondTimestamps('latest.json', '{"x": NaN}', '{"x": NaN}')).toBe(false);
  });
});

describe('README sync line', () => {
  it('updates the line as the reference workflow does, and only when present', () => {
    expect(updateSyncLine('# Data\n\n**Last successful sync:** 2024-01-01 00:00:00 UTC\n', '2025-02-20 08:15:00 UTC')).toBe(
      '# Data\n\n**Last successful sync:** 2025-02-20 08:15:00 UTC\n',
    );
    expect(updateSyncLine('> **Last successful sync:** never\r\nnext', 'T')).toBe('> **Last successful sync:** T\r\nnext');
    expect(updateSyncLine('# Data\nLast successful sync: never\n', 'T')).toBeNull();
    expect(updateSyncLine('# Data\n', 'T')).toBeNull();
  });
});

describe('archive', () => {
  it('names snapshots by the run time in UTC', () => {
    const ms = Date.parse('2025-03-01T00:04:05Z');
    expect(snapshotPath('', ms)).toBe('archive/2025-03/20250301_000405.json');
    expect(snapshotPath('data', ms)).toBe('data/archive/2025-03/20250301_000405.json');
    expect(utcStamp(ms).human).toBe('2025-03-01 00:04:05 UTC');
    expect(snapshotTime('20250301_000405.json')).toBe(ms);
    expect(snapshotTime('20250231_000000.json')).toBeNull();
    expect(snapshotTime('latest.json')).toBeNull();
    expect(commitMessage('Data {timestamp}', ms)).toBe(`Data 2025-03-01 00:04:05 UTC\n\nSynced-by: intervals-mirror ${PRODUCER_VERSION}`);
    expect(commitMessage('', ms).split('\n')[0]).toBe('Sync training data - 2025-03-01 00:04:05 UTC');
  });

  it('expires snapshots strictly older than keep-days', () => {
    const now = Date.parse('2025-03-31T12:00:00Z');
    expect(retentionCutoff(now, 0)).toBeNull();
    const cutoff = retentionCutoff(now, 30)!;
    expect(isExpired('20250301_115959.json', cutoff)).toBe(true);
    expect(isExpired('20250301_120000.json', cutoff)).toBe(false);
    expect(isExpired('notes.json', cutoff)).toBe(false);
    expect(parseKeepDays('')).toBe(0);
    expect(parseKeepDays('30')).toBe(30);
    expect(() => parseKeepDays('-1')).toThrow(/archive-keep-days/);
  });
});

describe('inputs', () => {
  const env = { GITHUB_REPOSITORY: 'a/b', GITHUB_WORKSPACE: '/w', GITHUB_RUN_ID: '77', GITHUB_SERVER_URL: 'https://github.com' };
  it('applies the defaults of action.yml to unset inputs', () => {
    const s = readPublishSettings((n) => (n === 'github-token' ? 't' : ''), env, '/w');
    expect(s).toMatchObject({
      branch: '',
      commit: true,
      archive: true,
      notifyUpdates: true,
      failureIssue: true,
      keepDays: 0,
      dir: '',
      commitMessage: 'Sync training data - {timestamp}',
      changelogUrl: 'https://raw.githubusercontent.com/CrankAddict/section-11/main/changelog.json',
      runUrl: 'https://github.com/a/b/actions/runs/77',
    });
    expect(readPublishSettings((n) => (n === 'github-token' ? 't' : ''), env, '/w/data').dir).toBe('data');
  });
  it('rejects what it cannot use, naming the input', () => {
    expect(() => parseBool('archive', 'yes', true)).toThrow(/archive must be true or false/);
    expect(() => readPublishSettings(() => '', env, '/w')).toThrow(/github-token is empty/);
    expect(() => readPublishSettings((n) => (n === 'github-token' ? 't' : ''), env, '/elsewhere')).toThrow(/output-dir/);
    expect(readPublishSettings((n) => (n === 'commit' ? 'false' : ''), {}, '.').commit).toBe(false);
  });
  it('reads anonymize (auto by default) and privacy-radius (500 m by default, whole metres 0–5000)', () => {
    const read = (inputs: Record<string, string>) => readPublishSettings((n) => ({ 'github-token': 't', ...inputs })[n] ?? '', env, '/w');
    expect(read({})).toMatchObject({ anonymize: 'auto', privacyRadiusM: 500 });
    expect(read({ anonymize: 'TRUE', 'privacy-radius': '0' })).toMatchObject({ anonymize: 'true', privacyRadiusM: 0 });
    expect(read({ anonymize: 'false', 'privacy-radius': '5000' })).toMatchObject({ anonymize: 'false', privacyRadiusM: 5000 });
    expect(() => read({ anonymize: 'yes' })).toThrow(/anonymize must be auto, true or false \(got "yes"\)/);
    for (const bad of ['5001', '-1', '12.5', 'far'])
      expect(() => read({ 'privacy-radius': bad })).toThrow(/privacy-radius must be a whole number of metres from 0 to 5000/);
  });
  it('lenient reading never throws, so a failure can still be reported in an issue', () => {
    const s = readPublishSettings((n) => ({ 'github-token': 't', archive: 'maybe', anonymize: '?' })[n] ?? '', env, '/elsewhere', true);
    expect(s).toMatchObject({ token: 't', repo: { owner: 'a', repo: 'b' }, failureIssue: true, dir: '' });
    expect(() => readPublishSettings(() => '', { GITHUB_REPOSITORY: 'not a repo' }, '.', true)).not.toThrow();
  });
  it('decides the privacy mode from the visibility unless forced', () => {
    expect(decidePrivacy('auto', true)).toEqual({ anonymize: true, reason: 'public repository' });
    expect(decidePrivacy('auto', false)).toEqual({ anonymize: false, reason: 'private repository' });
    expect(decidePrivacy('auto', null)).toEqual({ anonymize: false, reason: 'no repository' });
    expect(decidePrivacy('true', false)).toEqual({ anonymize: true, reason: 'forced by input' });
    expect(decidePrivacy('false', true)).toEqual({ anonymize: false, reason: 'forced by input' });
  });
});

describe('outputs and job summary', () => {
  afterEach(() => {
    summary.emptyBuffer();
  });
  const report = (over: Partial<PublishReport> = {}): PublishReport => ({
    mode: 'api',
    repository: 'a/b',
    branch: 'main',
    serverUrl: 'https://github.com',
    commit: {
      committed: true,
      commitSha: 'abcdef1234567890abcdef1234567890abcdef12',
      changedFiles: ['latest.json', 'archive/2025-02/20250220_080000.json'],
      deletedFiles: ['archive/2024-01/20240101_000000.json'],
      meaningful: ['latest.json'],
      attempts: 1,
      verified: true,
      verificationReason: 'valid',
      bootstrapped: false,
    },
    written: [],
    removed: [],
    meaningful: ['latest.json'],
    latestPath: '/w/latest.json',
    ...over,
  });

  it('sets readiness and phase from latest.json', async () => {
    const latest = JSON.parse((await goldenOutputs())['latest.json']);
    expect(actionOutputs(latest, report())).toEqual({
      committed: 'true',
      'commit-sha': 'abcdef1234567890abcdef1234567890abcdef12',
      'changed-files': '["latest.json","archive/2025-02/20250220_080000.json"]',
      readiness: 'skip',
      phase: 'Build',
      'latest-path': '/w/latest.json',
    });
    expect(actionOutputs({}, report({ commit: null, mode: 'workspace' }))).toMatchObject({
      readiness: '',
      phase: '',
      committed: 'false',
      'commit-sha': '',
      'changed-files': '[]',
    });
  });

  it('summarises readiness, load, alerts, the next race and the commit', async () => {
    const latest = JSON.parse((await goldenOutputs())['latest.json']);
    latest.race_calendar.next_race.name = 'Spring <10> mile';
    const html = buildSummary(summary, latest, report()).stringify();
    expect(html).toContain('Readiness: SKIP');
    expect(html).toContain('P0 safety stop. RI 0.58 &lt; 0.6; tier-1 alarms: recovery_index, hrv, rhr.');
    expect(html).toMatch(/CTL \(fitness\)<\/td><td>37\.11/);
    expect(html).toMatch(/TSB \(form\)<\/td><td>8\.7/);
    expect(html).toMatch(/Ramp rate<\/td><td>-2\.12/);
    expect(html).toMatch(/ACWR, start of day \(readiness\)<\/td><td>0\.31 \(undertraining\)/);
    expect(html).toMatch(/ACWR, live \(incl\. today\)<\/td><td>0\.31 \(undertraining\)/);
    expect(html).toContain(`intervals-mirror ${PRODUCER_VERSION}`);
    expect(html).toMatch(/Phase<\/td><td>Build \(high confidence\)/);
    expect(html).toContain('Alerts (4)');
    expect(html).toContain('<strong>ALARM</strong> recovery_index: RI 0.58 &lt; 0.6. Immediate deload required.');
    expect(html).toContain('Spring &lt;10&gt; mile');
    expect(html).toContain('2025-04-06, RACE_A, Run, in 45 days');
    expect(html).toContain('https://github.com/a/b/commit/abcdef1234567890abcdef1234567890abcdef12');
    expect(html).toContain('<code>archive/2025-02/20250220_080000.json</code>');
    expect(html).toContain('Removed 1 archive snapshot(s)');
  });

  it('on a MODIFY day shows the triggers and the suggested adjustments; names the privacy mode', () => {
    const latest = {
      readiness_decision: {
        recommendation: 'modify',
        reason: 'P2 signal count. 1 red (sleep), 0 amber ().',
        modification: { triggers: ['sleep', 'hrv'], suggested_adjustments: { intensity: 'preserve', volume: 'reduce', cap_zone: 'Z2' } },
      },
    };
    const html = buildSummary(
      summary,
      latest,
      report({ privacy: { anonymize: true, reason: 'public repository', radiusM: 700 } }),
    ).stringify();
    expect(html).toContain('Readiness: MODIFY');
    expect(html).toContain('Triggers: sleep, hrv');
    expect(html).toContain(
      'Suggested adjustments — intensity: <strong>preserve</strong>, volume: <strong>reduce</strong>, cap zone: <strong>Z2</strong>',
    );
    expect(html).toMatch(/Privacy mode: <strong>anonymised<\/strong> \(public repository; GPS points within 700 m/);
    summary.emptyBuffer();
    const noCap = {
      readiness_decision: {
        ...latest.readiness_decision,
        modification: { triggers: ['sleep'], suggested_adjustments: { intensity: 'preserve', volume: 'reduce', cap_zone: null } },
      },
    };
    expect(buildSummary(summary, noCap, report()).stringify()).not.toContain('cap zone');
  });

  it('counts the degraded blocks and says why, and says nothing when none degraded', () => {
    const diagnostics = [
      { block: 'routes.events[2].terrain_summary', reason: 'RouteFileError: GPX parse error <x>' },
      { block: 'history.json', reason: 'TypeError: internal error' },
    ];
    const html = buildSummary(summary, {}, report(), { diagnostics }).stringify();
    expect(html).toContain('Degraded blocks: 2');
    expect(html).toContain('<code>routes.events[2].terrain_summary</code>: RouteFileError: GPX parse error &lt;x&gt;');
    expect(html).toContain('<code>history.json</code>: TypeError: internal error');
    summary.emptyBuffer();
    expect(buildSummary(summary, {}, report(), { diagnostics: [] }).stringify()).not.toContain('Degraded');
  });

  it('leaves out what latest.json does not have', () => {
    const html = buildSummary(
      summary,
      { derived_metrics: { acwr: null } },
      report({ commit: { ...report().commit!, committed: false, commitSha: null } }),
    ).stringify();
    expect(html).not.toContain('Readiness');
    expect(html).not.toContain('Training load');
    expect(html).not.toContain('Alerts');
    expect(html).not.toContain('Next race');
    expect(html).toContain('nothing was committed');
  });
});
