/**
 * Hostile and broken route files: each yields the reference's failure status for its event and
 * never stops the run (nothing expanded, nothing read from disk, sizes capped).
 */
import { describe, it, expect } from '@jest/globals';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRouteFile, routeSummaryFromDownload } from '../../src/derive/terrain/route-file.js';
import { MAX_ROUTE_TRACKPOINTS } from '../../src/derive/terrain/gpx.js';
import { generateRoutes } from '../../src/derive/terrain/index.js';
import { IntervalsClient } from '../../src/fetch/client.js';
import { IntervalsApi } from '../../src/fetch/intervals-api.js';
import { emptySkipped } from '../../src/fetch/schemas.js';
import { MAX_ATTACHMENT_BYTES } from '../../src/snapshot/collect.js';
import { buf, ctx, gpx, METRIC, northTrack } from './fixtures.js';

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<gpx xmlns="http://www.topografix.com/GPX/1/1"><trk><name>&lol9;</name><trkseg>
<trkpt lat="45.0" lon="7.0"><ele>100</ele></trkpt>
<trkpt lat="45.01" lon="7.0"><ele>&lol9;</ele></trkpt>
</trkseg></trk></gpx>`;

function errorOf(r: unknown): string {
  expect(r).not.toBeNull();
  const e = (r as { error?: unknown }).error;
  expect(typeof e).toBe('string');
  return e as string;
}

describe('hostile route files', () => {
  it('billion laughs: no expansion, a GPX parse error, quickly', () => {
    const t0 = Date.now();
    const r = parseRouteFile(buf(BILLION_LAUGHS), 'lol.gpx', METRIC);
    const err = errorOf(r);
    expect(err.startsWith('GPX parse error: ')).toBe(true);
    expect(err).toContain('undefined entity &lol9;');
    expect(err.length).toBeLessThan(150);
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('external entity pointing at a local file: never read, a GPX parse error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'h8-xxe-'));
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, 'TOP-SECRET-CANARY 52.5');
    try {
      const doc = gpx(northTrack([{ m: 2000, grade: 1 }]), {
        doctype: `<!DOCTYPE gpx [<!ENTITY xxe SYSTEM "file://${secret}">]>`,
        name: '&xxe;',
      });
      const r = parseRouteFile(buf(doc), 'xxe.gpx', METRIC);
      const err = errorOf(r);
      expect(err).toMatch(/^GPX parse error: undefined entity &xxe;: line \d+, column \d+$/);
      expect(JSON.stringify(r)).not.toContain('TOP-SECRET');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an entity declared but never referenced does not spoil a good file', () => {
    const doc = gpx(northTrack([{ m: 2000, grade: 1 }]), { doctype: '<!DOCTYPE gpx [<!ENTITY unused "x">]>' });
    const r = parseRouteFile(buf(doc), 'ok.gpx', METRIC) as Record<string, unknown>;
    expect(r.error).toBeUndefined();
    expect(r.total_distance_km).toBe(2.0);
  });

  it('malformed XML: the reference error strings, per format', () => {
    const good = gpx(northTrack([{ m: 1000, grade: 0 }]));
    const truncated = good.slice(0, Math.floor(good.length / 2));
    expect(errorOf(parseRouteFile(buf(truncated), 'cut.gpx', METRIC))).toMatch(/^GPX parse error: /);
    const mismatched = good.replace('</trkseg>', '</trk>');
    expect(errorOf(parseRouteFile(buf(mismatched), 'bad.gpx', METRIC))).toMatch(/^GPX parse error: mismatched tag: line \d+, column \d+$/);
    const badTcx = '<?xml version="1.0"?>\n<TrainingCenterDatabase><Courses><Course></Courses></TrainingCenterDatabase>';
    expect(errorOf(parseRouteFile(buf(badTcx), 'bad.tcx', METRIC))).toMatch(/^TCX parse error: mismatched tag/);
    const junk = good + '<gpx/>';
    expect(errorOf(parseRouteFile(buf(junk), 'junk.gpx', METRIC))).toMatch(/^GPX parse error: junk after document element/);
    // invalid UTF-8 in an element
    const bytes = Buffer.concat([buf(good.slice(0, 200)), Buffer.from([0xff, 0xfe, 0xfd]), buf(good.slice(200))]);
    expect(errorOf(parseRouteFile(bytes, 'enc.gpx', METRIC))).toMatch(/^GPX parse error: not well-formed \(invalid token\)/);
  });

  it('unparseable coordinates: a GPX parse error instead of the reference crash', () => {
    const doc = gpx(northTrack([{ m: 1000, grade: 0 }])).replace(/lat="[^"]+"/, 'lat="north"');
    expect(errorOf(parseRouteFile(buf(doc), 'x.gpx', METRIC))).toBe("GPX parse error: could not convert string to float: 'north'");
  });

  it('too many trackpoints: refused before any analysis', () => {
    const line = '<trkpt lat="45.0" lon="7.0"/>';
    const doc = `<gpx xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>${line.repeat(MAX_ROUTE_TRACKPOINTS + 1)}</trkseg></trk></gpx>`;
    const t0 = Date.now();
    expect(errorOf(parseRouteFile(buf(doc), 'big.gpx', METRIC))).toBe(`too many trackpoints (more than ${MAX_ROUTE_TRACKPOINTS})`);
    expect(Date.now() - t0).toBeLessThan(20000);
  });

  it('deep nesting does not exhaust the stack', () => {
    const depth = 20000;
    const doc = `<gpx>${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}<trk><trkseg><trkpt lat="1" lon="1"/></trkseg></trk></gpx>`;
    const r = parseRouteFile(buf(doc), 'deep.gpx', METRIC);
    // either the parser refuses it or it reads it: never a throw
    expect(typeof errorOf(r)).toBe('string');
  });
});

describe('download size cap', () => {
  const FIFTY_MB = 50 * 1024 * 1024;

  function streamingResponse(total: number, withLength: boolean): Response {
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= total) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const headers: Record<string, string> = { 'Content-Type': 'application/gpx+xml' };
    if (withLength) headers['Content-Length'] = String(total);
    return new Response(body, { status: 200, headers });
  }

  for (const withLength of [true, false]) {
    it(`a 50 MB attachment (${withLength ? 'declared' : 'streamed without Content-Length'}) is cut off and the event gets a download failure`, async () => {
      let streamed = 0;
      const fakeFetch = (async (input: RequestInfo | URL) => {
        const url = String(input instanceof Request ? input.url : input);
        if (url.endsWith('/big.gpx')) {
          const res = streamingResponse(FIFTY_MB, withLength);
          const reader = res.body!.getReader();
          const counted = new ReadableStream<Uint8Array>({
            async pull(c) {
              const { done, value } = await reader.read();
              if (done) return c.close();
              streamed += value.length;
              c.enqueue(value);
            },
            cancel: () => reader.cancel(),
          });
          return new Response(counted, { status: 200, headers: res.headers });
        }
        return new Response(gpx(northTrack([{ m: 3000, grade: 2 }])), { status: 200 });
      }) as typeof fetch;
      const client = new IntervalsClient({ baseUrl: 'http://127.0.0.1:9/api/v1', apiKey: 'k', fetch: fakeFetch, retries: 0 });
      const api = new IntervalsApi(client, 'i1', emptySkipped());
      const big = await api.attachment('http://127.0.0.1:9/attachments/big.gpx', MAX_ATTACHMENT_BYTES);
      const small = await api.attachment('http://127.0.0.1:9/attachments/small.gpx', MAX_ATTACHMENT_BYTES);
      expect(big.ok).toBe(false);
      expect(streamed).toBeLessThanOrEqual(MAX_ATTACHMENT_BYTES + 2 * 1024 * 1024);
      expect(small.ok).toBe(true);

      const events = [
        {
          id: 1,
          name: 'Big',
          start_date_local: '2025-06-12T00:00:00',
          category: 'WORKOUT',
          attachments: [{ id: 'a1', filename: 'big.gpx', url: 'http://127.0.0.1:9/attachments/big.gpx' }],
        },
        {
          id: 2,
          name: 'Small',
          start_date_local: '2025-06-13T09:30:00',
          category: 'RACE_A',
          attachments: [{ id: 'a2', filename: 'small.gpx', url: 'http://127.0.0.1:9/attachments/small.gpx' }],
        },
      ];
      const res = generateRoutes(ctx(), {
        events,
        previousRoutes: null,
        attachments: { [events[0].attachments[0].url]: big, [events[1].attachments[0].url]: small },
        units: METRIC,
      });
      const entries = res.routesData!.events as Array<Record<string, any>>;
      expect(entries).toHaveLength(2);
      expect(entries[0].terrain_summary.error).toMatch(/^download failed: .*larger than/);
      expect(entries[1].terrain_summary.total_distance_km).toBe(3.0);
      expect(entries[1].start_time).toBe('09:30');
      expect('start_time' in entries[0]).toBe(false);
    });
  }

  it('HTTP errors and short bodies keep the reference strings', () => {
    const notFound = {
      ok: false as const,
      error: Object.assign(new Error('x'), { endpoint: 'GET attachment', status: 404, kind: 'http', retryAfterRaw: null }),
    };
    expect(routeSummaryFromDownload(notFound as never, 'a.gpx', METRIC)).toEqual({ error: 'download failed (HTTP 404)' });
    expect(routeSummaryFromDownload({ ok: true, data: buf('<gpx/>'), status: 200 }, 'a.gpx', METRIC)).toEqual({
      error: 'empty or invalid file',
    });
  });
});
