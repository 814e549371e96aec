/**
 * The moment a request has left this process: Node's fetch (undici) publishes
 * `undici:client:sendHeaders` on a diagnostics channel when a request's headers are written to
 * its socket. Once that happened, a later request on the same path reaches the server after it,
 * so same-path reads can overlap their round trips and still arrive in the order they were asked
 * for (see PathOrder).
 *
 * A fetch that publishes nothing (a test's own fetch, another runtime) simply never calls back:
 * callers also release at the end of the attempt, which is the sequential order.
 */
import diagnostics from 'node:diagnostics_channel';

/** origin + path + query → callbacks waiting for that request to be sent */
const waiting = new Map<string, Set<() => void>>();
let subscribed = false;

function keyOf(origin: unknown, path: unknown): string {
  return `${String(origin)}${String(path)}`;
}

function onSendHeaders(message: unknown): void {
  const request = (message as { request?: { origin?: unknown; path?: unknown } } | null)?.request;
  if (!request) return;
  const key = keyOf(request.origin, request.path);
  const callbacks = waiting.get(key);
  if (!callbacks) return;
  waiting.delete(key);
  for (const f of callbacks) f();
}

/**
 * Calls `f` once the next request to `url` has been written to its socket. Returns a cancel
 * function (call it when the attempt ends either way).
 */
export function onceSent(url: string, f: () => void): () => void {
  if (!subscribed) {
    diagnostics.subscribe('undici:client:sendHeaders', onSendHeaders);
    subscribed = true;
  }
  const u = new URL(url);
  const key = keyOf(u.origin, u.pathname + u.search);
  let callbacks = waiting.get(key);
  if (!callbacks) waiting.set(key, (callbacks = new Set()));
  callbacks.add(f);
  return () => {
    const set = waiting.get(key);
    if (!set) return;
    set.delete(f);
    if (set.size === 0) waiting.delete(key);
  };
}
