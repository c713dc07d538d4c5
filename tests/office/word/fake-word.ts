// A fake of the Word JavaScript API that behaves as Microsoft documents Word — not as Docket happens to use it. Each
// behaviour names its source; docs/office-behaviour.md lists them all. Like Office (../fake-office.ts) it only queues
// work until context.sync(), counts syncs, calls and the proxy objects a batch creates, and can fail a sync or a call.
//  - Requirement sets per method: a method newer than the host's WordApi fails at sync with ApiNotFound
//    (learn.microsoft.com/javascript/api/requirement-sets/word/word-api-requirement-sets).
//  - Word's text keeps its own characters: a non-breaking space, a manual line break (\v), a non-breaking hyphen
//    (\u001e) and a tab are characters of the paragraph's text (office-js #1755, #2331).
//  - Search: at most 255 characters, else InvalidArgument (office-js #31, #168); special characters only as codes —
//    ^t ^l ^s ^~ ^- and ^^ for a caret —, a raw tab or line break in the search text matches nothing (office-js #2331,
//    #5403); matches never cross paragraphs.
//  - Collections load with paging, { $top, $skip } (Word.Interfaces.CollectionLoadOptions).
//  - A cell in a vertically merged run cannot be reached: GeneralException (office-js #3200).
//  - insertText('Replace') over several paragraphs leaves one paragraph with the text (Word.Range.insertText).
//  - insertOoxml: a package without a styles part loses the styles its content uses, so a table in a named table style
//    gets no borders (learn.microsoft.com/office/dev/add-ins/word/create-better-add-ins-for-word-with-office-open-xml);
//    a table at the end of inserted content is followed by a new empty paragraph (office-js #116).
//  - Comments (WordApi 1.4) have ids; a batch applies its calls in order until one fails, and the calls before it stay
//    applied (OfficeExtension.Error.traceMessages); getOoxml fails on some documents with GeneralException
//    (office-js #6059); settings save only within 2 MB and can fail (Office.Settings.saveAsync).
import type { Snapshot, Table } from '../../../src/core';
import { readDocxForWriting, readFlatOpc } from '../../../src/io/docx/read';
import { flatOpcOf } from '../../helpers/docx';
import { flatOpcOf as plainFlatOpc } from '../../../src/io/docx/write';
import { Batch as OfficeBatch, ItemNotFound, loaded, memoryRegisterStore } from '../fake-office';

export interface FakeComment {
  id: string;
  content: string;
}
export interface FakeParagraph {
  text: string;
  comments: FakeComment[];
}
export interface FakeTable {
  rows: FakeCell[][];
  /** Whether its borders show: drawn directly, or by a table style Word knows. */
  borders: boolean;
}
export interface FakeCell {
  /** The cell's paragraphs and nested tables, in order. */
  content: (FakeParagraph | FakeTable)[];
  /** Continues the cell above (vertically merged). */
  continued?: boolean;
}
/** A block-level content control and what it holds. */
export interface FakeControl {
  tag: string;
  items: (FakeParagraph | FakeTable)[];
}
type Item = FakeParagraph | FakeTable | FakeControl;

const isTable = (item: Item | FakeParagraph | FakeTable): item is FakeTable => 'rows' in item;
const isControl = (item: Item): item is FakeControl => 'tag' in item;

/** When each method came: a host with an older WordApi refuses it. */
const SINCE: Record<string, number> = {
  'body.tables': 1.3,
  'tables.getFirst': 1.3,
  'table.getNext': 1.3,
  'table.rows': 1.3,
  'table.getCell': 1.3,
  'table.getRange': 1.3,
  'row.delete': 1.3,
  'row.insertRows': 1.3,
  'ranges.getFirst': 1.3,
  'ranges.getFirstOrNullObject': 1.3,
  'range.expandTo': 1.3,
  'range.getRange': 1.3,
  'paragraph.parentTableOrNullObject': 1.3,
  'paragraph.parentContentControlOrNullObject': 1.3,
  'paragraphs.getLast': 1.3,
  'range.insertComment': 1.4,
  'body.getComments': 1.4,
  'comment.delete': 1.4,
};

const SEARCH_CODES: Record<string, string> = { '^': '^', t: '\t', l: '\u000b', s: '\u00a0', '~': '\u001e', '-': '\u001f' };

export class FakeDocument {
  items: Item[] = [];
  selection: { paragraph: FakeParagraph; start: number; end: number } | undefined;
  syncs = 0;
  calls: string[] = [];
  /** Proxy objects created by the calls queued. */
  proxies = 0;
  /** Calls that fail when their batch runs, as Word refuses one call (by name, e.g. "range.insertComment"). */
  failingCalls = new Set<string>();
  /** Body.getOoxml fails for this document. */
  ooxmlFails = false;
  /** Paragraphs where Word refuses a comment (a protected region, say). */
  refuseComments = new Set<FakeParagraph>();
  /** Every flat OPC package inserted, as given. */
  inserted: string[] = [];
  private nextId = 1;

  constructor(
    items: Item[],
    readonly ooxml: string,
    readonly file?: Uint8Array,
  ) {
    this.items = items;
  }

  /** A document as Word holds a .docx: its paragraphs in Word's characters, its tables, Docket's content controls. */
  static fromDocx(bytes: Uint8Array): FakeDocument {
    const pkg = readDocxForWriting(bytes);
    const text = (paragraph: Snapshot['blocks'][number]) => {
      if (paragraph.kind !== 'paragraph') return '';
      const place = pkg.map.paragraphs.get(paragraph);
      if (!place) return paragraph.text;
      return place.pieces
        .map((piece) => {
          if (piece.content) return piece.text;
          const tag = /^<(?:[\w.-]+:)?(\w+)/.exec(pkg.xml.slice(piece.element.start, piece.element.start + 40))?.[1];
          return tag === 'tab' ? '\t' : tag === 'noBreakHyphen' ? '\u001e' : tag === 'br' || tag === 'cr' ? '\u000b' : piece.text;
        })
        .join('');
    };
    const tables = new Map<number, FakeTable>();
    const items: Item[] = [];
    pkg.snapshot.blocks.forEach((block, index) => {
      if (block.kind === 'paragraph') return items.push({ text: text(block), comments: [] });
      const table: FakeTable = {
        borders: true,
        rows: block.rows.map((row) => row.cells.map((cell) => ({ content: cell.paragraphs.map((p) => ({ text: text(p), comments: [] })), ...(cell.merge === 'continue' ? { continued: true } : {}) }))),
      };
      tables.set(index, table);
      if (block.parent) {
        const cell = tables.get(block.parent.block)!.rows[block.parent.row]![block.parent.col]!;
        const before = cell.content.filter((c) => !isTable(c)).slice(0, block.parent.paragraph ?? Infinity).at(-1);
        cell.content.splice(before ? cell.content.indexOf(before) + 1 : 0, 0, table);
      } else items.push(block.generated ? { tag: block.generated, items: [table] } : table);
    });
    return new FakeDocument(items, flatOpcOf(bytes), bytes);
  }

  /** Every paragraph in document order, as Word's body.paragraphs has them: a table's cell by cell. */
  paragraphs(items?: readonly (Item | FakeParagraph | FakeTable)[]): FakeParagraph[] {
    if (items === undefined) return (this.all ??= this.paragraphs(this.items));
    return items.flatMap((item) => (isTable(item) ? item.rows.flat().flatMap((cell) => this.paragraphs(cell.content)) : 'tag' in item ? this.paragraphs(item.items) : [item]));
  }

  /** The body's paragraphs as last listed, until the document's structure changes (a batch starts, rows or content move). */
  private all: FakeParagraph[] | undefined;
  changed(written = true): void {
    this.all = undefined;
    if (written) this.modified = true;
  }

  /** Whether anything was written since the document was opened. */
  modified = false;

  /** The body as flat OPC, as Word gives it now: the document as opened, else its items written out. */
  currentOoxml(): string {
    if (!this.modified) return this.ooxml;
    const run = (text: string) =>
      text
        // eslint-disable-next-line no-control-regex -- Word's own characters for a line break and a non-breaking hyphen
        .split(/([\t\v\u001e])/)
        .map((part) => ({ '\t': '<w:tab/>', '\u000b': '<w:br/>', '\u001e': '<w:noBreakHyphen/>' })[part] ?? (part === '' ? '' : `<w:t xml:space="preserve">${part.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t>`))
        .join('');
    const xml = (item: Item | FakeParagraph | FakeTable): string =>
      isTable(item)
        ? `<w:tbl>${item.rows.map((row) => `<w:tr>${row.map((cell) => `<w:tc>${cell.content.map(xml).join('') || '<w:p/>'}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`
        : 'tag' in item
          ? `<w:sdt><w:sdtPr><w:tag w:val="${item.tag}"/></w:sdtPr><w:sdtContent>${item.items.map(xml).join('')}</w:sdtContent></w:sdt>`
          : `<w:p><w:r>${run(item.text)}</w:r></w:p>`;
    return plainFlatOpc(this.items.map(xml).join(''));
  }

  /** The body's tables in order, those in content controls included. */
  tables(): FakeTable[] {
    return this.items.flatMap((item) => (isTable(item) ? [item] : isControl(item) ? item.items.filter(isTable) : []));
  }

  controls(tag: string): FakeControl[] {
    return this.items.filter((item): item is FakeControl => isControl(item) && item.tag === tag);
  }

  commentId(): string {
    return `comment-${this.nextId++}`;
  }

  /** The top-level item a paragraph or table is in (itself, a table, a control). */
  itemOf(part: FakeParagraph | FakeTable): Item | undefined {
    return this.items.find((item) => item === part || (isTable(part) ? this.tablesIn(item).includes(part) : this.paragraphs([item]).includes(part)));
  }

  /** Content from a flat OPC package, after `after` (a top-level item): styles it names without a styles part are lost. */
  insertAfter(ooxml: string, after: Item): void {
    this.inserted.push(ooxml);
    const content = itemsOf(readFlatOpc(ooxml).blocks, bordersIn(ooxml));
    const last = content.at(-1);
    if (last && (isTable(last) || (isControl(last) && last.items.some(isTable)))) content.push({ text: '', comments: [] });
    this.items.splice(this.items.indexOf(after) + 1, 0, ...content);
    this.changed();
  }

  private tablesIn(item: Item | FakeParagraph | FakeTable): FakeTable[] {
    if (isTable(item)) return [item, ...item.rows.flat().flatMap((cell) => cell.content.flatMap((c) => this.tablesIn(c)))];
    return 'tag' in item ? item.items.flatMap((i) => this.tablesIn(i)) : [];
  }
}

/** Whether the tables of an inserted package show borders: drawn directly, or by a table style its styles part defines. */
function bordersIn(ooxml: string): boolean {
  if (/<w:tblBorders>/.test(ooxml.slice(ooxml.indexOf('pkg:name="/word/document.xml"')))) return true;
  const style = /<w:tblStyle w:val="([^"]+)"/.exec(ooxml)?.[1];
  return style !== undefined && ooxml.includes('pkg:name="/word/styles.xml"') && new RegExp(`<w:style [^>]*w:styleId="${style}"`).test(ooxml);
}

/** Items of inserted content; content wrapped whole in one tagged control stays in it. */
function itemsOf(blocks: Snapshot['blocks'], borders: boolean, wrapper?: string): Item[] {
  const items: (FakeParagraph | FakeTable | FakeControl)[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') items.push({ text: block.text, comments: [] });
    else if (!block.parent) {
      const table = fakeTable(block, borders);
      items.push(block.generated && block.generated !== wrapper ? { tag: block.generated, items: [table] } : table);
    }
  }
  return wrapper ? [{ tag: wrapper, items: items.filter((i): i is FakeParagraph | FakeTable => !isControl(i)) }] : items;
}

/** The tag of a content control that wraps a package's content starting with a paragraph (the diagnostics block). */
function controlTagIn(ooxml: string): string | undefined {
  return /<w:body><w:sdt><w:sdtPr>.*?<w:tag w:val="([^"]+)"\/>.*?<\/w:sdtPr><w:sdtContent><w:p[ >]/s.exec(ooxml)?.[1];
}

function fakeTable(block: Table, borders: boolean): FakeTable {
  return { borders, rows: block.rows.map((row) => row.cells.map((cell) => ({ content: cell.paragraphs.map((p) => ({ text: p.text, comments: [] })) }))) };
}

type Batch = OfficeBatch<FakeDocument>;
/** Where a range is: paragraphs, and within the first one (when given) the characters from start to end. */
type Span = { paragraphs: FakeParagraph[]; start?: number; end?: number };

class WordBatch {
  constructor(
    readonly batch: Batch,
    readonly version: number,
  ) {}
  get doc(): FakeDocument {
    return this.batch.doc;
  }
  /** Records a call creating a proxy, refused at sync when the host's WordApi is older than the method. */
  call(name: string, operation?: () => void): void {
    this.doc.proxies++;
    this.run(name, operation);
  }
  /** Records a call; its operation runs at sync, and fails there if Word refuses the call. */
  run(name: string, operation?: () => void): void {
    const since = SINCE[name];
    if (since !== undefined && since > this.version) {
      this.batch.record(name, () => {
        throw Object.assign(new Error(`${name} needs WordApi ${since}`), { code: 'ApiNotFound' });
      });
      return;
    }
    if (this.doc.failingCalls.has(name)) {
      this.batch.record(name, () => {
        throw Object.assign(new Error(`${name} failed`), { code: 'GeneralException' });
      });
      return;
    }
    this.batch.record(name, operation);
  }
}

function searchIn(paragraphs: FakeParagraph[], code: string, matchCase: boolean): Span[] {
  if (code.length > 255) throw Object.assign(new Error('The search string is longer than 255 characters.'), { code: 'InvalidArgument' });
  // A raw tab or line break in a search matches nothing in Word.
  if (/[\t\v]/.test(code)) return [];
  const needle = code.replace(/\^(.)/g, (all, c: string) => SEARCH_CODES[c] ?? all);
  const found: Span[] = [];
  for (const paragraph of paragraphs) {
    const hay = matchCase ? paragraph.text : paragraph.text.toLowerCase();
    const want = matchCase ? needle : needle.toLowerCase();
    for (let at = hay.indexOf(want); at >= 0 && want !== ''; at = hay.indexOf(want, at + want.length)) found.push({ paragraphs: [paragraph], start: at, end: at + want.length });
  }
  return found;
}

class FakeRange {
  private readonly textValue = loaded<string>();
  private readonly nullValue = loaded<boolean>();
  constructor(
    protected readonly w: WordBatch,
    readonly resolve: () => Span | null,
  ) {}
  load(what: string): this {
    this.w.run(`range.load(${what})`, () => {
      const span = this.resolve();
      this.nullValue.set(span === null);
      if (what.includes('text')) this.textValue.set(span === null ? '' : textOf(span));
    });
    return this;
  }
  get text(): string {
    return this.textValue.get('range.text');
  }
  get isNullObject(): boolean {
    return this.nullValue.get('range.isNullObject');
  }
  search(code: string, options: { matchCase: boolean }): FakeRangeCollection {
    this.w.call('range.search');
    return new FakeRangeCollection(this.w, () => searchIn(this.must().paragraphs, code, options.matchCase).filter((s) => inside(s, this.must())));
  }
  getRange(where: 'Whole' | 'Start' | 'End'): FakeRange {
    this.w.call('range.getRange');
    return new FakeRange(this.w, () => {
      const span = this.must();
      const paragraph = span.paragraphs[0]!;
      if (where === 'Whole') return span;
      const at = where === 'Start' ? (span.start ?? 0) : (span.end ?? paragraph.text.length);
      return { paragraphs: [where === 'Start' ? paragraph : span.paragraphs.at(-1)!], start: at, end: at };
    });
  }
  expandTo(other: FakeRange): FakeRange {
    this.w.call('range.expandTo');
    return new FakeRange(this.w, () => {
      const [a, b] = [this.must(), other.resolve()];
      if (!b || a.paragraphs[0] !== b.paragraphs[0]) throw new ItemNotFound('range');
      return { paragraphs: a.paragraphs, start: Math.min(a.start ?? 0, b.start ?? 0), end: Math.max(a.end ?? 0, b.end ?? a.paragraphs[0]!.text.length) };
    });
  }
  select(): void {
    this.w.run('range.select', () => {
      const span = this.must();
      const paragraph = span.paragraphs[0]!;
      this.w.doc.selection = { paragraph, start: span.start ?? 0, end: span.end ?? paragraph.text.length };
    });
  }
  /** "Replace" puts the text in place of the range — over several paragraphs, it leaves one; "Start" and "End" add at its ends. */
  insertText(text: string, where: 'Replace' | 'Start' | 'End'): void {
    this.w.run(`range.insertText(${where})`, () => {
      this.w.doc.modified = true;
      const span = this.must();
      const first = span.paragraphs[0]!;
      const start = span.start ?? 0;
      if (where === 'Start') first.text = first.text.slice(0, start) + text + first.text.slice(start);
      else if (where === 'End') {
        const last = span.paragraphs.at(-1)!;
        const end = span.end ?? last.text.length;
        last.text = last.text.slice(0, end) + text + last.text.slice(end);
      } else if (span.paragraphs.length === 1) first.text = first.text.slice(0, start) + text + first.text.slice(span.end ?? first.text.length);
      else {
        first.text = first.text.slice(0, start) + text;
        for (const gone of span.paragraphs.slice(1)) removeParagraph(this.w.doc, gone);
        this.w.doc.changed();
      }
    });
  }
  insertComment(text: string): FakeComment$ {
    const comment = new FakeComment$(this.w);
    this.w.call('range.insertComment', () => {
      const paragraph = this.must().paragraphs[0]!;
      if (this.w.doc.refuseComments.has(paragraph)) throw Object.assign(new Error('GeneralException'), { code: 'GeneralException' });
      const made = { id: this.w.doc.commentId(), content: text };
      paragraph.comments.push(made);
      comment.made = made;
    });
    return comment;
  }
  /** Content after the paragraph or table the range is (Range.insertOoxml with "After"). */
  insertOoxml(ooxml: string, where: 'After'): void {
    this.w.run(`range.insertOoxml(${where})`, () => {
      const span = this.must();
      const item = this.w.doc.itemOf(span.paragraphs.at(-1)!);
      if (!item) throw new ItemNotFound('range');
      this.w.doc.insertAfter(ooxml, item);
    });
  }
  protected must(): Span {
    const span = this.resolve();
    if (span === null) throw new ItemNotFound('range');
    return span;
  }
}

function textOf(span: Span): string {
  if (span.start === undefined) return span.paragraphs.map((p) => p.text).join('\r');
  return span.paragraphs[0]!.text.slice(span.start, span.end);
}

function inside(found: Span, within: Span): boolean {
  if (!within.paragraphs.includes(found.paragraphs[0]!)) return false;
  if (within.start === undefined) return true;
  return found.start! >= within.start && found.end! <= (within.end ?? Infinity);
}

function removeParagraph(doc: FakeDocument, paragraph: FakeParagraph): void {
  const remove = (list: (Item | FakeParagraph | FakeTable)[]) => {
    const at = list.indexOf(paragraph);
    if (at >= 0) list.splice(at, 1);
    for (const item of list) {
      if (isTable(item)) item.rows.flat().forEach((cell) => remove(cell.content));
      else if ('tag' in item) remove(item.items);
    }
  };
  remove(doc.items);
}

class FakeComment$ {
  made: FakeComment | undefined;
  private readonly idValue = loaded<string>();
  constructor(private readonly w: WordBatch) {}
  load(_what: 'id'): void {
    this.w.run('comment.load(id)', () => this.idValue.set(this.made!.id));
  }
  get id(): string {
    return this.idValue.get('comment.id');
  }
}

class FakeRangeCollection {
  private readonly itemsValue = loaded<FakeRange[]>();
  constructor(
    private readonly w: WordBatch,
    private readonly resolve: () => Span[],
  ) {}
  load(_what: 'items'): void {
    this.w.run('ranges.load', () => this.itemsValue.set(this.resolve().map((span) => new FakeRange(this.w, () => span))));
  }
  get items(): FakeRange[] {
    return this.itemsValue.get('ranges.items');
  }
  /** The first result; the batch fails with ItemNotFound when there is none. */
  getFirst(): FakeRange {
    this.w.call('ranges.getFirst');
    return new FakeRange(this.w, () => {
      const found = this.resolve()[0];
      if (!found) throw new ItemNotFound('search result');
      return found;
    });
  }
  getFirstOrNullObject(): FakeRange {
    this.w.call('ranges.getFirstOrNullObject');
    return new FakeRange(this.w, () => this.resolve()[0] ?? null);
  }
}

/** A paragraph: an item of a loaded collection, or one reached by getLast. */
class FakeParagraph$ extends FakeRange {
  constructor(
    w: WordBatch,
    private readonly at: () => FakeParagraph,
    private readonly loadedText: boolean,
  ) {
    super(w, () => ({ paragraphs: [at()] }));
  }
  private get paragraph(): FakeParagraph {
    return this.at();
  }
  override get text(): string {
    if (!this.loadedText) throw new Error('PropertyNotLoaded: paragraph.text was read before load() and context.sync()');
    return this.paragraph.text;
  }
  get parentTableOrNullObject() {
    this.w.call('paragraph.parentTableOrNullObject');
    const doc = this.w.doc;
    const isNull = loaded<boolean>();
    const table = () => doc.tables().find((t) => doc.paragraphs([t]).includes(this.paragraph));
    return {
      load: () => this.w.run('table.load(isNullObject)', () => isNull.set(table() === undefined)),
      get isNullObject() {
        return isNull.get('table.isNullObject');
      },
      getRange: () => new FakeRange(this.w, () => ({ paragraphs: doc.paragraphs([table()!]) })),
    };
  }
  get parentContentControlOrNullObject() {
    this.w.call('paragraph.parentContentControlOrNullObject');
    const doc = this.w.doc;
    const isNull = loaded<boolean>();
    const control = () => doc.items.find((item): item is FakeControl => isControl(item) && doc.paragraphs(item.items).includes(this.paragraph));
    return {
      load: () => this.w.run('control.load(isNullObject)', () => isNull.set(control() === undefined)),
      get isNullObject() {
        return isNull.get('control.isNullObject');
      },
      getRange: () => new FakeRange(this.w, () => ({ paragraphs: doc.paragraphs(control()!.items) })),
    };
  }
}

class FakeParagraphs {
  private readonly itemsValue = loaded<FakeParagraph$[]>();
  constructor(
    private readonly w: WordBatch,
    private readonly list: () => FakeParagraph[],
  ) {}
  /** Loads the paragraphs, or a page of them: { $top, $skip } (Word.Interfaces.CollectionLoadOptions). */
  load(options: { text?: boolean; $top?: number; $skip?: number } | string): void {
    this.w.run('paragraphs.load', () => {
      const all = this.list();
      const page = typeof options === 'string' ? all : all.slice(options.$skip ?? 0, options.$top === undefined ? undefined : (options.$skip ?? 0) + options.$top);
      const text = typeof options === 'string' ? options.includes('text') : options.text === true;
      this.itemsValue.set(page.map((p) => new FakeParagraph$(this.w, () => p, text)));
    });
  }
  get items(): FakeParagraph$[] {
    return this.itemsValue.get('paragraphs.items');
  }
  getLast(): FakeParagraph$ {
    this.w.call('paragraphs.getLast');
    return new FakeParagraph$(this.w, () => this.list().at(-1)!, false);
  }
}

class FakeTableRow {
  constructor(
    private readonly w: WordBatch,
    private readonly table: () => FakeTable,
    private readonly row: FakeCell[],
    readonly values: string[][],
  ) {}
  delete(): void {
    this.w.call('row.delete', () => {
      this.table().rows.splice(this.table().rows.indexOf(this.row), 1);
      this.w.doc.changed();
    });
  }
  /** TableRow.insertRows: new rows in this row's look, one cell per value (else InvalidArgument). */
  insertRows(where: 'After', count: number, values: string[][]): void {
    this.w.call(`row.insertRows`, () => {
      const rows = this.table().rows;
      if (!rows.includes(this.row)) throw new ItemNotFound('row');
      if (values.length !== count || values.some((v) => v.length !== this.row.length)) throw Object.assign(new Error('InvalidArgument'), { code: 'InvalidArgument' });
      rows.splice(rows.indexOf(this.row) + (where === 'After' ? 1 : 0), 0, ...values.map((cells) => cells.map((text) => ({ content: [{ text, comments: [] }] }))));
      this.w.doc.changed();
    });
  }
}

class FakeTable$ {
  constructor(
    private readonly w: WordBatch,
    private readonly list: () => FakeTable[],
    private readonly index: number,
  ) {}
  item(): FakeTable {
    const found = this.list()[this.index];
    if (!found) throw new ItemNotFound('table');
    return found;
  }
  getNext(): FakeTable$ {
    this.w.call('table.getNext');
    return new FakeTable$(this.w, this.list, this.index + 1);
  }
  get rows() {
    this.w.call('table.rows');
    const w = this.w;
    const table = () => this.item();
    const items = loaded<FakeTableRow[]>();
    return {
      load(_what: string) {
        w.run('rows.load', () => items.set(table().rows.map((row) => new FakeTableRow(w, table, row, [row.map((cell) => w.doc.paragraphs(cell.content).map((p) => p.text).join('\r'))]))));
      },
      get items() {
        return items.get('rows.items');
      },
    };
  }
  /** A cell by row and cell index; one in a vertically merged run cannot be reached (GeneralException). */
  getCell(row: number, col: number) {
    this.w.call('table.getCell');
    const cell = (): FakeCell => {
      const found = this.item().rows[row]?.[col];
      if (!found) throw new ItemNotFound('cell');
      if (found.continued) throw Object.assign(new Error('GeneralException'), { code: 'GeneralException' });
      return found;
    };
    return { body: new FakeBody(this.w, () => this.w.doc.paragraphs(cell().content), () => cell().content.filter(isTable)) };
  }
}

class FakeBody {
  constructor(
    private readonly w: WordBatch,
    private readonly paragraphList: () => FakeParagraph[],
    private readonly tableList: () => FakeTable[],
  ) {}
  get paragraphs(): FakeParagraphs {
    this.w.call('body.paragraphs');
    return new FakeParagraphs(this.w, this.paragraphList);
  }
  get tables() {
    this.w.call('body.tables');
    return {
      getFirst: () => {
        this.w.call('tables.getFirst');
        return new FakeTable$(this.w, this.tableList, 0);
      },
    };
  }
  getRange(_where: 'Whole'): FakeRange {
    this.w.call('range.getRange');
    return new FakeRange(this.w, () => ({ paragraphs: this.paragraphList() }));
  }
  search(code: string, options: { matchCase: boolean }): FakeRangeCollection {
    this.w.call('body.search');
    return new FakeRangeCollection(this.w, () => searchIn(this.paragraphList(), code, options.matchCase));
  }
  /** Content added at the end of the body (Body.insertOoxml with "End"). */
  insertOoxml(ooxml: string, where: 'End'): void {
    this.w.run(`body.insertOoxml(${where})`, () => {
      const content = itemsOf(readFlatOpc(ooxml).blocks, bordersIn(ooxml), controlTagIn(ooxml));
      this.w.doc.items.push(...content);
      this.w.doc.changed();
    });
  }
  /** Content controls by tag (WordApi 1.1); deleting one with keepContent false removes what it holds. */
  get contentControls() {
    const w = this.w;
    return {
      getByTag: (tag: string) => {
        w.call('contentControls.getByTag');
        const items = loaded<{ delete(keepContent: boolean): void }[]>();
        return {
          load(_what: string) {
            w.run('controls.load', () =>
              items.set(
                w.doc.controls(tag).map((control) => ({
                  delete: (keepContent: boolean) =>
                    w.run('control.delete', () => {
                      const at = w.doc.items.indexOf(control);
                      w.doc.items.splice(at, 1, ...(keepContent ? control.items : []));
                      w.doc.changed();
                    }),
                })),
              ),
            );
          },
          get items() {
            return items.get('controls.items');
          },
        };
      },
    };
  }
  getOoxml(): { value: string } {
    const value = loaded<string>();
    this.w.run('body.getOoxml', () => {
      if (this.w.doc.ooxmlFails) throw Object.assign(new Error('GeneralException'), { code: 'GeneralException' });
      value.set(this.w.doc.currentOoxml());
    });
    return {
      get value() {
        return value.get('getOoxml().value');
      },
    };
  }
  getComments() {
    this.w.call('body.getComments');
    const w = this.w;
    const items = loaded<{ id: string; content: string; delete(): void }[]>();
    return {
      load(_what: string) {
        w.run('comments.load', () =>
          items.set(
            w.doc.paragraphs().flatMap((paragraph) =>
              paragraph.comments.map((comment) => ({
                id: comment.id,
                content: comment.content,
                delete: () => w.call('comment.delete', () => paragraph.comments.splice(paragraph.comments.indexOf(comment), 1)),
              })),
            ),
          ),
        );
      },
      get items() {
        return items.get('comments.items');
      },
    };
  }
}

/**
 * context.sync(): counts the sync; a sync numbered `failAtSync` is refused whole, before anything in it runs (a
 * request Office rejects); else the calls run in order until one fails — those before it stay applied.
 */
async function sync(batch: Batch, failAtSync: number | undefined): Promise<void> {
  batch.doc.syncs++;
  const queue = batch.queue;
  batch.queue = [];
  if (batch.doc.syncs === failAtSync) throw Object.assign(new Error('The request failed.'), { code: 'GeneralException' });
  for (const operation of queue) operation();
  await Promise.resolve();
}

/** A settings store as Office.Settings keeps it: within 2 MB, and a save that can fail. */
export function fakeSettings(options: { failSave?: boolean } = {}) {
  let saved: unknown;
  return {
    load: () => saved,
    save: (value: unknown) => {
      if (options.failSave) return Promise.reject(Object.assign(new Error('The settings could not be saved.'), { code: 'GeneralException' }));
      if (JSON.stringify(value).length > 2 * 1024 * 1024) return Promise.reject(Object.assign(new Error('Settings are limited to 2 MB.'), { code: 'GeneralException' }));
      saved = value;
      return Promise.resolve();
    },
  };
}

/** The Word API the host needs, over a fake document, for a host with the given WordApi. */
export function fakeWord(doc: FakeDocument, sets: { WordApi: number } = { WordApi: 1.4 }, options: { failAtSync?: number } = {}) {
  return {
    async run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
      doc.changed(false);
      const w = new WordBatch(new OfficeBatch(doc), sets.WordApi);
      const context = {
        document: {
          body: new FakeBody(w, () => doc.paragraphs(), () => doc.tables()),
          getSelection: () => {
            w.call('document.getSelection');
            return { paragraphs: new FakeParagraphs(w, () => (doc.selection ? [doc.selection.paragraph] : doc.paragraphs().slice(-1))) };
          },
        },
        sync: () => sync(w.batch, options.failAtSync),
      };
      return batch(context as unknown as Word.RequestContext);
    },
    isSetSupported: (name: string, version: string) => name === 'WordApi' && Number(version) <= sets.WordApi,
    settings: fakeSettings(),
    ignores: fakeSettings(),
    documentRegister: memoryRegisterStore(),
    commentIds: fakeSettings(),
    file: () => Promise.resolve(doc.file ?? new Uint8Array()),
    about: { platform: 'Fake', version: `WordApi ${sets.WordApi}` },
  };
}
