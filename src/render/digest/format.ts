/**
 * Printing JSON values into the digest without changing them. Every number the digest shows is a
 * value of latest.json or history.json printed as JavaScript prints it (the shortest text that
 * reads back to the same number), so an AI coach that checks a figure against the JSON finds it
 * there. Nothing here rounds, converts units or derives a new figure; a missing value prints as
 * "—", never as 0.
 */

import { isDict as isObject } from '../../lib/py/index.js';

export const MISSING = '—';

/** A JSON object read back from a file: the digest checks every value it reads, so values stay unknown. */
export type JsonObject = { [key: string]: unknown };

export function isDict(v: unknown): v is JsonObject {
  return isObject(v);
}

export function dict(v: unknown): JsonObject {
  return isDict(v) ? v : {};
}

export function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** One line of text: line breaks folded into spaces. */
export function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** A JSON number as it is; anything that is not a finite number is missing. */
export function num(v: unknown): string {
  return typeof v === 'number' && Number.isFinite(v) ? String(v) : MISSING;
}

/** A number with a unit word after it, or "—" alone. */
export function numUnit(v: unknown, unit: string): string {
  const n = num(v);
  return n === MISSING ? MISSING : `${n} ${unit}`;
}

/** A JSON string (or number / boolean) as one line of text; null and empty are missing. */
export function text(v: unknown): string {
  if (typeof v === 'string') return v.trim() ? oneLine(v) : MISSING;
  if (typeof v === 'number') return num(v);
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return MISSING;
}

export function yesNo(v: unknown): string {
  return v === true ? 'yes' : v === false ? 'no' : MISSING;
}

/**
 * A measurement in the athlete's units: the `display` block the JSON carries ({value, unit}) when
 * there is one, else the canonical metric value with its metric unit. Never converted here.
 */
export function measured(display: unknown, metricValue: unknown, metricUnit: string): string {
  if (isDict(display) && typeof display.value === 'number' && Number.isFinite(display.value)) {
    return typeof display.unit === 'string' && display.unit ? `${display.value} ${oneLine(display.unit)}` : String(display.value);
  }
  return numUnit(metricValue, metricUnit);
}

/** "min to max" from a {min, max} block, or "—". */
export function range(v: unknown, unit = ''): string {
  const r = dict(v);
  if (num(r.min) === MISSING && num(r.max) === MISSING) return MISSING;
  return `${num(r.min)} to ${num(r.max)}${unit ? ` ${unit}` : ''}`;
}

/** A list of strings joined, or "—" when empty. */
export function words(v: unknown, sep = ', '): string {
  const items = list(v)
    .map((x) => text(x))
    .filter((x) => x !== MISSING);
  return items.length ? items.join(sep) : MISSING;
}

/** A Markdown table; every cell is made one line. */
export function table(header: string[], rows: string[][]): string[] {
  if (!rows.length) return [];
  // a pipe inside a cell would end it early
  const cell = (c: string) => (oneLine(c) || MISSING).replace(/\|/g, '\\|');
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

/** "label value" pairs that have a value, joined; missing ones are left out. */
export function pairs(items: Array<[string, string]>, sep = ' · '): string {
  const kept = items.filter(([, v]) => v !== MISSING);
  return kept.length ? kept.map(([k, v]) => (k ? `${k} ${v}` : v)).join(sep) : MISSING;
}
