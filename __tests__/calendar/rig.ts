/**
 * Test helper: reads a vendored scenario (test-data/scenarios/NAME) the way the fake server
 * serves it at a run's frozen time (`_rig.visible_from` hides, `_rig.patches` apply).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dict } from '../../src/lib/py/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test-data/scenarios');

export function readJson(scenario: string, rel: string): any {
  return JSON.parse(fs.readFileSync(path.join(ROOT, scenario, rel), 'utf8'));
}

export function exists(scenario: string, rel: string): boolean {
  return fs.existsSync(path.join(ROOT, scenario, rel));
}

/** visible records at `now` (UTC ISO), patched, without `_rig` */
export function atTime(records: Dict[], now: string): Dict[] {
  const out: Dict[] = [];
  for (const r of records) {
    const rig = r._rig;
    if (rig?.visible_from && rig.visible_from > now) continue;
    const copy: Dict = { ...r };
    for (const p of rig?.patches ?? []) if (p.from <= now) Object.assign(copy, p.set);
    delete copy._rig;
    out.push(copy);
  }
  return out;
}

export function runAt(scenario: string, run: number): string {
  return readJson(scenario, 'dataset/scenario.json').runs[run - 1].at;
}
