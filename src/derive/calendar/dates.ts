/** Strict date parsing as the reference does it (datetime.strptime(s, "%Y-%m-%d")). */
import { NaiveDateTime } from '../../lib/naive-time.js';

// strptime's %Y / %m / %d patterns (the whole string must match)
const YMD = /^(\d{4})-(1[0-2]|0[1-9]|[1-9])-(3[01]|[12]\d|0[1-9]|[1-9]| [1-9])$/;

/** strptime(s, "%Y-%m-%d"), or null where Python raises ValueError (bad format, invalid day). */
export function strptimeYmd(s: unknown): NaiveDateTime | null {
  if (typeof s !== 'string') return null;
  const m = YMD.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3].trim());
  if (y < 1) return null;
  const ms = Date.UTC(y, mo - 1, d);
  const dt = new Date(ms);
  if (dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  // Date.UTC maps years 0-99 to 1900+; rebuild with setUTCFullYear for exactness
  dt.setUTCFullYear(y, mo - 1, d);
  return new NaiveDateTime(dt.getTime());
}
