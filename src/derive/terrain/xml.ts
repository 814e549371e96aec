/**
 * Hardened XML reading for route attachments (GPX / TCX), standing in for the reference's
 * `xml.etree.ElementTree.fromstring` with the element semantics the parsers rely on:
 * Clark-notation tags (`{uri}local`), unprefixed attributes, `.text` (character data before the
 * first child element), `.find` (first direct child) and `.iter` (document order, self included).
 *
 * A hostile file cannot hurt the run:
 * - fast-xml-parser runs with `processEntities: false`, so no entity is ever expanded; the only
 *   references decoded (by this module) are the five predefined ones and character references.
 *   Any other reference — an internal entity (billion laughs), an external one (XXE) — is an
 *   "undefined entity" parse error, which is what expat itself reports for an external entity;
 * - nothing is ever fetched (no DTD, no external entity resolution);
 * - the tree is walked iteratively (no recursion depth to exhaust);
 * - the download size is capped by the caller, the trackpoint count by the parsers.
 * Failures throw XmlParseError with an expat-style message ("mismatched tag: line 1, column 12").
 *
 * Plain documents (what route exports are) are read in one pass by xml-scan.ts, which builds the
 * same tree; any other document, and every one that is not well-formed, is validated, then
 * parsed, then converted here.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { resolveQName, scanPlainXml } from './xml-scan.js';

export class XmlParseError extends Error {}

export interface XmlElement {
  /** Clark notation: `{namespace-uri}local`, or `local` without a namespace */
  tag: string;
  attrib: Map<string, string>;
  /** character data before the first child element; null when there is none (ET's None) */
  text: string | null;
  children: XmlElement[];
}

/** first direct child with this tag (ET `find`) */
export function findChild(el: XmlElement, tag: string): XmlElement | null {
  for (const c of el.children) if (c.tag === tag) return c;
  return null;
}

/** every element with this tag, the element itself included, in document order (ET `iter`) */
export function* iterTag(root: XmlElement, tag: string): Generator<XmlElement> {
  const stack: XmlElement[] = [root];
  while (stack.length) {
    const el = stack.pop() as XmlElement;
    if (el.tag === tag) yield el;
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]);
  }
}

/** The namespace part of a Clark tag, braces included ('' when none): the reference's `ns`. */
export function nsOf(tag: string): string {
  const i = tag.indexOf('}');
  return i >= 0 ? tag.slice(0, i + 1) : '';
}

// ---------------------------------------------------------------- decoding

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function declaredEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  const m = /^(?:\uFEFF|\u00EF\u00BB\u00BF)?<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/** The document as text, honouring a BOM or the declared encoding like expat does. */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return new TextDecoder(label, { fatal: false }).decode(bytes.subarray(2));
  }
  const enc = declaredEncoding(bytes);
  if (enc && !['utf-8', 'utf8', 'us-ascii', 'ascii'].includes(enc)) {
    let dec: TextDecoder;
    try {
      dec = new TextDecoder(enc, { fatal: true });
    } catch {
      throw new XmlParseError('unknown encoding: line 1, column 30');
    }
    try {
      return dec.decode(bytes);
    } catch {
      throw new XmlParseError('not well-formed (invalid token): line 1, column 0');
    }
  }
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new XmlParseError(`not well-formed (invalid token): ${positionOfInvalidUtf8(bytes)}`);
  }
}

function positionOfInvalidUtf8(bytes: Uint8Array): string {
  // line of the first undecodable byte (best effort; expat counts columns in characters)
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid));
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, lo));
  return lineCol(text, text.length);
}

function lineCol(text: string, index: number): string {
  let line = 1;
  let lastNl = -1;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastNl = i;
    }
  }
  return `line ${line}, column ${index - lastNl - 1}`;
}

// ---------------------------------------------------------------- references

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decode predefined and character references; any other reference is an error (never expanded). */
function decodeRefs(raw: string, hasDoctype: boolean): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&([^;&\s<]*);?/g, (m, name: string) => {
    if (!m.endsWith(';') || name === '') throw new XmlParseError('not well-formed (invalid token)');
    if (name in PREDEFINED) return PREDEFINED[name];
    const num = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(name);
    if (num) {
      const cp = num[1] !== undefined ? parseInt(num[1], 16) : parseInt(num[2], 10);
      if (!Number.isFinite(cp) || cp > 0x10ffff || cp === 0 || (cp >= 0xd800 && cp <= 0xdfff)) {
        throw new XmlParseError('reference to invalid character number');
      }
      return String.fromCodePoint(cp);
    }
    throw new XmlParseError(hasDoctype ? `undefined entity &${name};` : 'undefined entity');
  });
}

/** Line/column of the first reference the decoder refuses (for the error message). */
function locateBadReference(text: string, hasDoctype: boolean): string {
  const re = /&([^;&\s<]*);?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const before = text.lastIndexOf('<![CDATA[', m.index);
    if (before >= 0 && text.indexOf(']]>', before) > m.index) continue;
    const cStart = text.lastIndexOf('<!--', m.index);
    if (cStart >= 0 && text.indexOf('-->', cStart) > m.index) continue;
    try {
      decodeRefs(m[0], hasDoctype);
    } catch {
      return lineCol(text, m.index);
    }
  }
  return 'line 1, column 0';
}

// ---------------------------------------------------------------- validation messages

/** fast-xml-parser validator error → expat's wording for the same fault. */
function expatMessage(err: { code: string; msg: string; line: number; col: number }): string {
  let what = 'not well-formed (invalid token)';
  if (err.code === 'InvalidTag' && err.msg.startsWith('Expected closing tag')) what = 'mismatched tag';
  else if (err.code === 'InvalidTag' && err.msg.startsWith('Unclosed tag')) what = 'no element found';
  else if (err.code === 'InvalidTag' && err.msg.startsWith('Closing tag')) what = 'mismatched tag';
  else if (err.code === 'InvalidXml' && err.msg.startsWith('Extra text at the end')) what = 'junk after document element';
  else if (err.code === 'InvalidXml' && /Multiple possible root nodes/.test(err.msg)) what = 'junk after document element';
  else if (err.code === 'InvalidXml' && /Start tag expected/.test(err.msg)) what = 'no element found';
  else if (err.code === 'InvalidChar') what = 'syntax error';
  else if (err.code === 'InvalidAttr' && /repeated/.test(err.msg)) what = 'duplicate attribute';
  return `${what}: line ${err.line}, column ${Math.max(0, err.col - 1)}`;
}

// ---------------------------------------------------------------- parsing

const PARSER = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  allowBooleanAttributes: false,
  // CDATA apart (its '&' is data, not a reference); '#cdata' cannot be an element name
  cdataPropName: '#cdata',
});

type FxpNode = Record<string, unknown>;

/** ET.fromstring(content): the document element, or XmlParseError. */
export function parseXml(bytes: Uint8Array): XmlElement {
  const decoded = decodeXml(bytes);
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  // the plain documents route exports are read in one pass (xml-scan.ts); anything else, and
  // every document that is not well-formed, goes through validation and the general parser
  return scanPlainXml(text) ?? parseGeneral(text);
}

/** parseXml without the one-pass reader (what that reader must agree with). */
export function parseXmlGeneral(bytes: Uint8Array): XmlElement {
  const decoded = decodeXml(bytes);
  return parseGeneral(decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded);
}

function parseGeneral(text: string): XmlElement {
  const { text: body, hasDoctype } = withoutDoctype(text);
  if (!/</.test(body)) throw new XmlParseError(`no element found: ${lineCol(body, body.length)}`);
  const valid = XMLValidator.validate(body, { allowBooleanAttributes: false });
  if (valid !== true) throw new XmlParseError(expatMessage(valid.err));

  let out: FxpNode[];
  try {
    out = PARSER.parse(body) as FxpNode[];
  } catch (e) {
    throw new XmlParseError(`not well-formed (invalid token): ${(e as Error).message.slice(0, 40)}`);
  }
  const roots = out.filter((n) => elementName(n) !== null);
  if (!roots.length) throw new XmlParseError(`no element found: ${lineCol(body, body.length)}`);
  if (roots.length > 1) throw new XmlParseError(`junk after document element: ${lineCol(body, junkIndex(body))}`);
  const rootNode = roots[0];
  try {
    return convert(rootNode, hasDoctype);
  } catch (e) {
    if (e instanceof XmlParseError && !/line \d+/.test(e.message)) {
      throw new XmlParseError(`${e.message}: ${locateBadReference(body, hasDoctype)}`);
    }
    throw e;
  }
}

/** Index of the first markup after the document element closes (the validator accepts several roots). */
function junkIndex(text: string): number {
  let i = scanProlog(text).rootStart;
  if (i < 0) return 0;
  let depth = 0;
  while (i >= 0 && i < text.length) {
    i = text.indexOf('<', i);
    if (i < 0) break;
    let end: number;
    if (text.startsWith('<!--', i)) end = text.indexOf('-->', i) + 3;
    else if (text.startsWith('<![CDATA[', i)) end = text.indexOf(']]>', i) + 3;
    else if (text.startsWith('<?', i)) end = text.indexOf('?>', i) + 2;
    else if (text.startsWith('</', i)) {
      end = text.indexOf('>', i) + 1;
      depth--;
    } else {
      const close = findTagEnd(text, i + 1);
      if (close < 0) break;
      end = close + 1;
      if (text[close - 1] !== '/') depth++;
    }
    if (end <= 0) break;
    i = end;
    if (depth === 0) {
      const rest = /^(?:\s|<!--[\s\S]*?-->|<\?[\s\S]*?\?>)*/.exec(text.slice(i));
      return i + (rest ? rest[0].length : 0);
    }
  }
  return text.length;
}

function elementName(n: FxpNode): string | null {
  for (const k of Object.keys(n)) if (k !== ':@' && k !== '#text' && k !== '#cdata') return k;
  return null;
}

interface Frame {
  node: FxpNode;
  el: XmlElement;
  scope: Map<string, string>;
}

const resolve = (qname: string, scope: Map<string, string>, isAttr: boolean): string =>
  resolveQName(qname, scope, isAttr, () => new XmlParseError('unbound prefix'));

/** fast-xml-parser's ordered output → XmlElement tree, namespaces resolved, iteratively. */
function convert(rootNode: FxpNode, hasDoctype: boolean): XmlElement {
  const make = (node: FxpNode, parentScope: Map<string, string>): Frame => {
    const name = elementName(node) as string;
    const rawAttrs = (node[':@'] ?? {}) as Record<string, string>;
    let scope = parentScope;
    for (const [k, v] of Object.entries(rawAttrs)) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) {
        if (scope === parentScope) scope = new Map(parentScope);
        scope.set(k === 'xmlns' ? '' : k.slice(6), decodeRefs(String(v), hasDoctype));
      }
    }
    const attrib = new Map<string, string>();
    for (const [k, v] of Object.entries(rawAttrs)) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) continue;
      attrib.set(resolve(k, scope, true), decodeRefs(String(v), hasDoctype));
    }
    const el: XmlElement = { tag: resolve(name, scope, false), attrib, text: null, children: [] };
    return { node, el, scope };
  };

  const root = make(rootNode, new Map());
  const stack: Frame[] = [root];
  while (stack.length) {
    const frame = stack.pop() as Frame;
    const name = elementName(frame.node) as string;
    const kids = (frame.node[name] ?? []) as FxpNode[];
    let text = '';
    let sawElement = false;
    const childFrames: Frame[] = [];
    for (const k of kids) {
      if ('#text' in k) {
        const decoded = decodeRefs(String(k['#text']), hasDoctype); // refuses undefined references anywhere
        if (!sawElement) text += decoded;
        continue;
      }
      if ('#cdata' in k) {
        if (!sawElement) for (const t of (k['#cdata'] ?? []) as FxpNode[]) text += String(t['#text'] ?? '');
        continue;
      }
      if (elementName(k) === null) continue;
      sawElement = true;
      const f = make(k, frame.scope);
      frame.el.children.push(f.el);
      childFrames.push(f);
    }
    frame.el.text = text === '' ? null : text;
    for (let i = childFrames.length - 1; i >= 0; i--) stack.push(childFrames[i]);
  }
  return root.el;
}

interface Prolog {
  /** [start, end) of the DOCTYPE declaration, when there is one */
  doctype: [number, number] | null;
  /** index of the root element's '<', or -1 when the prolog is not well-formed */
  rootStart: number;
}

/** Walk the prolog: optional BOM and XML declaration, then comments, PIs, one DOCTYPE, whitespace. */
function scanProlog(text: string): Prolog {
  const fail: Prolog = { doctype: null, rootStart: -1 };
  let doctype: [number, number] | null = null;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const ws = /[ \t\r\n]/;
  if (text.startsWith('<?xml', i) && /[ \t\r\n?]/.test(text[i + 5] ?? '')) {
    const end = text.indexOf('?>', i);
    if (end < 0) return fail;
    i = end + 2;
  }
  for (;;) {
    while (i < text.length && ws.test(text[i])) i++;
    if (i >= text.length) return { doctype, rootStart: -1 };
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return fail;
      i = end + 3;
    } else if (text.startsWith('<?', i)) {
      if (/^<\?xml[ \t\r\n?]/i.test(text.slice(i, i + 6))) return fail; // declaration not at start
      const end = text.indexOf('?>', i + 2);
      if (end < 0) return fail;
      i = end + 2;
    } else if (text.startsWith('<!DOCTYPE', i)) {
      if (doctype) return fail;
      const end = skipDoctype(text, i + 9);
      if (end < 0) return fail;
      doctype = [i, end];
      i = end;
    } else if (text[i] === '<') {
      return { doctype, rootStart: i };
    } else {
      return fail;
    }
  }
}

/**
 * Local name of the document element, or null when the content does not start like well-formed
 * XML (FIT binaries, HTML error pages, text before the root, …). Only the prolog and the first
 * start tag are read, like the rig's `_xml_root_local_name` (an iterparse that stops at the first
 * start event): a fault later in the document does not matter here.
 */
export function xmlRootLocalName(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, Math.min(bytes.length, 1 << 20));
  let text: string;
  try {
    text = decodeXml(head);
  } catch {
    // a multi-byte character cut at the 1 MiB mark, or a fault past the root tag: decode leniently
    text = new TextDecoder('utf-8', { fatal: false }).decode(head);
  }
  const { rootStart: i } = scanProlog(text);
  if (i < 0) return null;
  const m = /^<([A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7\u00C0-\uFFFF]*(?::[A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7\u00C0-\uFFFF]*)?)/.exec(
    text.slice(i, i + 512),
  );
  if (!m) return null;
  const qname = m[1];
  const tagEnd = findTagEnd(text, i + m[0].length);
  if (tagEnd < 0) return null;
  const colon = qname.indexOf(':');
  if (colon < 0) return qname;
  const prefix = qname.slice(0, colon);
  const attrs = text.slice(i + m[0].length, tagEnd);
  if (!new RegExp(`(^|[ \\t\\r\\n])xmlns:${prefix}\\s*=\\s*("[^"]+"|'[^']+')`).test(attrs)) return null;
  return qname.slice(colon + 1);
}

/** The DOCTYPE blanked out (newlines kept, so positions stay): the parser never sees a DTD. */
function withoutDoctype(text: string): { text: string; hasDoctype: boolean } {
  const { doctype } = scanProlog(text);
  if (!doctype) return { text, hasDoctype: false };
  const [a, b] = doctype;
  return { text: text.slice(0, a) + text.slice(a, b).replace(/[^\n]/g, ' ') + text.slice(b), hasDoctype: true };
}

function skipDoctype(text: string, i: number): number {
  let quote: string | null = null;
  let depth = 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return i + 1;
  }
  return -1;
}

function findTagEnd(text: string, i: number): number {
  let quote: string | null = null;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '<') return -1;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
    else if (c === '<') return -1;
  }
  return -1;
}
