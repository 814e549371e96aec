/**
 * Reads the charts back: the elements and attributes of an SVG text (the project's own writer:
 * double-quoted attributes, escaped text), the vertices of a path, and the scales the plot area
 * declares, so a test can map drawn coordinates back to the values they stand for.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { loads } from '../../src/lib/py/json.js';
import type { Dict } from '../../src/lib/py/index.js';

export interface Node {
  name: string;
  attrs: Record<string, string>;
}

const unescapeXml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

export function nodes(svg: string, name?: string): Node[] {
  const out: Node[] = [];
  for (const m of svg.matchAll(/<([a-z]+)((?:\s+[a-zA-Z0-9:-]+="[^"]*")*)\s*\/?>/g)) {
    if (name && m[1] !== name) continue;
    const attrs: Record<string, string> = {};
    for (const a of m[2].matchAll(/([a-zA-Z0-9:-]+)="([^"]*)"/g)) attrs[a[1]] = unescapeXml(a[2]);
    out.push({ name: m[1], attrs });
  }
  return out;
}

export function one(svg: string, pred: (n: Node) => boolean): Node {
  const found = nodes(svg).filter(pred);
  if (found.length !== 1) throw new Error(`expected one matching element, found ${found.length}`);
  return found[0];
}

/** The runs of a path's d ("M x y L x y … M …"): one array of [x, y] per unbroken run. */
export function pathRuns(d: string | undefined): number[][][] {
  if (!d) return [];
  const runs: number[][][] = [];
  for (const m of d.matchAll(/([ML])(-?[\d.]+) (-?[\d.]+)/g)) {
    if (m[1] === 'M') runs.push([]);
    runs[runs.length - 1].push([Number(m[2]), Number(m[3])]);
  }
  return runs;
}

/** Inverse of a linear scale declared as two data values over two pixel positions. */
export function inverse(v0: number, v1: number, p0: number, p1: number): (px: number) => number {
  return (px) => v0 + ((px - p0) / (p1 - p0)) * (v1 - v0);
}

export function dayNum(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

export function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => unescapeXml(m[1]));
}

export const SCENARIO_RUNS = ['sick-athlete/goldens/run-1', 'edge-nulls/goldens/run-1', 'edge-nulls/goldens/run-2'];

export async function goldenPair(run: string): Promise<{ latest: Dict; history: Dict }> {
  const dir = path.resolve('test-data/scenarios', run);
  const read = async (n: string) => loads(await fs.readFile(path.join(dir, n), 'utf8')) as Dict;
  return { latest: await read('latest.json'), history: await read('history.json') };
}
