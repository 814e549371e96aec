/**
 * Building blocks for the output contract. Every model is written once with these helpers; the
 * strict variant (no unknown keys, used by tests and by tool builders who want to catch drift)
 * is derived from the same schema tree by `strictVariant`, so there is a single source of truth.
 *
 * Conventions, mirroring what the reference writes to JSON:
 * - `num` is any JSON number. Python may write `50.0` where a value is usually integral, so a
 *   field is `int` only where the reference always produces a Python int (counts, seconds,
 *   `round(x)` without digits, integer API ids).
 * - `orNull(x)` is "x or null": the reference writes null for absent values and, in this port,
 *   for NaN/Infinity (strict JSON never carries those tokens).
 * - `maybe(x)` marks a key the reference writes only in some runs (the key is absent, not null,
 *   otherwise).
 * - `open(...)` / `v.record(...)` mark genuinely open-ended data; each use says why.
 */
import * as v from 'valibot';

/** Finite: JSON has no NaN/Infinity and the action writes null in their place. */
export const num = v.pipe(v.number(), v.finite());
export const int = v.pipe(v.number(), v.integer());
export const str = v.string();
export const bool = v.boolean();
export const nul = v.null();

export const orNull = <T extends v.GenericSchema>(schema: T) => v.nullable(schema);
export const maybe = <T extends v.GenericSchema>(schema: T) => v.exactOptional(schema);

export const numOrNull = orNull(num);
export const intOrNull = orNull(int);
export const strOrNull = orNull(str);
export const boolOrNull = orNull(bool);

/** A closed record of named fields (strict in the strict variant). */
export const obj = <T extends v.ObjectEntries>(entries: T) => v.object(entries);
/** An object that is open by nature (stays open in the strict variant too). */
export const open = <T extends v.ObjectEntries>(entries: T) => v.looseObject(entries);
/** A map keyed by free-form names (sport names, dates, ids…), values of one model. */
export const mapOf = <T extends v.GenericSchema>(value: T) => v.record(v.string(), value);

export const oneOf = <const T extends readonly string[]>(values: T) => v.picklist(values);

/** YYYY-MM-DD calendar date. */
export const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
/** Naive local timestamp as Python's isoformat() writes it (seconds, optional fraction). */
export const isoDateTime = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/));

/** `{value, unit}` pair in the athlete's preferred units (the `display` sub-blocks). */
export const displayValue = <U extends readonly string[]>(units: U) => obj({ value: num, unit: oneOf(units) });

type AnySchema = v.GenericSchema;
interface Node {
  type: string;
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  wrapped?: AnySchema;
  options?: AnySchema[];
  key?: AnySchema | string;
  value?: AnySchema;
  pipe?: readonly unknown[];
  default?: unknown;
}

const strictCache = new WeakMap<AnySchema, AnySchema>();

/**
 * The same model with every closed object (`obj`) turned into `v.strictObject`. Open objects
 * (`open`) and records keep accepting unknown keys: they are open by design.
 */
export function strictVariant<T extends AnySchema>(schema: T): T {
  return convert(schema) as T;
}

function convert(schema: AnySchema): AnySchema {
  const hit = strictCache.get(schema);
  if (hit) return hit;
  const node = schema as unknown as Node;
  let out: AnySchema;
  if (node.pipe && node.pipe.length > 0) {
    // A piped schema carries its root schema first; rebuild the pipe around the converted root.
    const [root, ...actions] = node.pipe as [AnySchema, ...v.PipeItem<unknown, unknown, v.BaseIssue<unknown>>[]];
    const converted = convert(root);
    out = converted === root ? schema : (v.pipe(converted, ...actions) as AnySchema);
  } else {
    out = convertBare(schema, node);
  }
  strictCache.set(schema, out);
  return out;
}

function mapEntries(entries: Record<string, AnySchema>): Record<string, AnySchema> {
  const out: Record<string, AnySchema> = {};
  for (const [k, s] of Object.entries(entries)) out[k] = convert(s);
  return out;
}

function convertBare(schema: AnySchema, node: Node): AnySchema {
  switch (node.type) {
    case 'object':
      return v.strictObject(mapEntries(node.entries ?? {}));
    case 'loose_object':
      return v.looseObject(mapEntries(node.entries ?? {}));
    case 'strict_object':
      return v.strictObject(mapEntries(node.entries ?? {}));
    case 'array':
      return v.array(convert(node.item as AnySchema));
    case 'nullable':
      return v.nullable(convert(node.wrapped as AnySchema));
    case 'optional':
      return v.optional(convert(node.wrapped as AnySchema));
    case 'exact_optional':
      return v.exactOptional(convert(node.wrapped as AnySchema));
    case 'union':
      return v.union((node.options ?? []).map(convert));
    case 'variant':
      return v.variant(node.key as unknown as string, (node.options ?? []).map(convert) as never);
    case 'record':
      return v.record(node.key as v.GenericSchema<string, string>, convert(node.value as AnySchema));
    default:
      return schema;
  }
}

/**
 * A block as a tolerant reader sees it: every key, at every depth, may be absent. For functions
 * that read a contract block key by key with Python `.get()` defaults (as the reference does), so
 * partial or foreign blocks are accepted.
 */
export type DeepPartial<T> = T extends readonly (infer U)[]
  ? DeepPartial<U>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/**
 * A contract file as read back from disk: the shape the contract names, but any key may be
 * missing or null (an older file, a hand-edited one, a run that wrote less). Readers check each
 * value before they use it.
 */
export type ReadBack<T> = T extends readonly (infer U)[]
  ? ReadBack<U>[]
  : T extends object
    ? { [K in keyof T]?: ReadBack<T[K]> | null }
    : T;
