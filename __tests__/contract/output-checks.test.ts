/**
 * The checks every pipeline test passes through can fail: a contract file the action commits
 * with a wrong type or an unknown key stops the fake GitHub with the reason, files others
 * committed are not the action's output, and an in-process run's files are checked too.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FakeGitHub } from '../../test-support/fake-github.js';
import { validateCommits, validateFolder, validateOutputs } from '../../test-support/validate.js';

const TRAILER = '\n\nSynced-by: intervals-mirror 1.0.0';
const FTP = { indoor: { '2026-01-01': 250 }, outdoor: {} };

describe('the output checks the pipeline tests rely on', () => {
  it('an action commit with an unknown key fails the fake GitHub when it stops', async () => {
    const gh = new FakeGitHub();
    await gh.start();
    gh.commitDirect({ 'ftp_history.json': JSON.stringify(FTP) }, `Sync${TRAILER}`);
    gh.commitDirect({ 'ftp_history.json': JSON.stringify({ ...FTP, extra: 1 }) }, `Sync again${TRAILER}`);
    await expect(gh.stop()).rejects.toThrow(/ftp_history\.json.*extra|ftp_history\.json/);
  });

  it('files another writer committed are not checked, only what the action changed', async () => {
    const gh = new FakeGitHub();
    await gh.start();
    gh.commitDirect({ 'latest.json': '{"not": "a latest file"}' }, 'seeded by the test');
    gh.commitDirect({ 'ftp_history.json': JSON.stringify(FTP) }, `Sync${TRAILER}`);
    expect(validateCommits(gh, { strict: true })).toEqual([]);
    await gh.stop();
  });

  it('a wrong type, NaN text and an archive copy are each reported', () => {
    const bad = validateOutputs({
      'ftp_history.json': JSON.stringify({ indoor: { '2026-01-01': 'x' }, outdoor: {} }),
      'intervals.json': '{"x": NaN}',
      'archive/2026-01/20260101_060000.json': '{}',
      'README.md': 'not a contract file',
    });
    expect(bad.some((p) => p.startsWith('ftp_history.json: '))).toBe(true);
    expect(bad.some((p) => p.startsWith('intervals.json: not strict JSON'))).toBe(true);
    expect(bad.some((p) => p.startsWith('archive/2026-01/20260101_060000.json: '))).toBe(true);
    expect(bad.some((p) => p.startsWith('README.md'))).toBe(false);
  });

  it('a folder is walked, archive included', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'checks-'));
    await fs.mkdir(path.join(dir, 'archive', '2026-01'), { recursive: true });
    await fs.writeFile(path.join(dir, 'ftp_history.json'), JSON.stringify(FTP));
    await fs.writeFile(path.join(dir, 'archive', '2026-01', '20260101_060000.json'), '{"metadata": 1}');
    const problems = await validateFolder(dir, { strict: true });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.startsWith('archive/2026-01/20260101_060000.json: '))).toBe(true);
  });
});
