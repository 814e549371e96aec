/** What a run fetches for terrain: activity streams without carried terrain, route files not cached. */
import { describe, it, expect } from '@jest/globals';
import { buildTerrainForActivity } from '../../src/derive/terrain/index.js';
import { OUTDOOR_TYPES as SPORT_TABLE_OUTDOOR_TYPES } from '../../src/derive/sports.js';
import { OUTDOOR_TYPES, planAttachmentDownloads, planTerrainStreamFetches, previousLookup } from '../../src/snapshot/plan/terrain.js';
import { ctx, METRIC } from '../terrain/fixtures.js';

const c = ctx();

const summary = {
  source: 'activity_streams',
  total_distance_km: 12.3,
  total_elevation_m: 140,
  elevation_per_km: 11.4,
  course_character: 'rolling',
  climbs: [],
  descents: [],
  display: { total_distance: null, total_elevation: null, elevation_per_distance: null },
};

const previousLatest = {
  recent_activities: [
    { id: 'i1', terrain_summary: summary },
    { id: 'i2', terrain_status: 'no_gps' },
    { id: 'i3', terrain_status: 'no_elevation' },
    { id: 'i4', terrain_status: 'failed', terrain_error: 'http_410' },
    { id: 'i5', terrain_status: 'transient' },
    { id: 'i6', weather_summary: { source: 'intervals_open_meteo' } },
    { id: 123, terrain_status: 'no_gps' },
    'not an activity',
    { terrain_status: 'no_gps' },
  ],
};

const activities = [
  { id: 'i1', type: 'Ride' },
  { id: 'i2', type: 'Run' },
  { id: 'i3', type: 'Hike' },
  { id: 'i4', type: 'GravelRide' },
  { id: 'i5', type: 'TrailRun' },
  { id: 'i6', type: 'Walk' },
  { id: 'i7', type: 'NordicSki' },
  { id: 'i7', type: 'NordicSki' },
  { id: 'i8', type: 'VirtualRide' },
  { id: 'i9', type: 'Swim' },
  { id: '123', type: 'EBikeRide' },
  { type: 'Ride' },
];

describe('terrain stream fetches', () => {
  it('fetches outdoor activities without a carried summary or terminal status, each id once', () => {
    expect(planTerrainStreamFetches(c, { activities28d: activities, previousLatest })).toEqual(['i5', 'i6', 'i7']);
  });

  it('fetches every outdoor activity when the previous latest.json has nothing usable', () => {
    const all = ['i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7', '123'];
    for (const prev of [null, [], 'latest', 42, {}, { recent_activities: 'x' }, { recent_activities: [null, 1, []] }]) {
      expect(planTerrainStreamFetches(c, { activities28d: activities, previousLatest: prev })).toEqual(all);
    }
  });

  it('agrees with derive: what is not fetched is written from the carried state, what is fetched needs its streams', () => {
    const planned = new Set(planTerrainStreamFetches(c, { activities28d: activities, previousLatest }));
    for (const act of activities) {
      const withoutStreams = buildTerrainForActivity(c, act, previousLatest, undefined, METRIC);
      const outdoorWithId = OUTDOOR_TYPES.has(act.type) && act.id !== undefined;
      if (planned.has(String(act.id))) expect(withoutStreams).toEqual({});
      else if (outdoorWithId) expect(Object.keys(withoutStreams).length).toBeGreaterThan(0);
      else expect(withoutStreams).toEqual({});
    }
  });

  it('keys the previous activities by str(id) and keeps only the terrain and weather fields', () => {
    const lookup = previousLookup(previousLatest);
    expect(lookup.get('123')).toEqual({ terrain_status: 'no_gps' });
    expect(lookup.get('i4')).toEqual({ terrain_status: 'failed', terrain_error: 'http_410' });
    expect(lookup.has('None')).toBe(false);
    expect(previousLookup({ recent_activities: [{ id: 'i1', name: 'x', tss: 50 }] }).size).toBe(0);
  });

  it('reads the one outdoor table the sport tables export', () => {
    expect(SPORT_TABLE_OUTDOOR_TYPES).toBe(OUTDOOR_TYPES);
  });
});

describe('route attachment downloads', () => {
  const att = (id: unknown, filename: string, url: unknown) => ({ id, filename, url });
  const events = [
    {
      id: 1,
      attachments: [
        att('a1', 'Course.GPX', 'http://127.0.0.1:9/a1'),
        att('a2', 'notes.pdf', 'http://127.0.0.1:9/a2'),
        att('a3', 'noext', 'http://127.0.0.1:9/a3'),
        att('', 'empty-id.gpx', 'http://127.0.0.1:9/a4'),
        att('a5', 'no-url.tcx', ''),
        att('a6', 'bad-url.tcx', 42),
        'not an attachment',
      ],
    },
    { id: 2, attachments: [] },
    { id: 3 },
    { id: 4, attachments: [att('a7', 'ride.tcx', 'http://127.0.0.1:9/a7'), att('a8', 'same-url.fit', 'http://127.0.0.1:9/a1')] },
    { id: 5, attachments: [att(1, 'one.gpx', 'http://127.0.0.1:9/n1'), att(true, 'true.gpx', 'http://127.0.0.1:9/t')] },
  ];
  const everything = ['http://127.0.0.1:9/a1', 'http://127.0.0.1:9/a7', 'http://127.0.0.1:9/n1', 'http://127.0.0.1:9/t'];

  it('downloads route files (gpx, tcx, fit by extension) with an id and a URL, each URL once', () => {
    expect(planAttachmentDownloads(c, { events, previousRoutes: null })).toEqual(everything);
  });

  it('skips attachments cached by id in a routes.json of the same build (Python key identity)', () => {
    const routes = (aids: unknown[], scriptHash = 'testhash0001') => ({
      script_hash: scriptHash,
      events: aids.map((attachment_id) => ({ attachment_id, terrain_summary: null })),
    });
    expect(planAttachmentDownloads(c, { events, previousRoutes: routes(['a7']) })).toEqual([
      'http://127.0.0.1:9/a1',
      'http://127.0.0.1:9/n1',
      'http://127.0.0.1:9/t',
    ]);
    // True == 1 as dict keys: a cached 1 covers both; the string "1" covers neither
    expect(planAttachmentDownloads(c, { events, previousRoutes: routes([1]) })).toEqual(['http://127.0.0.1:9/a1', 'http://127.0.0.1:9/a7']);
    expect(planAttachmentDownloads(c, { events, previousRoutes: routes(['1']) })).toEqual(everything);
    // another build's routes.json is not reused
    expect(planAttachmentDownloads(c, { events, previousRoutes: routes(['a1', 'a7', 1], 'otherhash') })).toEqual(everything);
  });

  it('reads an unusable routes.json as no cache', () => {
    for (const prev of [
      [],
      'routes',
      { script_hash: 'testhash0001', events: 'x' },
      { script_hash: 'testhash0001', events: [null, 3, { attachment_id: '' }] },
    ]) {
      expect(planAttachmentDownloads(c, { events, previousRoutes: prev })).toEqual(everything);
    }
  });
});
