/**
 * The compact dfa_summary of a recent_activities[] entry in latest.json
 * (v3.100/v3.118/v3.122). Call only for a block whose quality.sufficient is true. Every number
 * comes from the block; the only derived field is dominant_band (most raw seconds, exact ties
 * to the more intense band). Threshold numbers appear only for estimate-eligible crossings.
 */
import { truthy } from '../../lib/py/index.js';
import type { DfaBlock, DfaSummary } from '../../contract/index.js';

type Band = DfaSummary['dominant_band'];
type BandKey = 'tiz_easy' | 'tiz_endurance' | 'tiz_tempo' | 'tiz_supra';

const DOMINANT_ORDER: ReadonlyArray<readonly [Band, BandKey]> = [
  ['supra', 'tiz_supra'],
  ['tempo', 'tiz_tempo'],
  ['endurance', 'tiz_endurance'],
  ['easy', 'tiz_easy'],
];

const truthyDict = <T extends object>(b: T | null | undefined): b is T => b !== null && typeof b === 'object' && Object.keys(b).length > 0;

/** The compact dfa_summary of a sufficient DFA block (its statistics are then never null). */
export function buildDfaSummary(block: DfaBlock): DfaSummary {
  const bandPct = (name: BandKey): number => {
    const b = block[name];
    return truthyDict(b) ? b.pct : 0.0;
  };
  const bandSecs = (name: BandKey): number => {
    const b = block[name];
    return truthyDict(b) ? b.secs : 0;
  };
  const bands = {
    easy: bandPct('tiz_easy'),
    endurance: bandPct('tiz_endurance'),
    tempo: bandPct('tiz_tempo'),
    supra: bandPct('tiz_supra'),
  };
  let dominant = DOMINANT_ORDER[0];
  for (const b of DOMINANT_ORDER.slice(1)) if (bandSecs(b[1]) > bandSecs(dominant[1])) dominant = b;

  const summary: DfaSummary = {
    avg: block.avg as number,
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
  const lt1 = block.lt1_crossing;
  if (truthyDict(lt1) && truthy(lt1.estimate_eligible)) {
    if (lt1.avg_watts !== null && lt1.avg_watts !== undefined) summary.lt1_watts = lt1.avg_watts;
    if (lt1.avg_hr !== null && lt1.avg_hr !== undefined) summary.lt1_hr = lt1.avg_hr;
  }
  const lt2 = block.lt2_crossing;
  if (truthyDict(lt2) && truthy(lt2.estimate_eligible)) {
    if (lt2.avg_watts !== null && lt2.avg_watts !== undefined) summary.lt2_watts = lt2.avg_watts;
    if (lt2.avg_hr !== null && lt2.avg_hr !== undefined) summary.lt2_hr = lt2.avg_hr;
  }
  return summary;
}
