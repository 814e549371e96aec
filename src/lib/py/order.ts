/**
 * Python ordering: comparison of str/number/tuple values, stable sorted() (reverse keeps equal
 * items in order), and min()/max() returning the FIRST extreme item.
 */
/** Python comparison of str/number/tuple values for sorted()/min()/max(). */
export function cmp(a: unknown, b: unknown): number {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = cmp(a[i], b[i]);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  if (typeof a === 'string' && typeof b === 'string') {
    // Python compares code points; compare via code points to be exact beyond the BMP.
    if (a === b) return 0;
    const ca = Array.from(a);
    const cb = Array.from(b);
    for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
      const d = ca[i].codePointAt(0)! - cb[i].codePointAt(0)!;
      if (d !== 0) return d;
    }
    return ca.length - cb.length;
  }
  const x = a as number;
  const y = b as number;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** sorted(items, key=..., reverse=...) — stable, like Python (reverse keeps equal items in order). */
export function sorted<T>(items: Iterable<T>, key: (t: T) => unknown = (t) => t, reverse = false): T[] {
  const arr = Array.from(items).map((item, idx) => ({ item, k: key(item), idx }));
  arr.sort((p, q) => {
    const c = cmp(p.k, q.k);
    if (c !== 0) return reverse ? -c : c;
    return p.idx - q.idx;
  });
  return arr.map((p) => p.item);
}

/** max(items, key=...): the FIRST maximal item, like Python. */
export function maxBy<T>(items: T[], key: (t: T) => unknown): T {
  if (items.length === 0) throw new Error('max() arg is an empty sequence');
  let best = items[0];
  let bk = key(best);
  for (let i = 1; i < items.length; i++) {
    const k = key(items[i]);
    if (cmp(k, bk) > 0) {
      best = items[i];
      bk = k;
    }
  }
  return best;
}

/** min(items, key=...): the FIRST minimal item, like Python. */
export function minBy<T>(items: T[], key: (t: T) => unknown): T {
  if (items.length === 0) throw new Error('min() arg is an empty sequence');
  let best = items[0];
  let bk = key(best);
  for (let i = 1; i < items.length; i++) {
    const k = key(items[i]);
    if (cmp(k, bk) < 0) {
      best = items[i];
      bk = k;
    }
  }
  return best;
}
