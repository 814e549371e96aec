/**
 * Run settings shared by the two fronts (action inputs and CLI flags), validated in one place.
 */
import { isValidTimeZone } from './lib/naive-time.js';

export const DEFAULT_API_BASE_URL = 'https://intervals.icu/api/v1';
export const DEFAULT_CHANGELOG_URL = 'https://raw.githubusercontent.com/CrankAddict/section-11/main/changelog.json';

export const WEEK_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekDay = (typeof WEEK_DAYS)[number];

export interface Settings {
  athleteId: string;
  apiKey: string;
  apiBaseUrl: string;
  /** days of recent data in latest.json (the reference's --days, default 7) */
  days: number;
  /** Python weekday of the training-week start: Monday=0 … Sunday=6 */
  weekStartDay: number;
  /** per sport family: 'power' | 'hr' (e.g. {run: 'hr', cycling: 'power'}) */
  zonePreference: Record<string, 'power' | 'hr'>;
  /** 'athlete' (the zone in the athlete's Intervals.icu profile, falling back to UTC) or an IANA zone */
  timezone: string;
  /** explicit instant of the run (ms since epoch); null = the real clock */
  nowInstantMs: number | null;
  outputDir: string;
  forceHistory: boolean;
  /** write the privacy-reduced files (a public repository): the fronts decide, derive applies it */
  anonymize: boolean;
  /** metres around each route's and activity's start and end whose points are dropped when anonymising */
  privacyRadiusM: number;
  /** also write latest.md (the digest) and mirror.json (the index) */
  digest: boolean;
  /** also write the dashboard charts (charts/*.svg) and the README section that shows them */
  charts: boolean;
}

export class ConfigError extends Error {}

export const DEFAULT_PRIVACY_RADIUS_M = 500;
export const MAX_PRIVACY_RADIUS_M = 5000;

/** privacy-radius / --privacy-radius: whole metres, 0 to MAX_PRIVACY_RADIUS_M. */
export function parsePrivacyRadius(raw: string | undefined): number {
  const v = (raw ?? '').trim() || String(DEFAULT_PRIVACY_RADIUS_M);
  if (!/^\d+$/.test(v) || Number(v) > MAX_PRIVACY_RADIUS_M) {
    throw new ConfigError(`privacy-radius must be a whole number of metres from 0 to ${MAX_PRIVACY_RADIUS_M} (got "${raw}")`);
  }
  return Number(v);
}

export function parseWeekStart(raw: string | undefined): number {
  const v = (raw ?? '').trim().toLowerCase() || 'mon';
  const i = WEEK_DAYS.indexOf(v as WeekDay);
  if (i < 0) throw new ConfigError(`week-start must be one of ${WEEK_DAYS.join(', ')} (got "${raw}")`);
  return i;
}

/** "run:hr,cycling:power" → {run: 'hr', cycling: 'power'}; any malformed pair is an error. */
export function parseZonePreference(raw: string | undefined): Record<string, 'power' | 'hr'> {
  const out: Record<string, 'power' | 'hr'> = {};
  for (const part of (raw ?? '').split(',')) {
    const pair = part.trim();
    if (!pair) continue;
    const idx = pair.indexOf(':');
    if (idx < 0) throw new ConfigError(`zone-preference "${pair}" must look like sport:basis, e.g. run:hr,cycling:power`);
    const sport = pair.slice(0, idx).trim().toLowerCase();
    const basis = pair
      .slice(idx + 1)
      .trim()
      .toLowerCase();
    if (!sport) throw new ConfigError(`zone-preference "${pair}" has no sport before ':'`);
    if (basis !== 'power' && basis !== 'hr') {
      throw new ConfigError(`zone-preference "${pair}": basis must be "power" or "hr"`);
    }
    out[sport] = basis;
  }
  return out;
}

export function parseDays(raw: string | undefined): number {
  const v = (raw ?? '').trim() || '7';
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 90) {
    throw new ConfigError(`days must be a whole number from 1 to 90 (got "${raw}")`);
  }
  return Number(v);
}

export function parseTimezone(raw: string | undefined): string {
  const v = (raw ?? '').trim() || 'athlete';
  if (v === 'athlete') return v;
  if (!isValidTimeZone(v)) throw new ConfigError(`timezone "${v}" is not an IANA zone name (e.g. Europe/Oslo, UTC) or "athlete"`);
  return v;
}

/** --now: an ISO instant; without an offset it is read as UTC (the parity rig's naive UTC time). */
export function parseNow(raw: string | undefined): number | null {
  const v = (raw ?? '').trim();
  if (!v) return null;
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(v);
  const ms = Date.parse(hasZone ? v : `${v}Z`);
  if (Number.isNaN(ms)) throw new ConfigError(`now must be an ISO 8601 date-time, e.g. 2025-06-10T07:00:00 (got "${v}")`);
  return ms;
}

export function requireValue(name: string, value: string | undefined, hint: string): string {
  const v = (value ?? '').trim();
  if (!v) throw new ConfigError(`${name} is required: ${hint}`);
  return v;
}

/**
 * api-base-url: an absolute http(s) URL with no credentials, query or fragment (the client adds
 * its own paths and queries, and sends the API key only as a header). Empty = the public API.
 * Returned without trailing slashes. A URL carrying credentials is not echoed back.
 */
export function parseApiBaseUrl(raw: string | undefined): string {
  const v = (raw ?? '').trim();
  if (!v) return DEFAULT_API_BASE_URL;
  const hint = `api-base-url must be an absolute http(s) URL such as ${DEFAULT_API_BASE_URL}`;
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    throw new ConfigError(`${hint} (got "${v.slice(0, 200)}")`);
  }
  if (u.username || u.password || /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(v)) {
    throw new ConfigError(`${hint}, without user:password@ (the API key goes in the api-key input)`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new ConfigError(`${hint} (got a ${u.protocol} URL)`);
  if (!/^https?:\/\/[^/?#]/i.test(v) || /\s/.test(v)) throw new ConfigError(`${hint} (got "${v.slice(0, 200)}")`);
  if (v.includes('?') || v.includes('#')) {
    throw new ConfigError(`${hint}, without a query (?…) or fragment (#…) (got "${u.origin}${u.pathname}")`);
  }
  return `${u.origin}${u.pathname}`.replace(/\/+$/, '');
}
