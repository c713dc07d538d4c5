// Builds the Snapshot from the XML of word/document.xml, element by element as the parser streams it: paragraphs
// with their text, style and list membership; tables with merged cells (gridSpan, vMerge) and nested tables.
// Inline markup (bookmarks, runs, hyperlinks, fields, content controls, insertions) is looked through; deleted and
// moved-away text, field codes, text boxes and drawings are left out, as Word leaves them out of the reading text.
import type { Block, Cell, Paragraph, Row, Snapshot, Table } from '../../core';
import { normaliseText } from '../../core';
import type { Numbering } from './numbering';
import type { Styles } from './styles';
import type { Attributes, XmlHandler } from './xml';

const WORDPROCESSING_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

/** Elements whose whole content is not part of the reading text. */
const SKIPPED = new Set([
  'del', 'moveFrom', 'delText', 'instrText', 'txbxContent', 'drawing', 'pict', 'object',
  'pPrChange', 'rPrChange', 'tcPrChange', 'trPrChange', 'tblPrChange', 'sectPrChange', 'tblGrid', 'sectPr',
  'footnoteReference', 'endnoteReference', 'commentReference',
]);

/** Property elements: their content (tab stops, run settings) is formatting, not text. */
const PROPERTIES = new Set(['pPr', 'rPr', 'tcPr', 'trPr', 'tblPr']);

/**
 * Told, as the reading goes, what it makes of the element being read — for the writer that maps the Snapshot back
 * onto the XML (map.ts), so reading and writing agree on what text is.
 */
export interface BodyListener {
  /** A piece of the current paragraph's text comes from the element being read (a text run's text, a tab, a break). */
  part(text: string): void;
  paragraph(paragraph: Paragraph): void;
  table(table: Table): void;
  row(row: Row): void;
  cell(cell: Cell): void;
}

interface ParagraphInProgress {
  parts: string[];
  styleId?: string;
  numId?: string;
  ilvl?: number;
  outlineLevel?: number;
  /** Where the finished paragraph goes. */
  into: Paragraph[] | Block[];
}

interface TableInProgress {
  table: Table;
  cell?: Cell;
  gridCol: number;
}

export class BodyBuilder implements XmlHandler {
  private readonly blocks: Block[] = [];
  /** Every paragraph in document order, with its list membership, for labelling once styles and lists are known. */
  private readonly paragraphs: { paragraph: Paragraph; styleId?: string; numId?: string; ilvl?: number; outlineLevel?: number }[] = [];
  private readonly tables: TableInProgress[] = [];
  private paragraph: ParagraphInProgress | undefined;
  private prefix = 'w:';
  private valAttribute = 'w:val';
  private sawRoot = false;
  private skipDepth = 0;
  private textDepth = 0;
  private propertiesDepth = 0;
  /** The tag of the Docket content control being read, until its table opens. */
  private docketTag: string | undefined;

  constructor(private readonly listener?: BodyListener) {}

  open(name: string, attributesOf: () => Attributes): void {
    if (this.skipDepth > 0) {
      this.skipDepth++;
      return;
    }
    if (!this.sawRoot) {
      this.sawRoot = true;
      this.declarePrefix(attributesOf());
    }
    if (name.endsWith(':Fallback')) {
      this.skipDepth = 1;
      return;
    }
    if (!name.startsWith(this.prefix)) return;
    const local = name.slice(this.prefix.length);
    if (SKIPPED.has(local)) {
      this.skipDepth = 1;
      return;
    }
    if (PROPERTIES.has(local)) {
      this.propertiesDepth++;
      return;
    }
    switch (local) {
      case 'p':
        this.paragraph = { parts: [], into: this.tables.at(-1)?.cell?.paragraphs ?? this.blocks };
        return;
      case 't':
        this.textDepth++;
        return;
      case 'tab':
        if (this.propertiesDepth === 0) this.addPart('\t');
        return;
      case 'br':
      case 'cr':
        this.addPart('\n');
        return;
      case 'noBreakHyphen':
        this.addPart('-');
        return;
      case 'pStyle':
        if (this.paragraph) this.paragraph.styleId = this.val(attributesOf);
        return;
      case 'numId':
        if (this.paragraph) this.paragraph.numId = this.val(attributesOf);
        return;
      case 'ilvl':
        if (this.paragraph) this.paragraph.ilvl = Number(this.val(attributesOf));
        return;
      case 'outlineLvl':
        if (this.paragraph) this.paragraph.outlineLevel = Number(this.val(attributesOf));
        return;
      case 'tbl':
        this.openTable();
        return;
      case 'tag': {
        const tag = this.val(attributesOf);
        if (this.tables.length === 0 && tag?.startsWith('docket:')) this.docketTag = tag;
        return;
      }
      case 'tr':
        this.openRow();
        return;
      case 'gridBefore': {
        const table = this.tables.at(-1);
        if (table) table.gridCol = Number(this.val(attributesOf)) || 0;
        return;
      }
      case 'tc':
        this.openCell();
        return;
      case 'gridSpan': {
        const cell = this.tables.at(-1)?.cell;
        if (cell) cell.span = Math.max(1, Number(this.val(attributesOf)) || 1);
        return;
      }
      case 'vMerge': {
        const cell = this.tables.at(-1)?.cell;
        if (cell) cell.merge = this.val(attributesOf) === 'restart' ? 'restart' : 'continue';
        return;
      }
      case 'hMerge':
        if (this.val(attributesOf) !== 'restart') this.mergeIntoPreviousCell();
        return;
    }
  }

  close(name: string): void {
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    if (!name.startsWith(this.prefix)) return;
    const local = name.slice(this.prefix.length);
    if (PROPERTIES.has(local)) {
      this.propertiesDepth--;
      return;
    }
    switch (local) {
      case 'p':
        this.closeParagraph();
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
    if (this.textDepth > 0 && this.skipDepth === 0) this.addPart(text);
  }

  private addPart(text: string): void {
    if (!this.paragraph) return;
    this.paragraph.parts.push(text);
    this.listener?.part(text);
  }

  /** The Snapshot, with list labels and outline levels computed now that styles and numbering are known. */
  finish(styles: Styles, numbering: Numbering): Snapshot {
    for (const entry of this.paragraphs) {
      const styleId = styles.paragraphStyle(entry.styleId);
      const style = styleId === undefined ? undefined : styles.resolve(styleId);
      const numId = entry.numId ?? style?.numbering.numId;
      const ilvl = entry.ilvl ?? style?.numbering.ilvl ?? 0;
      const { paragraph } = entry;
      if (style) paragraph.style = style.name;
      const outline = entry.outlineLevel ?? style?.outlineLevel;
      if (outline !== undefined && outline <= 8) paragraph.outlineLevel = outline;
      if (numId !== undefined && numId !== '0') {
        const label = numbering.next(numId, ilvl, styles);
        if (label !== undefined) {
          paragraph.label = label;
          paragraph.listLevel = ilvl;
        }
      }
    }
    return { blocks: this.blocks };
  }

  /** The local name of a WordprocessingML element ("p" for "w:p"), undefined for any other. */
  wordLocal(name: string): string | undefined {
    return this.sawRoot && name.startsWith(this.prefix) ? name.slice(this.prefix.length) : undefined;
  }

  /** Picks up the prefix the root element binds to the WordprocessingML namespace, when it is not the usual "w". */
  private declarePrefix(attributes: Attributes): void {
    for (const key in attributes) {
      if ((key === 'xmlns' || key.startsWith('xmlns:')) && WORDPROCESSING_NAMESPACES.has(attributes[key]!)) {
        this.prefix = key === 'xmlns' ? '' : `${key.slice(6)}:`;
        this.valAttribute = `${this.prefix}val`;
        return;
      }
    }
  }

  private val(attributesOf: () => Attributes): string | undefined {
    return attributesOf()[this.valAttribute];
  }

  private closeParagraph(): void {
    const p = this.paragraph;
    if (!p) return;
    this.paragraph = undefined;
    const paragraph: Paragraph = { kind: 'paragraph', text: normaliseText(p.parts.join('')) };
    (p.into as Paragraph[]).push(paragraph);
    this.listener?.paragraph(paragraph);
    this.paragraphs.push({ paragraph, styleId: p.styleId, numId: p.numId, ilvl: p.ilvl, outlineLevel: p.outlineLevel });
  }

  private openTable(): void {
    const parent = this.tables.at(-1);
    const table: Table = { kind: 'table', rows: [] };
    if (parent?.cell) {
      const parentBlock = this.blocks.indexOf(parent.table);
      const row = parent.table.rows.length - 1;
      table.parent = { block: parentBlock, row, col: parent.table.rows[row]!.cells.length - 1, paragraph: parent.cell.paragraphs.length };
    } else if (this.docketTag) {
      table.generated = this.docketTag;
      this.docketTag = undefined;
    }
    this.blocks.push(table);
    this.tables.push({ table, gridCol: 0 });
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
    previous.paragraphs.push(...merged.paragraphs);
    table.cell = previous;
  }
}
