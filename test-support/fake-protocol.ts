/**
 * A fake raw.githubusercontent.com for Section 11's protocol files, on 127.0.0.1: it serves
 * /<prefix>/manifest.json (built from the files it holds, as Section 11 generates it) and
 * /<prefix>/<path>, logs every request, and has hooks for the failures the sync must survive:
 * a manifest that is missing or slow, a download whose bytes differ from the manifest's hash,
 * and redirects.
 */
import http from 'node:http';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';

export interface FakeProtocol {
  /** the manifest's URL */
  manifestUrl: string;
  origin: string;
  /** paths requested, in order (without the prefix) */
  requests: string[];
  /** sets a file and its manifest hash */
  setFile(path: string, text: string): void;
  /** serves `text` for `path` while the manifest keeps the hash of the real file */
  tamper(path: string, text: string): void;
  /** HTTP status of the manifest (200 = served) */
  manifestStatus: number;
  /** delay before answering the manifest, in ms */
  manifestDelayMs: number;
  /** path → absolute or relative URL to redirect to with 302 */
  redirects: Map<string, string>;
  close(): Promise<void>;
}

const PREFIX = '/CrankAddict/section-11/main';

export async function startFakeProtocol(initial: Record<string, string> = {}): Promise<FakeProtocol> {
  const files = new Map<string, string>(Object.entries(initial));
  const served = new Map<string, string>();
  const timers = new Set<NodeJS.Timeout>();
  const manifest = () => {
    const entries: Record<string, { hash: string }> = {};
    for (const p of [...files.keys()].sort()) entries[p] = { hash: createHash('sha256').update(files.get(p)!, 'utf8').digest('hex') };
    return `${JSON.stringify({ scope: 'All tracked files in the Section 11 repository.', files: entries }, null, 2)}\n`;
  };
  const state: Omit<FakeProtocol, 'manifestUrl' | 'origin' | 'close'> = {
    requests: [],
    setFile: (p, text) => {
      files.set(p, text);
      served.delete(p);
    },
    tamper: (p, text) => {
      served.set(p, text);
    },
    manifestStatus: 200,
    manifestDelayMs: 0,
    redirects: new Map(),
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const rel = decodeURIComponent(url.pathname.startsWith(`${PREFIX}/`) ? url.pathname.slice(PREFIX.length + 1) : url.pathname);
    state.requests.push(rel);
    const redirect = state.redirects.get(rel);
    if (redirect) {
      res.writeHead(302, { location: redirect }).end();
      return;
    }
    if (rel === 'manifest.json') {
      const send = () => {
        if (res.destroyed) return;
        if (fp.manifestStatus !== 200) res.writeHead(fp.manifestStatus).end('no');
        else res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(manifest());
      };
      if (fp.manifestDelayMs > 0) {
        const t = setTimeout(() => {
          timers.delete(t);
          send();
        }, fp.manifestDelayMs);
        timers.add(t);
      } else send();
      return;
    }
    const text = served.get(rel) ?? files.get(rel);
    if (text === undefined) {
      res.writeHead(404).end('404: Not Found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(Buffer.from(text, 'utf8'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const fp: FakeProtocol = Object.assign(state, {
    manifestUrl: `${origin}${PREFIX}/manifest.json`,
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  }) as FakeProtocol;
  return fp;
}
