// Bundles each entry point with @vercel/ncc into dist/<name>.js (ESM; dist/package.json marks the
// folder as a module so node runs the bundles as ESM). A dynamic import() becomes a chunk that ncc
// names <id>.index.js and the bundle loads from beside itself: the CLI keeps `demo` and `bench`
// (the fake server, Octokit for the demo's README) out of what a `sync` loads, and both entries load
// the derive/render code (src/outputs.ts) while a run's requests are in flight, so those chunks
// ship in dist/ too.
import ncc from '@vercel/ncc';
import { promises as fs } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const entries = { index: 'src/index.ts', cli: 'src/cli.ts' };
const dist = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
await fs.rm(dist, { recursive: true, force: true });
await fs.mkdir(dist, { recursive: true });
const CHUNK = /^\d+\.index\.js$/;
/** chunk file → its code, across entries (two entries must not emit different chunks of one name) */
const chunks = new Map();
for (const [name, entry] of Object.entries(entries)) {
  const { code, assets } = await ncc(path.join(root, entry), {
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2022',
  });
  if (code.includes('webpackMissingModule')) throw new Error(`${entry}: bundle has a missing module`);
  await fs.writeFile(path.join(dist, `${name}.js`), code);
  for (const [file, asset] of Object.entries(assets ?? {})) {
    if (!CHUNK.test(file)) continue;
    const chunk = String(asset.source);
    if (chunk.includes('webpackMissingModule')) throw new Error(`${entry}: chunk ${file} has a missing module`);
    if (chunks.has(file) && chunks.get(file) !== chunk) throw new Error(`${entry}: chunk ${file} differs from another entry's`);
    chunks.set(file, chunk);
    await fs.writeFile(path.join(dist, file), chunk);
  }
  const stray = Object.keys(assets ?? {}).filter((f) => f !== 'package.json' && !CHUNK.test(f));
  // the bundles read nothing from beside themselves: an emitted asset means ncc mistook a runtime
  // path for a build-time file, and the built code would point at it
  if (stray.length) throw new Error(`${entry}: unexpected assets ${stray.join(', ')}`);
  if (code.includes('__nccwpck_require__.ab +')) throw new Error(`${entry}: bundle references a relocated asset`);
}
await fs.writeFile(path.join(dist, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
console.log(
  `built ${[...Object.keys(entries), ...[...chunks.keys()].map((f) => f.replace(/\.js$/, ''))]
    .map((n) => path.join(path.relative(process.cwd(), dist) || '.', `${n}.js`))
    .join(', ')}`,
);
