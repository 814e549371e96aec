/** The files are strict JSON: non-finite numbers are written as null, every other byte as Python's json.dump writes it. */
import { describe, it, expect } from '@jest/globals';
import { dumps, loads } from '../../src/lib/py/json.js';

describe('dumps', () => {
  it('writes null for NaN and ±Infinity wherever they sit', () => {
    const v = { a: Number.NaN, b: [1, Number.POSITIVE_INFINITY, { c: Number.NEGATIVE_INFINITY }], d: 0.5 };
    const text = dumps(v);
    expect(text).toBe('{\n  "a": null,\n  "b": [\n    1,\n    null,\n    {\n      "c": null\n    }\n  ],\n  "d": 0.5\n}');
    expect(text).not.toMatch(/NaN|Infinity/);
    expect(JSON.parse(text)).toEqual({ a: null, b: [1, null, { c: null }], d: 0.5 });
  });

  it('keeps the reference layout: indent 2, ensure_ascii, insertion order, sort_keys on request', () => {
    const v = { z: 'café ✓\n"q"', a: [], o: {}, n: -0.000123, big: 1e21, t: true, u: undefined };
    expect(dumps(v)).toBe(
      '{\n  "z": "caf\\u00e9 \\u2713\\n\\"q\\"",\n  "a": [],\n  "o": {},\n  "n": -0.000123,\n  "big": 1e+21,\n  "t": true\n}',
    );
    expect(dumps({ b: 1, a: { d: 2, c: 3 } }, { sortKeys: true })).toBe('{\n  "a": {\n    "c": 3,\n    "d": 2\n  },\n  "b": 1\n}');
  });

  it('a non-finite key value in a sorted file (ftp_history.json) is null too', () => {
    expect(dumps({ indoor: { '2025-01-01': Number.NaN } }, { sortKeys: true })).toBe('{\n  "indoor": {\n    "2025-01-01": null\n  }\n}');
  });
});

describe('loads', () => {
  it("still reads a file the reference wrote with Python's NaN / Infinity tokens", () => {
    expect(loads('{"a": NaN, "b": [-Infinity, Infinity], "s": "NaN"}')).toEqual({
      a: Number.NaN,
      b: [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
      s: 'NaN',
    });
  });
});
