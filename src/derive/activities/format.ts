/**
 * recent_activities rows of latest.json.
 *
 * Each activity of the 28-day list becomes one row: field fallbacks across API spellings,
 * speeds converted to km/h, display blocks in the athlete's units, HR/power zone times,
 * effort response, interval/DFA flags from this run's intervals.json, terrain and weather
 * fields (terrain module), description passthrough with leading NOTE: lines, and the chat
 * notes fetched for activities of the last 7 days.
 */
import { get, isDict, or, round, strip, truthy } from '../../lib/py/index.js';
import type {
  ActivityZoneDistribution,
  DfaBlock,
  DfaSummary,
  IntervalActivity,
  IntervalsFile,
  RecentActivity,
  ZoneTimes,
} from '../../contract/index.js';
import type { ApiActivity } from '../../snapshot/api-rows.js';
import type { DeriveContext } from '../context.js';
import { formatDuration } from '../format.js';
import { toDisplay, type AthleteUnits } from '../units.js';
import { buildTerrainForActivity, buildWeatherForActivity } from '../terrain/index.js';
import type { Snapshot, SnapshotBody } from '../../snapshot/types.js';
import { chatNotesCutoff, chatNotesDue } from '../../snapshot/plan/messages.js';
import { classifyEffortResponse } from './effort.js';

type ZoneKey = keyof ZoneTimes;
/** HR zone times are listed by position (zone 1 first) */
const HR_ZONE_LABELS: readonly ZoneKey[] = ['z1_time', 'z2_time', 'z3_time', 'z4_time', 'z5_time', 'z6_time', 'z7_time'];
/** power zone times carry their zone id (Z1…Z7; sweet-spot and other ids are not listed) */
const POWER_ZONE_KEYS: Readonly<Record<string, ZoneKey>> = {
  z1: 'z1_time',
  z2: 'z2_time',
  z3: 'z3_time',
  z4: 'z4_time',
  z5: 'z5_time',
  z6: 'z6_time',
  z7: 'z7_time',
};

export interface ActivityFormatOptions {
  /** intervals.json content of this run, or null */
  intervalsData: IntervalsFile | null;
  tempUnit: RecentActivity['avg_temp_unit'];
  windUnit: string;
  speedUnit: RecentActivity['avg_speed_unit'];
  units: AthleteUnits;
  /** the rows need the body; the chat messages are attached afterwards (attachChatNotes) */
  snapshot: SnapshotBody;
  /** _build_dfa_summary (intervals module); without it dfa_summary is not attached */
  buildDfaSummary?: (dfaBlock: DfaBlock) => DfaSummary;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function numOrZero(v: unknown): number {
  const x = or(v, 0);
  if (typeof x === 'number' && Number.isFinite(x)) return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  return 0;
}

type Display = RecentActivity['display'];
type AnyDisplay = NonNullable<Display['elevation'] | Display['avg_speed'] | Display['distance']>;

/**
 * A display block as toDisplay builds it: its unit is the athlete's unit for the block's kind
 * (km/mi, m/ft, km/h / mph), which toDisplay returns as a plain string.
 */
function shown<D extends AnyDisplay>(d: { value: number; unit: string } | null): D | null {
  return d as D | null;
}

/** {hr_zones?, power_zones?} or null */
function zoneDistribution(act: ApiActivity): ActivityZoneDistribution | null {
  // zone keys in the order the API lists the zones; seconds pass through as sent
  const hrZones: ZoneTimes = {};
  const powerZones: ZoneTimes = {};
  const hrTimes = get(act, 'icu_hr_zone_times', []);
  if (truthy(hrTimes) && Array.isArray(hrTimes)) {
    hrTimes.forEach((secs, idx) => {
      if (idx < HR_ZONE_LABELS.length) hrZones[HR_ZONE_LABELS[idx]] = secs ?? 0;
    });
  }
  const zoneTimes = get(act, 'icu_zone_times', []);
  if (truthy(zoneTimes) && Array.isArray(zoneTimes)) {
    for (const zone of zoneTimes) {
      if (!isDict(zone)) continue;
      const zoneId = str(get(zone, 'id', '')).toLowerCase();
      const secs = get(zone, 'secs', 0);
      if (Object.hasOwn(POWER_ZONE_KEYS, zoneId)) powerZones[POWER_ZONE_KEYS[zoneId]] = secs ?? 0;
    }
  }
  const dist: ActivityZoneDistribution = {};
  if (truthy(hrZones)) dist.hr_zones = hrZones;
  if (truthy(powerZones)) dist.power_zones = powerZones;
  return truthy(dist) ? dist : null;
}

/** icu_hrr may be a number or {value|hrr: number} */
function hrrc(act: ApiActivity): number | null {
  let raw = get(act, 'icu_hrr');
  if (isDict(raw)) {
    let v = get(raw, 'value');
    if (v === null) v = get(raw, 'hrr');
    raw = v;
  }
  return raw;
}

/** description (stripped) and the NOTE: lines at its top */
function descriptionFields(act: ApiActivity): Pick<RecentActivity, 'description' | 'coach_notes'> {
  const rawDesc = str(or(get(act, 'description'), ''));
  const out: Pick<RecentActivity, 'description' | 'coach_notes'> = {};
  if (!strip(rawDesc)) return out;
  out.description = strip(rawDesc);
  const notes: string[] = [];
  for (const line of rawDesc.split('\n')) {
    const stripped = strip(line);
    if (stripped.toUpperCase().startsWith('NOTE:')) {
      const text = strip(stripped.slice(5));
      if (text) notes.push(text);
    } else if (stripped) {
      break; // NOTE: lines only from the top of the description
    }
  }
  if (notes.length) out.coach_notes = notes;
  return out;
}

/** intervals.json activities by str(activity_id) (later entries win, as in a dict comprehension) */
function intervalsById(intervalsData: IntervalsFile | null): Map<string, IntervalActivity> {
  const m = new Map<string, IntervalActivity>();
  const acts = get(intervalsData ?? {}, 'activities', []);
  if (!Array.isArray(acts)) return m;
  for (const e of acts) {
    if (!isDict(e)) continue;
    const id = get(e, 'activity_id');
    // this run's intervals.json entries (generateIntervals), read with the reference's .get() checks
    if (id !== null) m.set(String(id), e as IntervalActivity);
  }
  return m;
}

/**
 * The recent_activities rows, newest first as the API lists them, with interval, DFA, terrain and
 * weather fields; `chat_notes`, each row's last field, is added by attachChatNotes.
 */
export function formatActivityRows(ctx: DeriveContext, activities: ApiActivity[], opts: ActivityFormatOptions): RecentActivity[] {
  const byId = intervalsById(opts.intervalsData);
  const previousLatest = opts.snapshot.previous.latest;
  const units = opts.units;

  return activities.map((act, i) => {
    const avgPower = or(
      get(act, 'average_watts'),
      get(act, 'avg_watts'),
      get(act, 'average_power'),
      get(act, 'avgWatts'),
      get(act, 'icu_average_watts'),
    );
    const normPower = or(
      get(act, 'weighted_average_watts'),
      get(act, 'np'),
      get(act, 'icu_pm_np'),
      get(act, 'normalizedPower'),
      get(act, 'icu_weighted_avg_watts'),
    );
    const avgHr = or(
      get(act, 'average_heartrate'),
      get(act, 'avg_hr'),
      get(act, 'average_heart_rate'),
      get(act, 'avgHr'),
      get(act, 'icu_average_hr'),
    );
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

    const activity: RecentActivity = {
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
        distance: shown(toDisplay(distanceKm, 'distance', units)) as Display['distance'],
        elevation: shown(toDisplay(typeof elevationM === 'number' ? elevationM : null, 'elevation', units)),
        avg_speed: shown(toDisplay(avgSpeed, 'speed', units)),
        max_speed: shown(toDisplay(maxSpeed, 'speed', units)),
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
      if (Array.isArray(ivs) && ivs.some((iv) => isDict(iv) && get(iv, 'type') === 'WORK')) activity.has_intervals = true;
      const dfa: DfaBlock | null = get(entry, 'dfa');
      if (truthy(dfa) && isDict(dfa)) {
        activity.has_dfa = true;
        const quality = get(dfa, 'quality', {});
        if (isDict(quality) && truthy(get(quality, 'sufficient')) && opts.buildDfaSummary) {
          activity.dfa_summary = opts.buildDfaSummary(dfa);
        }
      }
    }

    const actId = get(act, 'id');
    const terrain = buildTerrainForActivity(
      ctx,
      act,
      previousLatest,
      actId !== null ? opts.snapshot.terrainStreams[String(actId)] : undefined,
      units,
    );
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
export function attachChatNotes(
  ctx: DeriveContext,
  activities: ApiActivity[],
  rows: RecentActivity[],
  messages: Snapshot['messages'],
): void {
  const cutoff = chatNotesCutoff(ctx);
  activities.forEach((act, i) => {
    if (!chatNotesDue(act, cutoff)) return;
    const notes = messages[String(get(act, 'id'))] ?? [];
    if (notes.length) rows[i].chat_notes = notes;
  });
}
