/**
 * Why src/lib/py/float-sort.ts exists: with NaN among the dfa_a1 samples (the reference keeps them), the order
 * sorted() returns depends on CPython's algorithm. The cases were produced by CPython 3.11.7's
 * sorted() on random lists with NaN; the port must match every one, and the simpler rules
 * (JavaScript's sort, which puts NaN last; a plain insertion sort comparing with `<`) must each
 * disagree with CPython on some case, or the port would be unnecessary.
 */
import { readFileSync } from 'node:fs';
import { pySortFloats } from '../../src/lib/py/float-sort.js';

interface Case {
  input: (number | null)[];
  sorted: (number | null)[];
}
const { cases } = JSON.parse(readFileSync(new URL('../../test-data/dfa-sort/cpython-nan-sorts.json', import.meta.url), 'utf8')) as {
  cases: Case[];
};
const decode = (a: (number | null)[]) => Float64Array.from(a.map((x) => (x === null ? Number.NaN : x)));
const same = (a: Float64Array, b: Float64Array) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/** JavaScript's numeric sort: NaN goes to the end. */
const jsSort = (a: Float64Array) => Float64Array.from(a).sort();
/** Insertion sort comparing with `<` only, as a naive reading of "Python compares with <". */
function insertionSort(a: Float64Array): Float64Array {
  const out = Float64Array.from(a);
  for (let i = 1; i < out.length; i++) {
    const x = out[i];
    let j = i - 1;
    while (j >= 0 && x < out[j]) {
      out[j + 1] = out[j];
      j--;
    }
    out[j + 1] = x;
  }
  return out;
}

describe('sorting dfa_a1 samples that hold NaN', () => {
  it('the cases hold NaN and sizes on both sides of the 64-element merge threshold', () => {
    expect(cases.every((c) => c.input.includes(null))).toBe(true);
    expect(cases.some((c) => c.input.length < 64)).toBe(true);
    expect(cases.some((c) => c.input.length > 64)).toBe(true);
  });

  it.each(cases.map((c, i) => [i, c.input.length, c] as const))('case %i (%i values) comes out in CPython order', (_i, _n, c) => {
    expect(Array.from(pySortFloats(decode(c.input)))).toEqual(Array.from(decode(c.sorted)));
  });

  it("JavaScript's sort disagrees with CPython on some case", () => {
    expect(cases.some((c) => !same(jsSort(decode(c.input)), decode(c.sorted)))).toBe(true);
  });

  it('a plain insertion sort comparing with < disagrees with CPython on some case', () => {
    expect(cases.some((c) => !same(insertionSort(decode(c.input)), decode(c.sorted)))).toBe(true);
  });

  it('without NaN the result is the ascending order', () => {
    const a = Float64Array.from([0.9, 0.4, 1.2, 0.4, 0.75]);
    expect(Array.from(pySortFloats(a))).toEqual([0.4, 0.4, 0.75, 0.9, 1.2]);
  });
});
