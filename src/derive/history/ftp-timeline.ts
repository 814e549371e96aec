/**
 * history.json ftp_timeline: the FTP values of ftp_history.json as the previous run left it
 * (generate_history runs before this run's ftp_history update), plus today's FTP from the cycling
 * sport settings when it differs from the latest tracked one. Port of _build_ftp_timeline.
 */
import type { FtpTimelineEntry } from '../../contract/index.js';
import { cmp, get, isDict, or, sorted, truthy } from '../../lib/py/index.js';
import type { DeriveContext } from '../context.js';
import { normaliseFtpHistory } from '../ftp-history.js';
import type { ApiAthlete, ApiRow } from '../../snapshot/api-rows.js';

/** sportSettings entry whose types include Ride or VirtualRide */
function cyclingSettings(athlete: ApiAthlete): ApiRow | null {
  const settings = get(athlete, 'sportSettings');
  if (!truthy(settings)) return null;
  // the API sends sportSettings as a list of rows
  for (const sport of settings as ApiRow[]) {
    const types = or(get(sport, 'types'), []);
    if (types.includes('Ride') || types.includes('VirtualRide')) return sport;
  }
  return null;
}

/** The FTP of the latest timeline date of one environment, or null. */
function latestValue(entries: FtpTimelineEntry[], type: FtpTimelineEntry['type']): number | null {
  const byDate = new Map<string, number>();
  for (const e of entries) if (e.type === type) byDate.set(e.date, e.ftp);
  if (!byDate.size) return null;
  let maxDate: string | null = null;
  for (const d of byDate.keys()) if (maxDate === null || cmp(d, maxDate) > 0) maxDate = d;
  return byDate.get(maxDate!) ?? null;
}

/**
 * The timeline, sorted by date then environment. `previousFtpHistory` is the previous file as
 * read (untrusted: a legacy flat map, or a series that is not a map, contributes nothing).
 */
export function buildFtpTimeline(ctx: DeriveContext, previousFtpHistory: unknown, athlete: ApiAthlete): FtpTimelineEntry[] {
  const history = normaliseFtpHistory(isDict(previousFtpHistory) ? previousFtpHistory : null);
  let timeline: FtpTimelineEntry[] = [];
  for (const ftpType of ['indoor', 'outdoor'] as const) {
    const entries: unknown = history[ftpType] === undefined ? {} : history[ftpType];
    if (!isDict(entries)) continue;
    for (const date of sorted(Object.keys(entries))) {
      timeline.push({ date, ftp: entries[date], type: ftpType, source: 'FTP' });
    }
  }

  const cycling = cyclingSettings(athlete);
  if (cycling) {
    const outdoor = get(cycling, 'ftp');
    const indoor = get(cycling, 'indoor_ftp');
    const latestOutdoor = latestValue(timeline, 'outdoor');
    const latestIndoor = latestValue(timeline, 'indoor');
    if (truthy(outdoor) && outdoor !== latestOutdoor) {
      timeline.push({ date: ctx.today, ftp: outdoor, type: 'outdoor', source: 'user_set' });
    }
    if (truthy(indoor) && indoor !== latestIndoor) {
      timeline.push({ date: ctx.today, ftp: indoor, type: 'indoor', source: 'user_set' });
    }
  }
  timeline = sorted(timeline, (e) => [e.date, e.type]);
  return timeline;
}
