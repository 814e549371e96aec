/**
 * The size report of the job summary: each output's size and token estimate, and one warning when
 * the repository nears what AI platforms accept when importing a repository. Gemini's limit is the
 * tightest published one (5,000 files, 100 MB); the archive/ snapshots are what grows without end,
 * so the fix named is archive-keep-days.
 */
import { estimateTokens } from '../render/mirror-index.js';

export const IMPORT_LIMITS = { platform: 'Gemini', maxFiles: 5000, maxBytes: 100 * 1024 * 1024 } as const;
/** warn from this share of a limit */
export const WARN_AT = 0.8;

export interface SizeRow {
  file: string;
  bytes: number;
  /** e.g. "12.3 KB" (1 KB = 1,024 bytes) */
  size: string;
  tokens: number;
}

export interface SizeReport {
  rows: SizeRow[];
  warning: string | null;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function sizeReport(input: { files: Record<string, number>; archiveCount: number; repoTotalBytes: number }): SizeReport {
  const rows = Object.keys(input.files)
    .sort()
    .map((file) => ({ file, bytes: input.files[file], size: formatBytes(input.files[file]), tokens: estimateTokens(input.files[file]) }));
  const fileCount = input.archiveCount + rows.length;
  const fileShare = fileCount / IMPORT_LIMITS.maxFiles;
  const byteShare = input.repoTotalBytes / IMPORT_LIMITS.maxBytes;
  const over: string[] = [];
  if (fileShare >= WARN_AT) {
    over.push(`${fileCount.toLocaleString('en-US')} files (${pct(fileShare)} of ${IMPORT_LIMITS.maxFiles.toLocaleString('en-US')})`);
  }
  if (byteShare >= WARN_AT) over.push(`${formatBytes(input.repoTotalBytes)} (${pct(byteShare)} of ${formatBytes(IMPORT_LIMITS.maxBytes)})`);
  const warning = over.length
    ? `The repository is nearing what ${IMPORT_LIMITS.platform} imports: ${over.join(' and ')}, with ${input.archiveCount.toLocaleString('en-US')} archive snapshots. ` +
      'Set archive-keep-days (e.g. 90) so old snapshots are removed, or archive: false.'
    : null;
  return { rows, warning };
}
