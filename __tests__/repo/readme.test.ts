/**
 * The README is written for a newcomer who reads only it: the user's path first (what, workflow,
 * permissions, reference, versions, fixes, migration, privacy), the developer's after, and the
 * developer quick start stays the two commands that work on a fresh clone.
 */
import { describe, it, expect } from '@jest/globals';
import { promises as fs } from 'node:fs';

const ORDER = [
  'The workflow',
  'Permissions',
  'Inputs and outputs',
  'Versioning and upgrading',
  'Troubleshooting',
  'Migrating from sync.py',
  'Privacy',
  'Developing',
  'How it works',
  'Credits and licence',
];

describe('README.md', () => {
  it('has the sections in the order a user needs them', async () => {
    const headings = (await fs.readFile('README.md', 'utf8'))
      .split('\n')
      .filter((l) => l.startsWith('## '))
      .map((l) => l.slice(3).trim());
    expect(headings.filter((h) => ORDER.includes(h))).toEqual(ORDER);
  });

  it('keeps the developer quick start to exactly two commands', async () => {
    const readme = await fs.readFile('README.md', 'utf8');
    const developing = readme.slice(readme.indexOf('## Developing'));
    const block = /```bash\n([\s\S]*?)```/.exec(developing)?.[1];
    expect(block).toBe('npm ci && npm run demo\nnpm test\n');
  });

  it('shows how to pin by tag and by SHA, and credits the origin', async () => {
    const readme = await fs.readFile('README.md', 'utf8');
    expect(readme).toMatch(/uses: crankaddict\/intervals-mirror@v1\n/);
    expect(readme).toContain('`@v1.0.0`');
    expect(readme).toMatch(/full commit SHA> # v1\.0\.0/);
    expect(readme).toContain('package-ecosystem: github-actions');
    expect(readme).toMatch(/CrankAddict\/section-11.*`examples\/sync\.py`, MIT licence/s);
  });
});
