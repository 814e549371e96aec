/**
 * One attempt of one request, as the `fetch` that ky calls for every try: the part of the
 * transport ky cannot do, because ky hands back a Response at the headers and its `timeout`
 * stops there, while a server can send its headers and then stall or inflate the body.
 *
 *   - one deadline for the whole attempt: an AbortSignal of our own goes to the transport
 *     (transport.ts), and aborting it aborts both the wait for headers and the body read;
 *   - the body is read to the end under that deadline and a cap on decoded bytes,
 *     so ky's retry loop sees a stalled or oversized body as this attempt's failure;
 *   - redirects are followed by hand (`redirect: 'manual'`) and only within the origin the
 *     request started from: the Authorization header never reaches another host.
 *
 * The answer handed back to ky carries status and headers only (ky turns a non-2xx into an
 * HTTPError and applies its retry rules, Retry-After included); the body bytes go to `sink`.
 */
import type { ByteCount } from './body.js';
import { IntervalsError } from './errors.js';
import type { Transport } from './transport.js';

const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

export class DeadlineExceeded extends Error {
  constructor(readonly ms: number) {
    super(`deadline of ${ms} ms exceeded`);
  }
}

/** What one request's attempts leave behind for the client (trace lines and the decoded body). */
export interface AttemptState {
  endpoint: string;
  cap: number;
  /** epoch ms past which no attempt may run and no retry may wait */
  deadline: number;
  /** attempts started so far */
  attempts: number;
  t0: number;
  end: number;
  count: ByteCount;
  body: Buffer | null;
}

export interface AttemptOptions {
  transport: Transport;
  timeoutMs: number;
  maxRedirects: number;
}

function safeResolve(location: string, base: string): URL | null {
  try {
    return new URL(location, base);
  } catch {
    return null;
  }
}

/**
 * A `fetch` for ky: one attempt under one deadline, same-origin redirects, the capped body into
 * `st.body`. `onSent` is told when the transport has written the request to its socket.
 */
export function attemptFetch(st: AttemptState, o: AttemptOptions): (input: Request, onSent: () => void) => Promise<Response> {
  return async (request: Request, onSent: () => void) => {
    st.attempts++;
    st.t0 = Date.now();
    st.count = { bytes: 0 };
    st.body = null;
    const budget = Math.max(1, Math.min(o.timeoutMs, st.deadline - st.t0));
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(new DeadlineExceeded(budget)), budget);
    // ky's signal (the request's overall bound) ends the attempt too
    const signal = AbortSignal.any([ac.signal, request.signal]);
    const origin = new URL(request.url).origin;
    try {
      let current = request.url;
      for (let hop = 0; ; hop++) {
        const res = await o.transport(current, request.headers, signal, onSent);
        const location = res.headers.get('Location');
        if (REDIRECT_STATUSES.has(res.status) && location !== null) {
          res.discard();
          const next = safeResolve(location, current);
          if (next === null || next.origin !== origin) {
            throw new IntervalsError(
              `${st.endpoint}: HTTP ${res.status} redirect to ${next ? `another origin (${next.origin})` : 'an unusable location'} was not followed`,
              st.endpoint,
              res.status,
              'http',
              null,
              'redirect',
            );
          }
          if (hop >= o.maxRedirects) {
            throw new IntervalsError(
              `${st.endpoint}: too many redirects (HTTP ${res.status})`,
              st.endpoint,
              res.status,
              'http',
              null,
              'redirect',
            );
          }
          current = next.toString();
          continue;
        }
        if (res.status >= 200 && res.status < 300) st.body = await res.read(st.cap, st.endpoint, st.count);
        else res.discard();
        return new Response(null, { status: res.status, headers: res.headers });
      }
    } finally {
      clearTimeout(timer);
      st.end = Date.now();
    }
  };
}
