/**
 * The Section 11 protocol files travel in the data commit: the BUILT action, a fake Section 11
 * (manifest + files) and the fake GitHub. The first run commits the mirrored files and the
 * manifest copy in the same single commit as the data; a run with nothing new fetches only the
 * manifest and commits nothing; a download that does not match the manifest is refused with a
 * warning and the data commit still lands; the update notice lists what was mirrored.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { startFakeIntervals, type FakeIntervals } from '../../test-support/fake-intervals.js';
import { FakeGitHub } from '../../test-support/fake-github.js';
import { startFakeProtocol, type FakeProtocol } from '../../test-support/fake-protocol.js';
import { DATASET, DATASET_NOW, runBundle } from './run-bundle.js';

const SECTION = '# Section 11\n\nThe protocol.\n';
let intervals: FakeIntervals;
let github: FakeGitHub;
let protocol: FakeProtocol;

beforeAll(async () => {
  intervals = await startFakeIntervals({ dataset: DATASET, now: DATASET_NOW, datasetFaults: false });
  github = new FakeGitHub();
  await github.start();
  github.raw.set('/raw/changelog.json', { status: 200, body: '{"notification_id": "2026-10-01", "changes": ["protocol v12"]}' });
  github.commitDirect({ 'README.md': '# me\n' }, 'initial');
  protocol = await startFakeProtocol({ 'SECTION_11.md': SECTION, 'templates/weekly.md': 'weekly\n', 'other.md': 'o\n' });
});
afterAll(async () => {
  await intervals.close();
  await github.stop();
  await protocol.close();
});

const inputs = () => ({ 'protocol-files': 'SECTION_11.md\ntemplates/weekly.md', 'protocol-manifest-url': protocol.manifestUrl });

describe('protocol-files', () => {
  it('the first run commits the protocol files in the one data commit', async () => {
    const before = github.log().length;
    const r = await runBundle({ github, intervals, inputs: inputs() });
    expect(r.code).toBe(0);
    expect(github.log().length).toBe(before + 1);
    const files = github.filesAt();
    expect(files['section-11/SECTION_11.md']).toBe(SECTION);
    expect(files['section-11/templates/weekly.md']).toBe('weekly\n');
    expect(JSON.parse(files['section-11/manifest.json']).files['other.md']).toBeTruthy();
    expect(files['latest.json']).toBeTruthy();
    expect(JSON.parse(r.outputs['changed-files'])).toEqual(expect.arrayContaining(['section-11/SECTION_11.md', 'latest.json']));
    // the update notice says what this repository mirrors now
    const notice = github.issues.find((i) => i.labels.includes('update-notification'))!;
    expect(notice.body).toContain('`section-11/SECTION_11.md`');
  }, 60_000);

  it('a second run fetches only the manifest and commits nothing new', async () => {
    const head = github.headSha();
    protocol.requests.length = 0;
    const r = await runBundle({ github, intervals, inputs: inputs() });
    expect(r.code).toBe(0);
    expect(protocol.requests).toEqual(['manifest.json']);
    expect(github.headSha()).toBe(head);
    expect(r.outputs.committed).toBe('false');
  }, 60_000);

  it('an upstream change alone is a reason to commit', async () => {
    protocol.setFile('templates/weekly.md', 'weekly v2\n');
    const r = await runBundle({ github, intervals, inputs: inputs() });
    expect(r.code).toBe(0);
    expect(r.outputs.committed).toBe('true');
    const files = github.filesAt();
    expect(files['section-11/templates/weekly.md']).toBe('weekly v2\n');
    // no data changed: no archive snapshot for it
    expect(Object.keys(files).filter((p) => p.startsWith('archive/'))).toHaveLength(1);
  }, 60_000);

  it('a tampered download is refused with a warning; the data commit still lands', async () => {
    protocol.setFile('SECTION_11.md', '# Section 11\n\nv13\n');
    protocol.tamper('SECTION_11.md', '# Section 11\n\nsomething else\n');
    const head = github.headSha();
    const r = await runBundle({ github, intervals, inputs: { ...inputs(), 'force-history': 'true' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /::warning title=Section 11 protocol files::Section 11 file "SECTION_11.md" not updated .*differs from the manifest/,
    );
    expect(github.headSha()).not.toBe(head);
    expect(github.filesAt()['section-11/SECTION_11.md']).toBe(SECTION);
    expect(JSON.parse(r.outputs['changed-files'])).toContain('history.json');
  }, 60_000);
});
