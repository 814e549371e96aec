/**
 * Intervals.icu HTTP client: ky with Basic auth (`API_KEY:<key>`), a per-request timeout,
 * bounded retries of 429/5xx on the requests a run cannot do without (honouring Retry-After in
 * both its seconds and HTTP-date forms), bounded concurrency, and one request per URL per run.
 *
 * ky 1.14 is used rather than ky 2: ky 2 declares Node >= 22 in `engines`, while the machines
 * that build and test this action run Node 20 (the action itself runs on node24). 1.14 supports
 * both officially.
 */
import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
import * as v from 'valibot';
import { loads } from '../lib/py/json.js';

export type FetchLike = typeof globalThis.fetch;

export interface ClientOptions {
  baseUrl: string;
  apiKey: string;
  timeoutMs?: number;
  /** retries of 429/5xx/timeouts for `retry: true` requests */
  retries?: number;
  /** longest Retry-After honoured; a longer one fails the request at once */
  maxRetryAfterMs?: number;
  /** ceiling of the exponential backoff between retries */
  backoffLimitMs?: number;
  concurrency?: number;
  fetch?: FetchLike;
  userAgent?: string;
}

/** What went wrong with one request, in terms a caller can act on. */
export class IntervalsError extends Error {
  constructor(
    message: string,
    readonly endpoint: string,
    readonly status: number | null,
    readonly kind: 'http' | 'timeout' | 'network' | 'malformed' | 'schema',
    readonly retryAfterRaw: string | null = null,
  ) {
    super(message);
    this.name = 'IntervalsError';
  }
}

export type Outcome<T> = { ok: true; data: T; status: number } | { ok: false; error: IntervalsError };

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
  /** cap on the response size in bytes (raw downloads) */
  maxBytes?: number;
}

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

export function buildUrl(baseUrl: string, path: string, query?: Record<string, string>): string {
  const base = baseUrl.replace(/\/+$/, '');
  const url = /^https?:\/\//.test(path) ? new URL(path) : new URL(`${base}/${path.replace(/^\/+/, '')}`);
  for (const [k, val] of Object.entries(query ?? {})) url.searchParams.set(k, val);
  return url.toString();
}

export class IntervalsClient {
  private readonly ky: KyInstance;
  private readonly sem: Semaphore;
  private readonly inflight = new Map<string, Promise<unknown>>();
  /** every URL requested in this run, in order (used by tests and the bench) */
  readonly requested: string[] = [];

  constructor(private readonly opts: ClientOptions) {
    this.sem = new Semaphore(opts.concurrency ?? 8);
    const auth = 'Basic ' + Buffer.from(`API_KEY:${opts.apiKey}`).toString('base64');
    const maxRetryAfter = opts.maxRetryAfterMs ?? 60_000;
    this.ky = ky.create({
      timeout: opts.timeoutMs ?? 30_000,
      fetch: opts.fetch,
      throwHttpErrors: true,
      headers: { Accept: 'application/json', 'User-Agent': opts.userAgent ?? 'intervals-mirror' },
      hooks: {
        beforeRequest: [
          (request) => {
            if (!request.headers.has('X-No-Auth')) request.headers.set('Authorization', auth);
            request.headers.delete('X-No-Auth');
          },
        ],
      },
      retry: {
        limit: 0,
        methods: ['get'],
        statusCodes: [408, 429, 500, 502, 503, 504],
        afterStatusCodes: [413, 429, 503],
        maxRetryAfter,
        backoffLimit: opts.backoffLimitMs ?? 8_000,
        retryOnTimeout: true,
        shouldRetry: ({ error }) => {
          // A Retry-After beyond what a scheduled run can wait fails now, with the reason.
          if (error instanceof HTTPError) {
            const after = parseRetryAfterMs(error.response.headers.get('Retry-After'), Date.now());
            if (after !== null && after > maxRetryAfter) return false;
          }
          return undefined;
        },
      },
    });
  }

  /** GET and parse; throws IntervalsError. The same URL is requested at most once per run. */
  async get<T = unknown>(path: string, o: RequestOptions<T>): Promise<T> {
    const url = buildUrl(this.opts.baseUrl, path, o.query);
    let p = this.inflight.get(url) as Promise<T> | undefined;
    if (!p) {
      p = this.sem.run(() => this.request<T>(url, o));
      this.inflight.set(url, p);
    }
    return p;
  }

  /** GET that never throws: the caller decides how a failure degrades its own output. */
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
    const retries = o.retry ? (this.opts.retries ?? 3) : 0;
    let res: Response;
    try {
      res = await this.ky.get(url, {
        retry: { limit: retries },
        headers: o.raw ? { 'X-No-Auth': '1', Accept: '*/*' } : undefined,
      });
    } catch (e) {
      throw this.describe(e, o.endpoint);
    }
    if (o.raw) {
      const buf = await readCapped(res, o.maxBytes ?? 20 * 1024 * 1024, o.endpoint);
      return buf as unknown as T;
    }
    const text = await res.text();
    let body: unknown;
    try {
      // Python's json (requests' .json()) also accepts NaN / Infinity tokens
      body = loads(text);
    } catch {
      throw new IntervalsError(
        `${o.endpoint}: Intervals.icu answered with malformed JSON (${text.slice(0, 60).replace(/\s+/g, ' ')}…)`,
        o.endpoint,
        res.status,
        'malformed',
      );
    }
    return o.parse ? o.parse(body) : (body as T);
  }

  private describe(e: unknown, endpoint: string): IntervalsError {
    if (e instanceof IntervalsError) return e;
    if (e instanceof HTTPError) {
      const status = e.response.status;
      return new IntervalsError(`${endpoint}: HTTP ${status}`, endpoint, status, 'http', e.response.headers.get('Retry-After'));
    }
    if (e instanceof TimeoutError) {
      return new IntervalsError(`${endpoint}: timed out after ${this.opts.timeoutMs ?? 30_000} ms`, endpoint, null, 'timeout');
    }
    const msg = e instanceof Error ? e.message : String(e);
    return new IntervalsError(`${endpoint}: network error (${msg})`, endpoint, null, 'network');
  }
}

async function readCapped(res: Response, maxBytes: number, endpoint: string): Promise<Buffer> {
  const declared = Number(res.headers.get('Content-Length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel();
    throw new IntervalsError(`${endpoint}: download larger than ${maxBytes} bytes`, endpoint, res.status, 'malformed');
  }
  const chunks: Buffer[] = [];
  let total = 0;
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new IntervalsError(`${endpoint}: download larger than ${maxBytes} bytes`, endpoint, res.status, 'malformed');
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}

/** Retry-After as milliseconds from `nowMs`: delta-seconds or an HTTP-date; null if absent/invalid. */
export function parseRetryAfterMs(value: string | null | undefined, nowMs: number): number | null {
  if (value === null || value === undefined) return null;
  const s = value.trim();
  if (!s) return null;
  if (/^\d+$/.test(s)) return Number(s) * 1000;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  return Math.max(0, t - nowMs);
}

/** valibot → IntervalsError('schema') naming the endpoint and the first offending field. */
export function validate<S extends v.GenericSchema>(schema: S, body: unknown, endpoint: string): v.InferOutput<S> {
  const r = v.safeParse(schema, body);
  if (r.success) return r.output;
  const issue = r.issues[0];
  const path = v.getDotPath(issue) ?? '(root)';
  throw new IntervalsError(`${endpoint}: unusable response, field "${path}": ${issue.message}`, endpoint, 200, 'schema');
}
