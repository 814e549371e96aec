/**
 * Request pacing: the per-host token bucket lets a burst through at once and then holds the
 * sustained rate (in the order asked), the semaphore bounds the requests in flight, and the
 * client applies both over real HTTP.
 */
import { describe, it, expect, afterAll, beforeAll } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PathOrder, Semaphore, TokenBucket } from '../../src/fetch/pacing.js';
import { IntervalsClient } from '../../src/fetch/client.js';

describe('TokenBucket', () => {
  it('serves the burst at once, then one token per 1/rate, first come first served', async () => {
    const t0 = performance.now();
    const bucket = new TokenBucket(40, 3); // 25 ms a token after the first 3
    const done: Array<[number, number]> = [];
    await Promise.all(Array.from({ length: 7 }, (_, i) => bucket.take().then(() => done.push([i, performance.now() - t0]))));
    expect(done.map(([i]) => i)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    for (const [i, ms] of done.slice(0, 3)) expect({ i, early: ms < 20 }).toEqual({ i, early: true });
    // the 7th token is the 4th after the burst: 4 × 25 ms
    expect(done[6][1]).toBeGreaterThanOrEqual(95);
  });

  it('refills while idle, never above the burst', async () => {
    let now = 0;
    const bucket = new TokenBucket(10, 2, () => now);
    await bucket.take();
    await bucket.take();
    now += 10_000; // long idle: still only 2 tokens
    await bucket.take();
    await bucket.take();
    let third = false;
    const p = bucket.take().then(() => {
      third = true;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(third).toBe(false);
    now += 100; // one token's worth (and the timer fires on real time)
    await p;
    expect(third).toBe(true);
  });
});

describe('Semaphore and PathOrder', () => {
  it('a free slot goes to the task asked for first, never more than the limit at once', async () => {
    const sem = new Semaphore(2);
    let active = 0;
    let peak = 0;
    const started: number[] = [];
    const task = (seq: number) =>
      sem.run(seq, async () => {
        started.push(seq);
        peak = Math.max(peak, ++active);
        await new Promise((r) => setTimeout(r, 10));
        active--;
      });
    // asked as 0, 1, then 5 and 3 arrive out of order: 3 is served before 5
    await Promise.all([task(0), task(1), task(5), task(3), task(4)]);
    expect(started).toEqual([0, 1, 3, 4, 5]);
    expect(peak).toBe(2);
  });

  it('same-path requests start once the previous one was sent, or settled (a failure too); other paths do not wait', async () => {
    const order = new PathOrder();
    const events: string[] = [];
    const job =
      (name: string, ms: number, o: { fail?: boolean; sentAfterMs?: number } = {}) =>
      async (sent: () => void) => {
        events.push(`start ${name}`);
        if (o.sentAfterMs !== undefined) {
          await new Promise((r) => setTimeout(r, o.sentAfterMs));
          events.push(`sent ${name}`);
          sent();
        }
        await new Promise((r) => setTimeout(r, ms));
        events.push(`end ${name}`);
        if (o.fail) throw new Error(name);
      };
    // a: never reports sending, fails: b waits for its end
    const a = order.after('http://h/api/wellness?oldest=1', job('a', 30, { fail: true }));
    // b: reports sending after 5 ms: c starts then, long before b ends
    const b = order.after('http://h/api/wellness?oldest=2', job('b', 40, { sentAfterMs: 5 }));
    const c = order.after('http://h/api/wellness?oldest=3', job('c', 5));
    const d = order.after('http://h/api/events', job('d', 5));
    await Promise.allSettled([a, b, c, d]);
    expect(events.indexOf('start b')).toBeGreaterThan(events.indexOf('end a'));
    expect(events.indexOf('start c')).toBeGreaterThan(events.indexOf('sent b'));
    expect(events.indexOf('start c')).toBeLessThan(events.indexOf('end b'));
    expect(events.indexOf('start d')).toBeLessThan(events.indexOf('end a'));
  });
});

describe('same-path requests over real HTTP', () => {
  let server: http.Server;
  let base: string;
  const arrived: string[] = [];
  let inFlight = 0;
  let peak = 0;
  beforeAll(async () => {
    // answers after 150 ms; records the order requests reached it
    server = http.createServer((req, res) => {
      arrived.push(req.url ?? '');
      inFlight++;
      peak = Math.max(peak, inFlight);
      setTimeout(() => {
        inFlight--;
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ url: req.url }));
      }, 150);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
  });

  it('reach the server in the order asked while their round trips overlap', async () => {
    const client = new IntervalsClient({ baseUrl: base, apiKey: 'k' });
    const t0 = performance.now();
    const queries = ['a', 'b', 'c', 'd', 'e'];
    await Promise.all(queries.map((q) => client.get('athlete/1/wellness', { endpoint: 'GET /wellness', query: { q } })));
    const ms = performance.now() - t0;
    expect(arrived).toEqual(queries.map((q) => `/api/v1/athlete/1/wellness?q=${q}`));
    // one after the other would take 5 × 150 ms
    expect(peak).toBeGreaterThan(1);
    expect(ms).toBeLessThan(600);
  });

  it('with the default settings, never more than 10 requests are open at once, chains included', async () => {
    const client = new IntervalsClient({ baseUrl: base, apiKey: 'k' });
    peak = 0;
    // a dozen message-like reads on their own paths, and same-path chains asked among them
    const reads = [
      ...Array.from({ length: 12 }, (_, i) => client.get(`activity/${i}/messages`, { endpoint: 'GET /messages' })),
      ...['a', 'b', 'c'].map((q) => client.get('athlete/1/hr-curves', { endpoint: 'GET /hr-curves', query: { q } })),
      ...['a', 'b', 'c'].map((q) => client.get('athlete/1/power-curves', { endpoint: 'GET /power-curves', query: { q } })),
    ];
    await Promise.all(reads);
    expect(peak).toBe(10);
  });

  it('allSent resolves once no request waits for a slot', async () => {
    const client = new IntervalsClient({ baseUrl: base, apiKey: 'k', concurrency: 1 });
    await client.allSent(); // nothing asked: at once
    const done: string[] = [];
    const all = ['a', 'b', 'c'].map((q) =>
      client.get(`athlete/1/p${q}`, { endpoint: 'GET /p' }).then(() => {
        done.push(q);
      }),
    );
    const t0 = performance.now();
    await client.allSent();
    // one slot: the third went out only when the first two had been answered
    expect(done).not.toContain('c');
    expect(performance.now() - t0).toBeGreaterThanOrEqual(2 * 150 - 5);
    await Promise.all(all);
    expect(done).toEqual(['a', 'b', 'c']);
  });

  it('a read asked late on a reserved place takes the next free slot before the reads asked after the reservation', async () => {
    arrived.length = 0;
    const client = new IntervalsClient({ baseUrl: base, apiKey: 'k', concurrency: 1 });
    const read = (name: string, place?: ReturnType<IntervalsClient['reservePlace']>) =>
      client.get(`athlete/1/${name}`, { endpoint: 'GET /x', place });
    const a = read('a');
    const place = client.reservePlace();
    const later = [read('b'), read('c'), read('e')];
    // asked once the first answer is in, as a read planned from it would be: the slot that answer
    // freed has gone to b meanwhile, the next one is d's
    const d = a.then(() => read('d', place));
    await Promise.all([a, d, ...later]);
    expect(arrived).toEqual(['a', 'b', 'd', 'c', 'e'].map((n) => `/api/v1/athlete/1/${n}`));
  });

  it('allSent does not wait for a read that waits for a token of the rate limit', async () => {
    // a burst of 2, then one token per 500 ms: the third read waits for its token
    const client = new IntervalsClient({ baseUrl: base, apiKey: 'k', rateBurst: 2, ratePerSecond: 2 });
    const reads = ['a', 'b', 'c'].map((q) => client.get(`athlete/1/r${q}`, { endpoint: 'GET /r' }));
    const t0 = performance.now();
    await client.allSent();
    expect(performance.now() - t0).toBeLessThan(150);
    await Promise.all(reads);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(450);
  });

  it('when the sending cannot be observed, each waits for the previous answer', async () => {
    arrived.length = 0;
    // a fetch of its own that goes out under another URL: nothing reports this request as sent
    const proxied: typeof fetch = (input, init) => globalThis.fetch(`${String(input)}&via=proxy`, init);
    const client = new IntervalsClient({ baseUrl: base, apiKey: 'k', fetch: proxied });
    const t0 = performance.now();
    const queries = ['x', 'y', 'z'];
    await Promise.all(queries.map((q) => client.get('athlete/1/wellness', { endpoint: 'GET /wellness', query: { q } })));
    expect(arrived).toEqual(queries.map((q) => `/api/v1/athlete/1/wellness?q=${q}&via=proxy`));
    expect(performance.now() - t0).toBeGreaterThanOrEqual(3 * 150 - 5);
  });
});

describe('the client paces its requests per host', () => {
  let server: http.Server;
  let base: string;
  const arrivals: number[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      arrivals.push(performance.now());
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ url: req.url }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
  });

  it('a burst of 2 then 20 per second: the 6th request goes out 4 × 50 ms after the start', async () => {
    const t0 = performance.now();
    const client = new IntervalsClient({ baseUrl: base, apiKey: 'k', ratePerSecond: 20, rateBurst: 2 });
    arrivals.length = 0;
    const got = await Promise.all(Array.from({ length: 6 }, (_, i) => client.get<{ url: string }>(`r/${i}`, { endpoint: 'GET /r' })));
    expect(got.map((g) => g.url)).toEqual([0, 1, 2, 3, 4, 5].map((i) => `/api/v1/r/${i}`));
    expect(arrivals).toHaveLength(6);
    expect(arrivals[1] - t0).toBeLessThan(150);
    expect(arrivals[5] - t0).toBeGreaterThanOrEqual(195);
  });

  it('the default bucket lets a whole normal run through without waiting', async () => {
    const client = new IntervalsClient({ baseUrl: base, apiKey: 'k' });
    arrivals.length = 0;
    const t0 = performance.now();
    await Promise.all(Array.from({ length: 55 }, (_, i) => client.get(`n/${i}`, { endpoint: 'GET /n' })));
    expect(arrivals).toHaveLength(55);
    // 55 requests (a first run) at the sustained 10/s alone would need 5.4 s
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
