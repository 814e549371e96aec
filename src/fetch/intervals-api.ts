/**
 * The Intervals.icu endpoints the run calls, each with its schema and its failure policy:
 * `retry` for what the run cannot do without (athlete, activities, wellness lists, events);
 * best-effort endpoints return an Outcome and degrade only their own block, as the reference does.
 */
import type { Dict } from '../lib/py/index.js';
import { type IntervalsClient, IntervalsError, type LinePlace, validate, type Outcome } from './client.js';
import {
  ActivityDetailSchema,
  ActivitySchema,
  AthleteSchema,
  CurveListSchema,
  EventSchema,
  ListShapeError,
  MessagesSchema,
  StreamsSchema,
  WellnessSchema,
  parseRows,
  type SkippedRows,
} from './schemas.js';

const MB = 1024 * 1024;

/**
 * Caps on the decoded body per kind of endpoint. Measured on the synthetic datasets: three years
 * of activities are ~1.4 MB (1,105 rows), three years of wellness ~1 MB, events ~40 KB, curves
 * ~220 KB, the largest streams body ~0.8 MB, an activity with intervals ~6 KB. A real, busy
 * athlete's rows are several times larger (Intervals.icu sends ~150 fields per activity), so each
 * cap leaves one to two orders of magnitude over a heavy three-year history while staying far
 * below what would exhaust a runner's memory (or V8's string length).
 */
export const BODY_CAPS = {
  athlete: 8 * MB,
  activities: 128 * MB,
  wellness: 32 * MB,
  wellnessDay: 4 * MB,
  events: 32 * MB,
  curves: 16 * MB,
  activityDetail: 32 * MB,
  streams: 64 * MB,
  messages: 4 * MB,
} as const;

export class IntervalsApi {
  constructor(
    readonly client: IntervalsClient,
    readonly athleteId: string,
    readonly skipped: SkippedRows,
  ) {}

  private athletePath(sub = ''): string {
    return `athlete/${encodeURIComponent(this.athleteId)}${sub}`;
  }

  private list(path: string, endpoint: string, query: Record<string, string>, row: Parameters<typeof parseRows>[1], maxBytes: number) {
    return this.client.get<Dict[]>(path, {
      endpoint,
      query,
      retry: true,
      maxBytes,
      parse: (body) => {
        try {
          return parseRows(body, row, endpoint, this.skipped);
        } catch (e) {
          if (e instanceof ListShapeError) throw new IntervalsError(e.message, endpoint, 200, 'schema');
          throw e;
        }
      },
    });
  }

  athlete(): Promise<Dict> {
    const endpoint = 'GET /athlete/{id}';
    return this.client.get<Dict>(this.athletePath(), {
      endpoint,
      retry: true,
      maxBytes: BODY_CAPS.athlete,
      parse: (b) => {
        validate(AthleteSchema, b, endpoint);
        return b as Dict;
      },
    });
  }

  activities(oldest: string, newest: string): Promise<Dict[]> {
    return this.list(
      this.athletePath('/activities'),
      'GET /athlete/{id}/activities',
      { oldest, newest },
      ActivitySchema,
      BODY_CAPS.activities,
    );
  }

  wellness(oldest: string, newest: string): Promise<Dict[]> {
    return this.list(this.athletePath('/wellness'), 'GET /athlete/{id}/wellness', { oldest, newest }, WellnessSchema, BODY_CAPS.wellness);
  }

  /** best effort: tries once, like the reference's wellness/{today} and yesterday reads */
  wellnessList(oldest: string, newest: string, place?: LinePlace): Promise<Outcome<Dict[]>> {
    return this.client.tryGet<Dict[]>(this.athletePath('/wellness'), {
      endpoint: 'GET /athlete/{id}/wellness',
      query: { oldest, newest },
      place,
      maxBytes: BODY_CAPS.wellness,
      parse: (body) => parseRows(body, WellnessSchema, 'GET /athlete/{id}/wellness', this.skipped),
    });
  }

  wellnessDay(date: string): Promise<Outcome<Dict>> {
    const endpoint = 'GET /athlete/{id}/wellness/{date}';
    return this.client.tryGet<Dict>(this.athletePath(`/wellness/${date}`), {
      endpoint,
      maxBytes: BODY_CAPS.wellnessDay,
      parse: (b) => {
        validate(WellnessSchema, b, endpoint);
        return b as Dict;
      },
    });
  }

  events(query: Record<string, string>): Promise<Dict[]> {
    return this.list(this.athletePath('/events'), 'GET /athlete/{id}/events', query, EventSchema, BODY_CAPS.events);
  }

  eventsBestEffort(query: Record<string, string>): Promise<Outcome<Dict[]>> {
    const endpoint = 'GET /athlete/{id}/events';
    return this.client.tryGet<Dict[]>(this.athletePath('/events'), {
      endpoint,
      query,
      maxBytes: BODY_CAPS.events,
      parse: (body) => parseRows(body, EventSchema, endpoint, this.skipped),
    });
  }

  powerCurves(query: Record<string, string>): Promise<Outcome<Dict>> {
    return this.curves('/power-curves', query);
  }

  hrCurves(query: Record<string, string>): Promise<Outcome<Dict>> {
    return this.curves('/hr-curves', query);
  }

  /** A curve list (power or HR): `{list: [{id, secs, …}]}`, passed on as the API sent it. */
  private curves(path: '/power-curves' | '/hr-curves', query: Record<string, string>): Promise<Outcome<Dict>> {
    const endpoint = `GET /athlete/{id}${path}`;
    return this.client.tryGet<Dict>(this.athletePath(path), {
      endpoint,
      query,
      maxBytes: BODY_CAPS.curves,
      parse: (b) => {
        validate(CurveListSchema, b, endpoint);
        return b as Dict;
      },
    });
  }

  activityWithIntervals(activityId: string): Promise<Outcome<Dict>> {
    const endpoint = 'GET /activity/{id}?intervals=true';
    return this.client.tryGet<Dict>(`activity/${encodeURIComponent(activityId)}`, {
      endpoint,
      query: { intervals: 'true' },
      maxBytes: BODY_CAPS.activityDetail,
      parse: (b) => {
        validate(ActivityDetailSchema, b, endpoint);
        return b as Dict;
      },
    });
  }

  /** `/activity/{id}/streams` (DFA: every stream) or `/activity/{id}/streams.json?types=…` (terrain) */
  streams(activityId: string, types?: string[]): Promise<Outcome<unknown[]>> {
    const suffix = types ? '.json' : '';
    const endpoint = `GET /activity/{id}/streams${suffix}`;
    return this.client.tryGet<unknown[]>(`activity/${encodeURIComponent(activityId)}/streams${suffix}`, {
      endpoint,
      query: types ? { types: types.join(',') } : undefined,
      maxBytes: BODY_CAPS.streams,
      parse: (b) => validate(StreamsSchema, b, endpoint),
    });
  }

  messages(activityId: string): Promise<Outcome<unknown[]>> {
    const endpoint = 'GET /activity/{id}/messages';
    return this.client.tryGet<unknown[]>(`activity/${encodeURIComponent(activityId)}/messages`, {
      endpoint,
      maxBytes: BODY_CAPS.messages,
      parse: (b) => validate(MessagesSchema, b, endpoint),
    });
  }

  /** attachment download (absolute URL, no API auth), capped in size */
  attachment(url: string, maxBytes: number): Promise<Outcome<Buffer>> {
    return this.client.tryGet<Buffer>(url, { endpoint: 'GET attachment', raw: true, maxBytes });
  }
}
