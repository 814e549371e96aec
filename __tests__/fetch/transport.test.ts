/**
 * The node:http transport against the platform fetch's, over real HTTP: for the same answers they
 * hand back the same status, headers and decoded bytes; a body cut short is a failure, never a
 * short body; an abort ends the wait for headers and the body read at once, with its reason; and
 * "sent" is told when the request has left, before the answer exists.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import http from 'node:http';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { fetchTransport, nodeTransport, type Transport } from '../../src/fetch/transport.js';

const JSON_BODY = JSON.stringify({ rows: Array.from({ length: 2000 }, (_, i) => ({ i, name: `ride ${i}`, w: i * 1.5 })) });
const EXTRA = 'x'.repeat(40_000);

/** what each path answers; `hold` keeps the answer until the test releases it */
const held: Array<() => void> = [];
const seen: string[] = [];
let server: http.Server;
let base: string;

function answer(req: http.IncomingMessage, res: http.ServerResponse): void {
  const path = req.url ?? '/';
  seen.push(`${path} ${req.headers['accept-encoding'] ?? ''} ${req.headers.authorization ?? ''}`);
  const json = { 'Content-Type': 'application/json' };
  switch (path) {
    case '/plain':
      return void res.writeHead(200, { ...json, 'X-Extra': 'a' }).end(JSON_BODY);
    case '/chunked':
      res.writeHead(200, json);
      res.write(JSON_BODY.slice(0, 1000));
      return void setTimeout(() => res.end(JSON_BODY.slice(1000)), 20);
    case '/gzip':
      return void res.writeHead(200, { ...json, 'Content-Encoding': 'gzip' }).end(zlib.gzipSync(JSON_BODY));
    case '/deflate':
      return void res.writeHead(200, { ...json, 'Content-Encoding': 'deflate' }).end(zlib.deflateSync(JSON_BODY));
    case '/br':
      return void res.writeHead(200, { ...json, 'Content-Encoding': 'br' }).end(zlib.brotliCompressSync(JSON_BODY));
    case '/gzip-then-deflate':
      return void res.writeHead(200, { ...json, 'Content-Encoding': 'deflate, gzip' }).end(zlib.gzipSync(zlib.deflateSync(JSON_BODY)));
    case '/not-found':
      return void res.writeHead(404, json).end('{"error":"no such thing"}');
    case '/redirect':
      return void res.writeHead(302, { Location: '/plain' }).end();
    case '/cut': {
      // declares more than it sends, then closes the connection
      res.writeHead(200, { ...json, 'Content-Length': String(JSON_BODY.length + 500) });
      res.write(JSON_BODY);
      return void setTimeout(() => res.socket?.destroy(), 20);
    }
    case '/stall-body':
      res.writeHead(200, json);
      return void res.write(JSON_BODY.slice(0, 100));
    case '/stall-headers':
      return;
    case '/hold':
      return void held.push(() => res.writeHead(200, json).end('{"held":true}'));
    case '/big':
      return void res.writeHead(200, json).end(EXTRA);
    default:
      return void res.writeHead(500).end();
  }
}

beforeAll(async () => {
  server = http.createServer(answer);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const release of held.splice(0)) release();
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const TRANSPORTS: Array<[string, Transport]> = [
  ['node:http', nodeTransport],
  ['fetch', fetchTransport(globalThis.fetch)],
];
const headers = () => new Headers({ Accept: 'application/json', Authorization: 'Basic abc' });
const noop = () => undefined;

async function exchange(t: Transport, path: string, cap = 1 << 20) {
  const ac = new AbortController();
  const res = await t(`${base}${path}`, headers(), ac.signal, noop);
  const count = { bytes: 0 };
  if (res.status >= 200 && res.status < 300) {
    const body = await res.read(cap, 'GET /x', count);
    return { status: res.status, type: res.headers.get('content-type'), text: body.toString('utf8'), bytes: count.bytes };
  }
  res.discard();
  return { status: res.status, location: res.headers.get('location') };
}

describe('the node:http transport', () => {
  it.each(['/plain', '/chunked', '/gzip', '/deflate', '/br', '/gzip-then-deflate', '/not-found', '/redirect'])(
    '%s: the same status, headers and decoded body as the platform fetch',
    async (path) => {
      const viaNode = await exchange(nodeTransport, path);
      const viaFetch = await exchange(TRANSPORTS[1][1], path);
      expect(viaNode).toEqual(viaFetch);
      if (viaNode.status === 200) {
        expect(viaNode.text).toBe(JSON_BODY);
        // the cap counts decoded bytes
        expect(viaNode.bytes).toBe(Buffer.byteLength(JSON_BODY));
      }
    },
  );

  it('asks for the codings the platform fetch asks for, and passes the request headers on', async () => {
    seen.length = 0;
    await exchange(nodeTransport, '/plain');
    await exchange(TRANSPORTS[1][1], '/plain');
    expect(seen[0]).toBe(seen[1]);
    expect(seen[0]).toBe('/plain gzip, deflate Basic abc');
  });

  it.each(TRANSPORTS)('%s: a body cut short by a closed connection fails the read', async (_name, t) => {
    const res = await t(`${base}/cut`, headers(), new AbortController().signal, noop);
    const err = (await res.read(1 << 20, 'GET /x', { bytes: 0 }).catch((e) => e)) as Error;
    // (the platform's TypeError comes from another realm under jest: compare by name)
    expect(err.name).toBe('TypeError');
  });

  it.each(TRANSPORTS)('%s: over the cap the read stops with too_large', async (_name, t) => {
    const res = await t(`${base}/big`, headers(), new AbortController().signal, noop);
    const err = (await res.read(1000, 'GET /x', { bytes: 0 }).catch((e) => e)) as { detail?: string };
    expect(err.detail).toBe('too_large');
  });

  it.each(TRANSPORTS)('%s: an abort ends a stalled body read and a stalled wait for headers, with its reason', async (_name, t) => {
    const reason = new Error('deadline');
    const ac = new AbortController();
    const res = await t(`${base}/stall-body`, headers(), ac.signal, noop);
    const reading = res.read(1 << 20, 'GET /x', { bytes: 0 }).catch((e) => e);
    setTimeout(() => ac.abort(reason), 30);
    expect(await reading).toBe(reason);

    const ac2 = new AbortController();
    const t0 = Date.now();
    setTimeout(() => ac2.abort(reason), 30);
    expect(await t(`${base}/stall-headers`, headers(), ac2.signal, noop).catch((e) => e)).toBe(reason);
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('a refused connection is a network error carrying the socket code', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const err = (await nodeTransport(`http://127.0.0.1:${port}/`, headers(), new AbortController().signal, noop).catch(
      (e) => e,
    )) as TypeError & { cause?: { code?: string } };
    expect(err).toBeInstanceOf(TypeError);
    expect(err.cause?.code).toBe('ECONNREFUSED');
  });

  it('tells "sent" once the request has left, while the answer is still held', async () => {
    let sentAt: number | null = null;
    const pending = nodeTransport(`${base}/hold`, headers(), new AbortController().signal, () => {
      sentAt = Date.now();
    });
    for (let i = 0; i < 100 && held.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(held.length).toBe(1);
    expect(sentAt).not.toBeNull();
    held.shift()?.();
    const res = await pending;
    expect((await res.read(1000, 'GET /x', { bytes: 0 })).toString()).toBe('{"held":true}');
  });

  it('resends once, on a new connection, a request whose reused keep-alive socket the server had closed', async () => {
    const sockets = new Set<unknown>();
    let served = 0;
    let dropped = 0;
    // answers the first request of a connection; drops the connection at its second one
    const flaky = http.createServer((req, res) => {
      if (sockets.has(req.socket)) {
        dropped++;
        return void req.socket.destroy();
      }
      sockets.add(req.socket);
      served++;
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
    });
    await new Promise<void>((r) => flaky.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(flaky.address() as AddressInfo).port}/x`;
    try {
      // 1 opens a pooled connection; 2 reuses it, is dropped, resent on a connection of its own;
      // 3 opens a new pooled connection; 4 reuses that one and is dropped and resent the same way
      for (let i = 0; i < 4; i++) {
        const res = await nodeTransport(url, headers(), new AbortController().signal, noop);
        expect((await res.read(1000, 'GET /x', { bytes: 0 })).toString()).toBe('{"ok":true}');
      }
      expect(served).toBe(4);
      expect(dropped).toBe(2);
    } finally {
      flaky.closeAllConnections();
      await new Promise((r) => flaky.close(r));
    }
  });

  it('a connection dropped without an answer fails the request: no resend loop', async () => {
    let seen = 0;
    const rude = http.createServer((req) => {
      seen++;
      req.socket.destroy();
    });
    await new Promise<void>((r) => rude.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(rude.address() as AddressInfo).port}/x`;
    try {
      const err = (await nodeTransport(url, headers(), new AbortController().signal, noop).catch((e) => e)) as TypeError & {
        cause?: { code?: string };
      };
      expect(err).toBeInstanceOf(TypeError);
      expect(err.cause?.code).toBe('ECONNRESET');
      expect(seen).toBe(1);
    } finally {
      await new Promise((r) => rude.close(r));
    }
  });
});
