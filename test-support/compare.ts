/**
 * Semantic JSON comparison for tests (the parity rules): objects order-insensitive, arrays in
 * order, numbers within 1e-9 relative (1 vs 1.0 equal), everything else exact.
 */
export interface Diff {
  path: string;
  golden: unknown;
  actual: unknown;
}

function numEq(a: number, b: number): boolean {
  if (Number.isNaN(a) && Number.isNaN(b)) return true;
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

export function diffJson(golden: unknown, actual: unknown, path = '', out: Diff[] = []): Diff[] {
  if (typeof golden === 'number' && typeof actual === 'number') {
    if (!numEq(golden, actual)) out.push({ path, golden, actual });
    return out;
  }
  if (Array.isArray(golden)) {
    if (!Array.isArray(actual)) return [...out, { path, golden, actual }];
    const n = Math.max(golden.length, actual.length);
    for (let i = 0; i < n; i++) diffJson(golden[i], actual[i], `${path}[${i}]`, out);
    return out;
  }
  if (golden && typeof golden === 'object') {
    if (!actual || typeof actual !== 'object' || Array.isArray(actual)) return [...out, { path, golden, actual }];
    const keys = new Set([...Object.keys(golden), ...Object.keys(actual as object)]);
    for (const k of keys) {
      diffJson((golden as Record<string, unknown>)[k], (actual as Record<string, unknown>)[k], path ? `${path}.${k}` : k, out);
    }
    return out;
  }
  if (golden !== actual) out.push({ path, golden, actual });
  return out;
}

/** Pick dot-paths (first segment a top-level key) out of a document. */
export function pick(doc: Record<string, unknown>, paths: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of paths) {
    let cur: unknown = doc;
    for (const seg of p.split('.')) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined;
    out[p] = cur;
  }
  return out;
}
