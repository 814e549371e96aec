export const id = 17;
export const ids = [17];
export const modules = {

/***/ 3017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runBench: () => (/* binding */ runBench)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _fake_intervals_demo_athlete_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3441);
/**
 * `npm run bench` (= `node dist/cli.js bench`): wall time and request count of a first run and a
 * steady-state run of the built-in demo athlete (a road cyclist in a build block) against the fake
 * Intervals.icu API with 50 ms of latency on every request. A benchmark: it prints figures.
 */




async function runBench(latencyMs = 50) {
    const dataset = (0,_fake_intervals_demo_athlete_js__WEBPACK_IMPORTED_MODULE_3__/* .demoDataset */ .EA)();
    const times = await (0,_fake_intervals_demo_athlete_js__WEBPACK_IMPORTED_MODULE_3__/* .demoRunTimes */ .tB)(dataset);
    const out = await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.mkdtemp(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), 'intervals-mirror-bench-'));
    const lines = [];
    try {
        await (0,_fake_intervals_demo_athlete_js__WEBPACK_IMPORTED_MODULE_3__/* .seedState */ .B0)(dataset, out);
        const runs = [
            ['first run', times[0]],
            ['steady state', times[1] ?? times[0]],
        ];
        for (const [label, at] of runs) {
            const { result, ms } = await (0,_fake_intervals_demo_athlete_js__WEBPACK_IMPORTED_MODULE_3__/* .syncDemoAthlete */ .w7)(dataset, at, out, latencyMs);
            lines.push(`${label.padEnd(13)} ${(ms / 1000).toFixed(2)} s  ${result.requests.length} requests  (${latencyMs} ms latency per request, at ${at})`);
        }
    }
    finally {
        await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.rm(out, { recursive: true, force: true });
    }
    return lines.join('\n');
}


/***/ })

};
