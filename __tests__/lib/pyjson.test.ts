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

  it('writes what json.dumps(indent=2) writes for non-ASCII, control characters, surrogates and nesting', () => {
    // the expected text is Python's own json.dumps(value, indent=2) of the same value
    const value = {
      name: 'Col du Galibier \u2013 2 642 m \u2713',
      emoji: '\ud83d\udeb4\u200d\u2640\ufe0f ride',
      ctrl: 'a\u0001b\u001fc\u007fd\u2028e',
      esc: 'tab\tnl\nq"bs\\\b\f\r',
      lone: 'x\ud800y',
      nested: { empty_list: [], empty_obj: {}, list: [1, -2.5, null, true, false, { k: '\u00e9' }] },
      num: [0.1, 123456789.125, 3],
      '\u00fcn\u00ef': 1,
    };
    const python =
      '{\n  "name": "Col du Galibier \\u2013 2 642 m \\u2713",\n  "emoji": "\\ud83d\\udeb4\\u200d\\u2640\\ufe0f ride",\n  "ctrl": "a\\u0001b\\u001fc\\u007fd\\u2028e",\n  "esc": "tab\\tnl\\nq\\"bs\\\\\\b\\f\\r",\n  "lone": "x\\ud800y",\n  "nested": {\n    "empty_list": [],\n    "empty_obj": {},\n    "list": [\n      1,\n      -2.5,\n      null,\n      true,\n      false,\n      {\n        "k": "\\u00e9"\n      }\n    ]\n  },\n  "num": [\n    0.1,\n    123456789.125,\n    3\n  ],\n  "\\u00fcn\\u00ef": 1\n}';
    expect(dumps(value)).toBe(python);
    // the same value through the hand-written writer (the sort_keys path), keys already sorted
    const sorted = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(sorted)
        : v !== null && typeof v === 'object'
          ? Object.fromEntries(
              Object.keys(v)
                .sort()
                .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
            )
          : v;
    expect(dumps(sorted(value), { sortKeys: true })).toBe(dumps(sorted(value)));
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
