export const id = 441;
export const ids = [441];
export const modules = {

/***/ 3441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EA: () => (/* binding */ demoDataset),
  tB: () => (/* binding */ demoRunTimes),
  B0: () => (/* binding */ seedState),
  w7: () => (/* binding */ syncDemoAthlete)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
;// CONCATENATED MODULE: ./src/fake-intervals/hostile.ts

const MEMBER_BYTES = 16 * 1024 * 1024;
let spacesMember = null;
/** gzip of `[`, n-2 spaces and `]` as concatenated gzip members (a valid multi-member gzip stream). */
function gzipBomb(n) {
    spacesMember ??= external_node_zlib_default().gzipSync(Buffer.alloc(MEMBER_BYTES, 0x20), { level: 9 });
    const parts = [external_node_zlib_default().gzipSync('[')];
    let left = Math.max(0, n - 2);
    while (left >= MEMBER_BYTES) {
        parts.push(spacesMember);
        left -= MEMBER_BYTES;
    }
    if (left > 0)
        parts.push(external_node_zlib_default().gzipSync(Buffer.alloc(left, 0x20)));
    parts.push(external_node_zlib_default().gzipSync(']'));
    return Buffer.concat(parts);
}
function jsonHeaders(extra) {
    return { 'Content-Type': 'application/json; charset=utf-8', ...(extra ?? {}) };
}
/** Stream `[0,0,…,0]` of exactly `n` bytes (n >= 3), respecting back-pressure, until the peer goes. */
function streamHuge(res, n) {
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
        if (res.destroyed)
            return;
        res.end(left === 1 ? ' 0]' : '0]');
    };
    pump();
}
/** Answer `reply` the hostile way its fault asks for; false when the fault asks for nothing hostile. */
function sendHostile(req, res, reply, f) {
    const wanted = f.stallAfterBytes !== undefined || f.hugeBodyBytes !== undefined || f.gzipBombBytes !== undefined;
    if (!wanted && f.contentLength === undefined)
        return false;
    let body = null;
    const headers = jsonHeaders(f.headers);
    if (f.gzipBombBytes !== undefined) {
        body = gzipBomb(f.gzipBombBytes);
        headers['Content-Encoding'] = 'gzip';
    }
    else if (f.hugeBodyBytes === undefined) {
        const p = reply.payload();
        body = Buffer.isBuffer(p) ? p : Buffer.from(p);
    }
    if (f.contentLength !== undefined) {
        // the raw socket: node's own writer refuses a body that contradicts its Content-Length
        const head = [`HTTP/1.1 ${reply.status} Hostile`, 'Connection: close'];
        if (f.contentLength >= 0)
            head.push(`Content-Length: ${f.contentLength}`);
        for (const [k, v] of Object.entries(headers))
            head.push(`${k}: ${v}`);
        const sock = req.socket;
        sock.write(`${head.join('\r\n')}\r\n\r\n`);
        if (body)
            sock.end(body);
        else {
            // a huge body without a (true) length: streamed until the peer gives up
            const chunk = Buffer.from('0,'.repeat(32 * 1024));
            let left = Math.max(0, (f.hugeBodyBytes ?? 0) - 2);
            sock.write('[');
            const pump = () => {
                while (!sock.destroyed && left > chunk.length) {
                    left -= chunk.length;
                    if (!sock.write(chunk))
                        return void sock.once('drain', pump);
                }
                if (!sock.destroyed)
                    sock.end('0]');
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
    res.writeHead(reply.status, { ...headers, 'Content-Length': String(body.length) });
    res.end(body);
    return true;
}

;// CONCATENATED MODULE: ./src/fake-intervals/server.ts
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




function readJson(dir, rel, dflt) {
    const p = external_node_path_default().join(dir, rel);
    if (!external_node_fs_default().existsSync(p))
        return dflt;
    return JSON.parse(external_node_fs_default().readFileSync(p, 'utf8'));
}
async function startFakeIntervals(opts) {
    const ds = external_node_path_default().resolve(opts.dataset);
    const scenario = readJson(ds, 'scenario.json', {});
    const apiKey = opts.apiKey ?? scenario.api_key ?? 'demo-key';
    const athleteId = opts.athleteId ?? scenario.athlete_id ?? 'i000000';
    let now = (opts.now ?? scenario.runs?.[0]?.at ?? new Date().toISOString()).replace('Z', '').slice(0, 19);
    const run = opts.run ?? 1;
    const data = {
        athlete: readJson(ds, 'athlete.json', {}),
        activities: readJson(ds, 'activities.json', []),
        wellness: readJson(ds, 'wellness.json', []),
        events: readJson(ds, 'events.json', []),
        curves: readJson(ds, 'curves.json', { secs: [], activities: {} }),
    };
    const faults = opts.datasetFaults === false ? [] : [...readJson(ds, 'errors.json', [])];
    const hits = new Map();
    const log = [];
    let athletePatch = {};
    const materialize = (rec) => {
        if (rec === null || typeof rec !== 'object' || Array.isArray(rec))
            return rec;
        const rig = rec._rig;
        if (!rig)
            return rec;
        if (rig.visible_from && rig.visible_from > now)
            return null;
        const out = { ...rec };
        delete out._rig;
        for (const p of rig.patches ?? [])
            if (p.from <= now)
                Object.assign(out, p.set);
        return out;
    };
    const visible = (list) => list.map(materialize).filter((x) => x !== null);
    const today = () => now.slice(0, 10);
    const inRange = (d, oldest, newest) => !(oldest && d < oldest) && !(newest && d > newest);
    const matchFault = (method, pathname, q) => {
        for (const r of faults) {
            if (r.method && r.method !== method)
                continue;
            if (r.path && r.path !== pathname)
                continue;
            if (r.path_regex && !new RegExp(r.path_regex).test(pathname))
                continue;
            if (r.query && !Object.entries(r.query).every(([k, v]) => q.get(k) === v))
                continue;
            if (r.runs && !r.runs.includes(run))
                continue;
            if (r.from && now < r.from)
                continue;
            if (r.until && now >= r.until)
                continue;
            const n = hits.get(r) ?? 0;
            if (r.times !== undefined && r.times !== null && n >= r.times)
                continue;
            hits.set(r, n + 1);
            return r;
        }
        return null;
    };
    const curvesFor = (kind, typeParam, curvesParam) => {
        const secs = data.curves.secs ?? [];
        const per = data.curves.activities ?? {};
        const acts = visible(data.activities);
        const types = typeParam ? new Set(typeParam.split(',')) : null;
        const list = [];
        for (const spec of (curvesParam ?? '').split(',').filter(Boolean)) {
            const m = /^r\.(\d{4}-\d{2}-\d{2})\.(\d{4}-\d{2}-\d{2})$/.exec(spec);
            if (!m)
                continue;
            const [oldest, newest] = [m[1], m[2]];
            const best = secs.map(() => null);
            const bestAct = secs.map(() => null);
            let n = 0;
            for (const a of acts) {
                if (!inRange(String(a.start_date_local ?? '').slice(0, 10), oldest, newest))
                    continue;
                if (types && !types.has(a.type))
                    continue;
                const arr = per[a.id]?.[kind === 'power' ? 'watts' : 'hr'];
                if (!arr)
                    continue;
                n++;
                secs.forEach((_s, i) => {
                    const v = arr[i];
                    if (v !== null && v !== undefined && (best[i] === null || v > best[i])) {
                        best[i] = v;
                        bestAct[i] = a.id;
                    }
                });
            }
            if (!n)
                continue;
            let last = best.length;
            while (last > 0 && best[last - 1] === null)
                last--;
            const curve = {
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
    const stripResolved = (steps) => Array.isArray(steps)
        ? steps.map((s) => {
            if (!s || typeof s !== 'object')
                return s;
            const o = { ...s };
            delete o._power;
            delete o._hr;
            delete o._pace;
            if (o.steps)
                o.steps = stripResolved(o.steps);
            return o;
        })
        : steps;
    const faultReply = (inj, dflt, req) => ({
        status: inj.status,
        body: inj.echoRequest ? { status: inj.status, error: 'echo', url: req.url, headers: req.headers } : (inj.body ?? dflt),
        headers: inj.headers,
        raw: inj.rawBody,
        delayMs: inj.delayMs,
        fault: inj,
    });
    const json = (status, body, headers) => ({ status, body, headers });
    const notFound = (what = 'Not found') => json(404, { status: 404, error: what });
    const route = (req) => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const p = url.pathname;
        const q = url.searchParams;
        const base = `http://${req.headers.host ?? '127.0.0.1'}`;
        if (p.startsWith('/attachments/')) {
            const inj = matchFault(req.method ?? 'GET', p, q);
            if (inj)
                return faultReply(inj, { status: inj.status }, req);
            const fp = external_node_path_default().join(ds, 'attachments', external_node_path_default().basename(decodeURIComponent(p.slice('/attachments/'.length))));
            if (!external_node_fs_default().existsSync(fp))
                return notFound();
            return { status: 200, body: null, raw: external_node_fs_default().readFileSync(fp) };
        }
        if (!p.startsWith('/api/v1/'))
            return notFound();
        const want = 'Basic ' + Buffer.from(`API_KEY:${apiKey}`).toString('base64');
        if (req.headers.authorization !== want)
            return json(401, { status: 401, error: 'Unauthorized' });
        const inj = matchFault(req.method ?? 'GET', p, q);
        if (inj)
            return faultReply(inj, { status: inj.status, error: 'injected' }, req);
        if (req.method !== 'GET')
            return json(405, { status: 405, error: 'Method not allowed' });
        let m = /^\/api\/v1\/athlete\/([^/]+)(\/.*)?$/.exec(p);
        if (m) {
            if (m[1] !== athleteId && m[1] !== '0')
                return json(403, { status: 403, error: 'Access denied' });
            const sub = m[2] ?? '';
            if (sub === '' || sub === '/')
                return json(200, { ...materialize(data.athlete), ...athletePatch });
            if (sub === '/activities') {
                const oldest = q.get('oldest');
                if (!oldest)
                    return json(422, { status: 422, error: 'oldest is required' });
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
                const cats = q.get('category') ? new Set(q.get('category').split(',')) : null;
                const resolve = q.get('resolve') === 'true';
                let list = visible(data.events).filter((e) => inRange(String(e.start_date_local ?? '').slice(0, 10), oldest, newest));
                if (cats)
                    list = list.filter((e) => cats.has(e.category));
                list.sort((x, y) => (x.start_date_local < y.start_date_local ? -1 : x.start_date_local > y.start_date_local ? 1 : x.id - y.id));
                list = list.map((e) => !resolve && e.workout_doc?.steps ? { ...e, workout_doc: { ...e.workout_doc, steps: stripResolved(e.workout_doc.steps) } } : e);
                return json(200, JSON.parse(JSON.stringify(list).split('{{BASE_URL}}').join(base)));
            }
            if (sub === '/power-curves')
                return json(200, curvesFor('power', q.get('type') ?? 'Ride', q.get('curves')));
            if (sub === '/hr-curves')
                return json(200, curvesFor('hr', q.get('type'), q.get('curves')));
            return notFound();
        }
        m = /^\/api\/v1\/activity\/([^/]+?)(\/streams(?:\.json)?|\/messages)?$/.exec(p);
        if (m) {
            const act = visible(data.activities).find((a) => String(a.id) === String(m[1]));
            if (!act)
                return notFound('Activity not found');
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
                let streams = readJson(ds, `streams/${act.id}.json`, []);
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
    const server = external_node_http_default().createServer((req, res) => {
        req.resume();
        req.on('end', () => {
            let reply;
            try {
                reply = route(req);
            }
            catch (e) {
                reply = json(500, { status: 500, error: String(e) });
            }
            const send = () => {
                if (res.destroyed)
                    return;
                if (reply.fault &&
                    sendHostile(req, res, { status: reply.status, payload: () => (reply.raw !== undefined ? reply.raw : JSON.stringify(reply.body)) }, reply.fault)) {
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
            if (delay > 0)
                setTimeout(send, delay).unref();
            else
                send();
        });
    });
    await new Promise((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
    const { port } = server.address();
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
        close: () => new Promise((resolve) => {
            server.closeAllConnections?.();
            server.close(() => resolve());
        }),
    };
}

// EXTERNAL MODULE: ./src/config.ts
var config = __webpack_require__(2973);
;// CONCATENATED MODULE: ./src/fake-intervals/settings.ts

/** Run settings pointing at a fake Intervals.icu server, frozen at `at` (naive UTC), as the parity kit runs. */
function fakeRunSettings(server, at, outputDir, over = {}) {
    return {
        athleteId: server.athleteId,
        apiKey: server.apiKey,
        apiBaseUrl: server.apiBase,
        days: 7,
        weekStartDay: 0,
        zonePreference: {},
        timezone: 'UTC',
        nowInstantMs: Date.parse(`${at}Z`),
        outputDir,
        forceHistory: false,
        anonymize: false,
        privacyRadiusM: config/* DEFAULT_PRIVACY_RADIUS_M */.wr,
        digest: true,
        charts: true,
        ...over,
    };
}

// EXTERNAL MODULE: ./src/pipeline.ts + 29 modules
var pipeline = __webpack_require__(5190);
// EXTERNAL MODULE: ./src/snapshot/state.ts
var state = __webpack_require__(4709);
// EXTERNAL MODULE: ./src/publish/local.ts
var local = __webpack_require__(3440);
;// CONCATENATED MODULE: ./src/fake-intervals/demo-athlete.ts
/**
 * The built-in demo athlete (demo/athlete/, a synthetic three-year cyclist) run through the real
 * pipeline against the fake Intervals.icu server: shared by `demo` and `bench`.
 */







/** demo/athlete next to dist/ (the running bundle) or src/ */
function demoDataset() {
    return external_node_path_default().join(external_node_path_default().resolve(external_node_path_default().dirname(process.argv[1] ?? '.'), '..'), 'demo', 'athlete');
}
async function demoRunTimes(dataset) {
    const scenario = JSON.parse(await external_node_fs_.promises.readFile(external_node_path_default().join(dataset, 'scenario.json'), 'utf8'));
    return scenario.runs.map((r) => r.at);
}
/** Seed an output folder as a long-time user's repository looks (the dataset's state/ files). */
async function seedState(dataset, out) {
    await external_node_fs_.promises.mkdir(out, { recursive: true });
    for (const f of await external_node_fs_.promises.readdir(external_node_path_default().join(dataset, 'state')).catch(() => [])) {
        await external_node_fs_.promises.copyFile(external_node_path_default().join(dataset, 'state', f), external_node_path_default().join(out, f));
    }
}
/** One sync of the demo athlete at `at` (naive UTC) into `out`; returns the result, files written and wall time. */
async function syncDemoAthlete(dataset, at, out, latencyMs = 0) {
    const server = await startFakeIntervals({ dataset, now: at, latencyMs });
    try {
        const t0 = performance.now();
        const result = await (0,pipeline/* runSync */.HZ)(fakeRunSettings(server, at, out), {
            readState: (0,state/* folderReader */._5)(out),
            nowInstantMs: Date.parse(`${at}Z`),
        });
        const written = await (0,local/* writeFilesAtomically */.i)(out, result.files);
        return { result, written, ms: performance.now() - t0 };
    }
    finally {
        await server.close();
    }
}


/***/ })

};
