export const id = 964;
export const ids = [964];
export const modules = {

/***/ 5964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  finishOutputs: () => (/* binding */ finishOutputs),
  prepareStreams: () => (/* binding */ prepareStreams),
  startOutputs: () => (/* binding */ startOutputs)
});

// EXTERNAL MODULE: ./src/lib/py/json.ts
var json = __webpack_require__(7993);
// EXTERNAL MODULE: ./src/lib/py/index.ts + 6 modules
var py = __webpack_require__(898);
// EXTERNAL MODULE: ./src/lib/naive-time.ts
var naive_time = __webpack_require__(3282);
// EXTERNAL MODULE: ./src/derive/sports.ts
var sports = __webpack_require__(4052);
// EXTERNAL MODULE: ./src/derive/units.ts
var derive_units = __webpack_require__(1532);
;// CONCATENATED MODULE: ./src/derive/athlete.ts
/**
 * Athlete identity and settings: athlete_profile (explicit allow-list — the athlete record carries
 * secrets such as icu_api_key and is never serialised), per-sport thresholds.
 */




/** complete years between a YYYY-MM-DD date and today; null when missing/malformed */
function yearsSince(ctx, dateStr) {
    if (!(0,py/* truthy */.vN)(dateStr) || typeof dateStr !== 'string')
        return null;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dateStr))
        return null;
    const d = naive_time/* NaiveDateTime */.b8.parse(dateStr); // the pattern above guarantees it parses
    const t = ctx.now;
    const before = t.month < d.month || (t.month === d.month && t.day < d.day);
    return t.year - d.year - (before ? 1 : 0);
}
function composeLocation(...parts) {
    const kept = parts.filter((p) => typeof p === 'string' && (0,py/* strip */.bB)(p).length > 0).map(py/* strip */.bB);
    return kept.length ? kept.join(', ') : null;
}
function athleteProfile(ctx, athlete, units) {
    const dob = (0,py/* get */.Jt)(athlete, 'icu_date_of_birth');
    const activatedRaw = (0,py/* get */.Jt)(athlete, 'icu_activated');
    const activated = (0,py/* truthy */.vN)(activatedRaw) ? String(activatedRaw).slice(0, 10) : null;
    const height = (0,py/* get */.Jt)(athlete, 'height');
    return {
        date_of_birth: dob,
        age: yearsSince(ctx, dob),
        height_m: height,
        display: { height: (0,derive_units/* toDisplay */.W)(height, 'height', units) },
        display_preferences: units,
        sex: (0,py/* get */.Jt)(athlete, 'sex'),
        location: composeLocation((0,py/* get */.Jt)(athlete, 'city'), (0,py/* get */.Jt)(athlete, 'state'), (0,py/* get */.Jt)(athlete, 'country')),
        timezone: (0,py/* get */.Jt)(athlete, 'timezone'),
        platform_activated: activated,
        years_on_platform: yearsSince(ctx, activated),
    };
}
/**
 * Per sport family, the sportSettings entry with the most populated fields (ties → the
 * alphabetically smallest activity type). Null `sportSettings` / `types` lists count as empty.
 */
function buildSportThresholds(athlete) {
    const candidates = new Map();
    for (const sport of (0,py.or)((0,py/* get */.Jt)(athlete, 'sportSettings'), []) ?? []) {
        if (!sport || typeof sport !== 'object')
            continue;
        for (const sportType of (0,py.or)((0,py/* get */.Jt)(sport, 'types'), []) ?? []) {
            const family = (0,sports/* sportFamily */.PV)(sportType);
            if (!family)
                continue;
            const rawPace = (0,py/* get */.Jt)(sport, 'threshold_pace');
            const thresholdPace = rawPace !== null && rawPace !== 0 ? rawPace : null;
            const entry = {
                lthr: (0,py/* get */.Jt)(sport, 'lthr'),
                max_hr: (0,py/* get */.Jt)(sport, 'max_hr'),
                threshold_pace: thresholdPace,
                pace_units: thresholdPace !== null ? (0,py/* get */.Jt)(sport, 'pace_units') : null,
                ftp: (0,py.or)((0,py/* get */.Jt)(sport, 'ftp'), null),
                ftp_indoor: (0,py.or)((0,py/* get */.Jt)(sport, 'indoor_ftp'), null),
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


const CTL_DECAY = Math.exp(-1 / 42);
const ATL_DECAY = Math.exp(-1 / 7);
function computeFitness(ctx, input) {
    const apiCtl = (0,py/* get */.Jt)(input.todayWellness, 'ctl');
    const apiAtl = (0,py/* get */.Jt)(input.todayWellness, 'atl');
    const apiRamp = (0,py/* get */.Jt)(input.todayWellness, 'rampRate');
    let decayedCtl = null;
    let decayedAtl = null;
    let decayedRamp = null;
    if (input.yesterdayWellness !== null) {
        const y = input.yesterdayWellness.length ? input.yesterdayWellness[0] : {};
        const yc = (0,py/* get */.Jt)(y, 'ctl');
        const ya = (0,py/* get */.Jt)(y, 'atl');
        const yr = (0,py/* get */.Jt)(y, 'rampRate');
        decayedCtl = (0,py/* truthy */.vN)(yc) ? (0,py/* round */.LI)(yc * CTL_DECAY, 2) : null;
        decayedAtl = (0,py/* truthy */.vN)(ya) ? (0,py/* round */.LI)(ya * ATL_DECAY, 2) : null;
        decayedRamp = (0,py/* truthy */.vN)(yr) ? (0,py/* round */.LI)(yr * CTL_DECAY, 2) : null;
    }
    const todaysPlanned = input.events.filter((e) => (0,sports/* actDate */.BZ)(e) === ctx.today && sports/* TRAINING_EVENT_CATEGORIES */.FG.has(String((0,py/* get */.Jt)(e, 'category', ''))));
    const todaysActivities = input.activities7d.filter((a) => (0,sports/* actDate */.BZ)(a) === ctx.today);
    let ctl;
    let atl;
    let ramp;
    let source;
    if (todaysPlanned.length && !todaysActivities.length) {
        ctl = decayedCtl;
        atl = decayedAtl;
        ramp = (0,py/* truthy */.vN)(decayedRamp) ? decayedRamp : apiRamp;
        source = "Decayed from yesterday (today's planned workouts not yet completed)";
    }
    else {
        ctl = (0,py/* truthy */.vN)(apiCtl) ? (0,py/* round */.LI)(apiCtl, 2) : decayedCtl;
        atl = (0,py/* truthy */.vN)(apiAtl) ? (0,py/* round */.LI)(apiAtl, 2) : decayedAtl;
        ramp = (0,py/* truthy */.vN)(apiRamp) ? (0,py/* round */.LI)(apiRamp, 2) : decayedRamp;
        source = 'From Intervals.icu API (reflects completed workouts)';
    }
    const tsb = ctl !== null && atl !== null ? (0,py/* round */.LI)(ctl - atl, 2) : null;
    return { ctl, atl, tsb, ramp_rate: ramp, fitness_source: source };
}
/** eFTP, W′ and P-max from today's wellness: its first sportInfo entry of type Ride. */
function powerModelFromWellness(todayWellness) {
    const info = ((0,py.or)((0,py/* get */.Jt)(todayWellness, 'sportInfo'), []) ?? []).find((s) => s && (0,py/* get */.Jt)(s, 'type') === 'Ride');
    if (!info)
        return { eftp: null, w_prime: null, w_prime_kj: null, p_max: null, source: 'unavailable' };
    const eftp = (0,py/* get */.Jt)(info, 'eftp');
    const w = (0,py/* get */.Jt)(info, 'wPrime');
    const p = (0,py/* get */.Jt)(info, 'pMax');
    return {
        eftp: (0,py/* truthy */.vN)(eftp) ? (0,py/* round */.LI)(eftp, 1) : null,
        w_prime: (0,py/* truthy */.vN)(w) ? (0,py/* round */.LI)(w) : null,
        w_prime_kj: (0,py/* truthy */.vN)(w) ? (0,py/* round */.LI)(w / 1000, 1) : null,
        p_max: (0,py/* truthy */.vN)(p) ? (0,py/* round */.LI)(p) : null,
        source: 'wellness.sportInfo',
    };
}

// EXTERNAL MODULE: ./src/derive/ftp-history.ts
var ftp_history = __webpack_require__(3096);
// EXTERNAL MODULE: ./src/derive/history/index.ts + 7 modules
var derive_history = __webpack_require__(2397);
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

;// CONCATENATED MODULE: ./src/derive/calendar/health.ts



/** HEALTH_EVENT_LOOKBACK_DAYS: a span still marked today may have begun long before the event fetch floor */
const HEALTH_EVENT_LOOKBACK_DAYS = 365;
/** HEALTH_EVENT_LOOKAHEAD_DAYS: matches the main event fetch horizon */
const HEALTH_EVENT_LOOKAHEAD_DAYS = 90;
/** HEALTH_RECENT_WINDOW_DAYS: matches the 14-day illness-or-injury test gate */
const HEALTH_RECENT_WINDOW_DAYS = 14;
const HEALTH_CONTEXT_NOTE = "Athlete-reported illness / injury context. NOT a readiness input - readiness_decision is physiological and may read 'go' while clarification_required is true. Calendar markers are matched on the Intervals.icu category (SICK / INJURED), never the event title. end_date is the INCLUSIVE last CALENDAR-MARKED day (Intervals stores an exclusive end) - not the last day the athlete was unwell. end_date_local is the end of the calendar MARKING, not evidence the illness ended - illness is normally marked for the current day because recovery cannot be predicted, so a marker in 'recent' with none in 'current' means recovery status is UNKNOWN, not recovered. When clarification_required is true, do not give an unqualified full-program recommendation: acknowledge a current marker and establish severity, or ask whether the athlete has recovered after a recent one. Never an automatic Skip, and never grounds to relax an existing Skip. source_status 'partial' means the dedicated health fetch failed and this block was built from the narrower main event window: marker_active and recent_marker are omitted because they were not established, and an empty list is not evidence of no marker. A span beginning before lookback_days is not visible.";
function strField(v) {
    return typeof v === 'string' ? v : '';
}
function isHealthCategory(cat) {
    return typeof cat === 'string' && sports/* HEALTH_EVENT_CATEGORIES */.T3.has(cat);
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
/**
 * The latest wellness injury value when it is 2 or worse, and whether it asks for
 * clarification: only a value recorded today (freshness "current") of 3 or worse does; a stale
 * value is shown but triggers nothing.
 */
function wellnessInjuryOf(latestWellness, todayDt) {
    const injury = (0,py/* get */.Jt)(latestWellness ?? {}, 'injury');
    if (!(0,py/* isNum */.T6)(injury) || injury < 2)
        return { injury: null, clarify: false };
    const injuryDate = (0,py/* get */.Jt)(latestWellness, 'id');
    let daysOld = null;
    if ((0,py/* truthy */.vN)(injuryDate)) {
        const d = strptimeYmd((0,py/* pyStr */.rD)(injuryDate).slice(0, 10));
        daysOld = d ? todayDt.daysSince(d) : null;
    }
    const freshness = daysOld === 0 ? 'current' : 'stale';
    return {
        injury: {
            value: injury,
            date: injuryDate,
            freshness,
            series: 'wellness_data[].injury / history.json daily_90d[].injury',
            ...(daysOld !== null ? { days_old: daysOld } : {}),
        },
        clarify: freshness === 'current' && injury >= 3,
    };
}
/** The health_context block of latest.json from the calendar markers and the latest wellness record. */
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
    const partial = input.healthEvents === null;
    const sourceStatus = partial ? 'partial' : 'ok';
    const lookbackDays = partial ? fallbackLookbackDays : HEALTH_EVENT_LOOKBACK_DAYS;
    const sourceEvents = input.healthEvents ?? input.fallbackEvents ?? [];
    const current = [];
    const recent = [];
    const upcoming = [];
    for (const evt of sourceEvents) {
        if (!(0,py/* isDict */.Zm)(evt))
            continue;
        const cat = (0,py/* get */.Jt)(evt, 'category', '');
        if (!isHealthCategory(cat))
            continue;
        const start = strField((0,py/* get */.Jt)(evt, 'start_date_local')).slice(0, 10);
        if (!start)
            continue;
        const endDate = inclusiveEndDate(start, (0,py/* get */.Jt)(evt, 'end_date_local'));
        const active = start <= today && today <= endDate;
        const name = (0,py/* strip */.bB)(strField((0,py/* get */.Jt)(evt, 'name')));
        const desc = (0,py/* strip */.bB)(strField((0,py/* get */.Jt)(evt, 'description')));
        const entry = {
            event_id: (0,py/* get */.Jt)(evt, 'id'),
            category: cat,
            start_date: start,
            end_date: endDate,
            marker_active_today: active,
            source: 'calendar',
            ...(name ? { name } : {}),
            ...(desc ? { description: desc } : {}),
        };
        if (start > today) {
            upcoming.push(entry);
        }
        else if (active) {
            current.push(entry);
        }
        else if (endDate >= recentCutoff) {
            // days_since_end supports the 14-day illness gate without date arithmetic downstream
            const end = strptimeYmd(endDate);
            recent.push({ ...entry, days_since_end: end ? todayDt.daysSince(end) : null });
        }
    }
    const order = (e) => [e.start_date, e.category, (0,py/* pyStr */.rD)(e.event_id)];
    const currentS = (0,py/* sorted */.IP)(current, order);
    const recentS = (0,py/* sorted */.IP)(recent, order);
    const upcomingS = (0,py/* sorted */.IP)(upcoming, order);
    const { injury: wellnessInjury, clarify: injuryRequiresClarification } = wellnessInjuryOf(input.latestWellness, todayDt);
    // marker_active / recent_marker are omitted under "partial": they were not established
    return {
        source_status: sourceStatus,
        ...(sourceStatus === 'ok' ? { marker_active: currentS.length > 0, recent_marker: recentS.length > 0 && currentS.length === 0 } : {}),
        clarification_required: currentS.length > 0 || recentS.length > 0 || injuryRequiresClarification || sourceStatus !== 'ok',
        lookback_days: lookbackDays,
        recent_window_days: HEALTH_RECENT_WINDOW_DAYS,
        current: currentS,
        recent: recentS,
        upcoming: upcomingS,
        ...(wellnessInjury ? { wellness_injury: wellnessInjury } : {}),
        note: HEALTH_CONTEXT_NOTE,
    };
}

// EXTERNAL MODULE: ./src/derive/format.ts
var format = __webpack_require__(6856);
// EXTERNAL MODULE: ./src/derive/diagnostics.ts
var derive_diagnostics = __webpack_require__(3699);
;// CONCATENATED MODULE: ./src/derive/calendar/step-values.ts
/**
 * The nodes of an Intervals.icu `workout_doc`. The Python operations the reference applies to
 * their values (arithmetic, comparisons, int(), float(), round(), dict.get) are src/lib/py/ops.ts;
 * each raises a `PyError` where Python raises, which the renderers catch where the reference does.
 */

function isNode(v) {
    return (0,py/* isDict */.Zm)(v);
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
 * arithmetic, a str/int comparison, int("abc")) raises a `PyError` (src/lib/py/ops.ts), caught at exactly
 * the level where the reference has its `try/except`, so a malformed tree degrades the same
 * way the reference degrades (the step or the summary is dropped) and never escapes.
 *
 * Targets rendered: resolved power (`_power`, else `power`) as "@NW", else HR (`_hr`, else
 * `hr`) as "@Nbpm", else duration only (ramps, pace targets, free ride).
 */




/**
 * A step duration as "1h2m3s". Integers go through the shared formatter; a non-integral float
 * (only a Python float can be one) keeps Python's float arithmetic: 90.5 → "1.0m30.5s".
 */
function formatStepDuration(seconds) {
    if ((0,py/* pyCmp */.uH)(seconds, 0) <= 0)
        return '0s';
    const s = (0,py/* pyNum */.iz)(seconds);
    if (Number.isInteger(s))
        return (0,format/* formatDuration */.a)(s);
    const hours = Math.floor(s / 3600);
    const minutes = Math.floor((s % 3600) / 60);
    const secs = s % 60;
    let out = '';
    if ((0,py/* truthy */.vN)(hours))
        out += `${(0,py/* reprFloat */.yI)(hours)}h`;
    if ((0,py/* truthy */.vN)(minutes))
        out += `${(0,py/* reprFloat */.yI)(minutes)}m`;
    if ((0,py/* truthy */.vN)(secs))
        out += `${(0,py/* reprFloat */.yI)(secs)}s`;
    return out !== '' ? out : '0s';
}
/** The resolved power target of a step (`_power`, else `power`) as a float, or null. Never raises. */
function getPower(step) {
    try {
        const power = (0,py/* truthy */.vN)((0,py/* pyDictGet */.mN)(step, '_power')) ? (0,py/* pyDictGet */.mN)(step, '_power') : (0,py/* pyDictGet */.mN)(step, 'power');
        if ((0,py/* truthy */.vN)(power) && isNode(power)) {
            const val = power.value;
            if (val !== null && val !== undefined)
                return (0,py/* pyFloatOf */.fD)(val);
        }
        return null;
    }
    catch (e) {
        // the reference's except: this renderer gives up and the caller falls back
        (0,derive_diagnostics/* degraded */.$o)('planned_workouts.workout_doc (getPower)', e);
        return null;
    }
}
/** "@NW" / "@Nbpm" target suffix shared by the flat and work-step renderers ('' = none). */
function hrSuffix(step) {
    const hr = (0,py/* truthy */.vN)((0,py/* pyDictGet */.mN)(step, '_hr')) ? (0,py/* pyDictGet */.mN)(step, '_hr') : (0,py/* pyDictGet */.mN)(step, 'hr');
    if ((0,py/* truthy */.vN)(hr) && isNode(hr)) {
        const val = hr.value;
        if (val !== null && val !== undefined)
            return `@${(0,py/* pyIntRound */.lC)(val)}bpm`;
    }
    return null;
}
/** A non-repeat step as 'duration @NW' (or '@Nbpm', or the duration alone), or null. */
function renderFlatStep(step) {
    try {
        const dur = (0,py/* pyDictGet */.mN)(step, 'duration');
        if (!(0,py/* truthy */.vN)(dur) || (typeof dur !== 'number' && typeof dur !== 'boolean'))
            return null; // isinstance(dur, (int, float))
        const durStr = formatStepDuration((0,py/* pyInt */.FB)(dur));
        const power = (0,py/* truthy */.vN)((0,py/* pyDictGet */.mN)(step, '_power')) ? (0,py/* pyDictGet */.mN)(step, '_power') : (0,py/* pyDictGet */.mN)(step, 'power');
        if ((0,py/* truthy */.vN)(power) && isNode(power)) {
            const val = power.value;
            if (val !== null && val !== undefined)
                return `${durStr} @${(0,py/* pyIntRound */.lC)(val)}W`;
        }
        const hr = hrSuffix(step);
        if (hr)
            return `${durStr} ${hr}`;
        return durStr;
    }
    catch (e) {
        // the reference's except: this renderer gives up and the caller falls back
        (0,derive_diagnostics/* degraded */.$o)('planned_workouts.workout_doc (renderFlatStep)', e);
        return null;
    }
}
/** The work step of a repeat as 'dur @NW' (or '@Nbpm', or the duration alone), or null. */
function describeWorkStep(step) {
    try {
        const dur = (0,py/* pyDictGet */.mN)(step, 'duration');
        if (!(0,py/* truthy */.vN)(dur))
            return null;
        const durStr = formatStepDuration((0,py/* pyInt */.FB)(dur));
        const power = getPower(step);
        if (power !== null)
            return `${durStr} @${(0,py/* pyIntRound */.lC)(power)}W`;
        const hr = hrSuffix(step);
        if (hr)
            return `${durStr} ${hr}`;
        return durStr;
    }
    catch (e) {
        // the reference's except: this renderer gives up and the caller falls back
        (0,derive_diagnostics/* degraded */.$o)('planned_workouts.workout_doc (describeWorkStep)', e);
        return null;
    }
}
/** The rest step of a repeat: its duration only, or null. */
function describeRestDuration(step) {
    try {
        const dur = (0,py/* pyDictGet */.mN)(step, 'duration');
        if (!(0,py/* truthy */.vN)(dur))
            return null;
        return formatStepDuration((0,py/* pyInt */.FB)(dur));
    }
    catch (e) {
        // the reference's except: this renderer gives up and the caller falls back
        (0,derive_diagnostics/* degraded */.$o)('planned_workouts.workout_doc (describeRestDuration)', e);
        return null;
    }
}
/**
 * A repeat whose nested steps are a set that the builder unrolled into work/rest pairs
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
            const firstDur = (0,py/* pyDictGet */.mN)(first, 'duration', 0);
            const secondDur = (0,py/* pyDictGet */.mN)(second, 'duration', 0);
            if (firstPower !== null && secondPower !== null && firstPower <= secondPower && (0,py/* pyCmp */.uH)(firstDur, secondDur) > 0) {
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
            const wDur = (0,py/* pyDictGet */.mN)(work, 'duration');
            const rDur = (0,py/* pyDictGet */.mN)(rest, 'duration');
            if (wPower === null || rPower === null || wDur === null || rDur === null)
                return null;
            wPower = (0,py/* pyIntRound */.lC)(wPower);
            rPower = (0,py/* pyIntRound */.lC)(rPower);
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
            const tDur = (0,py/* pyDictGet */.mN)(trailing, 'duration');
            if (tPower !== null && tDur !== null && pairs.length) {
                const [refWd, refWp] = pairs[0];
                if ((0,py/* pyEq */._i)(tDur, refWd) && Math.abs((0,py/* pyIntRound */.lC)(tPower) - refWp) <= 2)
                    hasTrailing = true;
            }
        }
        if (pairs.length + (hasTrailing ? 1 : 0) < 3)
            return null;
        const [refWDur, refWPower, refRDur, refRPower] = pairs[0];
        for (let j = 0; j < pairs.length; j++) {
            const [wd, wp, rd, rp] = pairs[j];
            if (!(0,py/* pyEq */._i)(wd, refWDur))
                return null;
            if (Math.abs(wp - refWPower) > 2)
                return null;
            if (Math.abs(rp - refRPower) > 2)
                return null;
            if (!(0,py/* pyEq */._i)(rd, refRDur) && j < pairs.length - 1)
                return null;
        }
        const nReps = pairs.length + (hasTrailing ? 1 : 0);
        const inner = `${nReps}×${formatStepDuration(refWDur)} @${(0,py/* pyIntRound */.lC)(refWPower)}W / ${formatStepDuration(refRDur)} rec`;
        if ((0,py/* pyCmp */.uH)(outerReps, 1) > 0) {
            if (setRec !== null)
                return `${(0,py/* pyStr */.rD)(outerReps)} sets × ${inner} (${formatStepDuration((0,py/* pyDictGet */.mN)(setRec, 'duration', 0))} set rec)`;
            return `${(0,py/* pyStr */.rD)(outerReps)} sets × ${inner}`;
        }
        if (setRec !== null)
            return `${inner} (${formatStepDuration((0,py/* pyDictGet */.mN)(setRec, 'duration', 0))} set rec)`;
        return inner;
    }
    catch (e) {
        // the reference's except: this renderer gives up and the caller falls back
        (0,derive_diagnostics/* degraded */.$o)('planned_workouts.workout_doc (detectAlternatingInNested)', e);
        return null;
    }
}
/** A repeat step as "N×work / rest rec", an alternating set, or null when too complex. */
function renderRepeatBlock(step) {
    try {
        const reps = (0,py/* pyDictGet */.mN)(step, 'reps', 1);
        const nested = (0,py/* pyDictGet */.mN)(step, 'steps', []);
        if (!(0,py/* truthy */.vN)(nested) || !Array.isArray(nested))
            return null;
        if (nested.length === 2) {
            const workStr = describeWorkStep(nested[0]);
            const restStr = describeRestDuration(nested[1]);
            if (workStr && restStr)
                return `${(0,py/* pyStr */.rD)(reps)}×${workStr} / ${restStr} rec`;
            if (workStr)
                return `${(0,py/* pyStr */.rD)(reps)}×${workStr}`;
            return null;
        }
        if (nested.length >= 3) {
            const result = detectAlternatingInNested(nested, reps);
            if (result)
                return result;
        }
        return null;
    }
    catch (e) {
        // the reference's except: this renderer gives up and the caller falls back
        (0,derive_diagnostics/* degraded */.$o)('planned_workouts.workout_doc (renderRepeatBlock)', e);
        return null;
    }
}
/** One top-level step: a repeat block or a flat step, or null (not a step, or not renderable). */
function renderStep(step) {
    if (!isNode(step))
        return null;
    if ('reps' in step && 'steps' in step && Array.isArray(step.steps))
        return renderRepeatBlock(step);
    return renderFlatStep(step);
}
/** Consecutive identical parts become "N × part"; joined by " | ". */
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
/** Pattern A (explicit repeats): the rendered steps, null unless at least one part is an interval block. */
function summarizeWorkoutDoc(workoutDoc) {
    if (!(0,py/* truthy */.vN)(workoutDoc) || !isNode(workoutDoc))
        return null;
    const steps = workoutDoc.steps;
    if (!(0,py/* truthy */.vN)(steps) || !Array.isArray(steps))
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
 * One block of unrolled work/rest pairs: consume pairs from `start`.
 * Returns [count, workDur, workPower, restDur] or null.
 */
function tryAlternatingBlock(stepData, start) {
    try {
        const [refWDur, refWPowerRaw] = stepData[start];
        const [refRDur, refRPowerRaw] = stepData[start + 1];
        if (refWPowerRaw === null || refRPowerRaw === null)
            return null;
        const refWPower = (0,py/* pyIntRound */.lC)(refWPowerRaw);
        const refRPower = (0,py/* pyIntRound */.lC)(refRPowerRaw);
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
            const wp = (0,py/* pyIntRound */.lC)(wpRaw);
            const rp = (0,py/* pyIntRound */.lC)(rpRaw);
            if (Math.abs((0,py/* pyNum */.iz)(wd) - (0,py/* pyNum */.iz)(refWDur)) > 1)
                break;
            if (Math.abs(wp - refWPower) > 2)
                break;
            if (Math.abs(rp - refRPower) > 2)
                break;
            if (Math.abs((0,py/* pyNum */.iz)(rd) - (0,py/* pyNum */.iz)(refRDur)) > 2) {
                // a long rest (>= 1.5x) is a set break: always consumed as the tail
                if ((0,py/* pyNum */.iz)(rd) >= (0,py/* pyNum */.iz)(refRDur) * 1.5) {
                    count++;
                    j += 2;
                    break;
                }
                if (j + 3 < stepData.length) {
                    const [nwd, nwp] = stepData[j + 2];
                    if (nwd !== null && Math.abs((0,py/* pyNum */.iz)(nwd) - (0,py/* pyNum */.iz)(refWDur)) <= 1 && nwp !== null && Math.abs((0,py/* pyIntRound */.lC)(nwp) - refWPower) <= 2) {
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
            if (wd !== null && wp !== null && Math.abs((0,py/* pyNum */.iz)(wd) - (0,py/* pyNum */.iz)(refWDur)) <= 1 && Math.abs((0,py/* pyIntRound */.lC)(wp) - refWPower) <= 2) {
                count++;
            }
        }
        if (count < 3)
            return null;
        return [count, refWDur, refWPower, refRDur];
    }
    catch (e) {
        // the reference's except: this renderer gives up and the caller falls back
        (0,derive_diagnostics/* degraded */.$o)('planned_workouts.workout_doc (tryAlternatingBlock)', e);
        return null;
    }
}
/**
 * Pattern B: alternating high/low power steps at the top level,
 * without repeat markers (e.g. sprint openers). Null unless one block of >= 3 reps is found.
 *
 * As in the reference, after a block the scan skips count×2 steps even when the last rep was a
 * trailing work step without its rest, so the step right after such a block is not rendered.
 */
function detectFlatAlternating(workoutDoc) {
    try {
        if (!isNode(workoutDoc))
            return null;
        const steps = workoutDoc.steps;
        if (!(0,py/* truthy */.vN)(steps) || !Array.isArray(steps) || steps.length < 6)
            return null;
        if (steps.some((s) => isNode(s) && (0,py/* truthy */.vN)(s.reps)))
            return null;
        const stepData = [];
        for (const s of steps) {
            if (!isNode(s))
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
                    parts.push(`${count}×${formatStepDuration(workDur)} @${(0,py/* pyIntRound */.lC)(workPower)}W / ${formatStepDuration(restDur)} rec`);
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
    catch (e) {
        // the reference's except: this renderer gives up and the caller falls back
        (0,derive_diagnostics/* degraded */.$o)('planned_workouts.workout_doc (detectFlatAlternating)', e);
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





/** str(x)[:10]-style access to a string field (non-strings read as absent). */
function str(v) {
    return typeof v === 'string' ? v : '';
}
/** Whole seconds of a duration, truncated (absent, zero or non-numeric reads as 0). */
function intSeconds(v) {
    const x = (0,py.or)(v, 0);
    if (typeof x === 'number' && Number.isFinite(x))
        return Math.trunc(x);
    if (typeof x === 'boolean')
        return x ? 1 : 0;
    return 0;
}
/** A duration in seconds as hours to two decimals (absent or zero reads as 0). */
function durationHours(v) {
    return (0,py/* round */.LI)(intSecondsFloat(v) / 3600, 2);
}
function intSecondsFloat(v) {
    const x = (0,py.or)(v, 0);
    if (typeof x === 'number' && Number.isFinite(x))
        return x;
    if (typeof x === 'boolean')
        return x ? 1 : 0;
    return 0;
}
/** "HH:MM" of a start_date_local that carries a real (non-midnight) time, else undefined. */
function startTime(raw) {
    const s = str(raw);
    if (!s.includes('T'))
        return undefined;
    const t = s.split('T')[1].slice(0, 5);
    return t !== '00:00' ? t : undefined;
}
/** The first three non-blank lines of a description (stripped), or null when it has none. */
function descriptionPreview(clean) {
    const lines = clean
        .split('\n')
        .map((l) => (0,py/* strip */.bB)(l))
        .filter((l) => l)
        .slice(0, 3);
    return lines.length ? lines.join('\n') : null;
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
        const stripped = (0,py/* strip */.bB)(line);
        if (!pastNotes && stripped.toUpperCase().startsWith('NOTE:')) {
            const text = (0,py/* strip */.bB)(stripped.slice(5));
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
    return { notes, clean: (0,py/* strip */.bB)(clean.join('\n')) };
}
/**
 * One planned_workouts row per near-future calendar entry, in the API's order, and the
 * workout_summary coverage counts: days 0-7 carry the description, later days a skeleton.
 */
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
        const evtDate = String((0,py.or)(str((0,py/* get */.Jt)(evt, 'start_date_local')), 'unknown')).slice(0, 10);
        const isNear = evtDate <= day7Cutoff;
        const workoutDoc = (0,py/* get */.Jt)(evt, 'workout_doc');
        let summary = null;
        if ((0,py/* truthy */.vN)(workoutDoc) && typeof workoutDoc === 'object' && !Array.isArray(workoutDoc) && (0,py/* truthy */.vN)(workoutDoc.steps)) {
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
        else if ((0,py/* strip */.bB)(str((0,py.or)((0,py/* get */.Jt)(evt, 'description'), ''))) && sports/* TRAINING_EVENT_CATEGORIES */.FG.has((0,py/* get */.Jt)(evt, 'category', ''))) {
            // v3.128: only planned training counts as a summarisation candidate
            stats.bail_no_workout_doc++;
        }
        const { notes, clean } = splitCoachNotes(str((0,py.or)((0,py/* get */.Jt)(evt, 'description'), '')));
        const id = (0,py/* get */.Jt)(evt, 'id', `unknown_${i + 1}`);
        const st = startTime((0,py/* get */.Jt)(evt, 'start_date_local'));
        const entry = {
            id,
            date: evtDate,
            name: (0,py/* get */.Jt)(evt, 'name', ''),
            type: (0,py/* get */.Jt)(evt, 'category', ''),
            sport_type: (0,py/* get */.Jt)(evt, 'type', ''),
            planned_tss: (0,py/* get */.Jt)(evt, 'icu_training_load'),
            duration_hours: durationHours((0,py/* get */.Jt)(evt, 'moving_time')),
            duration_formatted: (0,format/* formatDuration */.a)(intSeconds((0,py/* get */.Jt)(evt, 'moving_time'))),
            workout_summary: summary,
            has_terrain: id !== null && terrainEventIds.has(String(id)),
            ...(notes.length ? { coach_notes: notes } : {}),
            ...(st !== undefined ? { start_time: st } : {}),
            ...((0,py/* truthy */.vN)((0,py/* get */.Jt)(evt, 'indoor')) ? { indoor: true } : {}),
            // days 0-7: the full description; later: a preview only when no summary could be built
            ...(isNear ? { description: clean } : summary === null ? { description_preview: descriptionPreview(clean) } : {}),
        };
        planned.push(entry);
    });
    return { planned, stats };
}

;// CONCATENATED MODULE: ./src/derive/calendar/race.ts





const RACE_CATEGORIES = new Set(['RACE_A', 'RACE_B', 'RACE_C']);
function isRaceCategory(cat) {
    return typeof cat === 'string' && RACE_CATEGORIES.has(cat);
}
function isRaceWeekCandidate(r) {
    return (r.category === 'RACE_A' || r.category === 'RACE_B') && r.daysUntil <= 7;
}
/**
 * The race_calendar block: every RACE_A/B/C event dated today or later (soonest first), the
 * taper alert and the race-week protocol.
 */
function buildRaceCalendarBlock(today, input) {
    const todayDate = strptimeYmd(today);
    if (!todayDate)
        throw new Error(`invalid today: ${today}`);
    const races = [];
    for (const evt of input.futureEvents) {
        const cat = (0,py/* get */.Jt)(evt, 'category', '');
        if (!isRaceCategory(cat))
            continue;
        const rawStart = (0,py/* get */.Jt)(evt, 'start_date_local', '');
        const start = typeof rawStart === 'string' ? rawStart.slice(0, 10) : '';
        if (!start)
            continue;
        const evtDate = strptimeYmd(start);
        if (!evtDate)
            continue; // strptime ValueError → skipped
        const daysUntil = evtDate.daysSince(todayDate);
        if (daysUntil < 0)
            continue;
        const distanceMeters = (0,py/* get */.Jt)(evt, 'distance');
        const distanceKm = (0,py/* truthy */.vN)(distanceMeters) && typeof distanceMeters === 'number' ? distanceMeters / 1000 : null;
        const id = (0,py/* get */.Jt)(evt, 'id');
        const st = startTime((0,py/* get */.Jt)(evt, 'start_date_local'));
        const entry = {
            name: (0,py/* get */.Jt)(evt, 'name', 'Unnamed Race'),
            date: start,
            category: cat,
            type: (0,py/* get */.Jt)(evt, 'type', 'Unknown'),
            days_until: daysUntil,
            moving_time_seconds: (0,py/* get */.Jt)(evt, 'moving_time'),
            distance_meters: distanceMeters,
            // a distance display is always km or mi (toDisplay's return type names only a unit string)
            display: { distance: (0,derive_units/* toDisplay */.W)(distanceKm, 'distance', input.units) },
            has_terrain: id !== null && input.terrainEventIds.has(String(id)),
            ...(st !== undefined ? { start_time: st } : {}),
            ...((0,py/* truthy */.vN)((0,py/* get */.Jt)(evt, 'indoor')) ? { indoor: true } : {}),
        };
        races.push({
            public: entry,
            name: entry.name,
            date: start,
            evtDate,
            category: cat,
            type: entry.type,
            daysUntil,
            movingTime: entry.moving_time_seconds,
        });
    }
    // by days_until; Array.prototype.sort is stable, as Python's sort is
    const sortedRaces = [...races].sort((a, b) => a.daysUntil - b.daysUntil);
    const allRaces = sortedRaces.map((r) => r.public);
    const nextRace = allRaces.length ? allRaces[0] : null;
    const taperRace = sortedRaces.find((r) => r.category === 'RACE_A' && r.daysUntil >= 8 && r.daysUntil <= 14);
    const taperAlert = taperRace
        ? {
            active: true,
            event_name: taperRace.name,
            event_date: taperRace.date,
            days_until: taperRace.daysUntil,
            message: `RACE_A '${(0,py/* pyStr */.rD)(taperRace.name)}' in ${taperRace.daysUntil} days. ` +
                'Begin volume reduction (target 41-60% over 2 weeks). Maintain intensity. ' +
                'CTL should peak now or within the next few days.',
        }
        : { active: false };
    const candidates = sortedRaces.filter(isRaceWeekCandidate);
    let target;
    if (candidates.length)
        target = candidates.find((r) => r.category === 'RACE_A') ?? candidates[0];
    const raceWeek = target ? buildRaceWeek(target, input, todayDate) : { active: false };
    return { next_race: nextRace, all_races: allRaces, taper_alert: taperAlert, race_week: raceWeek };
}
/** Python `x if x else 0` on a numeric input */
function orZero(x) {
    return x !== null && (0,py/* truthy */.vN)(x) ? x : 0;
}
const TSB_TARGETS = {
    short_intense: { min: 5, max: 15 },
    medium: { min: 10, max: 20 },
    long_endurance: { min: 10, max: 25 },
};
/**
 * str() of each race-week block's projected_race_day_tsb as Python prints it: the value is an int
 * (printed "0") only when neither CTL nor ATL was set and no decay step ran, a float otherwise.
 * JSON cannot carry that difference, so consumers of the block (race alerts) read it here.
 */
const projectedTsbTexts = new WeakMap();
function projectedTsbText(raceWeek) {
    return projectedTsbTexts.get(raceWeek);
}
/**
 * The race-week protocol for D-7 .. D-0 of the target race: TSS budget (40-55% of the normal
 * week for an A race, 50-65% for a B race), race-day TSB projected with no further load, the
 * day's protocol, carb loading, the opener and the go/no-go check.
 */
function buildRaceWeek(race, input, todayDate) {
    const evtDate = race.evtDate;
    const daysUntil = race.daysUntil;
    const category = race.category;
    const movingTime = race.movingTime;
    const hasMovingTime = movingTime !== null && movingTime !== undefined;
    const mt = typeof movingTime === 'number' ? movingTime : Number(movingTime);
    const currentDay = daysUntil > 0 ? `D-${daysUntil}` : 'D-0';
    const ctlBaseline = orZero(input.ctl);
    const normalWeeklyTss = (0,py/* round */.LI)(ctlBaseline * 7, 1);
    const [minPct, maxPct] = category === 'RACE_A' ? [0.4, 0.55] : [0.5, 0.65];
    const budgetMin = (0,py/* round */.LI)(normalWeeklyTss * minPct);
    const budgetMax = (0,py/* round */.LI)(normalWeeklyTss * maxPct);
    // TSS already spent in the race week (race date - 7 .. today)
    const raceWeekStart = evtDate.addDays(-7);
    let tssSpent = 0;
    for (const act of input.activities7d) {
        const raw = (0,py/* get */.Jt)(act, 'start_date_local', '');
        const ds = typeof raw === 'string' ? raw.slice(0, 10) : '';
        if (!ds)
            continue;
        const ad = strptimeYmd(ds);
        if (!ad)
            continue;
        if (raceWeekStart.ms <= ad.ms && ad.ms <= todayDate.ms) {
            const load = (0,py.or)((0,py/* get */.Jt)(act, 'icu_training_load', 0), 0);
            tssSpent += typeof load === 'number' ? load : 0;
        }
    }
    tssSpent = (0,py/* round */.LI)(tssSpent);
    // race-day TSB assuming zero load from today on
    let projCtl = orZero(input.ctl);
    let projAtl = orZero(input.atl);
    for (let k = 0; k < daysUntil; k++) {
        projCtl *= CTL_DECAY;
        projAtl *= ATL_DECAY;
    }
    const projectedTsb = (0,py/* round */.LI)(projCtl - projAtl, 1);
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
    const tsbIsInt = daysUntil === 0 && !(0,py/* truthy */.vN)(input.ctl) && !(0,py/* truthy */.vN)(input.atl);
    const tsbStr = tsbIsInt ? String(projectedTsb) : (0,py/* reprFloat */.yI)(projectedTsb);
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
        ctl_baseline: (0,py/* round */.LI)(ctlBaseline, 1),
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
/**
 * Today's protocol in the race week: label, TSS band from CTL, zones and purpose; the opener
 * (D-2) and the easy days (D-4, D-3) adapt to the race's duration class. Before the race week,
 * normal training without a band.
 */
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
        load_target_tss: { min: (0,py/* round */.LI)(ctl * minPct), max: (0,py/* round */.LI)(ctl * maxPct) },
        zones,
        purpose,
    };
}

;// CONCATENATED MODULE: ./src/derive/calendar/index.ts



/** planned_workouts and workout_summary_stats of the near-future events; `terrainEventIds` gives has_terrain. */
function formatEvents(ctx, events, terrainEventIds = new Set()) {
    const { planned, stats } = formatPlannedEvents(ctx.today, events, terrainEventIds);
    return { planned, summaryStats: { ...stats } };
}
/** race_calendar; `terrainEventIds` are the event ids with a route terrain_summary. */
function buildRaceCalendar(ctx, input) {
    return buildRaceCalendarBlock(ctx.today, input);
}
/** health_context; `healthEvents` null means the dedicated SICK/INJURED fetch failed. */
function buildHealthContext(ctx, input) {
    return buildHealthContextBlock(ctx.today, input);
}

// EXTERNAL MODULE: ./src/snapshot/plan/terrain.ts
var terrain = __webpack_require__(5867);
;// CONCATENATED MODULE: ./src/derive/terrain/display.ts

// toDisplay types the unit of every kind as a string; each kind writes only its two units
// (km/mi, m/ft, m/km or ft/mi), which are the contract's.
const distance = (km, units) => (0,derive_units/* toDisplay */.W)(km, 'distance', units);
const elevation = (m, units) => (0,derive_units/* toDisplay */.W)(m, 'elevation', units);
const perDistance = (mPerKm, units) => (0,derive_units/* toDisplay */.W)(mPerKm, 'elevation_per_distance', units);
/** The display block of a terrain summary (null values where the canonical one is absent). */
function terrainDisplay(distanceKm, elevationM, elevationPerKm, units) {
    return {
        total_distance: distance(distanceKm, units),
        total_elevation: elevation(elevationM, units),
        elevation_per_distance: perDistance(elevationPerKm, units),
    };
}
/** The display block of a climb or descent. */
function segmentDisplay(positionKm, distanceKm, elevationM, units) {
    return {
        position: distance(positionKm, units),
        distance: distance(distanceKm, units),
        elevation: elevation(elevationM, units),
    };
}

;// CONCATENATED MODULE: ./src/derive/terrain/grades.ts

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
        // `!(x > 0)` also stops on NaN, and a walk that did not move stops: the loop always ends
        if (!(chunkDist > 0) || j <= i)
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
            flat_pct: (0,py/* round */.LI)((flat / totalDist) * 100, 1),
            gentle_pct: (0,py/* round */.LI)((gentle / totalDist) * 100, 1),
            moderate_pct: (0,py/* round */.LI)((moderate / totalDist) * 100, 1),
            steep_pct: (0,py/* round */.LI)((steep / totalDist) * 100, 1),
        },
        (0,py/* round */.LI)(maxGrade, 1),
    ];
}

;// CONCATENATED MODULE: ./src/derive/terrain/segments.ts


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
/**
 * Index where the segment really starts: the first chunk whose next ~2 km climb (descend) ≥ 2.5 %.
 * The point ~2 km ahead of a chunk start only moves forward as the start does (cumDist never
 * decreases), so one walk serves every chunk; once no point within the segment is 2 km ahead of a
 * start, none is for any later start either, and the segment keeps its first chunk's start.
 */
function trimmedStart(chunks, from, endChunk, cumDist, ele, ascending, fallback) {
    const n = cumDist.length;
    const stop = Math.min(endChunk, chunks.length);
    const aiEnd = Math.min(chunks[endChunk].ei + 1, n);
    let ai = 0;
    for (let t = from; t < stop; t++) {
        const tStart = chunks[t].si;
        if (ai <= tStart)
            ai = tStart + 1;
        while (ai < aiEnd && cumDist[ai] - cumDist[tStart] < LOCAL_TRIM_DIST)
            ai++;
        if (ai >= aiEnd)
            return fallback;
        const localDist = cumDist[ai] - cumDist[tStart];
        const localEle = ele[ai] - ele[tStart];
        if (localDist > 0) {
            const g = (localEle / localDist) * 100;
            if (ascending ? g >= LOCAL_TRIM_GRAD : g <= -LOCAL_TRIM_GRAD)
                return tStart;
        }
    }
    return fallback;
}
/**
 * steepest |grade| over the first ≥200 m stretch from each point of the climb; the end of that
 * stretch only moves forward as its start does, so one walk finds them all
 */
function maxSubGradient(start, end, cumDist, ele) {
    let maxGrad = 0.0;
    let m = start + 1;
    for (let k = start; k < end; k++) {
        if (m <= k)
            m = k + 1;
        while (m <= end && cumDist[m] - cumDist[k] < 200)
            m++;
        // no point of the climb is 200 m past this one, nor past any later one
        if (m > end)
            break;
        const g = Math.abs(((ele[m] - ele[k]) / (cumDist[m] - cumDist[k])) * 100);
        if (g > maxGrad)
            maxGrad = g;
    }
    return maxGrad;
}
function detectSegments(search, ascending) {
    const { tp, cumDist, ele, minGradient, minDistance, units } = search;
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
                const positionKm = (0,py/* round */.LI)(cumDist[segStartIdx] / 1000, 1);
                const distanceKm = (0,py/* round */.LI)(segDist / 1000, 1);
                const elevationM = (0,py/* round */.LI)(Math.abs(segEle));
                const signedElevationM = ascending ? elevationM : -elevationM;
                const avgGradientPct = (0,py/* round */.LI)(Math.abs(avgGradient), 1);
                // the fields climbs and descents share, in the written order
                const shared = {
                    position_km: positionKm,
                    distance_km: distanceKm,
                    elevation_m: signedElevationM,
                    avg_gradient_pct: avgGradientPct,
                    start_coords: [(0,py/* round */.LI)(tp.lat[segStartIdx], 5), (0,py/* round */.LI)(tp.lon[segStartIdx], 5)],
                    end_coords: [(0,py/* round */.LI)(tp.lat[segEndIdx], 5), (0,py/* round */.LI)(tp.lon[segEndIdx], 5)],
                    display: segmentDisplay(positionKm, distanceKm, signedElevationM, units),
                };
                if (ascending) {
                    const maxGrad = maxSubGradient(segStartIdx, segEndIdx, cumDist, ele);
                    segments.push({
                        ...shared,
                        max_gradient_pct: maxGrad > 0 ? (0,py/* round */.LI)(maxGrad, 1) : avgGradientPct,
                        category: climbCategory(elevationM),
                    });
                }
                else {
                    // a descent's gradient is negative (the key keeps its place)
                    segments.push({ ...shared, avg_gradient_pct: -avgGradientPct });
                }
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
/**
 * Growable builder for Trackpoints, filling the typed arrays directly: a streams response gives
 * its length up front (a capacity), a route file's points grow the arrays by doubling.
 */
class TrackpointBuilder {
    n = 0;
    lat;
    lon;
    ele;
    hasEle;
    constructor(capacity = 1024) {
        const c = Math.max(1, capacity);
        this.lat = new Float64Array(c);
        this.lon = new Float64Array(c);
        this.ele = new Float64Array(c);
        this.hasEle = new Uint8Array(c);
    }
    get length() {
        return this.n;
    }
    /**
     * Add one point. A non-finite coordinate (a file's `nan`, `inf`, `1e309`) makes the point
     * missing, as a point without lat/lon is in the reference; a non-finite elevation makes the
     * elevation missing, as an absent `<ele>` is. Non-finite numbers never reach the analysis
     * (a NaN distance would stall its distance walks). Returns whether the point was kept.
     */
    push(lat, lon, ele) {
        if (!Number.isFinite(lat) || !Number.isFinite(lon))
            return false;
        if (ele !== null && !Number.isFinite(ele))
            ele = null;
        if (this.n === this.lat.length)
            this.grow();
        const i = this.n++;
        this.lat[i] = lat;
        this.lon[i] = lon;
        this.ele[i] = ele ?? 0;
        this.hasEle[i] = ele === null ? 0 : 1;
        return true;
    }
    build() {
        const n = this.n;
        return { n, lat: this.lat.slice(0, n), lon: this.lon.slice(0, n), ele: this.ele.slice(0, n), hasEle: this.hasEle.slice(0, n) };
    }
    grow() {
        const c = this.lat.length * 2;
        const wider = (a) => {
            const b = new Float64Array(c);
            b.set(a);
            return b;
        };
        this.lat = wider(this.lat);
        this.lon = wider(this.lon);
        this.ele = wider(this.ele);
        const hasEle = new Uint8Array(c);
        hasEle.set(this.hasEle);
        this.hasEle = hasEle;
    }
}
function anyElevation(tp) {
    for (let i = 0; i < tp.n; i++)
        if (tp.hasEle[i])
            return true;
    return false;
}

;// CONCATENATED MODULE: ./src/derive/terrain/analyze.ts





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
    return haversineCos(lat1, lon1, lat2, lon2, Math.cos(lat1 * DEG_TO_RAD), Math.cos(lat2 * DEG_TO_RAD));
}
/** haversine() given the cosines of both latitudes, which a walk along a track reuses from step to step. */
function haversineCos(lat1, lon1, lat2, lon2, cos1, cos2) {
    const s1 = Math.sin(((lat2 - lat1) * DEG_TO_RAD) / 2);
    const s2 = Math.sin(((lon2 - lon1) * DEG_TO_RAD) / 2);
    const a = s1 * s1 + cos1 * cos2 * s2 * s2;
    return EARTH_RADIUS_M * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
}
/**
 * Distance from the first point along the track, summing haversine() of consecutive points. The
 * cosine of each point's latitude serves both of its steps.
 */
function cumulativeDistance(tp) {
    const { n, lat, lon } = tp;
    const cum = new Float64Array(Math.max(n, 1));
    let cosPrev = n > 0 ? Math.cos(lat[0] * DEG_TO_RAD) : 0;
    for (let i = 1; i < n; i++) {
        const cosCur = Math.cos(lat[i] * DEG_TO_RAD);
        cum[i] = cum[i - 1] + haversineCos(lat[i - 1], lon[i - 1], lat[i], lon[i], cosPrev, cosCur);
        cosPrev = cosCur;
    }
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
/**
 * Distance, smoothed elevation gain, climbs and descents, course character and grade distribution
 * of a track with elevation (and its smoothed elevations); null when it is shorter than 100 m.
 */
function analyzeTrack(tp, cum, units) {
    const totalDistanceM = cum[tp.n - 1];
    const totalDistanceKm = (0,py/* round */.LI)(totalDistanceM / 1000, 1);
    if (totalDistanceM < 100)
        return null;
    const smoothed = smoothElevation(tp, cum);
    let gain = 0.0;
    for (let i = 1; i < tp.n; i++) {
        const diff = smoothed[i] - smoothed[i - 1];
        if (diff > 0)
            gain += diff;
    }
    const totalElevationM = (0,py/* round */.LI)(gain);
    const elevationPerKm = totalDistanceKm > 0 ? (0,py/* round */.LI)(totalElevationM / totalDistanceKm, 1) : 0.0;
    const search = { tp, cumDist: cum, ele: smoothed, minGradient: 1.5, minDistance: 500.0, units };
    const climbs = detectSegments(search, true).filter((c) => c.elevation_m >= 100 || c.avg_gradient_pct >= 3.0);
    const descents = detectSegments(search, false).filter((d) => Math.abs(d.elevation_m) >= 100 || Math.abs(d.avg_gradient_pct) >= 3.0);
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
    const [gradeDistribution, maxGradePct] = computeGradeDistribution(cum, smoothed);
    const summary = {
        total_distance_km: totalDistanceKm,
        total_elevation_m: totalElevationM,
        elevation_per_km: elevationPerKm,
        course_character: courseCharacter,
        max_grade_pct: maxGradePct,
        grade_distribution: gradeDistribution,
        start_coords: [(0,py/* round */.LI)(tp.lat[0], 5), (0,py/* round */.LI)(tp.lon[0], 5)],
        climbs,
        descents,
        display: terrainDisplay(totalDistanceKm, totalElevationM, elevationPerKm, units),
    };
    return { summary, smoothed };
}
/** [km, lat, lon, smoothed elevation] at the first point, every 500 m, and the last point. */
function polylineOf(tp, cum, smoothed) {
    const polyline = [];
    let nextThreshold = 0.0;
    for (let i = 0; i < tp.n; i++) {
        if (cum[i] >= nextThreshold || i === 0 || i === tp.n - 1) {
            polyline.push([(0,py/* round */.LI)(cum[i] / 1000, 1), (0,py/* round */.LI)(tp.lat[i], 5), (0,py/* round */.LI)(tp.lon[i], 5), (0,py/* round */.LI)(smoothed[i])]);
            nextThreshold = i === 0 ? POLYLINE_INTERVAL_M : cum[i] + POLYLINE_INTERVAL_M;
        }
    }
    return polyline;
}
/**
 * The terrain summary of a route file's track, with a polyline for maps. A track without
 * elevation gets a flat summary of its distance; null = degenerate (with elevation, under 100 m).
 */
function analyzeRoute(tp, units) {
    const cum = cumulativeDistance(tp);
    if (!anyElevation(tp)) {
        const totalDistanceKm = (0,py/* round */.LI)(cum[tp.n - 1] / 1000, 1);
        return {
            source: 'gpx_attachment_no_elevation',
            total_distance_km: totalDistanceKm,
            total_elevation_m: 0,
            elevation_per_km: 0.0,
            course_character: 'flat',
            climbs: [],
            descents: [],
            display: terrainDisplay(totalDistanceKm, 0, 0.0, units),
        };
    }
    const track = analyzeTrack(tp, cum, units);
    if (track === null)
        return null;
    return { source: 'gpx_attachment', ...track.summary, polyline: polylineOf(tp, cum, track.smoothed) };
}
/**
 * The terrain summary of a completed activity's GPS/altitude streams (no polyline). null = no
 * elevation at all, or degenerate (under 100 m): the activity's terrain_status is then
 * "no_elevation".
 */
function analyzeActivity(tp, units) {
    if (!anyElevation(tp))
        return null;
    const track = analyzeTrack(tp, cumulativeDistance(tp), units);
    return track === null ? null : { source: 'activity_streams', ...track.summary };
}
// Read untrusted (any JSON value at any key), written back as the same block: the overload above
// keeps the caller's type, since only display sub-objects change.
function refreshTerrainDisplay(summary, units) {
    if (!(0,py/* isDict */.Zm)(summary) || units === null)
        return summary;
    const out = {
        ...summary,
        display: terrainDisplay(numOrNull(summary.total_distance_km), numOrNull(summary.total_elevation_m), numOrNull(summary.elevation_per_km), units),
    };
    for (const key of ['climbs', 'descents']) {
        const segs = out[key];
        if (!Array.isArray(segs))
            continue;
        out[key] = segs.map((seg) => {
            if (!(0,py/* isDict */.Zm)(seg))
                return seg;
            return { ...seg, display: segmentDisplay(numOrNull(seg.position_km), numOrNull(seg.distance_km), numOrNull(seg.elevation_m), units) };
        });
    }
    return out;
}
/** `.get(k)` of a cached numeric field (absent → None; a non-number would raise in the reference) */
function numOrNull(v) {
    return typeof v === 'number' ? v : null;
}

;// CONCATENATED MODULE: ./src/derive/terrain/activity.ts
/**
 * Terrain of completed outdoor activities: the streams response classified, its trackpoints, and
 * the terrain fields written (copied forward from the previous latest.json once final).
 */




/** fewest valid lat/lng pairs that count as a GPS track */
const MIN_GPS_PAIRS = 10;
/** The carried terrain of this activity (display blocks in the current units), else null. */
function copyForward(prev, units) {
    const carried = (0,terrain/* carriedTerrain */.mR)(prev);
    if (carried && 'terrain_summary' in carried)
        return { terrain_summary: refreshTerrainDisplay(carried.terrain_summary, units) };
    return carried;
}
function findStream(data, type) {
    for (const s of data)
        if ((0,py/* isDict */.Zm)(s) && (0,py/* get */.Jt)(s, 'type') === type)
            return s;
    return null;
}
function arr(v) {
    return Array.isArray(v) ? v : [];
}
/**
 * A stream sample as a number, or null when it is missing: None in the reference, and also any
 * value that is not a finite number (`1e309` parses to Infinity, a string may say "NaN"), which
 * the analysis treats exactly like a GPS dropout or a missing altitude.
 */
function streamNumber(v) {
    if (v === null || v === undefined)
        return null;
    const x = typeof v === 'number' ? v : Number(v);
    return Number.isFinite(x) ? x : null;
}
/**
 * The streams response classified: a GPS track with altitude, no GPS (fewer than 10 valid pairs),
 * no elevation, a terminal error (404/410: the activity is gone) or a transient failure.
 */
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
    if (!(0,py/* truthy */.vN)(latlng))
        return { status: 'no_gps' };
    const lat = arr((0,py.or)((0,py/* get */.Jt)(latlng, 'data'), []));
    const lng = arr((0,py.or)((0,py/* get */.Jt)(latlng, 'data2'), []));
    let valid = 0;
    const m = Math.min(lat.length, lng.length);
    for (let i = 0; i < m && valid < MIN_GPS_PAIRS; i++)
        if (streamNumber(lat[i]) !== null && streamNumber(lng[i]) !== null)
            valid++;
    if (valid < MIN_GPS_PAIRS)
        return { status: 'no_gps' };
    if (!(0,py/* truthy */.vN)(altitude) || arr((0,py.or)((0,py/* get */.Jt)(altitude, 'data'), [])).length === 0)
        return { status: 'no_elevation' };
    return { status: 'ok', streams: data };
}
/**
 * The trackpoints of a streams response: each index with a latitude and a longitude (GPS
 * dropouts skipped), with the altitude at the same index when there is one.
 */
function streamsToTrackpoints(streams) {
    const latlng = findStream(streams, 'latlng');
    if (!(0,py/* truthy */.vN)(latlng))
        return new TrackpointBuilder(1).build();
    const altitude = findStream(streams, 'altitude');
    const lat = arr((0,py.or)((0,py/* get */.Jt)(latlng, 'data'), []));
    const lng = arr((0,py.or)((0,py/* get */.Jt)(latlng, 'data2'), []));
    const ele = arr((0,py.or)(altitude ? (0,py/* get */.Jt)(altitude, 'data') : null, []));
    const n = Math.min(lat.length, lng.length);
    const out = new TrackpointBuilder(n);
    for (let i = 0; i < n; i++) {
        const la = streamNumber(lat[i]);
        const ln = streamNumber(lng[i]);
        if (la === null || ln === null)
            continue;
        out.push(la, ln, i < ele.length ? streamNumber(ele[i]) : null);
    }
    return out.build();
}
/**
 * The terrain fields of a completed activity ({} = none: indoor, or a transient failure retried
 * next sync): copied forward when final, else from this run's streams — a summary, or the terminal
 * status no_gps / no_elevation / failed (with the HTTP code of a vanished activity).
 */
function terrainForActivity(act, lookup, streams, units) {
    if (!(0,terrain/* isOutdoorActivity */.mz)(act))
        return {};
    const id = (0,py/* get */.Jt)(act, 'id');
    if (id === null)
        return {};
    const carried = copyForward(lookup.get((0,terrain/* activityKey */.z0)(id)) ?? {}, units);
    if (carried)
        return carried;
    if (!streams)
        return {}; // not fetched this run: nothing written, retried next sync
    return terrainOfStreams(streams, units);
}
/**
 * Streams responses already analysed, with the units their display blocks were written in. The
 * analysis is a pure function of the response, so it may run as soon as the response is in (while
 * the run's last reads are still answering) and be found here when the activity's row is built.
 */
const analysed = new WeakMap();
/**
 * The terrain fields a fetched streams response gives. Each call gets its own copy: a row's
 * summary is its own to change (privacy mode trims its coordinates in place).
 */
function terrainOfStreams(streams, units) {
    return structuredClone(analysedOnce(streams, units));
}
/** Analyse a streams response ahead of its activity's row (terrainOfStreams then finds it done). */
function prepareTerrain(streams, units) {
    analysedOnce(streams, units);
}
function analysedOnce(streams, units) {
    const unitsKey = JSON.stringify(units);
    let known = analysed.get(streams);
    if (!known || known.units !== unitsKey) {
        known = { units: unitsKey, fields: analyseStreams(streams, units) };
        analysed.set(streams, known);
    }
    return known.fields;
}
function analyseStreams(streams, units) {
    const cls = classifyTerrainStreams(streams);
    switch (cls.status) {
        case 'ok': {
            const tp = streamsToTrackpoints(cls.streams);
            if (tp.n < 2)
                return { terrain_status: 'no_gps' };
            if (!anyElevation(tp))
                return { terrain_status: 'no_elevation' };
            const summary = analyzeActivity(tp, units);
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

// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 26 modules
var XMLParser = __webpack_require__(9658);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(5824);
;// CONCATENATED MODULE: ./src/derive/terrain/xml-scan.ts
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const DECLARATION = /^<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(?:"1\.[0-9]+"|'1\.[0-9]+')(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\n]*\?>/;
const NAME = /[A-Za-z_][A-Za-z0-9._-]*(?::[A-Za-z_][A-Za-z0-9._-]*)?/y;
/** characters outside the plain subset anywhere in the document (controls; CR is normalised first) */
const UNPLAIN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|]]>/;
const PREDEFINED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
class NotPlain extends Error {
}
/** names the general parser renames or refuses (they would shadow object properties) */
function reserved(name) {
    return name in Object.prototype || name === 'prototype';
}
function isWs(c) {
    return c === 32 || c === 10 || c === 9;
}
/** predefined and character references decoded; anything else is left to the general reader */
function decode(raw) {
    if (raw.indexOf('&') < 0)
        return raw;
    return raw.replace(/&([^;&\s<]*);?/g, (m, name) => {
        if (!m.endsWith(';'))
            throw new NotPlain();
        if (Object.hasOwn(PREDEFINED, name))
            return PREDEFINED[name];
        const num = /^#(?:x([0-9A-Fa-f]{1,6})|([0-9]{1,7}))$/.exec(name);
        if (!num)
            throw new NotPlain();
        const cp = num[1] !== undefined ? parseInt(num[1], 16) : parseInt(num[2], 10);
        if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            throw new NotPlain();
        return String.fromCodePoint(cp);
    });
}
/**
 * A qualified name in ElementTree's `{namespace}local` form under the prefixes in scope (an
 * unprefixed attribute has no namespace); an unbound prefix raises what `unbound` makes.
 */
function resolveQName(qname, scope, isAttr, unbound) {
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
        return `{${XML_NS}}${local}`;
    const uri = scope.get(prefix);
    if (uri === undefined || uri === '')
        throw unbound();
    return `{${uri}}${local}`;
}
const resolve = (qname, scope, isAttr) => resolveQName(qname, scope, isAttr, () => new NotPlain());
/** ET.fromstring for a plain document (BOM already removed), or null to leave it to the general reader. */
function scanPlainXml(input) {
    try {
        return scan(input);
    }
    catch (e) {
        if (e instanceof NotPlain)
            return null;
        throw e;
    }
}
function scan(input) {
    const s = input.indexOf('\r') >= 0 ? input.replace(/\r\n?/g, '\n') : input;
    let i = 0;
    if (s.startsWith('<?xml')) {
        const m = DECLARATION.exec(s);
        if (!m)
            return null;
        i = m[0].length;
    }
    if (s.indexOf('<!') >= 0 || s.indexOf('<?', i) >= 0 || UNPLAIN.test(s))
        return null;
    while (i < s.length && isWs(s.charCodeAt(i)))
        i++;
    if (s.charCodeAt(i) !== 60)
        return null;
    const stack = [];
    let root = null;
    const n = s.length;
    while (i < n) {
        if (s.charCodeAt(i) !== 60) {
            // character data inside the open element
            const lt = s.indexOf('<', i);
            if (lt < 0)
                return null;
            const top = stack[stack.length - 1];
            const raw = s.slice(i, lt);
            const text = decode(raw);
            if (top.el.children.length === 0)
                top.text += text;
            i = lt;
            continue;
        }
        if (s.charCodeAt(i + 1) === 47) {
            // end tag
            NAME.lastIndex = i + 2;
            const m = NAME.exec(s);
            if (!m)
                return null;
            let j = i + 2 + m[0].length;
            while (j < n && isWs(s.charCodeAt(j)))
                j++;
            if (s.charCodeAt(j) !== 62)
                return null;
            const open = stack.pop();
            if (!open || open.name !== m[0])
                return null;
            open.el.text = open.text === '' ? null : open.text;
            i = j + 1;
            if (stack.length === 0)
                return rest(s, i, open.el);
            continue;
        }
        // start tag
        NAME.lastIndex = i + 1;
        const m = NAME.exec(s);
        if (!m)
            return null;
        const name = m[0];
        if (reserved(name))
            return null;
        let j = i + 1 + name.length;
        const raw = [];
        let selfClosing = false;
        for (;;) {
            const before = j;
            while (j < n && isWs(s.charCodeAt(j)))
                j++;
            const c = s.charCodeAt(j);
            if (c === 62) {
                j++;
                break;
            }
            if (c === 47) {
                if (s.charCodeAt(j + 1) !== 62)
                    return null;
                selfClosing = true;
                j += 2;
                break;
            }
            if (j === before)
                return null; // an attribute must follow whitespace
            NAME.lastIndex = j;
            const a = NAME.exec(s);
            if (!a)
                return null;
            j += a[0].length;
            while (j < n && isWs(s.charCodeAt(j)))
                j++;
            if (s.charCodeAt(j) !== 61)
                return null;
            j++;
            while (j < n && isWs(s.charCodeAt(j)))
                j++;
            const q = s.charCodeAt(j);
            if (q !== 34 && q !== 39)
                return null;
            const end = s.indexOf(q === 34 ? '"' : "'", j + 1);
            if (end < 0)
                return null;
            const value = s.slice(j + 1, end);
            if (value.indexOf('<') >= 0 || value.indexOf('>') >= 0)
                return null;
            if (reserved(a[0]) || raw.some(([k]) => k === a[0]))
                return null;
            raw.push([a[0], value]);
            j = end + 1;
        }
        const parent = stack[stack.length - 1];
        const parentScope = parent ? parent.scope : new Map();
        let scope = parentScope;
        for (const [k, v] of raw) {
            if (k === 'xmlns' || k.startsWith('xmlns:')) {
                if (scope === parentScope)
                    scope = new Map(parentScope);
                scope.set(k === 'xmlns' ? '' : k.slice(6), decode(v));
            }
        }
        const attrib = new Map();
        for (const [k, v] of raw) {
            if (k === 'xmlns' || k.startsWith('xmlns:'))
                continue;
            const key = resolve(k, scope, true);
            if (attrib.has(key))
                return null;
            attrib.set(key, decode(v));
        }
        const el = { tag: resolve(name, scope, false), attrib, text: null, children: [] };
        if (parent)
            parent.el.children.push(el);
        else if (root)
            return null;
        else
            root = el;
        i = j;
        if (selfClosing) {
            if (!parent)
                return rest(s, i, el);
        }
        else
            stack.push({ name, el, scope, text: '' });
    }
    return null; // an element left open
}
/** after the document element only whitespace may follow */
function rest(s, i, root) {
    for (; i < s.length; i++)
        if (!isWs(s.charCodeAt(i)))
            return null;
    return root;
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
 *
 * Plain documents (what route exports are) are read in one pass by xml-scan.ts, which builds the
 * same tree; any other document, and every one that is not well-formed, is validated, then
 * parsed, then converted here.
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
const xml_PREDEFINED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Decode predefined and character references; any other reference is an error (never expanded). */
function decodeRefs(raw, hasDoctype) {
    if (!raw.includes('&'))
        return raw;
    return raw.replace(/&([^;&\s<]*);?/g, (m, name) => {
        if (!m.endsWith(';') || name === '')
            throw new XmlParseError('not well-formed (invalid token)');
        if (name in xml_PREDEFINED)
            return xml_PREDEFINED[name];
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
const PARSER = new XMLParser/* default */.A({
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
function parseXml(bytes) {
    const decoded = decodeXml(bytes);
    const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
    // the plain documents route exports are read in one pass (xml-scan.ts); anything else, and
    // every document that is not well-formed, goes through validation and the general parser
    return scanPlainXml(text) ?? parseGeneral(text);
}
/** parseXml without the one-pass reader (what that reader must agree with). */
function parseXmlGeneral(bytes) {
    const decoded = decodeXml(bytes);
    return parseGeneral(decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded);
}
function parseGeneral(text) {
    const { text: body, hasDoctype } = withoutDoctype(text);
    if (!/</.test(body))
        throw new XmlParseError(`no element found: ${lineCol(body, body.length)}`);
    const valid = fxp/* XMLValidator */.iI.validate(body, { allowBooleanAttributes: false });
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
const xml_resolve = (qname, scope, isAttr) => resolveQName(qname, scope, isAttr, () => new XmlParseError('unbound prefix'));
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
            attrib.set(xml_resolve(k, scope, true), decodeRefs(String(v), hasDoctype));
        }
        const el = { tag: xml_resolve(name, scope, false), attrib, text: null, children: [] };
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
        return parseXml(content);
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
            latV = (0,py/* pyFloat */.Qz)(lat);
            lonV = (0,py/* pyFloat */.Qz)(lon);
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
                ele = (0,py/* pyFloat */.Qz)(eleEl.text);
            }
            catch (e) {
                if ((0,derive_diagnostics/* isCodingError */.Xg)(e))
                    throw e; // only float()'s ValueError drops the elevation
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
            lat = (0,py/* pyFloat */.Qz)(latEl.text);
            lon = (0,py/* pyFloat */.Qz)(lonEl.text);
            if (altEl && altEl.text)
                ele = (0,py/* pyFloat */.Qz)(altEl.text);
        }
        catch (e) {
            if ((0,derive_diagnostics/* isCodingError */.Xg)(e))
                throw e; // only float()'s ValueError skips the point
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
/** The route file's format: TCX by its root element, GPX/TCX by their opening text, FIT (unsupported) by its magic bytes, else by extension. */
function detectRouteFormat(content, filename) {
    if (xmlRootLocalName(content) === 'TrainingCenterDatabase')
        return 'tcx';
    const textStart = (0,py/* strip */.bB)(decodeUtf8Ignore(content.subarray(0, 200)));
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
/** The terrain_summary of a route file by its detected format, or why it has none. */
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
    return analyzeRoute(tp, units);
}
/** The terrain_summary of a downloaded route file (the snapshot stage downloads; derive stays pure). */
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





/** "HH:MM" of the event's start when it has a time other than midnight */
function routes_startTime(evt) {
    const raw = (0,py.or)((0,py/* get */.Jt)(evt, 'start_date_local'), '');
    if (typeof raw !== 'string' || !raw.includes('T'))
        return null;
    const t = raw.split('T')[1].slice(0, 5);
    return t !== '00:00' ? t : null;
}
/**
 * The route's terrain_summary. A download or parse failure is the reference's `{"error": …}`
 * (recorded as a diagnostic too); an exception the parsers do not expect, which would stop the
 * reference's whole run, becomes an error entry for this route alone, named as an internal error.
 */
function routeSummary(download, filename, units, block) {
    let summary;
    try {
        summary = routeSummaryFromDownload(download, filename, units);
    }
    catch (e) {
        (0,derive_diagnostics/* degraded */.$o)(block, e);
        return { error: `analysis failed (${e instanceof Error ? e.name : 'error'})` };
    }
    if (summary !== null && 'error' in summary)
        (0,derive_diagnostics/* diagnose */.h4)(block, `${filename}: ${summary.error}`);
    else if (summary === null)
        (0,derive_diagnostics/* diagnose */.h4)(block, `${filename}: degenerate track (under 100 m with elevation)`);
    return summary;
}
/** routes.json content and the ids of the events that have terrain (their has_terrain flag). */
function buildRoutes(ctx, events, previousRoutes, downloads, units) {
    const cache = new terrain/* RouteCache */.YR(ctx, previousRoutes);
    const entries = [];
    for (const { evt, attId, filename, url } of (0,terrain/* routeAttachments */.S6)(events)) {
        const evtId = (0,py/* get */.Jt)(evt, 'id');
        const evtName = (0,py/* get */.Jt)(evt, 'name', 'Unnamed');
        const rawDate = (0,py.or)((0,py/* get */.Jt)(evt, 'start_date_local'), '');
        const evtDate = typeof rawDate === 'string' ? rawDate.slice(0, 10) : '';
        const evtCategory = (0,py/* get */.Jt)(evt, 'category', '');
        const evtStart = routes_startTime(evt);
        const hit = cache.get(attId);
        if (hit) {
            // the cached entry's keys keep their places; the event's current metadata replaces its own
            const entry = { ...hit, event_id: evtId, event_name: evtName, event_date: evtDate, category: evtCategory };
            if (evtStart)
                entry.start_time = evtStart;
            else
                delete entry.start_time;
            if ((0,py/* isDict */.Zm)(entry.terrain_summary))
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
            terrain_summary: routeSummary(downloads[url], filename, units, `routes.events[${entries.length}].terrain_summary`),
        };
        if (evtStart)
            entry.start_time = evtStart;
        entries.push(entry);
    }
    const routesData = {
        generated_at: ctx.utcNow.isoformat(),
        sync_version: ctx.producerVersion,
        script_hash: ctx.scriptHash,
        events: entries,
    };
    // Reproduced as the reference has it: any truthy terrain_summary counts, {"error": ...} included.
    const terrainEventIds = new Set();
    for (const e of entries)
        if ((0,py/* truthy */.vN)(e.terrain_summary))
            terrainEventIds.add(String(e.event_id));
    return { routesData, terrainEventIds };
}

;// CONCATENATED MODULE: ./src/derive/terrain/weather.ts


/**
 * weather_summary copied forward from the previous latest.json, else built when has_weather,
 * else weather_status "unavailable" (never copied forward: Intervals may compute it later).
 */
function weatherForActivity(act, lookup, units) {
    if (!(0,terrain/* isOutdoorActivity */.mz)(act))
        return {};
    const id = (0,py/* get */.Jt)(act, 'id');
    const prev = id !== null ? (lookup.get((0,terrain/* activityKey */.z0)(id)) ?? {}) : {};
    if ('weather_summary' in prev)
        return { weather_summary: prev.weather_summary };
    if (!(0,py/* truthy */.vN)((0,py/* get */.Jt)(act, 'has_weather')))
        return { weather_status: 'unavailable' };
    /** An activity field as written: round(v, 2) on floats (ints are unchanged by it), else as sent. */
    const field = (name) => {
        const v = (0,py/* get */.Jt)(act, name);
        return typeof v === 'number' ? (0,py/* round */.LI)(v, 2) : v;
    };
    const summary = {
        source: 'intervals_open_meteo',
        // AthleteUnits types them as strings; athleteUnits writes only the contract's unit names
        units: { wind: units.wind ?? 'm/s', temp: units.temp ?? 'c', rain: units.rain ?? 'mm' },
        avg_wind_speed: field('average_wind_speed'),
        avg_wind_gust: field('average_wind_gust'),
        prevailing_wind_deg: field('prevailing_wind_deg'),
        headwind_pct: field('headwind_percent'),
        tailwind_pct: field('tailwind_percent'),
        avg_temp: field('average_weather_temp'),
        avg_temp_device: field('average_temp'),
        avg_feels_like: field('average_feels_like'),
        min_feels_like: field('min_feels_like'),
        max_feels_like: field('max_feels_like'),
        min_temp: field('min_weather_temp'),
        max_temp: field('max_weather_temp'),
        clouds_pct: field('average_clouds'),
        rain: field('max_rain'),
        snow: field('max_snow'),
    };
    return { weather_summary: summary };
}

;// CONCATENATED MODULE: ./src/derive/terrain/index.ts




/** routes.json content and the event ids with terrain; the previous routes.json is read untrusted. */
function generateRoutes(ctx, input) {
    return buildRoutes(ctx, input.events, input.previousRoutes, input.attachments, input.units);
}
// previous latest.json → lookup, built once per previous document (the reference builds it once per run)
let lookupCache = null;
function lookupFor(previousLatest) {
    if (!lookupCache || lookupCache.doc !== previousLatest)
        lookupCache = { doc: previousLatest, lookup: (0,terrain/* previousLookup */.M2)(previousLatest) };
    return lookupCache.lookup;
}
/** The terrain fields to attach to a recent activity (terrain_summary / terrain_status / terrain_error). */
function buildTerrainForActivity(_ctx, act, previousLatest, streams, units) {
    return terrainForActivity(act, lookupFor(previousLatest), streams, units);
}
/** The weather fields to attach to a recent activity (weather_summary / weather_status). */
function buildWeatherForActivity(_ctx, act, previousLatest, units) {
    return weatherForActivity(act, lookupFor(previousLatest), units);
}

// EXTERNAL MODULE: ./src/derive/windows.ts
var windows = __webpack_require__(9646);
// EXTERNAL MODULE: ./src/snapshot/plan/intervals.ts
var intervals = __webpack_require__(2028);
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
/** attempts counter of a previous record, Python `int(d.get("attempts", 0))` */
function prevAttempts(prev) {
    const v = prev ? prev.attempts : undefined;
    return v === undefined ? 0 : (0,py/* pyInt */.FB)(v);
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
    const head = {
        attempts,
        // carried over verbatim from the previous record, as the reference copies it
        first_seen: (firstSeen !== undefined && (0,py/* truthy */.vN)(firstSeen) ? firstSeen : now.isoformat()),
        last_attempt: now.isoformat(),
    };
    if (outcome === 'ok')
        return { ...head, status: 'ok', reason: 'ok' };
    if (outcome === 'tombstone')
        return { ...head, status: 'tombstone', reason };
    const nxt = scheduleRetry(endpoint, attempts, pairedPlanned, activityStart, now, retryAfterSecs);
    if (nxt === null)
        return { ...head, status: 'tombstone', reason: 'retry_expired' };
    return { ...head, status: 'pending', reason, next_retry_at: nxt };
}
/** A timestamp stored in fetch_state is due when `str(next) <= now.isoformat()` (or absent). */
function isDue(next, nowIso) {
    if (next === null || next === undefined)
        return true;
    return pyStr(next) <= nowIso;
}

;// CONCATENATED MODULE: ./src/derive/intervals/pairing.ts
/**
 * Planned-workout pairing: the activity ids (strings) EXACTLY paired to a planned event carrying a
 * non-empty workout_doc.steps, joined by id in both directions (activity.paired_event_id ↔
 * event.id, event.paired_activity_id ↔ activity.id). Used only to extend the interval retry
 * window; it never gates emission.
 */


function buildPairingMap(events, activities) {
    const paired = new Set();
    const eventHasSteps = new Map();
    for (const evt of events ?? []) {
        const doc = evt.workout_doc;
        const hasSteps = (0,py/* isDict */.Zm)(doc) && (0,py/* truthy */.vN)(doc.steps);
        const eid = evt.id;
        if (eid !== null && eid !== undefined)
            eventHasSteps.set((0,intervals/* idStr */.r6)(eid), hasSteps);
        const aid = evt.paired_activity_id;
        if (hasSteps && aid !== null && aid !== undefined)
            paired.add((0,intervals/* idStr */.r6)(aid));
    }
    for (const act of activities) {
        const eid = act.paired_event_id;
        if (eid !== null && eid !== undefined && eventHasSteps.get((0,intervals/* idStr */.r6)(eid)))
            paired.add((0,intervals/* idStr */.r6)(act.id));
    }
    return paired;
}

;// CONCATENATED MODULE: ./src/derive/intervals/segments.ts
/**
 * intervals.json segments: Intervals.icu's icu_intervals renamed to the Section 11 keys (keys
 * whose API value is null are left out), and the activity-level zone_basis (power when any interval carries power zone bounds; hr or
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
    const ivs = rawIntervals.filter(py/* isDict */.Zm);
    const segments = [];
    for (const iv of ivs) {
        // keys follow SEGMENT_FIELDS' order; the API's values pass through unchecked, as the
        // reference copies them (the contract types them as Intervals.icu documents them)
        const seg = {};
        for (const [key, field] of SEGMENT_FIELDS)
            if (present(iv[field]))
                seg[key] = iv[field];
        segments.push(seg);
    }
    const hasZone = ivs.some((iv) => present(iv.zone));
    const hasPowerBounds = ivs.some((iv) => present(iv.zone_min_watts) || present(iv.zone_max_watts));
    const hasHrZones = (0,py/* truthy */.vN)(act.icu_hr_zone_times);
    const hasPaceZones = (0,py/* truthy */.vN)(act.pace_zone_times) || (0,py/* truthy */.vN)(act.gap_zone_times);
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
/**
 * Retry-After (RFC 9110 §10.2.3) as the reference reads it (_parse_retry_after): delta-seconds
 * (Python int()) or an HTTP-date (email.utils.parsedate_to_datetime, which accepts the RFC 2822
 * family and a few legacy shapes). Returns non-negative whole seconds, or null when absent or
 * unparseable.
 *
 * A date with a zone (GMT, +0100, EST, …) is compared with the true instant of the run; a date
 * without one (or with the "-0000" no-zone marker) is naive and compared with the naive wall clock,
 * exactly as `datetime.now(dt.tzinfo)` vs `datetime.now()` do.
 */

/**
 * Seconds to wait before retrying, or null.
 * @param now the run's naive wall clock (the reference's datetime.now())
 * @param nowInstantMs the run's true instant (datetime.now(tz)); defaults to `now` read as UTC
 */
function parseRetryAfter(value, now, nowInstantMs = now.ms) {
    if (value === null || value === undefined)
        return null;
    const raw = String(value).trim();
    if (!raw)
        return null;
    const secs = (0,py/* pyIntStr */.Y2)(raw);
    if (secs !== null)
        return secs >= 0 ? secs : null;
    const dt = (0,py/* parseHttpDate */.m6)(raw);
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
    if (!(0,py/* isDict */.Zm)(data))
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
    const out = pickStreams(o.data, types);
    if (out === null)
        return { status: 'transient', payload: null, reason: 'unexpected_shape', retryAfterSecs: null };
    if (Object.keys(out).length === 0)
        return { status: 'no_data', payload: {}, reason: 'no_data', retryAfterSecs: null };
    return { status: 'ok', payload: out, reason: 'ok', retryAfterSecs: null };
}
/** The requested streams of a 200 answer, by type (null when the answer is not a list). */
function pickStreams(data, types) {
    if (!Array.isArray(data))
        return null;
    const wanted = new Set(types);
    const out = {};
    for (const s of data) {
        if (!(0,py/* isDict */.Zm)(s))
            continue;
        const stype = s.type;
        if (typeof stype === 'string' && wanted.has(stype) && Array.isArray(s.data))
            out[stype] = s.data;
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/valibot/dist/index.mjs
var dist = __webpack_require__(7934);
;// CONCATENATED MODULE: ./src/contract/shape.ts
/**
 * Building blocks for the output contract. Every model is written once with these helpers; the
 * strict variant (no unknown keys, used by tests and by tool builders who want to catch drift)
 * is derived from the same schema tree by `strictVariant`, so there is a single source of truth.
 *
 * Conventions, mirroring what the reference writes to JSON:
 * - `num` is any JSON number. Python may write `50.0` where a value is usually integral, so a
 *   field is `int` only where the reference always produces a Python int (counts, seconds,
 *   `round(x)` without digits, integer API ids).
 * - `orNull(x)` is "x or null": the reference writes null for absent values and, in this port,
 *   for NaN/Infinity (strict JSON never carries those tokens).
 * - `maybe(x)` marks a key the reference writes only in some runs (the key is absent, not null,
 *   otherwise).
 * - `open(...)` / `v.record(...)` mark genuinely open-ended data; each use says why.
 */

/** Finite: JSON has no NaN/Infinity and the action writes null in their place. */
const num = dist/* pipe */.FsL(dist/* number */.aig(), dist/* finite */.E2x());
const shape_int = dist/* pipe */.FsL(dist/* number */.aig(), dist/* integer */.ndf());
const shape_str = dist/* string */.YjP();
const bool = dist/* boolean */.zMY();
const nul = dist/* null */.chJ();
const orNull = (schema) => dist/* nullable */.mee(schema);
const maybe = (schema) => dist/* exactOptional */.yqP(schema);
const shape_numOrNull = orNull(num);
const intOrNull = orNull(shape_int);
const strOrNull = orNull(shape_str);
const boolOrNull = orNull(bool);
/** A closed record of named fields (strict in the strict variant). */
const obj = (entries) => dist/* object */.Ikc(entries);
/** An object that is open by nature (stays open in the strict variant too). */
const shape_open = (entries) => v.looseObject(entries);
/** A map keyed by free-form names (sport names, dates, ids…), values of one model. */
const mapOf = (value) => v.record(v.string(), value);
const oneOf = (values) => dist/* picklist */.KIO(values);
/** YYYY-MM-DD calendar date. */
const isoDate = dist/* pipe */.FsL(dist/* string */.YjP(), dist/* regex */.yGV(/^\d{4}-\d{2}-\d{2}$/));
/** Naive local timestamp as Python's isoformat() writes it (seconds, optional fraction). */
const isoDateTime = dist/* pipe */.FsL(dist/* string */.YjP(), dist/* regex */.yGV(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/));
/** `{value, unit}` pair in the athlete's preferred units (the `display` sub-blocks). */
const displayValue = (units) => obj({ value: num, unit: oneOf(units) });
const strictCache = new WeakMap();
/**
 * The same model with every closed object (`obj`) turned into `v.strictObject`. Open objects
 * (`open`) and records keep accepting unknown keys: they are open by design.
 */
function shape_strictVariant(schema) {
    return shape_convert(schema);
}
function shape_convert(schema) {
    const hit = strictCache.get(schema);
    if (hit)
        return hit;
    const node = schema;
    let out;
    if (node.pipe && node.pipe.length > 0) {
        // A piped schema carries its root schema first; rebuild the pipe around the converted root.
        const [root, ...actions] = node.pipe;
        const converted = shape_convert(root);
        out = converted === root ? schema : v.pipe(converted, ...actions);
    }
    else {
        out = convertBare(schema, node);
    }
    strictCache.set(schema, out);
    return out;
}
function mapEntries(entries) {
    const out = {};
    for (const [k, s] of Object.entries(entries))
        out[k] = shape_convert(s);
    return out;
}
function convertBare(schema, node) {
    switch (node.type) {
        case 'object':
            return v.strictObject(mapEntries(node.entries ?? {}));
        case 'loose_object':
            return v.looseObject(mapEntries(node.entries ?? {}));
        case 'strict_object':
            return v.strictObject(mapEntries(node.entries ?? {}));
        case 'array':
            return v.array(shape_convert(node.item));
        case 'nullable':
            return v.nullable(shape_convert(node.wrapped));
        case 'optional':
            return v.optional(shape_convert(node.wrapped));
        case 'exact_optional':
            return v.exactOptional(shape_convert(node.wrapped));
        case 'union':
            return v.union((node.options ?? []).map(shape_convert));
        case 'variant':
            return v.variant(node.key, (node.options ?? []).map(shape_convert));
        case 'record':
            return v.record(node.key, shape_convert(node.value));
        default:
            return schema;
    }
}

;// CONCATENATED MODULE: ./src/contract/ftp-history.ts
/**
 * ftp_history.json: the athlete's set FTPs over time, one date-keyed map per environment. A
 * date is added only when the FTP changes; the file is state carried across runs.
 */


/** Date-keyed (YYYY-MM-DD) map of the FTP set in Intervals.icu on that date. */
const FtpSeries = dist/* record */.g1P(isoDate, num);
const FtpHistoryFile = obj({
    indoor: FtpSeries,
    outdoor: FtpSeries,
});

;// CONCATENATED MODULE: ./src/contract/common.ts

/** Training phases of Section 11 phase detection. */
const Phase = oneOf(['Base', 'Build', 'Peak', 'Taper', 'Deload', 'Recovery', 'Overreached']);
/** Sport families the reference groups activity types into. */
const SportFamily = oneOf(['cycling', 'run', 'swim', 'rowing', 'ski', 'walk', 'strength', 'other']);
/** Which signal a zone/hard-day computation used. */
const ZoneBasis = oneOf(['power', 'hr', 'mixed']);
/** Seiler three-zone intensity distribution classes. */
const TidClassification = oneOf(['Polarized', 'Pyramidal', 'Threshold', 'Base', 'High Intensity']);
const Confidence = oneOf(['high', 'medium', 'low']);
const Severity = oneOf(['info', 'warning', 'alarm']);
const SignalStatus = oneOf(['green', 'amber', 'red', 'unavailable']);
const RaceCategory = oneOf(['RACE_A', 'RACE_B', 'RACE_C']);

;// CONCATENATED MODULE: ./src/contract/units.ts

const DistanceDisplay = obj({ value: num, unit: oneOf(['km', 'mi']) });
const ElevationDisplay = obj({ value: shape_int, unit: oneOf(['m', 'ft']) });
const ElevationPerDistanceDisplay = obj({ value: shape_int, unit: oneOf(['m/km', 'ft/mi']) });
const WeightDisplay = obj({ value: num, unit: oneOf(['kg', 'lb']) });
const HeightDisplay = obj({ value: shape_int, unit: oneOf(['cm', 'in']) });
const SpeedDisplay = obj({ value: num, unit: oneOf(['km/h', 'mph']) });
const WeightSlopeDisplay = obj({ value: num, unit: oneOf(['kg/week', 'lb/week']) });
/** The athlete's unit preferences as the reference normalises them (also the weather units). */
const WindUnit = oneOf(['km/h', 'm/s', 'mph']);
const TempUnit = oneOf(['c', 'f']);
const RainUnit = oneOf(['mm', 'in']);
const DisplayPreferences = obj({
    wind: WindUnit,
    temp: TempUnit,
    rain: RainUnit,
    distance: oneOf(['metric', 'imperial']),
    weight: oneOf(['kg', 'lb']),
    height: oneOf(['cm', 'in']),
});

;// CONCATENATED MODULE: ./src/contract/wellness.ts
/**
 * Wellness fields passed through from Intervals.icu wellness records. The API decides their
 * numeric form, so they are plain numbers (categorical 1-4 scales included) or null when not
 * recorded. Shared by latest.json (current_status.current_metrics, wellness_data[]) and
 * history.json (daily_90d[]).
 */



/** Subjective state (1 = best … 4 = worst), vitals, body composition, nutrition, cycle, readiness. */
const wellnessStateEntries = {
    fatigue: shape_numOrNull,
    soreness: shape_numOrNull,
    stress: shape_numOrNull,
    mood: shape_numOrNull,
    motivation: shape_numOrNull,
    injury: shape_numOrNull,
    hydration: shape_numOrNull,
    spO2: shape_numOrNull,
    blood_glucose: shape_numOrNull,
    systolic: shape_numOrNull,
    diastolic: shape_numOrNull,
    baevsky_si: shape_numOrNull,
    lactate: shape_numOrNull,
    respiration: shape_numOrNull,
    body_fat_pct: shape_numOrNull,
    abdomen_cm: shape_numOrNull,
    steps: shape_numOrNull,
    hydration_volume_l: shape_numOrNull,
    kcal_consumed: shape_numOrNull,
    carbohydrates_g: shape_numOrNull,
    protein_g: shape_numOrNull,
    fat_g: shape_numOrNull,
    /** PERIOD, FOLLICULAR, OVULATION, LUTEAL, … (Intervals.icu's names). */
    menstrual_phase: strOrNull,
    menstrual_phase_predicted: strOrNull,
    readiness: shape_numOrNull,
};
const WeightDisplayBlock = obj({ weight: orNull(WeightDisplay) });
/** One day of latest.json wellness_data[] (the display window). */
const WellnessRecord = obj({
    /** The wellness record id (its date); "unknown" if the API sent none. */
    date: dist/* union */.KCZ([isoDate, shape_str]),
    weight_kg: shape_numOrNull,
    display: WeightDisplayBlock,
    resting_hr: shape_numOrNull,
    hrv_rmssd: shape_numOrNull,
    hrv_sdnn: shape_numOrNull,
    sleep_hours: shape_numOrNull,
    /** e.g. "7h20m", from whole minutes. */
    sleep_formatted: strOrNull,
    sleep_quality: shape_numOrNull,
    sleep_score: shape_numOrNull,
    mental_energy: shape_numOrNull,
    avg_sleeping_hr: shape_numOrNull,
    vo2max: shape_numOrNull,
    ...wellnessStateEntries,
});

;// CONCATENATED MODULE: ./src/contract/history.ts
/**
 * history.json: the long view (the reference's `generate_history`): 90 daily rows, ~26 weekly
 * rows with back-filled phases, monthly tiers for 1/2/3 years, summaries, the FTP timeline and
 * gaps in the activity record. Regenerated when older than 28 days; otherwise carried as state.
 */





const FtpTimelineEntry = obj({
    date: isoDate,
    ftp: num,
    type: oneOf(['indoor', 'outdoor']),
    /** "FTP" from ftp_history.json; "user_set" when only the current sportSettings were known. */
    source: oneOf(['FTP', 'user_set']),
});
const DataGap = obj({
    /** "YYYY-MM-DD to YYYY-MM-DD" (inclusive). */
    period: shape_str,
    days_missing: shape_int,
});
/** Share of zone time in the easy (Z1+Z2), grey (Z3) and hard (Z4+) bands, null without zone time. */
const zoneShareEntries = {
    z1_z2_pct: shape_numOrNull,
    z3_pct: shape_numOrNull,
    z4_plus_pct: shape_numOrNull,
};
const DailyRow = obj({
    date: isoDate,
    total_hours: num,
    total_tss: num,
    activity_count: shape_int,
    /** Comma-separated activity types of the day, "Rest" when none. */
    activity_types: shape_str,
    ctl: shape_numOrNull,
    atl: shape_numOrNull,
    tsb: shape_numOrNull,
    hrv: shape_numOrNull,
    rhr: shape_numOrNull,
    sleep_hours: shape_numOrNull,
    sleep_formatted: strOrNull,
    sleep_quality: shape_numOrNull,
    sleep_score: shape_numOrNull,
    weight_kg: shape_numOrNull,
    display: obj({ weight: orNull(WeightDisplay) }),
    is_hard_day: boolOrNull,
    intensity_basis: orNull(ZoneBasis),
    ...wellnessStateEntries,
});
/** TSS per sport family, only the families trained that week. */
const SportTss = obj({
    cycling: maybe(num),
    run: maybe(num),
    swim: maybe(num),
    rowing: maybe(num),
    ski: maybe(num),
    walk: maybe(num),
    strength: maybe(num),
    other: maybe(num),
});
const WeeklyRow = obj({
    week_start: isoDate,
    total_hours: num,
    total_tss: num,
    primary_sport: orNull(SportFamily),
    primary_sport_tss: shape_numOrNull,
    /** TSS per sport family present that week (keys are sport families). */
    sport_tss_breakdown: orNull(SportTss),
    activity_count: shape_int,
    ctl_end: shape_numOrNull,
    atl_end: shape_numOrNull,
    tsb_end: shape_numOrNull,
    ramp_rate: shape_numOrNull,
    avg_hrv: shape_numOrNull,
    avg_rhr: shape_numOrNull,
    avg_sleep_hours: shape_numOrNull,
    ...zoneShareEntries,
    hard_days: shape_int,
    longest_ride_hours: num,
    avg_feel: shape_numOrNull,
    feel_count: shape_int,
    avg_rpe: shape_numOrNull,
    rpe_count: shape_int,
    weight_kg: shape_numOrNull,
    display: obj({ weight: orNull(WeightDisplay) }),
    monotony: shape_numOrNull,
    /** Hard days by the signal that classified them; null without hard days. */
    intensity_basis_breakdown: orNull(obj({ power: shape_int, hr: shape_int })),
    acwr: shape_numOrNull,
    /** Back-filled phase; null for the first rows and the week in progress. */
    phase_detected: orNull(Phase),
    durability_mean: shape_numOrNull,
    durability_qualifying: shape_int,
    ef_mean: shape_numOrNull,
    ef_qualifying: shape_int,
    hrrc_mean: shape_numOrNull,
    hrrc_qualifying: shape_int,
});
const MonthlyRow = obj({
    /** YYYY-MM */
    month: dist/* pipe */.FsL(dist/* string */.YjP(), dist/* regex */.yGV(/^\d{4}-\d{2}$/)),
    total_hours: num,
    total_tss: num,
    activity_count: shape_int,
    ctl_peak: shape_numOrNull,
    ctl_low: shape_numOrNull,
    ctl_end: shape_numOrNull,
    avg_hrv: shape_numOrNull,
    avg_rhr: shape_numOrNull,
    ...zoneShareEntries,
    hard_days_avg_per_week: num,
    longest_ride_hours: num,
    avg_weight_kg: shape_numOrNull,
    display: obj({ avg_weight: orNull(WeightDisplay) }),
    dominant_phase: orNull(Phase),
    days_with_data: shape_int,
});
const YearSummary = obj({ avg_monthly_tss: shape_numOrNull, ctl_peak: shape_numOrNull, ctl_low: shape_numOrNull, months_tracked: shape_int });
/** Tier summaries; each is present only when its tier has rows. */
const HistorySummaries = obj({
    '90d': maybe(obj({
        avg_weekly_tss: shape_numOrNull,
        avg_weekly_hours: shape_numOrNull,
        ctl_start: shape_numOrNull,
        ctl_end: shape_numOrNull,
        total_activities: shape_int,
        rest_days: shape_int,
        hard_days: shape_int,
    })),
    '180d': maybe(obj({
        avg_weekly_tss: shape_numOrNull,
        avg_weekly_hours: shape_numOrNull,
        ctl_start: shape_numOrNull,
        ctl_end: shape_numOrNull,
        weeks_tracked: shape_int,
    })),
    '1y': maybe(YearSummary),
    '2y': maybe(YearSummary),
    '3y': maybe(YearSummary),
});
const HistoryFile = obj({
    generated_at: isoDateTime,
    source: dist/* literal */.euz('Intervals.icu API'),
    sync_version: shape_str,
    script_hash: shape_str,
    data_range: obj({ earliest: isoDate, latest: isoDate, total_months: shape_int }),
    ftp_timeline: dist/* array */.YOg(FtpTimelineEntry),
    data_gaps: dist/* array */.YOg(DataGap),
    summaries: HistorySummaries,
    daily_90d: dist/* array */.YOg(DailyRow),
    weekly_180d: dist/* array */.YOg(WeeklyRow),
    /** Monthly tiers are empty when the record is shorter than half the tier. */
    monthly_1y: dist/* array */.YOg(MonthlyRow),
    monthly_2y: dist/* array */.YOg(MonthlyRow),
    monthly_3y: dist/* array */.YOg(MonthlyRow),
});

;// CONCATENATED MODULE: ./src/contract/dfa.ts
/**
 * DFA a1 (AlphaHRV) blocks: the per-session block stored in intervals.json activities[].dfa, the
 * compact latest.json recent_activities[].dfa_summary, and the derived_metrics.capability
 * dfa_a1_profile (latest session + trailing rollups per sport family).
 */


/** Why a band crossing did (not) dwell long enough, most blocking first. */
const CROSSING_REASONS = ['ok', 'no_samples_in_band', 'insufficient_total_dwell', 'no_contiguous_dwell'];
const CrossingReason = oneOf(CROSSING_REASONS);
/**
 * Why a dwell-qualified crossing is not usable as a threshold estimate, in the fixed precedence
 * that makes mixed failures always yield the same class.
 */
const ESTIMATE_FAILURE_REASONS = [
    'lookback_incomplete',
    'lookback_gap',
    'unknown_artifact',
    'excessive_artifact',
    'unknown_hr',
    'unknown_power',
    'non_positive_power_mean',
    'non_stationary_power',
];
/** Why a crossing is (not) usable as a threshold estimate (crossing reasons included). */
const EstimateReason = oneOf([...CROSSING_REASONS, ...ESTIMATE_FAILURE_REASONS]);
/** Time in one DFA a1 band; absent bands are null. */
const DfaBand = obj({ secs: shape_int, pct: num, avg_hr: intOrNull, avg_watts: intOrNull });
const DfaDrift = obj({
    first_third_avg: num,
    last_third_avg: num,
    delta: num,
    /** false when too much of the session sat above LT2 for drift to mean anything. */
    interpretable: bool,
});
const DfaCrossing = obj({
    marker_dfa_a1: num,
    secs_in_band: shape_int,
    contiguous_secs: shape_int,
    n_qualifying_segments: shape_int,
    n_eligible_segments: shape_int,
    reason: CrossingReason,
    estimate_eligible: bool,
    estimate_reason: EstimateReason,
    /** Populated on dwell-qualified crossings (eligible or not); null when the dwell failed. */
    avg_hr: intOrNull,
    avg_watts: intOrNull,
});
const DfaQuality = obj({
    valid_secs: shape_int,
    total_secs: shape_int,
    valid_pct: num,
    artifact_state: oneOf(['absent', 'partial', 'complete']),
    artifact_coverage_pct: num,
    artifact_rate_avg: shape_numOrNull,
    sufficient: bool,
});
/** Per-session block; every statistic is null when quality.sufficient is false. */
const DfaBlock = obj({
    avg: shape_numOrNull,
    p25: shape_numOrNull,
    p50: shape_numOrNull,
    p75: shape_numOrNull,
    tiz_easy: orNull(DfaBand),
    tiz_endurance: orNull(DfaBand),
    tiz_tempo: orNull(DfaBand),
    tiz_supra: orNull(DfaBand),
    drift: orNull(DfaDrift),
    easy_guard_crossing: orNull(DfaCrossing),
    lt1_crossing: orNull(DfaCrossing),
    lt2_crossing: orNull(DfaCrossing),
    quality: DfaQuality,
});
const DfaBandSplit = obj({ easy: num, endurance: num, tempo: num, supra: num });
/** Compact summary on a recent activity (sufficient sessions only). */
const DfaSummary = obj({
    avg: num,
    dominant_band: oneOf(['easy', 'endurance', 'tempo', 'supra']),
    tiz_pct: DfaBandSplit,
    valid_pct: num,
    sufficient: bool,
    drift_delta: maybe(num),
    drift_interpretable: maybe(bool),
    /** Present only for estimate-eligible LT1/LT2 crossings with a value. */
    lt1_watts: maybe(shape_int),
    lt1_hr: maybe(shape_int),
    lt2_watts: maybe(shape_int),
    lt2_hr: maybe(shape_int),
});
/** The most recent sufficient session, else the most recent one with its statistics null. */
const DfaLatestSession = obj({
    activity_id: shape_str,
    date: isoDate,
    name: shape_str,
    /** The activity type (Ride, VirtualRide, Run, …). */
    sport: shape_str,
    validated: bool,
    avg: shape_numOrNull,
    tiz_split_pct: orNull(DfaBandSplit),
    drift_delta: shape_numOrNull,
    drift_interpretable: boolOrNull,
    quality_pct: num,
    sufficient: bool,
});
/**
 * A trailing marker estimate (HR pooled across sessions). Cycling splits watts by environment
 * (compare watts_outdoor with ftp, watts_indoor with ftp_indoor); other sports pool `watts`.
 */
const CyclingDfaEstimate = obj({
    marker_dfa_a1: num,
    hr: intOrNull,
    watts_outdoor: intOrNull,
    watts_indoor: intOrNull,
    n_sessions: shape_int,
    n_sessions_outdoor: shape_int,
    n_sessions_indoor: shape_int,
});
const PooledDfaEstimate = obj({ marker_dfa_a1: num, hr: intOrNull, watts: intOrNull, n_sessions: shape_int });
const DfaEstimate = dist/* union */.KCZ([CyclingDfaEstimate, PooledDfaEstimate]);
/** Why a trailing estimate is null ("insufficient_sessions" once any session is eligible). */
const TrailingReason = dist/* union */.KCZ([oneOf(['insufficient_sessions']), EstimateReason]);
const DfaTrailingSport = obj({
    n_sessions: shape_int,
    /** [first, last] session dates. */
    date_range: dist/* array */.YOg(isoDate),
    avg_dfa_a1: shape_numOrNull,
    drift_delta_mean: shape_numOrNull,
    easy_guard_crossing_sessions: shape_int,
    lt1_crossing_sessions: shape_int,
    lt2_crossing_sessions: shape_int,
    easy_guard_eligible_sessions: shape_int,
    lt1_eligible_sessions: shape_int,
    lt2_eligible_sessions: shape_int,
    easy_guard_estimate: orNull(DfaEstimate),
    easy_guard_reason: TrailingReason,
    lt1_estimate: orNull(DfaEstimate),
    lt1_reason: TrailingReason,
    lt2_estimate: orNull(DfaEstimate),
    lt2_reason: TrailingReason,
    quality_avg_pct: shape_numOrNull,
    /** Threshold markers are cycling-validated only. */
    validated: bool,
    /** Coarse max over the LT1/LT2 markers; null when neither has an estimate. */
    confidence: orNull(oneOf(['low', 'moderate', 'high'])),
    note: maybe(shape_str),
});
const DfaA1Profile = obj({
    latest_session: DfaLatestSession,
    /** Keyed by sport family (cycling, run, rowing, …) of the trailing sessions. */
    trailing_by_sport: dist/* record */.g1P(dist/* string */.YjP(), DfaTrailingSport),
});

;// CONCATENATED MODULE: ./src/contract/intervals.ts
/**
 * intervals.json: per-interval segments and DFA a1 blocks of recent activities (14-day
 * retention), plus the per-activity fetch state that drives retries of the intervals and
 * streams endpoints. The file is state carried across runs.
 */



/** One interval as Intervals.icu analysed it; keys whose API value is null are left out. */
const IntervalSegment = obj({
    type: maybe(shape_str),
    /** The interval's group id, e.g. "1200s@210w87rpm". */
    label: maybe(shape_str),
    duration_secs: maybe(num),
    moving_secs: maybe(num),
    start_secs: maybe(num),
    end_secs: maybe(num),
    avg_power: maybe(num),
    max_power: maybe(num),
    avg_hr: maybe(num),
    max_hr: maybe(num),
    min_hr: maybe(num),
    avg_cadence: maybe(num),
    zone: maybe(num),
    w_bal_start: maybe(num),
    w_bal_end: maybe(num),
    training_load: maybe(num),
});
const IntervalActivity = obj({
    activity_id: shape_str,
    date: isoDate,
    start_datetime: shape_str,
    type: shape_str,
    name: shape_str,
    /** Intervals.icu's own one-line summaries ("2x 20m 263w"), null when it has none. */
    interval_summary: orNull(dist/* array */.YOg(shape_str)),
    intervals: dist/* array */.YOg(IntervalSegment),
    /** Zone family of the `zone` values; absent when it cannot be told. */
    zone_basis: maybe(oneOf(['power', 'hr', 'pace'])),
    dfa: maybe(DfaBlock),
});
/** Retry state of one endpoint for one activity. */
const endpointEntries = {
    attempts: shape_int,
    first_seen: isoDateTime,
    last_attempt: isoDateTime,
    status: oneOf(['ok', 'pending', 'tombstone']),
    /** ok, no_data, transient, terminal_error, retry_expired, http_NNN, … (why the status holds). */
    reason: shape_str,
    /** When a pending endpoint is next due. */
    next_retry_at: maybe(isoDateTime),
};
const StreamsFetchState = obj(endpointEntries);
const IntervalsFetchState = obj({
    ...endpointEntries,
    /** The activity's Intervals.icu sync date the stored intervals were fetched against. */
    source_icu_sync_date: maybe(shape_str),
    /**
     * An outstanding re-fetch after the athlete edited the intervals upstream (icu_sync_date moved);
     * the cached payload stays in place while it is retried.
     */
    refresh: maybe(obj({
        target_sync_date: shape_str,
        attempts: shape_int,
        status: maybe(dist/* literal */.euz('exhausted')),
        reason: oneOf(['no_data', 'transient', 'terminal_error']),
        next_retry_at: maybe(isoDateTime),
    })),
});
const ActivityFetchState = obj({
    date: isoDate,
    /** Set while the activity is paired with a planned workout (longer retry window). */
    paired_planned: maybe(dist/* literal */.euz(true)),
    intervals: maybe(IntervalsFetchState),
    streams: maybe(StreamsFetchState),
});
const IntervalsFile = obj({
    generated_at: isoDateTime,
    schema_version: shape_int,
    version: shape_str,
    script_hash: shape_str,
    scan_hours: shape_int,
    retention_days: shape_int,
    activities: dist/* array */.YOg(IntervalActivity),
    /** Keyed by activity id. */
    fetch_state: dist/* record */.g1P(dist/* string */.YjP(), ActivityFetchState),
});

;// CONCATENATED MODULE: ./src/contract/terrain.ts
/**
 * Terrain analysis of a track (the reference's `_analyze_terrain`): shared by completed outdoor
 * activities (`latest.json` recent_activities[].terrain_summary, from the activity's GPS/altitude
 * streams) and by route attachments on calendar events (`routes.json` events[].terrain_summary,
 * from GPX/TCX files, which also carry a downsampled polyline).
 */



/** [lat, lon] rounded to 5 decimals. Privacy mode may drop it for public repositories. */
const Coords = dist/* array */.YOg(num);
const CourseCharacter = oneOf(['flat', 'rolling', 'hilly', 'mountain']);
const ClimbCategory = oneOf(['HC', 'Cat 1', 'Cat 2', 'Cat 3', 'Cat 4']);
const SegmentDisplay = obj({
    position: orNull(DistanceDisplay),
    distance: orNull(DistanceDisplay),
    elevation: orNull(ElevationDisplay),
});
/** The fields every detected segment (climb or descent) has, in written order. */
const segmentEntries = {
    position_km: num,
    distance_km: num,
    elevation_m: shape_int,
    avg_gradient_pct: num,
    start_coords: maybe(Coords),
    end_coords: maybe(Coords),
    display: SegmentDisplay,
};
/** A detected climb: elevation gain positive, UCI-style category (null below Cat 4). */
const Climb = obj({
    ...segmentEntries,
    max_gradient_pct: num,
    category: orNull(ClimbCategory),
});
/** A detected descent: elevation_m and avg_gradient_pct are negative; no category. */
const Descent = obj(segmentEntries);
const GradeDistribution = obj({
    flat_pct: num,
    gentle_pct: num,
    moderate_pct: num,
    steep_pct: num,
});
const TerrainDisplay = obj({
    total_distance: orNull(DistanceDisplay),
    total_elevation: orNull(ElevationDisplay),
    elevation_per_distance: orNull(ElevationPerDistanceDisplay),
});
/**
 * Polyline point every 500 m: [km, lat, lon] or [km, lat, lon, elevation_m] when the file has
 * elevation. Routes only.
 */
const PolylinePoint = dist/* array */.YOg(num);
/** Distance, elevation and segments: what every analysed track carries. */
const trackEntries = {
    total_distance_km: num,
    total_elevation_m: shape_int,
    elevation_per_km: num,
    course_character: CourseCharacter,
};
/**
 * A completed outdoor activity's terrain, from its GPS and altitude streams. An activity without
 * elevation gets terrain_status "no_elevation" instead, so the grades are always there (no
 * polyline: the raw streams are available on demand).
 */
const TerrainSummary = obj({
    source: dist/* literal */.euz('activity_streams'),
    ...trackEntries,
    max_grade_pct: num,
    grade_distribution: GradeDistribution,
    start_coords: maybe(Coords),
    climbs: dist/* array */.YOg(Climb),
    descents: dist/* array */.YOg(Descent),
    display: TerrainDisplay,
});
/**
 * A route file's terrain (GPX and TCX alike are tagged gpx_attachment). A track without
 * elevation carries only the distance, zero elevation, "flat", empty climbs/descents and the
 * `gpx_attachment_no_elevation` source (no grades, start coordinates or polyline).
 */
const RouteTerrainSummary = obj({
    source: oneOf(['gpx_attachment', 'gpx_attachment_no_elevation']),
    ...trackEntries,
    max_grade_pct: maybe(num),
    grade_distribution: maybe(GradeDistribution),
    start_coords: maybe(Coords),
    climbs: dist/* array */.YOg(Climb),
    descents: dist/* array */.YOg(Descent),
    display: TerrainDisplay,
    polyline: maybe(dist/* array */.YOg(PolylinePoint)),
});
/**
 * A route file that could not be analysed ("FIT format not yet supported", "download failed
 * (HTTP 404)", "insufficient trackpoints", parse errors). A cached error entry gets the display
 * block refreshed on later runs, with every value null.
 */
const TerrainError = obj({
    error: shape_str,
    display: maybe(TerrainDisplay),
});

;// CONCATENATED MODULE: ./src/contract/activities.ts
/**
 * latest.json activity lists: recent_activities[] (the 28-day window, newest first, as the
 * reference's `_format_activities` writes them) and planned_workouts[] (`_format_events`).
 * Values named after Intervals.icu fields are passed through as the API sends them.
 */





/** Seconds per zone; keys follow the zones the activity has (HR: up to 7 by position). */
const ZoneTimes = obj({
    z1_time: maybe(num),
    z2_time: maybe(num),
    z3_time: maybe(num),
    z4_time: maybe(num),
    z5_time: maybe(num),
    z6_time: maybe(num),
    z7_time: maybe(num),
});
const ActivityZoneDistribution = obj({
    hr_zones: maybe(ZoneTimes),
    power_zones: maybe(ZoneTimes),
});
/** Intervals.icu's Open-Meteo weather of an outdoor activity, in the athlete's units. */
const WeatherSummary = obj({
    source: dist/* literal */.euz('intervals_open_meteo'),
    units: obj({ wind: WindUnit, temp: TempUnit, rain: RainUnit }),
    avg_wind_speed: shape_numOrNull,
    avg_wind_gust: shape_numOrNull,
    prevailing_wind_deg: shape_numOrNull,
    headwind_pct: shape_numOrNull,
    tailwind_pct: shape_numOrNull,
    avg_temp: shape_numOrNull,
    avg_temp_device: shape_numOrNull,
    avg_feels_like: shape_numOrNull,
    min_feels_like: shape_numOrNull,
    max_feels_like: shape_numOrNull,
    min_temp: shape_numOrNull,
    max_temp: shape_numOrNull,
    clouds_pct: shape_numOrNull,
    rain: shape_numOrNull,
    snow: shape_numOrNull,
});
const RecentActivity = obj({
    id: shape_str,
    /** start_date_local as Intervals.icu sends it (athlete-local, naive). */
    date: shape_str,
    type: shape_str,
    /** Privacy mode writes "Training Session" for outdoor activities of public repositories. */
    name: shape_str,
    duration_hours: num,
    /** e.g. "1h13m30s". */
    duration_formatted: shape_str,
    distance_km: num,
    tss: shape_numOrNull,
    intensity_factor: shape_numOrNull,
    avg_power: shape_numOrNull,
    normalized_power: shape_numOrNull,
    avg_hr: shape_numOrNull,
    max_hr: shape_numOrNull,
    avg_cadence: shape_numOrNull,
    /** km/h (converted from the API's m/s). */
    avg_speed: shape_numOrNull,
    avg_speed_unit: dist/* literal */.euz('KPH'),
    max_speed: shape_numOrNull,
    max_speed_unit: dist/* literal */.euz('KPH'),
    avg_pace: shape_numOrNull,
    avg_temp: shape_numOrNull,
    avg_temp_unit: oneOf(['C', 'F']),
    weather: strOrNull,
    humidity: shape_numOrNull,
    wind_speed: shape_numOrNull,
    /** The athlete's Intervals.icu wind unit setting (MPS, KPH, MPH, …). */
    wind_speed_unit: shape_str,
    work_kj: shape_numOrNull,
    calories: shape_numOrNull,
    carbs_used: shape_numOrNull,
    carbs_ingested: shape_numOrNull,
    variability_index: shape_numOrNull,
    decoupling: shape_numOrNull,
    efficiency_factor: shape_numOrNull,
    /** Heart-rate recovery (bpm) as Intervals.icu reports it. */
    hrrc: shape_numOrNull,
    elevation_m: shape_numOrNull,
    display: obj({
        distance: DistanceDisplay,
        elevation: orNull(ElevationDisplay),
        avg_speed: orNull(SpeedDisplay),
        max_speed: orNull(SpeedDisplay),
    }),
    feel: shape_numOrNull,
    rpe: shape_numOrNull,
    /** RPE against the band expected from the intensity factor; null without both. */
    effort_response: orNull(oneOf(['positive', 'neutral', 'negative'])),
    zone_distribution: orNull(ActivityZoneDistribution),
    has_intervals: bool,
    has_dfa: bool,
    dfa_summary: maybe(DfaSummary),
    /** Outdoor activities: a terrain summary, or a terminal status (and error code) instead. */
    terrain_summary: maybe(TerrainSummary),
    terrain_status: maybe(oneOf(['no_gps', 'no_elevation', 'failed'])),
    /** e.g. "http_404". */
    terrain_error: maybe(shape_str),
    weather_summary: maybe(WeatherSummary),
    weather_status: maybe(dist/* literal */.euz('unavailable')),
    description: maybe(shape_str),
    /** "NOTE:" lines at the top of the description. */
    coach_notes: maybe(dist/* array */.YOg(shape_str)),
    /** Activity chat messages of the last 7 days. */
    chat_notes: maybe(dist/* array */.YOg(shape_str)),
});
const PlannedWorkout = obj({
    /** The event id ("unknown_N" if the API sent none). */
    id: dist/* union */.KCZ([shape_int, shape_str]),
    date: shape_str,
    name: strOrNull,
    /** The event category: WORKOUT, RACE_A/B/C, NOTE, HOLIDAY, SICK, INJURED, TARGET, … */
    type: shape_str,
    sport_type: strOrNull,
    planned_tss: shape_numOrNull,
    duration_hours: num,
    duration_formatted: shape_str,
    /** Compact structure of the workout_doc, e.g. "15m | 2×20m @263W / 6m rec | 10m". */
    workout_summary: strOrNull,
    has_terrain: bool,
    coach_notes: maybe(dist/* array */.YOg(shape_str)),
    start_time: maybe(shape_str),
    indoor: maybe(dist/* literal */.euz(true)),
    /** Days 0-7: the description without NOTE: lines. */
    description: maybe(shape_str),
    /** Days 8-42 without a workout_summary: the first three description lines. */
    description_preview: maybe(strOrNull),
});

;// CONCATENATED MODULE: ./src/contract/capability.ts
/**
 * derived_metrics.capability: how the athlete expresses fitness rather than how much load they
 * carry: durability (decoupling), efficiency factor, HR recovery, TID drift, power / HR curve
 * shifts across two 28-day windows, the 42-day sustainability table and the DFA a1 profile.
 */




const Trend = oneOf(['improving', 'stable', 'declining']);
const Durability = obj({
    mean_decoupling_7d: shape_numOrNull,
    mean_decoupling_28d: shape_numOrNull,
    high_drift_count_7d: shape_int,
    high_drift_count_28d: shape_int,
    qualifying_sessions_7d: shape_int,
    qualifying_sessions_28d: shape_int,
    trend: orNull(Trend),
    /** Too few qualifying sessions for alert evaluation. */
    reliability_limited: bool,
    reliability_note: strOrNull,
    note: shape_str,
});
const EfficiencyFactor = obj({
    mean_ef_7d: shape_numOrNull,
    mean_ef_28d: shape_numOrNull,
    qualifying_sessions_7d: shape_int,
    qualifying_sessions_28d: shape_int,
    trend: orNull(Trend),
    note: shape_str,
});
const Hrrc = obj({
    mean_hrrc_7d: shape_numOrNull,
    mean_hrrc_28d: shape_numOrNull,
    qualifying_sessions_7d: shape_int,
    qualifying_sessions_28d: shape_int,
    trend: orNull(Trend),
    note: shape_str,
});
const TidComparison = obj({
    classification_7d: orNull(TidClassification),
    classification_28d: orNull(TidClassification),
    pi_7d: shape_numOrNull,
    pi_28d: shape_numOrNull,
    pi_delta: shape_numOrNull,
    /** null when one window has no zone time. */
    drift: orNull(oneOf(['consistent', 'shifting', 'acute_depolarization'])),
    note: shape_str,
});
const DateWindow = obj({ start: isoDate, end: isoDate });
const PowerCurveAnchor = obj({ current_watts: shape_numOrNull, previous_watts: shape_numOrNull, pct_change: shape_numOrNull });
const HrCurveAnchor = obj({ current_bpm: shape_numOrNull, previous_bpm: shape_numOrNull, pct_change: shape_numOrNull });
/** MMP at 5s / 60s / 300s / 1200s / 3600s, current 28 days against the 28 days before. */
const PowerCurveDelta = obj({
    window_days: shape_int,
    current_window: maybe(DateWindow),
    previous_window: maybe(DateWindow),
    /** null (with the reason in `note`) when either window lacks data. */
    anchors: orNull(obj({
        '5s': PowerCurveAnchor,
        '60s': PowerCurveAnchor,
        '300s': PowerCurveAnchor,
        '1200s': PowerCurveAnchor,
        '3600s': PowerCurveAnchor,
    })),
    /** Positive = sprint-biased gains, negative = endurance-biased. */
    rotation_index: shape_numOrNull,
    note: shape_str,
});
/** Max sustained HR at 60s / 300s / 1200s / 3600s, all sports. */
const HrCurveDelta = obj({
    window_days: shape_int,
    current_window: maybe(DateWindow),
    previous_window: maybe(DateWindow),
    anchors: orNull(obj({ '60s': HrCurveAnchor, '300s': HrCurveAnchor, '1200s': HrCurveAnchor, '3600s': HrCurveAnchor })),
    rotation_index: shape_numOrNull,
    note: shape_str,
});
/** One duration of the sustainability table (best power and HR of the 42-day window). */
const SustainabilityAnchor = obj({
    actual_watts: shape_numOrNull,
    actual_wpkg: shape_numOrNull,
    actual_hr: shape_numOrNull,
    pct_lthr: shape_numOrNull,
    /** null when the duration has no observed power. */
    source: orNull(dist/* literal */.euz('observed')),
});
/** Cycling adds indoor/outdoor provenance and the Coggan and CP/W' model columns. */
const CyclingSustainabilityAnchor = obj({
    ...SustainabilityAnchor.entries,
    source: orNull(oneOf(['observed_indoor', 'observed_outdoor'])),
    coggan_watts: shape_numOrNull,
    coggan_wpkg: shape_numOrNull,
    cp_model_watts: shape_numOrNull,
    cp_model_wpkg: shape_numOrNull,
    /** Actual against the CP model: the divergence is the coaching signal. */
    model_divergence_pct: shape_numOrNull,
});
/** A sport with fewer than two observed anchors. */
const SparseSustainability = obj({ anchors: dist/* null */.chJ(), coverage_ratio: num, note: shape_str });
/** Anchors keyed by duration label ("60s" … "1800s"). */
const SportSustainability = dist/* union */.KCZ([
    obj({ anchors: dist/* record */.g1P(dist/* string */.YjP(), SustainabilityAnchor), coverage_ratio: num }),
    SparseSustainability,
]);
/** Anchors keyed by duration label ("300s" … "7200s"). */
const CyclingSustainability = dist/* union */.KCZ([
    obj({
        anchors: dist/* record */.g1P(dist/* string */.YjP(), CyclingSustainabilityAnchor),
        coverage_ratio: num,
        ftp_used: shape_numOrNull,
        w_prime_used: shape_numOrNull,
        ftp_staleness_days: orNull(shape_int),
        model_trust_note: shape_str,
    }),
    SparseSustainability,
]);
const SustainabilityProfile = obj({
    window: maybe(obj({ days: shape_int, start: isoDate, end: isoDate })),
    weight_kg: maybe(shape_numOrNull),
    weight_source: maybe(orNull(oneOf(['wellness_recent', 'wellness_extended', 'athlete_profile']))),
    /** Present when no sport produced data (then no sport blocks). */
    note: maybe(shape_str),
    cycling: maybe(CyclingSustainability),
    ski: maybe(SportSustainability),
    rowing: maybe(SportSustainability),
});
const Capability = obj({
    durability: Durability,
    efficiency_factor: EfficiencyFactor,
    hrrc: Hrrc,
    tid_comparison: TidComparison,
    power_curve_delta: PowerCurveDelta,
    hr_curve_delta: HrCurveDelta,
    sustainability_profile: SustainabilityProfile,
    /** null without any AlphaHRV session in intervals.json. */
    dfa_a1_profile: orNull(DfaA1Profile),
});

;// CONCATENATED MODULE: ./src/contract/derived-metrics.ts
/**
 * latest.json derived_metrics: the Section 11 metrics the reference computes from the 7- and
 * 28-day windows (the reference's `_calculate_derived_metrics`): recovery and baselines, ACWR
 * (live and start-of-day), monotony / strain, zone time, Seiler TID, capability, consistency,
 * phase detection, FTP benchmarks and the power model.
 */




const AcwrInterpretation = oneOf(['undertraining', 'optimal', 'caution', 'danger']);
const AcwrStartOfDay = obj({
    value: shape_numOrNull,
    interpretation: orNull(AcwrInterpretation),
    scope: dist/* literal */.euz('start_of_day'),
    as_of_date: isoDate,
    current_day_load_included: dist/* literal */.euz(false),
    acute_days: shape_int,
    chronic_days: shape_int,
});
const ZoneDistribution7d = obj({
    z1_hours: num,
    z2_hours: num,
    z3_hours: num,
    z4_plus_hours: num,
    total_hours: num,
    zone_basis: orNull(ZoneBasis),
});
/** Seiler three-zone TID; percentages, class and basis are null without zone time. */
const SeilerTid = obj({
    z1_seconds: num,
    z2_seconds: num,
    z3_seconds: num,
    z1_pct: shape_numOrNull,
    z2_pct: shape_numOrNull,
    z3_pct: shape_numOrNull,
    polarization_index: shape_numOrNull,
    classification: orNull(TidClassification),
    zone_basis: orNull(ZoneBasis),
});
const SeilerTidPrimary = obj({ ...SeilerTid.entries, sport: SportFamily });
const ConsistencyDetails = obj({
    planned_days: shape_int,
    completed_days: shape_int,
    matched_days: shape_int,
    planned_dates: maybe(dist/* array */.YOg(isoDate)),
    completed_dates: maybe(dist/* array */.YOg(isoDate)),
    /** "No planned workouts in period" (then no date lists). */
    note: maybe(shape_str),
});
const PhaseDetection = obj({
    phase: orNull(Phase),
    confidence: orNull(Confidence),
    /** Machine-readable reasons, e.g. PHASE_TRANSITION_Base_TO_Build, RACE_IMMINENT. */
    reason_codes: dist/* array */.YOg(shape_str),
    basis: obj({
        stream_1: obj({
            ctl_slope: shape_numOrNull,
            acwr_trend: orNull(oneOf(['rising', 'falling', 'stable'])),
            hard_day_pattern: shape_numOrNull,
            weeks_available: shape_int,
        }),
        stream_2: obj({
            planned_tss_delta: shape_numOrNull,
            hard_sessions_planned: shape_int,
            current_week_hard_days_completed: shape_int,
            current_week_hard_days_total: shape_int,
            /** Days to the next race of any category. */
            race_proximity: orNull(shape_int),
            next_week_load: shape_numOrNull,
            plan_coverage_current_week: num,
            plan_coverage_next_week: num,
        }),
        data_quality: oneOf(['good', 'mixed', 'poor']),
        stream_agreement: boolOrNull,
    }),
    previous_phase: orNull(Phase),
    phase_duration_weeks: shape_int,
    dossier_declared: orNull(Phase),
    dossier_agreement: boolOrNull,
});
const Benchmark = obj({
    current_ftp: shape_numOrNull,
    ftp_8_weeks_ago: shape_numOrNull,
    benchmark_index: shape_numOrNull,
    /** e.g. "+2.7%". */
    benchmark_percentage: strOrNull,
    seasonal_expected: boolOrNull,
});
const SeasonalContext = oneOf([
    'Off-season / Transition',
    'Early Base',
    'Late Base / Build',
    'Build / Early Race Season',
    'Peak Race Season',
    'Late Season / Transition',
    'Unknown',
]);
const DerivedMetrics = obj({
    recovery_index: shape_numOrNull,
    recovery_index_yesterday: shape_numOrNull,
    hrv_baseline_7d: shape_numOrNull,
    rhr_baseline_7d: shape_numOrNull,
    hrv_baseline_28d: shape_numOrNull,
    rhr_baseline_28d: shape_numOrNull,
    latest_hrv: shape_numOrNull,
    latest_rhr: shape_numOrNull,
    /** Live, today-inclusive ACWR: retrospective context only, never a readiness input. */
    acwr: shape_numOrNull,
    acwr_interpretation: orNull(AcwrInterpretation),
    acwr_scope: dist/* literal */.euz('live_retrospective'),
    acwr_readiness_eligible: dist/* literal */.euz(false),
    acwr_start_of_day: AcwrStartOfDay,
    monotony: shape_numOrNull,
    /** "normal", "elevated", or with the multi-sport explanation appended. */
    monotony_interpretation: strOrNull,
    primary_sport: orNull(SportFamily),
    primary_sport_monotony: shape_numOrNull,
    primary_sport_tss_7d: shape_numOrNull,
    effective_monotony: shape_numOrNull,
    multi_sport_detected: bool,
    strain: shape_numOrNull,
    stress_tolerance: shape_numOrNull,
    load_recovery_ratio: shape_numOrNull,
    tss_7d_total: num,
    tss_28d_total: num,
    zone_distribution_7d: ZoneDistribution7d,
    grey_zone_percentage: shape_numOrNull,
    grey_zone_note: shape_str,
    quality_intensity_percentage: shape_numOrNull,
    quality_intensity_note: shape_str,
    easy_time_ratio: shape_numOrNull,
    easy_time_ratio_note: shape_str,
    hard_days_this_week: shape_int,
    hard_days_note: shape_str,
    seiler_tid_7d: SeilerTid,
    seiler_tid_7d_primary: orNull(SeilerTidPrimary),
    seiler_tid_28d: SeilerTid,
    seiler_tid_28d_primary: orNull(SeilerTidPrimary),
    capability: Capability,
    consistency_index: shape_numOrNull,
    consistency_details: ConsistencyDetails,
    phase_detection: PhaseDetection,
    phase_detected: orNull(Phase),
    phase_triggers: dist/* array */.YOg(shape_str),
    seasonal_context: SeasonalContext,
    benchmark_indoor: Benchmark,
    benchmark_outdoor: Benchmark,
    eftp: shape_numOrNull,
    w_prime: shape_numOrNull,
    w_prime_kj: shape_numOrNull,
    p_max: shape_numOrNull,
    power_model_source: oneOf(['wellness.sportInfo', 'unavailable']),
    vo2max: shape_numOrNull,
    calculation_timestamp: isoDateTime,
    data_quality: obj({
        hrv_data_points: shape_int,
        rhr_data_points: shape_int,
        activities_7d: shape_int,
        activities_28d: shape_int,
        planned_workouts_7d: shape_int,
        /** Days spanned by each ftp_history.json series. */
        ftp_history_days: obj({ indoor: shape_int, outdoor: shape_int }),
    }),
});

;// CONCATENATED MODULE: ./src/contract/race-calendar.ts
/**
 * latest.json race_calendar: RACE_A/B/C events of the next 90 days, the taper-onset alert (an A
 * race 8-14 days out) and the race-week protocol (an A or B race within 7 days).
 */




const Race = obj({
    name: strOrNull,
    date: isoDate,
    category: RaceCategory,
    /** The event's sport type (Ride, Run, …). */
    type: strOrNull,
    days_until: shape_int,
    moving_time_seconds: shape_numOrNull,
    distance_meters: shape_numOrNull,
    display: obj({ distance: orNull(DistanceDisplay) }),
    /** A route attachment of the event produced a terrain summary in routes.json. */
    has_terrain: bool,
    start_time: maybe(shape_str),
    indoor: maybe(dist/* literal */.euz(true)),
});
/** Taper onset: an A race 8-14 days out. */
const TaperAlert = dist/* variant */.Oxt('active', [
    obj({ active: dist/* literal */.euz(false) }),
    obj({ active: dist/* literal */.euz(true), event_name: strOrNull, event_date: isoDate, days_until: shape_int, message: shape_str }),
]);
const IntRange = obj({ min: shape_int, max: shape_int });
const RaceDayProtocol = obj({
    label: shape_str,
    /** TSS band for today from CTL; null before the race week. */
    load_target_tss: orNull(IntRange),
    zones: shape_str,
    purpose: shape_str,
});
/** The race-week protocol for an A (else B) race within 7 days. */
const ActiveRaceWeek = obj({
    active: dist/* literal */.euz(true),
    event_name: strOrNull,
    event_date: isoDate,
    event_category: oneOf(['RACE_A', 'RACE_B']),
    event_type: strOrNull,
    event_duration_class: oneOf(['short_intense', 'medium', 'long_endurance']),
    event_moving_time_seconds: shape_numOrNull,
    days_until_event: shape_int,
    /** "D-7" … "D-0". */
    current_day: shape_str,
    ctl_baseline: num,
    normal_weekly_tss: num,
    race_week_tss_budget: IntRange,
    race_week_tss_spent: shape_int,
    race_week_tss_remaining: IntRange,
    /** Race-day TSB assuming no further load. */
    projected_race_day_tsb: num,
    tsb_target_range: IntRange,
    today: RaceDayProtocol,
    carb_loading: obj({
        applicable: bool,
        active: bool,
        starts: dist/* literal */.euz('D-4'),
        start_date: isoDate,
        note: strOrNull,
    }),
    opener: obj({ day: dist/* literal */.euz('D-2'), date: isoDate, intensity: oneOf(['lighter', 'standard', 'more_intense']) }),
    go_no_go: obj({ tsb_status: oneOf(['green', 'flag']), notes: dist/* array */.YOg(shape_str) }),
});
const RaceWeek = dist/* variant */.Oxt('active', [obj({ active: dist/* literal */.euz(false) }), ActiveRaceWeek]);
const RaceCalendar = obj({
    next_race: orNull(Race),
    all_races: dist/* array */.YOg(Race),
    taper_alert: TaperAlert,
    race_week: RaceWeek,
});

;// CONCATENATED MODULE: ./src/contract/readiness.ts
/**
 * latest.json decision blocks: alerts[] (threshold crossings, tiered), readiness_decision (the
 * pre-computed go / modify / skip with its P0-P3 priority) and health_context (athlete-reported
 * illness and injury markers; context, never a readiness input).
 */



const AlertMetric = oneOf([
    'acwr',
    'monotony',
    'strain',
    'recovery_index',
    'hrv',
    'rhr',
    'durability',
    'tid_distribution',
    'race_taper',
    'race_week',
    'race_week_tsb',
]);
const Alert = obj({
    metric: AlertMetric,
    /** The measured value (a number, a TID class name, days until a race…). */
    value: dist/* union */.KCZ([num, shape_str, dist/* null */.chJ()]),
    severity: Severity,
    /** The crossed threshold, numeric or described ("↑≥5bpm vs baseline (47.7)"). */
    threshold: dist/* union */.KCZ([num, shape_str]),
    context: shape_str,
    persistence_days: orNull(shape_int),
    /** 1 = readiness-relevant physiology and races, 2 = load, 3 = capability trends. */
    tier: dist/* picklist */.KIO([1, 2, 3]),
    /** Live ACWR alerts are retrospective context, never a readiness input. */
    scope: maybe(dist/* literal */.euz('live_retrospective')),
    readiness_eligible: maybe(dist/* literal */.euz(false)),
});
const ReadinessSignalName = oneOf(['hrv', 'rhr', 'sleep', 'acwr', 'ri', 'tsb']);
const HrvSignal = obj({
    status: SignalStatus,
    value: shape_numOrNull,
    baseline_7d: shape_numOrNull,
    delta_pct: shape_numOrNull,
    /** The latest record has no usable rMSSD but does carry SDNN (explanatory only). */
    reason: maybe(dist/* literal */.euz('rmssd_missing_sdnn_available')),
});
const ReadinessSignals = obj({
    hrv: HrvSignal,
    rhr: obj({ status: SignalStatus, value: shape_numOrNull, baseline_7d: shape_numOrNull, delta_bpm: shape_numOrNull }),
    sleep: obj({ status: SignalStatus, hours: shape_numOrNull, quality: shape_numOrNull }),
    /** Start-of-day ACWR (today's load excluded), the only ACWR readiness reads. */
    acwr: obj({
        status: SignalStatus,
        value: shape_numOrNull,
        scope: dist/* literal */.euz('start_of_day'),
        as_of_date: orNull(isoDate),
        current_day_load_included: dist/* literal */.euz(false),
    }),
    ri: obj({ status: SignalStatus, value: shape_numOrNull, value_yesterday: shape_numOrNull }),
    /** Evaluated only when the decision reaches P2. */
    tsb: maybe(obj({ status: SignalStatus, value: shape_numOrNull })),
});
const Modification = obj({
    triggers: dist/* array */.YOg(ReadinessSignalName),
    suggested_adjustments: obj({
        intensity: oneOf(['preserve', 'reduce']),
        volume: oneOf(['preserve', 'reduce']),
        cap_zone: orNull(dist/* literal */.euz('Z2')),
    }),
});
const ReadinessDecision = obj({
    recommendation: oneOf(['go', 'modify', 'skip']),
    /** 0 = safety stop, 1 = acute overload, 2 = signal count, 3 = green. */
    priority: dist/* picklist */.KIO([0, 1, 2, 3]),
    signals: ReadinessSignals,
    signal_summary: obj({ green: shape_int, amber: shape_int, red: shape_int, unavailable: shape_int }),
    phase_context: obj({
        phase: orNull(Phase),
        phase_week: orNull(shape_int),
        amber_threshold: shape_int,
        modifier_applied: oneOf(['default', 'build_loosened', 'taper_tightened', 'race_week_tightened']),
    }),
    race_week_defers: bool,
    /** Guidance for a "modify"; null otherwise. */
    modification: orNull(Modification),
    reason: shape_str,
    /** Metrics of the alarms that drove the decision. */
    alarm_refs: dist/* array */.YOg(shape_str),
});
/** One SICK / INJURED calendar marker. */
const HealthMarker = obj({
    event_id: dist/* union */.KCZ([shape_int, shape_str]),
    category: oneOf(['SICK', 'INJURED']),
    start_date: isoDate,
    /** The INCLUSIVE last calendar-marked day (Intervals stores an exclusive end). */
    end_date: isoDate,
    marker_active_today: bool,
    source: dist/* literal */.euz('calendar'),
    name: maybe(shape_str),
    description: maybe(shape_str),
});
/** A marker that ended within recent_window_days (none spans today): recovery status unknown. */
const RecentHealthMarker = obj({ ...HealthMarker.entries, days_since_end: orNull(shape_int) });
const HealthContext = obj({
    /** "partial": the dedicated health fetch failed; the block comes from the main event window. */
    source_status: oneOf(['ok', 'partial']),
    /** Omitted when source_status is "partial" (not established). */
    marker_active: maybe(bool),
    recent_marker: maybe(bool),
    clarification_required: bool,
    /** null under "partial" when the main event window's oldest date is absent or unparseable. */
    lookback_days: orNull(shape_int),
    recent_window_days: shape_int,
    current: dist/* array */.YOg(HealthMarker),
    recent: dist/* array */.YOg(RecentHealthMarker),
    upcoming: dist/* array */.YOg(HealthMarker),
    /** The latest wellness injury value when it is 2 or worse. */
    wellness_injury: maybe(obj({
        value: num,
        date: strOrNull,
        freshness: oneOf(['current', 'stale']),
        series: shape_str,
        days_old: maybe(shape_int),
    })),
    note: shape_str,
});

;// CONCATENATED MODULE: ./src/contract/latest.ts
/**
 * latest.json: the current snapshot an AI coach reads first (the reference's
 * `collect_training_data`). Blocks with their own modules: derived_metrics, alerts,
 * readiness_decision, health_context, recent_activities, planned_workouts, race_calendar.
 */








/** The 1-4 labels of one categorical wellness field (keys "1" … "4"). */
const scale = (extra = {}) => obj({ '1': shape_str, '2': shape_str, '3': shape_str, '4': shape_str, ...extra });
const ReadThisFirst = obj({
    instruction_for_ai: shape_str,
    display_formatting: shape_str,
    data_period: shape_str,
    extended_data_note: shape_str,
    capability_metrics_note: shape_str,
    readiness_decision_note: shape_str,
    health_context_note: shape_str,
    /** The zone-preference setting per sport ({"run": "hr"}), or the default's description. */
    zone_preference: dist/* union */.KCZ([shape_str, dist/* record */.g1P(dist/* string */.YjP(), oneOf(['power', 'hr']))]),
    wellness_field_scales: obj({
        note: shape_str,
        sleep_quality: scale(),
        fatigue: scale({ ui_note: shape_str }),
        soreness: scale({ ui_note: shape_str }),
        stress: scale(),
        mood: scale(),
        motivation: scale(),
        injury: scale(),
        hydration: scale(),
        menstrual: shape_str,
    }),
    quick_stats: obj({
        total_training_hours: num,
        total_training_formatted: shape_str,
        total_activities: shape_int,
        total_tss: num,
    }),
});
const Metadata = obj({
    athlete_id: dist/* literal */.euz('REDACTED'),
    last_updated: isoDateTime,
    data_range_days: shape_int,
    extended_range_days: shape_int,
    /** The contract (sync.py) version the file follows, e.g. "3.128". */
    version: shape_str,
});
/**
 * Stable identity fields of the athlete (an explicit allow-list; never the raw athlete record).
 * Privacy mode (public repositories) drops date_of_birth, location and timezone (an IANA zone
 * names a city) and keeps age.
 */
const AthleteProfile = obj({
    date_of_birth: maybe(orNull(isoDate)),
    age: orNull(shape_int),
    height_m: shape_numOrNull,
    display: obj({ height: orNull(HeightDisplay) }),
    display_preferences: DisplayPreferences,
    sex: strOrNull,
    location: maybe(strOrNull),
    timezone: maybe(strOrNull),
    platform_activated: orNull(isoDate),
    years_on_platform: orNull(shape_int),
});
/** Whether history.json exists and how far it reaches. */
const HistoryInfo = dist/* variant */.Oxt('available', [
    obj({
        available: dist/* literal */.euz(true),
        last_generated: orNull(isoDate),
        age_days: orNull(shape_int),
        total_months: num,
        history_confidence: oneOf(['high', 'medium', 'low']),
    }),
    obj({ available: dist/* literal */.euz(false), history_confidence: dist/* literal */.euz('low'), note: shape_str }),
]);
const ActivityTypeSummary = obj({
    duration_decimal_hours: num,
    count: shape_int,
    tss: num,
    distance_km: num,
    display: obj({ distance: DistanceDisplay }),
});
const ActivitySummary = obj({
    period_description: shape_str,
    note: shape_str,
    total_duration_decimal_hours: num,
    total_activities: shape_int,
    /** Keyed by Intervals.icu activity type (Ride, VirtualRide, Run, …). */
    by_activity_type: dist/* record */.g1P(dist/* string */.YjP(), ActivityTypeSummary),
});
const Fitness = obj({
    ctl: shape_numOrNull,
    atl: shape_numOrNull,
    tsb: shape_numOrNull,
    ramp_rate: shape_numOrNull,
    fitness_source: shape_str,
});
/** Thresholds of the best-populated sportSettings entry of one sport family. */
const SportThresholds = obj({
    lthr: shape_numOrNull,
    max_hr: shape_numOrNull,
    threshold_pace: shape_numOrNull,
    /** Intervals.icu pace units (MINS_KM, MINS_MILE, SECS_100M, SECS_500M, …); null without a pace. */
    pace_units: strOrNull,
    ftp: shape_numOrNull,
    ftp_indoor: shape_numOrNull,
});
const Thresholds = obj({
    eftp: shape_numOrNull,
    w_prime: shape_numOrNull,
    w_prime_kj: shape_numOrNull,
    p_max: shape_numOrNull,
    vo2max: shape_numOrNull,
    /** Keyed by sport family (cycling, run, swim, …). */
    sports: dist/* record */.g1P(dist/* string */.YjP(), SportThresholds),
});
const CurrentMetrics = obj({
    weight_kg: shape_numOrNull,
    display: obj({ weight: orNull(WeightDisplay) }),
    resting_hr: shape_numOrNull,
    hrv: shape_numOrNull,
    sleep_quality: shape_numOrNull,
    sleep_hours: shape_numOrNull,
    sleep_formatted: strOrNull,
    sleep_score: shape_numOrNull,
    ...wellnessStateEntries,
});
/** Gated weight signals; a field whose gate fails is absent (the block is absent when none pass). */
const WeightSignal = obj({
    weight_latest_kg: maybe(num),
    weight_latest_date: maybe(isoDate),
    wkg_current: maybe(num),
    /** "tested": cycling FTP from sportSettings; "eftp": the estimated FTP. */
    wkg_ftp_source: maybe(oneOf(['tested', 'eftp'])),
    ftp_setting_date: maybe(isoDate),
    wkg_block_start: maybe(num),
    wkg_block_end: maybe(num),
    wkg_block_delta: maybe(num),
    weight_7d_avg_kg: maybe(num),
    weight_28d_slope_kg_per_week: maybe(num),
    display: maybe(obj({
        weight_latest: maybe(WeightDisplay),
        weight_7d_avg: maybe(WeightDisplay),
        weight_28d_slope_per_week: maybe(WeightSlopeDisplay),
    })),
});
const CurrentStatus = obj({
    fitness: Fitness,
    thresholds: Thresholds,
    current_metrics: CurrentMetrics,
    weight: maybe(WeightSignal),
});
/** Coverage telemetry of workout_summary generation over this run's planned workouts. */
const WorkoutSummaryStats = obj({
    attempted: shape_int,
    success: shape_int,
    patternA: shape_int,
    patternB: shape_int,
    bail_no_workout_doc: shape_int,
    bail_no_match: shape_int,
});
const WeeklySummary = obj({
    total_training_hours: num,
    total_training_formatted: shape_str,
    total_tss: num,
    activities_count: shape_int,
    avg_hrv: shape_numOrNull,
    avg_resting_hr: shape_numOrNull,
});
const LatestFile = obj({
    READ_THIS_FIRST: ReadThisFirst,
    metadata: Metadata,
    athlete_profile: AthleteProfile,
    /** The athlete's own Intervals.icu notes, passed through. */
    athlete_notes: strOrNull,
    alerts: dist/* array */.YOg(Alert),
    readiness_decision: ReadinessDecision,
    health_context: HealthContext,
    history: HistoryInfo,
    summary: ActivitySummary,
    current_status: CurrentStatus,
    derived_metrics: DerivedMetrics,
    recent_activities: dist/* array */.YOg(RecentActivity),
    wellness_data: dist/* array */.YOg(WellnessRecord),
    planned_workouts: dist/* array */.YOg(PlannedWorkout),
    workout_summary_stats: WorkoutSummaryStats,
    weekly_summary: WeeklySummary,
    race_calendar: RaceCalendar,
});

;// CONCATENATED MODULE: ./src/contract/routes.ts
/**
 * routes.json: terrain of GPX/TCX/FIT route files attached to calendar events, cached by
 * attachment id (the reference's `_generate_terrain`).
 */



const RouteEvent = obj({
    event_id: shape_int,
    event_name: shape_str,
    event_date: dist/* union */.KCZ([isoDate, dist/* literal */.euz('')]),
    /** Intervals.icu event category (WORKOUT, RACE_A, NOTE, …) as the calendar carries it. */
    category: shape_str,
    attachment_id: shape_str,
    filename: shape_str,
    /** null when a track with elevation is shorter than 100 m. */
    terrain_summary: orNull(dist/* union */.KCZ([RouteTerrainSummary, TerrainError])),
    /** HH:MM when the event has a start time other than midnight. */
    start_time: maybe(shape_str),
});
const RoutesFile = obj({
    generated_at: isoDateTime,
    sync_version: shape_str,
    script_hash: shape_str,
    events: dist/* array */.YOg(RouteEvent),
});

;// CONCATENATED MODULE: ./src/contract/index.ts
























/** The five contract files by file name. */
const CONTRACT_FILES = {
    'latest.json': LatestFile,
    'history.json': HistoryFile,
    'intervals.json': IntervalsFile,
    'routes.json': RoutesFile,
    'ftp_history.json': FtpHistoryFile,
};
function isContractFile(name) {
    return Object.hasOwn(CONTRACT_FILES, name);
}
/** The model of one file; `strict` rejects keys the contract does not name. */
function contractSchema(name, { strict = false } = {}) {
    const schema = CONTRACT_FILES[name];
    return strict ? strictVariant(schema) : schema;
}

;// CONCATENATED MODULE: ./src/lib/py/float-sort.ts
/**
 * sorted() of a float list exactly as CPython 3.11 orders it, for the DFA percentiles.
 *
 * Without NaN any correct sort gives Python's order (equal floats are indistinguishable), so
 * the typed-array sort is used. The reference does not drop NaN dfa_a1 samples (its filter is
 * `d < 0.01`, false for NaN), and with a NaN present the order depends on the algorithm: CPython
 * compares with `<` only. For that case this is a port of CPython 3.11's listsort (timsort with
 * binary insertion, galloping merges and the powersort merge policy), comparing with `<`.
 *
 * Kept because simpler rules give other orders: __tests__/lib/float-sort.test.ts checks this
 * port against CPython 3.11's own sorted() on random lists with NaN, and shows that JavaScript's
 * sort (NaN last) and a plain `<` insertion sort each disagree with CPython on some of them.
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
 * reference: a None sample is dropped, a NaN sample survives the `< 0.01` filter (see src/lib/py/float-sort.ts),
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
const ESTIMATE_REASON_PRIORITY = ESTIMATE_FAILURE_REASONS;
/** A reason's precedence: its index in the contract's failure list, unknown reasons last. */
function estimateReasonRank(reason) {
    const i = ESTIMATE_REASON_PRIORITY.indexOf(reason);
    return i < 0 ? ESTIMATE_REASON_PRIORITY.length : i;
}
/** the streams the DFA pipeline requests */
const DFA_STREAM_TYPES = ['dfa_a1', 'artifacts', 'heartrate', 'watts'];
/** _finite_num: a finite number, else null (rejects booleans, non-numbers, NaN, ±inf). */
function finiteNum(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
/** finite-normalised stream aligned to n (None padding / truncation), NaN = not observed */
function normalise(raw, n, nonNegative) {
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
 * The dfa block of an activity's streams, or null when dfa_a1 is absent/empty (no AlphaHRV
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
    const art = normalise(artRaw, n, true);
    const hr = normalise(hrRaw, n, false);
    const watts = normalise(wRaw, n, false);
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
    const validPct = n ? (0,py/* round */.LI)((100.0 * valid) / n, 1) : 0.0;
    const artifactRateAvg = artifactCount ? (0,py/* round */.LI)(artifactSum / artifactCount, 2) : null;
    const artifactCoveragePct = n ? (0,py/* round */.LI)((100.0 * artifactCount) / n, 3) : 0.0;
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
    const avg = (0,py/* round */.LI)(total / valid, 3);
    const p25 = (0,py/* round */.LI)(sortedDfa[Math.floor(valid / 4)], 3);
    const p50 = (0,py/* round */.LI)(sortedDfa[Math.floor(valid / 2)], 3);
    const p75 = (0,py/* round */.LI)(sortedDfa[Math.floor((valid * 3) / 4)], 3);
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
            pct: (0,py/* round */.LI)((100.0 * secs) / valid, 1),
            avg_hr: hrN ? (0,py/* round */.LI)(hrSum / hrN) : null,
            avg_watts: wN ? (0,py/* round */.LI)(wSum / wN) : null,
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
        const firstAvg = (0,py/* round */.LI)(s1 / third, 3);
        const lastAvg = (0,py/* round */.LI)(s3 / third, 3);
        const supraPct = tizSupra ? tizSupra.pct : 0.0;
        drift = {
            first_third_avg: firstAvg,
            last_third_avg: lastAvg,
            delta: (0,py/* round */.LI)(lastAvg - firstAvg, 3),
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
            avgHr = hrN ? (0,py/* round */.LI)(hrSum / hrN) : null;
            avgWatts = wN ? (0,py/* round */.LI)(wSum / wN) : null;
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
    const order = estimateReasonRank;
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
    if ((100.0 * (0,py/* pstdev */.lF)(span)) / mean > DFA_CROSSING_MAX_POWER_CV_PCT)
        return 'non_stationary_power';
    return 'ok';
}

;// CONCATENATED MODULE: ./src/derive/intervals/dfa-cache.ts



const computed = new WeakMap();
function compute(response, streams) {
    let known = computed.get(response);
    if (!known) {
        try {
            known = { block: computeDfaBlock(streams) };
        }
        catch (e) {
            known = { error: e };
        }
        computed.set(response, known);
    }
    return known;
}
/**
 * computeDfaBlock of `streams`, the DFA streams picked from `response`: the same block (each
 * caller's own copy) or the same error for the same response.
 */
function dfaBlockOfResponse(response, streams) {
    const known = compute(response, streams);
    if ('error' in known)
        throw known.error;
    return structuredClone(known.block);
}
/** Compute the block of a streams response that carries DFA a1, ahead of intervals.json. */
function prepareDfaBlock(response) {
    if (!response.ok)
        return;
    const streams = pickStreams(response.data, DFA_STREAM_TYPES);
    if (streams !== null && (0,py/* truthy */.vN)(streams.dfa_a1))
        compute(response, streams);
}

;// CONCATENATED MODULE: ./src/derive/intervals/dfa-profile.ts
/**
 * derived_metrics.capability.dfa_a1_profile (the reference's _calculate_dfa_a1_profile, v3.99,
 * markers v3.114, eligibility v3.122): the latest AlphaHRV session and, per sport family, the
 * rollups of the latest DFA_TRAILING_WINDOW_N sufficient sessions with per-marker threshold
 * estimates gated on estimate-eligible session counts.
 *
 * The entries are this run's intervals.json activities (this producer's own output, carried
 * forward or new); every read keeps the reference's guards, so a hand-edited entry missing a
 * key reads as absent.
 */



/** latest N AlphaHRV sessions for the trailing window (≥6 needed for 'high' confidence) */
const DFA_TRAILING_WINDOW_N = 7;
/** min estimate-eligible marker-sessions for a per-threshold estimate (v3.122) */
const DFA_MIN_CROSSING_SESSIONS_N = 3;
/** LT1 0.75 / LT2 0.5 markers are cycling-validated */
const DFA_VALIDATED_SPORTS = new Set(['cycling']);
const DWELL_SEVERITY = { no_samples_in_band: 0, insufficient_total_dwell: 1, no_contiguous_dwell: 2 };
function familyOf(type) {
    return typeof type === 'string' && Object.hasOwn(sports/* SPORT_FAMILIES */.Yo, type) ? sports/* SPORT_FAMILIES */.Yo[type] : undefined;
}
/** modal reason among counts, tie-broken by `rank` then name */
function modal(counts, rank) {
    const entries = (0,py/* sorted */.IP)([...counts.entries()], (kv) => [-kv[1], rank(kv[0]), kv[0]]);
    return entries[0][0];
}
/** A band's share of the session (0.0 when the band is absent). */
function bandPct(band) {
    return band !== null && band !== undefined && (0,py/* truthy */.vN)(band) ? band.pct : 0.0;
}
/** The session's identity keys, first in latest_session. */
function sessionIdentity(a) {
    return {
        activity_id: (0,py/* get */.Jt)(a, 'activity_id'),
        date: (0,py/* get */.Jt)(a, 'date'),
        name: (0,py/* get */.Jt)(a, 'name'),
        sport: (0,py/* get */.Jt)(a, 'type'),
        validated: DFA_VALIDATED_SPORTS.has(familyOf((0,py/* get */.Jt)(a, 'type', '')) ?? ''),
    };
}
function latestSession(dfaActs) {
    for (const a of dfaActs) {
        const block = a.dfa;
        const quality = (0,py/* orEmpty */.vh)(block.quality);
        if (!(0,py/* truthy */.vN)(quality.sufficient))
            continue;
        const tizSplit = {
            easy: bandPct(block.tiz_easy),
            endurance: bandPct(block.tiz_endurance),
            tempo: bandPct(block.tiz_tempo),
            supra: bandPct(block.tiz_supra),
        };
        const drift = (0,py/* orEmpty */.vh)(block.drift);
        return {
            ...sessionIdentity(a),
            avg: (0,py/* get */.Jt)(block, 'avg'),
            tiz_split_pct: tizSplit,
            drift_delta: (0,py/* get */.Jt)(drift, 'delta'),
            drift_interpretable: (0,py/* get */.Jt)(drift, 'interpretable'),
            quality_pct: (0,py/* get */.Jt)(quality, 'valid_pct'),
            sufficient: true,
        };
    }
    // no sufficient session: the most recent one shows that AlphaHRV ran but was unusable
    const a = dfaActs[0];
    return {
        ...sessionIdentity(a),
        avg: null,
        tiz_split_pct: null,
        drift_delta: null,
        drift_interpretable: null,
        quality_pct: (0,py/* get */.Jt)((0,py/* get */.Jt)(a.dfa, 'quality', {}), 'valid_pct'),
        sufficient: false,
    };
}
/** The rollup of one sport family's window of sufficient sessions (newest first, non-empty). */
function trailingSport(family, window) {
    const n = window.length;
    const avgVals = window.map((a) => (0,py/* get */.Jt)(a.dfa, 'avg')).filter((v) => v !== null);
    const avgDfa = avgVals.length ? (0,py/* round */.LI)((0,py/* sum */.cz)(avgVals) / avgVals.length, 3) : null;
    const driftVals = [];
    for (const a of window) {
        const drift = (0,py/* get */.Jt)(a.dfa, 'drift');
        if ((0,py/* truthy */.vN)(drift) && (0,py/* truthy */.vN)((0,py/* get */.Jt)(drift, 'interpretable')) && (0,py/* get */.Jt)(drift, 'delta') !== null)
            driftVals.push(drift.delta);
    }
    const driftMean = driftVals.length ? (0,py/* round */.LI)((0,py/* sum */.cz)(driftVals) / driftVals.length, 3) : null;
    const crossing = (a, key) => (0,py/* orEmpty */.vh)((0,py/* get */.Jt)(a.dfa, key));
    const avgCrossing = (key, field, subset) => {
        const vals = [];
        for (const a of subset ?? window) {
            const cb = (0,py/* get */.Jt)(a.dfa, key);
            if ((0,py/* truthy */.vN)(cb) && (0,py/* get */.Jt)(cb, 'reason') === 'ok' && (0,py/* truthy */.vN)((0,py/* get */.Jt)(cb, 'estimate_eligible'))) {
                const v = (0,py/* get */.Jt)(cb, field);
                if (v !== null)
                    vals.push(v);
            }
        }
        if (!vals.length)
            return [null, 0];
        return [(0,py/* round */.LI)((0,py/* sum */.cz)(vals) / vals.length), vals.length];
    };
    const isCycling = family === 'cycling';
    const isIndoor = (a) => sports/* INDOOR_CYCLING_TYPES */.KR.has((0,py/* get */.Jt)(a, 'type', ''));
    const indoor = isCycling ? window.filter(isIndoor) : [];
    const outdoor = isCycling ? window.filter((a) => !isIndoor(a)) : [];
    // staged: with no eligible session, why the dwell-qualified crossings were rejected (the
    // blocker the athlete can act on), else the modal dwell blocker
    const thresholdReason = (key, eligibleN) => {
        if (eligibleN >= DFA_MIN_CROSSING_SESSIONS_N)
            return 'ok';
        if (eligibleN >= 1)
            return 'insufficient_sessions';
        const blocks = window.map((a) => crossing(a, key));
        const dwellOk = blocks.filter((b) => (0,py/* get */.Jt)(b, 'reason') === 'ok');
        if (dwellOk.length) {
            const counts = new Map();
            for (const b of dwellOk) {
                const r = (0,py/* get */.Jt)(b, 'estimate_reason');
                if ((0,py/* truthy */.vN)(r) && r !== 'ok')
                    counts.set(r, (counts.get(r) ?? 0) + 1);
            }
            if (counts.size)
                return modal(counts, estimateReasonRank);
        }
        const counts = new Map();
        for (const b of blocks) {
            const r = (0,py/* get */.Jt)(b, 'reason');
            if ((0,py/* truthy */.vN)(r) && r !== 'ok')
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
        const crossingSessions = window.filter((a) => (0,py/* get */.Jt)(crossing(a, key), 'reason') === 'ok').length;
        const eligibleSessions = window.filter((a) => (0,py/* get */.Jt)(crossing(a, key), 'reason') === 'ok' && (0,py/* truthy */.vN)((0,py/* get */.Jt)(crossing(a, key), 'estimate_eligible'))).length;
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
    const qualityAvg = (0,py/* round */.LI)((0,py/* sum */.cz)(window.map((a) => a.dfa.quality.valid_pct)) / n, 1);
    const validated = DFA_VALIDATED_SPORTS.has(family);
    const block = {
        n_sessions: n,
        date_range: [(0,py/* get */.Jt)(window[n - 1], 'date'), (0,py/* get */.Jt)(window[0], 'date')],
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
    return block;
}
/** The profile over intervals.json's AlphaHRV sessions; null without any. */
function dfaA1Profile(intervalsData) {
    if (intervalsData === null || intervalsData === undefined || !(0,py/* truthy */.vN)(intervalsData))
        return null;
    const activities = (0,py/* get */.Jt)(intervalsData, 'activities', []) ?? [];
    const withDfa = activities.filter((a) => a.dfa !== null && a.dfa !== undefined);
    if (withDfa.length === 0)
        return null;
    const dfaActs = (0,py/* sorted */.IP)(withDfa, (a) => ((0,py/* truthy */.vN)(a.start_datetime) ? a.start_datetime : (0,py/* get */.Jt)(a, 'date', '')), true);
    // sufficient sessions grouped by family, newest first
    const byFamily = new Map();
    for (const a of dfaActs) {
        if (!(0,py/* truthy */.vN)((0,py/* get */.Jt)((0,py/* get */.Jt)(a.dfa, 'quality', {}), 'sufficient')))
            continue;
        const family = familyOf((0,py/* get */.Jt)(a, 'type', '')) ?? 'other';
        const acts = byFamily.get(family);
        if (acts === undefined)
            byFamily.set(family, [a]);
        else
            acts.push(a);
    }
    const trailing = {};
    for (const [family, acts] of byFamily) {
        const window = acts.slice(0, DFA_TRAILING_WINDOW_N);
        if (window.length === 0)
            continue;
        trailing[family] = trailingSport(family, window);
    }
    return { latest_session: latestSession(dfaActs), trailing_by_sport: trailing };
}

;// CONCATENATED MODULE: ./src/derive/intervals/dfa-summary.ts
/**
 * The compact dfa_summary of a recent_activities[] entry in latest.json
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
/** The compact dfa_summary of a sufficient DFA block (its statistics are then never null). */
function buildDfaSummary(block) {
    const bandPct = (name) => {
        const b = block[name];
        return truthyDict(b) ? b.pct : 0.0;
    };
    const bandSecs = (name) => {
        const b = block[name];
        return truthyDict(b) ? b.secs : 0;
    };
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
    const lt1 = block.lt1_crossing;
    if (truthyDict(lt1) && (0,py/* truthy */.vN)(lt1.estimate_eligible)) {
        if (lt1.avg_watts !== null && lt1.avg_watts !== undefined)
            summary.lt1_watts = lt1.avg_watts;
        if (lt1.avg_hr !== null && lt1.avg_hr !== undefined)
            summary.lt1_hr = lt1.avg_hr;
    }
    const lt2 = block.lt2_crossing;
    if (truthyDict(lt2) && (0,py/* truthy */.vN)(lt2.estimate_eligible)) {
        if (lt2.avg_watts !== null && lt2.avg_watts !== undefined)
            summary.lt2_watts = lt2.avg_watts;
        if (lt2.avg_hr !== null && lt2.avg_hr !== undefined)
            summary.lt2_hr = lt2.avg_hr;
    }
    return summary;
}

;// CONCATENATED MODULE: ./src/derive/intervals/index.ts
/**
 * intervals.json and DFA a1: the per-interval segments of recent structured sessions with their
 * fetch state, and the DFA a1 profile (docs/PORTING.md maps these to the reference).
 *
 * The reference fetches inside _generate_intervals; here the snapshot stage plans the fetches
 * with selectIntervalCandidates (snapshot/plan/intervals.ts) and generateIntervals replays the
 * same selection over the same inputs, given the fetches' Outcomes, so the plan and the state
 * transitions cannot disagree.
 */














const INTERVALS_SCHEMA_VERSION = 1;
const NOT_FETCHED = { status: 'transient', payload: null, reason: 'not_fetched', retryAfterSecs: null };
/** intervals.json: merges this run's fetch outcomes into the carried-forward cache and advances each endpoint's retry state. */
function generateIntervals(ctx, input) {
    const now = ctx.now;
    const clock = { now, nowInstantMs: ctx.nowInstantMs };
    const { cached, fetchState, candidates, retentionCutoff, nowIso } = (0,intervals/* selectIntervalCandidates */.kg)(ctx, input);
    const pairedIds = buildPairingMap(input.pairingEvents, input.activities28d);
    const updates = new Map();
    for (const { act, due, refresh } of candidates) {
        const actId = (0,intervals/* idStr */.r6)((0,py/* get */.Jt)(act, 'id'));
        const actStart = activityStartDt(act, now);
        const paired = pairedIds.has(actId);
        // a new record starts with its date; a carried one keeps its key order
        fetchState[actId] ??= { date: (0,intervals/* activityDate */.Yb)(act) };
        const state = fetchState[actId];
        state.date = (0,intervals/* activityDate */.Yb)(act);
        if (paired)
            state.paired_planned = true;
        else
            delete state.paired_planned;
        let upd = updates.get(actId);
        if (upd === undefined) {
            upd = { act };
            updates.set(actId, upd);
        }
        const fetched = input.fetches[actId] ?? {};
        if (due.intervals) {
            const r = fetched.intervals ? classifyIntervals(fetched.intervals, clock) : NOT_FETCHED;
            const token = (0,py/* get */.Jt)(act, 'icu_sync_date');
            if (r.status === 'ok') {
                const { segments, zoneBasis } = formatIntervalSegments(r.payload ?? [], act);
                upd.intervals = segments;
                upd.zoneBasis = zoneBasis;
                state.intervals = advanceEndpointState(state.intervals, 'intervals', 'ok', 'ok', now, actStart, paired);
                if ((0,py/* truthy */.vN)(token))
                    state.intervals.source_icu_sync_date = token;
            }
            else if (refresh) {
                // a failed refresh keeps the cached payload; only the refresh sub-object advances
                // a refresh is only selected on an ok intervals record, so the record is there
                const ep = state.intervals;
                const prevRef = (0,py/* orEmpty */.vh)(ep.refresh);
                const attempts = prevRef.target_sync_date === token ? prevAttempts(prevRef) + 1 : 1;
                const ref = r.status === 'terminal_error'
                    ? { target_sync_date: token, attempts, status: 'exhausted', reason: 'terminal_error' }
                    : {
                        target_sync_date: token,
                        attempts,
                        reason: r.status === 'no_data' ? 'no_data' : 'transient',
                        next_retry_at: scheduleRefresh(attempts, now, r.retryAfterSecs),
                    };
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
            else if (r.status === 'no_data' || !(0,py/* truthy */.vN)(r.payload?.dfa_a1)) {
                // a 200 carrying only heartrate/watts is not success: only a usable dfa_a1 counts
                state.streams = advanceEndpointState(state.streams, 'streams', 'pending', 'no_data', now, actStart, paired);
            }
            else {
                let block = null;
                let failed = false;
                try {
                    block = dfaBlockOfResponse(fetched.streams, r.payload);
                }
                catch (e) {
                    (0,derive_diagnostics/* degraded */.$o)(`intervals.json.activities[${actId}].dfa`, e);
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
    const presentIds = new Set(input.activities28d.filter((a) => (0,py/* truthy */.vN)((0,py/* get */.Jt)(a, 'id'))).map((a) => (0,intervals/* idStr */.r6)((0,py/* get */.Jt)(a, 'id'))));
    const byId = new Map();
    for (const entry of cached.activities ?? []) {
        if (String((0,py/* get */.Jt)(entry, 'date', '') ?? '') < retentionCutoff)
            continue;
        const eid = (0,intervals/* idStr */.r6)((0,py/* get */.Jt)(entry, 'activity_id'));
        if (!presentIds.has(eid))
            continue;
        byId.set(eid, entry);
    }
    for (const [actId, upd] of updates) {
        const act = upd.act;
        let entry = byId.get(actId);
        if (entry === undefined) {
            entry = {
                activity_id: (0,py/* get */.Jt)(act, 'id'),
                date: (0,intervals/* activityDate */.Yb)(act),
                start_datetime: (0,py/* get */.Jt)(act, 'start_date_local', ''),
                type: (0,py/* get */.Jt)(act, 'type', 'Unknown'),
                name: (0,py/* get */.Jt)(act, 'name', ''),
                interval_summary: (0,py/* get */.Jt)(act, 'interval_summary'),
                intervals: [],
            };
            byId.set(actId, entry);
        }
        if (upd.intervals !== undefined) {
            entry.intervals = upd.intervals;
            entry.interval_summary = (0,py/* get */.Jt)(act, 'interval_summary');
            if (upd.zoneBasis !== null && upd.zoneBasis !== undefined)
                entry.zone_basis = upd.zoneBasis;
            else
                delete entry.zone_basis;
        }
        if (upd.dfa !== undefined)
            entry.dfa = upd.dfa;
    }
    // an entry with neither payload carries nothing; its fetch_state keeps it from re-queueing
    const allEntries = [...byId.values()].filter((e) => (0,py/* truthy */.vN)((0,py/* get */.Jt)(e, 'intervals')) || (0,py/* truthy */.vN)((0,py/* get */.Jt)(e, 'dfa')));
    const prunedState = {};
    for (const [actId, state] of Object.entries(fetchState)) {
        if (String((0,py/* get */.Jt)(state, 'date', '') ?? '') < retentionCutoff)
            continue;
        if (!presentIds.has(actId))
            continue;
        prunedState[actId] = state;
    }
    const intervalsData = {
        generated_at: ctx.utcNow.isoformat(),
        schema_version: INTERVALS_SCHEMA_VERSION,
        version: ctx.producerVersion,
        script_hash: ctx.scriptHash,
        scan_hours: windows/* INTERVAL_SCAN_HOURS */.gr,
        retention_days: windows/* INTERVAL_RETENTION_DAYS */.rd,
        activities: allEntries,
        fetch_state: prunedState,
    };
    return { intervalsData, intervalActivityIds: new Set(allEntries.map((e) => (0,intervals/* idStr */.r6)(e.activity_id))) };
}
/** The trailing DFA a1 profile over this run's intervals.json content. */
function calculateDfaA1Profile(_ctx, intervalsData) {
    return dfaA1Profile(intervalsData);
}

// EXTERNAL MODULE: ./src/derive/phase/index.ts + 3 modules
var phase = __webpack_require__(6170);
// EXTERNAL MODULE: ./src/derive/zones.ts
var derive_zones = __webpack_require__(8279);
;// CONCATENATED MODULE: ./src/derive/metrics/zones.ts




/** The day's zones per basis of a list of activities (zone preference by SPORT_FAMILIES.get(type)). */
function accumulateDayZones(activities, zonePreference) {
    return (0,derive_zones/* dayZonesByBasis */.Ns)(activities, zonePreference);
}
/** The basis of a window: the one basis its activities used, "mixed" for both, null for none. */
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
        const [zones, basis] = (0,derive_zones/* getActivityZones */.$1)(act, (0,sports/* sportFamily */.PV)((0,py/* get */.Jt)(act, 'type', '')), zonePreference);
        if ((0,py/* truthy */.vN)(zones)) {
            if (basis)
                basisSet.add(basis);
            z1 += (0,py/* get */.Jt)(zones, 'z1', 0);
            z2 += (0,py/* get */.Jt)(zones, 'z2', 0);
            z3 += (0,py/* get */.Jt)(zones, 'z3', 0);
            z4plus += (0,py/* get */.Jt)(zones, 'z4', 0) + (0,py/* get */.Jt)(zones, 'z5', 0) + (0,py/* get */.Jt)(zones, 'z6', 0) + (0,py/* get */.Jt)(zones, 'z7', 0);
            total += (0,py/* sum */.cz)(Object.values(zones));
        }
    }
    return { z1_time: z1, z2_time: z2, z3_time: z3, z4_plus_time: z4plus, total_time: total, zone_basis: aggregateBasis(basisSet) };
}
/** The sport family of an activity type, "other" outside the table. */
function sportFamilyOrOther(type) {
    return (0,sports/* sportFamily */.PV)(type) ?? 'other';
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
        const family = sportFamilyOrOther((0,py/* get */.Jt)(act, 'type', 'Unknown'));
        if ((0,py/* truthy */.vN)(sportFamilyFilter) && family !== sportFamilyFilter)
            continue;
        const [zones, basis] = (0,derive_zones/* getActivityZones */.$1)(act, family, zonePreference);
        if ((0,py/* truthy */.vN)(zones)) {
            if (basis)
                basisSet.add(basis);
            sz1 += (0,py/* get */.Jt)(zones, 'z1', 0) + (0,py/* get */.Jt)(zones, 'z2', 0);
            sz2 += (0,py/* get */.Jt)(zones, 'z3', 0);
            sz3 += (0,py/* get */.Jt)(zones, 'z4', 0) + (0,py/* get */.Jt)(zones, 'z5', 0) + (0,py/* get */.Jt)(zones, 'z6', 0) + (0,py/* get */.Jt)(zones, 'z7', 0);
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
        const d = (0,sports/* actDate */.BZ)(act);
        daily.set(d, (daily.get(d) ?? 0) + (0,py.or)((0,py/* get */.Jt)(act, 'icu_training_load'), 0));
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
        const tss = (0,py.or)((0,py/* get */.Jt)(act, 'icu_training_load'), 0);
        if (tss <= 0)
            continue;
        const family = sportFamilyOrOther((0,py/* get */.Jt)(act, 'type', 'Unknown'));
        const d = (0,sports/* actDate */.BZ)(act);
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
    const totals = [...dailyBySport.entries()].map(([family, days]) => [family, (0,py/* sum */.cz)(days)]);
    const [primary] = (0,py/* maxBy */.Sk)(totals, (t) => t[1]);
    const days = dailyBySport.get(primary);
    return { primarySport: primary, primaryDays: days, primarySportTss7d: (0,py/* round */.LI)((0,py/* sum */.cz)(days), 0) };
}

;// CONCATENATED MODULE: ./src/derive/metrics/acwr.ts



/** (7-day total / 7) / (28-day total / 28), 2 decimals; null when the chronic load is 0. */
function acwrFromTotals(tss7dTotal, tss28dTotal) {
    const acute = (0,py/* truthy */.vN)(tss7dTotal) ? tss7dTotal / 7 : 0;
    const chronic = (0,py/* truthy */.vN)(tss28dTotal) ? tss28dTotal / 28 : 0;
    return chronic > 0 ? (0,py/* round */.LI)(acute / chronic, 2) : null;
}
/** The ACWR band: < 0.8 undertraining, < 1.3 optimal, < 1.5 caution, else danger. */
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
    const acute = (0,py/* sum */.cz)(getDailyTss(now, activities7d.filter((a) => (0,sports/* actDate */.BZ)(a) !== today), 7));
    const chronic = (0,py/* sum */.cz)(getDailyTss(now, activities28d.filter((a) => (0,sports/* actDate */.BZ)(a) !== today), 28));
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


function calculateConsistencyIndex(activities, pastEvents) {
    const planned = new Set();
    for (const e of pastEvents) {
        if ((0,py/* get */.Jt)(e, 'category') !== 'WORKOUT')
            continue;
        const d = (0,sports/* actDate */.BZ)(e);
        if (d)
            planned.add(d);
    }
    const completed = new Set();
    for (const a of activities) {
        const raw = (0,py.or)((0,py/* get */.Jt)(a, 'date'), (0,py/* get */.Jt)(a, 'start_date_local'), '');
        const d = typeof raw === 'string' ? raw.slice(0, 10) : '';
        if ((0,py/* truthy */.vN)(d))
            completed.add(d);
    }
    const matched = [...planned].filter((d) => completed.has(d));
    if (planned.size === 0) {
        return [null, { planned_days: 0, completed_days: completed.size, matched_days: 0, note: 'No planned workouts in period' }];
    }
    return [
        (0,py/* round */.LI)(matched.length / planned.size, 2),
        {
            planned_days: planned.size,
            completed_days: completed.size,
            matched_days: matched.length,
            planned_dates: (0,py/* sorted */.IP)(planned),
            completed_dates: (0,py/* sorted */.IP)(completed),
        },
    ];
}

;// CONCATENATED MODULE: ./src/derive/metrics/curves.ts

/** {curve id: curve} of a curves response (last one wins on duplicate ids, like a dict comprehension) */
function curvesById(data) {
    const list = (0,py/* truthy */.vN)(data) && typeof data === 'object' ? (0,py/* get */.Jt)(data, 'list', []) : [];
    const out = new Map();
    for (const c of (list ?? []))
        if (c && typeof c === 'object' && 'id' in c)
            out.set(c.id, c);
    return out;
}
/** The curve's value at `durationSecs` (first match in `secs`); null when absent or <= 0. */
function valueAt(curve, valueKey, durationSecs) {
    // the API's parallel arrays: durations in seconds and the value at each
    const secs = ((0,py/* get */.Jt)(curve, 'secs', []) ?? []);
    const values = ((0,py/* get */.Jt)(curve, valueKey, []) ?? []);
    const idx = secs.indexOf(durationSecs);
    if (idx < 0)
        return null;
    const val = idx < values.length ? values[idx] : null;
    return val !== null && val !== undefined && val > 0 ? val : null;
}
function allNumbers(values) {
    return values.every((v) => v !== null);
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
        ...((0,py/* truthy */.vN)(dates)
            ? {
                current_window: { start: dates[0], end: dates[1] },
                previous_window: { start: dates[2], end: dates[3] },
            }
            : {}),
        anchors: null,
        rotation_index: null,
        note,
    });
    if (!(0,py/* truthy */.vN)(data) || !(0,py/* truthy */.vN)(dates))
        return nullBlock();
    if (!(0,py/* truthy */.vN)((0,py/* get */.Jt)(data, 'list', [])))
        return nullBlock();
    const [s1, e1, s2, e2] = dates;
    const byId = curvesById(data);
    const current = byId.get(`r.${s1}.${e1}`);
    const previous = byId.get(`r.${s2}.${e2}`);
    if (!(0,py/* truthy */.vN)(current) || !(0,py/* truthy */.vN)(previous)) {
        const missing = [];
        if (!(0,py/* truthy */.vN)(current))
            missing.push('current');
        if (!(0,py/* truthy */.vN)(previous))
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
            pct_change: cur !== null && prev !== null ? (0,py/* round */.LI)(((cur - prev) / prev) * 100, 1) : null,
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
    if (allNumbers(shortChanges) && allNumbers(longChanges)) {
        const shortMean = (0,py/* sum */.cz)(shortChanges) / shortChanges.length;
        const longMean = (0,py/* sum */.cz)(longChanges) / longChanges.length;
        rotation = (0,py/* round */.LI)(shortMean - longMean, 1);
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
    // the anchors carry exactly POWER_SPEC's labels and watt keys, which are the model's
    return curveDelta(POWER_SPEC, data, dates);
}
/** capability.hr_curve_delta (all-sport HR curves, same windows; values in `values`) */
function calculateHrCurveDelta(data, dates) {
    // the anchors carry exactly HR_SPEC's labels and bpm keys, which are the model's
    return curveDelta(HR_SPEC, data, dates);
}

// EXTERNAL MODULE: ./src/derive/metrics/trend.ts
var trend = __webpack_require__(4302);
;// CONCATENATED MODULE: ./src/derive/metrics/durability.ts

/** decoupling above this (%) is high drift */
const HIGH_DRIFT_PCT = 5.0;
/** sessions each window needs before the durability alerts are evaluated */
const MIN_ALERT_SESSIONS_7D = 3;
const MIN_ALERT_SESSIONS_28D = 5;
/** capability.durability: mean decoupling of both windows (lower = more durable), +/-1 % = stable. */
function calculateDurability(activities7d, activities28d) {
    const v7 = (0,trend/* qualifyingDecoupling */.cV)(activities7d);
    const v28 = (0,trend/* qualifyingDecoupling */.cV)(activities28d);
    const t = (0,trend/* windowTrend */.wB)(v7, v28, {
        minSessions7d: 2,
        minSessions28d: 2,
        digits: 2,
        stableBand: 1.0,
        relative: false,
        higherIsBetter: false,
    });
    const n7 = t.sessions7d;
    const n28 = t.sessions28d;
    const limited = n28 < MIN_ALERT_SESSIONS_28D || n7 < MIN_ALERT_SESSIONS_7D;
    return {
        mean_decoupling_7d: t.mean7d,
        mean_decoupling_28d: t.mean28d,
        high_drift_count_7d: v7.filter((v) => v > HIGH_DRIFT_PCT).length,
        high_drift_count_28d: v28.filter((v) => v > HIGH_DRIFT_PCT).length,
        qualifying_sessions_7d: n7,
        qualifying_sessions_28d: n28,
        trend: t.trend,
        reliability_limited: limited,
        reliability_note: limited ? `insufficient qualifying sessions for alert evaluation: 7d N=${n7} (min 3), 28d N=${n28} (min 5)` : null,
        note: 'Steady-state power sessions only (VI <= 1.05, VI > 0, >= 90min, power data). Negative decoupling = strong ' +
            'durability. Trend compares 7d vs 28d mean (+/-1% = stable). Alerts require N28>=5 (alarm) or N7>=3 AND ' +
            'N28>=5 (declining warning) for statistical reliability.',
    };
}

;// CONCATENATED MODULE: ./src/derive/metrics/efficiency.ts

/** capability.efficiency_factor: mean EF of both windows (higher = more efficient), +/-0.03 = stable. */
function calculateEfficiencyFactor(activities7d, activities28d) {
    const t = (0,trend/* windowTrend */.wB)((0,trend/* qualifyingEf */.N3)(activities7d), (0,trend/* qualifyingEf */.N3)(activities28d), {
        minSessions7d: 2,
        minSessions28d: 2,
        digits: 2,
        stableBand: 0.03,
        relative: false,
        higherIsBetter: true,
    });
    return {
        mean_ef_7d: t.mean7d,
        mean_ef_28d: t.mean28d,
        qualifying_sessions_7d: t.sessions7d,
        qualifying_sessions_28d: t.sessions28d,
        trend: t.trend,
        note: 'Steady-state cycling sessions only (VI <= 1.05, VI > 0, >= 20min, power+HR data). Rising EF = improving ' +
            'aerobic efficiency. Compare like-for-like sessions only — EF varies with intensity. Trend compares 7d vs ' +
            '28d mean (+/-0.03 = stable).',
    };
}

;// CONCATENATED MODULE: ./src/derive/metrics/hrrc.ts

/** capability.hrrc: mean HRRc of both windows (higher = better), within 10 % of the 28-day mean = stable. */
function calculateHrrcTrend(activities7d, activities28d) {
    const t = (0,trend/* windowTrend */.wB)((0,trend/* qualifyingHrrc */.RE)(activities7d), (0,trend/* qualifyingHrrc */.RE)(activities28d), {
        minSessions7d: 1,
        minSessions28d: 3,
        digits: 1,
        stableBand: 0.1,
        relative: true,
        higherIsBetter: true,
    });
    return {
        mean_hrrc_7d: t.mean7d,
        mean_hrrc_28d: t.mean28d,
        qualifying_sessions_7d: t.sessions7d,
        qualifying_sessions_28d: t.sessions28d,
        trend: t.trend,
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
    const sd = (0,py/* stdev */.b$)(days);
    return sd > 0 ? (0,py/* round */.LI)((0,py/* mean */.i2)(days) / sd, 2) : null;
}
/** Total monotony: null without any load in the window (or a constant series). */
function totalMonotony(dailyTss) {
    if (dailyTss.length > 1 && dailyTss.some((d) => (0,py/* truthy */.vN)(d)))
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
    return (0,py/* truthy */.vN)(monotony) ? (0,py/* round */.LI)(tss7dTotal * monotony, 0) : null;
}
/** _interpret_monotony(total, effective, is_multi_sport) */
function interpretMonotony(total, effective, isMultiSport) {
    if (effective === null)
        return null;
    if (isMultiSport && (0,py/* truthy */.vN)(total) && effective < total) {
        const level = effective > 2.0 ? 'elevated' : 'normal';
        return `${level} (primary sport ${(0,py/* reprFloat */.yI)(effective)}, total ${(0,py/* reprFloat */.yI)(total)} inflated by multi-sport)`;
    }
    return effective > 2.0 ? 'elevated' : 'normal';
}

// EXTERNAL MODULE: ./src/derive/wellness.ts
var derive_wellness = __webpack_require__(4876);
;// CONCATENATED MODULE: ./src/derive/metrics/recovery.ts
/**
 * Tier 1 readiness: HRV / resting-HR baselines and the Recovery Index
 * RI = (HRV_today / HRV_baseline) / (RHR_today / RHR_baseline) (> 1 good, < 1 poor recovery),
 * plus the two RI-derived load figures. Ports of those sections of _calculate_derived_metrics
 * and _is_valid_hrv.
 */


/** _is_valid_hrv lives with the wellness helpers; re-exported for the metric modules. */

const meanOrNull = (values) => (values.length ? (0,py/* round */.LI)((0,py/* mean */.i2)(values), 1) : null);
/** Valid HRV values and truthy restingHR values of a wellness list. */
function hrvValues(wellness) {
    return wellness.map((w) => (0,py/* get */.Jt)(w, 'hrv')).filter(derive_wellness/* isValidHrv */.ro);
}
function rhrValues(wellness) {
    return wellness.map((w) => (0,py/* get */.Jt)(w, 'restingHR')).filter((v) => (0,py/* truthy */.vN)(v));
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
    const rawHrv = (0,py/* get */.Jt)(day, 'hrv');
    const hrv = (0,derive_wellness/* isValidHrv */.ro)(rawHrv) ? rawHrv : null;
    const rhr = (0,py/* get */.Jt)(day, 'restingHR');
    if ((0,py/* truthy */.vN)(hrv) && (0,py/* truthy */.vN)(rhr) && (0,py/* truthy */.vN)(hrvBaseline) && (0,py/* truthy */.vN)(rhrBaseline)) {
        const hrvRatio = hrv / hrvBaseline;
        const rhrRatio = rhr / rhrBaseline;
        return rhrRatio > 0 ? (0,py/* round */.LI)(hrvRatio / rhrRatio, 2) : null;
    }
    return null;
}
/** Today's RI (last wellness entry) and yesterday's (the one before, same 7-day baselines). */
function computeRecoveryIndex(wellness7d, b) {
    const last = wellness7d.length ? wellness7d[wellness7d.length - 1] : null;
    const rawHrv = last ? (0,py/* get */.Jt)(last, 'hrv') : null;
    const latestHrv = (0,derive_wellness/* isValidHrv */.ro)(rawHrv) ? rawHrv : null;
    const latestRhr = last ? (0,py/* get */.Jt)(last, 'restingHR') : null;
    const ri = last ? recoveryIndexOf(last, b.hrvBaseline7d, b.rhrBaseline7d) : null;
    const riYesterday = wellness7d.length >= 2 ? recoveryIndexOf(wellness7d[wellness7d.length - 2], b.hrvBaseline7d, b.rhrBaseline7d) : null;
    return { ri, riYesterday, latestHrv, latestRhr };
}
/** Stress tolerance = (strain / monotony) / 100, 1 decimal. */
function stressTolerance(strain, monotony) {
    return (0,py/* truthy */.vN)(strain) && (0,py/* truthy */.vN)(monotony) ? (0,py/* round */.LI)(strain / monotony / 100, 1) : null;
}
/** Load-recovery ratio = 7-day load / (RI × 100), 1 decimal. */
function loadRecoveryRatio(tss7dTotal, ri) {
    return (0,py/* truthy */.vN)(ri) && ri > 0 ? (0,py/* round */.LI)(tss7dTotal / (ri * 100), 1) : null;
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
            const w = (0,py/* get */.Jt)(list[i], 'weight');
            if ((0,py/* truthy */.vN)(w))
                return [(0,py/* round */.LI)(w, 1), source];
        }
    }
    // the athlete's icu_weight is a number whenever the API sends it
    if (icuWeight !== null && icuWeight !== undefined)
        return [(0,py/* round */.LI)(icuWeight, 1), 'athlete_profile'];
    return [null, null];
}
/** Days since the newest date of either FTP series; null when none or unparseable. */
function ftpStalenessDays(now, ftpHistory) {
    const dates = [];
    for (const kind of ['indoor', 'outdoor'])
        dates.push(...Object.keys(ftpHistory[kind] ?? {}));
    if (!dates.length)
        return null;
    const newest = dates.reduce((a, b) => (b > a ? b : a));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(newest))
        return null;
    return now.daysSince(naive_time/* NaiveDateTime */.b8.parse(newest));
}
function isProfileFamily(family) {
    return (0,py/* truthy */.vN)(sports/* SUSTAINABILITY_ANCHORS */.nh[family]);
}
function observeAnchor(powerByType, hrByType, curveId, secs) {
    const obs = { watts: null, wattsType: null, hr: null };
    for (const [ptype, pdata] of Object.entries(powerByType)) {
        const curve = curvesById((0,py/* isDict */.Zm)(pdata) ? pdata : null).get(curveId);
        if (!(0,py/* truthy */.vN)(curve))
            continue;
        const val = valueAt(curve, 'watts', secs);
        if (val !== null && (obs.watts === null || val > obs.watts)) {
            obs.watts = val;
            obs.wattsType = ptype;
        }
    }
    for (const hdata of Object.values(hrByType)) {
        const curve = curvesById((0,py/* isDict */.Zm)(hdata) ? hdata : null).get(curveId);
        if (!(0,py/* truthy */.vN)(curve))
            continue;
        const val = valueAt(curve, 'values', secs);
        if (val !== null && (obs.hr === null || val > obs.hr))
            obs.hr = (0,py/* round */.LI)(val);
    }
    return obs;
}
/** The observed columns of an anchor (W/kg and %LTHR from the weight and the sport's LTHR). */
function observedColumns(obs, weightKg, lthr) {
    return {
        actual_watts: obs.watts,
        actual_wpkg: obs.watts !== null && weightKg !== null && weightKg > 0 ? (0,py/* round */.LI)(obs.watts / weightKg, 2) : null,
        actual_hr: obs.hr,
        pct_lthr: obs.hr !== null && lthr !== null && lthr !== undefined && lthr > 0 ? (0,py/* round */.LI)((obs.hr / lthr) * 100, 1) : null,
    };
}
function cyclingAnchor(obs, secs, model, lthr) {
    const { ftp, wPrime, weightKg } = model;
    const hasWeight = (0,py/* truthy */.vN)(weightKg) && weightKg > 0;
    let cogganWatts = null;
    let cogganWpkg = null;
    if ((0,py/* truthy */.vN)(ftp) && secs in COGGAN_DURATION_FACTORS) {
        cogganWatts = (0,py/* round */.LI)(ftp * COGGAN_DURATION_FACTORS[secs]);
        if (hasWeight)
            cogganWpkg = (0,py/* round */.LI)(cogganWatts / weightKg, 2);
    }
    let cpWatts = null;
    let cpWpkg = null;
    if ((0,py/* truthy */.vN)(ftp) && (0,py/* truthy */.vN)(wPrime) && secs > 0) {
        cpWatts = (0,py/* round */.LI)(ftp + wPrime / secs);
        if (hasWeight)
            cpWpkg = (0,py/* round */.LI)(cpWatts / weightKg, 2);
    }
    const bestWatts = obs.watts;
    return {
        ...observedColumns(obs, weightKg, lthr),
        source: obs.wattsType === null ? null : sports/* INDOOR_CYCLING_TYPES */.KR.has(obs.wattsType) ? 'observed_indoor' : 'observed_outdoor',
        coggan_watts: cogganWatts,
        coggan_wpkg: cogganWpkg,
        cp_model_watts: cpWatts,
        cp_model_wpkg: cpWpkg,
        model_divergence_pct: bestWatts !== null && cpWatts !== null && cpWatts > 0 ? (0,py/* round */.LI)(((bestWatts - cpWatts) / cpWatts) * 100, 1) : null,
    };
}
function sportAnchor(obs, weightKg, lthr) {
    return { ...observedColumns(obs, weightKg, lthr), source: obs.wattsType === null ? null : 'observed' };
}
/** Observed share of the anchors, and the note when fewer than two durations have power. */
function coverage(anchors) {
    const total = Object.keys(anchors).length;
    const observed = Object.values(anchors).filter((a) => a.actual_watts !== null).length;
    return { observed, ratio: total > 0 ? (0,py/* round */.LI)(observed / total, 2) : 0 };
}
const tooFewNote = (observed) => `Too few observed anchors (${observed}, need 2+).`;
/** capability.sustainability_profile */
function calculateSustainabilityProfile(now, input) {
    const win = input.window;
    const windowBlock = () => ({ days: windows/* SUSTAINABILITY_WINDOW_DAYS */.zf, start: win[0], end: win[1] });
    const nullProfile = (note = 'No sustainability data available.') => (0,py/* truthy */.vN)(win) ? { note, window: windowBlock() } : { note };
    if (!(0,py/* truthy */.vN)(input.curves) || !(0,py/* truthy */.vN)(win))
        return nullProfile();
    const [weightKg, weightSource] = sustainabilityWeight(input.wellness7d, input.wellnessExtended, input.icuWeight);
    const staleness = ftpStalenessDays(now, input.ftpHistory);
    const cyclingSettings = input.sportSettings.cycling ?? {};
    const model = {
        ftp: (0,py.or)(cyclingSettings.ftp ?? null, cyclingSettings.ftp_indoor ?? null),
        wPrime: input.powerModel.w_prime,
        weightKg,
    };
    const profile = { window: windowBlock(), weight_kg: weightKg, weight_source: weightSource };
    const curveId = `r.${win[0]}.${win[1]}`;
    let hasSportData = false;
    for (const [family, sportData] of Object.entries(input.curves)) {
        if (!isProfileFamily(family))
            continue;
        const lthr = input.sportSettings[family]?.lthr ?? null;
        const powerByType = sportData.power ?? {};
        const hrByType = sportData.hr ?? {};
        const observations = Object.entries(sports/* SUSTAINABILITY_ANCHORS */.nh[family]).map(([label, secs]) => [label, secs, observeAnchor(powerByType, hrByType, curveId, secs)]);
        hasSportData = true;
        if (family === 'cycling') {
            const anchors = {};
            for (const [label, secs, obs] of observations)
                anchors[label] = cyclingAnchor(obs, secs, model, lthr);
            const { observed, ratio } = coverage(anchors);
            const block = observed < 2
                ? { anchors: null, coverage_ratio: ratio, note: tooFewNote(observed) }
                : {
                    anchors,
                    coverage_ratio: ratio,
                    ftp_used: model.ftp,
                    w_prime_used: model.wPrime,
                    ftp_staleness_days: staleness,
                    model_trust_note: MODEL_TRUST_NOTE,
                };
            profile.cycling = block;
        }
        else {
            const anchors = {};
            for (const [label, , obs] of observations)
                anchors[label] = sportAnchor(obs, weightKg, lthr);
            const { observed, ratio } = coverage(anchors);
            const block = observed < 2 ? { anchors: null, coverage_ratio: ratio, note: tooFewNote(observed) } : { anchors, coverage_ratio: ratio };
            profile[family] = block;
        }
    }
    if (!hasSportData)
        return nullProfile('No sport families produced valid sustainability data.');
    return profile;
}

;// CONCATENATED MODULE: ./src/derive/metrics/tid.ts


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
    return (0,py/* round */.LI)(Math.log10(raw), 2);
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
/** Seiler three-zone TID of the activities (of one sport family when filtered). */
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
        z1_pct: (0,py/* round */.LI)(z1 * 100, 1),
        z2_pct: (0,py/* round */.LI)(z2 * 100, 1),
        z3_pct: (0,py/* round */.LI)(z3 * 100, 1),
        polarization_index: pi,
        classification: classifyTid(z1, z2, z3, pi),
        zone_basis: zones.zone_basis,
    };
}
/**
 * capability.tid_comparison of the 7- and 28-day TID: drift is acute_depolarization
 * (7d PI < 2.0 while 28d PI >= 2.0), shifting (classifications differ) or consistent.
 */
function tidComparison(tid7d, tid28d) {
    const cls7 = tid7d.classification;
    const cls28 = tid28d.classification;
    const pi7 = tid7d.polarization_index;
    const pi28 = tid28d.polarization_index;
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
    const piDelta = pi7 !== null && pi28 !== null ? (0,py/* round */.LI)(pi7 - pi28, 2) : null;
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
    const currentStart = now.addDays(-(0,py/* mod */.zi)(now.weekday() - weekStartDay, 7));
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
        const d = (0,sports/* actDate */.BZ)(a);
        const list = byDate.get(d);
        if (list)
            list.push(a);
        else
            byDate.set(d, [a]);
    }
    let hard = 0;
    for (const dayActs of byDate.values()) {
        const [isHard] = (0,derive_zones/* classifyHardDay */.MJ)(accumulateDayZones(dayActs, zonePreference));
        if (isHard)
            hard += 1;
    }
    return hard;
}
const CARRIED_FIELDS = ['ctl_end', 'atl_end', 'acwr', 'monotony'];
/** The four weekly rows, chronological. */
function buildLiveWeeklyRows(now, weekStartDay, input) {
    const rows = [];
    for (const [ws, we] of liveWeekBoundaries(now, weekStartDay)) {
        const weekActs = input.activities28d.filter((a) => ws <= (0,sports/* actDate */.BZ)(a) && (0,sports/* actDate */.BZ)(a) <= we);
        let tss = 0;
        let primaryTss = 0;
        for (const a of weekActs) {
            const load = (0,py.or)((0,py/* get */.Jt)(a, 'icu_training_load', 0), 0);
            tss += load;
            // SPORT_FAMILIES.get(type, None) == primary_sport (None == None counts unmapped types)
            if (((0,sports/* sportFamily */.PV)((0,py/* get */.Jt)(a, 'type', '')) ?? null) === input.primarySport)
                primaryTss += load;
        }
        rows.push({
            week_start: ws,
            total_tss: (0,py/* round */.LI)(tss, 0),
            primary_sport_tss: (0,py/* round */.LI)(primaryTss, 0),
            primary_sport: input.primarySport,
            hard_days: countHardDays(weekActs, input.zonePreference),
            activity_count: weekActs.length,
        });
    }
    const current = rows[rows.length - 1];
    current.ctl_end = (0,py/* truthy */.vN)(input.currentCtl) ? (0,py/* round */.LI)(input.currentCtl, 1) : null;
    current.atl_end = (0,py/* truthy */.vN)(input.currentAtl) ? (0,py/* round */.LI)(input.currentAtl, 1) : null;
    current.acwr = input.acwr;
    current.monotony = input.monotony;
    // a row of an old file that is not an object matches no week
    const historyByWs = new Map();
    for (const r of input.historyRows)
        if ((0,py/* isDict */.Zm)(r))
            historyByWs.set(r.week_start ?? null, r);
    for (const row of rows.slice(0, -1)) {
        const hist = historyByWs.get(row.week_start);
        if (!hist || !(0,py/* truthy */.vN)(hist))
            continue;
        for (const field of CARRIED_FIELDS) {
            if (!(field in row) || row[field] === null)
                row[field] = hist[field] ?? null;
        }
    }
    for (const row of rows.slice(0, -1)) {
        const hist = historyByWs.get(row.week_start);
        if ((0,py/* truthy */.vN)(hist) && 'phase_detected' in hist)
            row.phase_detected = hist.phase_detected;
    }
    return rows;
}

;// CONCATENATED MODULE: ./src/derive/metrics/index.ts


















/** The race calendar _calculate_derived_metrics assumes when none is given. */
const DEFAULT_RACE_CALENDAR = {
    next_race: null,
    all_races: [],
    taper_alert: { active: false },
    race_week: { active: false },
};
const HARD_DAYS_NOTE = 'Power ladder: z3+ >= 30min, z4+ >= 10min, z5+ >= 5min, z6+ >= 2min, z7 >= 1min. HR fallback (when no power): ' +
    'z4+ >= 10min, z5+ >= 5min. Per Seiler 3-zone model + Foster. HR-based days flagged with intensity_basis: hr';
/** derived_metrics: every Section 11 metric of the 7- and 28-day windows, in the reference's key order. */
function calculateDerivedMetrics(ctx, input) {
    const now = ctx.now;
    const zp = ctx.zonePreference;
    const raceCalendar = input.raceCalendar ?? DEFAULT_RACE_CALENDAR;
    // daily load, ACWR (live and start of day)
    const daily7 = getDailyTss(now, input.activities7d, 7);
    const daily28 = getDailyTss(now, input.activities28d, 28);
    const tss7dTotal = (0,py/* sum */.cz)(daily7);
    const tss28dTotal = (0,py/* sum */.cz)(daily28);
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
    const pctOf = (t) => (totalZone > 0 ? (0,py/* round */.LI)((t / totalZone) * 100, 1) : null);
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
        // the DFA block is assembled by intervals/ (its own model, DfaA1Profile)
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
        historyRows: (0,phase/* loadWeeklyRowsForPhase */.X$)(input.history),
    });
    const hardDaysThisWeek = weeklyRows[weeklyRows.length - 1].hard_days;
    const previousPhase = weeklyRows.length >= 2 ? (weeklyRows[weeklyRows.length - 2].phase_detected ?? null) : null;
    const phaseResult = (0,phase/* detectPhaseV2 */.d_)(ctx, {
        weeklyRows,
        plannedWorkouts: input.formattedPlannedWorkouts ?? [],
        raceCalendar,
        previousPhase,
        today: ctx.today,
        primarySport,
    });
    const seasonalContext = (0,phase/* determineSeasonalContext */.JC)(ctx);
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
        tss_7d_total: (0,py/* round */.LI)(tss7dTotal, 0),
        tss_28d_total: (0,py/* round */.LI)(tss28dTotal, 0),
        zone_distribution_7d: {
            z1_hours: (0,py/* round */.LI)(zones.z1_time / 3600, 2),
            z2_hours: (0,py/* round */.LI)(zones.z2_time / 3600, 2),
            z3_hours: (0,py/* round */.LI)(zones.z3_time / 3600, 2),
            z4_plus_hours: (0,py/* round */.LI)(zones.z4_plus_time / 3600, 2),
            total_hours: (0,py/* round */.LI)(totalZone / 3600, 2),
            zone_basis: zones.zone_basis,
        },
        grey_zone_percentage: pctOf(zones.z3_time),
        grey_zone_note: 'Gray Zone % (Z3/tempo) - minimize in polarized training',
        quality_intensity_percentage: pctOf(zones.z4_plus_time),
        quality_intensity_note: 'Quality Intensity % (Z4+/threshold+) - target ~20% in polarized training',
        easy_time_ratio: totalZone > 0 ? (0,py/* round */.LI)((zones.z1_time + zones.z2_time) / totalZone, 2) : null,
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
        phase_detected: phaseResult.phase,
        phase_triggers: phaseResult.reason_codes,
        seasonal_context: seasonalContext,
        benchmark_indoor: (0,ftp_history/* benchmarkBlock */.NC)(ftpIn, oldIn, biIn, seasonalContext),
        benchmark_outdoor: (0,ftp_history/* benchmarkBlock */.NC)(ftpOut, oldOut, biOut, seasonalContext),
        eftp: input.powerModel.eftp,
        w_prime: input.powerModel.w_prime,
        w_prime_kj: input.powerModel.w_prime_kj,
        p_max: input.powerModel.p_max,
        power_model_source: input.powerModel.source,
        vo2max: input.vo2max ?? null,
        calculation_timestamp: ctx.utcNow.isoformat(),
        data_quality: {
            hrv_data_points: baselines.hrvValues7d.length,
            rhr_data_points: baselines.rhrValues7d.length,
            activities_7d: input.activities7d.length,
            activities_28d: input.activities28d.length,
            planned_workouts_7d: input.pastEvents.filter((e) => sports/* TRAINING_EVENT_CATEGORIES */.FG.has((0,py/* get */.Jt)(e, 'category', ''))).length,
            ftp_history_days: (0,ftp_history/* ftpHistorySpan */.X4)(input.ftpHistory),
        },
    };
}

// EXTERNAL MODULE: ./src/lib/py/str.ts
var py_str = __webpack_require__(9480);
;// CONCATENATED MODULE: ./src/derive/readiness/thresholds.ts
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
 * _detect_deload_context: a deload is a trailing 7-day TSS at least 20 % below the 28-day weekly
 * average. Returns the context sentence, or null.
 */
function detectDeloadContext(tss7dTotal, tss28dTotal) {
    if (!(0,py/* truthy */.vN)(tss28dTotal) || tss28dTotal === 0)
        return null;
    const weeklyAvg28d = tss28dTotal / DELOAD_WEEKS_IN_28D;
    if (weeklyAvg28d === 0)
        return null;
    const deficitPct = ((weeklyAvg28d - tss7dTotal) / weeklyAvg28d) * 100;
    if (deficitPct >= DELOAD_DEFICIT_PCT) {
        return (`deload pattern detected (7-day TSS ${(0,py/* round */.LI)(tss7dTotal)} is ${(0,py/* round */.LI)(deficitPct)}% ` +
            `below 28-day weekly avg ${(0,py/* round */.LI)(weeklyAvg28d)})`);
    }
    return null;
}
/** _count_hrv_low_days: consecutive days, newest first, with a valid HRV below baseline × 0.8. */
function countHrvLowDays(wellness7d, baseline) {
    const threshold = baseline * HRV_LOW_DAY_FACTOR;
    let count = 0;
    for (let i = wellness7d.length - 1; i >= 0; i--) {
        const hrv = (0,py/* get */.Jt)(wellness7d[i], 'hrv');
        if ((0,derive_wellness/* isValidHrv */.ro)(hrv) && hrv < threshold)
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
        const rhr = (0,py/* get */.Jt)(wellness7d[i], 'restingHR');
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
    return values.length > 0 && values.every((v) => Number.isInteger(v)) && (0,py/* sum */.cz)(values) % values.length === 0;
}
const hrvBaselineValues = (wellness) => wellness.map((w) => (0,py/* get */.Jt)(w, 'hrv')).filter((v) => (0,derive_wellness/* isValidHrv */.ro)(v));
const rhrBaselineValues = (wellness) => wellness.map((w) => (0,py/* get */.Jt)(w, 'restingHR')).filter((v) => (0,py/* truthy */.vN)(v));
/** _generate_alerts: every alert the reference raises from the derived metrics. */
function generateAlerts(input) {
    const dm = input.derivedMetrics;
    const alerts = [];
    const acwr = (0,py/* get */.Jt)(dm, 'acwr');
    const monotony = (0,py/* get */.Jt)(dm, 'monotony');
    const effectiveMonotony = (0,py/* get */.Jt)(dm, 'effective_monotony');
    const primarySport = (0,py/* get */.Jt)(dm, 'primary_sport');
    const primarySportMonotony = (0,py/* get */.Jt)(dm, 'primary_sport_monotony');
    const isMultiSport = (0,py/* get */.Jt)(dm, 'multi_sport_detected', false);
    const strain = (0,py/* get */.Jt)(dm, 'strain');
    const ri = (0,py/* get */.Jt)(dm, 'recovery_index');
    const riYesterday = (0,py/* get */.Jt)(dm, 'recovery_index_yesterday');
    const latestHrv = (0,py/* get */.Jt)(dm, 'latest_hrv');
    const latestRhr = (0,py/* get */.Jt)(dm, 'latest_rhr');
    const hrvBaseline = (0,py/* get */.Jt)(dm, 'hrv_baseline_7d');
    const rhrBaseline = (0,py/* get */.Jt)(dm, 'rhr_baseline_7d');
    // --- ACWR (v3.127): the LIVE value, high side only, reporting context and never a readiness input
    if (acwr !== null) {
        if (acwr >= ACWR_ALERT_ALARM) {
            alerts.push({
                metric: 'acwr',
                value: acwr,
                severity: 'alarm',
                threshold: ACWR_ALERT_ALARM_LABEL,
                context: `Live ACWR ${(0,py_str/* strFloat */.Oj)(acwr)} crossed the 1.35 reporting threshold. Retrospective load context only — not a standalone injury-risk conclusion and not a readiness decision. It includes today's completed load, so it must not decide a later same-day session, and must not decide tomorrow before tomorrow morning's new start-of-day calculation. Today's readiness used readiness_decision.signals.acwr (start-of-day).`,
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
                context: `Live ACWR ${(0,py_str/* strFloat */.Oj)(acwr)} crossed the 1.3 reporting threshold; 1.35 is the next band. Retrospective load context only — not a standalone injury-risk conclusion and not a readiness decision. It includes today's completed load, so it must not decide a later same-day session, and must not decide tomorrow before tomorrow morning's new start-of-day calculation.`,
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
        if ((0,py/* truthy */.vN)(isMultiSport) && primarySportMonotony !== null && monotony !== null && primarySportMonotony < monotony) {
            note = ` (total monotony ${(0,py_str/* strFloat */.Oj)(monotony)} inflated by multi-sport training; ${(0,py_str/* strAny */.cc)(primarySport)} monotony ${(0,py_str/* strFloat */.Oj)(primarySportMonotony)} used for alerting)`;
        }
        const m = (0,py_str/* strFloat */.Oj)(effectiveMonotony);
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
            context: `Strain ${(0,py_str/* strFloat */.Oj)(strain)} > 3500. High cumulative stress. Consider load reduction.`,
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
                context: `RI ${(0,py_str/* strFloat */.Oj)(ri)} < 0.6. Immediate deload required.`,
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
                context: `RI ${(0,py_str/* strFloat */.Oj)(ri)} < 0.7 for 2+ consecutive days (yesterday ${(0,py_str/* strFloat */.Oj)(riYesterday)}). Monitor — if persists 3+ days, deload review required.`,
                persistence_days: RI_WARNING_PERSISTENCE_DAYS,
                tier: 1,
            });
        }
    }
    // --- HRV: ≥ 20 % below the 7d baseline; alarm once the low streak exceeds 2 days
    if ((0,py/* truthy */.vN)(latestHrv) && (0,py/* truthy */.vN)(hrvBaseline) && hrvBaseline > 0) {
        const changePct = ((latestHrv - hrvBaseline) / hrvBaseline) * 100;
        if (changePct <= HRV_ALERT_DROP_PCT) {
            const lowDays = countHrvLowDays(input.wellness7d, hrvBaseline);
            const hrvStr = (0,py_str/* strRounded */.Je)(latestHrv, 1, Number.isInteger(latestHrv));
            const baseStr = (0,py_str/* strRounded */.Je)(hrvBaseline, 1, baselineIsInt(hrvBaselineValues(input.wellness7d)));
            const pctStr = (0,py_str/* strFloat */.Oj)((0,py/* round */.LI)(Math.abs(changePct), 1));
            const alarm = lowDays > AUTONOMIC_ALARM_AFTER_DAYS;
            alerts.push({
                metric: 'hrv',
                value: (0,py/* round */.LI)(latestHrv, 1),
                severity: alarm ? 'alarm' : 'warning',
                threshold: `↓>20% vs baseline (${baseStr})`,
                context: alarm
                    ? `HRV ${hrvStr} is ${pctStr}% below baseline, persisting ${(0,py_str/* strInt */.t4)(lowDays)} days.`
                    : `HRV ${hrvStr} is ${pctStr}% below baseline. Monitor — alarm if persists >2 days.`,
                persistence_days: lowDays,
                tier: 1,
            });
        }
    }
    // --- RHR: ≥ 5 bpm above the 7d baseline; alarm once the high streak exceeds 2 days
    if ((0,py/* truthy */.vN)(latestRhr) && (0,py/* truthy */.vN)(rhrBaseline) && rhrBaseline > 0) {
        const change = latestRhr - rhrBaseline;
        if (change >= RHR_ALERT_RISE_BPM) {
            const highDays = countRhrHighDays(input.wellness7d, rhrBaseline);
            const rhrIsInt = Number.isInteger(latestRhr);
            const baseIsInt = baselineIsInt(rhrBaselineValues(input.wellness7d));
            const rhrStr = (0,py_str/* strRounded */.Je)(latestRhr, 1, rhrIsInt);
            const baseStr = (0,py_str/* strRounded */.Je)(rhrBaseline, 1, baseIsInt);
            const changeStr = (0,py_str/* strRounded */.Je)(change, 1, rhrIsInt && baseIsInt);
            const alarm = highDays > AUTONOMIC_ALARM_AFTER_DAYS;
            alerts.push({
                metric: 'rhr',
                value: (0,py/* round */.LI)(latestRhr, 1),
                severity: alarm ? 'alarm' : 'warning',
                threshold: `↑≥5bpm vs baseline (${baseStr})`,
                context: alarm
                    ? `RHR ${rhrStr} is ${changeStr}bpm above baseline, persisting ${(0,py_str/* strInt */.t4)(highDays)} days.`
                    : `RHR ${rhrStr} is ${changeStr}bpm above baseline. Monitor — alarm if persists >2 days.`,
                persistence_days: highDays,
                tier: 1,
            });
        }
    }
    // --- Durability (v3.4.0; reliability gate v3.104)
    const capability = (0,py/* get */.Jt)(dm, 'capability') ?? {};
    const durability = (0,py/* get */.Jt)(capability, 'durability') ?? {};
    const mean7d = (0,py/* get */.Jt)(durability, 'mean_decoupling_7d');
    const mean28d = (0,py/* get */.Jt)(durability, 'mean_decoupling_28d');
    const trend = (0,py/* get */.Jt)(durability, 'trend');
    const highDrift7d = (0,py/* get */.Jt)(durability, 'high_drift_count_7d', 0);
    const n7 = (0,py/* get */.Jt)(durability, 'qualifying_sessions_7d', 0);
    const n28 = (0,py/* get */.Jt)(durability, 'qualifying_sessions_28d', 0);
    if (mean28d !== null && mean28d > DURABILITY_ALARM_MEAN_28D && n28 >= DURABILITY_MIN_SESSIONS_28D) {
        // alarm: sustained high decoupling, needs N28 ≥ 5
        alerts.push({
            metric: 'durability',
            value: mean28d,
            severity: 'alarm',
            threshold: '28d mean > 5% (N28>=5)',
            context: `Sustained high decoupling (${(0,py_str/* strFloat */.Oj)(mean28d)}% 28d mean). Aerobic efficiency concern — review volume and recovery.`,
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
            context: `Durability declining: 7d mean decoupling ${(0,py_str/* strFloat */.Oj)(mean7d)}% vs 28d ${(0,py_str/* strFloat */.Oj)(mean28d)}%. Check fatigue and recovery.`,
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
            context: `Repeated poor durability: ${(0,py_str/* strInt */.t4)(highDrift7d)} sessions with >5% decoupling in last 7 days.`,
            persistence_days: null,
            tier: 3,
        });
    }
    // --- TID drift (v3.4.0)
    const tid = (0,py/* get */.Jt)(capability, 'tid_comparison') ?? {};
    const drift = (0,py/* get */.Jt)(tid, 'drift');
    if (drift === 'acute_depolarization') {
        const pi7 = (0,py/* get */.Jt)(tid, 'pi_7d');
        const pi28 = (0,py/* get */.Jt)(tid, 'pi_28d');
        alerts.push({
            metric: 'tid_distribution',
            value: pi7,
            severity: 'warning',
            threshold: '7d PI < 2.0, 28d PI >= 2.0',
            context: `Acute depolarization: 7d PI ${(0,py_str/* strFloat */.Oj)(pi7)} vs 28d PI ${(0,py_str/* strFloat */.Oj)(pi28)}. Grey zone or threshold work displacing polarized structure.`,
            persistence_days: null,
            tier: 3,
        });
    }
    else if (drift === 'shifting') {
        const cls7 = (0,py/* get */.Jt)(tid, 'classification_7d');
        const cls28 = (0,py/* get */.Jt)(tid, 'classification_28d');
        alerts.push({
            metric: 'tid_distribution',
            value: cls7,
            severity: 'warning',
            threshold: '7d/28d classification mismatch',
            context: `TID shift: 7d ${(0,py_str/* strAny */.cc)(cls7)} vs 28d ${(0,py_str/* strAny */.cc)(cls28)}. Training distribution changing.`,
            persistence_days: null,
            tier: 3,
        });
    }
    return (0,py/* sorted */.IP)(alerts, (a) => [a.tier, SEVERITY_ORDER[a.severity] ?? SEVERITY_ORDER_UNKNOWN]);
}

;// CONCATENATED MODULE: ./src/derive/readiness/modification.ts
function guidance(triggers, intensity, volume, capZone) {
    return { triggers, suggested_adjustments: { intensity, volume, cap_zone: capZone } };
}
/** The adjustment directions for the signals that triggered a "modify". */
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


/** The five start-of-day signals from the wellness record, baselines, ACWR and recovery index. */
function computeSignals(x) {
    // HRV (rMSSD only): delta % vs the 7d baseline; ≤ -20 red, ≤ -10 amber
    let hrvDeltaPct = null;
    let hrv;
    if ((0,py/* truthy */.vN)(x.latestHrv) && (0,py/* truthy */.vN)(x.hrvBaseline) && x.hrvBaseline > 0) {
        const latest = x.latestHrv;
        const base = x.hrvBaseline;
        hrvDeltaPct = (0,py/* round */.LI)(((latest - base) / base) * 100, 1);
        const status = hrvDeltaPct <= HRV_RED_PCT ? 'red' : hrvDeltaPct <= HRV_AMBER_PCT ? 'amber' : 'green';
        hrv = { status, value: (0,py/* round */.LI)(latest, 1), baseline_7d: (0,py/* round */.LI)(base, 1), delta_pct: hrvDeltaPct };
    }
    else {
        hrv = { status: 'unavailable', value: x.latestHrv, baseline_7d: x.hrvBaseline, delta_pct: null };
        // v3.126: name the cause when the record carries SDNN but no usable rMSSD; SDNN is never
        // substituted for HRV (the key is omitted when it does not apply)
        if (x.latestHrv === null && (0,py/* get */.Jt)(x.latestWellness, 'hrvSDNN') !== null) {
            hrv.reason = 'rmssd_missing_sdnn_available';
        }
    }
    // RHR: delta bpm vs the 7d baseline; ≥ 5 red, ≥ 3 amber
    let rhr;
    if ((0,py/* truthy */.vN)(x.latestRhr) && (0,py/* truthy */.vN)(x.rhrBaseline) && x.rhrBaseline > 0) {
        const delta = (0,py/* round */.LI)(x.latestRhr - x.rhrBaseline, 1);
        const status = delta >= RHR_RED_BPM ? 'red' : delta >= RHR_AMBER_BPM ? 'amber' : 'green';
        rhr = { status, value: (0,py/* round */.LI)(x.latestRhr, 1), baseline_7d: (0,py/* round */.LI)(x.rhrBaseline, 1), delta_bpm: delta };
    }
    else {
        rhr = { status: 'unavailable', value: x.latestRhr, baseline_7d: x.rhrBaseline, delta_bpm: null };
    }
    // Sleep (v3.90: hours only, quality passed through): < 5 h red, < 7 h amber
    const sleepSecs = (0,py/* get */.Jt)(x.latestWellness, 'sleepSecs');
    const sleepHours = (0,py/* truthy */.vN)(sleepSecs) ? (0,py/* round */.LI)(sleepSecs / 3600, 2) : null;
    const sleepQuality = (0,py/* get */.Jt)(x.latestWellness, 'sleepQuality');
    let sleep;
    if (sleepHours !== null) {
        const status = sleepHours < SLEEP_RED_HOURS ? 'red' : sleepHours < SLEEP_AMBER_HOURS ? 'amber' : 'green';
        sleep = { status, hours: sleepHours, quality: sleepQuality };
    }
    else {
        sleep = { status: 'unavailable', hours: null, quality: sleepQuality };
    }
    // ACWR, start-of-day basis (v3.127), high side only: ≥ 1.5 red, ≥ 1.3 amber
    const acwrMeta = { scope: 'start_of_day', as_of_date: x.acwrAsOf, current_day_load_included: false };
    let acwr;
    if (x.acwrSod !== null) {
        const a = x.acwrSod;
        const status = a >= ACWR_SIGNAL_RED ? 'red' : a >= ACWR_SIGNAL_AMBER ? 'amber' : 'green';
        acwr = { status, value: a, ...acwrMeta };
    }
    else {
        acwr = { status: 'unavailable', value: null, ...acwrMeta };
    }
    // Recovery index: < 0.6 red; < 0.7 amber only when yesterday was < 0.7 too (2-day persistence)
    let ri;
    if (x.ri !== null) {
        const status = x.ri < RI_ALARM
            ? 'red'
            : x.ri < RI_PERSISTENT_WARNING && x.riYesterday !== null && x.riYesterday < RI_PERSISTENT_WARNING
                ? 'amber'
                : 'green';
        ri = { status, value: x.ri, value_yesterday: x.riYesterday };
    }
    else {
        ri = { status: 'unavailable', value: null, value_yesterday: x.riYesterday };
    }
    return { signals: { hrv, rhr, sleep, acwr, ri }, hrvDeltaPct };
}
/** The TSB signal added at P2: < -30 red, below the phase's tsb_amber amber. */
function tsbSignal(tsb, tsbAmber) {
    if (tsb === null)
        return { status: 'unavailable', value: null };
    const status = tsb < TSB_RED ? 'red' : tsb < tsbAmber ? 'amber' : 'green';
    return { status, value: (0,py/* round */.LI)(tsb, 1) };
}
/** signal_summary and the amber / red signal names, in signal order. */
function countSignals(signals) {
    const names = Object.keys(signals);
    const named = (s) => names.filter((k) => signals[k]?.status === s);
    const amber = named('amber');
    const red = named('red');
    return {
        summary: { green: named('green').length, amber: amber.length, red: red.length, unavailable: named('unavailable').length },
        amber,
        red,
    };
}

;// CONCATENATED MODULE: ./src/derive/readiness/decision.ts





/** The phase's threshold modifiers: race week overrides the phase; Build loosens, Taper tightens. */
function phaseModifiers(phase, raceWeekActive) {
    if ((0,py/* truthy */.vN)(raceWeekActive))
        return RACE_WEEK_MODIFIERS;
    return (typeof phase === 'string' && Object.hasOwn(PHASE_MODIFIERS, phase) ? PHASE_MODIFIERS[phase] : null) ?? DEFAULT_MODIFIERS;
}
/** Python `a and b` for the race_week_defers flag: a falsy `active` value passes through as is. */
const pyAnd = (a, b) => ((0,py/* truthy */.vN)(a) ? b : a);
/** readiness_decision: the first rung of the P0-P3 ladder that matches, with its signals and guidance. */
function computeReadinessDecision(input) {
    const dm = input.derivedMetrics;
    // --- Gather inputs
    const ri = (0,py/* get */.Jt)(dm, 'recovery_index');
    const riYesterday = (0,py/* get */.Jt)(dm, 'recovery_index_yesterday');
    // v3.127: readiness reads the START-OF-DAY ACWR, never the live value: a workout completed
    // today must not change today's readiness
    const acwrSod = (0,py/* truthy */.vN)((0,py/* get */.Jt)(dm, 'acwr_start_of_day')) ? (0,py/* get */.Jt)(dm, 'acwr_start_of_day') : {};
    const acwr = (0,py/* get */.Jt)(acwrSod, 'value');
    const acwrAsOf = (0,py/* get */.Jt)(acwrSod, 'as_of_date');
    const tsb = input.currentTsb;
    const phaseDetection = (0,py/* get */.Jt)(dm, 'phase_detection') ?? {};
    const currentPhase = (0,py/* get */.Jt)(phaseDetection, 'phase');
    const phaseWeek = (0,py/* get */.Jt)(phaseDetection, 'phase_duration_weeks');
    const raceWeekActive = (0,py/* get */.Jt)((0,py/* get */.Jt)(input.raceCalendar, 'race_week') ?? {}, 'active', false);
    const mods = phaseModifiers(currentPhase, raceWeekActive);
    const { signals, hrvDeltaPct } = computeSignals({
        latestHrv: (0,py/* get */.Jt)(dm, 'latest_hrv'),
        hrvBaseline: (0,py/* get */.Jt)(dm, 'hrv_baseline_7d'),
        latestRhr: (0,py/* get */.Jt)(dm, 'latest_rhr'),
        rhrBaseline: (0,py/* get */.Jt)(dm, 'rhr_baseline_7d'),
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
    const tier1Alarms = input.alerts.filter((a) => (0,py/* get */.Jt)(a, 'severity') === 'alarm' && (0,py/* get */.Jt)(a, 'tier') === 1);
    const riRed = ri !== null && ri < RI_ALARM;
    if (riRed || tier1Alarms.length > 0) {
        const alarmRefs = tier1Alarms.map((a) => a.metric);
        const reasons = [];
        if (riRed)
            reasons.push(`RI ${(0,py_str/* strFloat */.Oj)(ri)} < 0.6`);
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
        p1Skip.push(`start-of-day ACWR ${(0,py_str/* strFloat */.Oj)(acwr)} (as of ${(0,py_str/* strAny */.cc)(acwrAsOf)}, today's load excluded) ` +
            `>= 1.5, corroborated by ${corroborating.join(', ')}`);
    }
    // rule: compound deep TSB (< -30) with HRV confirming (< -10 %); no alert object → no alarm_ref
    if (tsb !== null && tsb < P1_SKIP_TSB && hrvDeltaPct !== null && hrvDeltaPct < P1_COMPOUND_HRV_PCT) {
        p1Skip.push(`TSB ${(0,py_str/* strFloat */.Oj)(tsb)} < -30 with HRV ${(0,py_str/* strFloat */.Oj)(hrvDeltaPct)}% below baseline`);
    }
    // rule: RI < 0.7 with tier-1 warnings/alarms persisting ≥ 2 days (the persistent alerts are the refs)
    const tier1Persistent = input.alerts.filter((a) => {
        const days = (0,py/* get */.Jt)(a, 'persistence_days');
        return ((0,py/* get */.Jt)(a, 'tier') === 1 &&
            ((0,py/* get */.Jt)(a, 'severity') === 'warning' || (0,py/* get */.Jt)(a, 'severity') === 'alarm') &&
            days !== null &&
            days >= P1_PERSISTENCE_MIN_DAYS);
    });
    if (ri !== null && ri < P1_PERSISTENT_RI && tier1Persistent.length > 0) {
        const metrics = tier1Persistent.map((a) => a.metric);
        p1Skip.push(`RI ${(0,py_str/* strFloat */.Oj)(ri)} < 0.7 with persistent alerts: ${metrics.join(', ')}`);
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
        p1Modify.push(`TSB ${(0,py_str/* strFloat */.Oj)(tsb)} < -25 with HRV ${(0,py_str/* strFloat */.Oj)(hrvDeltaPct)}% below baseline`);
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



/** `.get(key, default)`: the default stands in only for an absent value (null stays null). */
const ifAbsent = (value, dflt) => (value === undefined ? dflt : value);
/** The race alerts of the calendar: taper onset, race-week status, race-day TSB projection. */
function generateRaceAlerts(raceCalendar) {
    const alerts = [];
    // Taper onset: race_calendar.taper_alert.active
    const taper = raceCalendar?.taper_alert ?? {};
    if ((0,py/* truthy */.vN)(taper.active)) {
        alerts.push({
            metric: 'race_taper',
            value: taper.days_until ?? null,
            severity: 'info',
            threshold: 'RACE_A within 8-14 days',
            context: ifAbsent(taper.message, 'Taper onset detected.'),
            persistence_days: null,
            tier: 1,
        });
    }
    // Race week: race_calendar.race_week.active
    const rw = raceCalendar?.race_week ?? {};
    if ((0,py/* truthy */.vN)(rw.active)) {
        // daily status: today's protocol label, TSS band (ints: round(ctl × pct)) and zones
        const todayProto = rw.today ?? {};
        const load = todayProto.load_target_tss ?? {};
        alerts.push({
            metric: 'race_week',
            value: rw.days_until_event ?? null,
            severity: 'info',
            threshold: `${(0,py_str/* strAny */.cc)(rw.event_category)} within 7 days`,
            context: `Race week ${(0,py_str/* strAny */.cc)(rw.current_day)} of '${(0,py_str/* strAny */.cc)(rw.event_name)}'. ` +
                `Today: ${(0,py_str/* strAny */.cc)(ifAbsent(todayProto.label, '?'))}, ` +
                `${(0,py_str/* strInt */.t4)(ifAbsent(load.min, 0))}-${(0,py_str/* strInt */.t4)(ifAbsent(load.max, 0))} TSS. ` +
                `${(0,py_str/* strAny */.cc)(ifAbsent(todayProto.zones, ''))}`,
            persistence_days: null,
            tier: 1,
        });
        // projected race-day TSB (a float, round(…, 1)) below the target range's minimum (ints)
        const projected = rw.projected_race_day_tsb ?? null;
        const range = rw.tsb_target_range ?? {};
        if (projected !== null && (0,py/* truthy */.vN)(range)) {
            // the range holds ints, never null (a null would compare as 0)
            if (projected < (ifAbsent(range.min, 0) ?? 0)) {
                const lo = (0,py_str/* strInt */.t4)(range.min);
                const hi = (0,py_str/* strInt */.t4)(range.max);
                alerts.push({
                    metric: 'race_week_tsb',
                    value: projected,
                    severity: 'warning',
                    threshold: `TSB target ${lo}-${hi}`,
                    context: `Projected race-day TSB ${projectedTsbText(rw) ?? (0,py_str/* strFloat */.Oj)(projected)} is below target range ` +
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



/** alerts[]: the threshold crossings of the derived metrics and wellness. */
function readiness_generateAlerts(_ctx, input) {
    return generateAlerts(input);
}
/** The race alerts appended after the physiological ones. */
function readiness_generateRaceAlerts(_ctx, raceCalendar) {
    return generateRaceAlerts(raceCalendar);
}
/** readiness_decision: the go / modify / skip call. */
function readiness_computeReadinessDecision(_ctx, input) {
    return computeReadinessDecision(input);
}

// EXTERNAL MODULE: ./src/snapshot/plan/messages.ts
var plan_messages = __webpack_require__(5664);
;// CONCATENATED MODULE: ./src/derive/activities/effort.ts
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
 * recent_activities rows of latest.json.
 *
 * Each activity of the 28-day list becomes one row: field fallbacks across API spellings,
 * speeds converted to km/h, display blocks in the athlete's units, HR/power zone times,
 * effort response, interval/DFA flags from this run's intervals.json, terrain and weather
 * fields (terrain module), description passthrough with leading NOTE: lines, and the chat
 * notes fetched for activities of the last 7 days.
 */






/** HR zone times are listed by position (zone 1 first) */
const HR_ZONE_LABELS = ['z1_time', 'z2_time', 'z3_time', 'z4_time', 'z5_time', 'z6_time', 'z7_time'];
/** power zone times carry their zone id (Z1…Z7; sweet-spot and other ids are not listed) */
const POWER_ZONE_KEYS = {
    z1: 'z1_time',
    z2: 'z2_time',
    z3: 'z3_time',
    z4: 'z4_time',
    z5: 'z5_time',
    z6: 'z6_time',
    z7: 'z7_time',
};
function format_str(v) {
    return typeof v === 'string' ? v : '';
}
function numOrZero(v) {
    const x = (0,py.or)(v, 0);
    if (typeof x === 'number' && Number.isFinite(x))
        return x;
    if (typeof x === 'boolean')
        return x ? 1 : 0;
    return 0;
}
/**
 * A display block as toDisplay builds it: its unit is the athlete's unit for the block's kind
 * (km/mi, m/ft, km/h / mph), which toDisplay returns as a plain string.
 */
function shown(d) {
    return d;
}
/** {hr_zones?, power_zones?} or null */
function zoneDistribution(act) {
    // zone keys in the order the API lists the zones; seconds pass through as sent
    const hrZones = {};
    const powerZones = {};
    const hrTimes = (0,py/* get */.Jt)(act, 'icu_hr_zone_times', []);
    if ((0,py/* truthy */.vN)(hrTimes) && Array.isArray(hrTimes)) {
        hrTimes.forEach((secs, idx) => {
            if (idx < HR_ZONE_LABELS.length)
                hrZones[HR_ZONE_LABELS[idx]] = secs ?? 0;
        });
    }
    const zoneTimes = (0,py/* get */.Jt)(act, 'icu_zone_times', []);
    if ((0,py/* truthy */.vN)(zoneTimes) && Array.isArray(zoneTimes)) {
        for (const zone of zoneTimes) {
            if (!(0,py/* isDict */.Zm)(zone))
                continue;
            const zoneId = format_str((0,py/* get */.Jt)(zone, 'id', '')).toLowerCase();
            const secs = (0,py/* get */.Jt)(zone, 'secs', 0);
            if (Object.hasOwn(POWER_ZONE_KEYS, zoneId))
                powerZones[POWER_ZONE_KEYS[zoneId]] = secs ?? 0;
        }
    }
    const dist = {};
    if ((0,py/* truthy */.vN)(hrZones))
        dist.hr_zones = hrZones;
    if ((0,py/* truthy */.vN)(powerZones))
        dist.power_zones = powerZones;
    return (0,py/* truthy */.vN)(dist) ? dist : null;
}
/** icu_hrr may be a number or {value|hrr: number} */
function hrrc(act) {
    let raw = (0,py/* get */.Jt)(act, 'icu_hrr');
    if ((0,py/* isDict */.Zm)(raw)) {
        let v = (0,py/* get */.Jt)(raw, 'value');
        if (v === null)
            v = (0,py/* get */.Jt)(raw, 'hrr');
        raw = v;
    }
    return raw;
}
/** description (stripped) and the NOTE: lines at its top */
function descriptionFields(act) {
    const rawDesc = format_str((0,py.or)((0,py/* get */.Jt)(act, 'description'), ''));
    const out = {};
    if (!(0,py/* strip */.bB)(rawDesc))
        return out;
    out.description = (0,py/* strip */.bB)(rawDesc);
    const notes = [];
    for (const line of rawDesc.split('\n')) {
        const stripped = (0,py/* strip */.bB)(line);
        if (stripped.toUpperCase().startsWith('NOTE:')) {
            const text = (0,py/* strip */.bB)(stripped.slice(5));
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
    const acts = (0,py/* get */.Jt)(intervalsData ?? {}, 'activities', []);
    if (!Array.isArray(acts))
        return m;
    for (const e of acts) {
        if (!(0,py/* isDict */.Zm)(e))
            continue;
        const id = (0,py/* get */.Jt)(e, 'activity_id');
        // this run's intervals.json entries (generateIntervals), read with the reference's .get() checks
        if (id !== null)
            m.set(String(id), e);
    }
    return m;
}
/**
 * The recent_activities rows, newest first as the API lists them, with interval, DFA, terrain and
 * weather fields; `chat_notes`, each row's last field, is added by attachChatNotes.
 */
function format_formatActivityRows(ctx, activities, opts) {
    const byId = intervalsById(opts.intervalsData);
    const previousLatest = opts.snapshot.previous.latest;
    const units = opts.units;
    return activities.map((act, i) => {
        const avgPower = (0,py.or)((0,py/* get */.Jt)(act, 'average_watts'), (0,py/* get */.Jt)(act, 'avg_watts'), (0,py/* get */.Jt)(act, 'average_power'), (0,py/* get */.Jt)(act, 'avgWatts'), (0,py/* get */.Jt)(act, 'icu_average_watts'));
        const normPower = (0,py.or)((0,py/* get */.Jt)(act, 'weighted_average_watts'), (0,py/* get */.Jt)(act, 'np'), (0,py/* get */.Jt)(act, 'icu_pm_np'), (0,py/* get */.Jt)(act, 'normalizedPower'), (0,py/* get */.Jt)(act, 'icu_weighted_avg_watts'));
        const avgHr = (0,py.or)((0,py/* get */.Jt)(act, 'average_heartrate'), (0,py/* get */.Jt)(act, 'avg_hr'), (0,py/* get */.Jt)(act, 'average_heart_rate'), (0,py/* get */.Jt)(act, 'avgHr'), (0,py/* get */.Jt)(act, 'icu_average_hr'));
        const maxHr = (0,py.or)((0,py/* get */.Jt)(act, 'max_heartrate'), (0,py/* get */.Jt)(act, 'max_hr'), (0,py/* get */.Jt)(act, 'max_heart_rate'), (0,py/* get */.Jt)(act, 'maxHr'), (0,py/* get */.Jt)(act, 'icu_max_hr'));
        const avgCadence = (0,py.or)((0,py/* get */.Jt)(act, 'average_cadence'), (0,py/* get */.Jt)(act, 'avg_cadence'), (0,py/* get */.Jt)(act, 'icu_average_cadence'));
        const avgTemp = (0,py.or)((0,py/* get */.Jt)(act, 'average_weather_temp'), (0,py/* get */.Jt)(act, 'average_temp'), (0,py/* get */.Jt)(act, 'avg_temp'), (0,py/* get */.Jt)(act, 'average_temperature'));
        const joules = (0,py/* get */.Jt)(act, 'icu_joules');
        const workKj = (0,py/* truthy */.vN)(joules) && typeof joules === 'number' ? (0,py/* round */.LI)(joules / 1000, 1) : null;
        const calories = (0,py.or)((0,py/* get */.Jt)(act, 'calories'), (0,py/* get */.Jt)(act, 'icu_calories'));
        const decoupling = (0,py.or)((0,py/* get */.Jt)(act, 'icu_hr_decoupling'), (0,py/* get */.Jt)(act, 'decoupling'));
        const avgSpeedMs = (0,py/* get */.Jt)(act, 'average_speed');
        const maxSpeedMs = (0,py/* get */.Jt)(act, 'max_speed');
        const avgSpeed = (0,py/* truthy */.vN)(avgSpeedMs) && typeof avgSpeedMs === 'number' ? (0,py/* round */.LI)(avgSpeedMs * 3.6, 1) : null;
        const maxSpeed = (0,py/* truthy */.vN)(maxSpeedMs) && typeof maxSpeedMs === 'number' ? (0,py/* round */.LI)(maxSpeedMs * 3.6, 1) : null;
        const avgPace = (0,py.or)((0,py/* get */.Jt)(act, 'average_pace'), (0,py/* get */.Jt)(act, 'icu_pace'));
        const weather = (0,py.or)((0,py/* get */.Jt)(act, 'weather_description'), (0,py/* get */.Jt)(act, 'weather'));
        const humidity = (0,py.or)((0,py/* get */.Jt)(act, 'humidity'), (0,py/* get */.Jt)(act, 'average_humidity'));
        const windSpeed = (0,py.or)((0,py/* get */.Jt)(act, 'average_wind_speed'), (0,py/* get */.Jt)(act, 'wind_speed'));
        const distanceKm = (0,py/* round */.LI)(numOrZero((0,py/* get */.Jt)(act, 'distance')) / 1000, 2);
        const elevationM = (0,py/* get */.Jt)(act, 'total_elevation_gain');
        const movingTime = numOrZero((0,py/* get */.Jt)(act, 'moving_time'));
        const activity = {
            id: (0,py/* get */.Jt)(act, 'id', `unknown_${i + 1}`),
            date: (0,py/* get */.Jt)(act, 'start_date_local', 'unknown'),
            type: (0,py/* get */.Jt)(act, 'type', 'Unknown'),
            name: (0,py/* get */.Jt)(act, 'name', ''),
            duration_hours: (0,py/* round */.LI)(movingTime / 3600, 2),
            duration_formatted: (0,format/* formatDuration */.a)(Math.trunc(movingTime)),
            distance_km: distanceKm,
            tss: (0,py/* get */.Jt)(act, 'icu_training_load'),
            intensity_factor: (0,py/* get */.Jt)(act, 'icu_intensity'),
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
            carbs_used: (0,py/* get */.Jt)(act, 'carbs_used'),
            carbs_ingested: (0,py/* get */.Jt)(act, 'carbs_ingested'),
            variability_index: (0,py/* get */.Jt)(act, 'icu_variability_index'),
            decoupling,
            efficiency_factor: (0,py/* get */.Jt)(act, 'icu_efficiency_factor'),
            hrrc: hrrc(act),
            elevation_m: elevationM,
            display: {
                distance: shown((0,derive_units/* toDisplay */.W)(distanceKm, 'distance', units)),
                elevation: shown((0,derive_units/* toDisplay */.W)(typeof elevationM === 'number' ? elevationM : null, 'elevation', units)),
                avg_speed: shown((0,derive_units/* toDisplay */.W)(avgSpeed, 'speed', units)),
                max_speed: shown((0,derive_units/* toDisplay */.W)(maxSpeed, 'speed', units)),
            },
            feel: (0,py/* get */.Jt)(act, 'feel'),
            rpe: (0,py/* get */.Jt)(act, 'icu_rpe'),
            effort_response: classifyEffortResponse((0,py/* get */.Jt)(act, 'icu_intensity'), (0,py/* get */.Jt)(act, 'icu_rpe')),
            zone_distribution: zoneDistribution(act),
            has_intervals: false,
            has_dfa: false,
        };
        // has_intervals needs a WORK segment (unstructured rides get a whole-session RECOVERY
        // placeholder); has_dfa flags AlphaHRV sessions, dfa_summary only when sufficient.
        const entry = byId.get(String((0,py/* get */.Jt)(act, 'id') ?? 'None'));
        if (entry && (0,py/* truthy */.vN)(entry)) {
            const ivs = (0,py.or)((0,py/* get */.Jt)(entry, 'intervals'), []);
            if (Array.isArray(ivs) && ivs.some((iv) => (0,py/* isDict */.Zm)(iv) && (0,py/* get */.Jt)(iv, 'type') === 'WORK'))
                activity.has_intervals = true;
            const dfa = (0,py/* get */.Jt)(entry, 'dfa');
            if ((0,py/* truthy */.vN)(dfa) && (0,py/* isDict */.Zm)(dfa)) {
                activity.has_dfa = true;
                const quality = (0,py/* get */.Jt)(dfa, 'quality', {});
                if ((0,py/* isDict */.Zm)(quality) && (0,py/* truthy */.vN)((0,py/* get */.Jt)(quality, 'sufficient')) && opts.buildDfaSummary) {
                    activity.dfa_summary = opts.buildDfaSummary(dfa);
                }
            }
        }
        const actId = (0,py/* get */.Jt)(act, 'id');
        const terrain = buildTerrainForActivity(ctx, act, previousLatest, actId !== null ? opts.snapshot.terrainStreams[String(actId)] : undefined, units);
        Object.assign(activity, terrain);
        Object.assign(activity, buildWeatherForActivity(ctx, act, previousLatest, units));
        Object.assign(activity, descriptionFields(act));
        return activity;
    });
}
/**
 * The chat messages of the last 7 days (fetched by planMessageFetches) as the last field of the
 * rows formatActivityRows made from the same activities, in place.
 */
function format_attachChatNotes(ctx, activities, rows, messages) {
    const cutoff = (0,plan_messages/* chatNotesCutoff */.nx)(ctx);
    activities.forEach((act, i) => {
        if (!(0,plan_messages/* chatNotesDue */._B)(act, cutoff))
            return;
        const notes = messages[String((0,py/* get */.Jt)(act, 'id'))] ?? [];
        if (notes.length)
            rows[i].chat_notes = notes;
    });
}

;// CONCATENATED MODULE: ./src/derive/activities/index.ts


/** latest.json recent_activities: one row per activity of the 28-day window. */
function formatActivities(ctx, input) {
    const rows = formatActivityRows(ctx, input.activities28d, {
        intervalsData: input.intervalsData,
        tempUnit: input.tempUnit,
        windUnit: input.windUnit,
        speedUnit: input.speedUnit,
        units: input.units,
        snapshot: input.snapshot,
        buildDfaSummary: input.buildDfaSummary,
    });
    attachChatNotes(ctx, input.activities28d, rows, input.snapshot.messages);
    return rows;
}

;// CONCATENATED MODULE: ./src/derive/summaries.ts




/** sum(act.get("moving_time", 0)) — absent counts 0 (the reference raises on a present null). */
function movingSeconds(activities) {
    return (0,py/* sum */.cz)(activities.map((a) => (0,py/* get */.Jt)(a, 'moving_time', 0) ?? 0));
}
function totalTss(activities) {
    return (0,py/* sum */.cz)(activities.filter((a) => (0,py/* truthy */.vN)((0,py/* get */.Jt)(a, 'icu_training_load'))).map((a) => (0,py/* get */.Jt)(a, 'icu_training_load', 0)));
}
function quickStats(activities7d) {
    const secs = movingSeconds(activities7d);
    return {
        total_training_hours: (0,py/* round */.LI)(secs / 3600, 2),
        total_training_formatted: (0,format/* formatMinutes */.d)(secs),
        total_activities: activities7d.length,
        total_tss: (0,py/* round */.LI)(totalTss(activities7d), 0),
    };
}
function weeklySummary(activities7d, wellness7d) {
    const secs = movingSeconds(activities7d);
    let avgHrv = null;
    let avgRhr = null;
    if (wellness7d.length) {
        const hrv = wellness7d.map((w) => (0,py/* get */.Jt)(w, 'hrv')).filter(derive_wellness/* isValidHrv */.ro);
        const rhr = wellness7d.map((w) => (0,py/* get */.Jt)(w, 'restingHR')).filter((x) => (0,py/* truthy */.vN)(x));
        avgHrv = hrv.length ? (0,py/* round */.LI)((0,py/* sum */.cz)(hrv) / hrv.length, 1) : null;
        avgRhr = rhr.length ? (0,py/* round */.LI)((0,py/* sum */.cz)(rhr) / rhr.length, 1) : null;
    }
    return {
        total_training_hours: (0,py/* round */.LI)(secs / 3600, 2),
        total_training_formatted: (0,format/* formatMinutes */.d)(secs),
        total_tss: (0,py/* round */.LI)(totalTss(activities7d), 0),
        activities_count: activities7d.length,
        avg_hrv: avgHrv,
        avg_resting_hr: avgRhr,
    };
}
function activitySummary(activities7d, daysBack, units) {
    const byType = new Map();
    for (const a of activities7d) {
        const type = String((0,py/* get */.Jt)(a, 'type', 'Unknown'));
        const e = byType.get(type) ?? { count: 0, seconds: 0, tss: 0, distance_km: 0 };
        e.count += 1;
        e.seconds += (0,py/* get */.Jt)(a, 'moving_time', 0) ?? 0;
        e.tss += (0,py/* truthy */.vN)((0,py/* get */.Jt)(a, 'icu_training_load', 0)) ? (0,py/* get */.Jt)(a, 'icu_training_load', 0) : 0;
        e.distance_km += ((0,py/* truthy */.vN)((0,py/* get */.Jt)(a, 'distance', 0)) ? (0,py/* get */.Jt)(a, 'distance', 0) : 0) / 1000;
        byType.set(type, e);
    }
    const breakdown = {};
    let totalSeconds = 0;
    for (const type of (0,py/* sorted */.IP)(byType.keys())) {
        const d = byType.get(type);
        const distanceKm = (0,py/* round */.LI)(d.distance_km, 1);
        breakdown[type] = {
            duration_decimal_hours: (0,py/* round */.LI)(d.seconds / 3600, 2),
            count: d.count,
            tss: (0,py/* round */.LI)(d.tss, 0),
            distance_km: distanceKm,
            display: { distance: (0,derive_units/* toDisplay */.W)(distanceKm, 'distance', units) },
        };
        totalSeconds += d.seconds;
    }
    return {
        period_description: `Last ${daysBack} days of training (including today)`,
        note: 'Duration calculated from API moving_time field.',
        total_duration_decimal_hours: (0,py/* round */.LI)(totalSeconds / 3600, 2),
        total_activities: activities7d.length,
        by_activity_type: breakdown,
    };
}

;// CONCATENATED MODULE: ./src/derive/weight.ts
/**
 * current_status.weight: gated weight signals (latest weigh-in, W/kg with its FTP source, block
 * trajectory, 7-day average, 28-day slope). A field whose data gate fails is ABSENT, and the
 * block is absent when nothing qualifies.
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
        const wt = (0,py/* get */.Jt)(w, 'weight');
        if (wt === null || wt === 0)
            continue;
        const dateStr = String((0,py/* get */.Jt)(w, 'id', '') ?? '');
        if (!dateStr)
            continue;
        let d;
        try {
            d = naive_time/* NaiveDateTime */.b8.fromDate(dateStr.slice(0, 10));
        }
        catch (e) {
            (0,derive_diagnostics/* degraded */.$o)(`current_status.weight (wellness ${dateStr.slice(0, 10)})`, e);
            continue;
        }
        entries.push([d, Number(wt)]);
    }
    if (!entries.length)
        return null;
    entries = (0,py/* sorted */.IP)(entries, (e) => e[0].ms, true);
    const [latestDate, latestWeight] = entries[0];
    const age = today.daysSince(latestDate);
    if (age >= 0 && age <= LATEST_MAX_AGE_DAYS) {
        block.weight_latest_kg = (0,py/* round */.LI)(latestWeight, 1);
        block.weight_latest_date = latestDate.date();
        display.weight_latest = (0,derive_units/* toDisplay */.W)(latestWeight, 'weight', input.units);
    }
    const cycling = (input.sportThresholds ?? {}).cycling ?? {};
    const testedFtp = (0,py/* get */.Jt)(cycling, 'ftp');
    const eftp = input.powerModel?.eftp ?? null;
    let ftpUsed = null;
    let ftpSource = null;
    let ftpSettingDate = null;
    if ((0,py/* truthy */.vN)(testedFtp)) {
        ftpUsed = Number(testedFtp);
        ftpSource = 'tested';
        const outdoor = (0,py/* sorted */.IP)(Object.keys(input.ftpHistory.outdoor ?? {}), (k) => k, true);
        const indoor = (0,py/* sorted */.IP)(Object.keys(input.ftpHistory.indoor ?? {}), (k) => k, true);
        if (outdoor.length)
            ftpSettingDate = outdoor[0];
        else if (indoor.length)
            ftpSettingDate = indoor[0];
    }
    else if ((0,py/* truthy */.vN)(eftp)) {
        ftpUsed = Number(eftp);
        ftpSource = 'eftp';
    }
    const latestKg = block.weight_latest_kg;
    if (latestKg !== undefined && (0,py/* truthy */.vN)(ftpUsed) && latestKg > 0) {
        block.wkg_current = (0,py/* round */.LI)(ftpUsed / latestKg, 2);
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
    if ((0,py/* truthy */.vN)(atStart) && (0,py/* truthy */.vN)(atEnd) && (0,py/* truthy */.vN)(ftpUsed)) {
        const start = (0,py/* round */.LI)(ftpUsed / atStart, 2);
        const end = (0,py/* round */.LI)(ftpUsed / atEnd, 2);
        block.wkg_block_start = start;
        block.wkg_block_end = end;
        block.wkg_block_delta = (0,py/* round */.LI)(end - start, 2);
    }
    const sevenCut = today.addDays(-6);
    const seven = entries.filter(([d]) => d.ms >= sevenCut.ms).map(([, w]) => w);
    if (seven.length >= AVG_7D_MIN_ENTRIES) {
        const avg = (0,py/* sum */.cz)(seven) / seven.length;
        block.weight_7d_avg_kg = (0,py/* round */.LI)(avg, 1);
        display.weight_7d_avg = (0,derive_units/* toDisplay */.W)(avg, 'weight', input.units);
    }
    const cut28 = today.addDays(-(BLOCK_WINDOW_DAYS - 1));
    const pairs = entries.filter(([d]) => d.ms >= cut28.ms);
    if (pairs.length >= SLOPE_28D_MIN_ENTRIES) {
        const xs = pairs.map(([d]) => d.daysSince(cut28));
        const ys = pairs.map(([, w]) => w);
        const n = xs.length;
        const mx = (0,py/* sum */.cz)(xs) / n;
        const my = (0,py/* sum */.cz)(ys) / n;
        let num = 0;
        let den = 0;
        for (let i = 0; i < n; i++)
            num += (xs[i] - mx) * (ys[i] - my);
        for (let i = 0; i < n; i++)
            den += (xs[i] - mx) ** 2;
        if (den > 0) {
            const slope = (num / den) * 7;
            block.weight_28d_slope_kg_per_week = (0,py/* round */.LI)(slope, 3);
            display.weight_28d_slope_per_week =
                input.units?.weight === 'lb' ? { value: (0,py/* round */.LI)(slope * 2.20462, 3), unit: 'lb/week' } : { value: (0,py/* round */.LI)(slope, 3), unit: 'kg/week' };
        }
    }
    if (!Object.keys(block).length)
        return null;
    if (Object.keys(display).length)
        block.display = display;
    return block;
}

;// CONCATENATED MODULE: ./src/derive/index.ts


















/** Everything but the chat notes of the recent-activity rows. */
function startDerive(ctx, body, opts) {
    const { result, diagnostics } = (0,derive_diagnostics/* collectDiagnostics */.R9)(() => deriveBeforeMessages(ctx, body, opts));
    return { ctx, body, before: result, diagnostics };
}
/** The recent-activity rows' chat notes from the activities' messages, and the finished outputs. */
function finishDerive(stage, messages) {
    const { result, diagnostics } = (0,derive_diagnostics/* collectDiagnostics */.R9)(() => deriveWithMessages(stage, messages));
    return { ...result, diagnostics: [...stage.diagnostics, ...diagnostics] };
}
function deriveBeforeMessages(ctx, snap, opts) {
    const today = ctx.today;
    const athlete = snap.athlete;
    const units = (0,derive_units/* athleteUnits */.B)(athlete);
    // history.json first: latest.json reads it back (history block, phase detection rows)
    // a failed generation is non-critical in the reference: no history.json is written this run and
    // latest.json reads the previous file
    let history = null;
    if (opts.generateHistory && snap.history3y) {
        try {
            history = (0,derive_history/* generateHistory */.Em)(ctx, { ...snap.history3y, athlete, previousFtpHistory: snap.previous.ftpHistory });
        }
        catch (e) {
            (0,derive_diagnostics/* degraded */.$o)('history.json', e);
            history = null;
        }
    }
    const historyNow = history ?? snap.previous.history;
    const oldestDisplay = ctx.now.addDays(-(ctx.daysBack - 1)).date();
    const activities28d = snap.activities28d;
    const activities7d = activities28d.filter((a) => (0,sports/* actDate */.BZ)(a) >= oldestDisplay);
    const latestWellness = snap.wellness7d.length ? snap.wellness7d[snap.wellness7d.length - 1] : {};
    const sportThresholds = buildSportThresholds(athlete);
    const powerModel = powerModelFromWellness(snap.todayWellness);
    const vo2max = (0,py/* get */.Jt)(snap.todayWellness, 'vo2max');
    const events = snap.events;
    const pastCutoff = oldestDisplay;
    const pastEvents = events.filter((e) => pastCutoff <= (0,sports/* actDate */.BZ)(e) && (0,sports/* actDate */.BZ)(e) <= today);
    const pairingEvents = events.filter((e) => (0,sports/* actDate */.BZ)(e) <= today);
    const futureEvents = events.filter((e) => (0,sports/* actDate */.BZ)(e) >= today);
    const nearLimit = ctx.now.addDays(windows/* PLANNED_HORIZON_DAYS */.$f).date();
    const nearFutureEvents = futureEvents.filter((e) => (0,sports/* actDate */.BZ)(e) <= nearLimit);
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
    const ftpIndoor = (0,py/* get */.Jt)(cycling, 'ftp_indoor');
    const ftpOutdoor = (0,py/* get */.Jt)(cycling, 'ftp');
    const ftpHistory = (0,ftp_history/* updateFtpHistory */.ks)(ctx, (0,ftp_history/* normaliseFtpHistory */.rK)(snap.previous.ftpHistory), ftpIndoor, ftpOutdoor);
    const [biIn, oldIn] = (0,ftp_history/* benchmarkIndex */.WK)(ctx, ftpIndoor, ftpHistory.indoor);
    const [biOut, oldOut] = (0,ftp_history/* benchmarkIndex */.WK)(ctx, ftpOutdoor, ftpHistory.outdoor);
    const routes = generateRoutes(ctx, {
        events,
        previousRoutes: snap.previous.routes,
        attachments: snap.attachments,
        units,
    });
    // built by calendar/ (model RaceCalendar)
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
        icuWeight: (0,py/* get */.Jt)(athlete, 'icu_weight'),
        ftpHistory,
        history: historyNow,
        intervalsData: intervals.intervalsData,
    });
    const alerts = [
        ...readiness_generateAlerts(ctx, {
            derivedMetrics,
            wellness7d: snap.wellness7d,
            tss7dTotal: (0,py/* get */.Jt)(derivedMetrics, 'tss_7d_total', 0),
            tss28dTotal: (0,py/* get */.Jt)(derivedMetrics, 'tss_28d_total', 0),
        }),
        ...readiness_generateRaceAlerts(ctx, raceCalendar),
    ];
    const readinessDecision = readiness_computeReadinessDecision(ctx, {
        derivedMetrics,
        alerts,
        latestWellness,
        activities28d,
        raceCalendar,
        currentTsb: fitness.tsb,
    });
    const tempUnit = athlete.fahrenheit ? 'F' : 'C';
    const windUnit = (0,py.or)((0,py/* get */.Jt)(athlete, 'wind_speed'), 'MPS');
    // the chat notes come in the second step (attachChatNotes)
    const recentActivities = format_formatActivityRows(ctx, activities28d, {
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
            athleteNotes: (0,py/* get */.Jt)(athlete, 'icu_notes'),
            alerts,
            readinessDecision,
            healthContext,
            history: (0,derive_history/* historyConfidence */.NV)(ctx, historyNow),
            summary: activitySummary(activities7d, ctx.daysBack, units),
            fitness,
            powerModel,
            vo2max,
            sportThresholds,
            currentMetrics: (0,derive_wellness/* currentMetrics */.HM)(latestWellness, athlete, units),
            weight,
            derivedMetrics,
            recentActivities,
            wellnessData: (0,derive_wellness/* formatWellness */.ds)(snap.wellness7d, units),
            plannedWorkouts: formatted?.planned,
            workoutSummaryStats: formatted?.summaryStats,
            weeklySummary: weeklySummary(activities7d, snap.wellness7d),
            raceCalendar,
            units,
        },
        activities28d,
        ftpHistory,
        history,
        intervals: intervals.intervalsData,
        routes: routes.routesData,
    };
}
function deriveWithMessages(stage, messages) {
    const { activities28d, ...outputs } = stage.before;
    format_attachChatNotes(stage.ctx, activities28d, outputs.latest.recentActivities, messages);
    return outputs;
}

;// CONCATENATED MODULE: ./src/derive/privacy/zones.ts
/**
 * Privacy zones: circles of `radiusM` metres (haversine, the terrain analysis' sphere) around
 * the start and the end of a track, where a home or a workplace usually is.
 */

function isCoord(v) {
    return Array.isArray(v) && v.length >= 2 && Number.isFinite(v[0]) && Number.isFinite(v[1]);
}
class PrivacyZones {
    radiusM;
    centres = [];
    constructor(radiusM) {
        this.radiusM = radiusM;
    }
    add(c) {
        if (isCoord(c))
            this.centres.push([Number(c[0]), Number(c[1])]);
    }
    get size() {
        return this.centres.length;
    }
    /** true when the point lies inside any zone (a point that is not a coordinate counts as inside) */
    covers(c) {
        if (!isCoord(c))
            return true;
        return this.centres.some(([lat, lon]) => haversine(lat, lon, Number(c[0]), Number(c[1])) <= this.radiusM);
    }
}

;// CONCATENATED MODULE: ./src/derive/privacy/index.ts


/** the name every outdoor activity gets */
const ANONYMOUS_ACTIVITY_NAME = 'Training Session';
/** fields that name an activity or the planned event it was recorded from */
const NAME_FIELDS = new Set(['name', 'event_name', 'activity_name']);
/** Replace every name field whose value is an outdoor activity's name (planned workouts, races, routes…). */
function replaceOutdoorNames(node, names) {
    const stack = [node];
    while (stack.length > 0) {
        const cur = stack.pop();
        if (Array.isArray(cur))
            stack.push(...cur);
        else if ((0,py/* isJsonObject */.OW)(cur)) {
            for (const [k, v] of Object.entries(cur)) {
                if (NAME_FIELDS.has(k) && typeof v === 'string' && names.has(v))
                    cur[k] = ANONYMOUS_ACTIVITY_NAME;
                else if (typeof v === 'object' && v !== null)
                    stack.push(v);
            }
        }
    }
}
/** Indoor: the activity's id is known indoor, or its type is a virtual one (VirtualRide, VirtualRun…). */
function isIndoor(input, id, type) {
    if (id !== null && id !== undefined && input.indoorActivityIds.has(String(id)))
        return true;
    return typeof type === 'string' && type.startsWith('Virtual');
}
/** An outdoor activity's name becomes the anonymous one (recent_activities[] and intervals.json activities[]). */
function renameActivity(input, act, id) {
    if ('name' in act && !isIndoor(input, id, act.type))
        act.name = ANONYMOUS_ACTIVITY_NAME;
}
/** Remove the start/end coordinates of climbs and descents that fall in a zone (all of them when `all`). */
function reduceSegments(summary, zones, all) {
    for (const segs of [summary.climbs, summary.descents]) {
        if (!Array.isArray(segs))
            continue;
        for (const seg of segs) {
            if (seg === null || typeof seg !== 'object')
                continue;
            for (const c of ['start_coords', 'end_coords']) {
                if (c in seg && (all || zones.covers(seg[c])))
                    delete seg[c];
            }
        }
    }
}
/** routes.json terrain_summary: zones around the route's first and last point. */
function reduceRouteSummary(summary, radiusM) {
    if (summary === null || typeof summary !== 'object' || !('start_coords' in summary))
        return; // no track, or already reduced
    const zones = new PrivacyZones(radiusM);
    zones.add(summary.start_coords);
    const line = Array.isArray(summary.polyline) ? summary.polyline : null;
    // polyline rows are [km, lat, lon, ele]; the first and last rows are the track's own ends
    const ll = (row) => (Array.isArray(row) && isCoord(row.slice(1, 3)) ? [row[1], row[2]] : null);
    if (line?.length) {
        zones.add(ll(line[0]));
        zones.add(ll(line[line.length - 1]));
        summary.polyline = line.filter((row) => !zones.covers(ll(row)));
    }
    reduceSegments(summary, zones, false);
    delete summary.start_coords;
}
/** latest.json activity terrain: zones around the start and (when this run read the track) the end. */
function reduceActivitySummary(summary, ends, radiusM) {
    if (summary === null || typeof summary !== 'object' || !('start_coords' in summary))
        return;
    const zones = new PrivacyZones(radiusM);
    zones.add(summary.start_coords);
    if (ends) {
        zones.add(ends[0]);
        zones.add(ends[1]);
    }
    // copied forward from an unreduced file, the track's end is unknown: no segment coordinate is kept
    reduceSegments(summary, zones, ends === undefined);
    delete summary.start_coords;
}
const HEALTH_LABELS = { SICK: 'Illness', INJURED: 'Injury' };
function reduceLatest(latest, input) {
    const profile = latest.athlete_profile;
    if (profile !== null && typeof profile === 'object') {
        // `age` (complete years on today) stays; the date itself, the place and the zone go
        delete profile.date_of_birth;
        delete profile.location;
        delete profile.timezone;
    }
    if ('athlete_notes' in latest)
        latest.athlete_notes = null;
    if (Array.isArray(latest.recent_activities)) {
        for (const act of latest.recent_activities) {
            if (act === null || typeof act !== 'object')
                continue;
            renameActivity(input, act, act.id);
            delete act.description;
            delete act.coach_notes;
            delete act.chat_notes;
            const ends = act.id === null || act.id === undefined ? undefined : input.activityTrackEnds.get(String(act.id));
            reduceActivitySummary(act.terrain_summary, ends, input.radiusM);
        }
    }
    const health = latest.health_context;
    if (health !== null && typeof health === 'object') {
        for (const list of [health.current, health.recent, health.upcoming]) {
            if (!Array.isArray(list))
                continue;
            for (const m of list) {
                if (m === null || typeof m !== 'object')
                    continue;
                if ('name' in m)
                    m.name = HEALTH_LABELS[String(m.category)] ?? 'Health marker';
                delete m.description;
            }
        }
    }
}
/**
 * The files with privacy mode applied (the input is not modified); each file keeps its type, so
 * a caller holding full contract files gets full contract files back.
 */
function anonymizeFiles(files, input) {
    const out = structuredClone(files);
    reduceLatest(out.latest, input);
    const intervals = out.intervals;
    if (intervals && Array.isArray(intervals.activities)) {
        for (const entry of intervals.activities)
            if (entry !== null && typeof entry === 'object')
                renameActivity(input, entry, entry.activity_id);
    }
    const routes = out.routes;
    if (routes && Array.isArray(routes.events)) {
        for (const evt of routes.events)
            if (evt !== null && typeof evt === 'object')
                reduceRouteSummary(evt.terrain_summary, input.radiusM);
    }
    if (input.outdoorNames.size)
        for (const f of [out.latest, out.history, out.intervals, out.routes])
            replaceOutdoorNames(f, input.outdoorNames);
    return out;
}

;// CONCATENATED MODULE: ./src/derive/privacy/input.ts
/** What privacy mode needs to know from the run's snapshot: which activities are indoor, where tracks end. */



/** Recorded indoors: Intervals.icu's `trainer` flag, or a virtual activity type. */
function isIndoorActivity(act) {
    const type = (0,py/* get */.Jt)(act, 'type');
    return (0,py/* get */.Jt)(act, 'trainer') === true || (typeof type === 'string' && type.startsWith('Virtual'));
}
function privacyInput(snap, radiusM) {
    const indoorActivityIds = new Set();
    for (const act of snap.activities28d) {
        const id = (0,py/* get */.Jt)(act, 'id');
        if (id !== null && isIndoorActivity(act))
            indoorActivityIds.add(String(id));
    }
    const activityTrackEnds = new Map();
    for (const [id, outcome] of Object.entries(snap.terrainStreams)) {
        if (!outcome.ok || !Array.isArray(outcome.data))
            continue;
        // the streams endpoint answers a list of stream objects (raw API rows, read with .get())
        const tp = streamsToTrackpoints(outcome.data);
        if (tp.n === 0)
            continue;
        activityTrackEnds.set(id, [
            [tp.lat[0], tp.lon[0]],
            [tp.lat[tp.n - 1], tp.lon[tp.n - 1]],
        ]);
    }
    const outdoorNames = new Set();
    const addName = (act, id) => {
        const name = (0,py/* get */.Jt)(act, 'name');
        const indoor = (id !== null && id !== undefined && indoorActivityIds.has(String(id))) || isIndoorActivity(act);
        if (typeof name === 'string' && name && !indoor)
            outdoorNames.add(name);
    };
    const fromApi = (act) => addName(act, (0,py/* get */.Jt)(act, 'id'));
    snap.activities28d.forEach(fromApi);
    snap.history3y?.activities.forEach(fromApi);
    // intervals.json keeps entries for 14 days; the previous file's names are names too
    const previous = snap.previous.intervals;
    const prevEntries = previous?.activities;
    if (Array.isArray(prevEntries))
        for (const e of prevEntries)
            if (e && typeof e === 'object')
                addName(e, (0,py/* get */.Jt)(e, 'activity_id'));
    outdoorNames.delete(ANONYMOUS_ACTIVITY_NAME);
    return { radiusM, indoorActivityIds, activityTrackEnds, outdoorNames };
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
    // the weight block is written only when at least one of its gated signals qualifies
    if (p.weight)
        currentStatus.weight = p.weight;
    return {
        READ_THIS_FIRST: {
            instruction_for_ai: INSTRUCTION_FOR_AI,
            display_formatting: DISPLAY_FORMATTING,
            data_period: `Last ${p.daysBack} days (including today)`,
            extended_data_note: `ACWR and baselines calculated from ${windows/* ACWR_DAYS */.Od} days of data`,
            capability_metrics_note: CAPABILITY_METRICS_NOTE,
            readiness_decision_note: READINESS_DECISION_NOTE,
            health_context_note: read_this_first_texts_HEALTH_CONTEXT_NOTE,
            zone_preference: zonePref,
            wellness_field_scales: WELLNESS_FIELD_SCALES,
            quick_stats: quickStats(p.activities7d),
        },
        metadata: {
            athlete_id: 'REDACTED',
            last_updated: meta.lastUpdated,
            data_range_days: p.daysBack,
            extended_range_days: windows/* ACWR_DAYS */.Od,
            version: meta.version,
        },
        athlete_profile: p.athleteProfile,
        athlete_notes: p.athleteNotes ?? null,
        alerts: p.alerts,
        readiness_decision: p.readinessDecision,
        health_context: p.healthContext,
        history: p.history,
        summary: p.summary,
        current_status: currentStatus,
        derived_metrics: p.derivedMetrics,
        recent_activities: p.recentActivities,
        wellness_data: p.wellnessData,
        planned_workouts: p.plannedWorkouts,
        workout_summary_stats: p.workoutSummaryStats,
        weekly_summary: p.weeklySummary,
        race_calendar: p.raceCalendar,
    };
}

;// CONCATENATED MODULE: ./src/render/digest/format.ts
/**
 * Printing JSON values into the digest without changing them. Every number the digest shows is a
 * value of latest.json or history.json printed as JavaScript prints it (the shortest text that
 * reads back to the same number), so an AI coach that checks a figure against the JSON finds it
 * there. Nothing here rounds, converts units or derives a new figure; a missing value prints as
 * "—", never as 0.
 */

const MISSING = '—';
function isDict(v) {
    return (0,py/* isDict */.Zm)(v);
}
function dict(v) {
    return isDict(v) ? v : {};
}
function list(v) {
    return Array.isArray(v) ? v : [];
}
/** One line of text: line breaks folded into spaces. */
function oneLine(s) {
    return s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
/** A JSON number as it is; anything that is not a finite number is missing. */
function format_num(v) {
    return typeof v === 'number' && Number.isFinite(v) ? String(v) : MISSING;
}
/** A number with a unit word after it, or "—" alone. */
function numUnit(v, unit) {
    const n = format_num(v);
    return n === MISSING ? MISSING : `${n} ${unit}`;
}
/** A JSON string (or number / boolean) as one line of text; null and empty are missing. */
function format_text(v) {
    if (typeof v === 'string')
        return v.trim() ? oneLine(v) : MISSING;
    if (typeof v === 'number')
        return format_num(v);
    if (typeof v === 'boolean')
        return v ? 'yes' : 'no';
    return MISSING;
}
function yesNo(v) {
    return v === true ? 'yes' : v === false ? 'no' : MISSING;
}
/**
 * A measurement in the athlete's units: the `display` block the JSON carries ({value, unit}) when
 * there is one, else the canonical metric value with its metric unit. Never converted here.
 */
function measured(display, metricValue, metricUnit) {
    if (isDict(display) && typeof display.value === 'number' && Number.isFinite(display.value)) {
        return typeof display.unit === 'string' && display.unit ? `${display.value} ${oneLine(display.unit)}` : String(display.value);
    }
    return numUnit(metricValue, metricUnit);
}
/** "min to max" from a {min, max} block, or "—". */
function range(v, unit = '') {
    const r = dict(v);
    if (format_num(r.min) === MISSING && format_num(r.max) === MISSING)
        return MISSING;
    return `${format_num(r.min)} to ${format_num(r.max)}${unit ? ` ${unit}` : ''}`;
}
/** A list of strings joined, or "—" when empty. */
function words(v, sep = ', ') {
    const items = list(v)
        .map((x) => format_text(x))
        .filter((x) => x !== MISSING);
    return items.length ? items.join(sep) : MISSING;
}
/** A Markdown table; every cell is made one line. */
function table(header, rows) {
    if (!rows.length)
        return [];
    // a pipe inside a cell would end it early
    const cell = (c) => (oneLine(c) || MISSING).replace(/\|/g, '\\|');
    return [
        `| ${header.map(cell).join(' | ')} |`,
        `|${header.map(() => '---').join('|')}|`,
        ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    ];
}
/** "label value" pairs that have a value, joined; missing ones are left out. */
function pairs(items, sep = ' · ') {
    const kept = items.filter(([, v]) => v !== MISSING);
    return kept.length ? kept.map(([k, v]) => (k ? `${k} ${v}` : v)).join(sep) : MISSING;
}

;// CONCATENATED MODULE: ./src/render/digest/sessions.ts

const DAY_MS = 86_400_000;
/**
 * The first date of the data period ("Last N days (including today)"): last_updated's date minus
 * N-1 days. It only selects rows, it is never printed. null when either is missing.
 */
function periodStart(latest) {
    const meta = dict(latest.metadata);
    const last = typeof meta.last_updated === 'string' ? meta.last_updated.slice(0, 10) : '';
    const days = meta.data_range_days;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(last) || typeof days !== 'number' || !Number.isInteger(days) || days < 1)
        return null;
    const ms = Date.parse(`${last}T00:00:00Z`);
    if (Number.isNaN(ms))
        return null;
    return new Date(ms - (days - 1) * DAY_MS).toISOString().slice(0, 10);
}
function dateOf(v) {
    return typeof v === 'string' ? v.slice(0, 10) : '';
}
function moreData(a) {
    const where = [];
    const flags = [a.has_intervals === true ? 'has_intervals' : '', a.has_dfa === true ? 'has_dfa' : ''].filter(Boolean);
    if (flags.length)
        where.push(`intervals.json (${flags.join(', ')})`);
    if (a.dfa_summary && typeof a.dfa_summary === 'object')
        where.push('dfa_summary');
    if (a.terrain_summary && typeof a.terrain_summary === 'object')
        where.push('terrain_summary');
    return where.join(', ') || MISSING;
}
function sessionsSection(latest, cap) {
    const start = periodStart(latest);
    const all = list(latest.recent_activities).map(dict);
    const inPeriod = start === null ? all : all.filter((a) => dateOf(a.date) >= start);
    const out = ['', `## Sessions (${format_text(dict(latest.READ_THIS_FIRST).data_period)}, as listed in recent_activities)`, ''];
    if (!inPeriod.length) {
        out.push('No sessions in the period.');
        return out;
    }
    const rows = inPeriod
        .slice(0, cap)
        .map((a) => [
        format_text(a.date),
        format_text(a.type),
        format_text(a.name),
        format_text(a.duration_formatted),
        measured(dict(a.display).distance, a.distance_km, 'km'),
        format_num(a.tss),
        format_num(a.intensity_factor),
        format_num(a.avg_hr),
        format_num(a.avg_power),
        moreData(a),
    ]);
    out.push(...table(['Start', 'Sport', 'Name', 'Time', 'Distance', 'TSS', 'IF', 'Avg HR', 'Avg W', 'More data'], rows));
    if (inPeriod.length > cap)
        out.push('', 'More sessions in latest.json → recent_activities.');
    return out;
}
function wellnessSection(latest, history, weeksCap) {
    const dm = dict(latest.derived_metrics);
    const cm = dict(dict(latest.current_status).current_metrics);
    const ws = dict(latest.weekly_summary);
    const out = ['', '## Wellness', ''];
    out.push(`- HRV ${format_num(dm.latest_hrv)} ms · baseline: week ${format_num(dm.hrv_baseline_7d)}, four weeks ${format_num(dm.hrv_baseline_28d)} · period average ${format_num(ws.avg_hrv)}`, `- RHR ${format_num(dm.latest_rhr)} bpm · baseline: week ${format_num(dm.rhr_baseline_7d)}, four weeks ${format_num(dm.rhr_baseline_28d)} · period average ${format_num(ws.avg_resting_hr)}`, `- Sleep ${format_text(cm.sleep_formatted)} · score ${format_num(cm.sleep_score)} · quality ${format_num(cm.sleep_quality)} · recovery index ${format_num(dm.recovery_index)} (yesterday ${format_num(dm.recovery_index_yesterday)})`);
    const weight = dict(dict(latest.current_status).weight);
    if (Object.keys(weight).length || cm.weight_kg != null) {
        const disp = dict(weight.display);
        out.push(`- Weight ${measured(disp.weight_latest ?? dict(cm.display).weight, weight.weight_latest_kg ?? cm.weight_kg, 'kg')}` +
            ` · period average ${measured(disp.weight_7d_avg, weight.weight_7d_avg_kg, 'kg')} · W/kg ${format_num(weight.wkg_current)} (${format_text(weight.wkg_ftp_source)})`);
    }
    const days = list(latest.wellness_data).map(dict);
    const rows = days.map((w) => [
        format_text(w.date),
        format_num(w.hrv_rmssd),
        format_num(w.resting_hr),
        format_text(w.sleep_formatted),
        format_num(w.sleep_score),
        format_num(w.fatigue),
        format_num(w.soreness),
        format_num(w.stress),
    ]);
    if (rows.length)
        out.push('', ...table(['Date', 'HRV', 'RHR', 'Sleep', 'Sleep score', 'Fatigue', 'Soreness', 'Stress'], rows));
    out.push(...weeksLines(history, weeksCap));
    return out;
}
/** The last training weeks from history.json (its weekly rows, newest last). */
function weeksLines(history, cap) {
    const weeks = list(history?.weekly_180d).map(dict);
    if (!weeks.length)
        return ['', 'Weekly trend: history.json not available.'];
    const rows = weeks
        .slice(-cap)
        .map((w) => [
        format_text(w.week_start),
        format_num(w.total_hours),
        format_num(w.total_tss),
        format_num(w.ctl_end),
        format_num(w.tsb_end),
        format_num(w.avg_hrv),
        format_num(w.avg_rhr),
        format_num(w.avg_sleep_hours),
        format_num(w.hard_days),
    ]);
    return [
        '',
        `Recent weeks (history.json weekly rows, generated ${format_text(history?.generated_at)}):`,
        '',
        ...table(['Week of', 'Hours', 'TSS', 'CTL end', 'TSB end', 'Avg HRV', 'Avg RHR', 'Avg sleep h', 'Hard days'], rows),
    ];
}

;// CONCATENATED MODULE: ./src/render/digest/files.ts


function filesSection(latest, historyPresent) {
    const start = periodStart(latest);
    const acts = list(latest.recent_activities).map(dict);
    const flagged = acts.filter((a) => (a.has_intervals === true || a.has_dfa === true) && (start === null || String(a.date ?? '').slice(0, 10) >= start));
    const rc = dict(latest.race_calendar);
    const routed = [...list(latest.planned_workouts), ...list(rc.all_races)].map(dict).filter((e) => e.has_terrain === true);
    const out = ['', '## The other files', ''];
    out.push('- **latest.json** — the source of every number above and always primary for readiness, load and go/modify/skip. Its READ_THIS_FIRST block holds the reading rules.', `- **history.json** — ${historyPresent ? 'longitudinal context (daily, weekly and monthly rows, FTP timeline)' : 'not present yet'}; read it for trend, seasonal and phase-transition questions, never to override today’s signals.`, `- **intervals.json** — per-interval segments and DFA rollups; read it only for a session with has_intervals or has_dfa${flagged.length ? ` (in this period: ${flagged.map((a) => `${format_text(a.date)} ${format_text(a.name)}`).join('; ')})` : ' (none in this period)'}.`, `- **routes.json** — route terrain of planned events; read it only for an event with has_terrain${routed.length ? ` (ahead: ${routed.map((e) => `${format_text(e.date)} ${format_text(e.name)}`).join('; ')})` : ' (none ahead)'}.`, '- **ftp_history.json** — the FTP settings over time, for benchmark and FTP-age questions.', '- **mirror.json** — the index of these files: size, content hash and an estimate of each one’s tokens.');
    return out;
}

;// CONCATENATED MODULE: ./src/render/digest/calendar.ts

/** Cuts a long one-line summary at a word boundary, so no figure is ever split. */
function calendar_short(s, max) {
    if (s.length <= max)
        return s;
    const cut = s.lastIndexOf(' ', max);
    return `${s.slice(0, cut > 0 ? cut : max).trimEnd()} …`;
}
function raceSection(latest, cap) {
    const rc = dict(latest.race_calendar);
    const out = ['', '## Races ahead', ''];
    const races = list(rc.all_races).map(dict);
    if (!races.length)
        out.push('No races on the calendar.');
    const rows = races
        .slice(0, cap)
        .map((r) => [
        format_text(r.date),
        format_text(r.name),
        format_text(r.category),
        format_text(r.type),
        format_num(r.days_until),
        measured(dict(r.display).distance, r.distance_meters, 'm'),
        format_text(r.start_time),
        r.has_terrain === true ? 'routes.json (has_terrain)' : MISSING,
    ]);
    out.push(...table(['Date', 'Race', 'Category', 'Sport', 'Days until', 'Distance', 'Start', 'Route'], rows));
    if (races.length > cap)
        out.push('', 'More races in latest.json → race_calendar.all_races.');
    const taper = dict(rc.taper_alert);
    if (taper.active === true)
        out.push('', `Taper: ${format_text(taper.message)}`);
    const rw = dict(rc.race_week);
    if (rw.active === true)
        out.push('', ...raceWeekLines(rw));
    return out;
}
function raceWeekLines(rw) {
    const today = dict(rw.today);
    const carb = dict(rw.carb_loading);
    const opener = dict(rw.opener);
    const gng = dict(rw.go_no_go);
    const out = [
        `**Race week** for ${format_text(rw.event_name)} (${format_text(rw.event_category)}, ${format_text(rw.event_date)}): ${format_text(rw.current_day)}, ${format_num(rw.days_until_event)} days to go`,
        `- TSS budget ${range(rw.race_week_tss_budget)} · spent ${format_num(rw.race_week_tss_spent)} · remaining ${range(rw.race_week_tss_remaining)} · normal weekly TSS ${format_num(rw.normal_weekly_tss)}`,
        `- projected race-day TSB ${format_num(rw.projected_race_day_tsb)} (target ${range(rw.tsb_target_range)}) · CTL baseline ${format_num(rw.ctl_baseline)} · go/no-go TSB ${format_text(gng.tsb_status)}`,
    ];
    if (Object.keys(today).length) {
        out.push(`- today: ${pairs([
            ['', format_text(today.label)],
            ['load target TSS', range(today.load_target_tss)],
            ['zones', format_text(today.zones)],
        ])} — ${format_text(today.purpose)}`);
    }
    if (carb.applicable === true) {
        out.push(`- carb loading: ${carb.active === true ? 'active' : 'not yet'} · starts ${format_text(carb.starts)} (${format_text(carb.start_date)}) · ${format_text(carb.note)}`);
    }
    if (Object.keys(opener).length)
        out.push(`- opener: ${format_text(opener.day)} (${format_text(opener.date)}), ${format_text(opener.intensity)}`);
    for (const n of list(gng.notes))
        out.push(`- note: ${format_text(n)}`);
    return out;
}
function plannedSection(latest, cap) {
    const planned = list(latest.planned_workouts).map(dict);
    const out = ['', '## Planned workouts', ''];
    if (!planned.length) {
        out.push('Nothing planned in latest.json.');
        return out;
    }
    const rows = planned.slice(0, cap).map((w) => {
        const summary = format_text(w.workout_summary);
        return [
            format_text(w.date),
            format_text(w.name),
            format_text(w.sport_type),
            format_text(w.type),
            format_num(w.planned_tss),
            format_text(w.duration_formatted),
            summary === MISSING ? MISSING : calendar_short(summary, 90),
            [w.indoor === true ? 'indoor' : '', w.has_terrain === true ? 'routes.json (has_terrain)' : ''].filter(Boolean).join(', ') || MISSING,
        ];
    });
    out.push(...table(['Date', 'Workout', 'Sport', 'Type', 'TSS', 'Time', 'Structure', 'Notes'], rows));
    if (planned.length > cap)
        out.push('', 'More planned workouts in latest.json → planned_workouts.');
    return out;
}

;// CONCATENATED MODULE: ./src/render/digest/today.ts

/** How each reading of a readiness signal is labelled; a key mapped to null is left out. */
const SIGNAL_LABELS = {
    status: null,
    value: '',
    baseline_7d: 'baseline',
    delta_pct: 'Δ %',
    delta_bpm: 'Δ bpm',
    hours: 'h',
    quality: 'quality',
    value_yesterday: 'yesterday',
    scope: 'scope',
    as_of_date: 'as of',
    current_day_load_included: 'today’s load included',
    reason: 'reason',
};
/** The readings of one signal, in the JSON's key order; unknown plain keys keep their own name. */
function signalReading(sig) {
    const items = [];
    for (const [key, value] of Object.entries(sig)) {
        if (value !== null && typeof value === 'object')
            continue;
        const label = key in SIGNAL_LABELS ? SIGNAL_LABELS[key] : /\d/.test(key) ? null : key.replace(/_/g, ' ');
        if (label === null)
            continue;
        const shown = typeof value === 'boolean' ? yesNo(value) : format_text(value);
        if (shown === MISSING)
            continue;
        if (label === 'h' || label === 'Δ %' || label === 'Δ bpm') {
            const unit = label === 'h' ? 'h' : label === 'Δ %' ? '%' : 'bpm';
            items.push([label === 'h' ? '' : 'Δ', `${shown} ${unit}`]);
        }
        else
            items.push([label, shown]);
    }
    return pairs(items);
}
function headerSection(latest) {
    const meta = dict(latest.metadata);
    const rtf = dict(latest.READ_THIS_FIRST);
    return [
        '# Training digest',
        '',
        `Data (last_updated UTC: ${format_text(meta.last_updated)}) · contract version ${format_text(meta.version)} · ${format_text(rtf.data_period)}`,
        '',
        'Numbers are copied from latest.json (and history.json where noted); read the JSON for anything not here. ' +
            'latest.json is primary for every decision. Check last_updated before advising and ask for a refresh when the data is stale; ' +
            'cite only values read from these files now, never from earlier in the conversation, and say "data unavailable" for anything missing (—).',
    ];
}
function todaySection(latest) {
    const rd = latest.readiness_decision;
    const out = ['', '## Today’s call', ''];
    if (rd === null || typeof rd !== 'object') {
        out.push('No readiness decision in latest.json (readiness_decision is empty): data unavailable.');
        return out;
    }
    const d = dict(rd);
    const rec = typeof d.recommendation === 'string' ? d.recommendation.toUpperCase() : MISSING;
    out.push(`**${rec}** · priority ${format_num(d.priority)} · ${format_text(d.reason)}`);
    const summary = dict(d.signal_summary);
    if (Object.keys(summary).length) {
        out.push('', `Signals: ${pairs(Object.entries(summary)
            .map(([k, v]) => [/\d/.test(k) ? '' : k, format_num(v)])
            .filter(([k]) => k))}`);
    }
    const rows = Object.entries(dict(d.signals)).map(([name, sig]) => [name, format_text(dict(sig).status), signalReading(dict(sig))]);
    if (rows.length)
        out.push('', ...table(['Signal', 'Status', 'Reading'], rows));
    const pc = dict(d.phase_context);
    if (Object.keys(pc).length) {
        out.push('', `Phase context: ${pairs([
            ['', format_text(pc.phase)],
            ['week', format_num(pc.phase_week)],
            ['amber threshold', format_num(pc.amber_threshold)],
            ['modifier', format_text(pc.modifier_applied)],
        ])}${d.race_week_defers === true ? ' · race week defers' : ''}`);
    }
    const mod = d.modification;
    if (mod && typeof mod === 'object') {
        const m = dict(mod);
        const adj = dict(m.suggested_adjustments);
        out.push(`Modification: triggers ${words(m.triggers)} · ${pairs(Object.entries(adj).map(([k, v]) => [k.replace(/_/g, ' '), format_text(v)]))}`);
    }
    if (list(d.alarm_refs).length)
        out.push(`Alarms behind it: ${words(d.alarm_refs)}`);
    out.push(...healthLines(dict(latest.health_context)));
    return out;
}
/** Illness / injury markers: context, not a readiness input, but they forbid an unqualified call. */
function healthLines(hc) {
    if (!Object.keys(hc).length)
        return [];
    const marker = (m) => {
        const x = dict(m);
        return `${format_text(x.category)} “${format_text(x.name)}” ${format_text(x.start_date)} to ${format_text(x.end_date)}`;
    };
    const out = [];
    const flags = pairs([
        ['marker active', yesNo(hc.marker_active)],
        ['recent marker', yesNo(hc.recent_marker)],
        ['clarification required', yesNo(hc.clarification_required)],
        ['source', format_text(hc.source_status)],
    ]);
    out.push('', `Health context (not a readiness input): ${flags}`);
    for (const m of list(hc.current))
        out.push(`- current: ${marker(m)}`);
    for (const m of list(hc.recent))
        out.push(`- recent: ${marker(m)}, ended ${format_num(dict(m).days_since_end)} days ago`);
    for (const m of list(hc.upcoming))
        out.push(`- upcoming: ${marker(m)}`);
    const wi = dict(hc.wellness_injury);
    if (Object.keys(wi).length)
        out.push(`- wellness injury ${format_num(wi.value)} on ${format_text(wi.date)} (${format_text(wi.freshness)})`);
    if (hc.clarification_required === true) {
        out.push('', 'clarification_required is true: no unqualified full-program recommendation — ask about severity or recovery first.');
    }
    return out;
}
function loadSection(latest) {
    const f = dict(dict(latest.current_status).fitness);
    const dm = dict(latest.derived_metrics);
    const sod = dict(dm.acwr_start_of_day);
    const qs = dict(dict(latest.READ_THIS_FIRST).quick_stats);
    const out = ['', '## Load', ''];
    out.push(`- CTL ${format_num(f.ctl)} · ATL ${format_num(f.atl)} · TSB ${format_num(f.tsb)} · ramp ${format_num(f.ramp_rate)} (${format_text(f.fitness_source)})`, `- ACWR ${format_num(dm.acwr)} (${format_text(dm.acwr_interpretation)}; scope ${format_text(dm.acwr_scope)}; readiness-eligible ${yesNo(dm.acwr_readiness_eligible)})` +
        (Object.keys(sod).length
            ? ` · start of day ${format_num(sod.value)} (${format_text(sod.interpretation)}; as of ${format_text(sod.as_of_date)}; today’s load included ${yesNo(sod.current_day_load_included)})`
            : ''), `- Monotony ${format_num(dm.monotony)} (${format_text(dm.monotony_interpretation)}) · effective ${format_num(dm.effective_monotony)} · strain ${format_num(dm.strain)}`, `- Period totals: ${pairs([
        ['TSS', format_num(qs.total_tss)],
        ['time', format_text(qs.total_training_formatted)],
        ['activities', format_num(qs.total_activities)],
    ])} · TSS: week ${format_num(dm.tss_7d_total)}, four weeks ${format_num(dm.tss_28d_total)}`);
    const tid = dict(dm.seiler_tid_7d);
    if (Object.keys(tid).length) {
        out.push(`- Intensity distribution (Seiler, last week): ${format_text(tid.classification)} · easy ${numUnit(dm.easy_time_ratio, 'of time')} · grey zone ${numUnit(dm.grey_zone_percentage, '%')} · quality ${numUnit(dm.quality_intensity_percentage, '%')} · hard days ${format_num(dm.hard_days_this_week)}`);
    }
    return out;
}
function phaseSection(latest) {
    const dm = dict(latest.derived_metrics);
    const pd = dict(dm.phase_detection);
    const out = ['', '## Phase', ''];
    if (!Object.keys(pd).length) {
        out.push(`Phase: ${format_text(dm.phase_detected)} (no phase_detection block)`);
        return out;
    }
    out.push(`${format_text(pd.phase)} · confidence ${format_text(pd.confidence)} · reasons ${words(pd.reason_codes)}` +
        ` · previous ${format_text(pd.previous_phase)} · ${numUnit(pd.phase_duration_weeks, 'week(s) in phase')}`);
    const extra = pairs([
        ['seasonal context', format_text(dm.seasonal_context)],
        ['data quality', format_text(dict(pd.basis).data_quality)],
        ['dossier declared', format_text(pd.dossier_declared)],
    ]);
    if (extra !== MISSING)
        out.push(extra);
    return out;
}
const today_SEVERITY_ORDER = ['alarm', 'warning', 'info'];
function alertsSection(latest, cap) {
    const alerts = list(latest.alerts).map(dict);
    const out = ['', '## Alerts', ''];
    if (!alerts.length) {
        out.push('None.');
        return out;
    }
    // most severe first, the JSON's order within a severity
    const rank = (a) => {
        const i = today_SEVERITY_ORDER.indexOf(String(a.severity));
        return i < 0 ? today_SEVERITY_ORDER.length : i;
    };
    const sorted = alerts.map((a, i) => ({ a, i })).sort((x, y) => rank(x.a) - rank(y.a) || x.i - y.i);
    for (const { a } of sorted.slice(0, cap)) {
        const detail = pairs([
            ['value', format_text(a.value)],
            ['threshold', format_text(a.threshold)],
            ['tier', format_num(a.tier)],
            ['persisting days', format_num(a.persistence_days)],
        ]);
        out.push(`- **${format_text(a.severity)}** ${format_text(a.metric)} (${detail}): ${format_text(a.context)}`);
    }
    if (alerts.length > cap)
        out.push('- more alerts in latest.json → alerts');
    return out;
}

;// CONCATENATED MODULE: ./src/render/digest/index.ts




/** ≈3k tokens at ~4 bytes a token. */
const DIGEST_BUDGET_BYTES = 12 * 1024;
const CAP_STEPS = [
    { alerts: 12, races: 5, sessions: 30, planned: 14, weeks: 4 },
    { alerts: 8, races: 3, sessions: 16, planned: 8, weeks: 3 },
    { alerts: 5, races: 2, sessions: 8, planned: 4, weeks: 2 },
    { alerts: 3, races: 1, sessions: 4, planned: 2, weeks: 1 },
];
function render(latest, history, caps) {
    const lines = [
        ...headerSection(latest),
        ...todaySection(latest),
        ...loadSection(latest),
        ...phaseSection(latest),
        ...alertsSection(latest, caps.alerts),
        ...raceSection(latest, caps.races),
        ...sessionsSection(latest, caps.sessions),
        ...plannedSection(latest, caps.planned),
        ...wellnessSection(latest, history, caps.weeks),
        ...filesSection(latest, history !== null),
    ];
    return `${lines.join('\n')}\n`;
}
/**
 * The digest of one run. `history` is this run's history.json, or the previous one when it was not
 * regenerated (null when there is none).
 */
function renderDigest(latest, history) {
    let md = '';
    for (const caps of CAP_STEPS) {
        md = render(latest, history, caps);
        if (Buffer.byteLength(md, 'utf8') <= DIGEST_BUDGET_BYTES)
            return md;
    }
    return md;
}

// EXTERNAL MODULE: ./src/render/mirror-index.ts
var mirror_index = __webpack_require__(3148);
// EXTERNAL MODULE: ./src/render/charts/index.ts + 3 modules
var render_charts = __webpack_require__(1750);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/outputs.ts
/**
 * From a run's snapshot to the files it writes: derive the metrics, render latest.json, reduce
 * for privacy when asked, serialise, and add the charts and the digest companions. Most of the
 * bundle is this code, so the pipeline loads it while the run's requests are in flight.
 */












/** The first step, on the snapshot without the chat messages (derive/index.ts: startDerive). */
function startOutputs(ctx, body, settings, opts) {
    const derive = startDerive(ctx, body, { generateHistory: opts.generateHistory });
    const out = derive.before;
    const latest = renderLatest(out.latest, { lastUpdated: ctx.utcNow.isoformat(), version: version/* CONTRACT_VERSION */.Kw });
    if (settings.anonymize)
        return { derive, latest, early: null };
    // the charts never read the recent-activity rows (ChartsLatest), the only part still to change
    const charts = settings.charts ? (0,render_charts/* renderCharts */.C_)(latest, out.history ?? body.previous.history) : {};
    return { derive, latest, early: { ...serialise(out), charts } };
}
/** The rest, once the messages are in: the chat notes of the recent-activity rows, then every file. */
function finishOutputs(stage, messages, settings, opts) {
    const { ctx, body: snap } = stage.derive;
    const { previous } = snap;
    const out = finishDerive(stage.derive, messages);
    for (const d of out.diagnostics)
        opts.log(`degraded ${d.block}: ${d.reason}`);
    let latest = stage.latest;
    let texts;
    let history = out.history;
    if (stage.early)
        texts = stage.early;
    else {
        // privacy mode reduces the finished contents: every metric above is computed from the full data
        const reduced = anonymizeFiles({ latest, history: out.history, intervals: out.intervals, routes: out.routes }, privacyInput(snap, settings.privacyRadiusM));
        latest = reduced.latest;
        history = reduced.history;
        const charts = settings.charts ? (0,render_charts/* renderCharts */.C_)(latest, history ?? previous.history) : {};
        texts = { ...serialise({ ...reduced, ftpHistory: out.ftpHistory }), charts };
    }
    const files = {};
    if (texts.history !== null)
        files['history.json'] = texts.history;
    files['ftp_history.json'] = texts.ftpHistory;
    files['latest.json'] = (0,json/* dumps */.Y)(latest);
    if (texts.intervals !== null)
        files['intervals.json'] = texts.intervals;
    if (texts.routes !== null)
        files['routes.json'] = texts.routes;
    // the charts read this run's history, or the previous one when it was not rebuilt
    Object.assign(files, texts.charts);
    if (settings.digest) {
        // companions made from this run's files (history.json: the one in place when not regenerated)
        const kept = Object.fromEntries(Object.entries(opts.previousTexts).filter(([name]) => !(name in files)));
        files['latest.md'] = renderDigest(latest, history ?? previous.history);
        files['mirror.json'] = (0,mirror_index/* renderMirrorIndex */.sC)({
            producer: { name: version/* PRODUCER_NAME */.n_, version: version/* PRODUCER_VERSION */.O2 },
            contractVersion: version/* CONTRACT_VERSION */.Kw,
            lastUpdated: ctx.utcNow.isoformat(),
            written: files,
            kept,
        });
    }
    return { files, latest, historyGenerated: out.history !== null, diagnostics: out.diagnostics };
}
/**
 * Analyse a streams response while the run's last reads answer: the DFA a1 block of an activity's
 * DFA streams, the terrain of its GPS track. Derive then finds the analysis done
 * (derive/intervals/dfa-cache.ts, derive/terrain/activity.ts), and its first step has that much
 * less to do once the last answer is in.
 */
function prepareStreams(use, streams, athlete) {
    if (use === 'dfa')
        prepareDfaBlock(streams);
    else
        prepareTerrain(streams, (0,derive_units/* athleteUnits */.B)(athlete));
}
/** The state files other than latest.json, as written (ftp_history.json with its keys sorted). */
function serialise(o) {
    return {
        history: o.history ? (0,json/* dumps */.Y)(o.history) : null,
        ftpHistory: (0,json/* dumps */.Y)(o.ftpHistory, { sortKeys: true }),
        intervals: o.intervals ? (0,json/* dumps */.Y)(o.intervals) : null,
        routes: o.routes ? (0,json/* dumps */.Y)(o.routes) : null,
    };
}


/***/ })

};
