/**
 * Naive wall-clock date/time, the model of Python's `datetime.now()` the reference uses.
 *
 * A NaiveDateTime is a wall-clock reading in the run's timezone, stored as milliseconds since
 * 1970-01-01T00:00:00 *as if* that wall clock were UTC. Arithmetic is then plain millisecond
 * arithmetic, exactly like Python's naive datetimes (no DST jumps inside a run). Dates are
 * 'YYYY-MM-DD' strings throughout, as in the reference (which compares ISO strings).
 *
 * Built on the platform's Date and Intl only: the one zone conversion needed (instant → wall
 * clock in an IANA zone) is Intl.DateTimeFormat, so no date library is pulled in.
 */

const DAY_MS = 86_400_000;

// Dates are formatted and parsed in the inner loops of every block (a few thousand distinct
// days in three years of history, hundreds of thousands of calls): both directions are kept.
const DATE_CACHE_MAX = 50_000;
const DATE_MS = new Map<string, number>();
const MS_DATE = new Map<number, string>();
function dateOfMs(ms: number): string {
  let s = MS_DATE.get(ms);
  if (s === undefined) {
    s = new Date(ms).toISOString().slice(0, 10);
    if (MS_DATE.size >= DATE_CACHE_MAX) MS_DATE.clear();
    MS_DATE.set(ms, s);
  }
  return s;
}

export class NaiveDateTime {
  constructor(readonly ms: number) {}

  /** Parse 'YYYY-MM-DD', 'YYYY-MM-DDTHH:MM[:SS[.ffffff]]' (an offset or Z, if present, is dropped
   * after converting nothing: Python's `fromisoformat(...).replace(tzinfo=None)` keeps the wall time). */
  static parse(s: string): NaiveDateTime {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?/.exec(s.trim());
    if (!m) throw new Error(`not an ISO date/time: ${JSON.stringify(s)}`);
    const [, y, mo, d, h = '0', mi = '0', se = '0', frac = ''] = m;
    const micro = frac ? Number(frac.padEnd(6, '0')) : 0;
    const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(se));
    if (Number.isNaN(ms)) throw new Error(`not an ISO date/time: ${JSON.stringify(s)}`);
    const dt = new NaiveDateTime(ms + Math.floor(micro / 1000));
    dt.micro = micro;
    return dt;
  }

  /** The wall clock in `timeZone` at the given instant (IANA name, e.g. 'Europe/Oslo', 'UTC'). */
  static fromInstant(instantMs: number, timeZone: string): NaiveDateTime {
    // UTC's wall clock is the instant itself (to the second, like the formatted parts below)
    if (timeZone === 'UTC') return new NaiveDateTime(Math.floor(instantMs / 1000) * 1000);
    const fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    const parts: Record<string, string> = {};
    for (const p of fmt.formatToParts(new Date(instantMs))) parts[p.type] = p.value;
    const ms = Date.UTC(
      Number(parts.year),
      Number(parts.month) - 1,
      Number(parts.day),
      Number(parts.hour),
      Number(parts.minute),
      Number(parts.second),
    );
    return new NaiveDateTime(ms);
  }

  static fromDate(date: string): NaiveDateTime {
    const ymd = date.slice(0, 10);
    const ms = DATE_MS.get(ymd);
    if (ms !== undefined) return new NaiveDateTime(ms);
    const dt = NaiveDateTime.parse(ymd);
    if (DATE_MS.size >= DATE_CACHE_MAX) DATE_MS.clear();
    DATE_MS.set(ymd, dt.ms);
    return dt;
  }

  /** microseconds part, kept only for isoformat() of parsed values */
  micro = 0;

  private get d(): Date {
    return new Date(this.ms);
  }
  get year(): number {
    return this.d.getUTCFullYear();
  }
  get month(): number {
    return this.d.getUTCMonth() + 1;
  }
  get day(): number {
    return this.d.getUTCDate();
  }
  get hour(): number {
    return this.d.getUTCHours();
  }
  get minute(): number {
    return this.d.getUTCMinutes();
  }
  /** Python weekday(): Monday=0 … Sunday=6 */
  weekday(): number {
    return (this.d.getUTCDay() + 6) % 7;
  }

  addDays(n: number): NaiveDateTime {
    return new NaiveDateTime(this.ms + n * DAY_MS);
  }
  addSeconds(n: number): NaiveDateTime {
    return new NaiveDateTime(this.ms + n * 1000);
  }

  /** strftime('%Y-%m-%d') */
  date(): string {
    return dateOfMs(this.ms);
  }

  /** Python isoformat(): 'YYYY-MM-DDTHH:MM:SS' (microseconds only when non-zero). */
  isoformat(): string {
    const base = this.d.toISOString().slice(0, 19);
    return this.micro ? `${base}.${String(this.micro).padStart(6, '0')}` : base;
  }

  /** Midnight of the same day. */
  floorDay(): NaiveDateTime {
    return new NaiveDateTime(Math.floor(this.ms / DAY_MS) * DAY_MS);
  }

  /** (this - other).days — Python floors timedelta days toward -infinity. */
  daysSince(other: NaiveDateTime): number {
    return Math.floor((this.ms - other.ms) / DAY_MS);
  }
  /** (this - other).total_seconds() */
  secondsSince(other: NaiveDateTime): number {
    return (this.ms - other.ms) / 1000;
  }

  compare(other: NaiveDateTime): number {
    return this.ms - other.ms;
  }
}

/** 'YYYY-MM-DD' + n days */
export function addDays(date: string, n: number): string {
  return NaiveDateTime.fromDate(date).addDays(n).date();
}

/** (date a - date b).days */
export function daysBetween(a: string, b: string): number {
  return NaiveDateTime.fromDate(a).daysSince(NaiveDateTime.fromDate(b));
}

/** weekday() of a 'YYYY-MM-DD' date (Monday=0). */
export function weekdayOf(date: string): number {
  return NaiveDateTime.fromDate(date).weekday();
}

/** True when `tz` is an IANA zone name this runtime knows. */
export function isValidTimeZone(tz: string): boolean {
  // the first Intl.DateTimeFormat of a process loads the zone data (tens of ms): not for UTC
  if (tz === 'UTC') return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
