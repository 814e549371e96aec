export const id = 750;
export const ids = [750];
export const modules = {

/***/ 1750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D_: () => (/* binding */ CHART_FILES),
  C_: () => (/* binding */ renderCharts)
});

// UNUSED EXPORTS: CHARTS_DIR

// EXTERNAL MODULE: ./src/render/charts/svg.ts
var svg = __webpack_require__(1634);
;// CONCATENATED MODULE: ./src/render/charts/fitness.ts

const FITNESS_DAYS = 90;
/** Races further ahead than this are named in the caption instead of stretching the axis. */
const RACE_HORIZON_DAYS = 90;
const W = 760;
const H = 300;
const M = { left: 40, right: 96, top: 44, bottom: 26 };
/** The calendar day of the run (latest.json's metadata.last_updated), or null. */
function runDay(latest) {
    return (0,svg/* dayNumber */.U$)(latest?.metadata?.last_updated);
}
/**
 * The 90 days ending today, one entry per day: the daily tier's values for the days before today,
 * latest.json's current fitness for today (the tier's own today row when latest.json has none).
 */
function fitnessSeries(latest, history) {
    const rows = Array.isArray(history?.daily_90d) ? history.daily_90d : [];
    const byDay = new Map();
    for (const r of rows) {
        const n = (0,svg/* dayNumber */.U$)(r?.date);
        if (n !== null)
            byDay.set(n, r);
    }
    const lastRow = byDay.size ? Math.max(...byDay.keys()) : null;
    const today = runDay(latest) ?? lastRow;
    if (today === null)
        return null;
    const current = latest?.current_status?.fitness ?? {};
    const days = [];
    for (let n = today - FITNESS_DAYS + 1; n <= today; n++) {
        const r = byDay.get(n);
        const fromLatest = n === today && ((0,svg/* finite */.E2)(current.ctl) !== null || (0,svg/* finite */.E2)(current.atl) !== null || (0,svg/* finite */.E2)(current.tsb) !== null);
        const src = fromLatest ? current : r;
        days.push({ date: (0,svg/* isoDay */.kh)(n), ctl: (0,svg/* finite */.E2)(src?.ctl), atl: (0,svg/* finite */.E2)(src?.atl), tsb: (0,svg/* finite */.E2)(src?.tsb) });
    }
    return { today, days };
}
/** "42.2 km" from a display block's value and unit; null unless both are usable. */
function distanceText(value, unit) {
    const x = (0,svg/* finite */.E2)(value);
    return x !== null && typeof unit === 'string' ? `${(0,svg/* shown */.SP)(x)} ${unit}` : null;
}
/** The races on or after today, nearest first, with the distance in the athlete's unit. */
function racesAhead(latest, today) {
    const races = latest?.race_calendar?.all_races;
    const all = Array.isArray(races) ? races : [];
    const out = [];
    for (const r of all) {
        const day = (0,svg/* dayNumber */.U$)(r?.date);
        if (day === null || day < today)
            continue;
        const dist = r?.display?.distance;
        out.push({
            date: (0,svg/* isoDay */.kh)(day),
            day,
            name: typeof r.name === 'string' && r.name ? r.name : 'Race',
            category: typeof r.category === 'string' ? r.category.replace(/^RACE_/, '') : '',
            distance: distanceText(dist?.value, dist?.unit),
        });
    }
    return out.sort((a, b) => a.day - b.day);
}
function raceLabel(r) {
    return `${(0,svg/* clip */.$Q)(r.name, 22)}${r.category ? ` (${r.category})` : ''}${r.distance ? ` · ${r.distance}` : ''}`;
}
function fitnessChart(latest, history) {
    const title = 'Fitness, fatigue and form — last 90 days';
    const series = fitnessSeries(latest, history);
    const hasHistory = series !== null && series.days.slice(0, -1).some((d) => d.ctl !== null || d.atl !== null || d.tsb !== null);
    if (series === null || !hasHistory) {
        const cur = latest?.current_status?.fitness ?? {};
        const now = ['ctl', 'atl', 'tsb']
            .flatMap((k) => {
            const x = (0,svg/* finite */.E2)(cur[k]);
            return x === null ? [] : [`${k.toUpperCase()} ${(0,svg/* shown */.SP)(x)}`];
        })
            .join(' · ');
        return (0,svg/* emptyChart */.aX)('fitness', W, 120, title, `No history yet${now ? ` — today ${now}` : ''}`);
    }
    const { today, days } = series;
    const first = today - FITNESS_DAYS + 1;
    const races = racesAhead(latest, today);
    const onAxis = races.filter((r) => r.day - today <= RACE_HORIZON_DAYS);
    const later = races.filter((r) => r.day - today > RACE_HORIZON_DAYS);
    const lastDay = onAxis.length ? Math.max(today, onAxis[onAxis.length - 1].day + 2) : today;
    const values = days.flatMap((d) => [d.ctl, d.atl, d.tsb]).filter((v) => v !== null);
    const [v0, v1] = (0,svg/* niceDomain */.O)(Math.min(0, ...values), Math.max(0, ...values), 5);
    const x = (0,svg/* linear */.sn)([first, lastDay], [M.left, W - M.right]);
    const y = (0,svg/* linear */.sn)([v0, v1], [H - M.bottom, M.top]);
    const step = (W - M.left - M.right) / (lastDay - first + 1);
    const barW = Math.max(1, step * 0.7);
    const body = [];
    body.push((0,svg/* text */.Qq)(M.left, 18, title, { class: 'b', 'font-size': 13 }));
    // legend
    const legend = [
        ['Fitness (CTL)', svg/* COLOURS */.O5.ctl, 'line'],
        ['Fatigue (ATL)', svg/* COLOURS */.O5.atl, 'line'],
        ['Form (TSB)', svg/* COLOURS */.O5.tsbUp, 'bar'],
    ];
    let lx = M.left;
    for (const [label, colour, kind] of legend) {
        body.push(kind === 'line'
            ? (0,svg.el)('line', { x1: lx, y1: 30, x2: lx + 14, y2: 30, stroke: colour, 'stroke-width': 2.5 })
            : (0,svg.el)('rect', { x: lx + 3, y: 25, width: 8, height: 10, fill: colour }));
        body.push((0,svg/* text */.Qq)(lx + 18, 34, label));
        lx += 18 + label.length * 6.2 + 14;
    }
    if (later.length)
        body.push((0,svg/* text */.Qq)(W - 8, 34, `Later: ${raceLabel(later[0])} on ${later[0].date}`, { 'text-anchor': 'end' }));
    // grid and value axis
    const grid = [];
    for (const t of (0,svg/* niceTicks */.at)(v0, v1, 5)) {
        grid.push((0,svg.el)('line', {
            x1: M.left,
            x2: W - M.right,
            y1: y(t),
            y2: y(t),
            stroke: svg/* COLOURS */.O5.grid,
            'stroke-opacity': t === 0 ? 0.7 : 0.2,
        }));
        grid.push((0,svg/* text */.Qq)(M.left - 6, y(t) + 4, (0,svg/* num */.bu)(t), { 'text-anchor': 'end' }));
    }
    for (let n = first; n <= lastDay; n++) {
        const m = (0,svg/* monthStart */.ZV)(n);
        // (a month whose label would collide with "today" gives way)
        if (m && Math.abs(x(n) - x(today)) > 28)
            grid.push((0,svg/* text */.Qq)(x(n), H - 8, m, { 'text-anchor': 'middle' }));
    }
    body.push((0,svg.el)('g', { 'data-layer': 'grid' }, grid));
    // races ahead
    const raceEls = [];
    onAxis.forEach((r, i) => {
        const rx = x(r.day);
        raceEls.push((0,svg.el)('line', { x1: rx, x2: rx, y1: M.top, y2: H - M.bottom, stroke: svg/* COLOURS */.O5.race, 'stroke-width': 1.5, 'stroke-dasharray': '3 3' }));
        raceEls.push((0,svg.el)('path', { d: `M${(0,svg/* num */.bu)(rx, 1)} ${M.top}l5 3l-5 3z`, fill: svg/* COLOURS */.O5.race }));
        raceEls.push((0,svg/* text */.Qq)(rx - 3, M.top + 12 + (i % 3) * 12, raceLabel(r), { 'text-anchor': 'end', 'font-size': 10 }));
    });
    if (raceEls.length)
        body.push((0,svg.el)('g', { 'data-layer': 'races', 'data-count': onAxis.length, 'data-dates': onAxis.map((r) => r.date).join(' ') }, raceEls));
    // today
    const tx = x(today);
    body.push((0,svg.el)('line', { x1: tx, x2: tx, y1: M.top, y2: H - M.bottom, stroke: svg/* COLOURS */.O5.grid, 'stroke-opacity': 0.6 }));
    body.push((0,svg/* text */.Qq)(tx, H - 8, 'today', { 'text-anchor': 'middle', class: 'b' }));
    // form bars
    const bars = [];
    for (let i = 0; i < days.length; i++) {
        const v = days[i].tsb;
        if (v === null)
            continue;
        const top = Math.min(y(v), y(0));
        bars.push((0,svg.el)('rect', {
            x: x(first + i) - barW / 2,
            y: top,
            width: barW,
            height: Math.abs(y(v) - y(0)),
            fill: v >= 0 ? svg/* COLOURS */.O5.tsbUp : svg/* COLOURS */.O5.tsbDown,
            'fill-opacity': 0.7,
            'data-date': days[i].date,
        }));
    }
    const plot = [(0,svg.el)('g', { 'data-series': 'tsb', 'data-count': bars.length }, bars)];
    for (const [key, colour] of [
        ['atl', svg/* COLOURS */.O5.atl],
        ['ctl', svg/* COLOURS */.O5.ctl],
    ]) {
        const pts = days.map((d, i) => (d[key] === null ? null : [x(first + i), y(d[key])]));
        const { d, runs } = (0,svg/* gappedPath */.d5)(pts);
        plot.push((0,svg.el)('path', {
            d: d || null,
            fill: 'none',
            stroke: colour,
            'stroke-width': key === 'ctl' ? 2.5 : 1.5,
            'stroke-linejoin': 'round',
            'data-series': key,
            'data-count': runs.reduce((s, r) => s + r.length, 0),
        }));
        // a day standing alone between gaps would be invisible as a line: give it a dot
        for (const run of runs)
            if (run.length === 1)
                plot.push((0,svg.el)('circle', { cx: run[0][0], cy: run[0][1], r: 1.5, fill: colour }));
    }
    body.push((0,svg.el)('g', {
        'data-layer': 'plot',
        'data-day0': (0,svg/* isoDay */.kh)(first),
        'data-day1': (0,svg/* isoDay */.kh)(lastDay),
        'data-x0': x.range[0],
        'data-x1': x.range[1],
        'data-v0': v0,
        'data-v1': v1,
        'data-y0': y.range[0],
        'data-y1': y.range[1],
    }, plot));
    // today's values, labelled as latest.json writes them
    const t = days[days.length - 1];
    const labels = [
        ['Fitness', t.ctl, svg/* COLOURS */.O5.ctl],
        ['Fatigue', t.atl, svg/* COLOURS */.O5.atl],
        ['Form', t.tsb, t.tsb !== null && t.tsb < 0 ? svg/* COLOURS */.O5.tsbDown : svg/* COLOURS */.O5.tsbUp],
    ];
    const marks = [];
    for (const [label, v, colour] of labels) {
        if (v !== null)
            marks.push((0,svg.el)('circle', { cx: tx, cy: y(v), r: 3.5, fill: colour, 'data-today': label.toLowerCase(), 'data-value': (0,svg/* shown */.SP)(v) }));
    }
    // the labels beside the plot, top to bottom by value, at least a line apart
    let prev = -Infinity;
    for (const [label, v, colour] of labels.filter((l) => l[1] !== null).sort((a, b) => y(a[1]) - y(b[1]))) {
        const ly = Math.max(y(v) + 4, prev + 13);
        prev = ly;
        marks.push((0,svg/* text */.Qq)(W - M.right + 8, ly, `${label} ${(0,svg/* shown */.SP)(v)}`, { fill: colour, class: 'b' }));
    }
    body.push((0,svg.el)('g', { 'data-layer': 'today', 'data-date': t.date }, marks));
    const desc = `Daily fitness (CTL), fatigue (ATL) and form (TSB) from ${(0,svg/* isoDay */.kh)(first)} to ${t.date}. ` +
        `Today (${(0,svg/* shortDay */.tE)(today)}): ${labels
            .filter((l) => l[1] !== null)
            .map((l) => `${l[0].toLowerCase()} ${(0,svg/* shown */.SP)(l[1])}`)
            .join(', ')}.` +
        (races.length ? ` Races ahead: ${races.map((r) => `${r.name} on ${r.date}`).join('; ')}.` : '');
    return (0,svg/* svgDoc */.jl)('fitness', W, H, title, desc, body);
}

;// CONCATENATED MODULE: ./src/render/charts/intensity.ts

const intensity_W = 760;
const intensity_H = 150;
const intensity_M = { left: 84, right: 150, top: 44 };
const ROW = 40;
const BAR_H = 24;
const WINDOWS = [
    ['7d', 'Last 7 days', 'seiler_tid_7d'],
    ['28d', 'Last 28 days', 'seiler_tid_28d'],
];
const ZONES = [
    ['z1', 'Z1 easy', svg/* COLOURS */.O5.z1],
    ['z2', 'Z2 threshold', svg/* COLOURS */.O5.z2],
    ['z3', 'Z3 high', svg/* COLOURS */.O5.z3],
];
function intensityRows(latest) {
    const dm = latest?.derived_metrics ?? {};
    return WINDOWS.map(([window, label, key]) => {
        const tid = dm[key];
        const t = tid && typeof tid === 'object' ? tid : null;
        return {
            window,
            label,
            pct: { z1: (0,svg/* finite */.E2)(t?.z1_pct), z2: (0,svg/* finite */.E2)(t?.z2_pct), z3: (0,svg/* finite */.E2)(t?.z3_pct) },
            classification: typeof t?.classification === 'string' ? t.classification : null,
            basis: typeof t?.zone_basis === 'string' ? t.zone_basis : null,
        };
    });
}
const hasData = (r) => ZONES.some(([z]) => (r.pct[z] ?? 0) > 0);
function intensityChart(latest) {
    const title = 'Intensity distribution (Seiler zones)';
    const rows = intensityRows(latest);
    if (!rows.some(hasData))
        return (0,svg/* emptyChart */.aX)('intensity', intensity_W, 120, title, 'No zone time yet — nothing recorded in the last 28 days');
    const x = (0,svg/* linear */.sn)([0, 100], [intensity_M.left, intensity_W - intensity_M.right]);
    const body = [(0,svg/* text */.Qq)(intensity_M.left, 18, title, { class: 'b', 'font-size': 13 })];
    let lx = intensity_M.left;
    for (const [, label, colour] of ZONES) {
        body.push((0,svg.el)('rect', { x: lx, y: 25, width: 10, height: 10, rx: 2, fill: colour }));
        body.push((0,svg/* text */.Qq)(lx + 14, 34, label));
        lx += 14 + label.length * 6.2 + 12;
    }
    const basis = [...new Set(rows.map((r) => r.basis).filter((b) => b !== null))];
    if (basis.length)
        body.push((0,svg/* text */.Qq)(intensity_W - 8, 18, `zone basis: ${basis.join(', ')}`, { 'text-anchor': 'end' }));
    rows.forEach((r, i) => {
        const top = intensity_M.top + 10 + i * ROW;
        const mid = top + BAR_H / 2 + 4;
        body.push((0,svg/* text */.Qq)(intensity_M.left - 8, mid, r.label, { 'text-anchor': 'end' }));
        if (!hasData(r)) {
            body.push((0,svg.el)('rect', {
                x: x(0),
                y: top,
                width: x(100) - x(0),
                height: BAR_H,
                rx: 3,
                fill: 'none',
                stroke: svg/* COLOURS */.O5.grid,
                'stroke-opacity': 0.5,
                'stroke-dasharray': '4 4',
            }));
            body.push((0,svg/* text */.Qq)((x(0) + x(100)) / 2, mid, 'no zone time in this window', { 'text-anchor': 'middle', 'data-empty': r.window }));
            return;
        }
        const segs = [];
        let acc = 0;
        for (const [z, label, colour] of ZONES) {
            const p = r.pct[z];
            if (p === null)
                continue;
            const x0 = x(acc);
            const x1 = x(Math.min(100, acc + p));
            segs.push((0,svg.el)('rect', {
                x: x0,
                y: top,
                width: Math.max(0, x1 - x0),
                height: BAR_H,
                fill: colour,
                'fill-opacity': 0.85,
                'data-zone': z,
                'data-pct': (0,svg/* shown */.SP)(p),
            }));
            // the percentage inside its segment when it fits, otherwise nothing (the desc has all of them)
            if (x1 - x0 >= 44)
                segs.push((0,svg/* text */.Qq)((x0 + x1) / 2, mid, `${(0,svg/* shown */.SP)(p)}%`, { 'text-anchor': 'middle', fill: '#1f2328', class: 'b' }));
            else if (x1 - x0 > 0)
                segs.push((0,svg.el)('title', {}, [`${label} ${(0,svg/* shown */.SP)(p)}%`]));
            acc += p;
        }
        body.push((0,svg.el)('g', { 'data-window': r.window, 'data-x0': x(0), 'data-x100': x(100) }, segs));
        if (r.classification)
            body.push((0,svg/* text */.Qq)(intensity_W - intensity_M.right + 10, mid, r.classification, { class: 'b' }));
    });
    const desc = rows
        .map((r) => hasData(r)
        ? `${r.label}: ${ZONES.map(([z, label]) => `${label} ${r.pct[z] === null ? 'n/a' : `${(0,svg/* shown */.SP)(r.pct[z])}%`}`).join(', ')}${r.classification ? ` (${r.classification})` : ''}.`
        : `${r.label}: no zone time.`)
        .join(' ');
    return (0,svg/* svgDoc */.jl)('intensity', intensity_W, intensity_H, title, desc, body);
}

// EXTERNAL MODULE: ./src/render/charts/readiness-badge.ts
var readiness_badge = __webpack_require__(3714);
;// CONCATENATED MODULE: ./src/render/charts/weekly-load.ts


const WEEKS = 26;
const weekly_load_W = 760;
const weekly_load_H = 280;
const weekly_load_M = { left: 44, right: 44, top: 44, bottom: 26 };
/** The 26 week slots ending at the week that holds today (the tier's last week when the run day is unknown). */
function weeklySeries(latest, history) {
    const rows = Array.isArray(history?.weekly_180d) ? history.weekly_180d : [];
    const byStart = new Map();
    for (const r of rows) {
        const n = (0,svg/* dayNumber */.U$)(r?.week_start);
        if (n !== null)
            byStart.set(n, r);
    }
    if (byStart.size === 0)
        return null;
    let end = Math.max(...byStart.keys());
    const today = runDay(latest);
    if (today !== null)
        while (today - end >= 7)
            end += 7;
    const out = [];
    for (let n = end - 7 * (WEEKS - 1); n <= end; n += 7) {
        const r = byStart.get(n);
        out.push({
            weekStart: (0,svg/* isoDay */.kh)(n),
            tss: (0,svg/* finite */.E2)(r?.total_tss),
            ramp: (0,svg/* finite */.E2)(r?.ramp_rate),
            phase: typeof r?.phase_detected === 'string' && r.phase_detected ? r.phase_detected : null,
        });
    }
    return out;
}
function phaseColour(phase) {
    return phase === null ? svg/* PHASE_COLOURS */.KF.other : (svg/* PHASE_COLOURS */.KF[phase] ?? svg/* PHASE_COLOURS */.KF.other);
}
function weeklyLoadChart(latest, history) {
    const title = 'Weekly load (TSS) — last 26 weeks';
    const weeks = weeklySeries(latest, history);
    if (weeks === null || weeks.every((w) => w.tss === null && w.ramp === null))
        return (0,svg/* emptyChart */.aX)('weekly-load', weekly_load_W, 120, title, 'No history yet — the weekly load appears after the first weeks of training');
    const loads = weeks.map((w) => w.tss).filter((v) => v !== null);
    const ramps = weeks.map((w) => w.ramp).filter((v) => v !== null);
    const [t0, t1] = (0,svg/* niceDomain */.O)(0, Math.max(1, ...loads), 4);
    const rampAbs = Math.max(1, ...ramps.map((r) => Math.abs(r)));
    const [r0, r1] = (0,svg/* niceDomain */.O)(-rampAbs, rampAbs, 4);
    const slot = (weekly_load_W - weekly_load_M.left - weekly_load_M.right) / WEEKS;
    const xs = (0,svg/* linear */.sn)([0, WEEKS], [weekly_load_M.left, weekly_load_W - weekly_load_M.right]);
    const y = (0,svg/* linear */.sn)([t0, t1], [weekly_load_H - weekly_load_M.bottom, weekly_load_M.top]);
    const yr = (0,svg/* linear */.sn)([r0, r1], [weekly_load_H - weekly_load_M.bottom, weekly_load_M.top]);
    const centre = (i) => xs(i) + slot / 2;
    const body = [(0,svg/* text */.Qq)(weekly_load_M.left, 18, title, { class: 'b', 'font-size': 13 })];
    // the legend names the phases the bars show, in the order of a season, then any other, then "No phase"
    const shownPhases = new Set(weeks.filter((w) => w.tss !== null).map((w) => w.phase ?? 'No phase'));
    const order = Object.keys(svg/* PHASE_COLOURS */.KF).filter((p) => p !== 'other');
    const present = [
        ...order.filter((p) => shownPhases.has(p)),
        ...[...shownPhases].filter((p) => !order.includes(p) && p !== 'No phase').sort(),
        ...(shownPhases.has('No phase') ? ['No phase'] : []),
    ];
    let lx = weekly_load_M.left;
    for (const p of present) {
        body.push((0,svg.el)('rect', { x: lx, y: 25, width: 10, height: 10, rx: 2, fill: phaseColour(p === 'No phase' ? null : p) }));
        body.push((0,svg/* text */.Qq)(lx + 14, 34, p));
        lx += 14 + p.length * 6.2 + 12;
    }
    body.push((0,svg.el)('line', { x1: lx, y1: 30, x2: lx + 14, y2: 30, stroke: svg/* COLOURS */.O5.ramp, 'stroke-width': 2 }));
    body.push((0,svg/* text */.Qq)(lx + 18, 34, 'Ramp rate (CTL/week, right axis)'));
    const rampNow = (0,svg/* finite */.E2)(latest?.current_status?.fitness?.ramp_rate);
    if (rampNow !== null)
        body.push((0,svg/* text */.Qq)(weekly_load_W - 8, 18, `ramp rate now ${(0,svg/* shown */.SP)(rampNow)}`, { 'text-anchor': 'end' }));
    const grid = [];
    for (const t of (0,svg/* niceTicks */.at)(t0, t1, 4)) {
        grid.push((0,svg.el)('line', { x1: weekly_load_M.left, x2: weekly_load_W - weekly_load_M.right, y1: y(t), y2: y(t), stroke: svg/* COLOURS */.O5.grid, 'stroke-opacity': 0.2 }));
        grid.push((0,svg/* text */.Qq)(weekly_load_M.left - 6, y(t) + 4, (0,svg/* num */.bu)(t), { 'text-anchor': 'end' }));
    }
    for (const t of (0,svg/* niceTicks */.at)(r0, r1, 4))
        grid.push((0,svg/* text */.Qq)(weekly_load_W - weekly_load_M.right + 6, yr(t) + 4, (0,svg/* num */.bu)(t), { fill: svg/* COLOURS */.O5.ramp }));
    weeks.forEach((w, i) => {
        if (i % 4 === 1)
            grid.push((0,svg/* text */.Qq)(centre(i), weekly_load_H - 8, (0,svg/* shortDay */.tE)((0,svg/* dayNumber */.U$)(w.weekStart)), { 'text-anchor': 'middle' }));
    });
    body.push((0,svg.el)('g', { 'data-layer': 'grid' }, grid));
    const bars = [];
    const barW = slot * 0.72;
    weeks.forEach((w, i) => {
        if (w.tss === null)
            return;
        bars.push((0,svg.el)('rect', {
            x: centre(i) - barW / 2,
            y: y(w.tss),
            width: barW,
            height: y(0) - y(w.tss),
            rx: 1.5,
            fill: phaseColour(w.phase),
            'fill-opacity': 0.8,
            'data-week': w.weekStart,
            'data-tss': (0,svg/* shown */.SP)(w.tss),
            'data-phase': w.phase ?? '',
        }));
    });
    const ramp = (0,svg/* gappedPath */.d5)(weeks.map((w, i) => (w.ramp === null ? null : [centre(i), yr(w.ramp)])));
    const dots = weeks.flatMap((w, i) => w.ramp === null
        ? []
        : [(0,svg.el)('circle', { cx: centre(i), cy: yr(w.ramp), r: 2.5, fill: svg/* COLOURS */.O5.ramp, 'data-week': w.weekStart, 'data-ramp': (0,svg/* shown */.SP)(w.ramp) })]);
    body.push((0,svg.el)('g', {
        'data-layer': 'plot',
        'data-tss0': t0,
        'data-tss1': t1,
        'data-ramp0': r0,
        'data-ramp1': r1,
        'data-y0': y.range[0],
        'data-y1': y.range[1],
    }, [
        (0,svg.el)('g', { 'data-series': 'tss', 'data-count': bars.length }, bars),
        (0,svg.el)('line', {
            x1: weekly_load_M.left,
            x2: weekly_load_W - weekly_load_M.right,
            y1: yr(0),
            y2: yr(0),
            stroke: svg/* COLOURS */.O5.ramp,
            'stroke-opacity': 0.35,
            'stroke-dasharray': '2 3',
        }),
        (0,svg.el)('path', { d: ramp.d || null, fill: 'none', stroke: svg/* COLOURS */.O5.ramp, 'stroke-width': 1.5, 'data-series': 'ramp' }),
        (0,svg.el)('g', { 'data-series': 'ramp-points', 'data-count': dots.length }, dots),
    ]));
    const last = [...weeks].reverse().find((w) => w.tss !== null);
    const desc = `Weekly training load (TSS) for the 26 weeks from ${weeks[0].weekStart} to ${weeks[WEEKS - 1].weekStart}, coloured by training phase, ` +
        `with the weekly ramp rate.` +
        (last ? ` Latest week with data (${last.weekStart}): ${(0,svg/* shown */.SP)(last.tss)} TSS${last.phase ? `, ${last.phase}` : ''}.` : '');
    return (0,svg/* svgDoc */.jl)('weekly-load', weekly_load_W, weekly_load_H, title, desc, body);
}

;// CONCATENATED MODULE: ./src/render/charts/index.ts




const CHARTS_DIR = 'charts';
/** Chart file (relative to the output folder) → the alternative text the README gives it. */
const CHART_FILES = {
    readiness: `${CHARTS_DIR}/readiness.svg`,
    fitness: `${CHARTS_DIR}/fitness.svg`,
    weeklyLoad: `${CHARTS_DIR}/weekly-load.svg`,
    intensity: `${CHARTS_DIR}/intensity.svg`,
};
function renderCharts(latest, history) {
    return {
        [CHART_FILES.readiness]: (0,readiness_badge/* readinessBadge */.yd)(latest),
        [CHART_FILES.fitness]: fitnessChart(latest, history),
        [CHART_FILES.weeklyLoad]: weeklyLoadChart(latest, history),
        [CHART_FILES.intensity]: intensityChart(latest),
    };
}


/***/ }),

/***/ 3714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h5: () => (/* binding */ readinessCall),
/* harmony export */   yd: () => (/* binding */ readinessBadge)
/* harmony export */ });
/* unused harmony export badgeValue */
/* harmony import */ var _svg_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1634);

const H = 20;
/** Darker than the chart palette: white text on them keeps at least 4.5:1. */
const BADGE = { go: '#1f883d', modify: '#9a6700', skip: '#cf222e', none: '#6e7781' };
const LABEL = 'readiness';
function readinessCall(latest) {
    const rd = latest?.readiness_decision;
    if (!rd || typeof rd !== 'object')
        return { call: null, priority: null, reason: null };
    const rec = typeof rd.recommendation === 'string' ? rd.recommendation.toLowerCase() : '';
    return {
        call: rec === 'go' || rec === 'modify' || rec === 'skip' ? rec : null,
        priority: (0,_svg_js__WEBPACK_IMPORTED_MODULE_0__/* .finite */ .E2)(rd.priority),
        reason: typeof rd.reason === 'string' && rd.reason ? rd.reason : null,
    };
}
/** The badge's right-hand text: "SKIP · P0", "GO", or "n/a". */
function badgeValue(c) {
    if (c.call === null)
        return 'n/a';
    return c.priority === null ? c.call.toUpperCase() : `${c.call.toUpperCase()} · P${(0,_svg_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(c.priority)}`;
}
/** Width of a short text at 11px in the sans-serif stack (a generous estimate: text never overflows). */
function textWidth(s) {
    let w = 0;
    for (const ch of s)
        w += /[A-Z]/.test(ch) ? 7.6 : /[a-z0-9]/.test(ch) ? 6.2 : 4.5;
    return Math.ceil(w);
}
function readinessBadge(latest) {
    const c = readinessCall(latest);
    const value = badgeValue(c);
    const colour = BADGE[c.call ?? 'none'];
    const lw = textWidth(LABEL) + 12;
    const vw = textWidth(value) + 14;
    const title = c.call === null
        ? 'Readiness: no decision today'
        : `Readiness: ${c.call.toUpperCase()}${c.priority === null ? '' : `, priority ${(0,_svg_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(c.priority)}`}`;
    const desc = c.reason ?? (c.call === null ? 'latest.json has no readiness decision for today.' : `Today's call: ${c.call}.`);
    return (0,_svg_js__WEBPACK_IMPORTED_MODULE_0__/* .svgDoc */ .jl)('readiness', lw + vw, H, title, desc, [
        (0,_svg_js__WEBPACK_IMPORTED_MODULE_0__.el)('rect', { width: lw, height: H, rx: 3, fill: '#555d66' }),
        (0,_svg_js__WEBPACK_IMPORTED_MODULE_0__.el)('rect', { x: lw, width: vw, height: H, rx: 3, fill: colour, 'data-call': c.call ?? 'none' }),
        (0,_svg_js__WEBPACK_IMPORTED_MODULE_0__.el)('rect', { x: lw - 3, width: 6, height: H, fill: colour }),
        (0,_svg_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(lw / 2, 14, LABEL, { 'text-anchor': 'middle', fill: '#ffffff' }),
        (0,_svg_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(lw + vw / 2, 14, value, { 'text-anchor': 'middle', fill: '#ffffff', class: 'b', 'data-value': value }),
    ], { 'data-priority': c.priority === null ? null : (0,_svg_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(c.priority) });
}


/***/ }),

/***/ 1634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   E2: () => (/* binding */ finite),
/* harmony export */   KF: () => (/* binding */ PHASE_COLOURS),
/* harmony export */   O: () => (/* binding */ niceDomain),
/* harmony export */   O5: () => (/* binding */ COLOURS),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   U$: () => (/* binding */ dayNumber),
/* harmony export */   ZV: () => (/* binding */ monthStart),
/* harmony export */   aX: () => (/* binding */ emptyChart),
/* harmony export */   at: () => (/* binding */ niceTicks),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   d5: () => (/* binding */ gappedPath),
/* harmony export */   el: () => (/* binding */ el),
/* harmony export */   jl: () => (/* binding */ svgDoc),
/* harmony export */   kh: () => (/* binding */ isoDay),
/* harmony export */   sn: () => (/* binding */ linear),
/* harmony export */   tE: () => (/* binding */ shortDay)
/* harmony export */ });
/* unused harmony exports esc, FONT */
/**
 * A small SVG writer for the dashboard charts: elements as strings with escaped attributes and
 * text, numbers in one fixed format, linear scales, and the palette.
 *
 * Determinism is the point: the same data gives the same bytes, so a chart only changes when
 * its data does. Numbers are written with at most two decimals (no exponent, no "-0"), element
 * ids are fixed per chart, and nothing reads the clock.
 *
 * The charts are shown as images on github.com in light and dark themes: the background stays
 * transparent, the series use mid-tone colours legible on white and on near-black, and text is
 * mid-grey (about 4:1 against either page colour).
 */
/** Text content and attribute values, XML-escaped. */
function esc(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** A coordinate or value as written into the SVG: at most `nd` decimals, no trailing zeros, never "-0". */
function num(x, nd = 2) {
    if (!Number.isFinite(x))
        throw new RangeError(`not a finite number: ${x}`);
    const f = 10 ** nd;
    const r = Math.round(x * f) / f;
    if (r === 0)
        return '0';
    // the nearest double to k / 10**nd prints as exactly those digits (well within 15 significant)
    if (Math.abs(r) < 1e12)
        return String(r);
    let s = r.toFixed(nd);
    if (s.includes('.'))
        s = s.replace(/0+$/, '').replace(/\.$/, '');
    return s;
}
function attrs(a) {
    let out = '';
    for (const [k, v] of Object.entries(a)) {
        if (v === null || v === undefined)
            continue;
        out += ` ${k}="${typeof v === 'number' ? num(v) : esc(v)}"`;
    }
    return out;
}
/** One element; children are already-written SVG strings (an empty list gives a self-closing tag). */
function el(name, a = {}, children = []) {
    return children.length === 0 ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${children.join('')}</${name}>`;
}
/** A text element (the content is escaped). */
function text(x, y, content, a = {}) {
    return `<text${attrs({ x, y, ...a })}>${esc(content)}</text>`;
}
function linear(domain, range) {
    const [d0, d1] = domain;
    const [r0, r1] = range;
    const span = d1 - d0;
    const f = ((v) => (span === 0 ? (r0 + r1) / 2 : r0 + ((v - d0) / span) * (r1 - r0)));
    f.domain = [d0, d1];
    f.range = [r0, r1];
    f.invert = (px) => (r1 === r0 ? d0 : d0 + ((px - r0) / (r1 - r0)) * span);
    return f;
}
/** Round axis ticks (1, 2, 2.5 or 5 × 10ⁿ apart) covering [lo, hi]; about `count` of them. */
function niceTicks(lo, hi, count = 5) {
    if (!(hi > lo))
        return [lo];
    const raw = (hi - lo) / Math.max(1, count);
    const mag = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
    const out = [];
    for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step)
        out.push(Math.round(t / step) * step);
    return out;
}
/** A domain widened to round ticks (e.g. 3.2…41.7 → 0…50). */
function niceDomain(lo, hi, count = 5) {
    if (!(hi > lo))
        return [lo - 1, hi + 1];
    const raw = (hi - lo) / Math.max(1, count);
    const mag = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
    return [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
}
/**
 * A polyline through the points that have a value; a point without one (null) ends the current
 * run, so a day without data is a gap in the line, never a drop to zero. A lone point between
 * two gaps is a run of one vertex (`M x y`), which the caller marks with a dot.
 */
function gappedPath(points) {
    const runs = [];
    let cur = [];
    for (const p of points) {
        if (p === null) {
            if (cur.length)
                runs.push(cur);
            cur = [];
        }
        else
            cur.push([p[0], p[1]]);
    }
    if (cur.length)
        runs.push(cur);
    const d = runs.map((run) => run.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${num(x, 1)} ${num(y, 1)}`).join('')).join('');
    return { d, runs };
}
/** Mid-tone colours that keep contrast on GitHub's light (#ffffff) and dark (#0d1117) pages. */
const COLOURS = {
    text: '#768390',
    grid: '#8b949e',
    ctl: '#3b82f6',
    atl: '#d946ef',
    tsbUp: '#22a06b',
    tsbDown: '#e5534b',
    race: '#e3a008',
    ramp: '#e3a008',
    go: '#2da44e',
    modify: '#d4a72c',
    skip: '#e5534b',
    none: '#8b949e',
    z1: '#3fb950',
    z2: '#d4a72c',
    z3: '#e5534b',
};
/** Training phases (phase_detected) and their colours; an unknown phase gets `other`. */
const PHASE_COLOURS = {
    Base: '#3b82f6',
    Build: '#e8833a',
    Peak: '#e5534b',
    Taper: '#a371f7',
    Deload: '#3fb950',
    Recovery: '#3fb950',
    Overreached: '#db61a2',
    other: '#8b949e',
};
const FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif";
/**
 * The root element. `name` prefixes the ids of title and desc (fixed, so the bytes are stable
 * and two charts inlined into one page never share an id).
 */
function svgDoc(name, width, height, title, desc, body, a = {}) {
    const style = 
    // (a fill rule on all text would override the fill attribute of the coloured labels)
    `text{font-family:${FONT};font-size:11px}text:not([fill]){fill:${COLOURS.text}}.b{font-weight:600}`;
    return (el('svg', {
        xmlns: 'http://www.w3.org/2000/svg',
        width,
        height,
        viewBox: `0 0 ${width} ${height}`,
        role: 'img',
        'aria-labelledby': `${name}-title ${name}-desc`,
        ...a,
    }, [
        el('title', { id: `${name}-title` }, [esc(title)]),
        el('desc', { id: `${name}-desc` }, [esc(desc)]),
        el('style', {}, [style]),
        ...body,
    ]) + '\n');
}
/** The chart for an athlete with nothing to plot yet: the frame, the title and why. */
function emptyChart(name, width, height, title, message) {
    return svgDoc(name, width, height, title, message, [
        text(12, 20, title, { class: 'b', 'font-size': 13 }),
        el('rect', {
            x: 12,
            y: 32,
            width: width - 24,
            height: height - 44,
            rx: 6,
            fill: 'none',
            stroke: COLOURS.grid,
            'stroke-opacity': 0.5,
            'stroke-dasharray': '4 4',
        }),
        text(width / 2, 32 + (height - 44) / 2 + 4, message, { 'text-anchor': 'middle', 'data-empty': 'true' }),
    ]);
}
const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** A calendar day "YYYY-MM-DD" as a day number (days since 1970-01-01), or null when it is not one. */
function dayNumber(iso) {
    if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(iso))
        return null;
    const ms = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(ms) ? null : Math.round(ms / DAY_MS);
}
/** The day number back as "YYYY-MM-DD". */
function isoDay(n) {
    return new Date(n * DAY_MS).toISOString().slice(0, 10);
}
/** "Feb 20" */
function shortDay(n) {
    const d = new Date(n * DAY_MS);
    return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
}
/** "Feb" for the first day of a month, else null (month ticks on a day axis). */
function monthStart(n) {
    const d = new Date(n * DAY_MS);
    return d.getUTCDate() === 1 ? MONTHS[d.getUTCMonth()] : null;
}
/** A finite number, or null for anything else (null, absent, NaN, a string). */
function finite(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
/** A JSON value as the JSON shows it (37.11 stays "37.11"; Python's 1.0 reads back as 1). */
function shown(v) {
    return String(v);
}
/** Text cut to `max` characters with an ellipsis. */
function clip(s, max) {
    return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}


/***/ })

};
