/**
 * The dashboard charts of one run, each a pure function of that run's latest.json and
 * history.json (the regenerated one, or the previous one when history.json was not rebuilt).
 * The file names are relative to the output folder.
 */
import type { ChartsLatest, HistoryRead } from '../read-back.js';
import { fitnessChart } from './fitness.js';
import { intensityChart } from './intensity.js';
import { readinessBadge } from './readiness-badge.js';
import { weeklyLoadChart } from './weekly-load.js';

export const CHARTS_DIR = 'charts';

/** Chart file (relative to the output folder) → the alternative text the README gives it. */
export const CHART_FILES = {
  readiness: `${CHARTS_DIR}/readiness.svg`,
  fitness: `${CHARTS_DIR}/fitness.svg`,
  weeklyLoad: `${CHARTS_DIR}/weekly-load.svg`,
  intensity: `${CHARTS_DIR}/intensity.svg`,
} as const;

export function renderCharts(latest: ChartsLatest, history: HistoryRead | null): Record<string, string> {
  return {
    [CHART_FILES.readiness]: readinessBadge(latest),
    [CHART_FILES.fitness]: fitnessChart(latest, history),
    [CHART_FILES.weeklyLoad]: weeklyLoadChart(latest, history),
    [CHART_FILES.intensity]: intensityChart(latest),
  };
}
