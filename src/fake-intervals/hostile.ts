/**
 * The fake Intervals.icu server's hostile answers: what a broken proxy, an overloaded server or a
 * malicious host can send, for tests of the client's deadlines and body caps.
 *   stallAfterBytes  headers (with the full Content-Length) and a few bytes, then silence
 *   hugeBodyBytes    a valid JSON array of that many bytes, streamed with back-pressure
 *   gzipBombBytes    a small gzip body (concatenated members) inflating to that many bytes
 *   contentLength    a declared length that is not the body's, written on the raw socket;
 *                    -1 sends no length at all (the body ends when the connection closes)
 */
import type http from 'node:http';
import zlib from 'node:zlib';

export interface HostileFault {
  status: number;
  headers?: Record<string, string>;
  stallAfterBytes?: number;
  hugeBodyBytes?: number;
  gzipBombBytes?: number;
  contentLength?: number;
}

const MEMBER_BYTES = 16 * 1024 * 1024;
let spacesMember: Buffer | null = null;

/** gzip of `[`, n-2 spaces and `]` as concatenated gzip members (a valid multi-member gzip stream). */
export function gzipBomb(n: number): Buffer {
  spacesMember ??= zlib.gzipSync(Buffer.alloc(MEMBER_BYTES, 0x20), { level: 9 });
  const parts: Buffer[] = [zlib.gzipSync('[')];
  let left = Math.max(0, n - 2);
  while (left >= MEMBER_BYTES) {
    parts.push(spacesMember);
    left -= MEMBER_BYTES;
  }
  if (left > 0) parts.push(zlib.gzipSync(Buffer.alloc(left, 0x20)));
  parts.push(zlib.gzipSync(']'));
  return Buffer.concat(parts);
}

function jsonHeaders(extra: Record<string, string> | undefined): Record<string, string> {
  return { 'Content-Type': 'application/json; charset=utf-8', ...(extra ?? {}) };
}

/** Stream `[0,0,…,0]` of exactly `n` bytes (n >= 3), respecting back-pressure, until the peer goes. */
function streamHuge(res: http.ServerResponse, n: number): void {
  const chunk = Buffer.from('0,'.repeat(32 * 1024));
  let left = n - 3; // between '[' and the closing '0]'
  res.write('[');
  const pump = () => {
    while (!res.destroyed && left >= 2) {
      const piece = left >= chunk.length ? chunk : chunk.subarray(0, left - (left % 2));
      left -= piece.length;
      if (!res.write(piece)) {
        res.once('drain', pump);
        return;
      }
    }
    if (res.destroyed) return;
    res.end(left === 1 ? ' 0]' : '0]');
  };
  pump();
}

/** Answer `reply` the hostile way its fault asks for; false when the fault asks for nothing hostile. */
export function sendHostile(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  reply: { status: number; payload: () => Buffer | string },
  f: HostileFault,
): boolean {
  const wanted = f.stallAfterBytes !== undefined || f.hugeBodyBytes !== undefined || f.gzipBombBytes !== undefined;
  if (!wanted && f.contentLength === undefined) return false;
  let body: Buffer | null = null;
  const headers = jsonHeaders(f.headers);
  if (f.gzipBombBytes !== undefined) {
    body = gzipBomb(f.gzipBombBytes);
    headers['Content-Encoding'] = 'gzip';
  } else if (f.hugeBodyBytes === undefined) {
    const p = reply.payload();
    body = Buffer.isBuffer(p) ? p : Buffer.from(p);
  }

  if (f.contentLength !== undefined) {
    // the raw socket: node's own writer refuses a body that contradicts its Content-Length
    const head = [`HTTP/1.1 ${reply.status} Hostile`, 'Connection: close'];
    if (f.contentLength >= 0) head.push(`Content-Length: ${f.contentLength}`);
    for (const [k, v] of Object.entries(headers)) head.push(`${k}: ${v}`);
    const sock = req.socket;
    sock.write(`${head.join('\r\n')}\r\n\r\n`);
    if (body) sock.end(body);
    else {
      // a huge body without a (true) length: streamed until the peer gives up
      const chunk = Buffer.from('0,'.repeat(32 * 1024));
      let left = Math.max(0, (f.hugeBodyBytes ?? 0) - 2);
      sock.write('[');
      const pump = () => {
        while (!sock.destroyed && left > chunk.length) {
          left -= chunk.length;
          if (!sock.write(chunk)) return void sock.once('drain', pump);
        }
        if (!sock.destroyed) sock.end('0]');
      };
      sock.on('error', () => undefined);
      pump();
    }
    return true;
  }
  if (f.stallAfterBytes !== undefined) {
    const full = body ?? Buffer.from('[]');
    res.writeHead(reply.status, { ...headers, 'Content-Length': String(full.length) });
    res.write(full.subarray(0, Math.min(f.stallAfterBytes, full.length - 1)));
    return true; // …and nothing more until the connection is closed
  }
  if (f.hugeBodyBytes !== undefined) {
    res.writeHead(reply.status, { ...headers, 'Content-Length': String(Math.max(3, f.hugeBodyBytes)) });
    streamHuge(res, Math.max(3, f.hugeBodyBytes));
    return true;
  }
  res.writeHead(reply.status, { ...headers, 'Content-Length': String(body!.length) });
  res.end(body);
  return true;
}
