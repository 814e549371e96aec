/**
 * action.yml is what the runner and the Marketplace read, and the README's Inputs and Outputs
 * tables are generated from it (scripts/readme-inputs.mjs): these tests keep the two in step and
 * hold action.yml to the rules users rely on.
 */
import { describe, it, expect } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { parse } from 'yaml';
import { END_MARKER, renderReference, START_MARKER, updateReadme } from '../../scripts/readme-inputs.mjs';

interface ActionYml {
  name: string;
  description: string;
  branding?: { icon?: string; color?: string };
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main: string };
}

const readAction = async () => fs.readFile('action.yml', 'utf8');

describe('action.yml', () => {
  it('runs dist/index.js on node24', async () => {
    const action = parse(await readAction()) as ActionYml;
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    await expect(fs.stat(action.runs.main)).resolves.toBeTruthy();
  });

  it('describes every input and output; names are kebab-case', async () => {
    const action = parse(await readAction()) as ActionYml;
    const names = [...Object.keys(action.inputs), ...Object.keys(action.outputs)];
    expect(names.filter((n) => !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(n))).toEqual([]);
    const undocumented = [...Object.entries(action.inputs), ...Object.entries(action.outputs)]
      .filter(([, spec]) => typeof spec?.description !== 'string' || spec.description.trim().length < 10)
      .map(([n]) => n);
    expect(undocumented).toEqual([]);
  });

  it('requires only the athlete id and the API key; optional inputs carry their default', async () => {
    const action = parse(await readAction()) as ActionYml;
    const required = Object.entries(action.inputs)
      .filter(([, s]) => s.required === true)
      .map(([n]) => n);
    expect(required.sort()).toEqual(['api-key', 'athlete-id']);
    const noDefault = Object.entries(action.inputs)
      .filter(([, s]) => s.required !== true && s.default === undefined)
      .map(([n]) => n);
    expect(noDefault).toEqual([]);
    expect(action.inputs['github-token'].default).toBe('${{ github.token }}');
  });

  it('fits the Marketplace: a name, a description under 125 characters and branding', async () => {
    const action = parse(await readAction()) as ActionYml;
    expect(action.name.length).toBeGreaterThan(0);
    expect(action.description.length).toBeLessThanOrEqual(125);
    expect(action.branding?.icon).toBeTruthy();
    expect(action.branding?.color).toBeTruthy();
  });
});

describe('README tables generated from action.yml', () => {
  it('README.md is exactly what `npm run readme` would write', async () => {
    const [readme, action] = await Promise.all([fs.readFile('README.md', 'utf8'), readAction()]);
    expect(updateReadme(readme, action)).toBe(readme);
  });

  it('the check mode of the script agrees (exit 0 now)', async () => {
    const code = await new Promise<number>((resolve) =>
      execFile(process.execPath, ['scripts/readme-inputs.mjs', '--check'], (err) =>
        resolve(err ? ((err as { code?: number }).code ?? 1) : 0),
      ),
    );
    expect(code).toBe(0);
  });

  it('lists every input and output, in action.yml order, with its default', async () => {
    const action = await readAction();
    const parsed = parse(action) as ActionYml;
    const table = renderReference(action);
    const rows = table.split('\n').filter((l) => /^\| `/.test(l));
    expect(rows.map((r) => r.split('`')[1])).toEqual([...Object.keys(parsed.inputs), ...Object.keys(parsed.outputs)]);
    expect(table).toContain('| `github-token` | no | `${{ github.token }}` |');
    expect(table).toMatch(/\| `athlete-id` \| yes \| {2}\|/);
  });

  it('notices a new input, escapes table syntax, and refuses a README without the markers', () => {
    const yml = [
      'name: x',
      'description: y',
      'inputs:',
      '  new-thing:',
      "    description: 'a | b'",
      "    default: 'z'",
      'outputs:',
      '  done:',
      "    description: 'multi\n\n      line'",
      'runs: {using: node24, main: dist/index.js}',
    ].join('\n');
    const table = renderReference(yml);
    expect(table).toContain('| `new-thing` | no | `z` | a \\| b |');
    expect(table).toContain('| `done` | multi line |');
    const readme = `# t\n${START_MARKER}\nold\n${END_MARKER}\nafter\n`;
    const next = updateReadme(readme, yml);
    expect(next).not.toContain('old');
    expect(next.endsWith(`${END_MARKER}\nafter\n`)).toBe(true);
    expect(updateReadme(next, yml)).toBe(next);
    expect(() => updateReadme('# no markers\n', yml)).toThrow(/markers/);
  });
});
