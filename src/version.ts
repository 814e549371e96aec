/** The producer identity (the action's own version: commit messages, job summary, issue footers). */
export const PRODUCER_NAME = 'intervals-mirror';
/** Kept equal to package.json's version (a test checks it); the release script tags it. */
export const PRODUCER_VERSION = '1.0.0';
/** Changes whenever cached outputs (history.json, intervals.json) must be rebuilt. Bump with any
 * change to how those files are derived; it plays the role of the reference's script_hash. */
export const SCHEMA_IDENTITY = `${PRODUCER_NAME}-${PRODUCER_VERSION}`;
/**
 * The sync.py release whose output contract the files follow. Section 11 reads the files' root
 * `version` as the sync-script version and gates features on it ("requires sync.py v3.123"), so
 * the files carry this, not the action's own version.
 */
export const REFERENCE_VERSION = '3.128';
export const CONTRACT_VERSION = REFERENCE_VERSION;
