/**
 * What the contract models accept and reject: required vs sometimes-present keys, nullability,
 * integers, value sets, the strict variant, and the validateOutputs helper.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import {
  Alert,
  contractSchema,
  FtpHistoryFile,
  LatestFile,
  RaceWeek,
  RouteTerrainSummary,
  ReadinessDecision,
  strictVariant,
  TerrainSummary,
  type LatestFile as LatestDoc,
} from '../../src/contract/index.js';
import { diffWholeFile, goldenRuns } from '../../test-support/golden-files.js';
import { contractFileOf, validateOutputs } from '../../test-support/validate.js';

const raceWeekDir = goldenRuns().find((r) => r.scenario === 'race-week' && r.run === 'run-1')!.dir;
const load = (file: string) => JSON.parse(readFileSync(path.join(raceWeekDir, file), 'utf8'));
const ok = (schema: v.GenericSchema, value: unknown) => v.safeParse(schema, value).success;

describe('contract models', () => {
  test('types are inferred from the models', () => {
    const doc: LatestDoc = v.parse(LatestFile, load('latest.json'));
    const rec: 'go' | 'modify' | 'skip' = doc.readiness_decision.recommendation;
    expect(['go', 'modify', 'skip']).toContain(rec);
    expect(doc.race_calendar.race_week.active).toBe(true);
    if (doc.race_calendar.race_week.active) expect(doc.race_calendar.race_week.current_day).toBe('D-4');
  });

  test('the strict variant rejects unknown keys at any depth; the default model tolerates them', () => {
    const doc = load('latest.json');
    doc.readiness_decision.signals.sleep.extra = 1;
    expect(ok(LatestFile, doc)).toBe(true);
    expect(ok(strictVariant(LatestFile), doc)).toBe(false);
    expect(ok(contractSchema('latest.json', { strict: true }), doc)).toBe(false);
    delete doc.readiness_decision.signals.sleep.extra;
    expect(ok(contractSchema('latest.json', { strict: true }), doc)).toBe(true);
  });

  test('maps keyed by free-form names stay open in the strict variant', () => {
    const strictFtp = strictVariant(FtpHistoryFile);
    expect(ok(strictFtp, { indoor: { '2025-01-01': 250 }, outdoor: {} })).toBe(true);
    expect(ok(strictFtp, { indoor: { 'not-a-date': 250 }, outdoor: {} })).toBe(false);
    expect(ok(strictFtp, { indoor: {}, outdoor: {}, legacy: {} })).toBe(false);
    const doc = load('latest.json');
    doc.summary.by_activity_type.NewSport = { ...Object.values(doc.summary.by_activity_type)[0]! };
    expect(ok(contractSchema('latest.json', { strict: true }), doc)).toBe(true);
  });

  test('a sometimes-present key may be absent but never null; an always-present key may be null but never absent', () => {
    const doc = load('latest.json');
    const act = doc.recent_activities.find((a: { dfa_summary?: unknown }) => a.dfa_summary);
    act.dfa_summary = null;
    expect(ok(LatestFile, doc)).toBe(false);
    delete act.dfa_summary;
    expect(ok(LatestFile, doc)).toBe(true);
    doc.derived_metrics.recovery_index = null;
    expect(ok(LatestFile, doc)).toBe(true);
    delete doc.derived_metrics.recovery_index;
    expect(ok(LatestFile, doc)).toBe(false);
  });

  test('NaN and Infinity are never numbers of the contract', () => {
    const doc = load('latest.json');
    doc.derived_metrics.acwr = Number.NaN;
    expect(ok(LatestFile, doc)).toBe(false);
    doc.derived_metrics.acwr = Number.POSITIVE_INFINITY;
    expect(ok(LatestFile, doc)).toBe(false);
    const text = readFileSync(path.join(raceWeekDir, 'latest.json'), 'utf8').replace(/"acwr": [0-9.]+/, '"acwr": NaN');
    expect(validateOutputs({ 'latest.json': text })).toEqual([expect.stringMatching(/^latest\.json: not strict JSON/)]);
  });

  test('integer fields reject fractions; value sets reject strings outside them', () => {
    const alert = { metric: 'hrv', value: 34, severity: 'warning', threshold: '↓>20%', context: 'c', persistence_days: 2, tier: 1 };
    expect(ok(Alert, alert)).toBe(true);
    expect(ok(Alert, { ...alert, persistence_days: 2.5 })).toBe(false);
    expect(ok(Alert, { ...alert, tier: 4 })).toBe(false);
    expect(ok(Alert, { ...alert, severity: 'critical' })).toBe(false);
    expect(ok(Alert, { ...alert, metric: 'vo2' })).toBe(false);
    const rd = load('latest.json').readiness_decision;
    expect(ok(ReadinessDecision, { ...rd, recommendation: 'rest' })).toBe(false);
    expect(ok(ReadinessDecision, { ...rd, priority: 4 })).toBe(false);
  });

  test('race_week is either {active: false} or the complete protocol', () => {
    const strict = strictVariant(RaceWeek);
    const active = load('latest.json').race_calendar.race_week;
    expect(ok(strict, { active: false })).toBe(true);
    expect(ok(strict, active)).toBe(true);
    expect(ok(strict, { active: true })).toBe(false);
    expect(ok(strict, { active: false, event_name: 'x' })).toBe(false);
    const { go_no_go: _dropped, ...partial } = active;
    expect(ok(strict, partial)).toBe(false);
  });

  test('a route file that could not be analysed is an error entry, not a terrain summary', () => {
    const routes = load('routes.json');
    const tcx = routes.events.find((e: { filename: string }) => e.filename === 'Classic160.tcx');
    expect(ok(strictVariant(RouteTerrainSummary), tcx.terrain_summary)).toBe(true);
    expect(tcx.terrain_summary.polyline.length).toBeGreaterThan(10);
    // an activity's terrain never carries a polyline (its raw streams are available instead)
    expect(ok(strictVariant(TerrainSummary), tcx.terrain_summary)).toBe(false);
    const { polyline: _p, ...withoutPolyline } = tcx.terrain_summary;
    // ...and is tagged by its source: a route's tag is not an activity's
    expect(ok(strictVariant(TerrainSummary), withoutPolyline)).toBe(false);
    expect(ok(strictVariant(TerrainSummary), { ...withoutPolyline, source: 'activity_streams' })).toBe(true);
    expect(ok(strictVariant(RouteTerrainSummary), { ...withoutPolyline, source: 'activity_streams' })).toBe(false);
    const bad = { ...routes, events: [{ ...tcx, terrain_summary: { error: 'FIT format not yet supported' } }] };
    expect(ok(contractSchema('routes.json', { strict: true }), bad)).toBe(true);
    const broken = { ...routes, events: [{ ...tcx, terrain_summary: { error: 404 } }] };
    expect(ok(contractSchema('routes.json', { strict: true }), broken)).toBe(false);
  });

  test('validateOutputs recognises contract files and archive snapshots, and ignores other files', () => {
    expect(contractFileOf('latest.json')).toBe('latest.json');
    expect(contractFileOf('data/history.json')).toBe('history.json');
    expect(contractFileOf('data/archive/2025-06/20250610_070000.json')).toBe('latest.json');
    expect(contractFileOf('README.md')).toBeNull();
    expect(contractFileOf('digest.json')).toBeNull();
    const latest = readFileSync(path.join(raceWeekDir, 'latest.json'), 'utf8');
    expect(validateOutputs({ 'archive/2025-09/20250903_044500.json': latest, 'notes.json': '{"x": NaN}' }, { strict: true })).toEqual([]);
    expect(validateOutputs({ 'archive/2025-09/20250903_044500.json': '{}' })[0]).toMatch(/^archive\/2025-09\/20250903_044500\.json: /);
  });

  test('the whole-file comparison reports changed values and extra keys, and skips volatile paths only', () => {
    const golden = load('latest.json');
    const actual = JSON.parse(JSON.stringify(golden));
    actual.metadata.version = '1.0.0';
    actual.metadata.last_updated = '2030-01-01T00:00:00';
    expect(diffWholeFile('latest.json', golden, actual)).toEqual([]);
    actual.derived_metrics.acwr = golden.derived_metrics.acwr * (1 + 1e-6);
    actual.derived_metrics.extra = 1;
    expect(
      diffWholeFile('latest.json', golden, actual)
        .map((d) => d.path)
        .sort(),
    ).toEqual(['derived_metrics.acwr', 'derived_metrics.extra']);
    actual.derived_metrics.acwr = golden.derived_metrics.acwr * (1 + 1e-12);
    delete actual.derived_metrics.extra;
    expect(diffWholeFile('latest.json', golden, actual)).toEqual([]);
  });
});
