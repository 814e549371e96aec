/**
 * Whole-file golden comparison with the parity kit's rules (test-support/compare.ts: objects
 * order-insensitive, arrays in order, numbers within 1e-9 relative, 1 vs 1.0 equal), skipping
 * exactly the producer-specific paths listed in test-data/contract/volatile.json, plus the
 * enumeration of every vendored golden run.
 */
import { promises as fs, readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { diffJson, type Diff } from './compare.js';

interface VolatileRule {
  file: string;
  path: string;
}

const VOLATILE: VolatileRule[] = JSON.parse(readFileSync(path.resolve('test-data/contract/volatile.json'), 'utf8')).ignore;

/** "a.b[3].c" → ["a", "b", "3", "c"] */
function segments(diffPath: string): string[] {
  return diffPath
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((s) => s !== '');
}

function matches(pattern: string[], segs: string[]): boolean {
  if (pattern.length === 0) return segs.length === 0;
  const [head, ...rest] = pattern;
  if (head === '**') {
    for (let i = 0; i <= segs.length; i++) if (matches(rest, segs.slice(i))) return true;
    return false;
  }
  if (segs.length === 0) return false;
  return (head === '*' || head === segs[0]) && matches(rest, segs.slice(1));
}

/** The parity kit's ignore list: the path or any ancestor of it is listed for this file. */
export function isVolatile(file: string, diffPath: string): boolean {
  const segs = segments(diffPath);
  return VOLATILE.some((rule) => {
    if (rule.file !== '*' && rule.file !== file) return false;
    const pattern = rule.path.split('.');
    for (let n = pattern.length; n <= segs.length; n++) if (matches(pattern, segs.slice(0, n))) return true;
    return false;
  });
}

/** Every difference between a golden document and an output, volatile paths excluded. */
export function diffWholeFile(file: string, golden: unknown, actual: unknown): Diff[] {
  return diffJson(golden, actual).filter((d) => !isVolatile(file, d.path));
}

export interface GoldenRun {
  scenario: string;
  run: string;
  dir: string;
}

/**
 * Every vendored golden run: test-data/goldens/<scenario>/run-N and, for the scenarios whose
 * dataset is vendored too, test-data/scenarios/<scenario>/goldens/run-N.
 */
export function goldenRuns(): GoldenRun[] {
  const out: GoldenRun[] = [];
  const add = (scenario: string, base: string) => {
    if (!existsSync(base)) return;
    for (const run of readdirSync(base).sort()) if (/^run-\d+$/.test(run)) out.push({ scenario, run, dir: path.join(base, run) });
  };
  const goldens = path.resolve('test-data/goldens');
  for (const s of existsSync(goldens) ? readdirSync(goldens).sort() : []) add(s, path.join(goldens, s));
  const scenarios = path.resolve('test-data/scenarios');
  for (const s of existsSync(scenarios) ? readdirSync(scenarios).sort() : []) add(s, path.join(scenarios, s, 'goldens'));
  return out;
}

/** The .json files of a folder, sorted. */
export async function jsonFilesIn(dir: string): Promise<string[]> {
  return (await fs.readdir(dir)).filter((f) => f.endsWith('.json')).sort();
}
