/**
 * Seiler Training Intensity Distribution (3-zone model, Treff et al. 2019): zone shares, the
 * Treff Polarization Index, the classification and the 7d-vs-28d drift comparison. Ports of
 * _calculate_polarization_index, _classify_tid, _build_seiler_tid and _calculate_tid_comparison.
 */
import type { SeilerTid, TidClassification, TidComparison } from '../../contract/index.js';
import { round } from '../../lib/py/index.js';
import { aggregateSeilerZones, type ZonePreference } from './zones.js';
import type { ApiActivity } from '../../snapshot/api-rows.js';

/**
 * Treff PI = log10((Z1 / Z2) × Z3 × 100), only for a polarized structure Z1 > Z3 > Z2 with
 * Z3 >= 0.01; Z2 = 0 is substituted by 0.01.
 */
export function polarizationIndex(z1: number, z2: number, z3: number): number | null {
  if (z3 < 0.01) return null;
  if (!(z1 > z3 && z3 > z2)) return null;
  const effZ2 = z2 > 0 ? z2 : 0.01;
  const raw = (z1 / effZ2) * z3 * 100;
  if (!(raw > 0) || !Number.isFinite(raw)) return null;
  return round(Math.log10(raw), 2);
}

/** _classify_tid: Base, Polarized (PI > 2), Pyramidal, Threshold, High Intensity (that priority). */
export function classifyTid(z1: number, z2: number, z3: number, pi: number | null): TidClassification {
  if (z3 < 0.01 && z1 >= z2 && z1 >= z3) return 'Base';
  if (z1 > z3 && z3 > z2 && pi !== null && pi > 2.0) return 'Polarized';
  if (z1 > z2 && z2 > z3) return 'Pyramidal';
  if (z2 >= z1 && z2 >= z3) return 'Threshold';
  if (z3 >= z1 && z3 >= z2) return 'High Intensity';
  return 'Pyramidal';
}

/** Seiler three-zone TID of the activities (of one sport family when filtered). */
export function buildSeilerTid(
  activities: ApiActivity[],
  zonePreference: ZonePreference,
  sportFamilyFilter: string | null = null,
): SeilerTid {
  const zones = aggregateSeilerZones(activities, zonePreference, sportFamilyFilter);
  const total = zones.total_seconds;
  if (total === 0) {
    return {
      z1_seconds: 0,
      z2_seconds: 0,
      z3_seconds: 0,
      z1_pct: null,
      z2_pct: null,
      z3_pct: null,
      polarization_index: null,
      classification: null,
      zone_basis: null,
    };
  }
  const z1 = zones.z1_seconds / total;
  const z2 = zones.z2_seconds / total;
  const z3 = zones.z3_seconds / total;
  const pi = polarizationIndex(z1, z2, z3);
  return {
    z1_seconds: zones.z1_seconds,
    z2_seconds: zones.z2_seconds,
    z3_seconds: zones.z3_seconds,
    z1_pct: round(z1 * 100, 1),
    z2_pct: round(z2 * 100, 1),
    z3_pct: round(z3 * 100, 1),
    polarization_index: pi,
    classification: classifyTid(z1, z2, z3, pi),
    zone_basis: zones.zone_basis,
  };
}

/**
 * capability.tid_comparison of the 7- and 28-day TID: drift is acute_depolarization
 * (7d PI < 2.0 while 28d PI >= 2.0), shifting (classifications differ) or consistent.
 */
export function tidComparison(tid7d: SeilerTid, tid28d: SeilerTid): TidComparison {
  const cls7 = tid7d.classification;
  const cls28 = tid28d.classification;
  const pi7 = tid7d.polarization_index;
  const pi28 = tid28d.polarization_index;
  if (cls7 === null || cls28 === null) {
    return {
      classification_7d: cls7,
      classification_28d: cls28,
      pi_7d: pi7,
      pi_28d: pi28,
      pi_delta: null,
      drift: null,
      note: 'Compares 7d vs 28d Seiler TID to detect distribution shifts. Insufficient data in one or both windows.',
    };
  }
  const piDelta = pi7 !== null && pi28 !== null ? round(pi7 - pi28, 2) : null;
  let drift: TidComparison['drift'];
  if (pi7 !== null && pi28 !== null && pi7 < 2.0 && pi28 >= 2.0) drift = 'acute_depolarization';
  else if (cls7 !== cls28) drift = 'shifting';
  else drift = 'consistent';
  return {
    classification_7d: cls7,
    classification_28d: cls28,
    pi_7d: pi7,
    pi_28d: pi28,
    pi_delta: piDelta,
    drift,
    note: 'Compares 7d vs 28d Seiler TID to detect distribution shifts. pi_delta positive = more polarized acutely.',
  };
}
