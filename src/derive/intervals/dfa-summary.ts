/**
 * _build_dfa_summary: the compact dfa_summary of a recent_activities[] entry in latest.json
 * (v3.100/v3.118/v3.122). Call only for a block whose quality.sufficient is true. Every number
 * comes from the block; the only derived field is dominant_band (most raw seconds, exact ties
 * to the more intense band). Threshold numbers appear only for estimate-eligible crossings.
 */
import { truthy, type Dict } from '../../lib/py/index.js';

const DOMINANT_ORDER: ReadonlyArray<readonly [string, string]> = [
  ['supra', 'tiz_supra'],
  ['tempo', 'tiz_tempo'],
  ['endurance', 'tiz_endurance'],
  ['easy', 'tiz_easy'],
];

const truthyDict = (b: unknown): b is Dict => b !== null && typeof b === 'object' && Object.keys(b as object).length > 0;

export function buildDfaSummary(block: Dict): Dict {
  const bandPct = (name: string): number => (truthyDict(block[name]) ? block[name].pct : 0.0);
  const bandSecs = (name: string): number => (truthyDict(block[name]) ? block[name].secs : 0);
  const bands = {
    easy: bandPct('tiz_easy'),
    endurance: bandPct('tiz_endurance'),
    tempo: bandPct('tiz_tempo'),
    supra: bandPct('tiz_supra'),
  };
  let dominant = DOMINANT_ORDER[0];
  for (const b of DOMINANT_ORDER.slice(1)) if (bandSecs(b[1]) > bandSecs(dominant[1])) dominant = b;

  const summary: Dict = {
    avg: block.avg,
    dominant_band: dominant[0],
    tiz_pct: bands,
    valid_pct: block.quality.valid_pct,
    sufficient: block.quality.sufficient,
  };
  const drift = block.drift;
  if (drift !== null && drift !== undefined && drift.delta !== null && drift.delta !== undefined) {
    summary.drift_delta = drift.delta;
    summary.drift_interpretable = drift.interpretable === undefined ? false : drift.interpretable;
  }
  for (const [key, prefix] of [
    ['lt1_crossing', 'lt1'],
    ['lt2_crossing', 'lt2'],
  ] as const) {
    const c: Dict = truthyDict(block[key]) ? block[key] : {};
    if (truthy(c.estimate_eligible)) {
      if (c.avg_watts !== null && c.avg_watts !== undefined) summary[`${prefix}_watts`] = c.avg_watts;
      if (c.avg_hr !== null && c.avg_hr !== undefined) summary[`${prefix}_hr`] = c.avg_hr;
    }
  }
  return summary;
}
