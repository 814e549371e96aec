/**
 * latest.json: the AI coach's entry point, in the reference's key order. Pieces owned by later
 * stages that did not produce anything are left out rather than faked.
 */
import type { CurrentStatus, LatestFile } from '../contract/index.js';
import type { LatestParts } from '../derive/index.js';
import { quickStats } from '../derive/summaries.js';
import { ACWR_DAYS } from '../derive/windows.js';
import {
  CAPABILITY_METRICS_NOTE,
  DISPLAY_FORMATTING,
  HEALTH_CONTEXT_NOTE,
  INSTRUCTION_FOR_AI,
  READINESS_DECISION_NOTE,
  WELLNESS_FIELD_SCALES,
} from './read-this-first-texts.js';

export function renderLatest(p: LatestParts, meta: { lastUpdated: string; version: string }): LatestFile {
  const zonePref = Object.keys(p.zonePreference).length ? p.zonePreference : 'default (power preferred, HR fallback)';
  const currentStatus: CurrentStatus = {
    fitness: { ...p.fitness },
    thresholds: {
      eftp: p.powerModel.eftp,
      w_prime: p.powerModel.w_prime,
      w_prime_kj: p.powerModel.w_prime_kj,
      p_max: p.powerModel.p_max,
      vo2max: p.vo2max ?? null,
      sports: p.sportThresholds,
    },
    current_metrics: p.currentMetrics,
  };
  // the weight block is written only when at least one of its gated signals qualifies
  if (p.weight) currentStatus.weight = p.weight;
  return {
    READ_THIS_FIRST: {
      instruction_for_ai: INSTRUCTION_FOR_AI,
      display_formatting: DISPLAY_FORMATTING,
      data_period: `Last ${p.daysBack} days (including today)`,
      extended_data_note: `ACWR and baselines calculated from ${ACWR_DAYS} days of data`,
      capability_metrics_note: CAPABILITY_METRICS_NOTE,
      readiness_decision_note: READINESS_DECISION_NOTE,
      health_context_note: HEALTH_CONTEXT_NOTE,
      zone_preference: zonePref,
      wellness_field_scales: WELLNESS_FIELD_SCALES,
      quick_stats: quickStats(p.activities7d),
    },
    metadata: {
      athlete_id: 'REDACTED',
      last_updated: meta.lastUpdated,
      data_range_days: p.daysBack,
      extended_range_days: ACWR_DAYS,
      version: meta.version,
    },
    athlete_profile: p.athleteProfile,
    athlete_notes: p.athleteNotes ?? null,
    alerts: p.alerts,
    readiness_decision: p.readinessDecision,
    health_context: p.healthContext,
    history: p.history,
    summary: p.summary,
    current_status: currentStatus,
    derived_metrics: p.derivedMetrics,
    recent_activities: p.recentActivities,
    wellness_data: p.wellnessData,
    planned_workouts: p.plannedWorkouts,
    workout_summary_stats: p.workoutSummaryStats,
    weekly_summary: p.weeklySummary,
    race_calendar: p.raceCalendar,
  };
}
