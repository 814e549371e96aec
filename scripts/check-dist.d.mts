export interface DistDiff {
  missing: string[];
  extra: string[];
  changed: string[];
}
export function compareDirs(expectedDir: string, actualDir: string): Promise<DistDiff>;
export function describeDiff(diff: DistDiff): string | null;
export function checkDist(opts?: { root?: string; out?: string }): Promise<string | null>;
