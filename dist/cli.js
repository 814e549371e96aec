#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 723:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  w: () => (/* binding */ runBench)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: ./src/fake-intervals/demo-athlete.ts + 3 modules
var demo_athlete = __nccwpck_require__(819);
;// CONCATENATED MODULE: ./src/bench.ts
/**
 * `npm run bench` (= `node dist/cli.js bench`): wall time and request count of a first run and a
 * steady-state run of the demo athlete (the parity kit's build-cyclist scenario) against the fake
 * Intervals.icu API with 50 ms of latency on every request. A benchmark: it prints figures.
 */




async function runBench(latencyMs = 50) {
    const dataset = (0,demo_athlete/* demoDataset */.EA)();
    const times = await (0,demo_athlete/* demoRunTimes */.tB)(dataset);
    const out = await external_node_fs_.promises.mkdtemp(external_node_path_default().join(external_node_os_default().tmpdir(), 'intervals-mirror-bench-'));
    const lines = [];
    try {
        await (0,demo_athlete/* seedState */.B0)(dataset, out);
        const runs = [
            ['first run', times[0]],
            ['steady state', times[1] ?? times[0]],
        ];
        for (const [label, at] of runs) {
            const { result, ms } = await (0,demo_athlete/* syncDemoAthlete */.w7)(dataset, at, out, latencyMs);
            lines.push(`${label.padEnd(13)} ${(ms / 1000).toFixed(2)} s  ${result.requests.length} requests  (${latencyMs} ms latency per request, at ${at})`);
        }
    }
    finally {
        await external_node_fs_.promises.rm(out, { recursive: true, force: true });
    }
    return lines.join('\n');
}


/***/ }),

/***/ 581:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ settingsFromArgs)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(973);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(730);
/* harmony import */ var _snapshot_state_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(709);
/* harmony import */ var _publish_local_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(440);
/* harmony import */ var _lib_redact_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(310);
/* harmony import */ var _demo_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(20);
/* harmony import */ var _bench_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(723);
/**
 * intervals-mirror CLI: the same pipeline as the action, from a shell.
 *
 *   intervals-mirror demo    (the built-in demo athlete against the built-in fake API → ./demo-output)
 *   intervals-mirror bench   (first and steady-state run timings with 50 ms latency per request)
 *   intervals-mirror sync --athlete-id ID --api-key KEY [--api-base-url URL] [--out DIR]
 *       [--now ISO8601] [--timezone athlete|IANA] [--days N] [--week-start mon..sun]
 *       [--zone-preference run:hr,cycling:power] [--force-history]
 *
 * ATHLETE_ID and INTERVALS_KEY are read from the environment when the flags are absent.
 * Exit 0 on success; otherwise 1 with a one-line reason on stderr.
 */









const USAGE = 'usage: intervals-mirror sync --athlete-id ID --api-key KEY [--api-base-url URL] [--out DIR] [--now ISO8601] ' +
    '[--timezone athlete|IANA] [--days N] [--week-start mon..sun] [--zone-preference run:hr,cycling:power] [--force-history]';
function settingsFromArgs(argv, env) {
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            'athlete-id': { type: 'string' },
            'api-key': { type: 'string' },
            'api-base-url': { type: 'string' },
            out: { type: 'string' },
            now: { type: 'string' },
            timezone: { type: 'string' },
            days: { type: 'string' },
            'week-start': { type: 'string' },
            'zone-preference': { type: 'string' },
            'force-history': { type: 'boolean' },
            help: { type: 'boolean' },
        },
    });
    if (values.help || positionals[0] !== 'sync' || positionals.length !== 1)
        throw new _config_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL(USAGE);
    return {
        athleteId: (0,_config_js__WEBPACK_IMPORTED_MODULE_7__/* .requireValue */ .vd)('--athlete-id', values['athlete-id'] ?? env.ATHLETE_ID, 'your Intervals.icu athlete id, e.g. i123456 (or set ATHLETE_ID)'),
        apiKey: (0,_config_js__WEBPACK_IMPORTED_MODULE_7__/* .requireValue */ .vd)('--api-key', values['api-key'] ?? env.INTERVALS_KEY, 'your Intervals.icu API key (or set INTERVALS_KEY)'),
        apiBaseUrl: values['api-base-url'] || _config_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_API_BASE_URL */ .Ri,
        days: (0,_config_js__WEBPACK_IMPORTED_MODULE_7__/* .parseDays */ .bs)(values.days),
        weekStartDay: (0,_config_js__WEBPACK_IMPORTED_MODULE_7__/* .parseWeekStart */ .OA)(values['week-start']),
        zonePreference: (0,_config_js__WEBPACK_IMPORTED_MODULE_7__/* .parseZonePreference */ .n_)(values['zone-preference']),
        timezone: (0,_config_js__WEBPACK_IMPORTED_MODULE_7__/* .parseTimezone */ .hr)(values.timezone),
        nowInstantMs: (0,_config_js__WEBPACK_IMPORTED_MODULE_7__/* .parseNow */ .A7)(values.now),
        outputDir: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(values.out ?? '.'),
        forceHistory: Boolean(values['force-history']),
        anonymize: false,
        privacyRadiusM: _config_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_PRIVACY_RADIUS_M */ .wr,
    };
}
async function main() {
    let settings = null;
    try {
        const command = process.argv[2];
        if (command === 'demo') {
            // (the folder name is read at run time so the bundler cannot take it for an asset)
            process.stdout.write((await (0,_demo_js__WEBPACK_IMPORTED_MODULE_5__/* .runDemo */ .n)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(process.env.DEMO_OUTPUT_DIR || 'demo-output'))) + '\n');
            return 0;
        }
        if (command === 'bench') {
            process.stdout.write((await (0,_bench_js__WEBPACK_IMPORTED_MODULE_6__/* .runBench */ .w)(Number(process.env.BENCH_LATENCY_MS ?? 50))) + '\n');
            return 0;
        }
        settings = settingsFromArgs(process.argv.slice(2), process.env);
        const result = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .runSync */ .HZ)(settings, {
            readState: (0,_snapshot_state_js__WEBPACK_IMPORTED_MODULE_3__/* .folderReader */ ._5)(settings.outputDir),
            nowInstantMs: settings.nowInstantMs ?? Date.now(),
            log: (line) => process.stdout.write((0,_lib_redact_js__WEBPACK_IMPORTED_MODULE_8__/* .redact */ .E)(line, [settings.apiKey]) + '\n'),
        });
        const written = await (0,_publish_local_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFilesAtomically */ .i)(settings.outputDir, result.files);
        process.stdout.write(`wrote ${written.join(', ')} to ${settings.outputDir} (${result.requests.length} requests)\n`);
        return 0;
    }
    catch (e) {
        const known = e instanceof _config_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL || e instanceof _pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .SyncError */ .S0 || e instanceof _snapshot_state_js__WEBPACK_IMPORTED_MODULE_3__/* .StateFileError */ .ci;
        const msg = e instanceof Error ? (known ? e.message : `unexpected error: ${e.stack ?? e.message}`) : String(e);
        process.stderr.write(`intervals-mirror: ${(0,_lib_redact_js__WEBPACK_IMPORTED_MODULE_8__/* .redact */ .E)(msg, settings ? [settings.apiKey] : [])}\n`);
        return known ? 2 : 1;
    }
}
process.exitCode = await main();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 973:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ parseNow),
/* harmony export */   OA: () => (/* binding */ parseWeekStart),
/* harmony export */   Ri: () => (/* binding */ DEFAULT_API_BASE_URL),
/* harmony export */   bs: () => (/* binding */ parseDays),
/* harmony export */   hr: () => (/* binding */ parseTimezone),
/* harmony export */   n_: () => (/* binding */ parseZonePreference),
/* harmony export */   vd: () => (/* binding */ requireValue),
/* harmony export */   wr: () => (/* binding */ DEFAULT_PRIVACY_RADIUS_M),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony exports DEFAULT_CHANGELOG_URL, WEEK_DAYS */
/* harmony import */ var _lib_naive_time_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(282);
/**
 * Run settings shared by the two fronts (action inputs and CLI flags), validated in one place.
 */

const DEFAULT_API_BASE_URL = 'https://intervals.icu/api/v1';
const DEFAULT_CHANGELOG_URL = 'https://raw.githubusercontent.com/CrankAddict/section-11/main/changelog.json';
const WEEK_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
class ConfigError extends Error {
}
const DEFAULT_PRIVACY_RADIUS_M = 500;
function parseWeekStart(raw) {
    const v = (raw ?? '').trim().toLowerCase() || 'mon';
    const i = WEEK_DAYS.indexOf(v);
    if (i < 0)
        throw new ConfigError(`week-start must be one of ${WEEK_DAYS.join(', ')} (got "${raw}")`);
    return i;
}
/** "run:hr,cycling:power" → {run: 'hr', cycling: 'power'}; any malformed pair is an error. */
function parseZonePreference(raw) {
    const out = {};
    for (const part of (raw ?? '').split(',')) {
        const pair = part.trim();
        if (!pair)
            continue;
        const idx = pair.indexOf(':');
        if (idx < 0)
            throw new ConfigError(`zone-preference "${pair}" must look like sport:basis, e.g. run:hr,cycling:power`);
        const sport = pair.slice(0, idx).trim().toLowerCase();
        const basis = pair
            .slice(idx + 1)
            .trim()
            .toLowerCase();
        if (!sport)
            throw new ConfigError(`zone-preference "${pair}" has no sport before ':'`);
        if (basis !== 'power' && basis !== 'hr') {
            throw new ConfigError(`zone-preference "${pair}": basis must be "power" or "hr"`);
        }
        out[sport] = basis;
    }
    return out;
}
function parseDays(raw) {
    const v = (raw ?? '').trim() || '7';
    if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 90) {
        throw new ConfigError(`days must be a whole number from 1 to 90 (got "${raw}")`);
    }
    return Number(v);
}
function parseTimezone(raw) {
    const v = (raw ?? '').trim() || 'athlete';
    if (v === 'athlete')
        return v;
    if (!(0,_lib_naive_time_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidTimeZone */ .Aq)(v))
        throw new ConfigError(`timezone "${v}" is not an IANA zone name (e.g. Europe/Oslo, UTC) or "athlete"`);
    return v;
}
/** --now: an ISO instant; without an offset it is read as UTC (the parity rig's naive UTC time). */
function parseNow(raw) {
    const v = (raw ?? '').trim();
    if (!v)
        return null;
    const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(v);
    const ms = Date.parse(hasZone ? v : `${v}Z`);
    if (Number.isNaN(ms))
        throw new ConfigError(`now must be an ISO 8601 date-time, e.g. 2025-06-10T07:00:00 (got "${v}")`);
    return ms;
}
function requireValue(name, value, hint) {
    const v = (value ?? '').trim();
    if (!v)
        throw new ConfigError(`${name} is required: ${hint}`);
    return v;
}


/***/ }),

/***/ 20:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ runDemo)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _fake_intervals_demo_athlete_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(819);
/**
 * `npm run demo` (= `node dist/cli.js demo`): the full pipeline against the built-in demo athlete,
 * served on 127.0.0.1 by the project's own fake Intervals.icu API — no credentials, no network.
 * Writes ./demo-output/ and prints a short summary of what an AI coach would read.
 */



async function runDemo(outDir) {
    const dataset = (0,_fake_intervals_demo_athlete_js__WEBPACK_IMPORTED_MODULE_2__/* .demoDataset */ .EA)();
    const [at] = await (0,_fake_intervals_demo_athlete_js__WEBPACK_IMPORTED_MODULE_2__/* .demoRunTimes */ .tB)(dataset);
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(outDir, { recursive: true, force: true });
    await (0,_fake_intervals_demo_athlete_js__WEBPACK_IMPORTED_MODULE_2__/* .seedState */ .B0)(dataset, outDir);
    const { result, written, ms } = await (0,_fake_intervals_demo_athlete_js__WEBPACK_IMPORTED_MODULE_2__/* .syncDemoAthlete */ .w7)(dataset, at, outDir);
    const l = result.latest;
    const f = l.current_status?.fitness ?? {};
    const lines = [
        `Demo athlete synced as of ${at} UTC in ${Math.round(ms)} ms (${result.requests.length} requests to the fake Intervals.icu API)`,
        `Fitness: CTL ${f.ctl}  ATL ${f.atl}  TSB ${f.tsb}  ramp ${f.ramp_rate}  (${f.fitness_source})`,
    ];
    const rd = l.readiness_decision;
    if (rd)
        lines.push(`Readiness: ${String(rd.recommendation).toUpperCase()} (P${rd.priority})`);
    const phase = l.derived_metrics?.phase_detected;
    if (phase)
        lines.push(`Phase: ${phase}`);
    const nr = l.race_calendar?.next_race;
    if (nr)
        lines.push(`Next race: ${nr.name} (${nr.category}) in ${nr.days_until} days`);
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(process.cwd(), outDir) || '.';
    lines.push(`Wrote ${written.map((n) => node_path__WEBPACK_IMPORTED_MODULE_0___default().join(rel, n)).join(', ')}`);
    return lines.join('\n');
}


/***/ }),

/***/ 819:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  EA: () => (/* binding */ demoDataset),
  tB: () => (/* binding */ demoRunTimes),
  B0: () => (/* binding */ seedState),
  w7: () => (/* binding */ syncDemoAthlete)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_namespaceObject);
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
 * {path | path_regex, method?, query?, status, headers?, body?, rawBody?, delayMs?, times?, from?, until?}.
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
                return {
                    status: inj.status,
                    body: inj.body ?? { status: inj.status },
                    headers: inj.headers,
                    raw: inj.rawBody,
                    delayMs: inj.delayMs,
                };
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
            return {
                status: inj.status,
                body: inj.body ?? { status: inj.status, error: 'injected' },
                headers: inj.headers,
                raw: inj.rawBody,
                delayMs: inj.delayMs,
            };
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
                setTimeout(send, delay);
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
var config = __nccwpck_require__(973);
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
        ...over,
    };
}

// EXTERNAL MODULE: ./src/pipeline.ts + 133 modules
var pipeline = __nccwpck_require__(730);
// EXTERNAL MODULE: ./src/snapshot/state.ts
var state = __nccwpck_require__(709);
// EXTERNAL MODULE: ./src/publish/local.ts
var local = __nccwpck_require__(440);
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


/***/ }),

/***/ 282:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Aq: () => (/* binding */ isValidTimeZone),
/* harmony export */   YM: () => (/* binding */ daysBetween),
/* harmony export */   b8: () => (/* binding */ NaiveDateTime),
/* harmony export */   fi: () => (/* binding */ addDays)
/* harmony export */ });
/* unused harmony export weekdayOf */
/**
 * Naive wall-clock date/time, the model of Python's `datetime.now()` the reference uses.
 *
 * A NaiveDateTime is a wall-clock reading in the run's timezone, stored as milliseconds since
 * 1970-01-01T00:00:00 *as if* that wall clock were UTC. Arithmetic is then plain millisecond
 * arithmetic, exactly like Python's naive datetimes (no DST jumps inside a run). Dates are
 * 'YYYY-MM-DD' strings throughout, as in the reference (which compares ISO strings).
 *
 * Built on the platform's Date and Intl only: the one zone conversion needed (instant → wall
 * clock in an IANA zone) is Intl.DateTimeFormat, so no date library is pulled in.
 */
const DAY_MS = 86_400_000;
class NaiveDateTime {
    ms;
    constructor(ms) {
        this.ms = ms;
    }
    /** Parse 'YYYY-MM-DD', 'YYYY-MM-DDTHH:MM[:SS[.ffffff]]' (an offset or Z, if present, is dropped
     * after converting nothing: Python's `fromisoformat(...).replace(tzinfo=None)` keeps the wall time). */
    static parse(s) {
        const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?/.exec(s.trim());
        if (!m)
            throw new Error(`not an ISO date/time: ${JSON.stringify(s)}`);
        const [, y, mo, d, h = '0', mi = '0', se = '0', frac = ''] = m;
        const micro = frac ? Number(frac.padEnd(6, '0')) : 0;
        const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(se));
        if (Number.isNaN(ms))
            throw new Error(`not an ISO date/time: ${JSON.stringify(s)}`);
        const dt = new NaiveDateTime(ms + Math.floor(micro / 1000));
        dt.micro = micro;
        return dt;
    }
    /** The wall clock in `timeZone` at the given instant (IANA name, e.g. 'Europe/Oslo', 'UTC'). */
    static fromInstant(instantMs, timeZone) {
        const fmt = new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
        });
        const parts = {};
        for (const p of fmt.formatToParts(new Date(instantMs)))
            parts[p.type] = p.value;
        const ms = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
        return new NaiveDateTime(ms);
    }
    static fromDate(date) {
        return NaiveDateTime.parse(date.slice(0, 10));
    }
    /** microseconds part, kept only for isoformat() of parsed values */
    micro = 0;
    get d() {
        return new Date(this.ms);
    }
    get year() {
        return this.d.getUTCFullYear();
    }
    get month() {
        return this.d.getUTCMonth() + 1;
    }
    get day() {
        return this.d.getUTCDate();
    }
    get hour() {
        return this.d.getUTCHours();
    }
    get minute() {
        return this.d.getUTCMinutes();
    }
    /** Python weekday(): Monday=0 … Sunday=6 */
    weekday() {
        return (this.d.getUTCDay() + 6) % 7;
    }
    addDays(n) {
        return new NaiveDateTime(this.ms + n * DAY_MS);
    }
    addSeconds(n) {
        return new NaiveDateTime(this.ms + n * 1000);
    }
    /** strftime('%Y-%m-%d') */
    date() {
        return this.d.toISOString().slice(0, 10);
    }
    /** Python isoformat(): 'YYYY-MM-DDTHH:MM:SS' (microseconds only when non-zero). */
    isoformat() {
        const base = this.d.toISOString().slice(0, 19);
        return this.micro ? `${base}.${String(this.micro).padStart(6, '0')}` : base;
    }
    /** Midnight of the same day. */
    floorDay() {
        return new NaiveDateTime(Math.floor(this.ms / DAY_MS) * DAY_MS);
    }
    /** (this - other).days — Python floors timedelta days toward -infinity. */
    daysSince(other) {
        return Math.floor((this.ms - other.ms) / DAY_MS);
    }
    /** (this - other).total_seconds() */
    secondsSince(other) {
        return (this.ms - other.ms) / 1000;
    }
    compare(other) {
        return this.ms - other.ms;
    }
}
/** 'YYYY-MM-DD' + n days */
function addDays(date, n) {
    return NaiveDateTime.fromDate(date).addDays(n).date();
}
/** (date a - date b).days */
function daysBetween(a, b) {
    return NaiveDateTime.fromDate(a).daysSince(NaiveDateTime.fromDate(b));
}
/** weekday() of a 'YYYY-MM-DD' date (Monday=0). */
function weekdayOf(date) {
    return NaiveDateTime.fromDate(date).weekday();
}
/** True when `tz` is an IANA zone name this runtime knows. */
function isValidTimeZone(tz) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: tz });
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 682:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ dumps),
/* harmony export */   q: () => (/* binding */ loads)
/* harmony export */ });
/**
 * JSON text as the reference writes it: `json.dump(obj, f, indent=2)` with Python's defaults
 * (ensure_ascii escapes, NaN/Infinity tokens for non-finite floats, ", " / ": " separators).
 * Key order is insertion order, as in a Python dict. `sortKeys` mirrors `sort_keys=True`.
 */
function escapeString(s) {
    let out = '"';
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        const ch = s[i];
        if (ch === '"')
            out += '\\"';
        else if (ch === '\\')
            out += '\\\\';
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (ch === '\b')
            out += '\\b';
        else if (ch === '\f')
            out += '\\f';
        else if (c < 0x20 || c > 0x7e)
            out += '\\u' + c.toString(16).padStart(4, '0');
        else
            out += ch;
    }
    return out + '"';
}
function numberToken(n) {
    if (Number.isNaN(n))
        return 'NaN';
    if (n === Infinity)
        return 'Infinity';
    if (n === -Infinity)
        return '-Infinity';
    return JSON.stringify(n);
}
function dumps(value, opts = {}) {
    const indent = opts.indent ?? 2;
    const walk = (v, depth) => {
        if (v === null || v === undefined)
            return 'null';
        if (typeof v === 'boolean')
            return v ? 'true' : 'false';
        if (typeof v === 'number')
            return numberToken(v);
        if (typeof v === 'string')
            return escapeString(v);
        if (typeof v === 'bigint')
            return v.toString();
        const pad = ' '.repeat(indent * (depth + 1));
        const close = ' '.repeat(indent * depth);
        if (Array.isArray(v)) {
            if (v.length === 0)
                return '[]';
            return '[\n' + v.map((x) => pad + walk(x, depth + 1)).join(',\n') + '\n' + close + ']';
        }
        if (typeof v === 'object') {
            let keys = Object.keys(v).filter((k) => v[k] !== undefined);
            if (opts.sortKeys)
                keys = keys.sort();
            if (keys.length === 0)
                return '{}';
            return ('{\n' +
                keys.map((k) => pad + escapeString(k) + ': ' + walk(v[k], depth + 1)).join(',\n') +
                '\n' +
                close +
                '}');
        }
        return escapeString(String(v));
    };
    return walk(value, 0);
}
/** Parse JSON that may carry Python's NaN / Infinity tokens (outside strings). */
function loads(text) {
    try {
        return JSON.parse(text);
    }
    catch (e) {
        if (!/NaN|Infinity/.test(text))
            throw e;
        const sentinel = '__pyjson_nonfinite__';
        let out = '';
        let inStr = false;
        for (let i = 0; i < text.length; i++) {
            const ch = text[i];
            if (inStr) {
                out += ch;
                if (ch === '\\')
                    out += text[++i];
                else if (ch === '"')
                    inStr = false;
                continue;
            }
            if (ch === '"') {
                inStr = true;
                out += ch;
            }
            else if (text.startsWith('NaN', i)) {
                out += `"${sentinel}NaN"`;
                i += 2;
            }
            else if (text.startsWith('-Infinity', i)) {
                out += `"${sentinel}-Infinity"`;
                i += 8;
            }
            else if (text.startsWith('Infinity', i)) {
                out += `"${sentinel}Infinity"`;
                i += 7;
            }
            else
                out += ch;
        }
        return JSON.parse(out, (_k, v) => (typeof v === 'string' && v.startsWith(sentinel) ? Number(v.slice(sentinel.length)) : v));
    }
}


/***/ }),

/***/ 310:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact)
/* harmony export */ });
/** Remove secret values (and their Basic-auth encodings) from text before it is logged. */
function redact(text, secrets) {
    let out = text;
    for (const s of secrets) {
        if (!s || s.length < 4)
            continue;
        for (const form of [s, Buffer.from(`API_KEY:${s}`).toString('base64')])
            out = out.split(form).join('***');
    }
    return out;
}


/***/ }),

/***/ 730:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  S0: () => (/* binding */ SyncError),
  HZ: () => (/* binding */ runSync)
});

// UNUSED EXPORTS: SCRIPT_HASH, explainIntervalsError

;// CONCATENATED MODULE: ./node_modules/ky/distribution/errors/HTTPError.js
class HTTPError extends Error {
    response;
    request;
    options;
    constructor(response, request, options) {
        const code = (response.status || response.status === 0) ? response.status : '';
        const title = response.statusText ?? '';
        const status = `${code} ${title}`.trim();
        const reason = status ? `status code ${status}` : 'an unknown error';
        super(`Request failed with ${reason}: ${request.method} ${request.url}`);
        this.name = 'HTTPError';
        this.response = response;
        this.request = request;
        this.options = options;
    }
}
//# sourceMappingURL=HTTPError.js.map
;// CONCATENATED MODULE: ./node_modules/ky/distribution/errors/NonError.js
/**
Wrapper for non-Error values that were thrown.

In JavaScript, any value can be thrown (not just Error instances). This class wraps such values to ensure consistent error handling.
*/
class NonError extends Error {
    name = 'NonError';
    value;
    constructor(value) {
        let message = 'Non-error value was thrown';
        // Intentionally minimal as this error is just an edge-case.
        try {
            if (typeof value === 'string') {
                message = value;
            }
            else if (value && typeof value === 'object' && 'message' in value && typeof value.message === 'string') {
                message = value.message;
            }
        }
        catch {
            // Use default message if accessing properties throws
        }
        super(message);
        this.value = value;
    }
}
//# sourceMappingURL=NonError.js.map
;// CONCATENATED MODULE: ./node_modules/ky/distribution/errors/ForceRetryError.js

/**
Internal error used to signal a forced retry from afterResponse hooks.
This is thrown when a user returns ky.retry() from an afterResponse hook.
*/
class ForceRetryError_ForceRetryError extends Error {
    name = 'ForceRetryError';
    customDelay;
    code;
    customRequest;
    constructor(options) {
        // Runtime protection: wrap non-Error causes in NonError
        // TypeScript type is Error for guidance, but JS users can pass anything
        const cause = options?.cause
            ? (options.cause instanceof Error ? options.cause : new NonError(options.cause))
            : undefined;
        super(options?.code ? `Forced retry: ${options.code}` : 'Forced retry', cause ? { cause } : undefined);
        this.customDelay = options?.delay;
        this.code = options?.code;
        this.customRequest = options?.request;
    }
}
//# sourceMappingURL=ForceRetryError.js.map
;// CONCATENATED MODULE: ./node_modules/ky/distribution/core/constants.js
const supportsRequestStreams = (() => {
    let duplexAccessed = false;
    let hasContentType = false;
    const supportsReadableStream = typeof globalThis.ReadableStream === 'function';
    const supportsRequest = typeof globalThis.Request === 'function';
    if (supportsReadableStream && supportsRequest) {
        try {
            hasContentType = new globalThis.Request('https://empty.invalid', {
                body: new globalThis.ReadableStream(),
                method: 'POST',
                // @ts-expect-error - Types are outdated.
                get duplex() {
                    duplexAccessed = true;
                    return 'half';
                },
            }).headers.has('Content-Type');
        }
        catch (error) {
            // QQBrowser on iOS throws "unsupported BodyInit type" error (see issue #581)
            if (error instanceof Error && error.message === 'unsupported BodyInit type') {
                return false;
            }
            throw error;
        }
    }
    return duplexAccessed && !hasContentType;
})();
const supportsAbortController = typeof globalThis.AbortController === 'function';
const supportsAbortSignal = typeof globalThis.AbortSignal === 'function' && typeof globalThis.AbortSignal.any === 'function';
const supportsResponseStreams = typeof globalThis.ReadableStream === 'function';
const supportsFormData = typeof globalThis.FormData === 'function';
const requestMethods = ['get', 'post', 'put', 'patch', 'head', 'delete'];
const validate = () => undefined;
validate();
const responseTypes = {
    json: 'application/json',
    text: 'text/*',
    formData: 'multipart/form-data',
    arrayBuffer: '*/*',
    blob: '*/*',
    // Supported in modern Fetch implementations (for example, browsers and recent Node.js/undici).
    // We still feature-check at runtime before exposing the shortcut.
    bytes: '*/*',
};
// The maximum value of a 32bit int (see issue #117)
const maxSafeTimeout = 2_147_483_647;
// Size in bytes of a typical form boundary, used to help estimate upload size
const usualFormBoundarySize = new TextEncoder().encode('------WebKitFormBoundaryaxpyiPgbbPti10Rw').length;
const stop = Symbol('stop');
/**
Marker returned by ky.retry() to signal a forced retry from afterResponse hooks.
*/
class RetryMarker {
    options;
    constructor(options) {
        this.options = options;
    }
}
/**
Force a retry from an `afterResponse` hook.

This allows you to retry a request based on the response content, even if the response has a successful status code. The retry will respect the `retry.limit` option and skip the `shouldRetry` check. The forced retry is observable in `beforeRetry` hooks, where the error will be a `ForceRetryError`.

@param options - Optional configuration for the retry.

@example
```
import ky, {isForceRetryError} from 'ky';

const api = ky.extend({
    hooks: {
        afterResponse: [
            async (request, options, response) => {
                // Retry based on response body content
                if (response.status === 200) {
                    const data = await response.clone().json();

                    // Simple retry with default delay
                    if (data.error?.code === 'TEMPORARY_ERROR') {
                        return ky.retry();
                    }

                    // Retry with custom delay from API response
                    if (data.error?.code === 'RATE_LIMIT') {
                        return ky.retry({
                            delay: data.error.retryAfter * 1000,
                            code: 'RATE_LIMIT'
                        });
                    }

                    // Retry with a modified request (e.g., fallback endpoint)
                    if (data.error?.code === 'FALLBACK_TO_BACKUP') {
                        return ky.retry({
                            request: new Request('https://backup-api.com/endpoint', {
                                method: request.method,
                                headers: request.headers,
                            }),
                            code: 'BACKUP_ENDPOINT'
                        });
                    }

                    // Retry with refreshed authentication
                    if (data.error?.code === 'TOKEN_REFRESH' && data.newToken) {
                        return ky.retry({
                            request: new Request(request, {
                                headers: {
                                    ...Object.fromEntries(request.headers),
                                    'Authorization': `Bearer ${data.newToken}`
                                }
                            }),
                            code: 'TOKEN_REFRESHED'
                        });
                    }

                    // Retry with cause to preserve error chain
                    try {
                        validateResponse(data);
                    } catch (error) {
                        return ky.retry({
                            code: 'VALIDATION_FAILED',
                            cause: error
                        });
                    }
                }
            }
        ],
        beforeRetry: [
            ({error, retryCount}) => {
                // Observable in beforeRetry hooks
                if (isForceRetryError(error)) {
                    console.log(`Forced retry #${retryCount}: ${error.message}`);
                    // Example output: "Forced retry #1: Forced retry: RATE_LIMIT"
                }
            }
        ]
    }
});

const response = await api.get('https://example.com/api');
```
*/
const retry = (options) => new RetryMarker(options);
const kyOptionKeys = {
    json: true,
    parseJson: true,
    stringifyJson: true,
    searchParams: true,
    prefixUrl: true,
    retry: true,
    timeout: true,
    hooks: true,
    throwHttpErrors: true,
    onDownloadProgress: true,
    onUploadProgress: true,
    fetch: true,
    context: true,
};
// Vendor-specific fetch options that should always be passed to fetch()
// even if they appear on the Request object due to vendor patching.
// See: https://github.com/sindresorhus/ky/issues/541
const vendorSpecificOptions = {
    next: true, // Next.js cache revalidation (revalidate, tags)
};
// Standard RequestInit options that should NOT be passed separately to fetch()
// because they're already applied to the Request object.
// Note: `dispatcher` and `priority` are NOT included here - they're fetch-only
// options that the Request constructor doesn't accept, so they need to be passed
// separately to fetch().
const requestOptionsRegistry = {
    method: true,
    headers: true,
    body: true,
    mode: true,
    credentials: true,
    cache: true,
    redirect: true,
    referrer: true,
    referrerPolicy: true,
    integrity: true,
    keepalive: true,
    signal: true,
    window: true,
    duplex: true,
};
//# sourceMappingURL=constants.js.map
;// CONCATENATED MODULE: ./node_modules/ky/distribution/utils/body.js

// eslint-disable-next-line @typescript-eslint/ban-types
const getBodySize = (body) => {
    if (!body) {
        return 0;
    }
    if (body instanceof FormData) {
        // This is an approximation, as FormData size calculation is not straightforward
        let size = 0;
        for (const [key, value] of body) {
            size += usualFormBoundarySize;
            size += new TextEncoder().encode(`Content-Disposition: form-data; name="${key}"`).length;
            size += typeof value === 'string'
                ? new TextEncoder().encode(value).length
                : value.size;
        }
        return size;
    }
    if (body instanceof Blob) {
        return body.size;
    }
    if (body instanceof ArrayBuffer) {
        return body.byteLength;
    }
    if (typeof body === 'string') {
        return new TextEncoder().encode(body).length;
    }
    if (body instanceof URLSearchParams) {
        return new TextEncoder().encode(body.toString()).length;
    }
    if ('byteLength' in body) {
        return (body).byteLength;
    }
    if (typeof body === 'object' && body !== null) {
        try {
            const jsonString = JSON.stringify(body);
            return new TextEncoder().encode(jsonString).length;
        }
        catch {
            return 0;
        }
    }
    return 0; // Default case, unable to determine size
};
const withProgress = (stream, totalBytes, onProgress) => {
    let previousChunk;
    let transferredBytes = 0;
    return stream.pipeThrough(new TransformStream({
        transform(currentChunk, controller) {
            controller.enqueue(currentChunk);
            if (previousChunk) {
                transferredBytes += previousChunk.byteLength;
                let percent = totalBytes === 0 ? 0 : transferredBytes / totalBytes;
                // Avoid reporting 100% progress before the stream is actually finished (in case totalBytes is inaccurate)
                if (percent >= 1) {
                    // Epsilon is used here to get as close as possible to 100% without reaching it.
                    // If we were to use 0.99 here, percent could potentially go backwards.
                    percent = 1 - Number.EPSILON;
                }
                onProgress?.({ percent, totalBytes: Math.max(totalBytes, transferredBytes), transferredBytes }, previousChunk);
            }
            previousChunk = currentChunk;
        },
        flush() {
            if (previousChunk) {
                transferredBytes += previousChunk.byteLength;
                onProgress?.({ percent: 1, totalBytes: Math.max(totalBytes, transferredBytes), transferredBytes }, previousChunk);
            }
        },
    }));
};
const streamResponse = (response, onDownloadProgress) => {
    if (!response.body) {
        return response;
    }
    if (response.status === 204) {
        return new Response(null, {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers,
        });
    }
    const totalBytes = Math.max(0, Number(response.headers.get('content-length')) || 0);
    return new Response(withProgress(response.body, totalBytes, onDownloadProgress), {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
    });
};
// eslint-disable-next-line @typescript-eslint/ban-types
const streamRequest = (request, onUploadProgress, originalBody) => {
    if (!request.body) {
        return request;
    }
    // Use original body for size calculation since request.body is already a stream
    const totalBytes = getBodySize(originalBody ?? request.body);
    return new Request(request, {
        // @ts-expect-error - Types are outdated.
        duplex: 'half',
        body: withProgress(request.body, totalBytes, onUploadProgress),
    });
};
//# sourceMappingURL=body.js.map
;// CONCATENATED MODULE: ./node_modules/ky/distribution/utils/is.js
// eslint-disable-next-line @typescript-eslint/ban-types
const isObject = (value) => value !== null && typeof value === 'object';
//# sourceMappingURL=is.js.map
;// CONCATENATED MODULE: ./node_modules/ky/distribution/utils/merge.js


const validateAndMerge = (...sources) => {
    for (const source of sources) {
        if ((!isObject(source) || Array.isArray(source)) && source !== undefined) {
            throw new TypeError('The `options` argument must be an object');
        }
    }
    return deepMerge({}, ...sources);
};
const mergeHeaders = (source1 = {}, source2 = {}) => {
    const result = new globalThis.Headers(source1);
    const isHeadersInstance = source2 instanceof globalThis.Headers;
    const source = new globalThis.Headers(source2);
    for (const [key, value] of source.entries()) {
        if ((isHeadersInstance && value === 'undefined') || value === undefined) {
            result.delete(key);
        }
        else {
            result.set(key, value);
        }
    }
    return result;
};
function newHookValue(original, incoming, property) {
    return (Object.hasOwn(incoming, property) && incoming[property] === undefined)
        ? []
        : deepMerge(original[property] ?? [], incoming[property] ?? []);
}
const mergeHooks = (original = {}, incoming = {}) => ({
    beforeRequest: newHookValue(original, incoming, 'beforeRequest'),
    beforeRetry: newHookValue(original, incoming, 'beforeRetry'),
    afterResponse: newHookValue(original, incoming, 'afterResponse'),
    beforeError: newHookValue(original, incoming, 'beforeError'),
});
const appendSearchParameters = (target, source) => {
    const result = new URLSearchParams();
    for (const input of [target, source]) {
        if (input === undefined) {
            continue;
        }
        if (input instanceof URLSearchParams) {
            for (const [key, value] of input.entries()) {
                result.append(key, value);
            }
        }
        else if (Array.isArray(input)) {
            for (const pair of input) {
                if (!Array.isArray(pair) || pair.length !== 2) {
                    throw new TypeError('Array search parameters must be provided in [[key, value], ...] format');
                }
                result.append(String(pair[0]), String(pair[1]));
            }
        }
        else if (isObject(input)) {
            for (const [key, value] of Object.entries(input)) {
                if (value !== undefined) {
                    result.append(key, String(value));
                }
            }
        }
        else {
            // String
            const parameters = new URLSearchParams(input);
            for (const [key, value] of parameters.entries()) {
                result.append(key, value);
            }
        }
    }
    return result;
};
// TODO: Make this strongly-typed (no `any`).
const deepMerge = (...sources) => {
    let returnValue = {};
    let headers = {};
    let hooks = {};
    let searchParameters;
    const signals = [];
    for (const source of sources) {
        if (Array.isArray(source)) {
            if (!Array.isArray(returnValue)) {
                returnValue = [];
            }
            returnValue = [...returnValue, ...source];
        }
        else if (isObject(source)) {
            for (let [key, value] of Object.entries(source)) {
                // Special handling for AbortSignal instances
                if (key === 'signal' && value instanceof globalThis.AbortSignal) {
                    signals.push(value);
                    continue;
                }
                // Special handling for context - shallow merge only
                if (key === 'context') {
                    if (value !== undefined && value !== null && (!isObject(value) || Array.isArray(value))) {
                        throw new TypeError('The `context` option must be an object');
                    }
                    // Shallow merge: always create a new object to prevent mutation bugs
                    returnValue = {
                        ...returnValue,
                        context: (value === undefined || value === null)
                            ? {}
                            : { ...returnValue.context, ...value },
                    };
                    continue;
                }
                // Special handling for searchParams
                if (key === 'searchParams') {
                    if (value === undefined || value === null) {
                        // Explicit undefined or null removes searchParams
                        searchParameters = undefined;
                    }
                    else {
                        // First source: keep as-is to preserve type (string/object/URLSearchParams)
                        // Subsequent sources: merge and convert to URLSearchParams
                        searchParameters = searchParameters === undefined ? value : appendSearchParameters(searchParameters, value);
                    }
                    continue;
                }
                if (isObject(value) && key in returnValue) {
                    value = deepMerge(returnValue[key], value);
                }
                returnValue = { ...returnValue, [key]: value };
            }
            if (isObject(source.hooks)) {
                hooks = mergeHooks(hooks, source.hooks);
                returnValue.hooks = hooks;
            }
            if (isObject(source.headers)) {
                headers = mergeHeaders(headers, source.headers);
                returnValue.headers = headers;
            }
        }
    }
    if (searchParameters !== undefined) {
        returnValue.searchParams = searchParameters;
    }
    if (signals.length > 0) {
        if (signals.length === 1) {
            returnValue.signal = signals[0];
        }
        else if (supportsAbortSignal) {
            returnValue.signal = AbortSignal.any(signals);
        }
        else {
            // When AbortSignal.any is not available, use the last signal
            // This maintains the previous behavior before signal merging was added
            // This can be remove when the `supportsAbortSignal` check is removed.`
            returnValue.signal = signals.at(-1);
        }
    }
    return returnValue;
};
//# sourceMappingURL=merge.js.map
;// CONCATENATED MODULE: ./node_modules/ky/distribution/utils/normalize.js

const normalizeRequestMethod = (input) => requestMethods.includes(input) ? input.toUpperCase() : input;
const retryMethods = ['get', 'put', 'head', 'delete', 'options', 'trace'];
const retryStatusCodes = [408, 413, 429, 500, 502, 503, 504];
const retryAfterStatusCodes = [413, 429, 503];
const defaultRetryOptions = {
    limit: 2,
    methods: retryMethods,
    statusCodes: retryStatusCodes,
    afterStatusCodes: retryAfterStatusCodes,
    maxRetryAfter: Number.POSITIVE_INFINITY,
    backoffLimit: Number.POSITIVE_INFINITY,
    delay: attemptCount => 0.3 * (2 ** (attemptCount - 1)) * 1000,
    jitter: undefined,
    retryOnTimeout: false,
};
const normalizeRetryOptions = (retry = {}) => {
    if (typeof retry === 'number') {
        return {
            ...defaultRetryOptions,
            limit: retry,
        };
    }
    if (retry.methods && !Array.isArray(retry.methods)) {
        throw new Error('retry.methods must be an array');
    }
    retry.methods &&= retry.methods.map(method => method.toLowerCase());
    if (retry.statusCodes && !Array.isArray(retry.statusCodes)) {
        throw new Error('retry.statusCodes must be an array');
    }
    const normalizedRetry = Object.fromEntries(Object.entries(retry).filter(([, value]) => value !== undefined));
    return {
        ...defaultRetryOptions,
        ...normalizedRetry,
    };
};
//# sourceMappingURL=normalize.js.map
;// CONCATENATED MODULE: ./node_modules/ky/distribution/errors/TimeoutError.js
class TimeoutError extends Error {
    request;
    constructor(request) {
        super(`Request timed out: ${request.method} ${request.url}`);
        this.name = 'TimeoutError';
        this.request = request;
    }
}
//# sourceMappingURL=TimeoutError.js.map
;// CONCATENATED MODULE: ./node_modules/ky/distribution/utils/timeout.js

// `Promise.race()` workaround (#91)
async function timeout(request, init, abortController, options) {
    return new Promise((resolve, reject) => {
        const timeoutId = setTimeout(() => {
            if (abortController) {
                abortController.abort();
            }
            reject(new TimeoutError(request));
        }, options.timeout);
        void options
            .fetch(request, init)
            .then(resolve)
            .catch(reject)
            .then(() => {
            clearTimeout(timeoutId);
        });
    });
}
//# sourceMappingURL=timeout.js.map
;// CONCATENATED MODULE: ./node_modules/ky/distribution/utils/delay.js
// https://github.com/sindresorhus/delay/tree/ab98ae8dfcb38e1593286c94d934e70d14a4e111
async function delay(ms, { signal }) {
    return new Promise((resolve, reject) => {
        if (signal) {
            signal.throwIfAborted();
            signal.addEventListener('abort', abortHandler, { once: true });
        }
        function abortHandler() {
            clearTimeout(timeoutId);
            reject(signal.reason);
        }
        const timeoutId = setTimeout(() => {
            signal?.removeEventListener('abort', abortHandler);
            resolve();
        }, ms);
    });
}
//# sourceMappingURL=delay.js.map
;// CONCATENATED MODULE: ./node_modules/ky/distribution/utils/options.js

const findUnknownOptions = (request, options) => {
    const unknownOptions = {};
    for (const key in options) {
        // Skip inherited properties
        if (!Object.hasOwn(options, key)) {
            continue;
        }
        // An option is passed to fetch() if:
        // 1. It's not a standard RequestInit option (not in requestOptionsRegistry)
        // 2. It's not a ky-specific option (not in kyOptionKeys)
        // 3. Either:
        //    a. It's not on the Request object, OR
        //    b. It's a vendor-specific option that should always be passed (in vendorSpecificOptions)
        if (!(key in requestOptionsRegistry) && !(key in kyOptionKeys) && (!(key in request) || key in vendorSpecificOptions)) {
            unknownOptions[key] = options[key];
        }
    }
    return unknownOptions;
};
const hasSearchParameters = (search) => {
    if (search === undefined) {
        return false;
    }
    // The `typeof array` still gives "object", so we need different checking for array.
    if (Array.isArray(search)) {
        return search.length > 0;
    }
    if (search instanceof URLSearchParams) {
        return search.size > 0;
    }
    // Record
    if (typeof search === 'object') {
        return Object.keys(search).length > 0;
    }
    if (typeof search === 'string') {
        return search.trim().length > 0;
    }
    return Boolean(search);
};
//# sourceMappingURL=options.js.map
;// CONCATENATED MODULE: ./node_modules/ky/distribution/utils/type-guards.js



/**
Type guard to check if an error is a Ky error.

@param error - The error to check
@returns `true` if the error is a Ky error, `false` otherwise

@example
```
import ky, {isKyError} from 'ky';
try {
    const response = await ky.get('/api/data');
} catch (error) {
    if (isKyError(error)) {
        // Handle Ky-specific errors
        console.log('Ky error occurred:', error.message);
    } else {
        // Handle other errors
        console.log('Unknown error:', error);
    }
}
```
*/
function isKyError(error) {
    return isHTTPError(error) || isTimeoutError(error) || isForceRetryError(error);
}
/**
Type guard to check if an error is an HTTPError.

@param error - The error to check
@returns `true` if the error is an HTTPError, `false` otherwise

@example
```
import ky, {isHTTPError} from 'ky';
try {
    const response = await ky.get('/api/data');
} catch (error) {
    if (isHTTPError(error)) {
        console.log('HTTP error status:', error.response.status);
    }
}
```
*/
function isHTTPError(error) {
    return error instanceof HTTPError || (error?.name === HTTPError.name);
}
/**
Type guard to check if an error is a TimeoutError.

@param error - The error to check
@returns `true` if the error is a TimeoutError, `false` otherwise

@example
```
import ky, {isTimeoutError} from 'ky';
try {
    const response = await ky.get('/api/data', { timeout: 1000 });
} catch (error) {
    if (isTimeoutError(error)) {
        console.log('Request timed out:', error.request.url);
    }
}
```
*/
function isTimeoutError(error) {
    return error instanceof TimeoutError || (error?.name === TimeoutError.name);
}
/**
Type guard to check if an error is a ForceRetryError.

@param error - The error to check
@returns `true` if the error is a ForceRetryError, `false` otherwise

@example
```
import ky, {isForceRetryError} from 'ky';

const api = ky.extend({
    hooks: {
        beforeRetry: [
            ({error, retryCount}) => {
                if (isForceRetryError(error)) {
                    console.log(`Forced retry #${retryCount}: ${error.code}`);
                }
            }
        ]
    }
});
```
*/
function isForceRetryError(error) {
    return error instanceof ForceRetryError || (error?.name === ForceRetryError.name);
}
//# sourceMappingURL=type-guards.js.map
;// CONCATENATED MODULE: ./node_modules/ky/distribution/core/Ky.js











class Ky {
    static create(input, options) {
        const ky = new Ky(input, options);
        const function_ = async () => {
            if (typeof ky.#options.timeout === 'number' && ky.#options.timeout > maxSafeTimeout) {
                throw new RangeError(`The \`timeout\` option cannot be greater than ${maxSafeTimeout}`);
            }
            // Delay the fetch so that body method shortcuts can set the Accept header
            await Promise.resolve();
            // Before using ky.request, _fetch clones it and saves the clone for future retries to use.
            // If retry is not needed, close the cloned request's ReadableStream for memory safety.
            let response = await ky.#fetch();
            for (const hook of ky.#options.hooks.afterResponse) {
                // Clone the response before passing to hook so we can cancel it if needed
                const clonedResponse = ky.#decorateResponse(response.clone());
                let modifiedResponse;
                try {
                    // eslint-disable-next-line no-await-in-loop
                    modifiedResponse = await hook(ky.request, ky.#getNormalizedOptions(), clonedResponse, { retryCount: ky.#retryCount });
                }
                catch (error) {
                    // Cancel both responses to prevent memory leaks when hook throws
                    ky.#cancelResponseBody(clonedResponse);
                    ky.#cancelResponseBody(response);
                    throw error;
                }
                if (modifiedResponse instanceof RetryMarker) {
                    // Cancel both the cloned response passed to the hook and the current response to prevent resource leaks (especially important in Deno/Bun).
                    // Do not await cancellation since hooks can clone the response, leaving extra tee branches that keep cancel promises pending per the Streams spec.
                    ky.#cancelResponseBody(clonedResponse);
                    ky.#cancelResponseBody(response);
                    throw new ForceRetryError_ForceRetryError(modifiedResponse.options);
                }
                // Determine which response to use going forward
                const nextResponse = modifiedResponse instanceof globalThis.Response ? modifiedResponse : response;
                // Cancel any response bodies we won't use to prevent memory leaks.
                // Uses fire-and-forget since hooks may have cloned the response, creating tee branches that block cancellation.
                if (clonedResponse !== nextResponse) {
                    ky.#cancelResponseBody(clonedResponse);
                }
                if (response !== nextResponse) {
                    ky.#cancelResponseBody(response);
                }
                response = nextResponse;
            }
            ky.#decorateResponse(response);
            if (!response.ok && (typeof ky.#options.throwHttpErrors === 'function'
                ? ky.#options.throwHttpErrors(response.status)
                : ky.#options.throwHttpErrors)) {
                let error = new HTTPError(response, ky.request, ky.#getNormalizedOptions());
                for (const hook of ky.#options.hooks.beforeError) {
                    // eslint-disable-next-line no-await-in-loop
                    error = await hook(error, { retryCount: ky.#retryCount });
                }
                throw error;
            }
            // If `onDownloadProgress` is passed, it uses the stream API internally
            if (ky.#options.onDownloadProgress) {
                if (typeof ky.#options.onDownloadProgress !== 'function') {
                    throw new TypeError('The `onDownloadProgress` option must be a function');
                }
                if (!supportsResponseStreams) {
                    throw new Error('Streams are not supported in your environment. `ReadableStream` is missing.');
                }
                const progressResponse = response.clone();
                ky.#cancelResponseBody(response);
                return streamResponse(progressResponse, ky.#options.onDownloadProgress);
            }
            return response;
        };
        // Always wrap in #retry to catch forced retries from afterResponse hooks
        // Method retriability is checked in #calculateRetryDelay for non-forced retries
        const result = ky.#retry(function_)
            .finally(() => {
            const originalRequest = ky.#originalRequest;
            // Ignore cancellation errors from already-locked or already-consumed streams.
            ky.#cancelBody(originalRequest?.body ?? undefined);
            ky.#cancelBody(ky.request.body ?? undefined);
        });
        for (const [type, mimeType] of Object.entries(responseTypes)) {
            // Only expose `.bytes()` when the environment implements it.
            if (type === 'bytes'
                && typeof globalThis.Response?.prototype?.bytes !== 'function') {
                continue;
            }
            result[type] = async () => {
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                ky.request.headers.set('accept', ky.request.headers.get('accept') || mimeType);
                const response = await result;
                if (type === 'json') {
                    if (response.status === 204) {
                        return '';
                    }
                    const text = await response.text();
                    if (text === '') {
                        return '';
                    }
                    if (options.parseJson) {
                        return options.parseJson(text);
                    }
                    return JSON.parse(text);
                }
                return response[type]();
            };
        }
        return result;
    }
    // eslint-disable-next-line unicorn/prevent-abbreviations
    static #normalizeSearchParams(searchParams) {
        // Filter out undefined values from plain objects
        if (searchParams && typeof searchParams === 'object' && !Array.isArray(searchParams) && !(searchParams instanceof URLSearchParams)) {
            return Object.fromEntries(Object.entries(searchParams).filter(([, value]) => value !== undefined));
        }
        return searchParams;
    }
    request;
    #abortController;
    #retryCount = 0;
    // eslint-disable-next-line @typescript-eslint/prefer-readonly -- False positive: #input is reassigned on line 202
    #input;
    #options;
    #originalRequest;
    #userProvidedAbortSignal;
    #cachedNormalizedOptions;
    // eslint-disable-next-line complexity
    constructor(input, options = {}) {
        this.#input = input;
        this.#options = {
            ...options,
            headers: mergeHeaders(this.#input.headers, options.headers),
            hooks: mergeHooks({
                beforeRequest: [],
                beforeRetry: [],
                beforeError: [],
                afterResponse: [],
            }, options.hooks),
            method: normalizeRequestMethod(options.method ?? this.#input.method ?? 'GET'),
            // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
            prefixUrl: String(options.prefixUrl || ''),
            retry: normalizeRetryOptions(options.retry),
            throwHttpErrors: options.throwHttpErrors ?? true,
            timeout: options.timeout ?? 10_000,
            fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
            context: options.context ?? {},
        };
        if (typeof this.#input !== 'string' && !(this.#input instanceof URL || this.#input instanceof globalThis.Request)) {
            throw new TypeError('`input` must be a string, URL, or Request');
        }
        if (this.#options.prefixUrl && typeof this.#input === 'string') {
            if (this.#input.startsWith('/')) {
                throw new Error('`input` must not begin with a slash when using `prefixUrl`');
            }
            if (!this.#options.prefixUrl.endsWith('/')) {
                this.#options.prefixUrl += '/';
            }
            this.#input = this.#options.prefixUrl + this.#input;
        }
        if (supportsAbortController && supportsAbortSignal) {
            this.#userProvidedAbortSignal = this.#options.signal ?? this.#input.signal;
            this.#abortController = new globalThis.AbortController();
            this.#options.signal = this.#userProvidedAbortSignal ? AbortSignal.any([this.#userProvidedAbortSignal, this.#abortController.signal]) : this.#abortController.signal;
        }
        if (supportsRequestStreams) {
            // @ts-expect-error - Types are outdated.
            this.#options.duplex = 'half';
        }
        if (this.#options.json !== undefined) {
            this.#options.body = this.#options.stringifyJson?.(this.#options.json) ?? JSON.stringify(this.#options.json);
            this.#options.headers.set('content-type', this.#options.headers.get('content-type') ?? 'application/json');
        }
        // To provide correct form boundary, Content-Type header should be deleted when creating Request from another Request with FormData/URLSearchParams body
        // Only delete if user didn't explicitly provide a custom content-type
        const userProvidedContentType = options.headers && new globalThis.Headers(options.headers).has('content-type');
        if (this.#input instanceof globalThis.Request
            && ((supportsFormData && this.#options.body instanceof globalThis.FormData) || this.#options.body instanceof URLSearchParams)
            && !userProvidedContentType) {
            this.#options.headers.delete('content-type');
        }
        this.request = new globalThis.Request(this.#input, this.#options);
        if (hasSearchParameters(this.#options.searchParams)) {
            // eslint-disable-next-line unicorn/prevent-abbreviations
            const textSearchParams = typeof this.#options.searchParams === 'string'
                ? this.#options.searchParams.replace(/^\?/, '')
                : new URLSearchParams(Ky.#normalizeSearchParams(this.#options.searchParams)).toString();
            // eslint-disable-next-line unicorn/prevent-abbreviations
            const searchParams = '?' + textSearchParams;
            const url = this.request.url.replace(/(?:\?.*?)?(?=#|$)/, searchParams);
            // Recreate request with the updated URL. We already have all options in this.#options, including duplex.
            this.request = new globalThis.Request(url, this.#options);
        }
        // If `onUploadProgress` is passed, it uses the stream API internally
        if (this.#options.onUploadProgress) {
            if (typeof this.#options.onUploadProgress !== 'function') {
                throw new TypeError('The `onUploadProgress` option must be a function');
            }
            if (!supportsRequestStreams) {
                throw new Error('Request streams are not supported in your environment. The `duplex` option for `Request` is not available.');
            }
            this.request = this.#wrapRequestWithUploadProgress(this.request, this.#options.body ?? undefined);
        }
    }
    #calculateDelay() {
        const retryDelay = this.#options.retry.delay(this.#retryCount);
        let jitteredDelay = retryDelay;
        if (this.#options.retry.jitter === true) {
            jitteredDelay = Math.random() * retryDelay;
        }
        else if (typeof this.#options.retry.jitter === 'function') {
            jitteredDelay = this.#options.retry.jitter(retryDelay);
            if (!Number.isFinite(jitteredDelay) || jitteredDelay < 0) {
                jitteredDelay = retryDelay;
            }
        }
        // Handle undefined backoffLimit by treating it as no limit (Infinity)
        const backoffLimit = this.#options.retry.backoffLimit ?? Number.POSITIVE_INFINITY;
        return Math.min(backoffLimit, jitteredDelay);
    }
    async #calculateRetryDelay(error) {
        this.#retryCount++;
        if (this.#retryCount > this.#options.retry.limit) {
            throw error;
        }
        // Wrap non-Error throws to ensure consistent error handling
        const errorObject = error instanceof Error ? error : new NonError(error);
        // Handle forced retry from afterResponse hook - skip method check and shouldRetry
        if (errorObject instanceof ForceRetryError_ForceRetryError) {
            return errorObject.customDelay ?? this.#calculateDelay();
        }
        // Check if method is retriable for non-forced retries
        if (!this.#options.retry.methods.includes(this.request.method.toLowerCase())) {
            throw error;
        }
        // User-provided shouldRetry function takes precedence over all other checks
        if (this.#options.retry.shouldRetry !== undefined) {
            const result = await this.#options.retry.shouldRetry({ error: errorObject, retryCount: this.#retryCount });
            // Strict boolean checking - only exact true/false are handled specially
            if (result === false) {
                throw error;
            }
            if (result === true) {
                // Force retry - skip all other validation and return delay
                return this.#calculateDelay();
            }
            // If undefined or any other value, fall through to default behavior
        }
        // Default timeout behavior
        if (isTimeoutError(error) && !this.#options.retry.retryOnTimeout) {
            throw error;
        }
        if (isHTTPError(error)) {
            if (!this.#options.retry.statusCodes.includes(error.response.status)) {
                throw error;
            }
            const retryAfter = error.response.headers.get('Retry-After')
                ?? error.response.headers.get('RateLimit-Reset')
                ?? error.response.headers.get('X-RateLimit-Retry-After') // Symfony-based services
                ?? error.response.headers.get('X-RateLimit-Reset') // GitHub
                ?? error.response.headers.get('X-Rate-Limit-Reset'); // Twitter
            if (retryAfter && this.#options.retry.afterStatusCodes.includes(error.response.status)) {
                let after = Number(retryAfter) * 1000;
                if (Number.isNaN(after)) {
                    after = Date.parse(retryAfter) - Date.now();
                }
                else if (after >= Date.parse('2024-01-01')) {
                    // A large number is treated as a timestamp (fixed threshold protects against clock skew)
                    after -= Date.now();
                }
                const max = this.#options.retry.maxRetryAfter ?? after;
                // Don't apply jitter when server provides explicit retry timing
                return after < max ? after : max;
            }
            if (error.response.status === 413) {
                throw error;
            }
        }
        return this.#calculateDelay();
    }
    #decorateResponse(response) {
        if (this.#options.parseJson) {
            response.json = async () => this.#options.parseJson(await response.text());
        }
        return response;
    }
    #cancelBody(body) {
        if (!body) {
            return;
        }
        // Ignore cancellation failures from already-locked or already-consumed streams.
        void body.cancel().catch(() => undefined);
    }
    #cancelResponseBody(response) {
        // Ignore cancellation failures from already-locked or already-consumed streams.
        this.#cancelBody(response.body ?? undefined);
    }
    async #retry(function_) {
        try {
            return await function_();
        }
        catch (error) {
            const ms = Math.min(await this.#calculateRetryDelay(error), maxSafeTimeout);
            if (this.#retryCount < 1) {
                throw error;
            }
            // Only use user-provided signal for delay, not our internal abortController
            await delay(ms, this.#userProvidedAbortSignal ? { signal: this.#userProvidedAbortSignal } : {});
            // Apply custom request from forced retry before beforeRetry hooks
            // Ensure the custom request has the correct managed signal for timeouts and user aborts
            if (error instanceof ForceRetryError_ForceRetryError && error.customRequest) {
                const managedRequest = this.#options.signal
                    ? new globalThis.Request(error.customRequest, { signal: this.#options.signal })
                    : new globalThis.Request(error.customRequest);
                this.#assignRequest(managedRequest);
            }
            for (const hook of this.#options.hooks.beforeRetry) {
                // eslint-disable-next-line no-await-in-loop
                const hookResult = await hook({
                    request: this.request,
                    options: this.#getNormalizedOptions(),
                    error: error,
                    retryCount: this.#retryCount,
                });
                if (hookResult instanceof globalThis.Request) {
                    this.#assignRequest(hookResult);
                    break;
                }
                // If a Response is returned, use it and skip the retry
                if (hookResult instanceof globalThis.Response) {
                    return hookResult;
                }
                // If `stop` is returned from the hook, the retry process is stopped
                if (hookResult === stop) {
                    return;
                }
            }
            return this.#retry(function_);
        }
    }
    async #fetch() {
        // Reset abortController if it was aborted (happens on timeout retry)
        if (this.#abortController?.signal.aborted) {
            this.#abortController = new globalThis.AbortController();
            this.#options.signal = this.#userProvidedAbortSignal ? AbortSignal.any([this.#userProvidedAbortSignal, this.#abortController.signal]) : this.#abortController.signal;
            // Recreate request with new signal
            this.request = new globalThis.Request(this.request, { signal: this.#options.signal });
        }
        for (const hook of this.#options.hooks.beforeRequest) {
            // eslint-disable-next-line no-await-in-loop
            const result = await hook(this.request, this.#getNormalizedOptions(), { retryCount: this.#retryCount });
            if (result instanceof Response) {
                return result;
            }
            if (result instanceof globalThis.Request) {
                this.#assignRequest(result);
                break;
            }
        }
        const nonRequestOptions = findUnknownOptions(this.request, this.#options);
        // Cloning is done here to prepare in advance for retries
        this.#originalRequest = this.request;
        this.request = this.#originalRequest.clone();
        if (this.#options.timeout === false) {
            return this.#options.fetch(this.#originalRequest, nonRequestOptions);
        }
        return timeout(this.#originalRequest, nonRequestOptions, this.#abortController, this.#options);
    }
    #getNormalizedOptions() {
        if (!this.#cachedNormalizedOptions) {
            const { hooks, ...normalizedOptions } = this.#options;
            this.#cachedNormalizedOptions = Object.freeze(normalizedOptions);
        }
        return this.#cachedNormalizedOptions;
    }
    #assignRequest(request) {
        this.#cachedNormalizedOptions = undefined;
        this.request = this.#wrapRequestWithUploadProgress(request);
    }
    #wrapRequestWithUploadProgress(request, originalBody) {
        if (!this.#options.onUploadProgress || !request.body) {
            return request;
        }
        return streamRequest(request, this.#options.onUploadProgress, originalBody ?? this.#options.body ?? undefined);
    }
}
//# sourceMappingURL=Ky.js.map
;// CONCATENATED MODULE: ./node_modules/ky/distribution/index.js
/*! MIT License © Sindre Sorhus */



const createInstance = (defaults) => {
    // eslint-disable-next-line @typescript-eslint/promise-function-async
    const ky = (input, options) => Ky.create(input, validateAndMerge(defaults, options));
    for (const method of requestMethods) {
        // eslint-disable-next-line @typescript-eslint/promise-function-async
        ky[method] = (input, options) => Ky.create(input, validateAndMerge(defaults, options, { method }));
    }
    ky.create = (newDefaults) => createInstance(validateAndMerge(newDefaults));
    ky.extend = (newDefaults) => {
        if (typeof newDefaults === 'function') {
            newDefaults = newDefaults(defaults ?? {});
        }
        return createInstance(validateAndMerge(defaults, newDefaults));
    };
    ky.stop = stop;
    ky.retry = retry;
    return ky;
};
const ky = createInstance();
/* harmony default export */ const distribution = (ky);




// Intentionally not exporting this for now as it's just an implementation detail and we don't want to commit to a certain API yet at least.
// export {NonError} from './errors/NonError.js';
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/valibot/dist/index.mjs
//#region src/storages/globalConfig/globalConfig.ts
let store$4;
const DEFAULT_CONFIG = {
	lang: void 0,
	message: void 0,
	abortEarly: void 0,
	abortPipeEarly: void 0
};
/**
* Sets the global configuration.
*
* @param config The configuration.
*/
function setGlobalConfig(config$1) {
	store$4 = {
		...store$4,
		...config$1
	};
}
/**
* Returns the global configuration.
*
* @param config The config to merge.
*
* @returns The configuration.
*/
/* @__NO_SIDE_EFFECTS__ */
function getGlobalConfig(config$1) {
	if (!config$1 && !store$4) return DEFAULT_CONFIG;
	return {
		lang: config$1?.lang ?? store$4?.lang,
		message: config$1?.message,
		abortEarly: config$1?.abortEarly ?? store$4?.abortEarly,
		abortPipeEarly: config$1?.abortPipeEarly ?? store$4?.abortPipeEarly
	};
}
/**
* Deletes the global configuration.
*/
function deleteGlobalConfig() {
	store$4 = void 0;
}

//#endregion
//#region src/storages/globalMessage/globalMessage.ts
let store$3;
/**
* Sets a global error message.
*
* @param message The error message.
* @param lang The language of the message.
*/
function setGlobalMessage(message$1, lang) {
	if (!store$3) store$3 = /* @__PURE__ */ new Map();
	store$3.set(lang, message$1);
}
/**
* Returns a global error message.
*
* @param lang The language of the message.
*
* @returns The error message.
*/
/* @__NO_SIDE_EFFECTS__ */
function getGlobalMessage(lang) {
	return store$3?.get(lang);
}
/**
* Deletes a global error message.
*
* @param lang The language of the message.
*/
function deleteGlobalMessage(lang) {
	store$3?.delete(lang);
}

//#endregion
//#region src/storages/schemaMessage/schemaMessage.ts
let store$2;
/**
* Sets a schema error message.
*
* @param message The error message.
* @param lang The language of the message.
*/
function setSchemaMessage(message$1, lang) {
	if (!store$2) store$2 = /* @__PURE__ */ new Map();
	store$2.set(lang, message$1);
}
/**
* Returns a schema error message.
*
* @param lang The language of the message.
*
* @returns The error message.
*/
/* @__NO_SIDE_EFFECTS__ */
function getSchemaMessage(lang) {
	return store$2?.get(lang);
}
/**
* Deletes a schema error message.
*
* @param lang The language of the message.
*/
function deleteSchemaMessage(lang) {
	store$2?.delete(lang);
}

//#endregion
//#region src/storages/specificMessage/specificMessage.ts
let store$1;
/**
* Sets a specific error message.
*
* @param reference The identifier reference.
* @param message The error message.
* @param lang The language of the message.
*/
function setSpecificMessage(reference, message$1, lang) {
	if (!store$1) store$1 = /* @__PURE__ */ new Map();
	if (!store$1.get(reference)) store$1.set(reference, /* @__PURE__ */ new Map());
	store$1.get(reference).set(lang, message$1);
}
/**
* Returns a specific error message.
*
* @param reference The identifier reference.
* @param lang The language of the message.
*
* @returns The error message.
*/
/* @__NO_SIDE_EFFECTS__ */
function getSpecificMessage(reference, lang) {
	return store$1?.get(reference)?.get(lang);
}
/**
* Deletes a specific error message.
*
* @param reference The identifier reference.
* @param lang The language of the message.
*/
function deleteSpecificMessage(reference, lang) {
	store$1?.get(reference)?.delete(lang);
}

//#endregion
//#region src/utils/_stringify/_stringify.ts
/**
* Stringifies an unknown input to a literal or type string.
*
* @param input The unknown input.
*
* @returns A literal or type string.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _stringify(input) {
	const type = typeof input;
	if (type === "string") return `"${input}"`;
	if (type === "number" || type === "bigint" || type === "boolean") return `${input}`;
	if (type === "object" || type === "function") return (input && Object.getPrototypeOf(input)?.constructor?.name) ?? "null";
	return type;
}

//#endregion
//#region src/utils/_addIssue/_addIssue.ts
/**
* Adds an issue to the dataset.
*
* @param context The issue context.
* @param label The issue label.
* @param dataset The input dataset.
* @param config The configuration.
* @param other The optional props.
*
* @internal
*/
function _addIssue(context, label, dataset, config$1, other) {
	const input = other && "input" in other ? other.input : dataset.value;
	const expected = other?.expected ?? context.expects ?? null;
	const received = other?.received ?? /* @__PURE__ */ _stringify(input);
	const issue = {
		kind: context.kind,
		type: context.type,
		input,
		expected,
		received,
		message: `Invalid ${label}: ${expected ? `Expected ${expected} but r` : "R"}eceived ${received}`,
		requirement: context.requirement,
		path: other?.path,
		issues: other?.issues,
		lang: config$1.lang,
		abortEarly: config$1.abortEarly,
		abortPipeEarly: config$1.abortPipeEarly
	};
	const isSchema = context.kind === "schema";
	const message$1 = other?.message ?? context.message ?? /* @__PURE__ */ getSpecificMessage(context.reference, issue.lang) ?? (isSchema ? /* @__PURE__ */ getSchemaMessage(issue.lang) : null) ?? config$1.message ?? /* @__PURE__ */ getGlobalMessage(issue.lang);
	if (message$1 !== void 0) issue.message = typeof message$1 === "function" ? message$1(issue) : message$1;
	if (isSchema) dataset.typed = false;
	if (dataset.issues) dataset.issues.push(issue);
	else dataset.issues = [issue];
}

//#endregion
//#region src/utils/_cloneDataset/_cloneDataset.ts
/**
* Creates a shallow copy of a dataset.
*
* Hint: The `value` is copied by reference, but the `issues` array, its issues
* and their `path` arrays are cloned to avoid reusing mutable dataset state
* across multiple runs. Mutating a returned object or array value can
* therefore affect later cache hits that reuse the same cached output.
*
* @param dataset The output dataset.
*
* @returns The copied output dataset.
*/
/* @__NO_SIDE_EFFECTS__ */
function _cloneDataset(dataset) {
	return {
		typed: dataset.typed,
		value: dataset.value,
		issues: dataset.issues?.map((issue) => ({
			...issue,
			path: issue.path && [...issue.path]
		}))
	};
}

//#endregion
//#region src/utils/_formatCase/_formatCase.ts
/**
* Splits a string into lowercase words and rejoins them with the given
* separator and capitalization rules.
*
* Words are separated by `_`, `-` and ASCII whitespace, as well as by case
* and acronym boundaries. Whether the first or subsequent words are
* capitalized is controlled by `capFirst` and `capRest`.
*
* Hint: Implemented in a single pass that emits directly to the result
* string to avoid an intermediate `string[]` allocation. ASCII chars are
* classified via char codes to skip `.toLowerCase()` and `.toUpperCase()`
* method calls in the common case.
*
* Hint: Digits are treated as a separate character class, so `item2Name`
* yields `item2` and `name` rather than `item`, `2` and `name`.
*
* @param input The input string.
* @param separator The string inserted between words.
* @param capFirst Whether to capitalize the first word.
* @param capRest Whether to capitalize subsequent words.
*
* @returns The formatted string.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _formatCase(input, separator, capFirst, capRest) {
	let result = "";
	let firstWord = true;
	let start = 0;
	let prev = 0;
	let prevPrev = 0;
	const flush = (end) => {
		if (end > start) {
			let word = input.slice(start, end).toLowerCase();
			if (firstWord ? capFirst : capRest) {
				const firstCode = word.charCodeAt(0);
				if (firstCode >= 97 && firstCode <= 122) word = String.fromCharCode(firstCode - 32) + word.slice(1);
				else {
					const charLen = firstCode >= 55296 && firstCode <= 56319 ? 2 : 1;
					word = word.slice(0, charLen).toUpperCase() + word.slice(charLen);
				}
			}
			result += firstWord ? word : separator + word;
			firstWord = false;
		}
	};
	for (let index = 0; index < input.length; index++) {
		const code = input.charCodeAt(index);
		let type;
		if (code === 32 || code === 9 || code === 10 || code === 11 || code === 12 || code === 13 || code === 45 || code === 95) {
			flush(index);
			start = index + 1;
			type = 0;
		} else if (code < 128) type = code >= 65 && code <= 90 ? 1 : code >= 97 && code <= 122 ? 2 : 3;
		else {
			const char = input[index];
			const charLower = char.toLowerCase();
			type = charLower === char.toUpperCase() ? 3 : char === charLower ? 2 : 1;
		}
		if (type === 1 && (prev === 2 || prev === 3) && index > start) {
			flush(index);
			start = index;
		} else if (type === 2 && prev === 1 && prevPrev === 1 && index - 1 > start) {
			flush(index - 1);
			start = index - 1;
		}
		prevPrev = prev;
		prev = type;
	}
	flush(input.length);
	return result;
}

//#endregion
//#region src/utils/_getByteCount/_getByteCount.ts
let textEncoder;
/**
* Returns the byte count of the input.
*
* @param input The input to be measured.
*
* @returns The byte count.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _getByteCount(input) {
	if (!textEncoder) textEncoder = new TextEncoder();
	return textEncoder.encode(input).length;
}

//#endregion
//#region src/utils/_getCodePointCount/_getCodePointCount.ts
/**
* Returns the code point count of the input.
*
* @param input The input to be measured.
*
* @returns The code point count.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _getCodePointCount(input) {
	let count = input.length;
	const lengthMinus1 = input.length - 1;
	for (let i = 0; i < lengthMinus1;) if (input.codePointAt(i) <= 65535) i++;
	else {
		i += 2;
		count--;
	}
	return count;
}

//#endregion
//#region src/utils/_getGraphemeCount/_getGraphemeCount.ts
let segmenter;
/**
* Returns the grapheme count of the input.
*
* @param input The input to be measured.
*
* @returns The grapheme count.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _getGraphemeCount(input) {
	if (!segmenter) segmenter = new Intl.Segmenter();
	const segments = segmenter.segment(input);
	let count = 0;
	for (const _ of segments) count++;
	return count;
}

//#endregion
//#region src/utils/_getLastMetadata/_getLastMetadata.ts
/**
* Returns the last top-level value of a given metadata type from a schema
* using a breadth-first search that starts with the last item in the pipeline.
*
* @param schema The schema to search.
* @param type The metadata type.
*
* @returns The value, if any.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _getLastMetadata(schema, type) {
	if ("pipe" in schema) {
		const nestedSchemas = [];
		for (let index = schema.pipe.length - 1; index >= 0; index--) {
			const item = schema.pipe[index];
			if (item.kind === "schema" && "pipe" in item) nestedSchemas.push(item);
			else if (item.kind === "metadata" && item.type === type) return item[type];
		}
		for (const nestedSchema of nestedSchemas) {
			const result = /* @__PURE__ */ _getLastMetadata(nestedSchema, type);
			if (result !== void 0) return result;
		}
	}
}

//#endregion
//#region src/utils/_getWordCount/_getWordCount.ts
let store;
/**
* Returns the word count of the input.
*
* @param locales The locales to be used.
* @param input The input to be measured.
*
* @returns The word count.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _getWordCount(locales, input) {
	if (!store) store = /* @__PURE__ */ new Map();
	const key = String(locales);
	let segmenter$1 = store.get(key);
	if (!segmenter$1) {
		segmenter$1 = new Intl.Segmenter(locales, { granularity: "word" });
		store.set(key, segmenter$1);
	}
	const segments = segmenter$1.segment(input);
	let count = 0;
	for (const segment of segments) if (segment.isWordLike) count++;
	return count;
}

//#endregion
//#region src/utils/_isLuhnAlgo/_isLuhnAlgo.ts
/**
* Non-digit regex.
*/
const NON_DIGIT_REGEX = /\D/gu;
/**
* Checks whether a string with numbers corresponds to the luhn algorithm.
*
* @param input The input to be checked.
*
* @returns Whether input is valid.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _isLuhnAlgo(input) {
	const number$1 = input.replace(NON_DIGIT_REGEX, "");
	let length$1 = number$1.length;
	let bit = 1;
	let sum = 0;
	while (length$1) {
		const value$1 = +number$1[--length$1];
		bit ^= 1;
		sum += bit ? [
			0,
			2,
			4,
			6,
			8,
			1,
			3,
			5,
			7,
			9
		][value$1] : value$1;
	}
	return sum % 10 === 0;
}

//#endregion
//#region src/utils/_isSameValueZero/_isSameValueZero.ts
/**
* Compares two values using the SameValueZero algorithm, which treats `NaN`
* as equal to itself unlike `===`.
*
* @param value1 The first value.
* @param value2 The second value.
*
* @returns Whether the values are equal.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _isSameValueZero(value1, value2) {
	return value1 === value2 || Number.isNaN(value1) && Number.isNaN(value2);
}

//#endregion
//#region src/utils/_isValidObjectKey/_isValidObjectKey.ts
/**
* Disallows inherited object properties and prevents object prototype
* pollution by disallowing certain keys.
*
* @param object The object to check.
* @param key The key to check.
*
* @returns Whether the key is allowed.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _isValidObjectKey(object$1, key) {
	return Object.prototype.hasOwnProperty.call(object$1, key) && key !== "__proto__" && key !== "prototype" && key !== "constructor";
}

//#endregion
//#region src/utils/_isValueMatch/_isValueMatch.ts
/**
* Checks whether a value matches a value action requirement.
*
* @param requirement The value action requirement.
* @param value The value to check.
*
* @returns Whether the value matches the requirement.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _isValueMatch(requirement, value$1) {
	return Number.isNaN(requirement) && Number.isNaN(value$1) || requirement <= value$1 && requirement >= value$1;
}

//#endregion
//#region src/utils/_joinExpects/_joinExpects.ts
/**
* Joins multiple `expects` values with the given separator.
*
* @param values The `expects` values.
* @param separator The separator.
*
* @returns The joined `expects` property.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _joinExpects(values$1, separator) {
	const list = [...new Set(values$1)];
	if (list.length > 1) return `(${list.join(` ${separator} `)})`;
	return list[0] ?? "never";
}

//#endregion
//#region src/utils/_standardSchema/_standardSchema.ts
/**
* Eagerly creates and attaches the Standard Schema properties of a schema.
*
* Hint: The contextual `this` type includes the standard properties that are
* attached before the schema is returned.
*
* @param schema The schema to attach standard properties to.
*
* @returns The schema with standard properties attached.
*
* @internal
*/
function _standardSchema(schema) {
	schema["~standard"] = {
		version: 1,
		vendor: "valibot",
		validate: (value$1) => schema["~run"]({ value: value$1 }, /* @__PURE__ */ getGlobalConfig())
	};
	return schema;
}

//#endregion
//#region src/utils/entriesFromList/entriesFromList.ts
/**
* Creates an object entries definition from a list of keys and a schema.
*
* @param list A list of keys.
* @param schema The schema of the keys.
*
* @returns The object entries.
*/
/* @__NO_SIDE_EFFECTS__ */
function entriesFromList(list, schema) {
	const entries$1 = {};
	for (const key of list) entries$1[key] = schema;
	return entries$1;
}

//#endregion
//#region src/utils/entriesFromObjects/entriesFromObjects.ts
/* @__NO_SIDE_EFFECTS__ */
function entriesFromObjects(schemas) {
	const entries$1 = {};
	for (const schema of schemas) Object.assign(entries$1, schema.entries);
	return entries$1;
}

//#endregion
//#region src/utils/getDotPath/getDotPath.ts
/* @__NO_SIDE_EFFECTS__ */
function getDotPath(issue) {
	if (issue.path) {
		let key = "";
		for (const item of issue.path) if (typeof item.key === "string" || typeof item.key === "number") if (key) key += `.${item.key}`;
		else key += item.key;
		else return null;
		return key;
	}
	return null;
}

//#endregion
//#region src/utils/isOfKind/isOfKind.ts
/**
* A generic type guard to check the kind of an object.
*
* @param kind The kind to check for.
* @param object The object to check.
*
* @returns Whether it matches.
*/
/* @__NO_SIDE_EFFECTS__ */
function isOfKind(kind, object$1) {
	return object$1.kind === kind;
}

//#endregion
//#region src/utils/isOfType/isOfType.ts
/**
* A generic type guard to check the type of an object.
*
* @param type The type to check for.
* @param object The object to check.
*
* @returns Whether it matches.
*/
/* @__NO_SIDE_EFFECTS__ */
function isOfType(type, object$1) {
	return object$1.type === type;
}

//#endregion
//#region src/utils/ValiError/ValiError.ts
/**
* A Valibot error with useful information.
*/
var ValiError = class extends Error {
	/**
	* Creates a Valibot error with useful information.
	*
	* @param issues The error issues.
	*/
	constructor(issues) {
		super(issues[0].message);
		this.name = "ValiError";
		this.issues = issues;
	}
};

//#endregion
//#region src/utils/isValiError/isValiError.ts
/**
* A type guard to check if an error is a ValiError.
*
* @param error The error to check.
*
* @returns Whether its a ValiError.
*/
/* @__NO_SIDE_EFFECTS__ */
function isValiError(error) {
	return error instanceof ValiError;
}

//#endregion
//#region src/actions/args/args.ts
/* @__NO_SIDE_EFFECTS__ */
function args(schema) {
	return {
		kind: "transformation",
		type: "args",
		reference: args,
		async: false,
		schema,
		"~run"(dataset, config$1) {
			const func = dataset.value;
			dataset.value = (...args_) => {
				const argsDataset = this.schema["~run"]({ value: args_ }, config$1);
				if (argsDataset.issues) throw new ValiError(argsDataset.issues);
				return func(...argsDataset.value);
			};
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/args/argsAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function argsAsync(schema) {
	return {
		kind: "transformation",
		type: "args",
		reference: argsAsync,
		async: false,
		schema,
		"~run"(dataset, config$1) {
			const func = dataset.value;
			dataset.value = async (...args$1) => {
				const argsDataset = await schema["~run"]({ value: args$1 }, config$1);
				if (argsDataset.issues) throw new ValiError(argsDataset.issues);
				return func(...argsDataset.value);
			};
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/await/awaitAsync.ts
/**
* Creates an await transformation action.
*
* @returns An await action.
*/
/* @__NO_SIDE_EFFECTS__ */
function awaitAsync() {
	return {
		kind: "transformation",
		type: "await",
		reference: awaitAsync,
		async: true,
		async "~run"(dataset) {
			dataset.value = await dataset.value;
			return dataset;
		}
	};
}

//#endregion
//#region src/regex.ts
/**
* [Base64](https://en.wikipedia.org/wiki/Base64) regex.
*/
const BASE64_REGEX = /^(?:[\da-z+/]{4})*(?:[\da-z+/]{2}==|[\da-z+/]{3}=)?$/iu;
/**
* [BIC](https://en.wikipedia.org/wiki/ISO_9362) regex.
*/
const BIC_REGEX = /^[A-Z]{6}(?!00)[\dA-Z]{2}(?:[\dA-Z]{3})?$/u;
/**
* [Cuid2](https://github.com/paralleldrive/cuid2) regex.
*/
const CUID2_REGEX = /^[a-z][\da-z]*$/u;
/**
* [Decimal](https://en.wikipedia.org/wiki/Decimal) regex.
*/
const DECIMAL_REGEX = /^[+-]?(?:\d*\.)?\d+$/u;
/**
* [Digits](https://en.wikipedia.org/wiki/Numerical_digit) regex.
*/
const DIGITS_REGEX = /^\d+$/u;
/**
* [Domain name](https://en.wikipedia.org/wiki/Domain_name) regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
* ASCII-only validation. Internationalized domain names (IDNs) are not
* supported, including Punycode-encoded labels.
*/
const DOMAIN_REGEX = /^(?=.{1,253}$)(?:(?![Xx][Nn]--)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/u;
/**
* [Email address](https://en.wikipedia.org/wiki/Email_address) regex.
*
* Hint: We decided against the `i` flag to avoid matching non-ASCII characters.
*/
const EMAIL_REGEX = /^[\w+-]+(?:\.[\w+-]+)*@[\da-zA-Z]+(?:[.-][\da-zA-Z]+)*\.[a-zA-Z]{2,}$/u;
/**
* Emoji regex from [emoji-regex-xs](https://github.com/slevithan/emoji-regex-xs) v1.0.0 (MIT license).
*
* Hint: We decided against the newer `/^\p{RGI_Emoji}+$/v` regex because it is
* not supported in older runtimes and does not match all emoji.
*/
const EMOJI_REGEX = /^(?:[\u{1F1E6}-\u{1F1FF}]{2}|\u{1F3F4}[\u{E0061}-\u{E007A}]{2}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{1,3}\u{E007F}|(?:\p{Emoji}\uFE0F\u20E3?|\p{Emoji_Modifier_Base}\p{Emoji_Modifier}?|(?![\p{Emoji_Modifier_Base}\u{1F1E6}-\u{1F1FF}])\p{Emoji_Presentation})(?:\u200D(?:\p{Emoji}\uFE0F\u20E3?|\p{Emoji_Modifier_Base}\p{Emoji_Modifier}?|(?![\p{Emoji_Modifier_Base}\u{1F1E6}-\u{1F1FF}])\p{Emoji_Presentation}))*)+$/u;
/**
* [Hexadecimal](https://en.wikipedia.org/wiki/Hexadecimal) regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
*/
const HEXADECIMAL_REGEX = /^(?:0[hx])?[\da-fA-F]+$/u;
/**
* [Hex color](https://en.wikipedia.org/wiki/Web_colors#Hex_triplet) regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
*/
const HEX_COLOR_REGEX = /^#(?:[\da-fA-F]{3,4}|[\da-fA-F]{6}|[\da-fA-F]{8})$/u;
/**
* [IMEI](https://en.wikipedia.org/wiki/International_Mobile_Equipment_Identity) regex.
*/
const IMEI_REGEX = /^\d{15}$|^\d{2}-\d{6}-\d{6}-\d$/u;
/**
* [IPv4](https://en.wikipedia.org/wiki/IPv4) regex.
*/
const IPV4_REGEX = /^(?:(?:[1-9]|1\d|2[0-4])?\d|25[0-5])(?:\.(?:(?:[1-9]|1\d|2[0-4])?\d|25[0-5])){3}$/u;
/**
* [IPv6](https://en.wikipedia.org/wiki/IPv6) regex.
*/
const IPV6_REGEX = /^(?:(?:[\da-f]{1,4}:){7}[\da-f]{1,4}|(?:[\da-f]{1,4}:){1,7}:|(?:[\da-f]{1,4}:){1,6}:[\da-f]{1,4}|(?:[\da-f]{1,4}:){1,5}(?::[\da-f]{1,4}){1,2}|(?:[\da-f]{1,4}:){1,4}(?::[\da-f]{1,4}){1,3}|(?:[\da-f]{1,4}:){1,3}(?::[\da-f]{1,4}){1,4}|(?:[\da-f]{1,4}:){1,2}(?::[\da-f]{1,4}){1,5}|[\da-f]{1,4}:(?::[\da-f]{1,4}){1,6}|:(?:(?::[\da-f]{1,4}){1,7}|:)|fe80:(?::[\da-f]{0,4}){0,4}%[\da-z]+|::(?:f{4}(?::0{1,4})?:)?(?:(?:25[0-5]|(?:2[0-4]|1?\d)?\d)\.){3}(?:25[0-5]|(?:2[0-4]|1?\d)?\d)|(?:[\da-f]{1,4}:){1,4}:(?:(?:25[0-5]|(?:2[0-4]|1?\d)?\d)\.){3}(?:25[0-5]|(?:2[0-4]|1?\d)?\d))$/iu;
/**
* [IP](https://en.wikipedia.org/wiki/IP_address) regex.
*/
const IP_REGEX = /^(?:(?:[1-9]|1\d|2[0-4])?\d|25[0-5])(?:\.(?:(?:[1-9]|1\d|2[0-4])?\d|25[0-5])){3}$|^(?:(?:[\da-f]{1,4}:){7}[\da-f]{1,4}|(?:[\da-f]{1,4}:){1,7}:|(?:[\da-f]{1,4}:){1,6}:[\da-f]{1,4}|(?:[\da-f]{1,4}:){1,5}(?::[\da-f]{1,4}){1,2}|(?:[\da-f]{1,4}:){1,4}(?::[\da-f]{1,4}){1,3}|(?:[\da-f]{1,4}:){1,3}(?::[\da-f]{1,4}){1,4}|(?:[\da-f]{1,4}:){1,2}(?::[\da-f]{1,4}){1,5}|[\da-f]{1,4}:(?::[\da-f]{1,4}){1,6}|:(?:(?::[\da-f]{1,4}){1,7}|:)|fe80:(?::[\da-f]{0,4}){0,4}%[\da-z]+|::(?:f{4}(?::0{1,4})?:)?(?:(?:25[0-5]|(?:2[0-4]|1?\d)?\d)\.){3}(?:25[0-5]|(?:2[0-4]|1?\d)?\d)|(?:[\da-f]{1,4}:){1,4}:(?:(?:25[0-5]|(?:2[0-4]|1?\d)?\d)\.){3}(?:25[0-5]|(?:2[0-4]|1?\d)?\d))$/iu;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) date regex.
*/
const ISO_DATE_REGEX = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])$/u;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) date-time regex.
*/
const ISO_DATE_TIME_REGEX = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3]):[0-5]\d$/u;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) date-time with seconds regex.
*/
const ISO_DATE_TIME_SECOND_REGEX = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3])(?::[0-5]\d){2}$/u;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) time regex.
*/
const ISO_TIME_REGEX = /^(?:0\d|1\d|2[0-3]):[0-5]\d$/u;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) time with seconds regex.
*/
const ISO_TIME_SECOND_REGEX = /^(?:0\d|1\d|2[0-3])(?::[0-5]\d){2}$/u;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) timestamp regex. Allows a
* space as a date/time separator and an optional space before the UTC offset.
*/
const ISO_TIMESTAMP_REGEX = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3])(?::[0-5]\d){2}(?:\.\d{1,9})?(?:Z| ?[+-](?:0\d|1\d|2[0-3])(?::?[0-5]\d)?)$/u;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) week regex.
*/
const ISO_WEEK_REGEX = /^\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])$/u;
/**
* [JWS compact serialization](https://datatracker.ietf.org/doc/html/rfc7515#section-3.1)
* regex.
*
* Hint: Empty payload and signature segments are allowed because the
* Base64URL-encoded representation of an empty octet sequence is an empty
* string.
*/
const JWS_COMPACT_REGEX = /^(?:[\w-]{2,3}|(?:[\w-]{4})+(?:[\w-]{2,3})?)\.(?:[\w-]{2,3}|(?:[\w-]{4})+(?:[\w-]{2,3})?)?\.(?:[\w-]{2,3}|(?:[\w-]{4})+(?:[\w-]{2,3})?)?$/u;
/**
* [ISRC](https://en.wikipedia.org/wiki/International_Standard_Recording_Code) regex.
*/
const ISRC_REGEX = /^(?:[A-Z]{2}[A-Z\d]{3}\d{7}|[A-Z]{2}-[A-Z\d]{3}-\d{2}-\d{5})$/u;
/**
* [KSUID](https://github.com/segmentio/ksuid) regex.
*/
const KSUID_REGEX = /^[a-zA-Z0-9]{27}$/u;
/**
* [MAC](https://en.wikipedia.org/wiki/MAC_address) 48 bit regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
*/
const MAC48_REGEX = /^(?:[\da-fA-F]{2}:){5}[\da-fA-F]{2}$|^(?:[\da-fA-F]{2}-){5}[\da-fA-F]{2}$|^(?:[\da-fA-F]{4}\.){2}[\da-fA-F]{4}$/u;
/**
* [MAC](https://en.wikipedia.org/wiki/MAC_address) 64 bit regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
*/
const MAC64_REGEX = /^(?:[\da-fA-F]{2}:){7}[\da-fA-F]{2}$|^(?:[\da-fA-F]{2}-){7}[\da-fA-F]{2}$|^(?:[\da-fA-F]{4}\.){3}[\da-fA-F]{4}$|^(?:[\da-fA-F]{4}:){3}[\da-fA-F]{4}$/u;
/**
* [MAC](https://en.wikipedia.org/wiki/MAC_address) regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
*/
const MAC_REGEX = /^(?:[\da-fA-F]{2}:){5}[\da-fA-F]{2}$|^(?:[\da-fA-F]{2}-){5}[\da-fA-F]{2}$|^(?:[\da-fA-F]{4}\.){2}[\da-fA-F]{4}$|^(?:[\da-fA-F]{2}:){7}[\da-fA-F]{2}$|^(?:[\da-fA-F]{2}-){7}[\da-fA-F]{2}$|^(?:[\da-fA-F]{4}\.){3}[\da-fA-F]{4}$|^(?:[\da-fA-F]{4}:){3}[\da-fA-F]{4}$/u;
/**
* [Nano ID](https://github.com/ai/nanoid) regex.
*/
const NANO_ID_REGEX = /^[\w-]+$/u;
/**
* [Octal](https://en.wikipedia.org/wiki/Octal) regex.
*/
const OCTAL_REGEX = /^(?:0o)?[0-7]+$/u;
/**
* [RFC 5322 email address](https://datatracker.ietf.org/doc/html/rfc5322#section-3.4.1) regex.
*
* Hint: This regex was taken from the [HTML Living Standard Specification](https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address) and does not perfectly represent RFC 5322.
*/
const RFC_EMAIL_REGEX = /^[a-zA-Z0-9.!#$%&'*+\/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/**
* [Slug](https://en.wikipedia.org/wiki/Clean_URL#Slug) regex.
*/
const SLUG_REGEX = /^[\da-z]+(?:[-_][\da-z]+)*$/u;
/**
* [ULID](https://github.com/ulid/spec) regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
* Hint: The first character is restricted to `[0-7]` because the 48-bit
* timestamp cannot exceed 2^48-1, making the maximum valid ULID
* `7ZZZZZZZZZZZZZZZZZZZZZZZZZ` in Crockford's Base32 encoding.
*/
const ULID_REGEX = /^[0-7][\da-hjkmnp-tv-zA-HJKMNP-TV-Z]{25}$/u;
/**
* [UUID](https://en.wikipedia.org/wiki/Universally_unique_identifier) regex.
*/
const UUID_REGEX = /^[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12}$/iu;

//#endregion
//#region src/actions/base64/base64.ts
/* @__NO_SIDE_EFFECTS__ */
function base64(message$1) {
	return {
		kind: "validation",
		type: "base64",
		reference: base64,
		async: false,
		expects: null,
		requirement: BASE64_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "Base64", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/bic/bic.ts
/* @__NO_SIDE_EFFECTS__ */
function bic(message$1) {
	return {
		kind: "validation",
		type: "bic",
		reference: bic,
		async: false,
		expects: null,
		requirement: BIC_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "BIC", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/brand/brand.ts
/**
* Creates a brand transformation action.
*
* @param name The brand name.
*
* @returns A brand action.
*/
/* @__NO_SIDE_EFFECTS__ */
function brand(name) {
	return {
		kind: "transformation",
		type: "brand",
		reference: brand,
		async: false,
		name,
		"~run"(dataset) {
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/bytes/bytes.ts
/* @__NO_SIDE_EFFECTS__ */
function bytes(requirement, message$1) {
	return {
		kind: "validation",
		type: "bytes",
		reference: bytes,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const length$1 = /* @__PURE__ */ _getByteCount(dataset.value);
				if (length$1 !== this.requirement) _addIssue(this, "bytes", dataset, config$1, { received: `${length$1}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/check/check.ts
/* @__NO_SIDE_EFFECTS__ */
function check(requirement, message$1) {
	return {
		kind: "validation",
		type: "check",
		reference: check,
		async: false,
		expects: null,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "input", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/check/checkAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function checkAsync(requirement, message$1) {
	return {
		kind: "validation",
		type: "check",
		reference: checkAsync,
		async: true,
		expects: null,
		requirement,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (dataset.typed && !await this.requirement(dataset.value)) _addIssue(this, "input", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/checkItems/checkItems.ts
/* @__NO_SIDE_EFFECTS__ */
function checkItems(requirement, message$1) {
	return {
		kind: "validation",
		type: "check_items",
		reference: checkItems,
		async: false,
		expects: null,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) for (let index = 0; index < dataset.value.length; index++) {
				const item = dataset.value[index];
				if (!this.requirement(item, index, dataset.value)) _addIssue(this, "item", dataset, config$1, {
					input: item,
					path: [{
						type: "array",
						origin: "value",
						input: dataset.value,
						key: index,
						value: item
					}]
				});
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/checkItems/checkItemsAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function checkItemsAsync(requirement, message$1) {
	return {
		kind: "validation",
		type: "check_items",
		reference: checkItemsAsync,
		async: true,
		expects: null,
		requirement,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (dataset.typed) {
				const requirementResults = await Promise.all(dataset.value.map(this.requirement));
				for (let index = 0; index < dataset.value.length; index++) if (!requirementResults[index]) {
					const item = dataset.value[index];
					_addIssue(this, "item", dataset, config$1, {
						input: item,
						path: [{
							type: "array",
							origin: "value",
							input: dataset.value,
							key: index,
							value: item
						}]
					});
				}
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/codePoints/codePoints.ts
/* @__NO_SIDE_EFFECTS__ */
function codePoints(requirement, message$1) {
	return {
		kind: "validation",
		type: "code_points",
		reference: codePoints,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getCodePointCount(dataset.value);
				if (count !== this.requirement) _addIssue(this, "code points", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/creditCard/creditCard.ts
/**
* Credit card regex.
*/
const CREDIT_CARD_REGEX = /^(?:\d{13,19}|\d{4}(?: \d{3,6}){2,4}|\d{4}(?:-\d{3,6}){2,4})$/u;
/**
* Sanitize regex.
*/
const SANITIZE_REGEX = /[- ]/gu;
/**
* Provider regex list.
*/
const PROVIDER_REGEX_LIST = (/* unused pure expression or super */ null && ([
	/^3[47]\d{13}$/u,
	/^3(?:0[0-5]|[68]\d)\d{11,13}$/u,
	/^6(?:011|5\d{2})\d{12,15}$/u,
	/^(?:2131|1800|35\d{3})\d{11}$/u,
	/^(?:5[1-5]\d{2}|222\d|22[3-9]\d|2[3-6]\d{2}|27[01]\d|2720)\d{12}$/u,
	/^(?:6[27]\d{14,17}|81\d{14,17})$/u,
	/^4\d{12}(?:\d{3,6})?$/u
]));
/* @__NO_SIDE_EFFECTS__ */
function creditCard(message$1) {
	return {
		kind: "validation",
		type: "credit_card",
		reference: creditCard,
		async: false,
		expects: null,
		requirement(input) {
			let sanitized;
			return CREDIT_CARD_REGEX.test(input) && (sanitized = input.replace(SANITIZE_REGEX, "")) && PROVIDER_REGEX_LIST.some((regex$1) => regex$1.test(sanitized)) && /* @__PURE__ */ _isLuhnAlgo(sanitized);
		},
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "credit card", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/cuid2/cuid2.ts
/* @__NO_SIDE_EFFECTS__ */
function cuid2(message$1) {
	return {
		kind: "validation",
		type: "cuid2",
		reference: cuid2,
		async: false,
		expects: null,
		requirement: CUID2_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "Cuid2", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/decimal/decimal.ts
/* @__NO_SIDE_EFFECTS__ */
function decimal(message$1) {
	return {
		kind: "validation",
		type: "decimal",
		reference: decimal,
		async: false,
		expects: null,
		requirement: DECIMAL_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "decimal", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/description/description.ts
/**
* Creates a description metadata action.
*
* @param description_ The description text.
*
* @returns A description action.
*/
/* @__NO_SIDE_EFFECTS__ */
function description(description_) {
	return {
		kind: "metadata",
		type: "description",
		reference: description,
		description: description_
	};
}

//#endregion
//#region src/actions/digits/digits.ts
/* @__NO_SIDE_EFFECTS__ */
function digits(message$1) {
	return {
		kind: "validation",
		type: "digits",
		reference: digits,
		async: false,
		expects: null,
		requirement: DIGITS_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "digits", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/domain/domain.ts
/* @__NO_SIDE_EFFECTS__ */
function domain(message$1) {
	return {
		kind: "validation",
		type: "domain",
		reference: domain,
		expects: null,
		async: false,
		requirement: DOMAIN_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "domain", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/email/email.ts
/* @__NO_SIDE_EFFECTS__ */
function email(message$1) {
	return {
		kind: "validation",
		type: "email",
		reference: email,
		expects: null,
		async: false,
		requirement: EMAIL_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "email", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/emoji/emoji.ts
/* @__NO_SIDE_EFFECTS__ */
function emoji(message$1) {
	return {
		kind: "validation",
		type: "emoji",
		reference: emoji,
		async: false,
		expects: null,
		requirement: EMOJI_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "emoji", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/empty/empty.ts
/* @__NO_SIDE_EFFECTS__ */
function empty(message$1) {
	return {
		kind: "validation",
		type: "empty",
		reference: empty,
		async: false,
		expects: "0",
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.length > 0) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/endsWith/endsWith.ts
/* @__NO_SIDE_EFFECTS__ */
function endsWith(requirement, message$1) {
	return {
		kind: "validation",
		type: "ends_with",
		reference: endsWith,
		async: false,
		expects: `"${requirement}"`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !dataset.value.endsWith(this.requirement)) _addIssue(this, "end", dataset, config$1, { received: `"${dataset.value.slice(-this.requirement.length)}"` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/entries/entries.ts
/* @__NO_SIDE_EFFECTS__ */
function entries(requirement, message$1) {
	return {
		kind: "validation",
		type: "entries",
		reference: entries,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (!dataset.typed) return dataset;
			const count = Object.keys(dataset.value).length;
			if (dataset.typed && count !== this.requirement) _addIssue(this, "entries", dataset, config$1, { received: `${count}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/everyItem/everyItem.ts
/* @__NO_SIDE_EFFECTS__ */
function everyItem(requirement, message$1) {
	return {
		kind: "validation",
		type: "every_item",
		reference: everyItem,
		async: false,
		expects: null,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !dataset.value.every(this.requirement)) _addIssue(this, "item", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/examples/examples.ts
/**
* Creates an examples metadata action.
*
* @param examples_ The examples.
*
* @returns An examples action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function examples(examples_) {
	return {
		kind: "metadata",
		type: "examples",
		reference: examples,
		examples: examples_
	};
}

//#endregion
//#region src/actions/excludes/excludes.ts
/* @__NO_SIDE_EFFECTS__ */
function excludes(requirement, message$1) {
	const received = /* @__PURE__ */ _stringify(requirement);
	return {
		kind: "validation",
		type: "excludes",
		reference: excludes,
		async: false,
		expects: `!${received}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.includes(this.requirement)) _addIssue(this, "content", dataset, config$1, { received });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/filterItems/filterItems.ts
/* @__NO_SIDE_EFFECTS__ */
function filterItems(operation) {
	return {
		kind: "transformation",
		type: "filter_items",
		reference: filterItems,
		async: false,
		operation,
		"~run"(dataset) {
			dataset.value = dataset.value.filter(this.operation);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/findItem/findItem.ts
/* @__NO_SIDE_EFFECTS__ */
function findItem(operation) {
	return {
		kind: "transformation",
		type: "find_item",
		reference: findItem,
		async: false,
		operation,
		"~run"(dataset) {
			dataset.value = dataset.value.find(this.operation);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/finite/finite.ts
/* @__NO_SIDE_EFFECTS__ */
function finite(message$1) {
	return {
		kind: "validation",
		type: "finite",
		reference: finite,
		async: false,
		expects: null,
		requirement: Number.isFinite,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "finite", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/flavor/flavor.ts
/**
* Creates a flavor transformation action.
*
* @param name The flavor name.
*
* @returns A flavor action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function flavor(name) {
	return {
		kind: "transformation",
		type: "flavor",
		reference: flavor,
		async: false,
		name,
		"~run"(dataset) {
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/graphemes/graphemes.ts
/* @__NO_SIDE_EFFECTS__ */
function graphemes(requirement, message$1) {
	return {
		kind: "validation",
		type: "graphemes",
		reference: graphemes,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getGraphemeCount(dataset.value);
				if (count !== this.requirement) _addIssue(this, "graphemes", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/gtValue/gtValue.ts
/* @__NO_SIDE_EFFECTS__ */
function gtValue(requirement, message$1) {
	return {
		kind: "validation",
		type: "gt_value",
		reference: gtValue,
		async: false,
		expects: `>${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !(dataset.value > this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/guard/guard.ts
/* @__NO_SIDE_EFFECTS__ */
function guard(requirement, message$1) {
	return {
		kind: "transformation",
		type: "guard",
		reference: guard,
		async: false,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) {
				_addIssue(this, "input", dataset, config$1);
				dataset.typed = false;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/hash/hash.ts
/**
* Hash lengths object.
*/
const HASH_LENGTHS = {
	md4: 32,
	md5: 32,
	sha1: 40,
	sha256: 64,
	sha384: 96,
	sha512: 128,
	ripemd128: 32,
	ripemd160: 40,
	tiger128: 32,
	tiger160: 40,
	tiger192: 48,
	crc32: 8,
	crc32b: 8,
	adler32: 8
};
/* @__NO_SIDE_EFFECTS__ */
function hash(types, message$1) {
	return {
		kind: "validation",
		type: "hash",
		reference: hash,
		expects: null,
		async: false,
		requirement: RegExp(types.map((type) => `^[a-fA-F0-9]{${HASH_LENGTHS[type]}}$`).join("|"), "u"),
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "hash", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/hexadecimal/hexadecimal.ts
/* @__NO_SIDE_EFFECTS__ */
function hexadecimal(message$1) {
	return {
		kind: "validation",
		type: "hexadecimal",
		reference: hexadecimal,
		async: false,
		expects: null,
		requirement: HEXADECIMAL_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "hexadecimal", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/hexColor/hexColor.ts
/* @__NO_SIDE_EFFECTS__ */
function hexColor(message$1) {
	return {
		kind: "validation",
		type: "hex_color",
		reference: hexColor,
		async: false,
		expects: null,
		requirement: HEX_COLOR_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "hex color", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/imei/imei.ts
/* @__NO_SIDE_EFFECTS__ */
function imei(message$1) {
	return {
		kind: "validation",
		type: "imei",
		reference: imei,
		async: false,
		expects: null,
		requirement(input) {
			return IMEI_REGEX.test(input) && /* @__PURE__ */ _isLuhnAlgo(input);
		},
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "IMEI", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/includes/includes.ts
/* @__NO_SIDE_EFFECTS__ */
function includes(requirement, message$1) {
	const expects = /* @__PURE__ */ _stringify(requirement);
	return {
		kind: "validation",
		type: "includes",
		reference: includes,
		async: false,
		expects,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !dataset.value.includes(this.requirement)) _addIssue(this, "content", dataset, config$1, { received: `!${expects}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/integer/integer.ts
/* @__NO_SIDE_EFFECTS__ */
function integer(message$1) {
	return {
		kind: "validation",
		type: "integer",
		reference: integer,
		async: false,
		expects: null,
		requirement: Number.isInteger,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "integer", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/ip/ip.ts
/* @__NO_SIDE_EFFECTS__ */
function ip(message$1) {
	return {
		kind: "validation",
		type: "ip",
		reference: ip,
		async: false,
		expects: null,
		requirement: IP_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "IP", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/ipv4/ipv4.ts
/* @__NO_SIDE_EFFECTS__ */
function ipv4(message$1) {
	return {
		kind: "validation",
		type: "ipv4",
		reference: ipv4,
		async: false,
		expects: null,
		requirement: IPV4_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "IPv4", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/ipv6/ipv6.ts
/* @__NO_SIDE_EFFECTS__ */
function ipv6(message$1) {
	return {
		kind: "validation",
		type: "ipv6",
		reference: ipv6,
		async: false,
		expects: null,
		requirement: IPV6_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "IPv6", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isbn/utils/_isIsbn10.ts
/**
* [Validates an ISBN-10](https://en.wikipedia.org/wiki/ISBN#ISBN-10_check_digits).
*
* @param input The input value.
*
* @returns `true` if the input is a valid ISBN-10, `false` otherwise.
*
* @internal
*/
function _isIsbn10(input) {
	const digits$1 = input.split("").map((c) => c === "X" ? 10 : parseInt(c));
	let sum = 0;
	for (let i = 0; i < 10; i++) sum += digits$1[i] * (10 - i);
	return sum % 11 === 0;
}

//#endregion
//#region src/actions/isbn/utils/_isIsbn13.ts
/**
* [Validates an ISBN-13](https://en.wikipedia.org/wiki/ISBN#ISBN-13_check_digit_calculation).
*
* @param input The input value.
*
* @returns `true` if the input is a valid ISBN-13, `false` otherwise.
*
* @internal
*/
function _isIsbn13(input) {
	const digits$1 = input.split("").map((c) => parseInt(c));
	let sum = 0;
	for (let i = 0; i < 13; i++) sum += digits$1[i] * (i % 2 === 0 ? 1 : 3);
	return sum % 10 === 0;
}

//#endregion
//#region src/actions/isbn/isbn.ts
/**
* ISBN separator regex.
*/
const ISBN_SEPARATOR_REGEX = /[- ]/gu;
/**
* ISBN-10 detection regex.
*/
const ISBN_10_DETECTION_REGEX = /^\d{9}[\dX]$/u;
/**
* ISBN-13 detection regex.
*/
const ISBN_13_DETECTION_REGEX = /^\d{13}$/u;
/* @__NO_SIDE_EFFECTS__ */
function isbn(message$1) {
	return {
		kind: "validation",
		type: "isbn",
		reference: isbn,
		async: false,
		expects: null,
		requirement(input) {
			const replacedInput = input.replace(ISBN_SEPARATOR_REGEX, "");
			if (ISBN_10_DETECTION_REGEX.test(replacedInput)) return _isIsbn10(replacedInput);
			else if (ISBN_13_DETECTION_REGEX.test(replacedInput)) return _isIsbn13(replacedInput);
			return false;
		},
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "ISBN", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isrc/isrc.ts
/* @__NO_SIDE_EFFECTS__ */
function isrc(message$1) {
	return {
		kind: "validation",
		type: "isrc",
		reference: isrc,
		async: false,
		expects: null,
		requirement: ISRC_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "ISRC", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoDate/isoDate.ts
/* @__NO_SIDE_EFFECTS__ */
function isoDate(message$1) {
	return {
		kind: "validation",
		type: "iso_date",
		reference: isoDate,
		async: false,
		expects: null,
		requirement: ISO_DATE_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "date", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoDateTime/isoDateTime.ts
/* @__NO_SIDE_EFFECTS__ */
function isoDateTime(message$1) {
	return {
		kind: "validation",
		type: "iso_date_time",
		reference: isoDateTime,
		async: false,
		expects: null,
		requirement: ISO_DATE_TIME_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "date-time", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoDateTimeSecond/isoDateTimeSecond.ts
/* @__NO_SIDE_EFFECTS__ */
function isoDateTimeSecond(message$1) {
	return {
		kind: "validation",
		type: "iso_date_time_second",
		reference: isoDateTimeSecond,
		async: false,
		expects: null,
		requirement: ISO_DATE_TIME_SECOND_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "date-time-second", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoTime/isoTime.ts
/* @__NO_SIDE_EFFECTS__ */
function isoTime(message$1) {
	return {
		kind: "validation",
		type: "iso_time",
		reference: isoTime,
		async: false,
		expects: null,
		requirement: ISO_TIME_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "time", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoTimeSecond/isoTimeSecond.ts
/* @__NO_SIDE_EFFECTS__ */
function isoTimeSecond(message$1) {
	return {
		kind: "validation",
		type: "iso_time_second",
		reference: isoTimeSecond,
		async: false,
		expects: null,
		requirement: ISO_TIME_SECOND_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "time-second", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoTimestamp/isoTimestamp.ts
/* @__NO_SIDE_EFFECTS__ */
function isoTimestamp(message$1) {
	return {
		kind: "validation",
		type: "iso_timestamp",
		reference: isoTimestamp,
		async: false,
		expects: null,
		requirement: ISO_TIMESTAMP_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "timestamp", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoWeek/isoWeek.ts
/* @__NO_SIDE_EFFECTS__ */
function isoWeek(message$1) {
	return {
		kind: "validation",
		type: "iso_week",
		reference: isoWeek,
		async: false,
		expects: null,
		requirement: ISO_WEEK_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "week", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/jwsCompact/jwsCompact.ts
/* @__NO_SIDE_EFFECTS__ */
function jwsCompact(message$1) {
	return {
		kind: "validation",
		type: "jws_compact",
		reference: jwsCompact,
		async: false,
		expects: null,
		requirement: JWS_COMPACT_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "JWS compact", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/ksuid/ksuid.ts
/* @__NO_SIDE_EFFECTS__ */
function ksuid(message$1) {
	return {
		kind: "validation",
		type: "ksuid",
		reference: ksuid,
		async: false,
		expects: null,
		requirement: KSUID_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "KSUID", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/length/length.ts
/* @__NO_SIDE_EFFECTS__ */
function dist_length(requirement, message$1) {
	return {
		kind: "validation",
		type: "length",
		reference: dist_length,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.length !== this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/ltValue/ltValue.ts
/* @__NO_SIDE_EFFECTS__ */
function ltValue(requirement, message$1) {
	return {
		kind: "validation",
		type: "lt_value",
		reference: ltValue,
		async: false,
		expects: `<${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !(dataset.value < this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/mac/mac.ts
/* @__NO_SIDE_EFFECTS__ */
function mac(message$1) {
	return {
		kind: "validation",
		type: "mac",
		reference: mac,
		async: false,
		expects: null,
		requirement: MAC_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "MAC", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/mac48/mac48.ts
/* @__NO_SIDE_EFFECTS__ */
function mac48(message$1) {
	return {
		kind: "validation",
		type: "mac48",
		reference: mac48,
		async: false,
		expects: null,
		requirement: MAC48_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "48-bit MAC", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/mac64/mac64.ts
/* @__NO_SIDE_EFFECTS__ */
function mac64(message$1) {
	return {
		kind: "validation",
		type: "mac64",
		reference: mac64,
		async: false,
		expects: null,
		requirement: MAC64_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "64-bit MAC", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/mapItems/mapItems.ts
/* @__NO_SIDE_EFFECTS__ */
function mapItems(operation) {
	return {
		kind: "transformation",
		type: "map_items",
		reference: mapItems,
		async: false,
		operation,
		"~run"(dataset) {
			dataset.value = dataset.value.map(this.operation);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxBytes/maxBytes.ts
/* @__NO_SIDE_EFFECTS__ */
function maxBytes(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_bytes",
		reference: maxBytes,
		async: false,
		expects: `<=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const length$1 = /* @__PURE__ */ _getByteCount(dataset.value);
				if (length$1 > this.requirement) _addIssue(this, "bytes", dataset, config$1, { received: `${length$1}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxCodePoints/maxCodePoints.ts
/* @__NO_SIDE_EFFECTS__ */
function maxCodePoints(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_code_points",
		reference: maxCodePoints,
		async: false,
		expects: `<=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getCodePointCount(dataset.value);
				if (count > this.requirement) _addIssue(this, "code points", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxEntries/maxEntries.ts
/* @__NO_SIDE_EFFECTS__ */
function maxEntries(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_entries",
		reference: maxEntries,
		async: false,
		expects: `<=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (!dataset.typed) return dataset;
			const count = Object.keys(dataset.value).length;
			if (dataset.typed && count > this.requirement) _addIssue(this, "entries", dataset, config$1, { received: `${count}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxGraphemes/maxGraphemes.ts
/* @__NO_SIDE_EFFECTS__ */
function maxGraphemes(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_graphemes",
		reference: maxGraphemes,
		async: false,
		expects: `<=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getGraphemeCount(dataset.value);
				if (count > this.requirement) _addIssue(this, "graphemes", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxLength/maxLength.ts
/* @__NO_SIDE_EFFECTS__ */
function maxLength(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_length",
		reference: maxLength,
		async: false,
		expects: `<=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.length > this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxSize/maxSize.ts
/* @__NO_SIDE_EFFECTS__ */
function maxSize(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_size",
		reference: maxSize,
		async: false,
		expects: `<=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.size > this.requirement) _addIssue(this, "size", dataset, config$1, { received: `${dataset.value.size}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxValue/maxValue.ts
/* @__NO_SIDE_EFFECTS__ */
function maxValue(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_value",
		reference: maxValue,
		async: false,
		expects: `<=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !(dataset.value <= this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxWords/maxWords.ts
/* @__NO_SIDE_EFFECTS__ */
function maxWords(locales, requirement, message$1) {
	return {
		kind: "validation",
		type: "max_words",
		reference: maxWords,
		async: false,
		expects: `<=${requirement}`,
		locales,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getWordCount(this.locales, dataset.value);
				if (count > this.requirement) _addIssue(this, "words", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/metadata/metadata.ts
/**
* Creates a custom metadata action.
*
* @param metadata_ The metadata object.
*
* @returns A metadata action.
*/
/* @__NO_SIDE_EFFECTS__ */
function metadata(metadata_) {
	return {
		kind: "metadata",
		type: "metadata",
		reference: metadata,
		metadata: metadata_
	};
}

//#endregion
//#region src/actions/mimeType/mimeType.ts
/* @__NO_SIDE_EFFECTS__ */
function mimeType(requirement, message$1) {
	return {
		kind: "validation",
		type: "mime_type",
		reference: mimeType,
		async: false,
		expects: /* @__PURE__ */ _joinExpects(requirement.map((option) => `"${option}"`), "|"),
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.includes(dataset.value.type)) _addIssue(this, "MIME type", dataset, config$1, { received: `"${dataset.value.type}"` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minBytes/minBytes.ts
/* @__NO_SIDE_EFFECTS__ */
function minBytes(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_bytes",
		reference: minBytes,
		async: false,
		expects: `>=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const length$1 = /* @__PURE__ */ _getByteCount(dataset.value);
				if (length$1 < this.requirement) _addIssue(this, "bytes", dataset, config$1, { received: `${length$1}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minCodePoints/minCodePoints.ts
/* @__NO_SIDE_EFFECTS__ */
function minCodePoints(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_code_points",
		reference: minCodePoints,
		async: false,
		expects: `>=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getCodePointCount(dataset.value);
				if (count < this.requirement) _addIssue(this, "code points", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minEntries/minEntries.ts
/* @__NO_SIDE_EFFECTS__ */
function minEntries(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_entries",
		reference: minEntries,
		async: false,
		expects: `>=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (!dataset.typed) return dataset;
			const count = Object.keys(dataset.value).length;
			if (dataset.typed && count < this.requirement) _addIssue(this, "entries", dataset, config$1, { received: `${count}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minGraphemes/minGraphemes.ts
/* @__NO_SIDE_EFFECTS__ */
function minGraphemes(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_graphemes",
		reference: minGraphemes,
		async: false,
		expects: `>=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getGraphemeCount(dataset.value);
				if (count < this.requirement) _addIssue(this, "graphemes", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minLength/minLength.ts
/* @__NO_SIDE_EFFECTS__ */
function minLength(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_length",
		reference: minLength,
		async: false,
		expects: `>=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.length < this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minSize/minSize.ts
/* @__NO_SIDE_EFFECTS__ */
function minSize(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_size",
		reference: minSize,
		async: false,
		expects: `>=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.size < this.requirement) _addIssue(this, "size", dataset, config$1, { received: `${dataset.value.size}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minValue/minValue.ts
/* @__NO_SIDE_EFFECTS__ */
function minValue(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_value",
		reference: minValue,
		async: false,
		expects: `>=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !(dataset.value >= this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minWords/minWords.ts
/* @__NO_SIDE_EFFECTS__ */
function minWords(locales, requirement, message$1) {
	return {
		kind: "validation",
		type: "min_words",
		reference: minWords,
		async: false,
		expects: `>=${requirement}`,
		locales,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getWordCount(this.locales, dataset.value);
				if (count < this.requirement) _addIssue(this, "words", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/multipleOf/multipleOf.ts
/* @__NO_SIDE_EFFECTS__ */
function multipleOf(requirement, message$1) {
	return {
		kind: "validation",
		type: "multiple_of",
		reference: multipleOf,
		async: false,
		expects: `%${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value % this.requirement != 0) _addIssue(this, "multiple", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/nanoid/nanoid.ts
/* @__NO_SIDE_EFFECTS__ */
function nanoid(message$1) {
	return {
		kind: "validation",
		type: "nanoid",
		reference: nanoid,
		async: false,
		expects: null,
		requirement: NANO_ID_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "Nano ID", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/nonEmpty/nonEmpty.ts
/* @__NO_SIDE_EFFECTS__ */
function nonEmpty(message$1) {
	return {
		kind: "validation",
		type: "non_empty",
		reference: nonEmpty,
		async: false,
		expects: "!0",
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.length === 0) _addIssue(this, "length", dataset, config$1, { received: "0" });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/normalize/normalize.ts
/* @__NO_SIDE_EFFECTS__ */
function normalize(form) {
	return {
		kind: "transformation",
		type: "normalize",
		reference: normalize,
		async: false,
		form,
		"~run"(dataset) {
			dataset.value = dataset.value.normalize(this.form);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notBytes/notBytes.ts
/* @__NO_SIDE_EFFECTS__ */
function notBytes(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_bytes",
		reference: notBytes,
		async: false,
		expects: `!${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const length$1 = /* @__PURE__ */ _getByteCount(dataset.value);
				if (length$1 === this.requirement) _addIssue(this, "bytes", dataset, config$1, { received: `${length$1}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notCodePoints/notCodePoints.ts
/* @__NO_SIDE_EFFECTS__ */
function notCodePoints(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_code_points",
		reference: notCodePoints,
		async: false,
		expects: `!${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getCodePointCount(dataset.value);
				if (count === this.requirement) _addIssue(this, "code points", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notEntries/notEntries.ts
/* @__NO_SIDE_EFFECTS__ */
function notEntries(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_entries",
		reference: notEntries,
		async: false,
		expects: `!${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (!dataset.typed) return dataset;
			const count = Object.keys(dataset.value).length;
			if (dataset.typed && count === this.requirement) _addIssue(this, "entries", dataset, config$1, { received: `${count}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notGraphemes/notGraphemes.ts
/* @__NO_SIDE_EFFECTS__ */
function notGraphemes(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_graphemes",
		reference: notGraphemes,
		async: false,
		expects: `!${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getGraphemeCount(dataset.value);
				if (count === this.requirement) _addIssue(this, "graphemes", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notLength/notLength.ts
/* @__NO_SIDE_EFFECTS__ */
function notLength(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_length",
		reference: notLength,
		async: false,
		expects: `!${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.length === this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notSize/notSize.ts
/* @__NO_SIDE_EFFECTS__ */
function notSize(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_size",
		reference: notSize,
		async: false,
		expects: `!${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.size === this.requirement) _addIssue(this, "size", dataset, config$1, { received: `${dataset.value.size}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notValue/notValue.ts
/* @__NO_SIDE_EFFECTS__ */
function notValue(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_value",
		reference: notValue,
		async: false,
		expects: requirement instanceof Date ? `!${requirement.toJSON()}` : `!${/* @__PURE__ */ _stringify(requirement)}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && /* @__PURE__ */ _isValueMatch(this.requirement, dataset.value)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notValues/notValues.ts
/* @__NO_SIDE_EFFECTS__ */
function notValues(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_values",
		reference: notValues,
		async: false,
		expects: `!${/* @__PURE__ */ _joinExpects(requirement.map((value$1) => value$1 instanceof Date ? value$1.toJSON() : /* @__PURE__ */ _stringify(value$1)), "|")}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && this.requirement.some((requirement$1) => /* @__PURE__ */ _isValueMatch(requirement$1, dataset.value))) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notWords/notWords.ts
/* @__NO_SIDE_EFFECTS__ */
function notWords(locales, requirement, message$1) {
	return {
		kind: "validation",
		type: "not_words",
		reference: notWords,
		async: false,
		expects: `!${requirement}`,
		locales,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getWordCount(this.locales, dataset.value);
				if (count === this.requirement) _addIssue(this, "words", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/octal/octal.ts
/* @__NO_SIDE_EFFECTS__ */
function octal(message$1) {
	return {
		kind: "validation",
		type: "octal",
		reference: octal,
		async: false,
		expects: null,
		requirement: OCTAL_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "octal", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/parseBoolean/parseBoolean.ts
const TRUTHY = (/* unused pure expression or super */ null && ([
	true,
	1,
	"true",
	"1",
	"yes",
	"y",
	"on",
	"enabled"
]));
const FALSY = (/* unused pure expression or super */ null && ([
	false,
	0,
	"false",
	"0",
	"no",
	"n",
	"off",
	"disabled"
]));
/* @__NO_SIDE_EFFECTS__ */
function parseBoolean(config$1, message$1) {
	const normalize$1 = (v) => typeof v === "string" ? v.toLowerCase() : v;
	const truthyRaw = config$1?.truthy ?? TRUTHY;
	const falsyRaw = config$1?.falsy ?? FALSY;
	const truthy = config$1?.truthy ? config$1.truthy.map(normalize$1) : TRUTHY;
	const falsy = config$1?.falsy ? config$1.falsy.map(normalize$1) : FALSY;
	return {
		kind: "transformation",
		type: "parse_boolean",
		reference: parseBoolean,
		expects: /* @__PURE__ */ _joinExpects([...truthyRaw, ...falsyRaw].map(_stringify), "|"),
		config: config$1,
		message: message$1,
		async: false,
		"~run"(dataset, config$2) {
			const input = normalize$1(dataset.value);
			if (truthy.includes(input)) dataset.value = true;
			else if (falsy.includes(input)) dataset.value = false;
			else {
				_addIssue(this, "boolean", dataset, config$2);
				dataset.typed = false;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/parseJson/parseJson.ts
/* @__NO_SIDE_EFFECTS__ */
function parseJson(config$1, message$1) {
	return {
		kind: "transformation",
		type: "parse_json",
		reference: parseJson,
		config: config$1,
		message: message$1,
		async: false,
		"~run"(dataset, config$2) {
			try {
				dataset.value = JSON.parse(dataset.value, this.config?.reviver);
			} catch (error) {
				if (error instanceof Error) {
					_addIssue(this, "JSON", dataset, config$2, { received: `"${error.message}"` });
					dataset.typed = false;
				} else throw error;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/partialCheck/utils/_isPartiallyTyped/_isPartiallyTyped.ts
/**
* Checks if a dataset is partially typed.
*
* @param dataset The dataset to check.
* @param paths The paths to check.
*
* @returns Whether it is partially typed.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _isPartiallyTyped(dataset, paths) {
	if (dataset.issues) for (const path of paths) for (const issue of dataset.issues) {
		let typed = false;
		const bound = Math.min(path.length, issue.path?.length ?? 0);
		for (let index = 0; index < bound; index++) if (path[index] !== issue.path[index].key && (path[index] !== "$" || issue.path[index].type !== "array")) {
			typed = true;
			break;
		}
		if (!typed) return false;
	}
	return true;
}

//#endregion
//#region src/actions/partialCheck/partialCheck.ts
/* @__NO_SIDE_EFFECTS__ */
function partialCheck(paths, requirement, message$1) {
	return {
		kind: "validation",
		type: "partial_check",
		reference: partialCheck,
		async: false,
		expects: null,
		paths,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if ((dataset.typed || /* @__PURE__ */ _isPartiallyTyped(dataset, paths)) && !this.requirement(dataset.value)) _addIssue(this, "input", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/partialCheck/partialCheckAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function partialCheckAsync(paths, requirement, message$1) {
	return {
		kind: "validation",
		type: "partial_check",
		reference: partialCheckAsync,
		async: true,
		expects: null,
		paths,
		requirement,
		message: message$1,
		async "~run"(dataset, config$1) {
			if ((dataset.typed || /* @__PURE__ */ _isPartiallyTyped(dataset, paths)) && !await this.requirement(dataset.value)) _addIssue(this, "input", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/rawCheck/rawCheck.ts
/**
* Creates a raw check validation action.
*
* @param action The validation action.
*
* @returns A raw check action.
*/
/* @__NO_SIDE_EFFECTS__ */
function rawCheck(action) {
	return {
		kind: "validation",
		type: "raw_check",
		reference: rawCheck,
		async: false,
		expects: null,
		"~run"(dataset, config$1) {
			action({
				dataset,
				config: config$1,
				addIssue: (info) => _addIssue(this, info?.label ?? "input", dataset, config$1, info)
			});
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/rawCheck/rawCheckAsync.ts
/**
* Creates a raw check validation action.
*
* @param action The validation action.
*
* @returns A raw check action.
*/
/* @__NO_SIDE_EFFECTS__ */
function rawCheckAsync(action) {
	return {
		kind: "validation",
		type: "raw_check",
		reference: rawCheckAsync,
		async: true,
		expects: null,
		async "~run"(dataset, config$1) {
			await action({
				dataset,
				config: config$1,
				addIssue: (info) => _addIssue(this, info?.label ?? "input", dataset, config$1, info)
			});
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/rawTransform/rawTransform.ts
/**
* Creates a raw transformation action.
*
* @param action The transformation action.
*
* @returns A raw transform action.
*/
/* @__NO_SIDE_EFFECTS__ */
function rawTransform(action) {
	return {
		kind: "transformation",
		type: "raw_transform",
		reference: rawTransform,
		async: false,
		"~run"(dataset, config$1) {
			const output = action({
				dataset,
				config: config$1,
				addIssue: (info) => _addIssue(this, info?.label ?? "input", dataset, config$1, info),
				NEVER: null
			});
			if (dataset.issues) dataset.typed = false;
			else dataset.value = output;
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/rawTransform/rawTransformAsync.ts
/**
* Creates a raw transformation action.
*
* @param action The transformation action.
*
* @returns A raw transform action.
*/
/* @__NO_SIDE_EFFECTS__ */
function rawTransformAsync(action) {
	return {
		kind: "transformation",
		type: "raw_transform",
		reference: rawTransformAsync,
		async: true,
		async "~run"(dataset, config$1) {
			const output = await action({
				dataset,
				config: config$1,
				addIssue: (info) => _addIssue(this, info?.label ?? "input", dataset, config$1, info),
				NEVER: null
			});
			if (dataset.issues) dataset.typed = false;
			else dataset.value = output;
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/readonly/readonly.ts
/* @__NO_SIDE_EFFECTS__ */
function readonly() {
	return {
		kind: "transformation",
		type: "readonly",
		reference: readonly,
		async: false,
		"~run"(dataset) {
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/reduceItems/reduceItems.ts
/* @__NO_SIDE_EFFECTS__ */
function reduceItems(operation, initial) {
	return {
		kind: "transformation",
		type: "reduce_items",
		reference: reduceItems,
		async: false,
		operation,
		initial,
		"~run"(dataset) {
			dataset.value = dataset.value.reduce(this.operation, this.initial);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/regex/regex.ts
/* @__NO_SIDE_EFFECTS__ */
function regex(requirement, message$1) {
	return {
		kind: "validation",
		type: "regex",
		reference: regex,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "format", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/returns/returns.ts
/* @__NO_SIDE_EFFECTS__ */
function returns(schema) {
	return {
		kind: "transformation",
		type: "returns",
		reference: returns,
		async: false,
		schema,
		"~run"(dataset, config$1) {
			const func = dataset.value;
			dataset.value = (...args_) => {
				const returnsDataset = this.schema["~run"]({ value: func(...args_) }, config$1);
				if (returnsDataset.issues) throw new ValiError(returnsDataset.issues);
				return returnsDataset.value;
			};
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/returns/returnsAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function returnsAsync(schema) {
	return {
		kind: "transformation",
		type: "returns",
		reference: returnsAsync,
		async: false,
		schema,
		"~run"(dataset, config$1) {
			const func = dataset.value;
			dataset.value = async (...args_) => {
				const returnsDataset = await this.schema["~run"]({ value: await func(...args_) }, config$1);
				if (returnsDataset.issues) throw new ValiError(returnsDataset.issues);
				return returnsDataset.value;
			};
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/rfcEmail/rfcEmail.ts
/* @__NO_SIDE_EFFECTS__ */
function rfcEmail(message$1) {
	return {
		kind: "validation",
		type: "rfc_email",
		reference: rfcEmail,
		expects: null,
		async: false,
		requirement: RFC_EMAIL_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "email", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/safeInteger/safeInteger.ts
/* @__NO_SIDE_EFFECTS__ */
function safeInteger(message$1) {
	return {
		kind: "validation",
		type: "safe_integer",
		reference: safeInteger,
		async: false,
		expects: null,
		requirement: Number.isSafeInteger,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "safe integer", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/size/size.ts
/* @__NO_SIDE_EFFECTS__ */
function size(requirement, message$1) {
	return {
		kind: "validation",
		type: "size",
		reference: size,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.size !== this.requirement) _addIssue(this, "size", dataset, config$1, { received: `${dataset.value.size}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/slug/slug.ts
/* @__NO_SIDE_EFFECTS__ */
function slug(message$1) {
	return {
		kind: "validation",
		type: "slug",
		reference: slug,
		async: false,
		expects: null,
		requirement: SLUG_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "slug", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/someItem/someItem.ts
/* @__NO_SIDE_EFFECTS__ */
function someItem(requirement, message$1) {
	return {
		kind: "validation",
		type: "some_item",
		reference: someItem,
		async: false,
		expects: null,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !dataset.value.some(this.requirement)) _addIssue(this, "item", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/sortItems/sortItems.ts
/* @__NO_SIDE_EFFECTS__ */
function sortItems(operation) {
	return {
		kind: "transformation",
		type: "sort_items",
		reference: sortItems,
		async: false,
		operation,
		"~run"(dataset) {
			dataset.value = dataset.value.sort(this.operation);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/startsWith/startsWith.ts
/* @__NO_SIDE_EFFECTS__ */
function startsWith(requirement, message$1) {
	return {
		kind: "validation",
		type: "starts_with",
		reference: startsWith,
		async: false,
		expects: `"${requirement}"`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !dataset.value.startsWith(this.requirement)) _addIssue(this, "start", dataset, config$1, { received: `"${dataset.value.slice(0, this.requirement.length)}"` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/stringifyJson/stringifyJson.ts
/* @__NO_SIDE_EFFECTS__ */
function stringifyJson(config$1, message$1) {
	return {
		kind: "transformation",
		type: "stringify_json",
		reference: stringifyJson,
		message: message$1,
		config: config$1,
		async: false,
		"~run"(dataset, config$2) {
			try {
				const output = JSON.stringify(dataset.value, this.config?.replacer, this.config?.space);
				if (output === void 0) {
					_addIssue(this, "JSON", dataset, config$2);
					dataset.typed = false;
				} else dataset.value = output;
			} catch (error) {
				if (error instanceof Error) {
					_addIssue(this, "JSON", dataset, config$2, { received: `"${error.message}"` });
					dataset.typed = false;
				} else throw error;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/title/title.ts
/**
* Creates a title metadata action.
*
* @param title_ The title text.
*
* @returns A title action.
*/
/* @__NO_SIDE_EFFECTS__ */
function title(title_) {
	return {
		kind: "metadata",
		type: "title",
		reference: title,
		title: title_
	};
}

//#endregion
//#region src/actions/toBigint/toBigint.ts
/* @__NO_SIDE_EFFECTS__ */
function toBigint(message$1) {
	return {
		kind: "transformation",
		type: "to_bigint",
		reference: toBigint,
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			try {
				dataset.value = BigInt(dataset.value);
			} catch {
				_addIssue(this, "bigint", dataset, config$1);
				dataset.typed = false;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toBoolean/toBoolean.ts
/**
* Creates a to boolean transformation action.
*
* @returns A to boolean action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function toBoolean() {
	return {
		kind: "transformation",
		type: "to_boolean",
		reference: toBoolean,
		async: false,
		"~run"(dataset) {
			dataset.value = Boolean(dataset.value);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toCamelCase/toCamelCase.ts
/**
* Creates a to camel case transformation action.
*
* Words are separated by `_`, `-` and ASCII whitespace, as well as by case
* and acronym boundaries.
*
* Hint: Acronym runs are normalized to lowercase (e.g. `parseURLValue` →
* `parseUrlValue`) and digits stay attached to the preceding token (e.g.
* `item2Name` → `item2Name`).
*
* @returns A to camel case action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function toCamelCase() {
	return {
		kind: "transformation",
		type: "to_camel_case",
		reference: toCamelCase,
		async: false,
		"~run"(dataset) {
			dataset.value = /* @__PURE__ */ _formatCase(dataset.value, "", false, true);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toDate/toDate.ts
/* @__NO_SIDE_EFFECTS__ */
function toDate(message$1) {
	return {
		kind: "transformation",
		type: "to_date",
		reference: toDate,
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			try {
				dataset.value = new Date(dataset.value);
				if (isNaN(dataset.value)) {
					_addIssue(this, "date", dataset, config$1, { received: "\"Invalid Date\"" });
					dataset.typed = false;
				}
			} catch {
				_addIssue(this, "date", dataset, config$1);
				dataset.typed = false;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toKebabCase/toKebabCase.ts
/**
* Creates a to kebab case transformation action.
*
* Words are separated by `_`, `-` and ASCII whitespace, as well as by case
* and acronym boundaries.
*
* Hint: Acronym runs are normalized to lowercase (e.g. `parseURLValue` →
* `parse-url-value`) and digits stay attached to the preceding token (e.g.
* `item2Name` → `item2-name`).
*
* @returns A to kebab case action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function toKebabCase() {
	return {
		kind: "transformation",
		type: "to_kebab_case",
		reference: toKebabCase,
		async: false,
		"~run"(dataset) {
			dataset.value = /* @__PURE__ */ _formatCase(dataset.value, "-", false, false);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toLowerCase/toLowerCase.ts
/**
* Creates a to lower case transformation action.
*
* @returns A to lower case action.
*/
/* @__NO_SIDE_EFFECTS__ */
function toLowerCase() {
	return {
		kind: "transformation",
		type: "to_lower_case",
		reference: toLowerCase,
		async: false,
		"~run"(dataset) {
			dataset.value = dataset.value.toLowerCase();
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toMaxValue/toMaxValue.ts
/**
* Creates a to max value transformation action.
*
* @param requirement The maximum value.
*
* @returns A to max value action.
*/
/* @__NO_SIDE_EFFECTS__ */
function toMaxValue(requirement) {
	return {
		kind: "transformation",
		type: "to_max_value",
		reference: toMaxValue,
		async: false,
		requirement,
		"~run"(dataset) {
			dataset.value = dataset.value > this.requirement ? this.requirement : dataset.value;
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toMinValue/toMinValue.ts
/**
* Creates a to min value transformation action.
*
* @param requirement The minimum value.
*
* @returns A to min value action.
*/
/* @__NO_SIDE_EFFECTS__ */
function toMinValue(requirement) {
	return {
		kind: "transformation",
		type: "to_min_value",
		reference: toMinValue,
		async: false,
		requirement,
		"~run"(dataset) {
			dataset.value = dataset.value < this.requirement ? this.requirement : dataset.value;
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toNumber/toNumber.ts
/* @__NO_SIDE_EFFECTS__ */
function toNumber(message$1) {
	return {
		kind: "transformation",
		type: "to_number",
		reference: toNumber,
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			try {
				dataset.value = Number(dataset.value);
				if (isNaN(dataset.value)) {
					_addIssue(this, "number", dataset, config$1);
					dataset.typed = false;
				}
			} catch {
				_addIssue(this, "number", dataset, config$1);
				dataset.typed = false;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toPascalCase/toPascalCase.ts
/**
* Creates a to pascal case transformation action.
*
* Words are separated by `_`, `-` and ASCII whitespace, as well as by case
* and acronym boundaries.
*
* Hint: Acronym runs are normalized to lowercase (e.g. `parseURLValue` →
* `ParseUrlValue`) and digits stay attached to the preceding token (e.g.
* `item2Name` → `Item2Name`).
*
* @returns A to pascal case action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function toPascalCase() {
	return {
		kind: "transformation",
		type: "to_pascal_case",
		reference: toPascalCase,
		async: false,
		"~run"(dataset) {
			dataset.value = /* @__PURE__ */ _formatCase(dataset.value, "", true, true);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toSnakeCase/toSnakeCase.ts
/**
* Creates a to snake case transformation action.
*
* Words are separated by `_`, `-` and ASCII whitespace, as well as by case
* and acronym boundaries.
*
* Hint: Acronym runs are normalized to lowercase (e.g. `parseURLValue` →
* `parse_url_value`) and digits stay attached to the preceding token (e.g.
* `item2Name` → `item2_name`).
*
* @returns A to snake case action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function toSnakeCase() {
	return {
		kind: "transformation",
		type: "to_snake_case",
		reference: toSnakeCase,
		async: false,
		"~run"(dataset) {
			dataset.value = /* @__PURE__ */ _formatCase(dataset.value, "_", false, false);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toString/toString.ts
/* @__NO_SIDE_EFFECTS__ */
function dist_toString(message$1) {
	return {
		kind: "transformation",
		type: "to_string",
		reference: dist_toString,
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			try {
				dataset.value = String(dataset.value);
			} catch {
				_addIssue(this, "string", dataset, config$1);
				dataset.typed = false;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toUpperCase/toUpperCase.ts
/**
* Creates a to upper case transformation action.
*
* @returns A to upper case action.
*/
/* @__NO_SIDE_EFFECTS__ */
function toUpperCase() {
	return {
		kind: "transformation",
		type: "to_upper_case",
		reference: toUpperCase,
		async: false,
		"~run"(dataset) {
			dataset.value = dataset.value.toUpperCase();
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/transform/transform.ts
/**
* Creates a custom transformation action.
*
* @param operation The transformation operation.
*
* @returns A transform action.
*/
/* @__NO_SIDE_EFFECTS__ */
function transform(operation) {
	return {
		kind: "transformation",
		type: "transform",
		reference: transform,
		async: false,
		operation,
		"~run"(dataset) {
			dataset.value = this.operation(dataset.value);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/transform/transformAsync.ts
/**
* Creates a custom transformation action.
*
* @param operation The transformation operation.
*
* @returns A transform action.
*/
/* @__NO_SIDE_EFFECTS__ */
function transformAsync(operation) {
	return {
		kind: "transformation",
		type: "transform",
		reference: transformAsync,
		async: true,
		operation,
		async "~run"(dataset) {
			dataset.value = await this.operation(dataset.value);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/trim/trim.ts
/**
* Creates a trim transformation action.
*
* @returns A trim action.
*/
/* @__NO_SIDE_EFFECTS__ */
function trim() {
	return {
		kind: "transformation",
		type: "trim",
		reference: trim,
		async: false,
		"~run"(dataset) {
			dataset.value = dataset.value.trim();
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/trimEnd/trimEnd.ts
/**
* Creates a trim end transformation action.
*
* @returns A trim end action.
*/
/* @__NO_SIDE_EFFECTS__ */
function trimEnd() {
	return {
		kind: "transformation",
		type: "trim_end",
		reference: trimEnd,
		async: false,
		"~run"(dataset) {
			dataset.value = dataset.value.trimEnd();
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/trimStart/trimStart.ts
/**
* Creates a trim start transformation action.
*
* @returns A trim start action.
*/
/* @__NO_SIDE_EFFECTS__ */
function trimStart() {
	return {
		kind: "transformation",
		type: "trim_start",
		reference: trimStart,
		async: false,
		"~run"(dataset) {
			dataset.value = dataset.value.trimStart();
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/ulid/ulid.ts
/* @__NO_SIDE_EFFECTS__ */
function ulid(message$1) {
	return {
		kind: "validation",
		type: "ulid",
		reference: ulid,
		async: false,
		expects: null,
		requirement: ULID_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "ULID", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/url/url.ts
/* @__NO_SIDE_EFFECTS__ */
function url(message$1) {
	return {
		kind: "validation",
		type: "url",
		reference: url,
		async: false,
		expects: null,
		requirement(input) {
			try {
				if (URL.canParse) return URL.canParse(input);
				new URL(input);
				return true;
			} catch {
				return false;
			}
		},
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "URL", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/uuid/uuid.ts
/* @__NO_SIDE_EFFECTS__ */
function uuid(message$1) {
	return {
		kind: "validation",
		type: "uuid",
		reference: uuid,
		async: false,
		expects: null,
		requirement: UUID_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "UUID", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/value/value.ts
/* @__NO_SIDE_EFFECTS__ */
function value(requirement, message$1) {
	return {
		kind: "validation",
		type: "value",
		reference: value,
		async: false,
		expects: requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement),
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !/* @__PURE__ */ _isValueMatch(this.requirement, dataset.value)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/values/values.ts
/* @__NO_SIDE_EFFECTS__ */
function values(requirement, message$1) {
	return {
		kind: "validation",
		type: "values",
		reference: values,
		async: false,
		expects: `${/* @__PURE__ */ _joinExpects(requirement.map((value$1) => value$1 instanceof Date ? value$1.toJSON() : /* @__PURE__ */ _stringify(value$1)), "|")}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.some((requirement$1) => /* @__PURE__ */ _isValueMatch(requirement$1, dataset.value))) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/words/words.ts
/* @__NO_SIDE_EFFECTS__ */
function words(locales, requirement, message$1) {
	return {
		kind: "validation",
		type: "words",
		reference: words,
		async: false,
		expects: `${requirement}`,
		locales,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getWordCount(this.locales, dataset.value);
				if (count !== this.requirement) _addIssue(this, "words", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/const.ts
const ABORT_EARLY_CONFIG = { abortEarly: true };

//#endregion
//#region src/methods/assert/assert.ts
/**
* Checks if the input matches the schema. As this is an assertion function, it
* can be used as a type guard.
*
* @param schema The schema to be used.
* @param input The input to be tested.
*/
function assert(schema, input) {
	const issues = schema["~run"]({ value: input }, ABORT_EARLY_CONFIG).issues;
	if (issues) throw new ValiError(issues);
}

//#endregion
//#region src/methods/cache/_LruCache.ts
/**
* Efficient LRU cache using Map iteration order.
*/
var _LruCache = class {
	constructor(config$1) {
		this.refCount = 0;
		this.maxSize = config$1?.maxSize ?? 1e3;
		this.maxAge = config$1?.maxAge ?? Infinity;
		this.hasMaxAge = isFinite(this.maxAge);
	}
	/**
	* Stringifies an unknown input to a cache key component.
	*
	* @param input The unknown input.
	*
	* @returns A cache key component.
	*/
	stringify(input) {
		const type = typeof input;
		if (type === "string") return `"${input}"`;
		if (type === "number" || type === "boolean") return `${input}`;
		if (type === "bigint") return `${input}n`;
		if (type === "object" || type === "function") {
			if (input) {
				this.refIds ?? (this.refIds = /* @__PURE__ */ new WeakMap());
				let id = this.refIds.get(input);
				if (!id) {
					id = ++this.refCount;
					this.refIds.set(input, id);
				}
				return `#${id}`;
			}
			return "null";
		}
		return type;
	}
	/**
	* Creates a cache key from input and config.
	*
	* @param input The input value.
	* @param config The parse configuration.
	*
	* @returns The cache key.
	*/
	key(input, config$1 = {}) {
		return `${this.stringify(input)}|${this.stringify(config$1.lang)}|${this.stringify(config$1.message)}|${this.stringify(config$1.abortEarly)}|${this.stringify(config$1.abortPipeEarly)}`;
	}
	/**
	* Gets a value from the cache by key.
	*
	* @param key The cache key.
	*
	* @returns The cached value.
	*/
	get(key) {
		if (!this.store) return void 0;
		const entry = this.store.get(key);
		if (!entry) return void 0;
		if (this.hasMaxAge && Date.now() - entry[1] > this.maxAge) {
			this.store.delete(key);
			return;
		}
		this.store.delete(key);
		this.store.set(key, entry);
		return entry[0];
	}
	/**
	* Sets a value in the cache by key.
	*
	* @param key The cache key.
	* @param value The cached value.
	*/
	set(key, value$1) {
		this.store ?? (this.store = /* @__PURE__ */ new Map());
		this.store.delete(key);
		const timestamp = this.hasMaxAge ? Date.now() : 0;
		this.store.set(key, [value$1, timestamp]);
		if (this.store.size > this.maxSize) this.store.delete(this.store.keys().next().value);
	}
	/**
	* Clears all entries from the cache.
	*/
	clear() {
		this.store?.clear();
	}
};

//#endregion
//#region src/methods/cache/cache.ts
/* @__NO_SIDE_EFFECTS__ */
function cache(schema, config$1) {
	return _standardSchema({
		...schema,
		cacheConfig: config$1,
		cache: new _LruCache(config$1),
		"~run"(dataset, runConfig) {
			const key = this.cache.key(dataset.value, runConfig);
			let outputDataset = this.cache.get(key);
			if (!outputDataset) this.cache.set(key, outputDataset = schema["~run"](dataset, runConfig));
			return /* @__PURE__ */ _cloneDataset(outputDataset);
		}
	});
}

//#endregion
//#region src/methods/cache/cacheAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function cacheAsync(schema, config$1) {
	let activeRuns;
	return _standardSchema({
		...schema,
		async: true,
		cacheConfig: config$1,
		cache: new _LruCache(config$1),
		async "~run"(dataset, runConfig) {
			const key = this.cache.key(dataset.value, runConfig);
			const cached = this.cache.get(key);
			if (cached) return /* @__PURE__ */ _cloneDataset(cached);
			let promise$1 = activeRuns?.get(key);
			if (!promise$1) {
				activeRuns ?? (activeRuns = /* @__PURE__ */ new Map());
				promise$1 = Promise.resolve(schema["~run"](dataset, runConfig));
				activeRuns.set(key, promise$1);
			}
			try {
				const outputDataset = await promise$1;
				this.cache.set(key, outputDataset);
				return /* @__PURE__ */ _cloneDataset(outputDataset);
			} finally {
				activeRuns?.delete(key);
			}
		}
	});
}

//#endregion
//#region src/methods/config/config.ts
/**
* Changes the local configuration of a schema.
*
* @param schema The schema to configure.
* @param config The parse configuration.
*
* @returns The configured schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function config(schema, config$1) {
	return _standardSchema({
		...schema,
		"~run"(dataset, config_) {
			return schema["~run"](dataset, {
				...config_,
				...config$1
			});
		}
	});
}

//#endregion
//#region src/methods/getFallback/getFallback.ts
/**
* Returns the fallback value of the schema.
*
* @param schema The schema to get it from.
* @param dataset The output dataset if available.
* @param config The config if available.
*
* @returns The fallback value.
*/
/* @__NO_SIDE_EFFECTS__ */
function getFallback(schema, dataset, config$1) {
	return typeof schema.fallback === "function" ? schema.fallback(dataset, config$1) : schema.fallback;
}

//#endregion
//#region src/methods/fallback/fallback.ts
/**
* Returns a fallback value as output if the input does not match the schema.
*
* @param schema The schema to catch.
* @param fallback The fallback value.
*
* @returns The passed schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function fallback(schema, fallback$1) {
	return _standardSchema({
		...schema,
		fallback: fallback$1,
		"~run"(dataset, config$1) {
			const outputDataset = schema["~run"](dataset, config$1);
			return outputDataset.issues ? {
				typed: true,
				value: /* @__PURE__ */ getFallback(this, outputDataset, config$1)
			} : outputDataset;
		}
	});
}

//#endregion
//#region src/methods/fallback/fallbackAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function fallbackAsync(schema, fallback$1) {
	return _standardSchema({
		...schema,
		fallback: fallback$1,
		async: true,
		async "~run"(dataset, config$1) {
			const outputDataset = await schema["~run"](dataset, config$1);
			return outputDataset.issues ? {
				typed: true,
				value: await /* @__PURE__ */ getFallback(this, outputDataset, config$1)
			} : outputDataset;
		}
	});
}

//#endregion
//#region src/methods/flatten/flatten.ts
/* @__NO_SIDE_EFFECTS__ */
function flatten(issues) {
	const flatErrors = {};
	for (const issue of issues) if (issue.path) {
		const dotPath = /* @__PURE__ */ getDotPath(issue);
		if (dotPath) {
			if (!flatErrors.nested) flatErrors.nested = {};
			if (Object.prototype.hasOwnProperty.call(flatErrors.nested, dotPath)) flatErrors.nested[dotPath].push(issue.message);
			else flatErrors.nested[dotPath] = [issue.message];
		} else if (flatErrors.other) flatErrors.other.push(issue.message);
		else flatErrors.other = [issue.message];
	} else if (flatErrors.root) flatErrors.root.push(issue.message);
	else flatErrors.root = [issue.message];
	return flatErrors;
}

//#endregion
//#region src/methods/forward/forward.ts
/**
* Forwards the issues of the passed validation action.
*
* @param action The validation action.
* @param path The path to forward the issues to.
*
* @returns The modified action.
*/
/* @__NO_SIDE_EFFECTS__ */
function forward(action, path) {
	return {
		...action,
		"~run"(dataset, config$1) {
			const prevIssues = dataset.issues && [...dataset.issues];
			dataset = action["~run"](dataset, config$1);
			if (dataset.issues) {
				for (const issue of dataset.issues) if (!prevIssues?.includes(issue)) {
					let pathInput = dataset.value;
					for (const key of path) {
						const pathValue = pathInput[key];
						const pathItem = {
							type: "unknown",
							origin: "value",
							input: pathInput,
							key,
							value: pathValue
						};
						if (issue.path) issue.path.push(pathItem);
						else issue.path = [pathItem];
						if (!pathValue) break;
						pathInput = pathValue;
					}
				}
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/methods/forward/forwardAsync.ts
/**
* Forwards the issues of the passed validation action.
*
* @param action The validation action.
* @param path The path to forward the issues to.
*
* @returns The modified action.
*/
/* @__NO_SIDE_EFFECTS__ */
function forwardAsync(action, path) {
	return {
		...action,
		async: true,
		async "~run"(dataset, config$1) {
			const prevIssues = dataset.issues && [...dataset.issues];
			dataset = await action["~run"](dataset, config$1);
			if (dataset.issues) {
				for (const issue of dataset.issues) if (!prevIssues?.includes(issue)) {
					let pathInput = dataset.value;
					for (const key of path) {
						const pathValue = pathInput[key];
						const pathItem = {
							type: "unknown",
							origin: "value",
							input: pathInput,
							key,
							value: pathValue
						};
						if (issue.path) issue.path.push(pathItem);
						else issue.path = [pathItem];
						if (!pathValue) break;
						pathInput = pathValue;
					}
				}
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/methods/getDefault/getDefault.ts
/**
* Returns the default value of the schema.
*
* @param schema The schema to get it from.
* @param dataset The input dataset if available.
* @param config The config if available.
*
* @returns The default value.
*/
/* @__NO_SIDE_EFFECTS__ */
function getDefault(schema, dataset, config$1) {
	return typeof schema.default === "function" ? schema.default(dataset, config$1) : schema.default;
}

//#endregion
//#region src/methods/getDefaults/getDefaults.ts
/**
* Returns the default values of the schema.
*
* Hint: The difference to `getDefault` is that for object and tuple schemas
* this function recursively returns the default values of the subschemas
* instead of `undefined`.
*
* @param schema The schema to get them from.
*
* @returns The default values.
*/
/* @__NO_SIDE_EFFECTS__ */
function getDefaults(schema) {
	if ("entries" in schema) {
		const object$1 = {};
		for (const key in schema.entries) object$1[key] = /* @__PURE__ */ getDefaults(schema.entries[key]);
		return object$1;
	}
	if ("items" in schema) return schema.items.map(getDefaults);
	return /* @__PURE__ */ getDefault(schema);
}

//#endregion
//#region src/methods/getDefaults/getDefaultsAsync.ts
/**
* Returns the default values of the schema.
*
* Hint: The difference to `getDefault` is that for object and tuple schemas
* this function recursively returns the default values of the subschemas
* instead of `undefined`.
*
* @param schema The schema to get them from.
*
* @returns The default values.
*/
/* @__NO_SIDE_EFFECTS__ */
async function getDefaultsAsync(schema) {
	if ("entries" in schema) return Object.fromEntries(await Promise.all(Object.entries(schema.entries).map(async ([key, value$1]) => [key, await /* @__PURE__ */ getDefaultsAsync(value$1)])));
	if ("items" in schema) return Promise.all(schema.items.map(getDefaultsAsync));
	return /* @__PURE__ */ getDefault(schema);
}

//#endregion
//#region src/methods/getDescription/getDescription.ts
/**
* Returns the description of the schema.
*
* If multiple descriptions are defined, the last one of the highest level is
* returned. If no description is defined, `undefined` is returned.
*
* @param schema The schema to get the description from.
*
* @returns The description, if any.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function getDescription(schema) {
	return /* @__PURE__ */ _getLastMetadata(schema, "description");
}

//#endregion
//#region src/methods/getExamples/getExamples.ts
/**
* Returns the examples of a schema.
*
* If multiple examples are defined, it concatenates them using depth-first
* search. If no examples are defined, an empty array is returned.
*
* @param schema The schema to get the examples from.
*
* @returns The examples, if any.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function getExamples(schema) {
	const examples$1 = [];
	function depthFirstCollect(schema$1) {
		if ("pipe" in schema$1) {
			for (const item of schema$1.pipe) if (item.kind === "schema" && "pipe" in item) depthFirstCollect(item);
			else if (item.kind === "metadata" && item.type === "examples") for (const example of item.examples) examples$1.push(example);
		}
	}
	depthFirstCollect(schema);
	return examples$1;
}

//#endregion
//#region src/methods/getFallbacks/getFallbacks.ts
/**
* Returns the fallback values of the schema.
*
* Hint: The difference to `getFallback` is that for object and tuple schemas
* this function recursively returns the fallback values of the subschemas
* instead of `undefined`.
*
* @param schema The schema to get them from.
*
* @returns The fallback values.
*/
/* @__NO_SIDE_EFFECTS__ */
function getFallbacks(schema) {
	if ("entries" in schema) {
		const object$1 = {};
		for (const key in schema.entries) object$1[key] = /* @__PURE__ */ getFallbacks(schema.entries[key]);
		return object$1;
	}
	if ("items" in schema) return schema.items.map(getFallbacks);
	return /* @__PURE__ */ getFallback(schema);
}

//#endregion
//#region src/methods/getFallbacks/getFallbacksAsync.ts
/**
* Returns the fallback values of the schema.
*
* Hint: The difference to `getFallback` is that for object and tuple schemas
* this function recursively returns the fallback values of the subschemas
* instead of `undefined`.
*
* @param schema The schema to get them from.
*
* @returns The fallback values.
*/
/* @__NO_SIDE_EFFECTS__ */
async function getFallbacksAsync(schema) {
	if ("entries" in schema) return Object.fromEntries(await Promise.all(Object.entries(schema.entries).map(async ([key, value$1]) => [key, await /* @__PURE__ */ getFallbacksAsync(value$1)])));
	if ("items" in schema) return Promise.all(schema.items.map(getFallbacksAsync));
	return /* @__PURE__ */ getFallback(schema);
}

//#endregion
//#region src/methods/getMetadata/getMetadata.ts
/**
* Returns the metadata of a schema.
*
* If multiple metadata are defined, it shallowly merges them using depth-first
* search. If no metadata is defined, an empty object is returned.
*
* @param schema Schema to get the metadata from.
*
* @returns The metadata, if any.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function getMetadata(schema) {
	const result = {};
	function depthFirstMerge(schema$1) {
		if ("pipe" in schema$1) {
			for (const item of schema$1.pipe) if (item.kind === "schema" && "pipe" in item) depthFirstMerge(item);
			else if (item.kind === "metadata" && item.type === "metadata") Object.assign(result, item.metadata);
		}
	}
	depthFirstMerge(schema);
	return result;
}

//#endregion
//#region src/methods/getTitle/getTitle.ts
/**
* Returns the title of the schema.
*
* If multiple titles are defined, the last one of the highest level is
* returned. If no title is defined, `undefined` is returned.
*
* @param schema The schema to get the title from.
*
* @returns The title, if any.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function getTitle(schema) {
	return /* @__PURE__ */ _getLastMetadata(schema, "title");
}

//#endregion
//#region src/methods/is/is.ts
/**
* Checks if the input matches the schema. By using a type predicate, this
* function can be used as a type guard.
*
* @param schema The schema to be used.
* @param input The input to be tested.
*
* @returns Whether the input matches the schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function is(schema, input) {
	return !schema["~run"]({ value: input }, ABORT_EARLY_CONFIG).issues;
}

//#endregion
//#region src/schemas/any/any.ts
/**
* Creates an any schema.
*
* Hint: This schema function exists only for completeness and is not
* recommended in practice. Instead, `unknown` should be used to accept
* unknown data.
*
* @returns An any schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function any() {
	return _standardSchema({
		kind: "schema",
		type: "any",
		reference: any,
		expects: "any",
		async: false,
		"~run"(dataset) {
			dataset.typed = true;
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/array/array.ts
/* @__NO_SIDE_EFFECTS__ */
function array(item, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "array",
		reference: array,
		expects: "Array",
		async: false,
		item,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				for (let key = 0; key < input.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.item["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/array/arrayAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function arrayAsync(item, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "array",
		reference: arrayAsync,
		expects: "Array",
		async: true,
		item,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				const itemDatasets = await Promise.all(input.map((value$1) => this.item["~run"]({ value: value$1 }, config$1)));
				for (let key = 0; key < itemDatasets.length; key++) {
					const itemDataset = itemDatasets[key];
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: input[key]
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/bigint/bigint.ts
/* @__NO_SIDE_EFFECTS__ */
function bigint(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "bigint",
		reference: bigint,
		expects: "bigint",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "bigint") dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/blob/blob.ts
/* @__NO_SIDE_EFFECTS__ */
function blob(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "blob",
		reference: blob,
		expects: "Blob",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value instanceof Blob) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/boolean/boolean.ts
/* @__NO_SIDE_EFFECTS__ */
function dist_boolean(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "boolean",
		reference: dist_boolean,
		expects: "boolean",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "boolean") dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/custom/custom.ts
/* @__NO_SIDE_EFFECTS__ */
function custom(check$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "custom",
		reference: custom,
		expects: "unknown",
		async: false,
		check: check$1,
		message: message$1,
		"~run"(dataset, config$1) {
			if (this.check(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/custom/customAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function customAsync(check$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "custom",
		reference: customAsync,
		expects: "unknown",
		async: true,
		check: check$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (await this.check(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/date/date.ts
/* @__NO_SIDE_EFFECTS__ */
function date(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "date",
		reference: date,
		expects: "Date",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value instanceof Date) if (!isNaN(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1, { received: "\"Invalid Date\"" });
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/enum/enum.ts
/* @__NO_SIDE_EFFECTS__ */
function enum_(enum__, message$1) {
	const options = [];
	for (const key in enum__) if (`${+key}` !== key || typeof enum__[key] !== "string" || !Object.is(enum__[enum__[key]], +key)) options.push(enum__[key]);
	return _standardSchema({
		kind: "schema",
		type: "enum",
		reference: enum_,
		expects: /* @__PURE__ */ _joinExpects(options.map(_stringify), "|"),
		async: false,
		enum: enum__,
		options,
		message: message$1,
		"~run"(dataset, config$1) {
			if (this.options.includes(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/exactOptional/exactOptional.ts
/* @__NO_SIDE_EFFECTS__ */
function exactOptional(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "exact_optional",
		reference: exactOptional,
		expects: wrapped.expects,
		async: false,
		wrapped,
		default: default_,
		"~run"(dataset, config$1) {
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/exactOptional/exactOptionalAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function exactOptionalAsync(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "exact_optional",
		reference: exactOptionalAsync,
		expects: wrapped.expects,
		async: true,
		wrapped,
		default: default_,
		async "~run"(dataset, config$1) {
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/file/file.ts
/* @__NO_SIDE_EFFECTS__ */
function file(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "file",
		reference: file,
		expects: "File",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value instanceof File) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/function/function.ts
/* @__NO_SIDE_EFFECTS__ */
function function_(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "function",
		reference: function_,
		expects: "Function",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "function") dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/instance/instance.ts
/* @__NO_SIDE_EFFECTS__ */
function instance(class_, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "instance",
		reference: instance,
		expects: class_.name,
		async: false,
		class: class_,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value instanceof this.class) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/intersect/utils/_merge/_merge.ts
/**
* Merges two values into one single output.
*
* @param value1 First value.
* @param value2 Second value.
*
* @returns The merge dataset.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _merge(value1, value2) {
	if (typeof value1 === typeof value2) {
		if (/* @__PURE__ */ _isSameValueZero(value1, value2) || value1 instanceof Date && value2 instanceof Date && /* @__PURE__ */ _isSameValueZero(+value1, +value2)) return { value: value1 };
		if (value1 && value2 && value1.constructor === Object && value2.constructor === Object) {
			const nextValue = {
				...value1,
				...value2
			};
			for (const key in value2) if (Object.prototype.hasOwnProperty.call(value1, key) && Object.prototype.hasOwnProperty.call(value2, key)) {
				const dataset = /* @__PURE__ */ _merge(value1[key], value2[key]);
				if (dataset.issue) return dataset;
				nextValue[key] = dataset.value;
			}
			return { value: nextValue };
		}
		if (Array.isArray(value1) && Array.isArray(value2)) {
			if (value1.length === value2.length) {
				const nextValue = [...value1];
				for (let index = 0; index < value1.length; index++) {
					const dataset = /* @__PURE__ */ _merge(value1[index], value2[index]);
					if (dataset.issue) return dataset;
					nextValue[index] = dataset.value;
				}
				return { value: nextValue };
			}
		}
	}
	return { issue: true };
}

//#endregion
//#region src/schemas/intersect/intersect.ts
/* @__NO_SIDE_EFFECTS__ */
function intersect(options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "intersect",
		reference: intersect,
		expects: /* @__PURE__ */ _joinExpects(options.map((option) => option.expects), "&"),
		async: false,
		options,
		message: message$1,
		"~run"(dataset, config$1) {
			if (this.options.length) {
				const input = dataset.value;
				let outputs;
				dataset.typed = true;
				for (const schema of this.options) {
					const optionDataset = schema["~run"]({ value: input }, config$1);
					if (optionDataset.issues) {
						if (dataset.issues) for (const issue of optionDataset.issues) dataset.issues.push(issue);
						else dataset.issues = optionDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!optionDataset.typed) dataset.typed = false;
					if (dataset.typed) if (outputs) outputs.push(optionDataset.value);
					else outputs = [optionDataset.value];
				}
				if (dataset.typed) {
					dataset.value = outputs[0];
					for (let index = 1; index < outputs.length; index++) {
						const mergeDataset = /* @__PURE__ */ _merge(dataset.value, outputs[index]);
						if (mergeDataset.issue) {
							_addIssue(this, "type", dataset, config$1, { received: "unknown" });
							break;
						}
						dataset.value = mergeDataset.value;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/intersect/intersectAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function intersectAsync(options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "intersect",
		reference: intersectAsync,
		expects: /* @__PURE__ */ _joinExpects(options.map((option) => option.expects), "&"),
		async: true,
		options,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (this.options.length) {
				const input = dataset.value;
				let outputs;
				dataset.typed = true;
				const optionDatasets = await Promise.all(this.options.map((schema) => schema["~run"]({ value: input }, config$1)));
				for (const optionDataset of optionDatasets) {
					if (optionDataset.issues) {
						if (dataset.issues) for (const issue of optionDataset.issues) dataset.issues.push(issue);
						else dataset.issues = optionDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!optionDataset.typed) dataset.typed = false;
					if (dataset.typed) if (outputs) outputs.push(optionDataset.value);
					else outputs = [optionDataset.value];
				}
				if (dataset.typed) {
					dataset.value = outputs[0];
					for (let index = 1; index < outputs.length; index++) {
						const mergeDataset = /* @__PURE__ */ _merge(dataset.value, outputs[index]);
						if (mergeDataset.issue) {
							_addIssue(this, "type", dataset, config$1, { received: "unknown" });
							break;
						}
						dataset.value = mergeDataset.value;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/lazy/lazy.ts
/**
* Creates a lazy schema.
*
* @param getter The schema getter.
*
* @returns A lazy schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function lazy(getter) {
	return _standardSchema({
		kind: "schema",
		type: "lazy",
		reference: lazy,
		expects: "unknown",
		async: false,
		getter,
		"~run"(dataset, config$1) {
			return this.getter(dataset.value)["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/lazy/lazyAsync.ts
/**
* Creates a lazy schema.
*
* @param getter The schema getter.
*
* @returns A lazy schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function lazyAsync(getter) {
	return _standardSchema({
		kind: "schema",
		type: "lazy",
		reference: lazyAsync,
		expects: "unknown",
		async: true,
		getter,
		async "~run"(dataset, config$1) {
			return (await this.getter(dataset.value))["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/literal/literal.ts
/* @__NO_SIDE_EFFECTS__ */
function literal(literal_, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "literal",
		reference: literal,
		expects: /* @__PURE__ */ _stringify(literal_),
		async: false,
		literal: literal_,
		message: message$1,
		"~run"(dataset, config$1) {
			if (/* @__PURE__ */ _isSameValueZero(dataset.value, this.literal)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/looseObject/looseObject.ts
/* @__NO_SIDE_EFFECTS__ */
function looseObject(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "loose_object",
		reference: looseObject,
		expects: "Object",
		async: false,
		entries: entries$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				for (const key in this.entries) {
					const valueSchema = this.entries[key];
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
						const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
						if (valueDataset.issues) {
							const pathItem = {
								type: "object",
								origin: "value",
								input,
								key,
								value: value$1
							};
							for (const issue of valueDataset.issues) {
								if (issue.path) issue.path.unshift(pathItem);
								else issue.path = [pathItem];
								dataset.issues?.push(issue);
							}
							if (!dataset.issues) dataset.issues = valueDataset.issues;
							if (config$1.abortEarly) {
								dataset.typed = false;
								break;
							}
						}
						if (!valueDataset.typed) dataset.typed = false;
						dataset.value[key] = valueDataset.value;
					} else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
					else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
						_addIssue(this, "key", dataset, config$1, {
							input: void 0,
							expected: `"${key}"`,
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						if (config$1.abortEarly) break;
					}
				}
				if (!dataset.issues || !config$1.abortEarly) {
					for (const key in input) if (/* @__PURE__ */ _isValidObjectKey(input, key) && !Object.prototype.hasOwnProperty.call(this.entries, key)) dataset.value[key] = input[key];
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/looseObject/looseObjectAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function looseObjectAsync(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "loose_object",
		reference: looseObjectAsync,
		expects: "Object",
		async: true,
		entries: entries$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				const valueDatasets = await Promise.all(Object.entries(this.entries).map(async ([key, valueSchema]) => {
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : await /* @__PURE__ */ getDefault(valueSchema);
						return [
							key,
							value$1,
							valueSchema,
							await valueSchema["~run"]({ value: value$1 }, config$1)
						];
					}
					return [
						key,
						input[key],
						valueSchema,
						null
					];
				}));
				for (const [key, value$1, valueSchema, valueDataset] of valueDatasets) if (valueDataset) {
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value[key] = valueDataset.value;
				} else if (valueSchema.fallback !== void 0) dataset.value[key] = await /* @__PURE__ */ getFallback(valueSchema);
				else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
					_addIssue(this, "key", dataset, config$1, {
						input: void 0,
						expected: `"${key}"`,
						path: [{
							type: "object",
							origin: "key",
							input,
							key,
							value: value$1
						}]
					});
					if (config$1.abortEarly) break;
				}
				if (!dataset.issues || !config$1.abortEarly) {
					for (const key in input) if (/* @__PURE__ */ _isValidObjectKey(input, key) && !Object.prototype.hasOwnProperty.call(this.entries, key)) dataset.value[key] = input[key];
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/looseTuple/looseTuple.ts
/* @__NO_SIDE_EFFECTS__ */
function looseTuple(items, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "loose_tuple",
		reference: looseTuple,
		expects: "Array",
		async: false,
		items,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				for (let key = 0; key < this.items.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.items[key]["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
				if (!dataset.issues || !config$1.abortEarly) for (let key = this.items.length; key < input.length; key++) dataset.value.push(input[key]);
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/looseTuple/looseTupleAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function looseTupleAsync(items, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "loose_tuple",
		reference: looseTupleAsync,
		expects: "Array",
		async: true,
		items,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				const itemDatasets = await Promise.all(this.items.map(async (item, key) => {
					const value$1 = input[key];
					return [
						key,
						value$1,
						await item["~run"]({ value: value$1 }, config$1)
					];
				}));
				for (const [key, value$1, itemDataset] of itemDatasets) {
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
				if (!dataset.issues || !config$1.abortEarly) for (let key = this.items.length; key < input.length; key++) dataset.value.push(input[key]);
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/map/map.ts
/* @__NO_SIDE_EFFECTS__ */
function map(key, value$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "map",
		reference: map,
		expects: "Map",
		async: false,
		key,
		value: value$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input instanceof Map) {
				dataset.typed = true;
				dataset.value = /* @__PURE__ */ new Map();
				for (const [inputKey, inputValue] of input) {
					const keyDataset = this.key["~run"]({ value: inputKey }, config$1);
					if (keyDataset.issues) {
						const pathItem = {
							type: "map",
							origin: "key",
							input,
							key: inputKey,
							value: inputValue
						};
						for (const issue of keyDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = keyDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					const valueDataset = this.value["~run"]({ value: inputValue }, config$1);
					if (valueDataset.issues) {
						const pathItem = {
							type: "map",
							origin: "value",
							input,
							key: inputKey,
							value: inputValue
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!keyDataset.typed || !valueDataset.typed) dataset.typed = false;
					dataset.value.set(keyDataset.value, valueDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/map/mapAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function mapAsync(key, value$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "map",
		reference: mapAsync,
		expects: "Map",
		async: true,
		key,
		value: value$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input instanceof Map) {
				dataset.typed = true;
				dataset.value = /* @__PURE__ */ new Map();
				const datasets = await Promise.all([...input].map(([inputKey, inputValue]) => Promise.all([
					inputKey,
					inputValue,
					this.key["~run"]({ value: inputKey }, config$1),
					this.value["~run"]({ value: inputValue }, config$1)
				])));
				for (const [inputKey, inputValue, keyDataset, valueDataset] of datasets) {
					if (keyDataset.issues) {
						const pathItem = {
							type: "map",
							origin: "key",
							input,
							key: inputKey,
							value: inputValue
						};
						for (const issue of keyDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = keyDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (valueDataset.issues) {
						const pathItem = {
							type: "map",
							origin: "value",
							input,
							key: inputKey,
							value: inputValue
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!keyDataset.typed || !valueDataset.typed) dataset.typed = false;
					dataset.value.set(keyDataset.value, valueDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nan/nan.ts
/* @__NO_SIDE_EFFECTS__ */
function nan(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "nan",
		reference: nan,
		expects: "NaN",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (Number.isNaN(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/never/never.ts
/* @__NO_SIDE_EFFECTS__ */
function never(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "never",
		reference: never,
		expects: "never",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			_addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nonNullable/nonNullable.ts
/* @__NO_SIDE_EFFECTS__ */
function nonNullable(wrapped, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "non_nullable",
		reference: nonNullable,
		expects: "!null",
		async: false,
		wrapped,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value !== null) dataset = this.wrapped["~run"](dataset, config$1);
			if (dataset.value === null) _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nonNullable/nonNullableAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function nonNullableAsync(wrapped, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "non_nullable",
		reference: nonNullableAsync,
		expects: "!null",
		async: true,
		wrapped,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (dataset.value !== null) dataset = await this.wrapped["~run"](dataset, config$1);
			if (dataset.value === null) _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nonNullish/nonNullish.ts
/* @__NO_SIDE_EFFECTS__ */
function nonNullish(wrapped, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "non_nullish",
		reference: nonNullish,
		expects: "(!null & !undefined)",
		async: false,
		wrapped,
		message: message$1,
		"~run"(dataset, config$1) {
			if (!(dataset.value === null || dataset.value === void 0)) dataset = this.wrapped["~run"](dataset, config$1);
			if (dataset.value === null || dataset.value === void 0) _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nonNullish/nonNullishAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function nonNullishAsync(wrapped, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "non_nullish",
		reference: nonNullishAsync,
		expects: "(!null & !undefined)",
		async: true,
		wrapped,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (!(dataset.value === null || dataset.value === void 0)) dataset = await this.wrapped["~run"](dataset, config$1);
			if (dataset.value === null || dataset.value === void 0) _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nonOptional/nonOptional.ts
/* @__NO_SIDE_EFFECTS__ */
function nonOptional(wrapped, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "non_optional",
		reference: nonOptional,
		expects: "!undefined",
		async: false,
		wrapped,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value !== void 0) dataset = this.wrapped["~run"](dataset, config$1);
			if (dataset.value === void 0) _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nonOptional/nonOptionalAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function nonOptionalAsync(wrapped, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "non_optional",
		reference: nonOptionalAsync,
		expects: "!undefined",
		async: true,
		wrapped,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (dataset.value !== void 0) dataset = await this.wrapped["~run"](dataset, config$1);
			if (dataset.value === void 0) _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/null/null.ts
/* @__NO_SIDE_EFFECTS__ */
function null_(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "null",
		reference: null_,
		expects: "null",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value === null) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nullable/nullable.ts
/* @__NO_SIDE_EFFECTS__ */
function nullable(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "nullable",
		reference: nullable,
		expects: `(${wrapped.expects} | null)`,
		async: false,
		wrapped,
		default: default_,
		"~run"(dataset, config$1) {
			if (dataset.value === null) {
				if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === null) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/nullable/nullableAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function nullableAsync(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "nullable",
		reference: nullableAsync,
		expects: `(${wrapped.expects} | null)`,
		async: true,
		wrapped,
		default: default_,
		async "~run"(dataset, config$1) {
			if (dataset.value === null) {
				if (this.default !== void 0) dataset.value = await /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === null) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/nullish/nullish.ts
/* @__NO_SIDE_EFFECTS__ */
function nullish(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "nullish",
		reference: nullish,
		expects: `(${wrapped.expects} | null | undefined)`,
		async: false,
		wrapped,
		default: default_,
		"~run"(dataset, config$1) {
			if (dataset.value === null || dataset.value === void 0) {
				if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === null || dataset.value === void 0) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/nullish/nullishAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function nullishAsync(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "nullish",
		reference: nullishAsync,
		expects: `(${wrapped.expects} | null | undefined)`,
		async: true,
		wrapped,
		default: default_,
		async "~run"(dataset, config$1) {
			if (dataset.value === null || dataset.value === void 0) {
				if (this.default !== void 0) dataset.value = await /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === null || dataset.value === void 0) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/number/number.ts
/* @__NO_SIDE_EFFECTS__ */
function number(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "number",
		reference: number,
		expects: "number",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "number" && !isNaN(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/object/object.ts
/* @__NO_SIDE_EFFECTS__ */
function object(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "object",
		reference: object,
		expects: "Object",
		async: false,
		entries: entries$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				for (const key in this.entries) {
					const valueSchema = this.entries[key];
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
						const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
						if (valueDataset.issues) {
							const pathItem = {
								type: "object",
								origin: "value",
								input,
								key,
								value: value$1
							};
							for (const issue of valueDataset.issues) {
								if (issue.path) issue.path.unshift(pathItem);
								else issue.path = [pathItem];
								dataset.issues?.push(issue);
							}
							if (!dataset.issues) dataset.issues = valueDataset.issues;
							if (config$1.abortEarly) {
								dataset.typed = false;
								break;
							}
						}
						if (!valueDataset.typed) dataset.typed = false;
						dataset.value[key] = valueDataset.value;
					} else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
					else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
						_addIssue(this, "key", dataset, config$1, {
							input: void 0,
							expected: `"${key}"`,
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						if (config$1.abortEarly) break;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/object/objectAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function objectAsync(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "object",
		reference: objectAsync,
		expects: "Object",
		async: true,
		entries: entries$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				const valueDatasets = await Promise.all(Object.entries(this.entries).map(async ([key, valueSchema]) => {
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : await /* @__PURE__ */ getDefault(valueSchema);
						return [
							key,
							value$1,
							valueSchema,
							await valueSchema["~run"]({ value: value$1 }, config$1)
						];
					}
					return [
						key,
						input[key],
						valueSchema,
						null
					];
				}));
				for (const [key, value$1, valueSchema, valueDataset] of valueDatasets) if (valueDataset) {
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value[key] = valueDataset.value;
				} else if (valueSchema.fallback !== void 0) dataset.value[key] = await /* @__PURE__ */ getFallback(valueSchema);
				else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
					_addIssue(this, "key", dataset, config$1, {
						input: void 0,
						expected: `"${key}"`,
						path: [{
							type: "object",
							origin: "key",
							input,
							key,
							value: value$1
						}]
					});
					if (config$1.abortEarly) break;
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/objectWithRest/objectWithRest.ts
/* @__NO_SIDE_EFFECTS__ */
function objectWithRest(entries$1, rest, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "object_with_rest",
		reference: objectWithRest,
		expects: "Object",
		async: false,
		entries: entries$1,
		rest,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				for (const key in this.entries) {
					const valueSchema = this.entries[key];
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
						const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
						if (valueDataset.issues) {
							const pathItem = {
								type: "object",
								origin: "value",
								input,
								key,
								value: value$1
							};
							for (const issue of valueDataset.issues) {
								if (issue.path) issue.path.unshift(pathItem);
								else issue.path = [pathItem];
								dataset.issues?.push(issue);
							}
							if (!dataset.issues) dataset.issues = valueDataset.issues;
							if (config$1.abortEarly) {
								dataset.typed = false;
								break;
							}
						}
						if (!valueDataset.typed) dataset.typed = false;
						dataset.value[key] = valueDataset.value;
					} else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
					else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
						_addIssue(this, "key", dataset, config$1, {
							input: void 0,
							expected: `"${key}"`,
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						if (config$1.abortEarly) break;
					}
				}
				if (!dataset.issues || !config$1.abortEarly) {
					for (const key in input) if (/* @__PURE__ */ _isValidObjectKey(input, key) && !Object.prototype.hasOwnProperty.call(this.entries, key)) {
						const valueDataset = this.rest["~run"]({ value: input[key] }, config$1);
						if (valueDataset.issues) {
							const pathItem = {
								type: "object",
								origin: "value",
								input,
								key,
								value: input[key]
							};
							for (const issue of valueDataset.issues) {
								if (issue.path) issue.path.unshift(pathItem);
								else issue.path = [pathItem];
								dataset.issues?.push(issue);
							}
							if (!dataset.issues) dataset.issues = valueDataset.issues;
							if (config$1.abortEarly) {
								dataset.typed = false;
								break;
							}
						}
						if (!valueDataset.typed) dataset.typed = false;
						dataset.value[key] = valueDataset.value;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/objectWithRest/objectWithRestAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function objectWithRestAsync(entries$1, rest, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "object_with_rest",
		reference: objectWithRestAsync,
		expects: "Object",
		async: true,
		entries: entries$1,
		rest,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				const [normalDatasets, restDatasets] = await Promise.all([Promise.all(Object.entries(this.entries).map(async ([key, valueSchema]) => {
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : await /* @__PURE__ */ getDefault(valueSchema);
						return [
							key,
							value$1,
							valueSchema,
							await valueSchema["~run"]({ value: value$1 }, config$1)
						];
					}
					return [
						key,
						input[key],
						valueSchema,
						null
					];
				})), Promise.all(Object.entries(input).filter(([key]) => /* @__PURE__ */ _isValidObjectKey(input, key) && !Object.prototype.hasOwnProperty.call(this.entries, key)).map(async ([key, value$1]) => [
					key,
					value$1,
					await this.rest["~run"]({ value: value$1 }, config$1)
				]))]);
				for (const [key, value$1, valueSchema, valueDataset] of normalDatasets) if (valueDataset) {
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value[key] = valueDataset.value;
				} else if (valueSchema.fallback !== void 0) dataset.value[key] = await /* @__PURE__ */ getFallback(valueSchema);
				else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
					_addIssue(this, "key", dataset, config$1, {
						input: void 0,
						expected: `"${key}"`,
						path: [{
							type: "object",
							origin: "key",
							input,
							key,
							value: value$1
						}]
					});
					if (config$1.abortEarly) break;
				}
				if (!dataset.issues || !config$1.abortEarly) for (const [key, value$1, valueDataset] of restDatasets) {
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value[key] = valueDataset.value;
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/optional/optional.ts
/* @__NO_SIDE_EFFECTS__ */
function optional(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "optional",
		reference: optional,
		expects: `(${wrapped.expects} | undefined)`,
		async: false,
		wrapped,
		default: default_,
		"~run"(dataset, config$1) {
			if (dataset.value === void 0) {
				if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === void 0) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/optional/optionalAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function optionalAsync(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "optional",
		reference: optionalAsync,
		expects: `(${wrapped.expects} | undefined)`,
		async: true,
		wrapped,
		default: default_,
		async "~run"(dataset, config$1) {
			if (dataset.value === void 0) {
				if (this.default !== void 0) dataset.value = await /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === void 0) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/picklist/picklist.ts
/* @__NO_SIDE_EFFECTS__ */
function picklist(options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "picklist",
		reference: picklist,
		expects: /* @__PURE__ */ _joinExpects(options.map(_stringify), "|"),
		async: false,
		options,
		message: message$1,
		"~run"(dataset, config$1) {
			if (this.options.includes(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/promise/promise.ts
/* @__NO_SIDE_EFFECTS__ */
function promise(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "promise",
		reference: promise,
		expects: "Promise",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value instanceof Promise) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/record/record.ts
/* @__NO_SIDE_EFFECTS__ */
function record(key, value$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "record",
		reference: record,
		expects: "Object",
		async: false,
		key,
		value: value$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				for (const entryKey in input) if (/* @__PURE__ */ _isValidObjectKey(input, entryKey)) {
					const entryValue = input[entryKey];
					const keyDataset = this.key["~run"]({ value: entryKey }, config$1);
					if (keyDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "key",
							input,
							key: entryKey,
							value: entryValue
						};
						for (const issue of keyDataset.issues) {
							issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = keyDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					const valueDataset = this.value["~run"]({ value: entryValue }, config$1);
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key: entryKey,
							value: entryValue
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!keyDataset.typed || !valueDataset.typed) dataset.typed = false;
					if (keyDataset.typed) dataset.value[keyDataset.value] = valueDataset.value;
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/record/recordAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function recordAsync(key, value$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "record",
		reference: recordAsync,
		expects: "Object",
		async: true,
		key,
		value: value$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				const datasets = await Promise.all(Object.entries(input).filter(([key$1]) => /* @__PURE__ */ _isValidObjectKey(input, key$1)).map(([entryKey, entryValue]) => Promise.all([
					entryKey,
					entryValue,
					this.key["~run"]({ value: entryKey }, config$1),
					this.value["~run"]({ value: entryValue }, config$1)
				])));
				for (const [entryKey, entryValue, keyDataset, valueDataset] of datasets) {
					if (keyDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "key",
							input,
							key: entryKey,
							value: entryValue
						};
						for (const issue of keyDataset.issues) {
							issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = keyDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key: entryKey,
							value: entryValue
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!keyDataset.typed || !valueDataset.typed) dataset.typed = false;
					if (keyDataset.typed) dataset.value[keyDataset.value] = valueDataset.value;
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/set/set.ts
/* @__NO_SIDE_EFFECTS__ */
function set(value$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "set",
		reference: set,
		expects: "Set",
		async: false,
		value: value$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input instanceof Set) {
				dataset.typed = true;
				dataset.value = /* @__PURE__ */ new Set();
				for (const inputValue of input) {
					const valueDataset = this.value["~run"]({ value: inputValue }, config$1);
					if (valueDataset.issues) {
						const pathItem = {
							type: "set",
							origin: "value",
							input,
							key: null,
							value: inputValue
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value.add(valueDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/set/setAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function setAsync(value$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "set",
		reference: setAsync,
		expects: "Set",
		async: true,
		value: value$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input instanceof Set) {
				dataset.typed = true;
				dataset.value = /* @__PURE__ */ new Set();
				const valueDatasets = await Promise.all([...input].map(async (inputValue) => [inputValue, await this.value["~run"]({ value: inputValue }, config$1)]));
				for (const [inputValue, valueDataset] of valueDatasets) {
					if (valueDataset.issues) {
						const pathItem = {
							type: "set",
							origin: "value",
							input,
							key: null,
							value: inputValue
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value.add(valueDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/strictObject/strictObject.ts
/* @__NO_SIDE_EFFECTS__ */
function strictObject(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "strict_object",
		reference: strictObject,
		expects: "Object",
		async: false,
		entries: entries$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				for (const key in this.entries) {
					const valueSchema = this.entries[key];
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
						const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
						if (valueDataset.issues) {
							const pathItem = {
								type: "object",
								origin: "value",
								input,
								key,
								value: value$1
							};
							for (const issue of valueDataset.issues) {
								if (issue.path) issue.path.unshift(pathItem);
								else issue.path = [pathItem];
								dataset.issues?.push(issue);
							}
							if (!dataset.issues) dataset.issues = valueDataset.issues;
							if (config$1.abortEarly) {
								dataset.typed = false;
								break;
							}
						}
						if (!valueDataset.typed) dataset.typed = false;
						dataset.value[key] = valueDataset.value;
					} else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
					else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
						_addIssue(this, "key", dataset, config$1, {
							input: void 0,
							expected: `"${key}"`,
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						if (config$1.abortEarly) break;
					}
				}
				if (!dataset.issues || !config$1.abortEarly) {
					for (const key in input) if (!Object.prototype.hasOwnProperty.call(this.entries, key)) {
						_addIssue(this, "key", dataset, config$1, {
							input: key,
							expected: "never",
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						break;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/strictObject/strictObjectAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function strictObjectAsync(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "strict_object",
		reference: strictObjectAsync,
		expects: "Object",
		async: true,
		entries: entries$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				const valueDatasets = await Promise.all(Object.entries(this.entries).map(async ([key, valueSchema]) => {
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : await /* @__PURE__ */ getDefault(valueSchema);
						return [
							key,
							value$1,
							valueSchema,
							await valueSchema["~run"]({ value: value$1 }, config$1)
						];
					}
					return [
						key,
						input[key],
						valueSchema,
						null
					];
				}));
				for (const [key, value$1, valueSchema, valueDataset] of valueDatasets) if (valueDataset) {
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value[key] = valueDataset.value;
				} else if (valueSchema.fallback !== void 0) dataset.value[key] = await /* @__PURE__ */ getFallback(valueSchema);
				else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
					_addIssue(this, "key", dataset, config$1, {
						input: void 0,
						expected: `"${key}"`,
						path: [{
							type: "object",
							origin: "key",
							input,
							key,
							value: value$1
						}]
					});
					if (config$1.abortEarly) break;
				}
				if (!dataset.issues || !config$1.abortEarly) {
					for (const key in input) if (!Object.prototype.hasOwnProperty.call(this.entries, key)) {
						_addIssue(this, "key", dataset, config$1, {
							input: key,
							expected: "never",
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						break;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/strictTuple/strictTuple.ts
/* @__NO_SIDE_EFFECTS__ */
function strictTuple(items, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "strict_tuple",
		reference: strictTuple,
		expects: "Array",
		async: false,
		items,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				for (let key = 0; key < this.items.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.items[key]["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
				if (!(dataset.issues && config$1.abortEarly) && this.items.length < input.length) _addIssue(this, "type", dataset, config$1, {
					input: input[this.items.length],
					expected: "never",
					path: [{
						type: "array",
						origin: "value",
						input,
						key: this.items.length,
						value: input[this.items.length]
					}]
				});
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/strictTuple/strictTupleAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function strictTupleAsync(items, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "strict_tuple",
		reference: strictTupleAsync,
		expects: "Array",
		async: true,
		items,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				const itemDatasets = await Promise.all(this.items.map(async (item, key) => {
					const value$1 = input[key];
					return [
						key,
						value$1,
						await item["~run"]({ value: value$1 }, config$1)
					];
				}));
				for (const [key, value$1, itemDataset] of itemDatasets) {
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
				if (!(dataset.issues && config$1.abortEarly) && this.items.length < input.length) _addIssue(this, "type", dataset, config$1, {
					input: input[this.items.length],
					expected: "never",
					path: [{
						type: "array",
						origin: "value",
						input,
						key: this.items.length,
						value: input[this.items.length]
					}]
				});
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/string/string.ts
/* @__NO_SIDE_EFFECTS__ */
function string(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "string",
		reference: string,
		expects: "string",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "string") dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/symbol/symbol.ts
/* @__NO_SIDE_EFFECTS__ */
function symbol(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "symbol",
		reference: symbol,
		expects: "symbol",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "symbol") dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/tuple/tuple.ts
/* @__NO_SIDE_EFFECTS__ */
function tuple(items, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "tuple",
		reference: tuple,
		expects: "Array",
		async: false,
		items,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				for (let key = 0; key < this.items.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.items[key]["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/tuple/tupleAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function tupleAsync(items, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "tuple",
		reference: tupleAsync,
		expects: "Array",
		async: true,
		items,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				const itemDatasets = await Promise.all(this.items.map(async (item, key) => {
					const value$1 = input[key];
					return [
						key,
						value$1,
						await item["~run"]({ value: value$1 }, config$1)
					];
				}));
				for (const [key, value$1, itemDataset] of itemDatasets) {
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/tupleWithRest/tupleWithRest.ts
/* @__NO_SIDE_EFFECTS__ */
function tupleWithRest(items, rest, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "tuple_with_rest",
		reference: tupleWithRest,
		expects: "Array",
		async: false,
		items,
		rest,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				for (let key = 0; key < this.items.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.items[key]["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
				if (!dataset.issues || !config$1.abortEarly) for (let key = this.items.length; key < input.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.rest["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/tupleWithRest/tupleWithRestAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function tupleWithRestAsync(items, rest, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "tuple_with_rest",
		reference: tupleWithRestAsync,
		expects: "Array",
		async: true,
		items,
		rest,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				const [normalDatasets, restDatasets] = await Promise.all([Promise.all(this.items.map(async (item, key) => {
					const value$1 = input[key];
					return [
						key,
						value$1,
						await item["~run"]({ value: value$1 }, config$1)
					];
				})), Promise.all(input.slice(this.items.length).map(async (value$1, key) => {
					return [
						key + this.items.length,
						value$1,
						await this.rest["~run"]({ value: value$1 }, config$1)
					];
				}))]);
				for (const [key, value$1, itemDataset] of normalDatasets) {
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
				if (!dataset.issues || !config$1.abortEarly) for (const [key, value$1, itemDataset] of restDatasets) {
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/undefined/undefined.ts
/* @__NO_SIDE_EFFECTS__ */
function undefined_(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "undefined",
		reference: undefined_,
		expects: "undefined",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value === void 0) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/undefinedable/undefinedable.ts
/* @__NO_SIDE_EFFECTS__ */
function undefinedable(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "undefinedable",
		reference: undefinedable,
		expects: `(${wrapped.expects} | undefined)`,
		async: false,
		wrapped,
		default: default_,
		"~run"(dataset, config$1) {
			if (dataset.value === void 0) {
				if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === void 0) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/undefinedable/undefinedableAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function undefinedableAsync(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "undefinedable",
		reference: undefinedableAsync,
		expects: `(${wrapped.expects} | undefined)`,
		async: true,
		wrapped,
		default: default_,
		async "~run"(dataset, config$1) {
			if (dataset.value === void 0) {
				if (this.default !== void 0) dataset.value = await /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === void 0) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/union/utils/_subIssues/_subIssues.ts
/**
* Returns the sub issues of the provided datasets for the union issue.
*
* @param datasets The datasets.
*
* @returns The sub issues.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _subIssues(datasets) {
	let issues;
	if (datasets) for (const dataset of datasets) if (issues) for (const issue of dataset.issues) issues.push(issue);
	else issues = dataset.issues;
	return issues;
}

//#endregion
//#region src/schemas/union/union.ts
/* @__NO_SIDE_EFFECTS__ */
function union(options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "union",
		reference: union,
		expects: /* @__PURE__ */ _joinExpects(options.map((option) => option.expects), "|"),
		async: false,
		options,
		message: message$1,
		"~run"(dataset, config$1) {
			let validDataset;
			let typedDatasets;
			let untypedDatasets;
			for (const schema of this.options) {
				const optionDataset = schema["~run"]({ value: dataset.value }, config$1);
				if (optionDataset.typed) if (optionDataset.issues) if (typedDatasets) typedDatasets.push(optionDataset);
				else typedDatasets = [optionDataset];
				else {
					validDataset = optionDataset;
					break;
				}
				else if (untypedDatasets) untypedDatasets.push(optionDataset);
				else untypedDatasets = [optionDataset];
			}
			if (validDataset) return validDataset;
			if (typedDatasets) {
				if (typedDatasets.length === 1) return typedDatasets[0];
				_addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(typedDatasets) });
				dataset.typed = true;
			} else if (untypedDatasets?.length === 1) return untypedDatasets[0];
			else _addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(untypedDatasets) });
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/union/unionAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function unionAsync(options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "union",
		reference: unionAsync,
		expects: /* @__PURE__ */ _joinExpects(options.map((option) => option.expects), "|"),
		async: true,
		options,
		message: message$1,
		async "~run"(dataset, config$1) {
			let validDataset;
			let typedDatasets;
			let untypedDatasets;
			for (const schema of this.options) {
				const optionDataset = await schema["~run"]({ value: dataset.value }, config$1);
				if (optionDataset.typed) if (optionDataset.issues) if (typedDatasets) typedDatasets.push(optionDataset);
				else typedDatasets = [optionDataset];
				else {
					validDataset = optionDataset;
					break;
				}
				else if (untypedDatasets) untypedDatasets.push(optionDataset);
				else untypedDatasets = [optionDataset];
			}
			if (validDataset) return validDataset;
			if (typedDatasets) {
				if (typedDatasets.length === 1) return typedDatasets[0];
				_addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(typedDatasets) });
				dataset.typed = true;
			} else if (untypedDatasets?.length === 1) return untypedDatasets[0];
			else _addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(untypedDatasets) });
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/unknown/unknown.ts
/**
* Creates a unknown schema.
*
* @returns A unknown schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function unknown() {
	return _standardSchema({
		kind: "schema",
		type: "unknown",
		reference: unknown,
		expects: "unknown",
		async: false,
		"~run"(dataset) {
			dataset.typed = true;
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/variant/variant.ts
/* @__NO_SIDE_EFFECTS__ */
function variant(key, options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "variant",
		reference: variant,
		expects: "Object",
		async: false,
		key,
		options,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				let outputDataset;
				let maxDiscriminatorPriority = 0;
				let invalidDiscriminatorKey = this.key;
				let expectedDiscriminators = [];
				const parseOptions = (variant$1, allKeys) => {
					for (const schema of variant$1.options) {
						if (schema.type === "variant") parseOptions(schema, new Set(allKeys).add(schema.key));
						else {
							let keysAreValid = true;
							let currentPriority = 0;
							for (const currentKey of allKeys) {
								const discriminatorSchema = schema.entries[currentKey];
								if (currentKey in input ? discriminatorSchema["~run"]({
									typed: false,
									value: input[currentKey]
								}, ABORT_EARLY_CONFIG).issues : discriminatorSchema.type !== "exact_optional" && discriminatorSchema.type !== "optional" && discriminatorSchema.type !== "nullish") {
									keysAreValid = false;
									if (invalidDiscriminatorKey !== currentKey && (maxDiscriminatorPriority < currentPriority || maxDiscriminatorPriority === currentPriority && currentKey in input && !(invalidDiscriminatorKey in input))) {
										maxDiscriminatorPriority = currentPriority;
										invalidDiscriminatorKey = currentKey;
										expectedDiscriminators = [];
									}
									if (invalidDiscriminatorKey === currentKey) expectedDiscriminators.push(schema.entries[currentKey].expects);
									break;
								}
								currentPriority++;
							}
							if (keysAreValid) {
								const optionDataset = schema["~run"]({ value: input }, config$1);
								if (!outputDataset || !outputDataset.typed && optionDataset.typed) outputDataset = optionDataset;
							}
						}
						if (outputDataset && !outputDataset.issues) break;
					}
				};
				parseOptions(this, new Set([this.key]));
				if (outputDataset) return outputDataset;
				_addIssue(this, "type", dataset, config$1, {
					input: input[invalidDiscriminatorKey],
					expected: /* @__PURE__ */ _joinExpects(expectedDiscriminators, "|"),
					path: [{
						type: "object",
						origin: "value",
						input,
						key: invalidDiscriminatorKey,
						value: input[invalidDiscriminatorKey]
					}]
				});
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/variant/variantAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function variantAsync(key, options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "variant",
		reference: variantAsync,
		expects: "Object",
		async: true,
		key,
		options,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				let outputDataset;
				let maxDiscriminatorPriority = 0;
				let invalidDiscriminatorKey = this.key;
				let expectedDiscriminators = [];
				const parseOptions = async (variant$1, allKeys) => {
					for (const schema of variant$1.options) {
						if (schema.type === "variant") await parseOptions(schema, new Set(allKeys).add(schema.key));
						else {
							let keysAreValid = true;
							let currentPriority = 0;
							for (const currentKey of allKeys) {
								const discriminatorSchema = schema.entries[currentKey];
								if (currentKey in input ? (await discriminatorSchema["~run"]({
									typed: false,
									value: input[currentKey]
								}, ABORT_EARLY_CONFIG)).issues : discriminatorSchema.type !== "exact_optional" && discriminatorSchema.type !== "optional" && discriminatorSchema.type !== "nullish") {
									keysAreValid = false;
									if (invalidDiscriminatorKey !== currentKey && (maxDiscriminatorPriority < currentPriority || maxDiscriminatorPriority === currentPriority && currentKey in input && !(invalidDiscriminatorKey in input))) {
										maxDiscriminatorPriority = currentPriority;
										invalidDiscriminatorKey = currentKey;
										expectedDiscriminators = [];
									}
									if (invalidDiscriminatorKey === currentKey) expectedDiscriminators.push(schema.entries[currentKey].expects);
									break;
								}
								currentPriority++;
							}
							if (keysAreValid) {
								const optionDataset = await schema["~run"]({ value: input }, config$1);
								if (!outputDataset || !outputDataset.typed && optionDataset.typed) outputDataset = optionDataset;
							}
						}
						if (outputDataset && !outputDataset.issues) break;
					}
				};
				await parseOptions(this, new Set([this.key]));
				if (outputDataset) return outputDataset;
				_addIssue(this, "type", dataset, config$1, {
					input: input[invalidDiscriminatorKey],
					expected: /* @__PURE__ */ _joinExpects(expectedDiscriminators, "|"),
					path: [{
						type: "object",
						origin: "value",
						input,
						key: invalidDiscriminatorKey,
						value: input[invalidDiscriminatorKey]
					}]
				});
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/void/void.ts
/* @__NO_SIDE_EFFECTS__ */
function void_(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "void",
		reference: void_,
		expects: "void",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value === void 0) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/methods/keyof/keyof.ts
/* @__NO_SIDE_EFFECTS__ */
function keyof(schema, message$1) {
	return /* @__PURE__ */ picklist(Object.keys(schema.entries), message$1);
}

//#endregion
//#region src/methods/message/message.ts
/**
* Changes the local message configuration of a schema.
*
* @param schema The schema to configure.
* @param message_ The error message.
*
* @returns The configured schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function message(schema, message_) {
	return _standardSchema({
		...schema,
		"~run"(dataset, config$1) {
			return schema["~run"](dataset, {
				...config$1,
				message: message_
			});
		}
	});
}

//#endregion
//#region src/methods/omit/omit.ts
/**
* Creates a modified copy of an object schema that does not contain the
* selected entries.
*
* @param schema The schema to omit from.
* @param keys The selected entries.
*
* @returns An object schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function omit(schema, keys) {
	const entries$1 = { ...schema.entries };
	for (const key of keys) delete entries$1[key];
	return _standardSchema({
		...schema,
		entries: entries$1
	});
}

//#endregion
//#region src/methods/parse/parse.ts
/**
* Parses an unknown input based on a schema.
*
* @param schema The schema to be used.
* @param input The input to be parsed.
* @param config The parse configuration.
*
* @returns The parsed input.
*/
function parse(schema, input, config$1) {
	const dataset = schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
	if (dataset.issues) throw new ValiError(dataset.issues);
	return dataset.value;
}

//#endregion
//#region src/methods/parse/parseAsync.ts
/**
* Parses an unknown input based on a schema.
*
* @param schema The schema to be used.
* @param input The input to be parsed.
* @param config The parse configuration.
*
* @returns The parsed input.
*/
async function parseAsync(schema, input, config$1) {
	const dataset = await schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
	if (dataset.issues) throw new ValiError(dataset.issues);
	return dataset.value;
}

//#endregion
//#region src/methods/parser/parser.ts
/* @__NO_SIDE_EFFECTS__ */
function parser(schema, config$1) {
	const func = (input) => parse(schema, input, config$1);
	func.schema = schema;
	func.config = config$1;
	return func;
}

//#endregion
//#region src/methods/parser/parserAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function parserAsync(schema, config$1) {
	const func = (input) => parseAsync(schema, input, config$1);
	func.schema = schema;
	func.config = config$1;
	return func;
}

//#endregion
//#region src/methods/partial/partial.ts
/* @__NO_SIDE_EFFECTS__ */
function partial(schema, keys) {
	const entries$1 = {};
	for (const key in schema.entries) entries$1[key] = !keys || keys.includes(key) ? /* @__PURE__ */ optional(schema.entries[key]) : schema.entries[key];
	return _standardSchema({
		...schema,
		entries: entries$1
	});
}

//#endregion
//#region src/methods/partial/partialAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function partialAsync(schema, keys) {
	const entries$1 = {};
	for (const key in schema.entries) entries$1[key] = !keys || keys.includes(key) ? /* @__PURE__ */ optionalAsync(schema.entries[key]) : schema.entries[key];
	return _standardSchema({
		...schema,
		entries: entries$1
	});
}

//#endregion
//#region src/methods/pick/pick.ts
/**
* Creates a modified copy of an object schema that contains only the selected
* entries.
*
* @param schema The schema to pick from.
* @param keys The selected entries.
*
* @returns An object schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function pick(schema, keys) {
	const entries$1 = {};
	for (const key of keys) entries$1[key] = schema.entries[key];
	return _standardSchema({
		...schema,
		entries: entries$1
	});
}

//#endregion
//#region src/methods/pipe/pipe.ts
/* @__NO_SIDE_EFFECTS__ */
function pipe(...pipe$1) {
	return _standardSchema({
		...pipe$1[0],
		pipe: pipe$1,
		"~run"(dataset, config$1) {
			for (const item of pipe$1) if (item.kind !== "metadata") {
				if (dataset.issues && (item.kind === "schema" || item.kind === "transformation")) {
					dataset.typed = false;
					break;
				}
				if (!dataset.issues || !config$1.abortEarly && !config$1.abortPipeEarly) dataset = item["~run"](dataset, config$1);
			}
			return dataset;
		}
	});
}

//#endregion
//#region src/methods/pipe/pipeAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function pipeAsync(...pipe$1) {
	return _standardSchema({
		...pipe$1[0],
		pipe: pipe$1,
		async: true,
		async "~run"(dataset, config$1) {
			for (const item of pipe$1) if (item.kind !== "metadata") {
				if (dataset.issues && (item.kind === "schema" || item.kind === "transformation")) {
					dataset.typed = false;
					break;
				}
				if (!dataset.issues || !config$1.abortEarly && !config$1.abortPipeEarly) dataset = await item["~run"](dataset, config$1);
			}
			return dataset;
		}
	});
}

//#endregion
//#region src/methods/required/required.ts
/* @__NO_SIDE_EFFECTS__ */
function required(schema, arg2, arg3) {
	const keys = Array.isArray(arg2) ? arg2 : void 0;
	const message$1 = Array.isArray(arg2) ? arg3 : arg2;
	const entries$1 = {};
	for (const key in schema.entries) entries$1[key] = !keys || keys.includes(key) ? /* @__PURE__ */ nonOptional(schema.entries[key], message$1) : schema.entries[key];
	return _standardSchema({
		...schema,
		entries: entries$1
	});
}

//#endregion
//#region src/methods/required/requiredAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function requiredAsync(schema, arg2, arg3) {
	const keys = Array.isArray(arg2) ? arg2 : void 0;
	const message$1 = Array.isArray(arg2) ? arg3 : arg2;
	const entries$1 = {};
	for (const key in schema.entries) entries$1[key] = !keys || keys.includes(key) ? /* @__PURE__ */ nonOptionalAsync(schema.entries[key], message$1) : schema.entries[key];
	return _standardSchema({
		...schema,
		entries: entries$1
	});
}

//#endregion
//#region src/methods/safeParse/safeParse.ts
/**
* Parses an unknown input based on a schema.
*
* @param schema The schema to be used.
* @param input The input to be parsed.
* @param config The parse configuration.
*
* @returns The parse result.
*/
/* @__NO_SIDE_EFFECTS__ */
function safeParse(schema, input, config$1) {
	const dataset = schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
	return {
		typed: dataset.typed,
		success: !dataset.issues,
		output: dataset.value,
		issues: dataset.issues
	};
}

//#endregion
//#region src/methods/safeParse/safeParseAsync.ts
/**
* Parses an unknown input based on a schema.
*
* @param schema The schema to be used.
* @param input The input to be parsed.
* @param config The parse configuration.
*
* @returns The parse result.
*/
/* @__NO_SIDE_EFFECTS__ */
async function safeParseAsync(schema, input, config$1) {
	const dataset = await schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
	return {
		typed: dataset.typed,
		success: !dataset.issues,
		output: dataset.value,
		issues: dataset.issues
	};
}

//#endregion
//#region src/methods/safeParser/safeParser.ts
/* @__NO_SIDE_EFFECTS__ */
function safeParser(schema, config$1) {
	const func = (input) => /* @__PURE__ */ safeParse(schema, input, config$1);
	func.schema = schema;
	func.config = config$1;
	return func;
}

//#endregion
//#region src/methods/safeParser/safeParserAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function safeParserAsync(schema, config$1) {
	const func = (input) => /* @__PURE__ */ safeParseAsync(schema, input, config$1);
	func.schema = schema;
	func.config = config$1;
	return func;
}

//#endregion
//#region src/methods/summarize/summarize.ts
/**
* Summarize the error messages of issues in a pretty-printable multi-line string.
*
* @param issues The list of issues.
*
* @returns A summary of the issues.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function summarize(issues) {
	let summary = "";
	for (const issue of issues) {
		if (summary) summary += "\n";
		summary += `× ${issue.message}`;
		const dotPath = /* @__PURE__ */ getDotPath(issue);
		if (dotPath) summary += `\n  → at ${dotPath}`;
	}
	return summary;
}

//#endregion
//#region src/methods/unwrap/unwrap.ts
/**
* Unwraps the wrapped schema.
*
* @param schema The schema to be unwrapped.
*
* @returns The unwrapped schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function unwrap(schema) {
	return schema.wrapped;
}

//#endregion

// EXTERNAL MODULE: ./src/lib/pyjson.ts
var pyjson = __nccwpck_require__(682);
;// CONCATENATED MODULE: ./src/fetch/client.ts
/**
 * Intervals.icu HTTP client: ky with Basic auth (`API_KEY:<key>`), a per-request timeout,
 * bounded retries of 429/5xx on the requests a run cannot do without (honouring Retry-After in
 * both its seconds and HTTP-date forms), bounded concurrency, and one request per URL per run.
 *
 * ky 1.14 is used rather than ky 2: ky 2 declares Node >= 22 in `engines`, while the machines
 * that build and test this action run Node 20 (the action itself runs on node24). 1.14 supports
 * both officially.
 */



/** What went wrong with one request, in terms a caller can act on. */
class IntervalsError extends Error {
    endpoint;
    status;
    kind;
    retryAfterRaw;
    constructor(message, endpoint, status, kind, retryAfterRaw = null) {
        super(message);
        this.endpoint = endpoint;
        this.status = status;
        this.kind = kind;
        this.retryAfterRaw = retryAfterRaw;
        this.name = 'IntervalsError';
    }
}
class Semaphore {
    limit;
    active = 0;
    queue = [];
    constructor(limit) {
        this.limit = limit;
    }
    async run(fn) {
        if (this.active >= this.limit)
            await new Promise((r) => this.queue.push(r));
        this.active++;
        try {
            return await fn();
        }
        finally {
            this.active--;
            this.queue.shift()?.();
        }
    }
}
function buildUrl(baseUrl, path, query) {
    const base = baseUrl.replace(/\/+$/, '');
    const url = /^https?:\/\//.test(path) ? new URL(path) : new URL(`${base}/${path.replace(/^\/+/, '')}`);
    for (const [k, val] of Object.entries(query ?? {}))
        url.searchParams.set(k, val);
    return url.toString();
}
class IntervalsClient {
    opts;
    ky;
    sem;
    inflight = new Map();
    /** every URL requested in this run, in order (used by tests and the bench) */
    requested = [];
    constructor(opts) {
        this.opts = opts;
        this.sem = new Semaphore(opts.concurrency ?? 8);
        const auth = 'Basic ' + Buffer.from(`API_KEY:${opts.apiKey}`).toString('base64');
        const maxRetryAfter = opts.maxRetryAfterMs ?? 60_000;
        this.ky = distribution.create({
            timeout: opts.timeoutMs ?? 30_000,
            fetch: opts.fetch,
            throwHttpErrors: true,
            headers: { Accept: 'application/json', 'User-Agent': opts.userAgent ?? 'intervals-mirror' },
            hooks: {
                beforeRequest: [
                    (request) => {
                        if (!request.headers.has('X-No-Auth'))
                            request.headers.set('Authorization', auth);
                        request.headers.delete('X-No-Auth');
                    },
                ],
            },
            retry: {
                limit: 0,
                methods: ['get'],
                statusCodes: [408, 429, 500, 502, 503, 504],
                afterStatusCodes: [413, 429, 503],
                maxRetryAfter,
                backoffLimit: opts.backoffLimitMs ?? 8_000,
                retryOnTimeout: true,
                shouldRetry: ({ error }) => {
                    // A Retry-After beyond what a scheduled run can wait fails now, with the reason.
                    if (error instanceof HTTPError) {
                        const after = parseRetryAfterMs(error.response.headers.get('Retry-After'), Date.now());
                        if (after !== null && after > maxRetryAfter)
                            return false;
                    }
                    return undefined;
                },
            },
        });
    }
    /** GET and parse; throws IntervalsError. The same URL is requested at most once per run. */
    async get(path, o) {
        const url = buildUrl(this.opts.baseUrl, path, o.query);
        let p = this.inflight.get(url);
        if (!p) {
            p = this.sem.run(() => this.request(url, o));
            this.inflight.set(url, p);
        }
        return p;
    }
    /** GET that never throws: the caller decides how a failure degrades its own output. */
    async tryGet(path, o) {
        try {
            const data = await this.get(path, o);
            return { ok: true, data, status: 200 };
        }
        catch (e) {
            if (e instanceof IntervalsError)
                return { ok: false, error: e };
            throw e;
        }
    }
    async request(url, o) {
        this.requested.push(url);
        const retries = o.retry ? (this.opts.retries ?? 3) : 0;
        let res;
        try {
            res = await this.ky.get(url, {
                retry: { limit: retries },
                headers: o.raw ? { 'X-No-Auth': '1', Accept: '*/*' } : undefined,
            });
        }
        catch (e) {
            throw this.describe(e, o.endpoint);
        }
        if (o.raw) {
            const buf = await readCapped(res, o.maxBytes ?? 20 * 1024 * 1024, o.endpoint);
            return buf;
        }
        const text = await res.text();
        let body;
        try {
            // Python's json (requests' .json()) also accepts NaN / Infinity tokens
            body = (0,pyjson/* loads */.q)(text);
        }
        catch {
            throw new IntervalsError(`${o.endpoint}: Intervals.icu answered with malformed JSON (${text.slice(0, 60).replace(/\s+/g, ' ')}…)`, o.endpoint, res.status, 'malformed');
        }
        return o.parse ? o.parse(body) : body;
    }
    describe(e, endpoint) {
        if (e instanceof IntervalsError)
            return e;
        if (e instanceof HTTPError) {
            const status = e.response.status;
            return new IntervalsError(`${endpoint}: HTTP ${status}`, endpoint, status, 'http', e.response.headers.get('Retry-After'));
        }
        if (e instanceof TimeoutError) {
            return new IntervalsError(`${endpoint}: timed out after ${this.opts.timeoutMs ?? 30_000} ms`, endpoint, null, 'timeout');
        }
        const msg = e instanceof Error ? e.message : String(e);
        return new IntervalsError(`${endpoint}: network error (${msg})`, endpoint, null, 'network');
    }
}
async function readCapped(res, maxBytes, endpoint) {
    const declared = Number(res.headers.get('Content-Length') ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
        await res.body?.cancel();
        throw new IntervalsError(`${endpoint}: download larger than ${maxBytes} bytes`, endpoint, res.status, 'malformed');
    }
    const chunks = [];
    let total = 0;
    if (!res.body)
        return Buffer.alloc(0);
    const reader = res.body.getReader();
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.byteLength;
        if (total > maxBytes) {
            await reader.cancel();
            throw new IntervalsError(`${endpoint}: download larger than ${maxBytes} bytes`, endpoint, res.status, 'malformed');
        }
        chunks.push(Buffer.from(value));
    }
    return Buffer.concat(chunks);
}
/** Retry-After as milliseconds from `nowMs`: delta-seconds or an HTTP-date; null if absent/invalid. */
function parseRetryAfterMs(value, nowMs) {
    if (value === null || value === undefined)
        return null;
    const s = value.trim();
    if (!s)
        return null;
    if (/^\d+$/.test(s))
        return Number(s) * 1000;
    const t = Date.parse(s);
    if (Number.isNaN(t))
        return null;
    return Math.max(0, t - nowMs);
}
/** valibot → IntervalsError('schema') naming the endpoint and the first offending field. */
function client_validate(schema, body, endpoint) {
    const r = safeParse(schema, body);
    if (r.success)
        return r.output;
    const issue = r.issues[0];
    const path = getDotPath(issue) ?? '(root)';
    throw new IntervalsError(`${endpoint}: unusable response, field "${path}": ${issue.message}`, endpoint, 200, 'schema');
}

;// CONCATENATED MODULE: ./src/fetch/schemas.ts
/**
 * valibot schemas for every Intervals.icu endpoint the run calls, written from Intervals.icu's
 * OpenAPI description (Athlete, Activity, Wellness, Event, PowerCurve/HRCurve lists, streams,
 * messages). They are tolerant the way the real API needs: unknown fields are kept
 * (looseObject), and any field may be present-but-null (nullish) — the reference's v3.124 crash
 * was `sportInfo` / `sportSettings` / `types` sent as null. What is required is only what the run
 * cannot work without (ids and dates).
 */

const id = union([string(), number()]);
const nullishArray = (item) => nullish(array(item));
const SportSettingsSchema = looseObject({
    types: nullishArray(string()),
    ftp: nullish(number()),
    indoor_ftp: nullish(number()),
    lthr: nullish(number()),
    max_hr: nullish(number()),
    threshold_pace: nullish(number()),
});
const AthleteSchema = looseObject({
    id: nullish(id),
    timezone: nullish(string()),
    sportSettings: nullishArray(nullish(SportSettingsSchema)),
    icu_weight: nullish(number()),
    icu_resting_hr: nullish(number()),
    height: nullish(number()),
});
const ActivitySchema = looseObject({
    id,
    start_date_local: pipe(string(), regex(/^\d{4}-\d{2}-\d{2}/, 'start_date_local is not an ISO date')),
    type: pipe(string(), minLength(1, 'type is missing')),
    icu_zone_times: nullish(array(unknown())),
    icu_hr_zone_times: nullish(array(unknown())),
    moving_time: nullish(number()),
    icu_training_load: nullish(number()),
});
const WellnessSchema = looseObject({
    id: pipe(string(), regex(/^\d{4}-\d{2}-\d{2}$/, 'id is not a date')),
    sportInfo: nullishArray(nullish(looseObject({ type: nullish(string()) }))),
    ctl: nullish(number()),
    atl: nullish(number()),
    rampRate: nullish(number()),
});
const EventSchema = looseObject({
    id: nullish(id),
    start_date_local: pipe(string(), regex(/^\d{4}-\d{2}-\d{2}/, 'start_date_local is not an ISO date')),
    category: nullish(string()),
    attachments: nullishArray(unknown()),
});
const CurveListSchema = looseObject({
    list: nullishArray(looseObject({ id: nullish(string()) })),
});
const StreamSchema = looseObject({ type: string() });
const StreamsSchema = array(unknown());
const MessagesSchema = array(unknown());
const ActivityDetailSchema = looseObject({
    id: nullish(id),
    icu_intervals: nullish(unknown()),
});
/**
 * Validate a list endpoint row by row: one bad row never sinks the list. Strava-sourced stubs
 * (`_note`, no `type`) are counted separately because Intervals.icu cannot share their data.
 */
function parseRows(body, row, endpoint, skipped) {
    if (!Array.isArray(body)) {
        throw new ListShapeError(`${endpoint}: expected a JSON array, got ${body === null ? 'null' : typeof body}`);
    }
    const out = [];
    for (const item of body) {
        const r = safeParse(row, item);
        if (r.success) {
            out.push(item); // the original row: validation never reorders or rewrites fields
            continue;
        }
        if (item && typeof item === 'object' && '_note' in item && !item.type)
            skipped.stravaStubs++;
        else {
            skipped.invalid++;
            if (!skipped.firstReason) {
                const issue = r.issues[0];
                skipped.firstReason = `${endpoint}: row skipped, field "${getDotPath(issue) ?? '(row)'}": ${issue.message}`;
            }
        }
    }
    return out;
}
class ListShapeError extends Error {
}
function emptySkipped() {
    return { stravaStubs: 0, invalid: 0, firstReason: null };
}

;// CONCATENATED MODULE: ./src/fetch/intervals-api.ts


class IntervalsApi {
    client;
    athleteId;
    skipped;
    constructor(client, athleteId, skipped) {
        this.client = client;
        this.athleteId = athleteId;
        this.skipped = skipped;
    }
    athletePath(sub = '') {
        return `athlete/${encodeURIComponent(this.athleteId)}${sub}`;
    }
    list(path, endpoint, query, row) {
        return this.client.get(path, {
            endpoint,
            query,
            retry: true,
            parse: (body) => {
                try {
                    return parseRows(body, row, endpoint, this.skipped);
                }
                catch (e) {
                    if (e instanceof ListShapeError)
                        throw new IntervalsError(e.message, endpoint, 200, 'schema');
                    throw e;
                }
            },
        });
    }
    athlete() {
        const endpoint = 'GET /athlete/{id}';
        return this.client.get(this.athletePath(), {
            endpoint,
            retry: true,
            parse: (b) => {
                client_validate(AthleteSchema, b, endpoint);
                return b;
            },
        });
    }
    activities(oldest, newest) {
        return this.list(this.athletePath('/activities'), 'GET /athlete/{id}/activities', { oldest, newest }, ActivitySchema);
    }
    wellness(oldest, newest) {
        return this.list(this.athletePath('/wellness'), 'GET /athlete/{id}/wellness', { oldest, newest }, WellnessSchema);
    }
    /** best effort: tries once, like the reference's wellness/{today} and yesterday reads */
    wellnessList(oldest, newest) {
        return this.client.tryGet(this.athletePath('/wellness'), {
            endpoint: 'GET /athlete/{id}/wellness',
            query: { oldest, newest },
            parse: (body) => parseRows(body, WellnessSchema, 'GET /athlete/{id}/wellness', this.skipped),
        });
    }
    wellnessDay(date) {
        const endpoint = 'GET /athlete/{id}/wellness/{date}';
        return this.client.tryGet(this.athletePath(`/wellness/${date}`), {
            endpoint,
            parse: (b) => {
                client_validate(WellnessSchema, b, endpoint);
                return b;
            },
        });
    }
    events(query) {
        return this.list(this.athletePath('/events'), 'GET /athlete/{id}/events', query, EventSchema);
    }
    eventsBestEffort(query) {
        const endpoint = 'GET /athlete/{id}/events';
        return this.client.tryGet(this.athletePath('/events'), {
            endpoint,
            query,
            parse: (body) => parseRows(body, EventSchema, endpoint, this.skipped),
        });
    }
    powerCurves(query) {
        const endpoint = 'GET /athlete/{id}/power-curves';
        return this.client.tryGet(this.athletePath('/power-curves'), {
            endpoint,
            query,
            parse: (b) => {
                client_validate(CurveListSchema, b, endpoint);
                return b;
            },
        });
    }
    hrCurves(query) {
        const endpoint = 'GET /athlete/{id}/hr-curves';
        return this.client.tryGet(this.athletePath('/hr-curves'), {
            endpoint,
            query,
            parse: (b) => {
                client_validate(CurveListSchema, b, endpoint);
                return b;
            },
        });
    }
    activityWithIntervals(activityId) {
        const endpoint = 'GET /activity/{id}?intervals=true';
        return this.client.tryGet(`activity/${encodeURIComponent(activityId)}`, {
            endpoint,
            query: { intervals: 'true' },
            parse: (b) => {
                client_validate(ActivityDetailSchema, b, endpoint);
                return b;
            },
        });
    }
    /** `/activity/{id}/streams` (DFA: every stream) or `/activity/{id}/streams.json?types=…` (terrain) */
    streams(activityId, types) {
        const suffix = types ? '.json' : '';
        const endpoint = `GET /activity/{id}/streams${suffix}`;
        return this.client.tryGet(`activity/${encodeURIComponent(activityId)}/streams${suffix}`, {
            endpoint,
            query: types ? { types: types.join(',') } : undefined,
            parse: (b) => client_validate(StreamsSchema, b, endpoint),
        });
    }
    messages(activityId) {
        const endpoint = 'GET /activity/{id}/messages';
        return this.client.tryGet(`activity/${encodeURIComponent(activityId)}/messages`, {
            endpoint,
            parse: (b) => client_validate(MessagesSchema, b, endpoint),
        });
    }
    /** attachment download (absolute URL, no API auth), capped in size */
    attachment(url, maxBytes) {
        return this.client.tryGet(url, { endpoint: 'GET attachment', raw: true, maxBytes });
    }
}

// EXTERNAL MODULE: ./src/lib/naive-time.ts
var naive_time = __nccwpck_require__(282);
;// CONCATENATED MODULE: ./src/lib/py.ts
/**
 * Python semantics the port must reproduce exactly (the reference is sync.py).
 *
 * Every derive/render module uses these helpers instead of the JavaScript look-alikes:
 * - `round` is round-half-even on the exact binary value (Python's `round`), not Math.round;
 * - `truthy` / `or` follow Python truthiness (0, 0.0, "", [], {}, null are falsy; NaN is truthy),
 *   so `a or b` falls through a real 0 where `??` would not;
 * - `get` applies the default only when the key is ABSENT (a present-but-null value stays null);
 * - `floorDiv` / `mod` floor on negatives; `weekday` is Monday=0 (see naive-time.ts);
 * - `mean`, `stdev` (sample), `pstdev` (population), `median`, `linearRegression` follow `statistics`;
 * - `reprFloat` / `fmtFixed` / `fmtPercent` reproduce str(float), f"{x:.Nf}" and f"{x:+.N%}".
 */
/** Python truthiness. */
function truthy(v) {
    if (v === null || v === undefined || v === false)
        return false;
    if (typeof v === 'number')
        return v !== 0; // NaN is truthy in Python
    if (typeof v === 'string')
        return v.length > 0;
    if (Array.isArray(v))
        return v.length > 0;
    if (v instanceof Map || v instanceof Set)
        return v.size > 0;
    if (typeof v === 'object')
        return Object.keys(v).length > 0;
    return true;
}
/** Python `a or b or c`: the first truthy operand, else the last one (None → null). */
function or(...vals) {
    for (let i = 0; i < vals.length - 1; i++)
        if (truthy(vals[i]))
            return vals[i];
    const last = vals[vals.length - 1];
    return last === undefined ? null : last;
}
/** Python `d.get(key, dflt)`: the default applies only when the key is absent. */
function get(d, key, dflt = null) {
    if (d === null || d === undefined)
        return dflt;
    const v = d[key];
    return v === undefined ? dflt : v;
}
/** Python `//` on numbers (floors toward -infinity). */
function floorDiv(a, b) {
    return Math.floor(a / b);
}
/** Python `%` (result has the sign of the divisor). */
function mod(a, b) {
    const r = a % b;
    return r !== 0 && r < 0 !== b < 0 ? r + b : r;
}
/** Python int(x) on a float: truncation toward zero. */
function py_int(x) {
    return Math.trunc(x);
}
/**
 * f"{x:.{nd}f}": the exact binary value rounded half-even to nd decimals (Python formats and
 * rounds on the exact value of the double, so only exactly representable ties go to even).
 */
function fmtFixed(x, nd) {
    if (Number.isNaN(x))
        return 'nan';
    if (!Number.isFinite(x))
        return x > 0 ? 'inf' : '-inf';
    const neg = x < 0 || Object.is(x, -0);
    const a = Math.abs(x);
    if (a >= 1e21)
        return (neg ? '-' : '') + BigInt(a).toString() + (nd > 0 ? '.' + '0'.repeat(nd) : '');
    const exact = a.toFixed(100); // exact decimal expansion (to 100 places) of the double
    const [ip, fp] = exact.split('.');
    const keep = fp.slice(0, nd);
    const rest = fp.slice(nd);
    let up;
    if (rest[0] > '5')
        up = true;
    else if (rest[0] < '5')
        up = false;
    else if (/[1-9]/.test(rest.slice(1)))
        up = true;
    else {
        const lastDigit = Number((ip + keep).slice(-1));
        up = lastDigit % 2 === 1;
    }
    let digits = ip + keep;
    if (up)
        digits = incrementDecimalString(digits);
    const intLen = digits.length - nd;
    const intStr = digits.slice(0, intLen).replace(/^0+(?=\d)/, '') || '0';
    const fracStr = digits.slice(intLen);
    return (neg ? '-' : '') + intStr + (nd > 0 ? '.' + fracStr : '');
}
function incrementDecimalString(s) {
    const d = s.split('');
    let i = d.length - 1;
    while (i >= 0) {
        if (d[i] === '9') {
            d[i] = '0';
            i--;
        }
        else {
            d[i] = String(Number(d[i]) + 1);
            return d.join('');
        }
    }
    return '1' + d.join('');
}
/** Python round(x, nd): half-even on the exact binary value. round(x) (nd omitted) → integer. */
function round(x, nd = 0) {
    if (!Number.isFinite(x))
        return x;
    if (nd < 0) {
        const f = 10 ** -nd;
        return round(x / f) * f;
    }
    const v = parseFloat(fmtFixed(x, nd));
    return v === 0 ? 0 : v;
}
/** round(x, nd) that passes null/undefined through (the reference's `round(v, n) if v is not None`). */
function roundOpt(x, nd = 0) {
    return x === null || x === undefined ? null : round(x, nd);
}
/** f"{x:+.{nd}%}" (sign always shown when plus=true). Python multiplies by 100 in binary first. */
function fmtPercent(x, nd, plus = false) {
    const s = fmtFixed(x * 100, nd);
    return (plus && !s.startsWith('-') ? '+' : '') + s + '%';
}
/** str(float) / repr(float) in Python 3: shortest round-trip digits, '.0' on integral values. */
function reprFloat(x) {
    if (Number.isNaN(x))
        return 'nan';
    if (!Number.isFinite(x))
        return x > 0 ? 'inf' : '-inf';
    if (x === 0)
        return Object.is(x, -0) ? '-0.0' : '0.0';
    const [mant, expStr] = x.toExponential().split('e');
    const exp = Number(expStr);
    const neg = mant.startsWith('-');
    const digits = mant.replace('-', '').replace('.', '');
    if (exp < -4 || exp >= 16) {
        const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
        const e = (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
        return (neg ? '-' : '') + m + 'e' + e;
    }
    let out;
    if (exp >= 0) {
        const intPart = digits.length > exp + 1 ? digits.slice(0, exp + 1) : digits.padEnd(exp + 1, '0');
        const frac = digits.length > exp + 1 ? digits.slice(exp + 1) : '0';
        out = intPart + '.' + frac;
    }
    else {
        out = '0.' + '0'.repeat(-exp - 1) + digits;
    }
    return (neg ? '-' : '') + out;
}
/** Exactly rounded sum (math.fsum, Shewchuk's algorithm as in CPython). */
function fsum(values) {
    const partials = [];
    for (let x of values) {
        let i = 0;
        for (let j = 0; j < partials.length; j++) {
            let y = partials[j];
            if (Math.abs(x) < Math.abs(y))
                [x, y] = [y, x];
            const hi = x + y;
            const lo = y - (hi - x);
            if (lo !== 0)
                partials[i++] = lo;
            x = hi;
        }
        partials.length = i;
        partials.push(x);
    }
    let n = partials.length;
    if (n === 0)
        return 0;
    let hi = partials[--n];
    let lo = 0;
    while (n > 0) {
        const x = hi;
        const y = partials[--n];
        hi = x + y;
        const yr = hi - x;
        lo = y - yr;
        if (lo !== 0)
            break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
        const y = lo * 2;
        const x = hi + y;
        const yr = x - hi;
        if (y === yr)
            hi = x;
    }
    return hi;
}
/** Python's builtin sum(): plain left-to-right float addition. */
function sum(values) {
    let s = 0;
    for (const v of values)
        s += v;
    return s;
}
/** A finite double as mant * 2**exp with an integer mantissa (exact). */
function decomposeDouble(x) {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, x);
    const hi = view.getUint32(0);
    const lo = view.getUint32(4);
    const sign = hi >>> 31 ? -1n : 1n;
    const biased = (hi >>> 20) & 0x7ff;
    let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
    if (biased === 0)
        return [sign * mant, -1074];
    mant |= 1n << 52n;
    return [sign * mant, biased - 1075];
}
function bitLength(n) {
    return n === 0n ? 0 : n.toString(2).length;
}
/** The double nearest (half-even) to num / den * 2**exp, num and den positive integers. */
function ratioToDouble(num, den, exp) {
    // scale so that the integer quotient carries at least 55 significant bits
    const shift = Math.max(0, 55 - (bitLength(num) - bitLength(den)));
    const scaled = num << BigInt(shift);
    const q = scaled / den;
    const sticky = scaled % den !== 0n;
    const drop = bitLength(q) - 53;
    let keep = q >> BigInt(drop);
    const rest = q & ((1n << BigInt(drop)) - 1n);
    const half = 1n << BigInt(drop - 1);
    if (rest > half || (rest === half && (sticky || (keep & 1n) === 1n)))
        keep += 1n;
    const e = drop - shift + exp;
    // keep ≤ 2**53 is exact; split the power of two so neither factor over/underflows early
    return Number(keep) * 2 ** Math.trunc(e / 2) * 2 ** (e - Math.trunc(e / 2));
}
/**
 * statistics.mean: the exact rational mean of the values, rounded once to the nearest double
 * (fsum/n would round twice and can land on the other side of a round(x, 1) tie).
 */
function mean(values) {
    if (values.length === 0)
        throw new Error('mean requires at least one data point');
    if (!values.every(Number.isFinite))
        return fsum(values) / values.length;
    const parts = values.map(decomposeDouble);
    const emin = Math.min(...parts.map(([, e]) => e));
    let total = 0n;
    for (const [m, e] of parts)
        total += m << BigInt(e - emin);
    if (total === 0n)
        return 0;
    const neg = total < 0n;
    const v = ratioToDouble(neg ? -total : total, BigInt(values.length), emin);
    return neg ? -v : v;
}
/** statistics.fmean */
function fmean(values) {
    return mean(values);
}
/** isqrt for a non-negative bigint (Newton's method). */
function isqrt(n) {
    if (n < 2n)
        return n;
    let x = 1n << BigInt(Math.ceil(bitLength(n) / 2));
    for (;;) {
        const y = (x + n / x) >> 1n;
        if (y >= x)
            return x;
        x = y;
    }
}
/** sqrt(n / m) correctly rounded to a double (statistics._float_sqrt_of_frac, round-to-odd). */
function sqrtOfFraction(n, m) {
    if (n === 0n)
        return 0;
    const rto = (a, b) => {
        const r = isqrt(a / b);
        return r * r * b !== a ? r | 1n : r;
    };
    const q = Math.floor((bitLength(n) - bitLength(m) - 109) / 2);
    if (q >= 0)
        return ratioToDouble(rto(n, m << BigInt(2 * q)) << BigInt(q), 1n, 0);
    return ratioToDouble(rto(n << BigInt(-2 * q), m), 1n, q);
}
/**
 * sqrt(sum of squared deviations / divisor), computed exactly and rounded once like
 * statistics.stdev / pstdev (Python 3.11+: exact _ss, correctly rounded square root), so a
 * constant series has a standard deviation of exactly 0.
 */
function exactStdev(values, divisor) {
    if (!values.every(Number.isFinite)) {
        const m = fsum(values) / values.length;
        return Math.sqrt(fsum(values.map((v) => (v - m) * (v - m))) / divisor);
    }
    const parts = values.map(decomposeDouble);
    let emin = 0;
    for (const [m, e] of parts)
        if (m !== 0n && e < emin)
            emin = e;
    const terms = parts.map(([m, e]) => (m === 0n ? 0n : m << BigInt(e - emin)));
    const n = BigInt(values.length);
    const total = terms.reduce((a, b) => a + b, 0n);
    // x_i - mean = (n a_i - S) / n * 2**emin, so variance = ss / (n^2 divisor) * 2**(2 emin)
    let ss = 0n;
    for (const a of terms) {
        const d = n * a - total;
        ss += d * d;
    }
    return sqrtOfFraction(ss, n * n * BigInt(divisor)) * 2 ** emin;
}
/** statistics.stdev: SAMPLE standard deviation (n-1). */
function stdev(values) {
    if (values.length < 2)
        throw new Error('stdev requires at least two data points');
    return exactStdev(values, values.length - 1);
}
/** statistics.pstdev: POPULATION standard deviation (n). */
function pstdev(values) {
    if (values.length < 1)
        throw new Error('pstdev requires at least one data point');
    return exactStdev(values, values.length);
}
/** statistics.median */
function median(values) {
    if (values.length === 0)
        throw new Error('no median for empty data');
    const s = [...values].sort((a, b) => a - b);
    const n = s.length;
    return n % 2 === 1 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}
/** statistics.linear_regression (Python 3.11: fsum-based). */
function linearRegression(x, y) {
    const n = x.length;
    if (n < 2 || y.length !== n)
        throw new Error('linear regression requires at least two points');
    const xbar = fsum(x) / n;
    const ybar = fsum(y) / n;
    const sxy = fsum(x.map((xi, i) => (xi - xbar) * (y[i] - ybar)));
    const sxx = fsum(x.map((xi) => (xi - xbar) * (xi - xbar)));
    if (sxx === 0)
        throw new Error('x is constant');
    const slope = sxy / sxx;
    return { slope, intercept: ybar - slope * xbar };
}
/** Python comparison of str/number/tuple values for sorted()/min()/max(). */
function cmp(a, b) {
    if (Array.isArray(a) && Array.isArray(b)) {
        for (let i = 0; i < Math.min(a.length, b.length); i++) {
            const c = cmp(a[i], b[i]);
            if (c !== 0)
                return c;
        }
        return a.length - b.length;
    }
    if (typeof a === 'string' && typeof b === 'string') {
        // Python compares code points; compare via code points to be exact beyond the BMP.
        if (a === b)
            return 0;
        const ca = Array.from(a);
        const cb = Array.from(b);
        for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
            const d = ca[i].codePointAt(0) - cb[i].codePointAt(0);
            if (d !== 0)
                return d;
        }
        return ca.length - cb.length;
    }
    const x = a;
    const y = b;
    return x < y ? -1 : x > y ? 1 : 0;
}
/** sorted(items, key=..., reverse=...) — stable, like Python (reverse keeps equal items in order). */
function sorted(items, key = (t) => t, reverse = false) {
    const arr = Array.from(items).map((item, idx) => ({ item, k: key(item), idx }));
    arr.sort((p, q) => {
        const c = cmp(p.k, q.k);
        if (c !== 0)
            return reverse ? -c : c;
        return p.idx - q.idx;
    });
    return arr.map((p) => p.item);
}
/** max(items, key=...): the FIRST maximal item, like Python. */
function maxBy(items, key) {
    if (items.length === 0)
        throw new Error('max() arg is an empty sequence');
    let best = items[0];
    let bk = key(best);
    for (let i = 1; i < items.length; i++) {
        const k = key(items[i]);
        if (cmp(k, bk) > 0) {
            best = items[i];
            bk = k;
        }
    }
    return best;
}
/** min(items, key=...): the FIRST minimal item, like Python. */
function minBy(items, key) {
    if (items.length === 0)
        throw new Error('min() arg is an empty sequence');
    let best = items[0];
    let bk = key(best);
    for (let i = 1; i < items.length; i++) {
        const k = key(items[i]);
        if (cmp(k, bk) < 0) {
            best = items[i];
            bk = k;
        }
    }
    return best;
}
/** str.strip() for the whitespace Python strips by default. */
function strip(s) {
    return s.replace(/^[\s\u001c-\u001f\u0085]+|[\s\u001c-\u001f\u0085]+$/g, '');
}
/** isinstance(v, (int, float)) and not bool. */
function isNum(v) {
    return typeof v === 'number';
}
/** isinstance(v, dict) */
function isDict(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/**
 * Python float(str): surrounding whitespace stripped, '_' between digits, inf/infinity/nan in any
 * case; anything else raises (ValueError in Python, an Error here). Number() would accept '',
 * '0x1f' and reject 'inf'.
 */
function pyFloat(s) {
    const t = strip(s);
    const m = /^([+-]?)(?:(inf|infinity)|(nan)|((?:\d(?:_?\d)*)?(?:\.(?:\d(?:_?\d)*)?)?(?:[eE][+-]?\d(?:_?\d)*)?))$/i.exec(t);
    if (!m)
        throw new Error(`could not convert string to float: '${s}'`);
    const sign = m[1] === '-' ? -1 : 1;
    if (m[2])
        return sign * Infinity;
    if (m[3])
        return NaN;
    const num = m[4].replace(/_/g, '');
    // at least one digit in the mantissa ('.', 'e5', '.e1' are invalid)
    if (!/^\d|^\.\d/.test(num))
        throw new Error(`could not convert string to float: '${s}'`);
    return sign * Number(num);
}

;// CONCATENATED MODULE: ./src/derive/format.ts
/** Small text formatters shared by several outputs. */
/** _format_duration(seconds): 300 → '5m', 90 → '1m30s', 3725 → '1h2m5s', <= 0 → '0s' */
function formatDuration(seconds) {
    if (seconds <= 0)
        return '0s';
    const hours = Math.floor(seconds / 3600);
    const minutes = Math.floor((seconds % 3600) / 60);
    const secs = seconds % 60;
    let out = '';
    if (hours)
        out += `${hours}h`;
    if (minutes)
        out += `${minutes}m`;
    if (secs)
        out += `${secs}s`;
    return out || '0s';
}
/** _format_duration(int(total) // 60 * 60): whole minutes */
function formatMinutes(totalSeconds) {
    return formatDuration(Math.floor(Math.trunc(totalSeconds) / 60) * 60);
}

;// CONCATENATED MODULE: ./src/derive/units.ts
/**
 * Athlete unit preferences and display blocks: ports of _athlete_units_from_dict and _to_display.
 * Canonical values stay metric; display blocks carry {value, unit} in the athlete's units.
 */

const WIND = { MPS: 'm/s', KPH: 'km/h', MPH: 'mph' };
const RAIN = { MM: 'mm', IN: 'in' };
function athleteUnits(athlete) {
    const defaults = { wind: 'm/s', temp: 'c', rain: 'mm', distance: 'metric', weight: 'kg', height: 'cm' };
    if (!athlete || Object.keys(athlete).length === 0)
        return defaults;
    const mp = get(athlete, 'measurement_preference');
    return {
        wind: WIND[get(athlete, 'wind_speed')] ?? defaults.wind,
        temp: athlete.fahrenheit ? 'f' : 'c',
        rain: RAIN[get(athlete, 'rain')] ?? defaults.rain,
        distance: mp !== 'meters' && mp !== null ? 'imperial' : 'metric',
        weight: athlete.weight_pref_lb ? 'lb' : 'kg',
        height: get(athlete, 'height_units') === 'IN' ? 'in' : 'cm',
    };
}
/** _to_display(value, kind, athlete_units) → {value, unit} | null */
function toDisplay(value, kind, units) {
    if (value === null || value === undefined)
        return null;
    const u = units ?? {};
    const imperial = u.distance === 'imperial';
    switch (kind) {
        case 'distance':
            return imperial ? { value: round(value * 0.621371, 2), unit: 'mi' } : { value: round(value, 2), unit: 'km' };
        case 'elevation':
            return imperial ? { value: round(value * 3.28084), unit: 'ft' } : { value: round(value), unit: 'm' };
        case 'elevation_per_distance':
            return imperial ? { value: round(value * 5.28), unit: 'ft/mi' } : { value: round(value), unit: 'm/km' };
        case 'weight':
            return u.weight === 'lb' ? { value: round(value * 2.20462, 1), unit: 'lb' } : { value: round(value, 1), unit: 'kg' };
        case 'height':
            return u.height === 'in' ? { value: round(value * 39.3701), unit: 'in' } : { value: round(value * 100), unit: 'cm' };
        case 'speed':
            return imperial ? { value: round(value * 0.621371, 1), unit: 'mph' } : { value: round(value, 1), unit: 'km/h' };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/derive/terrain/grades.ts
/**
 * Grade distribution and steepest 200 m anywhere on the route: port of
 * _compute_grade_distribution.
 */

/** chunk length of the grade walk (the reference's CHUNK_M) */
const CHUNK_M = 200.0;
/** Buckets by |grade| of consecutive ≥200 m chunks: flat <1 %, gentle 1-3, moderate 3-6, steep ≥6. */
function computeGradeDistribution(cumDist, smoothedEle) {
    const n = cumDist.length;
    const totalDist = n ? cumDist[n - 1] : 0.0;
    if (totalDist < CHUNK_M)
        return [{ flat_pct: 100.0, gentle_pct: 0.0, moderate_pct: 0.0, steep_pct: 0.0 }, 0.0];
    let flat = 0.0;
    let gentle = 0.0;
    let moderate = 0.0;
    let steep = 0.0;
    let maxGrade = 0.0;
    let i = 0;
    let chunkStartDist = 0.0;
    while (i < n - 1) {
        let j = i;
        while (j < n - 1 && cumDist[j] - chunkStartDist < CHUNK_M)
            j++;
        const chunkDist = cumDist[j] - chunkStartDist;
        if (chunkDist <= 0)
            break;
        const eleChange = smoothedEle[j] - smoothedEle[i];
        const gradePct = Math.abs((eleChange / chunkDist) * 100.0);
        if (gradePct > maxGrade)
            maxGrade = gradePct;
        if (gradePct < 1.0)
            flat += chunkDist;
        else if (gradePct < 3.0)
            gentle += chunkDist;
        else if (gradePct < 6.0)
            moderate += chunkDist;
        else
            steep += chunkDist;
        chunkStartDist = cumDist[j];
        i = j;
    }
    return [
        {
            flat_pct: round((flat / totalDist) * 100, 1),
            gentle_pct: round((gentle / totalDist) * 100, 1),
            moderate_pct: round((moderate / totalDist) * 100, 1),
            steep_pct: round((steep / totalDist) * 100, 1),
        },
        round(maxGrade, 1),
    ];
}

;// CONCATENATED MODULE: ./src/derive/terrain/segments.ts
/**
 * Sustained climb / descent detection: port of _detect_segments (200 m chunks, high/low-water
 * mark with a 50 m dip tolerance, flat-approach trimming, UCI-derived climb categories).
 */


/** chunk size for gradient classification */
const segments_CHUNK_M = 200;
/** max elevation loss (gain for descents) before a segment ends */
const DIP_TOLERANCE_M = 50;
/** look this far ahead when trimming a flat approach */
const LOCAL_TRIM_DIST = 2000;
/** minimum local gradient (%) at which the segment starts */
const LOCAL_TRIM_GRAD = 2.5;
/** climb category from its elevation gain (m) */
function climbCategory(elevationM) {
    if (elevationM >= 1000)
        return 'HC';
    if (elevationM >= 650)
        return 'Cat 1';
    if (elevationM >= 400)
        return 'Cat 2';
    if (elevationM >= 200)
        return 'Cat 3';
    if (elevationM >= 100)
        return 'Cat 4';
    return null; // uncategorized — below Cat 4 threshold
}
function buildChunks(n, cumDist, ele) {
    const chunks = [];
    let ci = 0;
    while (ci < n - 1) {
        let cj = ci + 1;
        while (cj < n && cumDist[cj] - cumDist[ci] < segments_CHUNK_M)
            cj++;
        if (cj >= n)
            cj = n - 1;
        if (cj <= ci)
            break;
        const chunkDist = cumDist[cj] - cumDist[ci];
        const chunkEle = ele[cj] - ele[ci];
        const grad = chunkDist > 10 ? (chunkEle / chunkDist) * 100 : 0;
        chunks.push({ si: ci, ei: cj, grad });
        ci = cj;
    }
    return chunks;
}
/** Index where the segment really starts: the first chunk whose next ~2 km climb (descend) ≥ 2.5 %. */
function trimmedStart(chunks, from, endChunk, cumDist, ele, ascending, fallback) {
    const n = cumDist.length;
    const stop = Math.min(endChunk, chunks.length);
    for (let t = from; t < stop; t++) {
        const tStart = chunks[t].si;
        let ahead = tStart;
        const aiEnd = Math.min(chunks[endChunk].ei + 1, n);
        for (let ai = tStart + 1; ai < aiEnd; ai++) {
            if (cumDist[ai] - cumDist[tStart] >= LOCAL_TRIM_DIST) {
                ahead = ai;
                break;
            }
        }
        if (ahead > tStart) {
            const localDist = cumDist[ahead] - cumDist[tStart];
            const localEle = ele[ahead] - ele[tStart];
            if (localDist > 0) {
                const g = (localEle / localDist) * 100;
                if (ascending ? g >= LOCAL_TRIM_GRAD : g <= -LOCAL_TRIM_GRAD)
                    return tStart;
            }
        }
    }
    return fallback;
}
/** steepest |grade| over the first ≥200 m stretch from each point of the climb */
function maxSubGradient(start, end, cumDist, ele) {
    let maxGrad = 0.0;
    for (let k = start; k < end; k++) {
        for (let m = k + 1; m <= end; m++) {
            const subDist = cumDist[m] - cumDist[k];
            if (subDist >= 200) {
                const g = Math.abs(((ele[m] - ele[k]) / subDist) * 100);
                if (g > maxGrad)
                    maxGrad = g;
                break;
            }
        }
    }
    return maxGrad;
}
/** _detect_segments(trackpoints, cum_dist, smoothed_ele, min_gradient, min_distance, ascending) */
function detectSegments(tp, cumDist, ele, minGradient, minDistance, ascending, units) {
    const n = tp.n;
    if (n < 2 || cumDist[n - 1] < segments_CHUNK_M)
        return [];
    const chunks = buildChunks(n, cumDist, ele);
    if (!chunks.length)
        return [];
    const segments = [];
    let i = 0;
    while (i < chunks.length) {
        const c = chunks[i];
        if (ascending ? c.grad < 1.0 : c.grad > -1.0) {
            i++;
            continue;
        }
        let segStartIdx = c.si;
        let mark = ele[segStartIdx];
        let markChunk = i;
        for (let j = i; j < chunks.length; j++) {
            const cur = ele[chunks[j].ei];
            if (ascending) {
                if (cur > mark) {
                    mark = cur;
                    markChunk = j;
                }
                if (mark - cur > DIP_TOLERANCE_M)
                    break;
            }
            else {
                if (cur < mark) {
                    mark = cur;
                    markChunk = j;
                }
                if (cur - mark > DIP_TOLERANCE_M)
                    break;
            }
        }
        const segEndIdx = chunks[markChunk].ei;
        segStartIdx = trimmedStart(chunks, i, markChunk, cumDist, ele, ascending, segStartIdx);
        const segDist = cumDist[segEndIdx] - cumDist[segStartIdx];
        const segEle = ele[segEndIdx] - ele[segStartIdx];
        if (segDist >= minDistance && Math.abs(segEle) >= 50) {
            const avgGradient = segDist > 0 ? (segEle / segDist) * 100 : 0;
            if (ascending ? avgGradient >= minGradient : avgGradient <= -minGradient) {
                const positionKm = round(cumDist[segStartIdx] / 1000, 1);
                const distanceKm = round(segDist / 1000, 1);
                const elevationM = round(Math.abs(segEle));
                const signedElevationM = ascending ? elevationM : -elevationM;
                const segment = {
                    position_km: positionKm,
                    distance_km: distanceKm,
                    elevation_m: signedElevationM,
                    avg_gradient_pct: round(Math.abs(avgGradient), 1),
                    start_coords: [round(tp.lat[segStartIdx], 5), round(tp.lon[segStartIdx], 5)],
                    end_coords: [round(tp.lat[segEndIdx], 5), round(tp.lon[segEndIdx], 5)],
                    display: {
                        position: toDisplay(positionKm, 'distance', units),
                        distance: toDisplay(distanceKm, 'distance', units),
                        elevation: toDisplay(signedElevationM, 'elevation', units),
                    },
                };
                if (ascending) {
                    const maxGrad = maxSubGradient(segStartIdx, segEndIdx, cumDist, ele);
                    segment.max_gradient_pct = maxGrad > 0 ? round(maxGrad, 1) : segment.avg_gradient_pct;
                    segment.category = climbCategory(elevationM);
                }
                else {
                    segment.avg_gradient_pct = -segment.avg_gradient_pct;
                }
                segments.push(segment);
            }
        }
        i = markChunk + 1;
    }
    return segments;
}

;// CONCATENATED MODULE: ./src/derive/terrain/trackpoints.ts
/**
 * Trackpoints as parallel typed arrays (the reference's list of {lat, lon, ele?} dicts).
 */
/** Growable builder for Trackpoints. */
class TrackpointBuilder {
    lat = [];
    lon = [];
    ele = [];
    hasEle = [];
    get length() {
        return this.lat.length;
    }
    push(lat, lon, ele) {
        this.lat.push(lat);
        this.lon.push(lon);
        this.ele.push(ele ?? 0);
        this.hasEle.push(ele === null ? 0 : 1);
    }
    build() {
        return {
            n: this.lat.length,
            lat: Float64Array.from(this.lat),
            lon: Float64Array.from(this.lon),
            ele: Float64Array.from(this.ele),
            hasEle: Uint8Array.from(this.hasEle),
        };
    }
}
function anyElevation(tp) {
    for (let i = 0; i < tp.n; i++)
        if (tp.hasEle[i])
            return true;
    return false;
}

;// CONCATENATED MODULE: ./src/derive/terrain/analyze.ts
/**
 * Terrain analysis of a track: port of _haversine, _analyze_terrain and _refresh_terrain_display.
 * Pure functions over typed arrays.
 */





/** Earth radius (m) of the reference's haversine */
const EARTH_RADIUS_M = 6371000;
/** rolling elevation smoothing window (m of distance) */
const SMOOTH_WINDOW_M = 50.0;
/** polyline sample spacing (m) */
const POLYLINE_INTERVAL_M = 500.0;
/** Python math.radians: x * (pi / 180) */
const DEG_TO_RAD = Math.PI / 180.0;
/** Haversine distance in meters. */
function haversine(lat1, lon1, lat2, lon2) {
    const phi1 = lat1 * DEG_TO_RAD;
    const phi2 = lat2 * DEG_TO_RAD;
    const dphi = (lat2 - lat1) * DEG_TO_RAD;
    const dlam = (lon2 - lon1) * DEG_TO_RAD;
    const s1 = Math.sin(dphi / 2);
    const s2 = Math.sin(dlam / 2);
    const a = s1 * s1 + Math.cos(phi1) * Math.cos(phi2) * s2 * s2;
    return EARTH_RADIUS_M * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
}
function cumulativeDistance(tp) {
    const cum = new Float64Array(Math.max(tp.n, 1));
    for (let i = 1; i < tp.n; i++)
        cum[i] = cum[i - 1] + haversine(tp.lat[i - 1], tp.lon[i - 1], tp.lat[i], tp.lon[i]);
    return cum;
}
/**
 * Mean elevation over the points within ±25 m of distance of each point (the point alone when
 * none is that close). Summed left to right like Python's sum() so the floats are identical.
 */
function smoothElevation(tp, cum) {
    const n = tp.n;
    const raw = tp.ele; // 0.0 where a point has no elevation (tp.get("ele", 0.0))
    const out = Float64Array.from(raw);
    const half = SMOOTH_WINDOW_M / 2;
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < n; i++) {
        // the window bounds only move forward as i grows (cum is non-decreasing)
        if (lo > i)
            lo = i;
        while (lo < i && !(cum[i] - cum[lo] < half))
            lo++;
        if (hi < i)
            hi = i;
        while (hi < n - 1 && cum[hi + 1] - cum[i] < half)
            hi++;
        if (lo < hi) {
            let s = 0;
            for (let k = lo; k <= hi; k++)
                s += raw[k];
            out[i] = s / (hi - lo + 1);
        }
    }
    return out;
}
function summaryDisplay(distanceKm, elevationM, perKm, units) {
    return {
        total_distance: toDisplay(distanceKm, 'distance', units),
        total_elevation: toDisplay(elevationM, 'elevation', units),
        elevation_per_distance: toDisplay(perKm, 'elevation_per_distance', units),
    };
}
/** _analyze_terrain(trackpoints, source, include_polyline, athlete_units); null = degenerate (< 100 m with elevation). */
function analyzeTerrain(tp, opts) {
    const source = opts.source ?? 'gpx_attachment';
    const includePolyline = opts.includePolyline ?? true;
    const units = opts.units;
    const hasElevation = anyElevation(tp);
    const cum = cumulativeDistance(tp);
    const totalDistanceM = cum[tp.n - 1];
    const totalDistanceKm = round(totalDistanceM / 1000, 1);
    if (!hasElevation) {
        return {
            source: `${source}_no_elevation`,
            total_distance_km: totalDistanceKm,
            total_elevation_m: 0,
            elevation_per_km: 0.0,
            course_character: 'flat',
            climbs: [],
            descents: [],
            display: summaryDisplay(totalDistanceKm, 0, 0.0, units),
        };
    }
    if (totalDistanceM < 100)
        return null;
    const smoothed = smoothElevation(tp, cum);
    let gain = 0.0;
    for (let i = 1; i < tp.n; i++) {
        const diff = smoothed[i] - smoothed[i - 1];
        if (diff > 0)
            gain += diff;
    }
    const totalElevationM = round(gain);
    const elevationPerKm = totalDistanceKm > 0 ? round(totalElevationM / totalDistanceKm, 1) : 0.0;
    const climbs = detectSegments(tp, cum, smoothed, 1.5, 500.0, true, units).filter((c) => c.elevation_m >= 100 || c.avg_gradient_pct >= 3.0);
    const descents = detectSegments(tp, cum, smoothed, 1.5, 500.0, false, units).filter((d) => Math.abs(d.elevation_m) >= 100 || Math.abs(d.avg_gradient_pct) >= 3.0);
    let courseCharacter;
    if (elevationPerKm >= 30)
        courseCharacter = 'mountain';
    else if (elevationPerKm >= 20)
        courseCharacter = 'hilly';
    else if (elevationPerKm >= 5)
        courseCharacter = 'rolling';
    else
        courseCharacter = 'flat';
    // a categorised climb of Cat 2 or harder makes the course at least hilly
    const bigClimb = climbs.some((c) => c.category === 'HC' || c.category === 'Cat 1' || c.category === 'Cat 2');
    if (bigClimb && (courseCharacter === 'flat' || courseCharacter === 'rolling'))
        courseCharacter = 'hilly';
    let polyline = null;
    if (includePolyline) {
        polyline = [];
        let nextThreshold = 0.0;
        for (let i = 0; i < tp.n; i++) {
            if (cum[i] >= nextThreshold || i === 0 || i === tp.n - 1) {
                polyline.push([round(cum[i] / 1000, 1), round(tp.lat[i], 5), round(tp.lon[i], 5), round(smoothed[i])]);
                nextThreshold = i === 0 ? POLYLINE_INTERVAL_M : cum[i] + POLYLINE_INTERVAL_M;
            }
        }
    }
    const [gradeDistribution, maxGradePct] = computeGradeDistribution(cum, smoothed);
    const result = {
        source,
        total_distance_km: totalDistanceKm,
        total_elevation_m: totalElevationM,
        elevation_per_km: elevationPerKm,
        course_character: courseCharacter,
        max_grade_pct: maxGradePct,
        grade_distribution: gradeDistribution,
        start_coords: [round(tp.lat[0], 5), round(tp.lon[0], 5)],
        climbs,
        descents,
        display: summaryDisplay(totalDistanceKm, totalElevationM, elevationPerKm, units),
    };
    if (includePolyline)
        result.polyline = polyline;
    return result;
}
/**
 * _refresh_terrain_display: display blocks recomputed from the canonical metric fields of a cached
 * terrain_summary (a unit-preference change shows up without re-analysing the track).
 */
function refreshTerrainDisplay(summary, units) {
    if (!isDict(summary) || units === null)
        return summary;
    const out = { ...summary };
    out.display = {
        total_distance: toDisplay(numOrNull(out.total_distance_km), 'distance', units),
        total_elevation: toDisplay(numOrNull(out.total_elevation_m), 'elevation', units),
        elevation_per_distance: toDisplay(numOrNull(out.elevation_per_km), 'elevation_per_distance', units),
    };
    for (const key of ['climbs', 'descents']) {
        const segs = out[key];
        if (!Array.isArray(segs))
            continue;
        out[key] = segs.map((seg) => {
            if (!isDict(seg))
                return seg;
            return {
                ...seg,
                display: {
                    position: toDisplay(numOrNull(seg.position_km), 'distance', units),
                    distance: toDisplay(numOrNull(seg.distance_km), 'distance', units),
                    elevation: toDisplay(numOrNull(seg.elevation_m), 'elevation', units),
                },
            };
        });
    }
    return out;
}
/** `.get(k)` of a cached numeric field (absent → None; a non-number would raise in the reference) */
function numOrNull(v) {
    return typeof v === 'number' ? v : null;
}

;// CONCATENATED MODULE: ./node_modules/fast-xml-parser/src/util.js


const nameStartChar = ':A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const nameChar = nameStartChar + '\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040';
const nameRegexp = '[' + nameStartChar + '][' + nameChar + ']*';
const regexName = new RegExp('^' + nameRegexp + '$');

function getAllMatches(string, regex) {
  const matches = [];
  let match = regex.exec(string);
  while (match) {
    const allmatches = [];
    allmatches.startIndex = regex.lastIndex - match[0].length;
    const len = match.length;
    for (let index = 0; index < len; index++) {
      allmatches.push(match[index]);
    }
    matches.push(allmatches);
    match = regex.exec(string);
  }
  return matches;
}

const isName = function (string) {
  const match = regexName.exec(string);
  return !(match === null || typeof match === 'undefined');
}

function isExist(v) {
  return typeof v !== 'undefined';
}

function isEmptyObject(obj) {
  return Object.keys(obj).length === 0;
}

function getValue(v) {
  if (exports.isExist(v)) {
    return v;
  } else {
    return '';
  }
}

/**
 * Dangerous property names that could lead to prototype pollution or security issues
 */
const DANGEROUS_PROPERTY_NAMES = [
  // '__proto__',
  // 'constructor',
  // 'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__'
];

const criticalProperties = ["__proto__", "constructor", "prototype"];
;// CONCATENATED MODULE: ./node_modules/fast-xml-parser/src/xmlparser/OptionsBuilder.js



const defaultOnDangerousProperty = (name) => {
  if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return "__" + name;
  }
  return name;
};


const defaultOptions = {
  preserveOrder: false,
  attributeNamePrefix: '@_',
  attributesGroupName: false,
  textNodeName: '#text',
  ignoreAttributes: true,
  removeNSPrefix: false, // remove NS from tag name or attribute name if true
  allowBooleanAttributes: false, //a tag can have attributes without any value
  //ignoreRootElement : false,
  parseTagValue: true,
  parseAttributeValue: false,
  trimValues: true, //Trim string values of tag and attributes
  cdataPropName: false,
  numberParseOptions: {
    hex: true,
    leadingZeros: true,
    eNotation: true,
    unicode: false
  },
  tagValueProcessor: function (tagName, val) {
    return val;
  },
  attributeValueProcessor: function (attrName, val) {
    return val;
  },
  stopNodes: [], //nested tags will not be parsed even for errors
  alwaysCreateTextNode: false,
  isArray: () => false,
  commentPropName: false,
  unpairedTags: [],
  processEntities: true,
  htmlEntities: false,
  entityDecoder: null,
  ignoreDeclaration: false,
  ignorePiTags: false,
  transformTagName: false,
  transformAttributeName: false,
  updateTag: function (tagName, jPath, attrs) {
    return tagName
  },
  // skipEmptyListItem: false
  captureMetaData: false,
  maxNestedTags: 100,
  strictReservedNames: true,
  jPath: true, // if true, pass jPath string to callbacks; if false, pass matcher instance
  onDangerousProperty: defaultOnDangerousProperty
};


/**
 * Validates that a property name is safe to use
 * @param {string} propertyName - The property name to validate
 * @param {string} optionName - The option field name (for error message)
 * @throws {Error} If property name is dangerous
 */
function validatePropertyName(propertyName, optionName) {
  if (typeof propertyName !== 'string') {
    return; // Only validate string property names
  }

  const normalized = propertyName.toLowerCase();
  if (DANGEROUS_PROPERTY_NAMES.some(dangerous => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }

  if (criticalProperties.some(dangerous => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
}

/**
 * Normalizes processEntities option for backward compatibility
 * @param {boolean|object} value 
 * @returns {object} Always returns normalized object
 */
function normalizeProcessEntities(value, htmlEntities) {
  // Boolean backward compatibility
  if (typeof value === 'boolean') {
    return {
      enabled: value, // true or false
      maxEntitySize: 10000,
      maxExpansionDepth: 10000,
      maxTotalExpansions: Infinity,
      maxExpandedLength: 100000,
      maxEntityCount: 1000,
      allowedTags: null,
      tagFilter: null,
      appliesTo: "all",
    };
  }

  // Object config - merge with defaults
  if (typeof value === 'object' && value !== null) {
    return {
      enabled: value.enabled !== false,
      maxEntitySize: Math.max(1, value.maxEntitySize ?? 10000),
      maxExpansionDepth: Math.max(1, value.maxExpansionDepth ?? 10000),
      maxTotalExpansions: Math.max(1, value.maxTotalExpansions ?? Infinity),
      maxExpandedLength: Math.max(1, value.maxExpandedLength ?? 100000),
      maxEntityCount: Math.max(1, value.maxEntityCount ?? 1000),
      allowedTags: value.allowedTags ?? null,
      tagFilter: value.tagFilter ?? null,
      appliesTo: value.appliesTo ?? "all",
    };
  }

  // Default to enabled with limits
  return normalizeProcessEntities(true);
}

const buildOptions = function (options) {
  const built = Object.assign({}, defaultOptions, options);

  // Validate property names to prevent prototype pollution
  const propertyNameOptions = [
    { value: built.attributeNamePrefix, name: 'attributeNamePrefix' },
    { value: built.attributesGroupName, name: 'attributesGroupName' },
    { value: built.textNodeName, name: 'textNodeName' },
    { value: built.cdataPropName, name: 'cdataPropName' },
    { value: built.commentPropName, name: 'commentPropName' }
  ];

  for (const { value, name } of propertyNameOptions) {
    if (value) {
      validatePropertyName(value, name);
    }
  }

  if (built.onDangerousProperty === null) {
    built.onDangerousProperty = defaultOnDangerousProperty;
  }

  // Always normalize processEntities for backward compatibility and validation
  built.processEntities = normalizeProcessEntities(built.processEntities, built.htmlEntities);
  built.unpairedTagsSet = new Set(built.unpairedTags);
  // Convert old-style stopNodes for backward compatibility
  if (built.stopNodes && Array.isArray(built.stopNodes)) {
    built.stopNodes = built.stopNodes.map(node => {
      if (typeof node === 'string' && node.startsWith('*.')) {
        // Old syntax: *.tagname meant "tagname anywhere"
        // Convert to new syntax: ..tagname
        return '..' + node.substring(2);
      }
      return node;
    });
  }
  //console.debug(built.processEntities)
  return built;
};
;// CONCATENATED MODULE: ./node_modules/fast-xml-parser/src/xmlparser/xmlNode.js


let METADATA_SYMBOL;

if (typeof Symbol !== "function") {
  METADATA_SYMBOL = "@@xmlMetadata";
} else {
  METADATA_SYMBOL = Symbol("XML Node Metadata");
}

class XmlNode {
  constructor(tagname) {
    this.tagname = tagname;
    this.child = []; //nested tags, text, cdata, comments in order
    this[":@"] = Object.create(null); //attributes map
  }
  add(key, val) {
    // this.child.push( {name : key, val: val, isCdata: isCdata });
    if (key === "__proto__") key = "#__proto__";
    this.child.push({ [key]: val });
  }
  addChild(node, startIndex) {
    if (node.tagname === "__proto__") node.tagname = "#__proto__";
    if (node[":@"] && Object.keys(node[":@"]).length > 0) {
      this.child.push({ [node.tagname]: node.child, [":@"]: node[":@"] });
    } else {
      this.child.push({ [node.tagname]: node.child });
    }
    // if requested, add the startIndex
    this.addStartIndex(startIndex);
  }

  addStartIndex(startIndex) {
    if (startIndex !== undefined) {
      // Note: for now we just overwrite the metadata. If we had more complex metadata,
      // we might need to do an object append here:  metadata = { ...metadata, startIndex }
      this.child[this.child.length - 1][METADATA_SYMBOL] = { startIndex };
    }
  }

  addEndIndex(endIndex) {
    const lastChild = this.child[this.child.length - 1];
    // endIndex is write-once: when updateTag drops a node, the last child is a
    // previously completed sibling whose endIndex must not be overwritten
    if (lastChild !== undefined && lastChild[METADATA_SYMBOL] !== undefined
      && lastChild[METADATA_SYMBOL].endIndex === undefined) {
      lastChild[METADATA_SYMBOL].endIndex = endIndex;
    }
  }
  /** symbol used for metadata */
  static getMetaDataSymbol() {
    return METADATA_SYMBOL;
  }
}

;// CONCATENATED MODULE: ./node_modules/xml-naming/src/index.js
/**
 * xml-naming
 * Validates XML Name productions as defined in the XML 1.0 and 1.1 specifications.
 * Covers: Name, NCName, QName, NMToken, NMTokens
 *
 * XML 1.0 spec: https://www.w3.org/TR/xml/#NT-Name
 * XML 1.1 spec: https://www.w3.org/TR/xml11/#NT-NameStartChar
 * XML NS spec:  https://www.w3.org/TR/xml-names/#NT-NCName
 */

// ---------------------------------------------------------------------------
// Character class strings — XML 1.0
//
// NameStartChar ::= ":" | [A-Z] | "_" | [a-z]
//   | [#xC0-#xD6]   | [#xD8-#xF6]   | [#xF8-#x2FF]
//   | [#x370-#x37D] | [#x37F-#x1FFF]    <- split to exclude #x0487
//   | [#x200C-#x200D]
//   | [#x2070-#x218F] | [#x2C00-#x2FEF]
//   | [#x3001-#xD7FF] | [#xF900-#xFDCF] | [#xFDF0-#xFFFD]
//
// NameChar ::= NameStartChar | "-" | "." | [0-9]
//   | #xB7 | [#x0300-#x036F] | [#x203F-#x2040]
//
// Note: \u0487 (Combining Cyrillic Millions Sign) was added in Unicode 4.0,
// after XML 1.0 was defined against Unicode 2.0. It falls inside the range
// \u037F-\u1FFF but must be excluded. We split that range into
// \u037F-\u0486 and \u0488-\u1FFF to exclude it explicitly.
// ---------------------------------------------------------------------------

const nameStartChar10 =
  ':A-Za-z_' +
  '\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF' +
  '\u0370-\u037D' +
  '\u037F-\u0486\u0488-\u1FFF' +  // split to exclude \u0487
  '\u200C-\u200D' +
  '\u2070-\u218F' +
  '\u2C00-\u2FEF' +
  '\u3001-\uD7FF' +
  '\uF900-\uFDCF' +
  '\uFDF0-\uFFFD';

const nameChar10 =
  nameStartChar10 +
  '\\-\\.\\d' +
  '\u00B7' +
  '\u0300-\u036F' +
  '\u203F-\u2040';

// ---------------------------------------------------------------------------
// Character class strings — XML 1.1
//
// Differences from XML 1.0:
//
// NameStartChar:
//   1.0 has split ranges: \u00C0-\u00D6, \u00D8-\u00F6, \u00F8-\u02FF
//   1.1 merges them into: \u00C0-\u02FF
//   (\u00D7 x and \u00F7 / are division symbols, excluded in both versions)
//
//   1.0 tops out at \uFFFD (BMP only)
//   1.1 adds \u{10000}-\u{EFFFF} (supplementary planes)
//   These require the /u flag on the RegExp — see buildRegexes below.
//
// NameChar:
//   1.1 adds \u0487 (Combining Cyrillic Millions Sign, added in Unicode 4.0)
// ---------------------------------------------------------------------------

const nameStartChar11 =
  ':A-Za-z_' +
  '\u00C0-\u02FF' +                    // merged — 1.0 had three split ranges here
  '\u0370-\u037D' +
  '\u037F-\u0486\u0488-\u1FFF' +       // split to exclude \u0487 (combining mark, never a NameStartChar)
  '\u200C-\u200D' +
  '\u2070-\u218F' +
  '\u2C00-\u2FEF' +
  '\u3001-\uD7FF' +
  '\uF900-\uFDCF' +
  '\uFDF0-\uFFFD' +
  '\u{10000}-\u{EFFFF}';     // supplementary planes — REQUIRES /u flag on RegExp

const nameChar11 =
  nameStartChar11 +
  '\\-\\.\\d' +
  '\u00B7' +
  '\u0300-\u036F' +
  '\u0487' +                 // Combining Cyrillic Millions Sign — valid in 1.1, not 1.0
  '\u203F-\u2040';

// ---------------------------------------------------------------------------
// Regex builders
//
// XML 1.0 regexes: no flags — BMP only, standard JS regex behaviour.
// XML 1.1 regexes: /u flag — required for \u{10000}-\u{EFFFF} to match actual
//   supplementary code points rather than lone surrogates (which are illegal XML).
// ---------------------------------------------------------------------------

const buildRegexes = (startChar, char, flags = '') => {
  const ncStart = startChar.replace(':', '');
  const ncChar = char.replace(':', '');
  const ncNamePat = `[${ncStart}][${ncChar}]*`;

  return {
    name: new RegExp(`^[${startChar}][${char}]*$`, flags),
    ncName: new RegExp(`^${ncNamePat}$`, flags),
    qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
    nmToken: new RegExp(`^[${char}]+$`, flags),
    nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags),
  };
};

const regexes10 = buildRegexes(nameStartChar10, nameChar10);       // no /u — BMP only
const regexes11 = buildRegexes(nameStartChar11, nameChar11, 'u');  // /u — enables \u{10000}-\u{EFFFF}

// ---------------------------------------------------------------------------
// ASCII-only fast path (opt-in, off by default)
//
// The XML 1.0 vs 1.1 NameStartChar/NameChar productions differ *only* in
// their non-ASCII ranges (merged vs split Latin-1 ranges, \u0487, and
// supplementary planes). Restricted to ASCII, both versions collapse to the
// same character classes, so a single regex pair covers both xmlVersion
// values — no /u flag needed.
//
// Rationale: unicode-aware regexes (the /u flag, required for XML 1.1's
// supplementary-plane range) are measurably slower in V8 than plain
// non-unicode regexes on the same input, even when the input is pure ASCII.
// For the common case — HTML/SVG ids, XML tags — names are ASCII, so callers
// who know this can opt in to skip the unicode-aware matching path entirely.
// This is a real but *conditional* win: mainly for XML 1.1 input (avoids /u),
// or at scale where the larger unicode character classes add engine
// overhead. It also changes behaviour (rejects legitimate non-ASCII XML
// 1.0/1.1 names), so it must never be silently enabled — hence off by
// default.
// ---------------------------------------------------------------------------

const nameStartCharAscii = ':A-Za-z_';
const nameCharAscii = nameStartCharAscii + '\\-\\.\\d';

const regexesAscii = buildRegexes(nameStartCharAscii, nameCharAscii); // no /u — ASCII only

const getRegexes = (xmlVersion = '1.0', asciiOnly = false) => {
  if (asciiOnly) return regexesAscii;
  return xmlVersion === '1.1' ? regexes11 : regexes10;
};

// ---------------------------------------------------------------------------
// Boolean validators
// ---------------------------------------------------------------------------

/**
 * Returns true if the string is a valid XML Name.
 * Colons are allowed anywhere (Name production).
 * Used for: DOCTYPE entity names, notation names, DTD element declarations.
 *
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 *   asciiOnly: skip unicode-aware matching, ASCII names only (default false).
 */
const src_name = (str, { xmlVersion = '1.0', asciiOnly = false } = {}) =>
  getRegexes(xmlVersion, asciiOnly).name.test(str);

/**
 * Returns true if the string is a valid NCName (Non-Colonized Name).
 * Colons are not permitted.
 * Used for: namespace prefixes, local names, SVG id attributes.
 *
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 *   asciiOnly: skip unicode-aware matching, ASCII names only (default false).
 */
const ncName = (str, { xmlVersion = '1.0', asciiOnly = false } = {}) =>
  getRegexes(xmlVersion, asciiOnly).ncName.test(str);

/**
 * Returns true if the string is a valid QName (Qualified Name).
 * Allows exactly one colon as a prefix separator: prefix:localName.
 * Used for: element and attribute names in namespace-aware XML/SVG.
 *
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 *   asciiOnly: skip unicode-aware matching, ASCII names only (default false).
 */
const qName = (str, { xmlVersion = '1.0', asciiOnly = false } = {}) =>
  getRegexes(xmlVersion, asciiOnly).qName.test(str);

/**
 * Returns true if the string is a valid NMToken.
 * Like Name but no restriction on the first character.
 * Used for: DTD NMTOKEN attribute values.
 *
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 *   asciiOnly: skip unicode-aware matching, ASCII names only (default false).
 */
const nmToken = (str, { xmlVersion = '1.0', asciiOnly = false } = {}) =>
  getRegexes(xmlVersion, asciiOnly).nmToken.test(str);

/**
 * Returns true if the string is a valid NMTokens value.
 * A whitespace-separated list of NMToken values.
 * Used for: DTD NMTOKENS attribute values.
 *
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 *   asciiOnly: skip unicode-aware matching, ASCII names only (default false).
 */
const nmTokens = (str, { xmlVersion = '1.0', asciiOnly = false } = {}) =>
  getRegexes(xmlVersion, asciiOnly).nmTokens.test(str);

// ---------------------------------------------------------------------------
// Memoized validator factory
//
// Real documents reuse a small vocabulary of tag/attribute names across many
// siblings (e.g. `id`, `class`, `href` repeated across hundreds of elements).
// The plain boolean validators above re-run the regex on every call
// regardless of repeats. `createValidator` returns a closure with a private
// string -> boolean cache, so repeated names after the first become O(1)
// lookups instead of regex tests.
//
// - opts (xmlVersion, asciiOnly) are fixed at creation time, so the regex is
//   resolved once, not on every call.
// - The cache is private to the returned closure — no shared/global state,
//   no cross-caller pollution.
// - `maxCacheSize` bounds memory: once the cache reaches this many entries,
//   it stops accepting new ones (existing entries keep serving hits; new
//   misses just fall through to the regex, uncached). This avoids unbounded
//   growth against adversarial/high-cardinality input (e.g. validating
//   attacker-supplied names with no repeats) without the cost/complexity of
//   a full LRU, and without the perf cliff of reset-and-refill thrashing.
// - Call `.reset()` on the returned function to clear the cache manually
//   (e.g. between unrelated parse calls).
// ---------------------------------------------------------------------------

const PRODUCTIONS = (/* unused pure expression or super */ null && (['name', 'ncName', 'qName', 'nmToken', 'nmTokens']));

/**
 * Returns a memoized boolean validator function for a single production,
 * with opts fixed at creation time.
 *
 * @param {'name'|'ncName'|'qName'|'nmToken'|'nmTokens'} production
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean, maxCacheSize?: number }} [opts]
 *   maxCacheSize: max number of distinct strings to cache (default 2048).
 *   Once reached, new strings are validated but not cached; existing cached
 *   entries keep being served.
 * @returns {((str: string) => boolean) & { reset: () => void }}
 */
const createValidator = (production, { xmlVersion = '1.0', asciiOnly = false, maxCacheSize = 2048 } = {}) => {
  if (!PRODUCTIONS.includes(production)) {
    throw new TypeError(
      `Unknown production "${production}". Must be one of: ${PRODUCTIONS.join(', ')}`
    );
  }

  const regex = getRegexes(xmlVersion, asciiOnly)[production];
  let cache = new Map();

  const validator = (str) => {
    const cached = cache.get(str);
    if (cached !== undefined) return cached;

    const result = regex.test(str);
    if (cache.size < maxCacheSize) cache.set(str, result);
    return result;
  };

  validator.reset = () => { cache = new Map(); };

  return validator;
};

// ---------------------------------------------------------------------------
// Diagnostic validator
// ---------------------------------------------------------------------------

/**
 * Validates a string against a named production and returns a detailed result.
 *
 * @param {string} str
 * @param {'name'|'ncName'|'qName'|'nmToken'|'nmTokens'} production
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 * @returns {{ valid: boolean, production: string, input: string, reason?: string, position?: number }}
 */
const src_validate = (str, production, { xmlVersion = '1.0', asciiOnly = false } = {}) => {
  if (!PRODUCTIONS.includes(production)) {
    throw new TypeError(
      `Unknown production "${production}". Must be one of: ${PRODUCTIONS.join(', ')}`
    );
  }

  const validators = { name: src_name, ncName, qName, nmToken, nmTokens };
  const isValid = validators[production](str, { xmlVersion, asciiOnly });

  if (isValid) return { valid: true, production, input: str };

  let reason = 'Does not match the production rules';
  let position;

  // Diagnostic fallback char checks must mirror the same character set the
  // boolean validator above used, or the reported reason/position could
  // contradict the `valid: false` result (e.g. flagging a char as illegal
  // that the unicode-aware check would have accepted).
  const startCharPattern = asciiOnly ? /^[:A-Za-z_]/ : /^[:A-Za-z_\u00C0-\uFFFD]/;
  const namePattern = asciiOnly ? /[\w\-\\.:]/ : /[\w\-\\.:\u00B7\u00C0-\uFFFD]/;

  if (str.length === 0) {
    reason = 'Input is empty';
  } else if (production === 'ncName' && str.includes(':')) {
    position = str.indexOf(':');
    reason = 'Colon is not allowed in NCName';
  } else if (production === 'qName' && str.startsWith(':')) {
    reason = 'QName cannot start with a colon';
    position = 0;
  } else if (production === 'qName' && str.endsWith(':')) {
    reason = 'QName cannot end with a colon';
    position = str.length - 1;
  } else if (production === 'qName' && (str.match(/:/g) || []).length > 1) {
    reason = 'QName can have at most one colon';
    position = str.lastIndexOf(':');
  } else if (
    ['name', 'ncName', 'qName'].includes(production) &&
    !startCharPattern.test(str[0])
  ) {
    reason = `First character "${str[0]}" is not a valid NameStartChar`;
    position = 0;
  } else {
    for (let i = 0; i < str.length; i++) {
      if (!namePattern.test(str[i])) {
        reason = `Character "${str[i]}" at position ${i} is not a valid NameChar`;
        position = i;
        break;
      }
    }
  }

  return { valid: false, production, input: str, reason, position };
};

// ---------------------------------------------------------------------------
// Batch validator
// ---------------------------------------------------------------------------

/**
 * Validates an array of strings against a named production.
 *
 * @param {string[]} strings
 * @param {'name'|'ncName'|'qName'|'nmToken'|'nmTokens'} production
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 * @returns {Array<{ valid: boolean, production: string, input: string, reason?: string, position?: number }>}
 */
const validateAll = (strings, production, opts = {}) =>
  strings.map(str => src_validate(str, production, opts));

// ---------------------------------------------------------------------------
// Sanitizer
// ---------------------------------------------------------------------------

/**
 * Transforms an invalid string into the nearest valid XML name for the given production.
 *
 * @param {string} str
 * @param {'name'|'ncName'|'qName'|'nmToken'|'nmTokens'} production
 * @param {{ replacement?: string, asciiOnly?: boolean }} [opts]
 *   asciiOnly: also replace any non-ASCII character, not just XML-illegal
 *   ones (default false).
 * @returns {string}
 */
const sanitize = (str, production = 'name', { replacement = '_', asciiOnly = false } = {}) => {
  if (!str) return replacement;

  let result = str;

  // Strip colons for NCName
  if (production === 'ncName') {
    result = result.replace(/:/g, '');
  }

  // Replace illegal characters
  const allowedCharPattern = asciiOnly ? /[^\w\-\.:]/g : /[^\w\-\.:\u00B7\u00C0-\uFFFD]/g;
  result = result.replace(allowedCharPattern, replacement);

  // Fix invalid start character for Name / NCName / QName
  if (production !== 'nmToken' && production !== 'nmTokens') {
    if (/^[\-\.\d]/.test(result)) {
      result = replacement + result;
    }
  }

  return result || replacement;
};
;// CONCATENATED MODULE: ./node_modules/fast-xml-parser/src/xmlparser/DocTypeReader.js


class DocTypeReader {
    constructor(options, xmlVersion) {
        this.suppressValidationErr = !options;
        this.options = options;
        this.xmlVersion = xmlVersion || 1.0;
    }

    setXmlVersion(xmlVersion = 1.0) {
        this.xmlVersion = xmlVersion;
    }
    readDocType(xmlData, i) {
        const entities = Object.create(null);
        let entityCount = 0;

        if (xmlData[i + 3] === 'O' &&
            xmlData[i + 4] === 'C' &&
            xmlData[i + 5] === 'T' &&
            xmlData[i + 6] === 'Y' &&
            xmlData[i + 7] === 'P' &&
            xmlData[i + 8] === 'E') {
            i = i + 9;
            let angleBracketsCount = 1;
            let hasBody = false, comment = false;
            let quoteChar = null; // tracks an open SYSTEM/PUBLIC literal before the '[' body
            let exp = "";
            for (; i < xmlData.length; i++) {
                // Inside a quoted external-identifier literal — XML allows '<'
                // and '>' as plain data here, so they must not be interpreted
                // as DOCTYPE structure until the matching quote closes.
                if (quoteChar !== null) {
                    if (xmlData[i] === quoteChar) quoteChar = null;
                    exp += xmlData[i];
                    continue;
                }
                if (!hasBody && !comment && (xmlData[i] === '"' || xmlData[i] === "'")) {
                    quoteChar = xmlData[i];
                    exp += xmlData[i];
                    continue;
                }

                if (xmlData[i] === '<' && !comment) { //Determine the tag type
                    if (hasBody && hasSeq(xmlData, "!ENTITY", i)) {
                        i += 7;
                        let entityName, val;
                        [entityName, val, i] = this.readEntityExp(xmlData, i + 1, this.suppressValidationErr);
                        if (val.indexOf("&") === -1) { //Parameter entities are not supported
                            if (this.options.enabled !== false &&
                                this.options.maxEntityCount != null &&
                                entityCount >= this.options.maxEntityCount) {
                                throw new Error(
                                    `Entity count (${entityCount + 1}) exceeds maximum allowed (${this.options.maxEntityCount})`
                                );
                            }
                            //const escaped = entityName.replace(/[.\-+*:]/g, '\\.');
                            //const escaped = entityName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
                            entities[entityName] = val;
                            entityCount++;
                        }
                    }
                    else if (hasBody && hasSeq(xmlData, "!ELEMENT", i)) {
                        i += 8;//Not supported
                        const { index } = this.readElementExp(xmlData, i + 1);
                        i = index;
                    } else if (hasBody && hasSeq(xmlData, "!ATTLIST", i)) {
                        i += 8;//Not supported
                        // const {index} = this.readAttlistExp(xmlData,i+1);
                        // i = index;
                    } else if (hasBody && hasSeq(xmlData, "!NOTATION", i)) {
                        i += 9;//Not supported
                        const { index } = this.readNotationExp(xmlData, i + 1, this.suppressValidationErr);
                        i = index;
                    } else if (hasSeq(xmlData, "!--", i)) comment = true;
                    else throw new Error(`Invalid DOCTYPE`);

                    angleBracketsCount++;
                    exp = "";
                } else if (xmlData[i] === '>') { //Read tag content
                    if (comment) {
                        if (xmlData[i - 1] === "-" && xmlData[i - 2] === "-") {
                            comment = false;
                            angleBracketsCount--;
                        }
                    } else {
                        angleBracketsCount--;
                    }
                    if (angleBracketsCount === 0) {
                        break;
                    }
                } else if (xmlData[i] === '[') {
                    hasBody = true;
                } else {
                    exp += xmlData[i];
                }
            }
            if (quoteChar !== null || angleBracketsCount !== 0) {
                throw new Error(`Unclosed DOCTYPE`);
            }
        } else {
            throw new Error(`Invalid Tag instead of DOCTYPE`);
        }
        return { entities, i };
    }
    readEntityExp(xmlData, i) {
        //External entities are not supported
        //    <!ENTITY ext SYSTEM "http://normal-website.com" >

        //Parameter entities are not supported
        //    <!ENTITY entityname "&anotherElement;">

        //Internal entities are supported
        //    <!ENTITY entityname "replacement text">

        // Skip leading whitespace after <!ENTITY
        i = skipWhitespace(xmlData, i);

        // Read entity name
        const startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i]) && xmlData[i] !== '"' && xmlData[i] !== "'") {
            i++;
        }
        let entityName = xmlData.substring(startIndex, i);

        validateEntityName(entityName, { xmlVersion: this.xmlVersion });

        // Skip whitespace after entity name
        i = skipWhitespace(xmlData, i);

        // Check for unsupported constructs (external entities or parameter entities)
        if (!this.suppressValidationErr) {
            if (xmlData.substring(i, i + 6).toUpperCase() === "SYSTEM") {
                throw new Error("External entities are not supported");
            } else if (xmlData[i] === "%") {
                throw new Error("Parameter entities are not supported");
            }
        }

        // Read entity value (internal entity)
        let entityValue = "";
        [i, entityValue] = this.readIdentifierVal(xmlData, i, "entity");

        // Validate entity size
        if (this.options.enabled !== false &&
            this.options.maxEntitySize != null &&
            entityValue.length > this.options.maxEntitySize) {
            throw new Error(
                `Entity "${entityName}" size (${entityValue.length}) exceeds maximum allowed size (${this.options.maxEntitySize})`
            );
        }

        i--;
        return [entityName, entityValue, i];
    }

    readNotationExp(xmlData, i) {
        // Skip leading whitespace after <!NOTATION
        i = skipWhitespace(xmlData, i);

        // Read notation name

        const startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
        }
        let notationName = xmlData.substring(startIndex, i);

        !this.suppressValidationErr && validateEntityName(notationName, { xmlVersion: this.xmlVersion });

        // Skip whitespace after notation name
        i = skipWhitespace(xmlData, i);

        // Check identifier type (SYSTEM or PUBLIC)
        const identifierType = xmlData.substring(i, i + 6).toUpperCase();
        if (!this.suppressValidationErr && identifierType !== "SYSTEM" && identifierType !== "PUBLIC") {
            throw new Error(`Expected SYSTEM or PUBLIC, found "${identifierType}"`);
        }
        i += identifierType.length;

        // Skip whitespace after identifier type
        i = skipWhitespace(xmlData, i);

        // Read public identifier (if PUBLIC)
        let publicIdentifier = null;
        let systemIdentifier = null;

        if (identifierType === "PUBLIC") {
            [i, publicIdentifier] = this.readIdentifierVal(xmlData, i, "publicIdentifier");

            // Skip whitespace after public identifier
            i = skipWhitespace(xmlData, i);

            // Optionally read system identifier
            if (xmlData[i] === '"' || xmlData[i] === "'") {
                [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
            }
        } else if (identifierType === "SYSTEM") {
            // Read system identifier (mandatory for SYSTEM)
            [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");

            if (!this.suppressValidationErr && !systemIdentifier) {
                throw new Error("Missing mandatory system identifier for SYSTEM notation");
            }
        }

        return { notationName, publicIdentifier, systemIdentifier, index: --i };
    }

    readIdentifierVal(xmlData, i, type) {
        let identifierVal = "";
        const startChar = xmlData[i];
        if (startChar !== '"' && startChar !== "'") {
            throw new Error(`Expected quoted string, found "${startChar}"`);
        }
        i++;

        const startIndex = i;
        while (i < xmlData.length && xmlData[i] !== startChar) {
            i++;
        }
        identifierVal = xmlData.substring(startIndex, i);

        if (xmlData[i] !== startChar) {
            throw new Error(`Unterminated ${type} value`);
        }
        i++;
        return [i, identifierVal];
    }

    readElementExp(xmlData, i) {
        // <!ELEMENT br EMPTY>
        // <!ELEMENT div ANY>
        // <!ELEMENT title (#PCDATA)>
        // <!ELEMENT book (title, author+)>
        // <!ELEMENT name (content-model)>

        // Skip leading whitespace after <!ELEMENT
        i = skipWhitespace(xmlData, i);

        // Read element name
        const startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
        }
        let elementName = xmlData.substring(startIndex, i);

        // Validate element name
        if (!this.suppressValidationErr && !qName(elementName, { xmlVersion: this.xmlVersion })) {
            throw new Error(`Invalid element name: "${elementName}"`);
        }

        // Skip whitespace after element name
        i = skipWhitespace(xmlData, i);
        let contentModel = "";
        // Expect '(' to start content model
        if (xmlData[i] === "E" && hasSeq(xmlData, "MPTY", i)) i += 4;
        else if (xmlData[i] === "A" && hasSeq(xmlData, "NY", i)) i += 2;
        else if (xmlData[i] === "(") {
            i++; // Move past '('

            // Read content model
            const startIndex = i;
            while (i < xmlData.length && xmlData[i] !== ")") {
                i++;
            }
            contentModel = xmlData.substring(startIndex, i);

            if (xmlData[i] !== ")") {
                throw new Error("Unterminated content model");
            }

        } else if (!this.suppressValidationErr) {
            throw new Error(`Invalid Element Expression, found "${xmlData[i]}"`);
        }

        return {
            elementName,
            contentModel: contentModel.trim(),
            index: i
        };
    }

    readAttlistExp(xmlData, i) {
        // Skip leading whitespace after <!ATTLIST
        i = skipWhitespace(xmlData, i);

        // Read element name
        let startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
        }
        let elementName = xmlData.substring(startIndex, i);

        // Validate element name
        validateEntityName(elementName, { xmlVersion: this.xmlVersion })

        // Skip whitespace after element name
        i = skipWhitespace(xmlData, i);

        // Read attribute name
        startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
        }
        let attributeName = xmlData.substring(startIndex, i);

        // Validate attribute name
        if (!validateEntityName(attributeName, { xmlVersion: this.xmlVersion })) {
            throw new Error(`Invalid attribute name: "${attributeName}"`);
        }

        // Skip whitespace after attribute name
        i = skipWhitespace(xmlData, i);

        // Read attribute type
        let attributeType = "";
        if (xmlData.substring(i, i + 8).toUpperCase() === "NOTATION") {
            attributeType = "NOTATION";
            i += 8; // Move past "NOTATION"

            // Skip whitespace after "NOTATION"
            i = skipWhitespace(xmlData, i);

            // Expect '(' to start the list of notations
            if (xmlData[i] !== "(") {
                throw new Error(`Expected '(', found "${xmlData[i]}"`);
            }
            i++; // Move past '('

            // Read the list of allowed notations
            let allowedNotations = [];
            while (i < xmlData.length && xmlData[i] !== ")") {


                const startIndex = i;
                while (i < xmlData.length && xmlData[i] !== "|" && xmlData[i] !== ")") {
                    i++;
                }
                let notation = xmlData.substring(startIndex, i);

                // Validate notation name
                notation = notation.trim();
                if (!validateEntityName(notation, { xmlVersion: this.xmlVersion })) {
                    throw new Error(`Invalid notation name: "${notation}"`);
                }

                allowedNotations.push(notation);

                // Skip '|' separator or exit loop
                if (xmlData[i] === "|") {
                    i++; // Move past '|'
                    i = skipWhitespace(xmlData, i); // Skip optional whitespace after '|'
                }
            }

            if (xmlData[i] !== ")") {
                throw new Error("Unterminated list of notations");
            }
            i++; // Move past ')'

            // Store the allowed notations as part of the attribute type
            attributeType += " (" + allowedNotations.join("|") + ")";
        } else {
            // Handle simple types (e.g., CDATA, ID, IDREF, etc.)
            const startIndex = i;
            while (i < xmlData.length && !/\s/.test(xmlData[i])) {
                i++;
            }
            attributeType += xmlData.substring(startIndex, i);

            // Validate simple attribute type
            const validTypes = ["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"];
            if (!this.suppressValidationErr && !validTypes.includes(attributeType.toUpperCase())) {
                throw new Error(`Invalid attribute type: "${attributeType}"`);
            }
        }

        // Skip whitespace after attribute type
        i = skipWhitespace(xmlData, i);

        // Read default value
        let defaultValue = "";
        if (xmlData.substring(i, i + 8).toUpperCase() === "#REQUIRED") {
            defaultValue = "#REQUIRED";
            i += 8;
        } else if (xmlData.substring(i, i + 7).toUpperCase() === "#IMPLIED") {
            defaultValue = "#IMPLIED";
            i += 7;
        } else {
            [i, defaultValue] = this.readIdentifierVal(xmlData, i, "ATTLIST");
        }

        return {
            elementName,
            attributeName,
            attributeType,
            defaultValue,
            index: i
        }
    }
}



const skipWhitespace = (data, index) => {
    while (index < data.length && /\s/.test(data[index])) {
        index++;
    }
    return index;
};



function hasSeq(data, seq, i) {
    for (let j = 0; j < seq.length; j++) {
        if (seq[j] !== data[i + j + 1]) return false;
    }
    return true;
}

function validateEntityName(name, xmlVersion) {
    if (qName(name, { xmlVersion: xmlVersion }))
        return name;
    else
        throw new Error(`Invalid entity name ${name}`);
}
;// CONCATENATED MODULE: ./node_modules/anynum/digitTable.js
/**
 * Flat lookup table: maps Unicode code point → ASCII digit (0-9).
 * Only decimal digit characters (Unicode category Nd) are included.
 *
 * Strategy: Int32Array of size (maxCodePoint - minCodePoint + 1).
 * Value 0xFF means "not a digit". Value 0-9 is the ASCII digit value.
 * This gives O(1) lookup with no branching, no bisect, no loop.
 *
 * Memory: range is 0x0660 to 0x1FBF0 → ~129,936 entries × 1 byte = ~127 KB.
 * Acceptable for a one-time init; lookup is a single array index.
 */

// All known Unicode Nd (decimal digit) script zero code points.
// Each script has exactly 10 consecutive digits: zero+0 .. zero+9.
const SCRIPT_ZEROS = [
  // Basic Latin (ASCII) — included for completeness / pass-through
  0x0030, // 0-9

  // Arabic scripts
  0x0660, // Arabic-Indic ٠١٢٣٤٥٦٧٨٩
  0x06F0, // Extended Arabic-Indic (Urdu/Persian/Sindhi) ۰۱۲۳

  // Indic scripts
  0x0966, // Devanagari ०१२३४५६७८९
  0x09E6, // Bengali ০১২৩৪৫৬৭৮৯
  0x0A66, // Gurmukhi ੦੧੨੩੪੫੬੭੮੯
  0x0AE6, // Gujarati ૦૧૨૩૪૫૬૭૮૯
  0x0B66, // Odia ୦୧୨୩୪୫୬୭୮୯
  0x0BE6, // Tamil ௦௧௨௩௪௫௬௭௮௯
  0x0C66, // Telugu ౦౧౨౩౪౫౬౭౮౯
  0x0CE6, // Kannada ೦೧೨೩೪೫೬೭೮೯
  0x0D66, // Malayalam ൦൧൨൩൪൫൬൭൮൯
  0x0DE6, // Sinhala Archaic ෦෧෨෩෪෫෬෭෮෯

  // Southeast Asian scripts
  0x0E50, // Thai ๐๑๒๓๔๕๖๗๘๙
  0x0ED0, // Lao ໐໑໒໓໔໕໖໗໘໙
  0x0F20, // Tibetan ༠༡༢༣༤༥༦༧༨༩
  0x1040, // Myanmar ၀၁၂၃၄၅၆၇၈၉
  0x1090, // Myanmar Shan ႐႑႒႓႔႕႖႗႘႙
  0x17E0, // Khmer ០១២៣៤៥៦៧៨៩
  0x1810, // Mongolian ᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙
  0x1946, // Limbu ᥆᥇᥈᥉᥊᥋᥌᥍᥎᥏
  0x19D0, // New Tai Lue ᧐᧑᧒᧓᧔᧕᧖᧗᧘᧙
  0x1A80, // Tai Tham Hora ᪀᪁᪂᪃᪄᪅᪆᪇᪈᪉
  0x1A90, // Tai Tham Tham ᪐᪑᪒᪓᪔᪕᪖᪗᪘᪙
  0x1B50, // Balinese ᭐᭑᭒᭓᭔᭕᭖᭗᭘᭙
  0x1BB0, // Sundanese ᮰᮱᮲᮳᮴᮵᮶᮷᮸᮹
  0x1C40, // Lepcha ᱀᱁᱂᱃᱄᱅᱆᱇᱈᱉
  0x1C50, // Ol Chiki ᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙

  // Fullwidth (CJK context)
  0xFF10, // Fullwidth ０１２３４５６７８９

  // Mathematical digit variants (Unicode math block)
  0x1D7CE, // Mathematical Bold
  0x1D7D8, // Mathematical Double-Struck
  0x1D7E2, // Mathematical Sans-Serif
  0x1D7EC, // Mathematical Sans-Serif Bold
  0x1D7F6, // Mathematical Monospace

  // Other scripts
  0x104A0, // Osmanya 𐒠𐒡𐒢𐒣𐒤𐒥𐒦𐒧𐒨𐒩
  0x10D30, // Hanifi Rohingya 𐴰𐴱𐴲𐴳𐴴𐴵𐴶𐴷𐴸𐴹
  0x11066, // Brahmi 𑁦𑁧𑁨𑁩𑁪𑁫𑁬𑁭𑁮𑁯
  0x110F0, // Sora Sompeng 𑃰𑃱𑃲𑃳𑃴𑃵𑃶𑃷𑃸𑃹
  0x11136, // Chakma 𑄶𑄷𑄸𑄹𑄺𑄻𑄼𑄽𑄾𑄿
  0x111D0, // Sharada 𑇐𑇑𑇒𑇓𑇔𑇕𑇖𑇗𑇘𑇙
  0x112F0, // Khudawadi 𑋰𑋱𑋲𑋳𑋴𑋵𑋶𑋷𑋸𑋹
  0x11450, // Newa 𑑐𑑑𑑒𑑓𑑔𑑕𑑖𑑗𑑘𑑙
  0x114D0, // Tirhuta 𑓐𑓑𑓒𑓓𑓔𑓕𑓖𑓗𑓘𑓙
  0x11650, // Modi 𑙐𑙑𑙒𑙓𑙔𑙕𑙖𑙗𑙘𑙙
  0x116C0, // Takri 𑛀𑛁𑛂𑛃𑛄𑛅𑛆𑛇𑛈𑛉
  0x11730, // Ahom 𑜰𑜱𑜲𑜳𑜴𑜵𑜶𑜷𑜸𑜹
  0x118E0, // Warang Citi 𑣠𑣡𑣢𑣣𑣤𑣥𑣦𑣧𑣨𑣩
  0x11950, // Dives Akuru 𑥐𑥑𑥒𑥓𑥔𑥕𑥖𑥗𑥘𑥙
  0x11BF0, // Khitan Small Script 𑯰𑯱𑯲𑯳𑯴𑯵𑯶𑯷𑯸𑯹
  0x11C50, // Bhaiksuki 𑱐𑱑𑱒𑱓𑱔𑱕𑱖𑱗𑱘𑱙
  0x11D50, // Masaram Gondi 𑵐𑵑𑵒𑵓𑵔𑵕𑵖𑵗𑵘𑵙
  0x11DA0, // Gunjala Gondi 𑶠𑶡𑶢𑶣𑶤𑶥𑶦𑶧𑶨𑶩
  0x11F50, // Kawi 𑽐𑽑𑽒𑽓𑽔𑽕𑽖𑽗𑽘𑽙
  0x16A60, // Mro 𖩠𖩡𖩢𖩣𖩤𖩥𖩦𖩧𖩨𖩩
  0x16AC0, // Tangsa 𖫀𖫁𖫂𖫃𖫄𖫅𖫆𖫇𖫈𖫉
  0x16B50, // Pahawh Hmong 𖭐𖭑𖭒𖭓𖭔𖭕𖭖𖭗𖭘𖭙
  0x1E140, // Nyiakeng Puachue Hmong 𞅀𞅁𞅂𞅃𞅄𞅅𞅆𞅇𞅈𞅉
  0x1E2F0, // Wancho 𞋰𞋱𞋲𞋳𞋴𞋵𞋶𞋷𞋸𞋹
  0x1E4F0, // Nag Mundari 𞓰𞓱𞓲𞓳𞓴𞓵𞓶𞓷𞓸𞓹
  0x1E950, // Adlam 𞥐𞥑𞥒𞥓𞥔𞥕𞥖𞥗𞥘𞥙
  0x1FBF0, // Segmented digit symbols 🯰🯱🯲🯳🯴🯵🯶🯷🯸🯹
];

// Build a sparse Map for scripts above 0xFFFF (surrogate-pair range).
// These can't go into a flat Uint8Array indexed by code point efficiently.
const NOT_DIGIT = 0xFF;
const HIGH_MAP = new Map(); // codePoint → digit value (0-9)

const LOW_MAX = 0xFFFF;
const LOW_MIN = 0x0660; // first non-ASCII digit script

// Flat Uint8Array covering 0x0660 .. 0xFFFF
const TABLE_OFFSET = LOW_MIN;
const TABLE_SIZE = LOW_MAX - LOW_MIN + 1;
const TABLE = new Uint8Array(TABLE_SIZE).fill(NOT_DIGIT);

for (const zero of SCRIPT_ZEROS) {
  for (let d = 0; d < 10; d++) {
    const cp = zero + d;
    if (cp <= LOW_MAX) {
      TABLE[cp - TABLE_OFFSET] = d;
    } else {
      HIGH_MAP.set(cp, d);
    }
  }
}



;// CONCATENATED MODULE: ./node_modules/anynum/anynum.js




const CHAR_0 = 48; // '0'.charCodeAt(0)
const CHAR_9 = 57; // '9'.charCodeAt(0)
const CHAR_MINUS = 45; // '-'.charCodeAt(0)

// Unicode minus/hyphen variants worth normalizing to ASCII '-' in numeric context:
//   U+2212  MINUS SIGN       − (mathematically correct minus)
//   U+FF0D  FULLWIDTH HYPHEN-MINUS  － (Japanese fullwidth context)
//   U+FE63  SMALL HYPHEN-MINUS     ﹣ (small form variant)
//
// NOT normalized (deliberate):
//   U+2013  EN DASH  –  (punctuation, not a numeric sign)
//   U+2014  EM DASH  —  (punctuation)
//   U+2010  HYPHEN   ‐  (typographic hyphen)
//
// Rationale: only characters a human or locale formatter would plausibly use
// as a numeric minus sign are normalized. Dashes used for punctuation are left
// alone to avoid mangling non-numeric strings.
const MINUS_SET = new Set([0x2212, 0xFF0D, 0xFE63]);

/**
 * Normalize all Unicode decimal digit characters in a string to ASCII (0-9),
 * and normalize Unicode minus variants to ASCII '-' (U+002D).
 *
 * Non-digit, non-minus characters are passed through unchanged.
 *
 * Performance design:
 * - Fast path: if the string has no convertible characters, return it unchanged
 *   (zero allocation).
 * - BMP digits (0x0660..0xFFFF excl. surrogates): flat Uint8Array lookup (O(1)).
 * - Supplementary plane digits (> 0xFFFF, encoded as surrogate pairs): Map lookup.
 * - Minus variants: checked inline with a small fixed Set.
 *
 * @param {string} str
 * @returns {string}
 */
function anynum(str) {
  if (typeof str !== 'string') return str;

  const len = str.length;
  if (len === 0) return str;

  // Scan for first character needing conversion.
  // If none found, return original string (zero allocation).
  let firstHit = -1;

  for (let i = 0; i < len; i++) {
    const cc = str.charCodeAt(i);

    // ASCII digit or ASCII minus — already normalized, skip fast
    if ((cc >= CHAR_0 && cc <= CHAR_9) || cc === CHAR_MINUS) continue;

    // Below first unicode digit script — check minus variants only
    if (cc < TABLE_OFFSET) {
      if (MINUS_SET.has(cc)) { firstHit = i; break; }
      continue;
    }

    // Surrogate pairs live in BMP range 0xD800-0xDFFF — check before TABLE
    if (cc >= 0xD800 && cc <= 0xDBFF) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          const cp = 0x10000 + ((cc - 0xD800) << 10) + (low - 0xDC00);
          if (HIGH_MAP.has(cp)) { firstHit = i; break; }
        }
      }
      continue;
    }

    // BMP non-surrogate: flat table lookup; also check minus variants in this range
    if (TABLE[cc - TABLE_OFFSET] !== NOT_DIGIT || MINUS_SET.has(cc)) {
      firstHit = i;
      break;
    }
  }

  // Nothing to replace — return original, zero allocation
  if (firstHit === -1) return str;

  // Build result: copy unchanged prefix, then convert from firstHit onward
  const chars = [];

  if (firstHit > 0) chars.push(str.slice(0, firstHit));

  for (let i = firstHit; i < len; i++) {
    const cc = str.charCodeAt(i);

    // ASCII digit or ASCII minus — pass through
    if ((cc >= CHAR_0 && cc <= CHAR_9) || cc === CHAR_MINUS) {
      chars.push(str[i]);
      continue;
    }

    // Below TABLE_OFFSET — check minus variants, else pass through
    if (cc < TABLE_OFFSET) {
      chars.push(MINUS_SET.has(cc) ? '-' : str[i]);
      continue;
    }

    // Surrogate pairs
    if (cc >= 0xD800 && cc <= 0xDBFF) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          const cp = 0x10000 + ((cc - 0xD800) << 10) + (low - 0xDC00);
          const d = HIGH_MAP.get(cp);
          if (d !== undefined) {
            chars.push(String.fromCharCode(d + 48));
            i++; // consume low surrogate
            continue;
          }
        }
      }
      chars.push(str[i]);
      continue;
    }

    // BMP non-surrogate: flat table lookup + minus variants
    if (MINUS_SET.has(cc)) {
      chars.push('-');
      continue;
    }
    const d = TABLE[cc - TABLE_OFFSET];
    chars.push(d !== NOT_DIGIT ? String.fromCharCode(d + 48) : str[i]);
  }

  return chars.join('');
}


/* harmony default export */ const anynum_anynum = (anynum);
;// CONCATENATED MODULE: ./node_modules/strnum/strnum.js
const hexRegex = /^[-+]?0x[a-fA-F0-9]+$/;
const binRegex = /^0b[01]+$/;
const octRegex = /^0o[0-7]+$/;
const numRegex = /^([\-\+])?(0*)([0-9]*(\.[0-9]*)?)$/;



const consider = {
    hex: true,
    binary: false,
    octal: false,
    leadingZeros: true,
    decimalPoint: "\.",
    eNotation: true,
    //skipLike: /regex/,
    infinity: "original", // "null", "infinity" (Infinity type), "string" ("Infinity" (the string literal))
    unicode: false,
};

function strnum_toNumber(str, options = {}) {
    options = Object.assign({}, consider, options);
    if (!str || typeof str !== "string") return str;

    let trimmedStr = str.trim();

    if (trimmedStr.length === 0) return str;
    else if (options.skipLike !== undefined && options.skipLike.test(trimmedStr)) return str;
    else if (trimmedStr === "0") return 0;

    if (options.unicode) {
        trimmedStr = anynum_anynum(trimmedStr);
        if (trimmedStr === "0") return 0; // re-check after normalization
    }
    if (options.hex && hexRegex.test(trimmedStr)) {
        return parse_int(trimmedStr, 16);
    } else if (options.binary && binRegex.test(trimmedStr)) {
        return parse_int(trimmedStr, 2);
    } else if (options.octal && octRegex.test(trimmedStr)) {
        return parse_int(trimmedStr, 8);
    } else if (!isFinite(trimmedStr)) { //Infinity or not a number
        const num = Number(trimmedStr);
        if (Number.isNaN(num)) return str; //not a number: always the original string
        return handleInfinity(str, num, options); //only +/-Infinity reaches here
    } else if (trimmedStr.includes('e') || trimmedStr.includes('E')) { //eNotation
        return resolveEnotation(str, trimmedStr, options);
    } else {
        //separate negative sign, leading zeros, and rest number
        const match = numRegex.exec(trimmedStr);
        // +00.123 => [ , '+', '00', '.123', ..
        if (match) {
            const sign = match[1] || "";
            const leadingZeros = match[2];
            let numTrimmedByZeros = trimZeros(match[3]); //complete num without leading zeros
            const decimalAdjacentToLeadingZeros = sign ? // 0., -00., 000.
                trimmedStr[leadingZeros.length + 1] === "."
                : trimmedStr[leadingZeros.length] === ".";

            //trim ending zeros for floating number
            if (!options.leadingZeros //leading zeros are not allowed
                && (leadingZeros.length > 1
                    || (leadingZeros.length === 1 && !decimalAdjacentToLeadingZeros))) {
                // 00, 00.3, +03.24, 03, 03.24
                return str;
            }
            else {//no leading zeros or leading zeros are allowed
                const num = Number(trimmedStr);
                const parsedStr = String(num);

                if (num === 0) return num;
                if (parsedStr.search(/[eE]/) !== -1) { //given number is long and parsed to eNotation
                    if (options.eNotation) return num;
                    else return str;
                } else if (trimmedStr.indexOf(".") !== -1) { //floating number
                    if (parsedStr === "0") return num; //0.0
                    else if (parsedStr === numTrimmedByZeros) return num; //0.456. 0.79000
                    else if (parsedStr === `${sign}${numTrimmedByZeros}`) return num;
                    else return str;
                }

                let n = leadingZeros ? numTrimmedByZeros : trimmedStr;
                if (leadingZeros) {
                    // -009 => -9
                    return (n === parsedStr) || (sign + n === parsedStr) ? num : str
                } else {
                    // +9
                    return (n === parsedStr) || (n === sign + parsedStr) ? num : str
                }
            }
        } else { //non-numeric string
            return str;
        }
    }
}

const eNotationRegx = /^([-+])?(0*)(\d*(\.\d*)?[eE][-\+]?\d+)$/;
function resolveEnotation(str, trimmedStr, options) {
    if (!options.eNotation) return str;
    const notation = trimmedStr.match(eNotationRegx);
    if (notation) {
        let sign = notation[1] || "";
        const eChar = notation[3].indexOf("e") === -1 ? "E" : "e";
        const leadingZeros = notation[2];
        const eAdjacentToLeadingZeros = sign ? // 0E.
            trimmedStr[leadingZeros.length + 1] === eChar
            : trimmedStr[leadingZeros.length] === eChar;

        if (leadingZeros.length > 1 && eAdjacentToLeadingZeros) return str;
        else if (leadingZeros.length === 1
            && (notation[3].startsWith(`.${eChar}`) || notation[3][0] === eChar)) {
            return Number(trimmedStr);
        } else if (leadingZeros.length > 0) {
            // Has leading zeros — only accept if leadingZeros option allows it
            if (options.leadingZeros && !eAdjacentToLeadingZeros) {
                return Number(trimmedStr); // Number() accepts leading zeros; stripping can leave a mantissa-less ".e0"
            } else return str;
        } else {
            // No leading zeros — always valid e-notation, parse it
            return Number(trimmedStr);
        }
    } else {
        return str;
    }
}

/**
 * 
 * @param {string} numStr without leading zeros
 * @returns 
 */
function trimZeros(numStr) {
    if (numStr && numStr.indexOf(".") !== -1) {//float
        //remove ending zeros without the O(n^2) backtracking that /0+$/ hits
        //when the string doesn't end in 0 but has a long internal zero-run
        let end = numStr.length;
        while (end > 0 && numStr.charCodeAt(end - 1) === 48 /* '0' */) end--;
        numStr = numStr.slice(0, end);
        if (numStr === ".") numStr = "0";
        else if (numStr[0] === ".") numStr = "0" + numStr;
        else if (numStr[numStr.length - 1] === ".") numStr = numStr.substring(0, numStr.length - 1);
        return numStr;
    }
    return numStr;
}

function parse_int(numStr, base) {
    const str = numStr.trim();
    if (base === 2 || base === 8) numStr = str.substring(2);

    if (parseInt) return parseInt(numStr, base);
    else if (Number.parseInt) return Number.parseInt(numStr, base);
    else if (window && window.parseInt) return window.parseInt(numStr, base);
    else throw new Error("parseInt, Number.parseInt, window.parseInt are not supported");
}

/**
 * Handle infinite values based on user option
 * @param {string} str - original input string
 * @param {number} num - parsed number (Infinity or -Infinity)
 * @param {object} options - user options
 * @returns {string|number|null} based on infinity option
 */
function handleInfinity(str, num, options) {
    const isPositive = num === Infinity;

    switch (options.infinity.toLowerCase()) {
        case "null":
            return null;
        case "infinity":
            return num; // Return Infinity or -Infinity
        case "string":
            return isPositive ? "Infinity" : "-Infinity";
        case "original":
        default:
            return str; // Return original string like "1e1000"
    }
}

;// CONCATENATED MODULE: ./node_modules/fast-xml-parser/src/ignoreAttributes.js
function getIgnoreAttributesFn(ignoreAttributes) {
    if (typeof ignoreAttributes === 'function') {
        return ignoreAttributes
    }
    if (Array.isArray(ignoreAttributes)) {
        return (attrName) => {
            for (const pattern of ignoreAttributes) {
                if (typeof pattern === 'string' && attrName === pattern) {
                    return true
                }
                if (pattern instanceof RegExp && pattern.test(attrName)) {
                    return true
                }
            }
        }
    }
    return () => false
}
;// CONCATENATED MODULE: ./node_modules/path-expression-matcher/src/Matcher.js


/**
 * MatcherView - A lightweight read-only view over a Matcher's internal state.
 *
 * Created once by Matcher and reused across all callbacks. Holds a direct
 * reference to the parent Matcher so it always reflects current parser state
 * with zero copying or freezing overhead.
 *
 * Users receive this via {@link Matcher#readOnly} or directly from parser
 * callbacks. It exposes all query and matching methods but has no mutation
 * methods — misuse is caught at the TypeScript level rather than at runtime.
 *
 * @example
 * const matcher = new Matcher();
 * const view = matcher.readOnly();
 *
 * matcher.push("root", {});
 * view.getCurrentTag(); // "root"
 * view.getDepth();      // 1
 */
class MatcherView {
  /**
   * @param {Matcher} matcher - The parent Matcher instance to read from.
   */
  constructor(matcher) {
    this._matcher = matcher;
  }

  /**
   * Get the path separator used by the parent matcher.
   * @returns {string}
   */
  get separator() {
    return this._matcher.separator;
  }

  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].tag : undefined;
  }

  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].namespace : undefined;
  }

  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return undefined;
    return path[path.length - 1].values?.[attrName];
  }

  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return false;
    const current = path[path.length - 1];
    return current.values !== undefined && attrName in current.values;
  }

  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {*}
   */
  getAnyParentAttr(attrName) {
    return this._matcher.getAnyParentAttr(attrName);
  }

  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    return this._matcher.hasAnyParentAttr(attrName);
  }

  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].position ?? 0;
  }

  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].counter ?? 0;
  }

  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }

  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this._matcher.path.length;
  }

  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    return this._matcher.toString(separator, includeNamespace);
  }

  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this._matcher.path.map(n => n.tag);
  }

  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    return this._matcher.matches(expression);
  }

  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this._matcher);
  }
}

/**
 * Matcher - Tracks current path in XML/JSON tree and matches against Expressions.
 *
 * The matcher maintains a stack of nodes representing the current path from root to
 * current tag. It only stores attribute values for the current (top) node to minimize
 * memory usage. Sibling tracking is used to auto-calculate position and counter.
 *
 * Use {@link Matcher#readOnly} to obtain a {@link MatcherView} safe to pass to
 * user callbacks — it always reflects current state with no Proxy overhead.
 *
 * @example
 * const matcher = new Matcher();
 * matcher.push("root", {});
 * matcher.push("users", {});
 * matcher.push("user", { id: "123", type: "admin" });
 *
 * const expr = new Expression("root.users.user");
 * matcher.matches(expr); // true
 */
class Matcher {
  /**
   * Create a new Matcher.
   * @param {Object} [options={}]
   * @param {string} [options.separator='.'] - Default path separator
   */
  constructor(options = {}) {
    this.separator = options.separator || '.';
    this.path = [];
    this.siblingStacks = [];
    // Each path node: { tag, values, position, counter, namespace? }
    // values only present for current (last) node
    // Each siblingStacks entry: Map<tagName, count> tracking occurrences at each level
    this._pathStringCache = null;
    this._view = new MatcherView(this);

    // Kept-attribute stack: only populated when push() is called with options.keep.
    this._keptAttrs = [];
  }

  /**
   * Push a new tag onto the path.
   * @param {string} tagName
   * @param {Object|null} [attrValues=null]
   * @param {string|null} [namespace=null]
   * @param {Object|null} [options=null]
   * @param {string[]} [options.keep] - Names of attributes (from attrValues)
   */
  push(tagName, attrValues = null, namespace = null, options = null) {
    this._pathStringCache = null;

    // Remove values from previous current node (now becoming ancestor)
    if (this.path.length > 0) {
      this.path[this.path.length - 1].values = undefined;
    }

    // Get or create sibling tracking for current level
    const currentLevel = this.path.length;
    let level = this.siblingStacks[currentLevel];
    if (!level) {
      // `counts` tells same-name siblings apart (the "counter" — nth <item>
      // among other <item>s). `total` is every child seen at this level so
      // far, kept as a running number instead of re-added from `counts` on
      // every push — a parent with many differently-named children would
      // otherwise cost more per child the more distinct names it has.
      level = { counts: new Map(), total: 0 };
      this.siblingStacks[currentLevel] = level;
    }

    // Create a unique key for sibling tracking that includes namespace
    const siblingKey = namespace ? `${namespace}:${tagName}` : tagName;

    // Calculate counter (how many times this tag appeared at this level)
    const counter = level.counts.get(siblingKey) || 0;

    // Position = total children at this level seen before this one.
    const position = level.total;

    // Update sibling count for this tag, and the level's running total.
    level.counts.set(siblingKey, counter + 1);
    level.total++;

    // Create new node
    const node = {
      tag: tagName,
      position: position,
      counter: counter
    };

    if (namespace !== null && namespace !== undefined) {
      node.namespace = namespace;
    }

    if (attrValues !== null && attrValues !== undefined) {
      node.values = attrValues;
    }

    this.path.push(node);

    // Depth of the node we just pushed (1-based, matches this.path.length)
    const depth = this.path.length;

    // Copy only the requested attributes into the kept-attrs stack. This is
    // the one part of push() whose cost scales with input (O(keep.length))
    // rather than being O(1) — by design, since the caller is explicitly
    // opting in for specific attribute names. No options/keep => zero added
    // cost beyond the two property reads below.
    const keep = options !== null ? options.keep : null;
    if (keep !== null && keep !== undefined && keep.length > 0 && attrValues) {
      for (let i = 0; i < keep.length; i++) {
        const name = keep[i];
        if (attrValues[name] !== undefined) {
          this._keptAttrs.push({ depth, name, value: attrValues[name] });
        }
      }
    }
  }

  /**
   * Pop the last tag from the path.
   * @returns {Object|undefined} The popped node
   */
  pop() {
    if (this.path.length === 0) return undefined;
    this._pathStringCache = null;

    const node = this.path.pop();

    if (this.siblingStacks.length > this.path.length + 1) {
      this.siblingStacks.length = this.path.length + 1;
    }

    // Drop any kept attributes that belonged to the popped node (or deeper).
    // _keptAttrs is depth-ordered (push only ever appends increasing depths),
    // so this is a backward scan that stops at the first surviving entry —
    // typically O(1) since kept attrs are rare by design.
    const poppedDepth = this.path.length + 1;
    while (
      this._keptAttrs.length > 0 &&
      this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth
    ) {
      this._keptAttrs.pop();
    }

    return node;
  }

  /**
   * Update current node's attribute values.
   * Useful when attributes are parsed after push.
   * @param {Object} attrValues
   */
  updateCurrent(attrValues) {
    if (this.path.length > 0) {
      const current = this.path[this.path.length - 1];
      if (attrValues !== null && attrValues !== undefined) {
        current.values = attrValues;
      }
    }
  }

  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    return this.path.length > 0 ? this.path[this.path.length - 1].tag : undefined;
  }

  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    return this.path.length > 0 ? this.path[this.path.length - 1].namespace : undefined;
  }

  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    if (this.path.length === 0) return undefined;
    return this.path[this.path.length - 1].values?.[attrName];
  }

  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    if (this.path.length === 0) return false;
    const current = this.path[this.path.length - 1];
    return current.values !== undefined && attrName in current.values;
  }

  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * Unlike getAttrValue(), this works regardless of how deep the path has
   * gone since the attribute was pushed — but only for attribute names that
   * were explicitly marked with `keep` at push time. Cost is proportional to
   * the number of currently-kept attributes (typically 0-3), not path depth.
   * @param {string} attrName
   * @returns {*} the value, or undefined if no ancestor kept this attribute
   */
  getAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return kept[i].value;
    }
    return undefined;
  }

  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return true;
    }
    return false;
  }

  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].position ?? 0;
  }

  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].counter ?? 0;
  }

  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }

  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this.path.length;
  }

  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    const sep = separator || this.separator;
    const isDefault = (sep === this.separator && includeNamespace === true);

    if (isDefault) {
      if (this._pathStringCache !== null) {
        return this._pathStringCache;
      }
      const result = this.path.map(n =>
        (n.namespace) ? `${n.namespace}:${n.tag}` : n.tag
      ).join(sep);
      this._pathStringCache = result;
      return result;
    }

    return this.path.map(n =>
      (includeNamespace && n.namespace) ? `${n.namespace}:${n.tag}` : n.tag
    ).join(sep);
  }

  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this.path.map(n => n.tag);
  }

  /**
   * Reset the path to empty.
   */
  reset() {
    this._pathStringCache = null;
    this.path = [];
    this.siblingStacks = [];
    this._keptAttrs = [];
  }

  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    const segments = expression.segments;

    if (segments.length === 0) {
      return false;
    }

    if (expression.hasDeepWildcard()) {
      return this._matchWithDeepWildcard(segments);
    }

    return this._matchSimple(segments);
  }

  /**
   * @private
   */
  _matchSimple(segments) {
    if (this.path.length !== segments.length) {
      return false;
    }

    for (let i = 0; i < segments.length; i++) {
      if (!this._matchSegment(segments[i], this.path[i], i === this.path.length - 1)) {
        return false;
      }
    }

    return true;
  }

  /**
   * @private
   */
  _matchWithDeepWildcard(segments) {
    let pathIdx = this.path.length - 1;
    let segIdx = segments.length - 1;

    while (segIdx >= 0 && pathIdx >= 0) {
      const segment = segments[segIdx];

      if (segment.type === 'deep-wildcard') {
        segIdx--;

        if (segIdx < 0) {
          return true;
        }

        const nextSeg = segments[segIdx];
        let found = false;

        for (let i = pathIdx; i >= 0; i--) {
          if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
            pathIdx = i - 1;
            segIdx--;
            found = true;
            break;
          }
        }

        if (!found) {
          return false;
        }
      } else {
        if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1)) {
          return false;
        }
        pathIdx--;
        segIdx--;
      }
    }

    return segIdx < 0;
  }

  /**
   * @private
   */
  _matchSegment(segment, node, isCurrentNode) {
    if (segment.tag !== '*' && segment.tag !== node.tag) {
      return false;
    }

    if (segment.namespace !== undefined) {
      if (segment.namespace !== '*' && segment.namespace !== node.namespace) {
        return false;
      }
    }

    if (segment.attrName !== undefined) {
      if (!isCurrentNode) {
        return false;
      }

      if (!node.values || !(segment.attrName in node.values)) {
        return false;
      }

      if (segment.attrValue !== undefined) {
        if (String(node.values[segment.attrName]) !== String(segment.attrValue)) {
          return false;
        }
      }
    }

    if (segment.position !== undefined) {
      if (!isCurrentNode) {
        return false;
      }

      const counter = node.counter ?? 0;

      if (segment.position === 'first' && counter !== 0) {
        return false;
      } else if (segment.position === 'odd' && counter % 2 !== 1) {
        return false;
      } else if (segment.position === 'even' && counter % 2 !== 0) {
        return false;
      } else if (segment.position === 'nth' && counter !== segment.positionValue) {
        return false;
      }
    }

    return true;
  }

  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this);
  }

  /**
   * Create a snapshot of current state.
   * @returns {Object}
   */
  snapshot() {
    return {
      path: this.path.map(node => ({ ...node })),
      siblingStacks: this.siblingStacks.map(level => level ? { counts: new Map(level.counts), total: level.total } : level),
      keptAttrs: this._keptAttrs.map(entry => ({ ...entry }))
    };
  }

  /**
   * Restore state from snapshot.
   * @param {Object} snapshot
   */
  restore(snapshot) {
    this._pathStringCache = null;
    this.path = snapshot.path.map(node => ({ ...node }));
    this.siblingStacks = snapshot.siblingStacks.map(level => level ? { counts: new Map(level.counts), total: level.total } : level);
    this._keptAttrs = (snapshot.keptAttrs || []).map(entry => ({ ...entry }));
  }

  /**
   * Return the read-only {@link MatcherView} for this matcher.
   *
   * The same instance is returned on every call — no allocation occurs.
   * It always reflects the current parser state and is safe to pass to
   * user callbacks without risk of accidental mutation.
   *
   * @returns {MatcherView}
   *
   * @example
   * const view = matcher.readOnly();
   * // pass view to callbacks — it stays in sync automatically
   * view.matches(expr);       // ✓
   * view.getCurrentTag();     // ✓
   * // view.push(...)         // ✗ method does not exist — caught by TypeScript
   */
  readOnly() {
    return this._view;
  }
}

;// CONCATENATED MODULE: ./node_modules/path-expression-matcher/src/Expression.js
/**
 * Expression - Parses and stores a tag pattern expression
 * 
 * Patterns are parsed once and stored in an optimized structure for fast matching.
 * 
 * @example
 * const expr = new Expression("root.users.user");
 * const expr2 = new Expression("..user[id]:first");
 * const expr3 = new Expression("root/users/user", { separator: '/' });
 */
class Expression {
  /**
   * Create a new Expression
   * @param {string} pattern - Pattern string (e.g., "root.users.user", "..user[id]")
   * @param {Object} options - Configuration options
   * @param {string} options.separator - Path separator (default: '.')
   */
  constructor(pattern, options = {}, data) {
    this.pattern = pattern;
    this.separator = options.separator || '.';
    this.segments = this._parse(pattern);
    this.data = data;
    // Cache expensive checks for performance (O(1) instead of O(n))
    this._hasDeepWildcard = this.segments.some(seg => seg.type === 'deep-wildcard');
    this._hasAttributeCondition = this.segments.some(seg => seg.attrName !== undefined);
    this._hasPositionSelector = this.segments.some(seg => seg.position !== undefined);
  }

  /**
   * Parse pattern string into segments
   * @private
   * @param {string} pattern - Pattern to parse
   * @returns {Array} Array of segment objects
   */
  _parse(pattern) {
    const segments = [];

    // Split by separator but handle ".." specially
    let i = 0;
    let currentPart = '';

    while (i < pattern.length) {
      if (pattern[i] === this.separator) {
        // Check if next char is also separator (deep wildcard)
        if (i + 1 < pattern.length && pattern[i + 1] === this.separator) {
          // Flush current part if any
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
            currentPart = '';
          }
          // Add deep wildcard
          segments.push({ type: 'deep-wildcard' });
          i += 2; // Skip both separators
        } else {
          // Regular separator
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
          }
          currentPart = '';
          i++;
        }
      } else {
        currentPart += pattern[i];
        i++;
      }
    }

    // Flush remaining part
    if (currentPart.trim()) {
      segments.push(this._parseSegment(currentPart.trim()));
    }

    return segments;
  }

  /**
   * Parse a single segment
   * @private
   * @param {string} part - Segment string (e.g., "user", "ns::user", "user[id]", "ns::user:first")
   * @returns {Object} Segment object
   */
  _parseSegment(part) {
    const segment = { type: 'tag' };

    // NEW NAMESPACE SYNTAX (v2.0):
    // ============================
    // Namespace uses DOUBLE colon (::)
    // Position uses SINGLE colon (:)
    // 
    // Examples:
    //   "user"              → tag
    //   "user:first"        → tag + position
    //   "user[id]"          → tag + attribute
    //   "user[id]:first"    → tag + attribute + position
    //   "ns::user"          → namespace + tag
    //   "ns::user:first"    → namespace + tag + position
    //   "ns::user[id]"      → namespace + tag + attribute
    //   "ns::user[id]:first" → namespace + tag + attribute + position
    //   "ns::first"         → namespace + tag named "first" (NO ambiguity!)
    //
    // This eliminates all ambiguity:
    //   :: = namespace separator
    //   :  = position selector
    //   [] = attributes

    // Step 1: Extract brackets [attr] or [attr=value]
    let bracketContent = null;
    let withoutBrackets = part;

    const bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
    if (bracketMatch) {
      withoutBrackets = bracketMatch[1] + bracketMatch[3];
      if (bracketMatch[2]) {
        const content = bracketMatch[2].slice(1, -1);
        if (content) {
          bracketContent = content;
        }
      }
    }

    // Step 2: Check for namespace (double colon ::)
    let namespace = undefined;
    let tagAndPosition = withoutBrackets;

    if (withoutBrackets.includes('::')) {
      const nsIndex = withoutBrackets.indexOf('::');
      namespace = withoutBrackets.substring(0, nsIndex).trim();
      tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim(); // Skip ::

      if (!namespace) {
        throw new Error(`Invalid namespace in pattern: ${part}`);
      }
    }

    // Step 3: Parse tag and position (single colon :)
    let tag = undefined;
    let positionMatch = null;

    if (tagAndPosition.includes(':')) {
      const colonIndex = tagAndPosition.lastIndexOf(':'); // Use last colon for position
      const tagPart = tagAndPosition.substring(0, colonIndex).trim();
      const posPart = tagAndPosition.substring(colonIndex + 1).trim();

      // Verify position is a valid keyword
      const isPositionKeyword = ['first', 'last', 'odd', 'even'].includes(posPart) ||
        /^nth\(\d+\)$/.test(posPart);

      if (isPositionKeyword) {
        tag = tagPart;
        positionMatch = posPart;
      } else {
        // Not a valid position keyword, treat whole thing as tag
        tag = tagAndPosition;
      }
    } else {
      tag = tagAndPosition;
    }

    if (!tag) {
      throw new Error(`Invalid segment pattern: ${part}`);
    }

    segment.tag = tag;
    if (namespace) {
      segment.namespace = namespace;
    }

    // Step 4: Parse attributes
    if (bracketContent) {
      if (bracketContent.includes('=')) {
        const eqIndex = bracketContent.indexOf('=');
        segment.attrName = bracketContent.substring(0, eqIndex).trim();
        segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
      } else {
        segment.attrName = bracketContent.trim();
      }
    }

    // Step 5: Parse position selector
    if (positionMatch) {
      const nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
      if (nthMatch) {
        segment.position = 'nth';
        segment.positionValue = parseInt(nthMatch[1], 10);
      } else {
        segment.position = positionMatch;
      }
    }

    return segment;
  }

  /**
   * Get the number of segments
   * @returns {number}
   */
  get length() {
    return this.segments.length;
  }

  /**
   * Check if expression contains deep wildcard
   * @returns {boolean}
   */
  hasDeepWildcard() {
    return this._hasDeepWildcard;
  }

  /**
   * Check if expression has attribute conditions
   * @returns {boolean}
   */
  hasAttributeCondition() {
    return this._hasAttributeCondition;
  }

  /**
   * Check if expression has position selectors
   * @returns {boolean}
   */
  hasPositionSelector() {
    return this._hasPositionSelector;
  }

  /**
   * Get string representation
   * @returns {string}
   */
  toString() {
    return this.pattern;
  }
}
;// CONCATENATED MODULE: ./node_modules/path-expression-matcher/src/ExpressionSet.js
/**
 * ExpressionSet - An indexed collection of Expressions for efficient bulk matching
 *
 * Instead of iterating all expressions on every tag, ExpressionSet pre-indexes
 * them at insertion time by depth and terminal tag name. At match time, only
 * the relevant bucket is evaluated — typically reducing checks from O(E) to O(1)
 * lookup plus O(small bucket) matches.
 *
 * Three buckets are maintained:
 *  - `_byDepthAndTag`  — exact depth + exact tag name  (tightest, used first)
 *  - `_wildcardByDepth` — exact depth + wildcard tag `*` (depth-matched only)
 *  - `_deepWildcards`  — expressions containing `..`  (cannot be depth-indexed)
 *
 * @example
 * import { Expression, ExpressionSet } from 'fast-xml-tagger';
 *
 * // Build once at config time
 * const stopNodes = new ExpressionSet();
 * stopNodes.add(new Expression('root.users.user'));
 * stopNodes.add(new Expression('root.config.setting'));
 * stopNodes.add(new Expression('..script'));
 *
 * // Query on every tag — hot path
 * if (stopNodes.matchesAny(matcher)) { ... }
 */
class ExpressionSet {
  constructor() {
    /** @type {Map<string, import('./Expression.js').default[]>} depth:tag → expressions */
    this._byDepthAndTag = new Map();

    /** @type {Map<number, import('./Expression.js').default[]>} depth → wildcard-tag expressions */
    this._wildcardByDepth = new Map();

    /** @type {import('./Expression.js').default[]} expressions containing deep wildcard (..) */
    this._deepWildcards = [];

    /** @type {Map<string, import('./Expression.js').default[]>} terminalTag → deep wildcard expressions */
    this._deepByTerminalTag = new Map();

    /** @type {Set<string>} pattern strings already added — used for deduplication */
    this._patterns = new Set();

    /** @type {boolean} whether the set is sealed against further additions */
    this._sealed = false;
  }

  /**
   * Add an Expression to the set.
   * Duplicate patterns (same pattern string) are silently ignored.
   *
   * @param {import('./Expression.js').default} expression - A pre-constructed Expression instance
   * @returns {this} for chaining
   * @throws {TypeError} if called after seal()
   *
   * @example
   * set.add(new Expression('root.users.user'));
   * set.add(new Expression('..script'));
   */
  add(expression) {
    if (this._sealed) {
      throw new TypeError(
        'ExpressionSet is sealed. Create a new ExpressionSet to add more expressions.'
      );
    }

    // Deduplicate by pattern string
    if (this._patterns.has(expression.pattern)) return this;
    this._patterns.add(expression.pattern);

    if (expression.hasDeepWildcard()) {
      const lastSeg = expression.segments[expression.segments.length - 1];
      if (lastSeg && lastSeg.type !== 'deep-wildcard' && lastSeg.tag !== '*') {
        const tag = lastSeg.tag;
        if (!this._deepByTerminalTag.has(tag)) this._deepByTerminalTag.set(tag, []);
        this._deepByTerminalTag.get(tag).push(expression);
      } else {
        this._deepWildcards.push(expression);
      }
      return this;
    }

    const depth = expression.length;
    const lastSeg = expression.segments[expression.segments.length - 1];
    const tag = lastSeg?.tag;

    if (!tag || tag === '*') {
      // Can index by depth but not by tag
      if (!this._wildcardByDepth.has(depth)) this._wildcardByDepth.set(depth, []);
      this._wildcardByDepth.get(depth).push(expression);
    } else {
      // Tightest bucket: depth + tag
      const key = `${depth}:${tag}`;
      if (!this._byDepthAndTag.has(key)) this._byDepthAndTag.set(key, []);
      this._byDepthAndTag.get(key).push(expression);
    }

    return this;
  }

  /**
   * Add multiple expressions at once.
   *
   * @param {import('./Expression.js').default[]} expressions - Array of Expression instances
   * @returns {this} for chaining
   *
   * @example
   * set.addAll([
   *   new Expression('root.users.user'),
   *   new Expression('root.config.setting'),
   * ]);
   */
  addAll(expressions) {
    for (const expr of expressions) this.add(expr);
    return this;
  }

  /**
   * Check whether a pattern string is already present in the set.
   *
   * @param {import('./Expression.js').default} expression
   * @returns {boolean}
   */
  has(expression) {
    return this._patterns.has(expression.pattern);
  }

  /**
   * Number of expressions in the set.
   * @type {number}
   */
  get size() {
    return this._patterns.size;
  }

  /**
   * Seal the set against further modifications.
   * Useful to prevent accidental mutations after config is built.
   * Calling add() or addAll() on a sealed set throws a TypeError.
   *
   * @returns {this}
   */
  seal() {
    this._sealed = true;
    return this;
  }

  /**
   * Whether the set has been sealed.
   * @type {boolean}
   */
  get isSealed() {
    return this._sealed;
  }

  /**
   * Test whether the matcher's current path matches any expression in the set.
   *
   * Evaluation order (cheapest → most expensive):
   *  1. Exact depth + tag bucket  — O(1) lookup, typically 0–2 expressions
   *  2. Depth-only wildcard bucket — O(1) lookup, rare
   *  3. Deep-wildcard list         — always checked, but usually small
   *
   * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
   * @returns {boolean} true if any expression matches the current path
   *
   * @example
   * if (stopNodes.matchesAny(matcher)) {
   *   // handle stop node
   * }
   */
  matchesAny(matcher) {
    return this.findMatch(matcher) !== null;
  }
  /**
 * Find and return the first Expression that matches the matcher's current path.
 *
 * Uses the same evaluation order as matchesAny (cheapest → most expensive):
 *  1. Exact depth + tag bucket
 *  2. Depth-only wildcard bucket
 *  3. Deep-wildcard list
 *
 * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
 * @returns {import('./Expression.js').default | null} the first matching Expression, or null
 *
 * @example
 * const expr = stopNodes.findMatch(matcher);
 * if (expr) {
 *   // access expr.config, expr.pattern, etc.
 * }
 */
  findMatch(matcher) {
    const depth = matcher.getDepth();
    const tag = matcher.getCurrentTag();

    // 1. Tightest bucket — most expressions live here
    const exactKey = `${depth}:${tag}`;
    const exactBucket = this._byDepthAndTag.get(exactKey);
    if (exactBucket) {
      for (let i = 0; i < exactBucket.length; i++) {
        if (matcher.matches(exactBucket[i])) return exactBucket[i];
      }
    }

    // 2. Depth-matched wildcard-tag expressions
    const wildcardBucket = this._wildcardByDepth.get(depth);
    if (wildcardBucket) {
      for (let i = 0; i < wildcardBucket.length; i++) {
        if (matcher.matches(wildcardBucket[i])) return wildcardBucket[i];
      }
    }

    // 3. Deep wildcards — indexed by terminal tag, then unindexed fallback
    const deepBucket = this._deepByTerminalTag.get(tag);
    if (deepBucket) {
      for (let i = 0; i < deepBucket.length; i++) {
        if (matcher.matches(deepBucket[i])) return deepBucket[i];
      }
    }
    for (let i = 0; i < this._deepWildcards.length; i++) {
      if (matcher.matches(this._deepWildcards[i])) return this._deepWildcards[i];
    }

    return null;
  }
}

;// CONCATENATED MODULE: ./node_modules/@nodable/entities/src/entities.js
// ---------------------------------------------------------------------------
// Complete HTML5 named entity reference
// Organized by logical categories for easy maintenance and selective importing
// ---------------------------------------------------------------------------

/**
 * Basic Latin & Special Characters
 * @type {Record<string, string>}
 */
const BASIC_LATIN = {
  amp: '&',
  AMP: '&',
  lt: '<',
  LT: '<',
  gt: '>',
  GT: '>',
  quot: '"',
  QUOT: '"',
  apos: "'",
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  lsquor: '‚',
  rsquor: '’',
  ldquor: '„',
  bdquo: '„',
  comma: ',',
  period: '.',
  colon: ':',
  semi: ';',
  excl: '!',
  quest: '?',
  num: '#',
  dollar: '$',
  percent: '%',
  ast: '*',
  commat: '@',
  lowbar: '_',
  verbar: '|',
  vert: '|',
  sol: '/',
  bsol: '\\',
  lbrace: '{',
  rbrace: '}',
  lbrack: '[',
  rbrack: ']',
  lpar: '(',
  rpar: ')',
  nbsp: '\u00a0',
  iexcl: '¡',
  cent: '¢',
  pound: '£',
  curren: '¤',
  yen: '¥',
  brvbar: '¦',
  sect: '§',
  uml: '¨',
  copy: '©',
  COPY: '©',
  ordf: 'ª',
  laquo: '«',
  not: '¬',
  shy: '\u00ad',
  reg: '®',
  REG: '®',
  macr: '¯',
  deg: '°',
  plusmn: '±',
  sup2: '²',
  sup3: '³',
  acute: '´',
  micro: 'µ',
  para: '¶',
  middot: '·',
  cedil: '¸',
  sup1: '¹',
  ordm: 'º',
  raquo: '»',
  frac14: '¼',
  frac12: '½',
  half: '½',
  frac34: '¾',
  iquest: '¿',
  times: '×',
  div: '÷',
  divide: '÷',
};

/**
 * Latin Extended & Accented Letters (A-Z)
 * @type {Record<string, string>}
 */
const LATIN_ACCENTS = {
  Agrave: 'À',
  agrave: 'à',
  Aacute: 'Á',
  aacute: 'á',
  Acirc: 'Â',
  acirc: 'â',
  Atilde: 'Ã',
  atilde: 'ã',
  Auml: 'Ä',
  auml: 'ä',
  Aring: 'Å',
  aring: 'å',
  AElig: 'Æ',
  aelig: 'æ',
  Ccedil: 'Ç',
  ccedil: 'ç',
  Egrave: 'È',
  egrave: 'è',
  Eacute: 'É',
  eacute: 'é',
  Ecirc: 'Ê',
  ecirc: 'ê',
  Euml: 'Ë',
  euml: 'ë',
  Igrave: 'Ì',
  igrave: 'ì',
  Iacute: 'Í',
  iacute: 'í',
  Icirc: 'Î',
  icirc: 'î',
  Iuml: 'Ï',
  iuml: 'ï',
  ETH: 'Ð',
  eth: 'ð',
  Ntilde: 'Ñ',
  ntilde: 'ñ',
  Ograve: 'Ò',
  ograve: 'ò',
  Oacute: 'Ó',
  oacute: 'ó',
  Ocirc: 'Ô',
  ocirc: 'ô',
  Otilde: 'Õ',
  otilde: 'õ',
  Ouml: 'Ö',
  ouml: 'ö',
  Oslash: 'Ø',
  oslash: 'ø',
  Ugrave: 'Ù',
  ugrave: 'ù',
  Uacute: 'Ú',
  uacute: 'ú',
  Ucirc: 'Û',
  ucirc: 'û',
  Uuml: 'Ü',
  uuml: 'ü',
  Yacute: 'Ý',
  yacute: 'ý',
  THORN: 'Þ',
  thorn: 'þ',
  szlig: 'ß',
  yuml: 'ÿ',
  Yuml: 'Ÿ',
};

/**
 * Latin Extended (Letters with diacritics)
 * @type {Record<string, string>}
 */
const LATIN_EXTENDED = {
  Amacr: 'Ā',
  amacr: 'ā',
  Abreve: 'Ă',
  abreve: 'ă',
  Aogon: 'Ą',
  aogon: 'ą',
  Cacute: 'Ć',
  cacute: 'ć',
  Ccirc: 'Ĉ',
  ccirc: 'ĉ',
  Cdot: 'Ċ',
  cdot: 'ċ',
  Ccaron: 'Č',
  ccaron: 'č',
  Dcaron: 'Ď',
  dcaron: 'ď',
  Dstrok: 'Đ',
  dstrok: 'đ',
  Emacr: 'Ē',
  emacr: 'ē',
  Ecaron: 'Ě',
  ecaron: 'ě',
  Edot: 'Ė',
  edot: 'ė',
  Eogon: 'Ę',
  eogon: 'ę',
  Gcirc: 'Ĝ',
  gcirc: 'ĝ',
  Gbreve: 'Ğ',
  gbreve: 'ğ',
  Gdot: 'Ġ',
  gdot: 'ġ',
  Gcedil: 'Ģ',
  Hcirc: 'Ĥ',
  hcirc: 'ĥ',
  Hstrok: 'Ħ',
  hstrok: 'ħ',
  Itilde: 'Ĩ',
  itilde: 'ĩ',
  Imacr: 'Ī',
  imacr: 'ī',
  Iogon: 'Į',
  iogon: 'į',
  Idot: 'İ',
  IJlig: 'Ĳ',
  ijlig: 'ĳ',
  Jcirc: 'Ĵ',
  jcirc: 'ĵ',
  Kcedil: 'Ķ',
  kcedil: 'ķ',
  kgreen: 'ĸ',
  Lacute: 'Ĺ',
  lacute: 'ĺ',
  Lcedil: 'Ļ',
  lcedil: 'ļ',
  Lcaron: 'Ľ',
  lcaron: 'ľ',
  Lmidot: 'Ŀ',
  lmidot: 'ŀ',
  Lstrok: 'Ł',
  lstrok: 'ł',
  Nacute: 'Ń',
  nacute: 'ń',
  Ncaron: 'Ň',
  ncaron: 'ň',
  Ncedil: 'Ņ',
  ncedil: 'ņ',
  ENG: 'Ŋ',
  eng: 'ŋ',
  Omacr: 'Ō',
  omacr: 'ō',
  Odblac: 'Ő',
  odblac: 'ő',
  OElig: 'Œ',
  oelig: 'œ',
  Racute: 'Ŕ',
  racute: 'ŕ',
  Rcaron: 'Ř',
  rcaron: 'ř',
  Rcedil: 'Ŗ',
  rcedil: 'ŗ',
  Sacute: 'Ś',
  sacute: 'ś',
  Scirc: 'Ŝ',
  scirc: 'ŝ',
  Scedil: 'Ş',
  scedil: 'ş',
  Scaron: 'Š',
  scaron: 'š',
  Tcedil: 'Ţ',
  tcedil: 'ţ',
  Tcaron: 'Ť',
  tcaron: 'ť',
  Tstrok: 'Ŧ',
  tstrok: 'ŧ',
  Utilde: 'Ũ',
  utilde: 'ũ',
  Umacr: 'Ū',
  umacr: 'ū',
  Ubreve: 'Ŭ',
  ubreve: 'ŭ',
  Uring: 'Ů',
  uring: 'ů',
  Udblac: 'Ű',
  udblac: 'ű',
  Uogon: 'Ų',
  uogon: 'ų',
  Wcirc: 'Ŵ',
  wcirc: 'ŵ',
  Ycirc: 'Ŷ',
  ycirc: 'ŷ',
  Zacute: 'Ź',
  zacute: 'ź',
  Zdot: 'Ż',
  zdot: 'ż',
  Zcaron: 'Ž',
  zcaron: 'ž',
};

/**
 * Greek Letters
 * @type {Record<string, string>}
 */
const GREEK = {
  Alpha: 'Α',
  alpha: 'α',
  Beta: 'Β',
  beta: 'β',
  Gamma: 'Γ',
  gamma: 'γ',
  Delta: 'Δ',
  delta: 'δ',
  Epsilon: 'Ε',
  epsilon: 'ε',
  epsiv: 'ϵ',
  varepsilon: 'ϵ',
  Zeta: 'Ζ',
  zeta: 'ζ',
  Eta: 'Η',
  eta: 'η',
  Theta: 'Θ',
  theta: 'θ',
  thetasym: 'ϑ',
  vartheta: 'ϑ',
  Iota: 'Ι',
  iota: 'ι',
  Kappa: 'Κ',
  kappa: 'κ',
  kappav: 'ϰ',
  varkappa: 'ϰ',
  Lambda: 'Λ',
  lambda: 'λ',
  Mu: 'Μ',
  mu: 'μ',
  Nu: 'Ν',
  nu: 'ν',
  Xi: 'Ξ',
  xi: 'ξ',
  Omicron: 'Ο',
  omicron: 'ο',
  Pi: 'Π',
  pi: 'π',
  piv: 'ϖ',
  varpi: 'ϖ',
  Rho: 'Ρ',
  rho: 'ρ',
  rhov: 'ϱ',
  varrho: 'ϱ',
  Sigma: 'Σ',
  sigma: 'σ',
  sigmaf: 'ς',
  sigmav: 'ς',
  varsigma: 'ς',
  Tau: 'Τ',
  tau: 'τ',
  Upsilon: 'Υ',
  upsilon: 'υ',
  upsi: 'υ',
  Upsi: 'ϒ',
  upsih: 'ϒ',
  Phi: 'Φ',
  phi: 'φ',
  phiv: 'ϕ',
  varphi: 'ϕ',
  Chi: 'Χ',
  chi: 'χ',
  Psi: 'Ψ',
  psi: 'ψ',
  Omega: 'Ω',
  omega: 'ω',
  ohm: 'Ω',
  Gammad: 'Ϝ',
  gammad: 'ϝ',
  digamma: 'ϝ',
};

/**
 * Cyrillic Letters
 * @type {Record<string, string>}
 */
const CYRILLIC = {
  Afr: '𝔄',
  afr: '𝔞',
  Acy: 'А',
  acy: 'а',
  Bcy: 'Б',
  bcy: 'б',
  Vcy: 'В',
  vcy: 'в',
  Gcy: 'Г',
  gcy: 'г',
  Dcy: 'Д',
  dcy: 'д',
  IEcy: 'Е',
  iecy: 'е',
  IOcy: 'Ё',
  iocy: 'ё',
  ZHcy: 'Ж',
  zhcy: 'ж',
  Zcy: 'З',
  zcy: 'з',
  Icy: 'И',
  icy: 'и',
  Jcy: 'Й',
  jcy: 'й',
  Kcy: 'К',
  kcy: 'к',
  Lcy: 'Л',
  lcy: 'л',
  Mcy: 'М',
  mcy: 'м',
  Ncy: 'Н',
  ncy: 'н',
  Ocy: 'О',
  ocy: 'о',
  Pcy: 'П',
  pcy: 'п',
  Rcy: 'Р',
  rcy: 'р',
  Scy: 'С',
  scy: 'с',
  Tcy: 'Т',
  tcy: 'т',
  Ucy: 'У',
  ucy: 'у',
  Fcy: 'Ф',
  fcy: 'ф',
  KHcy: 'Х',
  khcy: 'х',
  TScy: 'Ц',
  tscy: 'ц',
  CHcy: 'Ч',
  chcy: 'ч',
  SHcy: 'Ш',
  shcy: 'ш',
  SHCHcy: 'Щ',
  shchcy: 'щ',
  HARDcy: 'Ъ',
  hardcy: 'ъ',
  Ycy: 'Ы',
  ycy: 'ы',
  SOFTcy: 'Ь',
  softcy: 'ь',
  Ecy: 'Э',
  ecy: 'э',
  YUcy: 'Ю',
  yucy: 'ю',
  YAcy: 'Я',
  yacy: 'я',
  DJcy: 'Ђ',
  djcy: 'ђ',
  GJcy: 'Ѓ',
  gjcy: 'ѓ',
  Jukcy: 'Є',
  jukcy: 'є',
  DScy: 'Ѕ',
  dscy: 'ѕ',
  Iukcy: 'І',
  iukcy: 'і',
  YIcy: 'Ї',
  yicy: 'ї',
  Jsercy: 'Ј',
  jsercy: 'ј',
  LJcy: 'Љ',
  ljcy: 'љ',
  NJcy: 'Њ',
  njcy: 'њ',
  TSHcy: 'Ћ',
  tshcy: 'ћ',
  KJcy: 'Ќ',
  kjcy: 'ќ',
  Ubrcy: 'Ў',
  ubrcy: 'ў',
  DZcy: 'Џ',
  dzcy: 'џ',
};

/**
 * Mathematical Operators & Relations
 * @type {Record<string, string>}
 */
const MATH = {
  plus: '+',
  pm: '±',
  times: '×',
  div: '÷',
  divide: '÷',
  sdot: '⋅',
  star: '☆',
  starf: '★',
  bigstar: '★',
  lowast: '∗',
  ast: '*',
  midast: '*',
  compfn: '∘',
  smallcircle: '∘',
  bullet: '•',
  bull: '•',
  nbsp: '\u00a0',
  hellip: '…',
  mldr: '…',
  prime: '′',
  Prime: '″',
  tprime: '‴',
  bprime: '‵',
  backprime: '‵',
  minus: '−',
  minusd: '∸',
  dotminus: '∸',
  plusdo: '∔',
  dotplus: '∔',
  plusmn: '±',
  minusplus: '∓',
  mnplus: '∓',
  mp: '∓',
  setminus: '∖',
  smallsetminus: '∖',
  Backslash: '∖',
  setmn: '∖',
  ssetmn: '∖',
  lowbar: '_',
  verbar: '|',
  vert: '|',
  VerticalLine: '|',
  colon: ':',
  Colon: '∷',
  Proportion: '∷',
  ratio: '∶',
  equals: '=',
  ne: '≠',
  nequiv: '≢',
  equiv: '≡',
  Congruent: '≡',
  sim: '∼',
  thicksim: '∼',
  thksim: '∼',
  sime: '≃',
  simeq: '≃',
  TildeEqual: '≃',
  asymp: '≈',
  approx: '≈',
  thickapprox: '≈',
  thkap: '≈',
  TildeTilde: '≈',
  ncong: '≇',
  cong: '≅',
  TildeFullEqual: '≅',
  asympeq: '≍',
  CupCap: '≍',
  bump: '≎',
  Bumpeq: '≎',
  HumpDownHump: '≎',
  bumpe: '≏',
  bumpeq: '≏',
  HumpEqual: '≏',
  le: '≤',
  LessEqual: '≤',
  ge: '≥',
  GreaterEqual: '≥',
  lesseqgtr: '⋚',
  lesseqqgtr: '⪋',
  greater: '>',
  less: '<',
};

/**
 * Mathematical Operators (Advanced)
 * @type {Record<string, string>}
 */
const MATH_ADVANCED = {
  alefsym: 'ℵ',
  aleph: 'ℵ',
  beth: 'ℶ',
  gimel: 'ℷ',
  daleth: 'ℸ',
  forall: '∀',
  ForAll: '∀',
  part: '∂',
  PartialD: '∂',
  exist: '∃',
  Exists: '∃',
  nexist: '∄',
  nexists: '∄',
  empty: '∅',
  emptyset: '∅',
  emptyv: '∅',
  varnothing: '∅',
  nabla: '∇',
  Del: '∇',
  isin: '∈',
  isinv: '∈',
  in: '∈',
  Element: '∈',
  notin: '∉',
  notinva: '∉',
  ni: '∋',
  niv: '∋',
  SuchThat: '∋',
  ReverseElement: '∋',
  notni: '∌',
  notniva: '∌',
  prod: '∏',
  Product: '∏',
  coprod: '∐',
  Coproduct: '∐',
  sum: '∑',
  Sum: '∑',
  minus: '−',
  mp: '∓',
  plusdo: '∔',
  dotplus: '∔',
  setminus: '∖',
  lowast: '∗',
  radic: '√',
  Sqrt: '√',
  prop: '∝',
  propto: '∝',
  Proportional: '∝',
  varpropto: '∝',
  infin: '∞',
  infintie: '⧝',
  ang: '∠',
  angle: '∠',
  angmsd: '∡',
  measuredangle: '∡',
  angsph: '∢',
  mid: '∣',
  VerticalBar: '∣',
  nmid: '∤',
  nsmid: '∤',
  npar: '∦',
  parallel: '∥',
  spar: '∥',
  nparallel: '∦',
  nspar: '∦',
  and: '∧',
  wedge: '∧',
  or: '∨',
  vee: '∨',
  cap: '∩',
  cup: '∪',
  int: '∫',
  Integral: '∫',
  conint: '∮',
  ContourIntegral: '∮',
  Conint: '∯',
  DoubleContourIntegral: '∯',
  Cconint: '∰',
  there4: '∴',
  therefore: '∴',
  Therefore: '∴',
  becaus: '∵',
  because: '∵',
  Because: '∵',
  ratio: '∶',
  Proportion: '∷',
  minusd: '∸',
  dotminus: '∸',
  mDDot: '∺',
  homtht: '∻',
  sim: '∼',
  bsimg: '∽',
  backsim: '∽',
  ac: '∾',
  mstpos: '∾',
  acd: '∿',
  VerticalTilde: '≀',
  wr: '≀',
  wreath: '≀',
  nsime: '≄',
  nsimeq: '≄',
  ncong: '≇',
  simne: '≆',
  ncongdot: '⩭̸',
  ngsim: '≵',
  nsim: '≁',
  napprox: '≉',
  nap: '≉',
  ngeq: '≱',
  nge: '≱',
  nleq: '≰',
  nle: '≰',
  ngtr: '≯',
  ngt: '≯',
  nless: '≮',
  nlt: '≮',
  nprec: '⊀',
  npr: '⊀',
  nsucc: '⊁',
  nsc: '⊁',
};

/**
 * Arrows
 * @type {Record<string, string>}
 */
const ARROWS = {
  larr: '←',
  leftarrow: '←',
  LeftArrow: '←',
  uarr: '↑',
  uparrow: '↑',
  UpArrow: '↑',
  rarr: '→',
  rightarrow: '→',
  RightArrow: '→',
  darr: '↓',
  downarrow: '↓',
  DownArrow: '↓',
  harr: '↔',
  leftrightarrow: '↔',
  LeftRightArrow: '↔',
  varr: '↕',
  updownarrow: '↕',
  UpDownArrow: '↕',
  nwarr: '↖',
  nwarrow: '↖',
  UpperLeftArrow: '↖',
  nearr: '↗',
  nearrow: '↗',
  UpperRightArrow: '↗',
  searr: '↘',
  searrow: '↘',
  LowerRightArrow: '↘',
  swarr: '↙',
  swarrow: '↙',
  LowerLeftArrow: '↙',
  lArr: '⇐',
  Leftarrow: '⇐',
  uArr: '⇑',
  Uparrow: '⇑',
  rArr: '⇒',
  Rightarrow: '⇒',
  dArr: '⇓',
  Downarrow: '⇓',
  hArr: '⇔',
  Leftrightarrow: '⇔',
  iff: '⇔',
  vArr: '⇕',
  Updownarrow: '⇕',
  lAarr: '⇚',
  Lleftarrow: '⇚',
  rAarr: '⇛',
  Rrightarrow: '⇛',
  lrarr: '⇆',
  leftrightarrows: '⇆',
  rlarr: '⇄',
  rightleftarrows: '⇄',
  lrhar: '⇋',
  leftrightharpoons: '⇋',
  ReverseEquilibrium: '⇋',
  rlhar: '⇌',
  rightleftharpoons: '⇌',
  Equilibrium: '⇌',
  udarr: '⇅',
  UpArrowDownArrow: '⇅',
  duarr: '⇵',
  DownArrowUpArrow: '⇵',
  llarr: '⇇',
  leftleftarrows: '⇇',
  rrarr: '⇉',
  rightrightarrows: '⇉',
  ddarr: '⇊',
  downdownarrows: '⇊',
  har: '↽',
  lhard: '↽',
  leftharpoondown: '↽',
  lharu: '↼',
  leftharpoonup: '↼',
  rhard: '⇁',
  rightharpoondown: '⇁',
  rharu: '⇀',
  rightharpoonup: '⇀',
  lsh: '↰',
  Lsh: '↰',
  rsh: '↱',
  Rsh: '↱',
  ldsh: '↲',
  rdsh: '↳',
  hookleftarrow: '↩',
  hookrightarrow: '↪',
  mapstoleft: '↤',
  mapstoup: '↥',
  map: '↦',
  mapsto: '↦',
  mapstodown: '↧',
  crarr: '↵',
  nleftarrow: '↚',
  nleftrightarrow: '↮',
  nrightarrow: '↛',
  nrarr: '↛',
  larrtl: '↢',
  rarrtl: '↣',
  leftarrowtail: '↢',
  rightarrowtail: '↣',
  twoheadleftarrow: '↞',
  twoheadrightarrow: '↠',
  Larr: '↞',
  Rarr: '↠',
  larrhk: '↩',
  rarrhk: '↪',
  larrlp: '↫',
  looparrowleft: '↫',
  rarrlp: '↬',
  looparrowright: '↬',
  harrw: '↭',
  leftrightsquigarrow: '↭',
  nrarrw: '↝̸',
  rarrw: '↝',
  rightsquigarrow: '↝',
  larrbfs: '⤟',
  rarrbfs: '⤠',
  nvHarr: '⤄',
  nvlArr: '⤂',
  nvrArr: '⤃',
  larrfs: '⤝',
  rarrfs: '⤞',
  Map: '⤅',
  larrsim: '⥳',
  rarrsim: '⥴',
  harrcir: '⥈',
  Uarrocir: '⥉',
  lurdshar: '⥊',
  ldrdhar: '⥧',
  ldrushar: '⥋',
  rdldhar: '⥩',
  lrhard: '⥭',
  uharr: '↾',
  uharl: '↿',
  dharr: '⇂',
  dharl: '⇃',
  Uarr: '↟',
  Darr: '↡',
  zigrarr: '⇝',
  nwArr: '⇖',
  neArr: '⇗',
  seArr: '⇘',
  swArr: '⇙',
  nharr: '↮',
  nhArr: '⇎',
  nlarr: '↚',
  nlArr: '⇍',
  nrArr: '⇏',
  larrb: '⇤',
  LeftArrowBar: '⇤',
  rarrb: '⇥',
  RightArrowBar: '⇥',
};

/**
 * Geometric Shapes
 * @type {Record<string, string>}
 */
const SHAPES = {
  square: '□',
  Square: '□',
  squ: '□',
  squf: '▪',
  squarf: '▪',
  blacksquar: '▪',
  blacksquare: '▪',
  FilledVerySmallSquare: '▪',
  blk34: '▓',
  blk12: '▒',
  blk14: '░',
  block: '█',
  srect: '▭',
  rect: '▭',
  sdot: '⋅',
  sdotb: '⊡',
  dotsquare: '⊡',
  triangle: '▵',
  tri: '▵',
  trine: '▵',
  utri: '▵',
  triangledown: '▿',
  dtri: '▿',
  tridown: '▿',
  triangleleft: '◃',
  ltri: '◃',
  triangleright: '▹',
  rtri: '▹',
  blacktriangle: '▴',
  utrif: '▴',
  blacktriangledown: '▾',
  dtrif: '▾',
  blacktriangleleft: '◂',
  ltrif: '◂',
  blacktriangleright: '▸',
  rtrif: '▸',
  loz: '◊',
  lozenge: '◊',
  blacklozenge: '⧫',
  lozf: '⧫',
  bigcirc: '◯',
  xcirc: '◯',
  circ: 'ˆ',
  Circle: '○',
  cir: '○',
  o: '○',
  bullet: '•',
  bull: '•',
  hellip: '…',
  mldr: '…',
  nldr: '‥',
  boxh: '─',
  HorizontalLine: '─',
  boxv: '│',
  boxdr: '┌',
  boxdl: '┐',
  boxur: '└',
  boxul: '┘',
  boxvr: '├',
  boxvl: '┤',
  boxhd: '┬',
  boxhu: '┴',
  boxvh: '┼',
  boxH: '═',
  boxV: '║',
  boxdR: '╒',
  boxDr: '╓',
  boxDR: '╔',
  boxDl: '╕',
  boxdL: '╖',
  boxDL: '╗',
  boxuR: '╘',
  boxUr: '╙',
  boxUR: '╚',
  boxUl: '╜',
  boxuL: '╛',
  boxUL: '╝',
  boxvR: '╞',
  boxVr: '╟',
  boxVR: '╠',
  boxVl: '╢',
  boxvL: '╡',
  boxVL: '╣',
  boxHd: '╤',
  boxhD: '╥',
  boxHD: '╦',
  boxHu: '╧',
  boxhU: '╨',
  boxHU: '╩',
  boxvH: '╪',
  boxVh: '╫',
  boxVH: '╬',
};

/**
 * Punctuation & Diacritics
 * @type {Record<string, string>}
 */
const PUNCTUATION = {
  excl: '!',
  iexcl: '¡',
  brvbar: '¦',
  sect: '§',
  uml: '¨',
  copy: '©',
  ordf: 'ª',
  laquo: '«',
  not: '¬',
  shy: '\u00ad',
  reg: '®',
  macr: '¯',
  deg: '°',
  plusmn: '±',
  sup2: '²',
  sup3: '³',
  acute: '´',
  micro: 'µ',
  para: '¶',
  middot: '·',
  cedil: '¸',
  sup1: '¹',
  ordm: 'º',
  raquo: '»',
  frac14: '¼',
  frac12: '½',
  frac34: '¾',
  iquest: '¿',
  nbsp: '\u00a0',
  comma: ',',
  period: '.',
  colon: ':',
  semi: ';',
  vert: '|',
  Verbar: '‖',
  verbar: '|',
  dblac: '˝',
  circ: 'ˆ',
  caron: 'ˇ',
  breve: '˘',
  dot: '˙',
  ring: '˚',
  ogon: '˛',
  tilde: '˜',
  DiacriticalGrave: '`',
  DiacriticalAcute: '´',
  DiacriticalTilde: '˜',
  DiacriticalDot: '˙',
  DiacriticalDoubleAcute: '˝',
  grave: '`',
};

/**
 * Currency Symbols
 * @type {Record<string, string>}
 */
const CURRENCY = {
  cent: '¢',
  pound: '£',
  curren: '¤',
  yen: '¥',
  euro: '€',
  dollar: '$',
  fnof: 'ƒ',
  inr: '₹',
  af: '؋',
  birr: 'ብር',
  peso: '₱',
  rub: '₽',
  won: '₩',
  yuan: '¥',
  cedil: '¸',
};

/**
 * Fractions
 * @type {Record<string, string>}
 */
const FRACTIONS = {
  frac12: '½',
  half: '½',
  frac13: '⅓',
  frac14: '¼',
  frac15: '⅕',
  frac16: '⅙',
  frac18: '⅛',
  frac23: '⅔',
  frac25: '⅖',
  frac34: '¾',
  frac35: '⅗',
  frac38: '⅜',
  frac45: '⅘',
  frac56: '⅚',
  frac58: '⅝',
  frac78: '⅞',
  frasl: '⁄',
};

/**
 * Miscellaneous Symbols
 * @type {Record<string, string>}
 */
const MISC_SYMBOLS = {
  trade: '™',
  TRADE: '™',
  telrec: '⌕',
  target: '⌖',
  ulcorn: '⌜',
  ulcorner: '⌜',
  urcorn: '⌝',
  urcorner: '⌝',
  dlcorn: '⌞',
  llcorner: '⌞',
  drcorn: '⌟',
  lrcorner: '⌟',
  intercal: '⊺',
  intcal: '⊺',
  oplus: '⊕',
  CirclePlus: '⊕',
  ominus: '⊖',
  CircleMinus: '⊖',
  otimes: '⊗',
  CircleTimes: '⊗',
  osol: '⊘',
  odot: '⊙',
  CircleDot: '⊙',
  oast: '⊛',
  circledast: '⊛',
  odash: '⊝',
  circleddash: '⊝',
  ocirc: '⊚',
  circledcirc: '⊚',
  boxplus: '⊞',
  plusb: '⊞',
  boxminus: '⊟',
  minusb: '⊟',
  boxtimes: '⊠',
  timesb: '⊠',
  boxdot: '⊡',
  sdotb: '⊡',
  veebar: '⊻',
  vee: '∨',
  barvee: '⊽',
  and: '∧',
  wedge: '∧',
  Cap: '⋒',
  Cup: '⋓',
  Fork: '⋔',
  pitchfork: '⋔',
  epar: '⋕',
  ltlarr: '⥶',
  nvap: '≍⃒',
  nvsim: '∼⃒',
  nvge: '≥⃒',
  nvle: '≤⃒',
  nvlt: '<⃒',
  nvgt: '>⃒',
  nvltrie: '⊴⃒',
  nvrtrie: '⊵⃒',
  Vdash: '⊩',
  dashv: '⊣',
  vDash: '⊨',
  Vvdash: '⊪',
  nvdash: '⊬',
  nvDash: '⊭',
  nVdash: '⊮',
  nVDash: '⊯',
};

const XML = {
  amp: "&",
  apos: "'",
  gt: ">",
  lt: "<",
  quot: "\""
}
const COMMON_HTML = {
  nbsp: '\u00a0',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  mdash: '\u2014',
  ndash: '\u2013',
  hellip: '\u2026',
  laquo: '\u00ab',
  raquo: '\u00bb',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  bull: '\u2022',
  para: '\u00b6',
  sect: '\u00a7',
  deg: '\u00b0',
  frac12: '\u00bd',
  frac14: '\u00bc',
  frac34: '\u00be',
}
// ---------------------------------------------------------------------------
// Note: NUMERIC_ENTITIES (&#NNN; / &#xHH;) are handled by the scanner directly
// via String.fromCodePoint() without any map lookup.
// ---------------------------------------------------------------------------
;// CONCATENATED MODULE: ./node_modules/@nodable/entities/src/EntityDecoder.js
// ---------------------------------------------------------------------------
// Built-in named entity map  (name → replacement string)
// No regex, no {regex,val} objects — just flat key/value pairs.
// ---------------------------------------------------------------------------



// ---------------------------------------------------------------------------
// Entity hook action constants
// ---------------------------------------------------------------------------

/**
 * Action constants for `onExternalEntity` and `onInputEntity` hooks.
 *
 * Use these instead of raw strings to avoid typos:
 *
 * @example
 * import EntityDecoder, { ENTITY_ACTION } from './EntityDecoder.js';
 * const dec = new EntityDecoder({
 *   onInputEntity: (name, value) => ENTITY_ACTION.BLOCK,
 * });
 */
const ENTITY_ACTION = Object.freeze({
  /** Resolve and expand the entity normally. */
  ALLOW: 'allow',
  /** Silently skip this entity — it will not be registered. */
  BLOCK: 'block',
  /** Throw an error, aborting entity registration entirely. */
  THROW: 'throw',
});

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const SPECIAL_CHARS = new Set('!?\\\\/[]$%{}^&*()<>|+');

/**
 * Validate that an entity name contains no dangerous characters.
 * @param {string} name
 * @returns {string} the name, unchanged
 * @throws {Error} on invalid characters
 */
function EntityDecoder_validateEntityName(name) {
  if (name[0] === '#') {
    throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${name}"`);
  }
  for (const ch of name) {
    if (SPECIAL_CHARS.has(ch)) {
      throw new Error(`[EntityReplacer] Invalid character '${ch}' in entity name: "${name}"`);
    }
  }
  return name;
}

/**
 * Merge one or more entity maps into a flat name→string map.
 * Accepts either:
 *   - plain string values:             { amp: '&' }
 *   - legacy {regex,val} / {regx,val}: { lt: { regex: /.../, val: '<' } }
 *
 * Values containing '&' are skipped (recursive expansion risk).
 *
 * @param {...object} maps
 * @returns {Record<string, string>}
 */
function mergeEntityMaps(...maps) {
  const out = Object.create(null);
  for (const map of maps) {
    if (!map) continue;
    for (const key of Object.keys(map)) {
      const raw = map[key];
      if (typeof raw === 'string') {
        out[key] = raw;
      } else if (raw && typeof raw === 'object' && raw.val !== undefined) {
        // Legacy {regex,val} or {regx,val} — extract the string val only
        const val = raw.val;
        if (typeof val === 'string') {
          out[key] = val;
        }
        // function vals are not supported in the scanner — skip
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// applyLimitsTo helpers
// ---------------------------------------------------------------------------

const LIMIT_TIER_EXTERNAL = 'external'; // input/runtime + persistent external maps
const LIMIT_TIER_BASE = 'base';     // DEFAULT_XML_ENTITIES + namedEntities (system) maps
const LIMIT_TIER_ALL = 'all';      // every entity regardless of tier

/**
 * Resolve `applyLimitsTo` option into a normalised Set of tier strings.
 * Accepted values: 'external' | 'base' | 'all' | string[]
 * Default: 'external' (only untrusted injected entities are counted).
 * @param {string|string[]|undefined} raw
 * @returns {Set<string>}
 */
function parseLimitTiers(raw) {
  if (!raw || raw === LIMIT_TIER_EXTERNAL) return new Set([LIMIT_TIER_EXTERNAL]);
  if (raw === LIMIT_TIER_ALL) return new Set([LIMIT_TIER_ALL]);
  if (raw === LIMIT_TIER_BASE) return new Set([LIMIT_TIER_BASE]);
  if (Array.isArray(raw)) return new Set(raw);
  return new Set([LIMIT_TIER_EXTERNAL]); // safe default for unrecognised values
}

// ---------------------------------------------------------------------------
// NCR (Numeric Character Reference) classification
// ---------------------------------------------------------------------------

// Severity order — higher number = stricter action.
// Used to enforce minimum action levels for specific codepoint ranges.
const NCR_LEVEL = Object.freeze({ allow: 0, leave: 1, remove: 2, throw: 3 });

// XML 1.0 §2.2: allowed chars are #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
// Restricted C0: U+0001–U+001F excluding U+0009, U+000A, U+000D
const XML10_ALLOWED_C0 = new Set([0x09, 0x0A, 0x0D]);

/**
 * Parse the `ncr` constructor option into flat, hot-path-friendly fields.
 * @param {object|undefined} ncr
 * @returns {{ xmlVersion: number, onLevel: number, nullLevel: number }}
 */
function parseNCRConfig(ncr) {
  if (!ncr) {
    return { xmlVersion: 1.0, onLevel: NCR_LEVEL.allow, nullLevel: NCR_LEVEL.remove };
  }
  const xmlVersion = ncr.xmlVersion === 1.1 ? 1.1 : 1.0;
  const onLevel = NCR_LEVEL[ncr.onNCR] ?? NCR_LEVEL.allow;
  const nullLevel = NCR_LEVEL[ncr.nullNCR] ?? NCR_LEVEL.remove;
  // 'allow' is not meaningful for null — clamp to at least 'remove'
  const clampedNull = Math.max(nullLevel, NCR_LEVEL.remove);
  return { xmlVersion, onLevel, nullLevel: clampedNull };
}

// ---------------------------------------------------------------------------
// EntityReplacer
// ---------------------------------------------------------------------------

/**
 * Single-pass, zero-regex entity replacer for XML/HTML content.
 *
 * Algorithm: scan the string once for '&', read to ';', resolve via map
 * or direct codepoint conversion, build output chunks, join once at the end.
 *
 * Entity lookup priority (highest → lowest):
 *   1. input / runtime  (DOCTYPE entities for current document)
 *   2. persistent external (survive across documents)
 *   3. base named map   (DEFAULT_XML_ENTITIES + user-supplied namedEntities)
 *
 * Both input and external resolve as the 'external' tier for limit purposes.
 * Base map entities resolve as the 'base' tier.
 *
 * Numeric / hex references (&#NNN; / &#xHH;) are resolved directly via
 * String.fromCodePoint() — no map needed. They count as 'base' tier.
 *
 * @example
 * const replacer = new EntityReplacer({ namedEntities: COMMON_HTML });
 * replacer.setExternalEntities({ brand: 'Acme' });
 *
 * const instance = replacer.reset();
 * instance.addInputEntities({ version: '1.0' });
 * instance.encode('&brand; v&version; &lt;'); // 'Acme v1.0 <'
 */
class EntityDecoder {
  /**
   * @param {object} [options]
   * @param {object|null}  [options.namedEntities]        — extra named entities merged into base map
   * @param {object}  [options.limit]                 — security limits
   * @param {number}       [options.limit.maxTotalExpansions=0]  — 0 = unlimited
   * @param {number}       [options.limit.maxExpandedLength=0]   — 0 = unlimited
   * @param {'external'|'base'|'all'|string[]} [options.limit.applyLimitsTo='external']
   *   Which entity tiers count against the security limits:
   *   - 'external' (default) — only input/runtime + persistent external entities
   *   - 'base'               — only DEFAULT_XML_ENTITIES + namedEntities
   *   - 'all'                — every entity regardless of tier
   *   - string[]             — explicit combination, e.g. ['external', 'base']
   * @param {((resolved: string, original: string) => string)|null} [options.postCheck=null]
   * @param {string[]} [options.remove=[]] — entity names (e.g. ['nbsp', '#13']) to delete (replace with empty string)
   * @param {string[]} [options.leave=[]]  — entity names to keep as literal (unchanged in output)
   * @param {object}   [options.ncr]       — Numeric Character Reference controls
   * @param {1.0|1.1}  [options.ncr.xmlVersion=1.0]
   *   XML version governing which codepoint ranges are restricted:
   *   - 1.0 — C0 controls U+0001–U+001F (except U+0009/000A/000D) are prohibited
   *   - 1.1 — C0 controls are allowed when written as NCRs; C1 (U+007F–U+009F) decoded as-is
   * @param {'allow'|'leave'|'remove'|'throw'} [options.ncr.onNCR='allow']
   *   Base action for numeric references. Severity order: allow < leave < remove < throw.
   *   For codepoint ranges that carry a minimum level (surrogates → remove, XML 1.0 C0 → remove),
   *   the effective action is max(onNCR, rangeMinimum).
   * @param {'remove'|'throw'} [options.ncr.nullNCR='remove']
   *   Action for U+0000 (null). 'allow' and 'leave' are clamped to 'remove' since null is never safe.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onExternalEntity=null]
   *   Hook called when an external entity is registered via `setExternalEntities()` or
   *   `addExternalEntity()`. Return `ENTITY_ACTION.ALLOW` to accept the entity,
   *   `ENTITY_ACTION.BLOCK` to silently skip it, or `ENTITY_ACTION.THROW` to abort with an error.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onInputEntity=null]
   *   Hook called when an input entity is registered via `addInputEntities()`. Return
   *   `ENTITY_ACTION.ALLOW` to accept, `ENTITY_ACTION.BLOCK` to silently skip, or
   *   `ENTITY_ACTION.THROW` to abort with an error.
   */
  constructor(options = {}) {
    this._limit = options.limit || {};
    this._maxTotalExpansions = this._limit.maxTotalExpansions || 0;
    this._maxExpandedLength = this._limit.maxExpandedLength || 0;
    this._postCheck = typeof options.postCheck === 'function' ? options.postCheck : r => r;
    this._limitTiers = parseLimitTiers(this._limit.applyLimitsTo ?? LIMIT_TIER_EXTERNAL);
    this._numericAllowed = options.numericAllowed ?? true;
    // Base map: DEFAULT_XML_ENTITIES + user-supplied extras. Immutable after construction.
    this._baseMap = mergeEntityMaps(XML, options.namedEntities || null);

    // Persistent external entities — survive across documents.
    // Stored as a separate map so reset() never touches them.
    /** @type {Record<string, string>} */
    this._externalMap = Object.create(null);

    // Input / runtime entities — current document only, wiped on reset().
    /** @type {Record<string, string>} */
    this._inputMap = Object.create(null);

    // Per-document counters
    this._totalExpansions = 0;
    this._expandedLength = 0;

    // --- New: remove / leave sets ---
    /** @type {Set<string>} */
    this._removeSet = new Set(options.remove && Array.isArray(options.remove) ? options.remove : []);
    /** @type {Set<string>} */
    this._leaveSet = new Set(options.leave && Array.isArray(options.leave) ? options.leave : []);

    // --- NCR config (parsed into flat fields for hot-path speed) ---
    const ncrCfg = parseNCRConfig(options.ncr);
    this._ncrXmlVersion = ncrCfg.xmlVersion;
    this._ncrOnLevel = ncrCfg.onLevel;
    this._ncrNullLevel = ncrCfg.nullLevel;

    // --- Registration hooks ---
    /** @type {((name: string, value: string) => 'allow'|'block'|'throw')|null} */
    this._onExternalEntity = typeof options.onExternalEntity === 'function'
      ? options.onExternalEntity
      : null;
    /** @type {((name: string, value: string) => 'allow'|'block'|'throw')|null} */
    this._onInputEntity = typeof options.onInputEntity === 'function'
      ? options.onInputEntity
      : null;
  }

  // -------------------------------------------------------------------------
  // Private: registration hook dispatch
  // -------------------------------------------------------------------------

  /**
   * Invoke a registration hook for a single entity name/value pair.
   * Returns true when the entity should be accepted, false when it should be
   * silently skipped (BLOCK), and throws when the hook returns THROW.
   *
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} hook
   * @param {string} name
   * @param {string} value
   * @param {string} context  — used in error messages ('external' | 'input')
   * @returns {boolean}  true = accept, false = skip
   */
  _applyRegistrationHook(hook, name, value, context) {
    if (!hook) return true; // no hook → always accept
    const action = hook(name, value);
    if (action === ENTITY_ACTION.BLOCK) return false;
    if (action === ENTITY_ACTION.THROW) {
      throw new Error(
        `[EntityDecoder] Registration of ${context} entity "&${name};" was rejected by hook`
      );
    }
    return true; // ALLOW or any unknown return value → accept
  }

  // -------------------------------------------------------------------------
  // Persistent external entity registration
  // -------------------------------------------------------------------------

  /**
   * Replace the full set of persistent external entities.
   * All keys are validated — throws on invalid characters.
   * If `onExternalEntity` is set, it is called once per entry; entries that
   * return `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW`
   * aborts the whole call.
   * @param {Record<string, string | { regex?: RegExp, val: string }>} map
   */
  setExternalEntities(map) {
    if (map) {
      for (const key of Object.keys(map)) {
        EntityDecoder_validateEntityName(key);
      }
    }
    if (!this._onExternalEntity) {
      this._externalMap = mergeEntityMaps(map);
      return;
    }
    // Hook present — resolve values first, then filter
    const flat = mergeEntityMaps(map);
    const filtered = Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onExternalEntity, name, value, 'external')) {
        filtered[name] = value;
      }
    }
    this._externalMap = filtered;
  }

  /**
   * Add a single persistent external entity.
   * If `onExternalEntity` is set it is called before the entity is stored;
   * `ENTITY_ACTION.BLOCK` silently skips storage, `ENTITY_ACTION.THROW` raises.
   * @param {string} key
   * @param {string} value
   */
  addExternalEntity(key, value) {
    EntityDecoder_validateEntityName(key);
    if (typeof value === 'string' && value.indexOf('&') === -1) {
      if (this._applyRegistrationHook(this._onExternalEntity, key, value, 'external')) {
        this._externalMap[key] = value;
      }
    }
  }

  // -------------------------------------------------------------------------
  // Input / runtime entity registration (per document)
  // -------------------------------------------------------------------------

  /**
   * Inject DOCTYPE entities for the current document.
   * Also resets per-document expansion counters.
   * If `onInputEntity` is set it is called once per entry; entries returning
   * `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW` aborts.
   * @param {Record<string, string | { regx?: RegExp, regex?: RegExp, val: string }>} map
   */
  addInputEntities(map) {
    this._totalExpansions = 0;
    this._expandedLength = 0;
    if (!this._onInputEntity) {
      this._inputMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onInputEntity, name, value, 'input')) {
        filtered[name] = value;
      }
    }
    this._inputMap = filtered;
  }

  // -------------------------------------------------------------------------
  // Per-document reset
  // -------------------------------------------------------------------------

  /**
   * Wipe input/runtime entities and reset counters.
   * Call this before processing each new document.
   * @returns {this}
   */
  reset() {
    this._inputMap = Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    return this;
  }

  // -------------------------------------------------------------------------
  // XML version (can be set after construction, e.g. once parser reads <?xml?>)
  // -------------------------------------------------------------------------

  /**
   * Update the XML version used for NCR classification.
   * Call this as soon as the document's `<?xml version="...">` declaration is parsed.
   * @param {1.0|1.1|number} version
   */
  setXmlVersion(version) {
    this._ncrXmlVersion = version === 1.1 ? 1.1 : 1.0;
  }

  // -------------------------------------------------------------------------
  // Primary API
  // -------------------------------------------------------------------------

  /**
   * Replace all entity references in `str` in a single pass.
   *
   * @param {string} str
   * @returns {string}
   */
  decode(str) {
    if (typeof str !== 'string' || str.length === 0) return str;
    //TODO: check if needed
    if (str.indexOf('&') === -1) return str; // fast path — no entities at all

    const original = str;
    const chunks = [];
    const len = str.length;
    let last = 0; // start of next unprocessed literal chunk
    let i = 0;

    const limitExpansions = this._maxTotalExpansions > 0;
    const limitLength = this._maxExpandedLength > 0;
    const checkLimits = limitExpansions || limitLength;

    while (i < len) {
      // Scan forward to next '&'
      if (str.charCodeAt(i) !== 38 /* '&' */) { i++; continue; }

      // --- Found '&' at position i ---

      // Scan forward to ';'
      let j = i + 1;
      while (j < len && str.charCodeAt(j) !== 59 /* ';' */ && (j - i) <= 32) j++;

      if (j >= len || str.charCodeAt(j) !== 59) {
        // No closing ';' within window — treat '&' as literal
        i++;
        continue;
      }

      // Raw token between '&' and ';' (exclusive)
      const token = str.slice(i + 1, j);
      if (token.length === 0) { i++; continue; }

      let replacement;
      let tier; // which limit tier this entity belongs to

      if (this._removeSet.has(token)) {
        // Remove entity: replace with empty string
        replacement = '';
        // If entity was unknown (replacement undefined), we still need a tier for limits.
        // Treat as external tier because it's user-directed removal of an unknown reference.
        if (tier === undefined) {
          tier = LIMIT_TIER_EXTERNAL;
        }
      } else if (this._leaveSet.has(token)) {
        // Do not replace — keep original &token; as literal
        i++;
        continue;
      } else if (token.charCodeAt(0) === 35 /* '#' */) {
        // ---- Numeric / NCR reference ----
        // NCR classification always runs first — prohibited codepoints must be
        // caught regardless of numericAllowed.
        const ncrResult = this._resolveNCR(token);
        if (ncrResult === undefined) {
          // 'leave' action — keep original &token; as-is
          i++;
          continue;
        }
        replacement = ncrResult; // '' for remove, char string for allow
        tier = LIMIT_TIER_BASE;
      } else {
        // ---- Named reference ----
        const resolved = this._resolveName(token);
        replacement = resolved?.value;
        tier = resolved?.tier;
      }

      if (replacement === undefined) {
        // Unknown entity — leave as-is, advance past '&' only
        i++;
        continue;
      }

      // Flush literal chunk before this entity
      if (i > last) chunks.push(str.slice(last, i));
      chunks.push(replacement);
      last = j + 1; // skip past ';'
      i = last;

      // Apply expansion limits only if this tier is being tracked
      if (checkLimits && this._tierCounts(tier)) {
        if (limitExpansions) {
          this._totalExpansions++;
          if (this._totalExpansions > this._maxTotalExpansions) {
            throw new Error(
              `[EntityReplacer] Entity expansion count limit exceeded: ` +
              `${this._totalExpansions} > ${this._maxTotalExpansions}`
            );
          }
        }
        if (limitLength) {
          // delta: replacement.length minus the raw &token; length (token.length + 2 for '&' and ';')
          const delta = replacement.length - (token.length + 2);
          if (delta > 0) {
            this._expandedLength += delta;
            if (this._expandedLength > this._maxExpandedLength) {
              throw new Error(
                `[EntityReplacer] Expanded content length limit exceeded: ` +
                `${this._expandedLength} > ${this._maxExpandedLength}`
              );
            }
          }
        }
      }
    }

    // Flush trailing literal
    if (last < len) chunks.push(str.slice(last));

    // If nothing was replaced, chunks is empty — return original
    const result = chunks.length === 0 ? str : chunks.join('');

    return this._postCheck(result, original);
  }

  // -------------------------------------------------------------------------
  // Private: limit tier check
  // -------------------------------------------------------------------------

  /**
   * Returns true if a resolved entity of the given tier should count
   * against the expansion/length limits.
   * @param {string} tier  — LIMIT_TIER_EXTERNAL | LIMIT_TIER_BASE
   * @returns {boolean}
   */
  _tierCounts(tier) {
    if (this._limitTiers.has(LIMIT_TIER_ALL)) return true;
    return this._limitTiers.has(tier);
  }

  // -------------------------------------------------------------------------
  // Private: entity resolution
  // -------------------------------------------------------------------------

  /**
   * Resolve a named entity token (without & and ;).
   * Priority: inputMap > externalMap > baseMap
   * Returns the resolved value tagged with its limit tier.
   *
   * @param {string} name
   * @returns {{ value: string, tier: string }|undefined}
   */
  _resolveName(name) {
    // input and external both count as 'external' tier for limit purposes —
    // they are injected at runtime and are the untrusted surface.
    if (name in this._inputMap) return { value: this._inputMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._externalMap) return { value: this._externalMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._baseMap) return { value: this._baseMap[name], tier: LIMIT_TIER_BASE };
    return undefined;
  }

  /**
   * Classify a codepoint and return the minimum action level that must be applied.
   * Returns -1 when no minimum is imposed (normal allow path).
   *
   * Ranges checked (in priority order):
   *   1. U+0000            — null, governed by nullNCR (always ≥ remove)
   *   2. U+D800–U+DFFF     — surrogates, always prohibited (min: remove)
   *   3. U+0001–U+001F \ {0x09,0x0A,0x0D}  — XML 1.0 restricted C0 (min: remove)
   *      (skipped in XML 1.1 — C0 controls are allowed when written as NCRs)
   *
   * @param {number} cp  — codepoint
   * @returns {number}   — minimum NCR_LEVEL value, or -1 for no restriction
   */
  _classifyNCR(cp) {
    // 1. Null
    if (cp === 0) return this._ncrNullLevel;

    // 2. Surrogates — always prohibited, minimum 'remove'
    if (cp >= 0xD800 && cp <= 0xDFFF) return NCR_LEVEL.remove;

    // 3. XML 1.0 restricted C0 controls
    if (this._ncrXmlVersion === 1.0) {
      if (cp >= 0x01 && cp <= 0x1F && !XML10_ALLOWED_C0.has(cp)) return NCR_LEVEL.remove;
    }

    return -1; // no restriction
  }

  /**
   * Execute a resolved NCR action.
   *
   * @param {number} action   — NCR_LEVEL value
   * @param {string} token    — raw token (e.g. '#38') for error messages
   * @param {number} cp       — codepoint, used only for error messages
   * @returns {string|undefined}
   *   - decoded character string  → 'allow'
   *   - ''                        → 'remove'
   *   - undefined                 → 'leave' (caller must skip past '&' only)
   *   - throws Error              → 'throw'
   */
  _applyNCRAction(action, token, cp) {
    switch (action) {
      case NCR_LEVEL.allow: return String.fromCodePoint(cp);
      case NCR_LEVEL.remove: return '';
      case NCR_LEVEL.leave: return undefined; // signal: keep literal
      case NCR_LEVEL.throw:
        throw new Error(
          `[EntityDecoder] Prohibited numeric character reference ` +
          `&${token}; (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`
        );
      default: return String.fromCodePoint(cp);
    }
  }

  /**
   * Full NCR resolution pipeline for a numeric token.
   *
   * Steps:
   *   1. Parse the codepoint (decimal or hex).
   *   2. Validate the raw codepoint range (NaN, <0, >0x10FFFF).
   *   3. If numericAllowed is false and no minimum restriction applies → leave as-is.
   *   4. Classify the codepoint to find the minimum required action level.
   *   5. Resolve effective action = max(onNCR, minimum).
   *   6. Apply and return.
   *
   * @param {string} token  — e.g. '#38', '#x26', '#X26'
   * @returns {string|undefined}
   *   - string (incl. '')  — replacement ('' = remove)
   *   - undefined          — leave original &token; as-is
   */
  _resolveNCR(token) {
    // Step 1: parse codepoint
    const second = token.charCodeAt(1);
    let cp;
    if (second === 120 /* x */ || second === 88 /* X */) {
      cp = parseInt(token.slice(2), 16);
    } else {
      cp = parseInt(token.slice(1), 10);
    }

    // Step 2: out-of-range → leave as-is unconditionally
    if (Number.isNaN(cp) || cp < 0 || cp > 0x10FFFF) return undefined;

    // Step 3: classify to get minimum action level
    const minimum = this._classifyNCR(cp);

    // Step 4: if numericAllowed is false and no hard minimum → leave
    if (!this._numericAllowed && minimum < NCR_LEVEL.remove) return undefined;

    // Step 5: effective action = max(configured onNCR, range minimum)
    const effective = minimum === -1
      ? this._ncrOnLevel
      : Math.max(this._ncrOnLevel, minimum);

    // Step 6: apply
    return this._applyNCRAction(effective, token, cp);
  }
}
;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/sql.js
/**
 * SQL context patterns — high-precision rules only.
 *
 * These rules have very low false-positive risk and are safe to apply to
 * general user text (names, descriptions, search queries, etc.).
 * All patterns are ReDoS-safe — unlike the `sql-injection` npm package
 * which has an active CVE on its own detection regexes.
 *
 * For exhaustive coverage including noisier heuristics (comment sequences,
 * hex literals, stacked queries with semicolons), use 'SQL-STRICT' instead.
 * Apply 'SQL-STRICT' only to strings that are specifically SQL fragments,
 * not to general free-text fields.
 */

const SQL_PATTERNS = [
  {
    id: 'sql-block-comment-open',
    description: 'SQL block comment open: /* ... */ — unusual in legitimate user text',
    pattern: /\/\*/,
  },
  {
    id: 'sql-union-select',
    description: 'UNION SELECT — most common SQL injection aggregation attack',
    pattern: /\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i,
  },
  {
    id: 'sql-drop-table',
    description: 'DROP TABLE — destructive DDL injection',
    pattern: /\bDROP\s{1,20}TABLE\b/i,
  },
  {
    id: 'sql-drop-database',
    description: 'DROP DATABASE — destructive DDL injection',
    pattern: /\bDROP\s{1,20}DATABASE\b/i,
  },
  {
    id: 'sql-insert-into',
    description: 'INSERT INTO — data injection',
    pattern: /\bINSERT\s{1,20}INTO\b/i,
  },
  {
    id: 'sql-delete-from',
    description: 'DELETE FROM — data deletion injection',
    pattern: /\bDELETE\s{1,20}FROM\b/i,
  },
  {
    id: 'sql-update-set',
    description: 'UPDATE ... SET — data modification injection',
    // Allows arbitrary content between UPDATE and SET (table name, alias, etc.)
    pattern: /\bUPDATE\b[\s\S]{1,60}\bSET\b/i,
  },
  {
    id: 'sql-exec-xp',
    description: 'EXEC xp_ — MSSQL extended stored procedure execution',
    pattern: /\bEXEC(?:UTE)?\s{1,20}xp_/i,
  },
  {
    id: 'sql-tautology-string',
    description: "Classic string tautology: ' OR '1'='1 or \" OR \"1\"=\"1\"",
    // Last quote is optional — injection may truncate it: ' OR '1'='1--
    pattern: /'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i,
  },
  {
    id: 'sql-tautology-numeric',
    description: 'Numeric tautology: OR 1=1',
    pattern: /\bOR\s{1,10}1\s*=\s*1\b/i,
  },
  {
    id: 'sql-always-true-zero',
    description: 'Numeric tautology: OR 0=0',
    pattern: /\bOR\s{1,10}0\s*=\s*0\b/i,
  },
  {
    id: 'sql-sleep-benchmark',
    description: 'Time-based blind injection: SLEEP() or BENCHMARK()',
    pattern: /\b(?:SLEEP|BENCHMARK)\s*\(/i,
  },
  {
    id: 'sql-waitfor-delay',
    description: 'MSSQL time-based blind injection: WAITFOR DELAY',
    pattern: /\bWAITFOR\s{1,20}DELAY\b/i,
  },
  {
    id: 'sql-char-function',
    description: 'CHAR() function — used to obfuscate injected strings',
    pattern: /\bCHAR\s*\(\s*\d{1,3}/i,
  },
  {
    id: 'sql-information-schema',
    description: 'INFORMATION_SCHEMA — reconnaissance query for table/column enumeration',
    pattern: /\bINFORMATION_SCHEMA\b/i,
  },
];

/* harmony default export */ const sql = (SQL_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/sql-strict.js
/**
 * SQL-STRICT context patterns.
 *
 * Extends the base 'SQL' context with three additional rules that are
 * effective at detecting real injections but carry a higher false-positive
 * risk on general free-text input.
 *
 * Use 'SQL-STRICT' when:
 *   - The string is specifically a SQL fragment or database identifier
 *   - You control the input domain (e.g. a dedicated SQL search field)
 *   - You can tolerate occasional false positives in exchange for broader coverage
 *
 * Use 'SQL' (not STRICT) when:
 *   - The field is general user text (names, descriptions, comments)
 *   - False positives would block legitimate content (e.g. "see note -- above")
 *
 * Rules moved here from 'SQL' due to false-positive risk:
 *
 *   sql-line-comment   — "--" fires on "see note -- above", "value--", CSS var(--primary)
 *   sql-stacked-query  — "; SELECT" fires on legitimate prose with semicolons + SQL words
 *   sql-hex-encoding   — "0xDEAD" fires on hex values in technical docs and log output
 */



const SQL_STRICT_EXTRA = [
  {
    id: 'sql-line-comment',
    description: 'SQL line comment: -- followed by whitespace or end of string',
    pattern: /--(?:\s|$)/,
  },
  {
    id: 'sql-stacked-query',
    description: 'Stacked queries: semicolon immediately followed by a SQL keyword',
    pattern: /;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i,
  },
  {
    id: 'sql-hex-encoding',
    description: 'Hex-encoded string injection: 0x41414141 style (MySQL)',
    pattern: /\b0x[0-9a-f]{4,}/i,
  },
];

// SQL-STRICT = all base SQL rules + the three noisy extras
const SQL_STRICT_PATTERNS = [...sql, ...SQL_STRICT_EXTRA];

/* harmony default export */ const sql_strict = (SQL_STRICT_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/util/decode-entities.js
/**
 * Decode the HTML character references that matter for markup-context
 * detection.
 *
 * Browsers decode character references in attribute values before they
 * interpret a URL, so `javascript&#58;alert(1)` in an href is the
 * `javascript:` scheme. The HTML/XML/SVG rules match literal characters, so
 * without this step such payloads slip through.
 *
 * Deliberately NOT a full entity decoder. It decodes only:
 *   - decimal refs  &#58;  &#058;  &#00000058;  &#58   (any leading zeros,
 *                   trailing ; optional — browsers accept both)
 *   - hex refs      &#x3a; &#X3A; &#x0000003a; &#x3a   (same)
 *   - named refs    &colon;  &Tab;  &NewLine;
 *       Named refs are CASE-SENSITIVE and REQUIRE the trailing ';', exactly
 *       like a browser (so `&COLON;` and `&colon` are not decoded).
 *       &Tab; / &NewLine; matter because the URL parser strips tab/newline,
 *       so `java&Tab;script:` is still a javascript: URL.
 *
 * It does NOT decode &amp; (single pass only), so double-encoded text such as
 * "&amp;lt;script&amp;gt;" stays literal — a browser renders that as text.
 *
 * All quantifiers are bounded; no ReDoS risk.
 *
 * @param {string} input
 * @returns {string}
 */
const NAMED = Object.freeze({
  colon: ':',
  Tab: '\t',
  NewLine: '\n',
});

const ENTITY_RE =
  /&(?:#[xX]0*([0-9a-fA-F]{1,6});?|#0*([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,15});)/g;

function decodeEntities(input) {
  if (input.indexOf('&') === -1) return input;

  return input.replace(ENTITY_RE, (match, hex, dec, name) => {
    if (name !== undefined) {
      return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : match;
    }
    const cp = hex !== undefined ? parseInt(hex, 16) : parseInt(dec, 10);
    if (!Number.isFinite(cp) || cp > 0x10ffff) return match;
    return String.fromCodePoint(cp);
  });
}

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/html.js
/**
 * HTML context patterns.
 *
 * Detects XSS vectors that are dangerous when a string ends up rendered as HTML.
 * All patterns use bounded quantifiers to ensure linear-time matching (ReDoS-safe).
 *
 * Each entry is { pattern: RegExp, id: string, description: string }
 * so callers can inspect which rule fired if they need to.
 */

const HTML_PATTERNS = [
  {
    id: 'html-script-open',
    description: '<script opening tag',
    pattern: /<script[\s>/]/i,
  },
  {
    id: 'html-script-close',
    description: '</script closing tag',
    pattern: /<\/script[\s>]/i,
  },
  {
    id: 'html-javascript-protocol',
    description: 'javascript: URI scheme (with optional whitespace/encoding)',
    // Handles j&#x61;vascript:, j\u0061vascript:, and whitespace variants
    pattern: /j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i,
  },
  {
    id: 'html-vbscript-protocol',
    description: 'vbscript: URI scheme',
    pattern: /vbscript[\t\n\r ]*:/i,
  },
  {
    id: 'html-data-html',
    description: 'data:text/html URI — can execute scripts in browsers',
    pattern: /data[\t\n\r ]*:[\t\n\r ]*text\/html/i,
  },
  {
    id: 'html-data-xhtml',
    description: 'data:application/xhtml+xml URI',
    pattern: /data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i,
  },
  {
    id: 'html-data-svg',
    description: 'data:image/svg+xml URI — can execute scripts',
    pattern: /data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i,
  },
  {
    id: 'html-inline-event-handler',
    description: 'Inline event handler attributes: onclick=, onerror=, onload=, etc.',
    // \bon ensures we match a word boundary so "phonetic=" is not caught
    pattern: /\bon\w{1,30}\s*=/i,
  },
  {
    id: 'html-entity-obfuscated-script',
    description: 'HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)',
    // Entities include optional trailing semicolon: &#x3C; or &#x3C (both valid in HTML5)
    pattern: /(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i,
  },
  {
    id: 'html-entity-obfuscated-javascript',
    description: 'HTML-entity-encoded javascript: (partial — catches common &#106; or &#x6a; for "j")',
    pattern: /(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i,
  },
  {
    id: 'html-style-expression',
    description: 'CSS expression() — IE-era code execution in style attributes',
    pattern: /style[\s\S]{0,20}expression\s*\(/i,
  },
  {
    id: 'html-object-embed',
    description: '<object or <embed tags that can load active content',
    pattern: /<(?:object|embed)[\s>/]/i,
  },
  {
    id: 'html-base-tag',
    description: '<base href= — can hijack all relative URLs on a page',
    pattern: /<base[\s>]/i,
  },
  {
    id: 'html-meta-refresh',
    description: '<meta http-equiv="refresh" — can redirect users',
    pattern: /<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i,
  },
  {
    id: 'html-srcdoc',
    description: 'srcdoc= attribute on iframes — embeds HTML that can run scripts',
    pattern: /srcdoc\s*=/i,
  },
  {
    id: 'html-iframe',
    description: '<iframe tag',
    pattern: /<iframe[\s>/]/i,
  },
  {
    id: 'html-form',
    description: '<form tag — can be used for phishing / credential harvesting injection',
    pattern: /<form[\s>/]/i,
  },
];

/* harmony default export */ const html = (HTML_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/xml.js
/**
 * XML context patterns.
 *
 * Detects injection vectors that are specifically dangerous when a string
 * is inserted into an XML document (not HTML rendering context).
 *
 * Key distinction from HTML: these patterns target parser-level attacks —
 * things that can confuse or subvert an XML parser, trigger external entity
 * resolution, or inject DTD content. HTML rendering concerns (XSS) belong
 * in the HTML context.
 */

const XML_PATTERNS = [
  {
    id: 'xml-cdata-injection',
    description: 'CDATA section injection: <![CDATA[ breaks out of text node context',
    pattern: /<!\[CDATA\[/i,
  },
  {
    id: 'xml-cdata-close',
    description: 'CDATA close sequence: ]]> can terminate an enclosing CDATA section',
    pattern: /\]\]>/,
  },
  {
    id: 'xml-processing-instruction',
    description: 'XML processing instruction: <?xml-stylesheet or <?php etc.',
    pattern: /<\?(?:xml[\- ]|php|asp)/i,
  },
  {
    id: 'xml-doctype-injection',
    description: 'DOCTYPE declaration embedded in content — can define entities',
    // Match <!DOCTYPE followed by end-of-string, whitespace, or [ (internal subset)
    pattern: /<!DOCTYPE(?:[\s[]|$)/i,
  },
  {
    id: 'xml-entity-system',
    description: 'SYSTEM keyword — used in external entity declarations (XXE)',
    pattern: /\bSYSTEM\s+["']/i,
  },
  {
    id: 'xml-entity-public',
    description: 'PUBLIC keyword — used in external entity declarations (XXE)',
    pattern: /\bPUBLIC\s+["']/i,
  },
  {
    id: 'xml-entity-declaration',
    description: '<!ENTITY declaration — defines entities, potential XXE or entity expansion',
    pattern: /<!ENTITY[\s%]/i,
  },
  {
    id: 'xml-billion-laughs',
    description: 'Entity reference chaining / billion laughs: repeated &eX; style references',
    // Heuristic: 3+ consecutive entity refs suggests expansion attack
    pattern: /(?:&\w{1,20};){3,}/,
  },
  {
    id: 'xml-namespace-confusion',
    description: 'xmlns: attribute injection — can redefine namespaces to confuse parsers',
    // pattern: /\bxmlns\s*(?::\w{1,40})?\s*=/i,
    pattern: /\bxmlns(?::\w{1,40})?\s*=/i,
  },
  {
    id: 'xml-comment-injection',
    description: '<!-- comment injection — can hide content from some parsers',
    pattern: /<!--/,
  },
  {
    id: 'xml-comment-close',
    description: '--> closes an enclosing XML comment',
    pattern: /-->/,
  },
  {
    id: 'xml-pi-close',
    description: '?> closes an enclosing processing instruction',
    pattern: /\?>/,
  },
];

/* harmony default export */ const xml = (XML_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/svg.js
/**
 * SVG context patterns.
 *
 * SVG is XML-based but renders in browsers, giving it a unique attack surface
 * that combines XML parser behaviour with browser rendering and JavaScript execution.
 *
 * Many of these vectors bypass HTML sanitizers that don't understand SVG semantics
 * (DOMPurify has documented bypass vulnerabilities specifically in SVG/XML context).
 */

const SVG_PATTERNS = [
  {
    id: 'svg-script-element',
    description: '<script element inside SVG executes JavaScript',
    pattern: /<script[\s>/]/i,
  },
  {
    id: 'svg-xlink-href-javascript',
    description: 'xlink:href with javascript: — classic SVG XSS via <a> or <use>',
    pattern: /xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i,
  },
  {
    id: 'svg-href-javascript',
    description: 'href= with javascript: in SVG context (<a>, <animate>, etc.)',
    pattern: /href\s*=\s*["']?\s*javascript\s*:/i,
  },
  {
    id: 'svg-foreignobject',
    description: '<foreignObject embeds HTML inside SVG — can execute scripts',
    pattern: /<foreignObject[\s>/]/i,
  },
  {
    id: 'svg-use-external',
    description: '<use xlink:href or href pointing to external resource (non-fragment URL)',
    // Match <use with href= where the value starts with a non-# character (external URL)
    // [\"'][^#] catches quoted values not starting with #; [^\"'#\s>] catches unquoted
    pattern: /<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i,
  },
  {
    id: 'svg-animate-href',
    description: '<animate attributeName="href" — can dynamically change href to javascript:',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i,
  },
  {
    id: 'svg-animate-xlinkhref',
    description: '<animate attributeName="xlink:href"',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i,
  },
  {
    id: 'svg-set-javascript',
    description: '<set to="javascript:..." — sets an attribute to a javascript: URI',
    pattern: /<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i,
  },
  {
    id: 'svg-event-handler',
    description: 'SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.',
    pattern: /\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i,
  },
  {
    id: 'svg-handler-generic',
    description: 'Generic on* handler catch-all for SVG attributes',
    pattern: /\bon\w{1,30}\s*=/i,
  },
  {
    id: 'svg-filter-feimage',
    description: '<feImage href= — filter primitive that can load external resources',
    pattern: /<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i,
  },
  {
    id: 'svg-image-external',
    description: '<image xlink:href with http/https or javascript protocol',
    pattern: /<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i,
  },
  {
    id: 'svg-style-javascript',
    description: 'style= attribute containing javascript: (e.g. background:url(javascript:...))',
    pattern: /style\s*=[\s\S]{0,60}javascript\s*:/i,
  },
];

/* harmony default export */ const svg = (SVG_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/shell.js
/**
 * SHELL context patterns.
 *
 * Detects shell injection vectors and path traversal patterns.
 * Designed for use when a string will be passed to a shell command,
 * used as a file path, or interpolated into OS-level operations.
 */

const SHELL_PATTERNS = [
  {
    id: 'shell-path-traversal-unix',
    description: 'Unix path traversal: ../  — climbing the directory tree',
    pattern: /\.\.\//,
  },
  {
    id: 'shell-path-traversal-windows',
    description: 'Windows path traversal: ..\\ — climbing the directory tree',
    pattern: /\.\.\\/,
  },
  {
    id: 'shell-path-traversal-encoded',
    description: 'URL-encoded path traversal: %2e%2e or %2f variants',
    pattern: /%2e%2e|%2f\.\.|\.\.%2f/i,
  },
  {
    id: 'shell-null-byte',
    description: 'Null byte injection: \\x00 or %00 — truncates strings in C-backed functions',
    pattern: /\x00|%00/,
  },
  {
    id: 'shell-semicolon',
    description: 'Semicolon command separator: cmd1; cmd2',
    pattern: /;/,
  },
  {
    id: 'shell-pipe',
    description: 'Pipe operator: cmd1 | cmd2',
    pattern: /\|/,
  },
  {
    id: 'shell-and-operator',
    description: 'AND operator: cmd1 && cmd2',
    pattern: /&&/,
  },
  {
    id: 'shell-or-operator',
    description: 'OR operator: cmd1 || cmd2',
    pattern: /\|\|/,
  },
  {
    id: 'shell-backtick',
    description: 'Backtick command substitution: `cmd`',
    pattern: /`/,
  },
  {
    id: 'shell-dollar-paren',
    description: 'Dollar-paren command substitution: $(cmd)',
    pattern: /\$\(/,
  },
  {
    id: 'shell-dollar-brace',
    description: 'Dollar-brace variable expansion: ${var} — can be abused for injection',
    pattern: /\$\{/,
  },
  {
    id: 'shell-redirect-out',
    description: 'Output redirection: cmd > file or cmd >> file',
    pattern: />{1,2}/,
  },
  {
    id: 'shell-redirect-in',
    description: 'Input redirection: cmd < file',
    pattern: /</,
  },
  {
    id: 'shell-newline-injection',
    description: 'Newline injection: \\n or \\r — can inject new shell commands',
    pattern: /[\n\r]/,
  },
  {
    id: 'shell-glob-star',
    description: 'Glob expansion: * or ? — can expand to unintended files',
    // Only flag when combined with path separators to reduce false positives
    pattern: /[/\\][*?]/,
  },
  {
    id: 'shell-absolute-root',
    description: 'Absolute root path injection: string starting with / or \\ (Windows UNC)',
    pattern: /^(?:\/|\\\\)/,
  },
  {
    id: 'shell-windows-drive',
    description: 'Windows drive letter path injection: C:\\ or D:/',
    pattern: /^[a-zA-Z]:[/\\]/,
  },
  {
    id: 'shell-curl-wget',
    description: 'curl/wget with URL or flags — can exfiltrate data or download payloads',
    // Require a URL scheme (http/https/ftp) or a flag (-) to reduce false positives
    // "curl is a tool" won't match; "curl http://..." or "curl -s ..." will
    pattern: /\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i,
  },
];

/* harmony default export */ const shell = (SHELL_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/redos.js
/**
 * REDOS context patterns.
 *
 * Detects strings that, if used as regular expressions, could cause
 * catastrophic backtracking (ReDoS — Regular Expression Denial of Service).
 *
 * These patterns detect the structural forms that lead to exponential or
 * polynomial backtracking in NFA-based regex engines (V8, PCRE, Java, etc.).
 *
 * Use this context when user-supplied strings will be compiled into RegExp objects.
 */

const REDOS_PATTERNS = [
  {
    id: 'redos-nested-quantifier-plus',
    description: 'Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.',
    // Matches any group containing a + quantifier, with an outer * or + — catches (a+)+, (.+b)*, etc.
    pattern: /\([^)]*\+[^)]*\)[+*]/,
  },
  {
    id: 'redos-nested-quantifier-star',
    description: 'Nested * quantifier: (a*)* or (a*)+ — catastrophic backtracking',
    pattern: /\([^)]*\*[^)]*\)[*+]/,
  },
  {
    id: 'redos-nested-groups',
    description: 'Doubly nested quantified groups: ((a+)+) — guaranteed catastrophic',
    pattern: /\(\([^)]{0,40}\)[+*]\)[+*]/,
  },
  {
    id: 'redos-alternation-overlap',
    description: 'Overlapping alternation under quantifier: (a|a)+ — ambiguous NFA paths',
    // Detect repeated identical alternatives under a quantifier
    pattern: /\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/,
  },
  {
    id: 'redos-star-plus-concat',
    description: '(x*x)+ pattern — triggers super-linear backtracking',
    pattern: /\([^)]{0,10}\*[^)]{0,10}\)[+*]/,
  },
  {
    id: 'redos-dot-star-greedy',
    description: '(.*){n,} or (.+){n,} — repeated greedy dot quantifiers',
    pattern: /\(\.[*+]\)\{?\d/,
  },
  {
    id: 'redos-large-repetition',
    description: 'Very large fixed or range repetition count {1000,} or {1000,n} — denial of service via backtracking',
    // Matches { followed by 4+ digits (≥1000), then optional ,digits }
    pattern: /\{\d{4,}(?:,\d*)?\}/,
  },
  {
    id: 'redos-catastrophic-alternation',
    description: 'Long alternation with many similar branches — polynomial backtracking risk',
    // Heuristic: 10+ pipe-separated alternatives in a single group
    pattern: /\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/,
  },
];

/* harmony default export */ const redos = (REDOS_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/nosql.js
/**
 * NOSQL context patterns.
 *
 * Detects injection vectors specific to NoSQL databases (primarily MongoDB)
 * and JavaScript-evaluated queries.
 *
 * Attack categories:
 *   1. MongoDB query operator injection: $where, $ne, $gt, $regex, $or, $and, etc.
 *      These operators, when injected into a JSON query object, can bypass
 *      authentication or exfiltrate data without knowing passwords.
 *
 *   2. JavaScript execution: $where clauses execute arbitrary JS server-side.
 *
 *   3. Prototype pollution: __proto__, constructor.prototype — can corrupt
 *      the prototype chain of all objects in the Node.js process.
 *
 * Pattern note: MongoDB operators appear as JSON keys. In JSON, keys are
 * quoted: {"$where": ...} so the pattern must allow an optional closing
 * quote between the operator name and the colon: /\$where["'\s]*:/
 */

// Shared suffix: optional closing quote/whitespace before the colon
// Handles: $op: (bare), "$op": (JSON), '$op': (single-quoted)
const SEP = /["'\s]*:/;
const sep = '["\'\\s]*:';

const NOSQL_PATTERNS = [
  // ─── MongoDB $ operator injection ────────────────────────────────────────
  {
    id: 'nosql-where-operator',
    description: '$where — executes arbitrary JavaScript server-side in MongoDB',
    pattern: new RegExp(`\\$where${sep}`, 'i'),
  },
  {
    id: 'nosql-ne-operator',
    description: '$ne — "not equal" operator used to bypass equality checks',
    pattern: new RegExp(`\\$ne${sep}`, 'i'),
  },
  {
    id: 'nosql-gt-operator',
    description: '$gt — "greater than" used to bypass password/value checks',
    pattern: new RegExp(`\\$gte?${sep}`, 'i'),
  },
  {
    id: 'nosql-lt-operator',
    description: '$lt / $lte — "less than" bypass variants',
    pattern: new RegExp(`\\$lte?${sep}`, 'i'),
  },
  {
    id: 'nosql-regex-operator',
    description: '$regex — can be used to extract data character by character (blind injection)',
    pattern: new RegExp(`\\$regex${sep}`, 'i'),
  },
  {
    id: 'nosql-or-operator',
    description: '$or — logical OR; used to create always-true conditions',
    pattern: new RegExp(`\\$or${sep}\\s*\\[`, 'i'),
  },
  {
    id: 'nosql-and-operator',
    description: '$and — logical AND operator injection',
    pattern: new RegExp(`\\$and${sep}\\s*\\[`, 'i'),
  },
  {
    id: 'nosql-nor-operator',
    description: '$nor — logical NOR operator injection',
    pattern: new RegExp(`\\$nor${sep}\\s*\\[`, 'i'),
  },
  {
    id: 'nosql-exists-operator',
    description: '$exists — can enumerate fields to determine schema',
    pattern: new RegExp(`\\$exists${sep}`, 'i'),
  },
  {
    id: 'nosql-in-operator',
    description: '$in — matches any value in a list; can enumerate values',
    pattern: new RegExp(`\\$in${sep}\\s*\\[`, 'i'),
  },
  {
    id: 'nosql-expr-operator',
    description: '$expr — allows aggregation expressions in queries (MongoDB 3.6+)',
    pattern: new RegExp(`\\$expr${sep}`, 'i'),
  },
  {
    id: 'nosql-function-operator',
    description: '$function — executes arbitrary JavaScript in MongoDB 4.4+',
    pattern: new RegExp(`\\$function${sep}`, 'i'),
  },
  {
    id: 'nosql-accumulator-operator',
    description: '$accumulator — custom aggregation with arbitrary JS execution',
    pattern: new RegExp(`\\$accumulator${sep}`, 'i'),
  },
  // ─── Prototype pollution ─────────────────────────────────────────────────
  {
    id: 'nosql-proto-pollution',
    description: '__proto__ — prototype pollution via object key injection',
    pattern: /__proto__/,
  },
  {
    id: 'nosql-constructor-prototype',
    description: 'constructor.prototype — alternative prototype pollution vector (dot notation or JSON key)',
    // Matches dot-notation (obj.constructor.prototype) and JSON key adjacency
    // ("constructor": {"prototype": ...})
    pattern: /constructor[\s"':.,{\[]*prototype/i,
  },
  {
    id: 'nosql-proto-bracket',
    description: '["__proto__"] — bracket-notation prototype pollution',
    pattern: /\[["']__proto__["']\]/,
  },
];

/* harmony default export */ const nosql = (NOSQL_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/log.js
/**
 * LOG context patterns.
 *
 * Detects injection vectors that are dangerous when a string is written
 * to a log file, passed to a logging framework, or interpolated into
 * a log message that will be parsed or displayed.
 *
 * Attack categories:
 *   1. CRLF injection — injects fake log lines by embedding newlines
 *   2. Log4Shell (CVE-2021-44228) — ${jndi:...} triggers JNDI lookup in Log4j
 *   3. SSTI in log templates — {{...}}, #{...} trigger template evaluation
 *      if the log message is passed through a template engine
 *   4. Null byte injection — truncates log entries in some implementations
 *   5. ANSI escape injection — manipulates terminal output when logs are
 *      tailed in a terminal (colour codes, cursor movement, etc.)
 *
 * Note: Newline characters (\n, \r) will produce false positives for
 * multi-line legitimate values. Use this context only for single-line
 * log field values (usernames, IDs, request parameters, etc.).
 */

const LOG_PATTERNS = [
  // ─── CRLF / newline injection ─────────────────────────────────────────────
  {
    id: 'log-crlf-injection',
    description: 'CRLF injection: literal \\r or \\n embeds fake log lines',
    pattern: /[\r\n]/,
  },
  {
    id: 'log-url-encoded-crlf',
    description: 'URL-encoded CRLF: %0d, %0a, %0D, %0A — decoded by some log parsers',
    pattern: /%0[dDaA]/,
  },
  {
    id: 'log-unicode-newline',
    description: 'Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)',
    pattern: /[\u2028\u2029]/,
  },

  // ─── Log4Shell / JNDI injection (CVE-2021-44228) ─────────────────────────
  {
    id: 'log-log4shell-jndi',
    description: 'Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j',
    pattern: /\$\{jndi\s*:/i,
  },
  {
    id: 'log-log4shell-obfuscated',
    description: 'Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection',
    // ${::- is the Log4j lookup-bypass escape sequence; presence alone is suspicious
    pattern: /\$\{::-/,
  },
  {
    id: 'log-log4j-lookup',
    description: 'Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} — data exfiltration',
    pattern: /\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i,
  },

  // ─── Server-Side Template Injection (SSTI) in log messages ───────────────
  {
    id: 'log-ssti-double-brace',
    description: 'SSTI double-brace: {{expression}} — Jinja2, Twig, Handlebars, etc.',
    pattern: /\{\{[\s\S]{0,80}\}\}/,
  },
  {
    id: 'log-ssti-hash-brace',
    description: 'SSTI hash-brace: #{expression} — Thymeleaf, Velocity, Ruby ERB',
    pattern: /#\{[\s\S]{0,80}\}/,
  },
  {
    id: 'log-ssti-dollar-brace',
    description: 'SSTI/EL injection: ${expression with operators or method calls} — JSP EL, Freemarker, SpEL',
    // Require that the ${...} content looks like an expression, not a plain variable name.
    // Flags if the content contains: . ( * + operators, or known SSTI keywords.
    // This avoids flagging ${PATH}, ${HOME} etc. (plain shell variables).
    pattern: /\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i,
  },
  {
    id: 'log-ssti-percent-tag',
    description: 'SSTI ERB/ASP tag: <%= expression %> — Ruby ERB, ASP',
    pattern: /<%=[\s\S]{0,80}%>/,
  },

  // ─── Null byte ────────────────────────────────────────────────────────────
  {
    id: 'log-null-byte',
    description: 'Null byte: \\x00 or %00 — can truncate log entries in C-backed loggers',
    pattern: /\x00|%00/,
  },

  // ─── ANSI escape injection ────────────────────────────────────────────────
  {
    id: 'log-ansi-escape',
    description: 'ANSI escape sequence: ESC[ — can manipulate terminal output when logs are tailed',
    pattern: /\x1b\[/,
  },
];

/* harmony default export */ const log = (LOG_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/index.js
/**
 * is-unsafe v2
 *
 * Zero-dependency, DOM-free, pure predicate for detecting unsafe strings
 * across HTML, XML, SVG, SQL, SQL-STRICT, SHELL, REDOS, NOSQL, and LOG contexts.
 *
 * v2 change: contexts are imported as named pattern arrays rather than resolved
 * via a string-keyed registry. This makes each context independently
 * tree-shakeable — bundlers can drop any context you never import.
 *
 * @module is-unsafe
 */

// ─── Context pattern arrays (named exports) ────────────────────────────────
// Import only the ones you need. Each is independently tree-shakeable.










// SQL-STRICT needs a quoted identifier because of the hyphen



// Markup contexts are also matched against an entity-decoded copy of the input,
// because browsers decode HTML character references before interpreting a URL
// scheme (e.g. javascript&#58;… is a javascript: URL).


// ─── VALID_CONTEXTS convenience re-export ─────────────────────────────────
// Importing this pulls in ALL contexts. Use it only when you need all of them
// (e.g. for validation UI, tooling, or exhaustive audits).
// If you only need a subset, import the named contexts directly instead.










// ─── Attach labels to named contexts ──────────────────────────────────────
// Each built-in PatternList carries its canonical name so matchList can read
// list.label directly — no registry lookup needed at match time.
// Custom PatternLists default to 'CUSTOM' unless the caller sets list.label.

html.label       = 'HTML';
xml.label        = 'XML';
svg.label        = 'SVG';

// Markup contexts: also test an entity-decoded copy (see util/decode-entities.js).
// Non-markup contexts (SQL, SHELL, LOG, …) are matched byte-for-byte as supplied.
html.decodeEntities = true;
xml.decodeEntities  = true;
svg.decodeEntities  = true;
sql.label        = 'SQL';
sql_strict.label = 'SQL-STRICT';
shell.label      = 'SHELL';
redos.label      = 'REDOS';
nosql.label      = 'NOSQL';
log.label        = 'LOG';

const VALID_CONTEXTS = Object.freeze({
  HTML: html,
  XML: xml,
  SVG: svg,
  SQL: sql,
  'SQL-STRICT': sql_strict,
  SHELL: shell,
  REDOS: redos,
  NOSQL: nosql,
  LOG: log,
});

// ─── Types ────────────────────────────────────────────────────────────────

/**
 * @typedef {{ id: string, description: string, pattern: RegExp }} Rule
 */

/**
 * @typedef {Rule[]} PatternList
 */

/**
 * @typedef {Object} MatchResult
 * @property {string} context     - Label identifying which context matched ('HTML', 'CUSTOM', etc.)
 * @property {string} id          - Rule identifier
 * @property {string} description - Human-readable description of what was matched
 * @property {RegExp} pattern     - The pattern that matched
 */

// ─── Internal helpers ──────────────────────────────────────────────────────

/**
 * @param {unknown} value
 */
function assertString(value) {
  if (typeof value !== 'string') {
    throw new TypeError(
      `is-unsafe: first argument must be a string, got ${typeof value}`
    );
  }
}

/**
 * @param {unknown} context
 */
function assertContext(context) {
  if (context instanceof RegExp) return;

  if (Array.isArray(context)) {
    if (context.length === 0) {
      throw new TypeError('is-unsafe: context must not be an empty array');
    }
    // Detect array-of-arrays vs flat pattern list
    if (Array.isArray(context[0])) {
      // Array of PatternLists
      for (const list of context) {
        if (!Array.isArray(list) || list.length === 0) {
          throw new TypeError(
            'is-unsafe: each context in the array must be a non-empty pattern array (PatternList)'
          );
        }
      }
    }
    // else: flat PatternList — trust it, no deep validation needed
    return;
  }

  throw new TypeError(
    `is-unsafe: second argument must be a PatternList (e.g. HTML), ` +
    `an array of PatternLists (e.g. [HTML, XML]), or a RegExp. Got: ${typeof context}`
  );
}

/**
 * Normalise any valid context arg into an array of PatternLists.
 *
 * @param {Rule[]|Rule[][]|RegExp} context
 * @returns {{ lists: Rule[][]|null, regex: RegExp|null }}
 */
function normalise(context) {
  if (context instanceof RegExp) return { lists: null, regex: context };
  // Distinguish PatternList (array of rule objects) from array of PatternLists
  if (Array.isArray(context[0])) return { lists: context, regex: null };
  return { lists: [context], regex: null };
}

/**
 * For markup contexts, return an entity-decoded copy of `value` to test
 * alongside the raw input, or null when there is nothing extra to test.
 *
 * @param {string} value
 * @param {Rule[]} list
 * @returns {string|null}
 */
function decodedCopy(value, list) {
  if (!list.decodeEntities) return null;
  const decoded = decodeEntities(value);
  return decoded === value ? null : decoded;
}

/**
 * Test value against a single PatternList. Returns the first MatchResult or null.
 *
 * @param {string} value
 * @param {Rule[]} list
 * @returns {MatchResult|null}
 */
function matchList(value, list) {
  const label = list.label ?? 'CUSTOM';
  const decoded = decodedCopy(value, list);
  for (const rule of list) {
    if (rule.pattern.test(value) || (decoded !== null && rule.pattern.test(decoded))) {
      return { context: label, id: rule.id, description: rule.description, pattern: rule.pattern };
    }
  }
  return null;
}

// ─── Public API ───────────────────────────────────────────────────────────

/**
 * Returns `true` if `value` is unsafe in the given context(s), `false` otherwise.
 *
 * @param {string} value - The string to test
 * @param {PatternList | PatternList[] | RegExp} context
 *   - A PatternList imported from is-unsafe (e.g. `HTML`, `XML`)
 *   - An array of PatternLists — returns true if unsafe in **any** of them
 *   - A custom RegExp — returns true if the pattern matches
 * @returns {boolean}
 *
 * @example
 * import { isUnsafe, HTML, SQL } from 'is-unsafe';
 *
 * isUnsafe('<script>alert(1)</script>', HTML)       // true
 * isUnsafe('hello world', HTML)                     // false
 * isUnsafe('value', [HTML, SQL])                    // false
 * isUnsafe('value', /my-pattern/i)                  // false
 */
function isUnsafe(value, context) {
  assertString(value);
  assertContext(context);

  const { lists, regex } = normalise(context);

  if (regex) return regex.test(value);

  for (const list of lists) {
    if (matchList(value, list) !== null) return true;
  }
  return false;
}

/**
 * Like `isUnsafe`, but returns the first `MatchResult` describing **why**
 * the value was flagged, or `null` if it is safe.
 *
 * @param {string} value
 * @param {PatternList | PatternList[] | RegExp} context
 * @returns {MatchResult|null}
 *
 * @example
 * import { whyUnsafe, HTML } from 'is-unsafe';
 *
 * whyUnsafe('<script>alert(1)</script>', HTML)
 * // { context: 'HTML', id: 'html-script-open', description: '...', pattern: /.../ }
 */
function whyUnsafe(value, context) {
  assertString(value);
  assertContext(context);

  const { lists, regex } = normalise(context);

  if (regex) {
    return regex.test(value)
      ? { context: 'CUSTOM', id: 'custom-regex', description: 'Matched caller-supplied pattern', pattern: regex }
      : null;
  }

  for (const list of lists) {
    const result = matchList(value, list);
    if (result !== null) return result;
  }
  return null;
}

/**
 * Returns **all** matching rules across the given context(s), or an empty
 * array if the value is safe. Useful for comprehensive auditing.
 *
 * @param {string} value
 * @param {PatternList | PatternList[] | RegExp} context
 * @returns {MatchResult[]}
 */
function allUnsafe(value, context) {
  assertString(value);
  assertContext(context);

  const { lists, regex } = normalise(context);
  const results = [];

  if (regex) {
    if (regex.test(value)) {
      results.push({ context: 'CUSTOM', id: 'custom-regex', description: 'Matched caller-supplied pattern', pattern: regex });
    }
    return results;
  }

  for (const list of lists) {
    const label = list.label ?? 'CUSTOM';
    const decoded = decodedCopy(value, list);
    for (const rule of list) {
      if (rule.pattern.test(value) || (decoded !== null && rule.pattern.test(decoded))) {
        results.push({ context: label, id: rule.id, description: rule.description, pattern: rule.pattern });
      }
    }
  }

  return results;
}


/* harmony default export */ const src = ((/* unused pure expression or super */ null && (isUnsafe)));

;// CONCATENATED MODULE: ./node_modules/fast-xml-parser/src/xmlparser/OrderedObjParser.js

///@ts-check












// const regx =
//   '<((!\\[CDATA\\[([\\s\\S]*?)(]]>))|((NAME:)?(NAME))([^>]*)>|((\\/)(NAME)\\s*>))([^<]*)'
//   .replace(/NAME/g, util.nameRegexp);

//const tagsRegx = new RegExp("<(\\/?[\\w:\\-\._]+)([^>]*)>(\\s*"+cdataRegx+")*([^<]+)?","g");
//const tagsRegx = new RegExp("<(\\/?)((\\w*:)?([\\w:\\-\._]+))([^>]*)>([^<]*)("+cdataRegx+"([^<]*))*([^<]+)?","g");

// Helper functions for attribute and namespace handling

/**
 * Extract raw attributes (without prefix) from prefixed attribute map
 * @param {object} prefixedAttrs - Attributes with prefix from buildAttributesMap
 * @param {object} options - Parser options containing attributeNamePrefix
 * @returns {object} Raw attributes for matcher
 */
function extractRawAttributes(prefixedAttrs, options) {
  if (!prefixedAttrs) return {};

  // Handle attributesGroupName option
  const attrs = options.attributesGroupName
    ? prefixedAttrs[options.attributesGroupName]
    : prefixedAttrs;

  if (!attrs) return {};

  const rawAttrs = {};
  for (const key in attrs) {
    // Remove the attribute prefix to get raw name
    if (key.startsWith(options.attributeNamePrefix)) {
      const rawName = key.substring(options.attributeNamePrefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      // Attribute without prefix (shouldn't normally happen, but be safe)
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}

/**
 * Extract namespace from raw tag name
 * @param {string} rawTagName - Tag name possibly with namespace (e.g., "soap:Envelope")
 * @returns {string|undefined} Namespace or undefined
 */
function extractNamespace(rawTagName) {
  if (!rawTagName || typeof rawTagName !== 'string') return undefined;

  const colonIndex = rawTagName.indexOf(':');
  if (colonIndex !== -1 && colonIndex > 0) {
    const ns = rawTagName.substring(0, colonIndex);
    // Don't treat xmlns as a namespace
    if (ns !== 'xmlns') {
      return ns;
    }
  }
  return undefined;
}

class OrderedObjParser {
  constructor(options, externalEntities) {
    this.options = options;
    this.currentNode = null;
    this.tagsNodeStack = [];
    this.parseXml = parseXml;
    this.parseTextData = parseTextData;
    this.resolveNameSpace = resolveNameSpace;
    this.buildAttributesMap = buildAttributesMap;
    this.isItStopNode = isItStopNode;
    this.replaceEntitiesValue = replaceEntitiesValue;
    this.readStopNodeData = readStopNodeData;
    this.saveTextToParentTag = saveTextToParentTag;
    this.addChild = addChild;
    this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes)
    this.entityExpansionCount = 0;
    this.currentExpandedLength = 0;
    this.doctypefound = false;
    let namedEntities = { ...XML };
    if (this.options.entityDecoder) {
      this.entityDecoder = this.options.entityDecoder
    } else {
      if (typeof this.options.htmlEntities === "object") namedEntities = this.options.htmlEntities;
      else if (this.options.htmlEntities === true) namedEntities = { ...COMMON_HTML, ...CURRENCY };
      this.entityDecoder = new EntityDecoder({
        namedEntities: { ...namedEntities, ...externalEntities },
        numericAllowed: this.options.htmlEntities,
        limit: {
          maxTotalExpansions: this.options.processEntities.maxTotalExpansions,
          maxExpandedLength: this.options.processEntities.maxExpandedLength,
          applyLimitsTo: this.options.processEntities.appliesTo,
        },
        // onExternalEntity: (name, value) => isUnsafe(value) ? 'block' : 'allow',
        onInputEntity: (name, value) =>
          //TODO: VALID_CONTEXTS.HTML should be set only if this.options.htmlEntities
          isUnsafe(value, [html, xml]) ? ENTITY_ACTION.BLOCK : ENTITY_ACTION.ALLOW,

        //postCheck: resolved => resolved
      });
    }

    // Initialize path matcher for path-expression-matcher
    this.matcher = new Matcher();
    this.readonlyMatcher = this.matcher.readOnly();

    // Flag to track if current node is a stop node (optimization)
    this.isCurrentNodeStopNode = false;

    // Pre-compile stopNodes expressions
    this.stopNodeExpressionsSet = new ExpressionSet();
    const stopNodesOpts = this.options.stopNodes;
    if (stopNodesOpts && stopNodesOpts.length > 0) {
      for (let i = 0; i < stopNodesOpts.length; i++) {
        const stopNodeExp = stopNodesOpts[i];
        if (typeof stopNodeExp === 'string') {
          // Convert string to Expression object
          this.stopNodeExpressionsSet.add(new Expression(stopNodeExp));
        } else if (stopNodeExp instanceof Expression) {
          // Already an Expression object
          this.stopNodeExpressionsSet.add(stopNodeExp);
        }
      }
      this.stopNodeExpressionsSet.seal();
    }
  }

}


/**
 * @param {string} val
 * @param {string} tagName
 * @param {string|Matcher} jPath - jPath string or Matcher instance based on options.jPath
 * @param {boolean} dontTrim
 * @param {boolean} hasAttributes
 * @param {boolean} isLeafNode
 * @param {boolean} escapeEntities
 */
function parseTextData(val, tagName, jPath, dontTrim, hasAttributes, isLeafNode, escapeEntities) {
  const options = this.options;
  if (val !== undefined) {
    if (options.trimValues && !dontTrim) {
      val = val.trim();
    }
    if (val.length > 0) {
      if (!escapeEntities) val = this.replaceEntitiesValue(val, tagName, jPath);

      // Pass jPath string or matcher based on options.jPath setting
      const jPathOrMatcher = options.jPath ? jPath.toString() : jPath;
      const newval = options.tagValueProcessor(tagName, val, jPathOrMatcher, hasAttributes, isLeafNode);
      if (newval === null || newval === undefined) {
        //don't parse
        return val;
      } else if (typeof newval !== typeof val || newval !== val) {
        //overwrite
        return newval;
      } else if (options.trimValues) {
        return parseValue(val, options.parseTagValue, options.numberParseOptions);
      } else {
        const trimmedVal = val.trim();
        if (trimmedVal === val) {
          return parseValue(val, options.parseTagValue, options.numberParseOptions);
        } else {
          return val;
        }
      }
    }
  }
}

function resolveNameSpace(tagname) {
  if (this.options.removeNSPrefix) {
    const tags = tagname.split(':');
    const prefix = tagname.charAt(0) === '/' ? '/' : '';
    if (tags[0] === 'xmlns') {
      return '';
    }
    if (tags.length === 2) {
      tagname = prefix + tags[1];
    }
  }
  return tagname;
}

//TODO: change regex to capture NS
//const attrsRegx = new RegExp("([\\w\\-\\.\\:]+)\\s*=\\s*(['\"])((.|\n)*?)\\2","gm");
// The value is matched with a negated class per quote type rather than a lazy `[\s\S]*?` up to a
// backreference, which is much slower on long values (SVG paths, data URIs)
const attrsRegx = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/gm;

// value inside double quotes, or inside single quotes, or undefined when there is no value
function attrValue(match) {
  return match[3] !== undefined ? match[3] : match[4];
}

function buildAttributesMap(attrStr, jPath, tagName, force = false) {
  const options = this.options;
  if (force === true || (options.ignoreAttributes !== true && typeof attrStr === 'string')) {
    // attrStr = attrStr.replace(/\r?\n/g, ' ');
    //attrStr = attrStr || attrStr.trim();

    const matches = getAllMatches(attrStr, attrsRegx);
    const len = matches.length; //don't make it inline
    const attrs = {};

    // Pre-process values once: trim + entity replacement
    // Reused in both matcher update and second pass
    const processedVals = new Array(len);
    let hasRawAttrs = false;
    const rawAttrsForMatcher = {};

    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      const oldVal = attrValue(matches[i]);

      if (attrName.length && oldVal !== undefined) {
        let val = oldVal;
        if (options.trimValues) val = val.trim();
        val = this.replaceEntitiesValue(val, tagName, this.readonlyMatcher);
        processedVals[i] = val;

        rawAttrsForMatcher[attrName] = val;
        hasRawAttrs = true;
      }
    }

    // Update matcher ONCE before second pass, if applicable
    if (hasRawAttrs && typeof jPath === 'object' && jPath.updateCurrent) {
      jPath.updateCurrent(rawAttrsForMatcher);
    }

    // Hoist toString() once — path doesn't change during attribute processing
    const jPathStr = options.jPath ? jPath.toString() : this.readonlyMatcher;

    // Second pass: apply processors, build final attrs
    let hasAttrs = false;
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);

      if (this.ignoreAttributesFn(attrName, jPathStr)) continue;

      let aName = options.attributeNamePrefix + attrName;

      if (attrName.length) {
        if (options.transformAttributeName) {
          aName = options.transformAttributeName(aName);
        }
        aName = sanitizeName(aName, options);

        if (attrValue(matches[i]) !== undefined) {
          // Reuse already-processed value — no double entity replacement
          const oldVal = processedVals[i];

          const newVal = options.attributeValueProcessor(attrName, oldVal, jPathStr);
          if (newVal === null || newVal === undefined) {
            attrs[aName] = oldVal;
          } else if (typeof newVal !== typeof oldVal || newVal !== oldVal) {
            attrs[aName] = newVal;
          } else {
            attrs[aName] = parseValue(oldVal, options.parseAttributeValue, options.numberParseOptions);
          }
          hasAttrs = true;
        } else if (options.allowBooleanAttributes) {
          attrs[aName] = true;
          hasAttrs = true;
        }
      }
    }

    if (!hasAttrs) return;

    if (options.attributesGroupName && !options.preserveOrder) {
      const attrCollection = {};
      attrCollection[options.attributesGroupName] = attrs;
      return attrCollection;
    }
    return attrs;
  }
}
const parseXml = function (xmlData) {
  const options = this.options;
  const crlfPositions = options.captureMetaData ? [] : undefined;
  xmlData = xmlData.replace(/\r\n?/g, options.captureMetaData ? (newline, index) => {
    if (newline.length === 2) {
      // Store the position after earlier CRLF pairs have been normalized.
      crlfPositions.push(index - crlfPositions.length);
    }
    return "\n";
  } : "\n");
  const xmlObj = new XmlNode('!xml');
  let currentNode = xmlObj;
  let textData = "";

  // Reset matcher for new document
  this.matcher.reset();
  this.entityDecoder.reset();

  // Reset entity expansion counters for this document
  this.entityExpansionCount = 0;
  this.currentExpandedLength = 0;
  this.doctypefound = false;
  const docTypeReader = new DocTypeReader(options.processEntities);
  const xmlLen = xmlData.length;
  for (let i = 0; i < xmlLen; i++) {//for each char in XML data
    const ch = xmlData[i];
    if (ch === '<') {
      // const nextIndex = i+1;
      // const _2ndChar = xmlData[nextIndex];
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {//Closing Tag '/'
        const closeIndex = findClosingIndex(xmlData, ">", i, "Closing Tag is not closed.")
        let tagName = xmlData.substring(i + 2, closeIndex).trim();

        if (options.removeNSPrefix) {
          const colonIndex = tagName.indexOf(":");
          if (colonIndex !== -1) {
            tagName = tagName.substr(colonIndex + 1);
          }
        }

        tagName = transformTagName(options.transformTagName, tagName, "", options).tagName;

        if (currentNode) {
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        }

        //check if last tag of nested tag was unpaired tag
        const lastTagName = this.matcher.getCurrentTag();
        if (tagName && options.unpairedTagsSet.has(tagName)) {
          throw new Error(`Unpaired tag can not be used as closing tag: </${tagName}>`);
        }
        if (lastTagName && options.unpairedTagsSet.has(lastTagName)) {
          // Pop the unpaired tag
          this.matcher.pop();
          this.tagsNodeStack.pop();
        }
        // Pop the closing tag
        this.matcher.pop();
        this.isCurrentNodeStopNode = false; // Reset flag when closing tag

        //a closing tag with no matching opening tag leaves the stack empty
        currentNode = this.tagsNodeStack.pop() || xmlObj;//avoid recursion, set the parent tag scope

        if (options.captureMetaData && currentNode) {
          currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
        }
        textData = "";
        i = closeIndex;
      } else if (c1 === 63) { //'?'

        let tagData = readTagExp(xmlData, i, false, "?>");
        if (!tagData) throw new Error("Pi Tag is not closed.");

        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        const attsMap = this.buildAttributesMap(tagData.tagExp, this.matcher, tagData.tagName, true);
        if (attsMap) {
          const ver = attsMap[this.options.attributeNamePrefix + "version"];
          this.entityDecoder.setXmlVersion(Number(ver) || 1.0);
          docTypeReader.setXmlVersion(Number(ver) || 1.0);
        }
        if ((options.ignoreDeclaration && tagData.tagName === "?xml") || options.ignorePiTags) {
          //do nothing
        } else {

          const childNode = new XmlNode(tagData.tagName);
          childNode.add(options.textNodeName, "");

          if (tagData.tagName !== tagData.tagExp && tagData.attrExpPresent && options.ignoreAttributes !== true) {
            childNode[":@"] = attsMap
          }
          const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);

          if (options.captureMetaData) {
            // closeIndex points at '?' of the closing '?>'
            currentNode.addEndIndex(getOriginalIndex(tagData.closeIndex + 2, crlfPositions));
          }
        }


        i = tagData.closeIndex + 1;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 45
        && xmlData.charCodeAt(i + 3) === 45) { //'!--'
        const endIndex = findClosingIndex(xmlData, "-->", i + 4, "Comment is not closed.")
        if (options.commentPropName) {
          const comment = xmlData.substring(i + 4, endIndex - 2);

          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);

          currentNode.add(options.commentPropName, [{ [options.textNodeName]: comment }]);
        }
        i = endIndex;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 68) { //'!D'
        if (this.doctypefound) throw new Error("Multiple DOCTYPE declarations found.");
        this.doctypefound = true;
        const result = docTypeReader.readDocType(xmlData, i);
        this.entityDecoder.addInputEntities(result.entities);
        i = result.i;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 91) { // '!['
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "CDATA is not closed.") - 2;
        const tagExp = xmlData.substring(i + 9, closeIndex);

        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);

        let val = this.parseTextData(tagExp, currentNode.tagname, this.readonlyMatcher, true, false, true, true);
        if (val == undefined) val = "";

        //cdata should be set even if it is 0 length string
        if (options.cdataPropName) {
          currentNode.add(options.cdataPropName, [{ [options.textNodeName]: tagExp }]);
        } else {
          currentNode.add(options.textNodeName, val);
        }

        i = closeIndex + 2;
      } else {//Opening tag
        let result = readTagExp(xmlData, i, options.removeNSPrefix);

        // Safety check: readTagExp can return undefined
        if (!result) {
          // Log context for debugging
          const context = xmlData.substring(Math.max(0, i - 50), Math.min(xmlLen, i + 50));
          throw new Error(`readTagExp returned undefined at position ${i}. Context: "${context}"`);
        }

        let tagName = result.tagName;
        const rawTagName = result.rawTagName;
        let tagExp = result.tagExp;
        let attrExpPresent = result.attrExpPresent;
        let closeIndex = result.closeIndex;

        ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));

        if (options.strictReservedNames &&
          (tagName === options.commentPropName
            || tagName === options.cdataPropName
            || tagName === options.textNodeName
            || tagName === options.attributesGroupName
          )) {
          throw new Error(`Invalid tag name: ${tagName}`);
        }

        //save text as child node
        if (currentNode && textData) {
          if (currentNode.tagname !== '!xml') {
            //when nested tag is found
            textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher, false);
          }
        }

        //check if last tag was unpaired tag
        const lastTag = currentNode;
        if (lastTag && options.unpairedTagsSet.has(lastTag.tagname)) {
          currentNode = this.tagsNodeStack.pop();
          this.matcher.pop();
        }

        // Clean up self-closing syntax BEFORE processing attributes
        // This is where tagExp gets the trailing / removed
        let isSelfClosing = false;
        if (tagExp.length > 0 && tagExp.lastIndexOf("/") === tagExp.length - 1) {
          isSelfClosing = true;
          if (tagName[tagName.length - 1] === "/") {
            tagName = tagName.substr(0, tagName.length - 1);
            tagExp = tagName;
          } else {
            tagExp = tagExp.substr(0, tagExp.length - 1);
          }

          // Re-check attrExpPresent after cleaning
          attrExpPresent = (tagName !== tagExp);
        }

        // Now process attributes with CLEAN tagExp (no trailing /)
        let prefixedAttrs = null;
        let rawAttrs = {};
        let namespace = undefined;

        // Extract namespace from rawTagName
        namespace = extractNamespace(rawTagName);

        // Push tag to matcher FIRST (with empty attrs for now) so callbacks see correct path
        if (tagName !== xmlObj.tagname) {
          this.matcher.push(tagName, {}, namespace);
        }

        // Now build attributes - callbacks will see correct matcher state
        if (tagName !== tagExp && attrExpPresent) {
          // Build attributes (returns prefixed attributes for the tree)
          // Note: buildAttributesMap now internally updates the matcher with raw attributes
          prefixedAttrs = this.buildAttributesMap(tagExp, this.matcher, tagName);

          if (prefixedAttrs) {
            // Extract raw attributes (without prefix) for our use
            //TODO: seems a performance overhead
            rawAttrs = extractRawAttributes(prefixedAttrs, options);
          }
        }

        // Now check if this is a stop node (after attributes are set)
        if (tagName !== xmlObj.tagname) {
          this.isCurrentNodeStopNode = this.isItStopNode();
        }

        const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
        if (this.isCurrentNodeStopNode) {
          let tagContent = "";

          // For self-closing tags, content is empty
          if (isSelfClosing) {
            i = result.closeIndex;
          }
          //unpaired tag
          else if (options.unpairedTagsSet.has(tagName)) {
            i = result.closeIndex;
          }
          //normal tag
          else {
            //read until closing tag is found
            const result = this.readStopNodeData(xmlData, rawTagName, closeIndex + 1);
            if (!result) throw new Error(`Unexpected end of ${rawTagName}`);
            i = result.i;
            tagContent = result.tagContent;
          }

          const childNode = new XmlNode(tagName);

          if (prefixedAttrs) {
            childNode[":@"] = prefixedAttrs;
          }

          // For stop nodes, store raw content as-is without any processing
          childNode.add(options.textNodeName, tagContent);

          this.matcher.pop(); // Pop the stop node tag
          this.isCurrentNodeStopNode = false; // Reset flag

          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);

          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(i + 1, crlfPositions));
          }
        } else {
          //selfClosing tag
          if (isSelfClosing) {
            ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));

            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);

            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
            }
            this.matcher.pop(); // Pop self-closing tag
            this.isCurrentNodeStopNode = false; // Reset flag
          }
          else if (options.unpairedTagsSet.has(tagName)) {//unpaired tag
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);

            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(result.closeIndex + 1, crlfPositions));
            }
            this.matcher.pop(); // Pop unpaired tag
            this.isCurrentNodeStopNode = false; // Reset flag
            i = result.closeIndex;
            // Continue to next iteration without changing currentNode
            continue;
          }
          //opening tag
          else {
            const childNode = new XmlNode(tagName);
            if (this.tagsNodeStack.length > options.maxNestedTags) {
              throw new Error("Maximum nested tags exceeded");
            }
            this.tagsNodeStack.push(currentNode);

            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            currentNode = childNode;
          }
          textData = "";
          i = closeIndex;
        }
      }
    } else {
      textData += xmlData[i];
    }
  }
  return xmlObj.child;
}

function getOriginalIndex(index, crlfPositions) {
  let low = 0;
  let high = crlfPositions.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (crlfPositions[middle] < index) low = middle + 1;
    else high = middle;
  }
  return index + low;
}

function addChild(currentNode, childNode, matcher, startIndex) {
  // unset startIndex if not requested
  if (!this.options.captureMetaData) startIndex = undefined;

  // Pass jPath string or matcher based on options.jPath setting
  const jPathOrMatcher = this.options.jPath ? matcher.toString() : matcher;
  const result = this.options.updateTag(childNode.tagname, jPathOrMatcher, childNode[":@"])
  if (result === false) {
    //do nothing
  } else if (typeof result === "string") {
    childNode.tagname = result
    currentNode.addChild(childNode, startIndex);
  } else {
    currentNode.addChild(childNode, startIndex);
  }
}

/**
 * @param {object} val - Entity object with regex and val properties
 * @param {string} tagName - Tag name
 * @param {string|Matcher} jPath - jPath string or Matcher instance based on options.jPath
 */
function replaceEntitiesValue(val, tagName, jPath) {
  const entityConfig = this.options.processEntities;

  if (!entityConfig || !entityConfig.enabled) {
    return val;
  }

  // Check if tag is allowed to contain entities
  if (entityConfig.allowedTags) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    const allowed = Array.isArray(entityConfig.allowedTags)
      ? entityConfig.allowedTags.includes(tagName)
      : entityConfig.allowedTags(tagName, jPathOrMatcher);

    if (!allowed) {
      return val;
    }
  }

  // Apply custom tag filter if provided
  if (entityConfig.tagFilter) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    if (!entityConfig.tagFilter(tagName, jPathOrMatcher)) {
      return val; // Skip based on custom filter
    }
  }

  return this.entityDecoder.decode(val);
}


function saveTextToParentTag(textData, parentNode, matcher, isLeafNode) {
  if (textData) { //store previously collected data as textNode
    if (isLeafNode === undefined) isLeafNode = parentNode.child.length === 0

    textData = this.parseTextData(textData,
      parentNode.tagname,
      matcher,
      false,
      parentNode[":@"] ? Object.keys(parentNode[":@"]).length !== 0 : false,
      isLeafNode);

    if (textData !== undefined && textData !== "")
      parentNode.add(this.options.textNodeName, textData);
    textData = "";
  }
  return textData;
}

/**
 * @param {Array<Expression>} stopNodeExpressions - Array of compiled Expression objects
 * @param {Matcher} matcher - Current path matcher
 */
function isItStopNode() {
  if (this.stopNodeExpressionsSet.size === 0) return false;

  return this.matcher.matchesAny(this.stopNodeExpressionsSet);
}

/**
 * Returns the tag Expression and where it is ending handling single-double quotes situation
 * @param {string} xmlData 
 * @param {number} i starting index
 * @returns 
 */
function tagExpWithClosingIndex(xmlData, i, closingChar = ">") {
  //TODO: ignore boolean attributes in tag expression
  //TODO: if ignore attributes, dont read full attribute expression but the end. But read for xml declaration
  const len = xmlData.length;
  const closeCode0 = closingChar.charCodeAt(0);
  const closeCode1 = closingChar.length > 1 ? closingChar.charCodeAt(1) : -1;

  let result = '';
  let segmentStart = i;

  for (let index = i; index < len; index++) {
    const code = xmlData.charCodeAt(index);

    if (code === 34 || code === 39) { // " or '
      // Skip the quoted value in one step: nothing inside it can close the tag
      index = xmlData.indexOf(xmlData[index], index + 1);
      if (index === -1) return;
    } else if (code === closeCode0) {
      if (closeCode1 !== -1) {
        if (xmlData.charCodeAt(index + 1) === closeCode1) {
          result += xmlData.substring(segmentStart, index);
          return { data: result, index };
        }
      } else {
        result += xmlData.substring(segmentStart, index);
        return { data: result, index };
      }
    } else if (code === 9) { // \t - only replace with space outside attribute values
      // Flush accumulated segment, add space, start new segment
      result += xmlData.substring(segmentStart, index) + ' ';
      segmentStart = index + 1;
    }
  }
}

function findClosingIndex(xmlData, str, i, errMsg) {
  const closingIndex = xmlData.indexOf(str, i);
  if (closingIndex === -1) {
    throw new Error(errMsg)
  } else {
    return closingIndex + str.length - 1;
  }
}

function findClosingChar(xmlData, char, i, errMsg) {
  const closingIndex = xmlData.indexOf(char, i);
  if (closingIndex === -1) throw new Error(errMsg);
  return closingIndex; // no offset needed
}

function readTagExp(xmlData, i, removeNSPrefix, closingChar = ">") {
  const result = tagExpWithClosingIndex(xmlData, i + 1, closingChar);
  if (!result) return;
  let tagExp = result.data;
  const closeIndex = result.index;
  const separatorIndex = tagExp.search(/\s/);
  let tagName = tagExp;
  let attrExpPresent = true;
  if (separatorIndex !== -1) {//separate tag name and attributes expression
    tagName = tagExp.substring(0, separatorIndex);
    tagExp = tagExp.substring(separatorIndex + 1).trimStart();
  }

  const rawTagName = tagName;
  if (removeNSPrefix) {
    const colonIndex = tagName.indexOf(":");
    if (colonIndex !== -1) {
      tagName = tagName.substr(colonIndex + 1);
      attrExpPresent = tagName !== result.data.substr(colonIndex + 1);
    }
  }

  return {
    tagName: tagName,
    tagExp: tagExp,
    closeIndex: closeIndex,
    attrExpPresent: attrExpPresent,
    rawTagName: rawTagName,
  }
}
/**
 * find paired tag for a stop node
 * @param {string} xmlData 
 * @param {string} tagName 
 * @param {number} i 
 */
function readStopNodeData(xmlData, tagName, i) {
  const startIndex = i;
  // Starting at 1 since we already have an open tag
  let openTagCount = 1;
  let lenient = false; // set once a quote-aware tag scan fails
  let nextGt = -1; // cached index of the next '>'

  const xmllen = xmlData.length;
  for (; i < xmllen; i++) {
    if (xmlData[i] === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {//close tag '/'
        const closeIndex = findClosingChar(xmlData, ">", i, `${tagName} is not closed`);
        let closeTagName = xmlData.substring(i + 2, closeIndex).trim();
        if (closeTagName === tagName) {
          openTagCount--;
          if (openTagCount === 0) {
            return {
              tagContent: xmlData.substring(startIndex, i),
              i: closeIndex
            }
          }
        }
        i = closeIndex;
      } else if (c1 === 63) { //?
        const closeIndex = findClosingIndex(xmlData, "?>", i + 1, "StopNode is not closed.")
        i = closeIndex;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 45
        && xmlData.charCodeAt(i + 3) === 45) { // '!--'
        const closeIndex = findClosingIndex(xmlData, "-->", i + 3, "StopNode is not closed.")
        i = closeIndex;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 91) { // '!['
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "StopNode is not closed.") - 2;
        i = closeIndex;
      } else {
        const tagData = lenient ? undefined : readTagExp(xmlData, i, false);

        if (tagData) {
          const openTagName = tagData.tagName;
          if (openTagName === tagName && tagData.tagExp[tagData.tagExp.length - 1] !== "/") {
            openTagCount++;
          }
          i = tagData.closeIndex;
        } else {
          // no closing '>'. use lenient approach to find '<' instead of readTagExp, to avoid repeated rescans.
          lenient = true;
          if (nextGt < i) {
            nextGt = xmlData.indexOf(">", i);
            if (nextGt === -1) return; // no '>' left, so no closing tag can follow
          }
          const nextLt = xmlData.indexOf("<", i + 1);
          if (nextLt === -1 || nextLt > nextGt) { // looks like a real tag
            const exp = xmlData.substring(i + 1, nextGt);
            const sep = exp.search(/\s/);
            const name = sep === -1 ? exp : exp.substring(0, sep);
            if (name === tagName && exp[exp.length - 1] !== "/") openTagCount++;
            i = nextGt;
          } // else: treat this '<' as plain text
        }
      }
    }
  }//end for loop
}

function parseValue(val, shouldParse, options) {
  if (shouldParse && typeof val === 'string') {
    //console.log(options)
    const newval = val.trim();
    if (newval === 'true') return true;
    else if (newval === 'false') return false;
    else return strnum_toNumber(val, options);
  } else {
    if (isExist(val)) {
      return val;
    } else {
      return '';
    }
  }
}

function fromCodePoint(str, base, prefix) {
  const codePoint = Number.parseInt(str, base);

  if (codePoint >= 0 && codePoint <= 0x10FFFF) {
    return String.fromCodePoint(codePoint);
  } else {
    return prefix + str + ";";
  }
}

function transformTagName(fn, tagName, tagExp, options) {
  if (fn) {
    const newTagName = fn(tagName);
    if (tagExp === tagName) {
      tagExp = newTagName
    }
    tagName = newTagName;
  }
  tagName = sanitizeName(tagName, options);
  return { tagName, tagExp };
}



function sanitizeName(name, options) {
  if (criticalProperties.includes(name)) {
    throw new Error(`[SECURITY] Invalid name: "${name}" is a reserved JavaScript keyword that could cause prototype pollution`);
  } else if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return options.onDangerousProperty(name);
  }
  return name;
}
;// CONCATENATED MODULE: ./node_modules/fast-xml-parser/src/xmlparser/node2json.js





const node2json_METADATA_SYMBOL = XmlNode.getMetaDataSymbol();

/**
 * Helper function to strip attribute prefix from attribute map
 * @param {object} attrs - Attributes with prefix (e.g., {"@_class": "code"})
 * @param {string} prefix - Attribute prefix to remove (e.g., "@_")
 * @returns {object} Attributes without prefix (e.g., {"class": "code"})
 */
function stripAttributePrefix(attrs, prefix) {
  if (!attrs || typeof attrs !== 'object') return {};
  if (!prefix) return attrs;

  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(prefix)) {
      const rawName = key.substring(prefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      // Attribute without prefix (shouldn't normally happen, but be safe)
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}

/**
 * 
 * @param {array} node 
 * @param {any} options 
 * @param {Matcher} matcher - Path matcher instance
 * @returns 
 */
function prettify(node, options, matcher, readonlyMatcher) {
  return compress(node, options, matcher, readonlyMatcher);
}

/**
 * @param {array} arr 
 * @param {object} options 
 * @param {Matcher} matcher - Path matcher instance
 * @returns object
 */
function compress(arr, options, matcher, readonlyMatcher) {
  let text;
  const compressedObj = {}; //This is intended to be a plain object
  for (let i = 0; i < arr.length; i++) {
    const tagObj = arr[i];
    const property = propName(tagObj);

    // Push current property to matcher WITH RAW ATTRIBUTES (no prefix)
    if (property !== undefined && property !== options.textNodeName) {
      const rawAttrs = stripAttributePrefix(
        tagObj[":@"] || {},
        options.attributeNamePrefix
      );
      matcher.push(property, rawAttrs);
    }

    if (property === options.textNodeName) {
      if (text === undefined) text = tagObj[property];
      else text += "" + tagObj[property];
    } else if (property === undefined) {
      continue;
    } else if (tagObj[property]) {

      let val = compress(tagObj[property], options, matcher, readonlyMatcher);
      const isLeaf = isLeafTag(val, options);

      if (Object.keys(val).length === 0 && options.alwaysCreateTextNode) {
        val[options.textNodeName] = "";
      }

      if (tagObj[":@"]) {
        assignAttributes(val, tagObj[":@"], readonlyMatcher, options);
      } else if (Object.keys(val).length === 1 && val[options.textNodeName] !== undefined && !options.alwaysCreateTextNode) {
        val = val[options.textNodeName];
      } else if (Object.keys(val).length === 0) {
        if (options.alwaysCreateTextNode) val[options.textNodeName] = "";
        else val = "";
      }

      if (tagObj[node2json_METADATA_SYMBOL] !== undefined && typeof val === "object" && val !== null) {
        val[node2json_METADATA_SYMBOL] = tagObj[node2json_METADATA_SYMBOL]; // copy over metadata
      }


      if (compressedObj[property] !== undefined && Object.prototype.hasOwnProperty.call(compressedObj, property)) {
        if (!Array.isArray(compressedObj[property])) {
          compressedObj[property] = [compressedObj[property]];
        }
        compressedObj[property].push(val);
      } else {
        //TODO: if a node is not an array, then check if it should be an array
        //also determine if it is a leaf node

        // Pass jPath string or readonlyMatcher based on options.jPath setting
        const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() : readonlyMatcher;
        if (options.isArray(property, jPathOrMatcher, isLeaf)) {
          compressedObj[property] = [val];
        } else {
          compressedObj[property] = val;
        }
      }

      // Pop property from matcher after processing
      if (property !== undefined && property !== options.textNodeName) {
        matcher.pop();
      }
    }

  }
  // if(text && text.length > 0) compressedObj[options.textNodeName] = text;
  if (typeof text === "string") {
    if (text.length > 0) compressedObj[options.textNodeName] = text;
  } else if (text !== undefined) compressedObj[options.textNodeName] = text;


  return compressedObj;
}

function propName(obj) {
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== ":@") return key;
  }
}

function assignAttributes(obj, attrMap, readonlyMatcher, options) {
  if (attrMap) {
    const keys = Object.keys(attrMap);
    const len = keys.length; //don't make it inline
    for (let i = 0; i < len; i++) {
      const atrrName = keys[i];  // This is the PREFIXED name (e.g., "@_class")

      // Strip prefix for matcher path (for isArray callback)
      const rawAttrName = atrrName.startsWith(options.attributeNamePrefix)
        ? atrrName.substring(options.attributeNamePrefix.length)
        : atrrName;

      // For attributes, we need to create a temporary path
      // Pass jPath string or matcher based on options.jPath setting
      const jPathOrMatcher = options.jPath
        ? readonlyMatcher.toString() + "." + rawAttrName
        : readonlyMatcher;

      if (options.isArray(atrrName, jPathOrMatcher, true, true)) {
        obj[atrrName] = [attrMap[atrrName]];
      } else {
        obj[atrrName] = attrMap[atrrName];
      }
    }
  }
}

function isLeafTag(obj, options) {
  const { textNodeName } = options;
  const propCount = Object.keys(obj).length;

  if (propCount === 0) {
    return true;
  }

  if (
    propCount === 1 &&
    (obj[textNodeName] || typeof obj[textNodeName] === "boolean" || obj[textNodeName] === 0)
  ) {
    return true;
  }

  return false;
}
;// CONCATENATED MODULE: ./node_modules/fast-xml-parser/src/validator.js




const validator_defaultOptions = {
  allowBooleanAttributes: false, //A tag can have attributes without any value
  unpairedTags: []
};

//const tagsPattern = new RegExp("<\\/?([\\w:\\-_\.]+)\\s*\/?>","g");
function validator_validate(xmlData, options) {
  options = Object.assign({}, validator_defaultOptions, options);

  //xmlData = xmlData.replace(/(\r\n|\n|\r)/gm,"");//make it single line
  //xmlData = xmlData.replace(/(^\s*<\?xml.*?\?>)/g,"");//Remove XML starting tag
  //xmlData = xmlData.replace(/(<!DOCTYPE[\s\w\"\.\/\-\:]+(\[.*\])*\s*>)/g,"");//Remove DOCTYPE
  const tags = [];
  let tagFound = false;

  //indicates that the root tag has been closed (aka. depth 0 has been reached)
  let reachedRoot = false;

  if (xmlData[0] === '\ufeff') {
    // check for byte order mark (BOM)
    xmlData = xmlData.substr(1);
  }

  for (let i = 0; i < xmlData.length; i++) {

    if (xmlData[i] === '<' && xmlData[i + 1] === '?') {
      i += 2;
      i = readPI(xmlData, i);
      if (i.err) return i;
    } else if (xmlData[i] === '<') {
      //starting of tag
      //read until you reach to '>' avoiding any '>' in attribute value
      let tagStartPos = i;
      i++;

      if (xmlData[i] === '!') {
        i = readCommentAndCDATA(xmlData, i);
        continue;
      } else {
        let closingTag = false;
        if (xmlData[i] === '/') {
          //closing tag
          closingTag = true;
          i++;
        }
        //read tagname
        let tagName = '';
        for (; i < xmlData.length &&
          xmlData[i] !== '>' &&
          xmlData[i] !== ' ' &&
          xmlData[i] !== '\t' &&
          xmlData[i] !== '\n' &&
          xmlData[i] !== '\r'; i++
        ) {
          tagName += xmlData[i];
        }
        tagName = tagName.trim();
        //console.log(tagName);

        if (tagName[tagName.length - 1] === '/') {
          //self closing tag without attributes
          tagName = tagName.substring(0, tagName.length - 1);
          //continue;
          i--;
        }
        if (!validateTagName(tagName)) {
          let msg;
          if (tagName.trim().length === 0) {
            msg = "Invalid space after '<'.";
          } else {
            msg = "Tag '" + tagName + "' is an invalid name.";
          }
          return getErrorObject('InvalidTag', msg, getLineNumberForPosition(xmlData, i));
        }

        const result = readAttributeStr(xmlData, i);
        if (result === false) {
          return getErrorObject('InvalidAttr', "Attributes for '" + tagName + "' have open quote.", getLineNumberForPosition(xmlData, i));
        }
        let attrStr = result.value;
        i = result.index;

        if (attrStr[attrStr.length - 1] === '/') {
          //self closing tag
          const attrStrStart = i - attrStr.length;
          attrStr = attrStr.substring(0, attrStr.length - 1);
          const isValid = validateAttributeString(attrStr, options);
          if (isValid === true) {
            tagFound = true;
            //continue; //text may presents after self closing tag
          } else {
            //the result from the nested function returns the position of the error within the attribute
            //in order to get the 'true' error line, we need to calculate the position where the attribute begins (i - attrStr.length) and then add the position within the attribute
            //this gives us the absolute index in the entire xml, which we can use to find the line at last
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, attrStrStart + isValid.err.line));
          }
        } else if (closingTag) {
          if (!result.tagClosed) {
            return getErrorObject('InvalidTag', "Closing tag '" + tagName + "' doesn't have proper closing.", getLineNumberForPosition(xmlData, i));
          } else if (attrStr.trim().length > 0) {
            return getErrorObject('InvalidTag', "Closing tag '" + tagName + "' can't have attributes or invalid starting.", getLineNumberForPosition(xmlData, tagStartPos));
          } else if (tags.length === 0) {
            return getErrorObject('InvalidTag', "Closing tag '" + tagName + "' has not been opened.", getLineNumberForPosition(xmlData, tagStartPos));
          } else {
            const otg = tags.pop();
            if (tagName !== otg.tagName) {
              let openPos = getLineNumberForPosition(xmlData, otg.tagStartPos);
              return getErrorObject('InvalidTag',
                "Expected closing tag '" + otg.tagName + "' (opened in line " + openPos.line + ", col " + openPos.col + ") instead of closing tag '" + tagName + "'.",
                getLineNumberForPosition(xmlData, tagStartPos));
            }

            //when there are no more tags, we reached the root level.
            if (tags.length == 0) {
              reachedRoot = true;
            }
          }
        } else {
          const isValid = validateAttributeString(attrStr, options);
          if (isValid !== true) {
            //the result from the nested function returns the position of the error within the attribute
            //in order to get the 'true' error line, we need to calculate the position where the attribute begins (i - attrStr.length) and then add the position within the attribute
            //this gives us the absolute index in the entire xml, which we can use to find the line at last
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, i - attrStr.length + isValid.err.line));
          }

          //if the root level has been reached before ...
          if (reachedRoot === true) {
            return getErrorObject('InvalidXml', 'Multiple possible root nodes found.', getLineNumberForPosition(xmlData, i));
          } else if (options.unpairedTags.indexOf(tagName) !== -1) {
            //don't push into stack
          } else {
            tags.push({ tagName, tagStartPos });
          }
          tagFound = true;
        }

        //skip tag text value
        //It may include comments and CDATA value
        for (i++; i < xmlData.length; i++) {
          if (xmlData[i] === '<') {
            if (xmlData[i + 1] === '!') {
              //comment or CADATA
              i++;
              i = readCommentAndCDATA(xmlData, i);
              continue;
            } else if (xmlData[i + 1] === '?') {
              i = readPI(xmlData, ++i);
              if (i.err) return i;
            } else {
              break;
            }
          } else if (xmlData[i] === '&') {
            const afterAmp = validateAmpersand(xmlData, i);
            if (afterAmp == -1)
              return getErrorObject('InvalidChar', "char '&' is not expected.", getLineNumberForPosition(xmlData, i));
            i = afterAmp;
          } else {
            if (reachedRoot === true && !isWhiteSpace(xmlData[i])) {
              return getErrorObject('InvalidXml', "Extra text at the end", getLineNumberForPosition(xmlData, i));
            }
          }
        } //end of reading tag text value
        if (xmlData[i] === '<') {
          i--;
        }
      }
    } else {
      if (isWhiteSpace(xmlData[i])) {
        continue;
      }
      return getErrorObject('InvalidChar', "char '" + xmlData[i] + "' is not expected.", getLineNumberForPosition(xmlData, i));
    }
  }

  if (!tagFound) {
    return getErrorObject('InvalidXml', 'Start tag expected.', 1);
  } else if (tags.length == 1) {
    return getErrorObject('InvalidTag', "Unclosed tag '" + tags[0].tagName + "'.", getLineNumberForPosition(xmlData, tags[0].tagStartPos));
  } else if (tags.length > 0) {
    return getErrorObject('InvalidXml', "Invalid '" +
      JSON.stringify(tags.map(t => t.tagName), null, 4).replace(/\r?\n/g, '') +
      "' found.", { line: 1, col: 1 });
  }

  return true;
};

function isWhiteSpace(char) {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}
/**
 * Read Processing insstructions and skip
 * @param {*} xmlData
 * @param {*} i
 */
function readPI(xmlData, i) {
  const start = i;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] == '?' || xmlData[i] == ' ') {
      //tagname
      const tagname = xmlData.substr(start, i - start);
      if (i > 5 && tagname === 'xml') {
        return getErrorObject('InvalidXml', 'XML declaration allowed only at the start of the document.', getLineNumberForPosition(xmlData, i));
      } else if (xmlData[i] == '?' && xmlData[i + 1] == '>') {
        //check if valid attribut string
        i++;
        break;
      } else {
        continue;
      }
    }
  }
  return i;
}

function readCommentAndCDATA(xmlData, i) {
  if (xmlData.length > i + 5 && xmlData[i + 1] === '-' && xmlData[i + 2] === '-') {
    //comment
    for (i += 3; i < xmlData.length; i++) {
      if (xmlData[i] === '-' && xmlData[i + 1] === '-' && xmlData[i + 2] === '>') {
        i += 2;
        break;
      }
    }
  } else if (
    xmlData.length > i + 8 &&
    xmlData[i + 1] === 'D' &&
    xmlData[i + 2] === 'O' &&
    xmlData[i + 3] === 'C' &&
    xmlData[i + 4] === 'T' &&
    xmlData[i + 5] === 'Y' &&
    xmlData[i + 6] === 'P' &&
    xmlData[i + 7] === 'E'
  ) {
    let angleBracketsCount = 1;
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === '<') {
        angleBracketsCount++;
      } else if (xmlData[i] === '>') {
        angleBracketsCount--;
        if (angleBracketsCount === 0) {
          break;
        }
      }
    }
  } else if (
    xmlData.length > i + 9 &&
    xmlData[i + 1] === '[' &&
    xmlData[i + 2] === 'C' &&
    xmlData[i + 3] === 'D' &&
    xmlData[i + 4] === 'A' &&
    xmlData[i + 5] === 'T' &&
    xmlData[i + 6] === 'A' &&
    xmlData[i + 7] === '['
  ) {
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === ']' && xmlData[i + 1] === ']' && xmlData[i + 2] === '>') {
        i += 2;
        break;
      }
    }
  }

  return i;
}

const doubleQuote = '"';
const singleQuote = "'";

/**
 * Keep reading xmlData until '<' is found outside the attribute value.
 * @param {string} xmlData
 * @param {number} i
 */
function readAttributeStr(xmlData, i) {
  let attrStr = '';
  let startChar = '';
  let tagClosed = false;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === doubleQuote || xmlData[i] === singleQuote) {
      if (startChar === '') {
        startChar = xmlData[i];
      } else if (startChar !== xmlData[i]) {
        //if vaue is enclosed with double quote then single quotes are allowed inside the value and vice versa
      } else {
        startChar = '';
      }
    } else if (xmlData[i] === '>') {
      if (startChar === '') {
        tagClosed = true;
        break;
      }
    }
    attrStr += xmlData[i];
  }
  if (startChar !== '') {
    return false;
  }

  return {
    value: attrStr,
    index: i,
    tagClosed: tagClosed
  };
}

/**
 * Walk `attrStr` once, left to right, splitting it into attribute tokens.
 *
 * This replaces a regex that used to do the same job
 * (`(\s*)([^\s=]+)(\s*=)?(\s*(['"])(([\s\S])*?)\5)?`). That regex led with an
 * optional whitespace group followed by a required "non-whitespace" group.
 * On a long run of whitespace that never resolves into an attribute name
 * (e.g. a tag with thousands of trailing spaces before `>`), the engine
 * backtracks the whitespace group one character at a time before giving up
 * and moving to the next starting position — one full backtrack per
 * position, which is quadratic in the length of the run.
 *
 * The scan is forward-only: the cursor never moves backwards, so each
 * character is visited a constant number of times and the cost is linear
 * in the length of the string.
 *
 * Each returned token mirrors the shape the old regex match array had, so
 * the validation logic below (which reads token[1]..token[6]) didn't need
 * to change:
 *   token.startIndex - where this token begins in attrStr
 *   token[1]          - leading whitespace before the name
 *   token[2]          - the attribute name
 *   token[3]          - whitespace + '=' if present, else undefined
 *   token[4]          - marker (any defined value) if a quoted value was found
 *   token[5]          - the quote character used ('"' or "'")
 *   token[6]          - the value's text, without the surrounding quotes
 *
 * A malformed leading character (e.g. a stray '=' with no name before it)
 * is simply skipped over, one character at a time — the same outcome the
 * old regex produced by failing to match at that position and retrying at
 * the next one.
 */
function scanAttributeTokens(attrStr) {
  const tokens = [];
  const len = attrStr.length;
  let i = 0;

  while (i < len) {
    const tokenStart = i;

    // Leading whitespace before the name.
    while (i < len && isWhiteSpace(attrStr[i])) i++;
    if (i >= len) break; // trailing whitespace only — nothing left to read

    if (attrStr[i] === '=') {
      // No name before this '=' — not a valid attribute start. Move past
      i++;
      continue;
    }

    const leadingWs = attrStr.slice(tokenStart, i);

    // Attribute name — everything up to the next whitespace or '='.
    const nameStart = i;
    while (i < len && !isWhiteSpace(attrStr[i]) && attrStr[i] !== '=') i++;
    const name = attrStr.slice(nameStart, i);

    // Optional whitespace + '='.
    let equalsGroup; // whitespace + '=' text, or undefined if absent
    let j = i;
    while (j < len && isWhiteSpace(attrStr[j])) j++;
    if (j < len && attrStr[j] === '=') {
      equalsGroup = attrStr.slice(i, j + 1);
      i = j + 1;
    }

    // Optional whitespace + quoted value.
    let quoteChar;
    let value;
    let k = i;
    while (k < len && isWhiteSpace(attrStr[k])) k++;
    if (k < len && (attrStr[k] === '"' || attrStr[k] === "'")) {
      const valueStart = k + 1;
      const closeIdx = attrStr.indexOf(attrStr[k], valueStart);
      if (closeIdx !== -1) {
        quoteChar = attrStr[k];
        value = attrStr.slice(valueStart, closeIdx);
        i = closeIdx + 1;
      }
      // No closing quote found anywhere in the rest of the string — leave
      // quoteChar/value undefined, same as the old regex's group failing
      // to match a backreference-less run.
    }

    const token = { startIndex: tokenStart };
    token[1] = leadingWs;
    token[2] = name;
    token[3] = equalsGroup;
    token[4] = quoteChar !== undefined ? true : undefined;
    token[5] = quoteChar;
    token[6] = value;
    tokens.push(token);
  }

  return tokens;
}

//attr, ="sd", a="amit's", a="sd"b="saf", ab  cd=""

function validateAttributeString(attrStr, options) {
  //console.log("start:"+attrStr+":end");

  //if(attrStr.trim().length === 0) return true; //empty string

  const matches = scanAttributeTokens(attrStr);
  const attrNames = {};

  for (let i = 0; i < matches.length; i++) {
    if (matches[i][1].length === 0) {
      //nospace before attribute name: a="sd"b="saf"
      return getErrorObject('InvalidAttr', "Attribute '" + matches[i][2] + "' has no space in starting.", getPositionFromMatch(matches[i]))
    } else if (matches[i][3] !== undefined && matches[i][4] === undefined) {
      return getErrorObject('InvalidAttr', "Attribute '" + matches[i][2] + "' is without value.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] === undefined && !options.allowBooleanAttributes) {
      //independent attribute: ab
      return getErrorObject('InvalidAttr', "boolean attribute '" + matches[i][2] + "' is not allowed.", getPositionFromMatch(matches[i]));
    }
    /* else if(matches[i][6] === undefined){//attribute without value: ab=
                    return { err: { code:"InvalidAttr",msg:"attribute " + matches[i][2] + " has no value assigned."}};
                } */
    const attrName = matches[i][2];
    if (!validateAttrName(attrName)) {
      return getErrorObject('InvalidAttr', "Attribute '" + attrName + "' is an invalid name.", getPositionFromMatch(matches[i]));
    }
    if (!Object.prototype.hasOwnProperty.call(attrNames, attrName)) {
      //check for duplicate attribute.
      attrNames[attrName] = 1;
    } else {
      return getErrorObject('InvalidAttr', "Attribute '" + attrName + "' is repeated.", getPositionFromMatch(matches[i]));
    }
  }

  return true;
}

function validateNumberAmpersand(xmlData, i) {
  let re = /\d/;
  if (xmlData[i] === 'x') {
    i++;
    re = /[\da-fA-F]/;
  }
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === ';')
      return i;
    if (!xmlData[i].match(re))
      break;
  }
  return -1;
}

function validateAmpersand(xmlData, i) {
  // https://www.w3.org/TR/xml/#dt-charref
  i++;
  if (xmlData[i] === ';')
    return -1;
  if (xmlData[i] === '#') {
    i++;
    return validateNumberAmpersand(xmlData, i);
  }
  let count = 0;
  for (; i < xmlData.length; i++, count++) {
    if (xmlData[i].match(/\w/) && count < 20)
      continue;
    if (xmlData[i] === ';')
      break;
    return -1;
  }
  return i;
}

function getErrorObject(code, message, lineNumber) {
  return {
    err: {
      code: code,
      msg: message,
      line: lineNumber.line || lineNumber,
      col: lineNumber.col,
    },
  };
}

function validateAttrName(attrName) {
  return isName(attrName);
}

// const startsWithXML = /^xml/i;

function validateTagName(tagname) {
  return isName(tagname) /* && !tagname.match(startsWithXML) */;
}

//this function returns the line number for the character at the given index
function getLineNumberForPosition(xmlData, index) {
  const lines = xmlData.substring(0, index).split(/\r?\n/);
  return {
    line: lines.length,

    // column number is last line's length + 1, because column numbering starts at 1:
    col: lines[lines.length - 1].length + 1
  };
}

//this function returns the position of the first character of match within attrStr
function getPositionFromMatch(match) {
  return match.startIndex + match[1].length;
}
;// CONCATENATED MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js
/* global Uint8Array */






class XMLParser {

    constructor(options) {
        this.externalEntities = {};
        this.options = buildOptions(options);

    }
    /**
     * Parse XML dats to JS object 
     * @param {string|Uint8Array} xmlData 
     * @param {boolean|Object} validationOption 
     */
    parse(xmlData, validationOption) {
        if (typeof xmlData !== "string" && xmlData.toString) {
            if (xmlData instanceof Uint8Array &&
                !(typeof Buffer !== "undefined" && Buffer.isBuffer(xmlData))) {
                xmlData = new TextDecoder("utf-8", { ignoreBOM: true }).decode(xmlData);
            } else {
                xmlData = xmlData.toString();
            }
        } else if (typeof xmlData !== "string") {
            throw new Error("XML data is accepted in String or Bytes[] form.")
        }

        if (validationOption) {
            if (validationOption === true) validationOption = {}; //validate with default options

            const result = validator_validate(xmlData, validationOption);
            if (result !== true) {
                throw Error(`${result.err.msg}:${result.err.line}:${result.err.col}`)
            }
        }
        const orderedObjParser = new OrderedObjParser(this.options, this.externalEntities);
        // orderedObjParser.entityDecoder.setExternalEntities(this.externalEntities);
        const orderedResult = orderedObjParser.parseXml(xmlData);
        if (this.options.preserveOrder || orderedResult === undefined) return orderedResult;
        else return prettify(orderedResult, this.options, orderedObjParser.matcher, orderedObjParser.readonlyMatcher);
    }

    /**
     * Add Entity which is not by default supported by this library
     * @param {string} key 
     * @param {string} value 
     */
    addEntity(key, value) {
        if (value.indexOf("&") !== -1) {
            throw new Error("Entity value can't have '&'")
        } else if (key.indexOf("&") !== -1 || key.indexOf(";") !== -1) {
            throw new Error("An entity must be set without '&' and ';'. Eg. use '#xD' for '&#xD;'")
        } else if (value === "&") {
            throw new Error("An entity with value '&' is not permitted");
        } else {
            this.externalEntities[key] = value;
        }
    }

    /**
     * Returns a Symbol that can be used to access the metadata
     * property on a node.
     * 
     * If Symbol is not available in the environment, an ordinary property is used
     * and the name of the property is here returned.
     * 
     * The XMLMetaData property is only present when `captureMetaData`
     * is true in the options.
     */
    static getMetaDataSymbol() {
        return XmlNode.getMetaDataSymbol();
    }
}
;// CONCATENATED MODULE: ./node_modules/fast-xml-parser/src/fxp.js






const XMLValidator = {
  validate: validator_validate
}

;// CONCATENATED MODULE: ./src/derive/terrain/xml.ts
/**
 * Hardened XML reading for route attachments (GPX / TCX), standing in for the reference's
 * `xml.etree.ElementTree.fromstring` with the element semantics the parsers rely on:
 * Clark-notation tags (`{uri}local`), unprefixed attributes, `.text` (character data before the
 * first child element), `.find` (first direct child) and `.iter` (document order, self included).
 *
 * A hostile file cannot hurt the run:
 * - fast-xml-parser runs with `processEntities: false`, so no entity is ever expanded; the only
 *   references decoded (by this module) are the five predefined ones and character references.
 *   Any other reference — an internal entity (billion laughs), an external one (XXE) — is an
 *   "undefined entity" parse error, which is what expat itself reports for an external entity;
 * - nothing is ever fetched (no DTD, no external entity resolution);
 * - the tree is walked iteratively (no recursion depth to exhaust);
 * - the download size is capped by the caller, the trackpoint count by the parsers.
 * Failures throw XmlParseError with an expat-style message ("mismatched tag: line 1, column 12").
 */

class XmlParseError extends Error {
}
/** first direct child with this tag (ET `find`) */
function findChild(el, tag) {
    for (const c of el.children)
        if (c.tag === tag)
            return c;
    return null;
}
/** every element with this tag, the element itself included, in document order (ET `iter`) */
function* iterTag(root, tag) {
    const stack = [root];
    while (stack.length) {
        const el = stack.pop();
        if (el.tag === tag)
            yield el;
        for (let i = el.children.length - 1; i >= 0; i--)
            stack.push(el.children[i]);
    }
}
/** The namespace part of a Clark tag, braces included ('' when none): the reference's `ns`. */
function nsOf(tag) {
    const i = tag.indexOf('}');
    return i >= 0 ? tag.slice(0, i + 1) : '';
}
// ---------------------------------------------------------------- decoding
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
function declaredEncoding(bytes) {
    const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
    const m = /^(?:\uFEFF|\u00EF\u00BB\u00BF)?<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
    return m ? m[1].toLowerCase() : null;
}
/** The document as text, honouring a BOM or the declared encoding like expat does. */
function decodeXml(bytes) {
    if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
        const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
        return new TextDecoder(label, { fatal: false }).decode(bytes.subarray(2));
    }
    const enc = declaredEncoding(bytes);
    if (enc && !['utf-8', 'utf8', 'us-ascii', 'ascii'].includes(enc)) {
        let dec;
        try {
            dec = new TextDecoder(enc, { fatal: true });
        }
        catch {
            throw new XmlParseError('unknown encoding: line 1, column 30');
        }
        try {
            return dec.decode(bytes);
        }
        catch {
            throw new XmlParseError('not well-formed (invalid token): line 1, column 0');
        }
    }
    try {
        return UTF8.decode(bytes);
    }
    catch {
        throw new XmlParseError(`not well-formed (invalid token): ${positionOfInvalidUtf8(bytes)}`);
    }
}
function positionOfInvalidUtf8(bytes) {
    // line of the first undecodable byte (best effort; expat counts columns in characters)
    let lo = 0;
    let hi = bytes.length;
    while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        try {
            new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid));
            lo = mid;
        }
        catch {
            hi = mid;
        }
    }
    const text = new TextDecoder('utf-8').decode(bytes.subarray(0, lo));
    return lineCol(text, text.length);
}
function lineCol(text, index) {
    let line = 1;
    let lastNl = -1;
    for (let i = 0; i < index && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            lastNl = i;
        }
    }
    return `line ${line}, column ${index - lastNl - 1}`;
}
// ---------------------------------------------------------------- references
const PREDEFINED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Decode predefined and character references; any other reference is an error (never expanded). */
function decodeRefs(raw, hasDoctype) {
    if (!raw.includes('&'))
        return raw;
    return raw.replace(/&([^;&\s<]*);?/g, (m, name) => {
        if (!m.endsWith(';') || name === '')
            throw new XmlParseError('not well-formed (invalid token)');
        if (name in PREDEFINED)
            return PREDEFINED[name];
        const num = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(name);
        if (num) {
            const cp = num[1] !== undefined ? parseInt(num[1], 16) : parseInt(num[2], 10);
            if (!Number.isFinite(cp) || cp > 0x10ffff || cp === 0 || (cp >= 0xd800 && cp <= 0xdfff)) {
                throw new XmlParseError('reference to invalid character number');
            }
            return String.fromCodePoint(cp);
        }
        throw new XmlParseError(hasDoctype ? `undefined entity &${name};` : 'undefined entity');
    });
}
/** Line/column of the first reference the decoder refuses (for the error message). */
function locateBadReference(text, hasDoctype) {
    const re = /&([^;&\s<]*);?/g;
    let m;
    while ((m = re.exec(text))) {
        const before = text.lastIndexOf('<![CDATA[', m.index);
        if (before >= 0 && text.indexOf(']]>', before) > m.index)
            continue;
        const cStart = text.lastIndexOf('<!--', m.index);
        if (cStart >= 0 && text.indexOf('-->', cStart) > m.index)
            continue;
        try {
            decodeRefs(m[0], hasDoctype);
        }
        catch {
            return lineCol(text, m.index);
        }
    }
    return 'line 1, column 0';
}
// ---------------------------------------------------------------- validation messages
/** fast-xml-parser validator error → expat's wording for the same fault. */
function expatMessage(err) {
    let what = 'not well-formed (invalid token)';
    if (err.code === 'InvalidTag' && err.msg.startsWith('Expected closing tag'))
        what = 'mismatched tag';
    else if (err.code === 'InvalidTag' && err.msg.startsWith('Unclosed tag'))
        what = 'no element found';
    else if (err.code === 'InvalidTag' && err.msg.startsWith('Closing tag'))
        what = 'mismatched tag';
    else if (err.code === 'InvalidXml' && err.msg.startsWith('Extra text at the end'))
        what = 'junk after document element';
    else if (err.code === 'InvalidXml' && /Multiple possible root nodes/.test(err.msg))
        what = 'junk after document element';
    else if (err.code === 'InvalidXml' && /Start tag expected/.test(err.msg))
        what = 'no element found';
    else if (err.code === 'InvalidChar')
        what = 'syntax error';
    else if (err.code === 'InvalidAttr' && /repeated/.test(err.msg))
        what = 'duplicate attribute';
    return `${what}: line ${err.line}, column ${Math.max(0, err.col - 1)}`;
}
// ---------------------------------------------------------------- parsing
const PARSER = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    allowBooleanAttributes: false,
    // CDATA apart (its '&' is data, not a reference); '#cdata' cannot be an element name
    cdataPropName: '#cdata',
});
/** ET.fromstring(content): the document element, or XmlParseError. */
function xml_parseXml(bytes) {
    const text = decodeXml(bytes);
    const { text: body, hasDoctype } = withoutDoctype(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    if (!/</.test(body))
        throw new XmlParseError(`no element found: ${lineCol(body, body.length)}`);
    const valid = XMLValidator.validate(body, { allowBooleanAttributes: false });
    if (valid !== true)
        throw new XmlParseError(expatMessage(valid.err));
    let out;
    try {
        out = PARSER.parse(body);
    }
    catch (e) {
        throw new XmlParseError(`not well-formed (invalid token): ${e.message.slice(0, 40)}`);
    }
    const roots = out.filter((n) => elementName(n) !== null);
    if (!roots.length)
        throw new XmlParseError(`no element found: ${lineCol(body, body.length)}`);
    if (roots.length > 1)
        throw new XmlParseError(`junk after document element: ${lineCol(body, junkIndex(body))}`);
    const rootNode = roots[0];
    try {
        return convert(rootNode, hasDoctype);
    }
    catch (e) {
        if (e instanceof XmlParseError && !/line \d+/.test(e.message)) {
            throw new XmlParseError(`${e.message}: ${locateBadReference(body, hasDoctype)}`);
        }
        throw e;
    }
}
/** Index of the first markup after the document element closes (the validator accepts several roots). */
function junkIndex(text) {
    let i = scanProlog(text).rootStart;
    if (i < 0)
        return 0;
    let depth = 0;
    while (i >= 0 && i < text.length) {
        i = text.indexOf('<', i);
        if (i < 0)
            break;
        let end;
        if (text.startsWith('<!--', i))
            end = text.indexOf('-->', i) + 3;
        else if (text.startsWith('<![CDATA[', i))
            end = text.indexOf(']]>', i) + 3;
        else if (text.startsWith('<?', i))
            end = text.indexOf('?>', i) + 2;
        else if (text.startsWith('</', i)) {
            end = text.indexOf('>', i) + 1;
            depth--;
        }
        else {
            const close = findTagEnd(text, i + 1);
            if (close < 0)
                break;
            end = close + 1;
            if (text[close - 1] !== '/')
                depth++;
        }
        if (end <= 0)
            break;
        i = end;
        if (depth === 0) {
            const rest = /^(?:\s|<!--[\s\S]*?-->|<\?[\s\S]*?\?>)*/.exec(text.slice(i));
            return i + (rest ? rest[0].length : 0);
        }
    }
    return text.length;
}
function elementName(n) {
    for (const k of Object.keys(n))
        if (k !== ':@' && k !== '#text' && k !== '#cdata')
            return k;
    return null;
}
function resolve(qname, scope, isAttr) {
    const i = qname.indexOf(':');
    if (i < 0) {
        if (isAttr)
            return qname;
        const def = scope.get('');
        return def ? `{${def}}${qname}` : qname;
    }
    const prefix = qname.slice(0, i);
    const local = qname.slice(i + 1);
    if (prefix === 'xml')
        return `{http://www.w3.org/XML/1998/namespace}${local}`;
    const uri = scope.get(prefix);
    if (uri === undefined || uri === '')
        throw new XmlParseError('unbound prefix');
    return `{${uri}}${local}`;
}
/** fast-xml-parser's ordered output → XmlElement tree, namespaces resolved, iteratively. */
function convert(rootNode, hasDoctype) {
    const make = (node, parentScope) => {
        const name = elementName(node);
        const rawAttrs = (node[':@'] ?? {});
        let scope = parentScope;
        for (const [k, v] of Object.entries(rawAttrs)) {
            if (k === 'xmlns' || k.startsWith('xmlns:')) {
                if (scope === parentScope)
                    scope = new Map(parentScope);
                scope.set(k === 'xmlns' ? '' : k.slice(6), decodeRefs(String(v), hasDoctype));
            }
        }
        const attrib = new Map();
        for (const [k, v] of Object.entries(rawAttrs)) {
            if (k === 'xmlns' || k.startsWith('xmlns:'))
                continue;
            attrib.set(resolve(k, scope, true), decodeRefs(String(v), hasDoctype));
        }
        const el = { tag: resolve(name, scope, false), attrib, text: null, children: [] };
        return { node, el, scope };
    };
    const root = make(rootNode, new Map());
    const stack = [root];
    while (stack.length) {
        const frame = stack.pop();
        const name = elementName(frame.node);
        const kids = (frame.node[name] ?? []);
        let text = '';
        let sawElement = false;
        const childFrames = [];
        for (const k of kids) {
            if ('#text' in k) {
                const decoded = decodeRefs(String(k['#text']), hasDoctype); // refuses undefined references anywhere
                if (!sawElement)
                    text += decoded;
                continue;
            }
            if ('#cdata' in k) {
                if (!sawElement)
                    for (const t of (k['#cdata'] ?? []))
                        text += String(t['#text'] ?? '');
                continue;
            }
            if (elementName(k) === null)
                continue;
            sawElement = true;
            const f = make(k, frame.scope);
            frame.el.children.push(f.el);
            childFrames.push(f);
        }
        frame.el.text = text === '' ? null : text;
        for (let i = childFrames.length - 1; i >= 0; i--)
            stack.push(childFrames[i]);
    }
    return root.el;
}
/** Walk the prolog: optional BOM and XML declaration, then comments, PIs, one DOCTYPE, whitespace. */
function scanProlog(text) {
    const fail = { doctype: null, rootStart: -1 };
    let doctype = null;
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const ws = /[ \t\r\n]/;
    if (text.startsWith('<?xml', i) && /[ \t\r\n?]/.test(text[i + 5] ?? '')) {
        const end = text.indexOf('?>', i);
        if (end < 0)
            return fail;
        i = end + 2;
    }
    for (;;) {
        while (i < text.length && ws.test(text[i]))
            i++;
        if (i >= text.length)
            return { doctype, rootStart: -1 };
        if (text.startsWith('<!--', i)) {
            const end = text.indexOf('-->', i + 4);
            if (end < 0)
                return fail;
            i = end + 3;
        }
        else if (text.startsWith('<?', i)) {
            if (/^<\?xml[ \t\r\n?]/i.test(text.slice(i, i + 6)))
                return fail; // declaration not at start
            const end = text.indexOf('?>', i + 2);
            if (end < 0)
                return fail;
            i = end + 2;
        }
        else if (text.startsWith('<!DOCTYPE', i)) {
            if (doctype)
                return fail;
            const end = skipDoctype(text, i + 9);
            if (end < 0)
                return fail;
            doctype = [i, end];
            i = end;
        }
        else if (text[i] === '<') {
            return { doctype, rootStart: i };
        }
        else {
            return fail;
        }
    }
}
/**
 * Local name of the document element, or null when the content does not start like well-formed
 * XML (FIT binaries, HTML error pages, text before the root, …). Only the prolog and the first
 * start tag are read, like the rig's `_xml_root_local_name` (an iterparse that stops at the first
 * start event): a fault later in the document does not matter here.
 */
function xmlRootLocalName(bytes) {
    const head = bytes.subarray(0, Math.min(bytes.length, 1 << 20));
    let text;
    try {
        text = decodeXml(head);
    }
    catch {
        // a multi-byte character cut at the 1 MiB mark, or a fault past the root tag: decode leniently
        text = new TextDecoder('utf-8', { fatal: false }).decode(head);
    }
    const { rootStart: i } = scanProlog(text);
    if (i < 0)
        return null;
    const m = /^<([A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7\u00C0-\uFFFF]*(?::[A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7\u00C0-\uFFFF]*)?)/.exec(text.slice(i, i + 512));
    if (!m)
        return null;
    const qname = m[1];
    const tagEnd = findTagEnd(text, i + m[0].length);
    if (tagEnd < 0)
        return null;
    const colon = qname.indexOf(':');
    if (colon < 0)
        return qname;
    const prefix = qname.slice(0, colon);
    const attrs = text.slice(i + m[0].length, tagEnd);
    if (!new RegExp(`(^|[ \\t\\r\\n])xmlns:${prefix}\\s*=\\s*("[^"]+"|'[^']+')`).test(attrs))
        return null;
    return qname.slice(colon + 1);
}
/** The DOCTYPE blanked out (newlines kept, so positions stay): the parser never sees a DTD. */
function withoutDoctype(text) {
    const { doctype } = scanProlog(text);
    if (!doctype)
        return { text, hasDoctype: false };
    const [a, b] = doctype;
    return { text: text.slice(0, a) + text.slice(a, b).replace(/[^\n]/g, ' ') + text.slice(b), hasDoctype: true };
}
function skipDoctype(text, i) {
    let quote = null;
    let depth = 0;
    for (; i < text.length; i++) {
        const c = text[i];
        if (quote) {
            if (c === quote)
                quote = null;
        }
        else if (c === '"' || c === "'")
            quote = c;
        else if (c === '[')
            depth++;
        else if (c === ']')
            depth--;
        else if (c === '>' && depth <= 0)
            return i + 1;
    }
    return -1;
}
function findTagEnd(text, i) {
    let quote = null;
    for (; i < text.length; i++) {
        const c = text[i];
        if (quote) {
            if (c === quote)
                quote = null;
            else if (c === '<')
                return -1;
        }
        else if (c === '"' || c === "'")
            quote = c;
        else if (c === '>')
            return i;
        else if (c === '<')
            return -1;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/derive/terrain/gpx.ts
/**
 * GPX route files → trackpoints: port of _parse_gpx (the element walk) on the hardened XML
 * reader in xml.ts, and what the GPX and TCX readers share.
 */



/** most trackpoints read from one route file (a real 300 km course has ~30 000) */
const MAX_ROUTE_TRACKPOINTS = 100_000;
/** A route file the parsers reject, with the reference's error string. */
class RouteFileError extends Error {
}
function tooMany() {
    return new RouteFileError(`too many trackpoints (more than ${MAX_ROUTE_TRACKPOINTS})`);
}
/**
 * Refuse a file with more start tags named `local` than the cap before building its tree (a cheap
 * textual count; the exact count is enforced again while the points are read).
 */
function precheckTrackpointCount(content, local) {
    const text = Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('latin1');
    const re = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${local}[\\s/>]`, 'g');
    let count = 0;
    while (re.exec(text))
        if (++count > MAX_ROUTE_TRACKPOINTS)
            throw tooMany();
}
function parseOrFail(content, label) {
    precheckTrackpointCount(content, label === 'GPX' ? 'trkpt' : 'Trackpoint');
    try {
        return xml_parseXml(content);
    }
    catch (e) {
        if (e instanceof XmlParseError)
            throw new RouteFileError(`${label} parse error: ${e.message.slice(0, 100)}`);
        throw e;
    }
}
/** _parse_gpx: every `trkpt` (in the root's namespace) with non-empty lat and lon; `ele` when it parses. */
function gpxTrackpoints(content) {
    const root = parseOrFail(content, 'GPX');
    const ns = nsOf(root.tag);
    const out = new TrackpointBuilder();
    for (const trkpt of iterTag(root, `${ns}trkpt`)) {
        const lat = trkpt.attrib.get('lat');
        const lon = trkpt.attrib.get('lon');
        if (!lat || !lon)
            continue;
        let latV;
        let lonV;
        try {
            latV = pyFloat(lat);
            lonV = pyFloat(lon);
        }
        catch (e) {
            // The reference lets this ValueError escape and the whole run fails; the port keeps the
            // run going and reports the file as unreadable instead.
            throw new RouteFileError(`GPX parse error: ${e.message.slice(0, 100)}`);
        }
        let ele = null;
        const eleEl = findChild(trkpt, `${ns}ele`);
        if (eleEl && eleEl.text) {
            try {
                ele = pyFloat(eleEl.text);
            }
            catch {
                ele = null;
            }
        }
        if (out.length >= MAX_ROUTE_TRACKPOINTS)
            throw tooMany();
        out.push(latV, lonV, ele);
    }
    return out.build();
}

;// CONCATENATED MODULE: ./src/derive/terrain/tcx.ts
/**
 * TCX route files → trackpoints: port of _parse_tcx (the element walk).
 */




/** _parse_tcx: every `Trackpoint` with a Position holding both degrees; a point whose numbers do not parse is skipped. */
function tcxTrackpoints(content) {
    const root = parseOrFail(content, 'TCX');
    const ns = nsOf(root.tag);
    const out = new TrackpointBuilder();
    for (const tpEl of iterTag(root, `${ns}Trackpoint`)) {
        const pos = findChild(tpEl, `${ns}Position`);
        if (!pos)
            continue;
        const latEl = findChild(pos, `${ns}LatitudeDegrees`);
        const lonEl = findChild(pos, `${ns}LongitudeDegrees`);
        const altEl = findChild(tpEl, `${ns}AltitudeMeters`);
        if (!latEl || !lonEl)
            continue;
        // float(None) is a TypeError and a bad number a ValueError: both skip the point
        if (latEl.text === null || lonEl.text === null)
            continue;
        let lat;
        let lon;
        let ele = null;
        try {
            lat = pyFloat(latEl.text);
            lon = pyFloat(lonEl.text);
            if (altEl && altEl.text)
                ele = pyFloat(altEl.text);
        }
        catch {
            continue;
        }
        if (out.length >= MAX_ROUTE_TRACKPOINTS)
            throw tooMany();
        out.push(lat, lon, ele);
    }
    return out.build();
}

;// CONCATENATED MODULE: ./src/derive/terrain/route-file.ts





/** files shorter than this are "empty or invalid" */
const MIN_ROUTE_BYTES = 50;
/** bytes.decode("utf-8", errors="ignore"): undecodable bytes are dropped */
function decodeUtf8Ignore(bytes) {
    let out = '';
    let i = 0;
    const n = bytes.length;
    while (i < n) {
        const b = bytes[i];
        if (b < 0x80) {
            out += String.fromCharCode(b);
            i++;
            continue;
        }
        let need = 0;
        let cp = 0;
        let min = 0;
        if (b >= 0xc2 && b <= 0xdf)
            [need, cp, min] = [1, b & 0x1f, 0x80];
        else if (b >= 0xe0 && b <= 0xef)
            [need, cp, min] = [2, b & 0x0f, 0x800];
        else if (b >= 0xf0 && b <= 0xf4)
            [need, cp, min] = [3, b & 0x07, 0x10000];
        else {
            i++;
            continue;
        }
        let ok = i + need <= n - 1;
        for (let k = 1; ok && k <= need; k++) {
            const c = bytes[i + k];
            if ((c & 0xc0) !== 0x80)
                ok = false;
            else
                cp = (cp << 6) | (c & 0x3f);
        }
        if (!ok || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
            i++;
            continue;
        }
        out += String.fromCodePoint(cp);
        i += need + 1;
    }
    return out;
}
function extensionOf(filename) {
    const lower = filename.toLowerCase();
    const dot = lower.lastIndexOf('.');
    return dot >= 0 ? lower.slice(dot + 1) : '';
}
/** _parse_route_file's dispatch (with the tcx-root-detection fix) */
function detectRouteFormat(content, filename) {
    if (xmlRootLocalName(content) === 'TrainingCenterDatabase')
        return 'tcx';
    const textStart = strip(decodeUtf8Ignore(content.subarray(0, 200)));
    if (textStart.startsWith('<?xml') || textStart.startsWith('<gpx') || textStart.slice(0, 500).includes('<gpx'))
        return 'gpx';
    if (textStart.includes('<TrainingCenterDatabase') || decodeUtf8Ignore(content.subarray(0, 500)).includes('TrainingCenterDatabase')) {
        return 'tcx';
    }
    const fitMagic = (content[0] === 0x2e && content[1] === 0x46) ||
        (content[0] === 0x0e && content[1] === 0x10 && content[2] === 0xd9 && content[3] === 0x07);
    if (fitMagic)
        return { error: 'FIT format not yet supported' };
    const ext = extensionOf(filename);
    if (ext === 'gpx')
        return 'gpx';
    if (ext === 'tcx')
        return 'tcx';
    if (ext === 'fit')
        return { error: 'FIT format not yet supported' };
    return { error: 'unrecognized route file format' };
}
/** _parse_route_file: the terrain_summary of a route file, an {error} dict, or null (degenerate track). */
function parseRouteFile(content, filename, units) {
    const format = detectRouteFormat(content, filename);
    if (typeof format !== 'string')
        return format;
    let tp;
    try {
        tp = format === 'gpx' ? gpxTrackpoints(content) : tcxTrackpoints(content);
    }
    catch (e) {
        if (e instanceof RouteFileError)
            return { error: e.message };
        throw e;
    }
    if (tp.n < 2)
        return { error: 'insufficient trackpoints' };
    return analyzeTerrain(tp, { units });
}
/** _download_and_parse_route, given the download's outcome (collect.ts downloads; derive stays pure). */
function routeSummaryFromDownload(download, filename, units) {
    if (!download)
        return { error: 'download failed: not downloaded' };
    if (!download.ok) {
        const e = download.error;
        if (e.kind === 'http' && e.status !== null)
            return { error: `download failed (HTTP ${e.status})` };
        return { error: `download failed: ${e.message.slice(0, 100)}` };
    }
    const content = download.data;
    if (!content || content.length < MIN_ROUTE_BYTES)
        return { error: 'empty or invalid file' };
    return parseRouteFile(content, filename, units);
}

;// CONCATENATED MODULE: ./src/derive/terrain/routes.ts
/**
 * routes.json: port of _generate_terrain. Every GPX/TCX/FIT attachment of the run's events gets
 * an entry; entries are cached by attachment id in the previous routes.json (only new
 * attachments are downloaded, and only while the producer's script_hash is unchanged).
 */



/** attachment extensions considered route files */
const ROUTE_EXTENSIONS = new Set(['gpx', 'tcx', 'fit']);
/** Python dict-key identity of a JSON scalar (1 == 1.0 == True; "1" differs) */
function pyKey(v) {
    if (typeof v === 'boolean')
        return `n:${v ? 1 : 0}`;
    if (typeof v === 'number')
        return `n:${v}`;
    if (typeof v === 'string')
        return `s:${v}`;
    return `o:${JSON.stringify(v)}`;
}
/** cached attachment id → routes.json entry of the previous run (empty when stale or unreadable) */
function cachedByAttachment(ctx, previousRoutes) {
    const out = new Map();
    if (!isDict(previousRoutes))
        return out;
    if (get(previousRoutes, 'script_hash') !== ctx.scriptHash)
        return out;
    const entries = get(previousRoutes, 'events', []);
    if (!Array.isArray(entries))
        return out;
    for (const entry of entries) {
        if (!isDict(entry))
            continue;
        const aid = get(entry, 'attachment_id');
        if (truthy(aid))
            out.set(pyKey(aid), entry);
    }
    return out;
}
/** The route attachments of the events, in order (the reference's scan). */
function* routeAttachments(events) {
    for (const evt of events) {
        const attachments = get(evt, 'attachments');
        if (!truthy(attachments) || !Array.isArray(attachments))
            continue;
        for (const att of attachments) {
            if (!isDict(att))
                continue;
            const attId = get(att, 'id');
            const filename = String(get(att, 'filename', '') ?? '');
            const url = get(att, 'url', '');
            if (!truthy(attId) || !truthy(url) || typeof url !== 'string')
                continue;
            const lower = filename.toLowerCase();
            const ext = lower.includes('.') ? lower.slice(lower.lastIndexOf('.') + 1) : '';
            if (!ROUTE_EXTENSIONS.has(ext))
                continue;
            yield { evt, att, attId, filename, url };
        }
    }
}
/** Attachment URLs to download this run: route files not cached by attachment id. */
function attachmentUrlsToDownload(ctx, events, previousRoutes) {
    const cached = cachedByAttachment(ctx, previousRoutes);
    const urls = [];
    for (const r of routeAttachments(events)) {
        if (cached.has(pyKey(r.attId)))
            continue;
        if (!urls.includes(r.url))
            urls.push(r.url);
    }
    return urls;
}
/** "HH:MM" of the event's start when it has a time other than midnight */
function startTime(evt) {
    const raw = get(evt, 'start_date_local') || '';
    if (typeof raw !== 'string' || !raw.includes('T'))
        return null;
    const t = raw.split('T')[1].slice(0, 5);
    return t !== '00:00' ? t : null;
}
/** _generate_terrain(events, athlete_units) → routes.json content and the has_terrain event ids. */
function buildRoutes(ctx, events, previousRoutes, downloads, units) {
    const cached = cachedByAttachment(ctx, previousRoutes);
    const entries = [];
    for (const { evt, attId, filename, url } of routeAttachments(events)) {
        const evtId = get(evt, 'id');
        const evtName = get(evt, 'name', 'Unnamed');
        const rawDate = get(evt, 'start_date_local') || '';
        const evtDate = typeof rawDate === 'string' ? rawDate.slice(0, 10) : '';
        const evtCategory = get(evt, 'category', '');
        const evtStart = startTime(evt);
        const hit = cached.get(pyKey(attId));
        if (hit) {
            const entry = { ...hit, event_id: evtId, event_name: evtName, event_date: evtDate, category: evtCategory };
            if (evtStart)
                entry.start_time = evtStart;
            else
                delete entry.start_time;
            if (isDict(entry.terrain_summary))
                entry.terrain_summary = refreshTerrainDisplay(entry.terrain_summary, units);
            entries.push(entry);
            continue;
        }
        const entry = {
            event_id: evtId,
            event_name: evtName,
            event_date: evtDate,
            category: evtCategory,
            attachment_id: attId,
            filename,
            terrain_summary: routeSummaryFromDownload(downloads[url], filename, units),
        };
        if (evtStart)
            entry.start_time = evtStart;
        entries.push(entry);
    }
    const routesData = {
        generated_at: ctx.now.isoformat(),
        sync_version: ctx.producerVersion,
        script_hash: ctx.scriptHash,
        events: entries,
    };
    // Reproduced as the reference has it: any truthy terrain_summary counts, {"error": ...} included.
    const terrainEventIds = new Set();
    for (const e of entries)
        if (truthy(e.terrain_summary))
            terrainEventIds.add(String(e.event_id));
    return { routesData, terrainEventIds };
}

;// CONCATENATED MODULE: ./src/derive/terrain/activity.ts
/**
 * Terrain of completed outdoor activities: ports of _load_previous_latest (copy-forward state),
 * _fetch_terrain_streams (classification of the streams response), _streams_to_trackpoints and
 * _build_terrain_for_activity.
 */



/** Activity types whose terrain and weather are summarised (the reference's OUTDOOR_TYPES) */
const OUTDOOR_TYPES = new Set([
    'Ride',
    'MountainBikeRide',
    'GravelRide',
    'EBikeRide',
    'Run',
    'TrailRun',
    'NordicSki',
    'Walk',
    'Hike',
]);
/** terrain_status values never re-fetched */
const TERMINAL_TERRAIN_STATUSES = new Set(['no_gps', 'no_elevation', 'failed']);
/** fewest valid lat/lng pairs that count as a GPS track */
const MIN_GPS_PAIRS = 10;
/** Python str() of an id (ints and strings as JSON carries them) */
function idKey(id) {
    return typeof id === 'string' ? id : String(id);
}
/** _load_previous_latest: activity id → the terrain/weather fields of the previous latest.json. */
function previousLookup(previousLatest) {
    const lookup = new Map();
    if (!isDict(previousLatest))
        return lookup;
    const acts = get(previousLatest, 'recent_activities', []);
    if (!Array.isArray(acts))
        return lookup;
    for (const act of acts) {
        if (!isDict(act))
            continue;
        const id = get(act, 'id');
        if (id === null)
            continue;
        const entry = {};
        for (const k of ['terrain_summary', 'terrain_status', 'terrain_error', 'weather_summary']) {
            if (k in act)
                entry[k] = act[k];
        }
        if (Object.keys(entry).length)
            lookup.set(idKey(id), entry);
    }
    return lookup;
}
/** The fields copied forward for this activity, or null when its streams must be fetched. */
function copyForward(prev, units) {
    if ('terrain_summary' in prev)
        return { terrain_summary: refreshTerrainDisplay(prev.terrain_summary, units) };
    const status = get(prev, 'terrain_status');
    if (typeof status === 'string' && TERMINAL_TERRAIN_STATUSES.has(status)) {
        const out = { terrain_status: status };
        if ('terrain_error' in prev)
            out.terrain_error = prev.terrain_error;
        return out;
    }
    return null;
}
/** True when _build_terrain_for_activity would fetch this activity's streams. */
function needsTerrainFetch(act, lookup) {
    if (!OUTDOOR_TYPES.has(get(act, 'type', '')))
        return false;
    const id = get(act, 'id');
    if (id === null)
        return false;
    return copyForward(lookup.get(idKey(id)) ?? {}, null) === null;
}
function findStream(data, type) {
    for (const s of data)
        if (isDict(s) && get(s, 'type') === type)
            return s;
    return null;
}
function arr(v) {
    return Array.isArray(v) ? v : [];
}
/** _fetch_terrain_streams' classification of the response. */
function classifyTerrainStreams(outcome) {
    if (!outcome.ok) {
        const e = outcome.error;
        if (e.kind === 'http' && (e.status === 404 || e.status === 410))
            return { status: 'terminal_error', code: `http_${e.status}` };
        if (e.kind === 'http')
            return { status: 'transient', reason: `http_${e.status}` };
        if (e.kind === 'malformed')
            return { status: 'transient', reason: 'parse_error' };
        if (e.kind === 'schema')
            return { status: 'transient', reason: 'unexpected_shape' };
        return { status: 'transient', reason: e.kind };
    }
    const data = outcome.data;
    if (!Array.isArray(data))
        return { status: 'transient', reason: 'unexpected_shape' };
    const latlng = findStream(data, 'latlng');
    const altitude = findStream(data, 'altitude');
    if (!latlng || Object.keys(latlng).length === 0)
        return { status: 'no_gps' };
    const lat = arr(get(latlng, 'data') || []);
    const lng = arr(get(latlng, 'data2') || []);
    let valid = 0;
    const m = Math.min(lat.length, lng.length);
    for (let i = 0; i < m; i++)
        if (lat[i] !== null && lng[i] !== null)
            valid++;
    if (valid < MIN_GPS_PAIRS)
        return { status: 'no_gps' };
    if (!altitude || arr(get(altitude, 'data') || []).length === 0)
        return { status: 'no_elevation' };
    return { status: 'ok', streams: data };
}
/** _streams_to_trackpoints: latlng (data = lat, data2 = lng) with altitude at the same index. */
function streamsToTrackpoints(streams) {
    const out = new TrackpointBuilder();
    const latlng = findStream(streams, 'latlng');
    if (!latlng)
        return out.build();
    const altitude = findStream(streams, 'altitude');
    const lat = arr(get(latlng, 'data') || []);
    const lng = arr(get(latlng, 'data2') || []);
    const ele = arr((altitude ? get(altitude, 'data') : null) || []);
    const n = Math.min(lat.length, lng.length);
    for (let i = 0; i < n; i++) {
        const la = lat[i];
        const ln = lng[i];
        if (la === null || la === undefined || ln === null || ln === undefined)
            continue;
        const e = i < ele.length && ele[i] !== null && ele[i] !== undefined ? Number(ele[i]) : null;
        out.push(Number(la), Number(ln), e);
    }
    return out.build();
}
/** _build_terrain_for_activity: the terrain fields to attach ({} = none: indoor, or a transient failure). */
function terrainForActivity(act, lookup, streams, units) {
    if (!OUTDOOR_TYPES.has(get(act, 'type', '')))
        return {};
    const id = get(act, 'id');
    if (id === null)
        return {};
    const carried = copyForward(lookup.get(idKey(id)) ?? {}, units);
    if (carried)
        return carried;
    if (!streams)
        return {}; // not fetched this run: nothing written, retried next sync
    const cls = classifyTerrainStreams(streams);
    switch (cls.status) {
        case 'ok': {
            const tp = streamsToTrackpoints(cls.streams);
            if (tp.n < 2)
                return { terrain_status: 'no_gps' };
            if (!anyElevation(tp))
                return { terrain_status: 'no_elevation' };
            const summary = analyzeTerrain(tp, { source: 'activity_streams', includePolyline: false, units });
            return summary === null ? { terrain_status: 'no_elevation' } : { terrain_summary: summary };
        }
        case 'no_gps':
            return { terrain_status: 'no_gps' };
        case 'no_elevation':
            return { terrain_status: 'no_elevation' };
        case 'terminal_error':
            return { terrain_status: 'failed', terrain_error: cls.code };
        default:
            return {};
    }
}

;// CONCATENATED MODULE: ./src/derive/terrain/weather.ts
/**
 * Weather of completed outdoor activities: port of _build_weather_for_activity. Built from the
 * activity-list fields Intervals.icu fills from Open-Meteo (no extra request).
 */


/** weather_summary key → activity field, in the reference's order */
const WEATHER_FIELDS = [
    ['avg_wind_speed', 'average_wind_speed'],
    ['avg_wind_gust', 'average_wind_gust'],
    ['prevailing_wind_deg', 'prevailing_wind_deg'],
    ['headwind_pct', 'headwind_percent'],
    ['tailwind_pct', 'tailwind_percent'],
    ['avg_temp', 'average_weather_temp'],
    ['avg_temp_device', 'average_temp'],
    ['avg_feels_like', 'average_feels_like'],
    ['min_feels_like', 'min_feels_like'],
    ['max_feels_like', 'max_feels_like'],
    ['min_temp', 'min_weather_temp'],
    ['max_temp', 'max_weather_temp'],
    ['clouds_pct', 'average_clouds'],
    ['rain', 'max_rain'],
    ['snow', 'max_snow'],
];
/**
 * weather_summary copied forward from the previous latest.json, else built when has_weather,
 * else weather_status "unavailable" (never copied forward: Intervals may compute it later).
 */
function weatherForActivity(act, lookup, units) {
    if (!OUTDOOR_TYPES.has(get(act, 'type', '')))
        return {};
    const id = get(act, 'id');
    const prev = id !== null ? (lookup.get(typeof id === 'string' ? id : String(id)) ?? {}) : {};
    if ('weather_summary' in prev)
        return { weather_summary: prev.weather_summary };
    if (!truthy(get(act, 'has_weather')))
        return { weather_status: 'unavailable' };
    const summary = {
        source: 'intervals_open_meteo',
        units: { wind: units.wind ?? 'm/s', temp: units.temp ?? 'c', rain: units.rain ?? 'mm' },
    };
    for (const [key, field] of WEATHER_FIELDS) {
        const v = get(act, field);
        // round(v, 2) on floats; ints (indistinguishable here) are unchanged by it
        summary[key] = typeof v === 'number' ? round(v, 2) : v;
    }
    return { weather_summary: summary };
}

;// CONCATENATED MODULE: ./src/derive/terrain/index.ts



/** Attachment URLs to download this run (those not cached in routes.json). */
function planAttachmentDownloads(ctx, input) {
    return attachmentUrlsToDownload(ctx, input.events, input.previousRoutes);
}
/** _generate_terrain(events, athlete_units) */
function generateRoutes(ctx, input) {
    return buildRoutes(ctx, input.events, input.previousRoutes, input.attachments, input.units);
}
/** Outdoor activities whose terrain streams must be fetched (no copy-forward state). */
function planTerrainStreamFetches(_ctx, input) {
    const lookup = previousLookup(input.previousLatest);
    const ids = [];
    for (const act of input.activities28d) {
        if (!needsTerrainFetch(act, lookup))
            continue;
        const id = String(act.id);
        if (!ids.includes(id))
            ids.push(id);
    }
    return ids;
}
// previous latest.json → lookup, built once per previous document (the reference builds it once per run)
let lookupCache = null;
function lookupFor(previousLatest) {
    if (!lookupCache || lookupCache.doc !== previousLatest)
        lookupCache = { doc: previousLatest, lookup: previousLookup(previousLatest) };
    return lookupCache.lookup;
}
/** _build_terrain_for_activity: fields to attach (terrain_summary / terrain_status / terrain_error) */
function buildTerrainForActivity(_ctx, act, previousLatest, streams, units) {
    return terrainForActivity(act, lookupFor(previousLatest), streams, units);
}
/** _build_weather_for_activity: fields to attach (weather_summary / weather_status) */
function buildWeatherForActivity(_ctx, act, previousLatest, units) {
    return weatherForActivity(act, lookupFor(previousLatest), units);
}

;// CONCATENATED MODULE: ./src/derive/activities/effort.ts
/**
 * effort_response: port of _classify_effort_response (v11.34 RPE Expectation Bands, SECTION_11.md).
 * IF arrives as icu_intensity (percent); RPE is icu_rpe (1-10).
 */
/** [IF upper bound (exclusive, decimal), RPE band low, RPE band high]; IF < 0.65 is not covered */
const RPE_BANDS = [
    [0.75, 2, 4],
    [0.85, 4, 6],
    [0.95, 6, 8],
    [1.05, 8, 9],
    [Infinity, 9, 10],
];
/** below this IF (decimal) the bands are uncalibrated (recovery rides, aborted sessions) */
const RPE_BANDS_MIN_IF = 0.65;
/**
 * "positive" (RPE below the expected band), "neutral" (within), "negative" (above), or null
 * when IF or RPE is absent, RPE <= 0, or IF < 0.65.
 */
function classifyEffortResponse(ifValue, rpe) {
    if (ifValue === null || ifValue === undefined || rpe === null || rpe === undefined)
        return null;
    if (typeof ifValue !== 'number' || typeof rpe !== 'number')
        return null;
    if (rpe <= 0)
        return null;
    const ifDecimal = ifValue / 100.0;
    if (ifDecimal < RPE_BANDS_MIN_IF)
        return null;
    let low = 9;
    let high = 10;
    for (const [upper, lo, hi] of RPE_BANDS) {
        if (ifDecimal < upper) {
            low = lo;
            high = hi;
            break;
        }
    }
    if (rpe < low)
        return 'positive';
    if (rpe > high)
        return 'negative';
    return 'neutral';
}

;// CONCATENATED MODULE: ./src/derive/activities/format.ts
/**
 * recent_activities rows: port of _format_activities.
 *
 * Each activity of the 28-day list becomes one row: field fallbacks across API spellings,
 * speeds converted to km/h, display blocks in the athlete's units, HR/power zone times,
 * effort response, interval/DFA flags from this run's intervals.json, terrain and weather
 * fields (terrain module), description passthrough with leading NOTE: lines, and the chat
 * notes fetched for activities of the last 7 days.
 */





/** chat notes are fetched for activities dated on/after today - 7 (v3.84: 7-day window) */
const CHAT_NOTES_WINDOW_DAYS = 7;
const HR_ZONE_LABELS = ['z1_time', 'z2_time', 'z3_time', 'z4_time', 'z5_time', 'z6_time', 'z7_time'];
const POWER_ZONE_IDS = new Set(['z1', 'z2', 'z3', 'z4', 'z5', 'z6', 'z7']);
/** (now - 7 days).strftime('%Y-%m-%d') */
function chatNotesCutoff(ctx) {
    return ctx.now.addDays(-CHAT_NOTES_WINDOW_DAYS).date();
}
function str(v) {
    return typeof v === 'string' ? v : '';
}
function numOrZero(v) {
    const x = or(v, 0);
    if (typeof x === 'number' && Number.isFinite(x))
        return x;
    if (typeof x === 'boolean')
        return x ? 1 : 0;
    return 0;
}
/** {hr_zones?, power_zones?} or null */
function zoneDistribution(act) {
    const hrZones = {};
    const powerZones = {};
    const hrTimes = get(act, 'icu_hr_zone_times', []);
    if (truthy(hrTimes) && Array.isArray(hrTimes)) {
        hrTimes.forEach((secs, idx) => {
            if (idx < HR_ZONE_LABELS.length)
                hrZones[HR_ZONE_LABELS[idx]] = secs ?? 0;
        });
    }
    const zoneTimes = get(act, 'icu_zone_times', []);
    if (truthy(zoneTimes) && Array.isArray(zoneTimes)) {
        for (const zone of zoneTimes) {
            if (!isDict(zone))
                continue;
            const zoneId = str(get(zone, 'id', '')).toLowerCase();
            const secs = get(zone, 'secs', 0);
            if (POWER_ZONE_IDS.has(zoneId))
                powerZones[`${zoneId}_time`] = secs ?? 0;
        }
    }
    const dist = {};
    if (truthy(hrZones))
        dist.hr_zones = hrZones;
    if (truthy(powerZones))
        dist.power_zones = powerZones;
    return truthy(dist) ? dist : null;
}
/** icu_hrr may be a number or {value|hrr: number} */
function hrrc(act) {
    let raw = get(act, 'icu_hrr');
    if (isDict(raw)) {
        let v = get(raw, 'value');
        if (v === null)
            v = get(raw, 'hrr');
        raw = v;
    }
    return raw;
}
/** description (stripped) and the NOTE: lines at its top */
function descriptionFields(act) {
    const rawDesc = str(or(get(act, 'description'), ''));
    const out = {};
    if (!strip(rawDesc))
        return out;
    out.description = strip(rawDesc);
    const notes = [];
    for (const line of rawDesc.split('\n')) {
        const stripped = strip(line);
        if (stripped.toUpperCase().startsWith('NOTE:')) {
            const text = strip(stripped.slice(5));
            if (text)
                notes.push(text);
        }
        else if (stripped) {
            break; // NOTE: lines only from the top of the description
        }
    }
    if (notes.length)
        out.coach_notes = notes;
    return out;
}
/** intervals.json activities by str(activity_id) (later entries win, as in a dict comprehension) */
function intervalsById(intervalsData) {
    const m = new Map();
    const acts = get(intervalsData ?? {}, 'activities', []);
    if (!Array.isArray(acts))
        return m;
    for (const e of acts) {
        if (!isDict(e))
            continue;
        const id = get(e, 'activity_id');
        if (id !== null)
            m.set(String(id), e);
    }
    return m;
}
/** _format_activities(activities, ...) */
function formatActivityRows(ctx, activities, opts) {
    const byId = intervalsById(opts.intervalsData);
    const cutoff = chatNotesCutoff(ctx);
    const previousLatest = opts.snapshot.previous.latest;
    const units = opts.units;
    return activities.map((act, i) => {
        const avgPower = or(get(act, 'average_watts'), get(act, 'avg_watts'), get(act, 'average_power'), get(act, 'avgWatts'), get(act, 'icu_average_watts'));
        const normPower = or(get(act, 'weighted_average_watts'), get(act, 'np'), get(act, 'icu_pm_np'), get(act, 'normalizedPower'), get(act, 'icu_weighted_avg_watts'));
        const avgHr = or(get(act, 'average_heartrate'), get(act, 'avg_hr'), get(act, 'average_heart_rate'), get(act, 'avgHr'), get(act, 'icu_average_hr'));
        const maxHr = or(get(act, 'max_heartrate'), get(act, 'max_hr'), get(act, 'max_heart_rate'), get(act, 'maxHr'), get(act, 'icu_max_hr'));
        const avgCadence = or(get(act, 'average_cadence'), get(act, 'avg_cadence'), get(act, 'icu_average_cadence'));
        const avgTemp = or(get(act, 'average_weather_temp'), get(act, 'average_temp'), get(act, 'avg_temp'), get(act, 'average_temperature'));
        const joules = get(act, 'icu_joules');
        const workKj = truthy(joules) && typeof joules === 'number' ? round(joules / 1000, 1) : null;
        const calories = or(get(act, 'calories'), get(act, 'icu_calories'));
        const decoupling = or(get(act, 'icu_hr_decoupling'), get(act, 'decoupling'));
        const avgSpeedMs = get(act, 'average_speed');
        const maxSpeedMs = get(act, 'max_speed');
        const avgSpeed = truthy(avgSpeedMs) && typeof avgSpeedMs === 'number' ? round(avgSpeedMs * 3.6, 1) : null;
        const maxSpeed = truthy(maxSpeedMs) && typeof maxSpeedMs === 'number' ? round(maxSpeedMs * 3.6, 1) : null;
        const avgPace = or(get(act, 'average_pace'), get(act, 'icu_pace'));
        const weather = or(get(act, 'weather_description'), get(act, 'weather'));
        const humidity = or(get(act, 'humidity'), get(act, 'average_humidity'));
        const windSpeed = or(get(act, 'average_wind_speed'), get(act, 'wind_speed'));
        const distanceKm = round(numOrZero(get(act, 'distance')) / 1000, 2);
        const elevationM = get(act, 'total_elevation_gain');
        const movingTime = numOrZero(get(act, 'moving_time'));
        const activity = {
            id: get(act, 'id', `unknown_${i + 1}`),
            date: get(act, 'start_date_local', 'unknown'),
            type: get(act, 'type', 'Unknown'),
            name: get(act, 'name', ''),
            duration_hours: round(movingTime / 3600, 2),
            duration_formatted: formatDuration(Math.trunc(movingTime)),
            distance_km: distanceKm,
            tss: get(act, 'icu_training_load'),
            intensity_factor: get(act, 'icu_intensity'),
            avg_power: avgPower,
            normalized_power: normPower,
            avg_hr: avgHr,
            max_hr: maxHr,
            avg_cadence: avgCadence,
            avg_speed: avgSpeed,
            avg_speed_unit: opts.speedUnit,
            max_speed: maxSpeed,
            max_speed_unit: opts.speedUnit,
            avg_pace: avgPace,
            avg_temp: avgTemp,
            avg_temp_unit: opts.tempUnit,
            weather,
            humidity,
            wind_speed: windSpeed,
            wind_speed_unit: opts.windUnit,
            work_kj: workKj,
            calories,
            carbs_used: get(act, 'carbs_used'),
            carbs_ingested: get(act, 'carbs_ingested'),
            variability_index: get(act, 'icu_variability_index'),
            decoupling,
            efficiency_factor: get(act, 'icu_efficiency_factor'),
            hrrc: hrrc(act),
            elevation_m: elevationM,
            display: {
                distance: toDisplay(distanceKm, 'distance', units),
                elevation: toDisplay(typeof elevationM === 'number' ? elevationM : null, 'elevation', units),
                avg_speed: toDisplay(avgSpeed, 'speed', units),
                max_speed: toDisplay(maxSpeed, 'speed', units),
            },
            feel: get(act, 'feel'),
            rpe: get(act, 'icu_rpe'),
            effort_response: classifyEffortResponse(get(act, 'icu_intensity'), get(act, 'icu_rpe')),
            zone_distribution: zoneDistribution(act),
            has_intervals: false,
            has_dfa: false,
        };
        // has_intervals needs a WORK segment (unstructured rides get a whole-session RECOVERY
        // placeholder); has_dfa flags AlphaHRV sessions, dfa_summary only when sufficient.
        const entry = byId.get(String(get(act, 'id') ?? 'None'));
        if (entry && truthy(entry)) {
            const ivs = or(get(entry, 'intervals'), []);
            if (Array.isArray(ivs) && ivs.some((iv) => isDict(iv) && get(iv, 'type') === 'WORK'))
                activity.has_intervals = true;
            const dfa = get(entry, 'dfa');
            if (truthy(dfa) && isDict(dfa)) {
                activity.has_dfa = true;
                const quality = get(dfa, 'quality', {});
                if (isDict(quality) && truthy(get(quality, 'sufficient')) && opts.buildDfaSummary) {
                    activity.dfa_summary = opts.buildDfaSummary(dfa);
                }
            }
        }
        const actId = get(act, 'id');
        const terrain = buildTerrainForActivity(ctx, act, previousLatest, actId !== null ? opts.snapshot.terrainStreams[String(actId)] : undefined, units);
        Object.assign(activity, terrain);
        Object.assign(activity, buildWeatherForActivity(ctx, act, previousLatest, units));
        Object.assign(activity, descriptionFields(act));
        // chat messages of the last 7 days (fetched by planMessageFetches)
        const actDate = str(get(act, 'start_date_local', '')).slice(0, 10);
        if (actDate >= cutoff && truthy(actId)) {
            const notes = opts.snapshot.messages[String(actId)] ?? [];
            if (notes.length)
                activity.chat_notes = notes;
        }
        return activity;
    });
}
/** Activities whose /activity/{id}/messages the reference requests (dated >= today - 7, with an id). */
function messageFetchIds(ctx, activities) {
    const cutoff = chatNotesCutoff(ctx);
    const ids = [];
    for (const act of activities) {
        const actDate = str(get(act, 'start_date_local', '')).slice(0, 10);
        const id = get(act, 'id');
        if (actDate >= cutoff && truthy(id))
            ids.push(String(id));
    }
    return ids;
}

;// CONCATENATED MODULE: ./src/derive/activities/index.ts

/** Which activities the reference fetches /activity/{id}/messages for (dated >= today - 7). */
function planMessageFetches(ctx, activities28d) {
    return messageFetchIds(ctx, activities28d);
}
/** _format_activities(...) */
function formatActivities(ctx, input) {
    return formatActivityRows(ctx, input.activities28d, {
        intervalsData: input.intervalsData,
        tempUnit: input.tempUnit,
        windUnit: input.windUnit,
        speedUnit: input.speedUnit,
        units: input.units,
        snapshot: input.snapshot,
        buildDfaSummary: input.buildDfaSummary,
    });
}

;// CONCATENATED MODULE: ./src/derive/sports.ts
/** Sport families and type sets of the reference (SPORT_FAMILIES, OUTDOOR_TYPES, …). */
const SPORT_FAMILIES = {
    Ride: 'cycling',
    VirtualRide: 'cycling',
    MountainBikeRide: 'cycling',
    GravelRide: 'cycling',
    EBikeRide: 'cycling',
    VirtualSki: 'ski',
    NordicSki: 'ski',
    Walk: 'walk',
    Hike: 'walk',
    Run: 'run',
    VirtualRun: 'run',
    TrailRun: 'run',
    Swim: 'swim',
    Rowing: 'rowing',
    VirtualRow: 'rowing',
    WeightTraining: 'strength',
    Yoga: 'other',
    Workout: 'other',
};
/** SPORT_FAMILIES.get(type) or undefined */
function sportFamily(type) {
    return typeof type === 'string' && Object.hasOwn(SPORT_FAMILIES, type) ? SPORT_FAMILIES[type] : undefined;
}
const sports_OUTDOOR_TYPES = new Set([
    'Ride',
    'MountainBikeRide',
    'GravelRide',
    'EBikeRide',
    'Run',
    'TrailRun',
    'NordicSki',
    'Walk',
    'Hike',
]);
const INDOOR_CYCLING_TYPES = new Set(['VirtualRide']);
const TRAINING_EVENT_CATEGORIES = new Set(['WORKOUT', 'RACE_A', 'RACE_B', 'RACE_C']);
const HEALTH_EVENT_CATEGORIES = new Set(['SICK', 'INJURED']);
const INTERVAL_SPORT_FAMILIES = new Set(['cycling', 'run', 'ski', 'rowing', 'swim']);
const SUSTAINABILITY_WINDOW_DAYS = 42;
const SUSTAINABILITY_ANCHORS = {
    cycling: { '300s': 300, '600s': 600, '1200s': 1200, '1800s': 1800, '3600s': 3600, '5400s': 5400, '7200s': 7200 },
    ski: { '60s': 60, '120s': 120, '300s': 300, '600s': 600, '1200s': 1200, '1800s': 1800 },
    rowing: { '60s': 60, '120s': 120, '300s': 300, '600s': 600, '1200s': 1200, '1800s': 1800 },
};
const SUSTAINABILITY_POWER_TYPES = {
    cycling: ['Ride', 'VirtualRide'],
    ski: ['NordicSki', 'VirtualSki'],
    rowing: ['Rowing', 'VirtualRow'],
};
const SUSTAINABILITY_HR_TYPES = {
    cycling: ['Ride', 'VirtualRide'],
    ski: ['NordicSki', 'VirtualSki'],
    rowing: ['Rowing', 'VirtualRow'],
};
/** act.get("start_date_local", "")[:10] */
function actDate(a) {
    return typeof a.start_date_local === 'string' ? a.start_date_local.slice(0, 10) : '';
}

;// CONCATENATED MODULE: ./src/derive/intervals/ladder.ts
/**
 * The per-endpoint retry state machine of intervals.json `fetch_state` (the reference's
 * _schedule_retry, _schedule_refresh, _advance_endpoint_state, v3.121). Every function takes the
 * run's clock explicitly; nothing here reads a clock.
 *
 * One endpoint record ("intervals" or "streams") is {attempts, first_seen, last_attempt, status,
 * reason[, next_retry_at]} with status ok | pending | tombstone. A pending endpoint is retried on
 * the ladder (5 min ×6, 30 min ×6, then 6-hourly) until a deadline measured from the ACTIVITY
 * START (72 h; 14 days for the intervals of an exactly-paired planned workout, daily past 72 h);
 * a retry that would land at or past the deadline becomes a `retry_expired` tombstone.
 */


/** (through_attempt, delay_secs); null = all further attempts (sync.py v3.121 retry policy) */
const INTERVAL_RETRY_LADDER = [
    [6, 300],
    [12, 1800],
    [null, 21600],
];
/** unpaired intervals + all streams: deadline from activity start */
const INTERVAL_RETRY_WINDOW_HOURS = 72;
/** exactly-paired planned workouts: interval retries continue for 14 days */
const INTERVAL_PAIRED_RETRY_DAYS = 14;
/** paired interval retries past the 72 h ladder run daily */
const INTERVAL_PAIRED_RETRY_DELAY_SECS = 86400;
/** Python int(x) on a JSON value (attempt counters read back from intervals.json). */
function pyIntValue(x) {
    if (typeof x === 'boolean')
        return x ? 1 : 0;
    const n = typeof x === 'number' ? x : Number(String(x).trim().replace(/_/g, ''));
    if (!Number.isFinite(n))
        throw new Error(`invalid literal for int(): ${String(x)}`);
    return Math.trunc(n);
}
/** attempts counter of a previous record, Python `int(d.get("attempts", 0))` */
function prevAttempts(prev) {
    const v = prev ? prev.attempts : undefined;
    return v === undefined ? 0 : pyIntValue(v);
}
/** _activity_start_dt: start_date_local as a naive datetime; `now` when unparseable. */
function activityStartDt(act, now) {
    const raw = typeof act.start_date_local === 'string' ? act.start_date_local : '';
    const full = /^(\d{4})-(\d{1,2})-(\d{1,2})T(\d{1,2}):(\d{1,2}):(\d{1,2})$/.exec(raw.slice(0, 19));
    if (full) {
        const dt = strictDate(full.slice(1).map(Number));
        if (dt)
            return dt;
    }
    const day = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw.slice(0, 10));
    if (day) {
        const dt = strictDate([...day.slice(1).map(Number), 0, 0, 0]);
        if (dt)
            return dt;
    }
    return now;
}
function strictDate([y, mo, d, h, mi, s]) {
    if (mo < 1 || mo > 12 || h > 23 || mi > 59 || s > 59)
        return null;
    const ms = Date.UTC(y, mo - 1, d, h, mi, s);
    const back = new Date(ms);
    if (back.getUTCDate() !== d || back.getUTCMonth() !== mo - 1)
        return null;
    return new naive_time/* NaiveDateTime */.b8(ms);
}
function ladderDelay(attempts) {
    let delay = INTERVAL_RETRY_LADDER[INTERVAL_RETRY_LADDER.length - 1][1];
    for (const [through, secs] of INTERVAL_RETRY_LADDER) {
        if (through === null || attempts <= through) {
            delay = secs;
            break;
        }
    }
    return delay;
}
/**
 * _schedule_retry: the next retry timestamp (isoformat) for a pending endpoint, or null when the
 * window has closed. Retry-After, when given, lengthens the delay.
 */
function scheduleRetry(endpoint, attempts, pairedPlanned, activityStart, now, retryAfterSecs = null) {
    const extended = endpoint === 'intervals' && pairedPlanned;
    const deadline = extended
        ? activityStart.addDays(INTERVAL_PAIRED_RETRY_DAYS)
        : activityStart.addSeconds(INTERVAL_RETRY_WINDOW_HOURS * 3600);
    if (now.compare(deadline) >= 0)
        return null;
    let delay = ladderDelay(attempts);
    const ladderEnd = activityStart.addSeconds(INTERVAL_RETRY_WINDOW_HOURS * 3600);
    if (extended && now.compare(ladderEnd) >= 0)
        delay = Math.max(delay, INTERVAL_PAIRED_RETRY_DELAY_SECS);
    if (retryAfterSecs !== null)
        delay = Math.max(delay, Math.trunc(retryAfterSecs));
    const nxt = now.addSeconds(delay);
    if (nxt.compare(deadline) >= 0)
        return null;
    return nxt.isoformat();
}
/** _schedule_refresh: next attempt of an outstanding interval refresh (no deadline). */
function scheduleRefresh(attempts, now, retryAfterSecs = null) {
    let delay = ladderDelay(attempts);
    if (retryAfterSecs !== null)
        delay = Math.max(delay, Math.trunc(retryAfterSecs));
    return now.addSeconds(delay).isoformat();
}
/**
 * _advance_endpoint_state: one endpoint's transition. A pending outcome whose window has closed
 * becomes a `retry_expired` tombstone here (expiry is decided in exactly one place).
 */
function advanceEndpointState(prev, endpoint, outcome, reason, now, activityStart, pairedPlanned, retryAfterSecs = null) {
    const attempts = prevAttempts(prev) + 1;
    const firstSeen = prev ? prev.first_seen : undefined;
    const state = {
        attempts,
        first_seen: firstSeen !== undefined && truthy(firstSeen) ? firstSeen : now.isoformat(),
        last_attempt: now.isoformat(),
    };
    if (outcome === 'ok') {
        state.status = 'ok';
        state.reason = 'ok';
        return state;
    }
    if (outcome === 'tombstone') {
        state.status = 'tombstone';
        state.reason = reason;
        return state;
    }
    const nxt = scheduleRetry(endpoint, attempts, pairedPlanned, activityStart, now, retryAfterSecs);
    if (nxt === null) {
        state.status = 'tombstone';
        state.reason = 'retry_expired';
    }
    else {
        state.status = 'pending';
        state.reason = reason;
        state.next_retry_at = nxt;
    }
    return state;
}
/** A timestamp stored in fetch_state is due when `str(next) <= now.isoformat()` (or absent). */
function isDue(next, nowIso) {
    if (next === null || next === undefined)
        return true;
    return pyStr(next) <= nowIso;
}
function pyStr(v) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'boolean')
        return v ? 'True' : 'False';
    return String(v);
}

;// CONCATENATED MODULE: ./src/derive/intervals/pairing.ts
/**
 * _build_pairing_map: activity ids (strings) EXACTLY paired to a planned event carrying a
 * non-empty workout_doc.steps, joined by id in both directions (activity.paired_event_id ↔
 * event.id, event.paired_activity_id ↔ activity.id). Used only to extend the interval retry
 * window; it never gates emission.
 */

/** Python str() of a JSON id (ints print without a fraction). */
function idStr(v) {
    if (typeof v === 'boolean')
        return v ? 'True' : 'False';
    if (v === null || v === undefined)
        return 'None';
    return String(v);
}
function buildPairingMap(events, activities) {
    const paired = new Set();
    const eventHasSteps = new Map();
    for (const evt of events ?? []) {
        const doc = evt.workout_doc;
        const hasSteps = isDict(doc) && truthy(doc.steps);
        const eid = evt.id;
        if (eid !== null && eid !== undefined)
            eventHasSteps.set(idStr(eid), hasSteps);
        const aid = evt.paired_activity_id;
        if (hasSteps && aid !== null && aid !== undefined)
            paired.add(idStr(aid));
    }
    for (const act of activities) {
        const eid = act.paired_event_id;
        if (eid !== null && eid !== undefined && eventHasSteps.get(idStr(eid)))
            paired.add(idStr(act.id));
    }
    return paired;
}

;// CONCATENATED MODULE: ./src/derive/intervals/segments.ts
/**
 * _format_interval_segments: raw icu_intervals → Section 11 segments (None-valued keys dropped)
 * and the activity-level zone_basis (power when any interval carries power zone bounds; hr or
 * pace when exactly one of those zone-time families is present; else null).
 */

/** segment key → icu_intervals field, in the reference's key order */
const SEGMENT_FIELDS = [
    ['type', 'type'],
    ['label', 'group_id'],
    ['duration_secs', 'elapsed_time'],
    ['moving_secs', 'moving_time'],
    ['start_secs', 'start_time'],
    ['end_secs', 'end_time'],
    ['avg_power', 'average_watts'],
    ['max_power', 'max_watts'],
    ['avg_hr', 'average_heartrate'],
    ['max_hr', 'max_heartrate'],
    ['min_hr', 'min_heartrate'],
    ['avg_cadence', 'average_cadence'],
    ['zone', 'zone'],
    ['w_bal_start', 'wbal_start'],
    ['w_bal_end', 'wbal_end'],
    ['training_load', 'training_load'],
];
const present = (v) => v !== null && v !== undefined;
function formatIntervalSegments(rawIntervals, act) {
    const ivs = rawIntervals.filter(isDict);
    const segments = [];
    for (const iv of ivs) {
        const seg = {};
        for (const [key, field] of SEGMENT_FIELDS)
            if (present(iv[field]))
                seg[key] = iv[field];
        segments.push(seg);
    }
    const hasZone = ivs.some((iv) => present(iv.zone));
    const hasPowerBounds = ivs.some((iv) => present(iv.zone_min_watts) || present(iv.zone_max_watts));
    const hasHrZones = truthy(act.icu_hr_zone_times);
    const hasPaceZones = truthy(act.pace_zone_times) || truthy(act.gap_zone_times);
    let zoneBasis = null;
    if (hasZone) {
        if (hasPowerBounds)
            zoneBasis = 'power';
        else if (hasHrZones && !hasPaceZones)
            zoneBasis = 'hr';
        else if (hasPaceZones && !hasHrZones)
            zoneBasis = 'pace';
    }
    return { segments, zoneBasis };
}

;// CONCATENATED MODULE: ./src/derive/intervals/retry-after.ts
const TIMEZONES = {
    UT: 0,
    UTC: 0,
    GMT: 0,
    Z: 0,
    AST: -400,
    ADT: -300,
    EST: -500,
    EDT: -400,
    CST: -600,
    CDT: -500,
    MST: -700,
    MDT: -600,
    PST: -800,
    PDT: -700,
};
const MONTHNAMES = [
    'jan',
    'feb',
    'mar',
    'apr',
    'may',
    'jun',
    'jul',
    'aug',
    'sep',
    'oct',
    'nov',
    'dec',
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
];
const DAYNAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** Python int(str) for the ASCII forms it accepts ("+5", "-3", "1_000"); null when it would raise. */
function pyInt(s) {
    const t = s.trim();
    if (!/^[+-]?\d+(?:_\d+)*$/.test(t))
        return null;
    return Number(t.replace(/_/g, ''));
}
/** email.utils.parsedate_to_datetime (via _parsedate_tz); null where Python raises. */
function parseHttpDate(input) {
    let data = input.split(/\s+/).filter((x) => x.length > 0);
    if (data.length === 0)
        return null;
    if (data[0].endsWith(',') || DAYNAMES.includes(data[0].toLowerCase())) {
        data.shift();
    }
    else {
        const i = data[0].lastIndexOf(',');
        if (i >= 0)
            data[0] = data[0].slice(i + 1);
    }
    if (data.length === 3) {
        const stuff = data[0].split('-');
        if (stuff.length === 3)
            data = [...stuff, ...data.slice(1)];
    }
    if (data.length === 4) {
        const s = data[3];
        let i = s.indexOf('+');
        if (i === -1)
            i = s.indexOf('-');
        if (i > 0)
            data = [...data.slice(0, 3), s.slice(0, i), s.slice(i)];
        else
            data.push('');
    }
    if (data.length < 5)
        return null;
    let [dd, mm, yy, tm, tz] = data.slice(0, 5);
    if (!(dd && mm && yy))
        return null;
    mm = mm.toLowerCase();
    if (!MONTHNAMES.includes(mm)) {
        [dd, mm] = [mm, dd.toLowerCase()];
        if (!MONTHNAMES.includes(mm))
            return null;
    }
    let month = MONTHNAMES.indexOf(mm) + 1;
    if (month > 12)
        month -= 12;
    if (dd.endsWith(','))
        dd = dd.slice(0, -1);
    if (yy.indexOf(':') > 0)
        [yy, tm] = [tm, yy];
    if (yy.endsWith(',')) {
        yy = yy.slice(0, -1);
        if (!yy)
            return null;
    }
    if (!/^\d/.test(yy))
        [yy, tz] = [tz, yy];
    if (tm.endsWith(','))
        tm = tm.slice(0, -1);
    let parts = tm.split(':');
    let thh, tmm, tss;
    if (parts.length === 2)
        [thh, tmm, tss] = [parts[0], parts[1], '0'];
    else if (parts.length === 3)
        [thh, tmm, tss] = parts;
    else if (parts.length === 1 && parts[0].includes('.')) {
        parts = parts[0].split('.');
        if (parts.length === 2)
            [thh, tmm, tss] = [parts[0], parts[1], '0'];
        else if (parts.length === 3)
            [thh, tmm, tss] = parts;
        else
            return null;
    }
    else
        return null;
    const nums = [yy, dd, thh, tmm, tss].map(pyInt);
    if (nums.some((x) => x === null))
        return null;
    let [year] = nums;
    const [, day, hour, minute, second] = nums;
    if (year < 100)
        year += year > 68 ? 1900 : 2000;
    let tzoffset = null;
    const tzu = (tz ?? '').toUpperCase();
    if (Object.hasOwn(TIMEZONES, tzu))
        tzoffset = TIMEZONES[tzu];
    else {
        tzoffset = pyInt(tzu);
        if (tzoffset === 0 && tzu.startsWith('-'))
            tzoffset = null;
    }
    if (tzoffset) {
        const sign = tzoffset < 0 ? -1 : 1;
        const a = Math.abs(tzoffset);
        tzoffset = sign * (Math.floor(a / 100) * 3600 + (a % 100) * 60);
    }
    // datetime(...) validation (ValueError → the reference returns None)
    if (year < 1 || year > 9999 || month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59)
        return null;
    if (day < 1 || day > daysInMonth(year, month) || hour < 0 || minute < 0 || second < 0)
        return null;
    if (tzoffset !== null && Math.abs(tzoffset) >= 86400)
        return null;
    const d = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
    d.setUTCFullYear(year); // Date.UTC maps years 0..99 to 1900+
    return { wallMs: d.getTime(), offsetSecs: tzoffset };
}
function daysInMonth(y, m) {
    if (m === 2)
        return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
    return [4, 6, 9, 11].includes(m) ? 30 : 31;
}
/**
 * _parse_retry_after(value): seconds to wait, or null.
 * @param now the run's naive wall clock (the reference's datetime.now())
 * @param nowInstantMs the run's true instant (datetime.now(tz)); defaults to `now` read as UTC
 */
function parseRetryAfter(value, now, nowInstantMs = now.ms) {
    if (value === null || value === undefined)
        return null;
    const raw = String(value).trim();
    if (!raw)
        return null;
    const secs = pyInt(raw);
    if (secs !== null)
        return secs >= 0 ? secs : null;
    const dt = parseHttpDate(raw);
    if (dt === null)
        return null;
    const deltaMs = dt.offsetSecs === null ? dt.wallMs - now.ms : dt.wallMs - dt.offsetSecs * 1000 - nowInstantMs;
    const delta = deltaMs / 1000;
    return delta > 0 ? Math.trunc(delta) : 0;
}

;// CONCATENATED MODULE: ./src/derive/intervals/outcome.ts


function classifyError(o, clock) {
    const e = o.error;
    if (e.kind === 'timeout')
        return { status: 'transient', payload: null, reason: 'timeout', retryAfterSecs: null };
    if (e.kind === 'network')
        return { status: 'transient', payload: null, reason: 'network', retryAfterSecs: null };
    if (e.kind === 'malformed')
        return { status: 'transient', payload: null, reason: 'parse_error', retryAfterSecs: null };
    if (e.kind === 'schema')
        return { status: 'transient', payload: null, reason: 'unexpected_shape', retryAfterSecs: null };
    const status = e.status;
    if (status === 404 || status === 410) {
        return { status: 'terminal_error', payload: null, reason: `http_${status}`, retryAfterSecs: null };
    }
    const retryAfterSecs = status === 429 ? parseRetryAfter(e.retryAfterRaw, clock.now, clock.nowInstantMs ?? clock.now.ms) : null;
    return { status: 'transient', payload: null, reason: `http_${status}`, retryAfterSecs };
}
/** _fetch_activity_intervals: the icu_intervals list of /activity/{id}?intervals=true */
function classifyIntervals(o, clock) {
    if (!o.ok)
        return classifyError(o, clock);
    const data = o.data;
    if (!isDict(data))
        return { status: 'transient', payload: null, reason: 'unexpected_shape', retryAfterSecs: null };
    // data.get("icu_intervals", []): a present-but-null value is not a list → unexpected shape
    const intervals = data.icu_intervals === undefined ? [] : data.icu_intervals;
    if (!Array.isArray(intervals))
        return { status: 'transient', payload: null, reason: 'unexpected_shape', retryAfterSecs: null };
    if (intervals.length === 0)
        return { status: 'no_data', payload: [], reason: 'no_data', retryAfterSecs: null };
    return { status: 'ok', payload: intervals, reason: 'ok', retryAfterSecs: null };
}
/** _fetch_activity_streams(types): {type: data list} of the requested streams present */
function classifyStreams(o, types, clock) {
    if (!o.ok)
        return classifyError(o, clock);
    const data = o.data;
    if (!Array.isArray(data))
        return { status: 'transient', payload: null, reason: 'unexpected_shape', retryAfterSecs: null };
    const wanted = new Set(types);
    const out = {};
    for (const s of data) {
        if (!isDict(s))
            continue;
        const stype = s.type;
        if (typeof stype === 'string' && wanted.has(stype) && Array.isArray(s.data))
            out[stype] = s.data;
    }
    if (Object.keys(out).length === 0)
        return { status: 'no_data', payload: {}, reason: 'no_data', retryAfterSecs: null };
    return { status: 'ok', payload: out, reason: 'ok', retryAfterSecs: null };
}

;// CONCATENATED MODULE: ./src/derive/intervals/dfa-sort.ts
/**
 * sorted() of a float list exactly as CPython 3.11 orders it, for the DFA percentiles.
 *
 * Without NaN any correct sort gives Python's order (equal floats are indistinguishable), so
 * the typed-array sort is used. The reference does not drop NaN dfa_a1 samples (its filter is
 * `d < 0.01`, false for NaN), and with a NaN present the order depends on the algorithm: CPython
 * compares with `<` only. For that case this is a port of CPython 3.11's listsort (timsort with
 * binary insertion, galloping merges and the powersort merge policy), comparing with `<`.
 */
const MIN_GALLOP = 7;
function pySortFloats(values) {
    let hasNaN = false;
    for (let i = 0; i < values.length; i++) {
        if (Number.isNaN(values[i])) {
            hasNaN = true;
            break;
        }
    }
    const out = Float64Array.from(values);
    if (!hasNaN)
        return out.sort();
    listsort(out);
    return out;
}
const lt = (x, y) => x < y;
function countRun(a, lo, hi) {
    let p = lo + 1;
    if (p === hi)
        return { n: 1, descending: false };
    let n = 2;
    if (lt(a[p], a[p - 1])) {
        for (p = p + 1; p < hi; p++, n++)
            if (!lt(a[p], a[p - 1]))
                break;
        return { n, descending: true };
    }
    for (p = p + 1; p < hi; p++, n++)
        if (lt(a[p], a[p - 1]))
            break;
    return { n, descending: false };
}
function reverse(a, lo, hi) {
    for (let i = lo, j = hi - 1; i < j; i++, j--) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
function binarysort(a, lo, hi, start) {
    if (start === lo)
        start++;
    for (; start < hi; start++) {
        const pivot = a[start];
        let l = lo;
        let r = start;
        while (l < r) {
            const p = l + ((r - l) >> 1);
            if (lt(pivot, a[p]))
                r = p;
            else
                l = p + 1;
        }
        for (let p = start; p > l; p--)
            a[p] = a[p - 1];
        a[l] = pivot;
    }
}
function minrun(n) {
    let r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}
function powerloop(s1, n1, n2, n) {
    let result = 0;
    let a = 2 * s1 + n1;
    let b = a + n1 + n2;
    for (;;) {
        ++result;
        if (a >= n) {
            a -= n;
            b -= n;
        }
        else if (b >= n)
            break;
        a *= 2;
        b *= 2;
    }
    return result;
}
/** gallop_left over arr[base .. base+n) */
function gallopLeft(key, arr, base, n, hint) {
    let lastofs = 0;
    let ofs = 1;
    if (lt(arr[base + hint], key)) {
        const maxofs = n - hint;
        while (ofs < maxofs) {
            if (lt(arr[base + hint + ofs], key)) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            else
                break;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    else {
        const maxofs = hint + 1;
        while (ofs < maxofs) {
            if (lt(arr[base + hint - ofs], key))
                break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        const k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    ++lastofs;
    while (lastofs < ofs) {
        const m = lastofs + ((ofs - lastofs) >> 1);
        if (lt(arr[base + m], key))
            lastofs = m + 1;
        else
            ofs = m;
    }
    return ofs;
}
/** gallop_right over arr[base .. base+n) */
function gallopRight(key, arr, base, n, hint) {
    let lastofs = 0;
    let ofs = 1;
    if (lt(key, arr[base + hint])) {
        const maxofs = hint + 1;
        while (ofs < maxofs) {
            if (lt(key, arr[base + hint - ofs])) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            else
                break;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        const k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    else {
        const maxofs = n - hint;
        while (ofs < maxofs) {
            if (lt(key, arr[base + hint + ofs]))
                break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    ++lastofs;
    while (lastofs < ofs) {
        const m = lastofs + ((ofs - lastofs) >> 1);
        if (lt(key, arr[base + m]))
            ofs = m;
        else
            lastofs = m + 1;
    }
    return ofs;
}
class MergeState {
    a;
    minGallop = MIN_GALLOP;
    pending = [];
    constructor(a) {
        this.a = a;
    }
    mergeAt(i) {
        const a = this.a;
        const p = this.pending;
        let sa = p[i].base;
        let na = p[i].len;
        const sb = p[i + 1].base;
        let nb = p[i + 1].len;
        p[i].len = na + nb;
        if (i === p.length - 3)
            p[i + 1] = p[i + 2];
        p.pop();
        const k = gallopRight(a[sb], a, sa, na, 0);
        sa += k;
        na -= k;
        if (na === 0)
            return;
        nb = gallopLeft(a[sa + na - 1], a, sb, nb, nb - 1);
        if (nb <= 0)
            return;
        if (na <= nb)
            this.mergeLo(sa, na, sb, nb);
        else
            this.mergeHi(sa, na, sb, nb);
    }
    mergeLo(ssa0, na, ssb, nb) {
        const a = this.a;
        const tmp = a.slice(ssa0, ssa0 + na);
        let ssa = 0;
        let dest = ssa0;
        let minGallop = this.minGallop;
        a[dest++] = a[ssb++];
        --nb;
        if (nb === 0)
            return this.loSucceed(tmp, ssa, dest, na);
        if (na === 1)
            return this.loCopyB(tmp, ssa, dest, ssb, nb);
        for (;;) {
            let acount = 0;
            let bcount = 0;
            for (;;) {
                if (lt(a[ssb], tmp[ssa])) {
                    a[dest++] = a[ssb++];
                    ++bcount;
                    acount = 0;
                    --nb;
                    if (nb === 0)
                        return this.loSucceed(tmp, ssa, dest, na);
                    if (bcount >= minGallop)
                        break;
                }
                else {
                    a[dest++] = tmp[ssa++];
                    ++acount;
                    bcount = 0;
                    --na;
                    if (na === 1)
                        return this.loCopyB(tmp, ssa, dest, ssb, nb);
                    if (acount >= minGallop)
                        break;
                }
            }
            ++minGallop;
            do {
                minGallop -= minGallop > 1 ? 1 : 0;
                this.minGallop = minGallop;
                let k = gallopRight(a[ssb], tmp, ssa, na, 0);
                acount = k;
                if (k) {
                    for (let t = 0; t < k; t++)
                        a[dest + t] = tmp[ssa + t];
                    dest += k;
                    ssa += k;
                    na -= k;
                    if (na === 1)
                        return this.loCopyB(tmp, ssa, dest, ssb, nb);
                    if (na === 0)
                        return this.loSucceed(tmp, ssa, dest, na);
                }
                a[dest++] = a[ssb++];
                --nb;
                if (nb === 0)
                    return this.loSucceed(tmp, ssa, dest, na);
                k = gallopLeft(tmp[ssa], a, ssb, nb, 0);
                bcount = k;
                if (k) {
                    a.copyWithin(dest, ssb, ssb + k);
                    dest += k;
                    ssb += k;
                    nb -= k;
                    if (nb === 0)
                        return this.loSucceed(tmp, ssa, dest, na);
                }
                a[dest++] = tmp[ssa++];
                --na;
                if (na === 1)
                    return this.loCopyB(tmp, ssa, dest, ssb, nb);
            } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
            ++minGallop;
            this.minGallop = minGallop;
        }
    }
    loSucceed(tmp, ssa, dest, na) {
        for (let t = 0; t < na; t++)
            this.a[dest + t] = tmp[ssa + t];
    }
    loCopyB(tmp, ssa, dest, ssb, nb) {
        this.a.copyWithin(dest, ssb, ssb + nb);
        this.a[dest + nb] = tmp[ssa];
    }
    mergeHi(ssa0, na, ssb0, nb) {
        const a = this.a;
        const tmp = a.slice(ssb0, ssb0 + nb); // baseb
        const basea = ssa0;
        let dest = ssb0 + nb - 1;
        let ssb = nb - 1; // index into tmp
        let ssa = ssa0 + na - 1;
        let minGallop = this.minGallop;
        a[dest--] = a[ssa--];
        --na;
        if (na === 0)
            return this.hiSucceed(tmp, dest, nb);
        if (nb === 1)
            return this.hiCopyA(tmp, ssb, dest, ssa, na);
        for (;;) {
            let acount = 0;
            let bcount = 0;
            for (;;) {
                if (lt(tmp[ssb], a[ssa])) {
                    a[dest--] = a[ssa--];
                    ++acount;
                    bcount = 0;
                    --na;
                    if (na === 0)
                        return this.hiSucceed(tmp, dest, nb);
                    if (acount >= minGallop)
                        break;
                }
                else {
                    a[dest--] = tmp[ssb--];
                    ++bcount;
                    acount = 0;
                    --nb;
                    if (nb === 1)
                        return this.hiCopyA(tmp, ssb, dest, ssa, na);
                    if (bcount >= minGallop)
                        break;
                }
            }
            ++minGallop;
            do {
                minGallop -= minGallop > 1 ? 1 : 0;
                this.minGallop = minGallop;
                let k = gallopRight(tmp[ssb], a, basea, na, na - 1);
                k = na - k;
                acount = k;
                if (k) {
                    dest -= k;
                    ssa -= k;
                    a.copyWithin(dest + 1, ssa + 1, ssa + 1 + k);
                    na -= k;
                    if (na === 0)
                        return this.hiSucceed(tmp, dest, nb);
                }
                a[dest--] = tmp[ssb--];
                --nb;
                if (nb === 1)
                    return this.hiCopyA(tmp, ssb, dest, ssa, na);
                k = gallopLeft(a[ssa], tmp, 0, nb, nb - 1);
                k = nb - k;
                bcount = k;
                if (k) {
                    dest -= k;
                    ssb -= k;
                    for (let t = 0; t < k; t++)
                        a[dest + 1 + t] = tmp[ssb + 1 + t];
                    nb -= k;
                    if (nb === 1)
                        return this.hiCopyA(tmp, ssb, dest, ssa, na);
                    if (nb === 0)
                        return this.hiSucceed(tmp, dest, nb);
                }
                a[dest--] = a[ssa--];
                --na;
                if (na === 0)
                    return this.hiSucceed(tmp, dest, nb);
            } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
            ++minGallop;
            this.minGallop = minGallop;
        }
    }
    hiSucceed(tmp, dest, nb) {
        for (let t = 0; t < nb; t++)
            this.a[dest - (nb - 1) + t] = tmp[t];
    }
    hiCopyA(tmp, ssb, dest, ssa, na) {
        dest -= na;
        ssa -= na;
        this.a.copyWithin(dest + 1, ssa + 1, ssa + 1 + na);
        this.a[dest] = tmp[ssb];
    }
    foundNewRun(n2) {
        const p = this.pending;
        if (p.length) {
            const s1 = p[p.length - 1].base;
            const n1 = p[p.length - 1].len;
            const power = powerloop(s1, n1, n2, this.a.length);
            while (p.length > 1 && p[p.length - 2].power > power)
                this.mergeAt(p.length - 2);
            p[p.length - 1].power = power;
        }
    }
    forceCollapse() {
        const p = this.pending;
        while (p.length > 1) {
            let n = p.length - 2;
            if (n > 0 && p[n - 1].len < p[n + 1].len)
                --n;
            this.mergeAt(n);
        }
    }
}
/** CPython 3.11 listsort on a Float64Array, in place, comparing with `<`. */
function listsort(a) {
    let nremaining = a.length;
    if (nremaining < 2)
        return;
    const ms = new MergeState(a);
    const mr = minrun(nremaining);
    let lo = 0;
    do {
        const run = countRun(a, lo, lo + nremaining);
        let n = run.n;
        if (run.descending)
            reverse(a, lo, lo + n);
        if (n < mr) {
            const force = nremaining <= mr ? nremaining : mr;
            binarysort(a, lo, lo + force, lo + n);
            n = force;
        }
        ms.foundNewRun(n);
        ms.pending.push({ base: lo, len: n, power: 0 });
        lo += n;
        nremaining -= n;
    } while (nremaining);
    ms.forceCollapse();
}

;// CONCATENATED MODULE: ./src/derive/intervals/dfa.ts
/**
 * Per-session DFA a1 rollup from AlphaHRV streams (the reference's _compute_dfa_block,
 * _finite_num, _segment_estimate_reason; sync.py v3.99–v3.122). Pure numeric code over typed
 * arrays: one pass filters, later passes only touch the compacted valid samples.
 *
 * Encoding: heartrate / watts / artifacts are normalised once to Float64Array with NaN for
 * "not observed" (the reference's None after _finite_num). dfa_a1 is NOT normalised by the
 * reference: a None sample is dropped, a NaN sample survives the `< 0.01` filter (see dfa-sort.ts),
 * so None is encoded as -Infinity (dropped by the same comparison) and NaN stays NaN.
 */


/** conservative easy-state guard (α1 1.0) — NOT a threshold (sync.py v3.114) */
const DFA_EASY_GUARD = 1.0;
/** HRVT1 / aerobic threshold (Gronwald/Rogers 2020, Rogers 2021, Mateo-March 2023) */
const DFA_LT1 = 0.75;
/** HRVT2: DFA a1 below this = above LT2 */
const DFA_LT2 = 0.5;
const DFA_EASY_GUARD_BAND = 0.05;
const DFA_LT1_BAND = 0.05;
const DFA_LT2_BAND = 0.05;
/** min contiguous in-band samples to emit a threshold estimate (v3.113) */
const DFA_MIN_CROSSING_DWELL_SECS = 60;
/** max sample gap bridged within one crossing segment (v3.113) */
const DFA_CROSSING_MAX_GAP_SAMPLES = 5;
/** drop samples whose artifact % exceeds this (Altini convention) */
const DFA_ARTIFACT_MAX_PCT = 5.0;
/** exclude AlphaHRV sentinel zeros */
const DFA_MIN_VALID_VALUE = 0.01;
/** 20 min of valid data for sufficient=True */
const DFA_MIN_DURATION_SECS = 1200;
const DFA_SUFFICIENT_MIN_VALID_PCT = 70.0;
/** >15 % of time above LT2 makes drift structural noise */
const DFA_DRIFT_INTERPRETABLE_MAX_LT2_PCT = 15.0;
/** power CV gate of crossing estimate-eligibility (v3.122 derivation: pstdev, zeros included) */
const DFA_CROSSING_MAX_POWER_CV_PCT = 12.0;
/** alphaHRV rolling window, in beats (Rogers & Gronwald, Front Physiol 2022;13:879071) */
const DFA_LOOKBACK_BEATS = 200;
/** fixed precedence so mixed failures always yield the same class */
const ESTIMATE_REASON_PRIORITY = [
    'lookback_incomplete',
    'lookback_gap',
    'unknown_artifact',
    'excessive_artifact',
    'unknown_hr',
    'unknown_power',
    'non_positive_power_mean',
    'non_stationary_power',
];
/** the streams the DFA pipeline requests */
const DFA_STREAM_TYPES = ['dfa_a1', 'artifacts', 'heartrate', 'watts'];
/** _finite_num: a finite number, else null (rejects booleans, non-numbers, NaN, ±inf). */
function finiteNum(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
/** finite-normalised stream aligned to n (None padding / truncation), NaN = not observed */
function dfa_normalise(raw, n, nonNegative) {
    const out = new Float64Array(n).fill(NaN);
    if (!raw)
        return out;
    const m = Math.min(n, raw.length);
    for (let i = 0; i < m; i++) {
        const f = finiteNum(raw[i]);
        if (f !== null && (!nonNegative || f >= 0.0))
            out[i] = f;
    }
    return out;
}
/** dfa_a1 as the reference compares it: None → -Infinity (dropped), bool → 0/1, NaN kept. */
function dfaValues(raw) {
    const out = new Float64Array(raw.length);
    for (let i = 0; i < raw.length; i++) {
        const d = raw[i];
        if (d === null || d === undefined)
            out[i] = -Infinity;
        else if (typeof d === 'number')
            out[i] = d;
        else if (typeof d === 'boolean')
            out[i] = d ? 1 : 0;
        else
            throw new TypeError(`'<' not supported between instances of '${typeof d}' and 'float'`);
    }
    return out;
}
const isKnown = (x) => !Number.isNaN(x);
function truthyList(v) {
    return Array.isArray(v) && v.length > 0;
}
/**
 * _compute_dfa_block(streams): the dfa block, or null when dfa_a1 is absent/empty (no AlphaHRV
 * recording). Throws on a non-numeric dfa_a1 sample (the caller records compute_error).
 */
function computeDfaBlock(streams) {
    const dfaRaw = streams.dfa_a1;
    if (!truthyList(dfaRaw))
        return null;
    const n = dfaRaw.length;
    const hrRaw = truthyList(streams.heartrate) ? streams.heartrate : null;
    const wRaw = truthyList(streams.watts) ? streams.watts : null;
    const artRaw = truthyList(streams.artifacts) ? streams.artifacts : null;
    const dfa = dfaValues(dfaRaw);
    const art = dfa_normalise(artRaw, n, true);
    const hr = dfa_normalise(hrRaw, n, false);
    const watts = dfa_normalise(wRaw, n, false);
    // filter (sentinel zeros, excessive artifacts); validIdx keeps each sample's stream index
    const vDfa = new Float64Array(n);
    const vHr = new Float64Array(n);
    const vW = new Float64Array(n);
    const vIdx = new Int32Array(n);
    let valid = 0;
    let artifactSum = 0.0;
    let artifactCount = 0;
    for (let i = 0; i < n; i++) {
        const d = dfa[i];
        const a = art[i];
        const aKnown = isKnown(a);
        if (aKnown) {
            artifactSum += a;
            artifactCount += 1;
        }
        if (d < DFA_MIN_VALID_VALUE)
            continue;
        if (aKnown && a > DFA_ARTIFACT_MAX_PCT)
            continue;
        vDfa[valid] = d;
        vHr[valid] = hr[i];
        vW[valid] = watts[i];
        vIdx[valid] = i;
        valid++;
    }
    const validPct = n ? round((100.0 * valid) / n, 1) : 0.0;
    const artifactRateAvg = artifactCount ? round(artifactSum / artifactCount, 2) : null;
    const artifactCoveragePct = n ? round((100.0 * artifactCount) / n, 3) : 0.0;
    const artifactState = artifactCount === 0 ? 'absent' : artifactCount === n ? 'complete' : 'partial';
    const sufficient = valid >= DFA_MIN_DURATION_SECS && validPct >= DFA_SUFFICIENT_MIN_VALID_PCT;
    const quality = {
        valid_secs: valid,
        total_secs: n,
        valid_pct: validPct,
        artifact_state: artifactState,
        artifact_coverage_pct: artifactCoveragePct,
        artifact_rate_avg: artifactRateAvg,
        sufficient,
    };
    if (!sufficient) {
        return {
            avg: null,
            p25: null,
            p50: null,
            p75: null,
            tiz_easy: null,
            tiz_endurance: null,
            tiz_tempo: null,
            tiz_supra: null,
            drift: null,
            easy_guard_crossing: null,
            lt1_crossing: null,
            lt2_crossing: null,
            quality,
        };
    }
    const vd = vDfa.subarray(0, valid);
    const sortedDfa = pySortFloats(vd);
    let total = 0;
    for (let i = 0; i < valid; i++)
        total += vd[i];
    const avg = round(total / valid, 3);
    const p25 = round(sortedDfa[Math.floor(valid / 4)], 3);
    const p50 = round(sortedDfa[Math.floor(valid / 2)], 3);
    const p75 = round(sortedDfa[Math.floor((valid * 3) / 4)], 3);
    const bandStats = (pred) => {
        let secs = 0;
        let hrSum = 0;
        let hrN = 0;
        let wSum = 0;
        let wN = 0;
        for (let i = 0; i < valid; i++) {
            if (!pred(vd[i]))
                continue;
            secs++;
            if (isKnown(vHr[i])) {
                hrSum += vHr[i];
                hrN++;
            }
            if (isKnown(vW[i])) {
                wSum += vW[i];
                wN++;
            }
        }
        if (secs === 0)
            return null;
        return {
            secs,
            pct: round((100.0 * secs) / valid, 1),
            avg_hr: hrN ? round(hrSum / hrN) : null,
            avg_watts: wN ? round(wSum / wN) : null,
        };
    };
    const tizEasy = bandStats((d) => d > DFA_EASY_GUARD);
    const tizEndurance = bandStats((d) => DFA_LT1 <= d && d <= DFA_EASY_GUARD);
    const tizTempo = bandStats((d) => DFA_LT2 <= d && d < DFA_LT1);
    const tizSupra = bandStats((d) => d < DFA_LT2);
    // drift: first third vs last third of the valid samples
    const third = Math.floor(valid / 3);
    let drift = null;
    if (third >= 60) {
        let s1 = 0;
        for (let i = 0; i < third; i++)
            s1 += vd[i];
        let s3 = 0;
        for (let i = valid - third; i < valid; i++)
            s3 += vd[i];
        const firstAvg = round(s1 / third, 3);
        const lastAvg = round(s3 / third, 3);
        const supraPct = tizSupra ? tizSupra.pct : 0.0;
        drift = {
            first_third_avg: firstAvg,
            last_third_avg: lastAvg,
            delta: round(lastAvg - firstAvg, 3),
            interpretable: supraPct <= DFA_DRIFT_INTERPRETABLE_MAX_LT2_PCT,
        };
    }
    const crossingStats = (center, band) => {
        const lo = center - band;
        const hi = center + band;
        const segments = [];
        let cur = null;
        let lastOrig = -1;
        let inBand = 0;
        for (let i = 0; i < valid; i++) {
            const d = vd[i];
            if (!(lo <= d && d <= hi))
                continue;
            inBand++;
            const orig = vIdx[i];
            if (cur === null || orig - lastOrig - 1 > DFA_CROSSING_MAX_GAP_SAMPLES) {
                cur = { count: 0, hrSum: 0, hrN: 0, wSum: 0, wN: 0, start: orig, end: orig };
                segments.push(cur);
            }
            cur.count++;
            cur.end = orig;
            if (isKnown(vHr[i])) {
                cur.hrSum += vHr[i];
                cur.hrN++;
            }
            if (isKnown(vW[i])) {
                cur.wSum += vW[i];
                cur.wN++;
            }
            lastOrig = orig;
        }
        const qualifying = segments.filter((s) => s.count >= DFA_MIN_CROSSING_DWELL_SECS);
        let best = 0;
        for (const s of segments)
            best = Math.max(best, s.count);
        let reason;
        if (inBand === 0)
            reason = 'no_samples_in_band';
        else if (inBand < DFA_MIN_CROSSING_DWELL_SECS)
            reason = 'insufficient_total_dwell';
        else if (qualifying.length === 0)
            reason = 'no_contiguous_dwell';
        else
            reason = 'ok';
        let avgHr = null;
        let avgWatts = null;
        if (qualifying.length) {
            let hrN = 0;
            let wN = 0;
            let hrSum = 0;
            let wSum = 0;
            for (const s of qualifying) {
                hrN += s.hrN;
                wN += s.wN;
                hrSum += s.hrSum;
                wSum += s.wSum;
            }
            avgHr = hrN ? round(hrSum / hrN) : null;
            avgWatts = wN ? round(wSum / wN) : null;
        }
        const segReasons = qualifying.map((s) => segmentEstimateReason(s.start, s.end, art, hr, watts));
        const nEligible = segReasons.filter((r) => r === 'ok').length;
        const failing = segReasons.filter((r) => r !== 'ok');
        let eligible;
        let estimateReason;
        if (reason !== 'ok') {
            eligible = false;
            estimateReason = reason;
        }
        else if (failing.length === 0) {
            eligible = true;
            estimateReason = 'ok';
        }
        else {
            eligible = false;
            estimateReason = highestPriorityReason(failing);
        }
        return {
            marker_dfa_a1: center,
            secs_in_band: inBand,
            contiguous_secs: best,
            n_qualifying_segments: qualifying.length,
            n_eligible_segments: nEligible,
            reason,
            estimate_eligible: eligible,
            estimate_reason: estimateReason,
            avg_hr: avgHr,
            avg_watts: avgWatts,
        };
    };
    return {
        avg,
        p25,
        p50,
        p75,
        tiz_easy: tizEasy,
        tiz_endurance: tizEndurance,
        tiz_tempo: tizTempo,
        tiz_supra: tizSupra,
        drift,
        easy_guard_crossing: crossingStats(DFA_EASY_GUARD, DFA_EASY_GUARD_BAND),
        lt1_crossing: crossingStats(DFA_LT1, DFA_LT1_BAND),
        lt2_crossing: crossingStats(DFA_LT2, DFA_LT2_BAND),
        quality,
    };
}
/** min(reasons, key=(priority index or len, name)) — never segment order in time */
function highestPriorityReason(reasons) {
    const order = (r) => {
        const i = ESTIMATE_REASON_PRIORITY.indexOf(r);
        return i < 0 ? ESTIMATE_REASON_PRIORITY.length : i;
    };
    let best = reasons[0];
    for (const r of reasons.slice(1)) {
        const c = order(r) - order(best);
        if (c < 0 || (c === 0 && r < best))
            best = r;
    }
    return best;
}
/**
 * _segment_estimate_reason: judge one dwell-qualified crossing segment [start, end] (stream
 * indices) over itself plus the alphaHRV lookback that produced its a1 values. Streams are the
 * finite-normalised arrays (NaN = not observed).
 */
function segmentEstimateReason(start, end, art, hr, watts) {
    // 1. resolve the lookback (beats, not seconds); a hole fails rather than being skipped
    let beats = 0.0;
    let i = start - 1;
    while (i >= 0 && beats < DFA_LOOKBACK_BEATS) {
        const h = hr[i];
        if (Number.isNaN(h) || h <= 0)
            return 'lookback_gap';
        beats += h / 60.0;
        i--;
    }
    if (beats < DFA_LOOKBACK_BEATS)
        return 'lookback_incomplete';
    const from = i + 1;
    // 2. whole-span coverage, in a fixed order
    for (let j = from; j <= end; j++)
        if (Number.isNaN(art[j]))
            return 'unknown_artifact';
    for (let j = from; j <= end; j++)
        if (art[j] > DFA_ARTIFACT_MAX_PCT)
            return 'excessive_artifact';
    for (let j = from; j <= end; j++)
        if (Number.isNaN(hr[j]) || hr[j] <= 0)
            return 'unknown_hr';
    for (let j = from; j <= end; j++)
        if (Number.isNaN(watts[j]))
            return 'unknown_power';
    // 3. stationarity: CV of watts (population SD, zeros included)
    const span = Array.from(watts.subarray(from, end + 1));
    let s = 0;
    for (const w of span)
        s += w;
    const mean = s / span.length;
    if (mean <= 0)
        return 'non_positive_power_mean';
    if ((100.0 * pstdev(span)) / mean > DFA_CROSSING_MAX_POWER_CV_PCT)
        return 'non_stationary_power';
    return 'ok';
}

;// CONCATENATED MODULE: ./src/derive/intervals/dfa-profile.ts
/**
 * derived_metrics.capability.dfa_a1_profile (the reference's _calculate_dfa_a1_profile, v3.99,
 * markers v3.114, eligibility v3.122): the latest AlphaHRV session and, per sport family, the
 * rollups of the latest DFA_TRAILING_WINDOW_N sufficient sessions with per-marker threshold
 * estimates gated on estimate-eligible session counts.
 */



/** latest N AlphaHRV sessions for the trailing window (≥6 needed for 'high' confidence) */
const DFA_TRAILING_WINDOW_N = 7;
/** min estimate-eligible marker-sessions for a per-threshold estimate (v3.122) */
const DFA_MIN_CROSSING_SESSIONS_N = 3;
/** LT1 0.75 / LT2 0.5 markers are cycling-validated */
const DFA_VALIDATED_SPORTS = new Set(['cycling']);
const DWELL_SEVERITY = { no_samples_in_band: 0, insufficient_total_dwell: 1, no_contiguous_dwell: 2 };
function familyOf(type) {
    return typeof type === 'string' && Object.hasOwn(SPORT_FAMILIES, type) ? SPORT_FAMILIES[type] : undefined;
}
const asDict = (v) => (truthy(v) ? v : {});
/** plain left-to-right float sum (Python's builtin sum) */
function pySum(vals) {
    let s = 0;
    for (const v of vals)
        s += v;
    return s;
}
/** modal reason among counts, tie-broken by `rank` then name */
function modal(counts, rank) {
    const entries = sorted([...counts.entries()], (kv) => [-kv[1], rank(kv[0]), kv[0]]);
    return entries[0][0];
}
function dfaA1Profile(intervalsData) {
    if (!truthy(intervalsData))
        return null;
    const activities = get(intervalsData, 'activities', []) ?? [];
    const withDfa = activities.filter((a) => a.dfa !== null && a.dfa !== undefined);
    if (withDfa.length === 0)
        return null;
    const dfaActs = sorted(withDfa, (a) => (truthy(a.start_datetime) ? a.start_datetime : get(a, 'date', '')), true);
    // --- latest_session: the most recent SUFFICIENT session (else the most recent one at all)
    let latestSession = null;
    for (const a of dfaActs) {
        const block = a.dfa;
        const quality = asDict(get(block, 'quality', {}));
        if (!truthy(quality.sufficient))
            continue;
        const tizSplit = {};
        for (const [key, label] of [
            ['tiz_easy', 'easy'],
            ['tiz_endurance', 'endurance'],
            ['tiz_tempo', 'tempo'],
            ['tiz_supra', 'supra'],
        ]) {
            const band = block[key];
            tizSplit[label] = truthy(band) ? band.pct : 0.0;
        }
        const drift = asDict(block.drift);
        latestSession = {
            activity_id: get(a, 'activity_id'),
            date: get(a, 'date'),
            name: get(a, 'name'),
            sport: get(a, 'type'),
            validated: DFA_VALIDATED_SPORTS.has(familyOf(get(a, 'type', '')) ?? ''),
            avg: get(block, 'avg'),
            tiz_split_pct: tizSplit,
            drift_delta: get(drift, 'delta'),
            drift_interpretable: get(drift, 'interpretable'),
            quality_pct: get(quality, 'valid_pct'),
            sufficient: true,
        };
        break;
    }
    if (latestSession === null) {
        const a = dfaActs[0];
        latestSession = {
            activity_id: get(a, 'activity_id'),
            date: get(a, 'date'),
            name: get(a, 'name'),
            sport: get(a, 'type'),
            validated: DFA_VALIDATED_SPORTS.has(familyOf(get(a, 'type', '')) ?? ''),
            avg: null,
            tiz_split_pct: null,
            drift_delta: null,
            drift_interpretable: null,
            quality_pct: get(get(a.dfa, 'quality', {}), 'valid_pct'),
            sufficient: false,
        };
    }
    // --- trailing_by_sport: sufficient sessions grouped by family, newest first
    const byFamily = new Map();
    for (const a of dfaActs) {
        if (!truthy(get(get(a.dfa, 'quality', {}), 'sufficient')))
            continue;
        const t = get(a, 'type', '');
        const family = familyOf(t) ?? 'other';
        if (!byFamily.has(family))
            byFamily.set(family, []);
        byFamily.get(family).push(a);
    }
    const trailing = {};
    for (const [family, acts] of byFamily) {
        const window = acts.slice(0, DFA_TRAILING_WINDOW_N);
        const n = window.length;
        if (n === 0)
            continue;
        const avgVals = window.map((a) => get(a.dfa, 'avg')).filter((v) => v !== null);
        const avgDfa = avgVals.length ? round(pySum(avgVals) / avgVals.length, 3) : null;
        const driftVals = window
            .filter((a) => truthy(get(a.dfa, 'drift')) && truthy(get(a.dfa.drift, 'interpretable')) && get(a.dfa.drift, 'delta') !== null)
            .map((a) => a.dfa.drift.delta);
        const driftMean = driftVals.length ? round(pySum(driftVals) / driftVals.length, 3) : null;
        const crossing = (a, key) => asDict(get(a.dfa, key));
        const avgCrossing = (key, field, subset) => {
            const vals = [];
            for (const a of subset ?? window) {
                const cb = get(a.dfa, key);
                if (truthy(cb) && get(cb, 'reason') === 'ok' && truthy(get(cb, 'estimate_eligible'))) {
                    const v = get(cb, field);
                    if (v !== null)
                        vals.push(v);
                }
            }
            if (!vals.length)
                return [null, 0];
            return [round(pySum(vals) / vals.length), vals.length];
        };
        const isCycling = family === 'cycling';
        const isIndoor = (a) => INDOOR_CYCLING_TYPES.has(get(a, 'type', ''));
        const indoor = isCycling ? window.filter(isIndoor) : [];
        const outdoor = isCycling ? window.filter((a) => !isIndoor(a)) : [];
        const priority = (r) => {
            const i = ESTIMATE_REASON_PRIORITY.indexOf(r);
            return i < 0 ? ESTIMATE_REASON_PRIORITY.length : i;
        };
        const thresholdReason = (key, eligibleN) => {
            if (eligibleN >= DFA_MIN_CROSSING_SESSIONS_N)
                return 'ok';
            if (eligibleN >= 1)
                return 'insufficient_sessions';
            const blocks = window.map((a) => crossing(a, key));
            const dwellOk = blocks.filter((b) => get(b, 'reason') === 'ok');
            if (dwellOk.length) {
                const counts = new Map();
                for (const b of dwellOk) {
                    const r = get(b, 'estimate_reason');
                    if (truthy(r) && r !== 'ok')
                        counts.set(r, (counts.get(r) ?? 0) + 1);
                }
                if (counts.size)
                    return modal(counts, priority);
            }
            const counts = new Map();
            for (const b of blocks) {
                const r = get(b, 'reason');
                if (truthy(r) && r !== 'ok')
                    counts.set(r, (counts.get(r) ?? 0) + 1);
            }
            if (!counts.size)
                return 'no_samples_in_band';
            const sev = Object.keys(DWELL_SEVERITY).length;
            return modal(counts, (r) => (r in DWELL_SEVERITY ? DWELL_SEVERITY[r] : sev));
        };
        const buildMarker = (key, marker) => {
            const [hr] = avgCrossing(key, 'avg_hr');
            let wOut = null;
            let nWOut = 0;
            let wIn = null;
            let nWIn = 0;
            let watts = null;
            if (isCycling) {
                [wOut, nWOut] = avgCrossing(key, 'avg_watts', outdoor);
                [wIn, nWIn] = avgCrossing(key, 'avg_watts', indoor);
            }
            else {
                [watts] = avgCrossing(key, 'avg_watts');
            }
            const crossingSessions = window.filter((a) => get(crossing(a, key), 'reason') === 'ok').length;
            const eligibleSessions = window.filter((a) => get(crossing(a, key), 'reason') === 'ok' && truthy(get(crossing(a, key), 'estimate_eligible'))).length;
            const reason = thresholdReason(key, eligibleSessions);
            if (eligibleSessions < DFA_MIN_CROSSING_SESSIONS_N)
                return [null, reason, crossingSessions, eligibleSessions];
            const est = isCycling
                ? {
                    marker_dfa_a1: marker,
                    hr,
                    watts_outdoor: wOut,
                    watts_indoor: wIn,
                    n_sessions: eligibleSessions,
                    n_sessions_outdoor: nWOut,
                    n_sessions_indoor: nWIn,
                }
                : { marker_dfa_a1: marker, hr, watts, n_sessions: eligibleSessions };
            return [est, reason, crossingSessions, eligibleSessions];
        };
        const [egEst, egReason, egCross, egElig] = buildMarker('easy_guard_crossing', DFA_EASY_GUARD);
        const [lt1Est, lt1Reason, lt1Cross, lt1Elig] = buildMarker('lt1_crossing', DFA_LT1);
        const [lt2Est, lt2Reason, lt2Cross, lt2Elig] = buildMarker('lt2_crossing', DFA_LT2);
        // sport-level confidence over the THRESHOLD markers only (easy_guard excluded, v3.114)
        const crossingN = Math.max(lt1Elig, lt2Elig);
        let confidence = null;
        if (crossingN >= 6)
            confidence = 'high';
        else if (crossingN >= 4)
            confidence = 'moderate';
        else if (crossingN >= DFA_MIN_CROSSING_SESSIONS_N)
            confidence = 'low';
        const qualityAvg = round(pySum(window.map((a) => a.dfa.quality.valid_pct)) / n, 1);
        const validated = DFA_VALIDATED_SPORTS.has(family);
        const block = {
            n_sessions: n,
            date_range: [get(window[n - 1], 'date'), get(window[0], 'date')],
            avg_dfa_a1: avgDfa,
            drift_delta_mean: driftMean,
            easy_guard_crossing_sessions: egCross,
            lt1_crossing_sessions: lt1Cross,
            lt2_crossing_sessions: lt2Cross,
            easy_guard_eligible_sessions: egElig,
            lt1_eligible_sessions: lt1Elig,
            lt2_eligible_sessions: lt2Elig,
            easy_guard_estimate: egEst,
            easy_guard_reason: egReason,
            lt1_estimate: lt1Est,
            lt1_reason: lt1Reason,
            lt2_estimate: lt2Est,
            lt2_reason: lt2Reason,
            quality_avg_pct: qualityAvg,
            validated,
            confidence,
        };
        if (!validated) {
            block.note =
                `DFA a1 threshold mapping (LT1 0.75 / LT2 0.5) is cycling-validated. ` +
                    `${family} thresholds may differ — treat estimates as informational only.`;
        }
        trailing[family] = block;
    }
    return { latest_session: latestSession, trailing_by_sport: trailing };
}

;// CONCATENATED MODULE: ./src/derive/intervals/dfa-summary.ts
/**
 * _build_dfa_summary: the compact dfa_summary of a recent_activities[] entry in latest.json
 * (v3.100/v3.118/v3.122). Call only for a block whose quality.sufficient is true. Every number
 * comes from the block; the only derived field is dominant_band (most raw seconds, exact ties
 * to the more intense band). Threshold numbers appear only for estimate-eligible crossings.
 */

const DOMINANT_ORDER = [
    ['supra', 'tiz_supra'],
    ['tempo', 'tiz_tempo'],
    ['endurance', 'tiz_endurance'],
    ['easy', 'tiz_easy'],
];
const truthyDict = (b) => b !== null && typeof b === 'object' && Object.keys(b).length > 0;
function buildDfaSummary(block) {
    const bandPct = (name) => (truthyDict(block[name]) ? block[name].pct : 0.0);
    const bandSecs = (name) => (truthyDict(block[name]) ? block[name].secs : 0);
    const bands = {
        easy: bandPct('tiz_easy'),
        endurance: bandPct('tiz_endurance'),
        tempo: bandPct('tiz_tempo'),
        supra: bandPct('tiz_supra'),
    };
    let dominant = DOMINANT_ORDER[0];
    for (const b of DOMINANT_ORDER.slice(1))
        if (bandSecs(b[1]) > bandSecs(dominant[1]))
            dominant = b;
    const summary = {
        avg: block.avg,
        dominant_band: dominant[0],
        tiz_pct: bands,
        valid_pct: block.quality.valid_pct,
        sufficient: block.quality.sufficient,
    };
    const drift = block.drift;
    if (drift !== null && drift !== undefined && drift.delta !== null && drift.delta !== undefined) {
        summary.drift_delta = drift.delta;
        summary.drift_interpretable = drift.interpretable === undefined ? false : drift.interpretable;
    }
    for (const [key, prefix] of [
        ['lt1_crossing', 'lt1'],
        ['lt2_crossing', 'lt2'],
    ]) {
        const c = truthyDict(block[key]) ? block[key] : {};
        if (truthy(c.estimate_eligible)) {
            if (c.avg_watts !== null && c.avg_watts !== undefined)
                summary[`${prefix}_watts`] = c.avg_watts;
            if (c.avg_hr !== null && c.avg_hr !== undefined)
                summary[`${prefix}_hr`] = c.avg_hr;
        }
    }
    return summary;
}

;// CONCATENATED MODULE: ./src/derive/intervals/index.ts
/**
 * intervals.json and DFA a1 (issue "intervals.json and DFA a1"): ports of _generate_intervals and
 * its helpers, and _calculate_dfa_a1_profile.
 *
 * The reference fetches inside _generate_intervals; here the same candidate selection runs twice
 * over the same inputs: planIntervalFetches (before the fetches, in collect.ts) and
 * generateIntervals (after them, given their Outcomes). Both call selectCandidates, so the plan
 * and the state transitions cannot disagree. A steady-state run selects nothing and makes no
 * interval or stream request.
 */










/** only scan recent activities for new intervals (hours) */
const INTERVAL_SCAN_HOURS = 72;
/** keep cached intervals for 14 days (DFA drift analysis window) */
const INTERVAL_RETENTION_DAYS = 14;
const INTERVALS_SCHEMA_VERSION = 1;
const actDateOf = (act) => String(get(act, 'start_date_local', '') ?? '').slice(0, 10);
/** The previous intervals.json as the reference loads it (stale on a different script hash). */
function loadCache(ctx, previous) {
    const empty = () => ({ activities: [], fetch_state: {} });
    if (previous === null || !isDict(previous))
        return { cached: empty(), firstRun: true };
    if (get(previous, 'script_hash') !== ctx.scriptHash)
        return { cached: empty(), firstRun: true };
    return { cached: structuredClone(previous), firstRun: false };
}
function selectCandidates(ctx, input) {
    const now = ctx.now;
    const nowIso = now.isoformat();
    const retentionCutoff = now.addDays(-INTERVAL_RETENTION_DAYS).date();
    const { cached, firstRun } = loadCache(ctx, input.previousIntervals);
    const fetchState = {};
    const rawState = get(cached, 'fetch_state');
    if (truthy(rawState) && isDict(rawState)) {
        for (const [k, v] of Object.entries(rawState))
            if (isDict(v))
                fetchState[String(k)] = v;
    }
    const scanCutoff = firstRun ? retentionCutoff : now.addSeconds(-INTERVAL_SCAN_HOURS * 3600).date();
    const cachedIds = new Set((get(cached, 'activities', []) ?? []).map((a) => idStr(get(a, 'activity_id'))));
    const candidates = [];
    for (const act of input.activities28d) {
        const date = actDateOf(act);
        if (date < retentionCutoff)
            continue;
        const family = sportFamily(get(act, 'type', ''));
        if (family === undefined || !INTERVAL_SPORT_FAMILIES.has(family))
            continue;
        const actId = idStr(get(act, 'id'));
        const state = fetchState[actId];
        if (state === undefined) {
            // NEW: no fetch_state record; the scan window applies
            if (date < scanCutoff || cachedIds.has(actId))
                continue;
            candidates.push({ act, due: { intervals: true, streams: true }, refresh: false });
            continue;
        }
        // RETRY: pending endpoints now due (retention only, no scan window)
        const due = {};
        for (const endpoint of ['intervals', 'streams']) {
            const ep = intervals_asDict(state[endpoint]);
            if (get(ep, 'status') !== 'pending')
                continue;
            if (isDue(get(ep, 'next_retry_at'), nowIso))
                due[endpoint] = true;
        }
        // REFRESH: an ok interval fetch is settled until the athlete edits the activity
        // (icu_sync_date is the invalidation token, gated on icu_intervals_edited)
        let refresh = false;
        const ep = intervals_asDict(state.intervals);
        if (get(ep, 'status') === 'ok' && get(act, 'icu_intervals_edited') === true) {
            const token = get(act, 'icu_sync_date');
            if (truthy(token) && token !== get(ep, 'source_icu_sync_date')) {
                const ref = intervals_asDict(get(ep, 'refresh'));
                if (get(ref, 'target_sync_date') !== token)
                    refresh = true;
                else if (get(ref, 'status') !== 'exhausted')
                    refresh = isDue(get(ref, 'next_retry_at'), nowIso);
                if (refresh)
                    due.intervals = true;
            }
        }
        if (due.intervals || due.streams)
            candidates.push({ act, due, refresh });
    }
    return { cached, fetchState, candidates, retentionCutoff, nowIso };
}
function intervals_asDict(v) {
    return truthy(v) && isDict(v) ? v : {};
}
/** Which activities need /activity/{id}?intervals=true and/or /activity/{id}/streams this run. */
function planIntervalFetches(ctx, input) {
    const plan = {};
    for (const c of selectCandidates(ctx, input).candidates) {
        plan[idStr(get(c.act, 'id'))] = { intervals: c.due.intervals === true, streams: c.due.streams === true };
    }
    return plan;
}
const NOT_FETCHED = { status: 'transient', payload: null, reason: 'not_fetched', retryAfterSecs: null };
/** _generate_intervals(...) given the fetch outcomes planned above. */
function generateIntervals(ctx, input) {
    const now = ctx.now;
    const clock = { now, nowInstantMs: ctx.nowInstantMs };
    const { cached, fetchState, candidates, retentionCutoff, nowIso } = selectCandidates(ctx, input);
    const pairedIds = buildPairingMap(input.pairingEvents, input.activities28d);
    const updates = new Map();
    for (const { act, due, refresh } of candidates) {
        const actId = idStr(get(act, 'id'));
        const actStart = activityStartDt(act, now);
        const paired = pairedIds.has(actId);
        if (!fetchState[actId])
            fetchState[actId] = {};
        const state = fetchState[actId];
        state.date = actDateOf(act);
        if (paired)
            state.paired_planned = true;
        else
            delete state.paired_planned;
        if (!updates.has(actId))
            updates.set(actId, { act });
        const upd = updates.get(actId);
        const fetched = input.fetches[actId] ?? {};
        if (due.intervals) {
            const r = fetched.intervals ? classifyIntervals(fetched.intervals, clock) : NOT_FETCHED;
            const token = get(act, 'icu_sync_date');
            if (r.status === 'ok') {
                const { segments, zoneBasis } = formatIntervalSegments(r.payload ?? [], act);
                upd.intervals = segments;
                upd.zoneBasis = zoneBasis;
                state.intervals = advanceEndpointState(state.intervals, 'intervals', 'ok', 'ok', now, actStart, paired);
                if (truthy(token))
                    state.intervals.source_icu_sync_date = token;
            }
            else if (refresh) {
                // a failed refresh keeps the cached payload; only the refresh sub-object advances
                const ep = intervals_asDict(state.intervals);
                const prevRef = intervals_asDict(ep.refresh);
                const attempts = get(prevRef, 'target_sync_date') === token ? prevAttempts(prevRef) + 1 : 1;
                const ref = { target_sync_date: token, attempts };
                if (r.status === 'terminal_error') {
                    ref.status = 'exhausted';
                    ref.reason = 'terminal_error';
                }
                else {
                    ref.reason = r.status === 'no_data' ? 'no_data' : 'transient';
                    ref.next_retry_at = scheduleRefresh(attempts, now, r.retryAfterSecs);
                }
                ep.refresh = ref;
                ep.last_attempt = nowIso;
                state.intervals = ep;
            }
            else if (r.status === 'terminal_error') {
                state.intervals = advanceEndpointState(state.intervals, 'intervals', 'tombstone', 'terminal_error', now, actStart, paired);
            }
            else {
                // no_data (analysis not ready) is retryable exactly like a transient failure
                const reason = r.status === 'no_data' ? 'no_data' : 'transient';
                state.intervals = advanceEndpointState(state.intervals, 'intervals', 'pending', reason, now, actStart, paired, r.retryAfterSecs);
            }
        }
        if (due.streams) {
            const r = fetched.streams ? classifyStreams(fetched.streams, DFA_STREAM_TYPES, clock) : NOT_FETCHED;
            if (r.status === 'terminal_error') {
                state.streams = advanceEndpointState(state.streams, 'streams', 'tombstone', 'terminal_error', now, actStart, paired);
            }
            else if (r.status === 'transient') {
                state.streams = advanceEndpointState(state.streams, 'streams', 'pending', 'transient', now, actStart, paired, r.retryAfterSecs);
            }
            else if (r.status === 'no_data' || !truthy(r.payload?.dfa_a1)) {
                // a 200 carrying only heartrate/watts is not success: only a usable dfa_a1 counts
                state.streams = advanceEndpointState(state.streams, 'streams', 'pending', 'no_data', now, actStart, paired);
            }
            else {
                let block = null;
                let failed = false;
                try {
                    block = computeDfaBlock(r.payload);
                }
                catch {
                    failed = true;
                }
                if (failed) {
                    state.streams = advanceEndpointState(state.streams, 'streams', 'pending', 'compute_error', now, actStart, paired);
                }
                else if (block === null) {
                    state.streams = advanceEndpointState(state.streams, 'streams', 'pending', 'no_data', now, actStart, paired);
                }
                else {
                    upd.dfa = block;
                    state.streams = advanceEndpointState(state.streams, 'streams', 'ok', 'ok', now, actStart, paired);
                }
            }
        }
    }
    // merge: cached entries within retention that still exist upstream, then per-sibling updates
    const presentIds = new Set(input.activities28d.filter((a) => truthy(get(a, 'id'))).map((a) => idStr(get(a, 'id'))));
    const byId = new Map();
    for (const entry of (get(cached, 'activities', []) ?? [])) {
        if (String(get(entry, 'date', '') ?? '') < retentionCutoff)
            continue;
        const eid = idStr(get(entry, 'activity_id'));
        if (!presentIds.has(eid))
            continue;
        byId.set(eid, entry);
    }
    for (const [actId, upd] of updates) {
        const act = upd.act;
        let entry = byId.get(actId);
        if (entry === undefined) {
            entry = {
                activity_id: get(act, 'id'),
                date: actDateOf(act),
                start_datetime: get(act, 'start_date_local', ''),
                type: get(act, 'type', 'Unknown'),
                name: get(act, 'name', ''),
                interval_summary: get(act, 'interval_summary'),
                intervals: [],
            };
            byId.set(actId, entry);
        }
        if (upd.intervals !== undefined) {
            entry.intervals = upd.intervals;
            entry.interval_summary = get(act, 'interval_summary');
            if (upd.zoneBasis !== null && upd.zoneBasis !== undefined)
                entry.zone_basis = upd.zoneBasis;
            else
                delete entry.zone_basis;
        }
        if (upd.dfa !== undefined)
            entry.dfa = upd.dfa;
    }
    // an entry with neither payload carries nothing; its fetch_state keeps it from re-queueing
    const allEntries = [...byId.values()].filter((e) => truthy(get(e, 'intervals')) || truthy(get(e, 'dfa')));
    const prunedState = {};
    for (const [actId, state] of Object.entries(fetchState)) {
        if (String(get(state, 'date', '') ?? '') < retentionCutoff)
            continue;
        if (!presentIds.has(actId))
            continue;
        prunedState[actId] = state;
    }
    const intervalsData = {
        generated_at: nowIso,
        schema_version: INTERVALS_SCHEMA_VERSION,
        version: ctx.producerVersion,
        script_hash: ctx.scriptHash,
        scan_hours: INTERVAL_SCAN_HOURS,
        retention_days: INTERVAL_RETENTION_DAYS,
        activities: allEntries,
        fetch_state: prunedState,
    };
    return { intervalsData, intervalActivityIds: new Set(allEntries.map((e) => idStr(e.activity_id))) };
}
/** _calculate_dfa_a1_profile() over this run's intervals.json content */
function calculateDfaA1Profile(_ctx, intervalsData) {
    return dfaA1Profile(intervalsData);
}

;// CONCATENATED MODULE: ./src/derive/activities/messages.ts

/** _get_activity_messages: the text of each chat message that is not blank. */
function messageTexts(messages) {
    const out = [];
    for (const m of messages) {
        if (!m || typeof m !== 'object')
            continue;
        const d = m;
        const probe = truthy(get(d, 'content')) ? get(d, 'content') : get(d, 'text', '');
        if (typeof probe !== 'string' || !strip(probe))
            continue;
        out.push(get(d, 'content', get(d, 'text', '')));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/derive/zones.ts
/**
 * Zone extraction and hard-day classification shared by the history tiers, the live weekly rows
 * and the derived metrics. Ports of _get_activity_zones and _classify_hard_day, plus the
 * per-day accumulation every caller repeats (zones summed separately per basis).
 *
 * Power zones (icu_zone_times) are preferred, HR zones (icu_hr_zone_times) the fallback, unless
 * the zone preference of the activity's sport family says 'hr'. Power and HR zone seconds are
 * never mixed in one accumulator.
 */


const ZONE_IDS = ['z1', 'z2', 'z3', 'z4', 'z5', 'z6', 'z7'];
/** Python's `a + b` on the values the reference adds: a TypeError unless both are numbers. */
function pyAdd(a, b) {
    const na = typeof a === 'boolean' ? Number(a) : a;
    const nb = typeof b === 'boolean' ? Number(b) : b;
    if (typeof na !== 'number' || typeof nb !== 'number') {
        throw new TypeError(`unsupported operand type(s) for +: ${JSON.stringify(a)} and ${JSON.stringify(b)}`);
    }
    return na + nb;
}
/**
 * _get_activity_zones(activity, sport_family) → [zones, basis]; [{}, null] when neither zone set
 * has data. `zonePreference` is the athlete's {family: 'power' | 'hr'}.
 */
function getActivityZones(activity, family, zonePreference) {
    const preferHr = truthy(family) && get(zonePreference, family) === 'hr';
    let powerZones = null;
    const zoneTimes = get(activity, 'icu_zone_times', []);
    if (truthy(zoneTimes)) {
        const pz = {};
        for (const zone of zoneTimes) {
            if (zone === null || typeof zone !== 'object' || Array.isArray(zone)) {
                throw new TypeError('icu_zone_times entry is not a dict');
            }
            const rawId = get(zone, 'id', '');
            if (typeof rawId !== 'string')
                throw new TypeError('zone id is not a string');
            const id = rawId.toLowerCase();
            const secs = get(zone, 'secs', 0);
            if (ZONE_IDS.includes(id))
                pz[id] = secs;
        }
        if (truthy(pz))
            powerZones = pz;
    }
    let hrZones = null;
    const hrTimes = get(activity, 'icu_hr_zone_times', []);
    if (truthy(hrTimes)) {
        const hz = {};
        hrTimes.forEach((secs, idx) => {
            if (idx < ZONE_IDS.length && truthy(secs))
                hz[ZONE_IDS[idx]] = secs;
        });
        if (truthy(hz))
            hrZones = hz;
    }
    if (preferHr) {
        if (hrZones)
            return [hrZones, 'hr'];
        if (powerZones)
            return [powerZones, 'power'];
    }
    else {
        if (powerZones)
            return [powerZones, 'power'];
        if (hrZones)
            return [hrZones, 'hr'];
    }
    return [{}, null];
}
/** Adds one activity's zones to the day's per-basis accumulator (the loop every caller repeats). */
function addDayZones(day, zones, basis) {
    const acc = (day[basis] ??= {});
    for (const [zid, secs] of Object.entries(zones))
        acc[zid] = pyAdd(get(acc, zid, 0), secs);
}
/**
 * The day's zones of a list of activities, each with its sport family's preference applied.
 * `onZones` sees each activity's zones (for weekly/monthly zone distributions).
 */
function dayZonesByBasis(activities, zonePreference, onZones) {
    const day = {};
    for (const a of activities) {
        const [zones, basis] = getActivityZones(a, sportFamily(get(a, 'type', '')), zonePreference);
        if (truthy(zones) && basis) {
            addDayZones(day, zones, basis);
            onZones?.(zones, basis, a);
        }
    }
    return day;
}
const z = (zones, id) => get(zones, id, 0);
/**
 * _classify_hard_day(day_zones_by_basis) → [is_hard, basis]:
 * is_hard null when the day has no zone data; basis 'power' | 'hr' | 'mixed' | null.
 * Power ladder (Seiler/Foster): z3+ ≥ 1800 s, z4+ ≥ 600 s, z5+ ≥ 300 s, z6+ ≥ 120 s, z7 ≥ 60 s.
 * HR ladder (conservative, cardiac lag): z4+ ≥ 600 s, z5+ ≥ 300 s.
 */
function classifyHardDay(day) {
    const pz = get(day, 'power', {});
    const hz = get(day, 'hr', {});
    const hasPower = truthy(pz);
    const hasHr = truthy(hz);
    if (!hasPower && !hasHr)
        return [null, null];
    let powerHard = false;
    if (hasPower) {
        const [p3, p4, p5, p6, p7] = ['z3', 'z4', 'z5', 'z6', 'z7'].map((id) => z(pz, id));
        powerHard = p3 + p4 + p5 + p6 + p7 >= 1800 || p4 + p5 + p6 + p7 >= 600 || p5 + p6 + p7 >= 300 || p6 + p7 >= 120 || p7 >= 60;
    }
    let hrHard = false;
    if (hasHr) {
        const [h4, h5, h6, h7] = ['z4', 'z5', 'z6', 'z7'].map((id) => z(hz, id));
        hrHard = h4 + h5 + h6 + h7 >= 600 || h5 + h6 + h7 >= 300;
    }
    const basis = hasPower && hasHr ? 'mixed' : hasPower ? 'power' : 'hr';
    return [powerHard || hrHard, basis];
}
/** Zone-distribution bucket of a zone id: 'easy' (z1-z2), 'grey' (z3), 'hard' (z4+) or null. */
function zoneBucket(zid) {
    if (zid === 'z1' || zid === 'z2')
        return 'easy';
    if (zid === 'z3')
        return 'grey';
    if (zid === 'z4' || zid === 'z5' || zid === 'z6' || zid === 'z7')
        return 'hard';
    return null;
}

;// CONCATENATED MODULE: ./src/derive/history/common.ts
/**
 * Building blocks shared by the history tiers: the by-date lookups generate_history builds once,
 * the per-day load sums and the combined zone-distribution accumulator of the weekly and monthly
 * tiers.
 */



/** generate_history's wellness_by_date / activities_by_date */
function buildLookups(activities, wellness) {
    const wellnessByDate = new Map();
    for (const w of wellness) {
        const id = get(w, 'id', '');
        if (truthy(id))
            wellnessByDate.set(String(id), w);
    }
    const activitiesByDate = new Map();
    for (const a of activities) {
        const d = actDate(a);
        if (!d)
            continue;
        const list = activitiesByDate.get(d);
        if (list)
            list.push(a);
        else
            activitiesByDate.set(d, [a]);
    }
    return { activitiesByDate, wellnessByDate };
}
function dayActivities(l, date) {
    return l.activitiesByDate.get(date) ?? [];
}
function dayWellness(l, date) {
    return l.wellnessByDate.get(date) ?? {};
}
/** sum(a.get("icu_training_load", 0) or 0 for a in acts) */
function sumLoad(acts) {
    let s = 0;
    for (const a of acts)
        s += get(a, 'icu_training_load', 0) || 0;
    return s;
}
/** sum(a.get("moving_time", 0) or 0 for a in acts) */
function sumMovingTime(acts) {
    let s = 0;
    for (const a of acts)
        s += get(a, 'moving_time', 0) || 0;
    return s;
}
/** Combined (power and HR) zone seconds: z1-z2, z3, z4+ and the total. */
class ZoneDistribution {
    easy = 0;
    grey = 0;
    hard = 0;
    total = 0;
    add(zones) {
        for (const [zid, secs] of Object.entries(zones)) {
            const b = zoneBucket(zid);
            if (b === 'easy')
                this.easy += secs;
            else if (b === 'grey')
                this.grey += secs;
            else if (b === 'hard')
                this.hard += secs;
            this.total += secs;
        }
    }
    pct(x) {
        return this.total > 0 ? round((x / this.total) * 100, 1) : null;
    }
    /** z1_z2_pct / z3_pct / z4_plus_pct */
    fields() {
        return { z1_z2_pct: this.pct(this.easy), z3_pct: this.pct(this.grey), z4_plus_pct: this.pct(this.hard) };
    }
}
/** The day's zones (per basis) and, when given, the combined distribution. */
function dayZones(acts, zonePreference, dist) {
    return dayZonesByBasis(acts, zonePreference, dist ? (zones) => dist.add(zones) : undefined);
}
/** round(statistics.mean(values), nd) if values else None */
function meanRounded(values, nd) {
    return values.length ? round(mean(values), nd) : null;
}
/** Longest moving_time of the activities, starting from `longest` (the tiers' longest_ride). */
function longestMovingTime(acts, longest) {
    for (const a of acts) {
        const s = get(a, 'moving_time', 0) || 0;
        if (s > longest)
            longest = s;
    }
    return longest;
}

;// CONCATENATED MODULE: ./src/derive/wellness.ts
/**
 * Wellness: wellness_data rows, current_metrics from the latest record, the HRV validity filter.
 * Ports of _format_wellness, the current_metrics block, _is_valid_hrv.
 */



/** rMSSD within the physiological range 10–250 ms (sensor glitches excluded; PR #6). */
function isValidHrv(value) {
    return typeof value === 'number' && value >= 10 && value <= 250;
}
function sleepHours(w) {
    const s = get(w, 'sleepSecs');
    return truthy(s) ? round(s / 3600, 2) : null;
}
function sleepFormatted(w) {
    const s = get(w, 'sleepSecs');
    return truthy(s) ? formatMinutes(s) : null;
}
/** The subjective, vital, body, nutrition, cycle and platform fields (wellness_data, current_metrics, daily_90d). */
function wellnessStateFields(w) {
    return {
        fatigue: get(w, 'fatigue'),
        soreness: get(w, 'soreness'),
        stress: get(w, 'stress'),
        mood: get(w, 'mood'),
        motivation: get(w, 'motivation'),
        injury: get(w, 'injury'),
        hydration: get(w, 'hydration'),
        spO2: get(w, 'spO2'),
        blood_glucose: get(w, 'bloodGlucose'),
        systolic: get(w, 'systolic'),
        diastolic: get(w, 'diastolic'),
        baevsky_si: get(w, 'baevskySI'),
        lactate: get(w, 'lactate'),
        respiration: get(w, 'respiration'),
        body_fat_pct: get(w, 'bodyFat'),
        abdomen_cm: get(w, 'abdomen'),
        steps: get(w, 'steps'),
        hydration_volume_l: get(w, 'hydrationVolume'),
        kcal_consumed: get(w, 'kcalConsumed'),
        carbohydrates_g: get(w, 'carbohydrates'),
        protein_g: get(w, 'protein'),
        fat_g: get(w, 'fatTotal'),
        menstrual_phase: get(w, 'menstrualPhase'),
        menstrual_phase_predicted: get(w, 'menstrualPhasePredicted'),
        readiness: get(w, 'readiness'),
    };
}
/** _format_wellness(wellness, athlete_units) */
function formatWellness(wellness, units) {
    return wellness.map((w) => {
        const weight = get(w, 'weight');
        return {
            date: get(w, 'id', 'unknown'),
            weight_kg: weight,
            display: { weight: toDisplay(weight, 'weight', units) },
            resting_hr: get(w, 'restingHR'),
            hrv_rmssd: get(w, 'hrv'),
            hrv_sdnn: get(w, 'hrvSDNN'),
            sleep_hours: sleepHours(w),
            sleep_formatted: sleepFormatted(w),
            sleep_quality: get(w, 'sleepQuality'),
            sleep_score: get(w, 'sleepScore'),
            mental_energy: get(w, 'mentalEnergy'),
            avg_sleeping_hr: get(w, 'avgSleepingHR'),
            vo2max: get(w, 'vo2max'),
            ...wellnessStateFields(w),
        };
    });
}
/** current_status.current_metrics from the latest wellness record (athlete fallbacks). */
function currentMetrics(latest, athlete, units) {
    const weight = or(get(latest, 'weight'), get(athlete, 'icu_weight'));
    return {
        weight_kg: weight,
        display: { weight: toDisplay(weight, 'weight', units) },
        resting_hr: or(get(latest, 'restingHR'), get(athlete, 'icu_resting_hr')),
        hrv: get(latest, 'hrv'),
        sleep_quality: get(latest, 'sleepQuality'),
        sleep_hours: sleepHours(latest),
        sleep_formatted: sleepFormatted(latest),
        sleep_score: get(latest, 'sleepScore'),
        ...wellnessStateFields(latest),
    };
}

;// CONCATENATED MODULE: ./src/derive/history/daily.ts
/**
 * history.json daily_90d: one row per day, oldest first, ending today. Port of _build_daily_tier.
 */






/** list(dict.fromkeys(a.get("type", "Unknown") ...)) joined with ", " ("Rest" on a rest day) */
function activityTypes(acts) {
    if (!acts.length)
        return 'Rest';
    const types = [];
    for (const a of acts) {
        const t = get(a, 'type', 'Unknown');
        if (typeof t !== 'string')
            throw new TypeError('sequence item: expected str instance');
        if (!types.includes(t))
            types.push(t);
    }
    return types.join(', ');
}
function buildDailyTier(ctx, l, days, units) {
    const rows = [];
    for (let i = days - 1; i >= 0; i--) {
        const date = ctx.now.addDays(-i).date();
        const acts = dayActivities(l, date);
        const w = dayWellness(l, date);
        const totalTss = sumLoad(acts);
        const totalSeconds = sumMovingTime(acts);
        const [isHard, intensityBasis] = classifyHardDay(dayZones(acts, ctx.zonePreference));
        const ctl = get(w, 'ctl');
        const atl = get(w, 'atl');
        const sleepSecs = get(w, 'sleepSecs');
        rows.push({
            date,
            total_hours: round(totalSeconds / 3600, 2),
            total_tss: round(totalTss, 0),
            activity_count: acts.length,
            activity_types: activityTypes(acts),
            ctl,
            atl,
            tsb: truthy(ctl) && truthy(atl) ? round(get(w, 'ctl', 0) - get(w, 'atl', 0), 1) : null,
            hrv: get(w, 'hrv'),
            rhr: get(w, 'restingHR'),
            sleep_hours: truthy(sleepSecs) ? round(sleepSecs / 3600, 2) : null,
            sleep_formatted: truthy(sleepSecs) ? formatMinutes(sleepSecs) : null,
            sleep_quality: get(w, 'sleepQuality'),
            sleep_score: get(w, 'sleepScore'),
            weight_kg: get(w, 'weight'),
            display: { weight: toDisplay(get(w, 'weight'), 'weight', units) },
            is_hard_day: isHard,
            intensity_basis: intensityBasis,
            ...wellnessStateFields(w),
        });
    }
    return rows;
}

;// CONCATENATED MODULE: ./src/derive/history/gaps.ts
/**
 * history.json data_gaps: runs of ≥ 3 days without an activity between the first and the last
 * activity date, stated factually. Port of _find_data_gaps.
 */

/** shortest run of activity-free days reported */
const MIN_GAP_DAYS = 3;
function findDataGaps(activityDates, earliest, latest) {
    const gaps = [];
    if (!activityDates.length)
        return gaps;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(earliest) || !/^\d{4}-\d{2}-\d{2}$/.test(latest))
        return gaps;
    const dates = new Set(activityDates);
    let gapStart = null;
    for (let current = earliest; current <= latest; current = (0,naive_time/* addDays */.fi)(current, 1)) {
        if (!dates.has(current)) {
            if (gapStart === null)
                gapStart = current;
        }
        else if (gapStart !== null) {
            const gapDays = (0,naive_time/* daysBetween */.YM)(current, gapStart);
            if (gapDays >= MIN_GAP_DAYS) {
                gaps.push({ period: `${gapStart} to ${(0,naive_time/* addDays */.fi)(current, -1)}`, days_missing: gapDays });
            }
            gapStart = null;
        }
    }
    // a trailing gap cannot occur (latest is an activity date) but the reference handles it
    if (gapStart !== null) {
        const gapDays = (0,naive_time/* daysBetween */.YM)(latest, gapStart) + 1;
        if (gapDays >= MIN_GAP_DAYS)
            gaps.push({ period: `${gapStart} to ${latest}`, days_missing: gapDays });
    }
    return gaps;
}

;// CONCATENATED MODULE: ./src/derive/history/ftp-timeline.ts
/**
 * history.json ftp_timeline: the FTP values of ftp_history.json as the previous run left it
 * (generate_history runs before this run's ftp_history update), plus today's FTP from the cycling
 * sport settings when it differs from the latest tracked one. Port of _build_ftp_timeline.
 */

/** _load_ftp_history(): the previous file's content (legacy flat {date: ftp} → outdoor). */
function loadFtpHistory(previous) {
    if (previous === null)
        return { indoor: {}, outdoor: {} };
    if (truthy(previous) && !('indoor' in previous || 'outdoor' in previous))
        return { indoor: {}, outdoor: previous };
    return previous;
}
/** sportSettings entry whose types include Ride or VirtualRide */
function cyclingSettings(athlete) {
    const settings = get(athlete, 'sportSettings');
    if (!truthy(settings))
        return null;
    for (const sport of settings) {
        const types = get(sport, 'types') || [];
        if (types.includes('Ride') || types.includes('VirtualRide'))
            return sport;
    }
    return null;
}
/** value of the latest date in {date: ftp}, or null */
function latestValue(entries, type) {
    const byDate = new Map();
    for (const e of entries)
        if (e.type === type)
            byDate.set(e.date, e.ftp);
    if (!byDate.size)
        return null;
    let maxDate = null;
    for (const d of byDate.keys())
        if (maxDate === null || cmp(d, maxDate) > 0)
            maxDate = d;
    return byDate.get(maxDate);
}
function buildFtpTimeline(ctx, previousFtpHistory, athlete) {
    const history = loadFtpHistory(previousFtpHistory);
    let timeline = [];
    for (const ftpType of ['indoor', 'outdoor']) {
        const entries = get(history, ftpType, {});
        if (!isDict(entries))
            continue;
        for (const date of sorted(Object.keys(entries))) {
            timeline.push({ date, ftp: entries[date], type: ftpType, source: 'FTP' });
        }
    }
    const cycling = cyclingSettings(athlete);
    if (cycling) {
        const outdoor = get(cycling, 'ftp');
        const indoor = get(cycling, 'indoor_ftp');
        const latestOutdoor = latestValue(timeline, 'outdoor');
        const latestIndoor = latestValue(timeline, 'indoor');
        if (truthy(outdoor) && outdoor !== latestOutdoor) {
            timeline.push({ date: ctx.today, ftp: outdoor, type: 'outdoor', source: 'user_set' });
        }
        if (truthy(indoor) && indoor !== latestIndoor) {
            timeline.push({ date: ctx.today, ftp: indoor, type: 'indoor', source: 'user_set' });
        }
    }
    timeline = sorted(timeline, (e) => [e.date, e.type]);
    return timeline;
}

;// CONCATENATED MODULE: ./src/derive/history/monthly.ts
/**
 * history.json monthly_1y / monthly_2y / monthly_3y: calendar-month rows from the month containing
 * now-days up to the current month. Port of _build_monthly_tier (dominant_phase by modal
 * aggregation of the weekly_180d phases, TSS as tie-break).
 */






function monthStart(year, month) {
    return naive_time/* NaiveDateTime */.b8.parse(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`);
}
/**
 * The most frequent phase_detected of the weekly rows whose span (week_start .. +6 days) overlaps
 * [monthStart, nextMonth); ties go to the phase with the most accumulated TSS. null without rows.
 */
function dominantPhase(weekly, month, nextMonth) {
    if (!weekly || !weekly.length)
        return null;
    const counts = new Map();
    const tss = new Map();
    for (const row of weekly) {
        const phase = get(row, 'phase_detected');
        if (!truthy(phase))
            continue;
        let ws;
        try {
            const raw = row.week_start;
            if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(raw))
                continue;
            ws = naive_time/* NaiveDateTime */.b8.parse(raw);
        }
        catch {
            continue;
        }
        const we = ws.addDays(6);
        if (ws.compare(nextMonth) < 0 && we.compare(month) >= 0) {
            counts.set(phase, (counts.get(phase) ?? 0) + 1);
            tss.set(phase, (tss.get(phase) ?? 0) + (get(row, 'total_tss') || 0));
        }
    }
    if (!counts.size)
        return null;
    const maxCount = Math.max(...counts.values());
    const candidates = [...counts.entries()].filter(([, c]) => c === maxCount).map(([p]) => p);
    if (candidates.length === 1)
        return candidates[0];
    return maxBy(candidates, (p) => tss.get(p) ?? 0);
}
function buildMonthlyTier(ctx, l, days, units, weekly) {
    const now = ctx.now;
    const start = now.addDays(-days);
    let month = monthStart(start.year, start.month);
    const rows = [];
    while (month.compare(now) <= 0) {
        const next = month.month === 12 ? monthStart(month.year + 1, 1) : monthStart(month.year, month.month + 1);
        let monthTss = 0;
        let monthSeconds = 0;
        let monthActivities = 0;
        const hrv = [];
        const rhr = [];
        const weight = [];
        const ctl = [];
        let hardDays = 0;
        let longest = 0;
        const dist = new ZoneDistribution();
        let daysWithData = 0;
        let daysInMonth = 0;
        for (let day = month; day.compare(next) < 0 && day.compare(now) <= 0; day = day.addDays(1)) {
            const date = day.date();
            daysInMonth += 1;
            const acts = dayActivities(l, date);
            const w = dayWellness(l, date);
            if (acts.length || truthy(w))
                daysWithData += 1;
            monthTss += sumLoad(acts);
            monthSeconds += sumMovingTime(acts);
            monthActivities += acts.length;
            if (isValidHrv(get(w, 'hrv')))
                hrv.push(w.hrv);
            if (truthy(get(w, 'restingHR')))
                rhr.push(w.restingHR);
            if (truthy(get(w, 'weight')))
                weight.push(w.weight);
            if (truthy(get(w, 'ctl')))
                ctl.push(w.ctl);
            longest = longestMovingTime(acts, longest);
            const [isHard] = classifyHardDay(dayZones(acts, ctx.zonePreference, dist));
            if (isHard)
                hardDays += 1;
        }
        const weeksInPeriod = Math.max(1, daysInMonth / 7);
        const avgWeight = weight.length ? round(mean(weight), 1) : null;
        rows.push({
            month: month.date().slice(0, 7),
            total_hours: round(monthSeconds / 3600, 2),
            total_tss: round(monthTss, 0),
            activity_count: monthActivities,
            ctl_peak: ctl.length ? round(Math.max(...ctl), 1) : null,
            ctl_low: ctl.length ? round(Math.min(...ctl), 1) : null,
            ctl_end: ctl.length ? round(ctl[ctl.length - 1], 1) : null,
            avg_hrv: meanRounded(hrv, 1),
            avg_rhr: meanRounded(rhr, 1),
            ...dist.fields(),
            hard_days_avg_per_week: round(hardDays / weeksInPeriod, 1),
            longest_ride_hours: round(longest / 3600, 2),
            avg_weight_kg: avgWeight,
            display: { avg_weight: toDisplay(avgWeight, 'weight', units) },
            dominant_phase: dominantPhase(weekly, month, next),
            days_with_data: daysWithData,
        });
        month = next;
    }
    return rows;
}

;// CONCATENATED MODULE: ./src/derive/history/summaries.ts
/**
 * history.json summaries: 90d (daily tier), 180d (weekly tier) and 1y/2y/3y (monthly tiers).
 * Port of _build_history_summaries.
 */

function roundedMean(values, nd) {
    return values.length ? round(mean(values), nd) : null;
}
function buildHistorySummaries(daily, weekly, monthlyTiers) {
    const summaries = {};
    if (daily.length) {
        const tss = daily.map((d) => d.total_tss).filter(truthy);
        const hours = daily.map((d) => d.total_hours).filter(truthy);
        const ctl = daily.map((d) => d.ctl).filter(truthy);
        const weeks = Math.max(1, daily.length / 7);
        summaries['90d'] = {
            avg_weekly_tss: tss.length ? round(sum(tss) / weeks, 0) : null,
            avg_weekly_hours: hours.length ? round(sum(hours) / weeks, 1) : null,
            ctl_start: ctl.length ? round(ctl[0], 1) : null,
            ctl_end: ctl.length ? round(ctl[ctl.length - 1], 1) : null,
            total_activities: daily.filter((d) => d.activity_count > 0).length,
            rest_days: daily.filter((d) => d.activity_count === 0).length,
            hard_days: daily.filter((d) => truthy(d.is_hard_day)).length,
        };
    }
    if (weekly.length) {
        const tss = weekly.map((w) => w.total_tss).filter(truthy);
        const hours = weekly.map((w) => w.total_hours).filter(truthy);
        const ctl = weekly.map((w) => w.ctl_end).filter(truthy);
        summaries['180d'] = {
            avg_weekly_tss: roundedMean(tss, 0),
            avg_weekly_hours: roundedMean(hours, 1),
            ctl_start: ctl.length ? round(ctl[0], 1) : null,
            ctl_end: ctl.length ? round(ctl[ctl.length - 1], 1) : null,
            weeks_tracked: weekly.length,
        };
    }
    for (const key of ['monthly_1y', 'monthly_2y', 'monthly_3y']) {
        const monthly = monthlyTiers[key] ?? [];
        if (!monthly.length)
            continue;
        const tss = monthly.map((m) => m.total_tss).filter(truthy);
        const ctl = monthly.map((m) => m.ctl_end).filter(truthy);
        summaries[key.replace('monthly_', '')] = {
            avg_monthly_tss: roundedMean(tss, 0),
            ctl_peak: ctl.length ? round(Math.max(...ctl), 1) : null,
            ctl_low: ctl.length ? round(Math.min(...ctl), 1) : null,
            months_tracked: monthly.length,
        };
    }
    return summaries;
}

;// CONCATENATED MODULE: ./src/derive/phase/classify.ts
/**
 * Phase classification from both streams: data quality, then the priority ladder (Overreached,
 * Taper, Peak, Recovery, Deload→Build, Deload, low-load Recovery, scored Build/Base) with
 * hysteresis and confidence. Ports of _phase_data_quality and _phase_classify.
 */

/** _phase_data_quality: 'poor' under 3 weeks, 'mixed' when most recent weeks' hard days are HR-only. */
function phaseDataQuality(weeklyRows, s1, reasonCodes, zonePreference) {
    let quality = 'good';
    if (s1.weeks_available < 3) {
        reasonCodes.push('INSUFFICIENT_LOOKBACK');
        quality = 'poor';
    }
    if (weeklyRows.length) {
        const recent = weeklyRows.length >= 4 ? weeklyRows.slice(-4) : weeklyRows;
        let hrOnly = 0;
        for (const row of recent) {
            const ibb = get(row, 'intensity_basis_breakdown');
            if (truthy(ibb) && get(ibb, 'hr', 0) > 0 && get(ibb, 'power', 0) === 0)
                hrOnly += 1;
        }
        if (hrOnly > recent.length / 2) {
            const hasHrPreference = Object.values(zonePreference).some((b) => b === 'hr');
            if (!hasHrPreference) {
                reasonCodes.push('HR_ONLY_MAJORITY');
                if (quality === 'good')
                    quality = 'mixed';
            }
        }
    }
    return quality;
}
const REDUCED = 0.8;
function deloadResult(nextWeekDelta, planCovNext, reasons) {
    if (nextWeekDelta !== null && nextWeekDelta >= 0.8)
        return ['Deload', 'high', ['BUILD_HISTORY_REDUCED_LOAD_REBOUND_CONFIRMED']];
    if (planCovNext < 0.3) {
        reasons.push('PLAN_GAP_NEXT_WEEK');
        return ['Deload', 'medium', reasons];
    }
    return ['Deload', 'medium', ['BUILD_HISTORY_REDUCED_LOAD']];
}
/** Deload paths A (reliable reduced plan), B (sparse easy plan) and C (retrospective, no plan). */
function deloadSignal(s1, s2, tssDeltaReliable, buildHistory) {
    const hardPlanned = get(s2, 'hard_sessions_planned', 0);
    const sessions = get(s2, 'next_7d_sessions', 0);
    const slope = s1.ctl_slope;
    const hardAvg = s1.hard_day_avg;
    const delta = s2.planned_tss_delta;
    if (hardPlanned === 0 || (hardPlanned === 1 && sessions >= 3)) {
        if (tssDeltaReliable && delta <= REDUCED && buildHistory)
            return true; // A
        if (sessions > 0 && !tssDeltaReliable && buildHistory && slope > 1.0 && hardAvg >= 2.0)
            return true; // B
    }
    if (sessions === 0) {
        // C: completed week ≤ 80 % of the prior three, Build evidence from the prior three only
        const tss = s1.tss_values;
        const hard = s1.hard_day_values;
        if (tss.length >= 4 && hard.length >= 4) {
            const currentTss = tss[tss.length - 1];
            const prior3Avg = mean(tss.slice(-4, -1));
            const prior3HardAvg = mean(hard.slice(-4, -1));
            const priorBuild = prior3HardAvg >= 1.5 && prior3Avg > 0 && s1.weeks_available >= 4;
            if (priorBuild) {
                const ratio = prior3Avg > 0 ? currentTss / prior3Avg : 1.0;
                if (ratio <= REDUCED)
                    return true;
            }
        }
    }
    return false;
}
/** _phase_classify(s1, s2, previous_phase, data_quality) → [phase, confidence, reason codes] */
function phaseClassify(s1, s2, previousPhase, dataQuality) {
    const reasons = [];
    const s1Phase = s1.suggested_phase;
    const raceProx = s2.race_proximity;
    const keyRace = s2.race_category === 'RACE_A' || s2.race_category === 'RACE_B';
    const delta = s2.planned_tss_delta;
    const nextWeekDelta = s2.next_week_tss_delta;
    const slope = s1.ctl_slope;
    const hardAvg = s1.hard_day_avg;
    const planCovCurr = get(s2, 'plan_coverage_current_week', 0);
    const planCovNext = get(s2, 'plan_coverage_next_week', 0);
    const weeks = get(s1, 'weeks_available', 0);
    // planned_tss_delta means something only with ≥ 3 sessions planned in the week remainder
    const sessions = get(s2, 'next_7d_sessions', 0);
    const reliable = delta !== null && sessions >= 3;
    if (dataQuality === 'poor' && weeks < 2) {
        reasons.push('INSUFFICIENT_DATA');
        return [null, 'low', reasons];
    }
    // Priority 1: Overreached (monotony-gated convergence in Stream 1)
    if (s1Phase === 'Overreached')
        return ['Overreached', 'high', ['SAFETY_ACWR_OR_MONOTONY']];
    // Priority 2: Taper (race-anchored)
    if (raceProx !== null && raceProx <= 14 && keyRace) {
        if (reliable && delta <= REDUCED) {
            reasons.push('RACE_IMMINENT_VOLUME_REDUCING');
            return ['Taper', 'high', reasons];
        }
        reasons.push('RACE_IMMINENT');
        return ['Taper', 'medium', reasons];
    }
    // Priority 3: Peak (race approaching, CTL at its high)
    if (raceProx !== null && raceProx <= 21 && keyRace) {
        if (!reliable || delta > REDUCED) {
            const ctl = s1.ctl_values;
            if (ctl.length >= 3) {
                const current = ctl[ctl.length - 1];
                if (current >= Math.max(...ctl) * 0.95 && slope !== null && slope >= -0.5) {
                    return ['Peak', 'medium', ['RACE_APPROACHING_CTL_HIGH']];
                }
            }
        }
    }
    // Priority 3.5: Recovery (declining CTL, no hard days)
    if (slope !== null && slope < -1.0 && hardAvg !== null && hardAvg < 0.5 && weeks >= 3) {
        reasons.push('DECLINING_LOAD_NO_HARD_DAYS');
        return ['Recovery', dataQuality !== 'poor' ? 'medium' : 'low', reasons];
    }
    // Priority 4: Deload → Build
    const hardPlanned = get(s2, 'hard_sessions_planned', 0);
    if (previousPhase === 'Deload') {
        if (hardPlanned >= 2)
            return ['Build', 'medium', ['BUILD_RESUMING_AFTER_DELOAD']];
        if (hardPlanned >= 1 || (planCovCurr > 0 && (!reliable || delta > REDUCED))) {
            return ['Build', 'low', ['BUILD_RESUMING_AFTER_DELOAD_TENTATIVE']];
        }
    }
    // Priority 5: Deload (Build history + reduced/easy load)
    const buildHistory = slope !== null && slope > 0 && hardAvg !== null && hardAvg >= 1.5 && weeks >= 3;
    if (deloadSignal(s1, s2, reliable, buildHistory))
        return deloadResult(nextWeekDelta, planCovNext, reasons);
    // reduced plan without Build history: Recovery only when CTL is declining too
    if (reliable && delta <= REDUCED && hardPlanned <= 1) {
        if (!buildHistory && slope !== null && slope < -1.0) {
            return ['Recovery', dataQuality !== 'poor' ? 'medium' : 'low', ['NO_BUILD_HISTORY_LOW_LOAD']];
        }
    }
    // Priority 6: Build / Base (scored)
    let build = 0;
    let base = 0;
    if (slope !== null) {
        if (slope > 2.0)
            build += 3;
        else if (slope > 1.0)
            build += 2;
        else if (slope > 0)
            build += 1;
        else if (slope >= -1.0)
            base += 2;
    }
    if (hardAvg !== null) {
        if (hardAvg >= 2.5)
            build += 2;
        else if (hardAvg >= 1.5)
            build += 1;
        else if (hardAvg <= 1.0)
            base += 2;
        else
            base += 1;
    }
    const acwrTrend = s1.acwr_trend;
    if (acwrTrend === 'rising')
        build += 1;
    else if (acwrTrend === 'stable' || acwrTrend === 'falling')
        base += 1;
    if (sessions >= 3) {
        let cwHardTotal = get(s2, 'current_week_hard_days_total');
        if (cwHardTotal === null)
            cwHardTotal = get(s2, 'hard_sessions_planned', 0);
        if (cwHardTotal >= 2)
            build += 1;
        else if (cwHardTotal <= 1)
            base += 1;
    }
    const margin = build - base;
    const buildOrBase = previousPhase === 'Build' || previousPhase === 'Base';
    let phase;
    if (margin >= 2)
        phase = 'Build';
    else if (margin <= -2)
        phase = 'Base';
    else if (margin > 0)
        phase = buildOrBase ? previousPhase : 'Build';
    else if (margin < 0)
        phase = buildOrBase ? previousPhase : 'Base';
    else if (buildOrBase)
        phase = previousPhase;
    else {
        phase = null;
        reasons.push('BUILD_BASE_AMBIGUOUS');
    }
    let confidence;
    if (phase === null)
        confidence = 'low';
    else if (Math.abs(margin) >= 3 && dataQuality === 'good')
        confidence = 'high';
    else if (Math.abs(margin) >= 2 || dataQuality === 'good')
        confidence = 'medium';
    else
        confidence = 'low';
    // hysteresis: name the transition
    if (phase && previousPhase && phase !== previousPhase && previousPhase !== 'Overreached') {
        reasons.push(`PHASE_TRANSITION_${previousPhase}_TO_${phase}`);
    }
    if (dataQuality === 'poor' && confidence === 'high')
        confidence = 'medium';
    else if (dataQuality === 'poor' && confidence === 'medium')
        confidence = 'low';
    if (planCovCurr === 0 && planCovNext === 0) {
        if (confidence === 'high')
            confidence = 'medium';
        reasons.push('NO_PLANNED_WORKOUTS');
    }
    return [phase, confidence, reasons];
}

;// CONCATENATED MODULE: ./src/derive/phase/stream1.ts
/**
 * Phase detection Stream 1 (retrospective): features of the last four weekly rows and the phase
 * they suggest on their own. Ports of _phase_stream1_features and _phase_from_stream1.
 */

/** ACWR at or above which elevated monotony means Overreached (Gabbett danger zone) */
const OVERREACHED_ACWR = 1.5;
/** ACWR at or above which elevated monotony plus a rising ACWR trend means Overreached */
const OVERREACHED_ACWR_RISING = 1.3;
/** weekly monotony above which the trend is "elevated" (Foster) */
const MONOTONY_ELEVATED = 2.5;
/**
 * Backfill: weeklyRows[-1] is the week being classified and is included. Live: weeklyRows[-1] is
 * the in-progress week (partial CTL) and is left out when there is an earlier row.
 */
function stream1Features(weeklyRows, isBackfill = false) {
    const result = {
        weeks_available: weeklyRows.length,
        ctl_slope: null,
        ctl_values: [],
        acwr_trend: null,
        hard_day_avg: null,
        hard_day_values: [],
        monotony_trend: null,
        tss_values: [],
        primary_tss_values: [],
        suggested_phase: null,
    };
    if (!weeklyRows.length)
        return result;
    const finalized = isBackfill ? weeklyRows : weeklyRows.length >= 2 ? weeklyRows.slice(0, -1) : weeklyRows;
    const recent = finalized.length >= 4 ? finalized.slice(-4) : finalized;
    // CTL slope: least-squares slope (CTL per week) over the finalized window
    const ctlValues = recent.map((r) => get(r, 'ctl_end')).filter((v) => v !== null);
    result.ctl_values = ctlValues;
    if (ctlValues.length >= 2) {
        const x = ctlValues.map((_, i) => i);
        let slope;
        try {
            slope = linearRegression(x, ctlValues).slope;
        }
        catch {
            slope = (ctlValues[ctlValues.length - 1] - ctlValues[0]) / (ctlValues.length - 1);
        }
        result.ctl_slope = round(slope, 2);
    }
    result.tss_values = recent.map((r) => get(r, 'total_tss', 0) || 0);
    result.primary_tss_values = recent.map((r) => get(r, 'primary_sport_tss', 0) || 0);
    const acwr = recent.map((r) => get(r, 'acwr')).filter((v) => v !== null);
    if (acwr.length >= 2) {
        const diff = acwr[acwr.length - 1] - acwr[0];
        result.acwr_trend = diff > 0.1 ? 'rising' : diff < -0.1 ? 'falling' : 'stable';
    }
    const hard = recent.map((r) => get(r, 'hard_days', 0) || 0);
    result.hard_day_values = hard;
    if (hard.length)
        result.hard_day_avg = round(mean(hard), 1);
    const mono = recent.map((r) => get(r, 'monotony')).filter((v) => v !== null);
    if (mono.length >= 2) {
        const last = mono[mono.length - 1];
        result.monotony_trend = truthy(last) && last > MONOTONY_ELEVATED ? 'elevated' : 'normal';
    }
    result.suggested_phase = phaseFromStream1(result, recent);
    return result;
}
/** _phase_from_stream1: Overreached (monotony-gated), Build, Base, or null. */
function phaseFromStream1(f, recentRows) {
    const { ctl_slope: slope, hard_day_avg: hardAvg } = f;
    if (f.monotony_trend === 'elevated') {
        // the last row of the caller's window (last finalized week live, target week in backfill)
        const current = recentRows.length ? get(recentRows[recentRows.length - 1], 'acwr') : null;
        if (current !== null && current >= OVERREACHED_ACWR)
            return 'Overreached';
        if (current !== null && current >= OVERREACHED_ACWR_RISING && f.acwr_trend === 'rising')
            return 'Overreached';
    }
    if (slope === null)
        return null;
    if (slope > 1.0 && hardAvg !== null && hardAvg >= 1.5)
        return 'Build';
    if (slope >= -1.0 && slope <= 1.0 && hardAvg !== null && hardAvg <= 1.5)
        return 'Base';
    // declining CTL is ambiguous (Deload, Taper or Recovery) without the calendar
    return null;
}

;// CONCATENATED MODULE: ./src/derive/phase/stream2.ts
/**
 * Phase detection Stream 2 (prospective): the planned calendar of the current training-week
 * remainder and the next training week, and the race calendar. Ports of _phase_stream2_features
 * and _phase_from_stream2.
 */



/** planned/actual TSS ratio at or below which load counts as reduced (≥ 20 % reduction) */
const REDUCED_LOAD_RATIO = 0.8;
/** next-week ratio that confirms a deload rebound in Stream 2 */
const REBOUND_RATIO = 0.85;
const HARD_NAME_KEYWORDS = ['interval', 'vo2', 'threshold', 'sprint', 'tempo', 'race', 'hard', 'intensity', 'sweet spot'];
/** datetime.strptime(s, "%Y-%m-%d") (1-2 digit month/day accepted), or null */
function parseYmd(s) {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
    if (!m)
        return null;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const dt = new Date(Date.UTC(y, mo - 1, d));
    if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d)
        return null;
    return naive_time/* NaiveDateTime */.b8.parse(`${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`);
}
/** A planned session reads as hard: interval markers, a race category or an intensity keyword. */
function isHardPlanned(pw) {
    const ws = String(get(pw, 'workout_summary') || '');
    const cat = String(get(pw, 'type') || '').toUpperCase();
    const name = String(get(pw, 'name') || '').toLowerCase();
    return (ws.includes('×') ||
        ws.toLowerCase().includes('sets') ||
        cat === 'RACE_A' ||
        cat === 'RACE_B' ||
        cat === 'RACE_C' ||
        HARD_NAME_KEYWORDS.some((kw) => name.includes(kw)));
}
function stream2Features(ctx, plannedWorkouts, raceCalendar, s1, today, primarySport = null, weeklyRows = null) {
    const result = {
        planned_tss_delta: null,
        hard_sessions_planned: 0,
        current_week_hard_days_completed: 0,
        current_week_hard_days_total: 0,
        race_proximity: null,
        race_category: null,
        next_week_tss_delta: null,
        plan_coverage_current_week: 0.0,
        plan_coverage_next_week: 0.0,
        suggested_phase: null,
    };
    const todayDate = naive_time/* NaiveDateTime */.b8.parse(today);
    const nextRace = get(raceCalendar, 'next_race');
    if (truthy(nextRace) && get(nextRace, 'days_until') !== null) {
        result.race_proximity = nextRace.days_until;
        result.race_category = get(nextRace, 'category');
    }
    if (!plannedWorkouts.length)
        return result;
    // training-week aligned windows: today .. week end, and the next full training week
    const weekEndDay = mod(ctx.weekStartDay - 1, 7);
    const daysToWeekEnd = mod(weekEndDay - todayDate.weekday(), 7);
    const currentWeekEnd = todayDate.addDays(daysToWeekEnd);
    const nextWeekStart = currentWeekEnd.addDays(1);
    const nextWeekEnd = nextWeekStart.addDays(6);
    const currentWeek = [];
    const nextWeek = [];
    let currentTss = 0;
    let currentTssPrimary = 0;
    for (const pw of plannedWorkouts) {
        // only training entries are sessions (v3.128: not SICK/INJURED/NOTE/HOLIDAY markers)
        if (!TRAINING_EVENT_CATEGORIES.has(get(pw, 'type') || ''))
            continue;
        const dateStr = String(get(pw, 'date') || '').slice(0, 10);
        if (!dateStr || dateStr === 'unknown')
            continue;
        const pwDate = parseYmd(dateStr);
        if (!pwDate)
            continue;
        const pwTss = get(pw, 'planned_tss') || 0;
        const isPrimary = truthy(primarySport) ? sportFamily(get(pw, 'sport_type', '')) === primarySport : false;
        if (todayDate.compare(pwDate) <= 0 && pwDate.compare(currentWeekEnd) <= 0) {
            currentWeek.push(pw);
            currentTss += pwTss;
            if (isPrimary)
                currentTssPrimary += pwTss;
        }
        else if (nextWeekStart.compare(pwDate) <= 0 && pwDate.compare(nextWeekEnd) <= 0) {
            nextWeek.push(pw);
        }
    }
    // expected sessions per week from the finalized weeks' activity counts (default 5)
    let expected = 5;
    if (weeklyRows && weeklyRows.length) {
        const finalized = weeklyRows.length >= 2 ? weeklyRows.slice(0, -1) : weeklyRows;
        const recent = finalized.length >= 4 ? finalized.slice(-4) : finalized;
        const counts = recent.map((r) => get(r, 'activity_count')).filter((c) => c !== null);
        if (counts.length)
            expected = Math.max(1, round(mean(counts)));
    }
    result.plan_coverage_current_week = expected > 0 ? round(currentWeek.length / expected, 2) : 0.0;
    result.plan_coverage_next_week = expected > 0 ? round(nextWeek.length / expected, 2) : 0.0;
    // planned TSS (remainder projected to a full week) over the prior weeks' average; primary sport
    // when it has load in the lookback
    const usePrimary = truthy(primarySport) && s1.primary_tss_values.length > 0 && s1.primary_tss_values.some((v) => v > 0);
    const denom = usePrimary ? s1.primary_tss_values : s1.tss_values;
    const numerCurrent = usePrimary ? currentTssPrimary : currentTss;
    let avgPrev = null;
    if (denom.length >= 3)
        avgPrev = mean(denom.slice(-3));
    else if (denom.length)
        avgPrev = mean(denom);
    const daysRemaining = daysToWeekEnd + 1;
    if (truthy(avgPrev) && avgPrev > 0 && numerCurrent > 0 && daysRemaining > 0) {
        const projected = numerCurrent * (7 / daysRemaining);
        result.planned_tss_delta = round(projected / avgPrev, 2);
    }
    let nextWeekTss = 0;
    for (const pw of nextWeek) {
        if (usePrimary && sportFamily(get(pw, 'sport_type', '')) !== primarySport)
            continue;
        nextWeekTss += get(pw, 'planned_tss') || 0;
    }
    if (truthy(avgPrev) && avgPrev > 0 && nextWeekTss > 0) {
        result.next_week_tss_delta = round(nextWeekTss / avgPrev, 2);
    }
    const hardCount = currentWeek.filter(isHardPlanned).length;
    result.hard_sessions_planned = hardCount;
    result.next_7d_sessions = currentWeek.length;
    // completed hard days of the in-progress week (weekly_rows[-1]) + planned hard sessions left
    const completed = weeklyRows && weeklyRows.length ? get(weeklyRows[weeklyRows.length - 1], 'hard_days') || 0 : 0;
    result.current_week_hard_days_completed = completed;
    result.current_week_hard_days_total = completed + hardCount;
    result.suggested_phase = phaseFromStream2(result);
    return result;
}
/** _phase_from_stream2: Taper, Peak, Deload or null from the calendar alone. */
function phaseFromStream2(f) {
    const prox = f.race_proximity;
    const cat = f.race_category;
    const delta = f.planned_tss_delta;
    const nextDelta = f.next_week_tss_delta;
    const keyRace = cat === 'RACE_A' || cat === 'RACE_B';
    // race within 14 days: Taper (whether or not volume is reducing yet)
    if (prox !== null && prox <= 14 && keyRace)
        return 'Taper';
    if (prox !== null && prox <= 21 && keyRace) {
        if (delta !== null && delta > REDUCED_LOAD_RATIO)
            return 'Peak';
    }
    if (delta !== null && delta <= REDUCED_LOAD_RATIO) {
        if (nextDelta !== null && nextDelta >= REBOUND_RATIO)
            return 'Deload';
        if (get(f, 'plan_coverage_next_week', 0) < 0.3)
            return null;
        return 'Deload';
    }
    return null;
}

;// CONCATENATED MODULE: ./src/derive/phase/index.ts
/**
 * Phase detection (issue "history.json and phase detection"): port of _detect_phase_v2 and its
 * stream/feature helpers, _determine_seasonal_context, _load_weekly_rows_for_phase.
 *
 * Stream 1: completed history (rolling 4-week lookback of weekly rows).
 * Stream 2: planned calendar (current training-week remainder, next training week, race calendar).
 * Phases: Build, Base, Peak, Taper, Deload, Recovery, Overreached, or null.
 */







/** _determine_seasonal_context() (Northern Hemisphere cycling calendar) */
function determineSeasonalContext(ctx) {
    const month = ctx.now.month;
    if (month === 11 || month === 12)
        return 'Off-season / Transition';
    if (month === 1 || month === 2)
        return 'Early Base';
    if (month === 3 || month === 4)
        return 'Late Base / Build';
    if (month === 5 || month === 6)
        return 'Build / Early Race Season';
    if (month === 7 || month === 8)
        return 'Peak Race Season';
    if (month === 9 || month === 10)
        return 'Late Season / Transition';
    return 'Unknown';
}
/** _load_weekly_rows_for_phase(): the last 4 weekly_180d rows of history.json */
function loadWeeklyRowsForPhase(history) {
    const rows = history && Array.isArray(history.weekly_180d) ? history.weekly_180d : [];
    return rows.length >= 4 ? rows.slice(-4) : rows;
}
/** _detect_phase_v2(weekly_rows, planned_workouts, race_calendar, previous_phase, today, ...) */
function detectPhaseV2(ctx, input) {
    const today = input.today ?? ctx.today;
    const weeklyRows = input.weeklyRows;
    const previousPhase = input.previousPhase ?? null;
    const dossier = input.dossierDeclared ?? null;
    const reasonCodes = [];
    const s1 = stream1Features(weeklyRows, input.isBackfill ?? false);
    const s2 = stream2Features(ctx, input.plannedWorkouts, input.raceCalendar, s1, today, input.primarySport ?? null, weeklyRows);
    const dataQuality = phaseDataQuality(weeklyRows, s1, reasonCodes, ctx.zonePreference);
    const [phase, confidence, extra] = phaseClassify(s1, s2, previousPhase, dataQuality);
    reasonCodes.push(...extra);
    // consecutive earlier weeks with the same phase (weeklyRows[-1] is the week classified now) + 1
    let duration = 0;
    if (phase && weeklyRows.length) {
        for (let i = weeklyRows.length - 2; i >= 0; i--) {
            if (get(weeklyRows[i], 'phase_detected') === phase)
                duration += 1;
            else
                break;
        }
        duration += 1;
    }
    const dossierAgreement = dossier ? (phase ? dossier === phase : null) : null;
    const streamAgreement = s1.suggested_phase === null || s2.suggested_phase === null ? null : s1.suggested_phase === s2.suggested_phase;
    return {
        phase,
        confidence,
        reason_codes: reasonCodes,
        basis: {
            stream_1: {
                ctl_slope: s1.ctl_slope,
                acwr_trend: s1.acwr_trend,
                hard_day_pattern: s1.hard_day_avg,
                weeks_available: s1.weeks_available,
            },
            stream_2: {
                planned_tss_delta: s2.planned_tss_delta,
                hard_sessions_planned: s2.hard_sessions_planned,
                current_week_hard_days_completed: s2.current_week_hard_days_completed,
                current_week_hard_days_total: s2.current_week_hard_days_total,
                race_proximity: s2.race_proximity,
                next_week_load: s2.next_week_tss_delta,
                plan_coverage_current_week: s2.plan_coverage_current_week,
                plan_coverage_next_week: s2.plan_coverage_next_week,
            },
            data_quality: dataQuality,
            stream_agreement: streamAgreement,
        },
        previous_phase: previousPhase,
        phase_duration_weeks: duration,
        dossier_declared: dossier,
        dossier_agreement: dossierAgreement,
    };
}

;// CONCATENATED MODULE: ./src/derive/history/weekly.ts







/** _CYCLING_EF_TYPES of the weekly capability rollup */
const CYCLING_EF_TYPES = new Set(['Ride', 'VirtualRide', 'MountainBikeRide', 'GravelRide']);
/** Python `x is not None and x > 0 and x <= hi` on a JSON value (None/str comparisons excluded). */
function viOk(vi) {
    return typeof vi === 'number' && vi > 0 && vi <= 1.05;
}
/**
 * Weekly capability rollup (v3.110): durability (VI ≤ 1.05, ≥ 90 min, decoupling present),
 * cycling EF (VI ≤ 1.05, ≥ 20 min), HRRc (> 0). Means of the qualifying activities and counts.
 */
function capabilityRollup(acts) {
    const dur = [];
    const ef = [];
    const hrrc = [];
    for (const a of acts) {
        let dec = get(a, 'icu_hr_decoupling');
        if (dec === null)
            dec = get(a, 'decoupling');
        const vi = get(a, 'icu_variability_index');
        const mt = get(a, 'moving_time', 0) || 0;
        if (dec !== null && vi !== null && viOk(vi) && mt >= 5400)
            dur.push(dec);
    }
    for (const a of acts) {
        const e = get(a, 'icu_efficiency_factor');
        const vi = get(a, 'icu_variability_index');
        const mt = get(a, 'moving_time', 0) || 0;
        if (e !== null && CYCLING_EF_TYPES.has(get(a, 'type', '')) && vi !== null && viOk(vi) && mt >= 1200)
            ef.push(e);
    }
    for (const a of acts) {
        let h = get(a, 'icu_hrr');
        if (isDict(h)) {
            let v = get(h, 'value');
            if (v === null)
                v = get(h, 'hrr');
            h = v;
        }
        if (typeof h === 'boolean')
            h = Number(h);
        if (typeof h === 'number' && h > 0)
            hrrc.push(h);
    }
    return {
        durability_mean: meanRounded(dur, 2),
        durability_qualifying: dur.length,
        ef_mean: meanRounded(ef, 2),
        ef_qualifying: ef.length,
        hrrc_mean: meanRounded(hrrc, 1),
        hrrc_qualifying: hrrc.length,
    };
}
/** Foster monotony of a week: mean/stdev of the daily TSS, only with ≥ 5 days and ≥ 3 loaded days. */
function weekMonotony(dailyTss) {
    const daysWithData = dailyTss.filter((t) => t > 0).length;
    if (dailyTss.length < 5 || daysWithData < 3)
        return null;
    const m = mean(dailyTss);
    const s = stdev(dailyTss);
    return s > 0 ? round(m / s, 2) : null;
}
function buildWeekRow(ctx, l, current, units) {
    const now = ctx.now;
    let weekTss = 0;
    let weekSeconds = 0;
    let weekActivities = 0;
    const hrv = [];
    const rhr = [];
    const sleep = [];
    const feel = [];
    const rpe = [];
    const weight = [];
    let hardDays = 0;
    const dailyTss = [];
    const basisCounts = { power: 0, hr: 0 };
    let longest = 0;
    const dist = new ZoneDistribution();
    let ctlEnd = null;
    let atlEnd = null;
    let rampRate = null;
    const sportTss = {};
    const weekActs = [];
    for (let d = 0; d < 7; d++) {
        const day = current.addDays(d);
        if (day.compare(now) > 0)
            break;
        const date = day.date();
        const acts = dayActivities(l, date);
        const w = dayWellness(l, date);
        weekActs.push(...acts);
        const dayTss = sumLoad(acts);
        weekTss += dayTss;
        weekSeconds += sumMovingTime(acts);
        weekActivities += acts.length;
        dailyTss.push(dayTss);
        if (isValidHrv(get(w, 'hrv')))
            hrv.push(w.hrv);
        if (truthy(get(w, 'restingHR')))
            rhr.push(w.restingHR);
        if (truthy(get(w, 'sleepSecs')))
            sleep.push(w.sleepSecs / 3600);
        if (truthy(get(w, 'weight')))
            weight.push(w.weight);
        ctlEnd = get(w, 'ctl') || ctlEnd;
        atlEnd = get(w, 'atl') || atlEnd;
        rampRate = get(w, 'rampRate') || rampRate;
        longest = longestMovingTime(acts, longest);
        for (const a of acts) {
            const sf = sportFamily(get(a, 'type', ''));
            const aTss = get(a, 'icu_training_load', 0) || 0;
            if (aTss > 0 && sf)
                sportTss[sf] = (sportTss[sf] ?? 0) + aTss;
            const f = get(a, 'feel');
            if (f !== null)
                feel.push(f);
            const r = get(a, 'icu_rpe');
            if (r !== null)
                rpe.push(r);
        }
        const [isHard, hardBasis] = classifyHardDay(dayZones(acts, ctx.zonePreference, dist));
        if (isHard) {
            hardDays += 1;
            if (hardBasis === 'power' || hardBasis === 'hr')
                basisCounts[hardBasis] += 1;
        }
    }
    const tsbEnd = truthy(ctlEnd) && truthy(atlEnd) ? round(ctlEnd - atlEnd, 1) : null;
    const sports = Object.keys(sportTss);
    const primary = sports.length ? maxBy(sports, (k) => sportTss[k]) : null;
    const lastWeight = weight.length ? round(weight[weight.length - 1], 1) : null;
    return {
        week_start: current.date(),
        total_hours: round(weekSeconds / 3600, 2),
        total_tss: round(weekTss, 0),
        primary_sport: primary,
        primary_sport_tss: primary ? round(sportTss[primary], 0) : null,
        sport_tss_breakdown: sports.length ? Object.fromEntries(sports.map((k) => [k, round(sportTss[k], 0)])) : null,
        activity_count: weekActivities,
        ctl_end: truthy(ctlEnd) ? round(ctlEnd, 1) : null,
        atl_end: truthy(atlEnd) ? round(atlEnd, 1) : null,
        tsb_end: tsbEnd,
        ramp_rate: truthy(rampRate) ? round(rampRate, 2) : null,
        avg_hrv: meanRounded(hrv, 1),
        avg_rhr: meanRounded(rhr, 1),
        avg_sleep_hours: meanRounded(sleep, 2),
        ...dist.fields(),
        hard_days: hardDays,
        longest_ride_hours: round(longest / 3600, 2),
        avg_feel: meanRounded(feel, 1),
        feel_count: feel.length,
        avg_rpe: meanRounded(rpe, 1),
        rpe_count: rpe.length,
        weight_kg: lastWeight,
        display: { weight: toDisplay(lastWeight, 'weight', units) },
        monotony: weekMonotony(dailyTss),
        intensity_basis_breakdown: hardDays > 0 ? basisCounts : null,
        acwr: null,
        phase_detected: null,
        ...capabilityRollup(weekActs),
    };
}
/** Per-week ACWR: this week's daily-average TSS over the prior three weeks' (from the 4th row). */
function applyWeeklyAcwr(rows) {
    rows.forEach((row, i) => {
        if (i < 3)
            return;
        const acute = truthy(row.total_tss) ? row.total_tss / 7 : 0;
        let chronicTss = 0;
        for (let j = i - 3; j < i; j++)
            chronicTss += rows[j].total_tss || 0;
        const chronic = truthy(chronicTss) ? chronicTss / 21 : 0;
        if (chronic > 0)
            row.acwr = round(acute / chronic, 2);
    });
}
/** _build_weekly_tier(days): rows from the training week containing now-days up to now. */
function buildWeeklyTier(ctx, l, days, units) {
    const now = ctx.now;
    const start = now.addDays(-days);
    const sinceWeekStart = mod(start.weekday() - ctx.weekStartDay, 7);
    let current = start.addDays(-sinceWeekStart);
    const rows = [];
    // `current` keeps now's time of day: a week starting today is not yet a row (as in the reference)
    while (current.compare(now) < 0) {
        rows.push(buildWeekRow(ctx, l, current, units));
        current = current.addDays(7);
    }
    applyWeeklyAcwr(rows);
    return rows;
}
const EMPTY_RACE_CALENDAR = {
    next_race: null,
    all_races: [],
    taper_alert: { active: false },
    race_week: { active: false },
};
/**
 * Phase backfill: every completed row (all but the last, in-progress one) gets the phase
 * _detect_phase_v2 assigns from its trailing four rows, without a calendar.
 */
function backfillPhases(ctx, rows) {
    for (let i = 0; i < rows.length - 1; i++) {
        const lookback = rows.slice(Math.max(0, i - 3), i + 1);
        const prev = i > 0 ? get(rows[i - 1], 'phase_detected') : null;
        const result = detectPhaseV2(ctx, {
            weeklyRows: lookback,
            plannedWorkouts: [],
            raceCalendar: EMPTY_RACE_CALENDAR,
            previousPhase: prev,
            today: rows[i].week_start,
            isBackfill: true,
        });
        rows[i].phase_detected = result.phase;
    }
}

;// CONCATENATED MODULE: ./src/derive/history/index.ts
/**
 * history.json (issue "history.json and phase detection"): ports of should_generate_history,
 * generate_history and the tier builders. _get_history_confidence lives here too.
 */











const HISTORY_LOOKBACK_DAYS = 365 * 3;
const HISTORY_MAX_AGE_DAYS = 28;
function parseGeneratedAt(s) {
    if (typeof s !== 'string' || !s)
        return null;
    try {
        return naive_time/* NaiveDateTime */.b8.parse(s.replace('Z', '+00:00'));
    }
    catch {
        return null;
    }
}
/**
 * should_generate_history: missing/unreadable file, a different producer (script_hash), or the
 * Sunday/Monday 00:00–00:30 refresh of a file older than 28 days. `force` = the force-history input.
 */
function shouldGenerateHistory(ctx, prev, force) {
    if (force)
        return true;
    if (!prev.history || prev.historyUnreadable)
        return true;
    if (get(prev.history, 'script_hash') !== ctx.scriptHash)
        return true;
    const now = ctx.now;
    if (now.weekday() !== 0 && now.weekday() !== 6)
        return false;
    if (now.hour > 0 || (now.hour === 0 && now.minute > 30))
        return false;
    const gen = parseGeneratedAt(get(prev.history, 'generated_at', ''));
    if (!gen)
        return true;
    return now.daysSince(gen) > HISTORY_MAX_AGE_DAYS;
}
/** the tiers' spans (days) */
const DAILY_TIER_DAYS = 90;
const WEEKLY_TIER_DAYS = 180;
/**
 * generate_history(): header, data_range, ftp_timeline, data_gaps, summaries, daily_90d,
 * weekly_180d (with the phase backfill) and monthly_1y/2y/3y (empty without enough months).
 */
function generateHistory(ctx, input) {
    const newest = ctx.today;
    const units = athleteUnits(input.athlete);
    const activityDates = sorted(input.activities.filter((a) => truthy(get(a, 'start_date_local'))).map(actDate));
    const earliest = activityDates.length ? activityDates[0] : newest;
    const latest = activityDates.length ? activityDates[activityDates.length - 1] : newest;
    let totalMonths = 0;
    try {
        totalMonths = Math.max(1, py_int(ctx.now.daysSince(naive_time/* NaiveDateTime */.b8.fromDate(earliest)) / 30.44));
    }
    catch {
        totalMonths = 0;
    }
    const lookups = buildLookups(input.activities, input.wellness);
    const ftpTimeline = buildFtpTimeline(ctx, input.previousFtpHistory, input.athlete);
    const dataGaps = findDataGaps(activityDates, earliest, latest);
    const daily = buildDailyTier(ctx, lookups, DAILY_TIER_DAYS, units);
    const weekly = buildWeeklyTier(ctx, lookups, WEEKLY_TIER_DAYS, units);
    backfillPhases(ctx, weekly);
    const monthlyTiers = {};
    for (const years of [1, 2, 3]) {
        // a tier needs at least half its span of data
        monthlyTiers[`monthly_${years}y`] = totalMonths >= years * 12 * 0.5 ? buildMonthlyTier(ctx, lookups, years * 365, units, weekly) : [];
    }
    return {
        generated_at: ctx.now.isoformat(),
        source: 'Intervals.icu API',
        sync_version: ctx.producerVersion,
        script_hash: ctx.scriptHash,
        data_range: { earliest, latest, total_months: totalMonths },
        ftp_timeline: ftpTimeline,
        data_gaps: dataGaps,
        summaries: buildHistorySummaries(daily, weekly, monthlyTiers),
        daily_90d: daily,
        weekly_180d: weekly,
        ...monthlyTiers,
    };
}
/** _get_history_confidence(): latest.json's `history` block, read from history.json. */
function historyConfidence(ctx, history) {
    if (history) {
        const generatedAt = get(history, 'generated_at', '');
        const gen = parseGeneratedAt(generatedAt);
        const ageDays = gen ? ctx.now.daysSince(gen) : null;
        const totalMonths = get(get(history, 'data_range', {}) ?? {}, 'total_months', 0);
        const confidence = totalMonths >= 12 ? 'high' : totalMonths >= 3 ? 'medium' : 'low';
        return {
            available: true,
            last_generated: generatedAt ? String(generatedAt).slice(0, 10) : null,
            age_days: ageDays,
            total_months: totalMonths,
            history_confidence: confidence,
        };
    }
    return {
        available: false,
        history_confidence: 'low',
        note: 'No history.json available. Longitudinal analysis limited to current 28-day window.',
    };
}

;// CONCATENATED MODULE: ./src/snapshot/collect.ts







const ACWR_DAYS = 28;
const collect_INTERVAL_RETENTION_DAYS = 14;
const EVENTS_AHEAD_DAYS = 90;
const HEALTH_LOOKBACK_DAYS = 365;
const HEALTH_LOOKAHEAD_DAYS = 90;
/** largest route attachment downloaded */
const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
function inRange(d, oldest, newest) {
    return d >= oldest && d <= newest;
}
async function settle(p) {
    try {
        return { ok: true, data: await p, status: 200 };
    }
    catch (e) {
        return { ok: false, error: e };
    }
}
async function collectSnapshot(api, ctx, athleteP, previous, generateHistory) {
    const today = ctx.today;
    const oldestExtended = (0,naive_time/* addDays */.fi)(today, -(ACWR_DAYS - 1));
    const oldestDisplay = (0,naive_time/* addDays */.fi)(today, -(ctx.daysBack - 1));
    const yesterday = (0,naive_time/* addDays */.fi)(today, -1);
    const eventsOldest = (0,naive_time/* addDays */.fi)(today, -Math.max(ctx.daysBack - 1, collect_INTERVAL_RETENTION_DAYS));
    const eventsNewest = (0,naive_time/* addDays */.fi)(today, EVENTS_AHEAD_DAYS);
    const pc = [(0,naive_time/* addDays */.fi)(today, -27), today, (0,naive_time/* addDays */.fi)(today, -55), (0,naive_time/* addDays */.fi)(today, -28)];
    const curves = `r.${pc[0]}.${pc[1]},r.${pc[2]}.${pc[3]}`;
    const history3yOldest = ctx.now.addDays(-HISTORY_LOOKBACK_DAYS).date();
    // ---- phase A: independent reads start at once; the 28-day lists come from the 3-year lists
    // when history.json is regenerated (one request instead of two for the same rows).
    const todayP = api.wellnessDay(today);
    const yesterdayP = api.wellnessList(yesterday, yesterday);
    const eventsP = api.events({ oldest: eventsOldest, newest: eventsNewest, resolve: 'true' });
    const healthP = api.eventsBestEffort({
        oldest: (0,naive_time/* addDays */.fi)(today, -HEALTH_LOOKBACK_DAYS),
        newest: (0,naive_time/* addDays */.fi)(today, HEALTH_LOOKAHEAD_DAYS),
        category: [...HEALTH_EVENT_CATEGORIES].sort().join(','),
    });
    const powerP = api.powerCurves({ type: 'Ride', curves });
    const hrP = api.hrCurves({ curves });
    // keep rejections observed while other reads are awaited
    for (const p of [eventsP, athleteP])
        p.catch(() => undefined);
    const [histActs, histWell] = generateHistory
        ? await Promise.all([settle(api.activities(history3yOldest, today)), settle(api.wellness(history3yOldest, today))])
        : [undefined, undefined];
    const activitiesP = histActs?.ok
        ? Promise.resolve(histActs.data.filter((a) => inRange(actDate(a), oldestExtended, today)))
        : api.activities(oldestExtended, today);
    const wellness28P = histWell?.ok
        ? Promise.resolve(histWell.data.filter((w) => inRange(String(w.id), oldestExtended, today)))
        : api.wellness(oldestExtended, today);
    const wellness7P = histWell?.ok
        ? Promise.resolve(histWell.data.filter((w) => inRange(String(w.id), oldestDisplay, today)))
        : api.wellness(oldestDisplay, today);
    const [athlete, activities28d, wellness7d, wellness28d, todayW, yesterdayW, events, healthW, powerCurves, hrCurves] = await Promise.all([
        athleteP,
        activitiesP,
        wellness7P,
        wellness28P,
        todayP,
        yesterdayP,
        eventsP,
        healthP,
        powerP,
        hrP,
    ]);
    // ---- phase B (planned from phase A's data)
    const susWindow = [(0,naive_time/* addDays */.fi)(today, -(SUSTAINABILITY_WINDOW_DAYS - 1)), today];
    const families = [];
    for (const a of activities28d) {
        const f = SPORT_FAMILIES[String(a.type ?? '')];
        if (f && f in SUSTAINABILITY_ANCHORS && !families.includes(f))
            families.push(f);
    }
    const susCurves = `r.${susWindow[0]}.${susWindow[1]}`;
    const susP = Promise.all(families.map(async (family) => {
        const power = {};
        const hr = {};
        const [pw, hw] = await Promise.all([
            Promise.all((SUSTAINABILITY_POWER_TYPES[family] ?? []).map((t) => api.powerCurves({ type: t, curves: susCurves }))),
            Promise.all((SUSTAINABILITY_HR_TYPES[family] ?? []).map((t) => api.hrCurves({ type: t, curves: susCurves }))),
        ]);
        (SUSTAINABILITY_POWER_TYPES[family] ?? []).forEach((t, i) => {
            if (pw[i].ok)
                power[t] = pw[i].data;
        });
        (SUSTAINABILITY_HR_TYPES[family] ?? []).forEach((t, i) => {
            if (hw[i].ok)
                hr[t] = hw[i].data;
        });
        return [family, { power, hr }];
    }));
    const pairingEvents = events.filter((e) => actDate(e) <= today);
    const intervalPlan = planIntervalFetches(ctx, { activities28d, previousIntervals: previous.intervals, pairingEvents });
    const intervalP = Promise.all(Object.entries(intervalPlan).map(async ([id, want]) => {
        const f = {};
        const [iv, st] = await Promise.all([
            want.intervals ? api.activityWithIntervals(id) : Promise.resolve(undefined),
            want.streams ? api.streams(id) : Promise.resolve(undefined),
        ]);
        if (iv)
            f.intervals = iv;
        if (st)
            f.streams = st;
        return [id, f];
    }));
    const terrainIds = planTerrainStreamFetches(ctx, { activities28d, previousLatest: previous.latest });
    const terrainP = Promise.all(terrainIds.map(async (id) => [id, await api.streams(id, ['time', 'distance', 'altitude', 'latlng'])]));
    const attachmentUrls = planAttachmentDownloads(ctx, { events, previousRoutes: previous.routes });
    const attachP = Promise.all(attachmentUrls.map(async (url) => [url, await api.attachment(url, MAX_ATTACHMENT_BYTES)]));
    const messageIds = planMessageFetches(ctx, activities28d);
    const msgP = Promise.all(messageIds.map(async (id) => {
        const r = await api.messages(id);
        return [id, r.ok ? messageTexts(r.data) : []];
    }));
    const [sus, intervalFetches, terrain, attachments, messages] = await Promise.all([susP, intervalP, terrainP, attachP, msgP]);
    const sustainabilityCurves = {};
    for (const [family, c] of sus)
        sustainabilityCurves[family] = c;
    return {
        athlete,
        activities28d,
        wellness7d,
        wellness28d,
        todayWellness: todayW.ok ? todayW.data : {},
        yesterdayWellness: yesterdayW.ok ? yesterdayW.data : null,
        events,
        eventsOldest,
        healthEvents: healthW.ok ? healthW.data : null,
        powerCurves: powerCurves.ok ? powerCurves.data : null,
        hrCurves: hrCurves.ok ? hrCurves.data : null,
        curveDates: pc,
        sustainabilityCurves,
        sustainabilityWindow: susWindow,
        messages: Object.fromEntries(messages),
        intervalFetches: Object.fromEntries(intervalFetches),
        terrainStreams: Object.fromEntries(terrain),
        attachments: Object.fromEntries(attachments),
        history3y: generateHistory ? { activities: histActs?.ok ? histActs.data : [], wellness: histWell?.ok ? histWell.data : [] } : null,
        previous,
    };
}

// EXTERNAL MODULE: ./src/snapshot/state.ts
var state = __nccwpck_require__(709);
;// CONCATENATED MODULE: ./src/derive/context.ts
function makeContext(now, opts) {
    return { now, today: now.date(), ...opts };
}

;// CONCATENATED MODULE: ./src/derive/athlete.ts
/**
 * Athlete identity and settings: athlete_profile (explicit allow-list — the athlete record carries
 * secrets such as icu_api_key and is never serialised), per-sport thresholds.
 * Ports of _years_since, _compose_location, the athlete_profile block and _build_sport_thresholds.
 */




/** complete years between a YYYY-MM-DD date and today; null when missing/malformed */
function yearsSince(ctx, dateStr) {
    if (!truthy(dateStr) || typeof dateStr !== 'string')
        return null;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dateStr))
        return null;
    let d;
    try {
        d = naive_time/* NaiveDateTime */.b8.parse(dateStr);
    }
    catch {
        return null;
    }
    const t = ctx.now;
    const before = t.month < d.month || (t.month === d.month && t.day < d.day);
    return t.year - d.year - (before ? 1 : 0);
}
function composeLocation(...parts) {
    const kept = parts.filter((p) => typeof p === 'string' && strip(p).length > 0).map(strip);
    return kept.length ? kept.join(', ') : null;
}
function athleteProfile(ctx, athlete, units) {
    const dob = get(athlete, 'icu_date_of_birth');
    const activatedRaw = get(athlete, 'icu_activated');
    const activated = truthy(activatedRaw) ? String(activatedRaw).slice(0, 10) : null;
    const height = get(athlete, 'height');
    return {
        date_of_birth: dob,
        age: yearsSince(ctx, dob),
        height_m: height,
        display: { height: toDisplay(height, 'height', units) },
        display_preferences: units,
        sex: get(athlete, 'sex'),
        location: composeLocation(get(athlete, 'city'), get(athlete, 'state'), get(athlete, 'country')),
        timezone: get(athlete, 'timezone'),
        platform_activated: activated,
        years_on_platform: yearsSince(ctx, activated),
    };
}
/**
 * _build_sport_thresholds: per sport family, the sportSettings entry with the most populated
 * fields (ties → alphabetically smallest type). Null lists are skipped (v3.124).
 */
function buildSportThresholds(athlete) {
    const candidates = new Map();
    for (const sport of or(get(athlete, 'sportSettings'), []) ?? []) {
        if (!sport || typeof sport !== 'object')
            continue;
        for (const sportType of or(get(sport, 'types'), []) ?? []) {
            const family = sportFamily(sportType);
            if (!family)
                continue;
            const rawPace = get(sport, 'threshold_pace');
            const thresholdPace = rawPace !== null && rawPace !== 0 ? rawPace : null;
            const entry = {
                lthr: get(sport, 'lthr'),
                max_hr: get(sport, 'max_hr'),
                threshold_pace: thresholdPace,
                pace_units: thresholdPace !== null ? get(sport, 'pace_units') : null,
                ftp: or(get(sport, 'ftp'), null),
                ftp_indoor: or(get(sport, 'indoor_ftp'), null),
            };
            const populated = Object.values(entry).filter((x) => x !== null).length;
            const cur = candidates.get(family);
            if (!cur || populated > cur.populated || (populated === cur.populated && sportType < cur.type)) {
                candidates.set(family, { entry, populated, type: sportType });
            }
        }
    }
    const out = {};
    for (const [family, c] of candidates)
        out[family] = c.entry;
    return out;
}

;// CONCATENATED MODULE: ./src/derive/fitness.ts
/**
 * Fitness (CTL/ATL/TSB/ramp) with the decay rule, and the power model from wellness.sportInfo.
 * The API's "today" CTL/ATL include planned load, so when a training event is planned today and
 * nothing is completed yet, yesterday's values decayed by one day are used instead
 * (PMC time constants 42 d and 7 d).
 */


const CTL_DECAY = Math.exp(-1 / 42);
const ATL_DECAY = Math.exp(-1 / 7);
function computeFitness(ctx, input) {
    const apiCtl = get(input.todayWellness, 'ctl');
    const apiAtl = get(input.todayWellness, 'atl');
    const apiRamp = get(input.todayWellness, 'rampRate');
    let decayedCtl = null;
    let decayedAtl = null;
    let decayedRamp = null;
    if (input.yesterdayWellness !== null) {
        const y = input.yesterdayWellness.length ? input.yesterdayWellness[0] : {};
        const yc = get(y, 'ctl');
        const ya = get(y, 'atl');
        const yr = get(y, 'rampRate');
        decayedCtl = truthy(yc) ? round(yc * CTL_DECAY, 2) : null;
        decayedAtl = truthy(ya) ? round(ya * ATL_DECAY, 2) : null;
        decayedRamp = truthy(yr) ? round(yr * CTL_DECAY, 2) : null;
    }
    const todaysPlanned = input.events.filter((e) => actDate(e) === ctx.today && TRAINING_EVENT_CATEGORIES.has(String(get(e, 'category', ''))));
    const todaysActivities = input.activities7d.filter((a) => actDate(a) === ctx.today);
    let ctl;
    let atl;
    let ramp;
    let source;
    if (todaysPlanned.length && !todaysActivities.length) {
        ctl = decayedCtl;
        atl = decayedAtl;
        ramp = truthy(decayedRamp) ? decayedRamp : apiRamp;
        source = "Decayed from yesterday (today's planned workouts not yet completed)";
    }
    else {
        ctl = truthy(apiCtl) ? round(apiCtl, 2) : decayedCtl;
        atl = truthy(apiAtl) ? round(apiAtl, 2) : decayedAtl;
        ramp = truthy(apiRamp) ? round(apiRamp, 2) : decayedRamp;
        source = 'From Intervals.icu API (reflects completed workouts)';
    }
    const tsb = ctl !== null && atl !== null ? round(ctl - atl, 2) : null;
    return { ctl, atl, tsb, ramp_rate: ramp, fitness_source: source };
}
/** _extract_power_model_from_wellness: the first sportInfo entry of type Ride */
function powerModelFromWellness(todayWellness) {
    const info = (or(get(todayWellness, 'sportInfo'), []) ?? []).find((s) => s && get(s, 'type') === 'Ride');
    if (!info)
        return { eftp: null, w_prime: null, w_prime_kj: null, p_max: null, source: 'unavailable' };
    const eftp = get(info, 'eftp');
    const w = get(info, 'wPrime');
    const p = get(info, 'pMax');
    return {
        eftp: truthy(eftp) ? round(eftp, 1) : null,
        w_prime: truthy(w) ? round(w) : null,
        w_prime_kj: truthy(w) ? round(w / 1000, 1) : null,
        p_max: truthy(p) ? round(p) : null,
        source: 'wellness.sportInfo',
    };
}

;// CONCATENATED MODULE: ./src/derive/ftp-history.ts
/**
 * ftp_history.json: indoor and outdoor FTP by date, appended when the FTP set in Intervals.icu
 * changes, and the Benchmark Index (FTP now vs ~8 weeks ago). Ports of _load_ftp_history,
 * _save_ftp_history, _calculate_benchmark_index, _get_ftp_history_span, _is_benchmark_expected.
 */


/** The file's content as the reference reads it (legacy flat {date: ftp} → outdoor). */
function normaliseFtpHistory(data) {
    if (data === null)
        return { indoor: {}, outdoor: {} };
    if (truthy(data) && !('indoor' in data || 'outdoor' in data))
        return { indoor: {}, outdoor: { ...data } };
    return structuredClone(data);
}
function recordIfChanged(series, today, ftp) {
    const dates = sorted(Object.keys(series), (k) => k, true);
    if (!dates.length || series[dates[0]] !== ftp)
        series[today] = ftp;
}
/** _save_ftp_history: add today's FTPs when they differ from the most recent entry. */
function updateFtpHistory(ctx, history, currentIndoor, currentOutdoor) {
    const h = structuredClone(history);
    if (!('indoor' in h))
        h.indoor = {};
    if (!('outdoor' in h))
        h.outdoor = {};
    if (truthy(currentIndoor))
        recordIfChanged(h.indoor, ctx.today, currentIndoor);
    if (truthy(currentOutdoor))
        recordIfChanged(h.outdoor, ctx.today, currentOutdoor);
    return h;
}
/** Benchmark Index = FTP_now / FTP_8_weeks_ago - 1, with the entry closest to 56 days ago (±7). */
function benchmarkIndex(ctx, currentFtp, series) {
    if (!truthy(currentFtp) || !truthy(series))
        return [null, null];
    const target = ctx.now.addDays(-56);
    const earliest = target.addDays(-7);
    const latest = target.addDays(7);
    let bestDate = null;
    let bestDiff = Infinity;
    for (const [dateStr] of Object.entries(series)) {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(dateStr))
            continue;
        let entry;
        try {
            entry = naive_time/* NaiveDateTime */.b8.parse(dateStr);
        }
        catch {
            continue;
        }
        if (earliest.compare(entry) <= 0 && entry.compare(latest) <= 0) {
            const diff = Math.abs(entry.daysSince(target));
            if (diff < bestDiff) {
                bestDiff = diff;
                bestDate = dateStr;
            }
        }
    }
    if (bestDate === null)
        return [null, null];
    const old = series[bestDate];
    return [round(currentFtp / old - 1, 3), old];
}
/** _get_ftp_history_span: days between the first and last entry of each series (0 if < 2). */
function ftpHistorySpan(history) {
    const out = { indoor: 0, outdoor: 0 };
    for (const kind of ['indoor', 'outdoor']) {
        const series = history[kind];
        if (!truthy(series))
            continue;
        const dates = sorted(Object.keys(series));
        if (dates.length < 2)
            continue;
        try {
            out[kind] = naive_time/* NaiveDateTime */.b8.parse(dates[dates.length - 1]).daysSince(naive_time/* NaiveDateTime */.b8.parse(dates[0]));
        }
        catch { }
    }
    return out;
}
const SEASONAL_BENCHMARK_EXPECTATIONS = {
    'Off-season / Transition': [-0.05, -0.02],
    'Early Base': [-0.02, 0.01],
    'Late Base / Build': [0.02, 0.05],
    'Build / Early Race Season': [0.01, 0.04],
    'Peak Race Season': [0.01, 0.03],
    'Late Season / Transition': [-0.03, 0.0],
};
/** _is_benchmark_expected(benchmark_index, seasonal_context) */
function isBenchmarkExpected(index, seasonalContext) {
    if (index === null)
        return null;
    const range = SEASONAL_BENCHMARK_EXPECTATIONS[seasonalContext];
    if (!range)
        return null;
    return range[0] <= index && index <= range[1];
}
/** derived_metrics.benchmark_indoor / benchmark_outdoor */
function benchmarkBlock(currentFtp, ftp8WeeksAgo, index, seasonalContext) {
    return {
        current_ftp: currentFtp,
        ftp_8_weeks_ago: ftp8WeeksAgo,
        benchmark_index: index,
        benchmark_percentage: index !== null ? fmtPercent(index, 1, true) : null,
        seasonal_expected: isBenchmarkExpected(index, seasonalContext),
    };
}

;// CONCATENATED MODULE: ./src/derive/calendar/workout-doc.ts
/**
 * workout_summary: a one-line rendering of an Intervals.icu `workout_doc` step tree.
 * Ports of _summarize_workout_doc (pattern A: explicit repeats), _detect_flat_alternating
 * (pattern B: unrolled work/rest pairs) and their step renderers.
 *
 * The reference returns None for anything it cannot summarise (a flat-only workout, a repeat
 * whose structure is too complex, a step without a duration …) and swallows every exception in
 * a renderer into None at the level where it is caught. This module reproduces those results
 * without ever throwing: each Python operation that would raise on a malformed value (None in
 * arithmetic, a str/int comparison, int("abc")) raises a private `PyError`, caught at exactly
 * the level where the reference has its `try/except`, so a malformed tree degrades the same
 * way the reference degrades (the step or the summary is dropped) and never escapes.
 *
 * Targets rendered: resolved power (`_power`, else `power`) as "@NW", else HR (`_hr`, else
 * `hr`) as "@Nbpm", else duration only (ramps, pace targets, free ride).
 */


/** A Python exception inside a renderer (caught where the reference catches it). */
class PyError extends Error {
}
/** Operand of Python arithmetic: int/float (bool counts as int); anything else raises. */
function num(v) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    throw new PyError('unsupported operand');
}
/** Python ordering comparison (<, <=, >, >=) of two values; mixed types raise. Returns sign. */
function pyCmp(a, b) {
    if (typeof a === 'string' && typeof b === 'string')
        return a < b ? -1 : a > b ? 1 : 0;
    const x = num(a);
    const y = num(b);
    return x < y ? -1 : x > y ? 1 : 0;
}
/** Python ==: numbers (and bools) compare numerically, everything else by identity/value. */
function pyEq(a, b) {
    const isN = (v) => typeof v === 'number' || typeof v === 'boolean';
    if (isN(a) && isN(b))
        return num(a) === num(b);
    return a === b;
}
/** Python int(x): truncates numbers, parses integer strings, raises otherwise. */
function workout_doc_pyInt(v) {
    if (typeof v === 'number') {
        if (!Number.isFinite(v))
            throw new PyError('cannot convert to int');
        return Math.trunc(v);
    }
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (typeof v === 'string' && /^\s*[+-]?\d+(_\d+)*\s*$/.test(v))
        return Number(v.replace(/_/g, ''));
    throw new PyError('invalid literal for int()');
}
/** Python float(x): numbers, bools and numeric strings; raises otherwise. */
function workout_doc_pyFloat(v) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (typeof v === 'string') {
        const s = v.trim().replace(/(\d)_(?=\d)/g, '$1');
        if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s))
            return Number(s);
        if (/^[+-]?(inf|infinity)$/i.test(s))
            return s.startsWith('-') ? -Infinity : Infinity;
        if (/^[+-]?nan$/i.test(s))
            return NaN;
    }
    throw new PyError('could not convert to float');
}
/** int(round(x)) on a number (Python round: half-even); raises on non-numbers. */
function intRound(v) {
    const x = num(v);
    if (!Number.isFinite(x))
        throw new PyError('cannot convert to int');
    return round(x);
}
/** str(x) for the values a step may carry (f-string interpolation). */
function workout_doc_pyStr(v) {
    if (v === null || v === undefined)
        return 'None';
    if (typeof v === 'boolean')
        return v ? 'True' : 'False';
    if (typeof v === 'number')
        return Number.isInteger(v) ? String(v) : reprFloat(v);
    if (typeof v === 'string')
        return v;
    return pyRepr(v);
}
function pyRepr(v) {
    if (typeof v === 'string')
        return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    if (Array.isArray(v))
        return `[${v.map(pyRepr).join(', ')}]`;
    if (isDict(v))
        return `{${Object.entries(v)
            .map(([k, x]) => `${pyRepr(k)}: ${pyRepr(x)}`)
            .join(', ')}}`;
    return workout_doc_pyStr(v);
}
/** dict.get on a value that must be a dict (AttributeError otherwise). */
function dget(step, key, dflt = null) {
    if (!isDict(step))
        throw new PyError("object has no attribute 'get'");
    const v = step[key];
    return v === undefined ? dflt : v;
}
/**
 * _format_duration(seconds). Integers go through the shared formatter; a non-integral float
 * (only a Python float can be one) keeps Python's float arithmetic: 90.5 → "1.0m30.5s".
 */
function formatStepDuration(seconds) {
    if (pyCmp(seconds, 0) <= 0)
        return '0s';
    const s = num(seconds);
    if (Number.isInteger(s))
        return formatDuration(s);
    const hours = Math.floor(s / 3600);
    const minutes = Math.floor((s % 3600) / 60);
    const secs = s % 60;
    let out = '';
    if (hours)
        out += `${reprFloat(hours)}h`;
    if (minutes)
        out += `${reprFloat(minutes)}m`;
    if (secs)
        out += `${reprFloat(secs)}s`;
    return out || '0s';
}
/** _get_power: the resolved power value of a step as a float, or null. Never raises. */
function getPower(step) {
    try {
        const power = truthy(dget(step, '_power')) ? dget(step, '_power') : dget(step, 'power');
        if (truthy(power) && isDict(power)) {
            const val = power.value;
            if (val !== null && val !== undefined)
                return workout_doc_pyFloat(val);
        }
        return null;
    }
    catch {
        return null;
    }
}
/** "@NW" / "@Nbpm" target suffix shared by the flat and work-step renderers ('' = none). */
function hrSuffix(step) {
    const hr = truthy(dget(step, '_hr')) ? dget(step, '_hr') : dget(step, 'hr');
    if (truthy(hr) && isDict(hr)) {
        const val = hr.value;
        if (val !== null && val !== undefined)
            return `@${intRound(val)}bpm`;
    }
    return null;
}
/** _render_flat_step: 'duration @power' for a non-repeat step, or null. */
function renderFlatStep(step) {
    try {
        const dur = dget(step, 'duration');
        if (!truthy(dur) || (typeof dur !== 'number' && typeof dur !== 'boolean'))
            return null; // isinstance(dur, (int, float))
        const durStr = formatStepDuration(workout_doc_pyInt(dur));
        const power = truthy(dget(step, '_power')) ? dget(step, '_power') : dget(step, 'power');
        if (truthy(power) && isDict(power)) {
            const val = power.value;
            if (val !== null && val !== undefined)
                return `${durStr} @${intRound(val)}W`;
        }
        const hr = hrSuffix(step);
        if (hr)
            return `${durStr} ${hr}`;
        return durStr;
    }
    catch {
        return null;
    }
}
/** _describe_work_step: 'dur @power' (or @bpm, or the duration alone), or null. */
function describeWorkStep(step) {
    try {
        const dur = dget(step, 'duration');
        if (!truthy(dur))
            return null;
        const durStr = formatStepDuration(workout_doc_pyInt(dur));
        const power = getPower(step);
        if (power !== null)
            return `${durStr} @${intRound(power)}W`;
        const hr = hrSuffix(step);
        if (hr)
            return `${durStr} ${hr}`;
        return durStr;
    }
    catch {
        return null;
    }
}
/** _describe_rest_duration */
function describeRestDuration(step) {
    try {
        const dur = dget(step, 'duration');
        if (!truthy(dur))
            return null;
        return formatStepDuration(workout_doc_pyInt(dur));
    }
    catch {
        return null;
    }
}
/**
 * _detect_alternating_in_nested: a set that the builder unrolled into work/rest pairs
 * (30/15 style), optionally led by a longer, easier set-recovery step.
 */
function detectAlternatingInNested(nested, outerReps) {
    try {
        let setRec = null;
        let startIdx = 0;
        if (nested.length >= 5) {
            const first = nested[0];
            const second = nested[1];
            const firstPower = getPower(first);
            const secondPower = getPower(second);
            const firstDur = dget(first, 'duration', 0);
            const secondDur = dget(second, 'duration', 0);
            if (firstPower !== null && secondPower !== null && firstPower <= secondPower && pyCmp(firstDur, secondDur) > 0) {
                setRec = first;
                startIdx = 1;
            }
        }
        const remaining = nested.slice(startIdx);
        if (remaining.length < 6)
            return null;
        const pairs = [];
        let i = 0;
        while (i + 1 < remaining.length) {
            const work = remaining[i];
            const rest = remaining[i + 1];
            let wPower = getPower(work);
            let rPower = getPower(rest);
            const wDur = dget(work, 'duration');
            const rDur = dget(rest, 'duration');
            if (wPower === null || rPower === null || wDur === null || rDur === null)
                return null;
            wPower = intRound(wPower);
            rPower = intRound(rPower);
            if (wPower <= rPower)
                return null;
            if (Math.abs(wPower - rPower) < Math.max(10, 0.05 * wPower))
                return null;
            pairs.push([wDur, wPower, rDur, rPower]);
            i += 2;
        }
        let hasTrailing = false;
        if (i === remaining.length - 1) {
            const trailing = remaining[i];
            const tPower = getPower(trailing);
            const tDur = dget(trailing, 'duration');
            if (tPower !== null && tDur !== null && pairs.length) {
                const [refWd, refWp] = pairs[0];
                if (pyEq(tDur, refWd) && Math.abs(intRound(tPower) - refWp) <= 2)
                    hasTrailing = true;
            }
        }
        if (pairs.length + (hasTrailing ? 1 : 0) < 3)
            return null;
        const [refWDur, refWPower, refRDur, refRPower] = pairs[0];
        for (let j = 0; j < pairs.length; j++) {
            const [wd, wp, rd, rp] = pairs[j];
            if (!pyEq(wd, refWDur))
                return null;
            if (Math.abs(wp - refWPower) > 2)
                return null;
            if (Math.abs(rp - refRPower) > 2)
                return null;
            if (!pyEq(rd, refRDur) && j < pairs.length - 1)
                return null;
        }
        const nReps = pairs.length + (hasTrailing ? 1 : 0);
        const inner = `${nReps}×${formatStepDuration(refWDur)} @${intRound(refWPower)}W / ${formatStepDuration(refRDur)} rec`;
        if (pyCmp(outerReps, 1) > 0) {
            if (setRec !== null)
                return `${workout_doc_pyStr(outerReps)} sets × ${inner} (${formatStepDuration(dget(setRec, 'duration', 0))} set rec)`;
            return `${workout_doc_pyStr(outerReps)} sets × ${inner}`;
        }
        if (setRec !== null)
            return `${inner} (${formatStepDuration(dget(setRec, 'duration', 0))} set rec)`;
        return inner;
    }
    catch {
        return null;
    }
}
/** _render_repeat_block: "N×work / rest rec", an alternating set, or null when too complex. */
function renderRepeatBlock(step) {
    try {
        const reps = dget(step, 'reps', 1);
        const nested = dget(step, 'steps', []);
        if (!truthy(nested) || !Array.isArray(nested))
            return null;
        if (nested.length === 2) {
            const workStr = describeWorkStep(nested[0]);
            const restStr = describeRestDuration(nested[1]);
            if (workStr && restStr)
                return `${workout_doc_pyStr(reps)}×${workStr} / ${restStr} rec`;
            if (workStr)
                return `${workout_doc_pyStr(reps)}×${workStr}`;
            return null;
        }
        if (nested.length >= 3) {
            const result = detectAlternatingInNested(nested, reps);
            if (result)
                return result;
        }
        return null;
    }
    catch {
        return null;
    }
}
/** _render_step */
function renderStep(step) {
    if (!isDict(step))
        return null;
    if ('reps' in step && 'steps' in step && Array.isArray(step.steps))
        return renderRepeatBlock(step);
    return renderFlatStep(step);
}
/** _merge_interval_blocks: consecutive identical parts become "N × part"; joined by " | ". */
function mergeIntervalBlocks(parts) {
    const result = [];
    let i = 0;
    while (i < parts.length) {
        const current = parts[i];
        let count = 1;
        while (i + count < parts.length && parts[i + count] === current)
            count++;
        result.push(count > 1 ? `${count} × ${current}` : current);
        i += count;
    }
    return result.join(' | ');
}
/** _summarize_workout_doc (pattern A): null unless at least one part is an interval block. */
function summarizeWorkoutDoc(workoutDoc) {
    if (!truthy(workoutDoc) || !isDict(workoutDoc))
        return null;
    const steps = workoutDoc.steps;
    if (!truthy(steps) || !Array.isArray(steps))
        return null;
    const parts = [];
    for (const step of steps) {
        const rendered = renderStep(step);
        if (rendered)
            parts.push(rendered);
    }
    if (!parts.length)
        return null;
    if (!parts.some((p) => p.includes('×') || p.toLowerCase().includes('sets')))
        return null;
    return mergeIntervalBlocks(parts);
}
/**
 * _try_alternating_block: consume work/rest pairs from `start`.
 * Returns [count, workDur, workPower, restDur] or null.
 */
function tryAlternatingBlock(stepData, start) {
    try {
        const [refWDur, refWPowerRaw] = stepData[start];
        const [refRDur, refRPowerRaw] = stepData[start + 1];
        if (refWPowerRaw === null || refRPowerRaw === null)
            return null;
        const refWPower = intRound(refWPowerRaw);
        const refRPower = intRound(refRPowerRaw);
        if (refWPower <= refRPower)
            return null;
        if (Math.abs(refWPower - refRPower) < Math.max(10, 0.05 * refWPower))
            return null;
        if (refWDur === null || refRDur === null)
            return null;
        let count = 1;
        let j = start + 2;
        while (j + 1 < stepData.length) {
            const [wd, wpRaw] = stepData[j];
            const [rd, rpRaw] = stepData[j + 1];
            if (wpRaw === null || rpRaw === null || wd === null || rd === null)
                break;
            const wp = intRound(wpRaw);
            const rp = intRound(rpRaw);
            if (Math.abs(num(wd) - num(refWDur)) > 1)
                break;
            if (Math.abs(wp - refWPower) > 2)
                break;
            if (Math.abs(rp - refRPower) > 2)
                break;
            if (Math.abs(num(rd) - num(refRDur)) > 2) {
                // a long rest (>= 1.5x) is a set break: always consumed as the tail
                if (num(rd) >= num(refRDur) * 1.5) {
                    count++;
                    j += 2;
                    break;
                }
                if (j + 3 < stepData.length) {
                    const [nwd, nwp] = stepData[j + 2];
                    if (nwd !== null && Math.abs(num(nwd) - num(refWDur)) <= 1 && nwp !== null && Math.abs(intRound(nwp) - refWPower) <= 2) {
                        break; // not the last pair: strict fail
                    }
                }
                count++;
                j += 2;
                break;
            }
            count++;
            j += 2;
        }
        if (j < stepData.length) {
            const [wd, wp] = stepData[j];
            if (wd !== null && wp !== null && Math.abs(num(wd) - num(refWDur)) <= 1 && Math.abs(intRound(wp) - refWPower) <= 2) {
                count++;
            }
        }
        if (count < 3)
            return null;
        return [count, refWDur, refWPower, refRDur];
    }
    catch {
        return null;
    }
}
/**
 * _detect_flat_alternating (pattern B): alternating high/low power steps at the top level,
 * without repeat markers (e.g. sprint openers). Null unless one block of >= 3 reps is found.
 *
 * As in the reference, after a block the scan skips count×2 steps even when the last rep was a
 * trailing work step without its rest, so the step right after such a block is not rendered.
 */
function detectFlatAlternating(workoutDoc) {
    try {
        if (!isDict(workoutDoc))
            return null;
        const steps = workoutDoc.steps;
        if (!truthy(steps) || !Array.isArray(steps) || steps.length < 6)
            return null;
        if (steps.some((s) => isDict(s) && truthy(s.reps)))
            return null;
        const stepData = [];
        for (const s of steps) {
            if (!isDict(s))
                return null;
            const dur = s.duration === undefined ? null : s.duration;
            stepData.push([dur, getPower(s)]);
        }
        const parts = [];
        let i = 0;
        while (i < stepData.length) {
            const [durI, powI] = stepData[i];
            if (i + 1 < stepData.length && durI !== null && powI !== null && stepData[i + 1][0] !== null && stepData[i + 1][1] !== null) {
                const block = tryAlternatingBlock(stepData, i);
                if (block) {
                    const [count, workDur, workPower, restDur] = block;
                    parts.push(`${count}×${formatStepDuration(workDur)} @${intRound(workPower)}W / ${formatStepDuration(restDur)} rec`);
                    i += count * 2;
                    continue;
                }
            }
            if (durI !== null) {
                const flat = renderFlatStep(steps[i]);
                if (flat)
                    parts.push(flat);
            }
            i++;
        }
        if (!parts.length)
            return null;
        if (!parts.some((p) => p.includes('×')))
            return null;
        return mergeIntervalBlocks(parts);
    }
    catch {
        return null;
    }
}
/** Pattern A, then pattern B: the workout_summary of one event and which pattern produced it. */
function workoutSummary(workoutDoc) {
    const a = summarizeWorkoutDoc(workoutDoc);
    if (a)
        return { summary: a, pattern: 'A' };
    const b = detectFlatAlternating(workoutDoc);
    if (b)
        return { summary: b, pattern: 'B' };
    return { summary: null, pattern: null };
}

;// CONCATENATED MODULE: ./src/derive/calendar/planned.ts
/**
 * planned_workouts and workout_summary_stats: port of _format_events.
 *
 * Every near-future calendar entry becomes a row (markers and notes included, as in the
 * reference); only training categories count in the bail_no_workout_doc telemetry.
 * Days 0-7 carry the description; days 8-42 a skeleton with description_preview when no
 * workout_summary could be built.
 */





/** str(x)[:10]-style access to a string field (non-strings read as absent). */
function planned_str(v) {
    return typeof v === 'string' ? v : '';
}
/** int(x or 0) for a duration in seconds (non-numbers count as 0). */
function intSeconds(v) {
    const x = or(v, 0);
    if (typeof x === 'number' && Number.isFinite(x))
        return Math.trunc(x);
    if (typeof x === 'boolean')
        return x ? 1 : 0;
    return 0;
}
/** round((moving_time or 0) / 3600, 2) */
function durationHours(v) {
    return round(intSecondsFloat(v) / 3600, 2);
}
function intSecondsFloat(v) {
    const x = or(v, 0);
    if (typeof x === 'number' && Number.isFinite(x))
        return x;
    if (typeof x === 'boolean')
        return x ? 1 : 0;
    return 0;
}
/** "HH:MM" of a start_date_local that carries a real (non-midnight) time, else undefined. */
function planned_startTime(raw) {
    const s = planned_str(raw);
    if (!s.includes('T'))
        return undefined;
    const t = s.split('T')[1].slice(0, 5);
    return t !== '00:00' ? t : undefined;
}
/**
 * Leading "NOTE:" lines of a description (blank lines between them skipped) and the rest of
 * the description, stripped.
 */
function splitCoachNotes(rawDesc) {
    const notes = [];
    const clean = [];
    let pastNotes = false;
    for (const line of rawDesc.split('\n')) {
        const stripped = strip(line);
        if (!pastNotes && stripped.toUpperCase().startsWith('NOTE:')) {
            const text = strip(stripped.slice(5));
            if (text)
                notes.push(text);
        }
        else if (!pastNotes && stripped === '') {
        }
        else {
            pastNotes = true;
            clean.push(line);
        }
    }
    return { notes, clean: strip(clean.join('\n')) };
}
/** _format_events(events, today) → [rows, stats] */
function formatPlannedEvents(today, events, terrainEventIds) {
    const day7Cutoff = (0,naive_time/* addDays */.fi)(today, 7);
    const stats = {
        attempted: 0,
        success: 0,
        patternA: 0,
        patternB: 0,
        bail_no_workout_doc: 0,
        bail_no_match: 0,
    };
    const planned = [];
    events.forEach((evt, i) => {
        const evtDate = (planned_str(evt.start_date_local) || 'unknown').slice(0, 10);
        const isNear = evtDate <= day7Cutoff;
        const workoutDoc = get(evt, 'workout_doc');
        let summary = null;
        if (truthy(workoutDoc) && typeof workoutDoc === 'object' && !Array.isArray(workoutDoc) && truthy(workoutDoc.steps)) {
            stats.attempted++;
            const r = workoutSummary(workoutDoc);
            summary = r.summary;
            if (r.pattern === 'A')
                stats.patternA++;
            else if (r.pattern === 'B')
                stats.patternB++;
            else
                stats.bail_no_match++;
            if (summary)
                stats.success++;
        }
        else if (strip(planned_str(or(get(evt, 'description'), ''))) && TRAINING_EVENT_CATEGORIES.has(get(evt, 'category', ''))) {
            // v3.128: only planned training counts as a summarisation candidate
            stats.bail_no_workout_doc++;
        }
        const { notes, clean } = splitCoachNotes(planned_str(or(get(evt, 'description'), '')));
        const id = get(evt, 'id', `unknown_${i + 1}`);
        const entry = {
            id,
            date: evtDate,
            name: get(evt, 'name', ''),
            type: get(evt, 'category', ''),
            sport_type: get(evt, 'type', ''),
            planned_tss: get(evt, 'icu_training_load'),
            duration_hours: durationHours(get(evt, 'moving_time')),
            duration_formatted: formatDuration(intSeconds(get(evt, 'moving_time'))),
            workout_summary: summary,
            has_terrain: id !== null && terrainEventIds.has(String(id)),
        };
        if (notes.length)
            entry.coach_notes = notes;
        const st = planned_startTime(get(evt, 'start_date_local'));
        if (st !== undefined)
            entry.start_time = st;
        if (truthy(get(evt, 'indoor')))
            entry.indoor = true;
        if (isNear) {
            entry.description = clean;
        }
        else if (summary === null) {
            const lines = clean
                .split('\n')
                .map((l) => strip(l))
                .filter((l) => l)
                .slice(0, 3);
            entry.description_preview = lines.length ? lines.join('\n') : null;
        }
        planned.push(entry);
    });
    return { planned, stats };
}

;// CONCATENATED MODULE: ./src/derive/calendar/dates.ts
/** Strict date parsing as the reference does it (datetime.strptime(s, "%Y-%m-%d")). */

// strptime's %Y / %m / %d patterns (the whole string must match)
const YMD = /^(\d{4})-(1[0-2]|0[1-9]|[1-9])-(3[01]|[12]\d|0[1-9]|[1-9]| [1-9])$/;
/** strptime(s, "%Y-%m-%d"), or null where Python raises ValueError (bad format, invalid day). */
function strptimeYmd(s) {
    if (typeof s !== 'string')
        return null;
    const m = YMD.exec(s);
    if (!m)
        return null;
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3].trim());
    if (y < 1)
        return null;
    const ms = Date.UTC(y, mo - 1, d);
    const dt = new Date(ms);
    if (dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d)
        return null;
    // Date.UTC maps years 0-99 to 1900+; rebuild with setUTCFullYear for exactness
    dt.setUTCFullYear(y, mo - 1, d);
    return new naive_time/* NaiveDateTime */.b8(dt.getTime());
}

;// CONCATENATED MODULE: ./src/derive/calendar/race.ts
/**
 * race_calendar: ports of _build_race_calendar, _build_race_week and _get_day_protocol.
 *
 * Layer 1: every race (RACE_A/B/C) dated today or later; layer 2: taper alert when a RACE_A is
 * 8-14 days out; layer 3: the race-week protocol when a RACE_A (preferred) or RACE_B is <= 7
 * days out. Load targets are relative to CTL (normal weekly TSS = CTL x 7).
 */





const RACE_CATEGORIES = new Set(['RACE_A', 'RACE_B', 'RACE_C']);
/** _build_race_calendar(...) */
function buildRaceCalendarBlock(today, input) {
    const todayDate = strptimeYmd(today);
    if (!todayDate)
        throw new Error(`invalid today: ${today}`);
    const races = [];
    for (const evt of input.futureEvents) {
        const cat = get(evt, 'category', '');
        if (!RACE_CATEGORIES.has(cat))
            continue;
        const rawStart = get(evt, 'start_date_local', '');
        const start = typeof rawStart === 'string' ? rawStart.slice(0, 10) : '';
        if (!start)
            continue;
        const evtDate = strptimeYmd(start);
        if (!evtDate)
            continue; // strptime ValueError → skipped
        const daysUntil = evtDate.daysSince(todayDate);
        if (daysUntil < 0)
            continue;
        const distanceMeters = get(evt, 'distance');
        const distanceKm = truthy(distanceMeters) && typeof distanceMeters === 'number' ? distanceMeters / 1000 : null;
        const id = get(evt, 'id');
        const entry = {
            name: get(evt, 'name', 'Unnamed Race'),
            date: start,
            category: cat,
            type: get(evt, 'type', 'Unknown'),
            days_until: daysUntil,
            moving_time_seconds: get(evt, 'moving_time'),
            distance_meters: distanceMeters,
            display: { distance: toDisplay(distanceKm, 'distance', input.units) },
            has_terrain: id !== null && input.terrainEventIds.has(String(id)),
        };
        const st = planned_startTime(get(evt, 'start_date_local'));
        if (st !== undefined)
            entry.start_time = st;
        if (truthy(get(evt, 'indoor')))
            entry.indoor = true;
        races.push({
            public: entry,
            name: entry.name,
            date: start,
            category: cat,
            type: entry.type,
            daysUntil,
            movingTime: entry.moving_time_seconds,
        });
    }
    // sort by days_until (stable, as Python's sort)
    const sortedRaces = races
        .map((r, i) => ({ r, i }))
        .sort((a, b) => a.r.daysUntil - b.r.daysUntil || a.i - b.i)
        .map((x) => x.r);
    const allRaces = sortedRaces.map((r) => r.public);
    const nextRace = allRaces.length ? allRaces[0] : null;
    const taperRace = sortedRaces.find((r) => r.category === 'RACE_A' && r.daysUntil >= 8 && r.daysUntil <= 14);
    const taperAlert = { active: taperRace !== undefined };
    if (taperRace) {
        taperAlert.event_name = taperRace.name;
        taperAlert.event_date = taperRace.date;
        taperAlert.days_until = taperRace.daysUntil;
        taperAlert.message =
            `RACE_A '${race_pyStr(taperRace.name)}' in ${taperRace.daysUntil} days. ` +
                'Begin volume reduction (target 41-60% over 2 weeks). Maintain intensity. ' +
                'CTL should peak now or within the next few days.';
    }
    const candidates = sortedRaces.filter((r) => (r.category === 'RACE_A' || r.category === 'RACE_B') && r.daysUntil <= 7);
    let target;
    if (candidates.length)
        target = candidates.find((r) => r.category === 'RACE_A') ?? candidates[0];
    const raceWeek = target ? buildRaceWeek(target, input, todayDate) : { active: false };
    return { next_race: nextRace, all_races: allRaces, taper_alert: taperAlert, race_week: raceWeek };
}
/** str() of a name for the f-string messages */
function race_pyStr(v) {
    if (v === null || v === undefined)
        return 'None';
    if (typeof v === 'boolean')
        return v ? 'True' : 'False';
    if (typeof v === 'number')
        return Number.isInteger(v) ? String(v) : reprFloat(v);
    return String(v);
}
/** Python `x if x else 0` on a numeric input */
function orZero(x) {
    return truthy(x) ? x : 0;
}
const TSB_TARGETS = {
    short_intense: { min: 5, max: 15 },
    medium: { min: 10, max: 20 },
    long_endurance: { min: 10, max: 25 },
};
/** _build_race_week: protocol for D-7 .. D-0 of the target race. */
/**
 * str() of each race-week block's projected_race_day_tsb as Python prints it: the value is an int
 * (printed "0") only when neither CTL nor ATL was set and no decay step ran, a float otherwise.
 * JSON cannot carry that difference, so consumers of the block (race alerts) read it here.
 */
const projectedTsbTexts = new WeakMap();
function projectedTsbText(raceWeek) {
    return projectedTsbTexts.get(raceWeek);
}
function buildRaceWeek(race, input, todayDate) {
    const evtDate = strptimeYmd(race.date);
    const daysUntil = race.daysUntil;
    const category = race.category;
    const movingTime = race.movingTime;
    const hasMovingTime = movingTime !== null && movingTime !== undefined;
    const mt = typeof movingTime === 'number' ? movingTime : Number(movingTime);
    const currentDay = daysUntil > 0 ? `D-${daysUntil}` : 'D-0';
    const ctlBaseline = orZero(input.ctl);
    const normalWeeklyTss = round(ctlBaseline * 7, 1);
    const [minPct, maxPct] = category === 'RACE_A' ? [0.4, 0.55] : [0.5, 0.65];
    const budgetMin = round(normalWeeklyTss * minPct);
    const budgetMax = round(normalWeeklyTss * maxPct);
    // TSS already spent in the race week (race date - 7 .. today)
    const raceWeekStart = evtDate.addDays(-7);
    let tssSpent = 0;
    for (const act of input.activities7d) {
        const raw = get(act, 'start_date_local', '');
        const ds = typeof raw === 'string' ? raw.slice(0, 10) : '';
        if (!ds)
            continue;
        const ad = strptimeYmd(ds);
        if (!ad)
            continue;
        if (raceWeekStart.ms <= ad.ms && ad.ms <= todayDate.ms) {
            const load = get(act, 'icu_training_load', 0);
            tssSpent += truthy(load) && typeof load === 'number' ? load : 0;
        }
    }
    tssSpent = round(tssSpent);
    // race-day TSB assuming zero load from today on
    let projCtl = orZero(input.ctl);
    let projAtl = orZero(input.atl);
    for (let k = 0; k < daysUntil; k++) {
        projCtl *= CTL_DECAY;
        projAtl *= ATL_DECAY;
    }
    const projectedTsb = round(projCtl - projAtl, 1);
    let durationClass;
    if (hasMovingTime) {
        durationClass = mt < 5400 ? 'short_intense' : mt <= 10800 ? 'medium' : 'long_endurance';
    }
    else {
        durationClass = category === 'RACE_A' ? 'long_endurance' : 'medium';
    }
    let tsbRange = { ...TSB_TARGETS[durationClass] };
    if (category === 'RACE_B')
        tsbRange = { min: Math.max(0, tsbRange.min - 5), max: tsbRange.max - 5 };
    const dayProtocol = getDayProtocol(daysUntil, ctlBaseline, durationClass);
    let carbApplicable = false;
    if (hasMovingTime)
        carbApplicable = mt >= 5400;
    else if (category === 'RACE_A')
        carbApplicable = true;
    const carbActive = carbApplicable && daysUntil <= 4;
    const carbStartDate = evtDate.addDays(-4).date();
    const openerDate = evtDate.addDays(-2).date();
    const openerIntensity = durationClass === 'long_endurance' ? 'lighter' : durationClass === 'short_intense' ? 'more_intense' : 'standard';
    let tsbStatus;
    let goNotes;
    // Python keeps int 0 when neither CTL nor ATL was set and no decay step ran
    const tsbIsInt = daysUntil === 0 && !truthy(input.ctl) && !truthy(input.atl);
    const tsbStr = tsbIsInt ? String(projectedTsb) : reprFloat(projectedTsb);
    if (projectedTsb >= tsbRange.min) {
        tsbStatus = 'green';
        goNotes = [];
    }
    else if (projectedTsb >= tsbRange.min - 10) {
        tsbStatus = 'flag';
        goNotes = [`Projected race-day TSB ${tsbStr} is below target range ${tsbRange.min}-${tsbRange.max}. Consider additional rest.`];
    }
    else {
        tsbStatus = 'flag';
        goNotes = [
            `Projected race-day TSB ${tsbStr} is significantly below target range ${tsbRange.min}-${tsbRange.max}. Fatigue may impact performance.`,
        ];
    }
    const raceWeek = {
        active: true,
        event_name: race.name,
        event_date: race.date,
        event_category: category,
        event_type: race.type,
        event_duration_class: durationClass,
        event_moving_time_seconds: movingTime,
        days_until_event: daysUntil,
        current_day: currentDay,
        ctl_baseline: round(ctlBaseline, 1),
        normal_weekly_tss: normalWeeklyTss,
        race_week_tss_budget: { min: budgetMin, max: budgetMax },
        race_week_tss_spent: tssSpent,
        race_week_tss_remaining: { min: Math.max(0, budgetMin - tssSpent), max: Math.max(0, budgetMax - tssSpent) },
        projected_race_day_tsb: projectedTsb,
        tsb_target_range: tsbRange,
        today: dayProtocol,
        carb_loading: {
            applicable: carbApplicable,
            active: carbActive,
            starts: 'D-4',
            start_date: carbStartDate,
            note: carbApplicable ? '10-12 g·kg⁻¹/day. No depletion phase needed.' : null,
        },
        opener: { day: 'D-2', date: openerDate, intensity: openerIntensity },
        go_no_go: { tsb_status: tsbStatus, notes: goNotes },
    };
    projectedTsbTexts.set(raceWeek, tsbStr);
    return raceWeek;
}
/** (label, min % of CTL, max % of CTL, zones, purpose) per days-to-go */
const DAY_PROTOCOLS = {
    7: ['Last key session', 0.75, 1.0, '3-5 efforts Z4-Z5 (1-3 min)', 'Fitness confirmation. Verify strong power/HR response.'],
    6: ['Recovery', 0.0, 0.3, 'Z1-Z2 only', 'Active recovery.'],
    5: ['Moderate endurance', 0.4, 0.6, 'Z1-Z2 + 2-3 race-pace touches', 'Maintain feel without adding fatigue.'],
    4: ['Easy / rest', 0.0, 0.4, 'Z1-Z2 only', 'Volume reduction. Carb loading begins if applicable.'],
    3: ['Easy / rest', 0.0, 0.4, 'Z1-Z2 only', 'Taper tantrums expected (D-4 to D-2). Normal — not lost fitness.'],
    2: ['Opener', 0.3, 0.5, '3-5 efforts Z4-Z6 (20-60s), high cadence, full recovery', 'Neuromuscular activation.'],
    1: ['Rest / minimal', 0.0, 0.2, 'Z1 only if active', 'Final rest, logistics, equipment check.'],
    0: ['Race day', 0.0, 0.0, 'Race effort', 'Go/no-go assessment. Execute race plan.'],
};
/** _get_day_protocol(days_until, ctl, duration_class, category) */
function getDayProtocol(daysUntil, ctl, durationClass) {
    if (daysUntil > 7) {
        return {
            label: 'Pre-race-week',
            load_target_tss: null,
            zones: 'Normal training',
            purpose: 'Race week protocol not yet active for this day.',
        };
    }
    let [label, minPct, maxPct, zones, purpose] = DAY_PROTOCOLS[daysUntil] ?? DAY_PROTOCOLS[0];
    if (daysUntil === 2) {
        if (durationClass === 'long_endurance') {
            zones = '3-4 efforts Z4 only (20-60s), moderate cadence, full recovery';
            purpose = 'Light neuromuscular activation. Preserve glycogen.';
        }
        else if (durationClass === 'short_intense') {
            zones = '5-6 efforts Z4-Z6 (10-30s), high cadence, full recovery';
            purpose = 'Full neuromuscular activation for short, intense effort.';
        }
    }
    if ((daysUntil === 3 || daysUntil === 4) && durationClass === 'long_endurance') {
        minPct = 0.2; // easy spin preferred over full rest before long events
        purpose = `${purpose} Easy endurance preferred over complete rest for long events.`;
    }
    return {
        label,
        load_target_tss: { min: round(ctl * minPct), max: round(ctl * maxPct) },
        zones,
        purpose,
    };
}

;// CONCATENATED MODULE: ./src/derive/calendar/health.ts
/**
 * health_context: port of _build_health_context (v3.128).
 *
 * SICK / INJURED calendar markers (matched on category, never on the title), span-tested with
 * Intervals' EXCLUSIVE end converted to the inclusive last calendar-marked day, and partitioned
 * into current / recent (14 d) / upcoming. The markers come from the dedicated filtered fetch
 * (365 d back, 90 d ahead); when it failed, from the main event window with source_status
 * "partial" (marker_active / recent_marker omitted, clarification_required true).
 */



/** HEALTH_EVENT_LOOKBACK_DAYS: a span still marked today may have begun long before the event fetch floor */
const HEALTH_EVENT_LOOKBACK_DAYS = 365;
/** HEALTH_EVENT_LOOKAHEAD_DAYS: matches the main event fetch horizon */
const HEALTH_EVENT_LOOKAHEAD_DAYS = 90;
/** HEALTH_RECENT_WINDOW_DAYS: matches the 14-day illness-or-injury test gate */
const HEALTH_RECENT_WINDOW_DAYS = 14;
const HEALTH_CONTEXT_NOTE = "Athlete-reported illness / injury context. NOT a readiness input - readiness_decision is physiological and may read 'go' while clarification_required is true. Calendar markers are matched on the Intervals.icu category (SICK / INJURED), never the event title. end_date is the INCLUSIVE last CALENDAR-MARKED day (Intervals stores an exclusive end) - not the last day the athlete was unwell. end_date_local is the end of the calendar MARKING, not evidence the illness ended - illness is normally marked for the current day because recovery cannot be predicted, so a marker in 'recent' with none in 'current' means recovery status is UNKNOWN, not recovered. When clarification_required is true, do not give an unqualified full-program recommendation: acknowledge a current marker and establish severity, or ask whether the athlete has recovered after a recent one. Never an automatic Skip, and never grounds to relax an existing Skip. source_status 'partial' means the dedicated health fetch failed and this block was built from the narrower main event window: marker_active and recent_marker are omitted because they were not established, and an empty list is not evidence of no marker. A span beginning before lookback_days is not visible.";
/** str(x) as Python prints an event id in the sort key */
function health_pyStr(v) {
    if (v === null || v === undefined)
        return 'None';
    if (typeof v === 'boolean')
        return v ? 'True' : 'False';
    if (typeof v === 'number')
        return Number.isInteger(v) ? String(v) : reprFloat(v);
    return String(v);
}
function strField(v) {
    return typeof v === 'string' ? v : '';
}
/**
 * Inclusive last calendar-marked day of a marker: an end at midnight is exclusive (minus one
 * day); an end with a time of day covers that day; never before the start.
 */
function inclusiveEndDate(start, endRaw) {
    let endDate = start;
    const raw = strField(endRaw);
    if (raw) {
        const endDay = raw.slice(0, 10);
        const endTime = raw.includes('T') ? raw.split('T')[1].slice(0, 5) : '00:00';
        if (endTime === '00:00') {
            const d = strptimeYmd(endDay);
            endDate = d ? d.addDays(-1).date() : start;
        }
        else {
            endDate = endDay;
        }
        if (endDate < start)
            endDate = start;
    }
    return endDate;
}
/** _build_health_context(fallback_events, latest_wellness, today, fallback_oldest) */
function buildHealthContextBlock(today, input) {
    const todayDt = strptimeYmd(today);
    if (!todayDt)
        throw new Error(`invalid today: ${today}`);
    const recentCutoff = todayDt.addDays(-HEALTH_RECENT_WINDOW_DAYS).date();
    let fallbackLookbackDays = null;
    if (input.fallbackOldest) {
        const d = strptimeYmd(input.fallbackOldest.slice(0, 10));
        fallbackLookbackDays = d ? todayDt.daysSince(d) : null;
    }
    let sourceStatus = 'ok';
    let lookbackDays = HEALTH_EVENT_LOOKBACK_DAYS;
    let sourceEvents;
    if (input.healthEvents !== null) {
        sourceEvents = input.healthEvents;
    }
    else {
        sourceEvents = input.fallbackEvents ?? [];
        sourceStatus = 'partial';
        lookbackDays = fallbackLookbackDays;
    }
    const current = [];
    const recent = [];
    const upcoming = [];
    for (const evt of sourceEvents) {
        if (!evt || typeof evt !== 'object')
            continue;
        const cat = get(evt, 'category', '');
        if (!HEALTH_EVENT_CATEGORIES.has(cat))
            continue;
        const start = strField(get(evt, 'start_date_local')).slice(0, 10);
        if (!start)
            continue;
        const endDate = inclusiveEndDate(start, get(evt, 'end_date_local'));
        const active = start <= today && today <= endDate;
        const entry = {
            event_id: get(evt, 'id'),
            category: cat,
            start_date: start,
            end_date: endDate,
            marker_active_today: active,
            source: 'calendar',
        };
        const name = strip(strField(get(evt, 'name')));
        if (name)
            entry.name = name;
        const desc = strip(strField(get(evt, 'description')));
        if (desc)
            entry.description = desc;
        if (start > today) {
            upcoming.push(entry);
        }
        else if (active) {
            current.push(entry);
        }
        else if (endDate >= recentCutoff) {
            // days_since_end supports the 14-day illness gate without date arithmetic downstream
            const end = strptimeYmd(endDate);
            entry.days_since_end = end ? todayDt.daysSince(end) : null;
            recent.push(entry);
        }
    }
    const order = (e) => [e.start_date, e.category, health_pyStr(e.event_id)];
    const currentS = sorted(current, order);
    const recentS = sorted(recent, order);
    const upcomingS = sorted(upcoming, order);
    // Wellness injury: the CURRENT value only; a stale value is shown but triggers nothing
    const injury = get(input.latestWellness ?? {}, 'injury');
    let wellnessInjury = null;
    let injuryRequiresClarification = false;
    if (isNum(injury) && injury >= 2) {
        const injuryDate = get(input.latestWellness, 'id');
        let daysOld = null;
        if (truthy(injuryDate)) {
            const d = strptimeYmd(health_pyStr(injuryDate).slice(0, 10));
            daysOld = d ? todayDt.daysSince(d) : null;
        }
        const freshness = daysOld === 0 ? 'current' : 'stale';
        wellnessInjury = {
            value: injury,
            date: injuryDate,
            freshness,
            series: 'wellness_data[].injury / history.json daily_90d[].injury',
        };
        if (daysOld !== null)
            wellnessInjury.days_old = daysOld;
        injuryRequiresClarification = freshness === 'current' && injury >= 3;
    }
    const context = { source_status: sourceStatus };
    if (sourceStatus === 'ok') {
        context.marker_active = currentS.length > 0;
        context.recent_marker = recentS.length > 0 && currentS.length === 0;
    }
    context.clarification_required = currentS.length > 0 || recentS.length > 0 || injuryRequiresClarification || sourceStatus !== 'ok';
    context.lookback_days = lookbackDays;
    context.recent_window_days = HEALTH_RECENT_WINDOW_DAYS;
    context.current = currentS;
    context.recent = recentS;
    context.upcoming = upcomingS;
    if (wellnessInjury)
        context.wellness_injury = wellnessInjury;
    context.note = HEALTH_CONTEXT_NOTE;
    return context;
}

;// CONCATENATED MODULE: ./src/derive/calendar/index.ts



/** _format_events(near_future_events, today); `terrainEventIds` gives has_terrain */
function formatEvents(ctx, events, terrainEventIds = new Set()) {
    const { planned, stats } = formatPlannedEvents(ctx.today, events, terrainEventIds);
    return { planned, summaryStats: { ...stats } };
}
/** _build_race_calendar(...) — `terrainEventIds` are the event ids with a route terrain_summary */
function buildRaceCalendar(ctx, input) {
    return buildRaceCalendarBlock(ctx.today, input);
}
/** _build_health_context(...) — `healthEvents` null means the dedicated fetch failed */
function buildHealthContext(ctx, input) {
    return buildHealthContextBlock(ctx.today, input);
}

;// CONCATENATED MODULE: ./src/derive/metrics/zones.ts
/**
 * Zone aggregation of the derived metrics: ports of _aggregate_zones and _aggregate_seiler_zones.
 * Zone extraction and hard-day classification (_get_activity_zones, _classify_hard_day) are the
 * shared helpers of ../zones.ts (also used by the history tiers); they are re-exported here.
 */




/** The day's zones per basis of a list of activities (zone preference by SPORT_FAMILIES.get(type)). */
function accumulateDayZones(activities, zonePreference) {
    return dayZonesByBasis(activities, zonePreference);
}
function aggregateBasis(basisSet) {
    if (basisSet.size > 1)
        return 'mixed';
    if (basisSet.size === 1)
        return [...basisSet][0];
    return null;
}
/** _aggregate_zones(activities): Z1, Z2, Z3 and Z4+ seconds over all activities. */
function aggregateZones(activities, zonePreference) {
    let z1 = 0;
    let z2 = 0;
    let z3 = 0;
    let z4plus = 0;
    let total = 0;
    const basisSet = new Set();
    for (const act of activities) {
        const [zones, basis] = getActivityZones(act, sportFamily(get(act, 'type', '')), zonePreference);
        if (truthy(zones)) {
            if (basis)
                basisSet.add(basis);
            z1 += get(zones, 'z1', 0);
            z2 += get(zones, 'z2', 0);
            z3 += get(zones, 'z3', 0);
            z4plus += get(zones, 'z4', 0) + get(zones, 'z5', 0) + get(zones, 'z6', 0) + get(zones, 'z7', 0);
            total += sum(Object.values(zones));
        }
    }
    return { z1_time: z1, z2_time: z2, z3_time: z3, z4_plus_time: z4plus, total_time: total, zone_basis: aggregateBasis(basisSet) };
}
/** SPORT_FAMILIES.get(type, "other") */
function sportFamilyOrOther(type) {
    return sportFamily(type) ?? 'other';
}
/**
 * _aggregate_seiler_zones(activities, sport_family_filter): 7 zones → Seiler 3 zones
 * (Treff et al. 2019): Z1 = z1+z2, Z2 = z3, Z3 = z4..z7. Unmapped types count as family "other".
 */
function aggregateSeilerZones(activities, zonePreference, sportFamilyFilter = null) {
    let sz1 = 0;
    let sz2 = 0;
    let sz3 = 0;
    const basisSet = new Set();
    for (const act of activities) {
        const family = sportFamilyOrOther(get(act, 'type', 'Unknown'));
        if (truthy(sportFamilyFilter) && family !== sportFamilyFilter)
            continue;
        const [zones, basis] = getActivityZones(act, family, zonePreference);
        if (truthy(zones)) {
            if (basis)
                basisSet.add(basis);
            sz1 += get(zones, 'z1', 0) + get(zones, 'z2', 0);
            sz2 += get(zones, 'z3', 0);
            sz3 += get(zones, 'z4', 0) + get(zones, 'z5', 0) + get(zones, 'z6', 0) + get(zones, 'z7', 0);
        }
    }
    return { z1_seconds: sz1, z2_seconds: sz2, z3_seconds: sz3, total_seconds: sz1 + sz2 + sz3, zone_basis: aggregateBasis(basisSet) };
}

;// CONCATENATED MODULE: ./src/derive/metrics/load.ts



/** The last `days` dates ending today, oldest first. */
function lastDates(now, days) {
    const out = [];
    for (let i = days - 1; i >= 0; i--)
        out.push(now.addDays(-i).date());
    return out;
}
/** _get_daily_tss(activities, days): icu_training_load summed per day, 0 on days without load. */
function getDailyTss(now, activities, days) {
    const daily = new Map();
    for (const act of activities) {
        const d = actDate(act);
        daily.set(d, (daily.get(d) ?? 0) + (get(act, 'icu_training_load') || 0));
    }
    return lastDates(now, days).map((d) => daily.get(d) ?? 0);
}
/**
 * _get_daily_tss_by_sport(activities, days): {sport family: daily TSS series}, only families with
 * an activity of TSS > 0; unmapped types are family "other". Families in first-seen order.
 */
function getDailyTssBySport(now, activities, days) {
    const bySport = new Map();
    for (const act of activities) {
        const tss = get(act, 'icu_training_load') || 0;
        if (tss <= 0)
            continue;
        const family = sportFamilyOrOther(get(act, 'type', 'Unknown'));
        const d = actDate(act);
        let daily = bySport.get(family);
        if (!daily)
            bySport.set(family, (daily = new Map()));
        daily.set(d, (daily.get(d) ?? 0) + tss);
    }
    const dates = lastDates(now, days);
    const out = new Map();
    for (const [family, daily] of bySport)
        out.set(family, dates.map((d) => daily.get(d) ?? 0));
    return out;
}
/** Primary sport = the family with the highest total of the per-sport daily series. */
function primarySportOf(dailyBySport) {
    if (dailyBySport.size === 0)
        return { primarySport: null, primaryDays: null, primarySportTss7d: null };
    const totals = [...dailyBySport.entries()].map(([family, days]) => [family, sum(days)]);
    const [primary] = maxBy(totals, (t) => t[1]);
    const days = dailyBySport.get(primary);
    return { primarySport: primary, primaryDays: days, primarySportTss7d: round(sum(days), 0) };
}

;// CONCATENATED MODULE: ./src/derive/metrics/acwr.ts



/** (7-day total / 7) / (28-day total / 28), 2 decimals; null when the chronic load is 0. */
function acwrFromTotals(tss7dTotal, tss28dTotal) {
    const acute = truthy(tss7dTotal) ? tss7dTotal / 7 : 0;
    const chronic = truthy(tss28dTotal) ? tss28dTotal / 28 : 0;
    return chronic > 0 ? round(acute / chronic, 2) : null;
}
/** _interpret_acwr */
function interpretAcwr(acwr) {
    if (acwr === null)
        return null;
    if (acwr < 0.8)
        return 'undertraining';
    if (acwr < 1.3)
        return 'optimal';
    if (acwr < 1.5)
        return 'caution';
    return 'danger';
}
/**
 * ACWR at the start of today: the live source lists (7d acute, 28d chronic) without activities
 * dated today. The empty today bucket is inherited from the live metric on purpose.
 */
function acwrStartOfDay(now, activities7d, activities28d) {
    const today = now.date();
    const acute = sum(getDailyTss(now, activities7d.filter((a) => actDate(a) !== today), 7));
    const chronic = sum(getDailyTss(now, activities28d.filter((a) => actDate(a) !== today), 28));
    return acwrFromTotals(acute, chronic);
}
/** derived_metrics.acwr_start_of_day */
function acwrStartOfDayBlock(today, value) {
    return {
        value,
        interpretation: interpretAcwr(value),
        scope: 'start_of_day',
        as_of_date: today,
        current_day_load_included: false,
        acute_days: 7,
        chronic_days: 28,
    };
}

;// CONCATENATED MODULE: ./src/derive/metrics/consistency.ts
/**
 * Consistency Index = days with a completed activity among the days with a planned WORKOUT
 * (matched by date: several workouts may be planned on one day). Port of
 * _calculate_consistency_index.
 */


function calculateConsistencyIndex(activities, pastEvents) {
    const planned = new Set();
    for (const e of pastEvents) {
        if (get(e, 'category') !== 'WORKOUT')
            continue;
        const d = actDate(e);
        if (d)
            planned.add(d);
    }
    const completed = new Set();
    for (const a of activities) {
        const raw = or(get(a, 'date'), get(a, 'start_date_local'), '');
        const d = typeof raw === 'string' ? raw.slice(0, 10) : '';
        if (truthy(d))
            completed.add(d);
    }
    const matched = [...planned].filter((d) => completed.has(d));
    if (planned.size === 0) {
        return [null, { planned_days: 0, completed_days: completed.size, matched_days: 0, note: 'No planned workouts in period' }];
    }
    return [
        round(matched.length / planned.size, 2),
        {
            planned_days: planned.size,
            completed_days: completed.size,
            matched_days: matched.length,
            planned_dates: sorted(planned),
            completed_dates: sorted(completed),
        },
    ];
}

;// CONCATENATED MODULE: ./src/derive/metrics/curves.ts
/**
 * Power- and HR-curve deltas across two 28-day windows (Pinot & Grappe 2011, Quod et al. 2010):
 * the curve value at each anchor duration in both windows, the % change per anchor and a rotation
 * index = mean(short-anchor changes) - mean(long-anchor changes). Curves are matched by their
 * response id, never by list position. Ports of _calculate_power_curve_delta and
 * _calculate_hr_curve_delta.
 */

/** {curve id: curve} of a curves response (last one wins on duplicate ids, like a dict comprehension) */
function curvesById(data) {
    const list = truthy(data) && typeof data === 'object' ? get(data, 'list', []) : [];
    const out = new Map();
    for (const c of (list ?? []))
        if (c && typeof c === 'object' && 'id' in c)
            out.set(c.id, c);
    return out;
}
/** The curve's value at `durationSecs` (first match in `secs`); null when absent or <= 0. */
function valueAt(curve, valueKey, durationSecs) {
    const secs = (get(curve, 'secs', []) ?? []);
    const values = (get(curve, valueKey, []) ?? []);
    const idx = secs.indexOf(durationSecs);
    if (idx < 0)
        return null;
    const val = idx < values.length ? values[idx] : null;
    return val !== null && val !== undefined && val > 0 ? val : null;
}
const POWER_SPEC = {
    anchors: { '5s': 5, '60s': 60, '300s': 300, '1200s': 1200, '3600s': 3600 },
    valueKey: 'watts',
    currentKey: 'current_watts',
    previousKey: 'previous_watts',
    short: ['5s', '60s'],
    long: ['1200s', '3600s'],
    defaultNote: 'Insufficient power data in one or both windows.',
    noDataWord: 'power',
    note: 'Compares MMP at 5 anchor durations (5s neuromuscular, 60s anaerobic, 300s MAP, 1200s threshold, 3600s ' +
        'endurance) across two 28d windows. rotation_index = mean(5s,60s pct_change) - mean(1200s,3600s pct_change). ' +
        'Positive = sprint-biased gains, negative = endurance-biased. 300s excluded from rotation (transitional). ' +
        'Null when either window has fewer than 3 valid anchor durations.',
};
const HR_SPEC = {
    anchors: { '60s': 60, '300s': 300, '1200s': 1200, '3600s': 3600 },
    valueKey: 'values',
    currentKey: 'current_bpm',
    previousKey: 'previous_bpm',
    short: ['60s', '300s'],
    long: ['1200s', '3600s'],
    defaultNote: 'Insufficient HR data in one or both windows.',
    noDataWord: 'HR',
    note: 'Compares max sustained HR at 4 anchor durations (60s anaerobic ceiling, 300s VO2max HR, 1200s threshold HR, ' +
        '3600s endurance HR) across two 28d windows. rotation_index = mean(60s,300s pct_change) - mean(1200s,3600s ' +
        'pct_change). Positive = intensity-biased HR shift, negative = endurance-biased. No sport filter — HR is ' +
        'cross-sport physiological (dominated by hardest efforts). IMPORTANT: rising max sustained HR is ambiguous — ' +
        'may indicate improved cardiac output (good) or accumulated fatigue/dehydration/heat (bad). Cross-reference ' +
        'with resting HRV, resting HR, RPE, and environmental context before interpreting. Null when either window ' +
        'has fewer than 3 valid anchor durations.',
};
function curveDelta(spec, data, dates) {
    const nullBlock = (note = spec.defaultNote) => ({
        window_days: 28,
        ...(truthy(dates)
            ? {
                current_window: { start: dates[0], end: dates[1] },
                previous_window: { start: dates[2], end: dates[3] },
            }
            : {}),
        anchors: null,
        rotation_index: null,
        note,
    });
    if (!truthy(data) || !truthy(dates))
        return nullBlock();
    if (!truthy(get(data, 'list', [])))
        return nullBlock();
    const [s1, e1, s2, e2] = dates;
    const byId = curvesById(data);
    const current = byId.get(`r.${s1}.${e1}`);
    const previous = byId.get(`r.${s2}.${e2}`);
    if (!truthy(current) || !truthy(previous)) {
        const missing = [];
        if (!truthy(current))
            missing.push('current');
        if (!truthy(previous))
            missing.push('previous');
        return nullBlock(`No ${spec.noDataWord} data in ${missing.join(' and ')} window(s).`);
    }
    const anchors = {};
    for (const [label, secs] of Object.entries(spec.anchors)) {
        const cur = valueAt(current, spec.valueKey, secs);
        const prev = valueAt(previous, spec.valueKey, secs);
        anchors[label] = {
            [spec.currentKey]: cur,
            [spec.previousKey]: prev,
            pct_change: cur !== null && prev !== null ? round(((cur - prev) / prev) * 100, 1) : null,
        };
    }
    const currentValid = Object.values(anchors).filter((a) => a[spec.currentKey] !== null).length;
    const previousValid = Object.values(anchors).filter((a) => a[spec.previousKey] !== null).length;
    if (currentValid < 3 || previousValid < 3) {
        return nullBlock(`Too few valid anchors (current: ${currentValid}, previous: ${previousValid}, need 3+).`);
    }
    const shortChanges = spec.short.map((l) => anchors[l].pct_change);
    const longChanges = spec.long.map((l) => anchors[l].pct_change);
    let rotation = null;
    if ([...shortChanges, ...longChanges].every((v) => v !== null)) {
        const shortMean = sum(shortChanges) / shortChanges.length;
        const longMean = sum(longChanges) / longChanges.length;
        rotation = round(shortMean - longMean, 1);
    }
    return {
        window_days: 28,
        current_window: { start: s1, end: e1 },
        previous_window: { start: s2, end: e2 },
        anchors,
        rotation_index: rotation,
        note: spec.note,
    };
}
/** capability.power_curve_delta (Ride power curves, windows [start1, end1, start2, end2]) */
function calculatePowerCurveDelta(data, dates) {
    return curveDelta(POWER_SPEC, data, dates);
}
/** capability.hr_curve_delta (all-sport HR curves, same windows; values in `values`) */
function calculateHrCurveDelta(data, dates) {
    return curveDelta(HR_SPEC, data, dates);
}

;// CONCATENATED MODULE: ./src/derive/metrics/durability.ts
/**
 * Durability trend: aggregate aerobic decoupling of long steady-state power sessions
 * (Maunder et al. 2021, Rothschild et al. 2025: drift needs >= 90 min to show). Port of
 * _calculate_durability.
 */

/** steady state: VI in (0, 1.05]; long: >= 90 min moving */
const MAX_STEADY_VI = 1.05;
const MIN_DURABILITY_SECONDS = 5400;
/** Decoupling values (icu_hr_decoupling, else decoupling) of qualifying sessions. */
function qualifyingDecoupling(activities) {
    const out = [];
    for (const act of activities) {
        let dec = get(act, 'icu_hr_decoupling');
        if (dec === null)
            dec = get(act, 'decoupling');
        const vi = get(act, 'icu_variability_index');
        const mt = get(act, 'moving_time', 0) || 0;
        if (dec !== null && vi !== null && vi > 0 && vi <= MAX_STEADY_VI && mt >= MIN_DURABILITY_SECONDS)
            out.push(dec);
    }
    return out;
}
/** capability.durability */
function calculateDurability(activities7d, activities28d) {
    const v7 = qualifyingDecoupling(activities7d);
    const v28 = qualifyingDecoupling(activities28d);
    const mean7 = v7.length >= 2 ? round(mean(v7), 2) : null;
    const mean28 = v28.length >= 2 ? round(mean(v28), 2) : null;
    let trend = null;
    if (mean7 !== null && mean28 !== null) {
        const delta = mean7 - mean28;
        trend = delta < -1.0 ? 'improving' : delta > 1.0 ? 'declining' : 'stable';
    }
    const n7 = v7.length;
    const n28 = v28.length;
    const limited = n28 < 5 || n7 < 3;
    return {
        mean_decoupling_7d: mean7,
        mean_decoupling_28d: mean28,
        high_drift_count_7d: v7.filter((v) => v > 5.0).length,
        high_drift_count_28d: v28.filter((v) => v > 5.0).length,
        qualifying_sessions_7d: n7,
        qualifying_sessions_28d: n28,
        trend,
        reliability_limited: limited,
        reliability_note: limited ? `insufficient qualifying sessions for alert evaluation: 7d N=${n7} (min 3), 28d N=${n28} (min 5)` : null,
        note: 'Steady-state power sessions only (VI <= 1.05, VI > 0, >= 90min, power data). Negative decoupling = strong ' +
            'durability. Trend compares 7d vs 28d mean (+/-1% = stable). Alerts require N28>=5 (alarm) or N7>=3 AND ' +
            'N28>=5 (declining warning) for statistical reliability.',
    };
}

;// CONCATENATED MODULE: ./src/derive/metrics/efficiency.ts
/**
 * Efficiency Factor trend (EF = NP / average HR, Coggan; Intervals.icu icu_efficiency_factor)
 * over steady-state cycling sessions of >= 20 minutes. Port of _calculate_efficiency_factor.
 */

const EF_CYCLING_TYPES = new Set(['Ride', 'VirtualRide', 'MountainBikeRide', 'GravelRide']);
/** EF below 20 minutes is unreliable (TrainingPeaks / Coggan) */
const MIN_EF_SECONDS = 1200;
function qualifyingEf(activities) {
    const out = [];
    for (const act of activities) {
        const ef = get(act, 'icu_efficiency_factor');
        const vi = get(act, 'icu_variability_index');
        const mt = get(act, 'moving_time', 0) || 0;
        const type = get(act, 'type', '');
        if (ef !== null && EF_CYCLING_TYPES.has(type) && vi !== null && vi > 0 && vi <= 1.05 && mt >= MIN_EF_SECONDS)
            out.push(ef);
    }
    return out;
}
/** capability.efficiency_factor */
function calculateEfficiencyFactor(activities7d, activities28d) {
    const v7 = qualifyingEf(activities7d);
    const v28 = qualifyingEf(activities28d);
    const mean7 = v7.length >= 2 ? round(mean(v7), 2) : null;
    const mean28 = v28.length >= 2 ? round(mean(v28), 2) : null;
    let trend = null;
    if (mean7 !== null && mean28 !== null) {
        const delta = mean7 - mean28;
        trend = delta > 0.03 ? 'improving' : delta < -0.03 ? 'declining' : 'stable';
    }
    return {
        mean_ef_7d: mean7,
        mean_ef_28d: mean28,
        qualifying_sessions_7d: v7.length,
        qualifying_sessions_28d: v28.length,
        trend,
        note: 'Steady-state cycling sessions only (VI <= 1.05, VI > 0, >= 20min, power+HR data). Rising EF = improving ' +
            'aerobic efficiency. Compare like-for-like sessions only — EF varies with intensity. Trend compares 7d vs ' +
            '28d mean (+/-0.03 = stable).',
    };
}

;// CONCATENATED MODULE: ./src/derive/metrics/hrrc.ts
/**
 * HRRc trend: heart-rate recovery (largest 60 s HR drop after > 1 min above threshold HR,
 * Intervals.icu icu_hrr). 7d >= 1 session, 28d >= 3; > 10 % difference is meaningful (field CV
 * 10-15 %, Fecchio et al. 2019, Lamberts et al. 2024). Port of _calculate_hrrc_trend.
 */

/** icu_hrr as a number (plain, or {"value"} / {"hrr"} dict); null when absent or <= 0. */
function hrrcValue(act) {
    let h = get(act, 'icu_hrr');
    if (h === null)
        return null;
    if (isDict(h)) {
        let v = get(h, 'value');
        if (v === null)
            v = get(h, 'hrr');
        h = v;
    }
    if (typeof h === 'boolean')
        h = Number(h); // isinstance(True, int) in Python
    return typeof h === 'number' && h > 0 ? h : null;
}
function qualifyingHrrc(activities) {
    const out = [];
    for (const act of activities) {
        const v = hrrcValue(act);
        if (v !== null)
            out.push(v);
    }
    return out;
}
/** capability.hrrc */
function calculateHrrcTrend(activities7d, activities28d) {
    const v7 = qualifyingHrrc(activities7d);
    const v28 = qualifyingHrrc(activities28d);
    const mean7 = v7.length >= 1 ? round(mean(v7), 1) : null;
    const mean28 = v28.length >= 3 ? round(mean(v28), 1) : null;
    let trend = null;
    if (mean7 !== null && mean28 !== null && mean28 > 0) {
        const pct = (mean7 - mean28) / mean28;
        trend = pct > 0.1 ? 'improving' : pct < -0.1 ? 'declining' : 'stable';
    }
    return {
        mean_hrrc_7d: mean7,
        mean_hrrc_28d: mean28,
        qualifying_sessions_7d: v7.length,
        qualifying_sessions_28d: v28.length,
        trend,
        note: 'HRRc = heart rate recovery (largest 60s HR drop in bpm after exceeding threshold HR for >1 min). Higher = ' +
            'better parasympathetic recovery. Null when threshold not reached, recording stopped before cooldown, or no ' +
            'HR data. Trend: 7d mean vs 28d mean, >10% = meaningful (min 1 session/7d, 3 sessions/28d). Display only — ' +
            'not wired into readiness_decision signals.',
    };
}

;// CONCATENATED MODULE: ./src/derive/metrics/monotony.ts
/**
 * Training monotony and strain (Foster 1998: monotony = mean/stdev of daily load, > 2.0 raises
 * illness risk; strain = weekly load × monotony). Total monotony, the primary sport's monotony
 * (v3.3.3: cross-training adds a constant floor that inflates total monotony) and the effective
 * value alerts use. Ports of that section of _calculate_derived_metrics and _interpret_monotony.
 */

/** mean / sample stdev of the daily series, 2 decimals; null when the stdev is 0. */
function ratio(days) {
    const sd = stdev(days);
    return sd > 0 ? round(mean(days) / sd, 2) : null;
}
/** Total monotony: null without any load in the window (or a constant series). */
function totalMonotony(dailyTss) {
    if (dailyTss.length > 1 && dailyTss.some((d) => truthy(d)))
        return ratio(dailyTss);
    return null;
}
/** Primary-sport monotony: needs >= 3 days with load of that sport. */
function primarySportMonotony(primaryDays) {
    if (!primaryDays)
        return null;
    const activeDays = primaryDays.filter((d) => d > 0).length;
    if (activeDays >= 3 && primaryDays.length > 1)
        return ratio(primaryDays);
    return null;
}
/** The primary sport's value when several sports trained and it exists, else the total. */
function effectiveMonotony(total, primary, isMultiSport) {
    return isMultiSport && primary !== null ? primary : total;
}
/** round(7-day TSS × monotony, 0); null without monotony. */
function strainOf(tss7dTotal, monotony) {
    return truthy(monotony) ? round(tss7dTotal * monotony, 0) : null;
}
/** _interpret_monotony(total, effective, is_multi_sport) */
function interpretMonotony(total, effective, isMultiSport) {
    if (effective === null)
        return null;
    if (isMultiSport && truthy(total) && effective < total) {
        const level = effective > 2.0 ? 'elevated' : 'normal';
        return `${level} (primary sport ${reprFloat(effective)}, total ${reprFloat(total)} inflated by multi-sport)`;
    }
    return effective > 2.0 ? 'elevated' : 'normal';
}

;// CONCATENATED MODULE: ./src/derive/metrics/recovery.ts
/**
 * Tier 1 readiness: HRV / resting-HR baselines and the Recovery Index
 * RI = (HRV_today / HRV_baseline) / (RHR_today / RHR_baseline) (> 1 good, < 1 poor recovery),
 * plus the two RI-derived load figures. Ports of those sections of _calculate_derived_metrics
 * and _is_valid_hrv.
 */


/** _is_valid_hrv lives with the wellness helpers; re-exported for the metric modules. */

const meanOrNull = (values) => (values.length ? round(mean(values), 1) : null);
/** Valid HRV values and truthy restingHR values of a wellness list. */
function hrvValues(wellness) {
    return wellness.map((w) => get(w, 'hrv')).filter(isValidHrv);
}
function rhrValues(wellness) {
    return wellness.map((w) => get(w, 'restingHR')).filter((v) => truthy(v));
}
/** 7-day and extended (28-day) HRV / RHR baselines (means, 1 decimal). */
function computeBaselines(wellness7d, wellnessExtended) {
    const hrv7 = hrvValues(wellness7d);
    const rhr7 = rhrValues(wellness7d);
    return {
        hrvValues7d: hrv7,
        rhrValues7d: rhr7,
        hrvBaseline7d: meanOrNull(hrv7),
        rhrBaseline7d: meanOrNull(rhr7),
        hrvBaseline28d: meanOrNull(hrvValues(wellnessExtended)),
        rhrBaseline28d: meanOrNull(rhrValues(wellnessExtended)),
    };
}
/** RI of one wellness day against the 7-day baselines; null when any input is missing/zero. */
function recoveryIndexOf(day, hrvBaseline, rhrBaseline) {
    const rawHrv = get(day, 'hrv');
    const hrv = isValidHrv(rawHrv) ? rawHrv : null;
    const rhr = get(day, 'restingHR');
    if (truthy(hrv) && truthy(rhr) && truthy(hrvBaseline) && truthy(rhrBaseline)) {
        const hrvRatio = hrv / hrvBaseline;
        const rhrRatio = rhr / rhrBaseline;
        return rhrRatio > 0 ? round(hrvRatio / rhrRatio, 2) : null;
    }
    return null;
}
/** Today's RI (last wellness entry) and yesterday's (the one before, same 7-day baselines). */
function computeRecoveryIndex(wellness7d, b) {
    const last = wellness7d.length ? wellness7d[wellness7d.length - 1] : null;
    const rawHrv = last ? get(last, 'hrv') : null;
    const latestHrv = isValidHrv(rawHrv) ? rawHrv : null;
    const latestRhr = last ? get(last, 'restingHR') : null;
    const ri = last ? recoveryIndexOf(last, b.hrvBaseline7d, b.rhrBaseline7d) : null;
    const riYesterday = wellness7d.length >= 2 ? recoveryIndexOf(wellness7d[wellness7d.length - 2], b.hrvBaseline7d, b.rhrBaseline7d) : null;
    return { ri, riYesterday, latestHrv, latestRhr };
}
/** Stress tolerance = (strain / monotony) / 100, 1 decimal. */
function stressTolerance(strain, monotony) {
    return truthy(strain) && truthy(monotony) ? round(strain / monotony / 100, 1) : null;
}
/** Load-recovery ratio = 7-day load / (RI × 100), 1 decimal. */
function loadRecoveryRatio(tss7dTotal, ri) {
    return truthy(ri) && ri > 0 ? round(tss7dTotal / (ri * 100), 1) : null;
}

;// CONCATENATED MODULE: ./src/derive/metrics/sustainability.ts
/**
 * Sustainability profile (v3.91, race-estimation lookup table): per sport family, the best power
 * and max sustained HR at sport-specific anchor durations over one 42-day window, with W/kg and
 * %LTHR, and for cycling the Coggan duration-factor and CP/W' (P = CP + W'/t, Skiba et al. 2012)
 * model layers. Port of _calculate_sustainability_profile.
 */




/** Sustainable power as a fraction of FTP by duration: midpoints of the published ranges.
 * Source: Allen & Coggan, Training and Racing with a Power Meter (3rd ed.). Cycling only. */
const COGGAN_DURATION_FACTORS = {
    300: 1.06,
    600: 0.97,
    1200: 0.93,
    1800: 0.9,
    3600: 0.86,
    5400: 0.82,
    7200: 0.78,
};
const MODEL_TRUST_NOTE = "CP/W' model (P=CP+W'/t) is primary for durations ≤20min where W' contribution is meaningful. Coggan duration " +
    'factors (Allen & Coggan, 3rd ed.) are the established reference for ≥60min. 30min is the crossover zone where ' +
    'both apply. model_divergence_pct = (actual - CP_model) / CP_model × 100. Positive divergence at short durations ' +
    "may indicate strong anaerobic capacity or stale W' value. Indoor MMP is typically 3-5% lower than outdoor " +
    '(cooling, motivation) — source flag indicates which environment produced each anchor.';
/** Weight fallback: newest wellness weight (7d, then extended), then athlete icu_weight. */
function sustainabilityWeight(wellness7d, wellnessExtended, icuWeight) {
    for (const [list, source] of [
        [wellness7d, 'wellness_recent'],
        [wellnessExtended, 'wellness_extended'],
    ]) {
        for (let i = list.length - 1; i >= 0; i--) {
            const w = get(list[i], 'weight');
            if (truthy(w))
                return [round(w, 1), source];
        }
    }
    if (icuWeight !== null && icuWeight !== undefined)
        return [round(icuWeight, 1), 'athlete_profile'];
    return [null, null];
}
/** Days since the newest date of either FTP series; null when none or unparseable. */
function ftpStalenessDays(now, ftpHistory) {
    const dates = [];
    for (const kind of ['indoor', 'outdoor'])
        dates.push(...Object.keys(get(ftpHistory, kind, {}) ?? {}));
    if (!dates.length)
        return null;
    const newest = dates.reduce((a, b) => (b > a ? b : a));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(newest))
        return null;
    try {
        return now.daysSince(naive_time/* NaiveDateTime */.b8.parse(newest));
    }
    catch {
        return null;
    }
}
/** capability.sustainability_profile */
function calculateSustainabilityProfile(now, input) {
    const win = input.window;
    const windowBlock = () => ({ days: SUSTAINABILITY_WINDOW_DAYS, start: win[0], end: win[1] });
    const nullProfile = (note = 'No sustainability data available.') => {
        const r = { note };
        if (truthy(win))
            r.window = windowBlock();
        return r;
    };
    if (!truthy(input.curves) || !truthy(win))
        return nullProfile();
    const [weightKg, weightSource] = sustainabilityWeight(input.wellness7d, input.wellnessExtended, input.icuWeight);
    const staleness = ftpStalenessDays(now, input.ftpHistory);
    const cyclingSettings = get(input.sportSettings, 'cycling', {}) ?? {};
    let cyclingFtp = get(cyclingSettings, 'ftp');
    if (!truthy(cyclingFtp))
        cyclingFtp = get(cyclingSettings, 'ftp_indoor');
    const cyclingWPrime = get(input.powerModel, 'w_prime');
    const profile = { window: windowBlock(), weight_kg: weightKg, weight_source: weightSource };
    const curveId = `r.${win[0]}.${win[1]}`;
    const hasWeight = truthy(weightKg) && weightKg > 0;
    for (const [family, sportData] of Object.entries(input.curves)) {
        const anchorsMap = SUSTAINABILITY_ANCHORS[family];
        if (!truthy(anchorsMap))
            continue;
        const lthr = get(get(input.sportSettings, family, {}) ?? {}, 'lthr');
        const powerByType = get(sportData, 'power', {}) ?? {};
        const hrByType = get(sportData, 'hr', {}) ?? {};
        const isCycling = family === 'cycling';
        const anchors = {};
        for (const [label, secs] of Object.entries(anchorsMap)) {
            let bestWatts = null;
            let bestSource = null;
            for (const [ptype, pdata] of Object.entries(powerByType)) {
                const curve = curvesById(isDict(pdata) ? pdata : null).get(curveId);
                if (!truthy(curve))
                    continue;
                const val = valueAt(curve, 'watts', secs);
                if (val !== null && (bestWatts === null || val > bestWatts)) {
                    bestWatts = val;
                    bestSource = isCycling ? (INDOOR_CYCLING_TYPES.has(ptype) ? 'observed_indoor' : 'observed_outdoor') : 'observed';
                }
            }
            let bestHr = null;
            for (const hdata of Object.values(hrByType)) {
                const curve = curvesById(isDict(hdata) ? hdata : null).get(curveId);
                if (!truthy(curve))
                    continue;
                const val = valueAt(curve, 'values', secs);
                if (val !== null && (bestHr === null || val > bestHr))
                    bestHr = round(val);
            }
            const actualWpkg = bestWatts !== null && weightKg !== null && weightKg > 0 ? round(bestWatts / weightKg, 2) : null;
            const pctLthr = bestHr !== null && lthr !== null && lthr !== undefined && lthr > 0 ? round((bestHr / lthr) * 100, 1) : null;
            let cogganWatts = null;
            let cogganWpkg = null;
            if (isCycling && truthy(cyclingFtp) && secs in COGGAN_DURATION_FACTORS) {
                cogganWatts = round(cyclingFtp * COGGAN_DURATION_FACTORS[secs]);
                if (hasWeight)
                    cogganWpkg = round(cogganWatts / weightKg, 2);
            }
            let cpWatts = null;
            let cpWpkg = null;
            if (isCycling && truthy(cyclingFtp) && truthy(cyclingWPrime) && secs > 0) {
                cpWatts = round(cyclingFtp + cyclingWPrime / secs);
                if (hasWeight)
                    cpWpkg = round(cpWatts / weightKg, 2);
            }
            const divergence = bestWatts !== null && cpWatts !== null && cpWatts > 0 ? round(((bestWatts - cpWatts) / cpWatts) * 100, 1) : null;
            const anchor = {
                actual_watts: bestWatts,
                actual_wpkg: actualWpkg,
                actual_hr: bestHr,
                pct_lthr: pctLthr,
                source: bestSource,
            };
            if (isCycling) {
                anchor.coggan_watts = cogganWatts;
                anchor.coggan_wpkg = cogganWpkg;
                anchor.cp_model_watts = cpWatts;
                anchor.cp_model_wpkg = cpWpkg;
                anchor.model_divergence_pct = divergence;
            }
            anchors[label] = anchor;
        }
        const total = Object.keys(anchors).length;
        const observed = Object.values(anchors).filter((a) => a.actual_watts !== null).length;
        const coverage = total > 0 ? round(observed / total, 2) : 0;
        if (observed < 2) {
            profile[family] = { anchors: null, coverage_ratio: coverage, note: `Too few observed anchors (${observed}, need 2+).` };
            continue;
        }
        const block = { anchors, coverage_ratio: coverage };
        if (isCycling) {
            block.ftp_used = cyclingFtp;
            block.w_prime_used = cyclingWPrime;
            block.ftp_staleness_days = staleness;
            block.model_trust_note = MODEL_TRUST_NOTE;
        }
        profile[family] = block;
    }
    const hasSportData = Object.keys(profile).some((k) => !['window', 'weight_kg', 'weight_source', 'note'].includes(k));
    if (!hasSportData)
        return nullProfile('No sport families produced valid sustainability data.');
    return profile;
}

;// CONCATENATED MODULE: ./src/derive/metrics/tid.ts
/**
 * Seiler Training Intensity Distribution (3-zone model, Treff et al. 2019): zone shares, the
 * Treff Polarization Index, the classification and the 7d-vs-28d drift comparison. Ports of
 * _calculate_polarization_index, _classify_tid, _build_seiler_tid and _calculate_tid_comparison.
 */


/**
 * Treff PI = log10((Z1 / Z2) × Z3 × 100), only for a polarized structure Z1 > Z3 > Z2 with
 * Z3 >= 0.01; Z2 = 0 is substituted by 0.01.
 */
function polarizationIndex(z1, z2, z3) {
    if (z3 < 0.01)
        return null;
    if (!(z1 > z3 && z3 > z2))
        return null;
    const effZ2 = z2 > 0 ? z2 : 0.01;
    const raw = (z1 / effZ2) * z3 * 100;
    if (!(raw > 0) || !Number.isFinite(raw))
        return null;
    return round(Math.log10(raw), 2);
}
/** _classify_tid: Base, Polarized (PI > 2), Pyramidal, Threshold, High Intensity (that priority). */
function classifyTid(z1, z2, z3, pi) {
    if (z3 < 0.01 && z1 >= z2 && z1 >= z3)
        return 'Base';
    if (z1 > z3 && z3 > z2 && pi !== null && pi > 2.0)
        return 'Polarized';
    if (z1 > z2 && z2 > z3)
        return 'Pyramidal';
    if (z2 >= z1 && z2 >= z3)
        return 'Threshold';
    if (z3 >= z1 && z3 >= z2)
        return 'High Intensity';
    return 'Pyramidal';
}
/** _build_seiler_tid(activities, sport_family_filter) */
function buildSeilerTid(activities, zonePreference, sportFamilyFilter = null) {
    const zones = aggregateSeilerZones(activities, zonePreference, sportFamilyFilter);
    const total = zones.total_seconds;
    if (total === 0) {
        return {
            z1_seconds: 0,
            z2_seconds: 0,
            z3_seconds: 0,
            z1_pct: null,
            z2_pct: null,
            z3_pct: null,
            polarization_index: null,
            classification: null,
            zone_basis: null,
        };
    }
    const z1 = zones.z1_seconds / total;
    const z2 = zones.z2_seconds / total;
    const z3 = zones.z3_seconds / total;
    const pi = polarizationIndex(z1, z2, z3);
    return {
        z1_seconds: zones.z1_seconds,
        z2_seconds: zones.z2_seconds,
        z3_seconds: zones.z3_seconds,
        z1_pct: round(z1 * 100, 1),
        z2_pct: round(z2 * 100, 1),
        z3_pct: round(z3 * 100, 1),
        polarization_index: pi,
        classification: classifyTid(z1, z2, z3, pi),
        zone_basis: zones.zone_basis,
    };
}
/**
 * _calculate_tid_comparison(seiler_tid_7d, seiler_tid_28d): drift is acute_depolarization
 * (7d PI < 2.0 while 28d PI >= 2.0), shifting (classifications differ) or consistent.
 */
function tidComparison(tid7d, tid28d) {
    const cls7 = get(tid7d, 'classification');
    const cls28 = get(tid28d, 'classification');
    const pi7 = get(tid7d, 'polarization_index');
    const pi28 = get(tid28d, 'polarization_index');
    if (cls7 === null || cls28 === null) {
        return {
            classification_7d: cls7,
            classification_28d: cls28,
            pi_7d: pi7,
            pi_28d: pi28,
            pi_delta: null,
            drift: null,
            note: 'Compares 7d vs 28d Seiler TID to detect distribution shifts. Insufficient data in one or both windows.',
        };
    }
    const piDelta = pi7 !== null && pi28 !== null ? round(pi7 - pi28, 2) : null;
    let drift;
    if (pi7 !== null && pi28 !== null && pi7 < 2.0 && pi28 >= 2.0)
        drift = 'acute_depolarization';
    else if (cls7 !== cls28)
        drift = 'shifting';
    else
        drift = 'consistent';
    return {
        classification_7d: cls7,
        classification_28d: cls28,
        pi_7d: pi7,
        pi_28d: pi28,
        pi_delta: piDelta,
        drift,
        note: 'Compares 7d vs 28d Seiler TID to detect distribution shifts. pi_delta positive = more polarized acutely.',
    };
}

;// CONCATENATED MODULE: ./src/derive/metrics/weekly-rows.ts



/** [week_start, week_end] of the current and the three previous training weeks, oldest first. */
function liveWeekBoundaries(now, weekStartDay) {
    const currentStart = now.addDays(-mod(now.weekday() - weekStartDay, 7));
    const out = [];
    for (let i = 3; i >= 0; i--) {
        const ws = currentStart.addDays(-7 * i);
        out.push([ws.date(), ws.addDays(6).date()]);
    }
    return out;
}
/** Number of hard days among the activities (grouped by date, zones by basis per day). */
function countHardDays(activities, zonePreference) {
    const byDate = new Map();
    for (const a of activities) {
        const d = actDate(a);
        const list = byDate.get(d);
        if (list)
            list.push(a);
        else
            byDate.set(d, [a]);
    }
    let hard = 0;
    for (const dayActs of byDate.values()) {
        const [isHard] = classifyHardDay(accumulateDayZones(dayActs, zonePreference));
        if (isHard)
            hard += 1;
    }
    return hard;
}
/** The four weekly rows, chronological. */
function buildLiveWeeklyRows(now, weekStartDay, input) {
    const rows = [];
    for (const [ws, we] of liveWeekBoundaries(now, weekStartDay)) {
        const weekActs = input.activities28d.filter((a) => ws <= actDate(a) && actDate(a) <= we);
        let tss = 0;
        let primaryTss = 0;
        for (const a of weekActs) {
            const load = get(a, 'icu_training_load', 0) || 0;
            tss += load;
            // SPORT_FAMILIES.get(type, None) == primary_sport (None == None counts unmapped types)
            if ((sportFamily(get(a, 'type', '')) ?? null) === input.primarySport)
                primaryTss += load;
        }
        rows.push({
            week_start: ws,
            total_tss: round(tss, 0),
            primary_sport_tss: round(primaryTss, 0),
            primary_sport: input.primarySport,
            hard_days: countHardDays(weekActs, input.zonePreference),
            activity_count: weekActs.length,
        });
    }
    const current = rows[rows.length - 1];
    current.ctl_end = truthy(input.currentCtl) ? round(input.currentCtl, 1) : null;
    current.atl_end = truthy(input.currentAtl) ? round(input.currentAtl, 1) : null;
    current.acwr = input.acwr;
    current.monotony = input.monotony;
    const historyByWs = new Map();
    for (const r of input.historyRows)
        historyByWs.set(get(r, 'week_start'), r);
    for (const row of rows.slice(0, -1)) {
        const hist = historyByWs.get(row.week_start);
        if (!truthy(hist))
            continue;
        for (const field of ['ctl_end', 'atl_end', 'acwr', 'monotony']) {
            if (!(field in row) || row[field] === null)
                row[field] = get(hist, field);
        }
    }
    for (const row of rows.slice(0, -1)) {
        const hist = historyByWs.get(row.week_start);
        if (truthy(hist) && 'phase_detected' in hist)
            row.phase_detected = hist.phase_detected;
    }
    return rows;
}

;// CONCATENATED MODULE: ./src/derive/metrics/index.ts
/**
 * derived_metrics (issue "Derived metrics"): port of _calculate_derived_metrics. Each metric lives
 * in its own module of this folder; this file assembles the block in the reference's key order.
 */


















/** The race calendar _calculate_derived_metrics assumes when none is given. */
const DEFAULT_RACE_CALENDAR = {
    next_race: null,
    all_races: [],
    taper_alert: { active: false },
    race_week: { active: false },
};
const HARD_DAYS_NOTE = 'Power ladder: z3+ >= 30min, z4+ >= 10min, z5+ >= 5min, z6+ >= 2min, z7 >= 1min. HR fallback (when no power): ' +
    'z4+ >= 10min, z5+ >= 5min. Per Seiler 3-zone model + Foster. HR-based days flagged with intensity_basis: hr';
function calculateDerivedMetrics(ctx, input) {
    const now = ctx.now;
    const zp = ctx.zonePreference;
    const raceCalendar = input.raceCalendar ?? DEFAULT_RACE_CALENDAR;
    // daily load, ACWR (live and start of day)
    const daily7 = getDailyTss(now, input.activities7d, 7);
    const daily28 = getDailyTss(now, input.activities28d, 28);
    const tss7dTotal = sum(daily7);
    const tss28dTotal = sum(daily28);
    const acwr = acwrFromTotals(tss7dTotal, tss28dTotal);
    const acwrSod = acwrStartOfDay(now, input.activities7d, input.activities28d);
    // monotony: total, primary sport, effective; strain
    const monotony = totalMonotony(daily7);
    const bySport = getDailyTssBySport(now, input.activities7d, 7);
    const { primarySport, primaryDays, primarySportTss7d } = primarySportOf(bySport);
    const psMonotony = primarySportMonotony(primaryDays);
    const isMultiSport = bySport.size > 1;
    const effMonotony = effectiveMonotony(monotony, psMonotony, isMultiSport);
    const strain = strainOf(tss7dTotal, monotony);
    // baselines and recovery index
    const baselines = computeBaselines(input.wellness7d, input.wellness28d);
    const { ri, riYesterday, latestHrv, latestRhr } = computeRecoveryIndex(input.wellness7d, baselines);
    // zone distribution (7 days)
    const zones = aggregateZones(input.activities7d, zp);
    const totalZone = zones.total_time;
    const pctOf = (t) => (totalZone > 0 ? round((t / totalZone) * 100, 1) : null);
    // Seiler TID: all sports and the primary sport, 7 and 28 days
    const tid7 = buildSeilerTid(input.activities7d, zp);
    const tid7Primary = primarySport ? { ...buildSeilerTid(input.activities7d, zp, primarySport), sport: primarySport } : null;
    const tid28 = buildSeilerTid(input.activities28d, zp);
    const tid28Primary = primarySport ? { ...buildSeilerTid(input.activities28d, zp, primarySport), sport: primarySport } : null;
    const capability = {
        durability: calculateDurability(input.activities7d, input.activities28d),
        efficiency_factor: calculateEfficiencyFactor(input.activities7d, input.activities28d),
        hrrc: calculateHrrcTrend(input.activities7d, input.activities28d),
        tid_comparison: tidComparison(tid7, tid28),
        power_curve_delta: calculatePowerCurveDelta(input.powerCurveData, input.powerCurveDates),
        hr_curve_delta: calculateHrCurveDelta(input.hrCurveData, input.powerCurveDates),
        sustainability_profile: calculateSustainabilityProfile(now, {
            curves: input.sustainabilityCurves ?? {},
            window: input.sustainabilityWindow,
            powerModel: input.powerModel,
            sportSettings: input.sportSettings ?? {},
            wellness7d: input.wellness7d,
            wellnessExtended: input.wellness28d,
            icuWeight: input.icuWeight,
            ftpHistory: input.ftpHistory,
        }),
        dfa_a1_profile: calculateDfaA1Profile(ctx, input.intervalsData) ?? null,
    };
    const [consistencyIndex, consistencyDetails] = calculateConsistencyIndex(input.activitiesForConsistency, input.pastEvents);
    // phase detection v2 over the live weekly rows
    const weeklyRows = buildLiveWeeklyRows(now, ctx.weekStartDay, {
        activities28d: input.activities28d,
        primarySport,
        zonePreference: zp,
        currentCtl: input.currentCtl,
        currentAtl: input.currentAtl,
        acwr,
        monotony,
        historyRows: loadWeeklyRowsForPhase(input.history),
    });
    const hardDaysThisWeek = weeklyRows[weeklyRows.length - 1].hard_days;
    const previousPhase = weeklyRows.length >= 2 ? get(weeklyRows[weeklyRows.length - 2], 'phase_detected') : null;
    const phaseResult = detectPhaseV2(ctx, {
        weeklyRows,
        plannedWorkouts: input.formattedPlannedWorkouts ?? [],
        raceCalendar,
        previousPhase,
        today: ctx.today,
        primarySport,
    });
    const seasonalContext = determineSeasonalContext(ctx);
    const [biIn, oldIn, ftpIn] = input.benchmarkIndoor;
    const [biOut, oldOut, ftpOut] = input.benchmarkOutdoor;
    return {
        recovery_index: ri,
        recovery_index_yesterday: riYesterday,
        hrv_baseline_7d: baselines.hrvBaseline7d,
        rhr_baseline_7d: baselines.rhrBaseline7d,
        hrv_baseline_28d: baselines.hrvBaseline28d,
        rhr_baseline_28d: baselines.rhrBaseline28d,
        latest_hrv: latestHrv,
        latest_rhr: latestRhr,
        acwr,
        acwr_interpretation: interpretAcwr(acwr),
        acwr_scope: 'live_retrospective',
        acwr_readiness_eligible: false,
        acwr_start_of_day: acwrStartOfDayBlock(ctx.today, acwrSod),
        monotony,
        monotony_interpretation: interpretMonotony(monotony, effMonotony, isMultiSport),
        primary_sport: primarySport,
        primary_sport_monotony: psMonotony,
        primary_sport_tss_7d: primarySportTss7d,
        effective_monotony: effMonotony,
        multi_sport_detected: isMultiSport,
        strain,
        stress_tolerance: stressTolerance(strain, monotony),
        load_recovery_ratio: loadRecoveryRatio(tss7dTotal, ri),
        tss_7d_total: round(tss7dTotal, 0),
        tss_28d_total: round(tss28dTotal, 0),
        zone_distribution_7d: {
            z1_hours: round(zones.z1_time / 3600, 2),
            z2_hours: round(zones.z2_time / 3600, 2),
            z3_hours: round(zones.z3_time / 3600, 2),
            z4_plus_hours: round(zones.z4_plus_time / 3600, 2),
            total_hours: round(totalZone / 3600, 2),
            zone_basis: zones.zone_basis,
        },
        grey_zone_percentage: pctOf(zones.z3_time),
        grey_zone_note: 'Gray Zone % (Z3/tempo) - minimize in polarized training',
        quality_intensity_percentage: pctOf(zones.z4_plus_time),
        quality_intensity_note: 'Quality Intensity % (Z4+/threshold+) - target ~20% in polarized training',
        easy_time_ratio: totalZone > 0 ? round((zones.z1_time + zones.z2_time) / totalZone, 2) : null,
        easy_time_ratio_note: 'Easy time (Z1+Z2) / Total - target ~80% in polarized training',
        hard_days_this_week: hardDaysThisWeek,
        hard_days_note: HARD_DAYS_NOTE,
        seiler_tid_7d: tid7,
        seiler_tid_7d_primary: tid7Primary,
        seiler_tid_28d: tid28,
        seiler_tid_28d_primary: tid28Primary,
        capability,
        consistency_index: consistencyIndex,
        consistency_details: consistencyDetails,
        phase_detection: phaseResult,
        phase_detected: get(phaseResult, 'phase'),
        phase_triggers: get(phaseResult, 'reason_codes'),
        seasonal_context: seasonalContext,
        benchmark_indoor: benchmarkBlock(ftpIn, oldIn, biIn, seasonalContext),
        benchmark_outdoor: benchmarkBlock(ftpOut, oldOut, biOut, seasonalContext),
        eftp: input.powerModel.eftp,
        w_prime: input.powerModel.w_prime,
        w_prime_kj: input.powerModel.w_prime_kj,
        p_max: input.powerModel.p_max,
        power_model_source: input.powerModel.source,
        vo2max: input.vo2max ?? null,
        calculation_timestamp: ctx.now.isoformat(),
        data_quality: {
            hrv_data_points: baselines.hrvValues7d.length,
            rhr_data_points: baselines.rhrValues7d.length,
            activities_7d: input.activities7d.length,
            activities_28d: input.activities28d.length,
            planned_workouts_7d: input.pastEvents.filter((e) => TRAINING_EVENT_CATEGORIES.has(get(e, 'category', ''))).length,
            ftp_history_days: ftpHistorySpan(input.ftpHistory),
        },
    };
}

;// CONCATENATED MODULE: ./src/derive/readiness/pystr.ts
/**
 * str() of values interpolated into the reference's f-strings. JavaScript numbers do not carry
 * Python's int/float distinction, so each call site states the Python type the reference has
 * there: `strFloat` for computed floats (round(x, n) of a float is a float: 2.0 prints "2.0"),
 * `strInt` for ints, `strApi` for numbers as the reference received them in JSON (an integral
 * JSON number decodes to a Python int, anything else to a float).
 */

/** str(x) for a Python float (None → "None"). */
function strFloat(x) {
    return x === null || x === undefined ? 'None' : reprFloat(x);
}
/** str(x) for a Python int (None → "None"). */
function strInt(x) {
    return x === null || x === undefined ? 'None' : String(x);
}
/** str(x) for a number decoded from JSON: integral → int, else float. */
function strApi(x) {
    if (x === null || x === undefined)
        return 'None';
    return Number.isInteger(x) ? String(x) : reprFloat(x);
}
/** str(x) for a value of any JSON type (strings as is; numbers decoded from JSON as in strApi). */
function strAny(x) {
    if (x === null || x === undefined)
        return 'None';
    if (typeof x === 'boolean')
        return x ? 'True' : 'False';
    if (typeof x === 'number')
        return strApi(x);
    if (typeof x === 'string')
        return x;
    return JSON.stringify(x);
}
/** str(round(x, nd)) where x has the given Python type: round keeps an int an int. */
function strRounded(x, nd, isInt) {
    return isInt ? String(x) : reprFloat(round(x, nd));
}

;// CONCATENATED MODULE: ./src/derive/readiness/thresholds.ts
/**
 * Every threshold the alerts and the readiness decision use, in one place, named after what
 * they mean. Values are the reference's (sync.py v3.128: _generate_alerts, _detect_deload_context,
 * _count_hrv_low_days, _count_rhr_high_days, _get_phase_modifiers, _compute_readiness_decision).
 */
// ------------------------------------------------------------------ alerts (_generate_alerts)
/** Live ACWR reporting bands, high side only (v3.127: reporting, not a readiness input). */
const ACWR_ALERT_ALARM = 1.35;
const ACWR_ALERT_WARNING = 1.3;
/** The alert objects carry the bands as strings ("1.35", "1.3"), as the reference writes them. */
const ACWR_ALERT_ALARM_LABEL = '1.35';
const ACWR_ALERT_WARNING_LABEL = '1.3';
/** Effective monotony (Foster 1998): alarm at 2.5, warning from 2.3; info only during a deload. */
const MONOTONY_ALARM = 2.5;
const MONOTONY_WARNING = 2.3;
/** Strain = 7d TSS × monotony (Foster 1998): > 3500 associated with overtraining. */
const STRAIN_ALARM = 3500;
/** Recovery index: < 0.6 is an immediate alarm / red; < 0.7 on two consecutive days is a warning / amber. */
const RI_ALARM = 0.6;
const RI_PERSISTENT_WARNING = 0.7;
/** Days of persistence the RI warning reports (today and yesterday). */
const RI_WARNING_PERSISTENCE_DAYS = 2;
/** HRV alert: ≥ 20 % below the 7-day baseline; an alarm once it persisted more than 2 days. */
const HRV_ALERT_DROP_PCT = -20;
/** _count_hrv_low_days: a day counts when HRV < baseline × 0.8. */
const HRV_LOW_DAY_FACTOR = 0.8;
/** RHR alert: ≥ 5 bpm above the 7-day baseline; an alarm once it persisted more than 2 days. */
const RHR_ALERT_RISE_BPM = 5;
/** hrv/rhr alerts escalate from warning to alarm when the low/high streak exceeds this many days. */
const AUTONOMIC_ALARM_AFTER_DAYS = 2;
/** Durability (v3.4.0, N-gate v3.104): 28d mean decoupling > 5 % alarms, given N28 ≥ 5. */
const DURABILITY_ALARM_MEAN_28D = 5.0;
/** Declining warning: 7d mean exceeds the 28d mean by more than 2 percentage points, N7 ≥ 3 and N28 ≥ 5. */
const DURABILITY_DECLINE_DELTA = 2.0;
const DURABILITY_MIN_SESSIONS_7D = 3;
const DURABILITY_MIN_SESSIONS_28D = 5;
/** Count-based warning (no reliability gate): ≥ 3 sessions with > 5 % decoupling in 7 days. */
const DURABILITY_HIGH_DRIFT_COUNT = 3;
/** _detect_deload_context: trailing 7d TSS ≥ 20 % below the 28-day weekly average. */
const DELOAD_DEFICIT_PCT = 20;
/** The 28-day total is averaged over this many weeks. */
const DELOAD_WEEKS_IN_28D = 4;
/** Alert order: tier ascending, then this severity rank (unknown severities last). */
const SEVERITY_ORDER = { alarm: 0, warning: 1, info: 2 };
const SEVERITY_ORDER_UNKNOWN = 3;
// ------------------------------------------------------------------ readiness signals
/** HRV vs 7d baseline (delta %, rounded to 0.1): ≤ -20 red, ≤ -10 amber. */
const HRV_RED_PCT = -20;
const HRV_AMBER_PCT = -10;
/** RHR vs 7d baseline (delta bpm, rounded to 0.1): ≥ 5 red, ≥ 3 amber. */
const RHR_RED_BPM = 5;
const RHR_AMBER_BPM = 3;
/** Sleep hours (v3.90, hours only): < 5 red, < 7 amber. */
const SLEEP_RED_HOURS = 5;
const SLEEP_AMBER_HOURS = 7;
/** Start-of-day ACWR (v3.127): ≥ 1.5 red, ≥ 1.3 amber. */
const ACWR_SIGNAL_RED = 1.5;
const ACWR_SIGNAL_AMBER = 1.3;
// RI signal: same bands as the RI alerts (RI_ALARM red, RI_PERSISTENT_WARNING on two days amber).
/** TSB signal (added at P2): < -30 red; amber below the phase's tsb_amber. */
const TSB_RED = -30;
// ------------------------------------------------------------------ readiness priorities
/** P1 skip, compound: TSB below -30 with HRV more than 10 % below baseline. */
const P1_SKIP_TSB = -30;
/** P1 modify, compound: TSB below -25 with HRV more than 10 % below baseline. */
const P1_MODIFY_TSB = -25;
/** Both compound rules need HRV delta below this (percent). */
const P1_COMPOUND_HRV_PCT = -10;
/** P1 skip via persistent alerts: RI below 0.7 with a tier-1 warning/alarm persisting ≥ 2 days. */
const P1_PERSISTENT_RI = 0.7;
const P1_PERSISTENCE_MIN_DAYS = 2;
/** P1 skip via load: start-of-day ACWR ≥ 1.5 corroborated by a Tier-1 signal (v3.127). */
const P1_ACWR_SKIP = 1.5;
/** The Tier-1 primary signals that can corroborate an ACWR spike. */
const ACWR_CORROBORATING_SIGNALS = ['hrv', 'rhr', 'sleep', 'ri'];
/** P3 appends a "limited data" note when more than this many signals are unavailable. */
const P3_LIMITED_DATA_UNAVAILABLE = 3;
/** Race week overrides any phase: one amber triggers modify, TSB amber below -15, red tightened. */
const RACE_WEEK_MODIFIERS = {
    amber_threshold: 1,
    tsb_amber: -15,
    tighten_red: true,
    modifier_applied: 'race_week_tightened',
};
/** Build loosens (3 ambers, TSB amber below -20); Taper tightens like race week. */
const PHASE_MODIFIERS = {
    Build: { amber_threshold: 3, tsb_amber: -20, tighten_red: false, modifier_applied: 'build_loosened' },
    Taper: { amber_threshold: 1, tsb_amber: -15, tighten_red: true, modifier_applied: 'taper_tightened' },
};
/** Every other phase (and no phase). */
const DEFAULT_MODIFIERS = {
    amber_threshold: 2,
    tsb_amber: -15,
    tighten_red: false,
    modifier_applied: 'default',
};

;// CONCATENATED MODULE: ./src/derive/readiness/alerts.ts
/**
 * The graduated alerts array (info → warning → alarm). Port of _generate_alerts and its helpers
 * _detect_deload_context, _count_hrv_low_days, _count_rhr_high_days. An empty array is the green
 * light. Alerts are ordered by tier (1 = primary readiness, 2 = load, 3 = capability), then severity.
 */




/**
 * _detect_deload_context: a deload is a trailing 7-day TSS at least 20 % below the 28-day weekly
 * average. Returns the context sentence, or null.
 */
function detectDeloadContext(tss7dTotal, tss28dTotal) {
    if (!truthy(tss28dTotal) || tss28dTotal === 0)
        return null;
    const weeklyAvg28d = tss28dTotal / DELOAD_WEEKS_IN_28D;
    if (weeklyAvg28d === 0)
        return null;
    const deficitPct = ((weeklyAvg28d - tss7dTotal) / weeklyAvg28d) * 100;
    if (deficitPct >= DELOAD_DEFICIT_PCT) {
        return (`deload pattern detected (7-day TSS ${round(tss7dTotal)} is ${round(deficitPct)}% ` +
            `below 28-day weekly avg ${round(weeklyAvg28d)})`);
    }
    return null;
}
/** _count_hrv_low_days: consecutive days, newest first, with a valid HRV below baseline × 0.8. */
function countHrvLowDays(wellness7d, baseline) {
    const threshold = baseline * HRV_LOW_DAY_FACTOR;
    let count = 0;
    for (let i = wellness7d.length - 1; i >= 0; i--) {
        const hrv = get(wellness7d[i], 'hrv');
        if (isValidHrv(hrv) && hrv < threshold)
            count++;
        else
            break;
    }
    return count;
}
/** _count_rhr_high_days: consecutive days, newest first, with RHR ≥ baseline + 5 bpm. */
function countRhrHighDays(wellness7d, baseline) {
    const threshold = baseline + RHR_ALERT_RISE_BPM;
    let count = 0;
    for (let i = wellness7d.length - 1; i >= 0; i--) {
        const rhr = get(wellness7d[i], 'restingHR');
        if (rhr !== null && rhr >= threshold)
            count++;
        else
            break;
    }
    return count;
}
/**
 * Whether a 7-day baseline (round(statistics.mean(values), 1)) is a Python int: the mean of ints
 * is an int when it is exact, and round(int, 1) stays an int. The values are the ones the
 * baseline was computed from (valid rMSSD, truthy resting HR).
 */
function baselineIsInt(values) {
    return values.length > 0 && values.every((v) => Number.isInteger(v)) && sum(values) % values.length === 0;
}
const hrvBaselineValues = (wellness) => wellness.map((w) => get(w, 'hrv')).filter((v) => isValidHrv(v));
const rhrBaselineValues = (wellness) => wellness.map((w) => get(w, 'restingHR')).filter((v) => truthy(v));
/** _generate_alerts: every alert the reference raises from the derived metrics. */
function generateAlerts(input) {
    const dm = input.derivedMetrics;
    const alerts = [];
    const acwr = get(dm, 'acwr');
    const monotony = get(dm, 'monotony');
    const effectiveMonotony = get(dm, 'effective_monotony');
    const primarySport = get(dm, 'primary_sport');
    const primarySportMonotony = get(dm, 'primary_sport_monotony');
    const isMultiSport = get(dm, 'multi_sport_detected', false);
    const strain = get(dm, 'strain');
    const ri = get(dm, 'recovery_index');
    const riYesterday = get(dm, 'recovery_index_yesterday');
    const latestHrv = get(dm, 'latest_hrv');
    const latestRhr = get(dm, 'latest_rhr');
    const hrvBaseline = get(dm, 'hrv_baseline_7d');
    const rhrBaseline = get(dm, 'rhr_baseline_7d');
    // --- ACWR (v3.127): the LIVE value, high side only, reporting context and never a readiness input
    if (acwr !== null) {
        if (acwr >= ACWR_ALERT_ALARM) {
            alerts.push({
                metric: 'acwr',
                value: acwr,
                severity: 'alarm',
                threshold: ACWR_ALERT_ALARM_LABEL,
                context: `Live ACWR ${strFloat(acwr)} crossed the 1.35 reporting threshold. Retrospective load context only — not a standalone injury-risk conclusion and not a readiness decision. It includes today's completed load, so it must not decide a later same-day session, and must not decide tomorrow before tomorrow morning's new start-of-day calculation. Today's readiness used readiness_decision.signals.acwr (start-of-day).`,
                persistence_days: null,
                tier: 2,
                scope: 'live_retrospective',
                readiness_eligible: false,
            });
        }
        else if (acwr >= ACWR_ALERT_WARNING) {
            alerts.push({
                metric: 'acwr',
                value: acwr,
                severity: 'warning',
                threshold: ACWR_ALERT_WARNING_LABEL,
                context: `Live ACWR ${strFloat(acwr)} crossed the 1.3 reporting threshold; 1.35 is the next band. Retrospective load context only — not a standalone injury-risk conclusion and not a readiness decision. It includes today's completed load, so it must not decide a later same-day session, and must not decide tomorrow before tomorrow morning's new start-of-day calculation.`,
                persistence_days: null,
                tier: 2,
                scope: 'live_retrospective',
                readiness_eligible: false,
            });
        }
    }
    // --- Monotony: effective (primary-sport when multi-sport) value; a deload downgrades to info
    if (effectiveMonotony !== null) {
        const deload = detectDeloadContext(input.tss7dTotal, input.tss28dTotal);
        let note = '';
        if (truthy(isMultiSport) && primarySportMonotony !== null && monotony !== null && primarySportMonotony < monotony) {
            note = ` (total monotony ${strFloat(monotony)} inflated by multi-sport training; ${strAny(primarySport)} monotony ${strFloat(primarySportMonotony)} used for alerting)`;
        }
        const m = strFloat(effectiveMonotony);
        const monotonyAlert = (severity, threshold, context) => ({
            metric: 'monotony',
            value: effectiveMonotony,
            severity,
            threshold,
            context,
            persistence_days: null,
            tier: 2,
        });
        if (effectiveMonotony >= MONOTONY_ALARM) {
            alerts.push(deload
                ? monotonyAlert('info', MONOTONY_ALARM, `Monotony ${m} ≥ 2.5 but ${deload}. Structural artifact, not overuse risk. Will normalize as 7-day window rolls forward.${note}`)
                : monotonyAlert('alarm', MONOTONY_ALARM, `Monotony ${m} ≥ 2.5. Overuse risk elevated. Vary training load.${note}`));
        }
        else if (effectiveMonotony >= MONOTONY_WARNING) {
            alerts.push(deload
                ? monotonyAlert('info', MONOTONY_WARNING, `Monotony ${m} approaching threshold but ${deload}. Expected, not actionable.${note}`)
                : monotonyAlert('warning', MONOTONY_WARNING, `Monotony ${m} approaching overuse threshold. Alarm at 2.5.${note}`));
        }
    }
    // --- Strain
    if (strain !== null && strain > STRAIN_ALARM) {
        alerts.push({
            metric: 'strain',
            value: strain,
            severity: 'alarm',
            threshold: STRAIN_ALARM,
            context: `Strain ${strFloat(strain)} > 3500. High cumulative stress. Consider load reduction.`,
            persistence_days: null,
            tier: 2,
        });
    }
    // --- Recovery index: < 0.6 alarms at once; < 0.7 warns only when yesterday was < 0.7 too
    if (ri !== null) {
        if (ri < RI_ALARM) {
            alerts.push({
                metric: 'recovery_index',
                value: ri,
                severity: 'alarm',
                threshold: RI_ALARM,
                context: `RI ${strFloat(ri)} < 0.6. Immediate deload required.`,
                persistence_days: null,
                tier: 1,
            });
        }
        else if (ri < RI_PERSISTENT_WARNING && riYesterday !== null && riYesterday < RI_PERSISTENT_WARNING) {
            alerts.push({
                metric: 'recovery_index',
                value: ri,
                severity: 'warning',
                threshold: RI_PERSISTENT_WARNING,
                context: `RI ${strFloat(ri)} < 0.7 for 2+ consecutive days (yesterday ${strFloat(riYesterday)}). Monitor — if persists 3+ days, deload review required.`,
                persistence_days: RI_WARNING_PERSISTENCE_DAYS,
                tier: 1,
            });
        }
    }
    // --- HRV: ≥ 20 % below the 7d baseline; alarm once the low streak exceeds 2 days
    if (truthy(latestHrv) && truthy(hrvBaseline) && hrvBaseline > 0) {
        const changePct = ((latestHrv - hrvBaseline) / hrvBaseline) * 100;
        if (changePct <= HRV_ALERT_DROP_PCT) {
            const lowDays = countHrvLowDays(input.wellness7d, hrvBaseline);
            const hrvStr = strRounded(latestHrv, 1, Number.isInteger(latestHrv));
            const baseStr = strRounded(hrvBaseline, 1, baselineIsInt(hrvBaselineValues(input.wellness7d)));
            const pctStr = strFloat(round(Math.abs(changePct), 1));
            const alarm = lowDays > AUTONOMIC_ALARM_AFTER_DAYS;
            alerts.push({
                metric: 'hrv',
                value: round(latestHrv, 1),
                severity: alarm ? 'alarm' : 'warning',
                threshold: `↓>20% vs baseline (${baseStr})`,
                context: alarm
                    ? `HRV ${hrvStr} is ${pctStr}% below baseline, persisting ${strInt(lowDays)} days.`
                    : `HRV ${hrvStr} is ${pctStr}% below baseline. Monitor — alarm if persists >2 days.`,
                persistence_days: lowDays,
                tier: 1,
            });
        }
    }
    // --- RHR: ≥ 5 bpm above the 7d baseline; alarm once the high streak exceeds 2 days
    if (truthy(latestRhr) && truthy(rhrBaseline) && rhrBaseline > 0) {
        const change = latestRhr - rhrBaseline;
        if (change >= RHR_ALERT_RISE_BPM) {
            const highDays = countRhrHighDays(input.wellness7d, rhrBaseline);
            const rhrIsInt = Number.isInteger(latestRhr);
            const baseIsInt = baselineIsInt(rhrBaselineValues(input.wellness7d));
            const rhrStr = strRounded(latestRhr, 1, rhrIsInt);
            const baseStr = strRounded(rhrBaseline, 1, baseIsInt);
            const changeStr = strRounded(change, 1, rhrIsInt && baseIsInt);
            const alarm = highDays > AUTONOMIC_ALARM_AFTER_DAYS;
            alerts.push({
                metric: 'rhr',
                value: round(latestRhr, 1),
                severity: alarm ? 'alarm' : 'warning',
                threshold: `↑≥5bpm vs baseline (${baseStr})`,
                context: alarm
                    ? `RHR ${rhrStr} is ${changeStr}bpm above baseline, persisting ${strInt(highDays)} days.`
                    : `RHR ${rhrStr} is ${changeStr}bpm above baseline. Monitor — alarm if persists >2 days.`,
                persistence_days: highDays,
                tier: 1,
            });
        }
    }
    // --- Durability (v3.4.0; reliability gate v3.104)
    const capability = get(dm, 'capability') ?? {};
    const durability = get(capability, 'durability') ?? {};
    const mean7d = get(durability, 'mean_decoupling_7d');
    const mean28d = get(durability, 'mean_decoupling_28d');
    const trend = get(durability, 'trend');
    const highDrift7d = get(durability, 'high_drift_count_7d', 0);
    const n7 = get(durability, 'qualifying_sessions_7d', 0);
    const n28 = get(durability, 'qualifying_sessions_28d', 0);
    if (mean28d !== null && mean28d > DURABILITY_ALARM_MEAN_28D && n28 >= DURABILITY_MIN_SESSIONS_28D) {
        // alarm: sustained high decoupling, needs N28 ≥ 5
        alerts.push({
            metric: 'durability',
            value: mean28d,
            severity: 'alarm',
            threshold: '28d mean > 5% (N28>=5)',
            context: `Sustained high decoupling (${strFloat(mean28d)}% 28d mean). Aerobic efficiency concern — review volume and recovery.`,
            persistence_days: null,
            tier: 3,
        });
    }
    else if (trend === 'declining' &&
        mean7d !== null &&
        mean28d !== null &&
        mean7d - mean28d > DURABILITY_DECLINE_DELTA &&
        n7 >= DURABILITY_MIN_SESSIONS_7D &&
        n28 >= DURABILITY_MIN_SESSIONS_28D) {
        // warning: declining by more than 2 points, needs N7 ≥ 3 and N28 ≥ 5
        alerts.push({
            metric: 'durability',
            value: mean7d,
            severity: 'warning',
            threshold: '7d > 28d by > 2% (N7>=3, N28>=5)',
            context: `Durability declining: 7d mean decoupling ${strFloat(mean7d)}% vs 28d ${strFloat(mean28d)}%. Check fatigue and recovery.`,
            persistence_days: null,
            tier: 3,
        });
    }
    // warning: repeated high drift, count-based (no reliability gate)
    if (highDrift7d !== null && highDrift7d >= DURABILITY_HIGH_DRIFT_COUNT) {
        alerts.push({
            metric: 'durability',
            value: highDrift7d,
            severity: 'warning',
            threshold: '>= 3 sessions with >5% decoupling in 7d',
            context: `Repeated poor durability: ${strInt(highDrift7d)} sessions with >5% decoupling in last 7 days.`,
            persistence_days: null,
            tier: 3,
        });
    }
    // --- TID drift (v3.4.0)
    const tid = get(capability, 'tid_comparison') ?? {};
    const drift = get(tid, 'drift');
    if (drift === 'acute_depolarization') {
        const pi7 = get(tid, 'pi_7d');
        const pi28 = get(tid, 'pi_28d');
        alerts.push({
            metric: 'tid_distribution',
            value: pi7,
            severity: 'warning',
            threshold: '7d PI < 2.0, 28d PI >= 2.0',
            context: `Acute depolarization: 7d PI ${strFloat(pi7)} vs 28d PI ${strFloat(pi28)}. Grey zone or threshold work displacing polarized structure.`,
            persistence_days: null,
            tier: 3,
        });
    }
    else if (drift === 'shifting') {
        const cls7 = get(tid, 'classification_7d');
        const cls28 = get(tid, 'classification_28d');
        alerts.push({
            metric: 'tid_distribution',
            value: cls7,
            severity: 'warning',
            threshold: '7d/28d classification mismatch',
            context: `TID shift: 7d ${strAny(cls7)} vs 28d ${strAny(cls28)}. Training distribution changing.`,
            persistence_days: null,
            tier: 3,
        });
    }
    return sorted(alerts, (a) => [a.tier, SEVERITY_ORDER[a.severity] ?? SEVERITY_ORDER_UNKNOWN]);
}

;// CONCATENATED MODULE: ./src/derive/readiness/modification.ts
function guidance(triggers, intensity, volume, capZone) {
    return { triggers, suggested_adjustments: { intensity, volume, cap_zone: capZone } };
}
function buildModification(triggers) {
    // no triggers (reachable: P1 modify passes the amber signals only) → preserve both
    if (triggers.length === 0)
        return guidance([], 'preserve', 'preserve', null);
    const hasSleep = triggers.includes('sleep');
    const hasHrv = triggers.includes('hrv');
    const hasRhr = triggers.includes('rhr');
    const hasAcwr = triggers.includes('acwr');
    const hasTsb = triggers.includes('tsb');
    const hasRi = triggers.includes('ri');
    const autonomic = hasHrv || hasRhr || hasRi;
    const load = hasAcwr || hasTsb;
    const multiple = triggers.length >= 2;
    // 1. ACWR among the triggers: cap intensity at Z2, cut volume
    if (hasAcwr)
        return guidance(triggers, 'reduce', 'reduce', 'Z2');
    // 2. two or more triggers: reduce both
    if (multiple)
        return guidance(triggers, 'reduce', 'reduce', null);
    // 3. sleep only: reduce volume, keep intensity
    if (hasSleep && !autonomic && !load)
        return guidance(triggers, 'preserve', 'reduce', null);
    // 4. autonomic only (HRV / RHR / RI): reduce intensity, keep volume
    if (autonomic && !hasSleep && !load)
        return guidance(triggers, 'reduce', 'preserve', null);
    // 5. TSB only: reduce volume
    if (hasTsb && !autonomic && !hasSleep)
        return guidance(triggers, 'preserve', 'reduce', null);
    // 6. fallback (unreachable with the six known signals; an unknown single trigger lands here)
    return guidance(triggers, 'reduce', 'reduce', null);
}

;// CONCATENATED MODULE: ./src/derive/readiness/signals.ts
/**
 * The per-signal statuses (green / amber / red / unavailable) the readiness decision counts.
 * Port of the "Compute signal statuses" part of _compute_readiness_decision, plus the TSB signal
 * it adds at P2 with the phase-adjusted amber threshold. Key order (hrv, rhr, sleep, acwr, ri,
 * then tsb) is the order the reference lists amber/red signals in its reasons and triggers.
 */


function computeSignals(x) {
    const signals = {};
    // HRV (rMSSD only): delta % vs the 7d baseline; ≤ -20 red, ≤ -10 amber
    let hrvDeltaPct = null;
    if (truthy(x.latestHrv) && truthy(x.hrvBaseline) && x.hrvBaseline > 0) {
        const latest = x.latestHrv;
        const base = x.hrvBaseline;
        hrvDeltaPct = round(((latest - base) / base) * 100, 1);
        const status = hrvDeltaPct <= HRV_RED_PCT ? 'red' : hrvDeltaPct <= HRV_AMBER_PCT ? 'amber' : 'green';
        signals.hrv = { status, value: round(latest, 1), baseline_7d: round(base, 1), delta_pct: hrvDeltaPct };
    }
    else {
        signals.hrv = { status: 'unavailable', value: x.latestHrv, baseline_7d: x.hrvBaseline, delta_pct: null };
        // v3.126: name the cause when the record carries SDNN but no usable rMSSD; SDNN is never
        // substituted for HRV (the key is omitted when it does not apply)
        if (x.latestHrv === null && get(x.latestWellness, 'hrvSDNN') !== null) {
            signals.hrv.reason = 'rmssd_missing_sdnn_available';
        }
    }
    // RHR: delta bpm vs the 7d baseline; ≥ 5 red, ≥ 3 amber
    if (truthy(x.latestRhr) && truthy(x.rhrBaseline) && x.rhrBaseline > 0) {
        const delta = round(x.latestRhr - x.rhrBaseline, 1);
        const status = delta >= RHR_RED_BPM ? 'red' : delta >= RHR_AMBER_BPM ? 'amber' : 'green';
        signals.rhr = { status, value: round(x.latestRhr, 1), baseline_7d: round(x.rhrBaseline, 1), delta_bpm: delta };
    }
    else {
        signals.rhr = { status: 'unavailable', value: x.latestRhr, baseline_7d: x.rhrBaseline, delta_bpm: null };
    }
    // Sleep (v3.90: hours only, quality passed through): < 5 h red, < 7 h amber
    const sleepSecs = get(x.latestWellness, 'sleepSecs');
    const sleepHours = truthy(sleepSecs) ? round(sleepSecs / 3600, 2) : null;
    const sleepQuality = get(x.latestWellness, 'sleepQuality');
    if (sleepHours !== null) {
        const status = sleepHours < SLEEP_RED_HOURS ? 'red' : sleepHours < SLEEP_AMBER_HOURS ? 'amber' : 'green';
        signals.sleep = { status, hours: sleepHours, quality: sleepQuality };
    }
    else {
        signals.sleep = { status: 'unavailable', hours: null, quality: sleepQuality };
    }
    // ACWR, start-of-day basis (v3.127), high side only: ≥ 1.5 red, ≥ 1.3 amber
    const acwrMeta = { scope: 'start_of_day', as_of_date: x.acwrAsOf, current_day_load_included: false };
    if (x.acwrSod !== null) {
        const a = x.acwrSod;
        const status = a >= ACWR_SIGNAL_RED ? 'red' : a >= ACWR_SIGNAL_AMBER ? 'amber' : 'green';
        signals.acwr = { status, value: a, ...acwrMeta };
    }
    else {
        signals.acwr = { status: 'unavailable', value: null, ...acwrMeta };
    }
    // Recovery index: < 0.6 red; < 0.7 amber only when yesterday was < 0.7 too (2-day persistence)
    if (x.ri !== null) {
        const status = x.ri < RI_ALARM
            ? 'red'
            : x.ri < RI_PERSISTENT_WARNING && x.riYesterday !== null && x.riYesterday < RI_PERSISTENT_WARNING
                ? 'amber'
                : 'green';
        signals.ri = { status, value: x.ri, value_yesterday: x.riYesterday };
    }
    else {
        signals.ri = { status: 'unavailable', value: null, value_yesterday: x.riYesterday };
    }
    return { signals, hrvDeltaPct };
}
/** The TSB signal added at P2: < -30 red, below the phase's tsb_amber amber. */
function tsbSignal(tsb, tsbAmber) {
    if (tsb === null)
        return { status: 'unavailable', value: null };
    const status = tsb < TSB_RED ? 'red' : tsb < tsbAmber ? 'amber' : 'green';
    return { status, value: round(tsb, 1) };
}
/** signal_summary and the amber / red signal names, in signal order. */
function countSignals(signals) {
    const entries = Object.entries(signals);
    const named = (s) => entries.filter(([, v]) => v.status === s).map(([k]) => k);
    const amber = named('amber');
    const red = named('red');
    return {
        summary: { green: named('green').length, amber: amber.length, red: red.length, unavailable: named('unavailable').length },
        amber,
        red,
    };
}

;// CONCATENATED MODULE: ./src/derive/readiness/decision.ts
/**
 * The go / modify / skip call. Port of _compute_readiness_decision (v3.72, start-of-day ACWR
 * v3.127) and _get_phase_modifiers. The priority ladder, first match wins:
 *
 *   P0 safety stop      RI < 0.6, or any tier-1 alarm                               → skip
 *   P1 acute overload   start-of-day ACWR ≥ 1.5 corroborated by a Tier-1 signal,
 *                       TSB < -30 with HRV < -10 %, RI < 0.7 with persistent alerts → skip
 *                       TSB < -25 with HRV < -10 %                                  → modify
 *   P2 accumulated      signal counting (TSB added, phase-adjusted thresholds):
 *      fatigue          ≥ 2 red → skip; 1 red → modify; ambers ≥ threshold → modify
 *   P3 green light                                                                  → go
 */





/** _get_phase_modifiers: race week overrides the phase; Build loosens, Taper tightens. */
function phaseModifiers(phase, raceWeekActive) {
    if (truthy(raceWeekActive))
        return RACE_WEEK_MODIFIERS;
    return (typeof phase === 'string' && Object.hasOwn(PHASE_MODIFIERS, phase) ? PHASE_MODIFIERS[phase] : null) ?? DEFAULT_MODIFIERS;
}
/** Python `a and b` for the race_week_defers flag: a falsy `active` value passes through as is. */
const pyAnd = (a, b) => (truthy(a) ? b : a);
function computeReadinessDecision(input) {
    const dm = input.derivedMetrics;
    // --- Gather inputs
    const ri = get(dm, 'recovery_index');
    const riYesterday = get(dm, 'recovery_index_yesterday');
    // v3.127: readiness reads the START-OF-DAY ACWR, never the live value: a workout completed
    // today must not change today's readiness
    const acwrSod = truthy(get(dm, 'acwr_start_of_day')) ? get(dm, 'acwr_start_of_day') : {};
    const acwr = get(acwrSod, 'value');
    const acwrAsOf = get(acwrSod, 'as_of_date');
    const tsb = input.currentTsb;
    const phaseDetection = get(dm, 'phase_detection') ?? {};
    const currentPhase = get(phaseDetection, 'phase');
    const phaseWeek = get(phaseDetection, 'phase_duration_weeks');
    const raceWeekActive = get(get(input.raceCalendar, 'race_week') ?? {}, 'active', false);
    const mods = phaseModifiers(currentPhase, raceWeekActive);
    const { signals, hrvDeltaPct } = computeSignals({
        latestHrv: get(dm, 'latest_hrv'),
        hrvBaseline: get(dm, 'hrv_baseline_7d'),
        latestRhr: get(dm, 'latest_rhr'),
        rhrBaseline: get(dm, 'rhr_baseline_7d'),
        latestWellness: input.latestWellness,
        acwrSod: acwr,
        acwrAsOf,
        ri,
        riYesterday,
    });
    const decide = (recommendation, priority, counts, raceWeekDefers, modification, reason, alarmRefs) => ({
        recommendation,
        priority,
        signals: { ...signals },
        signal_summary: counts.summary,
        phase_context: {
            phase: currentPhase,
            phase_week: phaseWeek,
            amber_threshold: mods.amber_threshold,
            modifier_applied: mods.modifier_applied,
        },
        race_week_defers: raceWeekDefers,
        modification,
        reason,
        alarm_refs: alarmRefs,
    });
    // Counts over the five primary signals (P0 and P1 report these; TSB joins at P2)
    let counts = countSignals(signals);
    // ================================================================ P0 — safety stop → skip
    // rule: RI < 0.6 (single day, immediate) or any tier-1 alarm (hrv/rhr persisting > 2 days, RI alarm)
    const tier1Alarms = input.alerts.filter((a) => get(a, 'severity') === 'alarm' && get(a, 'tier') === 1);
    const riRed = ri !== null && ri < RI_ALARM;
    if (riRed || tier1Alarms.length > 0) {
        const alarmRefs = tier1Alarms.map((a) => a.metric);
        const reasons = [];
        if (riRed)
            reasons.push(`RI ${strFloat(ri)} < 0.6`);
        if (tier1Alarms.length > 0)
            reasons.push(`tier-1 alarms: ${alarmRefs.join(', ')}`);
        return decide('skip', 0, counts, false, null, `P0 safety stop. ${reasons.join('; ')}.`, alarmRefs);
    }
    // ================================================================ P1 — acute overload → skip
    const p1Skip = [];
    const p1AlarmRefs = [];
    // rule (v3.127): start-of-day ACWR ≥ 1.5 stops the session only when a Tier-1 primary signal
    // (hrv, rhr, sleep, ri) is amber or red; uncorroborated it is an ordinary P2 red. No alarm_ref:
    // the acwr alert carries the live value and is not what triggered this branch.
    const corroborating = ACWR_CORROBORATING_SIGNALS.filter((k) => {
        const s = signals[k]?.status;
        return s === 'amber' || s === 'red';
    });
    if (acwr !== null && acwr >= P1_ACWR_SKIP && corroborating.length > 0) {
        p1Skip.push(`start-of-day ACWR ${strFloat(acwr)} (as of ${strAny(acwrAsOf)}, today's load excluded) ` +
            `>= 1.5, corroborated by ${corroborating.join(', ')}`);
    }
    // rule: compound deep TSB (< -30) with HRV confirming (< -10 %); no alert object → no alarm_ref
    if (tsb !== null && tsb < P1_SKIP_TSB && hrvDeltaPct !== null && hrvDeltaPct < P1_COMPOUND_HRV_PCT) {
        p1Skip.push(`TSB ${strFloat(tsb)} < -30 with HRV ${strFloat(hrvDeltaPct)}% below baseline`);
    }
    // rule: RI < 0.7 with tier-1 warnings/alarms persisting ≥ 2 days (the persistent alerts are the refs)
    const tier1Persistent = input.alerts.filter((a) => {
        const days = get(a, 'persistence_days');
        return (get(a, 'tier') === 1 &&
            (get(a, 'severity') === 'warning' || get(a, 'severity') === 'alarm') &&
            days !== null &&
            days >= P1_PERSISTENCE_MIN_DAYS);
    });
    if (ri !== null && ri < P1_PERSISTENT_RI && tier1Persistent.length > 0) {
        const metrics = tier1Persistent.map((a) => a.metric);
        p1Skip.push(`RI ${strFloat(ri)} < 0.7 with persistent alerts: ${metrics.join(', ')}`);
        p1AlarmRefs.push(...metrics);
    }
    if (p1Skip.length > 0) {
        return decide('skip', 1, counts, false, null, `P1 acute overload. ${p1Skip.join('; ')}.`, p1AlarmRefs);
    }
    // ================================================================ P1 — acute overload → modify
    // rule: TSB < -25 with HRV < -10 % (v3.127 removed the standalone ACWR ≥ 1.3 modify).
    // The guidance is built from the AMBER signals only, as the reference does: when the HRV that
    // triggered it is red, the triggers are empty and both adjustments "preserve".
    const p1Modify = [];
    if (tsb !== null && tsb < P1_MODIFY_TSB && hrvDeltaPct !== null && hrvDeltaPct < P1_COMPOUND_HRV_PCT) {
        p1Modify.push(`TSB ${strFloat(tsb)} < -25 with HRV ${strFloat(hrvDeltaPct)}% below baseline`);
    }
    if (p1Modify.length > 0) {
        return decide('modify', 1, counts, raceWeekActive, buildModification(counts.amber), `P1 acute overload (modify). ${p1Modify.join('; ')}.`, []);
    }
    // ================================================================ P2 — accumulated fatigue
    // The TSB signal joins with the phase's amber threshold; every count is redone.
    signals.tsb = tsbSignal(tsb, mods.tsb_amber);
    counts = countSignals(signals);
    const { amber, red } = counts;
    const nAmber = counts.summary.amber;
    const nRed = counts.summary.red;
    // rule: two or more reds → skip (no modification); in a tightened phase (Taper, race week)
    // a single red also lands here, and returns the same modify as the next branch
    if (nRed >= 2 || (nRed >= 1 && mods.tighten_red)) {
        const skip = nRed >= 2;
        return decide(skip ? 'skip' : 'modify', 2, counts, pyAnd(raceWeekActive, nRed < 2), skip ? null : buildModification([...red, ...amber]), `P2 signal count. ${nRed} red (${red.join(', ')}), ${nAmber} amber (${amber.join(', ')}).`, []);
    }
    // rule: a single red (not tightened) → modify, triggers = reds then ambers
    if (nRed >= 1) {
        return decide('modify', 2, counts, raceWeekActive, buildModification([...red, ...amber]), `P2 signal count. 1 red (${red.join(', ')}), ${nAmber} amber (${amber.join(', ')}).`, []);
    }
    // rule: ambers at or above the phase threshold (Build 3, default 2, Taper / race week 1) → modify
    if (nAmber >= mods.amber_threshold) {
        return decide('modify', 2, counts, raceWeekActive, buildModification(amber), `P2 signal count. ${nAmber} amber (${amber.join(', ')}) >= threshold ${mods.amber_threshold}.`, []);
    }
    // ================================================================ P3 — green light → go
    const s = counts.summary;
    let reason = `P3 green light. ${s.green} green, ${s.amber} amber (threshold ${mods.amber_threshold}), ${s.red} red.`;
    if (s.unavailable > P3_LIMITED_DATA_UNAVAILABLE) {
        reason += ` Note: ${s.unavailable} signals unavailable — limited data.`;
    }
    return decide('go', 3, counts, false, null, reason, []);
}

;// CONCATENATED MODULE: ./src/derive/readiness/race-alerts.ts
/**
 * Race alerts appended after the physiological ones (unsorted, tier 1). Port of
 * _generate_race_alerts: taper onset (RACE_A 8-14 days out), the race-week daily status and the
 * race-day TSB projection warning.
 */



/** `d.get(key, {})` where a present-but-null value is treated as the empty default. */
const sub = (d, key) => get(d, key) ?? {};
function generateRaceAlerts(raceCalendar) {
    const alerts = [];
    // Taper onset: race_calendar.taper_alert.active
    const taper = sub(raceCalendar, 'taper_alert');
    if (truthy(get(taper, 'active'))) {
        alerts.push({
            metric: 'race_taper',
            value: get(taper, 'days_until'),
            severity: 'info',
            threshold: 'RACE_A within 8-14 days',
            context: get(taper, 'message', 'Taper onset detected.'),
            persistence_days: null,
            tier: 1,
        });
    }
    // Race week: race_calendar.race_week.active
    const rw = sub(raceCalendar, 'race_week');
    if (truthy(get(rw, 'active'))) {
        // daily status: today's protocol label, TSS band (ints: round(ctl × pct)) and zones
        const todayProto = sub(rw, 'today');
        const load = sub(todayProto, 'load_target_tss');
        alerts.push({
            metric: 'race_week',
            value: get(rw, 'days_until_event'),
            severity: 'info',
            threshold: `${strAny(get(rw, 'event_category'))} within 7 days`,
            context: `Race week ${strAny(get(rw, 'current_day'))} of '${strAny(get(rw, 'event_name'))}'. ` +
                `Today: ${strAny(get(todayProto, 'label', '?'))}, ` +
                `${strInt(get(load, 'min', 0))}-${strInt(get(load, 'max', 0))} TSS. ` +
                `${strAny(get(todayProto, 'zones', ''))}`,
            persistence_days: null,
            tier: 1,
        });
        // projected race-day TSB (a float, round(…, 1)) below the target range's minimum (ints)
        const projected = get(rw, 'projected_race_day_tsb');
        const range = sub(rw, 'tsb_target_range');
        if (projected !== null && truthy(range)) {
            if (projected < get(range, 'min', 0)) {
                const lo = strInt(get(range, 'min'));
                const hi = strInt(get(range, 'max'));
                alerts.push({
                    metric: 'race_week_tsb',
                    value: projected,
                    severity: 'warning',
                    threshold: `TSB target ${lo}-${hi}`,
                    context: `Projected race-day TSB ${projectedTsbText(rw) ?? strFloat(projected)} is below target range ` +
                        `${lo}-${hi}. ` +
                        `Consider additional rest to reach target.`,
                    persistence_days: null,
                    tier: 1,
                });
            }
        }
    }
    return alerts;
}

;// CONCATENATED MODULE: ./src/derive/readiness/index.ts



/** _generate_alerts(derived_metrics, wellness_7d, tss_7d_total, tss_28d_total) */
function readiness_generateAlerts(_ctx, input) {
    return generateAlerts(input);
}
/** _generate_race_alerts(race_calendar) */
function readiness_generateRaceAlerts(_ctx, raceCalendar) {
    return generateRaceAlerts(raceCalendar);
}
/** _compute_readiness_decision(...) */
function readiness_computeReadinessDecision(_ctx, input) {
    return computeReadinessDecision(input);
}

;// CONCATENATED MODULE: ./src/derive/summaries.ts
/**
 * Pre-computed totals the AI coach is told to use instead of adding activities up itself:
 * summary (by activity type), weekly_summary, READ_THIS_FIRST.quick_stats.
 * Ports of _compute_activity_summary, _compute_weekly_summary and the quick_stats block.
 */




/** sum(act.get("moving_time", 0)) — absent counts 0 (the reference raises on a present null). */
function movingSeconds(activities) {
    return sum(activities.map((a) => get(a, 'moving_time', 0) ?? 0));
}
function totalTss(activities) {
    return sum(activities.filter((a) => truthy(get(a, 'icu_training_load'))).map((a) => get(a, 'icu_training_load', 0)));
}
function quickStats(activities7d) {
    const secs = movingSeconds(activities7d);
    return {
        total_training_hours: round(secs / 3600, 2),
        total_training_formatted: formatMinutes(secs),
        total_activities: activities7d.length,
        total_tss: round(totalTss(activities7d), 0),
    };
}
function weeklySummary(activities7d, wellness7d) {
    const secs = movingSeconds(activities7d);
    let avgHrv = null;
    let avgRhr = null;
    if (wellness7d.length) {
        const hrv = wellness7d.map((w) => get(w, 'hrv')).filter(isValidHrv);
        const rhr = wellness7d.map((w) => get(w, 'restingHR')).filter((x) => truthy(x));
        avgHrv = hrv.length ? round(sum(hrv) / hrv.length, 1) : null;
        avgRhr = rhr.length ? round(sum(rhr) / rhr.length, 1) : null;
    }
    return {
        total_training_hours: round(secs / 3600, 2),
        total_training_formatted: formatMinutes(secs),
        total_tss: round(totalTss(activities7d), 0),
        activities_count: activities7d.length,
        avg_hrv: avgHrv,
        avg_resting_hr: avgRhr,
    };
}
function activitySummary(activities7d, daysBack, units) {
    const byType = new Map();
    for (const a of activities7d) {
        const type = String(get(a, 'type', 'Unknown'));
        const e = byType.get(type) ?? { count: 0, seconds: 0, tss: 0, distance_km: 0 };
        e.count += 1;
        e.seconds += get(a, 'moving_time', 0) ?? 0;
        e.tss += truthy(get(a, 'icu_training_load', 0)) ? get(a, 'icu_training_load', 0) : 0;
        e.distance_km += (truthy(get(a, 'distance', 0)) ? get(a, 'distance', 0) : 0) / 1000;
        byType.set(type, e);
    }
    const breakdown = {};
    let totalSeconds = 0;
    for (const type of sorted(byType.keys())) {
        const d = byType.get(type);
        const distanceKm = round(d.distance_km, 1);
        breakdown[type] = {
            duration_decimal_hours: round(d.seconds / 3600, 2),
            count: d.count,
            tss: round(d.tss, 0),
            distance_km: distanceKm,
            display: { distance: toDisplay(distanceKm, 'distance', units) },
        };
        totalSeconds += d.seconds;
    }
    return {
        period_description: `Last ${daysBack} days of training (including today)`,
        note: 'Duration calculated from API moving_time field.',
        total_duration_decimal_hours: round(totalSeconds / 3600, 2),
        total_activities: activities7d.length,
        by_activity_type: breakdown,
    };
}

;// CONCATENATED MODULE: ./src/derive/weight.ts
/**
 * current_status.weight: gated weight signals (latest weigh-in, W/kg with its FTP source, block
 * trajectory, 7-day average, 28-day slope). A field whose data gate fails is ABSENT, and the
 * block is absent when nothing qualifies. Port of _build_weight_signal (v3.112).
 */



const BLOCK_WINDOW_DAYS = 28;
const BOUNDARY_WIDTH_DAYS = 4;
const LATEST_MAX_AGE_DAYS = 14;
const AVG_7D_MIN_ENTRIES = 4;
const SLOPE_28D_MIN_ENTRIES = 14;
function buildWeightSignal(ctx, input) {
    const today = naive_time/* NaiveDateTime */.b8.fromDate(ctx.today);
    const block = {};
    const display = {};
    let entries = [];
    for (const w of input.wellness28d ?? []) {
        const wt = get(w, 'weight');
        if (wt === null || wt === 0)
            continue;
        const dateStr = String(get(w, 'id', '') ?? '');
        if (!dateStr)
            continue;
        let d;
        try {
            d = naive_time/* NaiveDateTime */.b8.fromDate(dateStr.slice(0, 10));
        }
        catch {
            continue;
        }
        entries.push([d, Number(wt)]);
    }
    if (!entries.length)
        return null;
    entries = sorted(entries, (e) => e[0].ms, true);
    const [latestDate, latestWeight] = entries[0];
    const age = today.daysSince(latestDate);
    if (age >= 0 && age <= LATEST_MAX_AGE_DAYS) {
        block.weight_latest_kg = round(latestWeight, 1);
        block.weight_latest_date = latestDate.date();
        display.weight_latest = toDisplay(latestWeight, 'weight', input.units);
    }
    const cycling = (input.sportThresholds ?? {}).cycling ?? {};
    const testedFtp = get(cycling, 'ftp');
    const eftp = input.powerModel?.eftp ?? null;
    let ftpUsed = null;
    let ftpSource = null;
    let ftpSettingDate = null;
    if (truthy(testedFtp)) {
        ftpUsed = Number(testedFtp);
        ftpSource = 'tested';
        const outdoor = sorted(Object.keys(input.ftpHistory.outdoor ?? {}), (k) => k, true);
        const indoor = sorted(Object.keys(input.ftpHistory.indoor ?? {}), (k) => k, true);
        if (outdoor.length)
            ftpSettingDate = outdoor[0];
        else if (indoor.length)
            ftpSettingDate = indoor[0];
    }
    else if (truthy(eftp)) {
        ftpUsed = Number(eftp);
        ftpSource = 'eftp';
    }
    if ('weight_latest_kg' in block && truthy(ftpUsed) && block.weight_latest_kg > 0) {
        block.wkg_current = round(ftpUsed / block.weight_latest_kg, 2);
        block.wkg_ftp_source = ftpSource;
        if (ftpSettingDate)
            block.ftp_setting_date = ftpSettingDate;
    }
    const first4Low = today.addDays(-(BLOCK_WINDOW_DAYS - 1));
    const first4High = today.addDays(-(BLOCK_WINDOW_DAYS - BOUNDARY_WIDTH_DAYS));
    const last4Low = today.addDays(-(BOUNDARY_WIDTH_DAYS - 1));
    const nearestInRange = (low, high, anchor) => {
        let best = null;
        let bestDist = null;
        for (const [d, w] of entries) {
            if (low.ms <= d.ms && d.ms <= high.ms) {
                const dist = Math.abs(d.daysSince(anchor));
                if (bestDist === null || dist < bestDist) {
                    best = w;
                    bestDist = dist;
                }
            }
        }
        return best;
    };
    const atStart = nearestInRange(first4Low, first4High, first4Low);
    const atEnd = nearestInRange(last4Low, today, today);
    if (truthy(atStart) && truthy(atEnd) && truthy(ftpUsed)) {
        block.wkg_block_start = round(ftpUsed / atStart, 2);
        block.wkg_block_end = round(ftpUsed / atEnd, 2);
        block.wkg_block_delta = round(block.wkg_block_end - block.wkg_block_start, 2);
    }
    const sevenCut = today.addDays(-6);
    const seven = entries.filter(([d]) => d.ms >= sevenCut.ms).map(([, w]) => w);
    if (seven.length >= AVG_7D_MIN_ENTRIES) {
        const avg = sum(seven) / seven.length;
        block.weight_7d_avg_kg = round(avg, 1);
        display.weight_7d_avg = toDisplay(avg, 'weight', input.units);
    }
    const cut28 = today.addDays(-(BLOCK_WINDOW_DAYS - 1));
    const pairs = entries.filter(([d]) => d.ms >= cut28.ms);
    if (pairs.length >= SLOPE_28D_MIN_ENTRIES) {
        const xs = pairs.map(([d]) => d.daysSince(cut28));
        const ys = pairs.map(([, w]) => w);
        const n = xs.length;
        const mx = sum(xs) / n;
        const my = sum(ys) / n;
        let num = 0;
        let den = 0;
        for (let i = 0; i < n; i++)
            num += (xs[i] - mx) * (ys[i] - my);
        for (let i = 0; i < n; i++)
            den += (xs[i] - mx) ** 2;
        if (den > 0) {
            const slope = (num / den) * 7;
            block.weight_28d_slope_kg_per_week = round(slope, 3);
            display.weight_28d_slope_per_week =
                input.units?.weight === 'lb' ? { value: round(slope * 2.20462, 3), unit: 'lb/week' } : { value: round(slope, 3), unit: 'kg/week' };
        }
    }
    if (!Object.keys(block).length)
        return null;
    if (Object.keys(display).length)
        block.display = display;
    return block;
}

;// CONCATENATED MODULE: ./src/derive/index.ts
/**
 * derive: every output of one run as pure functions of (snapshot, context). No I/O, no clock.
 * The order follows the reference's data flow (collect_training_data): history first (latest.json
 * reads it back), then fitness and FTP history, routes, race calendar, planned workouts,
 * intervals, derived metrics, alerts, readiness, and the display blocks.
 */
















function deriveOutputs(ctx, snap, opts) {
    const today = ctx.today;
    const athlete = snap.athlete;
    const units = athleteUnits(athlete);
    // history.json first: latest.json reads it back (history block, phase detection rows)
    // a failed generation is non-critical in the reference: no history.json is written this run and
    // latest.json reads the previous file
    let history = null;
    if (opts.generateHistory && snap.history3y) {
        try {
            history = generateHistory(ctx, { ...snap.history3y, athlete, previousFtpHistory: snap.previous.ftpHistory });
        }
        catch {
            history = null;
        }
    }
    const historyNow = history ?? snap.previous.history;
    const oldestDisplay = ctx.now.addDays(-(ctx.daysBack - 1)).date();
    const activities28d = snap.activities28d;
    const activities7d = activities28d.filter((a) => actDate(a) >= oldestDisplay);
    const latestWellness = snap.wellness7d.length ? snap.wellness7d[snap.wellness7d.length - 1] : {};
    const sportThresholds = buildSportThresholds(athlete);
    const powerModel = powerModelFromWellness(snap.todayWellness);
    const vo2max = get(snap.todayWellness, 'vo2max');
    const events = snap.events;
    const pastCutoff = oldestDisplay;
    const pastEvents = events.filter((e) => pastCutoff <= actDate(e) && actDate(e) <= today);
    const pairingEvents = events.filter((e) => actDate(e) <= today);
    const futureEvents = events.filter((e) => actDate(e) >= today);
    const nearLimit = ctx.now.addDays(42).date();
    const nearFutureEvents = futureEvents.filter((e) => actDate(e) <= nearLimit);
    const healthContext = buildHealthContext(ctx, {
        healthEvents: snap.healthEvents,
        fallbackEvents: events,
        latestWellness,
        fallbackOldest: snap.eventsOldest,
    });
    const fitness = computeFitness(ctx, {
        todayWellness: snap.todayWellness,
        yesterdayWellness: snap.yesterdayWellness,
        events,
        activities7d,
    });
    const cycling = sportThresholds.cycling ?? {};
    const ftpIndoor = get(cycling, 'ftp_indoor');
    const ftpOutdoor = get(cycling, 'ftp');
    const ftpHistory = updateFtpHistory(ctx, normaliseFtpHistory(snap.previous.ftpHistory), ftpIndoor, ftpOutdoor);
    const [biIn, oldIn] = benchmarkIndex(ctx, ftpIndoor, ftpHistory.indoor);
    const [biOut, oldOut] = benchmarkIndex(ctx, ftpOutdoor, ftpHistory.outdoor);
    const routes = generateRoutes(ctx, {
        events,
        previousRoutes: snap.previous.routes,
        attachments: snap.attachments,
        units,
    });
    const raceCalendar = buildRaceCalendar(ctx, {
        futureEvents,
        ctl: fitness.ctl,
        atl: fitness.atl,
        tsb: fitness.tsb,
        activities7d,
        units,
        terrainEventIds: routes.terrainEventIds,
    });
    const formatted = formatEvents(ctx, nearFutureEvents, routes.terrainEventIds);
    const intervals = generateIntervals(ctx, {
        activities28d,
        previousIntervals: snap.previous.intervals,
        pairingEvents,
        fetches: snap.intervalFetches,
    });
    const derivedMetrics = calculateDerivedMetrics(ctx, {
        activities7d,
        activities28d,
        wellness7d: snap.wellness7d,
        wellness28d: snap.wellness28d,
        currentCtl: fitness.ctl,
        currentAtl: fitness.atl,
        currentTsb: fitness.tsb,
        pastEvents,
        activitiesForConsistency: activities7d,
        powerModel,
        benchmarkIndoor: [biIn, oldIn, ftpIndoor],
        benchmarkOutdoor: [biOut, oldOut, ftpOutdoor],
        vo2max,
        formattedPlannedWorkouts: formatted?.planned ?? [],
        raceCalendar,
        powerCurveData: snap.powerCurves,
        powerCurveDates: snap.curveDates,
        hrCurveData: snap.hrCurves,
        sustainabilityCurves: snap.sustainabilityCurves,
        sustainabilityWindow: snap.sustainabilityWindow,
        sportSettings: sportThresholds,
        icuWeight: get(athlete, 'icu_weight'),
        ftpHistory,
        history: historyNow,
        intervalsData: intervals.intervalsData,
    });
    let alerts = readiness_generateAlerts(ctx, {
        derivedMetrics,
        wellness7d: snap.wellness7d,
        tss7dTotal: get(derivedMetrics, 'tss_7d_total', 0),
        tss28dTotal: get(derivedMetrics, 'tss_28d_total', 0),
    });
    if (alerts)
        alerts = [...alerts, ...readiness_generateRaceAlerts(ctx, raceCalendar)];
    const readinessDecision = alerts
        ? readiness_computeReadinessDecision(ctx, {
            derivedMetrics,
            alerts,
            latestWellness,
            activities28d,
            raceCalendar,
            currentTsb: fitness.tsb,
        })
        : undefined;
    const tempUnit = athlete.fahrenheit ? 'F' : 'C';
    const windUnit = get(athlete, 'wind_speed') || 'MPS';
    const recentActivities = formatActivities(ctx, {
        activities28d,
        intervalActivityIds: intervals.intervalActivityIds,
        intervalsData: intervals.intervalsData,
        buildDfaSummary: buildDfaSummary,
        tempUnit,
        windUnit,
        speedUnit: 'KPH',
        units,
        snapshot: snap,
    });
    const weight = buildWeightSignal(ctx, { wellness28d: snap.wellness28d, sportThresholds, powerModel, ftpHistory, units });
    return {
        latest: {
            daysBack: ctx.daysBack,
            zonePreference: ctx.zonePreference,
            activities7d,
            athleteProfile: athleteProfile(ctx, athlete, units),
            athleteNotes: get(athlete, 'icu_notes'),
            alerts,
            readinessDecision,
            healthContext,
            history: historyConfidence(ctx, historyNow),
            summary: activitySummary(activities7d, ctx.daysBack, units),
            fitness,
            powerModel,
            vo2max,
            sportThresholds,
            currentMetrics: currentMetrics(latestWellness, athlete, units),
            weight,
            derivedMetrics,
            recentActivities,
            wellnessData: formatWellness(snap.wellness7d, units),
            plannedWorkouts: formatted?.planned,
            workoutSummaryStats: formatted?.summaryStats,
            weeklySummary: weeklySummary(activities7d, snap.wellness7d),
            raceCalendar,
            units,
        },
        ftpHistory,
        history,
        intervals: intervals.intervalsData,
        routes: routes.routesData,
    };
}

;// CONCATENATED MODULE: ./src/render/read-this-first-texts.ts
/** Fixed guidance texts of READ_THIS_FIRST: part of the output contract AI coaches read, kept verbatim. */
const INSTRUCTION_FOR_AI = "DO NOT calculate totals from individual activities. Use the pre-calculated values in 'summary', 'weekly_summary', and 'derived_metrics' sections below. These are already computed accurately from the API data.";
const DISPLAY_FORMATTING = "For durations and sleep, always display the '_formatted' fields (e.g., sleep_formatted, duration_formatted, total_training_formatted) instead of converting decimal '_hours' values. The formatted fields are pre-calculated from raw seconds and avoid rounding errors.";
const CAPABILITY_METRICS_NOTE = "The 'capability' block in derived_metrics contains durability trend (aggregate decoupling 7d/28d), efficiency factor trend (aggregate EF 7d/28d), HRRc trend (heart rate recovery 7d/28d), TID comparison (7d vs 28d distribution drift), power curve delta (MMP shift at anchor durations across 28d windows \u2014 energy system adaptation direction), HR curve delta (max sustained HR shift at anchor durations \u2014 cardiac adaptation, cross-sport), sustainability profile (per-sport power/HR sustainability table for race estimation \u2014 42d window, sport-filtered), and DFA a1 profile (per-session non-linear HRV index from AlphaHRV Connect IQ field \u2014 latest_session + trailing_by_sport with crossing-band easy_guard / LT1 / LT2 estimates). These measure HOW the athlete expresses fitness, not just load. Use these for coaching context alongside traditional load metrics. Durability and EF trend direction matters more than absolute values. HRRc is display only \u2014 higher = better parasympathetic recovery. Power curve delta rotation_index reveals whether gains are sprint-biased (positive) or endurance-biased (negative). HR curve delta is ambiguous \u2014 rising max sustained HR may indicate fitness or fatigue; cross-reference with resting HRV/HR and RPE. Sustainability profile provides race estimation lookup: actual MMP, Coggan predicted (cycling only), CP/W' model (cycling only), model_divergence_pct (actual vs CP \u2014 divergence IS the coaching signal). CP/W' is primary for durations \u226420min; Coggan duration factors are the established reference for \u226560min. Source flag (observed_outdoor/observed_indoor) matters for cycling race estimation \u2014 indoor MMP is typically 3-5% lower. DFA a1 profile: three self-describing markers (each estimate + crossing block carries marker_dfa_a1) \u2014 easy_guard (a1 1.0, a conservative easy-state guard, NOT a threshold), lt1 (a1 0.75, HRVT1 / aerobic threshold), lt2 (a1 0.5, HRVT2 / anaerobic threshold). The literature threshold markers (0.75 / 0.5) are cycling-validated only - non-cycling sports get rollups but validated=False. Every estimate requires a SUSTAINED contiguous crossing: each session's easy_guard_crossing / lt1_crossing / lt2_crossing carries a reason (ok / no_samples_in_band / insufficient_total_dwell / no_contiguous_dwell); scattered in-band time does not produce an estimate. v3.122: dwell is not sufficient. Each crossing also carries estimate_eligible / estimate_reason / n_eligible_segments - a1 reflects the prior 200 beats while watts is instantaneous, so a crossing recorded across varying power blends work and recovery into a number that is not usable as a threshold estimate. avg_hr / avg_watts stay populated on a dwell-qualified but estimate-ineligible crossing as descriptive evidence (a dwell-failed crossing has null averages as before); read estimate_eligible, never infer from absence. Compact lt1_/lt2_ summary fields and all trailing rollups consume eligible crossings only. HR is pooled across sessions; watts are split by environment for cycling (watts_outdoor, watts_indoor with per-environment n_sessions) - compare watts_outdoor against ftp, watts_indoor against ftp_indoor. Non-cycling sports keep pooled watts. easy_guard_estimate, lt1_estimate and lt2_estimate are each gated INDEPENDENTLY - null when that marker has fewer than 3 estimate-ELIGIBLE marker-sessions (v3.122 - not merely dwell-qualified; see easy_guard_eligible_sessions / lt1_eligible_sessions / lt2_eligible_sessions alongside the *_crossing_sessions counts, and note that any gap between them means at least one dwell-qualified marker-session was estimate-rejected). An estimate is null whenever minimum estimate-eligible session depth is not met. If at least one eligible session exists, trailing_by_sport.{sport}.easy_guard_reason / lt1_reason / lt2_reason is insufficient_sessions. If none exists, the staged reason identifies the dominant blocker: dwell failure, incomplete coverage, excessive artifacts, non-positive mean power, or non-stationary power. Do NOT read a null estimate as 'the athlete did not sustain that marker' - read the reason. IMPORTANT: easy_guard is a conservative easy-state compliance guard, NOT an LT1/aerobic-threshold estimate - never compare it to dossier zones and never treat it as a calibration or staleness signal; only lt1 (0.75) and lt2 (0.5) inform threshold calibration. lt1 (0.75) populates only on rides that sustain aerobic-threshold intensity, so it is often null on easy/deload riding - that is expected, not a data gap. Sport-level confidence is a coarse max across the THRESHOLD markers only (lt1, lt2; easy_guard excluded) - low is suppressed for calibration delta surfacing, usable at 'moderate' or 'high'; per-marker estimate presence + reason are authoritative. DFA a1 is a Tier-2 interpretive signal - does NOT enter readiness P0-P3 ladder, does NOT auto-update dossier zones; surfaces calibration deltas only (from lt1/lt2, never easy_guard). Quality gate: refuse to interpret any DFA output when latest_session.sufficient=false. Threshold (lt1/lt2) calibration additionally requires trailing confidence != null; when confidence is null, do NOT surface lt1/lt2 calibration deltas. easy_guard is NOT gated on confidence (it is excluded from it) - interpret easy_guard_estimate from its own reason / n_sessions / quality when present, but never as a calibration signal. See SECTION_11.md DFA a1 Protocol for full interpretation rules.";
const READINESS_DECISION_NOTE = "The 'readiness_decision' block contains a pre-computed go/modify/skip recommendation with priority level (P0=safety, P1=overload, P2=fatigue, P3=green), individual signal statuses, phase-adjusted thresholds, and structured modification guidance. Use this as the baseline for pre-workout recommendations. Override only under the override rules in SECTION_11.md (Feel/RPE Override): athlete-reported state escalates unconditionally, de-escalation is P2-only, P0/P1 are not overridable. signals.acwr is the START-OF-DAY value from derived_metrics.acwr_start_of_day - the same 7d/28d windows with today's activities excluded - so it does not move when a workout is completed today. derived_metrics.acwr stays live and today-inclusive: retrospective load context only (acwr_readiness_eligible false), never used to approve, modify or veto a later same-day session or tomorrow's. Tomorrow is decided from tomorrow morning's readiness output, whose start-of-day value will include today's training. ACWR alone no longer forces P1 - a Skip needs start-of-day ACWR >= 1.5 plus a corroborating Tier-1 signal, and uncorroborated ACWR counts as an ordinary P2 amber/red. signals.hrv may carry an optional reason: 'rmssd_missing_sdnn_available' means the latest wellness record has no usable rMSSD but does carry SDNN. SDNN is a different metric and is explanatory metadata only - never a readiness input, never treated as HRV. Report HRV as unavailable and name the cause.";
const read_this_first_texts_HEALTH_CONTEXT_NOTE = "The 'health_context' block carries athlete-reported illness and injury markers. It is CONTEXT, NOT a readiness input - readiness_decision is physiological only and can legitimately read 'go' while clarification_required is true. Calendar markers are matched on the canonical Intervals.icu category (SICK / INJURED), never on the event title. end_date is already converted to the INCLUSIVE last CALENDAR-MARKED day (not the last day the athlete was unwell); Intervals stores an exclusive end. IMPORTANT: end_date_local is the end of the calendar MARKING, not evidence that the illness or injury ended - illness is normally marked for the current day because recovery cannot be predicted. There is deliberately no 'active' field, because a false value would read as 'recovered'. Read marker_active (a marker spans today), recent_marker (a marker ended within recent_window_days and none spans today - recovery status UNKNOWN), and clarification_required. When clarification_required is true, do not give an unqualified full-program recommendation: acknowledge a current marker and establish severity; after a recent marker, ask whether the athlete has recovered rather than assuming it; this escalates only and is never grounds to relax an existing Skip, and never by itself an automatic Skip. wellness_injury is the CURRENT value only (the full series is in wellness_data[].injury and history.json daily_90d[].injury) and contributes to clarification_required only when freshness is 'current' and value >= 3; a 'stale' value is visible context that triggers nothing. source_status 'partial' means the dedicated health fetch failed and the block was built from the narrower main event fetch - marker_active and recent_marker are OMITTED in that case because they were not established, an empty current/recent list is NOT evidence of no marker, and clarification_required stays true. A span beginning before lookback_days is not visible; absence is never proof of no illness.";
const WELLNESS_FIELD_SCALES = {
    note: 'All categorical wellness fields use a 1-4 positional scale where 1 = best state, 4 = worst state. Labels differ per field but direction is consistent. Fields are null when not reported.',
    sleep_quality: {
        '1': 'GREAT',
        '2': 'OK',
        '3': 'POOR',
        '4': 'WORST',
    },
    fatigue: {
        '1': 'None',
        '2': 'Some',
        '3': 'High',
        '4': 'Extreme',
        ui_note: "Labeled 'Pre training' in Intervals.icu",
    },
    soreness: {
        '1': 'None',
        '2': 'Some',
        '3': 'High',
        '4': 'Extreme',
        ui_note: "Labeled 'Pre training' in Intervals.icu",
    },
    stress: {
        '1': 'LOW',
        '2': 'AVG',
        '3': 'HIGH',
        '4': 'EXTREME',
    },
    mood: {
        '1': 'GREAT',
        '2': 'GOOD',
        '3': 'OK',
        '4': 'GRUMPY',
    },
    motivation: {
        '1': 'EXTREME',
        '2': 'HIGH',
        '3': 'AVG',
        '4': 'LOW',
    },
    injury: {
        '1': 'NONE',
        '2': 'NIGGLE',
        '3': 'POOR',
        '4': 'INJURED',
    },
    hydration: {
        '1': 'GOOD',
        '2': 'OK',
        '3': 'POOR',
        '4': 'BAD',
    },
    menstrual: 'menstrual_phase and menstrual_phase_predicted are not on the 1-4 scale. Values: PERIOD, FOLLICULAR, OVULATION, LUTEAL, etc.',
};

;// CONCATENATED MODULE: ./src/render/latest.ts


const latest_ACWR_DAYS = 28;
function defined(entries) {
    const out = {};
    for (const [k, v] of entries)
        if (v !== undefined)
            out[k] = v;
    return out;
}
function renderLatest(p, meta) {
    const zonePref = Object.keys(p.zonePreference).length ? p.zonePreference : 'default (power preferred, HR fallback)';
    const currentStatus = {
        fitness: { ...p.fitness },
        thresholds: {
            eftp: p.powerModel.eftp,
            w_prime: p.powerModel.w_prime,
            w_prime_kj: p.powerModel.w_prime_kj,
            p_max: p.powerModel.p_max,
            vo2max: p.vo2max ?? null,
            sports: p.sportThresholds,
        },
        current_metrics: p.currentMetrics,
    };
    if (p.weight)
        currentStatus.weight = p.weight;
    return defined([
        [
            'READ_THIS_FIRST',
            {
                instruction_for_ai: INSTRUCTION_FOR_AI,
                display_formatting: DISPLAY_FORMATTING,
                data_period: `Last ${p.daysBack} days (including today)`,
                extended_data_note: `ACWR and baselines calculated from ${latest_ACWR_DAYS} days of data`,
                capability_metrics_note: CAPABILITY_METRICS_NOTE,
                readiness_decision_note: READINESS_DECISION_NOTE,
                health_context_note: read_this_first_texts_HEALTH_CONTEXT_NOTE,
                zone_preference: zonePref,
                wellness_field_scales: WELLNESS_FIELD_SCALES,
                quick_stats: quickStats(p.activities7d),
            },
        ],
        [
            'metadata',
            {
                athlete_id: 'REDACTED',
                last_updated: meta.lastUpdated,
                data_range_days: p.daysBack,
                extended_range_days: latest_ACWR_DAYS,
                version: meta.version,
            },
        ],
        ['athlete_profile', p.athleteProfile],
        ['athlete_notes', p.athleteNotes ?? null],
        ['alerts', p.alerts],
        ['readiness_decision', p.readinessDecision],
        ['health_context', p.healthContext],
        ['history', p.history],
        ['summary', p.summary],
        ['current_status', currentStatus],
        ['derived_metrics', p.derivedMetrics],
        ['recent_activities', p.recentActivities],
        ['wellness_data', p.wellnessData],
        ['planned_workouts', p.plannedWorkouts],
        ['workout_summary_stats', p.workoutSummaryStats],
        ['weekly_summary', p.weeklySummary],
        ['race_calendar', p.raceCalendar],
    ]);
}

;// CONCATENATED MODULE: ./src/version.ts
/** The producer identity written into outputs (metadata.version, sync_version, script_hash). */
const PRODUCER_NAME = 'intervals-mirror';
const PRODUCER_VERSION = '0.1.0';
/** Changes whenever cached outputs (history.json, intervals.json) must be rebuilt. Bump with any
 * change to how those files are derived; it plays the role of the reference's script_hash. */
const SCHEMA_IDENTITY = `${PRODUCER_NAME}-${PRODUCER_VERSION}`;
const REFERENCE_VERSION = '3.128';

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/pipeline.ts
/**
 * One sync: fetch → snapshot → derive → render. The fronts (action, CLI) pass the clock and the
 * settings in; nothing below them reads the clock or the environment.
 */













const SCRIPT_HASH = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(SCHEMA_IDENTITY).digest('hex').slice(0, 12);
/** The Intervals.icu failures a user can fix, as one line naming the fix. */
function explainIntervalsError(e, athleteId) {
    if (e.status === 401) {
        return `Intervals.icu rejected the API key (HTTP 401 on ${e.endpoint}): check the api-key input (the INTERVALS_KEY secret); the key is under Settings → Developer Settings in Intervals.icu`;
    }
    if (e.status === 403) {
        return `Intervals.icu refused access (HTTP 403 on ${e.endpoint}): the api-key input (INTERVALS_KEY secret) does not grant access to athlete "${athleteId}"; check both the api-key and athlete-id inputs`;
    }
    if (e.status === 404 && e.endpoint === 'GET /athlete/{id}') {
        return `Intervals.icu has no athlete "${athleteId}" (HTTP 404): check the athlete-id input (ATHLETE_ID secret, e.g. i123456, shown in Intervals.icu settings)`;
    }
    if (e.status === 429) {
        return `Intervals.icu rate limit (HTTP 429 on ${e.endpoint}${e.retryAfterRaw ? `, retry after ${e.retryAfterRaw}` : ''}): the next scheduled run will try again; avoid schedules more frequent than every 15 minutes`;
    }
    if (e.kind === 'schema' || e.kind === 'malformed')
        return `${e.message} — Intervals.icu sent data this version cannot use; nothing was written`;
    return `${e.message} — Intervals.icu could not be read; nothing was written, the next run will try again`;
}
async function runSync(settings, deps) {
    const log = deps.log ?? (() => undefined);
    const previous = await (0,state/* readPreviousState */.R6)(deps.readState);
    const client = new IntervalsClient({ ...deps.client, baseUrl: settings.apiBaseUrl, apiKey: settings.apiKey, fetch: deps.fetch });
    const skipped = emptySkipped();
    const api = new IntervalsApi(client, settings.athleteId, skipped);
    try {
        const athleteP = api.athlete();
        let timezone = settings.timezone;
        if (timezone === 'athlete') {
            const tz = (await athleteP).timezone;
            timezone = typeof tz === 'string' && (0,naive_time/* isValidTimeZone */.Aq)(tz) ? tz : 'UTC';
        }
        const now = naive_time/* NaiveDateTime */.b8.fromInstant(deps.nowInstantMs, timezone);
        const ctx = makeContext(now, {
            daysBack: settings.days,
            weekStartDay: settings.weekStartDay,
            zonePreference: settings.zonePreference,
            producerVersion: PRODUCER_VERSION,
            scriptHash: SCRIPT_HASH,
            nowInstantMs: deps.nowInstantMs,
        });
        const generateHistory = shouldGenerateHistory(ctx, previous, settings.forceHistory);
        log(`today is ${ctx.today} (${timezone}); history.json ${generateHistory ? 'will be generated' : 'is current'}`);
        const snap = await collectSnapshot(api, ctx, athleteP, previous, generateHistory);
        if (skipped.stravaStubs || skipped.invalid) {
            log(`skipped ${skipped.stravaStubs} Strava-sourced stub(s) and ${skipped.invalid} unusable row(s)` +
                (skipped.firstReason ? ` (first: ${skipped.firstReason})` : ''));
        }
        const out = deriveOutputs(ctx, snap, { generateHistory });
        const latest = renderLatest(out.latest, { lastUpdated: ctx.now.isoformat(), version: PRODUCER_VERSION });
        const files = {};
        if (out.history)
            files['history.json'] = (0,pyjson/* dumps */.Y)(out.history);
        files['ftp_history.json'] = (0,pyjson/* dumps */.Y)(out.ftpHistory, { sortKeys: true });
        files['latest.json'] = (0,pyjson/* dumps */.Y)(latest);
        if (out.intervals)
            files['intervals.json'] = (0,pyjson/* dumps */.Y)(out.intervals);
        if (out.routes)
            files['routes.json'] = (0,pyjson/* dumps */.Y)(out.routes);
        return {
            files,
            latest,
            timezone,
            today: ctx.today,
            requests: client.requested,
            skippedRows: skipped,
            historyGenerated: out.history !== null,
        };
    }
    catch (e) {
        if (e instanceof IntervalsError)
            throw new SyncError(explainIntervalsError(e, settings.athleteId));
        throw e;
    }
}
class SyncError extends Error {
}


/***/ }),

/***/ 440:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ writeFilesAtomically)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Atomic local publish: every output is first written to a temporary folder next to the
 * targets, and only when all of them are written are they renamed into place. A run that fails
 * before that leaves the previous files byte-identical.
 */


async function writeFilesAtomically(dir, files) {
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(dir, { recursive: true });
    const staging = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdtemp(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, '.intervals-mirror-'));
    try {
        const names = Object.keys(files);
        for (const name of names) {
            const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(staging, name);
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target), { recursive: true });
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(target, files[name], 'utf8');
        }
        for (const name of names) {
            const dest = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name);
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dest), { recursive: true });
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(staging, name), dest);
        }
        return names;
    }
    finally {
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(staging, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 709:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R6: () => (/* binding */ readPreviousState),
/* harmony export */   _5: () => (/* binding */ folderReader),
/* harmony export */   ci: () => (/* binding */ StateFileError)
/* harmony export */ });
/* unused harmony export STATE_FILES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_pyjson_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(682);
/**
 * The previous state files (the outputs of the last run), read from the output folder.
 * ftp_history.json cannot be rebuilt from the API, and intervals.json holds interval data for
 * activities older than the 72-hour scan window that the run would not fetch again, so an
 * unreadable one of these stops the run instead of being replaced with less (the reference
 * silently starts intervals.json afresh). history.json, routes.json and latest.json are caches
 * the run rebuilds in full from the API, as the reference does.
 */



const STATE_FILES = {
    latest: 'latest.json',
    history: 'history.json',
    intervals: 'intervals.json',
    routes: 'routes.json',
    ftpHistory: 'ftp_history.json',
};
class StateFileError extends Error {
}
function folderReader(dir) {
    return async (name) => {
        try {
            return await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name), 'utf8');
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return null;
            throw e;
        }
    };
}
function parseDict(text) {
    try {
        const v = (0,_lib_pyjson_js__WEBPACK_IMPORTED_MODULE_2__/* .loads */ .q)(text);
        return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
    }
    catch {
        return undefined;
    }
}
async function readPreviousState(read) {
    const [latest, history, intervals, routes, ftp] = await Promise.all([
        read(STATE_FILES.latest),
        read(STATE_FILES.history),
        read(STATE_FILES.intervals),
        read(STATE_FILES.routes),
        read(STATE_FILES.ftpHistory),
    ]);
    let ftpHistory = null;
    if (ftp !== null) {
        const parsed = parseDict(ftp);
        if (parsed === undefined) {
            throw new StateFileError(`${STATE_FILES.ftpHistory} exists but is not a JSON object; it cannot be rebuilt from Intervals.icu, so fix or restore it from git history (it was left untouched)`);
        }
        ftpHistory = parsed;
    }
    const intervalsParsed = intervals === null ? null : parseDict(intervals);
    if (intervalsParsed === undefined) {
        throw new StateFileError(`${STATE_FILES.intervals} exists but is not a JSON object; it holds interval data older than the 72-hour scan window that would be lost, so fix it, restore it from git history, or delete it to start it afresh (it was left untouched)`);
    }
    const historyParsed = history === null ? null : parseDict(history);
    return {
        latest: latest === null ? null : (parseDict(latest) ?? null),
        history: historyParsed ?? null,
        historyUnreadable: history !== null && historyParsed === undefined,
        intervals: intervalsParsed,
        routes: routes === null ? null : (parseDict(routes) ?? null),
        ftpHistory,
    };
}


/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__settingsFromArgs = __webpack_exports__.X;
/******/ export { __webpack_exports__settingsFromArgs as settingsFromArgs };
/******/ 
