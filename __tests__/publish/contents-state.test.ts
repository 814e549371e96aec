/**
 * Reading the previous state from the branch tree and blobs, against the fake GitHub over HTTP.
 */
import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { gitBlobSha, listOutputFolder, normaliseRepoDir, RepoReadError, treeStateReader } from '../../src/publish/github/contents-state.js';
import { readPreviousState, StateFileError } from '../../src/snapshot/state.js';
import { goldenOutputs, startRig, type Rig } from './helpers.js';

let rig: Rig;
beforeEach(async () => {
  rig = await startRig({ contentsInlineLimit: 10_000 });
});
afterEach(async () => {
  await rig.fake.stop();
});

/** The state reader the publisher builds for one commit: the output folder's tree, then blobs. */
async function stateAt(rig: Rig, commitSha: string, dir: string) {
  const reader = rig.reader();
  const tree = rig.fake.commits.get(commitSha)!.tree;
  return { reader, read: treeStateReader(reader, await listOutputFolder(reader, tree, dir), dir) };
}

describe('treeStateReader (the branch tree says which files exist)', () => {
  it('reads every state file at one commit by blob SHA, never through the contents API', async () => {
    const outputs = await goldenOutputs();
    const sha = rig.fake.commitDirect(Object.fromEntries(Object.entries(outputs).map(([k, v]) => [`data/${k}`, v])));
    // a later commit must not leak into a read pinned to `sha`
    rig.fake.commitDirect({ 'data/ftp_history.json': '{"indoor": {}}' });
    const { reader, read } = await stateAt(rig, sha, 'data');
    for (const [name, text] of Object.entries(outputs)) expect(await read(name)).toBe(text);
    expect(rig.fake.requests.some((r) => /\/contents\//.test(r.path))).toBe(false);
    // the tree is listed once, recursively (which files exist, their sizes): one request for any depth
    const trees = rig.fake.requests.filter((r) => /\/git\/trees\//.test(r.path));
    expect(trees).toHaveLength(1);
    expect(trees[0].query.get('recursive')).toBeTruthy();
    // texts are cached under their git blob SHA for the commit step: a second read costs nothing
    expect(reader.texts.get(gitBlobSha(outputs['latest.json']))).toBe(outputs['latest.json']);
    const blobReads = reader.blobReads;
    await read('latest.json');
    expect(reader.blobReads).toBe(blobReads);
    const state = await readPreviousState(read);
    expect(state.ftpHistory).toEqual(JSON.parse(outputs['ftp_history.json']));
  });

  it('a file the tree does not list is absent; an empty repository has no state', async () => {
    const sha = rig.fake.commitDirect({ 'README.md': '#' });
    const { read } = await stateAt(rig, sha, '');
    expect(await read('latest.json')).toBeNull();
    expect(await treeStateReader(rig.reader(), null, '')('latest.json')).toBeNull();
    // an output folder that does not exist yet holds nothing
    expect(await (await stateAt(rig, sha, 'data')).read('ftp_history.json')).toBeNull();
  });

  it.each([
    ['a 404 on the blob', (rig: Rig) => rig.fake.failNext('GET', /\/git\/blobs\//, 404, 'Not Found', 5)],
    ['5xx answers', (rig: Rig) => rig.fake.failNext('GET', /\/git\/blobs\//, 503, 'Service Unavailable', 5)],
    ['a hung request', (rig: Rig) => rig.fake.fault('GET', /\/git\/blobs\//, 'hang', 5)],
    ['a dropped connection', (rig: Rig) => rig.fake.fault('GET', /\/git\/blobs\//, 'drop', 5)],
    ['an answer cut off mid-body', (rig: Rig) => rig.fake.fault('GET', /\/git\/blobs\//, 'reset-after', 5)],
    ['malformed JSON', (rig: Rig) => rig.fake.fault('GET', /\/git\/blobs\//, 'malformed', 5)],
  ])(
    'a listed ftp_history.json that cannot be read (%s) fails the run naming the file, never reads as absent',
    async (_what, breakIt) => {
      const sha = rig.fake.commitDirect({ 'ftp_history.json': '{"indoor": {}}' });
      const { read } = await stateAt(rig, sha, '');
      breakIt(rig);
      const err = await read('ftp_history.json').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(RepoReadError);
      expect((err as Error).message).toMatch(/^could not read ftp_history\.json from athlete\/training-data \(.+\); nothing was written/);
    },
    30_000,
  );

  it('a blob whose content does not hash to its SHA is garbage, not state', async () => {
    const sha = rig.fake.commitDirect({ 'ftp_history.json': '{"indoor": {}}' });
    const { read } = await stateAt(rig, sha, '');
    const blobSha = gitBlobSha('{"indoor": {}}');
    rig.fake.blobs.set(blobSha, Buffer.from('{"indoor": {"2025-01-01": 1}}'));
    await expect(read('ftp_history.json')).rejects.toThrow(/ftp_history\.json.*does not match its SHA/);
  });

  it('transient 5xx answers on a read are retried and succeed', async () => {
    const sha = rig.fake.commitDirect({ 'ftp_history.json': '{"indoor": {}}' });
    const { read } = await stateAt(rig, sha, '');
    rig.fake.failNext('GET', /\/git\/blobs\//, 502, 'Bad Gateway', 2);
    expect(await read('ftp_history.json')).toBe('{"indoor": {}}');
    expect(rig.fake.requests.filter((r) => /\/git\/blobs\//.test(r.path)).length).toBe(3);
  });

  it('a folder where a state file should be stops the run', async () => {
    const sha = rig.fake.commitDirect({ 'latest.json/oops.txt': 'x' });
    const { read } = await stateAt(rig, sha, '');
    await expect(read('latest.json')).rejects.toThrow(/latest\.json in athlete\/training-data is not a file/);
  });

  it.each([
    ['ftp_history.json', /ftp_history\.json exists but is not a JSON object/],
    ['intervals.json', /intervals\.json exists but is not a JSON object.*72-hour/],
  ])('an unparseable %s in the repository stops the run with a message naming it', async (name, message) => {
    const sha = rig.fake.commitDirect({ [name]: '{"indoor": {"2025-01-01": 250}, <<<<<<< merge conflict' });
    await expect(readPreviousState((await stateAt(rig, sha, '')).read)).rejects.toThrow(StateFileError);
    await expect(readPreviousState((await stateAt(rig, sha, '')).read)).rejects.toThrow(message);
  });

  it('an unparseable history.json is rebuilt (it comes back in full from the API)', async () => {
    const sha = rig.fake.commitDirect({ 'history.json': 'not json' });
    const state = await readPreviousState((await stateAt(rig, sha, '')).read);
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
