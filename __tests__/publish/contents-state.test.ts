/**
 * Reading the previous state through the contents API, against the fake GitHub over HTTP.
 */
import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { contentsReader, gitBlobSha, normaliseRepoDir, RepoReadError } from '../../src/publish/github/contents-state.js';
import { readPreviousState, StateFileError } from '../../src/snapshot/state.js';
import { goldenOutputs, startRig, type Rig } from './helpers.js';

let rig: Rig;
beforeEach(async () => {
  rig = await startRig({ contentsInlineLimit: 10_000 });
});
afterEach(async () => {
  await rig.fake.stop();
});

describe('contentsReader', () => {
  it('reads every state file at one commit, large ones through the blob API', async () => {
    const outputs = await goldenOutputs();
    const sha = rig.fake.commitDirect(Object.fromEntries(Object.entries(outputs).map(([k, v]) => [`data/${k}`, v])));
    // a later commit must not leak into a read pinned to `sha`
    rig.fake.commitDirect({ 'data/ftp_history.json': '{"indoor": {}}' });
    const reader = rig.reader();
    const read = contentsReader(reader, sha, 'data');
    for (const [name, text] of Object.entries(outputs)) expect(await read(name)).toBe(text);
    expect(outputs['history.json'].length).toBeGreaterThan(10_000);
    expect(rig.fake.requests.some((r) => /\/git\/blobs\//.test(r.path))).toBe(true);
    // texts are cached under their git blob SHA for the commit step
    expect(reader.texts.get(gitBlobSha(outputs['latest.json']))).toBe(outputs['latest.json']);
    const state = await readPreviousState(read);
    expect(state.ftpHistory).toEqual(JSON.parse(outputs['ftp_history.json']));
  });

  it('returns null for missing files and for an empty repository', async () => {
    const reader = rig.reader();
    expect(await contentsReader(reader, 'main', '')('latest.json')).toBeNull(); // empty repo: 404 "This repository is empty."
    const sha = rig.fake.commitDirect({ 'README.md': '#' });
    expect(await contentsReader(reader, sha, '')('latest.json')).toBeNull();
    expect(await contentsReader(reader, null, '')('latest.json')).toBeNull();
  });

  it('fails the run on any other read failure instead of treating the file as absent', async () => {
    const sha = rig.fake.commitDirect({ 'ftp_history.json': '{"indoor": {}}' });
    rig.fake.failNext('GET', /\/contents\/ftp_history\.json$/, 503, 'Service Unavailable', 5);
    const err = await contentsReader(rig.reader(), sha, '')('ftp_history.json').catch((e) => e);
    expect(err).toBeInstanceOf(RepoReadError);
    expect(err.message).toMatch(/ftp_history\.json.*HTTP 503/);
    // transient errors are retried: 1 try + 2 retries
    expect(rig.fake.requests.filter((r) => /ftp_history/.test(r.path)).length).toBe(3);
  });

  it('a transient 502 on a read is retried and succeeds', async () => {
    const sha = rig.fake.commitDirect({ 'ftp_history.json': '{"indoor": {}}' });
    rig.fake.failNext('GET', /\/contents\/ftp_history\.json$/, 502, 'Bad Gateway', 1);
    expect(await contentsReader(rig.reader(), sha, '')('ftp_history.json')).toBe('{"indoor": {}}');
  });

  it.each([
    ['ftp_history.json', /ftp_history\.json exists but is not a JSON object/],
    ['intervals.json', /intervals\.json exists but is not a JSON object.*72-hour/],
  ])('an unparseable %s in the repository stops the run with a message naming it', async (name, message) => {
    const sha = rig.fake.commitDirect({ [name]: '{"indoor": {"2025-01-01": 250}, <<<<<<< merge conflict' });
    await expect(readPreviousState(contentsReader(rig.reader(), sha, ''))).rejects.toThrow(StateFileError);
    await expect(readPreviousState(contentsReader(rig.reader(), sha, ''))).rejects.toThrow(message);
  });

  it('an unparseable history.json is rebuilt (it comes back in full from the API)', async () => {
    const sha = rig.fake.commitDirect({ 'history.json': 'not json' });
    const state = await readPreviousState(contentsReader(rig.reader(), sha, ''));
    expect(state.historyUnreadable).toBe(true);
  });
});

describe('normaliseRepoDir', () => {
  it('maps output-dir to a repository folder', () => {
    expect(normaliseRepoDir('.')).toBe('');
    expect(normaliseRepoDir('')).toBe('');
    expect(normaliseRepoDir('./data/')).toBe('data');
    expect(normaliseRepoDir('data/x/../y')).toBe('data/y');
    expect(() => normaliseRepoDir('../elsewhere')).toThrow(/inside the repository/);
    expect(() => normaliseRepoDir('/abs')).toThrow(/inside the repository/);
  });

  it('gitBlobSha is git hash-object', () => {
    // `printf 'hello\n' | git hash-object --stdin`
    expect(gitBlobSha('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
  });
});
