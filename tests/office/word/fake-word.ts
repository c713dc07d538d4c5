// A recording fake of the Word JavaScript API calls Docket uses. Like Office (see ../fake-office.ts), it only queues
// work until context.sync(): navigation proxies resolve at the sync, and a batch that touches an item that does not
// exist fails with ItemNotFound. It counts syncs.
import type { Block, Snapshot } from '../../../src/core';
import { readFlatOpc } from '../../../src/io/docx/read';
import { Batch as OfficeBatch, ItemNotFound, loaded, memoryStore, memoryRegisterStore, syncBatch } from '../fake-office';

type Batch = OfficeBatch<FakeDocument>;

export interface FakeParagraph {
  text: string;
  comments: string[];
}
export interface FakeCell {
  paragraphs: FakeParagraph[];
  tables: FakeTable[];
}
export interface FakeTable {
  rows: FakeCell[][];
}
/** A block-level content control and what it holds. */
export interface FakeControl {
  tag: string;
  items: (FakeParagraph | FakeTable)[];
}
type Item = FakeParagraph | FakeTable | FakeControl;

/** The document: top-level paragraphs and tables in order. */
export class FakeDocument {
  items: Item[] = [];
  selection: { paragraph: FakeParagraph; start: number; end: number } | undefined;
  syncs = 0;
  calls: string[] = [];
  foreignComments: { paragraph: FakeParagraph; content: string }[] = [];

  constructor(
    snapshot: Snapshot,
    readonly ooxml: string,
  ) {
    this.items = itemsOf(snapshot.blocks);
  }

  /** Every paragraph in document order, as Word's body.paragraphs has them. */
  paragraphs(items: Item[] = this.items): FakeParagraph[] {
    return items.flatMap((item) =>
      'rows' in item ? item.rows.flat().flatMap((cell) => this.paragraphs([...cell.paragraphs, ...cell.tables])) : 'tag' in item ? this.paragraphs(item.items) : [item],
    );
  }

  /** The body's tables in order, those in content controls included. */
  tables(): FakeTable[] {
    return this.items.flatMap((item) => ('rows' in item ? [item] : 'tag' in item ? item.items.filter((i): i is FakeTable => 'rows' in i) : []));
  }

  controls(tag: string): FakeControl[] {
    return this.items.filter((item): item is FakeControl => 'tag' in item && item.tag === tag);
  }

  /** The text Word gives for a content control: its paragraphs, separated by carriage returns. */
  controlText(control: FakeControl): string {
    return this.paragraphs(control.items).map((p) => p.text).join('\r');
  }

  /** Puts OOXML (a flat OPC package, as insertOoxml takes) in place of `replaced`, or after `after`, or at the end. */
  insert(ooxml: string, where: { replaced?: Item; after?: Item }): void {
    const content = itemsOf(readFlatOpc(ooxml).blocks);
    const at = where.replaced ? this.items.indexOf(where.replaced) : where.after ? this.items.indexOf(where.after) + 1 : this.items.length;
    this.items.splice(at, where.replaced ? 1 : 0, ...content);
  }

  /** The top-level item a paragraph is in (itself, a table, a control). */
  itemOf(paragraph: FakeParagraph): Item | undefined {
    return this.items.find((item) => this.paragraphs([item]).includes(paragraph));
  }
}

/** The document's items; a table Docket generated is in its content control, as in the document. */
function itemsOf(blocks: Block[]): Item[] {
  const items: Item[] = [];
  const tables = new Map<number, FakeTable>();
  blocks.forEach((block, index) => {
    if (block.kind === 'paragraph') return items.push({ text: block.text, comments: [] });
    const table: FakeTable = {
      rows: block.rows.map((row) => row.cells.map((cell) => ({ paragraphs: cell.paragraphs.map((p) => ({ text: p.text, comments: [] })), tables: [] }))),
    };
    tables.set(index, table);
    if (block.parent) tables.get(block.parent.block)!.rows[block.parent.row]![block.parent.col]!.tables.push(table);
    else items.push(block.generated ? { tag: block.generated, items: [table] } : table);
  });
  return items;
}

type Span = { paragraphs: FakeParagraph[]; start?: number; end?: number };

class FakeRange {
  private readonly textValue = loaded<string>();
  private readonly nullValue = loaded<boolean>();
  constructor(
    private readonly batch: Batch,
    readonly resolve: () => Span | null,
  ) {}
  load(what: string): this {
    this.batch.record(`range.load(${what})`, () => {
      const span = this.resolve();
      this.nullValue.set(span === null);
      if (what.includes('text')) {
        if (span === null) throw new ItemNotFound('range');
        this.textValue.set(span.start === undefined ? span.paragraphs.map((p) => p.text).join('\r') : span.paragraphs[0]!.text.slice(span.start, span.end));
      }
    });
    return this;
  }
  get text(): string {
    return this.textValue.get('range.text');
  }
  get isNullObject(): boolean {
    return this.nullValue.get('range.isNullObject');
  }
  search(text: string, options: { matchCase: boolean }): FakeRangeCollection {
    this.batch.record('range.search');
    return new FakeRangeCollection(this.batch, () => {
      const span = this.resolve();
      if (span === null) throw new ItemNotFound('range');
      return searchIn(span.paragraphs, text, options.matchCase);
    });
  }
  select(): void {
    this.batch.record('range.select', () => {
      const span = this.must();
      const paragraph = span.paragraphs[0]!;
      this.batch.doc.selection = { paragraph, start: span.start ?? 0, end: span.end ?? paragraph.text.length };
    });
  }
  /** "Replace" puts the text in place of the range; "Start" before what the range holds (Word.InsertLocation). */
  insertText(text: string, where: 'Replace' | 'Start'): void {
    this.batch.record(`range.insertText(${where})`, () => {
      const span = this.must();
      const paragraph = span.paragraphs[0]!;
      const start = span.start ?? 0;
      const end = where === 'Start' ? start : (span.end ?? paragraph.text.length);
      paragraph.text = paragraph.text.slice(0, start) + text + paragraph.text.slice(end);
    });
  }
  /** A new table after the paragraph or table the range is in (Range.insertOoxml with "After"). */
  insertOoxml(ooxml: string, where: 'After'): void {
    this.batch.record(`range.insertOoxml(${where})`, () => {
      const paragraph = this.must().paragraphs[0]!;
      this.batch.doc.insert(ooxml, { after: this.batch.doc.itemOf(paragraph)! });
    });
  }
  insertComment(text: string): void {
    this.batch.record('range.insertComment', () => this.must().paragraphs[0]!.comments.push(text));
  }
  private must(): Span {
    const span = this.resolve();
    if (span === null) throw new ItemNotFound('range');
    return span;
  }
}

function searchIn(paragraphs: FakeParagraph[], text: string, matchCase: boolean): Span[] {
  const needle = text.replace(/\^\^/g, '^');
  const found: Span[] = [];
  for (const paragraph of paragraphs) {
    const start = matchCase ? paragraph.text.indexOf(needle) : paragraph.text.toLowerCase().indexOf(needle.toLowerCase());
    if (start >= 0) found.push({ paragraphs: [paragraph], start, end: start + needle.length });
  }
  return found;
}

class FakeRangeCollection {
  constructor(
    private readonly batch: Batch,
    private readonly resolve: () => Span[],
  ) {}
  getFirstOrNullObject(): FakeRange {
    this.batch.record('ranges.getFirstOrNullObject');
    return new FakeRange(this.batch, () => this.resolve()[0] ?? null);
  }
  /** WordApi 1.3: the first range found; the batch fails with ItemNotFound when there is none. */
  getFirst(): FakeRange {
    this.batch.record('ranges.getFirst');
    return new FakeRange(this.batch, () => {
      const found = this.resolve()[0];
      if (!found) throw new ItemNotFound('search result');
      return found;
    });
  }
}

/** The n-th paragraph or table, reached by navigation (getFirst…, getNext…): resolved at sync, missing past the end. */
abstract class Nth<T> {
  constructor(
    protected readonly batch: Batch,
    protected readonly list: () => T[],
    protected readonly index: number,
    private readonly kind: string,
  ) {}
  protected item(): T {
    const found = this.list()[this.index];
    if (!found) throw new ItemNotFound(this.kind);
    return found;
  }
  protected next<U>(make: (index: number) => U): U {
    this.batch.record(`${this.kind}.getNextOrNullObject`);
    return make(this.index + 1);
  }
}

class FakeParagraph$ extends Nth<FakeParagraph> {
  constructor(batch: Batch, list: () => FakeParagraph[], index: number) {
    super(batch, list, index, 'paragraph');
  }
  getNextOrNullObject(): FakeParagraph$ {
    return this.next((i) => new FakeParagraph$(this.batch, this.list, i));
  }
  getRange(_where: 'Whole'): FakeRange {
    this.batch.record('paragraph.getRange');
    return new FakeRange(this.batch, () => ({ paragraphs: [this.item()] }));
  }
}

class FakeBody {
  constructor(
    private readonly batch: Batch,
    private readonly paragraphList: () => FakeParagraph[],
    private readonly tableList: () => FakeTable[],
  ) {}
  get paragraphs() {
    return { getFirstOrNullObject: () => (this.batch.record('paragraphs.getFirstOrNullObject'), new FakeParagraph$(this.batch, this.paragraphList, 0)) };
  }
  get tables() {
    return { getFirstOrNullObject: () => (this.batch.record('tables.getFirstOrNullObject'), new FakeTable$(this.batch, this.tableList, 0)) };
  }
  getRange(_where: 'Whole'): FakeRange {
    this.batch.record('body.getRange');
    return new FakeRange(this.batch, () => ({ paragraphs: this.paragraphList() }));
  }
  search(text: string, options: { matchCase: boolean }): FakeRangeCollection {
    this.batch.record('body.search');
    return new FakeRangeCollection(this.batch, () => searchIn(this.paragraphList(), text, options.matchCase));
  }
  get contentControls() {
    const batch = this.batch;
    return {
      getByTag: (tag: string) => {
        batch.record('contentControls.getByTag');
        return {
          getFirstOrNullObject() {
            batch.record('controls.getFirstOrNullObject');
            const text = loaded<string>();
            const isNull = loaded<boolean>();
            return {
              load(what: string) {
                batch.record(`control.load(${what})`, () => {
                  const found = batch.doc.controls(tag)[0];
                  isNull.set(found === undefined);
                  text.set(found ? batch.doc.controlText(found) : '');
                });
              },
              get text() {
                return text.get('control.text');
              },
              get isNullObject() {
                return isNull.get('control.isNullObject');
              },
              insertOoxml(ooxml: string, where: 'Replace') {
                batch.record(`control.insertOoxml(${where})`, () => {
                  const found = batch.doc.controls(tag)[0];
                  if (!found) throw new ItemNotFound('content control');
                  found.items = itemsOf(readFlatOpc(ooxml).blocks).filter((item): item is FakeParagraph | FakeTable => !('tag' in item));
                });
              },
            };
          },
        };
      },
    };
  }

  getOoxml(): { value: string } {
    const value = loaded<string>();
    this.batch.record('body.getOoxml', () => value.set(this.batch.doc.ooxml));
    return {
      get value() {
        return value.get('getOoxml().value');
      },
    };
  }
  getComments() {
    const batch = this.batch;
    const items = loaded<{ content: string; delete(): void }[]>();
    batch.record('body.getComments');
    return {
      load(what: string) {
        batch.record(`comments.load(${what})`, () => {
          const doc = batch.doc;
          const ours = doc.paragraphs().flatMap((paragraph) =>
            paragraph.comments.map((content) => ({
              content,
              delete: () => batch.record('comment.delete', () => paragraph.comments.splice(paragraph.comments.indexOf(content), 1)),
            })),
          );
          const foreign = doc.foreignComments.map((c) => ({ content: c.content, delete: () => batch.record('comment.delete', () => doc.foreignComments.splice(doc.foreignComments.indexOf(c), 1)) }));
          items.set([...ours, ...foreign]);
        });
      },
      get items() {
        return items.get('comments.items');
      },
    };
  }
}

class FakeTable$ extends Nth<FakeTable> {
  constructor(batch: Batch, list: () => FakeTable[], index: number) {
    super(batch, list, index, 'table');
  }
  getNextOrNullObject(): FakeTable$ {
    return this.next((i) => new FakeTable$(this.batch, this.list, i));
  }
  getRange(_where: 'Whole') {
    this.batch.record('table.getRange');
    return {
      insertOoxml: (ooxml: string, where: 'Replace') =>
        this.batch.record(`table.insertOoxml(${where})`, () => this.batch.doc.insert(ooxml, { replaced: this.item() })),
    };
  }
  /** WordApi 1.3: the table's rows; `values` holds each row's cell texts as one row (TableRow.values). */
  get rows() {
    const batch = this.batch;
    const table = () => this.item();
    const items = loaded<ReturnType<typeof rowProxy>[]>();
    batch.record('table.rows');
    const rowProxy = (row: FakeCell[], index: number) => ({
      values: [row.map((cell) => batch.doc.paragraphs([...cell.paragraphs, ...cell.tables]).map((p) => p.text).join('\r'))],
      rowIndex: index,
      delete: () => batch.record('row.delete', () => table().rows.splice(table().rows.indexOf(row), 1)),
      /** TableRow.insertRows: new rows take the look of this row, one cell per value. */
      insertRows: (where: 'After', count: number, values: string[][]) =>
        batch.record(`row.insertRows(${where})`, () => {
          if (values.length !== count || values.some((v) => v.length !== row.length)) throw Object.assign(new Error('InvalidArgument'), { code: 'InvalidArgument' });
          const rows = values.map((cells) => cells.map((text) => ({ paragraphs: [{ text, comments: [] }], tables: [] })));
          table().rows.splice(table().rows.indexOf(row) + 1, 0, ...rows);
        }),
    });
    return {
      load(what: string) {
        batch.record(`rows.load(${what})`, () => items.set(table().rows.map(rowProxy)));
      },
      get items() {
        return items.get('rows.items');
      },
    };
  }
  getCellOrNullObject(row: number, col: number) {
    this.batch.record('table.getCellOrNullObject');
    const cell = (): FakeCell => {
      const found = this.item().rows[row]?.[col];
      if (!found) throw new ItemNotFound('cell');
      return found;
    };
    const doc = this.batch.doc;
    return { body: new FakeBody(this.batch, () => doc.paragraphs([...cell().paragraphs, ...cell().tables]), () => cell().tables) };
  }
}

/** The Word API the host needs, over a fake document. */
export function fakeWord(doc: FakeDocument, sets: { WordApi: number } = { WordApi: 1.4 }, options: { failAtSync?: number } = {}) {
  return {
    async run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
      const current = new OfficeBatch(doc);
      const context = {
        document: {
          body: new FakeBody(current, () => doc.paragraphs(), () => doc.tables()),
          getSelection: () => ({
            paragraphs: {
              /** The selection's last paragraph, and the table it is in (Paragraph.parentTableOrNullObject, WordApi 1.3). */
              getLast: () => {
                current.record('selection.paragraphs.getLast');
                const paragraph = () => doc.selection?.paragraph ?? doc.paragraphs().at(-1)!;
                const isNull = loaded<boolean>();
                const inTable = () => doc.tables().find((t) => doc.paragraphs([t]).includes(paragraph()));
                return {
                  getRange: () => new FakeRange(current, () => ({ paragraphs: [paragraph()] })),
                  parentTableOrNullObject: {
                    load: () => current.record('table.load(isNullObject)', () => isNull.set(inTable() === undefined)),
                    get isNullObject() {
                      return isNull.get('table.isNullObject');
                    },
                    getRange: () => new FakeRange(current, () => ({ paragraphs: doc.paragraphs([inTable()!]) })),
                  },
                };
              },
            },
          }),
        },
        sync: () => syncBatch(current, options.failAtSync),
      };
      return batch(context as unknown as Word.RequestContext);
    },
    isSetSupported: (name: string, version: string) => name === 'WordApi' && Number(version) <= sets.WordApi,
    settings: memoryStore(),
    documentRegister: memoryRegisterStore(),
  };
}
