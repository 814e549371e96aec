/**
 * Reading one response body under the request's deadline and a cap on DECODED bytes.
 *
 * fetch inflates gzip/deflate/br transparently, so the bytes counted here are the bytes the run
 * would hold in memory: a small compressed body that inflates without bound (a "gzip bomb") and a
 * body whose Content-Length lies are both stopped as soon as the count passes the cap, without
 * ever building the whole body. A declared Content-Length above the cap fails before reading.
 */
import { IntervalsError } from './errors.js';

/** Bytes as a short human figure for messages: 20 MB, 512 KB, 300 bytes. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MB`;
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

export function tooLarge(endpoint: string, cap: number, status: number): IntervalsError {
  return new IntervalsError(
    `${endpoint}: response larger than ${formatBytes(cap)} (stopped reading)`,
    endpoint,
    status,
    'malformed',
    null,
    'too_large',
  );
}

/** Rejects as soon as `signal` aborts (with its reason), whatever the awaited promise does. */
export function untilAborted<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/** A counter the caller keeps, so a failed read still reports how much arrived. */
export interface ByteCount {
  bytes: number;
}

/**
 * The whole body as one Buffer, or an IntervalsError('too_large') once more than `cap` decoded
 * bytes arrived. The read is abandoned (and the stream cancelled) the moment `signal` aborts.
 */
export async function readBodyCapped(res: Response, cap: number, endpoint: string, signal: AbortSignal, count: ByteCount): Promise<Buffer> {
  const declared = Number(res.headers.get('Content-Length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > cap) {
    await res.body?.cancel().catch(() => undefined);
    throw tooLarge(endpoint, cap, res.status);
  }
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  const chunks: Buffer[] = [];
  try {
    for (;;) {
      const { done, value } = await untilAborted(reader.read(), signal);
      if (done) break;
      count.bytes += value.byteLength;
      if (count.bytes > cap) throw tooLarge(endpoint, cap, res.status);
      chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
    }
  } catch (e) {
    reader.cancel().catch(() => undefined);
    throw e;
  }
  return Buffer.concat(chunks);
}

/** Discard a body we will not read (an error status, a redirect) without waiting for it. */
export function discardBody(res: Response): void {
  res.body?.cancel().catch(() => undefined);
}
