/**
 * Validates written output files against the output contract, twice: with the valibot models
 * (src/contract) and with the JSON Schemas generated from them, compiled by ajv (draft 2020-12).
 * `strict` rejects keys the contract does not name. Call it on every file a test writes:
 *
 *   expect(validateOutputs(result.files, { strict: true })).toEqual([]);
 *
 * Keys are file paths as the pipeline / publisher produce them; contract files are recognised by
 * their base name, archive snapshots (archive/YYYY-MM/YYYYMMDD_HHMMSS.json) are latest.json
 * copies, anything else (README, digests…) is ignored.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import * as v from 'valibot';
import { contractSchema, isContractFile, type ContractFileName } from '../src/contract/index.js';
import { buildJsonSchema } from '../src/contract/json-schema.js';

export interface ValidateOptions {
  strict?: boolean;
}

const ajvCache = new Map<string, ValidateFunction>();

function ajvValidator(file: ContractFileName, strict: boolean): ValidateFunction {
  const key = `${file}:${strict}`;
  let fn = ajvCache.get(key);
  if (!fn) {
    const ajv = new Ajv2020({ allErrors: false, strict: true });
    fn = ajv.compile(buildJsonSchema(file, { strict }));
    ajvCache.set(key, fn);
  }
  return fn;
}

/** The contract file a written path holds, or null for files outside the contract. */
export function contractFileOf(filePath: string): ContractFileName | null {
  const base = filePath.split('/').pop() ?? filePath;
  if (isContractFile(base)) return base;
  if (/(^|\/)archive\/\d{4}-\d{2}\/\d{8}_\d{6}\.json$/.test(filePath)) return 'latest.json';
  return null;
}

/** Problems of one parsed document ("" when valid): valibot issues, then ajv errors. */
export function validateDocument(file: ContractFileName, doc: unknown, { strict = false }: ValidateOptions = {}): string[] {
  const problems: string[] = [];
  const res = v.safeParse(contractSchema(file, { strict }), doc);
  if (!res.success) {
    for (const issue of res.issues.slice(0, 10)) problems.push(`valibot ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
  }
  const fn = ajvValidator(file, strict);
  if (!fn(doc)) {
    for (const e of (fn.errors ?? []).slice(0, 10)) problems.push(`ajv ${e.instancePath || '(root)'}: ${e.message ?? e.keyword}`);
  }
  return problems;
}

/** One line per problem, prefixed with the file path; empty when every contract file validates. */
export function validateOutputs(files: Record<string, string>, options: ValidateOptions = {}): string[] {
  const problems: string[] = [];
  for (const [filePath, text] of Object.entries(files)) {
    const file = contractFileOf(filePath);
    if (!file) continue;
    let doc: unknown;
    try {
      // strict JSON: NaN / Infinity tokens are a contract violation, not something to tolerate
      doc = JSON.parse(text);
    } catch (e) {
      problems.push(`${filePath}: not strict JSON (${(e as Error).message})`);
      continue;
    }
    for (const p of validateDocument(file, doc, options)) problems.push(`${filePath}: ${p}`);
  }
  return problems;
}

/**
 * Every contract file under a folder a test wrote (archive snapshots included), validated as
 * `validateOutputs` does; paths in the problems are relative to the folder.
 */
export async function validateFolder(dir: string, options: ValidateOptions = {}): Promise<string[]> {
  const files: Record<string, string> = {};
  const walk = async (rel: string): Promise<void> => {
    for (const entry of await fs.readdir(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(child);
      else if (contractFileOf(child)) files[child] = await fs.readFile(path.join(dir, child), 'utf8');
    }
  };
  await walk('');
  return validateOutputs(files, options);
}

/** The part of the fake GitHub repository the commit check reads. */
interface CommitHistory {
  log(): Array<{ sha: string; parents: string[]; message: string }>;
  filesAt(commitSha: string | undefined): Record<string, string>;
}

/**
 * The contract files each of the action's commits (those carrying its `Synced-by:` trailer)
 * added or changed, validated as `validateOutputs` does. Files a test seeded are not its output.
 */
export function validateCommits(repo: CommitHistory, options: ValidateOptions = {}): string[] {
  const problems: string[] = [];
  // a commit's files are its child's "before": each tree is read once
  const trees = new Map<string, Record<string, string>>();
  const filesAt = (sha: string): Record<string, string> => {
    let files = trees.get(sha);
    if (!files) trees.set(sha, (files = repo.filesAt(sha)));
    return files;
  };
  for (const commit of repo.log()) {
    if (!/^Synced-by: intervals-mirror /m.test(commit.message)) continue;
    const now = filesAt(commit.sha);
    const before = commit.parents[0] ? filesAt(commit.parents[0]) : {};
    const changed = Object.fromEntries(Object.entries(now).filter(([p, text]) => before[p] !== text));
    for (const p of validateOutputs(changed, options)) problems.push(`${commit.sha.slice(0, 7)} ${p}`);
  }
  return problems;
}
