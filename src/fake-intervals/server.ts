/**
 * The project's own fake Intervals.icu API (node:http, 127.0.0.1 only). It serves a synthetic
 * athlete dataset with Intervals.icu's semantics — Basic auth `API_KEY:<key>`, activities newest
 * first filtered on the date of start_date_local, wellness by id, events filtered on their START
 * date, power/HR curves as maxima over activities, interval details, streams, messages and
 * attachments — frozen at a given time. It backs `npm run demo`, the tests and the benchmark.
 *
 * Dataset folder: scenario.json, athlete.json, activities.json, wellness.json, events.json,
 * curves.json, details/{id}.json, streams/{id}.json, messages/{id}.json, attachments/, errors.json.
 * A record may carry `_rig: {visible_from, patches: [{from, set}]}`: hidden before visible_from,
 * patched (shallow) by every patch whose `from` <= now.
 *
 * Faults (errors.json rules, or `addFault` from tests) are matched before routing:
 * {path | path_regex, method?, query?, status, headers?, body?, rawBody?, delayMs?, times?, from?, until?}
 * plus the hostile-server hooks (see `Fault`): a body that stalls after its headers, a huge
 * streamed body, a gzip bomb, a lying Content-Length, and a body echoing the request.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { sendHostile } from './hostile.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Fault {
  path?: string;
  path_regex?: string;
  method?: string;
  query?: Record<string, string>;
  status: number;
  headers?: Record<string, string>;
  body?: Json;
  /** sent verbatim (e.g. malformed JSON) */
  rawBody?: string;
  /** wait before answering (timeouts) */
  delayMs?: number;
  times?: number;
  runs?: number[];
  /** send the headers (and this many bytes of the body), then never finish the body */
  stallAfterBytes?: number;
  /** stream a JSON array of this many bytes (never held in memory whole) */
  hugeBodyBytes?: number;
  /** send a gzip body (Content-Encoding: gzip) that inflates to this many bytes of JSON */
  gzipBombBytes?: number;
  /** declare this Content-Length whatever the body's real length (raw socket); -1: none, the body ends at close */
  contentLength?: number;
  /** answer with a JSON body echoing the request: URL, query and every header (Authorization too) */
  echoRequest?: boolean;
  from?: string;
  until?: string;
}

export interface FakeIntervalsOptions {
  dataset: string;
  /** frozen UTC time 'YYYY-MM-DDTHH:MM:SS'; default: the scenario's first run */
  now?: string;
  apiKey?: string;
  athleteId?: string;
  latencyMs?: number;
  port?: number;
  /** run number for errors.json `runs` filters */
  run?: number;
  /** read errors.json from the dataset (default true) */
  datasetFaults?: boolean;
}

export interface FakeIntervals {
  url: string;
  apiBase: string;
  apiKey: string;
  athleteId: string;
  /** "METHOD PATH?QUERY STATUS" per request */
  log: string[];
  setNow(iso: string): void;
  addFault(f: Fault): void;
  clearFaults(): void;
  /** replace fields of the athlete record (e.g. present-but-null lists) */
  patchAthlete(set: Record<string, Json>): void;
  close(): Promise<void>;
}

function readJson(dir: string, rel: string, dflt: Json): Json {
  const p = path.join(dir, rel);
  if (!fs.existsSync(p)) return dflt;
  return JSON.parse(fs.readFileSync(p, 'utf8'));
}

export async function startFakeIntervals(opts: FakeIntervalsOptions): Promise<FakeIntervals> {
  const ds = path.resolve(opts.dataset);
  const scenario = readJson(ds, 'scenario.json', {});
  const apiKey: string = opts.apiKey ?? scenario.api_key ?? 'demo-key';
  const athleteId: string = opts.athleteId ?? scenario.athlete_id ?? 'i000000';
  let now: string = (opts.now ?? scenario.runs?.[0]?.at ?? new Date().toISOString()).replace('Z', '').slice(0, 19);
  const run = opts.run ?? 1;
  const data = {
    athlete: readJson(ds, 'athlete.json', {}),
    activities: readJson(ds, 'activities.json', []) as Json[],
    wellness: readJson(ds, 'wellness.json', []) as Json[],
    events: readJson(ds, 'events.json', []) as Json[],
    curves: readJson(ds, 'curves.json', { secs: [], activities: {} }),
  };
  const faults: Fault[] = opts.datasetFaults === false ? [] : [...readJson(ds, 'errors.json', [])];
  const hits = new Map<Fault, number>();
  const log: string[] = [];
  let athletePatch: Record<string, Json> = {};

  const materialize = (rec: Json): Json => {
    if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) return rec;
    const rig = rec._rig;
    if (!rig) return rec;
    if (rig.visible_from && rig.visible_from > now) return null;
    const out = { ...rec };
    delete out._rig;
    for (const p of rig.patches ?? []) if (p.from <= now) Object.assign(out, p.set);
    return out;
  };
  const visible = (list: Json[]) => list.map(materialize).filter((x) => x !== null);
  const today = () => now.slice(0, 10);
  const inRange = (d: string, oldest: string | null, newest: string | null) => !(oldest && d < oldest) && !(newest && d > newest);

  const matchFault = (method: string, pathname: string, q: URLSearchParams): Fault | null => {
    for (const r of faults) {
      if (r.method && r.method !== method) continue;
      if (r.path && r.path !== pathname) continue;
      if (r.path_regex && !new RegExp(r.path_regex).test(pathname)) continue;
      if (r.query && !Object.entries(r.query).every(([k, v]) => q.get(k) === v)) continue;
      if (r.runs && !r.runs.includes(run)) continue;
      if (r.from && now < r.from) continue;
      if (r.until && now >= r.until) continue;
      const n = hits.get(r) ?? 0;
      if (r.times !== undefined && r.times !== null && n >= r.times) continue;
      hits.set(r, n + 1);
      return r;
    }
    return null;
  };

  const curvesFor = (kind: 'power' | 'hr', typeParam: string | null, curvesParam: string | null) => {
    const secs: number[] = data.curves.secs ?? [];
    const per = data.curves.activities ?? {};
    const acts = visible(data.activities);
    const types = typeParam ? new Set(typeParam.split(',')) : null;
    const list: Json[] = [];
    for (const spec of (curvesParam ?? '').split(',').filter(Boolean)) {
      const m = /^r\.(\d{4}-\d{2}-\d{2})\.(\d{4}-\d{2}-\d{2})$/.exec(spec);
      if (!m) continue;
      const [oldest, newest] = [m[1], m[2]];
      const best: Array<number | null> = secs.map(() => null);
      const bestAct: Array<string | null> = secs.map(() => null);
      let n = 0;
      for (const a of acts) {
        if (!inRange(String(a.start_date_local ?? '').slice(0, 10), oldest, newest)) continue;
        if (types && !types.has(a.type)) continue;
        const arr = per[a.id]?.[kind === 'power' ? 'watts' : 'hr'];
        if (!arr) continue;
        n++;
        secs.forEach((_s, i) => {
          const v = arr[i];
          if (v !== null && v !== undefined && (best[i] === null || v > best[i]!)) {
            best[i] = v;
            bestAct[i] = a.id;
          }
        });
      }
      if (!n) continue;
      let last = best.length;
      while (last > 0 && best[last - 1] === null) last--;
      const curve: Json = {
        id: spec,
        label: spec,
        start_date_local: `${oldest}T00:00:00`,
        end_date_local: `${newest}T00:00:00`,
        days: Math.round((Date.parse(newest) - Date.parse(oldest)) / 86400000) + 1,
        secs: secs.slice(0, last),
        activity_id: bestAct.slice(0, last),
      };
      curve[kind === 'power' ? 'watts' : 'values'] = best.slice(0, last);
      list.push(curve);
    }
    return { after_kj: 0, list };
  };

  const stripResolved = (steps: Json): Json =>
    Array.isArray(steps)
      ? steps.map((s) => {
          if (!s || typeof s !== 'object') return s;
          const o = { ...s };
          delete o._power;
          delete o._hr;
          delete o._pace;
          if (o.steps) o.steps = stripResolved(o.steps);
          return o;
        })
      : steps;

  type Reply = { status: number; body: Json; headers?: Record<string, string>; raw?: Buffer | string; delayMs?: number; fault?: Fault };
  const faultReply = (inj: Fault, dflt: Json, req: http.IncomingMessage): Reply => ({
    status: inj.status,
    body: inj.echoRequest ? { status: inj.status, error: 'echo', url: req.url, headers: req.headers } : (inj.body ?? dflt),
    headers: inj.headers,
    raw: inj.rawBody,
    delayMs: inj.delayMs,
    fault: inj,
  });
  const json = (status: number, body: Json, headers?: Record<string, string>): Reply => ({ status, body, headers });
  const notFound = (what = 'Not found') => json(404, { status: 404, error: what });

  const route = (req: http.IncomingMessage): Reply => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const p = url.pathname;
    const q = url.searchParams;
    const base = `http://${req.headers.host ?? '127.0.0.1'}`;
    if (p.startsWith('/attachments/')) {
      const inj = matchFault(req.method ?? 'GET', p, q);
      if (inj) return faultReply(inj, { status: inj.status }, req);
      const fp = path.join(ds, 'attachments', path.basename(decodeURIComponent(p.slice('/attachments/'.length))));
      if (!fs.existsSync(fp)) return notFound();
      return { status: 200, body: null, raw: fs.readFileSync(fp) };
    }
    if (!p.startsWith('/api/v1/')) return notFound();
    const want = 'Basic ' + Buffer.from(`API_KEY:${apiKey}`).toString('base64');
    if (req.headers.authorization !== want) return json(401, { status: 401, error: 'Unauthorized' });
    const inj = matchFault(req.method ?? 'GET', p, q);
    if (inj) return faultReply(inj, { status: inj.status, error: 'injected' }, req);
    if (req.method !== 'GET') return json(405, { status: 405, error: 'Method not allowed' });

    let m = /^\/api\/v1\/athlete\/([^/]+)(\/.*)?$/.exec(p);
    if (m) {
      if (m[1] !== athleteId && m[1] !== '0') return json(403, { status: 403, error: 'Access denied' });
      const sub = m[2] ?? '';
      if (sub === '' || sub === '/') return json(200, { ...materialize(data.athlete), ...athletePatch });
      if (sub === '/activities') {
        const oldest = q.get('oldest');
        if (!oldest) return json(422, { status: 422, error: 'oldest is required' });
        const newest = q.get('newest') ?? today();
        const list = visible(data.activities).filter((a) => inRange(String(a.start_date_local ?? '').slice(0, 10), oldest, newest));
        list.sort((x, y) => (x.start_date_local < y.start_date_local ? 1 : x.start_date_local > y.start_date_local ? -1 : 0));
        return json(200, list);
      }
      if (sub === '/wellness') {
        const list = visible(data.wellness).filter((w) => inRange(w.id, q.get('oldest'), q.get('newest') ?? today()));
        list.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
        return json(200, list);
      }
      const wm = /^\/wellness\/(\d{4}-\d{2}-\d{2})$/.exec(sub);
      if (wm) {
        const rec = visible(data.wellness).find((w) => w.id === wm[1]);
        return rec ? json(200, rec) : notFound('Wellness record not found');
      }
      if (sub === '/events') {
        const oldest = q.get('oldest') ?? today();
        const newest = q.get('newest') ?? oldest;
        const cats = q.get('category') ? new Set(q.get('category')!.split(',')) : null;
        const resolve = q.get('resolve') === 'true';
        let list = visible(data.events).filter((e) => inRange(String(e.start_date_local ?? '').slice(0, 10), oldest, newest));
        if (cats) list = list.filter((e) => cats.has(e.category));
        list.sort((x, y) => (x.start_date_local < y.start_date_local ? -1 : x.start_date_local > y.start_date_local ? 1 : x.id - y.id));
        list = list.map((e) =>
          !resolve && e.workout_doc?.steps ? { ...e, workout_doc: { ...e.workout_doc, steps: stripResolved(e.workout_doc.steps) } } : e,
        );
        return json(200, JSON.parse(JSON.stringify(list).split('{{BASE_URL}}').join(base)));
      }
      if (sub === '/power-curves') return json(200, curvesFor('power', q.get('type') ?? 'Ride', q.get('curves')));
      if (sub === '/hr-curves') return json(200, curvesFor('hr', q.get('type'), q.get('curves')));
      return notFound();
    }
    m = /^\/api\/v1\/activity\/([^/]+?)(\/streams(?:\.json)?|\/messages)?$/.exec(p);
    if (m) {
      const act = visible(data.activities).find((a) => String(a.id) === String(m![1]));
      if (!act) return notFound('Activity not found');
      const sub = m[2] ?? '';
      if (sub === '') {
        const out = { ...act };
        if (q.get('intervals') === 'true') {
          const detail = materialize(readJson(ds, `details/${act.id}.json`, null));
          out.icu_intervals = detail ? (detail.icu_intervals ?? []) : [];
          out.icu_groups = detail ? (detail.icu_groups ?? []) : [];
        }
        return json(200, out);
      }
      if (sub.startsWith('/streams')) {
        let streams: Json[] = readJson(ds, `streams/${act.id}.json`, []);
        const types = q.get('types');
        if (types) {
          const wantTypes = new Set(types.split(','));
          streams = streams.filter((s) => wantTypes.has(s.type));
        }
        return json(200, streams);
      }
      return json(200, readJson(ds, `messages/${act.id}.json`, []));
    }
    return notFound();
  };

  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      let reply: Reply;
      try {
        reply = route(req);
      } catch (e) {
        reply = json(500, { status: 500, error: String(e) });
      }
      const send = () => {
        if (res.destroyed) return;
        if (
          reply.fault &&
          sendHostile(
            req,
            res,
            { status: reply.status, payload: () => (reply.raw !== undefined ? reply.raw : JSON.stringify(reply.body)) },
            reply.fault,
          )
        ) {
          log.push(`${req.method} ${req.url} ${reply.status}`);
          return;
        }
        const payload = reply.raw !== undefined ? reply.raw : JSON.stringify(reply.body);
        res.writeHead(reply.status, {
          'Content-Type': Buffer.isBuffer(reply.raw) ? 'application/octet-stream' : 'application/json; charset=utf-8',
          'Content-Length': Buffer.byteLength(payload),
          ...(reply.headers ?? {}),
        });
        res.end(payload);
        log.push(`${req.method} ${req.url} ${reply.status}`);
      };
      const delay = (opts.latencyMs ?? 0) + (reply.delayMs ?? 0);
      if (delay > 0) setTimeout(send, delay).unref();
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    apiBase: `${url}/api/v1`,
    apiKey,
    athleteId,
    log,
    setNow: (iso) => {
      now = iso.replace('Z', '').slice(0, 19);
    },
    addFault: (f) => faults.unshift(f),
    clearFaults: () => {
      faults.length = 0;
    },
    patchAthlete: (set) => {
      athletePatch = { ...athletePatch, ...set };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
