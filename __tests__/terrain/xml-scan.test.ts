/**
 * The one-pass reader of plain route documents agrees with the general reader (validation, then
 * fast-xml-parser, then conversion): on real route exports, on hand-written edge cases and on
 * thousands of mutations of a GPX and a TCX document, parseXml gives the general reader's tree or
 * its exact error message; and the one-pass reader actually takes the real exports.
 */
import { describe, it, expect } from '@jest/globals';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseXml, parseXmlGeneral, type XmlElement } from '../../src/derive/terrain/xml.js';
import { scanPlainXml } from '../../src/derive/terrain/xml-scan.js';

type Outcome = { tree: unknown } | { error: string };

function plain(el: XmlElement): unknown {
  return { tag: el.tag, attrib: [...el.attrib], text: el.text, children: el.children.map(plain) };
}

function outcome(read: (b: Uint8Array) => XmlElement, bytes: Uint8Array): Outcome {
  try {
    return { tree: plain(read(bytes)) };
  } catch (e) {
    return { error: `${(e as Error).constructor.name}: ${(e as Error).message}` };
  }
}

function expectSame(doc: string | Uint8Array): void {
  const bytes = typeof doc === 'string' ? Buffer.from(doc, 'utf8') : doc;
  const general = outcome(parseXmlGeneral, bytes);
  const combined = outcome(parseXml, bytes);
  if (JSON.stringify(general) !== JSON.stringify(combined)) {
    expect({ doc: Buffer.from(bytes).toString('utf8').slice(0, 300), combined }).toEqual({
      doc: Buffer.from(bytes).toString('utf8').slice(0, 300),
      combined: general,
    });
  }
}

const ROUTES = [
  'test-data/scenarios/edge-nulls/dataset/attachments/tiny.gpx',
  'test-data/scenarios/edge-nulls/dataset/attachments/flat_no_elevation.gpx',
  'test-data/scenarios/race-week/dataset/attachments/Classic160.tcx',
  'test-data/scenarios/race-week/dataset/attachments/Classic160_finale.tcx',
  'demo/athlete/attachments/GranFondo_Sjaelland.gpx',
  'demo/athlete/attachments/Recon_loop.gpx',
];

const GPX = `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="A &amp; B" xmlns="http://www.topografix.com/GPX/1/1" xmlns:x="urn:x">
  <metadata><name>Loop &#x41;&#66; &lt;1&gt;</name></metadata>
  <trk><name>Ride</name><trkseg>
    <trkpt lat="55.1" lon="12.2" x:k='v'><ele>10.5</ele><time>2025-01-01T00:00:00Z</time></trkpt>
    <trkpt lat="55.2" lon="12.3"><ele> 11 </ele></trkpt>
    <trkpt lat="55.3" lon="12.4"/>
  </trkseg></trk>
</gpx>
`;
const TCX = `<?xml version="1.0"?>\r\n<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">\r\n<Courses><Course><Track>\r\n<Trackpoint><Position><LatitudeDegrees>55.1</LatitudeDegrees><LongitudeDegrees>12.1</LongitudeDegrees></Position><AltitudeMeters>3</AltitudeMeters></Trackpoint>\r\n<Trackpoint><Position><LatitudeDegrees>55.2</LatitudeDegrees><LongitudeDegrees>12.2</LongitudeDegrees></Position></Trackpoint>\r\n</Track></Course></Courses></TrainingCenterDatabase>`;

const EDGE_CASES = [
  '<a/>',
  '<a></a>',
  '<a>  </a>',
  '<a>x<b/>y<c/>z</a>',
  '<a x = "1" >t</a>',
  '<a x="1"y="2"/>',
  '<a x="1" x="2"/>',
  "<a x='1'/>",
  '<a x="1\r\n2\r3">p\rq</a>',
  '<a:b xmlns:a="u" a:c="1"/>',
  '<a:b/>',
  '<b xmlns:a="u"><a:c a:d="1" xml:lang="en"/></b>',
  '<a xmlns:p="u" xmlns:q="u" p:x="1" q:x="2"/>',
  '<a xmlns="">t</a>',
  '<a>]]></a>',
  '<a>\u0001</a>',
  '<a x="&lt;"/>',
  '<a x="a>b"/>',
  '<a x="a<b"/>',
  '<a>&amp</a>',
  '<a>&unknown;</a>',
  '<a>&#0;</a>',
  '<a>&#x110000;</a>',
  '<a>&#xD800;</a>',
  '<a>&constructor;</a>',
  '<a __proto__="1"/>',
  '<a constructor="1"/>',
  '<toString/>',
  '<a><valueOf x="1"/></a>',
  '<a hasOwnProperty="1"/>',
  '<prototype/>',
  '<a><b></a></b>',
  '<a><b></b>',
  '<a></a><b/>',
  '<a/>junk',
  '<a/>  \n',
  'text<a/>',
  '  <a/>',
  '<?xml version="1.0"?><a/>',
  '<?xml version="1.0" encoding="utf-8" standalone="yes" ?>\n<a/>',
  '<?xml version="2.0"?><a/>',
  '<?xml encoding="utf-8"?><a/>',
  '<?xml version="1.0"?><?pi x?><a/>',
  '<a><!-- c --></a>',
  '<a><![CDATA[x&y]]></a>',
  '<!DOCTYPE a><a/>',
  '<a>\u00e9\u4e2d\ud83d\ude00</a>',
  '<\u00e9/>',
  '<a b:c="1"/>',
  '<a></a >',
  '<a></ a>',
  '< a/>',
  '<a/ >',
  '<1a/>',
  '<a.b-c_d/>',
  '<a x=1/>',
  '<a x/>',
  '<a x="1"',
  '<a',
  '',
];

/** deterministic mutations: delete, insert or replace one or two characters from a set that matters to XML */
function* mutations(doc: string, count: number, seed: number): Generator<string> {
  let st = seed;
  const rnd = (k: number) => {
    st = (st * 1103515245 + 12345) % 2147483648;
    return Math.floor((st / 2147483648) * k);
  };
  const chars = ['<', '>', '&', '"', "'", '/', ' ', '\r', '\n', ':', 'a', '=', ';', '#', '!', '?', ']', '\u0001', '\u00e9', 'x'];
  for (let n = 0; n < count; n++) {
    let d = doc;
    for (let k = 0; k <= rnd(2); k++) {
      const at = rnd(d.length + 1);
      const op = rnd(3);
      const c = chars[rnd(chars.length)];
      d = op === 0 ? d.slice(0, at) + d.slice(at + 1) : op === 1 ? d.slice(0, at) + c + d.slice(at) : d.slice(0, at) + c + d.slice(at + 1);
    }
    yield d;
  }
}

describe('one-pass XML reader', () => {
  it('takes the real route exports, with the general reader tree', async () => {
    for (const f of ROUTES) {
      const bytes = await fs.readFile(path.resolve(f));
      expect({ f, plain: scanPlainXml(bytes.toString('utf8').replace(/^\uFEFF/, '')) !== null }).toEqual({ f, plain: true });
      expectSame(bytes);
    }
    expect(scanPlainXml(GPX)).not.toBeNull();
    expect(scanPlainXml(TCX)).not.toBeNull();
  });

  it('agrees with the general reader on edge cases (tree or exact error)', () => {
    for (const d of EDGE_CASES) expectSame(d);
    expectSame(GPX);
    expectSame(TCX);
    expectSame(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GPX)]));
  });

  it('agrees with the general reader on 6,000 mutated documents', () => {
    let accepted = 0;
    for (const [doc, seed] of [
      [GPX, 7],
      [TCX, 11],
      [EDGE_CASES.join(''), 13],
    ] as const) {
      for (const d of mutations(doc, 2000, seed)) {
        expectSame(d);
        if (scanPlainXml(d)) accepted++;
      }
    }
    // the mutations exercise both readers: many stay plain, many do not
    expect(accepted).toBeGreaterThan(500);
  });
});
