/** DFA a1 blocks computed ahead of intervals.json: once per streams response, each caller its own copy. */
import { describe, it, expect } from '@jest/globals';
import { computeDfaBlock, DFA_STREAM_TYPES } from '../../src/derive/intervals/dfa.js';
import { dfaBlockOfResponse, prepareDfaBlock } from '../../src/derive/intervals/dfa-cache.js';
import { pickStreams } from '../../src/derive/intervals/outcome.js';
import type { Outcome } from '../../src/snapshot/types.js';

/** a streams answer of a ride recorded with AlphaHRV: dfa_a1 drifting down as the effort rises */
function response(n = 1800, dfa: (i: number) => unknown = (i) => 1.1 - (0.6 * i) / n): Outcome<unknown[]> {
  const series = (f: (i: number) => unknown) => Array.from({ length: n }, (_, i) => f(i));
  return {
    ok: true,
    status: 200,
    data: [
      { type: 'time', data: series((i) => i) },
      { type: 'dfa_a1', data: series(dfa) },
      { type: 'heartrate', data: series((i) => 120 + Math.floor((50 * i) / n)) },
      { type: 'watts', data: series((i) => 150 + Math.floor((150 * i) / n)) },
      { type: 'artifacts', data: series(() => 0.5) },
    ],
  };
}

const streamsOf = (r: Outcome<unknown[]>) => pickStreams((r as { data: unknown[] }).data, DFA_STREAM_TYPES)!;

describe('DFA blocks ahead of intervals.json', () => {
  it('a block computed early is the block intervals.json gets, as its own copy', () => {
    const r = response();
    prepareDfaBlock(r);
    const direct = computeDfaBlock(streamsOf(response()));
    expect(direct).not.toBeNull();
    const first = dfaBlockOfResponse(r, streamsOf(r));
    expect(first).toEqual(direct);
    first!.quality.valid_secs = -1;
    expect(dfaBlockOfResponse(r, streamsOf(r))).toEqual(direct);
  });

  it('is computed once per response', () => {
    const r = response();
    prepareDfaBlock(r);
    const block = dfaBlockOfResponse(r, streamsOf(r));
    // what the response holds is not read again
    expect(dfaBlockOfResponse(r, {})).toEqual(block);
  });

  it('a block that cannot be computed throws the same error for each caller', () => {
    const r = response(900, (i) => (i === 400 ? 'bad' : 0.8));
    expect(() => computeDfaBlock(streamsOf(r))).toThrow(TypeError);
    prepareDfaBlock(r); // early: the failure is kept, not thrown
    expect(() => dfaBlockOfResponse(r, streamsOf(r))).toThrow(TypeError);
    expect(() => dfaBlockOfResponse(r, streamsOf(r))).toThrow(TypeError);
  });

  it('leaves alone what carries no DFA a1: failures, other shapes, recordings without AlphaHRV', () => {
    const failed = { ok: false, error: new Error('HTTP 503') } as unknown as Outcome<unknown[]>;
    expect(() => prepareDfaBlock(failed)).not.toThrow();
    const noDfa: Outcome<unknown[]> = { ok: true, status: 200, data: [{ type: 'heartrate', data: [120, 121] }] };
    prepareDfaBlock(noDfa);
    // nothing was kept for it: asked with DFA streams, it computes them
    const streams = streamsOf(response());
    expect(dfaBlockOfResponse(noDfa, streams)).toEqual(computeDfaBlock(streams));
    expect(() => prepareDfaBlock({ ok: true, status: 200, data: { not: 'a list' } as never })).not.toThrow();
  });
});
