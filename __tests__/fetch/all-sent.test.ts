/**
 * A run holds the event loop while it derives; the reads it still has out must have left the
 * process by then, connections opened included. The server runs in another process, so a client
 * that holds its own event loop cannot hold the server's too: when a request reached it tells
 * whether the request left before the hold or only after it.
 */
import { describe, it, expect, afterAll, beforeAll } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { IntervalsClient } from '../../src/fetch/client.js';

const SERVER = `
const http = require('node:http');
const server = http.createServer((req, res) => {
  const at = Date.now();
  setTimeout(() => { res.writeHead(200, { 'Content-Type': 'application/json' }); res.end(JSON.stringify({ at })); }, 100);
});
server.listen(0, '127.0.0.1', () => process.stdout.write(String(server.address().port) + '\\n'));
`;

let child: ChildProcess;
let base: string;
beforeAll(async () => {
  child = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve) => child.stdout!.once('data', (d: Buffer) => resolve(d.toString().trim())));
  base = `http://127.0.0.1:${port}/api/v1`;
});
afterAll(() => {
  child.kill();
});

/** holds this process's event loop for `ms` */
function hold(ms: number): void {
  const end = Date.now() + ms;
  while (Date.now() < end);
}

describe('allSent', () => {
  it('every read asked for has reached the server before a hold that follows it begins', async () => {
    // more reads than slots: the last ones go out as the first answers free theirs, each on a
    // connection of its own (the earlier ones are still busy or not yet back in the pool)
    const client = new IntervalsClient({ baseUrl: base, apiKey: 'k', concurrency: 4 });
    const reads = Array.from({ length: 10 }, (_, i) => client.get<{ at: number }>(`activity/${i}/messages`, { endpoint: 'GET /messages' }));
    await client.allSent();
    const heldFrom = Date.now();
    hold(300);
    const arrivals = (await Promise.all(reads)).map((r) => r.at);
    for (const at of arrivals) expect(at).toBeLessThan(heldFrom + 50);
  }, 20_000);
});
