/**
 * The README.md at the repository root, updated in the same commit as the data (and only when
 * the data changed, like every companion output).
 *
 * With charts, the action owns the marked dashboard section of the README (see
 * render/readme-section.ts), which ends with the "Last successful sync" line; a README without
 * the section gets it appended, a repository without a README gets a minimal one.
 *
 * Without charts (charts: false) only the reference workflow's line is kept current:
 * `**Last successful sync:** YYYY-MM-DD HH:MM:SS UTC`, in a README that already has it;
 * everything before the marker on that line and the line ending are kept. Such lines outside
 * the section are kept current with charts too.
 */
import { isDict } from '../../lib/py/index.js';
import { loads } from '../../lib/py/json.js';
import type { LatestRead } from '../../render/read-back.js';
import { CHART_FILES } from '../../render/charts/index.js';
import { placeSection, renderSection, SYNC_LABEL } from '../../render/readme-section.js';

export const SYNC_LINE_MARKER = SYNC_LABEL;
const LINE = /\*\*Last successful sync:\*\*[^\r\n]*/g;

/** The README with every sync line set to `human`, or null when it has no such line. */
export function updateSyncLine(readme: string, human: string): string | null {
  if (!readme.includes(SYNC_LINE_MARKER)) return null;
  return readme.replace(LINE, `${SYNC_LINE_MARKER} ${human}`);
}

export interface ReadmeRun {
  /** this run's outputs (file name relative to the output folder → text) */
  outputs: Record<string, string>;
  /** repository folder of the outputs ('' = root) */
  dir: string;
  /** the run's time, "YYYY-MM-DD HH:MM:SS UTC" */
  human: string;
}

/** This run's latest.json text read back (null when absent or not a JSON object). */
function parsedLatest(text: string | undefined): LatestRead | null {
  if (text === undefined) return null;
  try {
    const v = loads(text);
    return isDict(v) ? (v as LatestRead) : null;
  } catch {
    return null;
  }
}

/**
 * The README's next text (`readme` null = the repository has none), or null when it is not to
 * be written: no charts in the outputs and no sync line to update.
 */
export function updateReadme(readme: string | null, run: ReadmeRun): string | null {
  const latest = parsedLatest(run.outputs['latest.json']);
  if (latest === null || run.outputs[CHART_FILES.fitness] === undefined) return readme === null ? null : updateSyncLine(readme, run.human);
  // history.json stays in the folder on runs that do not rebuild it
  const files = new Set([...Object.keys(run.outputs), 'history.json']);
  const section = renderSection({ latest, dir: run.dir, syncedAt: run.human, files });
  const placed = placeSection(readme, run.dir, section);
  return updateSyncLine(placed, run.human) ?? placed;
}
