/**
 * The README's dashboard section: its content copies latest.json, its links are relative to the
 * README at the root (through the output folder), and placing it leaves the rest of the user's
 * README byte for byte as it was.
 */
import { describe, expect, it } from '@jest/globals';
import { dumps } from '../../src/lib/py/json.js';
import type { Dict } from '../../src/lib/py/index.js';
import { renderCharts } from '../../src/render/charts/index.js';
import { mdText, placeSection, relativeLink, renderSection, sectionMarkers, todaysCall } from '../../src/render/readme-section.js';
import { updateReadme } from '../../src/publish/github/readme-line.js';
import { goldenPair } from './svg-reader.js';

const STAMP = '2025-02-20 08:00:00 UTC';

async function runOutputs(): Promise<{ latest: Dict; outputs: Record<string, string> }> {
  const { latest, history } = await goldenPair('sick-athlete/goldens/run-1');
  return { latest, outputs: { 'latest.json': dumps(latest), 'history.json': dumps(history), ...renderCharts(latest, history) } };
}

describe('section content', () => {
  it('has the badge, the call, the numbers, the charts, the links and the sync line, by relative paths', async () => {
    const { latest, outputs } = await runOutputs();
    const files = new Set([...Object.keys(outputs), 'latest.md']);
    const s = renderSection({ latest, dir: 'data/alice', syncedAt: STAMP, files });
    const lines = s.split('\n');
    expect(lines[0]).toBe('<!-- intervals-mirror:start dir=data/alice -->');
    expect(lines[lines.length - 1]).toBe('<!-- intervals-mirror:end dir=data/alice -->');
    expect(s).toContain(
      '![Readiness: SKIP, priority 0](data/alice/charts/readiness.svg) **SKIP** today (priority 0): P0 safety stop. RI 0.58 &lt; 0.6; tier-1 alarms: recovery\\_index, hrv, rhr.',
    );
    expect(s).toContain(
      'Fitness (CTL) 37.11 · fatigue (ATL) 28.41 · form (TSB) 8.7 · ramp rate -2.12 · phase Build · next race Spring 10 mile (RACE\\_A) on 2025-04-06, in 45 days.',
    );
    for (const chart of ['fitness', 'weekly-load', 'intensity'])
      expect(s).toMatch(new RegExp(`!\\[[^\\]]+\\]\\(data/alice/charts/${chart}\\.svg\\)`));
    expect(s).toContain(
      'Data: [latest.md](data/alice/latest.md) · [latest.json](data/alice/latest.json) · [history.json](data/alice/history.json)',
    );
    expect(s).toContain(`**Last successful sync:** ${STAMP}`);
    expect(s).not.toMatch(/\]\((\/|https?:)/); // nothing absolute
    // at the root there is no folder in the marker or the paths
    const root = renderSection({ latest, dir: '', syncedAt: STAMP, files });
    expect(root.split('\n')[0]).toBe('<!-- intervals-mirror:start -->');
    expect(root).toContain('](charts/fitness.svg)');
  });

  it('copies values, not numbers of its own, and neutralises Markdown in copied text', async () => {
    const { latest } = await goldenPair('sick-athlete/goldens/run-1');
    const l = structuredClone(latest);
    l.readiness_decision.reason = 'Go [click](http://x) <img src=x> *now* <!-- intervals-mirror:end -->';
    const call = todaysCall(l);
    expect(call).toBe(
      '**SKIP** today (priority 0): Go \\[click\\](http://x) &lt;img src=x&gt; \\*now\\* &lt;\\!-- intervals-mirror:end --&gt;',
    );
    l.readiness_decision = null;
    expect(todaysCall(l)).toBe('No readiness decision today (latest.json has none).');
    expect(mdText('a\nb|c')).toBe('a b\\|c');
    expect(relativeLink('my data', 'charts/x.svg')).toBe('my%20data/charts/x.svg');
  });
});

describe('placing the section', () => {
  const section = (dir: string, body: string) => {
    const { start, end } = sectionMarkers(dir);
    return `${start}\n${body}\n${end}`;
  };

  it('creates a minimal README, appends to one without markers, replaces its own section only', () => {
    const created = placeSection(null, '', section('', 'v1'));
    expect(created.startsWith('# ')).toBe(true);
    expect(created).toContain(section('', 'v1'));

    const user = '# My rides\n\nNotes I wrote.\n';
    const appended = placeSection(user, '', section('', 'v1'));
    expect(appended).toBe(`${user}\n${section('', 'v1')}\n`);
    expect(placeSection('# x', '', section('', 'v1'))).toBe(`# x\n\n${section('', 'v1')}\n`);

    const edited = appended.replace('# My rides', '# My rides (edited)') + 'More notes after.\n';
    const replaced = placeSection(edited, '', section('', 'v2'));
    expect(replaced).toBe(edited.replace('v1', 'v2'));
    // idempotent
    expect(placeSection(replaced, '', section('', 'v2'))).toBe(replaced);
  });

  it('keeps one section per output folder', () => {
    let r = placeSection('# Team\n', 'alice', section('alice', 'A1'));
    r = placeSection(r, 'bob', section('bob', 'B1'));
    r = placeSection(r, '', section('', 'R1'));
    r = placeSection(r, 'alice', section('alice', 'A2'));
    expect(r).toBe(`# Team\n\n${section('alice', 'A2')}\n\n${section('bob', 'B1')}\n\n${section('', 'R1')}\n`);
  });

  it('keeps CRLF line endings, and loses nothing when the end marker was deleted', () => {
    const crlf = '# Data\r\nmine\r\n';
    const placed = placeSection(crlf, '', section('', 'v1'));
    expect(placed).toBe(`# Data\r\nmine\r\n\r\n${section('', 'v1').split('\n').join('\r\n')}\r\n`);
    const broken = '# Data\n<!-- intervals-mirror:start -->\nold stuff\nuser text\n';
    expect(placeSection(broken, '', section('', 'v2'))).toBe(`# Data\n${section('', 'v2')}\nold stuff\nuser text\n`);
  });
});

describe('updateReadme', () => {
  it('writes the section when the run has charts, and keeps sync lines outside it current', async () => {
    const { outputs } = await runOutputs();
    const readme = '# Data\n> **Last successful sync:** never\n';
    const next = updateReadme(readme, { outputs, dir: '', human: STAMP })!;
    expect(next.startsWith(`# Data\n> **Last successful sync:** ${STAMP}\n\n<!-- intervals-mirror:start -->\n`)).toBe(true);
    expect(next.match(/Last successful sync:\*\* 2025-02-20 08:00:00 UTC/g)).toHaveLength(2);
    expect(updateReadme(null, { outputs, dir: 'data', human: STAMP })).toContain('](data/charts/fitness.svg)');
    // the next sync replaces the section in place
    const later = updateReadme(next, { outputs, dir: '', human: '2025-02-21 08:00:00 UTC' })!;
    expect(later).toBe(next.split(STAMP).join('2025-02-21 08:00:00 UTC'));
  });

  it('without charts, keeps the reference behaviour: only an existing sync line is updated', async () => {
    const { outputs } = await runOutputs();
    const bare = { 'latest.json': outputs['latest.json'] };
    expect(updateReadme('# Data\n**Last successful sync:** old\n', { outputs: bare, dir: '', human: STAMP })).toBe(
      `# Data\n**Last successful sync:** ${STAMP}\n`,
    );
    expect(updateReadme('# Data\n', { outputs: bare, dir: '', human: STAMP })).toBeNull();
    expect(updateReadme(null, { outputs: bare, dir: '', human: STAMP })).toBeNull();
  });
});
