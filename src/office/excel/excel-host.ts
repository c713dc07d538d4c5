// The task pane's host in Excel. The active sheet is checked as a document list (the way 3GPP keeps its Tdoc
// lists): its used range is read as text in one sync, a finding goes to its cell, a fix writes the cell. The action
// register is kept in an "Action register" sheet as a real Excel table — filters, a Status drop-down, overdue rows
// highlighted, frozen header, the register's column widths, item numbers as text and Due as a date — in two syncs: one to read what is there, one to write the values and
// then make the table. A register larger than one request allows is written in chunks, a sync each.
import { ACTION_STATUSES, DATE_FORMAT, OVERDUE_STYLE, REGISTER_COLUMNS, REGISTER_FIELDS, REGISTER_SHEET, freeSheetName, hasRegisterColumns, overdueFormula, registerColumns, snapshotOfSheets, type RegisterField, type Fix, type Location, type RegisterRow } from '../../core';
import { HostError, type DiagnosticReport, type DocumentHost, type DocumentRegisterStore, type FixOutcome, type GoToOutcome, type RegisterSheet, type SettingsStore, type Source, type WorkbookSheets } from '../host';
import { areaAddress, cellAddress, columnName, parseArea, sheetOf, type Area } from '../../io/xlsx/a1';
import type { OfficeApi } from '../office-api';
import { holdsAgendaText, mergeIntoGrid, type CellValue } from './register-grid';
import { workbookSheets } from './workbook-sheets';

/** The Office calls the host uses. */
export type ExcelApi = OfficeApi<Excel.RequestContext>;

export const REGISTER_TABLE = 'ActionRegister';
/** Where the register is kept: its sheet and its table (the self-test keeps a scratch one apart). */
export interface RegisterPlace {
  sheet: string;
  table: string;
}
const REGISTER: RegisterPlace = { sheet: REGISTER_SHEET, table: REGISTER_TABLE };
/** Excel on the web refuses requests over 5 MB; a chunk of values stays well under. */
export const CHUNK_BYTES = 4_000_000;
/** Points per character of column width (Calibri 11: a default 8.43-character column is 48 points wide). */
const POINTS_PER_CHARACTER = 6;

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
  readonly ignores: SettingsStore;
  readonly documentRegister: DocumentRegisterStore;
  readonly sheets: WorkbookSheets;
  readonly registerSheet?: RegisterSheet;
  private origin: Origin | undefined;

  constructor(private readonly api: ExcelApi) {
    this.settings = api.settings;
    this.ignores = api.ignores;
    this.documentRegister = api.documentRegister;
    this.sheets = workbookSheets(api);
    if (api.isSetSupported('ExcelApi', '1.8')) this.registerSheet = { write: (rows) => this.writeRegister(rows, REGISTER) };
  }

  /** The self-test is loaded only when someone runs it: it reads and writes with the whole core, which the pane itself leaves to its worker. */
  async diagnose(): Promise<DiagnosticReport> {
    const { diagnoseExcel } = await import('./diagnostics');
    return diagnoseExcel(this, this.api);
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
   * Creates or updates the register. Sync 1 finds the register table (or the sheet, if its table was removed); its
   * cells are read in chunks under Excel on the web's response limit (one sync for a register of a few thousand
   * rows); then one batch writes only the cells that change — an agenda text updated, a new action — and the table's
   * formatting. Writes past the request limit are chunked, a sync each.
   */
  writeRegister(fresh: readonly RegisterRow[], place: RegisterPlace): Promise<{ added: number; updated: number; total: number }> {
    return this.api.run(async (context) => {
      const workbook = context.workbook;
      // A method called on a null object gives a null object, so the reads of a table that is not there cost nothing.
      const table = workbook.tables.getItemOrNullObject(place.table);
      table.load('name');
      const tableRange = table.getRange();
      tableRange.load('address');
      const sheets = workbook.worksheets;
      sheets.load('name');
      const sheet = sheets.getItemOrNullObject(place.sheet);
      sheet.load('name');
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('address');
      await context.sync();

      if (!table.isNullObject) {
        const area = parseArea(tableRange.address);
        const target = workbook.worksheets.getItem(sheetOf(tableRange.address));
        const now = await readCells(context, target, area);
        const merged = mergeIntoGrid(now.formulas, fresh);
        const bodyRows = merged.rows.length - merged.appended;
        const text = (c: number) => holdsAgendaText(merged.header, c - area.left);
        const changes = changedRuns(now.formulas.slice(1), merged.rows.slice(0, bodyRows), area.top + 1, area.left, text);
        await writeChunks(context, changes, (from, to) => {
          for (const run of changes.slice(from, to)) {
            const range = target.getRange(areaAddress({ top: run.row, left: run.left, bottom: run.row, right: run.left + run.values.length - 1 }));
            range.numberFormat = [run.values.map((_, i) => formatFor(merged.header, run.left - area.left + i, now.formats[run.row - area.top]?.[run.left - area.left + i]))];
            if (text(run.left)) range.values = [run.values];
            else range.formulas = [run.values];
          }
        });
        const appended = merged.rows.slice(bodyRows);
        await writeChunks(context, appended, (from, to) => table.rows.add(undefined, appended.slice(from, to)));
        formatRegister(table, target, merged.header, false);
        await context.sync();
        return { added: merged.added, updated: merged.updated, total: merged.rows.length };
      }

      // No register table: adopt a register the user kept on the sheet without its table, else start one.
      const candidate = !sheet.isNullObject && !used.isNullObject && parseArea(used.address).top === 0 && parseArea(used.address).left === 0;
      const kept = candidate ? await readCells(context, sheet, parseArea(used.address)) : undefined;
      const adopt = kept !== undefined && hasRegisterColumns((kept.formulas[0] ?? []).map(String));
      const empty = !sheet.isNullObject && used.isNullObject;
      const name = adopt || empty || sheet.isNullObject ? place.sheet : freeSheetName(place.sheet, sheets.items.map((s) => s.name));
      const target = adopt || empty ? sheet : workbook.worksheets.add(name);
      const merged = mergeIntoGrid(adopt ? kept.formulas : undefined, fresh);
      const grid = [merged.header, ...merged.rows];
      const width = merged.header.length;
      const whole: Area = { top: 0, left: 0, bottom: grid.length - 1, right: width - 1 };
      const spans = columnSpans(width, (c) => holdsAgendaText(merged.header, c));
      await writeChunks(context, grid, (from, to) => {
        const body = Math.max(from, 1);
        if (body < to) {
          const formats = grid.slice(body, to).map((_, r) => merged.header.map((__, c) => formatFor(merged.header, c, adopt ? kept.formats[body + r]?.[c] : undefined)));
          target.getRange(areaAddress({ ...whole, top: body, bottom: to - 1 })).numberFormat = formats;
        }
        for (const { left, right, text } of spans) {
          const range = target.getRange(areaAddress({ top: from, left, bottom: to - 1, right }));
          const cells = grid.slice(from, to).map((row) => row.slice(left, right + 1));
          if (text) range.values = cells;
          else range.formulas = cells;
        }
      });
      const created = target.tables.add(areaAddress(whole), true);
      created.name = place.table;
      created.style = 'TableStyleMedium2';
      formatRegister(created, target, merged.header, true);
      target.activate();
      await context.sync();
      return { added: merged.added, updated: merged.updated, total: merged.rows.length };
    });
  }
}

/** Excel on the web's limit on what one response carries; a chunk of cells read stays well under. */
const READ_ROWS = 4000;

/**
 * The formulas and number formats of an area, read in chunks of rows: if Excel says a response is too large, the
 * chunk is halved and read again.
 */
async function readCells(context: Excel.RequestContext, sheet: Excel.Worksheet, area: Area): Promise<{ formulas: CellValue[][]; formats: string[][] }> {
  const formulas: CellValue[][] = [];
  const formats: string[][] = [];
  let rows = READ_ROWS;
  for (let top = area.top; top <= area.bottom; ) {
    const bottom = Math.min(area.bottom, top + rows - 1);
    const range = sheet.getRange(areaAddress({ ...area, top, bottom }));
    range.load('formulas, numberFormat');
    try {
      // One response per chunk: that is the point of chunking.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if ((error as { code?: string }).code === 'ResponsePayloadSizeLimitExceeded' && rows > 1) {
        rows = Math.ceil(rows / 2);
        continue;
      }
      throw error;
    }
    for (const row of range.formulas as CellValue[][]) formulas.push(row);
    for (const row of range.numberFormat as string[][]) formats.push(row);
    top = bottom + 1;
  }
  return { formulas, formats };
}

/**
 * The cells of each row that change, as runs of neighbouring cells (their row and first column on the sheet) that are
 * all of the agenda's text or all not (`text` of a sheet column), since the two are written differently.
 */
function changedRuns(
  before: readonly (readonly CellValue[])[],
  after: readonly (readonly CellValue[])[],
  top: number,
  left: number,
  text: (col: number) => boolean,
): { row: number; left: number; values: CellValue[] }[] {
  const runs: { row: number; left: number; values: CellValue[] }[] = [];
  after.forEach((cells, r) => {
    let run: { row: number; left: number; values: CellValue[] } | undefined;
    cells.forEach((value, c) => {
      if (value === before[r]?.[c]) {
        run = undefined;
        return;
      }
      if (!run || text(run.left) !== text(left + c)) runs.push((run = { row: top + r, left: left + c, values: [] }));
      run.values.push(value);
    });
  });
  return runs;
}

/** The columns 0…width-1 as spans of neighbours that are all of the agenda's text or all not. */
function columnSpans(width: number, text: (col: number) => boolean): { left: number; right: number; text: boolean }[] {
  const spans: { left: number; right: number; text: boolean }[] = [];
  for (let c = 0; c < width; c++) {
    const last = spans.at(-1);
    if (last && last.text === text(c)) last.right = c;
    else spans.push({ left: c, right: c, text: text(c) });
  }
  return spans;
}

/** "Action register (2)": a sheet name not taken yet. */
/**
 * Queues the writes of items [from, to) in chunks whose payload stays under the request limit, syncing after each
 * chunk but the last, which is left queued for the batch that follows.
 */
async function writeChunks(context: Excel.RequestContext, rows: readonly unknown[], write: (from: number, to: number) => void): Promise<void> {
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

/**
 * The number format a register cell gets as it is written: the agenda's columns as text ("4.10" stays 4.10), Due as a
 * date — in the date format the user chose for the cell, if they chose one; Status, Notes and the user's own columns
 * keep theirs (a formula typed in Notes stays a formula).
 */
function formatFor(header: readonly CellValue[], col: number, kept: string | undefined): string {
  const field = registerColumns(header.map(String)).indexOf(col);
  const column = REGISTER_COLUMNS[field];
  if (!column || (column.kept && column.type === 'text')) return kept ?? 'General';
  return column.type === 'text' ? '@' : isDateFormat(kept) ? kept! : DATE_FORMAT;
}

/** Whether a number format shows a date (a user's own "dd/mm/yyyy"), not General, text or a plain number. */
function isDateFormat(format: string | undefined): boolean {
  return format !== undefined && /[dy]/i.test(format.replace(/"[^"]*"|\[[^[\]]*\]/g, ''));
}

/** The register's drop-down, and once, when the table is made: highlighting, frozen header, column widths. */
function formatRegister(table: Excel.Table, sheet: Excel.Worksheet, header: readonly CellValue[], created: boolean): void {
  const columns = registerColumns(header.map(String));
  const name = (field: RegisterField) => String(header[columns[REGISTER_FIELDS.indexOf(field)]!]);
  const letter = (field: RegisterField) => columnName(columns[REGISTER_FIELDS.indexOf(field)]!);
  const status = table.columns.getItem(name('status')).getDataBodyRange();
  status.dataValidation.clear();
  status.dataValidation.rule = { list: { inCellDropDown: true, source: ACTION_STATUSES.join(',') } };
  status.dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: 'Status', message: `Choose one of: ${ACTION_STATUSES.join(', ')}.` };
  // An update leaves the table's look alone: its widths, wrapping and highlighting are the user's to change.
  if (!created) return;
  // Overdue: a due date before today on an action not done. Added once; Excel extends it as the table grows.
  const overdue = table.getDataBodyRange().conditionalFormats.add('Custom');
  overdue.custom.rule.formula = `=${overdueFormula(`$${letter('due')}2`, `$${letter('status')}2`)}`;
  overdue.custom.format.fill.color = OVERDUE_STYLE.fill;
  overdue.custom.format.font.color = OVERDUE_STYLE.font;
  sheet.freezePanes.freezeRows(1);
  for (const { field, width } of REGISTER_COLUMNS) table.columns.getItem(name(field)).getRange().format.columnWidth = width * POINTS_PER_CHARACTER;
  table.columns.getItem(name('text')).getRange().format.wrapText = true;
}
