/**
 * The top of the digest: what it is and how fresh, today's call, the load, the phase, the alerts.
 * Section 11 asks the coach to check last_updated before anything else and to cite only values it
 * read from the files in this response, so the header says where every figure comes from.
 */
import type { LatestRead } from '../read-back.js';
import { dict, list, MISSING, num, numUnit, pairs, table, text, words, yesNo, type JsonObject } from './format.js';

/** How each reading of a readiness signal is labelled; a key mapped to null is left out. */
const SIGNAL_LABELS: Record<string, string | null> = {
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
function signalReading(sig: JsonObject): string {
  const items: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(sig)) {
    if (value !== null && typeof value === 'object') continue;
    const label = key in SIGNAL_LABELS ? SIGNAL_LABELS[key] : /\d/.test(key) ? null : key.replace(/_/g, ' ');
    if (label === null) continue;
    const shown = typeof value === 'boolean' ? yesNo(value) : text(value);
    if (shown === MISSING) continue;
    if (label === 'h' || label === 'Δ %' || label === 'Δ bpm') {
      const unit = label === 'h' ? 'h' : label === 'Δ %' ? '%' : 'bpm';
      items.push([label === 'h' ? '' : 'Δ', `${shown} ${unit}`]);
    } else items.push([label, shown]);
  }
  return pairs(items);
}

export function headerSection(latest: LatestRead): string[] {
  const meta = dict(latest.metadata);
  const rtf = dict(latest.READ_THIS_FIRST);
  return [
    '# Training digest',
    '',
    `Data (last_updated UTC: ${text(meta.last_updated)}) · contract version ${text(meta.version)} · ${text(rtf.data_period)}`,
    '',
    'Numbers are copied from latest.json (and history.json where noted); read the JSON for anything not here. ' +
      'latest.json is primary for every decision. Check last_updated before advising and ask for a refresh when the data is stale; ' +
      'cite only values read from these files now, never from earlier in the conversation, and say "data unavailable" for anything missing (—).',
  ];
}

export function todaySection(latest: LatestRead): string[] {
  const rd = latest.readiness_decision;
  const out = ['', '## Today’s call', ''];
  if (rd === null || typeof rd !== 'object') {
    out.push('No readiness decision in latest.json (readiness_decision is empty): data unavailable.');
    return out;
  }
  const d = dict(rd);
  const rec = typeof d.recommendation === 'string' ? d.recommendation.toUpperCase() : MISSING;
  out.push(`**${rec}** · priority ${num(d.priority)} · ${text(d.reason)}`);
  const summary = dict(d.signal_summary);
  if (Object.keys(summary).length) {
    out.push(
      '',
      `Signals: ${pairs(
        Object.entries(summary)
          .map(([k, v]) => [/\d/.test(k) ? '' : k, num(v)] as [string, string])
          .filter(([k]) => k),
      )}`,
    );
  }
  const rows = Object.entries(dict(d.signals)).map(([name, sig]) => [name, text(dict(sig).status), signalReading(dict(sig))]);
  if (rows.length) out.push('', ...table(['Signal', 'Status', 'Reading'], rows));
  const pc = dict(d.phase_context);
  if (Object.keys(pc).length) {
    out.push(
      '',
      `Phase context: ${pairs([
        ['', text(pc.phase)],
        ['week', num(pc.phase_week)],
        ['amber threshold', num(pc.amber_threshold)],
        ['modifier', text(pc.modifier_applied)],
      ])}${d.race_week_defers === true ? ' · race week defers' : ''}`,
    );
  }
  const mod = d.modification;
  if (mod && typeof mod === 'object') {
    const m = dict(mod);
    const adj = dict(m.suggested_adjustments);
    out.push(
      `Modification: triggers ${words(m.triggers)} · ${pairs(Object.entries(adj).map(([k, v]) => [k.replace(/_/g, ' '), text(v)] as [string, string]))}`,
    );
  }
  if (list(d.alarm_refs).length) out.push(`Alarms behind it: ${words(d.alarm_refs)}`);
  out.push(...healthLines(dict(latest.health_context)));
  return out;
}

/** Illness / injury markers: context, not a readiness input, but they forbid an unqualified call. */
function healthLines(hc: JsonObject): string[] {
  if (!Object.keys(hc).length) return [];
  const marker = (m: unknown) => {
    const x = dict(m);
    return `${text(x.category)} “${text(x.name)}” ${text(x.start_date)} to ${text(x.end_date)}`;
  };
  const out: string[] = [];
  const flags = pairs([
    ['marker active', yesNo(hc.marker_active)],
    ['recent marker', yesNo(hc.recent_marker)],
    ['clarification required', yesNo(hc.clarification_required)],
    ['source', text(hc.source_status)],
  ]);
  out.push('', `Health context (not a readiness input): ${flags}`);
  for (const m of list(hc.current)) out.push(`- current: ${marker(m)}`);
  for (const m of list(hc.recent)) out.push(`- recent: ${marker(m)}, ended ${num(dict(m).days_since_end)} days ago`);
  for (const m of list(hc.upcoming)) out.push(`- upcoming: ${marker(m)}`);
  const wi = dict(hc.wellness_injury);
  if (Object.keys(wi).length) out.push(`- wellness injury ${num(wi.value)} on ${text(wi.date)} (${text(wi.freshness)})`);
  if (hc.clarification_required === true) {
    out.push('', 'clarification_required is true: no unqualified full-program recommendation — ask about severity or recovery first.');
  }
  return out;
}

export function loadSection(latest: LatestRead): string[] {
  const f = dict(dict(latest.current_status).fitness);
  const dm = dict(latest.derived_metrics);
  const sod = dict(dm.acwr_start_of_day);
  const qs = dict(dict(latest.READ_THIS_FIRST).quick_stats);
  const out = ['', '## Load', ''];
  out.push(
    `- CTL ${num(f.ctl)} · ATL ${num(f.atl)} · TSB ${num(f.tsb)} · ramp ${num(f.ramp_rate)} (${text(f.fitness_source)})`,
    `- ACWR ${num(dm.acwr)} (${text(dm.acwr_interpretation)}; scope ${text(dm.acwr_scope)}; readiness-eligible ${yesNo(dm.acwr_readiness_eligible)})` +
      (Object.keys(sod).length
        ? ` · start of day ${num(sod.value)} (${text(sod.interpretation)}; as of ${text(sod.as_of_date)}; today’s load included ${yesNo(sod.current_day_load_included)})`
        : ''),
    `- Monotony ${num(dm.monotony)} (${text(dm.monotony_interpretation)}) · effective ${num(dm.effective_monotony)} · strain ${num(dm.strain)}`,
    `- Period totals: ${pairs([
      ['TSS', num(qs.total_tss)],
      ['time', text(qs.total_training_formatted)],
      ['activities', num(qs.total_activities)],
    ])} · TSS: week ${num(dm.tss_7d_total)}, four weeks ${num(dm.tss_28d_total)}`,
  );
  const tid = dict(dm.seiler_tid_7d);
  if (Object.keys(tid).length) {
    out.push(
      `- Intensity distribution (Seiler, last week): ${text(tid.classification)} · easy ${numUnit(dm.easy_time_ratio, 'of time')} · grey zone ${numUnit(dm.grey_zone_percentage, '%')} · quality ${numUnit(dm.quality_intensity_percentage, '%')} · hard days ${num(dm.hard_days_this_week)}`,
    );
  }
  return out;
}

export function phaseSection(latest: LatestRead): string[] {
  const dm = dict(latest.derived_metrics);
  const pd = dict(dm.phase_detection);
  const out = ['', '## Phase', ''];
  if (!Object.keys(pd).length) {
    out.push(`Phase: ${text(dm.phase_detected)} (no phase_detection block)`);
    return out;
  }
  out.push(
    `${text(pd.phase)} · confidence ${text(pd.confidence)} · reasons ${words(pd.reason_codes)}` +
      ` · previous ${text(pd.previous_phase)} · ${numUnit(pd.phase_duration_weeks, 'week(s) in phase')}`,
  );
  const extra = pairs([
    ['seasonal context', text(dm.seasonal_context)],
    ['data quality', text(dict(pd.basis).data_quality)],
    ['dossier declared', text(pd.dossier_declared)],
  ]);
  if (extra !== MISSING) out.push(extra);
  return out;
}

const SEVERITY_ORDER = ['alarm', 'warning', 'info'];

export function alertsSection(latest: LatestRead, cap: number): string[] {
  const alerts = list(latest.alerts).map(dict);
  const out = ['', '## Alerts', ''];
  if (!alerts.length) {
    out.push('None.');
    return out;
  }
  // most severe first, the JSON's order within a severity
  const rank = (a: JsonObject) => {
    const i = SEVERITY_ORDER.indexOf(String(a.severity));
    return i < 0 ? SEVERITY_ORDER.length : i;
  };
  const sorted = alerts.map((a, i) => ({ a, i })).sort((x, y) => rank(x.a) - rank(y.a) || x.i - y.i);
  for (const { a } of sorted.slice(0, cap)) {
    const detail = pairs([
      ['value', text(a.value)],
      ['threshold', text(a.threshold)],
      ['tier', num(a.tier)],
      ['persisting days', num(a.persistence_days)],
    ]);
    out.push(`- **${text(a.severity)}** ${text(a.metric)} (${detail}): ${text(a.context)}`);
  }
  if (alerts.length > cap) out.push('- more alerts in latest.json → alerts');
  return out;
}
