export class ReleaseError extends Error {}
export function parseVersion(raw: string | undefined): { version: string; major: number; minor: number; patch: number };
export function topChangelogEntry(changelog: string): { version: string; heading: string; notes: string } | null;
export function producerVersion(source: string): string | null;
export function checkVersions(root: string, version: string): Promise<{ version: string; heading: string; notes: string }>;
export function release(opts: {
  version: string | undefined;
  root?: string;
  log?: (line: string) => void;
}): Promise<{ tag: string; majorTag: string; movedMajor: boolean; commit: string; notes: string }>;
