/**
 * One HTTP exchange of an attempt: send a GET, hand back the status and headers, then read the
 * body whole under a cap on decoded bytes, or discard it. Two ways to do it:
 *
 * - nodeTransport, the default: Node's own http/https client on keep-alive agents. A run makes a
 *   few dozen requests and is short-lived, so what a request costs in CPU is most of what the
 *   transport adds to a run's time: the platform fetch (undici) spends several times the CPU of
 *   node:http on the same reads (its per-request stream machinery, and compiling its WebAssembly
 *   HTTP parser on every start), on machines where the run shares its cores with other jobs.
 * - fetchTransport: any WHATWG fetch (a caller's own, another runtime's). When the request has
 *   left the process is known only for Node's fetch (sent.ts).
 *
 * Both decode gzip/deflate (and br over https) as the platform fetch does, count DECODED bytes
 * against the cap (a small compressed body that inflates without bound is stopped as soon as the
 * count passes it), fail a declared Content-Length over the cap before reading, never follow a
 * redirect (attempt.ts decides), and end at once when the attempt's signal aborts, with its reason.
 */
import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import type { Readable } from 'node:stream';
import { discardBody, readBodyCapped, tooLarge, untilAborted, type ByteCount } from './body.js';
import { onceSent } from './sent.js';

export interface Exchange {
  status: number;
  headers: Headers;
  /** the whole decoded body; IntervalsError('too_large') past `cap` */
  read(cap: number, endpoint: string, count: ByteCount): Promise<Buffer>;
  /** drop a body that will not be read (an error status, a redirect) */
  discard(): void;
}

/** `onSent` is called once the request has been written to its socket, if the transport can tell. */
export type Transport = (url: string, headers: Headers, signal: AbortSignal, onSent: () => void) => Promise<Exchange>;

export function fetchTransport(fetchImpl: typeof globalThis.fetch): Transport {
  return async (url, headers, signal, onSent) => {
    // Node's fetch reports the sending on a diagnostics channel; any other fetch never does
    const cancel = onceSent(url, onSent);
    let res: Response;
    try {
      res = await untilAborted(fetchImpl(url, { method: 'GET', headers, redirect: 'manual', signal }), signal);
    } finally {
      cancel();
    }
    return {
      status: res.status,
      headers: res.headers,
      read: (cap, endpoint, count) => readBodyCapped(res, cap, endpoint, signal, count),
      discard: () => discardBody(res),
    };
  };
}

/** keep-alive agents: an idle socket is unreferenced, so it never keeps the process alive */
const AGENTS = {
  'http:': new http.Agent({ keepAlive: true }),
  'https:': new https.Agent({ keepAlive: true }),
};

/** the platform fetch's error shape (a TypeError whose cause is the socket's error) */
function networkError(cause: unknown): Error {
  return new TypeError('fetch failed', { cause });
}

function responseHeaders(raw: string[]): Headers {
  const headers = new Headers();
  for (let i = 0; i + 1 < raw.length; i += 2) {
    try {
      headers.append(raw[i], raw[i + 1]);
    } catch {
      // a name or value the WHATWG rules refuse is left out, as no caller could read it anyway
    }
  }
  return headers;
}

/** The decoders for a Content-Encoding list, applied last-first; with an unknown coding the body passes through as sent. */
function decoders(contentEncoding: string | undefined): zlib.Zlib[] {
  const codings = (contentEncoding ?? '')
    .toLowerCase()
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '' && c !== 'identity');
  const out: zlib.Zlib[] = [];
  // a truncated compressed stream yields what it holds instead of failing (the platform's choice)
  const lenient = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  for (const c of codings.reverse()) {
    if (c === 'gzip' || c === 'x-gzip') out.push(zlib.createGunzip(lenient));
    else if (c === 'deflate') out.push(zlib.createInflate(lenient));
    else if (c === 'br') out.push(zlib.createBrotliDecompress());
    else return [];
  }
  return out;
}

function readWhole(res: http.IncomingMessage, cap: number, endpoint: string, count: ByteCount, signal: AbortSignal): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const streams: Readable[] = [res, ...(decoders(res.headers['content-encoding']) as unknown as Readable[])];
    const chunks: Buffer[] = [];
    let done = false;
    const finish = (error: unknown, body?: Buffer) => {
      if (done) return;
      done = true;
      signal.removeEventListener('abort', onAbort);
      if (error === undefined) return resolve(body as Buffer);
      for (const s of streams) s.destroy();
      reject(error);
    };
    const onAbort = () => finish(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    for (let i = 0; i + 1 < streams.length; i++) streams[i].pipe(streams[i + 1] as unknown as NodeJS.WritableStream);
    for (const s of streams) s.on('error', (e) => finish(networkError(e)));
    const last = streams[streams.length - 1];
    last.on('data', (chunk: Buffer) => {
      count.bytes += chunk.length;
      if (count.bytes > cap) finish(tooLarge(endpoint, cap, res.statusCode ?? 0));
      else chunks.push(chunk);
    });
    last.on('end', () => {
      // a connection closed before the whole body arrived is a failed read, not a short body
      if (!res.complete) finish(networkError(Object.assign(new Error('terminated'), { code: 'ECONNRESET' })));
      else finish(undefined, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
    });
  });
}

/** an idle keep-alive connection the server closed just as it was reused */
function staleSocket(req: http.ClientRequest, e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return req.reusedSocket && (code === 'ECONNRESET' || code === 'EPIPE');
}

export const nodeTransport: Transport = (url, headers, signal, onSent) =>
  new Promise<Exchange>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const u = new URL(url);
    const outgoing: Record<string, string> = {};
    headers.forEach((value, name) => {
      outgoing[name] = value;
    });
    // what the platform fetch asks for: brotli only over https
    outgoing['accept-encoding'] ??= u.protocol === 'https:' ? 'br, gzip, deflate' : 'gzip, deflate';
    const lib = u.protocol === 'https:' ? https : http;
    let settled = false;
    let current: http.ClientRequest | null = null;
    const onAbort = () => {
      current?.destroy();
      if (!settled) {
        settled = true;
        reject(signal.reason);
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });

    // `fresh`: on a new connection of its own (the one retry after a stale keep-alive socket,
    // which the server closed before it could have read the request: a GET is safe to resend)
    const send = (fresh: boolean) => {
      const req = lib.request(u, { method: 'GET', headers: outgoing, agent: fresh ? false : AGENTS[u.protocol as 'http:' | 'https:'] });
      current = req;
      req.once('finish', onSent);
      req.on('error', (e) => {
        if (settled) return;
        if (!fresh && staleSocket(req, e)) return send(true);
        settled = true;
        signal.removeEventListener('abort', onAbort);
        reject(networkError(e));
      });
      req.once('response', (res) => {
        settled = true;
        signal.removeEventListener('abort', onAbort);
        // the body's failures are read()'s to report; until it listens they must not be unhandled
        res.on('error', () => undefined);
        const status = res.statusCode ?? 0;
        resolve({
          status,
          headers: responseHeaders(res.rawHeaders),
          read: (cap, endpoint, count) => {
            const declared = Number(res.headers['content-length'] ?? Number.NaN);
            if (Number.isFinite(declared) && declared > cap) {
              res.destroy();
              return Promise.reject(tooLarge(endpoint, cap, status));
            }
            return readWhole(res, cap, endpoint, count, signal);
          },
          discard: () => {
            res.destroy();
          },
        });
      });
      req.end();
    };
    send(false);
  });
