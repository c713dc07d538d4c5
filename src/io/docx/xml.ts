// Runs XML through saxen, a small SAX-style parser that reads attributes only when asked (most OOXML attributes are
// formatting nobody here needs), so even an 11 MB document list parses in a few tens of milliseconds without a DOM.
// Refuses any DOCTYPE, so no entity is ever declared; saxen itself expands only the five XML entities and
// character references, so nothing can expand.
import { Parser } from 'saxen';
import { ReadError } from '../read-error';

export type Attributes = Record<string, string>;

/** Receives the elements and text of one XML part (or of a flat OPC package). */
export interface XmlHandler {
  /** `attributes` parses the element's attributes when called. */
  open(name: string, attributes: () => Attributes, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

export function parseXml(part: string, xml: string, handler: XmlHandler): void {
  const parser = new Parser();
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
  parser.on('openTag', (name, attributes, _decode, selfClosing) => handler.open(name, attributes, selfClosing));
  parser.on('closeTag', (name) => handler.close(name));
  parser.on('text', (text, decode) => handler.text(decode(text)));
  parser.on('cdata', (text) => handler.text(text));
  parser.parse(xml);
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
