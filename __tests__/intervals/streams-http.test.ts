import { describe, it, expect } from '@jest/globals';
import { IntervalsClient } from '../../src/fetch/client.js';
import { IntervalsApi } from '../../src/fetch/intervals-api.js';
import { emptySkipped } from '../../src/fetch/schemas.js';
import { classifyIntervals, classifyStreams } from '../../src/derive/intervals/outcome.js';
import { DFA_STREAM_TYPES, computeDfaBlock } from '../../src/derive/intervals/dfa.js';
import { NaiveDateTime } from '../../src/lib/naive-time.js';

/** an IntervalsApi whose fetch answers every request with the given status, headers and body */
function apiAnswering(status: number, body: string, headers: Record<string, string> = {}): IntervalsApi {
  const fetch = (async () =>
    new Response(body, { status, headers: { 'Content-Type': 'application/json', ...headers } })) as typeof globalThis.fetch;
  const client = new IntervalsClient({ baseUrl: 'http://127.0.0.1:9/api/v1', apiKey: 'k', fetch, backoffLimitMs: 1 });
  return new IntervalsApi(client, 'i1', emptySkipped());
}

const clock = { now: NaiveDateTime.parse('2025-07-22T06:00:00') };

describe('interval/stream reads over HTTP → classification', () => {
  it('a streams body with NaN tokens parses as Python json does and reaches the DFA computation', async () => {
    const n = 1300;
    const dfa = Array.from({ length: n }, (_, i) => (i === 10 ? 'NaN' : i < 5 ? '0.0' : '0.9')).join(', ');
    const body = `[{"type": "dfa_a1", "data": [${dfa}]}, {"type": "heartrate", "data": [${Array(n).fill(140).join(',')}]}]`;
    const out = await apiAnswering(200, body).streams('i9');
    expect(out.ok).toBe(true);
    const c = classifyStreams(out, DFA_STREAM_TYPES, clock);
    expect(c.status).toBe('ok');
    const b = computeDfaBlock(c.payload!)!;
    expect(b.quality.valid_secs).toBe(n - 5);
    expect(b.avg).toBeNaN();
  });

  it('the client does not retry these reads: one 429 is one request, its Retry-After surfaces', async () => {
    let calls = 0;
    const fetch = (async () => {
      calls++;
      return new Response('{}', { status: 429, headers: { 'Retry-After': '90' } });
    }) as typeof globalThis.fetch;
    const api = new IntervalsApi(new IntervalsClient({ baseUrl: 'http://127.0.0.1:9/api/v1', apiKey: 'k', fetch }), 'i1', emptySkipped());
    const out = await api.activityWithIntervals('i9');
    expect(calls).toBe(1);
    expect(classifyIntervals(out, clock)).toMatchObject({ status: 'transient', reason: 'http_429', retryAfterSecs: 90 });
  });

  it('404 is terminal, a non-dict body is an unexpected shape', async () => {
    expect(classifyIntervals(await apiAnswering(404, '{}').activityWithIntervals('i9'), clock).status).toBe('terminal_error');
    expect(classifyStreams(await apiAnswering(200, '{"a": 1}').streams('i9'), DFA_STREAM_TYPES, clock)).toMatchObject({
      status: 'transient',
      reason: 'unexpected_shape',
    });
  });
});
