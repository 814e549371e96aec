/**
 * The output contract as code: valibot models of the five files the action writes. Tool builders
 * and tests validate against these (or the JSON Schemas generated from them under schemas/);
 * derive/ and render/ can type their results with `v.InferOutput<typeof LatestFile>` etc.
 */
import type * as v from 'valibot';
import { CONTRACT_VERSION } from '../version.js';
import { FtpHistoryFile } from './ftp-history.js';
import { HistoryFile } from './history.js';
import { IntervalsFile } from './intervals.js';
import { LatestFile } from './latest.js';
import { RoutesFile } from './routes.js';
import { strictVariant } from './shape.js';

export * from './activities.js';
export * from './capability.js';
export * from './common.js';
export * from './derived-metrics.js';
export * from './dfa.js';
export * from './ftp-history.js';
export * from './history.js';
export * from './intervals.js';
export * from './latest.js';
export * from './race-calendar.js';
export * from './readiness.js';
export * from './routes.js';
export { strictVariant, type DeepPartial, type ReadBack } from './shape.js';
export * from './terrain.js';
export * from './units.js';
export * from './wellness.js';

export { CONTRACT_VERSION };

/** The five contract files by file name. */
export const CONTRACT_FILES = {
  'latest.json': LatestFile,
  'history.json': HistoryFile,
  'intervals.json': IntervalsFile,
  'routes.json': RoutesFile,
  'ftp_history.json': FtpHistoryFile,
} as const satisfies Record<string, v.GenericSchema>;

export type ContractFileName = keyof typeof CONTRACT_FILES;

export function isContractFile(name: string): name is ContractFileName {
  return Object.hasOwn(CONTRACT_FILES, name);
}

/** The model of one file; `strict` rejects keys the contract does not name. */
export function contractSchema(name: ContractFileName, { strict = false }: { strict?: boolean } = {}): v.GenericSchema {
  const schema: v.GenericSchema = CONTRACT_FILES[name];
  return strict ? strictVariant(schema) : schema;
}
