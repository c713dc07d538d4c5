// Builds the Snapshot from the XML of word/document.xml, element by element as the parser streams it: paragraphs
// with their text, style and list membership; tables with merged cells (gridSpan, vMerge) and nested tables.
// The text is what Word shows: inline markup (bookmarks, runs, hyperlinks, content controls, insertions) is looked
// through; deleted and moved-away text, text boxes and drawings are left out; of a field, only its result is read
// (its code, and any field nested inside that code, is not); hidden text (`w:vanish`, set on the run or through its
// styles) is kept out, since nobody reading the agenda sees it. Hidden runs are resolved once styles are known (in
// flat OPC the styles part may come after the document). A listener is told, as the reading goes, what it makes of
// each element, for the writer that maps the Snapshot back onto the XML (map.ts), so reading and writing agree on
// what text is.
import type { Block, Cell, Paragraph, Row, Snapshot, Table } from '../../core';
import { normaliseText } from '../../core';
import type { Numbering } from './numbering';
import type { Styles } from './styles';
import { attribute, onOff, wordLocal, type Attributes, type XmlHandler } from './xml';

/** Elements whose whole content is not part of the reading text. */
const SKIPPED = new Set([
  'del', 'moveFrom', 'delText', 'instrText', 'delInstrText', 'txbxContent', 'drawing', 'pict', 'object',
  'pPrChange', 'rPrChange', 'tcPrChange', 'trPrChange', 'tblPrChange', 'sectPrChange', 'tblGrid', 'sectPr',
  'footnoteReference', 'endnoteReference', 'commentReference',
]);

/** Property elements: their content (tab stops, run settings) is formatting, not text. */
const PROPERTIES = new Set(['pPr', 'rPr', 'tcPr', 'trPr', 'tblPr']);

/** Word tables have at most 63 columns: a larger span or offset is damage, not layout. */
const MAX_GRID_COLUMNS = 63;

/** Told what the reading makes of the element being read. */
export interface BodyListener {
  /** A piece of the open paragraph's text candidate comes from the element being read (a run's text, a tab, a break). */
  part(text: string): void;
  /** Once hidden runs are known: which of the paragraph's pieces, in order, are in its text. */
  settled(paragraph: Paragraph, shown: readonly boolean[]): void;
  paragraph(paragraph: Paragraph): void;
  table(table: Table): void;
  row(row: Row): void;
  cell(cell: Cell): void;
}

/** The text of a paragraph as its runs give it, each piece with what decides whether it is shown. */
class Pieces {
  private readonly texts: string[] = [];
  /** Per piece: the run's character style (undefined: none), or null when the run itself says it is shown. */
  private readonly runStyles: (string | null | undefined)[] = [];

  push(text: string, runStyle: string | null | undefined): void {
    this.texts.push(text);
    this.runStyles.push(runStyle);
  }

  /** The shown text, given which (paragraph style, run style) pairs hide their runs. */
  text(hidden: Hidden): string {
    if (!hidden) return this.texts.join('');
    let out = '';
    for (let i = 0; i < this.texts.length; i++) if (this.isShown(i, hidden)) out += this.texts[i]!;
    return out;
  }

  /** Whether each piece is shown. */
  shown(hidden: Hidden): boolean[] {
    return this.texts.map((_, i) => this.isShown(i, hidden));
  }

  private isShown(i: number, hidden: Hidden): boolean {
    const style = this.runStyles[i];
    return !hidden || style === null || !hidden(style);
  }
}

type Hidden = ((runStyle: string | undefined) => boolean) | undefined;

/** A WordprocessingML element as this reader sees it. */
interface WordElement {
  local: string;
  /** Its whole content is not part of the reading text. */
  skipped: boolean;
  /** A property element: its content is formatting. */
  properties: boolean;
}

/** An element name met, what it is, and the name opened after it the last time it was. */
interface MetElement {
  name: string;
  element: WordElement | null;
  next?: MetElement;
}

interface ParagraphInProgress {
  /** Until its text is settled. */
  pieces?: Pieces;
  styleId?: string;
  numId?: string;
  ilvl?: number;
  outlineLevel?: number;
}

interface PendingParagraph {
  paragraph: Paragraph;
  read: ParagraphInProgress;
}

/** The styles and lists of a document. */
export interface StylesAndLists {
  styles: Styles;
  numbering: Numbering;
}

interface RunInProgress {
  /** The run's own w:vanish, when it sets one: it overrides every style. */
  vanish?: boolean;
  /** Its character style (w:rStyle). */
  style?: string;
}

interface TableInProgress {
  table: Table;
  /** Its index among the blocks. */
  block: number;
  cell?: Cell;
  gridCol: number;
}

export class BodyBuilder implements XmlHandler {
  private readonly blocks: Block[] = [];
  /**
   * The paragraphs not yet finished (their text, style, list label and outline level), in document order: each one
   * until it closes when styles and lists are known, else all of them until the document is finished.
   */
  private readonly pending: PendingParagraph[] = [];
  private readonly tables: TableInProgress[] = [];
  private paragraph: ParagraphInProgress | undefined;
  private run: RunInProgress | undefined;
  private skipDepth = 0;
  private textDepth = 0;
  private propertiesDepth = 0;
  /** Inside the run's own properties (w:r/w:rPr), not those of the paragraph mark (w:pPr/w:rPr). */
  private inRunProperties = false;
  /** Complex fields open at this point (outermost first): whether each is past its code, in its result. */
  private readonly fields: boolean[] = [];
  /** How many of the open fields are still in their code: while any is, nothing is shown. */
  private fieldsInCode = 0;
  /** The tag of the Docket content control being read, until its table opens. */
  private docketTag: string | undefined;
  /**
   * Each element name met, and what it is: a list of 1,700 rows has 400,000 tags of a few dozen names, each name a
   * new string from the parser, so it is looked up once here rather than cut and looked up in sets at every tag.
   */
  private readonly elements = new Map<string, MetElement>();
  /**
   * The last element name met. A name is first compared with the one met after it last time, for less than a lookup
   * costs: a table's every row and cell opens the same elements in the same order.
   */
  private lastMet: MetElement | undefined;
  /** What each element open here is (outside a skipped one), so a closing tag needs no lookup: XML closes the last one opened. */
  private readonly openElements: (WordElement | null)[] = [];

  /**
   * `known`: the styles and lists, when read before the document (a .docx), so each paragraph is finished as it
   * closes and nothing of it is kept but the paragraph itself.
   */
  constructor(
    private readonly known?: StylesAndLists,
    private readonly listener?: BodyListener,
  ) {}

  /** Every element is closed, self-closing ones too, so depths count on open and close alike. */
  open(name: string, attributesOf: () => Attributes): void {
    if (this.skipDepth > 0) {
      this.skipDepth++;
      return;
    }
    const element = this.elementOf(name);
    if (element?.skipped) {
      this.skipDepth = 1;
      return;
    }
    this.openElements.push(element);
    if (element === null) return;
    const { local } = element;
    if (element.properties) {
      if (local === 'rPr' && this.propertiesDepth === 0 && this.run) this.inRunProperties = true;
      this.propertiesDepth++;
      return;
    }
    if (this.inRunProperties && this.propertiesDepth === 1) {
      if (local === 'vanish') this.run!.vanish = onOff(val(attributesOf));
      else if (local === 'rStyle') this.run!.style = val(attributesOf);
      return;
    }
    switch (local) {
      case 'p':
        this.paragraph = { pieces: new Pieces() };
        this.push(this.paragraph);
        return;
      case 'r':
        this.run = {};
        return;
      case 't':
        this.textDepth++;
        return;
      case 'tab':
        if (this.propertiesDepth === 0) this.show('\t');
        return;
      case 'br':
      case 'cr':
        this.show('\n');
        return;
      case 'noBreakHyphen':
        this.show('-');
        return;
      case 'fldChar':
        this.fieldChar(attribute(attributesOf(), 'fldCharType'));
        return;
      case 'pStyle':
        if (this.paragraph) this.paragraph.styleId = val(attributesOf);
        return;
      case 'numId':
        if (this.paragraph) this.paragraph.numId = val(attributesOf);
        return;
      case 'ilvl':
        if (this.paragraph) this.paragraph.ilvl = level(val(attributesOf));
        return;
      case 'outlineLvl':
        if (this.paragraph) this.paragraph.outlineLevel = level(val(attributesOf));
        return;
      case 'tbl':
        this.openTable();
        return;
      case 'tag': {
        const tag = val(attributesOf);
        // Kept in the Snapshot, so copied out of the part's text.
        if (this.tables.length === 0 && tag?.startsWith('docket:')) this.docketTag = detached(tag);
        return;
      }
      case 'tr':
        this.openRow();
        return;
      case 'gridBefore': {
        const table = this.tables.at(-1);
        if (table) table.gridCol = gridNumber(val(attributesOf), 0);
        return;
      }
      case 'tc':
        this.openCell();
        return;
      case 'gridSpan': {
        const cell = this.tables.at(-1)?.cell;
        if (cell) cell.span = Math.max(1, gridNumber(val(attributesOf), 1));
        return;
      }
      case 'vMerge': {
        const cell = this.tables.at(-1)?.cell;
        if (cell) cell.merge = val(attributesOf) === 'restart' ? 'restart' : 'continue';
        return;
      }
      case 'hMerge':
        if (val(attributesOf) !== 'restart') this.mergeIntoPreviousCell();
        return;
    }
  }

  close(): void {
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    const element = this.openElements.pop();
    if (!element) return;
    const { local } = element;
    if (element.properties) {
      this.propertiesDepth--;
      if (this.propertiesDepth === 0) this.inRunProperties = false;
      return;
    }
    switch (local) {
      case 'p':
        if (this.paragraph && this.known) this.closeParagraph(this.paragraph, this.known);
        this.paragraph = undefined;
        return;
      case 'r':
        this.run = undefined;
        return;
      case 't':
        this.textDepth--;
        return;
      case 'tc':
        this.closeCell();
        return;
      case 'tbl':
        this.tables.pop();
        return;
      case 'sdt':
        this.docketTag = undefined;
        return;
    }
  }

  text(text: string): void {
    if (this.textDepth > 0 && this.skipDepth === 0) this.show(text);
  }

  /** What an element is to this reader: null for one outside WordprocessingML. */
  private elementOf(name: string): WordElement | null {
    const guess = this.lastMet?.next;
    if (guess !== undefined && guess.name === name) return (this.lastMet = guess).element;
    let met = this.elements.get(name);
    if (met === undefined) {
      const local = wordLocal(name);
      met = { name, element: local === undefined ? null : { local, skipped: SKIPPED.has(local), properties: PROPERTIES.has(local) } };
      this.elements.set(name, met);
    }
    if (this.lastMet) this.lastMet.next = met;
    return (this.lastMet = met).element;
  }

  /** The Snapshot: texts without hidden runs, list labels and outline levels, now that styles and lists are known. */
  finish(styles: Styles, numbering: Numbering): Snapshot {
    for (const entry of this.pending) this.complete(entry, styles, numbering);
    this.pending.length = 0;
    return { blocks: this.blocks };
  }

  /**
   * A paragraph that closes is finished at once when it is the only one pending; its text at least is settled when
   * it is the last. One opened inside another (damage: Word never nests them) leaves them all to the end, so lists
   * are still numbered in document order.
   */
  private closeParagraph(read: ParagraphInProgress, { styles, numbering }: StylesAndLists): void {
    const last = this.pending.at(-1);
    if (last?.read !== read) return;
    if (this.pending.length > 1) {
      this.settle(last, styles);
      return;
    }
    this.complete(last, styles, numbering);
    this.pending.length = 0;
  }

  /** A paragraph's text, style, outline level and list label. Paragraphs are completed in document order. */
  private complete(entry: PendingParagraph, styles: Styles, numbering: Numbering): void {
    const { paragraph, read } = entry;
    if (read.pieces) this.settle(entry, styles);
    const styleId = styles.paragraphStyle(read.styleId);
    const style = styleId === undefined ? undefined : styles.resolve(styleId);
    const numId = read.numId ?? style?.numbering.numId;
    const ilvl = read.ilvl ?? style?.numbering.ilvl ?? 0;
    if (style) paragraph.style = style.name;
    const outline = read.outlineLevel ?? style?.outlineLevel;
    if (outline !== undefined) paragraph.outlineLevel = outline;
    if (numId !== undefined && numId !== '0') {
      const numbered = numbering.next(numId, ilvl, styles);
      if (numbered !== undefined) {
        paragraph.label = numbered.label;
        paragraph.listLevel = ilvl;
        paragraph.list = numbered.list;
      }
    }
  }

  /** The paragraph's text without its hidden runs; its runs are dropped. */
  private settle(entry: PendingParagraph, styles: Styles): void {
    const hidden = styles.hiddenRuns(styles.paragraphStyle(entry.read.styleId));
    entry.paragraph.text = detached(normaliseText(entry.read.pieces!.text(hidden)));
    this.listener?.settled(entry.paragraph, entry.read.pieces!.shown(hidden));
    entry.read.pieces = undefined;
  }

  /** Text that Word shows unless a field's code or the run's formatting hides it. */
  private show(text: string): void {
    if (!this.paragraph?.pieces || this.fieldsInCode > 0) return;
    const run = this.run;
    if (run?.vanish === true) return;
    this.paragraph.pieces.push(text, run?.vanish === false ? null : run?.style);
    this.listener?.part(text);
  }

  /** `begin` opens a field in its code, `separate` moves it to its result, `end` closes it. */
  private fieldChar(type: string | undefined): void {
    if (type === 'begin') {
      this.fields.push(false);
      this.fieldsInCode++;
    } else if (type === 'separate') {
      const open = this.fields.length - 1;
      if (open >= 0 && !this.fields[open]) {
        this.fields[open] = true;
        this.fieldsInCode--;
      }
    } else if (type === 'end' && this.fields.length > 0) {
      if (!this.fields.pop()) this.fieldsInCode--;
    }
  }

  /**
   * A paragraph takes its place now, in the open cell or the body; its text is set when it is finished. A cell's
   * first paragraph makes its list, of one: V8 gives an empty array pushed onto room for 17, and the 17,000 cells of
   * a 1,700-row document list, nearly all of one paragraph, kept 2 MB of room nobody used.
   */
  private push(read: ParagraphInProgress): void {
    const paragraph: Paragraph = { kind: 'paragraph', text: '' };
    const cell = this.tables.at(-1)?.cell;
    if (!cell) this.blocks.push(paragraph);
    else if (cell.paragraphs.length === 0) cell.paragraphs = [paragraph];
    else cell.paragraphs.push(paragraph);
    this.pending.push({ paragraph, read });
    this.listener?.paragraph(paragraph);
  }

  private openTable(): void {
    const parent = this.tables.at(-1);
    const table: Table = { kind: 'table', rows: [] };
    if (parent?.cell) {
      const row = parent.table.rows.length - 1;
      table.parent = { block: parent.block, row, col: parent.table.rows[row]!.cells.length - 1, paragraph: parent.cell.paragraphs.length };
    } else if (this.docketTag) {
      table.generated = this.docketTag;
      this.docketTag = undefined;
    }
    this.tables.push({ table, block: this.blocks.length, gridCol: 0 });
    this.blocks.push(table);
    this.listener?.table(table);
  }

  private openRow(): void {
    const table = this.tables.at(-1);
    if (!table) return;
    const row: Row = { cells: [] };
    table.table.rows.push(row);
    table.gridCol = 0;
    table.cell = undefined;
    this.listener?.row(row);
  }

  private openCell(): void {
    const table = this.tables.at(-1);
    const row = table?.table.rows.at(-1);
    if (!table || !row) return;
    table.cell = { paragraphs: [], gridCol: table.gridCol, span: 1 };
    row.cells.push(table.cell);
    this.listener?.cell(table.cell);
  }

  private closeCell(): void {
    const table = this.tables.at(-1);
    if (!table?.cell) return;
    table.gridCol = table.cell.gridCol + table.cell.span;
    table.cell = undefined;
  }

  /** A legacy horizontally merged cell: its grid columns belong to the cell before it. */
  private mergeIntoPreviousCell(): void {
    const table = this.tables.at(-1);
    const row = table?.table.rows.at(-1);
    if (!table?.cell || !row || row.cells.length < 2) return;
    const previous = row.cells[row.cells.length - 2]!;
    const merged = table.cell;
    row.cells.pop();
    previous.span += merged.span;
    for (const paragraph of merged.paragraphs) previous.paragraphs.push(paragraph);
    table.cell = previous;
  }
}

/**
 * The text as a string of its own. A run's text comes from the parser as a piece of the part's text, and V8 keeps a
 * piece of a string as a view of the whole (a sliced string): a paragraph of one run kept its 64 KB piece of the
 * part alive, and the Snapshot of the 1,700-row SA2 #164 list held 19 MB for its 240,000 characters of text (7 MB
 * once copied). Joined to a character and cut from it again, the text is copied out of the piece.
 */
function detached(text: string): string {
  return ` ${text}`.slice(1);
}

function val(attributesOf: () => Attributes): string | undefined {
  return attribute(attributesOf(), 'val');
}

/** A list or outline level, 0-8; anything else (9 is "body text", or damage) is none. */
function level(value: string | undefined): number | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && n <= 8 ? n : undefined;
}

/** A count of grid columns, kept within what a Word table can have. */
function gridNumber(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? Math.min(n, MAX_GRID_COLUMNS) : fallback;
}
