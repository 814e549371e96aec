/**
 * history.json ftp_timeline: the FTP values of ftp_history.json as the previous run left it
 * (generate_history runs before this run's ftp_history update), plus today's FTP from the cycling
 * sport settings when it differs from the latest tracked one. Port of _build_ftp_timeline.
 */
import { cmp, get, isDict, sorted, truthy, type Dict } from '../../lib/py/index.js';
import type { DeriveContext } from '../context.js';
import type { ApiAthlete, ApiRow } from '../../snapshot/api-rows.js';

/** _load_ftp_history(): the previous file's content (legacy flat {date: ftp} → outdoor). */
function loadFtpHistory(previous: Dict | null): Dict {
  if (previous === null) return { indoor: {}, outdoor: {} };
  if (truthy(previous) && !('indoor' in previous || 'outdoor' in previous)) return { indoor: {}, outdoor: previous };
  return previous;
}

/** sportSettings entry whose types include Ride or VirtualRide */
function cyclingSettings(athlete: ApiAthlete): ApiRow | null {
  const settings = get(athlete, 'sportSettings');
  if (!truthy(settings)) return null;
  for (const sport of settings as ApiRow[]) {
    const types = get(sport, 'types') || [];
    if (types.includes('Ride') || types.includes('VirtualRide')) return sport;
  }
  return null;
}

/** value of the latest date in {date: ftp}, or null */
function latestValue(entries: Dict[], type: string): unknown {
  const byDate = new Map<string, unknown>();
  for (const e of entries) if (e.type === type) byDate.set(e.date, e.ftp);
  if (!byDate.size) return null;
  let maxDate: string | null = null;
  for (const d of byDate.keys()) if (maxDate === null || cmp(d, maxDate) > 0) maxDate = d;
  return byDate.get(maxDate!);
}

export function buildFtpTimeline(ctx: DeriveContext, previousFtpHistory: Dict | null, athlete: ApiAthlete): Dict[] {
  const history = loadFtpHistory(previousFtpHistory);
  let timeline: Dict[] = [];
  for (const ftpType of ['indoor', 'outdoor']) {
    const entries = get(history, ftpType, {});
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
