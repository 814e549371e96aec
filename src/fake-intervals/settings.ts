import { DEFAULT_PRIVACY_RADIUS_M, type Settings } from '../config.js';
import type { FakeIntervals } from './server.js';

/** Run settings pointing at a fake Intervals.icu server, frozen at `at` (naive UTC), as the parity kit runs. */
export function fakeRunSettings(server: FakeIntervals, at: string, outputDir: string, over: Partial<Settings> = {}): Settings {
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
    privacyRadiusM: DEFAULT_PRIVACY_RADIUS_M,
    digest: true,
    charts: true,
    ...over,
  };
}
