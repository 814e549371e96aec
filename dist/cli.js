#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5581:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ settingsFromArgs)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2973);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5190);
/* harmony import */ var _snapshot_state_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4709);
/* harmony import */ var _publish_local_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3440);
/* harmony import */ var _lib_redact_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(310);
/**
 * intervals-mirror CLI: the same pipeline as the action, from a shell.
 *
 *   intervals-mirror demo    (the built-in demo athlete against the built-in fake API → ./demo-output)
 *   intervals-mirror bench   (first and steady-state run timings with 50 ms latency per request)
 *   intervals-mirror sync --athlete-id ID --api-key KEY [--api-base-url URL] [--out DIR]
 *       [--now ISO8601] [--timezone athlete|IANA] [--days N] [--week-start mon..sun]
 *       [--zone-preference run:hr,cycling:power] [--force-history] [--no-digest] [--no-charts]
 *       [--anonymize] [--privacy-radius M] [--debug]
 *
 * ATHLETE_ID and INTERVALS_KEY are read from the environment when the flags are absent.
 * Exit 0 on success; otherwise one line on stderr (the API key and any piece or encoding of it
 * removed) and exit 2 for a failure the user can fix (settings, Intervals.icu, state files) or 1
 * for an unexpected one. `--debug` (or INTERVALS_MIRROR_DEBUG=1) adds, on stderr, one trace line
 * per Intervals.icu request and the stack of a failure. INTERVALS_MIRROR_TIMEOUT_MS sets the
 * deadline of one request attempt (headers and body; default 30000).
 */







const USAGE = 'usage: intervals-mirror sync --athlete-id ID --api-key KEY [--api-base-url URL] [--out DIR] [--now ISO8601] ' +
    '[--timezone athlete|IANA] [--days N] [--week-start mon..sun] [--zone-preference run:hr,cycling:power] [--force-history] [--no-digest] [--no-charts] [--anonymize] [--privacy-radius M] [--debug]';
const OPTIONS = {
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
    'no-digest': { type: 'boolean' },
    'no-charts': { type: 'boolean' },
    anonymize: { type: 'boolean' },
    'privacy-radius': { type: 'string' },
    debug: { type: 'boolean' },
    help: { type: 'boolean' },
};
function parse(argv) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, allowPositionals: true, options: OPTIONS });
    }
    catch (e) {
        // node's own wording ("Unknown option '--x'…") plus the usage, on one line
        const why = (e instanceof Error ? e.message : String(e)).split(/\n|\. /)[0];
        throw new _config_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${why}; ${USAGE}`);
    }
}
function settingsFromArgs(argv, env) {
    const { values, positionals } = parse(argv);
    if (values.help || positionals[0] !== 'sync' || positionals.length !== 1)
        throw new _config_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(USAGE);
    return {
        athleteId: (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .requireValue */ .vd)('--athlete-id', values['athlete-id'] ?? env.ATHLETE_ID, 'your Intervals.icu athlete id, e.g. i123456 (or set ATHLETE_ID)'),
        apiKey: (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .requireValue */ .vd)('--api-key', values['api-key'] ?? env.INTERVALS_KEY, 'your Intervals.icu API key (or set INTERVALS_KEY)'),
        apiBaseUrl: (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .parseApiBaseUrl */ .yT)(values['api-base-url']),
        days: (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDays */ .bs)(values.days),
        weekStartDay: (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .parseWeekStart */ .OA)(values['week-start']),
        zonePreference: (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .parseZonePreference */ .n_)(values['zone-preference']),
        timezone: (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTimezone */ .hr)(values.timezone),
        nowInstantMs: (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .parseNow */ .A7)(values.now),
        outputDir: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(values.out ?? '.'),
        forceHistory: Boolean(values['force-history']),
        // the CLI has no repository to ask: the full data unless --anonymize (docs/privacy.md)
        anonymize: Boolean(values.anonymize),
        privacyRadiusM: (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePrivacyRadius */ .Of)(values['privacy-radius']),
        digest: !values['no-digest'],
        charts: !values['no-charts'],
    };
}
function parseTimeoutMs(raw) {
    const v = (raw ?? '').trim();
    if (!v)
        return null;
    if (!/^\d+$/.test(v) || Number(v) < 1) {
        throw new _config_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`INTERVALS_MIRROR_TIMEOUT_MS must be a whole number of milliseconds (got "${v.slice(0, 40)}")`);
    }
    return Number(v);
}
/** The key as the run will know it, read before anything can fail, so even a usage error is redacted. */
function secretsFrom(argv, env) {
    const out = [env.INTERVALS_KEY];
    argv.forEach((a, i) => {
        if (a === '--api-key')
            out.push(argv[i + 1]);
        else if (a.startsWith('--api-key='))
            out.push(a.slice('--api-key='.length));
    });
    return out.filter((x) => typeof x === 'string').flatMap((x) => [x, x.trim()]);
}
const KNOWN_FAILURES = [_config_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL, _pipeline_js__WEBPACK_IMPORTED_MODULE_3__/* .SyncError */ .S0, _snapshot_state_js__WEBPACK_IMPORTED_MODULE_4__/* .StateFileError */ .ci];
async function main(argv, env) {
    const secrets = secretsFrom(argv, env);
    const debugOn = argv.includes('--debug') || env.INTERVALS_MIRROR_DEBUG === '1';
    const err = (line) => process.stderr.write((0,_lib_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(line, secrets) + '\n');
    const fail = (e) => {
        const known = KNOWN_FAILURES.some((k) => e instanceof k);
        const msg = e instanceof Error ? e.message : String(e);
        const oneLine = msg.replace(/\s*\n\s*/g, ' ').trim() || (e instanceof Error ? e.name : 'failure');
        err(`intervals-mirror: ${known ? oneLine : `unexpected error: ${oneLine}${debugOn ? '' : ' (run with --debug for details)'}`}`);
        if (debugOn && e instanceof Error && e.stack)
            err(e.stack);
        return known ? 2 : 1;
    };
    // a failure outside the awaited chain still ends as one line, never a bare stack trace
    process.on('unhandledRejection', (e) => {
        process.exitCode = fail(e);
        process.exit();
    });
    process.on('uncaughtException', (e) => {
        process.exitCode = fail(e);
        process.exit();
    });
    try {
        const command = argv[0];
        if (command === 'demo') {
            // (the folder name is read at run time so the bundler cannot take it for an asset)
            const { runDemo } = await Promise.all(/* import() */[__nccwpck_require__.e(413), __nccwpck_require__.e(750), __nccwpck_require__.e(441), __nccwpck_require__.e(396)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8396));
            process.stdout.write((await runDemo(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(env.DEMO_OUTPUT_DIR || 'demo-output'))) + '\n');
            return 0;
        }
        if (command === 'bench') {
            const { runBench } = await Promise.all(/* import() */[__nccwpck_require__.e(441), __nccwpck_require__.e(17)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3017));
            process.stdout.write((await runBench(Number(env.BENCH_LATENCY_MS ?? 50))) + '\n');
            return 0;
        }
        const settings = settingsFromArgs(argv, env);
        secrets.push(settings.apiKey);
        const timeoutMs = parseTimeoutMs(env.INTERVALS_MIRROR_TIMEOUT_MS);
        const result = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_3__/* .runSync */ .HZ)(settings, {
            readState: (0,_snapshot_state_js__WEBPACK_IMPORTED_MODULE_4__/* .folderReader */ ._5)(settings.outputDir),
            nowInstantMs: settings.nowInstantMs ?? Date.now(),
            log: (line) => process.stdout.write((0,_lib_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(line, secrets) + '\n'),
            debug: debugOn ? (line) => err(line) : undefined,
            client: timeoutMs === null ? undefined : { timeoutMs },
        });
        const written = await (0,_publish_local_js__WEBPACK_IMPORTED_MODULE_5__/* .writeFilesAtomically */ .i)(settings.outputDir, result.files);
        process.stdout.write(`wrote ${written.join(', ')} to ${settings.outputDir} (${result.requests.length} requests)\n`);
        return 0;
    }
    catch (e) {
        return fail(e);
    }
}
const code = await main(process.argv.slice(2), process.env);
process.exitCode = code;
// reads still in flight after a failure (best-effort ones) must not hold the process open:
// flush what was written, then leave
await new Promise((resolve) => process.stdout.write('', () => process.stderr.write('', () => resolve())));
process.exit(code);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2973:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ parseNow),
/* harmony export */   OA: () => (/* binding */ parseWeekStart),
/* harmony export */   Of: () => (/* binding */ parsePrivacyRadius),
/* harmony export */   Ri: () => (/* binding */ DEFAULT_API_BASE_URL),
/* harmony export */   bs: () => (/* binding */ parseDays),
/* harmony export */   hr: () => (/* binding */ parseTimezone),
/* harmony export */   n_: () => (/* binding */ parseZonePreference),
/* harmony export */   vd: () => (/* binding */ requireValue),
/* harmony export */   wr: () => (/* binding */ DEFAULT_PRIVACY_RADIUS_M),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   yT: () => (/* binding */ parseApiBaseUrl)
/* harmony export */ });
/* unused harmony exports DEFAULT_CHANGELOG_URL, WEEK_DAYS, MAX_PRIVACY_RADIUS_M */
/* harmony import */ var _lib_naive_time_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3282);
/**
 * Run settings shared by the two fronts (action inputs and CLI flags), validated in one place.
 */

const DEFAULT_API_BASE_URL = 'https://intervals.icu/api/v1';
const DEFAULT_CHANGELOG_URL = 'https://raw.githubusercontent.com/CrankAddict/section-11/main/changelog.json';
const WEEK_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
class ConfigError extends Error {
}
const DEFAULT_PRIVACY_RADIUS_M = 500;
const MAX_PRIVACY_RADIUS_M = 5000;
/** privacy-radius / --privacy-radius: whole metres, 0 to MAX_PRIVACY_RADIUS_M. */
function parsePrivacyRadius(raw) {
    const v = (raw ?? '').trim() || String(DEFAULT_PRIVACY_RADIUS_M);
    if (!/^\d+$/.test(v) || Number(v) > MAX_PRIVACY_RADIUS_M) {
        throw new ConfigError(`privacy-radius must be a whole number of metres from 0 to ${MAX_PRIVACY_RADIUS_M} (got "${raw}")`);
    }
    return Number(v);
}
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
/**
 * api-base-url: an absolute http(s) URL with no credentials, query or fragment (the client adds
 * its own paths and queries, and sends the API key only as a header). Empty = the public API.
 * Returned without trailing slashes. A URL carrying credentials is not echoed back.
 */
function parseApiBaseUrl(raw) {
    const v = (raw ?? '').trim();
    if (!v)
        return DEFAULT_API_BASE_URL;
    const hint = `api-base-url must be an absolute http(s) URL such as ${DEFAULT_API_BASE_URL}`;
    let u;
    try {
        u = new URL(v);
    }
    catch {
        throw new ConfigError(`${hint} (got "${v.slice(0, 200)}")`);
    }
    if (u.username || u.password || /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(v)) {
        throw new ConfigError(`${hint}, without user:password@ (the API key goes in the api-key input)`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
        throw new ConfigError(`${hint} (got a ${u.protocol} URL)`);
    if (!/^https?:\/\/[^/?#]/i.test(v) || /\s/.test(v))
        throw new ConfigError(`${hint} (got "${v.slice(0, 200)}")`);
    if (v.includes('?') || v.includes('#')) {
        throw new ConfigError(`${hint}, without a query (?…) or fragment (#…) (got "${u.origin}${u.pathname}")`);
    }
    return `${u.origin}${u.pathname}`.replace(/\/+$/, '');
}


/***/ }),

/***/ 3699:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ degraded),
/* harmony export */   R9: () => (/* binding */ collectDiagnostics),
/* harmony export */   Xg: () => (/* binding */ isCodingError),
/* harmony export */   h4: () => (/* binding */ diagnose)
/* harmony export */ });
/* unused harmony export reasonOf */
/**
 * Why a block degraded. Where the reference catches an exception and writes `{"error": …}`, null
 * or a fallback, the port writes exactly the same, and also records the reason here, so that a
 * coding error (a TypeError or RangeError of our own) shows up in the run's log instead of as a
 * quietly missing block.
 *
 * Derive is synchronous: `collectDiagnostics` installs a list for the duration of one call, and
 * every `diagnose` inside that call appends to it. Outside a collection (unit tests calling a
 * derive function directly) a diagnosis is dropped.
 */
let sink = null;
/** Run `fn` and return its result with every diagnosis made meanwhile. */
function collectDiagnostics(fn) {
    const outer = sink;
    const list = [];
    sink = list;
    try {
        return { result: fn(), diagnostics: list };
    }
    finally {
        sink = outer;
    }
}
/** Record that `block` degraded and why. */
function diagnose(block, reason) {
    sink?.push({ block, reason: reason.slice(0, 300) });
}
/** An error our own code raised (a bug, not bad data): named as such in the diagnostic. */
function isCodingError(e) {
    return e instanceof TypeError || e instanceof RangeError || e instanceof ReferenceError;
}
/** The reason text of a caught error: its class and first line, flagging coding errors. */
function reasonOf(e) {
    if (e instanceof Error) {
        const first = e.message.split('\n')[0];
        return isCodingError(e) ? `internal error ${e.name}: ${first}` : `${e.name === 'Error' ? '' : `${e.name}: `}${first}`;
    }
    return String(e);
}
/** Record a caught error for `block` (the caller then degrades as the reference does). */
function degraded(block, e) {
    diagnose(block, reasonOf(e));
}


/***/ }),

/***/ 6856:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ formatDuration),
/* harmony export */   d: () => (/* binding */ formatMinutes)
/* harmony export */ });
/** Small text formatters shared by several outputs. */
/** A duration as hours, minutes and seconds: 300 → '5m', 90 → '1m30s', 3725 → '1h2m5s', <= 0 → '0s'. */
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
/** A duration truncated to whole minutes, formatted as formatDuration does. */
function formatMinutes(totalSeconds) {
    return formatDuration(Math.floor(Math.trunc(totalSeconds) / 60) * 60);
}


/***/ }),

/***/ 3096:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NC: () => (/* binding */ benchmarkBlock),
/* harmony export */   WK: () => (/* binding */ benchmarkIndex),
/* harmony export */   X4: () => (/* binding */ ftpHistorySpan),
/* harmony export */   ks: () => (/* binding */ updateFtpHistory),
/* harmony export */   rK: () => (/* binding */ normaliseFtpHistory)
/* harmony export */ });
/* unused harmony export isBenchmarkExpected */
/* harmony import */ var _lib_naive_time_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3282);
/* harmony import */ var _lib_py_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(898);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3699);



/** The previous file as the reference reads it (legacy flat {date: ftp} → outdoor). */
function normaliseFtpHistory(data) {
    if (data === null)
        return { indoor: {}, outdoor: {} };
    if ((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_1__/* .truthy */ .vN)(data) && !('indoor' in data || 'outdoor' in data))
        return { indoor: {}, outdoor: { ...data } };
    return structuredClone(data);
}
function recordIfChanged(series, today, ftp) {
    const dates = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_1__/* .sorted */ .IP)(Object.keys(series), (k) => k, true);
    if (!dates.length || series[dates[0]] !== ftp)
        series[today] = ftp;
}
/** Today's FTPs are added to a series when they differ from its most recent entry. */
function updateFtpHistory(ctx, history, currentIndoor, currentOutdoor) {
    const h = structuredClone(history);
    if (!('indoor' in h))
        h.indoor = {};
    if (!('outdoor' in h))
        h.outdoor = {};
    if ((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_1__/* .truthy */ .vN)(currentIndoor))
        recordIfChanged(h.indoor, ctx.today, currentIndoor);
    if ((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_1__/* .truthy */ .vN)(currentOutdoor))
        recordIfChanged(h.outdoor, ctx.today, currentOutdoor);
    return h;
}
/** Benchmark Index = FTP_now / FTP_8_weeks_ago - 1, with the entry closest to 56 days ago (±7). */
function benchmarkIndex(ctx, currentFtp, series) {
    if (!(0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_1__/* .truthy */ .vN)(currentFtp) || !(0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_1__/* .truthy */ .vN)(series))
        return [null, null];
    const target = ctx.now.addDays(-56);
    const earliest = target.addDays(-7);
    const latest = target.addDays(7);
    let bestDate = null;
    let bestDiff = Infinity;
    for (const [dateStr] of Object.entries(series)) {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(dateStr))
            continue;
        const entry = _lib_naive_time_js__WEBPACK_IMPORTED_MODULE_0__/* .NaiveDateTime */ .b8.parse(dateStr); // the pattern above guarantees it parses
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
    return [(0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_1__/* .round */ .LI)(currentFtp / old - 1, 3), old];
}
/** Days between the first and last entry of each series (0 with fewer than two entries). */
function ftpHistorySpan(history) {
    const out = { indoor: 0, outdoor: 0 };
    for (const kind of ['indoor', 'outdoor']) {
        const series = history[kind];
        if (!(0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_1__/* .truthy */ .vN)(series))
            continue;
        const dates = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_1__/* .sorted */ .IP)(Object.keys(series));
        if (dates.length < 2)
            continue;
        try {
            out[kind] = _lib_naive_time_js__WEBPACK_IMPORTED_MODULE_0__/* .NaiveDateTime */ .b8.parse(dates[dates.length - 1]).daysSince(_lib_naive_time_js__WEBPACK_IMPORTED_MODULE_0__/* .NaiveDateTime */ .b8.parse(dates[0]));
        }
        catch (e) {
            // a key that is not a date: the reference's except leaves the span at 0
            (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .degraded */ .$o)(`ftp_history.json.${kind}`, e);
        }
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
/** Whether a Benchmark Index falls in the range expected for the season; null when unknown. */
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
        benchmark_percentage: index !== null ? (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtPercent */ .J0)(index, 1, true) : null,
        seasonal_expected: isBenchmarkExpected(index, seasonalContext),
    };
}


/***/ }),

/***/ 2397:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Em: () => (/* binding */ generateHistory),
  NV: () => (/* binding */ historyConfidence),
  x9: () => (/* binding */ shouldGenerateHistory)
});

// UNUSED EXPORTS: HISTORY_LOOKBACK_DAYS, HISTORY_MAX_AGE_DAYS

// EXTERNAL MODULE: ./src/lib/naive-time.ts
var naive_time = __nccwpck_require__(3282);
// EXTERNAL MODULE: ./src/lib/py/index.ts + 6 modules
var py = __nccwpck_require__(898);
// EXTERNAL MODULE: ./src/derive/sports.ts
var derive_sports = __nccwpck_require__(4052);
// EXTERNAL MODULE: ./src/derive/units.ts
var derive_units = __nccwpck_require__(1532);
// EXTERNAL MODULE: ./src/derive/wellness.ts
var wellness = __nccwpck_require__(4876);
// EXTERNAL MODULE: ./src/derive/zones.ts
var derive_zones = __nccwpck_require__(660);
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
        const id = (0,py/* get */.Jt)(w, 'id', '');
        if ((0,py/* truthy */.vN)(id))
            wellnessByDate.set(String(id), w);
    }
    const activitiesByDate = new Map();
    for (const a of activities) {
        const d = (0,derive_sports/* actDate */.BZ)(a);
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
        s += (0,py.or)((0,py/* get */.Jt)(a, 'icu_training_load', 0), 0);
    return s;
}
/** sum(a.get("moving_time", 0) or 0 for a in acts) */
function sumMovingTime(acts) {
    let s = 0;
    for (const a of acts)
        s += (0,py.or)((0,py/* get */.Jt)(a, 'moving_time', 0), 0);
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
            const b = (0,derive_zones/* zoneBucket */.Dl)(zid);
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
        return this.total > 0 ? (0,py/* round */.LI)((x / this.total) * 100, 1) : null;
    }
    /** z1_z2_pct / z3_pct / z4_plus_pct */
    fields() {
        return { z1_z2_pct: this.pct(this.easy), z3_pct: this.pct(this.grey), z4_plus_pct: this.pct(this.hard) };
    }
}
/** The day's zones (per basis) and, when given, the combined distribution. */
function dayZones(acts, zonePreference, dist) {
    return (0,derive_zones/* dayZonesByBasis */.Ns)(acts, zonePreference, dist ? (zones) => dist.add(zones) : undefined);
}
/** round(statistics.mean(values), nd) if values else None */
function meanRounded(values, nd) {
    return values.length ? (0,py/* round */.LI)((0,py/* mean */.i2)(values), nd) : null;
}
/** Longest moving_time of the activities, starting from `longest` (the tiers' longest_ride). */
function longestMovingTime(acts, longest) {
    for (const a of acts) {
        const s = (0,py.or)((0,py/* get */.Jt)(a, 'moving_time', 0), 0);
        if (s > longest)
            longest = s;
    }
    return longest;
}
/**
 * The day-by-day totals the weekly and monthly tiers share: load, time, activity count, longest
 * session, HRV / resting HR / weight samples, combined zone time and hard days.
 */
class PeriodTotals {
    tss = 0;
    seconds = 0;
    activities = 0;
    longest = 0;
    hardDays = 0;
    hrv = [];
    rhr = [];
    weight = [];
    zones = new ZoneDistribution();
    /** Adds one day; returns its TSS and its hard-day classification. */
    addDay(acts, w, zonePreference) {
        const dayTss = sumLoad(acts);
        this.tss += dayTss;
        this.seconds += sumMovingTime(acts);
        this.activities += acts.length;
        if ((0,wellness/* isValidHrv */.ro)((0,py/* get */.Jt)(w, 'hrv')))
            this.hrv.push(w.hrv);
        if ((0,py/* truthy */.vN)((0,py/* get */.Jt)(w, 'restingHR')))
            this.rhr.push(w.restingHR);
        if ((0,py/* truthy */.vN)((0,py/* get */.Jt)(w, 'weight')))
            this.weight.push(w.weight);
        this.longest = longestMovingTime(acts, this.longest);
        const hard = (0,derive_zones/* classifyHardDay */.MJ)(dayZones(acts, zonePreference, this.zones));
        if (hard[0])
            this.hardDays += 1;
        return { dayTss, hard };
    }
}

// EXTERNAL MODULE: ./src/derive/format.ts
var format = __nccwpck_require__(6856);
;// CONCATENATED MODULE: ./src/derive/history/daily.ts






/** list(dict.fromkeys(a.get("type", "Unknown") ...)) joined with ", " ("Rest" on a rest day) */
function activityTypes(acts) {
    if (!acts.length)
        return 'Rest';
    const types = [];
    for (const a of acts) {
        const t = (0,py/* get */.Jt)(a, 'type', 'Unknown');
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
        const [isHard, intensityBasis] = (0,derive_zones/* classifyHardDay */.MJ)(dayZones(acts, ctx.zonePreference));
        const ctl = (0,py/* get */.Jt)(w, 'ctl');
        const atl = (0,py/* get */.Jt)(w, 'atl');
        const sleepSecs = (0,py/* get */.Jt)(w, 'sleepSecs');
        rows.push({
            date,
            total_hours: (0,py/* round */.LI)(totalSeconds / 3600, 2),
            total_tss: (0,py/* round */.LI)(totalTss, 0),
            activity_count: acts.length,
            activity_types: activityTypes(acts),
            ctl,
            atl,
            tsb: (0,py/* truthy */.vN)(ctl) && (0,py/* truthy */.vN)(atl) ? (0,py/* round */.LI)((0,py/* get */.Jt)(w, 'ctl', 0) - (0,py/* get */.Jt)(w, 'atl', 0), 1) : null,
            hrv: (0,py/* get */.Jt)(w, 'hrv'),
            rhr: (0,py/* get */.Jt)(w, 'restingHR'),
            sleep_hours: (0,py/* truthy */.vN)(sleepSecs) ? (0,py/* round */.LI)(sleepSecs / 3600, 2) : null,
            sleep_formatted: (0,py/* truthy */.vN)(sleepSecs) ? (0,format/* formatMinutes */.d)(sleepSecs) : null,
            sleep_quality: (0,py/* get */.Jt)(w, 'sleepQuality'),
            sleep_score: (0,py/* get */.Jt)(w, 'sleepScore'),
            weight_kg: (0,py/* get */.Jt)(w, 'weight'),
            display: { weight: (0,derive_units/* toDisplay */.W)((0,py/* get */.Jt)(w, 'weight'), 'weight', units) },
            is_hard_day: isHard,
            intensity_basis: intensityBasis,
            ...(0,wellness/* wellnessStateFields */.Wf)(w),
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

// EXTERNAL MODULE: ./src/derive/ftp-history.ts
var ftp_history = __nccwpck_require__(3096);
;// CONCATENATED MODULE: ./src/derive/history/ftp-timeline.ts


/** sportSettings entry whose types include Ride or VirtualRide */
function cyclingSettings(athlete) {
    const settings = (0,py/* get */.Jt)(athlete, 'sportSettings');
    if (!(0,py/* truthy */.vN)(settings))
        return null;
    // the API sends sportSettings as a list of rows
    for (const sport of settings) {
        const types = (0,py.or)((0,py/* get */.Jt)(sport, 'types'), []);
        if (types.includes('Ride') || types.includes('VirtualRide'))
            return sport;
    }
    return null;
}
/** The FTP of the latest timeline date of one environment, or null. */
function latestValue(entries, type) {
    const byDate = new Map();
    for (const e of entries)
        if (e.type === type)
            byDate.set(e.date, e.ftp);
    if (!byDate.size)
        return null;
    let maxDate = null;
    for (const d of byDate.keys())
        if (maxDate === null || (0,py/* cmp */.r2)(d, maxDate) > 0)
            maxDate = d;
    return byDate.get(maxDate) ?? null;
}
/**
 * The timeline, sorted by date then environment. `previousFtpHistory` is the previous file as
 * read (untrusted: a legacy flat map, or a series that is not a map, contributes nothing).
 */
function buildFtpTimeline(ctx, previousFtpHistory, athlete) {
    const history = (0,ftp_history/* normaliseFtpHistory */.rK)((0,py/* isDict */.Zm)(previousFtpHistory) ? previousFtpHistory : null);
    let timeline = [];
    for (const ftpType of ['indoor', 'outdoor']) {
        const entries = history[ftpType] === undefined ? {} : history[ftpType];
        if (!(0,py/* isDict */.Zm)(entries))
            continue;
        for (const date of (0,py/* sorted */.IP)(Object.keys(entries))) {
            timeline.push({ date, ftp: entries[date], type: ftpType, source: 'FTP' });
        }
    }
    const cycling = cyclingSettings(athlete);
    if (cycling) {
        const outdoor = (0,py/* get */.Jt)(cycling, 'ftp');
        const indoor = (0,py/* get */.Jt)(cycling, 'indoor_ftp');
        const latestOutdoor = latestValue(timeline, 'outdoor');
        const latestIndoor = latestValue(timeline, 'indoor');
        if ((0,py/* truthy */.vN)(outdoor) && outdoor !== latestOutdoor) {
            timeline.push({ date: ctx.today, ftp: outdoor, type: 'outdoor', source: 'user_set' });
        }
        if ((0,py/* truthy */.vN)(indoor) && indoor !== latestIndoor) {
            timeline.push({ date: ctx.today, ftp: indoor, type: 'indoor', source: 'user_set' });
        }
    }
    timeline = (0,py/* sorted */.IP)(timeline, (e) => [e.date, e.type]);
    return timeline;
}

;// CONCATENATED MODULE: ./src/derive/history/monthly.ts




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
        const phase = (0,py/* get */.Jt)(row, 'phase_detected');
        if (!(0,py/* truthy */.vN)(phase))
            continue;
        const raw = row.week_start;
        // a week without a YYYY-MM-DD start is skipped (the reference's strptime ValueError)
        if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(raw))
            continue;
        const ws = naive_time/* NaiveDateTime */.b8.parse(raw);
        const we = ws.addDays(6);
        if (ws.compare(nextMonth) < 0 && we.compare(month) >= 0) {
            counts.set(phase, (counts.get(phase) ?? 0) + 1);
            tss.set(phase, (tss.get(phase) ?? 0) + ((0,py.or)(row.total_tss, 0) ?? 0));
        }
    }
    if (!counts.size)
        return null;
    const maxCount = Math.max(...counts.values());
    const candidates = [...counts.entries()].filter(([, c]) => c === maxCount).map(([p]) => p);
    if (candidates.length === 1)
        return candidates[0];
    return (0,py/* maxBy */.Sk)(candidates, (p) => tss.get(p) ?? 0);
}
function buildMonthlyTier(ctx, l, days, units, weekly) {
    const now = ctx.now;
    const start = now.addDays(-days);
    let month = monthStart(start.year, start.month);
    const rows = [];
    while (month.compare(now) <= 0) {
        const next = month.month === 12 ? monthStart(month.year + 1, 1) : monthStart(month.year, month.month + 1);
        const totals = new PeriodTotals();
        const ctl = [];
        let daysWithData = 0;
        let daysInMonth = 0;
        for (let day = month; day.compare(next) < 0 && day.compare(now) <= 0; day = day.addDays(1)) {
            const date = day.date();
            daysInMonth += 1;
            const acts = dayActivities(l, date);
            const w = dayWellness(l, date);
            if (acts.length > 0 || (0,py/* truthy */.vN)(w))
                daysWithData += 1;
            if ((0,py/* truthy */.vN)((0,py/* get */.Jt)(w, 'ctl')))
                ctl.push(w.ctl);
            totals.addDay(acts, w, ctx.zonePreference);
        }
        const weeksInPeriod = Math.max(1, daysInMonth / 7);
        const weight = totals.weight;
        const avgWeight = weight.length ? (0,py/* round */.LI)((0,py/* mean */.i2)(weight), 1) : null;
        rows.push({
            month: month.date().slice(0, 7),
            total_hours: (0,py/* round */.LI)(totals.seconds / 3600, 2),
            total_tss: (0,py/* round */.LI)(totals.tss, 0),
            activity_count: totals.activities,
            ctl_peak: ctl.length ? (0,py/* round */.LI)(Math.max(...ctl), 1) : null,
            ctl_low: ctl.length ? (0,py/* round */.LI)(Math.min(...ctl), 1) : null,
            ctl_end: ctl.length ? (0,py/* round */.LI)(ctl[ctl.length - 1], 1) : null,
            avg_hrv: meanRounded(totals.hrv, 1),
            avg_rhr: meanRounded(totals.rhr, 1),
            ...totals.zones.fields(),
            hard_days_avg_per_week: (0,py/* round */.LI)(totals.hardDays / weeksInPeriod, 1),
            longest_ride_hours: (0,py/* round */.LI)(totals.longest / 3600, 2),
            avg_weight_kg: avgWeight,
            display: { avg_weight: (0,derive_units/* toDisplay */.W)(avgWeight, 'weight', units) },
            dominant_phase: dominantPhase(weekly, month, next),
            days_with_data: daysWithData,
        });
        month = next;
    }
    return rows;
}

;// CONCATENATED MODULE: ./src/derive/history/summaries.ts


/** The tiers' values that count (Python's filter(None, …): 0 and null drop out). */
function truthyValues(values) {
    return values.filter((x) => (0,py/* truthy */.vN)(x));
}
function buildHistorySummaries(daily, weekly, monthlyTiers) {
    const summaries = {};
    if (daily.length) {
        const tss = truthyValues(daily.map((d) => d.total_tss));
        const hours = truthyValues(daily.map((d) => d.total_hours));
        const ctl = truthyValues(daily.map((d) => d.ctl));
        const weeks = Math.max(1, daily.length / 7);
        summaries['90d'] = {
            avg_weekly_tss: tss.length ? (0,py/* round */.LI)((0,py/* sum */.cz)(tss) / weeks, 0) : null,
            avg_weekly_hours: hours.length ? (0,py/* round */.LI)((0,py/* sum */.cz)(hours) / weeks, 1) : null,
            ctl_start: ctl.length ? (0,py/* round */.LI)(ctl[0], 1) : null,
            ctl_end: ctl.length ? (0,py/* round */.LI)(ctl[ctl.length - 1], 1) : null,
            total_activities: daily.filter((d) => d.activity_count > 0).length,
            rest_days: daily.filter((d) => d.activity_count === 0).length,
            hard_days: daily.filter((d) => (0,py/* truthy */.vN)(d.is_hard_day)).length,
        };
    }
    if (weekly.length) {
        const tss = truthyValues(weekly.map((w) => w.total_tss));
        const hours = truthyValues(weekly.map((w) => w.total_hours));
        const ctl = truthyValues(weekly.map((w) => w.ctl_end));
        summaries['180d'] = {
            avg_weekly_tss: meanRounded(tss, 0),
            avg_weekly_hours: meanRounded(hours, 1),
            ctl_start: ctl.length ? (0,py/* round */.LI)(ctl[0], 1) : null,
            ctl_end: ctl.length ? (0,py/* round */.LI)(ctl[ctl.length - 1], 1) : null,
            weeks_tracked: weekly.length,
        };
    }
    for (const [key, span] of [
        ['monthly_1y', '1y'],
        ['monthly_2y', '2y'],
        ['monthly_3y', '3y'],
    ]) {
        const monthly = monthlyTiers[key];
        if (!monthly.length)
            continue;
        const tss = truthyValues(monthly.map((m) => m.total_tss));
        const ctl = truthyValues(monthly.map((m) => m.ctl_end));
        summaries[span] = {
            avg_monthly_tss: meanRounded(tss, 0),
            ctl_peak: ctl.length ? (0,py/* round */.LI)(Math.max(...ctl), 1) : null,
            ctl_low: ctl.length ? (0,py/* round */.LI)(Math.min(...ctl), 1) : null,
            months_tracked: monthly.length,
        };
    }
    return summaries;
}

// EXTERNAL MODULE: ./src/derive/phase/index.ts + 3 modules
var phase = __nccwpck_require__(6170);
// EXTERNAL MODULE: ./src/derive/metrics/trend.ts
var trend = __nccwpck_require__(4302);
;// CONCATENATED MODULE: ./src/derive/history/weekly.ts






/** Weekly capability rollup: the means (no session minimum) and counts of the qualifying sessions. */
function capabilityRollup(acts) {
    const dur = (0,trend/* qualifyingDecoupling */.cV)(acts);
    const ef = (0,trend/* qualifyingEf */.N3)(acts);
    const hrrc = (0,trend/* qualifyingHrrc */.RE)(acts);
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
    const m = (0,py/* mean */.i2)(dailyTss);
    const s = (0,py/* stdev */.b$)(dailyTss);
    return s > 0 ? (0,py/* round */.LI)(m / s, 2) : null;
}
function buildWeekRow(ctx, l, current, units) {
    const now = ctx.now;
    const totals = new PeriodTotals();
    const sleep = [];
    const feel = [];
    const rpe = [];
    const dailyTss = [];
    const basisCounts = { power: 0, hr: 0 };
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
        const { dayTss, hard: [isHard, hardBasis], } = totals.addDay(acts, w, ctx.zonePreference);
        dailyTss.push(dayTss);
        if ((0,py/* truthy */.vN)((0,py/* get */.Jt)(w, 'sleepSecs')))
            sleep.push(w.sleepSecs / 3600);
        ctlEnd = (0,py.or)((0,py/* get */.Jt)(w, 'ctl'), ctlEnd);
        atlEnd = (0,py.or)((0,py/* get */.Jt)(w, 'atl'), atlEnd);
        rampRate = (0,py.or)((0,py/* get */.Jt)(w, 'rampRate'), rampRate);
        for (const a of acts) {
            const sf = (0,derive_sports/* sportFamily */.PV)((0,py/* get */.Jt)(a, 'type', ''));
            const aTss = (0,py.or)((0,py/* get */.Jt)(a, 'icu_training_load', 0), 0);
            if (aTss > 0 && sf)
                sportTss[sf] = (sportTss[sf] ?? 0) + aTss;
            const f = (0,py/* get */.Jt)(a, 'feel');
            if (f !== null)
                feel.push(f);
            const r = (0,py/* get */.Jt)(a, 'icu_rpe');
            if (r !== null)
                rpe.push(r);
        }
        if (isHard && (hardBasis === 'power' || hardBasis === 'hr'))
            basisCounts[hardBasis] += 1;
    }
    const tsbEnd = (0,py/* truthy */.vN)(ctlEnd) && (0,py/* truthy */.vN)(atlEnd) ? (0,py/* round */.LI)(ctlEnd - atlEnd, 1) : null;
    // the keys were set from sportFamily(), so each is a SportFamily
    const sports = Object.keys(sportTss);
    const primary = sports.length ? (0,py/* maxBy */.Sk)(sports, (k) => sportTss[k] ?? 0) : null;
    const weight = totals.weight;
    const lastWeight = weight.length ? (0,py/* round */.LI)(weight[weight.length - 1], 1) : null;
    return {
        week_start: current.date(),
        total_hours: (0,py/* round */.LI)(totals.seconds / 3600, 2),
        total_tss: (0,py/* round */.LI)(totals.tss, 0),
        primary_sport: primary,
        primary_sport_tss: primary ? (0,py/* round */.LI)(sportTss[primary] ?? 0, 0) : null,
        sport_tss_breakdown: sports.length ? Object.fromEntries(sports.map((k) => [k, (0,py/* round */.LI)(sportTss[k] ?? 0, 0)])) : null,
        activity_count: totals.activities,
        ctl_end: (0,py/* truthy */.vN)(ctlEnd) ? (0,py/* round */.LI)(ctlEnd, 1) : null,
        atl_end: (0,py/* truthy */.vN)(atlEnd) ? (0,py/* round */.LI)(atlEnd, 1) : null,
        tsb_end: tsbEnd,
        ramp_rate: (0,py/* truthy */.vN)(rampRate) ? (0,py/* round */.LI)(rampRate, 2) : null,
        avg_hrv: meanRounded(totals.hrv, 1),
        avg_rhr: meanRounded(totals.rhr, 1),
        avg_sleep_hours: meanRounded(sleep, 2),
        ...totals.zones.fields(),
        hard_days: totals.hardDays,
        longest_ride_hours: (0,py/* round */.LI)(totals.longest / 3600, 2),
        avg_feel: meanRounded(feel, 1),
        feel_count: feel.length,
        avg_rpe: meanRounded(rpe, 1),
        rpe_count: rpe.length,
        weight_kg: lastWeight,
        display: { weight: (0,derive_units/* toDisplay */.W)(lastWeight, 'weight', units) },
        monotony: weekMonotony(dailyTss),
        intensity_basis_breakdown: totals.hardDays > 0 ? basisCounts : null,
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
        const acute = (0,py/* truthy */.vN)(row.total_tss) ? row.total_tss / 7 : 0;
        let chronicTss = 0;
        for (let j = i - 3; j < i; j++)
            chronicTss += (0,py.or)(rows[j].total_tss, 0) ?? 0;
        const chronic = (0,py/* truthy */.vN)(chronicTss) ? chronicTss / 21 : 0;
        if (chronic > 0)
            row.acwr = (0,py/* round */.LI)(acute / chronic, 2);
    });
}
/** _build_weekly_tier(days): rows from the training week containing now-days up to now. */
function buildWeeklyTier(ctx, l, days, units) {
    const now = ctx.now;
    const start = now.addDays(-days);
    const sinceWeekStart = (0,py/* mod */.zi)(start.weekday() - ctx.weekStartDay, 7);
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
/** The backfill classifies completed weeks from their history alone: no race ahead. */
const NO_RACE = { next_race: null };
/**
 * Phase backfill: every completed row (all but the last, in-progress one) gets the phase
 * _detect_phase_v2 assigns from its trailing four rows, without a calendar.
 */
function backfillPhases(ctx, rows) {
    for (let i = 0; i < rows.length - 1; i++) {
        const lookback = rows.slice(Math.max(0, i - 3), i + 1);
        const prev = i > 0 ? rows[i - 1].phase_detected : null;
        const result = (0,phase/* detectPhaseV2 */.d_)(ctx, {
            weeklyRows: lookback,
            plannedWorkouts: [],
            raceCalendar: NO_RACE,
            previousPhase: prev,
            today: rows[i].week_start,
            isBackfill: true,
        });
        rows[i].phase_detected = result.phase;
    }
}

// EXTERNAL MODULE: ./src/derive/diagnostics.ts
var diagnostics = __nccwpck_require__(3699);
// EXTERNAL MODULE: ./src/derive/windows.ts
var windows = __nccwpck_require__(9646);
;// CONCATENATED MODULE: ./src/derive/history/index.ts
/**
 * history.json: when it is rebuilt (older than the refresh age, unreadable, or forced), the
 * daily/weekly/monthly tiers, the FTP timeline, data gaps and the confidence of the history
 * (docs/PORTING.md maps these to the reference).
 */














function parseGeneratedAt(s) {
    if (typeof s !== 'string' || !s)
        return null;
    try {
        return naive_time/* NaiveDateTime */.b8.parse(s.replace('Z', '+00:00'));
    }
    catch (e) {
        // the reference's except: the file is regenerated / its age is unknown
        (0,diagnostics/* degraded */.$o)('history.json.generated_at', e);
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
    if ((0,py/* get */.Jt)(prev.history, 'script_hash') !== ctx.scriptHash)
        return true;
    const now = ctx.now;
    if (now.weekday() !== 0 && now.weekday() !== 6)
        return false;
    if (now.hour > 0 || (now.hour === 0 && now.minute > 30))
        return false;
    const gen = parseGeneratedAt((0,py/* get */.Jt)(prev.history, 'generated_at', ''));
    if (!gen)
        return true;
    // generated_at is UTC wall time (see DeriveContext)
    return ctx.utcNow.daysSince(gen) > windows/* HISTORY_MAX_AGE_DAYS */.mo;
}
/**
 * generate_history(): header, data_range, ftp_timeline, data_gaps, summaries, daily_90d,
 * weekly_180d (with the phase backfill) and monthly_1y/2y/3y (empty without enough months).
 */
function generateHistory(ctx, input) {
    const newest = ctx.today;
    const units = (0,derive_units/* athleteUnits */.B)(input.athlete);
    const activityDates = (0,py/* sorted */.IP)(input.activities.filter((a) => (0,py/* truthy */.vN)((0,py/* get */.Jt)(a, 'start_date_local'))).map(derive_sports/* actDate */.BZ));
    const earliest = activityDates.length ? activityDates[0] : newest;
    const latest = activityDates.length ? activityDates[activityDates.length - 1] : newest;
    let totalMonths = 0;
    try {
        totalMonths = Math.max(1, (0,py/* int */.Wh)(ctx.now.daysSince(naive_time/* NaiveDateTime */.b8.fromDate(earliest)) / 30.44));
    }
    catch (e) {
        (0,diagnostics/* degraded */.$o)('history.json.data_range.total_months', e);
        totalMonths = 0;
    }
    const lookups = buildLookups(input.activities, input.wellness);
    const ftpTimeline = buildFtpTimeline(ctx, input.previousFtpHistory, input.athlete);
    const dataGaps = findDataGaps(activityDates, earliest, latest);
    const daily = buildDailyTier(ctx, lookups, windows/* DAILY_TIER_DAYS */.Bp, units);
    const weekly = buildWeeklyTier(ctx, lookups, windows/* WEEKLY_TIER_DAYS */.Ps, units);
    backfillPhases(ctx, weekly);
    // a tier needs at least half its span of data
    const monthlyTier = (years) => totalMonths >= years * 12 * 0.5 ? buildMonthlyTier(ctx, lookups, years * 365, units, weekly) : [];
    const monthlyTiers = { monthly_1y: monthlyTier(1), monthly_2y: monthlyTier(2), monthly_3y: monthlyTier(3) };
    return {
        generated_at: ctx.utcNow.isoformat(),
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
/**
 * latest.json's `history` block, read from history.json (this run's, else the previous file,
 * which may lack keys: an absent value reads as the default, a null one stays null).
 */
function historyConfidence(ctx, history) {
    if (history) {
        const generatedAt = history.generated_at === undefined ? '' : history.generated_at;
        const gen = parseGeneratedAt(generatedAt);
        const ageDays = gen ? ctx.utcNow.daysSince(gen) : null; // generated_at is UTC wall time
        const dataRange = history.data_range ?? {};
        const totalMonths = dataRange.total_months === undefined ? 0 : dataRange.total_months;
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


/***/ }),

/***/ 4302:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N3: () => (/* binding */ qualifyingEf),
/* harmony export */   RE: () => (/* binding */ qualifyingHrrc),
/* harmony export */   cV: () => (/* binding */ qualifyingDecoupling),
/* harmony export */   wB: () => (/* binding */ windowTrend)
/* harmony export */ });
/* unused harmony exports STEADY_STATE_MAX_VI, DURABILITY_MIN_SECONDS, EF_MIN_SECONDS, EF_CYCLING_TYPES, hrrcValue */
/* harmony import */ var _lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(898);
/**
 * "7-day vs 28-day trend over qualifying sessions", shared by the capability blocks (durability,
 * efficiency factor, HRRc) and history.json's weekly capability rollup: which activities qualify
 * for each metric, and how a 7-day mean compares with the 28-day mean.
 */

/** Steady-state session: variability index in (0, 1.05] (NP close to average power). */
const STEADY_STATE_MAX_VI = 1.05;
/** Decoupling needs >= 90 min to show (Maunder et al. 2021, Rothschild et al. 2025). */
const DURABILITY_MIN_SECONDS = 5400;
/** EF below 20 minutes is unreliable (TrainingPeaks / Coggan). */
const EF_MIN_SECONDS = 1200;
/** Activity types whose EF is read (cycling power + HR). */
const EF_CYCLING_TYPES = new Set(['Ride', 'VirtualRide', 'MountainBikeRide', 'GravelRide']);
/** Python `vi is not None and vi > 0 and vi <= 1.05` (a bool compares as 0/1, as in Python). */
function steadyState(vi) {
    return (typeof vi === 'number' || typeof vi === 'boolean') && Number(vi) > 0 && Number(vi) <= STEADY_STATE_MAX_VI;
}
function movingTime(act) {
    return (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__.or)((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(act, 'moving_time', 0), 0);
}
/** Decoupling (icu_hr_decoupling, else decoupling) of long steady-state sessions. */
function qualifyingDecoupling(activities) {
    const out = [];
    for (const act of activities) {
        let dec = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(act, 'icu_hr_decoupling');
        if (dec === null)
            dec = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(act, 'decoupling');
        if (dec !== null && steadyState((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(act, 'icu_variability_index')) && movingTime(act) >= DURABILITY_MIN_SECONDS)
            out.push(dec);
    }
    return out;
}
/** Efficiency factor of steady-state cycling sessions of >= 20 minutes. */
function qualifyingEf(activities) {
    const out = [];
    for (const act of activities) {
        const ef = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(act, 'icu_efficiency_factor');
        const ok = EF_CYCLING_TYPES.has((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(act, 'type', '')) && steadyState((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(act, 'icu_variability_index'));
        if (ef !== null && ok && movingTime(act) >= EF_MIN_SECONDS)
            out.push(ef);
    }
    return out;
}
/** icu_hrr as a number (plain, or a {"value"} / {"hrr"} dict); null when absent or <= 0. */
function hrrcValue(act) {
    let h = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(act, 'icu_hrr');
    if (h === null)
        return null;
    if ((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isDict */ .Zm)(h)) {
        let v = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(h, 'value');
        if (v === null)
            v = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(h, 'hrr');
        h = v;
    }
    if (typeof h === 'boolean')
        h = Number(h); // isinstance(True, int) in Python
    return typeof h === 'number' && h > 0 ? h : null;
}
/** HRRc values of the sessions that recorded one. */
function qualifyingHrrc(activities) {
    const out = [];
    for (const act of activities) {
        const v = hrrcValue(act);
        if (v !== null)
            out.push(v);
    }
    return out;
}
/** Means of both windows (null below the session minimum) and the trend between them. */
function windowTrend(values7d, values28d, rule) {
    const mean7d = values7d.length >= rule.minSessions7d ? (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .round */ .LI)((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .mean */ .i2)(values7d), rule.digits) : null;
    const mean28d = values28d.length >= rule.minSessions28d ? (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .round */ .LI)((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .mean */ .i2)(values28d), rule.digits) : null;
    let trend = null;
    if (mean7d !== null && mean28d !== null && (!rule.relative || mean28d > 0)) {
        const delta = rule.relative ? (mean7d - mean28d) / mean28d : mean7d - mean28d;
        const better = rule.higherIsBetter ? delta : -delta;
        trend = better > rule.stableBand ? 'improving' : better < -rule.stableBand ? 'declining' : 'stable';
    }
    return { mean7d, mean28d, sessions7d: values7d.length, sessions28d: values28d.length, trend };
}


/***/ }),

/***/ 6170:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  d_: () => (/* binding */ detectPhaseV2),
  JC: () => (/* binding */ determineSeasonalContext),
  X$: () => (/* binding */ loadWeeklyRowsForPhase)
});

// UNUSED EXPORTS: isHardPlanned, phaseClassify, phaseDataQuality, phaseFromStream1, phaseFromStream2, stream1Features, stream2Features

// EXTERNAL MODULE: ./src/lib/py/index.ts + 6 modules
var py = __nccwpck_require__(898);
;// CONCATENATED MODULE: ./src/derive/phase/classify.ts

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
            const ibb = row.intensity_basis_breakdown;
            if (!ibb || !(0,py/* truthy */.vN)(ibb))
                continue;
            // .get(key, 0): the default stands in only for an absent count, a null one stays null
            const hr = ibb.hr === undefined ? 0 : ibb.hr;
            const power = ibb.power === undefined ? 0 : ibb.power;
            if (hr !== null && hr > 0 && power === 0)
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
    const hardPlanned = s2.hard_sessions_planned;
    const sessions = s2.next_7d_sessions ?? 0;
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
            const prior3Avg = (0,py/* mean */.i2)(tss.slice(-4, -1));
            const prior3HardAvg = (0,py/* mean */.i2)(hard.slice(-4, -1));
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
    const planCovCurr = s2.plan_coverage_current_week;
    const planCovNext = s2.plan_coverage_next_week;
    const weeks = s1.weeks_available;
    // planned_tss_delta means something only with ≥ 3 sessions planned in the week remainder
    const sessions = s2.next_7d_sessions ?? 0;
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
    const hardPlanned = s2.hard_sessions_planned;
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
        const cwHardTotal = s2.current_week_hard_days_total;
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

// EXTERNAL MODULE: ./src/derive/diagnostics.ts
var diagnostics = __nccwpck_require__(3699);
;// CONCATENATED MODULE: ./src/derive/phase/stream1.ts


/** The non-null values of one field across the rows, in row order. */
function present(rows, field) {
    const out = [];
    for (const r of rows) {
        const v = r[field];
        if (v !== null && v !== undefined)
            out.push(v);
    }
    return out;
}
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
    const ctlValues = present(recent, 'ctl_end');
    result.ctl_values = ctlValues;
    if (ctlValues.length >= 2) {
        const x = ctlValues.map((_, i) => i);
        let slope;
        try {
            slope = (0,py/* linearRegression */.Ro)(x, ctlValues).slope;
        }
        catch (e) {
            (0,diagnostics/* degraded */.$o)('derived_metrics.phase_detection.ctl_slope', e);
            slope = (ctlValues[ctlValues.length - 1] - ctlValues[0]) / (ctlValues.length - 1);
        }
        result.ctl_slope = (0,py/* round */.LI)(slope, 2);
    }
    result.tss_values = recent.map((r) => (0,py.or)(r.total_tss, 0) ?? 0);
    result.primary_tss_values = recent.map((r) => (0,py.or)(r.primary_sport_tss, 0) ?? 0);
    const acwr = present(recent, 'acwr');
    if (acwr.length >= 2) {
        const diff = acwr[acwr.length - 1] - acwr[0];
        result.acwr_trend = diff > 0.1 ? 'rising' : diff < -0.1 ? 'falling' : 'stable';
    }
    const hard = recent.map((r) => (0,py.or)(r.hard_days, 0) ?? 0);
    result.hard_day_values = hard;
    if (hard.length)
        result.hard_day_avg = (0,py/* round */.LI)((0,py/* mean */.i2)(hard), 1);
    const mono = present(recent, 'monotony');
    if (mono.length >= 2) {
        const last = mono[mono.length - 1];
        result.monotony_trend = (0,py/* truthy */.vN)(last) && last > MONOTONY_ELEVATED ? 'elevated' : 'normal';
    }
    result.suggested_phase = phaseFromStream1(result, recent);
    return result;
}
/** _phase_from_stream1: Overreached (monotony-gated), Build, Base, or null. */
function phaseFromStream1(f, recentRows) {
    const { ctl_slope: slope, hard_day_avg: hardAvg } = f;
    if (f.monotony_trend === 'elevated') {
        // the last row of the caller's window (last finalized week live, target week in backfill)
        const current = recentRows.length ? (recentRows[recentRows.length - 1].acwr ?? null) : null;
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

// EXTERNAL MODULE: ./src/lib/naive-time.ts
var naive_time = __nccwpck_require__(3282);
// EXTERNAL MODULE: ./src/derive/sports.ts
var sports = __nccwpck_require__(4052);
;// CONCATENATED MODULE: ./src/derive/phase/stream2.ts



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
    const ws = String((0,py.or)(pw.workout_summary, ''));
    const cat = String((0,py.or)(pw.type, '')).toUpperCase();
    const name = String((0,py.or)(pw.name, '')).toLowerCase();
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
    const nextRace = raceCalendar.next_race;
    if (nextRace && (0,py/* truthy */.vN)(nextRace) && nextRace.days_until !== null && nextRace.days_until !== undefined) {
        result.race_proximity = nextRace.days_until;
        result.race_category = nextRace.category ?? null;
    }
    if (!plannedWorkouts.length)
        return result;
    // training-week aligned windows: today .. week end, and the next full training week
    const weekEndDay = (0,py/* mod */.zi)(ctx.weekStartDay - 1, 7);
    const daysToWeekEnd = (0,py/* mod */.zi)(weekEndDay - todayDate.weekday(), 7);
    const currentWeekEnd = todayDate.addDays(daysToWeekEnd);
    const nextWeekStart = currentWeekEnd.addDays(1);
    const nextWeekEnd = nextWeekStart.addDays(6);
    const currentWeek = [];
    const nextWeek = [];
    let currentTss = 0;
    let currentTssPrimary = 0;
    for (const pw of plannedWorkouts) {
        // only training entries are sessions (v3.128: not SICK/INJURED/NOTE/HOLIDAY markers)
        if (!sports/* TRAINING_EVENT_CATEGORIES */.FG.has((0,py.or)(pw.type, '') ?? ''))
            continue;
        const dateStr = String((0,py.or)(pw.date, '')).slice(0, 10);
        if (!dateStr || dateStr === 'unknown')
            continue;
        const pwDate = parseYmd(dateStr);
        if (!pwDate)
            continue;
        const pwTss = (0,py.or)(pw.planned_tss, 0) ?? 0;
        const isPrimary = (0,py/* truthy */.vN)(primarySport) ? (0,sports/* sportFamily */.PV)(pw.sport_type) === primarySport : false;
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
        const counts = [];
        for (const r of recent)
            if (r.activity_count !== null && r.activity_count !== undefined)
                counts.push(r.activity_count);
        if (counts.length)
            expected = Math.max(1, (0,py/* round */.LI)((0,py/* mean */.i2)(counts)));
    }
    result.plan_coverage_current_week = expected > 0 ? (0,py/* round */.LI)(currentWeek.length / expected, 2) : 0.0;
    result.plan_coverage_next_week = expected > 0 ? (0,py/* round */.LI)(nextWeek.length / expected, 2) : 0.0;
    // planned TSS (remainder projected to a full week) over the prior weeks' average; primary sport
    // when it has load in the lookback
    const usePrimary = (0,py/* truthy */.vN)(primarySport) && s1.primary_tss_values.length > 0 && s1.primary_tss_values.some((v) => v > 0);
    const denom = usePrimary ? s1.primary_tss_values : s1.tss_values;
    const numerCurrent = usePrimary ? currentTssPrimary : currentTss;
    let avgPrev = null;
    if (denom.length >= 3)
        avgPrev = (0,py/* mean */.i2)(denom.slice(-3));
    else if (denom.length)
        avgPrev = (0,py/* mean */.i2)(denom);
    const daysRemaining = daysToWeekEnd + 1;
    if ((0,py/* truthy */.vN)(avgPrev) && avgPrev > 0 && numerCurrent > 0 && daysRemaining > 0) {
        const projected = numerCurrent * (7 / daysRemaining);
        result.planned_tss_delta = (0,py/* round */.LI)(projected / avgPrev, 2);
    }
    let nextWeekTss = 0;
    for (const pw of nextWeek) {
        if (usePrimary && (0,sports/* sportFamily */.PV)(pw.sport_type) !== primarySport)
            continue;
        nextWeekTss += (0,py.or)(pw.planned_tss, 0) ?? 0;
    }
    if ((0,py/* truthy */.vN)(avgPrev) && avgPrev > 0 && nextWeekTss > 0) {
        result.next_week_tss_delta = (0,py/* round */.LI)(nextWeekTss / avgPrev, 2);
    }
    const hardCount = currentWeek.filter(isHardPlanned).length;
    result.hard_sessions_planned = hardCount;
    result.next_7d_sessions = currentWeek.length;
    // completed hard days of the in-progress week (weekly_rows[-1]) + planned hard sessions left
    const completed = weeklyRows && weeklyRows.length ? ((0,py.or)(weeklyRows[weeklyRows.length - 1].hard_days, 0) ?? 0) : 0;
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
        if (f.plan_coverage_next_week < 0.3)
            return null;
        return 'Deload';
    }
    return null;
}

;// CONCATENATED MODULE: ./src/derive/phase/index.ts






/** The Northern Hemisphere cycling season of today's month. */
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
/** The last 4 weekly_180d rows of history.json (this run's or the previous file, which may lack keys). */
function loadWeeklyRowsForPhase(history) {
    const rows = history && Array.isArray(history.weekly_180d) ? history.weekly_180d : [];
    return rows.length >= 4 ? rows.slice(-4) : rows;
}
/** phase_detection: both streams' features, the classified phase and its agreement flags. */
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
            if (weeklyRows[i].phase_detected === phase)
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


/***/ }),

/***/ 4052:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BZ: () => (/* binding */ actDate),
/* harmony export */   FG: () => (/* binding */ TRAINING_EVENT_CATEGORIES),
/* harmony export */   KR: () => (/* binding */ INDOOR_CYCLING_TYPES),
/* harmony export */   Kd: () => (/* binding */ INTERVAL_SPORT_FAMILIES),
/* harmony export */   PV: () => (/* binding */ sportFamily),
/* harmony export */   PZ: () => (/* binding */ SUSTAINABILITY_HR_TYPES),
/* harmony export */   T3: () => (/* binding */ HEALTH_EVENT_CATEGORIES),
/* harmony export */   Yo: () => (/* binding */ SPORT_FAMILIES),
/* harmony export */   nh: () => (/* binding */ SUSTAINABILITY_ANCHORS),
/* harmony export */   yW: () => (/* binding */ SUSTAINABILITY_POWER_TYPES)
/* harmony export */ });
/* harmony import */ var _snapshot_plan_terrain_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5867);
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
/** The sport family of an activity type, undefined for types outside the table. */
function sportFamily(type) {
    return typeof type === 'string' && Object.hasOwn(SPORT_FAMILIES, type) ? SPORT_FAMILIES[type] : undefined;
}
/** Activity types whose terrain and weather are summarised: the snapshot stage plans their terrain fetches. */

const INDOOR_CYCLING_TYPES = new Set(['VirtualRide']);
const TRAINING_EVENT_CATEGORIES = new Set(['WORKOUT', 'RACE_A', 'RACE_B', 'RACE_C']);
const HEALTH_EVENT_CATEGORIES = new Set(['SICK', 'INJURED']);
const INTERVAL_SPORT_FAMILIES = new Set(['cycling', 'run', 'ski', 'rowing', 'swim']);

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


/***/ }),

/***/ 1532:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ athleteUnits),
/* harmony export */   W: () => (/* binding */ toDisplay)
/* harmony export */ });
/* harmony import */ var _lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(898);

const WIND = { MPS: 'm/s', KPH: 'km/h', MPH: 'mph' };
const RAIN = { MM: 'mm', IN: 'in' };
function athleteUnits(athlete) {
    const defaults = { wind: 'm/s', temp: 'c', rain: 'mm', distance: 'metric', weight: 'kg', height: 'cm' };
    if (!athlete || Object.keys(athlete).length === 0)
        return defaults;
    const mp = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(athlete, 'measurement_preference');
    return {
        wind: WIND[(0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(athlete, 'wind_speed')] ?? defaults.wind,
        temp: athlete.fahrenheit ? 'f' : 'c',
        rain: RAIN[(0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(athlete, 'rain')] ?? defaults.rain,
        distance: mp !== 'meters' && mp !== null ? 'imperial' : 'metric',
        weight: athlete.weight_pref_lb ? 'lb' : 'kg',
        height: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(athlete, 'height_units') === 'IN' ? 'in' : 'cm',
    };
}
function toDisplay(value, kind, units) {
    if (value === null || value === undefined)
        return null;
    const u = units ?? {};
    const imperial = u.distance === 'imperial';
    const shown = () => {
        switch (kind) {
            case 'distance':
                return imperial ? { value: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .round */ .LI)(value * 0.621371, 2), unit: 'mi' } : { value: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .round */ .LI)(value, 2), unit: 'km' };
            case 'elevation':
                return imperial ? { value: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .round */ .LI)(value * 3.28084), unit: 'ft' } : { value: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .round */ .LI)(value), unit: 'm' };
            case 'elevation_per_distance':
                return imperial ? { value: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .round */ .LI)(value * 5.28), unit: 'ft/mi' } : { value: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .round */ .LI)(value), unit: 'm/km' };
            case 'weight':
                return u.weight === 'lb' ? { value: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .round */ .LI)(value * 2.20462, 1), unit: 'lb' } : { value: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .round */ .LI)(value, 1), unit: 'kg' };
            case 'height':
                return u.height === 'in' ? { value: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .round */ .LI)(value * 39.3701), unit: 'in' } : { value: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .round */ .LI)(value * 100), unit: 'cm' };
            case 'speed':
                return imperial ? { value: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .round */ .LI)(value * 0.621371, 1), unit: 'mph' } : { value: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .round */ .LI)(value, 1), unit: 'km/h' };
        }
    };
    // the switch covers every kind; the cast ties the block to the kind the caller named
    return shown();
}


/***/ }),

/***/ 4876:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HM: () => (/* binding */ currentMetrics),
/* harmony export */   Wf: () => (/* binding */ wellnessStateFields),
/* harmony export */   ds: () => (/* binding */ formatWellness),
/* harmony export */   ro: () => (/* binding */ isValidHrv)
/* harmony export */ });
/* harmony import */ var _lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(898);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6856);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1532);



/** rMSSD within the physiological range 10–250 ms (sensor glitches excluded; PR #6). */
function isValidHrv(value) {
    return typeof value === 'number' && value >= 10 && value <= 250;
}
function sleepHours(w) {
    const s = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'sleepSecs');
    return (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .truthy */ .vN)(s) ? (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .round */ .LI)(s / 3600, 2) : null;
}
function sleepFormatted(w) {
    const s = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'sleepSecs');
    return (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .truthy */ .vN)(s) ? (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMinutes */ .d)(s) : null;
}
/** The subjective, vital, body, nutrition, cycle and platform fields (wellness_data, current_metrics, daily_90d). */
function wellnessStateFields(w) {
    return {
        fatigue: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'fatigue'),
        soreness: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'soreness'),
        stress: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'stress'),
        mood: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'mood'),
        motivation: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'motivation'),
        injury: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'injury'),
        hydration: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'hydration'),
        spO2: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'spO2'),
        blood_glucose: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'bloodGlucose'),
        systolic: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'systolic'),
        diastolic: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'diastolic'),
        baevsky_si: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'baevskySI'),
        lactate: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'lactate'),
        respiration: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'respiration'),
        body_fat_pct: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'bodyFat'),
        abdomen_cm: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'abdomen'),
        steps: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'steps'),
        hydration_volume_l: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'hydrationVolume'),
        kcal_consumed: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'kcalConsumed'),
        carbohydrates_g: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'carbohydrates'),
        protein_g: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'protein'),
        fat_g: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'fatTotal'),
        menstrual_phase: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'menstrualPhase'),
        menstrual_phase_predicted: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'menstrualPhasePredicted'),
        readiness: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'readiness'),
    };
}
/** wellness_data: one record per day of the display window, raw fields renamed and unit-annotated. */
function formatWellness(wellness, units) {
    return wellness.map((w) => {
        const weight = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'weight');
        return {
            date: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'id', 'unknown'),
            weight_kg: weight,
            display: { weight: (0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .toDisplay */ .W)(weight, 'weight', units) },
            resting_hr: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'restingHR'),
            hrv_rmssd: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'hrv'),
            hrv_sdnn: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'hrvSDNN'),
            sleep_hours: sleepHours(w),
            sleep_formatted: sleepFormatted(w),
            sleep_quality: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'sleepQuality'),
            sleep_score: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'sleepScore'),
            mental_energy: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'mentalEnergy'),
            avg_sleeping_hr: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'avgSleepingHR'),
            vo2max: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(w, 'vo2max'),
            ...wellnessStateFields(w),
        };
    });
}
/** current_status.current_metrics from the latest wellness record (athlete fallbacks). */
function currentMetrics(latest, athlete, units) {
    const weight = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__.or)((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(latest, 'weight'), (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(athlete, 'icu_weight'));
    return {
        weight_kg: weight,
        display: { weight: (0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .toDisplay */ .W)(weight, 'weight', units) },
        resting_hr: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__.or)((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(latest, 'restingHR'), (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(athlete, 'icu_resting_hr')),
        hrv: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(latest, 'hrv'),
        sleep_quality: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(latest, 'sleepQuality'),
        sleep_hours: sleepHours(latest),
        sleep_formatted: sleepFormatted(latest),
        sleep_score: (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(latest, 'sleepScore'),
        ...wellnessStateFields(latest),
    };
}


/***/ }),

/***/ 9646:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ PLANNED_HORIZON_DAYS),
/* harmony export */   Bp: () => (/* binding */ DAILY_TIER_DAYS),
/* harmony export */   Eg: () => (/* binding */ HEALTH_LOOKBACK_DAYS),
/* harmony export */   Od: () => (/* binding */ ACWR_DAYS),
/* harmony export */   Ps: () => (/* binding */ WEEKLY_TIER_DAYS),
/* harmony export */   SF: () => (/* binding */ HEALTH_LOOKAHEAD_DAYS),
/* harmony export */   al: () => (/* binding */ HISTORY_LOOKBACK_DAYS),
/* harmony export */   gr: () => (/* binding */ INTERVAL_SCAN_HOURS),
/* harmony export */   kr: () => (/* binding */ EVENTS_AHEAD_DAYS),
/* harmony export */   mo: () => (/* binding */ HISTORY_MAX_AGE_DAYS),
/* harmony export */   rd: () => (/* binding */ INTERVAL_RETENTION_DAYS),
/* harmony export */   zf: () => (/* binding */ SUSTAINABILITY_WINDOW_DAYS)
/* harmony export */ });
/**
 * The time windows one run reads and the retention ages of the state files, in one place: the
 * fetch plan (snapshot/collect) and the derive modules that slice the fetched rows must agree,
 * or a metric would silently read a shorter window than was fetched.
 */
/** Chronic window: ACWR, the 28-day baselines and the extended activity/wellness fetch. */
const ACWR_DAYS = 28;
/** Planned workouts listed in latest.json reach this far ahead (days). */
const PLANNED_HORIZON_DAYS = 42;
/** Sustainability (power/HR curve anchors) look-back window (days, today included). */
const SUSTAINABILITY_WINDOW_DAYS = 42;
/** Calendar events fetched ahead of today (days): race calendar and planned workouts. */
const EVENTS_AHEAD_DAYS = 90;
/** Past events kept for interval pairing (days); also intervals.json's retention. */
const INTERVAL_RETENTION_DAYS = 14;
/** Activities whose interval/stream fetches are (re)tried (hours since start). */
const INTERVAL_SCAN_HOURS = 72;
/** SICK / INJURED calendar markers: look-back and look-ahead of the dedicated fetch (days). */
const HEALTH_LOOKBACK_DAYS = 365;
const HEALTH_LOOKAHEAD_DAYS = 90;
/** history.json reads three years of activities and wellness. */
const HISTORY_LOOKBACK_DAYS = 365 * 3;
/** history.json is regenerated on the weekly refresh once older than this (days). */
const HISTORY_MAX_AGE_DAYS = 28;
/** history.json tiers: daily rows (days), weekly rows (days); monthly rows cover the rest. */
const DAILY_TIER_DAYS = 90;
const WEEKLY_TIER_DAYS = 180;


/***/ }),

/***/ 660:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ getActivityZones),
/* harmony export */   Dl: () => (/* binding */ zoneBucket),
/* harmony export */   MJ: () => (/* binding */ classifyHardDay),
/* harmony export */   Ns: () => (/* binding */ dayZonesByBasis)
/* harmony export */ });
/* unused harmony export addDayZones */
/* harmony import */ var _lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(898);
/* harmony import */ var _sports_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4052);
/**
 * Zone extraction and hard-day classification shared by the history tiers, the live weekly rows
 * and the derived metrics, plus the per-day accumulation every caller repeats (zones summed
 * separately per basis).
 *
 * Power zones (icu_zone_times) are preferred, HR zones (icu_hr_zone_times) the fallback, unless
 * the zone preference of the activity's sport family says 'hr'. Power and HR zone seconds are
 * never mixed in one accumulator.
 */


const ZONE_IDS = ['z1', 'z2', 'z3', 'z4', 'z5', 'z6', 'z7'];
/**
 * _get_activity_zones(activity, sport_family) → [zones, basis]; [{}, null] when neither zone set
 * has data. `zonePreference` is the athlete's {family: 'power' | 'hr'}.
 */
function getActivityZones(activity, family, zonePreference) {
    const preferHr = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .truthy */ .vN)(family) && (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(zonePreference, family) === 'hr';
    let powerZones = null;
    const zoneTimes = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(activity, 'icu_zone_times', []);
    if ((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .truthy */ .vN)(zoneTimes)) {
        const pz = {};
        for (const zone of zoneTimes) {
            if (zone === null || typeof zone !== 'object' || Array.isArray(zone)) {
                throw new TypeError('icu_zone_times entry is not a dict');
            }
            const rawId = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(zone, 'id', '');
            if (typeof rawId !== 'string')
                throw new TypeError('zone id is not a string');
            const id = rawId.toLowerCase();
            const secs = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(zone, 'secs', 0);
            if (ZONE_IDS.includes(id))
                pz[id] = secs;
        }
        if ((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .truthy */ .vN)(pz))
            powerZones = pz;
    }
    let hrZones = null;
    const hrTimes = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(activity, 'icu_hr_zone_times', []);
    if ((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .truthy */ .vN)(hrTimes)) {
        const hz = {};
        hrTimes.forEach((secs, idx) => {
            if (idx < ZONE_IDS.length && (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .truthy */ .vN)(secs))
                hz[ZONE_IDS[idx]] = secs;
        });
        if ((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .truthy */ .vN)(hz))
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
        acc[zid] = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .pyAdd */ .RW)((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(acc, zid, 0), secs);
}
/**
 * The day's zones of a list of activities, each with its sport family's preference applied.
 * `onZones` sees each activity's zones (for weekly/monthly zone distributions).
 */
function dayZonesByBasis(activities, zonePreference, onZones) {
    const day = {};
    for (const a of activities) {
        const [zones, basis] = getActivityZones(a, (0,_sports_js__WEBPACK_IMPORTED_MODULE_1__/* .sportFamily */ .PV)((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(a, 'type', '')), zonePreference);
        if ((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .truthy */ .vN)(zones) && basis) {
            addDayZones(day, zones, basis);
            onZones?.(zones, basis, a);
        }
    }
    return day;
}
const z = (zones, id) => (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(zones, id, 0);
/**
 * _classify_hard_day(day_zones_by_basis) → [is_hard, basis]:
 * is_hard null when the day has no zone data; basis 'power' | 'hr' | 'mixed' | null.
 * Power ladder (Seiler/Foster): z3+ ≥ 1800 s, z4+ ≥ 600 s, z5+ ≥ 300 s, z6+ ≥ 120 s, z7 ≥ 60 s.
 * HR ladder (conservative, cardiac lag): z4+ ≥ 600 s, z5+ ≥ 300 s.
 */
function classifyHardDay(day) {
    const pz = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(day, 'power', {});
    const hz = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(day, 'hr', {});
    const hasPower = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .truthy */ .vN)(pz);
    const hasHr = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .truthy */ .vN)(hz);
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


/***/ }),

/***/ 3282:
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
// Dates are formatted and parsed in the inner loops of every block (a few thousand distinct
// days in three years of history, hundreds of thousands of calls): both directions are kept.
const DATE_CACHE_MAX = 50_000;
const DATE_MS = new Map();
const MS_DATE = new Map();
function dateOfMs(ms) {
    let s = MS_DATE.get(ms);
    if (s === undefined) {
        s = new Date(ms).toISOString().slice(0, 10);
        if (MS_DATE.size >= DATE_CACHE_MAX)
            MS_DATE.clear();
        MS_DATE.set(ms, s);
    }
    return s;
}
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
        // UTC's wall clock is the instant itself (to the second, like the formatted parts below)
        if (timeZone === 'UTC')
            return new NaiveDateTime(Math.floor(instantMs / 1000) * 1000);
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
        const ymd = date.slice(0, 10);
        const ms = DATE_MS.get(ymd);
        if (ms !== undefined)
            return new NaiveDateTime(ms);
        const dt = NaiveDateTime.parse(ymd);
        if (DATE_MS.size >= DATE_CACHE_MAX)
            DATE_MS.clear();
        DATE_MS.set(ymd, dt.ms);
        return dt;
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
        return dateOfMs(this.ms);
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
    // the first Intl.DateTimeFormat of a process loads the zone data (tens of ms): not for UTC
    if (tz === 'UTC')
        return true;
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: tz });
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 898:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  r2: () => (/* reexport */ cmp),
  J0: () => (/* reexport */ str/* fmtPercent */.J0),
  Jt: () => (/* reexport */ get),
  Wh: () => (/* reexport */ numbers/* int */.Wh),
  Zm: () => (/* reexport */ isDict),
  OW: () => (/* reexport */ isJsonObject),
  T6: () => (/* reexport */ isNum),
  Ro: () => (/* reexport */ linearRegression),
  Sk: () => (/* reexport */ maxBy),
  i2: () => (/* reexport */ mean),
  zi: () => (/* reexport */ numbers/* mod */.zi),
  or: () => (/* reexport */ or),
  vh: () => (/* reexport */ orEmpty),
  m6: () => (/* reexport */ parseHttpDate),
  lF: () => (/* reexport */ pstdev),
  RW: () => (/* reexport */ pyAdd),
  uH: () => (/* reexport */ pyCmp),
  mN: () => (/* reexport */ pyDictGet),
  _i: () => (/* reexport */ pyEq),
  Qz: () => (/* reexport */ str/* pyFloat */.Qz),
  fD: () => (/* reexport */ pyFloatOf),
  FB: () => (/* reexport */ pyInt),
  lC: () => (/* reexport */ pyIntRound),
  Y2: () => (/* reexport */ pyIntStr),
  FA: () => (/* reexport */ pyKey),
  iz: () => (/* reexport */ pyNum),
  rD: () => (/* reexport */ pyStr),
  yI: () => (/* reexport */ str/* reprFloat */.yI),
  LI: () => (/* reexport */ numbers/* round */.LI),
  IP: () => (/* reexport */ sorted),
  b$: () => (/* reexport */ stdev),
  bB: () => (/* reexport */ str/* strip */.bB),
  cz: () => (/* reexport */ sum),
  vN: () => (/* reexport */ truthy)
});

// UNUSED EXPORTS: PyError, dumps, floorDiv, fmean, fmtFixed, fmtFixedExact, fsum, loads, median, minBy, pyRepr, roundOpt, strAny, strApi, strFloat, strInt, strRounded

;// CONCATENATED MODULE: ./src/lib/py/truthiness.ts
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
        return hasOwnKey(v);
    return true;
}
/** Whether an object has an own enumerable key (`Object.keys(o).length > 0` without the array). */
function hasOwnKey(o) {
    for (const k in o)
        if (Object.hasOwn(o, k))
            return true;
    return false;
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
/** isinstance(v, (int, float)) and not bool. */
function isNum(v) {
    return typeof v === 'number';
}
/** isinstance(v, dict) */
function isDict(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** isinstance(v, dict), typed as a JSON object whose values are still to be checked. */
function isJsonObject(v) {
    return isDict(v);
}
/**
 * `d.get(key) or {}` read as a record: a missing, falsy or non-object value reads as a record
 * without keys, so the `.get()` calls that follow see absent keys.
 */
function orEmpty(value) {
    return truthy(value) && isDict(value) ? value : {};
}

// EXTERNAL MODULE: ./src/lib/py/numbers.ts
var numbers = __nccwpck_require__(3401);
// EXTERNAL MODULE: ./src/lib/py/str.ts
var str = __nccwpck_require__(9480);
;// CONCATENATED MODULE: ./src/lib/py/stats.ts
/**
 * The `statistics` and `math` functions the reference calls, exactly: fsum, builtin sum,
 * mean (exact fractions), fmean, stdev (sample, n-1) vs pstdev (population, n), median,
 * linear_regression.
 */
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
const view = new DataView(new ArrayBuffer(8));
/** A finite double as mant * 2**exp with an integer mantissa (exact). */
function decomposeDouble(x) {
    // an integer-valued double is its own mantissa (most samples: watts, bpm, seconds)
    if (Number.isSafeInteger(x))
        return [BigInt(x), 0];
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
    const n = values.length;
    // whole numbers (watts, bpm) small enough that every sum below stays an exact double: the same
    // exact sum of squares without a bigint per sample (|n a_i - S| <= 2 n max, so ss <= 4 n^3 max^2)
    let max = 0;
    for (const v of values) {
        if (!Number.isSafeInteger(v)) {
            max = Number.POSITIVE_INFINITY;
            break;
        }
        if (Math.abs(v) > max)
            max = Math.abs(v);
    }
    if (4 * n * n * n * max * max < Number.MAX_SAFE_INTEGER) {
        let total = 0;
        for (const v of values)
            total += v;
        let ss = 0;
        for (const v of values) {
            const d = n * v - total;
            ss += d * d;
        }
        return sqrtOfFraction(BigInt(ss), BigInt(n) * BigInt(n) * BigInt(divisor));
    }
    const parts = values.map(decomposeDouble);
    let emin = 0;
    for (const [m, e] of parts)
        if (m !== 0n && e < emin)
            emin = e;
    const terms = parts.map(([m, e]) => (m === 0n ? 0n : m << BigInt(e - emin)));
    const bn = BigInt(n);
    const total = terms.reduce((a, b) => a + b, 0n);
    // x_i - mean = (n a_i - S) / n * 2**emin, so variance = ss / (n^2 divisor) * 2**(2 emin)
    let ss = 0n;
    for (const a of terms) {
        const d = bn * a - total;
        ss += d * d;
    }
    return sqrtOfFraction(ss, bn * bn * BigInt(divisor)) * 2 ** emin;
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

;// CONCATENATED MODULE: ./src/lib/py/order.ts
/**
 * Python ordering: comparison of str/number/tuple values, stable sorted() (reverse keeps equal
 * items in order), and min()/max() returning the FIRST extreme item.
 */
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

;// CONCATENATED MODULE: ./src/lib/py/dates.ts
/**
 * Python's parsing of integers and HTTP/RFC 2822 dates from text: int(str) (sign, digits, '_'
 * between digits; None where Python raises) and email.utils.parsedate_to_datetime (via
 * _parsedate_tz), which accepts the RFC 2822 family and a few legacy shapes. A date with a zone
 * carries its offset; a date without one (or with the "-0000" no-zone marker) is naive.
 */
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
function pyIntStr(s) {
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
    const nums = [yy, dd, thh, tmm, tss].map(pyIntStr);
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
        tzoffset = pyIntStr(tzu);
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

;// CONCATENATED MODULE: ./src/lib/py/repr.ts
/**
 * Python str() and repr() of JSON-decoded values, as f-strings and sort keys print them: None,
 * True/False, integral numbers as int, other numbers as float repr, containers in repr form
 * ({'a': 1}, [1, 'x']) rather than JavaScript's "[object Object]" or "1,x".
 */


/** repr(s) of a str: single quotes unless the text holds a ' and no ", escapes as CPython writes them. */
function reprStr(s) {
    const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
    let out = '';
    for (const ch of s) {
        const c = ch.codePointAt(0);
        if (ch === '\\')
            out += '\\\\';
        else if (ch === quote)
            out += `\\${quote}`;
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (c < 0x20 || c === 0x7f)
            out += `\\x${c.toString(16).padStart(2, '0')}`;
        else
            out += ch;
    }
    return quote + out + quote;
}
/** Python str(x) of a JSON value. */
function pyStr(v) {
    if (v === null || v === undefined)
        return 'None';
    if (typeof v === 'boolean')
        return v ? 'True' : 'False';
    if (typeof v === 'number')
        return Number.isInteger(v) ? String(v) : (0,str/* reprFloat */.yI)(v);
    if (typeof v === 'string')
        return v;
    return pyRepr(v);
}
/** Python repr(x) of a JSON value (containers print their items' repr). */
function pyRepr(v) {
    if (typeof v === 'string')
        return reprStr(v);
    if (Array.isArray(v))
        return `[${v.map(pyRepr).join(', ')}]`;
    if (isDict(v))
        return `{${Object.entries(v)
            .map(([k, x]) => `${reprStr(k)}: ${pyRepr(x)}`)
            .join(', ')}}`;
    return pyStr(v);
}

;// CONCATENATED MODULE: ./src/lib/py/ops.ts
/**
 * Python's operators and conversions on JSON values the reference handles without checking their
 * type: arithmetic, ordering, ==, int(), float(), dict.get on a non-dict, and dict-key identity.
 * Each raises a `PyError` where Python raises (None in arithmetic, a str/int comparison,
 * int("abc")), so callers can catch it at exactly the level where the reference has its
 * `try/except`.
 */




/** A Python exception (TypeError, ValueError, AttributeError) raised by one of these operations. */
class PyError extends Error {
    name = 'PyError';
}
/** Operand of Python arithmetic: int/float (bool counts as int); anything else raises. */
function pyNum(v) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    throw new PyError(`unsupported operand type: ${JSON.stringify(v) ?? String(v)}`);
}
/** Python's `a + b` on numbers (bools count as ints); a TypeError otherwise. */
function pyAdd(a, b) {
    return pyNum(a) + pyNum(b);
}
/** Python ordering comparison (<, <=, >, >=) of two values; mixed types raise. Returns the sign. */
function pyCmp(a, b) {
    if (typeof a === 'string' && typeof b === 'string')
        return a < b ? -1 : a > b ? 1 : 0;
    const x = pyNum(a);
    const y = pyNum(b);
    return x < y ? -1 : x > y ? 1 : 0;
}
/** Python ==: numbers (and bools) compare numerically, everything else by identity/value. */
function pyEq(a, b) {
    const isN = (v) => typeof v === 'number' || typeof v === 'boolean';
    if (isN(a) && isN(b))
        return pyNum(a) === pyNum(b);
    return a === b;
}
/** Python int(x): truncates numbers, parses integer strings ("12", " -3 ", "1_000"), raises otherwise. */
function pyInt(v) {
    if (typeof v === 'number') {
        if (!Number.isFinite(v))
            throw new PyError('cannot convert float NaN or infinity to integer');
        return Math.trunc(v);
    }
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    const parsed = typeof v === 'string' ? pyIntStr(v) : null;
    if (parsed === null)
        throw new PyError(`invalid literal for int(): ${String(v)}`);
    return parsed;
}
/** Python float(x): numbers, bools and numeric strings; raises otherwise. */
function pyFloatOf(v) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (typeof v === 'string') {
        try {
            return (0,str/* pyFloat */.Qz)(v);
        }
        catch {
            throw new PyError(`could not convert string to float: ${v}`);
        }
    }
    throw new PyError('float() argument must be a string or a number');
}
/** int(round(x)) on a number (Python round: half-even); raises on non-numbers. */
function pyIntRound(v) {
    const x = pyNum(v);
    if (!Number.isFinite(x))
        throw new PyError('cannot convert float NaN or infinity to integer');
    return (0,numbers/* round */.LI)(x);
}
/** dict.get on a value that must be a dict (AttributeError otherwise). */
function pyDictGet(d, key, dflt = null) {
    if (!isDict(d))
        throw new PyError("object has no attribute 'get'");
    const v = d[key];
    return v === undefined ? dflt : v;
}
/** Python dict-key identity of a JSON scalar (1 == 1.0 == True; "1" differs). */
function pyKey(v) {
    if (typeof v === 'boolean')
        return `n:${v ? 1 : 0}`;
    if (typeof v === 'number')
        return `n:${v}`;
    if (typeof v === 'string')
        return `s:${v}`;
    return `o:${JSON.stringify(v)}`;
}

;// CONCATENATED MODULE: ./src/lib/py/index.ts
/**
 * Python semantics the port must reproduce exactly (the reference is sync.py), in one package.
 * Every derive/render module uses these helpers instead of the JavaScript look-alikes where the
 * reference's semantics apply (see each module's header).
 */











/***/ }),

/***/ 7993:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ dumps),
/* harmony export */   q: () => (/* binding */ loads)
/* harmony export */ });
/**
 * JSON text as the reference writes it: `json.dump(obj, f, indent=2)` with Python's defaults
 * (ensure_ascii escapes, ", " / ": " separators), except for one thing: the files are strict
 * JSON (RFC 8259). Python writes `NaN` / `Infinity` tokens for non-finite floats, which strict
 * parsers (JavaScript's JSON.parse, jq, most AI tool readers) refuse; here a non-finite number
 * is written as `null`, the value the readers already handle as "no value".
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
    if (!Number.isFinite(n))
        return 'null';
    return JSON.stringify(n);
}
/** what JSON.stringify leaves raw and `ensure_ascii` escapes: DEL and everything above ASCII */
const NON_ASCII = /[\u007f-\uffff]/g;
const escapeUnit = (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0');
function dumps(value, opts = {}) {
    const indent = opts.indent ?? 2;
    if (!opts.sortKeys && indent > 0 && indent <= 10) {
        // JSON.stringify with an indent lays a value out exactly as json.dumps(indent=n) does: the
        // same line breaks, "," and ": " separators, [] and {} when empty, null for a non-finite
        // number, undefined members left out, Object.keys order, the same short escapes and
        // lower-case \u00XX for control characters, lone surrogates escaped. It only leaves non-ASCII
        // characters raw, which ensure_ascii writes as UTF-16 escapes.
        let text;
        try {
            text = JSON.stringify(value, null, indent);
        }
        catch {
            // a value JSON.stringify refuses (a bigint): written by the walk below
            text = undefined;
        }
        if (text !== undefined)
            return text.replace(NON_ASCII, escapeUnit);
    }
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
/**
 * Parse JSON that may carry Python's NaN / Infinity tokens (outside strings): state files the
 * reference wrote before the switch to this producer can hold them.
 */
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

/***/ 3401:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LI: () => (/* binding */ round),
/* harmony export */   Wh: () => (/* binding */ int),
/* harmony export */   ar: () => (/* binding */ fmtFixed),
/* harmony export */   zi: () => (/* binding */ mod)
/* harmony export */ });
/* unused harmony exports floorDiv, fmtFixedExact, roundOpt */
/**
 * Python number semantics: `//` and `%` floor on negatives, int() truncates, round() is
 * half-even on the exact binary value (not Math.round), float() parsing.
 */
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
function int(x) {
    return Math.trunc(x);
}
/**
 * f"{x:.{nd}f}": the exact binary value rounded half-even to nd decimals (Python formats and
 * rounds on the exact value of the double, so only exactly representable ties go to even).
 */
function fmtFixed(x, nd) {
    // toFixed rounds the exact binary value too, but ties away from zero: it differs from Python
    // only on an exact tie, which needs the exact value to end at digit nd+1 with a 5, and then
    // toFixed(nd+1) is exact and ends in 5. Everything else is decided by toFixed alone.
    if (Number.isFinite(x) && Number.isInteger(nd) && nd >= 0 && nd <= 99 && Math.abs(x) < 1e21) {
        const a = Math.abs(x);
        const probe = a.toFixed(nd + 1);
        if (probe.charCodeAt(probe.length - 1) !== 53 /* '5' */)
            return (x < 0 || Object.is(x, -0) ? '-' : '') + a.toFixed(nd);
    }
    return fmtFixedExact(x, nd);
}
/** fmtFixed from the exact decimal expansion of the double (the general case: ties, huge values). */
function fmtFixedExact(x, nd) {
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


/***/ }),

/***/ 9480:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J0: () => (/* binding */ fmtPercent),
/* harmony export */   Je: () => (/* binding */ strRounded),
/* harmony export */   Oj: () => (/* binding */ strFloat),
/* harmony export */   Qz: () => (/* binding */ pyFloat),
/* harmony export */   bB: () => (/* binding */ strip),
/* harmony export */   cc: () => (/* binding */ strAny),
/* harmony export */   t4: () => (/* binding */ strInt),
/* harmony export */   yI: () => (/* binding */ reprFloat)
/* harmony export */ });
/* unused harmony export strApi */
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3401);
/**
 * str(), repr() and format() of Python values: str(float) shortest round-trip digits with '.0',
 * f"{x:.Nf}" and f"{x:+.N%}", str.strip().
 */

/** f"{x:+.{nd}%}" (sign always shown when plus=true). Python multiplies by 100 in binary first. */
function fmtPercent(x, nd, plus = false) {
    const s = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtFixed */ .ar)(x * 100, nd);
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
/** str.strip() for the whitespace Python strips by default. */
function strip(s) {
    return s.replace(/^[\s\u001c-\u001f\u0085]+|[\s\u001c-\u001f\u0085]+$/g, '');
}
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
    return isInt ? String(x) : reprFloat((0,_numbers_js__WEBPACK_IMPORTED_MODULE_0__/* .round */ .LI)(x, nd));
}
/** a plain decimal literal, which float() and Number() read alike */
const PLAIN_DECIMAL = /^[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
/**
 * Python float(str): surrounding whitespace stripped, '_' between digits, inf/infinity/nan in any
 * case; anything else raises (ValueError in Python, an Error here). Number() would accept '',
 * '0x1f' and reject 'inf'.
 */
function pyFloat(s) {
    if (PLAIN_DECIMAL.test(s))
        return Number(s);
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


/***/ }),

/***/ 310:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact)
/* harmony export */ });
/* unused harmony exports FRAGMENT_MIN, secretForms */
/**
 * Remove secret values from text before it leaves the run (log line, error, summary, issue).
 *
 * For each secret the forms a request or an echoing server can carry are considered: the value
 * itself, its Basic-auth encoding `base64("API_KEY:<key>")` (standard and URL-safe alphabets, with
 * and without padding), base64 of the bare key at each of the three byte alignments (a key encoded
 * after an arbitrary prefix), and the URL-encoded forms of all of these. Not only whole forms are
 * removed but every run of text that shares at least FRAGMENT_MIN characters with one of them, so
 * a body excerpt cut through the key, or a key cut by a log width, leaks nothing.
 *
 * Why 6: a window of 6 characters of a random alphanumeric key carries ~31 bits, and shorter
 * windows start matching ordinary words and numbers in log lines (dates, ids, "Basic "); longer
 * ones would let a cut 7-10 character piece of a key through. Secrets shorter than
 * SECRET_MIN are not redacted at all (they would match everywhere; nothing real is that short),
 * and a secret shorter than FRAGMENT_MIN is removed whole only.
 *
 * Redact BEFORE truncating: a truncation can cut a form into a fragment the whole-form
 * replacement would miss (fragments are caught here too, but only from 6 characters on).
 */
const FRAGMENT_MIN = 6;
const SECRET_MIN = 4;
const MASK = '***';
function b64Variants(bytes) {
    const std = bytes.toString('base64');
    const url = std.replace(/\+/g, '-').replace(/\//g, '_');
    return [std, std.replace(/=+$/, ''), url.replace(/=+$/, '')];
}
/** Every textual form of `secret` that a request, a header or an echoing server can show. */
function secretForms(secret) {
    const forms = new Set([secret]);
    const key = Buffer.from(secret, 'utf8');
    for (const f of b64Variants(Buffer.concat([Buffer.from('API_KEY:'), key])))
        forms.add(f);
    for (const f of b64Variants(key))
        forms.add(f);
    // the bare key encoded from each byte alignment, whole groups only (the last partial group
    // depends on what follows the key)
    for (let j = 0; j < 3 && j < key.length; j++) {
        const part = key.subarray(j, j + Math.floor((key.length - j) / 3) * 3);
        if (part.length >= 3)
            for (const f of b64Variants(part))
                forms.add(f);
    }
    for (const f of [...forms]) {
        forms.add(encodeURIComponent(f));
        forms.add(encodeURIComponent(f).replace(/%20/g, '+'));
    }
    return [...forms].filter((f) => f.length > 0);
}
/** Mark every character of `text` covered by a window of `n` characters found in `windows`. */
function markWindows(text, n, windows, marked) {
    for (let i = 0; i + n <= text.length; i++) {
        if (windows.has(text.slice(i, i + n)))
            marked.fill(1, i, i + n);
    }
}
/** `text` with every secret, its encodings and any fragment of them of >= 6 characters replaced by `***`. */
function redact(text, secrets) {
    if (!text)
        return text;
    const marked = new Uint8Array(text.length);
    let any = false;
    for (const s of secrets) {
        if (!s || s.length < SECRET_MIN)
            continue;
        const forms = secretForms(s);
        // whole forms first (covers secrets shorter than a fragment window)
        for (const f of forms) {
            for (let i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + 1)) {
                marked.fill(1, i, i + f.length);
                any = true;
            }
        }
        const windows = new Set();
        for (const f of forms) {
            if (f.length < FRAGMENT_MIN || s.length < FRAGMENT_MIN)
                continue;
            for (let i = 0; i + FRAGMENT_MIN <= f.length; i++)
                windows.add(f.slice(i, i + FRAGMENT_MIN));
        }
        if (windows.size) {
            markWindows(text, FRAGMENT_MIN, windows, marked);
            any = true;
        }
    }
    if (!any)
        return text;
    let out = '';
    for (let i = 0; i < text.length;) {
        if (!marked[i]) {
            out += text[i++];
            continue;
        }
        while (i < text.length && marked[i])
            i++;
        out += MASK;
    }
    return out;
}


/***/ }),

/***/ 5190:
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
// EXTERNAL MODULE: ./node_modules/valibot/dist/index.mjs
var dist = __nccwpck_require__(7934);
// EXTERNAL MODULE: ./src/lib/py/json.ts
var json = __nccwpck_require__(7993);
// EXTERNAL MODULE: ./src/lib/redact.ts
var redact = __nccwpck_require__(310);
;// CONCATENATED MODULE: ./src/fetch/errors.ts
class IntervalsError extends Error {
    endpoint;
    status;
    kind;
    retryAfterRaw;
    detail;
    constructor(message, endpoint, status, kind, retryAfterRaw = null, detail = null) {
        super(message);
        this.endpoint = endpoint;
        this.status = status;
        this.kind = kind;
        this.retryAfterRaw = retryAfterRaw;
        this.detail = detail;
        this.name = 'IntervalsError';
    }
}

;// CONCATENATED MODULE: ./src/fetch/attempt.ts

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
class DeadlineExceeded extends Error {
    ms;
    constructor(ms) {
        super(`deadline of ${ms} ms exceeded`);
        this.ms = ms;
    }
}
function safeResolve(location, base) {
    try {
        return new URL(location, base);
    }
    catch {
        return null;
    }
}
/**
 * A `fetch` for ky: one attempt under one deadline, same-origin redirects, the capped body into
 * `st.body`. `onSent` is told when the transport has written the request to its socket.
 */
function attemptFetch(st, o) {
    return async (request, onSent) => {
        st.attempts++;
        st.t0 = Date.now();
        st.count = { bytes: 0 };
        st.body = null;
        const budget = Math.max(1, Math.min(o.timeoutMs, st.deadline - st.t0));
        const ac = new AbortController();
        const timer = setTimeout(() => ac.abort(new DeadlineExceeded(budget)), budget);
        // ky's signal (the request's overall bound) ends the attempt too
        const signal = AbortSignal.any([ac.signal, request.signal]);
        const origin = new URL(request.url).origin;
        try {
            let current = request.url;
            for (let hop = 0;; hop++) {
                const res = await o.transport(current, request.headers, signal, onSent);
                const location = res.headers.get('Location');
                if (REDIRECT_STATUSES.has(res.status) && location !== null) {
                    res.discard();
                    const next = safeResolve(location, current);
                    if (next === null || next.origin !== origin) {
                        throw new IntervalsError(`${st.endpoint}: HTTP ${res.status} redirect to ${next ? `another origin (${next.origin})` : 'an unusable location'} was not followed`, st.endpoint, res.status, 'http', null, 'redirect');
                    }
                    if (hop >= o.maxRedirects) {
                        throw new IntervalsError(`${st.endpoint}: too many redirects (HTTP ${res.status})`, st.endpoint, res.status, 'http', null, 'redirect');
                    }
                    current = next.toString();
                    continue;
                }
                if (res.status >= 200 && res.status < 300)
                    st.body = await res.read(st.cap, st.endpoint, st.count);
                else
                    res.discard();
                return new Response(null, { status: res.status, headers: res.headers });
            }
        }
        finally {
            clearTimeout(timer);
            st.end = Date.now();
        }
    };
}

;// CONCATENATED MODULE: ./src/fetch/body.ts
/**
 * Reading one response body under the request's deadline and a cap on DECODED bytes.
 *
 * fetch inflates gzip/deflate/br transparently, so the bytes counted here are the bytes the run
 * would hold in memory: a small compressed body that inflates without bound (a "gzip bomb") and a
 * body whose Content-Length lies are both stopped as soon as the count passes the cap, without
 * ever building the whole body. A declared Content-Length above the cap fails before reading.
 */

/** Bytes as a short human figure for messages: 20 MB, 512 KB, 300 bytes. */
function formatBytes(n) {
    if (n >= 1024 * 1024 && n % (1024 * 1024) === 0)
        return `${n / (1024 * 1024)} MB`;
    if (n >= 1024 * 1024)
        return `${(n / (1024 * 1024)).toFixed(1)} MB`;
    if (n >= 1024)
        return `${Math.round(n / 1024)} KB`;
    return `${n} bytes`;
}
function tooLarge(endpoint, cap, status) {
    return new IntervalsError(`${endpoint}: response larger than ${formatBytes(cap)} (stopped reading)`, endpoint, status, 'malformed', null, 'too_large');
}
/** Rejects as soon as `signal` aborts (with its reason), whatever the awaited promise does. */
function untilAborted(p, signal) {
    if (signal.aborted)
        return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        p.then((v) => {
            signal.removeEventListener('abort', onAbort);
            resolve(v);
        }, (e) => {
            signal.removeEventListener('abort', onAbort);
            reject(e);
        });
    });
}
/**
 * The whole body as one Buffer, or an IntervalsError('too_large') once more than `cap` decoded
 * bytes arrived. The read is abandoned (and the stream cancelled) the moment `signal` aborts.
 */
async function readBodyCapped(res, cap, endpoint, signal, count) {
    const declared = Number(res.headers.get('Content-Length') ?? Number.NaN);
    if (Number.isFinite(declared) && declared > cap) {
        await res.body?.cancel().catch(() => undefined);
        throw tooLarge(endpoint, cap, res.status);
    }
    if (!res.body)
        return Buffer.alloc(0);
    const reader = res.body.getReader();
    const chunks = [];
    try {
        for (;;) {
            const { done, value } = await untilAborted(reader.read(), signal);
            if (done)
                break;
            count.bytes += value.byteLength;
            if (count.bytes > cap)
                throw tooLarge(endpoint, cap, res.status);
            chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
        }
    }
    catch (e) {
        reader.cancel().catch(() => undefined);
        throw e;
    }
    return Buffer.concat(chunks);
}
/** Discard a body we will not read (an error status, a redirect) without waiting for it. */
function discardBody(res) {
    res.body?.cancel().catch(() => undefined);
}

;// CONCATENATED MODULE: ./src/fetch/retry-policy.ts
const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
const RETRY_AFTER_STATUSES = new Set([413, 429, 503]);
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
function isRetryable(e) {
    if (e.detail === 'redirect' || e.detail === 'refused_url' || e.detail === 'too_large')
        return false;
    if (e.kind === 'timeout' || e.kind === 'network')
        return true;
    return e.kind === 'http' && e.status !== null && RETRY_STATUSES.has(e.status);
}
/**
 * Milliseconds to wait before retry number `retry` (1-based), or null when the server asked for
 * longer than the run may wait.
 */
function retryDelayMs(e, retry, o, nowMs) {
    if (e.kind === 'http' && e.status !== null && RETRY_AFTER_STATUSES.has(e.status)) {
        const after = parseRetryAfterMs(e.retryAfterRaw, nowMs);
        if (after !== null)
            return after > o.maxRetryAfterMs ? null : after;
    }
    return Math.min(o.backoffLimitMs, 300 * 2 ** (retry - 1));
}

;// CONCATENATED MODULE: ./src/fetch/pacing.ts
/**
 * When a request may go out. Three rules, each with its own reason:
 *
 * - Concurrency (Semaphore): at most N requests in flight, granted in the order the run asked
 *   for them.
 * - Rate (TokenBucket, one per host): Intervals.icu allows about 10 requests per second per IP
 *   with a short burst allowance. A bucket holds `burst` tokens and refills at `ratePerSecond`;
 *   every attempt (a retry too) takes one, waiting in line when the bucket is empty. A normal run
 *   fits in the burst and never waits; a very large one (a multisport athlete's first run) is
 *   spread out at the sustained rate instead of meeting 429s on its best-effort reads.
 * - Order per path (PathOrder): requests to the same URL path (different queries: the wellness
 *   lists, the two event lists, the curve reads) go out one after the other, in the order the run
 *   asked for them: each once the previous one has been sent (its headers written to the socket,
 *   sent.ts) or, when that cannot be observed, answered. This is the order in which the
 *   reference's sequential reads reach the server, so whatever the server decides per path in
 *   arrival order (a one-off failure of "the first hr-curves request") lands on the same read as
 *   it would for the reference, while the round trips still overlap. Started at the same moment,
 *   two requests can reach the server in either order.
 */
/**
 * At most `limit` tasks at once; a free slot goes to the waiting task asked for first (the lowest
 * `seq`), so a request held back by PathOrder does not queue behind reads asked for after it.
 */
class Semaphore {
    limit;
    active = 0;
    queue = [];
    constructor(limit) {
        this.limit = limit;
    }
    async run(seq, fn) {
        if (this.active < this.limit && !this.queue.some((w) => w.seq < seq)) {
            this.active++;
        }
        else {
            // the slot is taken on this task's behalf when it is released (see release)
            await new Promise((go) => {
                let i = this.queue.length;
                while (i > 0 && this.queue[i - 1].seq > seq)
                    i--;
                this.queue.splice(i, 0, { seq, go });
            });
        }
        try {
            return await fn();
        }
        finally {
            this.active--;
            this.release();
        }
    }
    /** Starts the earliest-asked waiting task. */
    release() {
        if (this.active >= this.limit || this.queue.length === 0)
            return;
        this.active++;
        this.queue.shift()?.go();
    }
}
/** `burst` tokens, refilled continuously at `ratePerSecond`; waiters are served in arrival order. */
class TokenBucket {
    ratePerSecond;
    burst;
    now;
    tokens;
    last;
    queue = [];
    timer = null;
    constructor(ratePerSecond, burst, now = () => performance.now()) {
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
        this.now = now;
        this.tokens = burst;
        this.last = now();
    }
    /** Whether take() would resolve at once. */
    ready() {
        return this.queue.length === 0 && this.refill() >= 1;
    }
    /** Resolves when a token is taken. */
    take() {
        if (this.ready()) {
            this.tokens -= 1;
            return Promise.resolve();
        }
        return new Promise((resolve) => {
            this.queue.push(resolve);
            this.schedule();
        });
    }
    refill() {
        const t = this.now();
        this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) * this.ratePerSecond) / 1000);
        this.last = t;
        return this.tokens;
    }
    schedule() {
        if (this.timer !== null)
            return;
        const waitMs = Math.max(1, Math.ceil(((1 - this.refill()) * 1000) / this.ratePerSecond));
        this.timer = setTimeout(() => {
            this.timer = null;
            while (this.queue.length && this.refill() >= 1) {
                this.tokens -= 1;
                this.queue.shift()?.();
            }
            if (this.queue.length)
                this.schedule();
        }, waitMs);
    }
}
/** Same-path requests one after the other, in the order asked (see the module comment). */
class PathOrder {
    /** origin + path → settles when the latest request asked for on it may be followed */
    tail = new Map();
    /**
     * Runs `start` once every earlier request on the same path has been sent or has settled.
     * `start` calls `sent` when its request has left (the next one on the path may go then); its
     * settling counts as sent too.
     */
    after(url, start) {
        const u = new URL(url);
        const key = u.origin + u.pathname;
        const previous = this.tail.get(key);
        let sent;
        this.tail.set(key, new Promise((resolve) => (sent = resolve)));
        const go = () => {
            const p = start(sent);
            p.then(sent, sent);
            return p;
        };
        return previous ? previous.then(go) : go();
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
var external_node_zlib_default = /*#__PURE__*/__nccwpck_require__.n(external_node_zlib_);
// EXTERNAL MODULE: external "node:diagnostics_channel"
var external_node_diagnostics_channel_ = __nccwpck_require__(3053);
var external_node_diagnostics_channel_default = /*#__PURE__*/__nccwpck_require__.n(external_node_diagnostics_channel_);
;// CONCATENATED MODULE: ./src/fetch/sent.ts
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

/** origin + path + query → callbacks waiting for that request to be sent */
const waiting = new Map();
let subscribed = false;
function keyOf(origin, path) {
    return `${String(origin)}${String(path)}`;
}
function onSendHeaders(message) {
    const request = message?.request;
    if (!request)
        return;
    const key = keyOf(request.origin, request.path);
    const callbacks = waiting.get(key);
    if (!callbacks)
        return;
    waiting.delete(key);
    for (const f of callbacks)
        f();
}
/**
 * Calls `f` once the next request to `url` has been written to its socket. Returns a cancel
 * function (call it when the attempt ends either way).
 */
function onceSent(url, f) {
    if (!subscribed) {
        external_node_diagnostics_channel_default().subscribe('undici:client:sendHeaders', onSendHeaders);
        subscribed = true;
    }
    const u = new URL(url);
    const key = keyOf(u.origin, u.pathname + u.search);
    let callbacks = waiting.get(key);
    if (!callbacks)
        waiting.set(key, (callbacks = new Set()));
    callbacks.add(f);
    return () => {
        const set = waiting.get(key);
        if (!set)
            return;
        set.delete(f);
        if (set.size === 0)
            waiting.delete(key);
    };
}

;// CONCATENATED MODULE: ./src/fetch/transport.ts
/**
 * One HTTP exchange of an attempt: send a GET, hand back the status and headers, then read the
 * body whole under a cap on decoded bytes, or discard it. Two ways to do it:
 *
 * - nodeTransport, the default: Node's own http/https client on keep-alive agents. A run makes a
 *   few dozen requests and is short-lived, so what a request costs in CPU is most of what the
 *   transport adds to a run's time: the platform fetch (undici) spends several times the CPU of
 *   node:http on the same reads (its per-request stream machinery, and compiling its WebAssembly
 *   HTTP parser on every start), on machines where the run shares its cores with other jobs.
 * - fetchTransport: any WHATWG fetch (a caller's own, another runtime's). When the request has
 *   left the process is known only for Node's fetch (sent.ts).
 *
 * Both decode gzip/deflate (and br over https) as the platform fetch does, count DECODED bytes
 * against the cap (a small compressed body that inflates without bound is stopped as soon as the
 * count passes it), fail a declared Content-Length over the cap before reading, never follow a
 * redirect (attempt.ts decides), and end at once when the attempt's signal aborts, with its reason.
 */





function fetchTransport(fetchImpl) {
    return async (url, headers, signal, onSent) => {
        // Node's fetch reports the sending on a diagnostics channel; any other fetch never does
        const cancel = onceSent(url, onSent);
        let res;
        try {
            res = await untilAborted(fetchImpl(url, { method: 'GET', headers, redirect: 'manual', signal }), signal);
        }
        finally {
            cancel();
        }
        return {
            status: res.status,
            headers: res.headers,
            read: (cap, endpoint, count) => readBodyCapped(res, cap, endpoint, signal, count),
            discard: () => discardBody(res),
        };
    };
}
/** keep-alive agents: an idle socket is unreferenced, so it never keeps the process alive */
const AGENTS = {
    'http:': new (external_node_http_default()).Agent({ keepAlive: true }),
    'https:': new (external_node_https_default()).Agent({ keepAlive: true }),
};
/** the platform fetch's error shape (a TypeError whose cause is the socket's error) */
function networkError(cause) {
    return new TypeError('fetch failed', { cause });
}
function responseHeaders(raw) {
    const headers = new Headers();
    for (let i = 0; i + 1 < raw.length; i += 2) {
        try {
            headers.append(raw[i], raw[i + 1]);
        }
        catch {
            // a name or value the WHATWG rules refuse is left out, as no caller could read it anyway
        }
    }
    return headers;
}
/** The decoders for a Content-Encoding list, applied last-first; with an unknown coding the body passes through as sent. */
function decoders(contentEncoding) {
    const codings = (contentEncoding ?? '')
        .toLowerCase()
        .split(',')
        .map((c) => c.trim())
        .filter((c) => c !== '' && c !== 'identity');
    const out = [];
    // a truncated compressed stream yields what it holds instead of failing (the platform's choice)
    const lenient = { flush: (external_node_zlib_default()).constants.Z_SYNC_FLUSH, finishFlush: (external_node_zlib_default()).constants.Z_SYNC_FLUSH };
    for (const c of codings.reverse()) {
        if (c === 'gzip' || c === 'x-gzip')
            out.push(external_node_zlib_default().createGunzip(lenient));
        else if (c === 'deflate')
            out.push(external_node_zlib_default().createInflate(lenient));
        else if (c === 'br')
            out.push(external_node_zlib_default().createBrotliDecompress());
        else
            return [];
    }
    return out;
}
function readWhole(res, cap, endpoint, count, signal) {
    return new Promise((resolve, reject) => {
        const streams = [res, ...decoders(res.headers['content-encoding'])];
        const chunks = [];
        let done = false;
        const finish = (error, body) => {
            if (done)
                return;
            done = true;
            signal.removeEventListener('abort', onAbort);
            if (error === undefined)
                return resolve(body);
            for (const s of streams)
                s.destroy();
            reject(error);
        };
        const onAbort = () => finish(signal.reason);
        if (signal.aborted)
            return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        for (let i = 0; i + 1 < streams.length; i++)
            streams[i].pipe(streams[i + 1]);
        for (const s of streams)
            s.on('error', (e) => finish(networkError(e)));
        const last = streams[streams.length - 1];
        last.on('data', (chunk) => {
            count.bytes += chunk.length;
            if (count.bytes > cap)
                finish(tooLarge(endpoint, cap, res.statusCode ?? 0));
            else
                chunks.push(chunk);
        });
        last.on('end', () => {
            // a connection closed before the whole body arrived is a failed read, not a short body
            if (!res.complete)
                finish(networkError(Object.assign(new Error('terminated'), { code: 'ECONNRESET' })));
            else
                finish(undefined, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
        });
    });
}
/** an idle keep-alive connection the server closed just as it was reused */
function staleSocket(req, e) {
    const code = e?.code;
    return req.reusedSocket && (code === 'ECONNRESET' || code === 'EPIPE');
}
const nodeTransport = (url, headers, signal, onSent) => new Promise((resolve, reject) => {
    if (signal.aborted)
        return reject(signal.reason);
    const u = new URL(url);
    const outgoing = {};
    headers.forEach((value, name) => {
        outgoing[name] = value;
    });
    // what the platform fetch asks for: brotli only over https
    outgoing['accept-encoding'] ??= u.protocol === 'https:' ? 'br, gzip, deflate' : 'gzip, deflate';
    const lib = u.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
    let settled = false;
    let current = null;
    const onAbort = () => {
        current?.destroy();
        if (!settled) {
            settled = true;
            reject(signal.reason);
        }
    };
    signal.addEventListener('abort', onAbort, { once: true });
    // `fresh`: on a new connection of its own (the one retry after a stale keep-alive socket,
    // which the server closed before it could have read the request: a GET is safe to resend)
    const send = (fresh) => {
        const req = lib.request(u, { method: 'GET', headers: outgoing, agent: fresh ? false : AGENTS[u.protocol] });
        current = req;
        req.once('finish', onSent);
        req.on('error', (e) => {
            if (settled)
                return;
            if (!fresh && staleSocket(req, e))
                return send(true);
            settled = true;
            signal.removeEventListener('abort', onAbort);
            reject(networkError(e));
        });
        req.once('response', (res) => {
            settled = true;
            signal.removeEventListener('abort', onAbort);
            // the body's failures are read()'s to report; until it listens they must not be unhandled
            res.on('error', () => undefined);
            const status = res.statusCode ?? 0;
            resolve({
                status,
                headers: responseHeaders(res.rawHeaders),
                read: (cap, endpoint, count) => {
                    const declared = Number(res.headers['content-length'] ?? Number.NaN);
                    if (Number.isFinite(declared) && declared > cap) {
                        res.destroy();
                        return Promise.reject(tooLarge(endpoint, cap, status));
                    }
                    return readWhole(res, cap, endpoint, count, signal);
                },
                discard: () => {
                    res.destroy();
                },
            });
        });
        req.end();
    };
    send(false);
});

;// CONCATENATED MODULE: ./src/fetch/schemas.ts
/**
 * valibot schemas for every Intervals.icu endpoint the run calls, written from Intervals.icu's
 * OpenAPI description (Athlete, Activity, Wellness, Event, PowerCurve/HRCurve lists, streams,
 * messages). They are tolerant the way the real API needs: unknown fields are kept
 * (looseObject), and any field may be present-but-null (nullish) — the reference's v3.124 crash
 * was `sportInfo` / `sportSettings` / `types` sent as null. What is required is only what the run
 * cannot work without (ids and dates).
 */

const id = dist/* union */.KCZ([dist/* string */.YjP(), dist/* number */.aig()]);
const nullishArray = (item) => dist/* nullish */.cl6(dist/* array */.YOg(item));
const SportSettingsSchema = dist/* looseObject */._H3({
    types: nullishArray(dist/* string */.YjP()),
    ftp: dist/* nullish */.cl6(dist/* number */.aig()),
    indoor_ftp: dist/* nullish */.cl6(dist/* number */.aig()),
    lthr: dist/* nullish */.cl6(dist/* number */.aig()),
    max_hr: dist/* nullish */.cl6(dist/* number */.aig()),
    threshold_pace: dist/* nullish */.cl6(dist/* number */.aig()),
});
const AthleteSchema = dist/* looseObject */._H3({
    id: dist/* nullish */.cl6(id),
    timezone: dist/* nullish */.cl6(dist/* string */.YjP()),
    sportSettings: nullishArray(dist/* nullish */.cl6(SportSettingsSchema)),
    icu_weight: dist/* nullish */.cl6(dist/* number */.aig()),
    icu_resting_hr: dist/* nullish */.cl6(dist/* number */.aig()),
    height: dist/* nullish */.cl6(dist/* number */.aig()),
});
const ActivitySchema = dist/* looseObject */._H3({
    id,
    start_date_local: dist/* pipe */.FsL(dist/* string */.YjP(), dist/* regex */.yGV(/^\d{4}-\d{2}-\d{2}/, 'start_date_local is not an ISO date')),
    type: dist/* pipe */.FsL(dist/* string */.YjP(), dist/* minLength */.BpQ(1, 'type is missing')),
    icu_zone_times: dist/* nullish */.cl6(dist/* array */.YOg(dist/* unknown */.L5J())),
    icu_hr_zone_times: dist/* nullish */.cl6(dist/* array */.YOg(dist/* unknown */.L5J())),
    moving_time: dist/* nullish */.cl6(dist/* number */.aig()),
    icu_training_load: dist/* nullish */.cl6(dist/* number */.aig()),
});
const WellnessSchema = dist/* looseObject */._H3({
    id: dist/* pipe */.FsL(dist/* string */.YjP(), dist/* regex */.yGV(/^\d{4}-\d{2}-\d{2}$/, 'id is not a date')),
    sportInfo: nullishArray(dist/* nullish */.cl6(dist/* looseObject */._H3({ type: dist/* nullish */.cl6(dist/* string */.YjP()) }))),
    ctl: dist/* nullish */.cl6(dist/* number */.aig()),
    atl: dist/* nullish */.cl6(dist/* number */.aig()),
    rampRate: dist/* nullish */.cl6(dist/* number */.aig()),
});
const EventSchema = dist/* looseObject */._H3({
    id: dist/* nullish */.cl6(id),
    start_date_local: dist/* pipe */.FsL(dist/* string */.YjP(), dist/* regex */.yGV(/^\d{4}-\d{2}-\d{2}/, 'start_date_local is not an ISO date')),
    category: dist/* nullish */.cl6(dist/* string */.YjP()),
    attachments: nullishArray(dist/* unknown */.L5J()),
});
const CurveListSchema = dist/* looseObject */._H3({
    list: nullishArray(dist/* looseObject */._H3({ id: dist/* nullish */.cl6(dist/* string */.YjP()) })),
});
const StreamSchema = dist/* looseObject */._H3({ type: dist/* string */.YjP() });
const StreamsSchema = dist/* array */.YOg(dist/* unknown */.L5J());
const MessagesSchema = dist/* array */.YOg(dist/* unknown */.L5J());
const ActivityDetailSchema = dist/* looseObject */._H3({
    id: dist/* nullish */.cl6(id),
    icu_intervals: dist/* nullish */.cl6(dist/* unknown */.L5J()),
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
        const r = dist/* safeParse */.xLC(row, item);
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
                skipped.firstReason = `${endpoint}: row skipped, ${describeIssue(issue, '(row)')}`;
            }
        }
    }
    return out;
}
class ListShapeError extends Error {
}
/**
 * A validation issue as `field "path": <message>`, where valibot's "… but received <value>" names
 * the value's type only: a response can echo the request (and the API key) in any field, so the
 * offending value itself is never quoted.
 */
function describeIssue(issue, root = '(root)') {
    const path = (dist/* getDotPath */.BuJ(issue) ?? root).slice(0, 120);
    const input = issue.input;
    const got = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
    const tail = ` but received ${issue.received}`;
    const message = issue.message.endsWith(tail) ? `${issue.message.slice(0, -tail.length)} but received ${got}` : issue.message;
    return `field "${path}": ${message}`;
}
function emptySkipped() {
    return { stravaStubs: 0, invalid: 0, firstReason: null };
}

;// CONCATENATED MODULE: ./src/fetch/client.ts
/**
 * Intervals.icu HTTP client: Basic auth (`API_KEY:<key>`), paced requests (bounded concurrency,
 * a per-host rate, same-path requests in order: pacing.ts), one request per URL per run. The transport is ky, with the parts ky cannot do kept by hand:
 *
 * ky's: the URL (`prefixUrl`, `searchParams`), the headers, turning a non-2xx into an HTTPError,
 *   and the retry loop — `retry.limit`, `statusCodes` (408/429/5xx gateway family),
 *   `afterStatusCodes` with Retry-After in its seconds and HTTP-date forms, `maxRetryAfter`,
 *   exponential `delay` up to `backoffLimit` — with `shouldRetry` refusing what must fail at once
 *   (a refused redirect, an oversized body, a Retry-After longer than the run may wait, a wait
 *   past the request's overall bound) and `hooks.beforeRetry` writing the trace of each failed try.
 *   The overall bound is our AbortSignal given to ky as `signal`: it ends an attempt or a wait.
 *
 * by hand (attempt.ts, transport.ts, body.ts), as the `fetch` ky calls for each try: ky's `timeout` stops at
 *   the headers and ky follows redirects to any host, so each attempt runs under one deadline
 *   covering headers AND body (`timeout: false` in ky), reads the body under a cap on decoded
 *   bytes, and follows redirects only within the origin (`redirect: 'manual'`).
 *
 * Every attempt leaves one trace line for `debug` (method, endpoint name, status or error kind,
 * ms, bytes: never the query string, never a header). Errors never quote a body.
 */













const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_TOTAL_TIMEOUT_MS = 150_000;
/** cap of a request that names none */
const DEFAULT_BODY_CAP = 16 * 1024 * 1024;
/** The API URL of `path` under `baseUrl`, or for raw downloads the absolute http(s) URL itself. */
function buildUrl(baseUrl, path, query) {
    const base = baseUrl.replace(/\/+$/, '');
    const url = /^https?:\/\//i.test(path) ? new URL(path) : new URL(`${base}/${path.replace(/^\/+/, '')}`);
    for (const [k, val] of Object.entries(query ?? {}))
        url.searchParams.set(k, val);
    return url.toString();
}
/** Why a download URL is refused (only absolute http(s) URLs without credentials are fetched), or null. */
function refuseDownloadUrl(raw) {
    let u;
    try {
        u = new URL(raw);
    }
    catch {
        return 'refused a URL that is not absolute';
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') {
        return `refused a ${u.protocol.replace(/[^a-z0-9+.:-]/gi, '').slice(0, 20)} URL (only http and https are downloaded)`;
    }
    if (u.username || u.password)
        return 'refused a URL that carries credentials';
    return null;
}
/** Retry-After is honoured on these (413 is not retried at all: ky's own rule) */
const client_RETRY_AFTER_STATUSES = [413, 429, 503];
function hasRetryAfter(e) {
    return e.status !== null && client_RETRY_AFTER_STATUSES.includes(e.status) && parseRetryAfterMs(e.retryAfterRaw, Date.now()) !== null;
}
/** ky's delay before retry n (1-based): 300 ms doubling, capped by `backoffLimit` */
const backoff = (n) => 300 * 2 ** (n - 1);
/**
 * How many requests run at once: Intervals.icu quotes its limit as about 10 requests per second
 * per IP, so a run never has more open than that. A steady-state run makes about 26 requests and
 * a first run about 55, in dependent steps (the lists, then the reads planned from them: a dozen
 * chat-message reads among them), and 10 in flight keeps every step to a round trip or two.
 */
const DEFAULT_CONCURRENCY = 10;
/**
 * Intervals.icu's limit is about 10 requests per second per IP "with a short burst multiplier".
 * The sustained rate is that; the burst lets a whole normal run (up to 60 requests) go at the
 * speed its dependencies allow, and spreads out only what goes beyond it.
 */
const DEFAULT_RATE_PER_SECOND = 10;
const DEFAULT_RATE_BURST = 60;
class IntervalsClient {
    opts;
    sem;
    order = new PathOrder();
    /** requests asked for so far: a request's number is its place in the semaphore's line */
    asked = 0;
    buckets = new Map();
    inflight = new Map();
    api;
    download;
    transport;
    /** every URL requested in this run, in order (used by tests and the bench) */
    requested = [];
    /** requests asked for that have not been sent yet (see allSent) */
    unsent = 0;
    onAllSent = [];
    constructor(opts) {
        this.opts = opts;
        this.sem = new Semaphore(opts.concurrency ?? DEFAULT_CONCURRENCY);
        this.transport = opts.fetch ? fetchTransport(opts.fetch) : nodeTransport;
        const userAgent = opts.userAgent ?? 'intervals-mirror';
        const common = {
            timeout: false,
            throwHttpErrors: true,
            retry: {
                statusCodes: [...RETRY_STATUSES],
                afterStatusCodes: client_RETRY_AFTER_STATUSES,
                maxRetryAfter: opts.maxRetryAfterMs ?? 60_000,
                backoffLimit: opts.backoffLimitMs ?? 8_000,
                delay: backoff,
            },
        };
        this.api = distribution.create({
            ...common,
            prefixUrl: opts.baseUrl.replace(/\/+$/, ''),
            headers: {
                Accept: 'application/json',
                'User-Agent': userAgent,
                Authorization: 'Basic ' + Buffer.from(`API_KEY:${opts.apiKey}`).toString('base64'),
            },
        });
        // attachments: absolute URLs, never the API's credentials
        this.download = distribution.create({ ...common, headers: { Accept: '*/*', 'User-Agent': userAgent } });
    }
    /** GET and parse; throws IntervalsError. The same URL is requested at most once per run. */
    async get(path, o) {
        if (o.raw) {
            const refused = refuseDownloadUrl(path);
            if (refused)
                throw new IntervalsError(`${o.endpoint}: ${refused}`, o.endpoint, null, 'network', null, 'refused_url');
        }
        const url = buildUrl(this.opts.baseUrl, path, o.query);
        let p = this.inflight.get(url);
        if (!p) {
            const seq = o.place?.seq ?? this.asked++;
            this.unsent++;
            let out = false;
            const gone = () => {
                if (out)
                    return;
                out = true;
                if (--this.unsent === 0)
                    for (const resolve of this.onAllSent.splice(0))
                        resolve();
            };
            p = this.order.after(url, (sent) => this.sem.run(seq, () => this.request(url, path, o, () => {
                sent();
                gone();
            }, gone)));
            p.then(gone, gone);
            this.inflight.set(url, p);
        }
        return p;
    }
    /** Reserve the next place in line for a read asked later (RequestOptions.place); use it once. */
    reservePlace() {
        return { seq: this.asked++ };
    }
    /**
     * Resolves once every request asked for so far has left the process: written to its socket,
     * waiting for a token of the rate limit (a timed wait, which the event loop need not serve at
     * once), or settled. A caller about to hold the event loop (derive) waits for this, so that no
     * read waits for a slot, its path or its connection while it computes.
     */
    allSent() {
        if (this.unsent === 0)
            return Promise.resolve();
        return new Promise((resolve) => this.onAllSent.push(resolve));
    }
    /** GET that never throws an IntervalsError: the caller decides how a failure degrades its own output. */
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
    async request(url, path, o, sent, parked) {
        this.requested.push(url);
        const totalMs = this.opts.totalTimeoutMs ?? DEFAULT_TOTAL_TIMEOUT_MS;
        const st = {
            endpoint: o.endpoint,
            cap: Math.min(o.maxBytes ?? DEFAULT_BODY_CAP, this.opts.maxBodyBytes ?? Number.POSITIVE_INFINITY),
            deadline: Date.now() + totalMs,
            attempts: 0,
            t0: Date.now(),
            end: Date.now(),
            count: { bytes: 0 },
            body: null,
        };
        const overall = new AbortController();
        const bound = setTimeout(() => overall.abort(new DeadlineExceeded(totalMs)), totalMs);
        const backoffLimitMs = this.opts.backoffLimitMs ?? 8_000;
        const maxRetryAfterMs = this.opts.maxRetryAfterMs ?? 60_000;
        let status;
        try {
            const res = await (o.raw ? this.download : this.api).get(o.raw ? url : path.replace(/^\/+/, ''), {
                searchParams: o.raw ? undefined : o.query,
                signal: overall.signal,
                fetch: this.paced(attemptFetch(st, {
                    transport: this.transport,
                    timeoutMs: this.opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
                    maxRedirects: this.opts.maxRedirects ?? 5,
                }), sent, parked),
                retry: {
                    limit: o.retry ? (this.opts.retries ?? 3) : 0,
                    // false = fail now; undefined = ky's own rules (status codes, Retry-After, backoff)
                    shouldRetry: ({ error, retryCount }) => {
                        const e = this.describe(error, o.endpoint);
                        if (!isRetryable(e))
                            return false;
                        const wait = retryDelayMs(e, retryCount, { maxRetryAfterMs, backoffLimitMs }, Date.now());
                        // a wait the server asks for beyond what the run may spend fails now, with the reason
                        if (wait === null || Date.now() + wait >= st.deadline)
                            return false;
                        // a usable Retry-After is ky's to honour; without one (absent or unparseable, which
                        // ky would turn into a wait of maxRetryAfter) ky's plain backoff applies
                        return hasRetryAfter(e) ? undefined : true;
                    },
                },
                hooks: {
                    beforeRetry: [({ error }) => this.traceFailure(st, this.describe(error, o.endpoint), st.attempts - 1)],
                },
            });
            status = res.status;
        }
        catch (e) {
            const error = this.describe(e, o.endpoint);
            this.traceFailure(st, error, st.attempts - 1);
            throw error;
        }
        finally {
            clearTimeout(bound);
        }
        // a body that arrived whole is not fetched again, whatever its content
        let data;
        try {
            data = this.decode(st.body, status, o);
        }
        catch (e) {
            if (e instanceof IntervalsError)
                this.trace(o.endpoint, e.kind, st, st.attempts - 1);
            throw e;
        }
        this.trace(o.endpoint, String(status), st, st.attempts - 1);
        return data;
    }
    /**
     * Each attempt waits for a token of its host's bucket (redirect hops stay within the attempt);
     * `sent` is told when the attempt's request has left the process, or when the attempt ended.
     */
    paced(attempt, sent, parked) {
        return async (request) => {
            const host = new URL(request.url).host;
            let bucket = this.buckets.get(host);
            if (!bucket) {
                bucket = new TokenBucket(this.opts.ratePerSecond ?? DEFAULT_RATE_PER_SECOND, this.opts.rateBurst ?? DEFAULT_RATE_BURST);
                this.buckets.set(host, bucket);
            }
            if (!bucket.ready())
                parked();
            await bucket.take();
            try {
                return await attempt(request, sent);
            }
            finally {
                sent();
            }
        };
    }
    decode(raw, status, o) {
        const buf = raw ?? Buffer.alloc(0);
        if (o.raw)
            return buf;
        let body;
        try {
            // Python's json (requests' .json()) also accepts NaN / Infinity tokens
            body = (0,json/* loads */.q)(new TextDecoder('utf-8').decode(buf));
        }
        catch {
            throw new IntervalsError(`${o.endpoint}: Intervals.icu answered with malformed JSON (HTTP ${status}, ${formatBytes(buf.length)})`, o.endpoint, status, 'malformed');
        }
        return o.parse ? o.parse(body) : body;
    }
    describe(e, endpoint) {
        if (e instanceof IntervalsError)
            return e;
        if (e instanceof HTTPError) {
            const { status, headers } = e.response;
            return new IntervalsError(`${endpoint}: HTTP ${status}`, endpoint, status, 'http', headers.get('Retry-After'));
        }
        if (e instanceof DeadlineExceeded) {
            return new IntervalsError(`${endpoint}: timed out after ${e.ms} ms`, endpoint, null, 'timeout');
        }
        // the platform's own words, reduced to a code or a short phrase (and never a secret)
        const cause = e?.cause;
        const code = typeof cause?.code === 'string' ? cause.code : null;
        const raw = code ?? (typeof cause?.message === 'string' ? cause.message : e instanceof Error ? e.message : String(e));
        const why = (0,redact/* redact */.E$)(raw, [this.opts.apiKey]).replace(/\s+/g, ' ').slice(0, 80);
        return new IntervalsError(`${endpoint}: network error (${why})`, endpoint, null, 'network');
    }
    traceFailure(st, e, attempt) {
        this.trace(e.endpoint, e.kind === 'http' && e.detail === null ? String(e.status) : (e.detail ?? e.kind), st, attempt);
    }
    trace(endpoint, outcome, st, attempt) {
        if (!this.opts.debug)
            return;
        const retry = attempt > 0 ? ` (retry ${attempt})` : '';
        this.opts.debug(`intervals: ${endpoint} → ${outcome}, ${st.end - st.t0} ms, ${st.count.bytes} bytes${retry}`);
    }
}
/** valibot → IntervalsError('schema') naming the endpoint and the first offending field. */
function client_validate(schema, body, endpoint) {
    const r = dist/* safeParse */.xLC(schema, body);
    if (r.success)
        return r.output;
    throw new IntervalsError(`${endpoint}: unusable response, ${describeIssue(r.issues[0])}`, endpoint, 200, 'schema');
}

;// CONCATENATED MODULE: ./src/fetch/intervals-api.ts


const MB = 1024 * 1024;
/**
 * Caps on the decoded body per kind of endpoint. Measured on the synthetic datasets: three years
 * of activities are ~1.4 MB (1,105 rows), three years of wellness ~1 MB, events ~40 KB, curves
 * ~220 KB, the largest streams body ~0.8 MB, an activity with intervals ~6 KB. A real, busy
 * athlete's rows are several times larger (Intervals.icu sends ~150 fields per activity), so each
 * cap leaves one to two orders of magnitude over a heavy three-year history while staying far
 * below what would exhaust a runner's memory (or V8's string length).
 */
const BODY_CAPS = {
    athlete: 8 * MB,
    activities: 128 * MB,
    wellness: 32 * MB,
    wellnessDay: 4 * MB,
    events: 32 * MB,
    curves: 16 * MB,
    activityDetail: 32 * MB,
    streams: 64 * MB,
    messages: 4 * MB,
};
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
    list(path, endpoint, query, row, maxBytes) {
        return this.client.get(path, {
            endpoint,
            query,
            retry: true,
            maxBytes,
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
            maxBytes: BODY_CAPS.athlete,
            parse: (b) => {
                client_validate(AthleteSchema, b, endpoint);
                return b;
            },
        });
    }
    activities(oldest, newest) {
        return this.list(this.athletePath('/activities'), 'GET /athlete/{id}/activities', { oldest, newest }, ActivitySchema, BODY_CAPS.activities);
    }
    wellness(oldest, newest) {
        return this.list(this.athletePath('/wellness'), 'GET /athlete/{id}/wellness', { oldest, newest }, WellnessSchema, BODY_CAPS.wellness);
    }
    /** best effort: tries once, like the reference's wellness/{today} and yesterday reads */
    wellnessList(oldest, newest, place) {
        return this.client.tryGet(this.athletePath('/wellness'), {
            endpoint: 'GET /athlete/{id}/wellness',
            query: { oldest, newest },
            place,
            maxBytes: BODY_CAPS.wellness,
            parse: (body) => parseRows(body, WellnessSchema, 'GET /athlete/{id}/wellness', this.skipped),
        });
    }
    wellnessDay(date) {
        const endpoint = 'GET /athlete/{id}/wellness/{date}';
        return this.client.tryGet(this.athletePath(`/wellness/${date}`), {
            endpoint,
            maxBytes: BODY_CAPS.wellnessDay,
            parse: (b) => {
                client_validate(WellnessSchema, b, endpoint);
                return b;
            },
        });
    }
    events(query) {
        return this.list(this.athletePath('/events'), 'GET /athlete/{id}/events', query, EventSchema, BODY_CAPS.events);
    }
    eventsBestEffort(query) {
        const endpoint = 'GET /athlete/{id}/events';
        return this.client.tryGet(this.athletePath('/events'), {
            endpoint,
            query,
            maxBytes: BODY_CAPS.events,
            parse: (body) => parseRows(body, EventSchema, endpoint, this.skipped),
        });
    }
    powerCurves(query) {
        return this.curves('/power-curves', query);
    }
    hrCurves(query) {
        return this.curves('/hr-curves', query);
    }
    /** A curve list (power or HR): `{list: [{id, secs, …}]}`, passed on as the API sent it. */
    curves(path, query) {
        const endpoint = `GET /athlete/{id}${path}`;
        return this.client.tryGet(this.athletePath(path), {
            endpoint,
            query,
            maxBytes: BODY_CAPS.curves,
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
            maxBytes: BODY_CAPS.activityDetail,
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
            maxBytes: BODY_CAPS.streams,
            parse: (b) => client_validate(StreamsSchema, b, endpoint),
        });
    }
    messages(activityId) {
        const endpoint = 'GET /activity/{id}/messages';
        return this.client.tryGet(`activity/${encodeURIComponent(activityId)}/messages`, {
            endpoint,
            maxBytes: BODY_CAPS.messages,
            parse: (b) => client_validate(MessagesSchema, b, endpoint),
        });
    }
    /** attachment download (absolute URL, no API auth), capped in size */
    attachment(url, maxBytes) {
        return this.client.tryGet(url, { endpoint: 'GET attachment', raw: true, maxBytes });
    }
}

// EXTERNAL MODULE: ./src/lib/naive-time.ts
var naive_time = __nccwpck_require__(3282);
// EXTERNAL MODULE: ./src/config.ts
var config = __nccwpck_require__(2973);
// EXTERNAL MODULE: ./src/snapshot/plan/messages.ts
var messages = __nccwpck_require__(5664);
// EXTERNAL MODULE: ./src/snapshot/plan/intervals.ts
var intervals = __nccwpck_require__(2028);
// EXTERNAL MODULE: ./src/snapshot/plan/terrain.ts
var plan_terrain = __nccwpck_require__(5867);
// EXTERNAL MODULE: ./src/derive/sports.ts
var sports = __nccwpck_require__(4052);
// EXTERNAL MODULE: ./src/derive/windows.ts
var windows = __nccwpck_require__(9646);
;// CONCATENATED MODULE: ./src/snapshot/collect.ts






/** largest route attachment downloaded */
const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
function inRange(d, oldest, newest) {
    return d >= oldest && d <= newest;
}
function okData(o) {
    return o?.ok ? o.data : [];
}
async function settle(p) {
    try {
        return { ok: true, data: await p, status: 200 };
    }
    catch (e) {
        return { ok: false, error: e };
    }
}
async function collectSnapshotParts(api, ctx, athleteP, previous, generateHistory, hooks = {}) {
    const today = ctx.today;
    const oldestExtended = (0,naive_time/* addDays */.fi)(today, -(windows/* ACWR_DAYS */.Od - 1));
    const oldestDisplay = (0,naive_time/* addDays */.fi)(today, -(ctx.daysBack - 1));
    const yesterday = (0,naive_time/* addDays */.fi)(today, -1);
    const eventsOldest = (0,naive_time/* addDays */.fi)(today, -Math.max(ctx.daysBack - 1, windows/* INTERVAL_RETENTION_DAYS */.rd));
    const eventsNewest = (0,naive_time/* addDays */.fi)(today, windows/* EVENTS_AHEAD_DAYS */.kr);
    const pc = [(0,naive_time/* addDays */.fi)(today, -27), today, (0,naive_time/* addDays */.fi)(today, -55), (0,naive_time/* addDays */.fi)(today, -28)];
    const curves = `r.${pc[0]}.${pc[1]},r.${pc[2]}.${pc[3]}`;
    const history3yOldest = ctx.now.addDays(-windows/* HISTORY_LOOKBACK_DAYS */.al).date();
    // ---- phase A, in the reference's order. The 28-day lists come from the 3-year lists when
    // history.json is regenerated (one request instead of two for the same rows); only a failed
    // 3-year list asks for them separately, before yesterday's wellness, as the reference does.
    const histActsP = generateHistory ? settle(api.activities(history3yOldest, today)) : null;
    const histWellP = generateHistory ? settle(api.wellness(history3yOldest, today)) : null;
    const activitiesP = histActsP
        ? histActsP.then((h) => h.ok ? h.data.filter((a) => inRange((0,sports/* actDate */.BZ)(a), oldestExtended, today)) : api.activities(oldestExtended, today))
        : api.activities(oldestExtended, today);
    const fromHistory = (oldest) => (h) => h.ok ? h.data.filter((w) => inRange(String(w.id), oldest, today)) : api.wellness(oldest, today);
    const wellness7P = histWellP ? histWellP.then(fromHistory(oldestDisplay)) : api.wellness(oldestDisplay, today);
    const wellness28P = histWellP ? histWellP.then(fromHistory(oldestExtended)) : api.wellness(oldestExtended, today);
    const todayP = api.wellnessDay(today);
    // after the 3-year list (the same path): asked once that list is in, it keeps its place in the
    // run's order, ahead of the reads planned meanwhile from the activity and event lists
    const yesterdayPlace = histWellP ? api.client.reservePlace() : undefined;
    const yesterdayP = histWellP
        ? Promise.all([wellness7P, wellness28P]).then(() => api.wellnessList(yesterday, yesterday, yesterdayPlace), () => api.wellnessList(yesterday, yesterday, yesterdayPlace))
        : api.wellnessList(yesterday, yesterday);
    const eventsP = api.events({ oldest: eventsOldest, newest: eventsNewest, resolve: 'true' });
    const healthP = api.eventsBestEffort({
        oldest: (0,naive_time/* addDays */.fi)(today, -windows/* HEALTH_LOOKBACK_DAYS */.Eg),
        newest: (0,naive_time/* addDays */.fi)(today, windows/* HEALTH_LOOKAHEAD_DAYS */.SF),
        category: [...sports/* HEALTH_EVENT_CATEGORIES */.T3].sort().join(','),
    });
    const powerP = api.powerCurves({ type: 'Ride', curves });
    const hrP = api.hrCurves({ curves });
    // a read the run cannot do without that fails ends the run when it is awaited; until then its
    // rejection is observed here, so none surfaces as an unhandled rejection meanwhile
    for (const p of [athleteP, activitiesP, wellness7P, wellness28P, eventsP])
        p.catch(() => undefined);
    const [activities28d, events, athleteRow] = await Promise.all([activitiesP, eventsP, athleteP]);
    // ---- phase B (planned from the activity and event lists)
    const susWindow = [(0,naive_time/* addDays */.fi)(today, -(windows/* SUSTAINABILITY_WINDOW_DAYS */.zf - 1)), today];
    const families = [];
    for (const a of activities28d) {
        const f = sports/* SPORT_FAMILIES */.Yo[String(a.type ?? '')];
        if (f && f in sports/* SUSTAINABILITY_ANCHORS */.nh && !families.includes(f))
            families.push(f);
    }
    const susCurves = `r.${susWindow[0]}.${susWindow[1]}`;
    const susP = Promise.all(families.map(async (family) => {
        const power = {};
        const hr = {};
        const [pw, hw] = await Promise.all([
            Promise.all((sports/* SUSTAINABILITY_POWER_TYPES */.yW[family] ?? []).map((t) => api.powerCurves({ type: t, curves: susCurves }))),
            Promise.all((sports/* SUSTAINABILITY_HR_TYPES */.PZ[family] ?? []).map((t) => api.hrCurves({ type: t, curves: susCurves }))),
        ]);
        (sports/* SUSTAINABILITY_POWER_TYPES */.yW[family] ?? []).forEach((t, i) => {
            if (pw[i].ok)
                power[t] = pw[i].data;
        });
        (sports/* SUSTAINABILITY_HR_TYPES */.PZ[family] ?? []).forEach((t, i) => {
            if (hw[i].ok)
                hr[t] = hw[i].data;
        });
        return [family, { power, hr }];
    }));
    const pairingEvents = events.filter((e) => (0,sports/* actDate */.BZ)(e) <= today);
    const intervalPlan = (0,intervals/* planIntervalFetches */.tw)(ctx, { activities28d, previousIntervals: previous.intervals, pairingEvents });
    const intervalP = Promise.all(Object.entries(intervalPlan).map(async ([id, want]) => {
        const f = {};
        const [iv, st] = await Promise.all([
            want.intervals ? api.activityWithIntervals(id) : Promise.resolve(undefined),
            want.streams
                ? api.streams(id).then((st) => {
                    hooks.onStreams?.('dfa', st, athleteRow);
                    return st;
                })
                : Promise.resolve(undefined),
        ]);
        if (iv)
            f.intervals = iv;
        if (st)
            f.streams = st;
        return [id, f];
    }));
    const terrainIds = (0,plan_terrain/* planTerrainStreamFetches */.b3)(ctx, { activities28d, previousLatest: previous.latest });
    const terrainP = Promise.all(terrainIds.map(async (id) => {
        const streams = await api.streams(id, ['time', 'distance', 'altitude', 'latlng']);
        hooks.onStreams?.('terrain', streams, athleteRow);
        return [id, streams];
    }));
    const attachmentUrls = (0,plan_terrain/* planAttachmentDownloads */.uM)(ctx, { events, previousRoutes: previous.routes });
    const attachP = Promise.all(attachmentUrls.map(async (url) => [url, await api.attachment(url, MAX_ATTACHMENT_BYTES)]));
    const messageIds = (0,messages/* planMessageFetches */.D)(ctx, activities28d);
    const msgP = Promise.all(messageIds.map(async (id) => {
        const r = await api.messages(id);
        return [id, r.ok ? (0,messages/* messageTexts */.If)(r.data) : []];
    })).then((pairs) => Object.fromEntries(pairs));
    // awaited by the caller once the body is in; a run that fails before that never awaits it
    msgP.catch(() => undefined);
    hooks.onPlanned?.();
    const [athlete, wellness7d, wellness28d, todayW, yesterdayW, healthW, powerCurves, hrCurves] = await Promise.all([
        athleteP,
        wellness7P,
        wellness28P,
        todayP,
        yesterdayP,
        healthP,
        powerP,
        hrP,
    ]);
    const [sus, intervalFetches, terrain, attachments] = await Promise.all([susP, intervalP, terrainP, attachP]);
    const sustainabilityCurves = {};
    for (const [family, c] of sus)
        sustainabilityCurves[family] = c;
    const body = {
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
        intervalFetches: Object.fromEntries(intervalFetches),
        terrainStreams: Object.fromEntries(terrain),
        attachments: Object.fromEntries(attachments),
        history3y: generateHistory ? { activities: okData(await histActsP), wellness: okData(await histWellP) } : null,
        previous,
    };
    return { body, messages: msgP };
}

// EXTERNAL MODULE: ./src/snapshot/state.ts
var state = __nccwpck_require__(4709);
;// CONCATENATED MODULE: ./src/derive/context.ts
/**
 * What every derive function may know besides the snapshot: the run's explicit clock and the
 * athlete's settings. Derive code never reads the real clock or the environment.
 */

/** The context of a run from its clock reading and settings; `today` and `utcNow` follow from them. */
function makeContext(now, opts) {
    return { now, utcNow: opts.nowInstantMs === undefined ? now : utcWallTime(opts.nowInstantMs), today: now.date(), ...opts };
}
/** UTC wall time of an instant, with Python's microseconds (isoformat writes them when non-zero). */
function utcWallTime(instantMs) {
    const t = new naive_time/* NaiveDateTime */.b8(instantMs);
    t.micro = (((instantMs % 1000) + 1000) % 1000) * 1000;
    return t;
}

// EXTERNAL MODULE: ./src/derive/history/index.ts + 7 modules
var derive_history = __nccwpck_require__(2397);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/early-work.ts
/**
 * Work a run can do on answers already in, which derive would otherwise do once the last answer
 * arrives (an activity's terrain and DFA a1 block from its streams), done while the other reads
 * are awaited.
 *
 * One task per turn of the event loop: the answers arriving meanwhile are read (and free their
 * slots for the reads still waiting) between tasks. A task only fills a cache of pure results, so
 * one that fails is dropped: derive meets the same input itself and reports it in its place.
 */
class EarlyWork {
    tasks = [];
    running = false;
    /** Queue `task` once the code it needs (`moduleP`, loading meanwhile) is in; nothing without it. */
    add(moduleP, task) {
        moduleP?.then((m) => {
            this.tasks.push(() => task(m));
            if (!this.running) {
                this.running = true;
                setImmediate(() => this.next());
            }
        }, () => undefined);
    }
    next() {
        const task = this.tasks.shift();
        if (!task) {
            this.running = false;
            return;
        }
        try {
            task();
        }
        catch {
            // derive repeats the work and handles the failure in its place
        }
        setImmediate(() => this.next());
    }
}

;// CONCATENATED MODULE: ./src/pipeline.ts
/**
 * One sync: fetch → snapshot → derive → render. The fronts (action, CLI) pass the clock and the
 * settings in; nothing below them reads the clock or the environment.
 */












const SCRIPT_HASH = (0,external_node_crypto_.createHash)('sha256').update(version/* SCHEMA_IDENTITY */.Zc).digest('hex').slice(0, 12);
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
        // the server's Retry-After is repeated only in a form it can take (seconds or an HTTP-date)
        const after = e.retryAfterRaw?.trim() ?? '';
        const shown = after.length <= 40 && parseRetryAfterMs(after, 0) !== null ? `, retry after ${after}` : '';
        return `Intervals.icu rate limit (HTTP 429 on ${e.endpoint}${shown}): the next scheduled run will try again; avoid schedules more frequent than every 15 minutes`;
    }
    if (e.detail === 'redirect') {
        return `${e.message}: check the api-base-url input (the Intervals.icu API is ${config/* DEFAULT_API_BASE_URL */.Ri}); nothing was written`;
    }
    if (e.detail === 'too_large') {
        return `${e.message} — more data than this version accepts from that endpoint; nothing was written`;
    }
    if (e.kind === 'schema' || e.kind === 'malformed')
        return `${e.message} — Intervals.icu sent data this version cannot use; nothing was written`;
    return `${e.message} — Intervals.icu could not be read; nothing was written, the next run will try again`;
}
async function runSync(settings, deps) {
    const log = deps.log ?? (() => undefined);
    // the previous texts, kept for the mirror index of files this run leaves in place
    const previousTexts = {};
    const previous = await (0,state/* readPreviousState */.R6)(async (name) => {
        const text = await deps.readState(name);
        if (text !== null)
            previousTexts[name] = text;
        return text;
    });
    const client = new IntervalsClient({
        ...deps.client,
        baseUrl: settings.apiBaseUrl,
        apiKey: settings.apiKey,
        fetch: deps.fetch,
        debug: deps.debug,
    });
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
            producerVersion: version/* CONTRACT_VERSION */.Kw,
            scriptHash: SCRIPT_HASH,
            nowInstantMs: deps.nowInstantMs,
        });
        const generateHistory = (0,derive_history/* shouldGenerateHistory */.x9)(ctx, previous, settings.forceHistory);
        log(`today is ${ctx.today} (${timezone}); history.json ${generateHistory ? 'will be generated' : 'is current'}`);
        // the derive and render code (most of the bundle) loads while the last reads are in flight:
        // once those planned from the lists are out; loading it earlier would hold the event loop
        // just as the first answers arrive, and hold back the reads planned from them
        let outputsP;
        const early = new EarlyWork();
        const { body, messages } = await collectSnapshotParts(api, ctx, athleteP, previous, generateHistory, {
            onPlanned: () => {
                outputsP = Promise.all(/* import() */[__nccwpck_require__.e(893), __nccwpck_require__.e(750), __nccwpck_require__.e(543)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2543));
                outputsP.catch(() => undefined);
            },
            // the heaviest per-activity analyses run while the other answers are awaited
            onStreams: (use, streams, athlete) => early.add(outputsP, (o) => o.prepareStreams(use, streams, athlete)),
        });
        if (skipped.stravaStubs || skipped.invalid) {
            log(`skipped ${skipped.stravaStubs} Strava-sourced stub(s) and ${skipped.invalid} unusable row(s)` +
                (skipped.firstReason ? ` (first: ${skipped.firstReason})` : ''));
        }
        const outputs = await (outputsP ?? Promise.all(/* import() */[__nccwpck_require__.e(893), __nccwpck_require__.e(750), __nccwpck_require__.e(543)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2543)));
        // derive holds the event loop for a while: the reads still waiting for a slot or a connection
        // go out first (as the answers already in free theirs) and answer meanwhile
        await client.allSent();
        const options = { generateHistory, previousTexts, log };
        // most of derive runs while the chat-message reads are still answering
        const stage = outputs.startOutputs(ctx, body, settings, options);
        const { files, latest, historyGenerated, diagnostics } = outputs.finishOutputs(stage, await messages, settings, options);
        return {
            files,
            latest,
            timezone,
            today: ctx.today,
            requests: client.requested,
            skippedRows: skipped,
            historyGenerated,
            diagnostics,
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

/***/ 3440:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ writeFilesAtomically)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Atomic local publish: every output is first written to a temporary folder next to the
 * targets, and only when all of them are written are they renamed into place. A run that fails
 * before that leaves the previous files byte-identical.
 *
 * The calls are synchronous: this is a run's last step, nothing else waits on the event loop, and
 * a dozen small files are written in about half the time without a thread-pool round trip per
 * file operation.
 */


async function writeFilesAtomically(dir, files) {
    node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(dir, { recursive: true });
    const staging = node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, '.intervals-mirror-'));
    try {
        const names = Object.keys(files);
        const folders = (root) => [...new Set(names.map((name) => node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, name))))];
        for (const f of folders(staging))
            node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(f, { recursive: true });
        for (const name of names)
            node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(staging, name), files[name], 'utf8');
        for (const f of folders(dir))
            node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(f, { recursive: true });
        for (const name of names)
            node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(staging, name), node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name));
        return names;
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(staging, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 2028:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Yb: () => (/* binding */ activityDate),
/* harmony export */   kg: () => (/* binding */ selectIntervalCandidates),
/* harmony export */   r6: () => (/* binding */ idStr),
/* harmony export */   tw: () => (/* binding */ planIntervalFetches)
/* harmony export */ });
/* unused harmony export isDue */
/* harmony import */ var _lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(898);
/* harmony import */ var _derive_sports_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4052);
/* harmony import */ var _derive_windows_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9646);



/** Python str() of a JSON id (ints print without a fraction). */
function idStr(v) {
    if (typeof v === 'boolean')
        return v ? 'True' : 'False';
    if (v === null || v === undefined)
        return 'None';
    return String(v);
}
/** A timestamp stored in fetch_state is due when `str(next) <= now.isoformat()` (or absent). */
function isDue(next, nowIso) {
    if (next === null || next === undefined)
        return true;
    return (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .pyStr */ .rD)(next) <= nowIso;
}
/** The activity's local calendar date (start_date_local[:10]). */
function activityDate(act) {
    return String((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(act, 'start_date_local', '') ?? '').slice(0, 10);
}
function loadCache(ctx, previous, copy) {
    const empty = () => ({ activities: [], fetch_state: {} });
    if (previous === null || !(0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isDict */ .Zm)(previous))
        return { cached: empty(), firstRun: true };
    if ((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(previous, 'script_hash') !== ctx.scriptHash)
        return { cached: empty(), firstRun: true };
    // the same script hash: this producer's own file (copied for derive, which advances it in place)
    return { cached: (copy ? structuredClone(previous) : previous), firstRun: false };
}
/**
 * The candidate selection over the previous intervals.json, shared by the plan and derive.
 * `copy`: the selection's `cached` and `fetchState` are a copy of the previous file, to be
 * changed (derive); without it they are the previous file itself, only to be read (the plan).
 */
function selectIntervalCandidates(ctx, input, copy = true) {
    const now = ctx.now;
    const nowIso = now.isoformat();
    const retentionCutoff = now.addDays(-_derive_windows_js__WEBPACK_IMPORTED_MODULE_2__/* .INTERVAL_RETENTION_DAYS */ .rd).date();
    const { cached, firstRun } = loadCache(ctx, input.previousIntervals, copy);
    const fetchState = {};
    const rawState = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(cached, 'fetch_state');
    if ((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .truthy */ .vN)(rawState) && (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isDict */ .Zm)(rawState)) {
        // object records of this producer's own file (ids normalised to strings on load)
        for (const [k, v] of Object.entries(rawState))
            if ((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isDict */ .Zm)(v))
                fetchState[String(k)] = v;
    }
    const scanCutoff = firstRun ? retentionCutoff : now.addSeconds(-_derive_windows_js__WEBPACK_IMPORTED_MODULE_2__/* .INTERVAL_SCAN_HOURS */ .gr * 3600).date();
    const cachedIds = new Set((cached.activities ?? []).map((a) => idStr((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(a, 'activity_id'))));
    const candidates = [];
    for (const act of input.activities28d) {
        const date = activityDate(act);
        if (date < retentionCutoff)
            continue;
        const family = (0,_derive_sports_js__WEBPACK_IMPORTED_MODULE_1__/* .sportFamily */ .PV)((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(act, 'type', ''));
        if (family === undefined || !_derive_sports_js__WEBPACK_IMPORTED_MODULE_1__/* .INTERVAL_SPORT_FAMILIES */ .Kd.has(family))
            continue;
        const actId = idStr((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(act, 'id'));
        const state = fetchState[actId];
        if (state === undefined) {
            if (date < scanCutoff || cachedIds.has(actId))
                continue;
            candidates.push({ act, due: { intervals: true, streams: true }, refresh: false });
            continue;
        }
        const due = {};
        for (const endpoint of ['intervals', 'streams']) {
            const ep = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .orEmpty */ .vh)(state[endpoint]);
            if (ep.status !== 'pending')
                continue;
            if (isDue(ep.next_retry_at, nowIso))
                due[endpoint] = true;
        }
        let refresh = false;
        const ep = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .orEmpty */ .vh)(state.intervals);
        if (ep.status === 'ok' && (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(act, 'icu_intervals_edited') === true) {
            const token = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(act, 'icu_sync_date');
            // an absent token gives no basis for comparison (re-fetching on absence would loop forever)
            if ((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .truthy */ .vN)(token) && token !== ep.source_icu_sync_date) {
                const ref = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .orEmpty */ .vh)(ep.refresh);
                if (ref.target_sync_date !== token)
                    refresh = true;
                else if (ref.status !== 'exhausted')
                    refresh = isDue(ref.next_retry_at, nowIso);
                if (refresh)
                    due.intervals = true;
            }
        }
        if (due.intervals || due.streams)
            candidates.push({ act, due, refresh });
    }
    return { cached, fetchState, candidates, retentionCutoff, nowIso };
}
/** Which activities need /activity/{id}?intervals=true and/or /activity/{id}/streams this run. */
function planIntervalFetches(ctx, input) {
    const plan = {};
    for (const c of selectIntervalCandidates(ctx, input, false).candidates) {
        plan[idStr((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(c.act, 'id'))] = { intervals: c.due.intervals === true, streams: c.due.streams === true };
    }
    return plan;
}


/***/ }),

/***/ 5664:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ planMessageFetches),
/* harmony export */   If: () => (/* binding */ messageTexts),
/* harmony export */   _B: () => (/* binding */ chatNotesDue),
/* harmony export */   nx: () => (/* binding */ chatNotesCutoff)
/* harmony export */ });
/* unused harmony export CHAT_NOTES_WINDOW_DAYS */
/* harmony import */ var _lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(898);

/** chat notes are fetched for activities dated on/after today - 7 */
const CHAT_NOTES_WINDOW_DAYS = 7;
/** The first date (YYYY-MM-DD) whose activities carry chat notes. */
function chatNotesCutoff(ctx) {
    return ctx.now.addDays(-CHAT_NOTES_WINDOW_DAYS).date();
}
/** Whether an activity's messages are requested (and listed): dated on/after the cutoff, with an id. */
function chatNotesDue(act, cutoff) {
    const start = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(act, 'start_date_local', '');
    const actDate = (typeof start === 'string' ? start : '').slice(0, 10);
    return actDate >= cutoff && (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .truthy */ .vN)((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(act, 'id'));
}
/** Ids of the activities whose /activity/{id}/messages are requested, in list order. */
function planMessageFetches(ctx, activities28d) {
    const cutoff = chatNotesCutoff(ctx);
    return activities28d.filter((act) => chatNotesDue(act, cutoff)).map((act) => String((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(act, 'id')));
}
/**
 * The text of each message that is not blank: `content`, else `text` when content is empty.
 * One malformed entry (not an object, or a non-text content/text where the blank test reads it)
 * empties the whole list, as the reference's single try around the list does: the activity then
 * shows no chat notes rather than some of them.
 */
function messageTexts(messages) {
    const out = [];
    for (const m of messages) {
        if (!(0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isDict */ .Zm)(m))
            return [];
        const probe = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .truthy */ .vN)((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(m, 'content')) ? (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(m, 'content') : (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(m, 'text', '');
        if (typeof probe !== 'string')
            return [];
        if (!(0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strip */ .bB)(probe))
            continue;
        out.push((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(m, 'content', (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(m, 'text', '')));
    }
    return out;
}


/***/ }),

/***/ 5867:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M2: () => (/* binding */ previousLookup),
/* harmony export */   S6: () => (/* binding */ routeAttachments),
/* harmony export */   YR: () => (/* binding */ RouteCache),
/* harmony export */   b3: () => (/* binding */ planTerrainStreamFetches),
/* harmony export */   mR: () => (/* binding */ carriedTerrain),
/* harmony export */   mz: () => (/* binding */ isOutdoorActivity),
/* harmony export */   uM: () => (/* binding */ planAttachmentDownloads),
/* harmony export */   z0: () => (/* binding */ activityKey)
/* harmony export */ });
/* unused harmony exports OUTDOOR_TYPES, isTerminalTerrainStatus, needsTerrainFetch */
/* harmony import */ var _lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(898);

/** Activity types whose terrain and weather are summarised (outdoor sessions with a GPS track). */
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
/** True for the activity types that get terrain and weather (the indoor signal is the type). */
function isOutdoorActivity(act) {
    return OUTDOOR_TYPES.has((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(act, 'type', ''));
}
/** Python str() of an activity id (ints and strings as JSON carries them). */
function activityKey(id) {
    return typeof id === 'string' ? id : String(id);
}
const TERMINAL_TERRAIN_STATUSES = new Set(['no_gps', 'no_elevation', 'failed']);
function isTerminalTerrainStatus(status) {
    return TERMINAL_TERRAIN_STATUSES.has(status);
}
/** The previous latest.json (any JSON, or null) → activity id → its terrain/weather fields. */
function previousLookup(previousLatest) {
    const lookup = new Map();
    if (!(0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isDict */ .Zm)(previousLatest))
        return lookup;
    const acts = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(previousLatest, 'recent_activities', []);
    if (!Array.isArray(acts))
        return lookup;
    for (const act of acts) {
        if (!(0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isDict */ .Zm)(act))
            continue;
        const id = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(act, 'id');
        if (id === null)
            continue;
        const entry = {};
        if ('terrain_summary' in act)
            entry.terrain_summary = act.terrain_summary;
        if ('terrain_status' in act)
            entry.terrain_status = act.terrain_status;
        if ('terrain_error' in act)
            entry.terrain_error = act.terrain_error;
        if ('weather_summary' in act)
            entry.weather_summary = act.weather_summary;
        if (Object.keys(entry).length)
            lookup.set(activityKey(id), entry);
    }
    return lookup;
}
/**
 * The previous run's terrain of an activity when it is final: its summary, or a terminal status
 * (with its error code). null = nothing final, so the streams are fetched this run.
 */
function carriedTerrain(prev) {
    if ('terrain_summary' in prev)
        return { terrain_summary: prev.terrain_summary };
    const status = prev.terrain_status;
    if (!isTerminalTerrainStatus(status))
        return null;
    const out = { terrain_status: status };
    if ('terrain_error' in prev)
        out.terrain_error = prev.terrain_error;
    return out;
}
/** True when this activity's terrain streams must be fetched: outdoor, with an id, nothing carried. */
function needsTerrainFetch(act, lookup) {
    if (!isOutdoorActivity(act))
        return false;
    const id = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(act, 'id');
    if (id === null)
        return false;
    return carriedTerrain(lookup.get(activityKey(id)) ?? {}) === null;
}
/** Outdoor activities whose terrain streams must be fetched this run, each id once, in order. */
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
// ---- route attachments of calendar events (previous routes.json as the cache) ----
/** attachment extensions considered route files */
const ROUTE_EXTENSIONS = new Set(['gpx', 'tcx', 'fit']);
/** The previous routes.json's entries by attachment id (empty when absent, unreadable or stale). */
class RouteCache {
    byAttachment = new Map();
    constructor(ctx, previousRoutes) {
        if (!(0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isDict */ .Zm)(previousRoutes))
            return;
        if ((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(previousRoutes, 'script_hash') !== ctx.scriptHash)
            return;
        const entries = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(previousRoutes, 'events', []);
        if (!Array.isArray(entries))
            return;
        for (const entry of entries) {
            if (!(0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isDict */ .Zm)(entry))
                continue;
            const aid = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(entry, 'attachment_id');
            // Written by this very build (same script_hash), so an entry is this contract's RouteEvent;
            // it is reused as it is, like the reference does, not re-validated.
            if ((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .truthy */ .vN)(aid))
                this.byAttachment.set((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .pyKey */ .FA)(aid), entry);
        }
    }
    get(attachmentId) {
        return this.byAttachment.get((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .pyKey */ .FA)(attachmentId));
    }
    has(attachmentId) {
        return this.byAttachment.has((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .pyKey */ .FA)(attachmentId));
    }
}
/** The route-file attachments of the events, in order: an id, a URL and a gpx/tcx/fit extension. */
function* routeAttachments(events) {
    for (const evt of events) {
        const attachments = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(evt, 'attachments');
        if (!(0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .truthy */ .vN)(attachments) || !Array.isArray(attachments))
            continue;
        for (const att of attachments) {
            if (!(0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isDict */ .Zm)(att))
                continue;
            const attId = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(att, 'id');
            const filename = String((0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(att, 'filename', '') ?? '');
            const url = (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(att, 'url', '');
            if (!(0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .truthy */ .vN)(attId) || !(0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_0__/* .truthy */ .vN)(url) || typeof url !== 'string')
                continue;
            const lower = filename.toLowerCase();
            const ext = lower.includes('.') ? lower.slice(lower.lastIndexOf('.') + 1) : '';
            if (!ROUTE_EXTENSIONS.has(ext))
                continue;
            yield { evt, attId, filename, url };
        }
    }
}
/** Attachment URLs to download this run: route files not cached by attachment id, each URL once. */
function planAttachmentDownloads(ctx, input) {
    const cache = new RouteCache(ctx, input.previousRoutes);
    const urls = [];
    for (const r of routeAttachments(input.events)) {
        if (cache.has(r.attId))
            continue;
        if (!urls.includes(r.url))
            urls.push(r.url);
    }
    return urls;
}


/***/ }),

/***/ 4709:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R6: () => (/* binding */ readPreviousState),
/* harmony export */   _5: () => (/* binding */ folderReader),
/* harmony export */   ci: () => (/* binding */ StateFileError)
/* harmony export */ });
/* unused harmony export STATE_FILES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_py_json_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7993);
/* harmony import */ var _lib_py_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(898);
/* harmony import */ var valibot__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7934);
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
/**
 * Reads a file of `dir`. Synchronous underneath: the state is read before the run's first request,
 * when nothing else waits on the event loop.
 */
function folderReader(dir) {
    return async (name) => {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name), 'utf8');
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return null;
            throw e;
        }
    };
}
// ------------------------------------------------------------------ shapes the run relies on
// Only what the code reads and the reference would crash on (or silently throw away) is checked;
// everything else (extra keys, extra fields of an entry) passes through untouched.
/** an object that is not a list (valibot's record and looseObject take lists too) */
const plain = valibot__WEBPACK_IMPORTED_MODULE_3__/* .custom */ .IeY((x) => x !== null && typeof x === 'object' && !Array.isArray(x));
const recordOf = (value) => valibot__WEBPACK_IMPORTED_MODULE_3__/* .pipe */ .FsL(plain, valibot__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), value));
/** a date → FTP series: the reference sorts its keys, compares and divides by its values */
const FtpSeries = recordOf(valibot__WEBPACK_IMPORTED_MODULE_3__/* .pipe */ .FsL(valibot__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), valibot__WEBPACK_IMPORTED_MODULE_3__/* .finite */ .E2x(), valibot__WEBPACK_IMPORTED_MODULE_3__/* .minValue */ .Wwf(1)));
/** ftp_history.json: {indoor, outdoor} of date → FTP (the legacy flat date → FTP is one series) */
const FtpHistoryFile = valibot__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ indoor: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(FtpSeries), outdoor: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(FtpSeries) });
/** intervals.json: `activities` is a list of entries (objects), `fetch_state` an object (or null) */
const IntervalsFile = valibot__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
    activities: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(plain)),
    fetch_state: valibot__WEBPACK_IMPORTED_MODULE_3__/* .nullish */ .cl6(recordOf(valibot__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J())),
});
/** history.json: what latest.json reads back (age, confidence, the weekly rows of phase detection) */
const HistoryFile = valibot__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
    generated_at: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
    data_range: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_3__/* .pipe */ .FsL(plain, valibot__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ total_months: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_3__/* .pipe */ .FsL(valibot__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), valibot__WEBPACK_IMPORTED_MODULE_3__/* .finite */ .E2x())) }))),
    weekly_180d: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(plain)),
});
const FIX_FTP = 'fix or delete the file (it cannot be rebuilt from Intervals.icu: restore it from git history to keep the record; it was left untouched)';
const FIX_INTERVALS = 'fix it, restore it from git history, or delete it to start it afresh (it holds interval data older than the 72-hour scan window; it was left untouched)';
const FIX_HISTORY = 'fix it or delete it: the next run rebuilds it from Intervals.icu (it was left untouched)';
/** The first problem valibot found, as "`path` must be …" (the path of the offending key). */
function firstIssue(issues, what) {
    const issue = issues[0];
    const path = (issue.path ?? []).map((p) => String(p.key)).join('.');
    return what(path);
}
function checkShape(file, schema, data, explain, fix) {
    const r = valibot__WEBPACK_IMPORTED_MODULE_3__/* .safeParse */ .xLC(schema, data);
    if (!r.success)
        throw new StateFileError(`${file}: ${firstIssue(r.issues, explain)}; ${fix}`);
}
function ftpExplain(path) {
    const [series, date] = path.split('.');
    if (series === 'indoor' || series === 'outdoor') {
        return date === undefined
            ? `\`${series}\` must be an object of date → FTP`
            : `\`${series}\` entry "${date}" must be an FTP in watts (a positive number)`;
    }
    return path
        ? `entry "${path.split('.')[0]}" must be an FTP in watts (a positive number)`
        : '`indoor` and `outdoor` must be objects of date → FTP';
}
function intervalsExplain(path) {
    const top = path.split('.')[0];
    if (top === 'activities')
        return '`activities` must be a list of activity objects';
    if (top === 'fetch_state')
        return '`fetch_state` must be an object of activity id → fetch state';
    return 'unexpected shape';
}
function historyExplain(path) {
    const top = path.split('.')[0];
    if (top === 'generated_at')
        return '`generated_at` must be an ISO date-time string';
    if (top === 'data_range')
        return '`data_range.total_months` must be a number';
    if (top === 'weekly_180d')
        return '`weekly_180d` must be a list of week objects';
    return 'unexpected shape';
}
const NOT_JSON = Symbol('not JSON');
function parseJson(text) {
    try {
        return (0,_lib_py_json_js__WEBPACK_IMPORTED_MODULE_4__/* .loads */ .q)(text);
    }
    catch {
        return NOT_JSON;
    }
}
function describe(x) {
    if (Array.isArray(x))
        return 'a list';
    if (x === null)
        return 'null';
    return `a ${typeof x}`;
}
function parseDict(text) {
    const x = parseJson(text);
    return (0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .OW)(x) ? x : undefined;
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
        const legacy = !('indoor' in parsed || 'outdoor' in parsed);
        checkShape(STATE_FILES.ftpHistory, legacy ? FtpSeries : FtpHistoryFile, parsed, ftpExplain, FIX_FTP);
        ftpHistory = parsed;
    }
    const intervalsParsed = intervals === null ? null : parseDict(intervals);
    if (intervalsParsed === undefined) {
        throw new StateFileError(`${STATE_FILES.intervals} exists but is not a JSON object; it holds interval data older than the 72-hour scan window that would be lost, so fix it, restore it from git history, or delete it to start it afresh (it was left untouched)`);
    }
    if (intervalsParsed)
        checkShape(STATE_FILES.intervals, IntervalsFile, intervalsParsed, intervalsExplain, FIX_INTERVALS);
    // JSON of the wrong shape (an array, a string, wrong-typed fields) is refused; a file that is
    // not JSON at all (a cut-off write) is regenerated, as the reference does
    let historyParsed = null;
    let historyUnreadable = false;
    if (history !== null) {
        const json = parseJson(history);
        if (json === NOT_JSON)
            historyUnreadable = true;
        else if (!(0,_lib_py_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .OW)(json)) {
            throw new StateFileError(`${STATE_FILES.history}: must be a JSON object (it is ${describe(json)}); ${FIX_HISTORY}`);
        }
        else {
            checkShape(STATE_FILES.history, HistoryFile, json, historyExplain, FIX_HISTORY);
            historyParsed = json;
        }
    }
    return {
        latest: latest === null ? null : (parseDict(latest) ?? null),
        history: historyParsed,
        historyUnreadable,
        intervals: intervalsParsed,
        routes: routes === null ? null : (parseDict(routes) ?? null),
        ftpHistory,
    };
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kw: () => (/* binding */ CONTRACT_VERSION),
/* harmony export */   O2: () => (/* binding */ PRODUCER_VERSION),
/* harmony export */   Zc: () => (/* binding */ SCHEMA_IDENTITY),
/* harmony export */   n_: () => (/* binding */ PRODUCER_NAME)
/* harmony export */ });
/* unused harmony export REFERENCE_VERSION */
/** The producer identity (the action's own version: commit messages, job summary, issue footers). */
const PRODUCER_NAME = 'intervals-mirror';
/** Kept equal to package.json's version (a test checks it); the release script tags it. */
const PRODUCER_VERSION = '1.0.0';
/** Changes whenever cached outputs (history.json, intervals.json) must be rebuilt. Bump with any
 * change to how those files are derived; it plays the role of the reference's script_hash. */
const SCHEMA_IDENTITY = `${PRODUCER_NAME}-${PRODUCER_VERSION}`;
/**
 * The sync.py release whose output contract the files follow. Section 11 reads the files' root
 * `version` as the sync-script version and gates features on it ("requires sync.py v3.123"), so
 * the files carry this, not the action's own version.
 */
const REFERENCE_VERSION = '3.128';
const CONTRACT_VERSION = REFERENCE_VERSION;


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7934:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BpQ: () => (/* binding */ minLength),
/* harmony export */   BuJ: () => (/* binding */ getDotPath),
/* harmony export */   E2x: () => (/* binding */ finite),
/* harmony export */   FsL: () => (/* binding */ pipe),
/* harmony export */   IeY: () => (/* binding */ custom),
/* harmony export */   Ikc: () => (/* binding */ object),
/* harmony export */   KCZ: () => (/* binding */ union),
/* harmony export */   KIO: () => (/* binding */ picklist),
/* harmony export */   L5J: () => (/* binding */ unknown),
/* harmony export */   Oxt: () => (/* binding */ variant),
/* harmony export */   Wwf: () => (/* binding */ minValue),
/* harmony export */   YOg: () => (/* binding */ array),
/* harmony export */   YjP: () => (/* binding */ string),
/* harmony export */   _H3: () => (/* binding */ looseObject),
/* harmony export */   aig: () => (/* binding */ number),
/* harmony export */   chJ: () => (/* binding */ null_),
/* harmony export */   cl6: () => (/* binding */ nullish),
/* harmony export */   euz: () => (/* binding */ literal),
/* harmony export */   g1P: () => (/* binding */ record),
/* harmony export */   lqM: () => (/* binding */ optional),
/* harmony export */   mee: () => (/* binding */ nullable),
/* harmony export */   ndf: () => (/* binding */ integer),
/* harmony export */   xLC: () => (/* binding */ safeParse),
/* harmony export */   yGV: () => (/* binding */ regex),
/* harmony export */   yqP: () => (/* binding */ exactOptional),
/* harmony export */   zMY: () => (/* binding */ boolean)
/* harmony export */ });
/* unused harmony exports BASE64_REGEX, BIC_REGEX, CUID2_REGEX, DECIMAL_REGEX, DIGITS_REGEX, DOMAIN_REGEX, EMAIL_REGEX, EMOJI_REGEX, HEXADECIMAL_REGEX, HEX_COLOR_REGEX, IMEI_REGEX, IPV4_REGEX, IPV6_REGEX, IP_REGEX, ISO_DATE_REGEX, ISO_DATE_TIME_REGEX, ISO_DATE_TIME_SECOND_REGEX, ISO_TIMESTAMP_REGEX, ISO_TIME_REGEX, ISO_TIME_SECOND_REGEX, ISO_WEEK_REGEX, ISRC_REGEX, JWS_COMPACT_REGEX, KSUID_REGEX, MAC48_REGEX, MAC64_REGEX, MAC_REGEX, NANO_ID_REGEX, OCTAL_REGEX, RFC_EMAIL_REGEX, SLUG_REGEX, ULID_REGEX, UUID_REGEX, ValiError, _addIssue, _cloneDataset, _formatCase, _getByteCount, _getCodePointCount, _getGraphemeCount, _getLastMetadata, _getWordCount, _isLuhnAlgo, _isSameValueZero, _isValidObjectKey, _isValueMatch, _joinExpects, _standardSchema, _stringify, any, args, argsAsync, arrayAsync, assert, awaitAsync, base64, bic, bigint, blob, brand, bytes, cache, cacheAsync, check, checkAsync, checkItems, checkItemsAsync, codePoints, config, creditCard, cuid2, customAsync, date, decimal, deleteGlobalConfig, deleteGlobalMessage, deleteSchemaMessage, deleteSpecificMessage, description, digits, domain, email, emoji, empty, endsWith, entries, entriesFromList, entriesFromObjects, enum, enum_, everyItem, exactOptionalAsync, examples, excludes, fallback, fallbackAsync, file, filterItems, findItem, flatten, flavor, forward, forwardAsync, function, function_, getDefault, getDefaults, getDefaultsAsync, getDescription, getExamples, getFallback, getFallbacks, getFallbacksAsync, getGlobalConfig, getGlobalMessage, getMetadata, getSchemaMessage, getSpecificMessage, getTitle, graphemes, gtValue, guard, hash, hexColor, hexadecimal, imei, includes, instance, intersect, intersectAsync, ip, ipv4, ipv6, is, isOfKind, isOfType, isValiError, isbn, isoDate, isoDateTime, isoDateTimeSecond, isoTime, isoTimeSecond, isoTimestamp, isoWeek, isrc, jwsCompact, keyof, ksuid, lazy, lazyAsync, length, looseObjectAsync, looseTuple, looseTupleAsync, ltValue, mac, mac48, mac64, map, mapAsync, mapItems, maxBytes, maxCodePoints, maxEntries, maxGraphemes, maxLength, maxSize, maxValue, maxWords, message, metadata, mimeType, minBytes, minCodePoints, minEntries, minGraphemes, minSize, minWords, multipleOf, nan, nanoid, never, nonEmpty, nonNullable, nonNullableAsync, nonNullish, nonNullishAsync, nonOptional, nonOptionalAsync, normalize, notBytes, notCodePoints, notEntries, notGraphemes, notLength, notSize, notValue, notValues, notWords, null_, nullableAsync, nullishAsync, objectAsync, objectWithRest, objectWithRestAsync, octal, omit, optionalAsync, parse, parseAsync, parseBoolean, parseJson, parser, parserAsync, partial, partialAsync, partialCheck, partialCheckAsync, pick, pipeAsync, promise, rawCheck, rawCheckAsync, rawTransform, rawTransformAsync, readonly, recordAsync, reduceItems, required, requiredAsync, returns, returnsAsync, rfcEmail, safeInteger, safeParseAsync, safeParser, safeParserAsync, set, setAsync, setGlobalConfig, setGlobalMessage, setSchemaMessage, setSpecificMessage, size, slug, someItem, sortItems, startsWith, strictObject, strictObjectAsync, strictTuple, strictTupleAsync, stringifyJson, summarize, symbol, title, toBigint, toBoolean, toCamelCase, toDate, toKebabCase, toLowerCase, toMaxValue, toMinValue, toNumber, toPascalCase, toSnakeCase, toString, toUpperCase, transform, transformAsync, trim, trimEnd, trimStart, tuple, tupleAsync, tupleWithRest, tupleWithRestAsync, ulid, undefined, undefined_, undefinedable, undefinedableAsync, unionAsync, unwrap, url, uuid, value, values, variantAsync, void, void_, words */
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
function length(requirement, message$1) {
	return {
		kind: "validation",
		type: "length",
		reference: length,
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
function toString(message$1) {
	return {
		kind: "transformation",
		type: "to_string",
		reference: toString,
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
function boolean(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "boolean",
		reference: boolean,
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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__settingsFromArgs = __webpack_exports__.X;
/******/ export { __webpack_exports__settingsFromArgs as settingsFromArgs };
/******/ 
