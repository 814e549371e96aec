/**
 * Which files a run writes: the full data, or the privacy-reduced files (GPS points near each
 * route's start and end dropped) that a public repository should carry. `anonymize: auto` decides
 * from the target repository's visibility, read from the repository metadata the run fetches
 * anyway; `true` / `false` force it. Without a repository (commit: false outside GitHub) there is
 * nobody to hide the data from, so `auto` writes everything.
 */
import { ConfigError } from '../../config.js';

export { MAX_PRIVACY_RADIUS_M, parsePrivacyRadius } from '../../config.js';

export type AnonymizeInput = 'auto' | 'true' | 'false';

export function parseAnonymize(raw: string | undefined): AnonymizeInput {
  const v = (raw ?? '').trim().toLowerCase() || 'auto';
  if (v === 'auto' || v === 'true' || v === 'false') return v;
  throw new ConfigError(`anonymize must be auto, true or false (got "${raw}")`);
}

export interface PrivacyDecision {
  anonymize: boolean;
  /** why, for the log and the job summary */
  reason: 'public repository' | 'private repository' | 'forced by input' | 'no repository';
}

/**
 * @param isPublic the repository's visibility; null when there is no repository to ask
 */
export function decidePrivacy(input: AnonymizeInput, isPublic: boolean | null): PrivacyDecision {
  if (input === 'true') return { anonymize: true, reason: 'forced by input' };
  if (input === 'false') return { anonymize: false, reason: 'forced by input' };
  if (isPublic === null) return { anonymize: false, reason: 'no repository' };
  return isPublic ? { anonymize: true, reason: 'public repository' } : { anonymize: false, reason: 'private repository' };
}

export function describePrivacy(d: PrivacyDecision, radiusM: number): string {
  return d.anonymize
    ? `privacy mode: anonymised (${d.reason}; points within ${radiusM} m of each start and end dropped)`
    : `privacy mode: full data (${d.reason})`;
}
