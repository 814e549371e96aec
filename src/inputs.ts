/**
 * Every input of action.yml in one place: the name map, the defaults (an unset input reaches the
 * action as ''), the one boolean parser, and the typed settings the action runs with.
 *
 * The publishing inputs can be read on their own (and leniently), so a failure can always be
 * reported in the sync-failing issue, whatever else is wrong.
 */
import path from 'node:path';
import {
  ConfigError,
  DEFAULT_API_BASE_URL,
  DEFAULT_CHANGELOG_URL,
  DEFAULT_PRIVACY_RADIUS_M,
  parseApiBaseUrl,
  parseDays,
  parseTimezone,
  parseWeekStart,
  parseZonePreference,
  requireValue,
  type Settings,
} from './config.js';
import { parseKeepDays } from './publish/github/archive.js';
import { normaliseRepoDir } from './publish/github/contents-state.js';
import { parseRepository, type RepoId } from './publish/github/octokit.js';
import { type AnonymizeInput, parseAnonymize, parsePrivacyRadius } from './publish/github/privacy.js';
import { DEFAULT_MANIFEST_URL, DEFAULT_PROTOCOL_DIR, parseProtocolInputs } from './publish/protocol-files.js';

/** setting key → action.yml input name */
export const INPUTS = {
  athleteId: 'athlete-id',
  apiKey: 'api-key',
  apiBaseUrl: 'api-base-url',
  days: 'days',
  weekStart: 'week-start',
  zonePreference: 'zone-preference',
  timezone: 'timezone',
  outputDir: 'output-dir',
  forceHistory: 'force-history',
  digest: 'digest',
  charts: 'charts',
  token: 'github-token',
  githubApiUrl: 'github-api-url',
  branch: 'branch',
  commitMessage: 'commit-message',
  archive: 'archive',
  keepDays: 'archive-keep-days',
  commit: 'commit',
  notifyUpdates: 'notify-updates',
  changelogUrl: 'changelog-url',
  anonymize: 'anonymize',
  privacyRadius: 'privacy-radius',
  failureIssue: 'failure-issue',
  athleteLabel: 'athlete-label',
  protocolFiles: 'protocol-files',
  protocolDir: 'protocol-dir',
  protocolBaseUrl: 'protocol-base-url',
  protocolManifestUrl: 'protocol-manifest-url',
} as const;

export type InputKey = keyof typeof INPUTS;

export const DEFAULT_COMMIT_MESSAGE = 'Sync training data - {timestamp}';

/** The defaults action.yml declares (null = required, no default). */
export const INPUT_DEFAULTS: Readonly<Record<InputKey, string | null>> = {
  athleteId: null,
  apiKey: null,
  apiBaseUrl: DEFAULT_API_BASE_URL,
  days: '7',
  weekStart: 'mon',
  zonePreference: '',
  timezone: 'athlete',
  outputDir: '.',
  forceHistory: 'false',
  digest: 'true',
  charts: 'true',
  token: '${{ github.token }}',
  githubApiUrl: '',
  branch: '',
  commitMessage: DEFAULT_COMMIT_MESSAGE,
  archive: 'true',
  keepDays: '0',
  commit: 'true',
  notifyUpdates: 'true',
  changelogUrl: DEFAULT_CHANGELOG_URL,
  anonymize: 'auto',
  privacyRadius: String(DEFAULT_PRIVACY_RADIUS_M),
  failureIssue: 'true',
  athleteLabel: '',
  protocolFiles: '',
  protocolDir: DEFAULT_PROTOCOL_DIR,
  protocolBaseUrl: '',
  protocolManifestUrl: DEFAULT_MANIFEST_URL,
};

export type GetInput = (name: string) => string;

/** YAML 1.2 core booleans, as @actions/core's getBooleanInput accepts them; '' = the default. */
export function parseBool(name: string, raw: string, dflt: boolean): boolean {
  const v = raw.trim();
  if (v === '') return dflt;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new ConfigError(`${name} must be true or false (got "${raw}")`);
}

export const MAX_LABEL_CHARS = 40;
const LABEL_SHAPE = /^[A-Za-z0-9][A-Za-z0-9 ._-]*$/;

/**
 * The athlete's label: issue titles, the commit message and the summary heading carry it, so a
 * coach's athletes stay apart. By default the last folder of output-dir (`team/alice` → `alice`);
 * the root folder gives none. Never the athlete id: users keep it secret.
 */
export function parseAthleteLabel(raw: string, repoDir: string): string {
  const v = raw.trim();
  if (v === '') {
    const last = repoDir.split('/').filter(Boolean).pop() ?? '';
    const cleaned = last
      .replace(/[^A-Za-z0-9 ._-]/g, '-')
      .replace(/^[^A-Za-z0-9]+/, '')
      .slice(0, MAX_LABEL_CHARS);
    return cleaned;
  }
  if (v.length > MAX_LABEL_CHARS || !LABEL_SHAPE.test(v)) {
    throw new ConfigError(
      `athlete-label must be up to ${MAX_LABEL_CHARS} letters, digits, spaces, dots, dashes or underscores, starting with a letter or digit (got "${v.replace(/[\r\n]/g, ' ').slice(0, 60)}")`,
    );
  }
  return v;
}

export interface ProtocolSettings {
  files: string[];
  dir: string;
  baseUrl: string | undefined;
  manifestUrl: string;
}

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
  /** '' = no label (a single athlete in the repository) */
  athleteLabel: string;
  protocol: ProtocolSettings;
}

/**
 * @param outputDir the output-dir input (relative to the workspace); it must lie inside the
 *   workspace, which is the repository.
 * @param lenient never throw: an input that cannot be used gets its default. This is how the
 *   failure issue can still be written when some input is wrong (the strict read names it).
 */
export function readPublishSettings(getInput: GetInput, env: NodeJS.ProcessEnv, outputDir: string, lenient = false): PublishSettings {
  const tolerate = <T>(fn: () => T, dflt: T): T => {
    if (!lenient) return fn();
    try {
      return fn();
    } catch {
      return dflt;
    }
  };
  const bool = (key: InputKey, dflt: boolean, lenientValue: boolean) =>
    tolerate(() => parseBool(INPUTS[key], getInput(INPUTS[key]), dflt), lenientValue);
  const commit = bool('commit', true, false);
  const token = getInput(INPUTS.token).trim();
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
  const dir = tolerate(() => normaliseRepoDir(path.relative(workspace, path.resolve(workspace, outputDir)) || '.'), '');
  const noProtocol: ProtocolSettings = { files: [], dir: DEFAULT_PROTOCOL_DIR, baseUrl: undefined, manifestUrl: DEFAULT_MANIFEST_URL };
  return {
    token,
    repo,
    branch: getInput(INPUTS.branch)
      .trim()
      .replace(/^refs\/heads\//, ''),
    commitMessage: getInput(INPUTS.commitMessage).trim() || DEFAULT_COMMIT_MESSAGE,
    archive: bool('archive', true, true),
    notifyUpdates: bool('notifyUpdates', true, false),
    commit,
    changelogUrl: getInput(INPUTS.changelogUrl).trim() || DEFAULT_CHANGELOG_URL,
    failureIssue: bool('failureIssue', true, true),
    keepDays: tolerate(() => parseKeepDays(getInput(INPUTS.keepDays)), 0),
    dir,
    anonymize: tolerate(() => parseAnonymize(getInput(INPUTS.anonymize)), 'true' as AnonymizeInput),
    privacyRadiusM: tolerate(() => parsePrivacyRadius(getInput(INPUTS.privacyRadius)), DEFAULT_PRIVACY_RADIUS_M),
    athleteLabel: tolerate(() => parseAthleteLabel(getInput(INPUTS.athleteLabel), dir), ''),
    protocol: tolerate(
      () =>
        parseProtocolInputs({
          files: getInput(INPUTS.protocolFiles),
          dir: getInput(INPUTS.protocolDir),
          baseUrl: getInput(INPUTS.protocolBaseUrl),
          manifestUrl: getInput(INPUTS.protocolManifestUrl),
        }),
      noProtocol,
    ),
    workspace,
    // the runner sets GITHUB_API_URL (GitHub Enterprise included); the input points a run at another API
    apiUrl: (getInput(INPUTS.githubApiUrl).trim() || env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl,
    runUrl,
  };
}

/** The sync inputs (the front masks the key before calling this). */
export function readSyncSettings(getInput: GetInput, env: NodeJS.ProcessEnv): Settings {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  return {
    athleteId: requireValue(
      INPUTS.athleteId,
      getInput(INPUTS.athleteId),
      'set `athlete-id: ${{ secrets.ATHLETE_ID }}` (your Intervals.icu id, e.g. i123456)',
    ),
    apiKey: requireValue(
      INPUTS.apiKey,
      getInput(INPUTS.apiKey),
      'set `api-key: ${{ secrets.INTERVALS_KEY }}` (Intervals.icu → Settings → Developer Settings)',
    ),
    apiBaseUrl: parseApiBaseUrl(getInput(INPUTS.apiBaseUrl)),
    days: parseDays(getInput(INPUTS.days)),
    weekStartDay: parseWeekStart(getInput(INPUTS.weekStart)),
    zonePreference: parseZonePreference(getInput(INPUTS.zonePreference)),
    timezone: parseTimezone(getInput(INPUTS.timezone)),
    nowInstantMs: null,
    outputDir: path.resolve(workspace, getInput(INPUTS.outputDir) || '.'),
    forceHistory: parseBool(INPUTS.forceHistory, getInput(INPUTS.forceHistory), false),
    // the publisher resolves `anonymize: auto` from the repository's visibility before the sync
    anonymize: false,
    privacyRadiusM: DEFAULT_PRIVACY_RADIUS_M,
    digest: parseBool(INPUTS.digest, getInput(INPUTS.digest), true),
    charts: parseBool(INPUTS.charts, getInput(INPUTS.charts), true),
  };
}

/** Every input, strictly: the sync settings and the publishing settings. */
export function readActionInputs(getInput: GetInput, env: NodeJS.ProcessEnv): { sync: Settings; publish: PublishSettings } {
  const publish = readPublishSettings(getInput, env, getInput(INPUTS.outputDir) || '.');
  const sync = readSyncSettings(getInput, env);
  sync.privacyRadiusM = publish.privacyRadiusM;
  return { sync, publish };
}
