// The task pane's host in a plain browser: the document is a file the user opened, read in the page's worker; going to
// a finding highlights it in the rendered document. An agenda behaves as in Word: a fix or a generator's plan is
// written into the .docx itself (by the same writer as the command line, touching only what it changes, in the
// pipeline's worker), so the written file can be downloaded. A spreadsheet behaves as in Excel: the action register is
// kept as a sheet of its own, merged by action id, and any of its sheets can be the document register; in an .xlsx
// workbook the register is written into the workbook itself (merged into its register sheet, or added as a new sheet,
// every other part kept, in the pipeline's worker), which is read again there to be shown and can be downloaded. The
// settings and the document register are kept in the browser's storage for this file. Nothing leaves the browser.
import {
  blockTag,
  emptyPlan,
  insertTable,
  mergeRegister,
  paragraphsAt,
  paragraphsOf,
  registerHeaderRow,
  registerIn,
  registerTable,
  cellText,
  REGISTER_SHEET,
  type Fix,
  type Location,
  type Plan,
  type RegisterRow,
  type Snapshot,
  type Table,
} from '../core';
import { DOCX_TYPE, XLSX_TYPE, isSpreadsheetName } from '../io/file-kinds';
import {
  HostError,
  type DocumentHost,
  type DocumentRegisterStore,
  type FixOutcome,
  type GoToOutcome,
  type RegisterSheet,
  type SettingsStore,
  type Source,
  type WorkbookSheets,
  type Writer,
} from '../office/host';
import type { RegisterWritten } from '../taskpane/pipeline/check';
import type { Written } from '../taskpane/pipeline/write';

/** Writes a plan (or a fix, `fix` set) into the document `source` reads as: the pipeline's worker in the page. */
export type WriteIn = (source: Source, plan: Plan, fix: boolean) => Promise<Written>;

/** Writes actions into the action register of an .xlsx workbook, and reads it as written: the pipeline's worker. */
export type WriteRegisterIn = (workbook: { name: string; bytes: Uint8Array }, rows: readonly RegisterRow[]) => Promise<RegisterWritten>;

export interface PreviewView {
  /** Show the document (again, after a change). */
  render(snapshot: Snapshot): void;
  /** Highlight and scroll to a spot. */
  highlight(location: Location): void;
}

const REGISTER_TAG = blockTag({ spec: registerTable([]) });

export class PreviewHost implements DocumentHost {
  readonly name: string;
  readonly settings: SettingsStore;
  readonly ignores: SettingsStore;
  readonly documentRegister: DocumentRegisterStore;
  readonly sheets?: WorkbookSheets;
  readonly writer?: Writer;
  readonly registerSheet?: RegisterSheet;
  readonly checks?: string;
  private edited = false;
  private readonly docx: boolean;
  private readonly xlsx: boolean;

  constructor(
    private file: { name: string; bytes: Uint8Array },
    private snapshot: Snapshot,
    private readonly view: PreviewView,
    stores: { settings: SettingsStore; ignores: SettingsStore; documentRegister: DocumentRegisterStore },
    private readonly writeIn: WriteIn,
    private readonly writeRegisterIn: WriteRegisterIn,
  ) {
    // Spreadsheets open as in Excel; everything else as in Word.
    const sheet = isSpreadsheetName(file.name);
    this.docx = /\.docx$/i.test(file.name);
    this.xlsx = /\.xlsx$/i.test(file.name);
    this.name = sheet ? 'Preview (as Excel)' : 'Preview';
    if (sheet) {
      this.registerSheet = { write: (rows) => (this.xlsx ? this.writeRegisterIntoWorkbook(rows) : Promise.resolve(this.writeRegister(rows))) };
      this.sheets = { names: () => Promise.resolve(this.sheetNames()), read: (name) => new Promise((resolve) => resolve(this.sheet(name))) };
      this.checks = 'Check the document list in this spreadsheet: duplicates, categories, revisions and placeholders.';
    } else {
      this.writer = { write: async (plan) => ({ status: (await this.write(plan, false)).status }) };
    }
    this.settings = stores.settings;
    this.ignores = stores.ignores;
    this.documentRegister = stores.documentRegister;
  }

  source(): Promise<Source> {
    const written = this.edited && !this.docx && !this.xlsx;
    return Promise.resolve(written ? { kind: 'snapshot', snapshot: this.snapshot } : { kind: 'file', name: this.file.name, bytes: this.file.bytes });
  }

  /** The .docx or .xlsx as it is now, with what was written into it, for the user to save. */
  download(): { name: string; bytes: Uint8Array; type: string } | undefined {
    if (this.docx) return { name: this.file.name, bytes: this.file.bytes, type: DOCX_TYPE };
    return this.xlsx ? { name: this.file.name, bytes: this.file.bytes, type: XLSX_TYPE } : undefined;
  }

  goTo(location: Location): Promise<GoToOutcome> {
    if (paragraphsAt(this.snapshot, location).some((p) => p.text.includes(location.text))) {
      this.view.highlight(location);
      return Promise.resolve('exact');
    }
    for (const { paragraph, at } of paragraphsOf(this.snapshot)) {
      if (location.text !== '' && paragraph.text.includes(location.text)) {
        this.view.highlight({ ...at, text: location.text });
        return Promise.resolve('moved');
      }
    }
    return Promise.resolve('gone');
  }

  async applyFix(fix: Fix): Promise<FixOutcome> {
    const { applied, missing } = await this.write({ ...emptyPlan(fix.title), edits: fix.edits }, true);
    return { applied, missing };
  }

  /** A plan written as Word writes it: into the .docx (and so into what is shown), or into the text agenda shown. */
  private async write(plan: Plan, fix: boolean): Promise<Written> {
    const written = await this.writeIn(await this.source(), plan, fix);
    if (written.status === 'written' && (!fix || written.applied > 0)) {
      if (written.bytes) this.file = { ...this.file, bytes: written.bytes };
      this.change(written.snapshot);
    }
    return written;
  }

  /** The workbook's sheets, as read: each sheet's name stands above its table. */
  private sheetNames(): string[] {
    return this.snapshot.blocks.flatMap((block, i) => {
      const next = this.snapshot.blocks[i + 1];
      return block.kind === 'paragraph' && next?.kind === 'table' && !next.generated ? [block.text] : [];
    });
  }

  private sheet(name: string): Snapshot {
    const at = this.snapshot.blocks.findIndex((block, i) => block.kind === 'paragraph' && block.text === name && this.snapshot.blocks[i + 1]?.kind === 'table');
    if (at < 0) throw new HostError(`There is no sheet "${name}" in ${this.file.name}.`, 'Choose one of the sheets listed.');
    return { blocks: this.snapshot.blocks.slice(at, at + 2) };
  }

  /**
   * The register written into the workbook (its register sheet, or a new one), the workbook then shown as read again.
   * The workbook is given to the worker as a copy: this one is still the user's to download while it merges.
   */
  private async writeRegisterIntoWorkbook(fresh: readonly RegisterRow[]): Promise<{ added: number; updated: number; total: number }> {
    const written = await this.writeRegisterIn(this.file, fresh);
    if (written.status === 'refused') throw new HostError(`${this.file.name}: ${written.message}`, 'Change the workbook as this says, open it again, and import the actions again.');
    const { workbook, added, updated, total } = written;
    if (workbook) {
      this.file = { ...this.file, bytes: workbook.bytes };
      // A register sheet is Docket's: shown as written by it, and never offered as the document register.
      const registers = workbook.snapshot.blocks.map((b) => (b.kind === 'table' && registerHeaderRow(b.rows.slice(0, 3).map((r) => r.cells.map(cellText))) !== undefined ? { ...b, generated: REGISTER_TAG } : b));
      this.change({ blocks: registers });
    }
    return { added, updated, total };
  }

  /** The "Action register" sheet of a CSV list: the register table after the list, merged by action id like Excel's. */
  private writeRegister(fresh: readonly RegisterRow[]): { added: number; updated: number; total: number } {
    const kept = registerIn(this.snapshot.blocks.filter((b): b is Table => b.kind === 'table' && b.generated === REGISTER_TAG)) ?? [];
    const { rows, added, updated } = mergeRegister(kept, fresh);
    this.change(insertTable(this.snapshot, { spec: registerTable(rows), headings: [REGISTER_SHEET] }));
    return { added, updated, total: rows.length };
  }

  private change(snapshot: Snapshot): void {
    this.snapshot = snapshot;
    this.edited = true;
    this.view.render(snapshot);
  }
}
