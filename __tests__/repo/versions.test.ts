/** The version a release is tagged with is named in three places; they must agree. */
import { describe, it, expect } from '@jest/globals';
import { promises as fs } from 'node:fs';
import { PRODUCER_VERSION } from '../../src/version.js';
import { producerVersion, topChangelogEntry } from '../../scripts/release.mjs';

describe('versions', () => {
  it('package.json, PRODUCER_VERSION and the top CHANGELOG entry name the same version', async () => {
    const pkg = JSON.parse(await fs.readFile('package.json', 'utf8'));
    const changelog = await fs.readFile('CHANGELOG.md', 'utf8');
    const top = topChangelogEntry(changelog);
    expect({ pkg: pkg.version, producer: PRODUCER_VERSION, changelog: top?.version }).toEqual({
      pkg: PRODUCER_VERSION,
      producer: pkg.version,
      changelog: pkg.version,
    });
    // the release script reads src/version.ts as text: its reading must be the module's value
    expect(producerVersion(await fs.readFile('src/version.ts', 'utf8'))).toBe(PRODUCER_VERSION);
  });

  it('the CHANGELOG keeps an Unreleased section above the releases, each dated', async () => {
    const changelog = await fs.readFile('CHANGELOG.md', 'utf8');
    const headings = changelog.split('\n').filter((l) => l.startsWith('## '));
    expect(headings[0]).toBe('## [Unreleased]');
    for (const h of headings.slice(1)) expect(h).toMatch(/^## \[\d+\.\d+\.\d+\] - \d{4}-\d{2}-\d{2}$/);
    expect(topChangelogEntry(changelog)?.notes).toMatch(/### Added/);
  });
});
