import { describe, it, expect } from '@jest/globals';
import { formatBytes, sizeReport } from '../../src/publish/sizes.js';

const MB = 1024 * 1024;

describe('sizeReport', () => {
  it('gives one row per file, sorted, with its size and ~4-bytes-per-token estimate', () => {
    const r = sizeReport({
      files: { 'latest.json': 150_000, 'latest.md': 7_391, 'ftp_history.json': 223 },
      archiveCount: 10,
      repoTotalBytes: 2 * MB,
    });
    expect(r.rows).toEqual([
      { file: 'ftp_history.json', bytes: 223, size: '223 B', tokens: 56 },
      { file: 'latest.json', bytes: 150_000, size: '146.5 KB', tokens: 37_500 },
      { file: 'latest.md', bytes: 7_391, size: '7.2 KB', tokens: 1848 },
    ]);
    expect(r.warning).toBeNull();
  });

  it('warns once, naming archive-keep-days, when the archive nears the file limit', () => {
    const r = sizeReport({ files: { 'latest.json': 1 }, archiveCount: 3_999, repoTotalBytes: MB });
    expect(r.warning).toMatch(/4,000 files \(80% of 5,000\).*archive-keep-days/);
    expect(sizeReport({ files: { 'latest.json': 1 }, archiveCount: 3_998, repoTotalBytes: MB }).warning).toBeNull();
  });

  it('warns when the repository nears the size limit, in the same single warning as the file count', () => {
    expect(sizeReport({ files: {}, archiveCount: 10, repoTotalBytes: 85 * MB }).warning).toMatch(/85\.0 MB \(85% of 100\.0 MB\)/);
    const both = sizeReport({ files: {}, archiveCount: 4_500, repoTotalBytes: 95 * MB }).warning!;
    expect(both).toMatch(/4,500 files.* and 95\.0 MB/);
    expect(both.split('archive-keep-days')).toHaveLength(2);
  });

  it('formats bytes', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(3 * MB)).toBe('3.0 MB');
  });
});
