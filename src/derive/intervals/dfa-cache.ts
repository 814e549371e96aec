/**
 * DFA a1 blocks of streams responses, computed once per response. The block is a pure function
 * of the response, so it may be computed as soon as the response is in (while the run's last
 * reads are still answering) and found here when intervals.json is built.
 */
import type { DfaBlock } from '../../contract/index.js';
import type { Outcome } from '../../snapshot/types.js';
import { truthy } from '../../lib/py/index.js';
import { computeDfaBlock, DFA_STREAM_TYPES, type DfaStreams } from './dfa.js';
import { pickStreams } from './outcome.js';

type Computed = { block: DfaBlock | null } | { error: unknown };
const computed = new WeakMap<object, Computed>();

function compute(response: object, streams: DfaStreams): Computed {
  let known = computed.get(response);
  if (!known) {
    try {
      known = { block: computeDfaBlock(streams) };
    } catch (e) {
      known = { error: e };
    }
    computed.set(response, known);
  }
  return known;
}

/**
 * computeDfaBlock of `streams`, the DFA streams picked from `response`: the same block (each
 * caller's own copy) or the same error for the same response.
 */
export function dfaBlockOfResponse(response: Outcome<unknown[]>, streams: DfaStreams): DfaBlock | null {
  const known = compute(response, streams);
  if ('error' in known) throw known.error;
  return structuredClone(known.block);
}

/** Compute the block of a streams response that carries DFA a1, ahead of intervals.json. */
export function prepareDfaBlock(response: Outcome<unknown[]>): void {
  if (!response.ok) return;
  const streams = pickStreams(response.data, DFA_STREAM_TYPES);
  if (streams !== null && truthy(streams.dfa_a1)) compute(response, streams as DfaStreams);
}
