// Writes the Inputs and Outputs tables of README.md from action.yml, between the two markers
// below, so the README cannot drift from what the action accepts.
//
//   node scripts/readme-inputs.mjs           rewrite README.md
//   node scripts/readme-inputs.mjs --check   exit 1 when README.md is not what it would write
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const START_MARKER = '<!-- action-reference:start (generated from action.yml by `npm run readme`; edit action.yml) -->';
export const END_MARKER = '<!-- action-reference:end -->';

/** One table cell: one line, pipes escaped. */
function cell(text) {
  return String(text ?? '')
    .trim()
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|');
}

function code(text) {
  const t = cell(text);
  if (t === '') return '`""`';
  return t.includes('`') ? `\`\` ${t} \`\`` : `\`${t}\``;
}

/** The markdown between the markers for an action.yml text. */
export function renderReference(actionYml) {
  const action = parse(actionYml);
  const inputs = Object.entries(action.inputs ?? {});
  const outputs = Object.entries(action.outputs ?? {});
  const lines = ['### Inputs', '', '| Input | Required | Default | Description |', '|---|---|---|---|'];
  for (const [name, spec] of inputs) {
    const required = spec?.required === true || spec?.required === 'true';
    const dflt = spec?.default === undefined ? '' : code(spec.default);
    lines.push(`| \`${name}\` | ${required ? 'yes' : 'no'} | ${dflt} | ${cell(spec?.description)} |`);
  }
  lines.push('', '### Outputs', '', '| Output | Description |', '|---|---|');
  for (const [name, spec] of outputs) lines.push(`| \`${name}\` | ${cell(spec?.description)} |`);
  return lines.join('\n');
}

/** README text with the generated part replaced; throws when the markers are missing. */
export function updateReadme(readme, actionYml) {
  const start = readme.indexOf(START_MARKER);
  const end = readme.indexOf(END_MARKER);
  if (start < 0 || end < start) throw new Error(`README.md needs the two markers ${START_MARKER} and ${END_MARKER}, in that order`);
  return `${readme.slice(0, start + START_MARKER.length)}\n${renderReference(actionYml)}\n${readme.slice(end)}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const readmePath = path.join(PROJECT_ROOT, 'README.md');
  const [readme, actionYml] = await Promise.all([
    fs.readFile(readmePath, 'utf8'),
    fs.readFile(path.join(PROJECT_ROOT, 'action.yml'), 'utf8'),
  ]);
  let next;
  try {
    next = updateReadme(readme, actionYml);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md inputs/outputs differ from action.yml: run `npm run readme` and commit README.md');
      process.exit(1);
    }
    console.log('README.md inputs/outputs match action.yml');
  } else if (next !== readme) {
    await fs.writeFile(readmePath, next);
    console.log('README.md inputs/outputs rewritten from action.yml');
  } else console.log('README.md inputs/outputs already match action.yml');
}
