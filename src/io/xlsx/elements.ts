// The elements of an XML part with their character offsets, their attributes and their text, read in one pass by
// saxes (which reports the position as it parses), so a part can be edited by splicing new markup in at those offsets
// while every other byte stays as it was. Only the elements the caller asks for (by their path of local names) are
// kept; names are compared without their namespace prefix, which a writer may or may not use.
import { SaxesParser } from 'saxes';
import { ReadError } from '../read-error';
import { NOT_XML } from '../xml-chars';

export interface Element {
  /** The name without its prefix: "row" for `<x:row>`. */
  name: string;
  /** The name as written, prefix included. */
  qname: string;
  attributes: Record<string, string>;
  /** Where the element starts (its `<`) and ends (after its last `>`). */
  start: number;
  end: number;
  /** After the opening tag, and where the closing tag starts: the content is xml.slice(inner, innerEnd). */
  inner: number;
  innerEnd: number;
  selfClosing: boolean;
  children: Element[];
  /** The character data directly inside it, decoded. */
  text: string;
}

/** The root element of `xml`, with the descendants whose path of local names `keep` accepts (and their ancestors). */
export function parseElements(xml: string, keep: (path: readonly string[]) => boolean, part: string): Element {
  const parser = new SaxesParser({ position: true });
  const stack: { name: string; element?: Element }[] = [];
  let root: Element | undefined;
  parser.on('opentagstart', (tag) => {
    const name = localName(tag.name);
    const path = [...stack.map((s) => s.name), name];
    const parent = stack.at(-1);
    const wanted = stack.length === 0 || (parent?.element !== undefined && keep(path));
    // The parser has read "<", the name and one character after it.
    const start = parser.position - tag.name.length - 2;
    const element: Element | undefined = wanted
      ? { name, qname: tag.name, attributes: {}, start, end: -1, inner: -1, innerEnd: -1, selfClosing: false, children: [], text: '' }
      : undefined;
    if (element) {
      if (parent?.element) parent.element.children.push(element);
      else root = element;
    }
    stack.push({ name, ...(element ? { element } : {}) });
  });
  parser.on('opentag', (tag) => {
    const element = stack.at(-1)?.element;
    if (!element) return;
    element.attributes = tag.attributes as Record<string, string>;
    element.inner = parser.position;
    element.selfClosing = tag.isSelfClosing;
  });
  parser.on('text', (text) => {
    const element = stack.at(-1)?.element;
    if (element) element.text += text;
  });
  parser.on('cdata', (text) => {
    const element = stack.at(-1)?.element;
    if (element) element.text += text;
  });
  parser.on('closetag', () => {
    const element = stack.pop()?.element;
    if (!element) return;
    element.end = parser.position;
    element.innerEnd = element.selfClosing ? element.end : xml.lastIndexOf('</', element.end - 1);
    if (element.selfClosing) element.inner = element.end;
  });
  parser.on('doctype', () => {
    throw new ReadError(`${part} has a DOCTYPE, which an Office file never has: refused.`);
  });
  parser.on('error', (error) => {
    throw new ReadError(`${part} is not well-formed XML (${error.message.split('\n')[0]}); the file may be damaged.`);
  });
  parser.write(xml).close();
  if (!root) throw new ReadError(`${part} is empty.`);
  if (xml[root.start] !== '<' || xml.slice(root.start + 1, root.start + 1 + root.qname.length) !== root.qname) {
    throw new ReadError(`${part}: the XML could not be located by character (an unusual encoding?).`);
  }
  return root;
}

export function localName(qname: string): string {
  return qname.slice(qname.indexOf(':') + 1);
}

export function childOf(element: Element | undefined, name: string): Element | undefined {
  return element?.children.find((c) => c.name === name);
}

export function childrenOf(element: Element | undefined, name: string): Element[] {
  return element?.children.filter((c) => c.name === name) ?? [];
}

/** An attribute by its local name ("r:id" is found as "id"). */
export function attribute(element: Element, name: string): string | undefined {
  if (name in element.attributes) return element.attributes[name];
  const key = Object.keys(element.attributes).find((k) => localName(k) === name);
  return key === undefined ? undefined : element.attributes[key];
}

/**
 * Where an opening tag's end (`>` or `/>`, with the white space before it) starts: scanned back from the end, so a tag
 * padded with any run of spaces costs one pass (the pattern `\s*\/?>$` tried again at every space was quadratic).
 */
export function tagEnd(tag: string): number {
  let at = tag.length - 1;
  if (tag[at - 1] === '/') at--;
  while (at > 0 && ' \t\r\n'.includes(tag[at - 1]!)) at--;
  return at;
}

/** Text as XML character data: escaped, and characters XML cannot hold written as Excel writes them (_x0001_). */
export function xmlText(text: string): string {
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
    .replace(NOT_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/** Text as an attribute value in double quotes. */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/** A change to a part's XML: the characters [start, end) replaced by `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Applies edits to a string; edits must not overlap. */
export function splice(xml: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error(`Overlapping edits at ${edit.start}`);
    out += xml.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + xml.slice(at);
}

/** The prefix an element's name is written with, colon included ("x:" for `<x:row>`), or "". */
export function prefixOf(element: Element): string {
  return element.qname.includes(':') ? `${element.qname.slice(0, element.qname.indexOf(':'))}:` : '';
}

/** An element's opening tag with one attribute set to a new value. */
export function withAttribute(xml: string, element: Element, name: string, value: string): Edit {
  const open = xml.slice(element.start, element.inner);
  const pattern = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
  const end = tagEnd(open);
  const text = pattern.test(open) ? open.replace(pattern, `$1"${xmlAttribute(value)}"`) : `${open.slice(0, end)} ${name}="${xmlAttribute(value)}"${open.slice(end)}`;
  return { start: element.start, end: element.inner, text };
}
