/**
 * The publishing inputs of action.yml, parsed once into typed settings. Defaults live here (an
 * unset input reaches the action as '').
 */
import path from 'node:path';
import { ConfigError, DEFAULT_CHANGELOG_URL } from '../../config.js';
import { parseKeepDays } from './archive.js';
import { normaliseRepoDir } from './contents-state.js';
import { parseRepository, type RepoId } from './octokit.js';
import { type AnonymizeInput, parseAnonymize, parsePrivacyRadius } from './privacy.js';
import { DEFAULT_PRIVACY_RADIUS_M } from '../../config.js';

export const PUBLISH_INPUTS = {
  token: 'github-token',
  branch: 'branch',
  commitMessage: 'commit-message',
  archive: 'archive',
  notifyUpdates: 'notify-updates',
  commit: 'commit',
  changelogUrl: 'changelog-url',
  failureIssue: 'failure-issue',
  keepDays: 'archive-keep-days',
  anonymize: 'anonymize',
  privacyRadius: 'privacy-radius',
} as const;

export const DEFAULT_COMMIT_MESSAGE = 'Sync training data - {timestamp}';

export interface PublishSettings {
  token: string;
  repo: RepoId | null;
  /** '' = the repository's default branch */
  branch: string;
  commitMessage: string;
  archive: boolean;
  notifyUpdates: boolean;
  commit: boolean;
  changelogUrl: string;
  failureIssue: boolean;
  keepDays: number;
  /** repository-relative folder of the outputs ('' = root) */
  dir: string;
  /** absolute path of the checkout (GITHUB_WORKSPACE or the current folder) */
  workspace: string;
  apiUrl: string;
  serverUrl: string;
  /** link to this run, for the sync-health issue */
  runUrl: string | null;
  anonymize: AnonymizeInput;
  privacyRadiusM: number;
}

/** YAML 1.2 core booleans, as @actions/core's getBooleanInput accepts them; '' = the default. */
export function parseBool(name: string, raw: string, dflt: boolean): boolean {
  const v = raw.trim();
  if (v === '') return dflt;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new ConfigError(`${name} must be true or false (got "${raw}")`);
}

/**
 * @param outputDir the output folder as the sync resolved it (absolute, or relative to the
 *   workspace); it must lie inside the workspace, which is the repository.
 * @param lenient never throw: an input that cannot be used gets its default. This is how the
 *   failure issue can still be written when some input is wrong (the strict read names it).
 */
export function readPublishSettings(
  getInput: (name: string) => string,
  env: NodeJS.ProcessEnv,
  outputDir: string,
  lenient = false,
): PublishSettings {
  const tolerate = <T>(fn: () => T, dflt: T): T => {
    if (!lenient) return fn();
    try {
      return fn();
    } catch {
      return dflt;
    }
  };
  const commit = tolerate(() => parseBool(PUBLISH_INPUTS.commit, getInput(PUBLISH_INPUTS.commit), true), false);
  const token = getInput(PUBLISH_INPUTS.token).trim();
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const repo = env.GITHUB_REPOSITORY ? tolerate<RepoId | null>(() => parseRepository(env.GITHUB_REPOSITORY), null) : null;
  if (!lenient && commit && !repo)
    throw new ConfigError('GITHUB_REPOSITORY is not set: run inside GitHub Actions, or set the commit input to false');
  if (!lenient && commit && !token)
    throw new ConfigError('github-token is empty: leave it at its default ${{ github.token }}, or set the commit input to false');
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const runUrl =
    repo && env.GITHUB_RUN_ID
      ? `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${env.GITHUB_RUN_ID}` +
        (env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '')
      : null;
  return {
    token,
    repo,
    branch: getInput(PUBLISH_INPUTS.branch)
      .trim()
      .replace(/^refs\/heads\//, ''),
    commitMessage: getInput(PUBLISH_INPUTS.commitMessage).trim() || DEFAULT_COMMIT_MESSAGE,
    archive: tolerate(() => parseBool(PUBLISH_INPUTS.archive, getInput(PUBLISH_INPUTS.archive), true), true),
    notifyUpdates: tolerate(() => parseBool(PUBLISH_INPUTS.notifyUpdates, getInput(PUBLISH_INPUTS.notifyUpdates), true), false),
    commit,
    changelogUrl: getInput(PUBLISH_INPUTS.changelogUrl).trim() || DEFAULT_CHANGELOG_URL,
    failureIssue: tolerate(() => parseBool(PUBLISH_INPUTS.failureIssue, getInput(PUBLISH_INPUTS.failureIssue), true), true),
    keepDays: tolerate(() => parseKeepDays(getInput(PUBLISH_INPUTS.keepDays)), 0),
    dir: tolerate(() => normaliseRepoDir(path.relative(workspace, path.resolve(workspace, outputDir)) || '.'), ''),
    anonymize: tolerate(() => parseAnonymize(getInput(PUBLISH_INPUTS.anonymize)), 'true' as AnonymizeInput),
    privacyRadiusM: tolerate(() => parsePrivacyRadius(getInput(PUBLISH_INPUTS.privacyRadius)), DEFAULT_PRIVACY_RADIUS_M),
    workspace,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl,
    runUrl,
  };
}
