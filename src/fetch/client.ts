/**
 * Intervals.icu HTTP client on the platform fetch: Basic auth (`API_KEY:<key>`), bounded
 * concurrency, one request per URL per run, and for every request:
 *   - one deadline per attempt covering headers AND body, and an overall bound across attempts
 *     and waits, so a server that sends headers and then stalls cannot hold the run;
 *   - a cap on the decoded body, counted while streaming (see body.ts);
 *   - redirects followed only within the origin they start from (an Authorization header is
 *     never sent to, and no data is taken from, another host), a bounded number of times;
 *   - bounded retries of 408/429/5xx/timeouts/network failures on the requests a run cannot do
 *     without, honouring Retry-After in its seconds and HTTP-date forms (retry-policy.ts);
 *   - a trace line per attempt to `debug` (method, endpoint name, status or error kind, ms,
 *     bytes: never the query string, never a header).
 */
import * as v from 'valibot';
import { loads } from '../lib/py/json.js';
import { redact } from '../lib/redact.js';
import { discardBody, formatBytes, readBodyCapped, untilAborted, type ByteCount } from './body.js';
import { IntervalsError, type Outcome } from './errors.js';
import { isRetryable, retryDelayMs } from './retry-policy.js';
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
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_TOTAL_TIMEOUT_MS = 150_000;
/** cap of a request that names none */
export const DEFAULT_BODY_CAP = 16 * 1024 * 1024;
const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

class Semaphore {
  private active = 0;
  private readonly queue: Array<() => void> = [];
  constructor(private readonly limit: number) {}
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((r) => this.queue.push(r));
    this.active++;
    try {
      return await fn();
    } finally {
      this.active--;
      this.queue.shift()?.();
    }
  }
}

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

class DeadlineExceeded extends Error {
  constructor(readonly ms: number) {
    super(`deadline of ${ms} ms exceeded`);
  }
}

interface Answer {
  status: number;
  retryAfter: string | null;
  body: Buffer | null;
}

export class IntervalsClient {
  private readonly sem: Semaphore;
  private readonly inflight = new Map<string, Promise<unknown>>();
  private readonly auth: string;
  private readonly fetchImpl: FetchLike;
  /** every URL requested in this run, in order (used by tests and the bench) */
  readonly requested: string[] = [];

  constructor(private readonly opts: ClientOptions) {
    this.sem = new Semaphore(opts.concurrency ?? 8);
    this.auth = 'Basic ' + Buffer.from(`API_KEY:${opts.apiKey}`).toString('base64');
    this.fetchImpl = opts.fetch ?? globalThis.fetch;
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
      p = this.sem.run(() => this.request<T>(url, o));
      this.inflight.set(url, p);
    }
    return p;
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

  private async request<T>(url: string, o: RequestOptions<T>): Promise<T> {
    this.requested.push(url);
    const timeoutMs = this.opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const deadline = Date.now() + (this.opts.totalTimeoutMs ?? DEFAULT_TOTAL_TIMEOUT_MS);
    const retries = o.retry ? (this.opts.retries ?? 3) : 0;
    const cap = Math.min(o.maxBytes ?? DEFAULT_BODY_CAP, this.opts.maxBodyBytes ?? Number.POSITIVE_INFINITY);
    for (let attempt = 0; ; attempt++) {
      const t0 = Date.now();
      const budget = Math.max(1, Math.min(timeoutMs, deadline - t0));
      const count: ByteCount = { bytes: 0 };
      let answer: Answer | null = null;
      let failure: IntervalsError | null = null;
      try {
        answer = await this.attempt(url, o, budget, cap, count);
      } catch (e) {
        failure = this.describe(e, o.endpoint);
      }
      if (answer && answer.status >= 200 && answer.status < 300) {
        // a body that arrived whole is not fetched again, whatever its content
        let data: T;
        try {
          data = this.decode<T>(answer, o);
        } catch (e) {
          if (e instanceof IntervalsError) this.trace(o.endpoint, e.kind, t0, count, attempt);
          throw e;
        }
        this.trace(o.endpoint, String(answer.status), t0, count, attempt);
        return data;
      }
      const error =
        failure ??
        new IntervalsError(`${o.endpoint}: HTTP ${answer?.status}`, o.endpoint, answer?.status ?? null, 'http', answer?.retryAfter ?? null);
      this.trace(o.endpoint, answer ? String(answer.status) : (error.detail ?? error.kind), t0, count, attempt);
      if (attempt >= retries || !isRetryable(error)) throw error;
      const wait = retryDelayMs(
        error,
        attempt + 1,
        { maxRetryAfterMs: this.opts.maxRetryAfterMs ?? 60_000, backoffLimitMs: this.opts.backoffLimitMs ?? 8_000 },
        Date.now(),
      );
      // a wait the server asks for beyond what the run may spend fails now, with the reason
      if (wait === null || Date.now() + wait >= deadline) throw error;
      await new Promise((r) => setTimeout(r, wait));
    }
  }

  /** One attempt under one deadline: the request, same-origin redirects, and the capped body. */
  private async attempt(url: string, o: RequestOptions<unknown>, budgetMs: number, cap: number, count: ByteCount): Promise<Answer> {
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(new DeadlineExceeded(budgetMs)), budgetMs);
    const headers: Record<string, string> = o.raw
      ? { Accept: '*/*', 'User-Agent': this.opts.userAgent ?? 'intervals-mirror' }
      : { Accept: 'application/json', 'User-Agent': this.opts.userAgent ?? 'intervals-mirror', Authorization: this.auth };
    const origin = new URL(url).origin;
    try {
      let current = url;
      for (let hop = 0; ; hop++) {
        const res = await untilAborted(
          this.fetchImpl(current, { method: 'GET', headers, redirect: 'manual', signal: ac.signal }),
          ac.signal,
        );
        const location = res.headers.get('Location');
        if (REDIRECT_STATUSES.has(res.status) && location !== null) {
          discardBody(res);
          const next = safeResolve(location, current);
          if (next === null || next.origin !== origin) {
            throw new IntervalsError(
              `${o.endpoint}: HTTP ${res.status} redirect to ${next ? `another origin (${next.origin})` : 'an unusable location'} was not followed`,
              o.endpoint,
              res.status,
              'http',
              null,
              'redirect',
            );
          }
          if (hop >= (this.opts.maxRedirects ?? 5)) {
            throw new IntervalsError(
              `${o.endpoint}: too many redirects (HTTP ${res.status})`,
              o.endpoint,
              res.status,
              'http',
              null,
              'redirect',
            );
          }
          current = next.toString();
          continue;
        }
        if (res.status < 200 || res.status >= 300) {
          discardBody(res);
          return { status: res.status, retryAfter: res.headers.get('Retry-After'), body: null };
        }
        const body = await readBodyCapped(res, cap, o.endpoint, ac.signal, count);
        return { status: res.status, retryAfter: null, body };
      }
    } finally {
      clearTimeout(timer);
    }
  }

  private decode<T>(answer: Answer, o: RequestOptions<T>): T {
    const buf = answer.body ?? Buffer.alloc(0);
    if (o.raw) return buf as unknown as T;
    let body: unknown;
    try {
      // Python's json (requests' .json()) also accepts NaN / Infinity tokens
      body = loads(new TextDecoder('utf-8').decode(buf));
    } catch {
      throw new IntervalsError(
        `${o.endpoint}: Intervals.icu answered with malformed JSON (HTTP ${answer.status}, ${formatBytes(buf.length)})`,
        o.endpoint,
        answer.status,
        'malformed',
      );
    }
    return o.parse ? o.parse(body) : (body as T);
  }

  private describe(e: unknown, endpoint: string): IntervalsError {
    if (e instanceof IntervalsError) return e;
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

  private trace(endpoint: string, outcome: string, t0: number, count: ByteCount, attempt: number): void {
    if (!this.opts.debug) return;
    const retry = attempt > 0 ? ` (retry ${attempt})` : '';
    this.opts.debug(`intervals: ${endpoint} → ${outcome}, ${Date.now() - t0} ms, ${count.bytes} bytes${retry}`);
  }
}

function safeResolve(location: string, base: string): URL | null {
  try {
    return new URL(location, base);
  } catch {
    return null;
  }
}

/** valibot → IntervalsError('schema') naming the endpoint and the first offending field. */
export function validate<S extends v.GenericSchema>(schema: S, body: unknown, endpoint: string): v.InferOutput<S> {
  const r = v.safeParse(schema, body);
  if (r.success) return r.output;
  throw new IntervalsError(`${endpoint}: unusable response, ${describeIssue(r.issues[0])}`, endpoint, 200, 'schema');
}
