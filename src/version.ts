/** The producer identity written into outputs (metadata.version, sync_version, script_hash). */
export const PRODUCER_NAME = 'intervals-mirror';
export const PRODUCER_VERSION = '0.1.0';
/** Changes whenever cached outputs (history.json, intervals.json) must be rebuilt. Bump with any
 * change to how those files are derived; it plays the role of the reference's script_hash. */
export const SCHEMA_IDENTITY = `${PRODUCER_NAME}-${PRODUCER_VERSION}`;
export const REFERENCE_VERSION = '3.128';
