// The task pane's host in Excel. The active sheet is checked as a document list (the way 3GPP keeps its Tdoc
// lists): its used range is read as text in one sync, a finding goes to its cell, a fix writes the cell. The action
// register is kept in an "Action register" sheet as a real Excel table — filters, a Status drop-down, overdue rows
// highlighted, frozen header, fitted columns — in two syncs: one to read what is there, one to write the values and
// then make the table. A register larger than one request allows is written in chunks, a sync each.
import { ACTION_STATUSES, KEPT_FIELDS, REGISTER_FIELDS, REGISTER_HEADER, hasRegisterColumns, snapshotOfSheets, type Fix, type Location, type RegisterRow } from '../../core';
import { HostError, type DocumentHost, type DocumentRegisterStore, type FixOutcome, type GoToOutcome, type RegisterSheet, type SettingsStore, type Source, type WorkbookSheets } from '../host';
import { areaAddress, cellAddress, columnName, parseArea, sheetOf, type Area } from '../../io/xlsx/a1';
import { mergeIntoGrid, type CellValue } from './register-grid';
import { workbookSheets } from './workbook-sheets';

/** The Office calls the host uses, injected so tests can give a recording fake. */
export interface ExcelApi {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  settings: SettingsStore;
  documentRegister: DocumentRegisterStore;
}

export const REGISTER_SHEET = 'Action register';
export const REGISTER_TABLE = 'ActionRegister';
/** Excel on the web refuses requests over 5 MB; a chunk of values stays well under. */
export const CHUNK_BYTES = 4_000_000;
/** The columns taken from the agenda, whose text must stay text: "3.10" is an agenda item, not the number 3.1. */
const TEXT_COLUMNS = REGISTER_HEADER.filter((_, i) => !KEPT_FIELDS.includes(REGISTER_FIELDS[i]!));
const OVERDUE_FILL = '#FCE4D6';
const OVERDUE_FONT = '#9C0006';

/** Where the checked sheet's cells are: the sheet and the top-left cell of its used range. */
interface Origin {
  sheet: string;
  row: number;
  col: number;
}

export class ExcelHost implements DocumentHost {
  readonly name = 'Excel';
  readonly checks = 'Check the document list on the active sheet (a Tdoc or TD list): duplicates, categories, revisions and placeholders.';
  readonly settings: SettingsStore;
  readonly documentRegister: DocumentRegisterStore;
  readonly sheets: WorkbookSheets;
  readonly registerSheet?: RegisterSheet;
  private origin: Origin | undefined;

  constructor(private readonly api: ExcelApi) {
    this.settings = api.settings;
    this.documentRegister = api.documentRegister;
    this.sheets = workbookSheets(api);
    if (api.isSetSupported('ExcelApi', '1.8')) this.registerSheet = { write: (rows) => this.writeRegister(rows) };
  }

  /** The active sheet's used range, as the text Excel shows, in one sync. */
  source(): Promise<Source> {
    return this.api.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load('name');
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('text, rowIndex, columnIndex');
      await context.sync();
      if (used.isNullObject) throw new HostError(`The sheet "${sheet.name}" is empty.`, 'Open the sheet with the document list, then check again.');
      this.origin = { sheet: sheet.name, row: used.rowIndex, col: used.columnIndex };
      // As a workbook file reads: the sheet's name above its cells, so the same rules find the same things.
      return { kind: 'snapshot', snapshot: snapshotOfSheets([{ name: sheet.name, rows: used.text }]) };
    });
  }

  /** The cell of a location, "Sheet1!B12", for the user. */
  placeOf(location: Location): string | undefined {
    if (!this.origin || location.row === undefined) return undefined;
    const { row, col } = this.cellAt(location);
    return `${this.origin.sheet}!${cellAddress(row, col)}`;
  }

  /** Selects the cell; if its text moved (the sheet changed since the check), the cell that has it now. */
  goTo(location: Location): Promise<GoToOutcome> {
    return this.api.run(async (context) => {
      const sheet = this.sheet(context);
      const cell = this.cell(sheet, location);
      cell.load('text');
      const canFind = location.text !== '' && this.api.isSetSupported('ExcelApi', '1.9');
      const elsewhere = canFind ? sheet.getUsedRange(true).findOrNullObject(location.text, { completeMatch: false, matchCase: true }) : undefined;
      elsewhere?.load('address');
      await context.sync();
      const here = String(cell.text[0]?.[0] ?? '').includes(location.text);
      const target = here ? cell : elsewhere && !elsewhere.isNullObject ? elsewhere : undefined;
      if (!target) return 'gone';
      target.select();
      await context.sync();
      return here ? 'exact' : 'moved';
    });
  }

  /** Writes each edit into its cell, if the cell still has the text and is not a formula: one sync to read, one to write. */
  applyFix(fix: Fix): Promise<FixOutcome> {
    return this.api.run(async (context) => {
      const sheet = this.sheet(context);
      const cells = fix.edits.map((edit) => {
        const cell = this.cell(sheet, edit.location);
        cell.load('formulas');
        return cell;
      });
      await context.sync();
      let applied = 0;
      fix.edits.forEach((edit, i) => {
        const now: unknown = cells[i]!.formulas[0]?.[0];
        if (typeof now !== 'string' || now.startsWith('=') || !now.includes(edit.find)) return;
        cells[i]!.values = [[now.replace(edit.find, edit.replace)]];
        applied++;
      });
      if (applied > 0) await context.sync();
      return { applied, missing: fix.edits.length - applied };
    });
  }

  private sheet(context: Excel.RequestContext): Excel.Worksheet {
    if (!this.origin) throw new HostError('Docket has not read this workbook yet.', 'Check again, then try again.');
    return context.workbook.worksheets.getItem(this.origin.sheet);
  }

  /** Where a location of the checked sheet's Snapshot is on the sheet. */
  private cellAt(location: Location): { row: number; col: number } {
    const origin = this.origin!;
    return { row: origin.row + (location.row ?? 0), col: origin.col + (location.col ?? 0) };
  }

  private cell(sheet: Excel.Worksheet, location: Location): Excel.Range {
    const { row, col } = this.cellAt(location);
    return sheet.getCell(row, col);
  }

  /**
   * Creates or updates the register: sync 1 reads the register table (or the sheet, if its table was removed); the
   * next writes the values, then makes the table and its formatting. Chunks past the request limit take a sync each.
   */
  private writeRegister(fresh: readonly RegisterRow[]): Promise<{ added: number; updated: number; total: number }> {
    return this.api.run(async (context) => {
      const workbook = context.workbook;
      // A method called on a null object gives a null object, so the reads of a table that is not there cost nothing.
      const table = workbook.tables.getItemOrNullObject(REGISTER_TABLE);
      table.load('name');
      const tableRange = table.getRange();
      tableRange.load('formulas, address');
      const sheets = workbook.worksheets;
      sheets.load('name');
      const sheet = sheets.getItemOrNullObject(REGISTER_SHEET);
      sheet.load('name');
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('formulas, address');
      await context.sync();

      if (!table.isNullObject) {
        const area = parseArea(tableRange.address);
        const merged = mergeIntoGrid(tableRange.formulas as CellValue[][], fresh);
        const target = workbook.worksheets.getItem(sheetOf(tableRange.address));
        const bodyRows = merged.rows.length - merged.appended;
        const body = merged.rows.slice(0, bodyRows);
        await writeChunks(context, body, (from, to) => {
          target.getRange(areaAddress({ top: area.top + 1 + from, left: area.left, bottom: area.top + to, right: area.right })).formulas = body.slice(from, to);
        });
        const appended = merged.rows.slice(bodyRows);
        await writeChunks(context, appended, (from, to) => table.rows.add(undefined, appended.slice(from, to)));
        formatRegister(table, target, { created: false });
        await context.sync();
        return { added: merged.added, updated: merged.updated, total: merged.rows.length };
      }

      // No register table: adopt a register the user kept on the sheet without its table, else start one.
      const adopt = !sheet.isNullObject && !used.isNullObject && isRegisterAt(used.formulas as CellValue[][], parseArea(used.address));
      const empty = !sheet.isNullObject && used.isNullObject;
      const name = adopt || empty || sheet.isNullObject ? REGISTER_SHEET : freeName(sheets.items.map((s) => s.name));
      const target = adopt || empty ? sheet : workbook.worksheets.add(name);
      const merged = mergeIntoGrid(adopt ? (used.formulas as CellValue[][]) : undefined, fresh);
      const grid = [merged.header, ...merged.rows];
      const width = merged.header.length;
      const whole: Area = { top: 0, left: 0, bottom: grid.length - 1, right: width - 1 };
      const textColumns = merged.header.flatMap((h, c) => (TEXT_COLUMNS.includes(String(h)) ? [c] : []));
      for (const c of textColumns) target.getRange(`${columnName(c)}2:${columnName(c)}${grid.length}`).numberFormat = [['@']];
      await writeChunks(context, grid, (from, to) => {
        target.getRange(areaAddress({ ...whole, top: from, bottom: to - 1 })).formulas = grid.slice(from, to);
      });
      const created = target.tables.add(areaAddress(whole), true);
      created.name = REGISTER_TABLE;
      created.style = 'TableStyleMedium2';
      formatRegister(created, target, { created: true, header: merged.header.map(String) });
      target.activate();
      await context.sync();
      return { added: merged.added, updated: merged.updated, total: merged.rows.length };
    });
  }
}

/** Whether the sheet's used range is a register the user kept: it starts at A1 with the register's columns. */
function isRegisterAt(values: CellValue[][], area: Area): boolean {
  return area.top === 0 && area.left === 0 && hasRegisterColumns((values[0] ?? []).map(String));
}

/** "Action register (2)": a sheet name not taken yet. */
function freeName(taken: string[]): string {
  for (let n = 2; ; n++) if (!taken.includes(`${REGISTER_SHEET} (${n})`)) return `${REGISTER_SHEET} (${n})`;
}

/**
 * Queues the writes of rows [from, to) in chunks whose payload stays under the request limit, syncing after each
 * chunk but the last, which is left queued for the batch that follows.
 */
async function writeChunks(context: Excel.RequestContext, rows: readonly CellValue[][], write: (from: number, to: number) => void): Promise<void> {
  let from = 0;
  while (from < rows.length) {
    let to = from;
    let bytes = 0;
    while (to < rows.length) {
      const size = JSON.stringify(rows[to]).length;
      if (to > from && bytes + size >= CHUNK_BYTES) break;
      bytes += size;
      to++;
    }
    write(from, to);
    from = to;
    // Each chunk is its own request: that is the point of chunking.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    if (from < rows.length) await context.sync();
  }
}

/** The register's drop-down, highlighting, frozen header and column widths. */
function formatRegister(table: Excel.Table, sheet: Excel.Worksheet, options: { created: true; header: string[] } | { created: false }): void {
  const status = table.columns.getItem('Status').getDataBodyRange();
  status.dataValidation.clear();
  status.dataValidation.rule = { list: { inCellDropDown: true, source: ACTION_STATUSES.join(',') } };
  status.dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: 'Status', message: `Choose one of: ${ACTION_STATUSES.join(', ')}.` };
  if (options.created) {
    // Overdue: a due date before today on an action not done. Added once; Excel extends it as the table grows.
    const due = columnName(options.header.indexOf('Due'));
    const state = columnName(options.header.indexOf('Status'));
    const overdue = table.getDataBodyRange().conditionalFormats.add('Custom');
    overdue.custom.rule.formula = `=AND(ISNUMBER($${due}2),$${due}2<TODAY(),$${state}2<>"Done")`;
    overdue.custom.format.fill.color = OVERDUE_FILL;
    overdue.custom.format.font.color = OVERDUE_FONT;
    sheet.freezePanes.freezeRows(1);
  }
  table.getRange().format.autofitColumns();
  const text = table.columns.getItem('Action text').getRange().format;
  text.columnWidth = 360;
  text.wrapText = true;
}
