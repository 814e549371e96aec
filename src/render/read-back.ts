/**
 * A contract file as a renderer reads it back from disk: the shape the contract names, but any key
 * may be missing (an older file, a hand-edited one, a run that wrote less). Renderers check each
 * value before they use it, so a partial file draws what it has instead of failing.
 */
import type { CurrentStatus, HistoryFile, LatestFile, ReadBack } from '../contract/index.js';

export type { ReadBack };

/** latest.json as read back. */
export type LatestRead = ReadBack<LatestFile>;
/**
 * What the charts read of latest.json: everything but the recent-activity rows, so they can be
 * drawn before the rows are finished (their chat notes come from the run's last reads).
 */
export type ChartsLatest = Omit<LatestRead, 'recent_activities'>;
/** history.json as read back. */
export type HistoryRead = ReadBack<HistoryFile>;

/** One row of a read-back list (a table row, a race): any key may be missing. */
export type Row<T> = ReadBack<T>;
/** current_status.fitness as read back. */
export type Fitness = ReadBack<CurrentStatus['fitness']>;
