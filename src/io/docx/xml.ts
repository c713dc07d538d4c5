// Runs XML through saxen, a small SAX-style parser that reads attributes only when asked (most OOXML attributes are
// formatting nobody here needs), so even an 11 MB document list parses in a few tens of milliseconds without a DOM.
// The parser is namespace-aware: whatever prefix a document binds (or a default namespace, `<document xmlns="…">`),
// WordprocessingML elements reach the handlers as `w:…`, so the readers compare names, never guess prefixes.
// Markup compatibility is resolved here, once for every part: of an `mc:AlternateContent`, only the first
// `mc:Choice` whose required namespaces Word understands is read, else the `mc:Fallback` — what Word shows.
// Refuses any DOCTYPE, so no entity is ever declared; saxen itself expands only the five XML entities and
// character references, so nothing can expand. On request it also says where each tag is, by character offset, for
// the writer that edits a document in place: saxen reports events in document order, so a cursor that skips from
// one piece of markup to the next finds each tag in one pass (saxen's own line/column costs a scan per call).
import { Parser, type ElementProxy, type ParseContext } from 'saxen';
import { ReadError } from '../read-error';

export type Attributes = Record<string, string>;

/** Where a tag is in the XML text: from its "<" to just after its ">". */
export interface TagSpan {
  start: number;
  end: number;
}

/** Receives the elements and text of one XML part (or of a flat OPC package). */
export interface XmlHandler {
  /**
   * `name` carries the canonical prefix of a known namespace (`w:p`); `attributes` parses them when called; `at` is
   * given when spans were asked for.
   */
  open(name: string, attributes: () => Attributes, selfClosing: boolean, at?: TagSpan): void;
  /** For a self-closing element, `at` is its one tag. */
  close(name: string, at?: TagSpan): void;
  text(text: string): void;
}

const WORDPROCESSINGML = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const WORDPROCESSINGML_STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** The prefix each namespace reaches the handlers with, whatever prefix the document binds it to. */
const CANONICAL_PREFIXES: Record<string, string> = {
  [WORDPROCESSINGML]: 'w',
  [WORDPROCESSINGML_STRICT]: 'w',
  [MARKUP_COMPATIBILITY]: 'mc',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://schemas.microsoft.com/office/2006/xmlPackage': 'pkg',
  // Bound in every document without a declaration; saxen would drop `xml:space` for want of one.
  'http://www.w3.org/XML/1998/namespace': 'xml',
};

/**
 * Namespaces Word understands, by which an `mc:Choice` is chosen (its `Requires` lists their prefixes): the
 * extensions current Word writes (Word 2010 to Microsoft 365), and the 2006 vocabularies they extend. Docket reads the
 * text through any of them; a Choice requiring anything else is skipped, as Word skips it, for the next one or the
 * Fallback.
 */
export const UNDERSTOOD_NAMESPACES: ReadonlySet<string> = new Set([
  WORDPROCESSINGML,
  WORDPROCESSINGML_STRICT,
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://schemas.openxmlformats.org/officeDocument/2006/math',
  'http://schemas.openxmlformats.org/drawingml/2006/main',
  'http://schemas.openxmlformats.org/drawingml/2006/picture',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  'urn:schemas-microsoft-com:vml',
  'urn:schemas-microsoft-com:office:office',
  'urn:schemas-microsoft-com:office:word',
  'http://schemas.microsoft.com/office/word/2006/wordml', // wne
  'http://schemas.microsoft.com/office/word/2010/wordml', // w14
  'http://schemas.microsoft.com/office/word/2012/wordml', // w15
  'http://schemas.microsoft.com/office/word/2015/wordml/symex', // w16se
  'http://schemas.microsoft.com/office/word/2016/wordml/cid', // w16cid
  'http://schemas.microsoft.com/office/word/2018/wordml', // w16
  'http://schemas.microsoft.com/office/word/2018/wordml/cex', // w16cex
  'http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash', // w16sdtdh
  'http://schemas.microsoft.com/office/word/2023/wordml/word16du', // w16du
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape', // wps
  'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup', // wpg
  'http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas', // wpc
  'http://schemas.microsoft.com/office/word/2010/wordprocessingInk', // wpi
  'http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing', // wp14
  'http://schemas.microsoft.com/office/drawing/2010/main', // a14
  'http://schemas.microsoft.com/office/drawing/2014/chartex', // cx
  'http://schemas.microsoft.com/office/drawing/2015/9/8/chartex', // cx1
  'http://schemas.microsoft.com/office/drawing/2015/10/21/chartex', // cx2
  'http://schemas.microsoft.com/office/drawing/2016/5/9/chartex', // cx3
  'http://schemas.microsoft.com/office/drawing/2016/5/10/chartex', // cx4
  'http://schemas.microsoft.com/office/drawing/2016/5/11/chartex', // cx5
  'http://schemas.microsoft.com/office/drawing/2016/5/12/chartex', // cx6
  'http://schemas.microsoft.com/office/drawing/2016/5/13/chartex', // cx7
  'http://schemas.microsoft.com/office/drawing/2016/5/14/chartex', // cx8
  'http://schemas.microsoft.com/office/drawing/2016/ink', // aink
  'http://schemas.microsoft.com/office/drawing/2017/model3d', // am3d
]);

/** How far a reading has come, from 0 to 1. */
export type Progress = (done: number) => void;

/**
 * About how much of a UTF-8 part is decoded and parsed at a time. Each piece is decoded on its own, just before saxen
 * reads it, and dropped after: the long stretches of ASCII markup between two letters outside it (a curly quote, an
 * accent) come out as one-byte strings, which V8 makes and scans about twice as fast as the two-byte string one such
 * letter makes of a whole 12 MB part; and no piece lives long enough to be copied by the garbage collector.
 */
const PIECE = 1 << 16;

/** An XML part's bytes as one text, in the encoding its byte-order mark says (UTF-8 without one). */
export function decodeXml(bytes: Uint8Array): string {
  return new TextDecoder(encodingOf(bytes)).decode(bytes);
}

function encodingOf(head: Uint8Array): string {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/**
 * An XML part's text a piece at a time, each with the byte it ends at: a UTF-8 part in pieces of about PIECE bytes,
 * each cut just before a "<", so no character or tag is cut in two (a text that ends a piece, saxen carries over to
 * the next: in Word's XML, whose tags follow one another, there is seldom one); any other part whole.
 */
function* piecesOf(bytes: Uint8Array): Generator<[text: string, end: number]> {
  const encoding = encodingOf(bytes);
  if (encoding !== 'utf-8') {
    yield [decodeXml(bytes), bytes.length];
    return;
  }
  const decoder = new TextDecoder();
  for (let start = 0; start < bytes.length; ) {
    let end = start + PIECE;
    while (end < bytes.length && bytes[end] !== 0x3c) end++;
    yield [decoder.decode(bytes.subarray(start, end)), Math.min(end, bytes.length)];
    start = end;
  }
}

/**
 * Parses an XML part: its text, or its bytes, which are decoded a piece at a time as they are read (progress, if
 * given, is told how far it is after each piece). `spans` (where each tag is) needs the text.
 */
export function parseXml(part: string, xml: string | Uint8Array, handler: XmlHandler, options: { spans?: boolean; progress?: Progress } = {}): void {
  if (typeof xml === 'string') {
    readerOf(part, handler, rootScope(xml), { cursor: options.spans ? new MarkupCursor(xml) : undefined }).parser.parse(xml);
    options.progress?.(1);
    return;
  }
  if (options.spans) throw new Error('Where each tag is can be found only in a part given as text.');
  const pieces = piecesOf(xml);
  const head = pieces.next();
  const [first, firstEnd] = head.done ? ['', 0] : head.value;
  let reader = readerOf(part, handler, rootScope(first));
  if (firstEnd === xml.length) {
    reader.parser.parse(first);
    options.progress?.(1);
    return;
  }
  // Fed in turn, saying how far after each.
  reader.parser.write(first);
  options.progress?.(firstEnd / xml.length);
  let start = firstEnd;
  for (let next = pieces.next(); !next.done; next = pieces.next()) {
    const [piece, end] = next.value;
    // A namespace declared past the first piece: the names are resolved from here on, by a parser that reads the
    // part again from its start, telling the handler nothing it was told already.
    if (reader.scope && piece.includes('xmlns')) reader = resolvingNames(part, handler, xml.subarray(0, start), reader.events());
    reader.parser.write(piece);
    options.progress?.(end / xml.length);
    start = end;
  }
  reader.parser.end();
}

/**
 * A parser that resolves the names of a part whose first bytes (`read`) were parsed with the names its root
 * declares, which are the same names until a further declaration: it reads them again and tells the handler none of
 * the `told` events it was told of them.
 */
function resolvingNames(part: string, handler: XmlHandler, read: Uint8Array, told: number): Reader {
  const reader = readerOf(part, handler, undefined, { skip: told });
  for (const [piece] of piecesOf(read)) reader.parser.write(piece);
  if (reader.events() !== told) throw new Error(`${part} read again with its names resolved told ${reader.events()} events, not ${told}.`);
  return reader;
}

/** A saxen parser that tells a handler what a part holds, the namespaces it was given, and how many events it has read. */
interface Reader {
  parser: Parser;
  scope: Record<string, string> | undefined;
  events(): number;
}

/**
 * A saxen parser telling the handler what the part holds. `scope`: the namespaces the root declares, when the names
 * are read as written (undefined: saxen resolves them); `cursor`: where each tag is, for the spans; `skip`: how many
 * events the handler is not told, from the first.
 */
function readerOf(part: string, handler: XmlHandler, scope: Record<string, string> | undefined, options: { cursor?: MarkupCursor | undefined; skip?: number } = {}): Reader {
  const { cursor, skip = 0 } = options;
  // A part that declares all its namespaces on its root, each with the prefix it reaches the handlers with (what Word
  // writes), has its names as written: saxen need not resolve them, which costs it as much again as the parsing.
  const parser = new Parser({ proxy: !scope });
  if (!scope) parser.ns(CANONICAL_PREFIXES);
  const alternates = new AlternateContent();
  // Each open, close and text the handler is told, or would be but for `skip`.
  let events = 0;
  parser.on('attention', (declaration, _decode, context) => {
    if (/^<!DOCTYPE/i.test(declaration)) {
      throw new ReadError(
        `${part} declares a DOCTYPE (line ${context().line + 1}), which Word never writes and which can hide entity expansion: refused. Open the file in Word and save it again.`,
      );
    }
  });
  const notWellFormed = (message: string, context: () => ParseContext) => {
    const { line, column } = context();
    return new ReadError(`${part} is not well-formed XML (${message} at line ${line + 1}, column ${column + 1}); the file may be damaged.`);
  };
  parser.on('error', (error, context) => {
    throw notWellFormed(error.message, context);
  });
  // Every tag moves the cursor on, those of a skipped alternative too, so the spans stay in step with the text.
  let last: TagSpan | undefined;
  // One function reads the attributes of the tag being read, for every tag, decoding the entities saxen leaves in
  // attribute values as written (`&quot;`), as an XML parser must.
  let rawAttributes: () => Attributes = () => ({});
  let decodeEntities: (text: string) => string = (text) => text;
  const attributesOf = () => decodedAttributes(rawAttributes(), decodeEntities);
  // The prefix and colon of the last name found declared: nearly every name has the same ("w:"), and a name is
  // compared with it for less than it costs to look the name up.
  let declared: string | undefined;
  const opened = (name: string, namespaces: () => Record<string, string>, decode: (text: string) => string, selfClosing: boolean, context: () => ParseContext) => {
    const at = (last = cursor?.next('tag'));
    // As saxen refuses it when it resolves the names: a prefix nothing declares.
    if (scope && !(declared !== undefined && name.startsWith(declared))) {
      const colon = name.indexOf(':');
      if (colon >= 0) {
        if (scope[name.slice(0, colon)] === undefined) throw notWellFormed(`missing namespace on <${name}>`, context);
        declared = name.slice(0, colon + 1);
      }
    }
    if (alternates.skipOpen(name, rawAttributes, namespaces, selfClosing) || ++events <= skip) return;
    decodeEntities = decode;
    handler.open(name, attributesOf, selfClosing, at);
  };
  const closed = (name: string, selfClosing: boolean) => {
    const at = selfClosing ? last : cursor?.next('tag');
    if (alternates.skipClose(name, selfClosing) || ++events <= skip) return;
    handler.close(name, at);
  };
  if (scope) {
    // Names as written: saxen gives each tag's name and a reader of its attributes, and the scope is the root's.
    const namespaces = () => scope;
    parser.on('openTag', (name: string, attributes: () => Attributes, decode: (text: string) => string, selfClosing: boolean, context: () => ParseContext) => {
      rawAttributes = attributes;
      opened(name, namespaces, decode, selfClosing, context);
    });
    parser.on('closeTag', (name: string, _decode: unknown, selfClosing: boolean) => closed(name, selfClosing));
  } else {
    // Names resolved: saxen gives a view of the element, which also has the namespaces in scope where it stands. The
    // view is a new object for each piece saxen reads, so this slower path is kept to the parts that need it.
    parser.on('openTag', (element: ElementProxy, decode: (text: string) => string, selfClosing: boolean, context: () => ParseContext) => {
      rawAttributes = () => element.attrs;
      opened(element.name, () => element.ns, decode, selfClosing, context);
    });
    parser.on('closeTag', (element: ElementProxy, _decode: unknown, selfClosing: boolean) => closed(element.name, selfClosing));
  }
  if (cursor) {
    parser.on('comment', () => void cursor.next('comment'));
    parser.on('question', () => void cursor.next('question'));
  }
  parser.on('text', (text, decode) => {
    if (!alternates.skipping && ++events > skip) handler.text(decode(text));
  });
  parser.on('cdata', (text) => {
    cursor?.next('cdata');
    if (!alternates.skipping && ++events > skip) handler.text(text);
  });
  return { parser, scope, events: () => events };
}

const MARKUP_ENDS = { comment: '-->', cdata: ']]>', question: '?>' } as const;

/**
 * Finds each piece of markup of a well-formed XML text in order. Text cannot hold a raw "<", so the next markup
 * starts at the next "<"; a tag ends at the first ">" outside its quoted attribute values.
 */
class MarkupCursor {
  private at = 0;
  constructor(private readonly xml: string) {}

  next(kind: 'tag' | keyof typeof MARKUP_ENDS): TagSpan {
    const start = this.xml.indexOf('<', this.at);
    const end = kind === 'tag' ? tagEnd(this.xml, start) : this.xml.indexOf(MARKUP_ENDS[kind], start + 2) + MARKUP_ENDS[kind].length;
    this.at = end;
    return { start, end };
  }
}

/** Just after the ">" that ends the tag starting at `start`: the first one outside its quoted attribute values. */
function tagEnd(xml: string, start: number): number {
  for (let i = start + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c === 0x3e) return i + 1;
    if (c === 0x22 || c === 0x27) i = xml.indexOf(xml[i]!, i + 1);
    if (i < 0) break;
  }
  return xml.length;
}

/**
 * The namespace scope of a part whose namespaces are all declared on its root element, each known one with the
 * prefix it reaches the handlers with and no two prefixes for one namespace: each prefix → itself, and
 * `prefix$uri` → its namespace, as saxen gives a scope. Undefined for any other part (a default namespace, a
 * declaration further in, an escaped namespace name), whose names saxen resolves.
 */
function rootScope(xml: string): Record<string, string> | undefined {
  let start = xml.indexOf('<');
  // The prolog: the XML declaration, processing instructions and comments (a DOCTYPE is left to the parser to refuse).
  while (start >= 0 && (xml.startsWith('<?', start) || xml.startsWith('<!--', start))) {
    const close = xml.indexOf(xml[start + 1] === '?' ? '?>' : '-->', start);
    start = close < 0 ? -1 : xml.indexOf('<', close);
  }
  if (start < 0 || xml[start + 1] === '!') return undefined;
  const end = tagEnd(xml, start);
  if (xml.indexOf('xmlns', end) >= 0) return undefined;
  // Without a prototype, so "constructor" or "toString" is no prefix declared.
  const scope: Record<string, string> = Object.create(null) as Record<string, string>;
  const prefixes = new Map<string, string>();
  for (const [, prefix, doubleQuoted, singleQuoted] of xml.slice(start, end).matchAll(/xmlns(?::([^\s=]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const uri = doubleQuoted ?? singleQuoted ?? '';
    const canonical = CANONICAL_PREFIXES[uri];
    if (prefix === undefined || uri.includes('&') || (canonical !== undefined && canonical !== prefix) || prefixes.has(uri)) return undefined;
    prefixes.set(uri, prefix);
    scope[prefix] = prefix;
    scope[`${prefix}$uri`] = uri;
  }
  // A known prefix bound to another namespace would be renamed by saxen.
  for (const [uri, prefix] of prefixes) if (CANONICAL_PREFIXES_IN_USE.has(prefix) && CANONICAL_PREFIXES[uri] !== prefix) return undefined;
  return scope;
}

const CANONICAL_PREFIXES_IN_USE: ReadonlySet<string> = new Set(Object.values(CANONICAL_PREFIXES));

/**
 * Chooses among the alternatives of each `mc:AlternateContent` as Word does: the first `mc:Choice` whose `Requires`
 * namespaces are all understood, else the `mc:Fallback`; the others are skipped whole. The AlternateContent, Choice
 * and Fallback elements themselves never reach the handler: their chosen content reads as if written in their place.
 */
class AlternateContent {
  /** For each open AlternateContent being read: whether an alternative was chosen already. */
  private readonly chosen: boolean[] = [];
  /** Depth inside a skipped alternative. */
  private skipDepth = 0;

  get skipping(): boolean {
    return this.skipDepth > 0;
  }

  /** Whether an opening element is hidden from the handler; `namespaces`: those in scope where it stands. */
  skipOpen(name: string, attributes: () => Attributes, namespaces: () => Record<string, string>, selfClosing: boolean): boolean {
    if (this.skipDepth > 0) {
      if (!selfClosing) this.skipDepth++;
      return true;
    }
    if (!name.startsWith('mc:')) return false;
    const local = name.slice(3);
    if (local === 'AlternateContent') {
      if (!selfClosing) this.chosen.push(false);
      return true;
    }
    if (local !== 'Choice' && local !== 'Fallback') return false;
    const open = this.chosen.length - 1;
    const take = open >= 0 && !this.chosen[open] && (local === 'Fallback' || understood(attribute(attributes(), 'Requires'), namespaces()));
    if (take) this.chosen[open] = true;
    else if (!selfClosing) this.skipDepth = 1;
    return true;
  }

  /** Whether a closing element is hidden from the handler. */
  skipClose(name: string, selfClosing: boolean): boolean {
    if (this.skipDepth > 0) {
      if (!selfClosing) this.skipDepth--;
      return true;
    }
    if (name === 'mc:AlternateContent') {
      if (!selfClosing) this.chosen.pop();
      return true;
    }
    return name === 'mc:Choice' || name === 'mc:Fallback';
  }
}

/** Whether every namespace a Choice requires (by prefix, as bound where it stands) is one Word understands. */
function understood(required: string | undefined, scope: Record<string, string>): boolean {
  const requires = required?.trim().split(/\s+/) ?? [];
  if (requires.length === 0 || requires[0] === '') return false;
  return requires.every((prefix) => {
    const alias = scope[prefix];
    const uri = alias === undefined ? undefined : scope[`${alias}$uri`];
    return uri !== undefined && UNDERSTOOD_NAMESPACES.has(uri);
  });
}

function decodedAttributes(attributes: Attributes, decode: (text: string) => string): Attributes {
  const decoded: Attributes = {};
  for (const key in attributes) {
    const value = attributes[key]!;
    decoded[key] = value.includes('&') ? decode(value) : value;
  }
  return decoded;
}

/** The local name of a WordprocessingML element ("p" for "w:p", whatever prefix the document used), else undefined. */
export function wordLocal(name: string): string | undefined {
  return name.startsWith('w:') ? name.slice(2) : undefined;
}

/** The local part of a qualified name: "val" for "w:val". */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by local name, whatever its prefix ("w:val", "val"). */
export function attribute(attributes: Attributes, local: string): string | undefined {
  for (const key in attributes) if (localName(key) === local) return attributes[key];
  return undefined;
}

/** An on/off property (`<w:vanish/>`, `<w:vanish w:val="0"/>`): present without a value means on. */
export function onOff(value: string | undefined): boolean {
  return value === undefined || value === '1' || value === 'true' || value === 'on';
}
