/**
 * GitHub asks for a second between writes; the client keeps that for ref updates and issues, but
 * not for the content-addressed git objects a commit is built from (they notify nobody, and spacing
 * them widens the window in which a concurrent job moves the branch).
 */
import { describe, it, expect, afterAll, beforeAll } from '@jest/globals';
import { createOctokit, unspaced } from '../../src/publish/github/octokit.js';
import { FakeGitHub } from '../../test-support/fake-github.js';

let fake: FakeGitHub;
beforeAll(async () => {
  fake = new FakeGitHub();
  await fake.start();
  fake.commitDirect({ 'a.txt': 'a' });
  fake.addIssue({ title: 't' });
});
afterAll(async () => {
  await fake.stop();
});

describe('write spacing', () => {
  it('spaces ordinary writes a second apart and lets unspaced git objects through at once', async () => {
    const octokit = createOctokit(fake.token, { baseUrl: fake.url, retryDelayMs: 0 });
    const repo = { owner: fake.owner, repo: fake.repo };
    const tree = fake.commits.get(fake.headSha()!)!.tree;
    let t = Date.now();
    for (let i = 0; i < 3; i++)
      await unspaced(() =>
        octokit.rest.git.createTree({ ...repo, base_tree: tree, tree: [{ path: `f${i}`, mode: '100644', type: 'blob', content: 'x' }] }),
      );
    const objects = Date.now() - t;
    t = Date.now();
    for (let i = 0; i < 3; i++) await octokit.rest.issues.update({ ...repo, issue_number: 1, body: `b${i}` });
    const spaced = Date.now() - t;
    expect(objects).toBeLessThan(900);
    expect(spaced).toBeGreaterThanOrEqual(1900);
  }, 20_000);
});
