/**
 * parseApiBaseUrl: the one rule for the CLI's --api-base-url and the action's api-base-url.
 */
import { describe, it, expect } from '@jest/globals';
import { ConfigError, DEFAULT_API_BASE_URL, parseApiBaseUrl } from '../../src/config.js';

describe('parseApiBaseUrl', () => {
  it('accepts absolute http(s) URLs, trimmed and without trailing slashes; empty is the public API', () => {
    expect(parseApiBaseUrl(undefined)).toBe(DEFAULT_API_BASE_URL);
    expect(parseApiBaseUrl('  ')).toBe(DEFAULT_API_BASE_URL);
    expect(parseApiBaseUrl(' https://intervals.icu/api/v1/ ')).toBe('https://intervals.icu/api/v1');
    expect(parseApiBaseUrl('http://127.0.0.1:8080/api/v1')).toBe('http://127.0.0.1:8080/api/v1');
    expect(parseApiBaseUrl('HTTPS://Intervals.ICU')).toBe('https://intervals.icu');
  });

  it.each([
    ['a bare host', 'intervals.icu/api/v1'],
    ['a relative path', '/api/v1'],
    ['another scheme', 'ftp://intervals.icu/api/v1'],
    ['file:', 'file:///etc/passwd'],
    ['javascript:', 'javascript:alert(1)'],
    ['no host', 'http:///api/v1'],
    ['a scheme without //', 'https:intervals.icu/api/v1'],
    ['user and password', 'https://API_KEY:abcdef@intervals.icu/api/v1'],
    ['a user only', 'https://me@intervals.icu/api/v1'],
    ['a query', 'https://intervals.icu/api/v1?key=abc'],
    ['an empty query', 'https://intervals.icu/api/v1?'],
    ['a fragment', 'https://intervals.icu/api/v1#top'],
    ['a space inside', 'https://intervals.icu/api/v1 --days 7'],
  ])('refuses %s with a ConfigError naming the input', (_n, raw) => {
    let err: unknown;
    try {
      parseApiBaseUrl(raw);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(/^api-base-url must be an absolute http\(s\) URL such as https:\/\/intervals\.icu\/api\/v1/);
    expect((err as Error).message).not.toContain('abcdef');
    expect((err as Error).message).not.toContain('\n');
  });
});
