/**
 * action.yml and the one inputs module agree in both directions: every input the file declares is
 * read by the module with the same default and required flag, and the module reads no input the
 * file lacks. Plus the athlete label's default and validation, and the strict/lenient reads.
 */
import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { INPUT_DEFAULTS, INPUTS, type InputKey, parseAthleteLabel, parseBool, readActionInputs } from '../../src/inputs.js';

const action = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { required?: boolean; default?: string; description?: string }>;
};

describe('action.yml ↔ src/inputs.ts', () => {
  it('declares exactly the inputs the module reads', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(INPUTS).sort());
  });

  it.each(Object.keys(INPUTS) as InputKey[])('%s: same default and required flag', (key) => {
    const declared = action.inputs[INPUTS[key]];
    expect(declared.description).toBeTruthy();
    const dflt = INPUT_DEFAULTS[key];
    if (dflt === null) {
      expect(declared.required).toBe(true);
      expect(declared.default).toBeUndefined();
    } else {
      expect(declared.required).toBe(false);
      expect(declared.default).toBe(dflt);
    }
  });

  it('reads every input by its action.yml name', () => {
    const asked = new Set<string>();
    const values: Record<string, string> = { 'athlete-id': 'i1', 'api-key': 'k', 'github-token': 't', 'output-dir': 'team/alice' };
    readActionInputs(
      (n) => {
        asked.add(n);
        return values[n] ?? '';
      },
      { GITHUB_REPOSITORY: 'coach/data', GITHUB_WORKSPACE: '/tmp/ws' },
    );
    expect([...asked].sort()).toEqual(Object.values(INPUTS).sort());
  });
});

describe('settings', () => {
  const read = (values: Record<string, string>) =>
    readActionInputs((n) => ({ 'athlete-id': 'i1', 'api-key': 'k', 'github-token': 't', ...values })[n] ?? '', {
      GITHUB_REPOSITORY: 'coach/data',
      GITHUB_WORKSPACE: '/tmp/ws',
    });

  it('the athlete label defaults to the last folder of output-dir, none for the root, never the athlete id', () => {
    expect(read({ 'output-dir': 'team/alice' }).publish.athleteLabel).toBe('alice');
    expect(read({ 'output-dir': '.' }).publish.athleteLabel).toBe('');
    expect(read({ 'output-dir': './' }).publish.athleteLabel).toBe('');
    expect(read({ 'athlete-id': 'i123456', 'output-dir': '.' }).publish.athleteLabel).not.toContain('i123456');
    expect(read({ 'output-dir': 'team/[bob]' }).publish.athleteLabel).toBe('bob-');
    expect(read({ 'athlete-label': 'Bob B.' }).publish.athleteLabel).toBe('Bob B.');
  });

  it.each(['a\nb', '**bold**', '<b>', 'x'.repeat(41), '[link](u)', '#1', ' '])(
    'refuses the label %j with one line naming the input',
    (label) => {
      if (label.trim() === '') {
        expect(parseAthleteLabel(label, '')).toBe('');
        return;
      }
      expect(() => read({ 'athlete-label': label })).toThrow(/^athlete-label must be/);
      try {
        read({ 'athlete-label': label });
      } catch (e) {
        expect((e as Error).message).not.toMatch(/\n/);
      }
    },
  );

  it('one boolean parser: YAML core booleans, empty is the default, anything else names the input', () => {
    expect(parseBool('archive', 'True', false)).toBe(true);
    expect(parseBool('archive', '', true)).toBe(true);
    expect(parseBool('archive', 'FALSE', true)).toBe(false);
    expect(() => parseBool('archive', 'yes', true)).toThrow('archive must be true or false (got "yes")');
    expect(() => read({ 'force-history': 'maybe' })).toThrow(/force-history must be true or false/);
    expect(() => read({ digest: '1' })).toThrow(/digest must be true or false/);
  });

  it('protocol inputs: off by default, parsed and validated when set', () => {
    expect(read({}).publish.protocol.files).toEqual([]);
    const p = read({ 'protocol-files': 'SECTION_11.md, templates/report.md', 'protocol-dir': 'docs/s11' }).publish.protocol;
    expect(p.files).toEqual(['SECTION_11.md', 'templates/report.md']);
    expect(p.dir).toBe('docs/s11/');
    expect(() => read({ 'protocol-files': '../secret' })).toThrow(/protocol-files/);
    expect(() => read({ 'protocol-manifest-url': 'file:///etc/passwd' })).toThrow(/protocol-manifest-url/);
  });
});
