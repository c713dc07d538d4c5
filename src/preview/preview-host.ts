// The task pane's host in a plain browser: the document is a file the user opened, read in the page's worker; going
// to a finding highlights it in the rendered document. An agenda behaves as in Word: a fix or a generator's plan is
// written into the .docx itself (by the same writer as the command line, touching only what it changes), so the
// written file can be downloaded. A spreadsheet behaves as in Excel: the action register is kept as a sheet of its
// own, merged by action id, and any of its sheets can be the document register. The settings and the document
// register are kept in the browser's storage for this file. Nothing leaves the browser.
import {
  applyFix,
  applyPlan,
  blockTag,
  emptyPlan,
  insertTable,
  mergeRegister,
  paragraphsAt,
  paragraphsOf,
  registerIn,
  registerTable,
  type Fix,
  type Location,
  type Plan,
  type RegisterRow,
  type Snapshot,
  type Table,
} from '../core';
import { writePlan } from '../io/docx/rewrite';
import { isSpreadsheetName } from '../io/file-kinds';
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
  type WriteOutcome,
  type Writer,
} from '../office/host';

export interface PreviewView {
  /** Show the document (again, after a change). */
  render(snapshot: Snapshot): void;
  /** Highlight and scroll to a spot. */
  highlight(location: Location): void;
}

const REGISTER_TAG = blockTag({ spec: registerTable([]) });
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

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

  constructor(
    private file: { name: string; bytes: Uint8Array },
    private snapshot: Snapshot,
    private readonly view: PreviewView,
    stores: { settings: SettingsStore; ignores: SettingsStore; documentRegister: DocumentRegisterStore },
  ) {
    // Spreadsheets open as in Excel; everything else as in Word.
    const sheet = isSpreadsheetName(file.name);
    this.docx = /\.docx$/i.test(file.name);
    this.name = sheet ? 'Preview (as Excel)' : 'Preview';
    if (sheet) {
      this.registerSheet = { write: (rows) => Promise.resolve(this.writeRegister(rows)) };
      this.sheets = { names: () => Promise.resolve(this.sheetNames()), read: (name) => new Promise((resolve) => resolve(this.sheet(name))) };
      this.checks = 'Check the document list in this spreadsheet: duplicates, categories, revisions and placeholders.';
    } else {
      this.writer = { write: (plan) => Promise.resolve(this.write(plan)) };
    }
    this.settings = stores.settings;
    this.ignores = stores.ignores;
    this.documentRegister = stores.documentRegister;
  }

  source(): Promise<Source> {
    return Promise.resolve(this.edited && !this.docx ? { kind: 'snapshot', snapshot: this.snapshot } : { kind: 'file', name: this.file.name, bytes: this.file.bytes });
  }

  /** The .docx as it is now, with what was written into it, for the user to save. */
  download(): { name: string; bytes: Uint8Array; type: string } | undefined {
    return this.docx ? { name: this.file.name, bytes: this.file.bytes, type: DOCX } : undefined;
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

  applyFix(fix: Fix): Promise<FixOutcome> {
    const { applied, missing } = applyFix(this.snapshot, fix);
    if (applied > 0) this.write({ ...emptyPlan(fix.title), edits: fix.edits });
    return Promise.resolve({ applied, missing });
  }

  /** A plan written as Word writes it: into the .docx (and so into what is shown), or into the text agenda shown. */
  private write(plan: Plan): WriteOutcome {
    if (this.docx) {
      const { bytes, missing } = writePlan(this.file.bytes, plan);
      if (missing > 0) return { status: 'stale' };
      this.file = { ...this.file, bytes };
    }
    this.change(applyPlan(this.snapshot, plan));
    return { status: 'written' };
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

  /** The "Action register" sheet: the register table after the list, merged by action id like Excel's. */
  private writeRegister(fresh: readonly RegisterRow[]): { added: number; updated: number; total: number } {
    const kept = registerIn(this.snapshot.blocks.filter((b): b is Table => b.kind === 'table' && b.generated === REGISTER_TAG)) ?? [];
    const { rows, added, updated } = mergeRegister(kept, fresh);
    this.change(insertTable(this.snapshot, { spec: registerTable(rows), headings: ['Action register'] }));
    return { added, updated, total: rows.length };
  }

  private change(snapshot: Snapshot): void {
    this.snapshot = snapshot;
    this.edited = true;
    this.view.render(snapshot);
  }
}
