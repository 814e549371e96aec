/**
 * ftp_history.json: the athlete's set FTPs over time, one date-keyed map per environment. A
 * date is added only when the FTP changes; the file is state carried across runs.
 */
import * as v from 'valibot';
import { isoDate, num, obj } from './shape.js';

/** Date-keyed (YYYY-MM-DD) map of the FTP set in Intervals.icu on that date. */
export const FtpSeries = v.record(isoDate, num);

export const FtpHistoryFile = obj({
  indoor: FtpSeries,
  outdoor: FtpSeries,
});

export type FtpHistoryFile = v.InferOutput<typeof FtpHistoryFile>;
