/**
 * Raw Intervals.icu rows as derive reads them. The API adds and renames fields freely and the
 * reference reads each one with dict.get() and a fallback chain, so a row stays an open JSON
 * object (src/fetch/schemas.ts checks only the few keys a row must have); what derive writes from
 * them is typed by src/contract.
 */
import type { Dict } from '../lib/py/index.js';

/** An activity of /athlete/{id}/activities: open-ended, read with .get(). */
export type ApiActivity = Dict;
/** A calendar event of /athlete/{id}/events: open-ended, read with .get(). */
export type ApiEvent = Dict;
