/**
 * Structured modification guidance for a "modify" decision: the
 * trigger signals map deterministically to adjustment directions; the AI writes the coaching text.
 * The first matching rule wins, in the reference's order.
 */
import type { Modification } from '../../contract/index.js';

type Direction = 'reduce' | 'preserve';
type SignalName = Modification['triggers'][number];

function guidance(triggers: SignalName[], intensity: Direction, volume: Direction, capZone: 'Z2' | null): Modification {
  return { triggers, suggested_adjustments: { intensity, volume, cap_zone: capZone } };
}

/** The adjustment directions for the signals that triggered a "modify". */
export function buildModification(triggers: SignalName[]): Modification {
  // no triggers (reachable: P1 modify passes the amber signals only) → preserve both
  if (triggers.length === 0) return guidance([], 'preserve', 'preserve', null);

  const hasSleep = triggers.includes('sleep');
  const hasHrv = triggers.includes('hrv');
  const hasRhr = triggers.includes('rhr');
  const hasAcwr = triggers.includes('acwr');
  const hasTsb = triggers.includes('tsb');
  const hasRi = triggers.includes('ri');
  const autonomic = hasHrv || hasRhr || hasRi;
  const load = hasAcwr || hasTsb;
  const multiple = triggers.length >= 2;

  // 1. ACWR among the triggers: cap intensity at Z2, cut volume
  if (hasAcwr) return guidance(triggers, 'reduce', 'reduce', 'Z2');
  // 2. two or more triggers: reduce both
  if (multiple) return guidance(triggers, 'reduce', 'reduce', null);
  // 3. sleep only: reduce volume, keep intensity
  if (hasSleep && !autonomic && !load) return guidance(triggers, 'preserve', 'reduce', null);
  // 4. autonomic only (HRV / RHR / RI): reduce intensity, keep volume
  if (autonomic && !hasSleep && !load) return guidance(triggers, 'reduce', 'preserve', null);
  // 5. TSB only: reduce volume
  if (hasTsb && !autonomic && !hasSleep) return guidance(triggers, 'preserve', 'reduce', null);
  // 6. fallback (unreachable with the six known signals; an unknown single trigger lands here)
  return guidance(triggers, 'reduce', 'reduce', null);
}
