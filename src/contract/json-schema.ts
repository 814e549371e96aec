/**
 * JSON Schema (draft 2020-12) of each contract file, generated from the valibot models. The
 * published schemas (schemas/*.schema.json) are the open form: unknown keys are allowed so that a
 * consumer keeps validating when a minor contract version adds an optional field. The strict form
 * (`additionalProperties: false` on every closed object) is what tests check outputs against.
 */
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import type * as v from 'valibot';
import { CONTRACT_VERSION } from '../version.js';
import { Race } from './race-calendar.js';
import { Alert } from './readiness.js';
import { RecentActivity, PlannedWorkout } from './activities.js';
import { CONTRACT_FILES, type ContractFileName } from './index.js';
import { strictVariant } from './shape.js';
import { Climb, Descent, RouteTerrainSummary, TerrainSummary } from './terrain.js';
import { DfaBlock, DfaCrossing } from './dfa.js';
import { DailyRow, MonthlyRow, WeeklyRow } from './history.js';

export const SCHEMA_BASE_URL = 'https://raw.githubusercontent.com/crankaddict/intervals-mirror/v1/schemas/';

const DESCRIPTIONS: Record<ContractFileName, [string, string]> = {
  'latest.json': [
    'latest.json',
    'Current snapshot for AI coaches: Section 11 derived metrics, readiness decision, alerts, recent activities, wellness, plan and race calendar.',
  ],
  'history.json': [
    'history.json',
    'Longitudinal view: 90 daily rows, 180-day weekly rows with back-filled phases, monthly tiers, summaries, FTP timeline and data gaps.',
  ],
  'intervals.json': [
    'intervals.json',
    'Per-interval segments and DFA a1 blocks of recent activities, with the per-activity fetch state that drives retries.',
  ],
  'routes.json': ['routes.json', 'Terrain analysis of GPX/TCX route files attached to calendar events.'],
  'ftp_history.json': ['ftp_history.json', 'Set FTP values over time, indoor and outdoor, keyed by the date each value took effect.'],
};

/** Named sub-models emitted once under $defs and referenced from every use. */
const DEFINITIONS: Record<ContractFileName, Record<string, v.GenericSchema>> = {
  'latest.json': { TerrainSummary, Climb, Descent, Alert, RecentActivity, PlannedWorkout, Race },
  'history.json': { DailyRow, WeeklyRow, MonthlyRow },
  'intervals.json': { DfaBlock, DfaCrossing },
  'routes.json': { RouteTerrainSummary, Climb, Descent },
  'ftp_history.json': {},
};

export function schemaFileName(file: ContractFileName): string {
  return file.replace(/\.json$/, '.schema.json');
}

export function buildJsonSchema(file: ContractFileName, { strict = false }: { strict?: boolean } = {}): JsonSchema {
  const pick = <T extends v.GenericSchema>(s: T): T => (strict ? strictVariant(s) : s);
  const definitions = Object.fromEntries(Object.entries(DEFINITIONS[file]).map(([k, s]) => [k, pick(s)]));
  const body = toJsonSchema(pick(CONTRACT_FILES[file] as v.GenericSchema), {
    target: 'draft-2020-12',
    definitions,
    errorMode: 'throw',
    // JSON numbers are finite by construction; JSON Schema has no keyword for it
    ignoreActions: ['finite'],
  });
  const [title, what] = DESCRIPTIONS[file];
  const { $schema, ...rest } = body;
  return {
    $schema,
    $id: `${SCHEMA_BASE_URL}${schemaFileName(file)}`,
    title: `intervals-mirror ${title}${strict ? ' (strict)' : ''}`,
    description: `${what} Output contract version ${CONTRACT_VERSION} (Section 11 sync.py v${CONTRACT_VERSION} field set).`,
    ...rest,
  };
}

/** The published text of a schema file: two-space JSON with a trailing newline. */
export function renderJsonSchema(file: ContractFileName): string {
  return `${JSON.stringify(buildJsonSchema(file), null, 2)}\n`;
}
