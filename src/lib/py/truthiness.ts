/**
 * Python truthiness and dict access: `truthy` / `or` follow Python (0, 0.0, "", [], {}, None are
 * falsy; NaN is truthy), so `a or b` falls through a real 0 where `??` would not, and differs from
 * `||` on NaN; `get` applies the default only when the key is ABSENT (a present-but-null value
 * stays null).
 */
import type { JsonObject } from '../../contract/common.js';

// Raw API rows and the reference's dicts are loose JSON objects read with .get(); typed models
// of the output files live in src/contract.
export type Dict = Record<string, any>;

/** Python truthiness. */
export function truthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false) return false;
  if (typeof v === 'number') return v !== 0; // NaN is truthy in Python
  if (typeof v === 'string') return v.length > 0;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof Map || v instanceof Set) return v.size > 0;
  if (typeof v === 'object') return hasOwnKey(v as object);
  return true;
}

/** Whether an object has an own enumerable key (`Object.keys(o).length > 0` without the array). */
function hasOwnKey(o: object): boolean {
  for (const k in o) if (Object.hasOwn(o, k)) return true;
  return false;
}

/** Python `a or b or c`: the first truthy operand, else the last one (None → null). */
export function or<T>(...vals: T[]): T | null {
  for (let i = 0; i < vals.length - 1; i++) if (truthy(vals[i])) return vals[i];
  const last = vals[vals.length - 1];
  return last === undefined ? null : last;
}

/** Python `d.get(key, dflt)`: the default applies only when the key is absent. */
export function get<T = any>(d: Dict | null | undefined, key: string, dflt: T | null = null): any {
  if (d === null || d === undefined) return dflt;
  const v = d[key];
  return v === undefined ? dflt : v;
}

/** isinstance(v, (int, float)) and not bool. */
export function isNum(v: unknown): v is number {
  return typeof v === 'number';
}

/** isinstance(v, dict) */
export function isDict(v: unknown): v is Dict {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** isinstance(v, dict), typed as a JSON object whose values are still to be checked. */
export function isJsonObject(v: unknown): v is JsonObject {
  return isDict(v);
}

/**
 * `d.get(key) or {}` read as a record: a missing, falsy or non-object value reads as a record
 * without keys, so the `.get()` calls that follow see absent keys.
 */
export function orEmpty<T extends object>(value: T | null | undefined): Partial<T> {
  return truthy(value) && isDict(value) ? value : {};
}
