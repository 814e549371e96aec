/**
 * sorted() of a float list exactly as CPython 3.11 orders it, for the DFA percentiles.
 *
 * Without NaN any correct sort gives Python's order (equal floats are indistinguishable), so
 * the typed-array sort is used. The reference does not drop NaN dfa_a1 samples (its filter is
 * `d < 0.01`, false for NaN), and with a NaN present the order depends on the algorithm: CPython
 * compares with `<` only. For that case this is a port of CPython 3.11's listsort (timsort with
 * binary insertion, galloping merges and the powersort merge policy), comparing with `<`.
 *
 * Kept because simpler rules give other orders: __tests__/lib/float-sort.test.ts checks this
 * port against CPython 3.11's own sorted() on random lists with NaN, and shows that JavaScript's
 * sort (NaN last) and a plain `<` insertion sort each disagree with CPython on some of them.
 */

const MIN_GALLOP = 7;

export function pySortFloats(values: Float64Array): Float64Array {
  let hasNaN = false;
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i])) {
      hasNaN = true;
      break;
    }
  }
  const out = Float64Array.from(values);
  if (!hasNaN) return out.sort();
  listsort(out);
  return out;
}

const lt = (x: number, y: number): boolean => x < y;

function countRun(a: Float64Array, lo: number, hi: number): { n: number; descending: boolean } {
  let p = lo + 1;
  if (p === hi) return { n: 1, descending: false };
  let n = 2;
  if (lt(a[p], a[p - 1])) {
    for (p = p + 1; p < hi; p++, n++) if (!lt(a[p], a[p - 1])) break;
    return { n, descending: true };
  }
  for (p = p + 1; p < hi; p++, n++) if (lt(a[p], a[p - 1])) break;
  return { n, descending: false };
}

function reverse(a: Float64Array, lo: number, hi: number): void {
  for (let i = lo, j = hi - 1; i < j; i++, j--) {
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}

function binarysort(a: Float64Array, lo: number, hi: number, start: number): void {
  if (start === lo) start++;
  for (; start < hi; start++) {
    const pivot = a[start];
    let l = lo;
    let r = start;
    while (l < r) {
      const p = l + ((r - l) >> 1);
      if (lt(pivot, a[p])) r = p;
      else l = p + 1;
    }
    for (let p = start; p > l; p--) a[p] = a[p - 1];
    a[l] = pivot;
  }
}

function minrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) break;
    a *= 2;
    b *= 2;
  }
  return result;
}

/** gallop_left over arr[base .. base+n) */
function gallopLeft(key: number, arr: Float64Array, base: number, n: number, hint: number): number {
  let lastofs = 0;
  let ofs = 1;
  if (lt(arr[base + hint], key)) {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(arr[base + hint + ofs], key)) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(arr[base + hint - ofs], key)) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  ++lastofs;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(arr[base + m], key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/** gallop_right over arr[base .. base+n) */
function gallopRight(key: number, arr: Float64Array, base: number, n: number, hint: number): number {
  let lastofs = 0;
  let ofs = 1;
  if (lt(key, arr[base + hint])) {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(key, arr[base + hint - ofs])) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(key, arr[base + hint + ofs])) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  ++lastofs;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(key, arr[base + m])) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

interface Run {
  base: number;
  len: number;
  power: number;
}

class MergeState {
  minGallop = MIN_GALLOP;
  readonly pending: Run[] = [];
  constructor(readonly a: Float64Array) {}

  mergeAt(i: number): void {
    const a = this.a;
    const p = this.pending;
    let sa = p[i].base;
    let na = p[i].len;
    const sb = p[i + 1].base;
    let nb = p[i + 1].len;
    p[i].len = na + nb;
    if (i === p.length - 3) p[i + 1] = p[i + 2];
    p.pop();
    const k = gallopRight(a[sb], a, sa, na, 0);
    sa += k;
    na -= k;
    if (na === 0) return;
    nb = gallopLeft(a[sa + na - 1], a, sb, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) this.mergeLo(sa, na, sb, nb);
    else this.mergeHi(sa, na, sb, nb);
  }

  mergeLo(ssa0: number, na: number, ssb: number, nb: number): void {
    const a = this.a;
    const tmp = a.slice(ssa0, ssa0 + na);
    let ssa = 0;
    let dest = ssa0;
    let minGallop = this.minGallop;
    a[dest++] = a[ssb++];
    --nb;
    if (nb === 0) return this.loSucceed(tmp, ssa, dest, na);
    if (na === 1) return this.loCopyB(tmp, ssa, dest, ssb, nb);
    for (;;) {
      let acount = 0;
      let bcount = 0;
      for (;;) {
        if (lt(a[ssb], tmp[ssa])) {
          a[dest++] = a[ssb++];
          ++bcount;
          acount = 0;
          --nb;
          if (nb === 0) return this.loSucceed(tmp, ssa, dest, na);
          if (bcount >= minGallop) break;
        } else {
          a[dest++] = tmp[ssa++];
          ++acount;
          bcount = 0;
          --na;
          if (na === 1) return this.loCopyB(tmp, ssa, dest, ssb, nb);
          if (acount >= minGallop) break;
        }
      }
      ++minGallop;
      do {
        minGallop -= minGallop > 1 ? 1 : 0;
        this.minGallop = minGallop;
        let k = gallopRight(a[ssb], tmp, ssa, na, 0);
        acount = k;
        if (k) {
          for (let t = 0; t < k; t++) a[dest + t] = tmp[ssa + t];
          dest += k;
          ssa += k;
          na -= k;
          if (na === 1) return this.loCopyB(tmp, ssa, dest, ssb, nb);
          if (na === 0) return this.loSucceed(tmp, ssa, dest, na);
        }
        a[dest++] = a[ssb++];
        --nb;
        if (nb === 0) return this.loSucceed(tmp, ssa, dest, na);
        k = gallopLeft(tmp[ssa], a, ssb, nb, 0);
        bcount = k;
        if (k) {
          a.copyWithin(dest, ssb, ssb + k);
          dest += k;
          ssb += k;
          nb -= k;
          if (nb === 0) return this.loSucceed(tmp, ssa, dest, na);
        }
        a[dest++] = tmp[ssa++];
        --na;
        if (na === 1) return this.loCopyB(tmp, ssa, dest, ssb, nb);
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      ++minGallop;
      this.minGallop = minGallop;
    }
  }

  private loSucceed(tmp: Float64Array, ssa: number, dest: number, na: number): void {
    for (let t = 0; t < na; t++) this.a[dest + t] = tmp[ssa + t];
  }

  private loCopyB(tmp: Float64Array, ssa: number, dest: number, ssb: number, nb: number): void {
    this.a.copyWithin(dest, ssb, ssb + nb);
    this.a[dest + nb] = tmp[ssa];
  }

  mergeHi(ssa0: number, na: number, ssb0: number, nb: number): void {
    const a = this.a;
    const tmp = a.slice(ssb0, ssb0 + nb); // baseb
    const basea = ssa0;
    let dest = ssb0 + nb - 1;
    let ssb = nb - 1; // index into tmp
    let ssa = ssa0 + na - 1;
    let minGallop = this.minGallop;
    a[dest--] = a[ssa--];
    --na;
    if (na === 0) return this.hiSucceed(tmp, dest, nb);
    if (nb === 1) return this.hiCopyA(tmp, ssb, dest, ssa, na);
    for (;;) {
      let acount = 0;
      let bcount = 0;
      for (;;) {
        if (lt(tmp[ssb], a[ssa])) {
          a[dest--] = a[ssa--];
          ++acount;
          bcount = 0;
          --na;
          if (na === 0) return this.hiSucceed(tmp, dest, nb);
          if (acount >= minGallop) break;
        } else {
          a[dest--] = tmp[ssb--];
          ++bcount;
          acount = 0;
          --nb;
          if (nb === 1) return this.hiCopyA(tmp, ssb, dest, ssa, na);
          if (bcount >= minGallop) break;
        }
      }
      ++minGallop;
      do {
        minGallop -= minGallop > 1 ? 1 : 0;
        this.minGallop = minGallop;
        let k = gallopRight(tmp[ssb], a, basea, na, na - 1);
        k = na - k;
        acount = k;
        if (k) {
          dest -= k;
          ssa -= k;
          a.copyWithin(dest + 1, ssa + 1, ssa + 1 + k);
          na -= k;
          if (na === 0) return this.hiSucceed(tmp, dest, nb);
        }
        a[dest--] = tmp[ssb--];
        --nb;
        if (nb === 1) return this.hiCopyA(tmp, ssb, dest, ssa, na);
        k = gallopLeft(a[ssa], tmp, 0, nb, nb - 1);
        k = nb - k;
        bcount = k;
        if (k) {
          dest -= k;
          ssb -= k;
          for (let t = 0; t < k; t++) a[dest + 1 + t] = tmp[ssb + 1 + t];
          nb -= k;
          if (nb === 1) return this.hiCopyA(tmp, ssb, dest, ssa, na);
          if (nb === 0) return this.hiSucceed(tmp, dest, nb);
        }
        a[dest--] = a[ssa--];
        --na;
        if (na === 0) return this.hiSucceed(tmp, dest, nb);
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      ++minGallop;
      this.minGallop = minGallop;
    }
  }

  private hiSucceed(tmp: Float64Array, dest: number, nb: number): void {
    for (let t = 0; t < nb; t++) this.a[dest - (nb - 1) + t] = tmp[t];
  }

  private hiCopyA(tmp: Float64Array, ssb: number, dest: number, ssa: number, na: number): void {
    dest -= na;
    ssa -= na;
    this.a.copyWithin(dest + 1, ssa + 1, ssa + 1 + na);
    this.a[dest] = tmp[ssb];
  }

  foundNewRun(n2: number): void {
    const p = this.pending;
    if (p.length) {
      const s1 = p[p.length - 1].base;
      const n1 = p[p.length - 1].len;
      const power = powerloop(s1, n1, n2, this.a.length);
      while (p.length > 1 && p[p.length - 2].power > power) this.mergeAt(p.length - 2);
      p[p.length - 1].power = power;
    }
  }

  forceCollapse(): void {
    const p = this.pending;
    while (p.length > 1) {
      let n = p.length - 2;
      if (n > 0 && p[n - 1].len < p[n + 1].len) --n;
      this.mergeAt(n);
    }
  }
}

/** CPython 3.11 listsort on a Float64Array, in place, comparing with `<`. */
export function listsort(a: Float64Array): void {
  let nremaining = a.length;
  if (nremaining < 2) return;
  const ms = new MergeState(a);
  const mr = minrun(nremaining);
  let lo = 0;
  do {
    const run = countRun(a, lo, lo + nremaining);
    let n = run.n;
    if (run.descending) reverse(a, lo, lo + n);
    if (n < mr) {
      const force = nremaining <= mr ? nremaining : mr;
      binarysort(a, lo, lo + force, lo + n);
      n = force;
    }
    ms.foundNewRun(n);
    ms.pending.push({ base: lo, len: n, power: 0 });
    lo += n;
    nremaining -= n;
  } while (nremaining);
  ms.forceCollapse();
}
