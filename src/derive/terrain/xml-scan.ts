/**
 * One-pass reader for the plain XML that route exports are: an optional XML declaration, then
 * elements with quoted attributes, character data and the predefined / numeric character
 * references. Nothing else: no comment, CDATA section, processing instruction or DOCTYPE, no
 * control character, no name outside ASCII.
 *
 * It builds the same tree as the general reader in xml.ts (which validates the document, then
 * parses it, then converts the parser's output), in one pass over the text. Whenever the
 * document steps outside that plain subset, or is not well-formed, it answers null and the
 * general reader takes the document from the start: every error message, and every document
 * with comments, CDATA or a DTD, is the general reader's. Accepting only what the general
 * reader accepts, with the same tree, is what __tests__/terrain/xml-scan.test.ts checks.
 */
import type { XmlElement } from './xml.js';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const DECLARATION =
  /^<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(?:"1\.[0-9]+"|'1\.[0-9]+')(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\n]*\?>/;
const NAME = /[A-Za-z_][A-Za-z0-9._-]*(?::[A-Za-z_][A-Za-z0-9._-]*)?/y;
/** characters outside the plain subset anywhere in the document (controls; CR is normalised first) */
const UNPLAIN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|]]>/;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

class NotPlain extends Error {}

/** names the general parser renames or refuses (they would shadow object properties) */
function reserved(name: string): boolean {
  return name in Object.prototype || name === 'prototype';
}

function isWs(c: number): boolean {
  return c === 32 || c === 10 || c === 9;
}

/** predefined and character references decoded; anything else is left to the general reader */
function decode(raw: string): string {
  if (raw.indexOf('&') < 0) return raw;
  return raw.replace(/&([^;&\s<]*);?/g, (m, name: string) => {
    if (!m.endsWith(';')) throw new NotPlain();
    if (Object.hasOwn(PREDEFINED, name)) return PREDEFINED[name];
    const num = /^#(?:x([0-9A-Fa-f]{1,6})|([0-9]{1,7}))$/.exec(name);
    if (!num) throw new NotPlain();
    const cp = num[1] !== undefined ? parseInt(num[1], 16) : parseInt(num[2], 10);
    if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) throw new NotPlain();
    return String.fromCodePoint(cp);
  });
}

/**
 * A qualified name in ElementTree's `{namespace}local` form under the prefixes in scope (an
 * unprefixed attribute has no namespace); an unbound prefix raises what `unbound` makes.
 */
export function resolveQName(qname: string, scope: Map<string, string>, isAttr: boolean, unbound: () => Error): string {
  const i = qname.indexOf(':');
  if (i < 0) {
    if (isAttr) return qname;
    const def = scope.get('');
    return def ? `{${def}}${qname}` : qname;
  }
  const prefix = qname.slice(0, i);
  const local = qname.slice(i + 1);
  if (prefix === 'xml') return `{${XML_NS}}${local}`;
  const uri = scope.get(prefix);
  if (uri === undefined || uri === '') throw unbound();
  return `{${uri}}${local}`;
}

const resolve = (qname: string, scope: Map<string, string>, isAttr: boolean): string =>
  resolveQName(qname, scope, isAttr, () => new NotPlain());

interface Open {
  name: string;
  el: XmlElement;
  scope: Map<string, string>;
  text: string;
}

/** ET.fromstring for a plain document (BOM already removed), or null to leave it to the general reader. */
export function scanPlainXml(input: string): XmlElement | null {
  try {
    return scan(input);
  } catch (e) {
    if (e instanceof NotPlain) return null;
    throw e;
  }
}

function scan(input: string): XmlElement | null {
  const s = input.indexOf('\r') >= 0 ? input.replace(/\r\n?/g, '\n') : input;
  let i = 0;
  if (s.startsWith('<?xml')) {
    const m = DECLARATION.exec(s);
    if (!m) return null;
    i = m[0].length;
  }
  if (s.indexOf('<!') >= 0 || s.indexOf('<?', i) >= 0 || UNPLAIN.test(s)) return null;
  while (i < s.length && isWs(s.charCodeAt(i))) i++;
  if (s.charCodeAt(i) !== 60) return null;

  const stack: Open[] = [];
  let root: XmlElement | null = null;
  const n = s.length;
  while (i < n) {
    if (s.charCodeAt(i) !== 60) {
      // character data inside the open element
      const lt = s.indexOf('<', i);
      if (lt < 0) return null;
      const top = stack[stack.length - 1];
      const raw = s.slice(i, lt);
      const text = decode(raw);
      if (top.el.children.length === 0) top.text += text;
      i = lt;
      continue;
    }
    if (s.charCodeAt(i + 1) === 47) {
      // end tag
      NAME.lastIndex = i + 2;
      const m = NAME.exec(s);
      if (!m) return null;
      let j = i + 2 + m[0].length;
      while (j < n && isWs(s.charCodeAt(j))) j++;
      if (s.charCodeAt(j) !== 62) return null;
      const open = stack.pop();
      if (!open || open.name !== m[0]) return null;
      open.el.text = open.text === '' ? null : open.text;
      i = j + 1;
      if (stack.length === 0) return rest(s, i, open.el);
      continue;
    }
    // start tag
    NAME.lastIndex = i + 1;
    const m = NAME.exec(s);
    if (!m) return null;
    const name = m[0];
    if (reserved(name)) return null;
    let j = i + 1 + name.length;
    const raw: Array<[string, string]> = [];
    let selfClosing = false;
    for (;;) {
      const before = j;
      while (j < n && isWs(s.charCodeAt(j))) j++;
      const c = s.charCodeAt(j);
      if (c === 62) {
        j++;
        break;
      }
      if (c === 47) {
        if (s.charCodeAt(j + 1) !== 62) return null;
        selfClosing = true;
        j += 2;
        break;
      }
      if (j === before) return null; // an attribute must follow whitespace
      NAME.lastIndex = j;
      const a = NAME.exec(s);
      if (!a) return null;
      j += a[0].length;
      while (j < n && isWs(s.charCodeAt(j))) j++;
      if (s.charCodeAt(j) !== 61) return null;
      j++;
      while (j < n && isWs(s.charCodeAt(j))) j++;
      const q = s.charCodeAt(j);
      if (q !== 34 && q !== 39) return null;
      const end = s.indexOf(q === 34 ? '"' : "'", j + 1);
      if (end < 0) return null;
      const value = s.slice(j + 1, end);
      if (value.indexOf('<') >= 0 || value.indexOf('>') >= 0) return null;
      if (reserved(a[0]) || raw.some(([k]) => k === a[0])) return null;
      raw.push([a[0], value]);
      j = end + 1;
    }
    const parent = stack[stack.length - 1];
    const parentScope = parent ? parent.scope : new Map<string, string>();
    let scope = parentScope;
    for (const [k, v] of raw) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) {
        if (scope === parentScope) scope = new Map(parentScope);
        scope.set(k === 'xmlns' ? '' : k.slice(6), decode(v));
      }
    }
    const attrib = new Map<string, string>();
    for (const [k, v] of raw) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) continue;
      const key = resolve(k, scope, true);
      if (attrib.has(key)) return null;
      attrib.set(key, decode(v));
    }
    const el: XmlElement = { tag: resolve(name, scope, false), attrib, text: null, children: [] };
    if (parent) parent.el.children.push(el);
    else if (root) return null;
    else root = el;
    i = j;
    if (selfClosing) {
      if (!parent) return rest(s, i, el);
    } else stack.push({ name, el, scope, text: '' });
  }
  return null; // an element left open
}

/** after the document element only whitespace may follow */
function rest(s: string, i: number, root: XmlElement): XmlElement | null {
  for (; i < s.length; i++) if (!isWs(s.charCodeAt(i))) return null;
  return root;
}
