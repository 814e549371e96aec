/**
 * Python's parsing of integers and HTTP/RFC 2822 dates from text: int(str) (sign, digits, '_'
 * between digits; None where Python raises) and email.utils.parsedate_to_datetime (via
 * _parsedate_tz), which accepts the RFC 2822 family and a few legacy shapes. A date with a zone
 * carries its offset; a date without one (or with the "-0000" no-zone marker) is naive.
 */
const TIMEZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  AST: -400,
  ADT: -300,
  EST: -500,
  EDT: -400,
  CST: -600,
  CDT: -500,
  MST: -700,
  MDT: -600,
  PST: -800,
  PDT: -700,
};
const MONTHNAMES = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const DAYNAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Python int(str) for the ASCII forms it accepts ("+5", "-3", "1_000"); null when it would raise. */
export function pyIntStr(s: string): number | null {
  const t = s.trim();
  if (!/^[+-]?\d+(?:_\d+)*$/.test(t)) return null;
  return Number(t.replace(/_/g, ''));
}

/** A parsed HTTP/RFC 2822 date: wall-clock fields plus the zone offset in seconds (null = naive). */
export interface ParsedDate {
  /** the wall-clock fields as milliseconds "as if UTC" */
  wallMs: number;
  /** offset east of UTC in seconds; null for a naive date */
  offsetSecs: number | null;
}

/** email.utils.parsedate_to_datetime (via _parsedate_tz); null where Python raises. */
export function parseHttpDate(input: string): ParsedDate | null {
  let data = input.split(/\s+/).filter((x) => x.length > 0);
  if (data.length === 0) return null;
  if (data[0].endsWith(',') || DAYNAMES.includes(data[0].toLowerCase())) {
    data.shift();
  } else {
    const i = data[0].lastIndexOf(',');
    if (i >= 0) data[0] = data[0].slice(i + 1);
  }
  if (data.length === 3) {
    const stuff = data[0].split('-');
    if (stuff.length === 3) data = [...stuff, ...data.slice(1)];
  }
  if (data.length === 4) {
    const s = data[3];
    let i = s.indexOf('+');
    if (i === -1) i = s.indexOf('-');
    if (i > 0) data = [...data.slice(0, 3), s.slice(0, i), s.slice(i)];
    else data.push('');
  }
  if (data.length < 5) return null;
  let [dd, mm, yy, tm, tz] = data.slice(0, 5);
  if (!(dd && mm && yy)) return null;
  mm = mm.toLowerCase();
  if (!MONTHNAMES.includes(mm)) {
    [dd, mm] = [mm, dd.toLowerCase()];
    if (!MONTHNAMES.includes(mm)) return null;
  }
  let month = MONTHNAMES.indexOf(mm) + 1;
  if (month > 12) month -= 12;
  if (dd.endsWith(',')) dd = dd.slice(0, -1);
  if (yy.indexOf(':') > 0) [yy, tm] = [tm, yy];
  if (yy.endsWith(',')) {
    yy = yy.slice(0, -1);
    if (!yy) return null;
  }
  if (!/^\d/.test(yy)) [yy, tz] = [tz, yy];
  if (tm.endsWith(',')) tm = tm.slice(0, -1);
  let parts = tm.split(':');
  let thh: string, tmm: string, tss: string;
  if (parts.length === 2) [thh, tmm, tss] = [parts[0], parts[1], '0'];
  else if (parts.length === 3) [thh, tmm, tss] = parts as [string, string, string];
  else if (parts.length === 1 && parts[0].includes('.')) {
    parts = parts[0].split('.');
    if (parts.length === 2) [thh, tmm, tss] = [parts[0], parts[1], '0'];
    else if (parts.length === 3) [thh, tmm, tss] = parts as [string, string, string];
    else return null;
  } else return null;
  const nums = [yy, dd, thh, tmm, tss].map(pyIntStr);
  if (nums.some((x) => x === null)) return null;
  let [year] = nums as number[];
  const [, day, hour, minute, second] = nums as number[];
  if (year < 100) year += year > 68 ? 1900 : 2000;
  let tzoffset: number | null = null;
  const tzu = (tz ?? '').toUpperCase();
  if (Object.hasOwn(TIMEZONES, tzu)) tzoffset = TIMEZONES[tzu];
  else {
    tzoffset = pyIntStr(tzu);
    if (tzoffset === 0 && tzu.startsWith('-')) tzoffset = null;
  }
  if (tzoffset) {
    const sign = tzoffset < 0 ? -1 : 1;
    const a = Math.abs(tzoffset);
    tzoffset = sign * (Math.floor(a / 100) * 3600 + (a % 100) * 60);
  }
  // datetime(...) validation (ValueError → the reference returns None)
  if (year < 1 || year > 9999 || month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null;
  if (day < 1 || day > daysInMonth(year, month) || hour < 0 || minute < 0 || second < 0) return null;
  if (tzoffset !== null && Math.abs(tzoffset) >= 86400) return null;
  const d = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  d.setUTCFullYear(year); // Date.UTC maps years 0..99 to 1900+
  return { wallMs: d.getTime(), offsetSecs: tzoffset };
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}
