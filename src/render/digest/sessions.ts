/**
 * What happened: the sessions of the data period (one line each, with the flags that say where
 * more detail lives), the wellness days against their baselines, and the recent training weeks
 * from history.json.
 */
import type { LatestRead, HistoryRead } from '../read-back.js';
import { dict, list, MISSING, measured, num, table, text, type JsonObject } from './format.js';

const DAY_MS = 86_400_000;

/**
 * The first date of the data period ("Last N days (including today)"): last_updated's date minus
 * N-1 days. It only selects rows, it is never printed. null when either is missing.
 */
export function periodStart(latest: LatestRead): string | null {
  const meta = dict(latest.metadata);
  const last = typeof meta.last_updated === 'string' ? meta.last_updated.slice(0, 10) : '';
  const days = meta.data_range_days;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(last) || typeof days !== 'number' || !Number.isInteger(days) || days < 1) return null;
  const ms = Date.parse(`${last}T00:00:00Z`);
  if (Number.isNaN(ms)) return null;
  return new Date(ms - (days - 1) * DAY_MS).toISOString().slice(0, 10);
}

function dateOf(v: unknown): string {
  return typeof v === 'string' ? v.slice(0, 10) : '';
}

function moreData(a: JsonObject): string {
  const where: string[] = [];
  const flags = [a.has_intervals === true ? 'has_intervals' : '', a.has_dfa === true ? 'has_dfa' : ''].filter(Boolean);
  if (flags.length) where.push(`intervals.json (${flags.join(', ')})`);
  if (a.dfa_summary && typeof a.dfa_summary === 'object') where.push('dfa_summary');
  if (a.terrain_summary && typeof a.terrain_summary === 'object') where.push('terrain_summary');
  return where.join(', ') || MISSING;
}

export function sessionsSection(latest: LatestRead, cap: number): string[] {
  const start = periodStart(latest);
  const all = list(latest.recent_activities).map(dict);
  const inPeriod = start === null ? all : all.filter((a) => dateOf(a.date) >= start);
  const out = ['', `## Sessions (${text(dict(latest.READ_THIS_FIRST).data_period)}, as listed in recent_activities)`, ''];
  if (!inPeriod.length) {
    out.push('No sessions in the period.');
    return out;
  }
  const rows = inPeriod
    .slice(0, cap)
    .map((a) => [
      text(a.date),
      text(a.type),
      text(a.name),
      text(a.duration_formatted),
      measured(dict(a.display).distance, a.distance_km, 'km'),
      num(a.tss),
      num(a.intensity_factor),
      num(a.avg_hr),
      num(a.avg_power),
      moreData(a),
    ]);
  out.push(...table(['Start', 'Sport', 'Name', 'Time', 'Distance', 'TSS', 'IF', 'Avg HR', 'Avg W', 'More data'], rows));
  if (inPeriod.length > cap) out.push('', 'More sessions in latest.json → recent_activities.');
  return out;
}

export function wellnessSection(latest: LatestRead, history: HistoryRead | null, weeksCap: number): string[] {
  const dm = dict(latest.derived_metrics);
  const cm = dict(dict(latest.current_status).current_metrics);
  const ws = dict(latest.weekly_summary);
  const out = ['', '## Wellness', ''];
  out.push(
    `- HRV ${num(dm.latest_hrv)} ms · baseline: week ${num(dm.hrv_baseline_7d)}, four weeks ${num(dm.hrv_baseline_28d)} · period average ${num(ws.avg_hrv)}`,
    `- RHR ${num(dm.latest_rhr)} bpm · baseline: week ${num(dm.rhr_baseline_7d)}, four weeks ${num(dm.rhr_baseline_28d)} · period average ${num(ws.avg_resting_hr)}`,
    `- Sleep ${text(cm.sleep_formatted)} · score ${num(cm.sleep_score)} · quality ${num(cm.sleep_quality)} · recovery index ${num(dm.recovery_index)} (yesterday ${num(dm.recovery_index_yesterday)})`,
  );
  const weight = dict(dict(latest.current_status).weight);
  if (Object.keys(weight).length || cm.weight_kg != null) {
    const disp = dict(weight.display);
    out.push(
      `- Weight ${measured(disp.weight_latest ?? dict(cm.display).weight, weight.weight_latest_kg ?? cm.weight_kg, 'kg')}` +
        ` · period average ${measured(disp.weight_7d_avg, weight.weight_7d_avg_kg, 'kg')} · W/kg ${num(weight.wkg_current)} (${text(weight.wkg_ftp_source)})`,
    );
  }
  const days = list(latest.wellness_data).map(dict);
  const rows = days.map((w) => [
    text(w.date),
    num(w.hrv_rmssd),
    num(w.resting_hr),
    text(w.sleep_formatted),
    num(w.sleep_score),
    num(w.fatigue),
    num(w.soreness),
    num(w.stress),
  ]);
  if (rows.length) out.push('', ...table(['Date', 'HRV', 'RHR', 'Sleep', 'Sleep score', 'Fatigue', 'Soreness', 'Stress'], rows));
  out.push(...weeksLines(history, weeksCap));
  return out;
}

/** The last training weeks from history.json (its weekly rows, newest last). */
function weeksLines(history: HistoryRead | null, cap: number): string[] {
  const weeks = list(history?.weekly_180d).map(dict);
  if (!weeks.length) return ['', 'Weekly trend: history.json not available.'];
  const rows = weeks
    .slice(-cap)
    .map((w) => [
      text(w.week_start),
      num(w.total_hours),
      num(w.total_tss),
      num(w.ctl_end),
      num(w.tsb_end),
      num(w.avg_hrv),
      num(w.avg_rhr),
      num(w.avg_sleep_hours),
      num(w.hard_days),
    ]);
  return [
    '',
    `Recent weeks (history.json weekly rows, generated ${text(history?.generated_at)}):`,
    '',
    ...table(['Week of', 'Hours', 'TSS', 'CTL end', 'TSB end', 'Avg HRV', 'Avg RHR', 'Avg sleep h', 'Hard days'], rows),
  ];
}
