/**
 * current_status.weight: gated weight signals (latest weigh-in, W/kg with its FTP source, block
 * trajectory, 7-day average, 28-day slope). A field whose data gate fails is ABSENT, and the
 * block is absent when nothing qualifies.
 */
import { NaiveDateTime } from '../lib/naive-time.js';
import type { SportThresholds, WeightSignal } from '../contract/index.js';
import { get, round, sorted, sum, truthy } from '../lib/py/index.js';
import type { DeriveContext } from './context.js';
import type { FtpHistory } from './ftp-history.js';
import type { PowerModel } from './fitness.js';
import { toDisplay, type AthleteUnits } from './units.js';
import { degraded } from './diagnostics.js';
import type { ApiWellness } from '../snapshot/api-rows.js';

const BLOCK_WINDOW_DAYS = 28;
const BOUNDARY_WIDTH_DAYS = 4;
const LATEST_MAX_AGE_DAYS = 14;
const AVG_7D_MIN_ENTRIES = 4;
const SLOPE_28D_MIN_ENTRIES = 14;

export function buildWeightSignal(
  ctx: DeriveContext,
  input: {
    wellness28d: ApiWellness[];
    sportThresholds: Record<string, SportThresholds>;
    powerModel: PowerModel;
    ftpHistory: FtpHistory;
    units: AthleteUnits;
  },
): WeightSignal | null {
  const today = NaiveDateTime.fromDate(ctx.today);
  const block: WeightSignal = {};
  const display: NonNullable<WeightSignal['display']> = {};

  let entries: Array<[NaiveDateTime, number]> = [];
  for (const w of input.wellness28d ?? []) {
    const wt = get(w, 'weight');
    if (wt === null || wt === 0) continue;
    const dateStr = String(get(w, 'id', '') ?? '');
    if (!dateStr) continue;
    let d: NaiveDateTime;
    try {
      d = NaiveDateTime.fromDate(dateStr.slice(0, 10));
    } catch (e) {
      degraded(`current_status.weight (wellness ${dateStr.slice(0, 10)})`, e);
      continue;
    }
    entries.push([d, Number(wt)]);
  }
  if (!entries.length) return null;
  entries = sorted(entries, (e) => e[0].ms, true);

  const [latestDate, latestWeight] = entries[0];
  const age = today.daysSince(latestDate);
  if (age >= 0 && age <= LATEST_MAX_AGE_DAYS) {
    block.weight_latest_kg = round(latestWeight, 1);
    block.weight_latest_date = latestDate.date();
    display.weight_latest = toDisplay(latestWeight, 'weight', input.units);
  }

  const cycling: Partial<SportThresholds> = (input.sportThresholds ?? {}).cycling ?? {};
  const testedFtp = get(cycling, 'ftp');
  const eftp = input.powerModel?.eftp ?? null;
  let ftpUsed: number | null = null;
  let ftpSource: 'tested' | 'eftp' | null = null;
  let ftpSettingDate: string | null = null;
  if (truthy(testedFtp)) {
    ftpUsed = Number(testedFtp);
    ftpSource = 'tested';
    const outdoor = sorted(Object.keys(input.ftpHistory.outdoor ?? {}), (k) => k, true);
    const indoor = sorted(Object.keys(input.ftpHistory.indoor ?? {}), (k) => k, true);
    if (outdoor.length) ftpSettingDate = outdoor[0];
    else if (indoor.length) ftpSettingDate = indoor[0];
  } else if (truthy(eftp)) {
    ftpUsed = Number(eftp);
    ftpSource = 'eftp';
  }

  const latestKg = block.weight_latest_kg;
  if (latestKg !== undefined && truthy(ftpUsed) && latestKg > 0) {
    block.wkg_current = round(ftpUsed! / latestKg, 2);
    block.wkg_ftp_source = ftpSource!;
    if (ftpSettingDate) block.ftp_setting_date = ftpSettingDate;
  }

  const first4Low = today.addDays(-(BLOCK_WINDOW_DAYS - 1));
  const first4High = today.addDays(-(BLOCK_WINDOW_DAYS - BOUNDARY_WIDTH_DAYS));
  const last4Low = today.addDays(-(BOUNDARY_WIDTH_DAYS - 1));
  const nearestInRange = (low: NaiveDateTime, high: NaiveDateTime, anchor: NaiveDateTime): number | null => {
    let best: number | null = null;
    let bestDist: number | null = null;
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
    const start = round(ftpUsed! / atStart!, 2);
    const end = round(ftpUsed! / atEnd!, 2);
    block.wkg_block_start = start;
    block.wkg_block_end = end;
    block.wkg_block_delta = round(end - start, 2);
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
    for (let i = 0; i < n; i++) num += (xs[i] - mx) * (ys[i] - my);
    for (let i = 0; i < n; i++) den += (xs[i] - mx) ** 2;
    if (den > 0) {
      const slope = (num / den) * 7;
      block.weight_28d_slope_kg_per_week = round(slope, 3);
      display.weight_28d_slope_per_week =
        input.units?.weight === 'lb' ? { value: round(slope * 2.20462, 3), unit: 'lb/week' } : { value: round(slope, 3), unit: 'kg/week' };
    }
  }

  if (!Object.keys(block).length) return null;
  if (Object.keys(display).length) block.display = display;
  return block;
}
