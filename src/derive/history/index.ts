/**
 * history.json (issue "history.json and phase detection"): ports of should_generate_history,
 * generate_history and the tier builders. _get_history_confidence lives here too.
 */
import { NaiveDateTime } from '../../lib/naive-time.js';
import { get, int, sorted, type Dict } from '../../lib/py.js';
import type { DeriveContext } from '../context.js';
import type { PreviousState } from '../../snapshot/types.js';
import { actDate } from '../sports.js';

export const HISTORY_LOOKBACK_DAYS = 365 * 3;
export const HISTORY_MAX_AGE_DAYS = 28;

function parseGeneratedAt(s: unknown): NaiveDateTime | null {
  if (typeof s !== 'string' || !s) return null;
  try {
    return NaiveDateTime.parse(s.replace('Z', '+00:00'));
  } catch {
    return null;
  }
}

/**
 * should_generate_history: missing/unreadable file, a different producer (script_hash), or the
 * Sunday/Monday 00:00–00:30 refresh of a file older than 28 days. `force` = the force-history input.
 */
export function shouldGenerateHistory(ctx: DeriveContext, prev: PreviousState, force: boolean): boolean {
  if (force) return true;
  if (!prev.history || prev.historyUnreadable) return true;
  if (get(prev.history, 'script_hash') !== ctx.scriptHash) return true;
  const now = ctx.now;
  if (now.weekday() !== 0 && now.weekday() !== 6) return false;
  if (now.hour > 0 || (now.hour === 0 && now.minute > 30)) return false;
  const gen = parseGeneratedAt(get(prev.history, 'generated_at', ''));
  if (!gen) return true;
  return now.daysSince(gen) > HISTORY_MAX_AGE_DAYS;
}

/** generate_history(): the header and data_range; tiers are filled by the history builders. */
export function generateHistory(ctx: DeriveContext, input: { activities: Dict[]; wellness: Dict[]; athlete: Dict }): Dict {
  const newest = ctx.today;
  const activityDates = sorted(input.activities.filter((a) => get(a, 'start_date_local')).map(actDate));
  const earliest = activityDates.length ? activityDates[0] : newest;
  const latest = activityDates.length ? activityDates[activityDates.length - 1] : newest;
  let totalMonths = 0;
  try {
    totalMonths = Math.max(1, int(ctx.now.daysSince(NaiveDateTime.fromDate(earliest)) / 30.44));
  } catch {
    totalMonths = 0;
  }
  return {
    generated_at: ctx.now.isoformat(),
    source: 'Intervals.icu API',
    sync_version: ctx.producerVersion,
    script_hash: ctx.scriptHash,
    data_range: { earliest, latest, total_months: totalMonths },
  };
}

/** _get_history_confidence(): latest.json's `history` block, read from history.json. */
export function historyConfidence(ctx: DeriveContext, history: Dict | null): Dict {
  if (history) {
    const generatedAt = get(history, 'generated_at', '');
    const gen = parseGeneratedAt(generatedAt);
    const ageDays = gen ? ctx.now.daysSince(gen) : null;
    const totalMonths = get(get(history, 'data_range', {}) ?? {}, 'total_months', 0);
    const confidence = totalMonths >= 12 ? 'high' : totalMonths >= 3 ? 'medium' : 'low';
    return {
      available: true,
      last_generated: generatedAt ? String(generatedAt).slice(0, 10) : null,
      age_days: ageDays,
      total_months: totalMonths,
      history_confidence: confidence,
    };
  }
  return {
    available: false,
    history_confidence: 'low',
    note: 'No history.json available. Longitudinal analysis limited to current 28-day window.',
  };
}
