// Where each part of the Snapshot is in document.xml, by character offset: each paragraph's text pieces (a run's
// text, a tab, a break) with its properties and its first run's look, each table, row and cell with its properties,
// and where content added at the end of the body goes. Made by the same reading that makes the Snapshot (the
// BodyBuilder says what it counts as text, and from which element), so a writer edits exactly the text the checks
// saw, whatever content controls, custom XML or alternate content the tables sit in.
import type { Cell, Paragraph, Row, Snapshot, Table } from '../../core';
import { BodyBuilder, type BodyListener, type StylesAndLists } from './body';
import type { Numbering } from './numbering';
import type { Styles } from './styles';
import { wordLocal, type Attributes, type TagSpan, type XmlHandler } from './xml';

/** Part of a paragraph's text: a run's text (with the content of its w:t), or a tab or break standing for a character. */
export interface TextPiece {
  text: string;
  /** The whole element: `<w:t …>…</w:t>`, `<w:tab/>`. */
  element: TagSpan;
  /** The text between a w:t's tags; absent for an element that stands for a character. */
  content?: TagSpan;
}

export interface ParagraphPlace {
  span: TagSpan;
  /** Its w:pPr. */
  properties?: TagSpan;
  /** The w:rPr of its first run, the look a new run takes. */
  runProperties?: TagSpan;
  pieces: TextPiece[];
}

/** A table, row or cell, with its properties element (w:tblPr, w:trPr, w:tcPr). */
export interface Place {
  span: TagSpan;
  properties?: TagSpan;
}

export interface DocumentMap {
  paragraphs: Map<Paragraph, ParagraphPlace>;
  tables: Map<Table, Place>;
  rows: Map<Row, Place>;
  cells: Map<Cell, Place>;
  /** Where content added at the end of the body goes: before the body's last section properties. */
  end: number;
}

interface Entry {
  name: string;
  /** The local name when the element is WordprocessingML. */
  word?: string;
  start: number;
  openEnd: number;
  end?: number;
  /** Where its close tag starts (its own end when self-closing). */
  closeStart?: number;
  properties?: TagSpan;
  /** A w:p: the pieces of its text (until settled: every candidate; then those shown) and its first run's properties (null: the first run had none). */
  pieces?: { text: string; entry: Entry }[];
  runProperties?: TagSpan | null;
  bound?: { kind: 'table'; object: Table } | { kind: 'row'; object: Row } | { kind: 'cell'; object: Cell } | { kind: 'paragraph'; object: Paragraph };
}

/** Reads document.xml (given with its spans) into a Snapshot and its map. */
export class DocumentMapper implements XmlHandler, BodyListener {
  private readonly body: BodyBuilder;
  private readonly stack: Entry[] = [];
  private readonly bound: Entry[] = [];
  private readonly paragraphs = new Map<Paragraph, Entry>();
  /** The element whose event is being read. */
  private current: Entry | undefined;
  /** The w:p whose text is being read. */
  private openParagraph: Entry | undefined;
  private end: number | undefined;

  /** `known`: the styles and lists, when read before the document, so each paragraph is finished as it closes. */
  constructor(known?: StylesAndLists) {
    this.body = new BodyBuilder(known, this);
  }

  open(name: string, attributes: () => Attributes, _selfClosing: boolean, at?: TagSpan): void {
    if (!at) throw new Error('DocumentMapper needs tag spans: parse with { spans: true }.');
    const word = wordLocal(name);
    const entry: Entry = { name, ...(word !== undefined ? { word } : {}), start: at.start, openEnd: at.end };
    if (word === 'p') entry.pieces = [];
    if (word === 'sectPr' && this.stack.at(-1)?.word === 'body') this.end = at.start;
    this.stack.push(entry);
    this.current = entry;
    this.body.open(name, attributes);
  }

  close(name: string, at?: TagSpan): void {
    const entry = this.stack.at(-1)!;
    entry.end = at!.end;
    entry.closeStart = at!.start === entry.start ? at!.end : at!.start;
    this.current = entry;
    this.body.close();
    this.stack.pop();
    if (entry === this.openParagraph) this.openParagraph = undefined;
    const parent = this.stack.at(-1);
    if (entry.word === 'body' && this.end === undefined) this.end = at!.start;
    if (parent && entry.word !== undefined && ['pPr', 'rPr', 'tcPr', 'trPr', 'tblPr'].includes(entry.word) && parent.properties === undefined) {
      parent.properties = { start: entry.start, end: entry.end };
    }
    if (entry.word === 'r') {
      const paragraph = this.paragraphEntry();
      if (paragraph && paragraph.runProperties === undefined) paragraph.runProperties = entry.properties ?? null;
    }
  }

  text(text: string): void {
    this.current = this.stack.at(-1);
    this.body.text(text);
  }

  part(text: string): void {
    this.openParagraph?.pieces?.push({ text, entry: this.current! });
  }

  settled(paragraph: Paragraph, shown: readonly boolean[]): void {
    const entry = this.paragraphs.get(paragraph);
    if (entry?.pieces) entry.pieces = entry.pieces.filter((_, i) => shown[i]);
  }

  paragraph(paragraph: Paragraph): void {
    this.bind({ kind: 'paragraph', object: paragraph });
    this.openParagraph = this.current;
    this.paragraphs.set(paragraph, this.current!);
  }

  table(table: Table): void {
    this.bind({ kind: 'table', object: table });
  }

  row(row: Row): void {
    this.bind({ kind: 'row', object: row });
  }

  cell(cell: Cell): void {
    this.bind({ kind: 'cell', object: cell });
  }

  /** The Snapshot and where each of its parts is. */
  finish(styles: Styles, numbering: Numbering): { snapshot: Snapshot; map: DocumentMap } {
    const snapshot = this.body.finish(styles, numbering);
    const map: DocumentMap = { paragraphs: new Map(), tables: new Map(), rows: new Map(), cells: new Map(), end: this.end ?? 0 };
    for (const entry of this.bound) {
      const span = { start: entry.start, end: entry.end! };
      const place: Place = { span, ...(entry.properties ? { properties: entry.properties } : {}) };
      const bound = entry.bound!;
      if (bound.kind === 'paragraph') {
        map.paragraphs.set(bound.object, {
          span,
          ...(entry.properties ? { properties: entry.properties } : {}),
          ...(entry.runProperties ? { runProperties: entry.runProperties } : {}),
          pieces: joined(entry.pieces ?? []).map(({ text, entry: from }) => ({
            text,
            element: { start: from.start, end: from.end! },
            ...(from.word === 't' ? { content: { start: from.openEnd, end: from.closeStart! } } : {}),
          })),
        });
      } else if (bound.kind === 'table') map.tables.set(bound.object, place);
      else if (bound.kind === 'row') map.rows.set(bound.object, place);
      else map.cells.set(bound.object, place);
    }
    return { snapshot, map };
  }

  private bind(bound: NonNullable<Entry['bound']>): void {
    const entry = this.current!;
    entry.bound = bound;
    this.bound.push(entry);
  }

  private paragraphEntry(): Entry | undefined {
    for (let i = this.stack.length - 1; i >= 0; i--) if (this.stack[i]!.word === 'p') return this.stack[i];
    return undefined;
  }
}

/** Pieces from the same element (a w:t's text given in several events) as one. */
function joined(pieces: { text: string; entry: Entry }[]): { text: string; entry: Entry }[] {
  const out: { text: string; entry: Entry }[] = [];
  for (const piece of pieces) {
    const last = out.at(-1);
    if (last && last.entry === piece.entry) last.text += piece.text;
    else out.push({ ...piece });
  }
  return out;
}
