// A recording fake of the Excel JavaScript API calls Docket uses, behaving as Microsoft documents Excel (see
// docs/office-behaviour.md). Like Office (see ../fake-office.ts) it only queues work until context.sync(); a
// *OrNullObject method gives a null object whose methods give null objects too; and cells behave as Excel's do
// (Range.values): text written to a cell not formatted as text ("@") is re-typed — "=…" becomes a formula, "4.10" and
// "0012" and "+5" numbers, "50%" a percentage, "TRUE" a boolean, an ISO date or "1/2" a date — and a leading apostrophe
// keeps it text. A request, or a response, over Excel on the web's 5 MB limit is refused (resource limits).
import { Batch as OfficeBatch, ItemNotFound, loaded, memoryStore, memoryRegisterStore, syncBatch } from '../fake-office';
import { areaAddress, parseArea, type Area } from '../../../src/io/xlsx/a1';

export type Value = string | number | boolean;
const REQUEST_LIMIT = 5 * 1024 * 1024;
const DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

export class FakeSheet {
  readonly cells = new Map<string, { value: Value; format: string }>();
  /** The cells that hold a formula, and the formula. */
  readonly formulas = new Map<string, string>();
  frozenRows = 0;
  readonly widths = new Map<number, number>();
  readonly wrapped = new Set<number>();
  autofitted = 0;
  constructor(public name: string) {}

  get(row: number, col: number): { value: Value; format: string } {
    return this.cells.get(`${row},${col}`) ?? { value: '', format: 'General' };
  }
  /** Stores what was typed or written, converted the way Excel converts it. */
  put(row: number, col: number, written: Value): void {
    const format = this.get(row, col).format;
    let value = written;
    let shown = format;
    if (typeof written === 'string' && format !== '@') {
      if (written.startsWith("'")) value = written.slice(1);
      else if (written.startsWith('=')) this.formulas.set(`${row},${col}`, written);
      else if (/^[+-]?\d+(?:\.\d+)?$/.test(written)) value = Number(written);
      else if (/^[+-]?\d+(?:\.\d+)?%$/.test(written)) {
        value = Number(written.slice(0, -1)) / 100;
        shown = '0%';
      } else if (/^(?:true|false)$/i.test(written)) value = written.toLowerCase() === 'true';
      else if (/^\d{4}-\d{2}-\d{2}$/.test(written)) {
        value = (Date.parse(`${written}T00:00:00Z`) - EPOCH) / DAY;
        shown = 'yyyy-mm-dd';
      } else if (/^\d{1,2}\/\d{1,2}$/.test(written)) {
        const [month, day] = written.split('/').map(Number) as [number, number];
        value = (Date.UTC(new Date().getUTCFullYear(), month - 1, day) - EPOCH) / DAY;
        shown = 'd-mmm';
      }
    }
    if (typeof written !== 'string' || !written.startsWith('=') || format === '@') this.formulas.delete(`${row},${col}`);
    this.cells.set(`${row},${col}`, { value, format: shown });
  }
  setFormat(row: number, col: number, format: string): void {
    this.cells.set(`${row},${col}`, { ...this.get(row, col), format });
  }
  /** The text Excel shows for a cell. */
  text(row: number, col: number): string {
    const { value, format } = this.get(row, col);
    if (typeof value === 'number' && format === 'yyyy-mm-dd') return new Date(EPOCH + value * DAY).toISOString().slice(0, 10);
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    return String(value);
  }
  /** The bounding box of the cells that hold something. */
  used(): Area | null {
    const filled = [...this.cells.entries()].filter(([, cell]) => cell.value !== '').map(([key]) => key.split(',').map(Number) as [number, number]);
    if (filled.length === 0) return null;
    const rows = filled.map(([r]) => r);
    const cols = filled.map(([, c]) => c);
    return { top: Math.min(...rows), left: Math.min(...cols), bottom: Math.max(...rows), right: Math.max(...cols) };
  }
  grid(area: Area, read: (row: number, col: number) => Value): Value[][] {
    return Array.from({ length: area.bottom - area.top + 1 }, (_, r) => Array.from({ length: area.right - area.left + 1 }, (_, c) => read(area.top + r, area.left + c)));
  }
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  area: Area;
  style: string;
  validation: { area: Area; rule: unknown; errorAlert?: unknown }[];
  conditionalFormats: { area: Area; formula: string; fill: string; font: string }[];
}

/** The workbook: its sheets, tables, the active sheet and the selection; and what was asked of it. */
export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  active: FakeSheet;
  selection: { sheet: string; address: string } | undefined;
  syncs = 0;
  calls: string[] = [];
  /** The payload of each request, in bytes (the values written). */
  requests: number[] = [];

  constructor(sheets: { name: string; rows?: Value[][]; at?: { row: number; col: number } }[]) {
    for (const { name, rows = [], at = { row: 0, col: 0 } } of sheets) {
      const sheet = new FakeSheet(name);
      rows.forEach((cells, r) => cells.forEach((value, c) => sheet.put(at.row + r, at.col + c, value)));
      this.sheets.push(sheet);
    }
    this.active = this.sheets[0]!;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }
  table(name: string): FakeTable | undefined {
    return this.tables.find((t) => t.name === name);
  }
}

type Batch = OfficeBatch<FakeWorkbook> & { payload: number; response: number };
type Place = { sheet: FakeSheet; area: Area };

class RangeProxy {
  private readonly isNull = loaded<boolean>();
  private readonly props = new Map<string, ReturnType<typeof loaded<unknown>>>();
  constructor(
    private readonly batch: Batch,
    private readonly resolve: () => Place | null,
  ) {}

  load(what: string): this {
    const names = what.split(',').map((n) => n.trim());
    for (const name of names) this.props.set(name, loaded<unknown>());
    this.batch.record(`range.load(${what})`, () => {
      const place = this.resolve();
      this.isNull.set(place === null);
      if (!place) return;
      const { sheet, area } = place;
      const values: Record<string, () => unknown> = {
        text: () => sheet.grid(area, (r, c) => sheet.text(r, c)),
        formulas: () => sheet.grid(area, (r, c) => sheet.formulas.get(`${r},${c}`) ?? sheet.get(r, c).value),
        values: () => sheet.grid(area, (r, c) => sheet.get(r, c).value),
        numberFormat: () => sheet.grid(area, (r, c) => sheet.get(r, c).format),
        address: () => `'${sheet.name}'!${areaAddress(area)}`,
        rowIndex: () => area.top,
        columnIndex: () => area.left,
      };
      for (const name of names) {
        const read = values[name];
        if (!read) throw new Error(`The fake cannot load ${name}`);
        const value = read();
        this.batch.response += JSON.stringify(value).length;
        if (this.batch.response > REQUEST_LIMIT) throw Object.assign(new Error('The response payload is too large.'), { code: 'ResponsePayloadSizeLimitExceeded' });
        this.props.get(name)!.set(value);
      }
    });
    return this;
  }
  private read<T>(name: string): T {
    const prop = this.props.get(name);
    if (!prop) throw new Error(`PropertyNotLoaded: range.${name} was read before load() and context.sync()`);
    if (this.isNull.get(`range.isNullObject`)) throw new Error(`range.${name} was read on a null object`);
    return prop.get(`range.${name}`) as T;
  }
  get isNullObject(): boolean {
    return this.isNull.get('range.isNullObject');
  }
  get text(): string[][] {
    return this.read('text');
  }
  get formulas(): Value[][] {
    return this.read('formulas');
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }

  set values(rows: Value[][]) {
    this.write('values', rows);
  }
  set formulas(rows: Value[][]) {
    this.write('formulas', rows);
  }
  private write(what: string, rows: Value[][]): void {
    this.batch.payload += JSON.stringify(rows).length;
    this.batch.record(`range.${what}=`, () => {
      const { sheet, area } = this.must();
      if (rows.length !== area.bottom - area.top + 1 || rows.some((r) => r.length !== area.right - area.left + 1)) throw new Error(`InvalidArgument: ${rows.length} rows for ${areaAddress(area)}`);
      rows.forEach((cells, r) => cells.forEach((value, c) => sheet.put(area.top + r, area.left + c, value)));
    });
  }
  set numberFormat(rows: string[][]) {
    this.batch.payload += JSON.stringify(rows).length;
    this.batch.record('range.numberFormat=', () => {
      const { sheet, area } = this.must();
      if (rows.length !== area.bottom - area.top + 1 || rows.some((r) => r.length !== area.right - area.left + 1)) throw new Error(`InvalidArgument: ${rows.length} rows of formats for ${areaAddress(area)}`);
      rows.forEach((formats, r) => formats.forEach((format, c) => sheet.setFormat(area.top + r, area.left + c, format)));
    });
  }
  select(): void {
    this.batch.record('range.select', () => {
      const { sheet, area } = this.must();
      this.batch.doc.selection = { sheet: sheet.name, address: areaAddress(area) };
    });
  }
  findOrNullObject(text: string, options: { completeMatch: boolean; matchCase: boolean }): RangeProxy {
    this.batch.record('range.findOrNullObject');
    return new RangeProxy(this.batch, () => {
      const place = this.resolve();
      if (!place) return null;
      const { sheet, area } = place;
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          const shown = sheet.text(r, c);
          const [a, b] = options.matchCase ? [shown, text] : [shown.toLowerCase(), text.toLowerCase()];
          if (options.completeMatch ? a === b : a.includes(b)) return { sheet, area: { top: r, left: c, bottom: r, right: c } };
        }
      }
      return null;
    });
  }
  get format() {
    const batch = this.batch;
    const columns = (apply: (sheet: FakeSheet, col: number) => void) => () => {
      const { sheet, area } = this.must();
      for (let c = area.left; c <= area.right; c++) apply(sheet, c);
    };
    return {
      autofitColumns: () => batch.record('format.autofitColumns', () => this.must().sheet.autofitted++),
      set columnWidth(width: number) {
        batch.record('format.columnWidth=', columns((sheet, c) => sheet.widths.set(c, width)));
      },
      set wrapText(wrap: boolean) {
        batch.record('format.wrapText=', columns((sheet, c) => (wrap ? sheet.wrapped.add(c) : sheet.wrapped.delete(c))));
      },
    };
  }
  get dataValidation() {
    const batch = this.batch;
    const entry = () => {
      const { sheet, area } = this.must();
      const table = batch.doc.tables.find((t) => t.sheet === sheet)!;
      let found = table.validation.find((v) => areaAddress(v.area) === areaAddress(area));
      if (!found) table.validation.push((found = { area, rule: undefined }));
      return found;
    };
    return {
      clear: () => batch.record('dataValidation.clear', () => (entry().rule = undefined)),
      set rule(rule: unknown) {
        batch.record('dataValidation.rule=', () => (entry().rule = rule));
      },
      set errorAlert(alert: unknown) {
        batch.record('dataValidation.errorAlert=', () => (entry().errorAlert = alert));
      },
    };
  }
  get conditionalFormats() {
    const batch = this.batch;
    return {
      add: (type: string) => {
        const format = { formula: '', fill: '', font: '' };
        batch.record(`conditionalFormats.add(${type})`, () => {
          const { sheet, area } = this.must();
          batch.doc.tables.find((t) => t.sheet === sheet)!.conditionalFormats.push(Object.assign(format, { area }));
        });
        return {
          custom: {
            rule: {
              set formula(formula: string) {
                batch.record('custom.rule.formula=', () => (format.formula = formula));
              },
            },
            format: {
              fill: {
                set color(color: string) {
                  batch.record('custom.format.fill.color=', () => (format.fill = color));
                },
              },
              font: {
                set color(color: string) {
                  batch.record('custom.format.font.color=', () => (format.font = color));
                },
              },
            },
          },
        };
      },
    };
  }
  private must(): Place {
    const place = this.resolve();
    if (!place) throw new ItemNotFound('range');
    return place;
  }
}

class TableProxy {
  private readonly isNull = loaded<boolean>();
  constructor(
    private readonly batch: Batch,
    private readonly resolve: () => FakeTable | null,
  ) {}
  load(what: string): this {
    this.batch.record(`table.load(${what})`, () => this.isNull.set(this.resolve() === null));
    return this;
  }
  get isNullObject(): boolean {
    return this.isNull.get('table.isNullObject');
  }
  set name(name: string) {
    this.batch.record('table.name=', () => (this.must().name = name));
  }
  set style(style: string) {
    this.batch.record('table.style=', () => (this.must().style = style));
  }
  getRange(): RangeProxy {
    this.batch.record('table.getRange');
    return this.range((t) => t.area);
  }
  getDataBodyRange(): RangeProxy {
    this.batch.record('table.getDataBodyRange');
    return this.range((t) => ({ ...t.area, top: t.area.top + 1 }));
  }
  get rows() {
    return {
      add: (index: number | undefined, values: Value[][]) => {
        this.batch.payload += JSON.stringify(values).length;
        this.batch.record('table.rows.add', () => {
          const table = this.must();
          if (index !== undefined && index !== null) throw new Error('The fake appends rows only');
          const body = { ...table.area, top: table.area.top + 1 };
          const last = table.area.bottom;
          values.forEach((cells, r) =>
            cells.forEach((value, c) => {
              // A new table row takes its column's format (text stays text), as Excel does.
              table.sheet.setFormat(last + 1 + r, table.area.left + c, table.sheet.get(last, table.area.left + c).format);
              table.sheet.put(last + 1 + r, table.area.left + c, value);
            }),
          );
          table.area = { ...table.area, bottom: last + values.length };
          // Excel extends what covers the body's rows (conditional formats) as a table grows.
          for (const cf of table.conditionalFormats) if (cf.area.top === body.top && cf.area.bottom === body.bottom) cf.area = { ...cf.area, bottom: table.area.bottom };
        });
      },
    };
  }
  get columns() {
    return {
      getItem: (name: string) => {
        this.batch.record('table.columns.getItem');
        const column = (t: FakeTable) => {
          const header = t.sheet.grid({ ...t.area, bottom: t.area.top }, (r, c) => t.sheet.text(r, c))[0]!;
          const at = header.indexOf(name);
          if (at < 0) throw new ItemNotFound(`column ${name}`);
          return t.area.left + at;
        };
        return {
          getRange: () => this.range((t) => ({ ...t.area, left: column(t), right: column(t) })),
          getDataBodyRange: () => this.range((t) => ({ ...t.area, top: t.area.top + 1, left: column(t), right: column(t) })),
        };
      },
    };
  }
  private range(areaOf: (table: FakeTable) => Area): RangeProxy {
    return new RangeProxy(this.batch, () => {
      const table = this.resolve();
      return table ? { sheet: table.sheet, area: areaOf(table) } : null;
    });
  }
  private must(): FakeTable {
    const table = this.resolve();
    if (!table) throw new ItemNotFound('table');
    return table;
  }
}

class SheetProxy {
  private readonly isNull = loaded<boolean>();
  private readonly nameValue = loaded<string>();
  constructor(
    private readonly batch: Batch,
    private readonly resolve: () => FakeSheet | null,
  ) {}
  load(what: string): this {
    this.batch.record(`sheet.load(${what})`, () => {
      const sheet = this.resolve();
      this.isNull.set(sheet === null);
      if (sheet) this.nameValue.set(sheet.name);
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.isNull.get('sheet.isNullObject');
  }
  get name(): string {
    return this.nameValue.get('sheet.name');
  }
  getUsedRangeOrNullObject(valuesOnly: boolean): RangeProxy {
    this.batch.record(`sheet.getUsedRangeOrNullObject(${valuesOnly})`);
    return new RangeProxy(this.batch, () => {
      const sheet = this.resolve();
      const area = sheet?.used();
      return sheet && area ? { sheet, area } : null;
    });
  }
  getUsedRange(valuesOnly: boolean): RangeProxy {
    this.batch.record(`sheet.getUsedRange(${valuesOnly})`);
    return new RangeProxy(this.batch, () => {
      const sheet = this.must();
      const area = sheet.used() ?? { top: 0, left: 0, bottom: 0, right: 0 };
      return { sheet, area };
    });
  }
  getCell(row: number, col: number): RangeProxy {
    this.batch.record('sheet.getCell');
    return new RangeProxy(this.batch, () => ({ sheet: this.must(), area: { top: row, left: col, bottom: row, right: col } }));
  }
  getRange(address: string): RangeProxy {
    this.batch.record(`sheet.getRange(${address})`);
    return new RangeProxy(this.batch, () => ({ sheet: this.must(), area: parseArea(address) }));
  }
  get tables() {
    return {
      add: (address: string, hasHeaders: boolean) => {
        this.batch.record(`sheet.tables.add(${address})`);
        let created: FakeTable | null = null;
        this.batch.queue.push(() => {
          if (!hasHeaders) throw new Error('The fake makes tables with headers only');
          const sheet = this.must();
          const area = parseArea(address);
          if (this.batch.doc.tables.some((t) => t.sheet === sheet && !(t.area.bottom < area.top || t.area.top > area.bottom || t.area.right < area.left || t.area.left > area.right))) {
            throw Object.assign(new Error('A table cannot overlap another table.'), { code: 'InvalidOperation' });
          }
          created = { name: `Table${this.batch.doc.tables.length + 1}`, sheet, area, style: 'TableStyleMedium2', validation: [], conditionalFormats: [] };
          this.batch.doc.tables.push(created);
        });
        return new TableProxy(this.batch, () => created);
      },
    };
  }
  get freezePanes() {
    return { freezeRows: (count: number) => this.batch.record('freezePanes.freezeRows', () => (this.must().frozenRows = count)) };
  }
  activate(): void {
    this.batch.record('sheet.activate', () => {
      const sheet = this.resolve();
      if (sheet) this.batch.doc.active = sheet;
    });
  }
  /** Deletes the sheet and its tables (nothing, on a null object). */
  delete(): void {
    this.batch.record('sheet.delete', () => {
      const sheet = this.resolve();
      if (!sheet) return;
      const book = this.batch.doc;
      book.sheets = book.sheets.filter((s) => s !== sheet);
      book.tables = book.tables.filter((t) => t.sheet !== sheet);
    });
  }
  private must(): FakeSheet {
    const sheet = this.resolve();
    if (!sheet) throw new ItemNotFound('worksheet');
    return sheet;
  }
}

export function fakeExcel(book: FakeWorkbook, sets: { ExcelApi: number } = { ExcelApi: 1.9 }, options: { failAtSync?: number } = {}) {
  const mustSheet = (name: string) => {
    const sheet = book.sheet(name);
    if (!sheet) throw new ItemNotFound(`worksheet ${name}`);
    return sheet;
  };
  return {
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const current = Object.assign(new OfficeBatch(book), { payload: 0, response: 0 });
      const sheets = () => {
        const items = loaded<{ name: string }[]>();
        return {
          getActiveWorksheet: () => (current.record('worksheets.getActiveWorksheet'), new SheetProxy(current, () => book.active)),
          getItem: (name: string) => (current.record('worksheets.getItem'), new SheetProxy(current, () => mustSheet(name))),
          getItemOrNullObject: (name: string) => (current.record('worksheets.getItemOrNullObject'), new SheetProxy(current, () => book.sheet(name) ?? null)),
          add: (name: string) => {
            current.record(`worksheets.add(${name})`, () => {
              if (book.sheet(name)) throw Object.assign(new Error(`A sheet named ${name} exists.`), { code: 'ItemAlreadyExists' });
              book.sheets.push(new FakeSheet(name));
            });
            return new SheetProxy(current, () => book.sheet(name) ?? null);
          },
          load: (what: string) => current.record(`worksheets.load(${what})`, () => items.set(book.sheets.map((s) => ({ name: s.name })))),
          get items() {
            return items.get('worksheets.items');
          },
        };
      };
      const context = {
        workbook: {
          worksheets: sheets(),
          tables: {
            getItemOrNullObject: (name: string) => (current.record('tables.getItemOrNullObject'), new TableProxy(current, () => book.table(name) ?? null)),
          },
        },
        sync: () => {
          const payload = current.payload;
          current.payload = 0;
          current.response = 0;
          return syncBatch(current, options.failAtSync, () => {
            book.requests.push(payload);
            if (payload > REQUEST_LIMIT) throw Object.assign(new Error('The request payload is too large.'), { code: 'RequestPayloadSizeLimitExceeded' });
          });
        },
      };
      return batch(context as unknown as Excel.RequestContext);
    },
    // Versions compare by their parts: 1.12 is after 1.9.
    isSetSupported: (name: string, version: string) => name === 'ExcelApi' && Number(version.split('.')[1]) <= Number(String(sets.ExcelApi).split('.')[1]),
    settings: memoryStore(),
    ignores: memoryStore(),
    documentRegister: memoryRegisterStore(),
    about: { platform: 'Fake', version: `ExcelApi ${sets.ExcelApi}` },
  };
}

/** The cell texts of a table, header first. */
export function tableTexts(table: FakeTable): string[][] {
  return table.sheet.grid(table.area, (r, c) => table.sheet.text(r, c)) as string[][];
}

