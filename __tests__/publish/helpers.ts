/** Shared setup for the publishing tests: a fake GitHub on 127.0.0.1 and real Octokit clients. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { FakeGitHub, type FakeGitHubOptions } from '../../test-support/fake-github.js';
import { createOctokit, type Octokit, type RepoId } from '../../src/publish/github/octokit.js';
import { RepoReader } from '../../src/publish/github/contents-state.js';

export const GOLDEN = path.resolve('test-data/scenarios/sick-athlete/goldens/run-1');
export const OUTPUT_NAMES = ['latest.json', 'history.json', 'intervals.json', 'routes.json', 'ftp_history.json'];

/** A real run's five outputs (the reference's golden files of the sick-athlete scenario). */
export async function goldenOutputs(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of OUTPUT_NAMES) out[name] = await fs.readFile(path.join(GOLDEN, name), 'utf8');
  return out;
}

/** The same outputs as a later run with identical data would write them: only the timestamps move. */
export function restamped(outputs: Record<string, string>, iso: string): Record<string, string> {
  const out = { ...outputs };
  const latest = JSON.parse(out['latest.json']);
  latest.metadata.last_updated = iso;
  latest.derived_metrics.calculation_timestamp = iso;
  out['latest.json'] = JSON.stringify(latest, null, 2);
  for (const name of ['intervals.json', 'routes.json']) {
    const v = JSON.parse(out[name]);
    v.generated_at = iso;
    out[name] = JSON.stringify(v, null, 2);
  }
  return out;
}

/** Client tuning for tests: short deadlines, no back-off, no write spacing. */
export const TEST_CLIENT = { retryDelayMs: 0, timeoutMs: 1500, spaceWrites: false, rateLimitUnitMs: 1 } as const;

export interface Rig {
  fake: FakeGitHub;
  octokit: Octokit;
  repo: RepoId;
  reader: () => RepoReader;
}

export async function startRig(opts: FakeGitHubOptions = {}): Promise<Rig> {
  const fake = new FakeGitHub(opts);
  await fake.start();
  const octokit = createOctokit(fake.token, { baseUrl: fake.url, ...TEST_CLIENT });
  const repo = { owner: fake.owner, repo: fake.repo };
  return { fake, octokit, repo, reader: () => new RepoReader(octokit, repo) };
}

export const noSleep = async () => undefined;
