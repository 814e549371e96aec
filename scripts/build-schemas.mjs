// Writes schemas/<file>.schema.json from the valibot contract models (src/contract). The output
// is deterministic; a test fails when the committed schemas differ from a fresh generation.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const outDir = path.resolve(process.argv[2] ?? path.join(root, 'schemas'));
const contract = await tsImport(path.join(root, 'src/contract/index.ts'), import.meta.url);
const { renderJsonSchema, schemaFileName } = await tsImport(path.join(root, 'src/contract/json-schema.ts'), import.meta.url);
await fs.mkdir(outDir, { recursive: true });
for (const file of Object.keys(contract.CONTRACT_FILES)) {
  const target = path.join(outDir, schemaFileName(file));
  await fs.writeFile(target, renderJsonSchema(file));
  console.log(`wrote ${path.relative(root, target)}`);
}
