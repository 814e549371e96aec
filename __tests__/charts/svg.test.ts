/** The SVG writer: escaping, the one number format, scales, ticks and gapped paths. */
import { describe, expect, it } from '@jest/globals';
import { dayNumber, el, esc, gappedPath, isoDay, linear, niceDomain, niceTicks, num, text } from '../../src/render/charts/svg.js';

describe('svg writer', () => {
  it('escapes text and attributes, and drops absent attributes', () => {
    expect(esc('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
    expect(el('rect', { x: 1.006, y: null, fill: 'x"y', 'data-a': undefined })).toBe('<rect x="1.01" fill="x&quot;y"/>');
    expect(el('g', {}, ['<a/>', '<b/>'])).toBe('<g><a/><b/></g>');
    expect(text(1, 2, '</text><script>')).toBe('<text x="1" y="2">&lt;/text&gt;&lt;script&gt;</text>');
  });

  it('writes numbers one way: at most two decimals, no trailing zeros, no -0, no exponent', () => {
    expect(num(12)).toBe('12');
    expect(num(12.5)).toBe('12.5');
    expect(num(12.345678)).toBe('12.35');
    expect(num(-0.001)).toBe('0');
    expect(num(1e-7)).toBe('0');
    expect(num(123456789.123)).toBe('123456789.12');
    expect(num(12.3456, 1)).toBe('12.3');
    expect(() => num(Number.NaN)).toThrow(RangeError);
  });

  it('maps through linear scales and back', () => {
    const s = linear([0, 50], [250, 50]);
    expect(s(0)).toBe(250);
    expect(s(25)).toBe(150);
    expect(s.invert(150)).toBe(25);
    expect(linear([5, 5], [0, 100])(5)).toBe(50);
  });

  it('picks round ticks and domains', () => {
    expect(niceTicks(0, 50, 5)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(niceDomain(-12.3, 41.7, 5)).toEqual([-20, 60]);
    expect(niceTicks(-10, 10, 4)).toEqual([-10, -5, 0, 5, 10]);
  });

  it('breaks a path at every missing point instead of drawing it at zero', () => {
    const { d, runs } = gappedPath([[0, 10], [1, 11], null, [3, 13], null, null, [6, 16], [7, 17]]);
    expect(d).toBe('M0 10L1 11M3 13M6 16L7 17');
    expect(runs.map((r) => r.length)).toEqual([2, 1, 2]);
    expect(gappedPath([null, null]).d).toBe('');
  });

  it('counts calendar days across month and year ends', () => {
    expect(dayNumber('2025-01-01')! - dayNumber('2024-12-31')!).toBe(1);
    expect(isoDay(dayNumber('2024-02-29T08:00:00')!)).toBe('2024-02-29');
    expect(dayNumber('nope')).toBeNull();
    expect(dayNumber(null)).toBeNull();
  });
});
