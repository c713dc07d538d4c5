// Runs XML through saxen, a small SAX-style parser that reads attributes only when asked (most OOXML attributes are
// formatting nobody here needs), so even an 11 MB document list parses in a few tens of milliseconds without a DOM.
// Refuses any DOCTYPE, so no entity is ever declared; saxen itself expands only the five XML entities and
// character references, so nothing can expand. On request it also says where each tag is, by character offset, for
// the writer that edits a document in place: saxen reports events in document order, so a cursor that skips from
// one piece of markup to the next finds each tag in one pass (saxen's own line/column costs a scan per call).
import { Parser } from 'saxen';
import { ReadError } from '../read-error';

export type Attributes = Record<string, string>;

/** Where a tag is in the XML text: from its "<" to just after its ">". */
export interface TagSpan {
  start: number;
  end: number;
}

/** Receives the elements and text of one XML part (or of a flat OPC package). */
export interface XmlHandler {
  /** `attributes` parses the element's attributes when called; `at` is given when spans were asked for. */
  open(name: string, attributes: () => Attributes, selfClosing: boolean, at?: TagSpan): void;
  /** For a self-closing element, `at` is its one tag. */
  close(name: string, at?: TagSpan): void;
  text(text: string): void;
}

export function parseXml(part: string, xml: string, handler: XmlHandler, options: { spans?: boolean } = {}): void {
  const parser = new Parser();
  const cursor = options.spans ? new MarkupCursor(xml) : undefined;
  parser.on('attention', (declaration, _decode, context) => {
    if (/^<!DOCTYPE/i.test(declaration)) {
      throw new ReadError(
        `${part} declares a DOCTYPE (line ${context().line + 1}), which Word never writes and which can hide entity expansion: refused. Open the file in Word and save it again.`,
      );
    }
  });
  parser.on('error', (error, context) => {
    const { line, column } = context();
    throw new ReadError(`${part} is not well-formed XML (${error.message} at line ${line + 1}, column ${column + 1}); the file may be damaged.`);
  });
  if (cursor) {
    let last: TagSpan | undefined;
    parser.on('openTag', (name, attributes, _decode, selfClosing) => handler.open(name, attributes, selfClosing, (last = cursor.next('tag'))));
    parser.on('closeTag', (name, _decode, selfClosing) => handler.close(name, selfClosing ? last : cursor.next('tag')));
    parser.on('comment', () => void cursor.next('comment'));
    parser.on('question', () => void cursor.next('question'));
  } else {
    parser.on('openTag', (name, attributes, _decode, selfClosing) => handler.open(name, attributes, selfClosing));
    parser.on('closeTag', (name) => handler.close(name));
  }
  parser.on('text', (text, decode) => handler.text(decode(text)));
  parser.on('cdata', (text) => {
    cursor?.next('cdata');
    handler.text(text);
  });
  parser.parse(xml);
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
    const end = kind === 'tag' ? this.tagEnd(start) : this.xml.indexOf(MARKUP_ENDS[kind], start + 2) + MARKUP_ENDS[kind].length;
    this.at = end;
    return { start, end };
  }

  private tagEnd(start: number): number {
    const { xml } = this;
    for (let i = start + 1; i < xml.length; i++) {
      const c = xml.charCodeAt(i);
      if (c === 0x3e) return i + 1;
      if (c === 0x22 || c === 0x27) i = xml.indexOf(xml[i]!, i + 1);
      if (i < 0) break;
    }
    return xml.length;
  }
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
