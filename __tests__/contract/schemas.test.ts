/**
 * The published JSON Schemas (schemas/) are generated from the valibot models and must match a
 * fresh generation byte for byte; they carry the contract version and their tagged-file $id.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { CONTRACT_FILES, CONTRACT_VERSION, type ContractFileName } from '../../src/contract/index.js';
import { buildJsonSchema, renderJsonSchema, schemaFileName, SCHEMA_BASE_URL } from '../../src/contract/json-schema.js';

const FILES = Object.keys(CONTRACT_FILES) as ContractFileName[];
const SCHEMAS_DIR = path.resolve('schemas');

describe('published schemas', () => {
  test('schemas/ holds exactly one schema per contract file', () => {
    expect(readdirSync(SCHEMAS_DIR).sort()).toEqual(FILES.map(schemaFileName).sort());
    expect(FILES.sort()).toEqual(['ftp_history.json', 'history.json', 'intervals.json', 'latest.json', 'routes.json']);
  });

  test.each(FILES)('%s: committed schema equals a fresh generation (run `npm run schemas` after changing src/contract)', (file) => {
    const committed = readFileSync(path.join(SCHEMAS_DIR, schemaFileName(file)), 'utf8');
    const fresh = renderJsonSchema(file);
    if (committed !== fresh) {
      throw new Error(`schemas/${schemaFileName(file)} is stale: run \`npm run schemas\` and commit the result`);
    }
    expect(fresh.endsWith('}\n')).toBe(true);
  });

  test.each(FILES)('%s: generation is deterministic and names its id, title and contract version', (file) => {
    expect(renderJsonSchema(file)).toBe(renderJsonSchema(file));
    const schema = buildJsonSchema(file);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`${SCHEMA_BASE_URL}${schemaFileName(file)}`);
    expect(schema.$id).toMatch(/^https:\/\/raw\.githubusercontent\.com\/crankaddict\/intervals-mirror\/v1\/schemas\//);
    expect(schema.title).toContain(file);
    expect(schema.description).toContain(`version ${CONTRACT_VERSION}`);
    expect(CONTRACT_VERSION).toBe('3.128');
  });

  test.each(FILES)('%s: every schema compiles under ajv strict mode, open and strict forms', (file) => {
    for (const strict of [false, true]) {
      const ajv = new Ajv2020({ strict: true });
      expect(() => ajv.compile(buildJsonSchema(file, { strict }))).not.toThrow();
    }
  });

  test('the published form is open (minor additions validate); the strict form closes every named object', () => {
    const open = JSON.stringify(buildJsonSchema('routes.json'));
    const strict = JSON.stringify(buildJsonSchema('routes.json', { strict: true }));
    expect(open).not.toContain('"additionalProperties":false');
    expect(strict).toContain('"additionalProperties":false');
    const doc = { generated_at: '2025-06-10T07:00:00', sync_version: '3.128', script_hash: 'x', events: [], added_later: 1 };
    expect(new Ajv2020().compile(buildJsonSchema('routes.json'))(doc)).toBe(true);
    expect(new Ajv2020().compile(buildJsonSchema('routes.json', { strict: true }))(doc)).toBe(false);
  });
});
