/** str()/repr() of JSON values as the calendar's f-strings and sort keys print them (CPython 3.11). */
import { pyRepr, pyStr } from '../../src/lib/py/index.js';

describe('Python str() and repr() of JSON values', () => {
  it('scalars print as Python prints them', () => {
    expect(pyStr(null)).toBe('None');
    expect(pyStr(true)).toBe('True');
    expect(pyStr(3)).toBe('3');
    expect(pyStr(0.1)).toBe('0.1');
    expect(pyStr(1e-7)).toBe('1e-07');
    expect(pyStr('Gran Fondo')).toBe('Gran Fondo');
  });

  it('containers print in repr form, not as JavaScript joins them', () => {
    expect(pyStr([1, 'x', null])).toBe("[1, 'x', None]");
    expect(pyStr({ a: 1.5, b: [true] })).toBe("{'a': 1.5, 'b': [True]}");
  });

  it('repr of a str picks its quotes and escapes as CPython does', () => {
    expect(pyRepr('plain')).toBe("'plain'");
    expect(pyRepr("it's")).toBe('"it\'s"');
    expect(pyRepr('both \' and "')).toBe("'both \\' and \"'");
    expect(pyRepr('a\\b\n\t\u0001')).toBe("'a\\\\b\\n\\t\\x01'");
  });
});
