// The task pane's host in a plain browser: the document is a file the user opened, read in the page's worker; going
// to a finding highlights it in the rendered document; a fix edits the in-memory copy. An agenda behaves as in Word:
// a generated table is written into it the way Word would (over the block Docket wrote before, never over the
// user's edits unasked). A spreadsheet behaves as in Excel: the action register is kept as a sheet of its own,
// merged by action id. Nothing leaves the browser.
import {
  applyFix,
  blockTag,
  mergeRegister,
  paragraphsAt,
  paragraphsOf,
  registerIn,
  registerTable,
  tableTextOf,
  withBlock,
  type Fix,
  type Location,
  type RegisterRow,
  type Snapshot,
  type Table,
} from '../core';
import type { DocumentHost, FixOutcome, GoToOutcome, RegisterSheet, SettingsStore, Source, Writer } from '../office/host';

/** Spreadsheets open as in Excel; everything else as in Word. */
export const isSpreadsheet = (name: string) => /\.(xlsx|csv)$/i.test(name);

export interface PreviewView {
  /** Show the document (again, after a fix). */
  render(snapshot: Snapshot): void;
  /** Highlight and scroll to a spot. */
  highlight(location: Location): void;
}

const REGISTER_TAG = blockTag({ spec: registerTable([]) });

export class PreviewHost implements DocumentHost {
  readonly name: string;
  readonly settings: SettingsStore;
  readonly writer?: Writer;
  readonly registerSheet?: RegisterSheet;
  readonly checks?: string;
  private edited = false;
  /** The text of each block Docket wrote, by tag, to tell the user's later edits. */
  private readonly written = new Map<string, string>();

  constructor(
    private readonly file: { name: string; bytes: Uint8Array },
    private snapshot: Snapshot,
    private readonly view: PreviewView,
  ) {
    const sheet = isSpreadsheet(file.name);
    this.name = sheet ? 'Preview (as Excel)' : 'Preview';
    if (sheet) {
      this.registerSheet = { write: (rows) => Promise.resolve(this.writeRegister(rows)) };
      this.checks = 'Check the document list in this spreadsheet: duplicates, categories, revisions and placeholders.';
    } else {
      this.writer = { write: (block, _document, options) => Promise.resolve(this.write(block, options)) };
    }
    let saved: unknown;
    this.settings = {
      load: () => saved,
      save: (value) => {
        saved = value;
        return Promise.resolve();
      },
    };
  }

  source(): Promise<Source> {
    return Promise.resolve(this.edited ? { kind: 'snapshot', snapshot: this.snapshot } : { kind: 'file', name: this.file.name, bytes: this.file.bytes });
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
    const { snapshot, applied, missing } = applyFix(this.snapshot, fix);
    if (applied > 0) this.change(snapshot);
    return Promise.resolve({ applied, missing });
  }

  private write(block: Parameters<Writer['write']>[0], { overwriteEdits }: { overwriteEdits: boolean }): Awaited<ReturnType<Writer['write']>> {
    const tag = blockTag(block);
    const generated = (snapshot: Snapshot) => snapshot.blocks.find((b): b is Table => b.kind === 'table' && b.generated === tag);
    const now = generated(this.snapshot);
    const before = this.written.get(tag);
    if (now && !overwriteEdits && tableTextOf(now) !== before) return { status: 'edited', ...(before !== undefined ? { written: before } : {}), now: tableTextOf(now) };
    const { snapshot, how } = withBlock(this.snapshot, block);
    this.written.set(tag, tableTextOf(generated(snapshot)!));
    this.change(snapshot);
    return { status: 'written', how };
  }

  /** The "Action register" sheet: the register table after the list, merged by action id like Excel's. */
  private writeRegister(fresh: readonly RegisterRow[]): { added: number; updated: number; total: number } {
    const kept = registerIn(this.snapshot.blocks.filter((b): b is Table => b.kind === 'table' && b.generated === REGISTER_TAG)) ?? [];
    const { rows, added, updated } = mergeRegister(kept, fresh);
    this.change(withBlock(this.snapshot, { spec: registerTable(rows), headings: ['Action register'] }).snapshot);
    return { added, updated, total: rows.length };
  }

  private change(snapshot: Snapshot): void {
    this.snapshot = snapshot;
    this.edited = true;
    this.view.render(snapshot);
  }
}
