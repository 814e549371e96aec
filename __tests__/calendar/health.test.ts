import { describe, it, expect } from '@jest/globals';
import * as v from 'valibot';
import { HealthContext, strictVariant } from '../../src/contract/index.js';
import { buildHealthContext } from '../../src/derive/calendar/index.js';
import { inclusiveEndDate } from '../../src/derive/calendar/health.js';
import { makeContext } from '../../src/derive/context.js';
import { NaiveDateTime, addDays } from '../../src/lib/naive-time.js';
import { actDate } from '../../src/derive/sports.js';
import type { ApiEvent, ApiWellness } from '../../src/snapshot/api-rows.js';
import { atTime, readJson, runAt } from './rig.js';

const mk = (at: string) =>
  makeContext(NaiveDateTime.parse(at), { daysBack: 7, weekStartDay: 0, zonePreference: {}, producerVersion: 't', scriptHash: 'x' });
const ctx = mk('2025-02-20T08:00:00');

const marker = (id: number, category: string, start: string, end: string | null, extra: ApiEvent = {}): ApiEvent => ({
  id,
  category,
  start_date_local: `${start}T00:00:00`,
  end_date_local: end,
  ...extra,
});

function build(events: ApiEvent[] | null, opts: { fallback?: ApiEvent[]; wellness?: ApiWellness; oldest?: string } = {}) {
  return buildHealthContext(ctx, {
    healthEvents: events,
    fallbackEvents: opts.fallback ?? [],
    latestWellness: opts.wellness ?? {},
    fallbackOldest: opts.oldest ?? '2025-02-06',
  });
}

/** valibot issues of a block against the strict health_context model (none when it conforms) */
const contractIssues = (hc: unknown) => v.safeParse(strictVariant(HealthContext), hc).issues?.map((i) => v.getDotPath(i)) ?? [];

describe('inclusiveEndDate', () => {
  it('converts the exclusive midnight end to the last marked day', () => {
    expect(inclusiveEndDate('2025-02-17', '2025-02-22T00:00:00')).toBe('2025-02-21');
    expect(inclusiveEndDate('2025-02-17', '2025-02-18T00:00:00')).toBe('2025-02-17');
    expect(inclusiveEndDate('2025-02-17', '2025-02-18')).toBe('2025-02-17');
  });
  it('keeps an end with a time of day, never ends before the start, survives bad input', () => {
    expect(inclusiveEndDate('2025-02-17', '2025-02-19T12:00:00')).toBe('2025-02-19');
    expect(inclusiveEndDate('2025-02-17', '2025-02-17T00:00:00')).toBe('2025-02-17');
    expect(inclusiveEndDate('2025-02-17', '2025-02-10T00:00:00')).toBe('2025-02-17');
    expect(inclusiveEndDate('2025-02-17', null)).toBe('2025-02-17');
    expect(inclusiveEndDate('2025-02-17', 'garbage')).toBe('2025-02-17');
  });
});

describe('buildHealthContext', () => {
  it('partitions markers into current / recent / upcoming by span, on category only', () => {
    const hc = build([
      marker(3, 'INJURED', '2025-03-22', '2025-04-05T00:00:00', { name: ' Knee ' }),
      marker(1, 'SICK', '2025-02-17', '2025-02-22T00:00:00', { description: ' flu ' }),
      marker(2, 'INJURED', '2025-01-31', '2025-02-11T00:00:00'),
      marker(4, 'SICK', '2024-11-20', '2024-11-27T00:00:00'), // older than the recent window
      marker(5, 'NOTE', '2025-02-20', null, { name: 'Sick' }), // a note titled Sick is no marker
    ]);
    expect(hc.source_status).toBe('ok');
    expect(hc.marker_active).toBe(true);
    expect(hc.recent_marker).toBe(false);
    expect(hc.clarification_required).toBe(true);
    expect(hc.lookback_days).toBe(365);
    expect(hc.recent_window_days).toBe(14);
    expect(hc.current).toEqual([
      {
        event_id: 1,
        category: 'SICK',
        start_date: '2025-02-17',
        end_date: '2025-02-21',
        marker_active_today: true,
        source: 'calendar',
        description: 'flu',
      },
    ]);
    expect(hc.recent).toEqual([
      {
        event_id: 2,
        category: 'INJURED',
        start_date: '2025-01-31',
        end_date: '2025-02-10',
        marker_active_today: false,
        source: 'calendar',
        days_since_end: 10,
      },
    ]);
    expect(hc.upcoming.map((e) => [e.event_id, e.name])).toEqual([[3, 'Knee']]);
    expect(hc).not.toHaveProperty('wellness_injury');
  });

  it('reports a recent marker without a current one', () => {
    const hc = build([marker(2, 'INJURED', '2025-02-01', '2025-02-07T00:00:00')]);
    expect(hc.marker_active).toBe(false);
    expect(hc.recent_marker).toBe(true);
    expect(hc.clarification_required).toBe(true);
    expect(hc.recent[0].days_since_end).toBe(14);
  });

  it('sorts each bucket by start date, category, then str(event_id)', () => {
    const hc = build([
      marker(20, 'SICK', '2025-03-01', null),
      marker(100, 'INJURED', '2025-03-01', null),
      marker(3, 'INJURED', '2025-03-01', null),
      marker(9, 'SICK', '2025-02-28', null),
    ]);
    expect(hc.upcoming.map((e) => e.event_id)).toEqual([9, 100, 3, 20]);
  });

  it('falls back to the main event window as "partial" when the dedicated fetch failed', () => {
    const hc = build(null, {
      fallback: [marker(1, 'SICK', '2025-02-10', '2025-02-12T00:00:00'), { category: 'WORKOUT', start_date_local: '2025-02-20' }],
    });
    expect(hc.source_status).toBe('partial');
    expect(hc).not.toHaveProperty('marker_active');
    expect(hc).not.toHaveProperty('recent_marker');
    expect(hc.clarification_required).toBe(true);
    expect(hc.lookback_days).toBe(14);
    expect(hc.recent).toHaveLength(1);
    const empty = build(null);
    expect(empty.clarification_required).toBe(true);
    expect(empty.current).toEqual([]);
  });

  it('writes a null lookback_days under "partial" when the main window has no readable oldest date; every variant is a contract block', () => {
    for (const oldest of ['', 'not-a-date']) {
      const hc = build(null, { oldest, fallback: [marker(1, 'INJURED', '2025-02-19', '2025-02-21T00:00:00', { name: ' Knee ' })] });
      expect(hc.lookback_days).toBeNull();
      expect(hc.current).toEqual([
        {
          event_id: 1,
          category: 'INJURED',
          start_date: '2025-02-19',
          end_date: '2025-02-20',
          marker_active_today: true,
          source: 'calendar',
          name: 'Knee',
        },
      ]);
      expect(contractIssues(hc)).toEqual([]);
    }
    const ok = build([marker(2, 'SICK', '2025-02-10', '2025-02-12T00:00:00', { description: 'flu' })], {
      wellness: { id: '2025-02-19', injury: 2 },
    });
    expect(Object.keys(ok)).toEqual([
      'source_status',
      'marker_active',
      'recent_marker',
      'clarification_required',
      'lookback_days',
      'recent_window_days',
      'current',
      'recent',
      'upcoming',
      'wellness_injury',
      'note',
    ]);
    expect(Object.keys(ok.recent[0])).toEqual([
      'event_id',
      'category',
      'start_date',
      'end_date',
      'marker_active_today',
      'source',
      'description',
      'days_since_end',
    ]);
    expect(contractIssues(ok)).toEqual([]);
  });

  it('reports wellness injury with freshness; only a current value >= 3 asks for clarification', () => {
    const current3 = build([], { wellness: { id: '2025-02-20', injury: 3 } });
    expect(current3.wellness_injury).toEqual({
      value: 3,
      date: '2025-02-20',
      freshness: 'current',
      series: 'wellness_data[].injury / history.json daily_90d[].injury',
      days_old: 0,
    });
    expect(current3.clarification_required).toBe(true);
    expect(current3.marker_active).toBe(false);

    const current2 = build([], { wellness: { id: '2025-02-20', injury: 2 } });
    expect(current2.wellness_injury?.freshness).toBe('current');
    expect(current2.clarification_required).toBe(false);

    const stale = build([], { wellness: { id: '2025-02-17', injury: 4 } });
    expect(stale.wellness_injury).toMatchObject({ freshness: 'stale', days_old: 3 });
    expect(stale.clarification_required).toBe(false);

    const undated = build([], { wellness: { injury: 4 } });
    expect(undated.wellness_injury).toEqual({
      value: 4,
      date: null,
      freshness: 'stale',
      series: 'wellness_data[].injury / history.json daily_90d[].injury',
    });
    expect(build([], { wellness: { id: '2025-02-20', injury: 1 } })).not.toHaveProperty('wellness_injury');
  });

  it('reproduces the vendored sick-athlete health_context', () => {
    const at = runAt('sick-athlete', 1);
    const c = mk(at);
    const today = c.today;
    const events = atTime(readJson('sick-athlete', 'dataset/events.json'), at);
    const healthEvents = events.filter(
      (e) => ['SICK', 'INJURED'].includes(e.category) && actDate(e) >= addDays(today, -365) && actDate(e) <= addDays(today, 90),
    );
    const wellness = atTime(readJson('sick-athlete', 'dataset/wellness.json'), at).filter((w) => w.id <= today);
    const hc = buildHealthContext(c, {
      healthEvents,
      fallbackEvents: events,
      latestWellness: wellness[wellness.length - 1],
      fallbackOldest: addDays(today, -14),
    });
    expect(hc).toEqual(readJson('sick-athlete', 'goldens/run-1/latest.json').health_context);
  });

  it('reproduces the vendored edge-nulls partial health_context (dedicated fetch failed)', () => {
    const at = runAt('edge-nulls', 1);
    const c = mk(at);
    const today = c.today;
    const oldest = addDays(today, -14);
    const events = atTime(readJson('edge-nulls', 'dataset/events.json'), at).filter(
      (e) => actDate(e) >= oldest && actDate(e) <= addDays(today, 90),
    );
    const wellness = atTime(readJson('edge-nulls', 'dataset/wellness.json'), at).filter((w) => w.id <= today);
    const hc = buildHealthContext(c, {
      healthEvents: null,
      fallbackEvents: events,
      latestWellness: wellness[wellness.length - 1],
      fallbackOldest: oldest,
    });
    expect(hc).toEqual(readJson('edge-nulls', 'goldens/run-1/latest.json').health_context);
  });
});
