/**
 * The README section as a person sees it: the section is rendered from GitHub-flavoured Markdown
 * with marked, served with its SVG files on 127.0.0.1 and opened in a real headless Chromium on
 * a light and a dark page. Every chart must load, be drawn (its screenshot is not blank and
 * stands out from the page colour), keep its text inside its frame, and show as many points
 * and bars as the data has.
 *
 * Screenshots go to $TMPDIR/intervals-mirror-dashboard/ (outside the repository) for a human look.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { marked } from 'marked';
import { chromium, type Browser, type Page } from 'playwright-core';
import { dumps } from '../../src/lib/py/json.js';
import type { Dict } from '../../src/lib/py/index.js';
import { updateReadme } from '../../src/publish/github/readme-line.js';
import { CHART_FILES, renderCharts } from '../../src/render/charts/index.js';
import { goldenPair } from '../charts/svg-reader.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const THEMES = [
  { name: 'light', bg: '#ffffff', fg: '#1f2328', rgb: [255, 255, 255] },
  { name: 'dark', bg: '#0d1117', fg: '#e6edf3', rgb: [13, 17, 23] },
] as const;
const SHOTS = path.join(os.tmpdir(), 'intervals-mirror-dashboard');
const DIR = 'data';

let root: string;
let server: http.Server;
let base: string;
let browser: Browser;
let latest: Dict;
let history: Dict;

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.svg': 'image/svg+xml', '.json': 'application/json' };

beforeAll(async () => {
  await fs.access(CHROMIUM).catch(() => {
    throw new Error(`${CHROMIUM} is missing: install it with apt-get update && apt-get install -y chromium`);
  });
  ({ latest, history } = await goldenPair('sick-athlete/goldens/run-1'));
  const outputs = { 'latest.json': dumps(latest), 'history.json': dumps(history), ...renderCharts(latest, history) };
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'dash-site-'));
  for (const [name, text] of Object.entries(outputs)) {
    await fs.mkdir(path.dirname(path.join(root, DIR, name)), { recursive: true });
    await fs.writeFile(path.join(root, DIR, name), text);
  }
  const readme = updateReadme('# My training\n', { outputs, dir: DIR, human: '2025-02-20 08:00:00 UTC' })!;
  const html = await marked.parse(readme, { gfm: true });
  for (const t of THEMES) {
    await fs.writeFile(
      path.join(root, `${t.name}.html`),
      `<!doctype html><html><body style="margin:16px;background:${t.bg};color:${t.fg};font-family:sans-serif;width:800px">` +
        `<article>${html}</article></body></html>`,
    );
  }
  server = http.createServer(async (req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    const file = path.join(root, rel);
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      const body = await fs.readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  await fs.mkdir(SHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  if (root) await fs.rm(root, { recursive: true, force: true });
});

/** Pixel statistics of a PNG, decoded by the browser itself. */
async function pixelStats(page: Page, png: Buffer, bg: readonly number[]): Promise<{ variance: number; differing: number }> {
  return page.evaluate(
    async ({ src, bg }) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      let sum = 0;
      let sq = 0;
      let differing = 0;
      const n = d.length / 4;
      for (let i = 0; i < d.length; i += 4) {
        const l = 0.2126 * d[i] + 0.7152 * d[i + 1] + 0.0722 * d[i + 2];
        sum += l;
        sq += l * l;
        if (Math.abs(d[i] - bg[0]) + Math.abs(d[i + 1] - bg[1]) + Math.abs(d[i + 2] - bg[2]) > 60) differing++;
      }
      return { variance: sq / n - (sum / n) ** 2, differing: differing / n };
    },
    { src: `data:image/png;base64,${png.toString('base64')}`, bg },
  );
}

describe('the README dashboard in Chromium', () => {
  it.each(THEMES)(
    'renders every chart on the $name page',
    async (theme) => {
      const page = await browser.newPage({ viewport: { width: 840, height: 1200 } });
      try {
        await page.goto(`${base}/${theme.name}.html`);
        await page.waitForFunction(() => Array.from(document.images).every((i) => i.complete));
        const images = await page.$$eval('img', (imgs) =>
          imgs.map((i) => ({ src: i.getAttribute('src'), alt: i.alt, w: i.naturalWidth, h: i.naturalHeight })),
        );
        expect(images.map((i) => i.src)).toEqual(Object.values(CHART_FILES).map((f) => `${DIR}/${f}`));
        for (const img of images) {
          expect(img.w).toBeGreaterThan(0);
          expect(img.alt.length).toBeGreaterThan(5);
        }
        await page.screenshot({ path: path.join(SHOTS, `readme-${theme.name}.png`), fullPage: true });
        const handles = await page.$$('img');
        for (let i = 0; i < handles.length; i++) {
          const shot = await handles[i].screenshot();
          await fs.writeFile(path.join(SHOTS, `${theme.name}-${path.basename(images[i].src!, '.svg')}.png`), shot);
          const stats = await pixelStats(page, shot, theme.rgb);
          expect({ chart: images[i].src, drawn: stats.variance > 50 && stats.differing > 0.02 }).toEqual({
            chart: images[i].src,
            drawn: true,
          });
        }
        const text = await page.locator('article').textContent();
        expect(text).toContain('SKIP today (priority 0): P0 safety stop. RI 0.58 < 0.6');
        expect(text).toContain('Last successful sync: 2025-02-20 08:00:00 UTC');
      } finally {
        await page.close();
      }
    },
    120_000,
  );

  it('draws as many points and bars as the data holds, with every label inside the chart', async () => {
    const page = await browser.newPage();
    const today = latest.metadata.last_updated.slice(0, 10);
    try {
      const counts: Record<string, Record<string, number>> = {};
      for (const file of Object.values(CHART_FILES)) {
        await page.goto(`${base}/${DIR}/${file}`);
        counts[file] = await page.evaluate(() => {
          const q = (s: string) => document.querySelectorAll(s).length;
          const vertices = (s: string) => (document.querySelector(s)?.getAttribute('d')?.match(/[ML]/g) ?? []).length;
          return {
            formBars: q('rect[data-date]'),
            ctlPoints: vertices('path[data-series="ctl"]'),
            atlPoints: vertices('path[data-series="atl"]'),
            todayDots: q('circle[data-today]'),
            raceMarks: q('[data-layer="races"] line'),
            weekBars: q('rect[data-week]'),
            rampDots: q('circle[data-ramp]'),
            zoneSegments: q('rect[data-zone]'),
          };
        });
        // no text runs off the chart
        const outside = await page.evaluate(() => {
          const svg = document.querySelector('svg')!;
          const w = svg.viewBox.baseVal.width;
          const h = svg.viewBox.baseVal.height;
          return Array.from(document.querySelectorAll('text'))
            .map((t) => ({ t: t.textContent, b: (t as SVGTextElement).getBBox() }))
            .filter(({ b }) => b.x < -0.5 || b.y < -0.5 || b.x + b.width > w + 0.5 || b.y + b.height > h + 0.5)
            .map(({ t }) => t);
        });
        expect({ file, outside }).toEqual({ file, outside: [] });
      }
      const inWindow = history.daily_90d.filter((r: Dict) => r.date < today);
      const days = (k: string) => inWindow.filter((r: Dict) => typeof r[k] === 'number').length + 1;
      expect(counts[CHART_FILES.fitness]).toMatchObject({
        formBars: days('tsb'),
        ctlPoints: days('ctl'),
        atlPoints: days('atl'),
        todayDots: 3,
        raceMarks: latest.race_calendar.all_races.length,
      });
      const weeks = history.weekly_180d.slice(-26);
      expect(counts[CHART_FILES.weeklyLoad]).toMatchObject({
        weekBars: weeks.filter((w: Dict) => typeof w.total_tss === 'number').length,
        rampDots: weeks.filter((w: Dict) => typeof w.ramp_rate === 'number').length,
      });
      expect(counts[CHART_FILES.intensity].zoneSegments).toBe(6);
    } finally {
      await page.close();
    }
  }, 120_000);
});
