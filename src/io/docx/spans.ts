// Where elements are in an XML text, by character offset, for splicing generated XML into a document without
// re-serialising (so every byte outside the replaced element stays as it was). Parsed with saxen, which reports each
// tag's line and column; only the elements the caller asks for (by their path of names) are kept.
import { Parser } from 'saxen';
import { ReadError } from '../read-error';

export interface Span {
  name: string;
  start: number;
  end: number;
  children: Span[];
}

/** The root element, with the descendants whose path of element names `keep` accepts (their ancestors kept too). */
export function elementTree(xml: string, keep: (path: readonly string[]) => boolean): Span {
  const lineStarts = [0];
  for (let i = xml.indexOf('\n'); i >= 0; i = xml.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const offset = (line: number, column: number) => lineStarts[line]! + column;

  const root: Span = { name: '', start: 0, end: xml.length, children: [] };
  const stack: { name: string; span?: Span }[] = [];
  const parser = new Parser();
  parser.on('openTag', (name, _attributes, _decode, _selfClosing, context) => {
    const path = [...stack.map((s) => s.name), name];
    const parent = stack.length === 0 ? root : stack.at(-1)!.span;
    let span: Span | undefined;
    if (parent && (stack.length === 0 || keep(path))) {
      const { line, column } = context();
      span = { name, start: offset(line, column), end: -1, children: [] };
      if (stack.length === 0) Object.assign(root, span);
      else parent.children.push(span);
    }
    stack.push({ name, ...(span ? { span: stack.length === 0 ? root : span } : {}) });
  });
  parser.on('closeTag', (_name, _decode, _selfClosing, context) => {
    const open = stack.pop();
    if (!open?.span) return;
    const { line, column, data } = context();
    open.span.end = offset(line, column) + data.length;
  });
  parser.on('error', (error) => {
    throw new ReadError(`The document XML is not well-formed (${error.message}); the file may be damaged.`);
  });
  parser.parse(xml);
  return root;
}

export function child(span: Span | undefined, name: string): Span | undefined {
  return span?.children.find((c) => c.name === name);
}

export function textAt(xml: string, span: Span | undefined): string {
  return span ? xml.slice(span.start, span.end) : '';
}
