/**
 * valibot schemas for every Intervals.icu endpoint the run calls, written from Intervals.icu's
 * OpenAPI description (Athlete, Activity, Wellness, Event, PowerCurve/HRCurve lists, streams,
 * messages). They are tolerant the way the real API needs: unknown fields are kept
 * (looseObject), and any field may be present-but-null (nullish) — the reference's v3.124 crash
 * was `sportInfo` / `sportSettings` / `types` sent as null. What is required is only what the run
 * cannot work without (ids and dates).
 */
import * as v from 'valibot';
import type { Dict } from '../lib/py/index.js';

const id = v.union([v.string(), v.number()]);
const nullishArray = <T extends v.GenericSchema>(item: T) => v.nullish(v.array(item));

export const SportSettingsSchema = v.looseObject({
  types: nullishArray(v.string()),
  ftp: v.nullish(v.number()),
  indoor_ftp: v.nullish(v.number()),
  lthr: v.nullish(v.number()),
  max_hr: v.nullish(v.number()),
  threshold_pace: v.nullish(v.number()),
});

export const AthleteSchema = v.looseObject({
  id: v.nullish(id),
  timezone: v.nullish(v.string()),
  sportSettings: nullishArray(v.nullish(SportSettingsSchema)),
  icu_weight: v.nullish(v.number()),
  icu_resting_hr: v.nullish(v.number()),
  height: v.nullish(v.number()),
});

export const ActivitySchema = v.looseObject({
  id,
  start_date_local: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}/, 'start_date_local is not an ISO date')),
  type: v.pipe(v.string(), v.minLength(1, 'type is missing')),
  icu_zone_times: v.nullish(v.array(v.unknown())),
  icu_hr_zone_times: v.nullish(v.array(v.unknown())),
  moving_time: v.nullish(v.number()),
  icu_training_load: v.nullish(v.number()),
});

export const WellnessSchema = v.looseObject({
  id: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'id is not a date')),
  sportInfo: nullishArray(v.nullish(v.looseObject({ type: v.nullish(v.string()) }))),
  ctl: v.nullish(v.number()),
  atl: v.nullish(v.number()),
  rampRate: v.nullish(v.number()),
});

export const EventSchema = v.looseObject({
  id: v.nullish(id),
  start_date_local: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}/, 'start_date_local is not an ISO date')),
  category: v.nullish(v.string()),
  attachments: nullishArray(v.unknown()),
});

export const CurveListSchema = v.looseObject({
  list: nullishArray(v.looseObject({ id: v.nullish(v.string()) })),
});

export const StreamSchema = v.looseObject({ type: v.string() });
export const StreamsSchema = v.array(v.unknown());

export const MessagesSchema = v.array(v.unknown());

export const ActivityDetailSchema = v.looseObject({
  id: v.nullish(id),
  icu_intervals: v.nullish(v.unknown()),
});

/** Why a list row was skipped, for the run log. */
export interface SkippedRows {
  stravaStubs: number;
  invalid: number;
  firstReason: string | null;
}

/**
 * Validate a list endpoint row by row: one bad row never sinks the list. Strava-sourced stubs
 * (`_note`, no `type`) are counted separately because Intervals.icu cannot share their data.
 */
export function parseRows(body: unknown, row: v.GenericSchema, endpoint: string, skipped: SkippedRows): Dict[] {
  if (!Array.isArray(body)) {
    throw new ListShapeError(`${endpoint}: expected a JSON array, got ${body === null ? 'null' : typeof body}`);
  }
  const out: Dict[] = [];
  for (const item of body) {
    const r = v.safeParse(row, item);
    if (r.success) {
      out.push(item as Dict); // the original row: validation never reorders or rewrites fields
      continue;
    }
    if (item && typeof item === 'object' && '_note' in item && !(item as Dict).type) skipped.stravaStubs++;
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

export class ListShapeError extends Error {}

/**
 * A validation issue as `field "path": <message>`, where valibot's "… but received <value>" names
 * the value's type only: a response can echo the request (and the API key) in any field, so the
 * offending value itself is never quoted.
 */
export function describeIssue(issue: v.BaseIssue<unknown>, root = '(root)'): string {
  const path = (v.getDotPath(issue) ?? root).slice(0, 120);
  const input = issue.input;
  const got = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
  const tail = ` but received ${issue.received}`;
  const message = issue.message.endsWith(tail) ? `${issue.message.slice(0, -tail.length)} but received ${got}` : issue.message;
  return `field "${path}": ${message}`;
}

export function emptySkipped(): SkippedRows {
  return { stravaStubs: 0, invalid: 0, firstReason: null };
}
