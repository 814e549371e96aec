/**
 * Intervals.icu HTTP client: Basic auth (`API_KEY:<key>`), paced requests (bounded concurrency,
 * a per-host rate, same-path requests in order: pacing.ts), one request per URL per run. The transport is ky, with the parts ky cannot do kept by hand:
 *
 * ky's: the URL (`prefixUrl`, `searchParams`), the headers, turning a non-2xx into an HTTPError,
 *   and the retry loop — `retry.limit`, `statusCodes` (408/429/5xx gateway family),
 *   `afterStatusCodes` with Retry-After in its seconds and HTTP-date forms, `maxRetryAfter`,
 *   exponential `delay` up to `backoffLimit` — with `shouldRetry` refusing what must fail at once
 *   (a refused redirect, an oversized body, a Retry-After longer than the run may wait, a wait
 *   past the request's overall bound) and `hooks.beforeRetry` writing the trace of each failed try.
 *   The overall bound is our AbortSignal given to ky as `signal`: it ends an attempt or a wait.
 *
 * by hand (attempt.ts, transport.ts, body.ts), as the `fetch` ky calls for each try: ky's `timeout` stops at
 *   the headers and ky follows redirects to any host, so each attempt runs under one deadline
 *   covering headers AND body (`timeout: false` in ky), reads the body under a cap on decoded
 *   bytes, and follows redirects only within the origin (`redirect: 'manual'`).
 *
 * Every attempt leaves one trace line for `debug` (method, endpoint name, status or error kind,
 * ms, bytes: never the query string, never a header). Errors never quote a body.
 */
import ky, { HTTPError, type KyInstance } from 'ky';
import * as v from 'valibot';
import { loads } from '../lib/py/json.js';
import { redact } from '../lib/redact.js';
import { attemptFetch, DeadlineExceeded, type AttemptState } from './attempt.js';
import { formatBytes } from './body.js';
import { IntervalsError, type Outcome } from './errors.js';
import { isRetryable, parseRetryAfterMs, RETRY_STATUSES, retryDelayMs } from './retry-policy.js';
import { PathOrder, Semaphore, TokenBucket } from './pacing.js';
import { fetchTransport, nodeTransport, type Transport } from './transport.js';
import { describeIssue } from './schemas.js';

export { IntervalsError, type Outcome } from './errors.js';
export { parseRetryAfterMs } from './retry-policy.js';

export type FetchLike = typeof globalThis.fetch;

export interface ClientOptions {
  baseUrl: string;
  apiKey: string;
  /** deadline of one attempt, headers and body together */
  timeoutMs?: number;
  /** deadline of one request across all its attempts and the waits between them */
  totalTimeoutMs?: number;
  /** retries of 429/5xx/timeouts for `retry: true` requests */
  retries?: number;
  /** longest Retry-After honoured; a longer one fails the request at once */
  maxRetryAfterMs?: number;
  /** ceiling of the exponential backoff between retries */
  backoffLimitMs?: number;
  concurrency?: number;
  /** sustained requests per second per host (token bucket refill) */
  ratePerSecond?: number;
  /** requests per host that may go out at once before the sustained rate applies */
  rateBurst?: number;
  /** same-origin redirects followed per attempt */
  maxRedirects?: number;
  /** lowers every body cap (tests use it to exercise the caps with small bodies) */
  maxBodyBytes?: number;
  fetch?: FetchLike;
  userAgent?: string;
  /** one line per attempt; see the module comment for what it may contain */
  debug?: (line: string) => void;
}

export interface RequestOptions<T> {
  /** a readable endpoint name for messages, e.g. "GET /athlete/{id}/wellness" */
  endpoint: string;
  query?: Record<string, string>;
  /** retry 429/5xx/timeouts (only for requests the run cannot do without) */
  retry?: boolean;
  /** parse/validate the JSON body; throw IntervalsError(kind 'schema') to reject */
  parse?: (body: unknown) => T;
  /** absolute URL (attachments): no auth header, raw bytes */
  raw?: boolean;
  /** cap on the decoded response size in bytes */
  maxBytes?: number;
  /** the place in line reserved when the read was planned, for a read asked only later */
  place?: LinePlace;
}

/**
 * A place in the line for a slot (IntervalsClient.reservePlace): a read that can only be asked
 * once an earlier answer is in, but that comes earlier in the run's order than the reads asked
 * meanwhile, takes the next free slot before them once it is asked.
 */
export interface LinePlace {
  readonly seq: number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_TOTAL_TIMEOUT_MS = 150_000;
/** cap of a request that names none */
export const DEFAULT_BODY_CAP = 16 * 1024 * 1024;

/** The API URL of `path` under `baseUrl`, or for raw downloads the absolute http(s) URL itself. */
export function buildUrl(baseUrl: string, path: string, query?: Record<string, string>): string {
  const base = baseUrl.replace(/\/+$/, '');
  const url = /^https?:\/\//i.test(path) ? new URL(path) : new URL(`${base}/${path.replace(/^\/+/, '')}`);
  for (const [k, val] of Object.entries(query ?? {})) url.searchParams.set(k, val);
  return url.toString();
}

/** Why a download URL is refused (only absolute http(s) URLs without credentials are fetched), or null. */
export function refuseDownloadUrl(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return 'refused a URL that is not absolute';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    return `refused a ${u.protocol.replace(/[^a-z0-9+.:-]/gi, '').slice(0, 20)} URL (only http and https are downloaded)`;
  }
  if (u.username || u.password) return 'refused a URL that carries credentials';
  return null;
}

/** Retry-After is honoured on these (413 is not retried at all: ky's own rule) */
const RETRY_AFTER_STATUSES = [413, 429, 503];
function hasRetryAfter(e: IntervalsError): boolean {
  return e.status !== null && RETRY_AFTER_STATUSES.includes(e.status) && parseRetryAfterMs(e.retryAfterRaw, Date.now()) !== null;
}

/** ky's delay before retry n (1-based): 300 ms doubling, capped by `backoffLimit` */
const backoff = (n: number) => 300 * 2 ** (n - 1);

/**
 * How many requests run at once: Intervals.icu quotes its limit as about 10 requests per second
 * per IP, so a run never has more open than that. A steady-state run makes about 26 requests and
 * a first run about 55, in dependent steps (the lists, then the reads planned from them: a dozen
 * chat-message reads among them), and 10 in flight keeps every step to a round trip or two.
 */
export const DEFAULT_CONCURRENCY = 10;
/**
 * Intervals.icu's limit is about 10 requests per second per IP "with a short burst multiplier".
 * The sustained rate is that; the burst lets a whole normal run (up to 60 requests) go at the
 * speed its dependencies allow, and spreads out only what goes beyond it.
 */
export const DEFAULT_RATE_PER_SECOND = 10;
export const DEFAULT_RATE_BURST = 60;

export class IntervalsClient {
  private readonly sem: Semaphore;
  private readonly order = new PathOrder();
  /** requests asked for so far: a request's number is its place in the semaphore's line */
  private asked = 0;
  private readonly buckets = new Map<string, TokenBucket>();
  private readonly inflight = new Map<string, Promise<unknown>>();
  private readonly api: KyInstance;
  private readonly download: KyInstance;
  private readonly transport: Transport;
  /** every URL requested in this run, in order (used by tests and the bench) */
  readonly requested: string[] = [];
  /** requests asked for that have not been sent yet (see allSent) */
  private unsent = 0;
  private readonly onAllSent: Array<() => void> = [];

  constructor(private readonly opts: ClientOptions) {
    this.sem = new Semaphore(opts.concurrency ?? DEFAULT_CONCURRENCY);
    this.transport = opts.fetch ? fetchTransport(opts.fetch) : nodeTransport;
    const userAgent = opts.userAgent ?? 'intervals-mirror';
    const common = {
      timeout: false as const,
      throwHttpErrors: true,
      retry: {
        statusCodes: [...RETRY_STATUSES],
        afterStatusCodes: RETRY_AFTER_STATUSES,
        maxRetryAfter: opts.maxRetryAfterMs ?? 60_000,
        backoffLimit: opts.backoffLimitMs ?? 8_000,
        delay: backoff,
      },
    };
    this.api = ky.create({
      ...common,
      prefixUrl: opts.baseUrl.replace(/\/+$/, ''),
      headers: {
        Accept: 'application/json',
        'User-Agent': userAgent,
        Authorization: 'Basic ' + Buffer.from(`API_KEY:${opts.apiKey}`).toString('base64'),
      },
    });
    // attachments: absolute URLs, never the API's credentials
    this.download = ky.create({ ...common, headers: { Accept: '*/*', 'User-Agent': userAgent } });
  }

  /** GET and parse; throws IntervalsError. The same URL is requested at most once per run. */
  async get<T = unknown>(path: string, o: RequestOptions<T>): Promise<T> {
    if (o.raw) {
      const refused = refuseDownloadUrl(path);
      if (refused) throw new IntervalsError(`${o.endpoint}: ${refused}`, o.endpoint, null, 'network', null, 'refused_url');
    }
    const url = buildUrl(this.opts.baseUrl, path, o.query);
    let p = this.inflight.get(url) as Promise<T> | undefined;
    if (!p) {
      const seq = o.place?.seq ?? this.asked++;
      this.unsent++;
      let out = false;
      const gone = () => {
        if (out) return;
        out = true;
        if (--this.unsent === 0) for (const resolve of this.onAllSent.splice(0)) resolve();
      };
      p = this.order.after(url, (sent) =>
        this.sem.run(seq, () =>
          this.request<T>(
            url,
            path,
            o,
            () => {
              sent();
              gone();
            },
            gone,
          ),
        ),
      );
      p.then(gone, gone);
      this.inflight.set(url, p);
    }
    return p;
  }

  /** Reserve the next place in line for a read asked later (RequestOptions.place); use it once. */
  reservePlace(): LinePlace {
    return { seq: this.asked++ };
  }

  /**
   * Resolves once every request asked for so far has left the process: written to its socket,
   * waiting for a token of the rate limit (a timed wait, which the event loop need not serve at
   * once), or settled. A caller about to hold the event loop (derive) waits for this, so that no
   * read waits for a slot, its path or its connection while it computes.
   */
  allSent(): Promise<void> {
    if (this.unsent === 0) return Promise.resolve();
    return new Promise((resolve) => this.onAllSent.push(resolve));
  }

  /** GET that never throws an IntervalsError: the caller decides how a failure degrades its own output. */
  async tryGet<T = unknown>(path: string, o: RequestOptions<T>): Promise<Outcome<T>> {
    try {
      const data = await this.get<T>(path, o);
      return { ok: true, data, status: 200 };
    } catch (e) {
      if (e instanceof IntervalsError) return { ok: false, error: e };
      throw e;
    }
  }

  private async request<T>(url: string, path: string, o: RequestOptions<T>, sent: () => void, parked: () => void): Promise<T> {
    this.requested.push(url);
    const totalMs = this.opts.totalTimeoutMs ?? DEFAULT_TOTAL_TIMEOUT_MS;
    const st: AttemptState = {
      endpoint: o.endpoint,
      cap: Math.min(o.maxBytes ?? DEFAULT_BODY_CAP, this.opts.maxBodyBytes ?? Number.POSITIVE_INFINITY),
      deadline: Date.now() + totalMs,
      attempts: 0,
      t0: Date.now(),
      end: Date.now(),
      count: { bytes: 0 },
      body: null,
    };
    const overall = new AbortController();
    const bound = setTimeout(() => overall.abort(new DeadlineExceeded(totalMs)), totalMs);
    const backoffLimitMs = this.opts.backoffLimitMs ?? 8_000;
    const maxRetryAfterMs = this.opts.maxRetryAfterMs ?? 60_000;
    let status: number;
    try {
      const res = await (o.raw ? this.download : this.api).get(o.raw ? url : path.replace(/^\/+/, ''), {
        searchParams: o.raw ? undefined : o.query,
        signal: overall.signal,
        fetch: this.paced(
          attemptFetch(st, {
            transport: this.transport,
            timeoutMs: this.opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
            maxRedirects: this.opts.maxRedirects ?? 5,
          }),
          sent,
          parked,
        ) as FetchLike,
        retry: {
          limit: o.retry ? (this.opts.retries ?? 3) : 0,
          // false = fail now; undefined = ky's own rules (status codes, Retry-After, backoff)
          shouldRetry: ({ error, retryCount }) => {
            const e = this.describe(error, o.endpoint);
            if (!isRetryable(e)) return false;
            const wait = retryDelayMs(e, retryCount, { maxRetryAfterMs, backoffLimitMs }, Date.now());
            // a wait the server asks for beyond what the run may spend fails now, with the reason
            if (wait === null || Date.now() + wait >= st.deadline) return false;
            // a usable Retry-After is ky's to honour; without one (absent or unparseable, which
            // ky would turn into a wait of maxRetryAfter) ky's plain backoff applies
            return hasRetryAfter(e) ? undefined : true;
          },
        },
        hooks: {
          beforeRetry: [({ error }) => this.traceFailure(st, this.describe(error, o.endpoint), st.attempts - 1)],
        },
      });
      status = res.status;
    } catch (e) {
      const error = this.describe(e, o.endpoint);
      this.traceFailure(st, error, st.attempts - 1);
      throw error;
    } finally {
      clearTimeout(bound);
    }
    // a body that arrived whole is not fetched again, whatever its content
    let data: T;
    try {
      data = this.decode<T>(st.body, status, o);
    } catch (e) {
      if (e instanceof IntervalsError) this.trace(o.endpoint, e.kind, st, st.attempts - 1);
      throw e;
    }
    this.trace(o.endpoint, String(status), st, st.attempts - 1);
    return data;
  }

  /**
   * Each attempt waits for a token of its host's bucket (redirect hops stay within the attempt);
   * `sent` is told when the attempt's request has left the process, or when the attempt ended.
   */
  private paced(
    attempt: (request: Request, onSent: () => void) => Promise<Response>,
    sent: () => void,
    parked: () => void,
  ): (request: Request) => Promise<Response> {
    return async (request) => {
      const host = new URL(request.url).host;
      let bucket = this.buckets.get(host);
      if (!bucket) {
        bucket = new TokenBucket(this.opts.ratePerSecond ?? DEFAULT_RATE_PER_SECOND, this.opts.rateBurst ?? DEFAULT_RATE_BURST);
        this.buckets.set(host, bucket);
      }
      if (!bucket.ready()) parked();
      await bucket.take();
      try {
        return await attempt(request, sent);
      } finally {
        sent();
      }
    };
  }

  private decode<T>(raw: Buffer | null, status: number, o: RequestOptions<T>): T {
    const buf = raw ?? Buffer.alloc(0);
    if (o.raw) return buf as unknown as T;
    let body: unknown;
    try {
      // Python's json (requests' .json()) also accepts NaN / Infinity tokens
      body = loads(new TextDecoder('utf-8').decode(buf));
    } catch {
      throw new IntervalsError(
        `${o.endpoint}: Intervals.icu answered with malformed JSON (HTTP ${status}, ${formatBytes(buf.length)})`,
        o.endpoint,
        status,
        'malformed',
      );
    }
    return o.parse ? o.parse(body) : (body as T);
  }

  private describe(e: unknown, endpoint: string): IntervalsError {
    if (e instanceof IntervalsError) return e;
    if (e instanceof HTTPError) {
      const { status, headers } = e.response;
      return new IntervalsError(`${endpoint}: HTTP ${status}`, endpoint, status, 'http', headers.get('Retry-After'));
    }
    if (e instanceof DeadlineExceeded) {
      return new IntervalsError(`${endpoint}: timed out after ${e.ms} ms`, endpoint, null, 'timeout');
    }
    // the platform's own words, reduced to a code or a short phrase (and never a secret)
    const cause = (e as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
    const code = typeof cause?.code === 'string' ? cause.code : null;
    const raw = code ?? (typeof cause?.message === 'string' ? cause.message : e instanceof Error ? e.message : String(e));
    const why = redact(raw, [this.opts.apiKey]).replace(/\s+/g, ' ').slice(0, 80);
    return new IntervalsError(`${endpoint}: network error (${why})`, endpoint, null, 'network');
  }

  private traceFailure(st: AttemptState, e: IntervalsError, attempt: number): void {
    this.trace(e.endpoint, e.kind === 'http' && e.detail === null ? String(e.status) : (e.detail ?? e.kind), st, attempt);
  }

  private trace(endpoint: string, outcome: string, st: AttemptState, attempt: number): void {
    if (!this.opts.debug) return;
    const retry = attempt > 0 ? ` (retry ${attempt})` : '';
    this.opts.debug(`intervals: ${endpoint} → ${outcome}, ${st.end - st.t0} ms, ${st.count.bytes} bytes${retry}`);
  }
}

/** valibot → IntervalsError('schema') naming the endpoint and the first offending field. */
export function validate<S extends v.GenericSchema>(schema: S, body: unknown, endpoint: string): v.InferOutput<S> {
  const r = v.safeParse(schema, body);
  if (r.success) return r.output;
  throw new IntervalsError(`${endpoint}: unusable response, ${describeIssue(r.issues[0])}`, endpoint, 200, 'schema');
}
