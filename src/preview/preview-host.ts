// The task pane's host in a plain browser: the document is a file the user opened, read in the page's worker; going
// to a finding highlights it in the rendered document; a fix edits the in-memory copy, and a generated table is
// written into it the way Word would (over the block Docket wrote before, never over the user's edits unasked).
// Nothing leaves the browser.
import { applyFix, blockTag, paragraphsAt, paragraphsOf, tableTextOf, withBlock, type Fix, type Location, type Snapshot, type Table } from '../core';
import type { DocumentHost, FixOutcome, GoToOutcome, SettingsStore, Source, Writer } from '../office/host';

export interface PreviewView {
  /** Show the document (again, after a fix). */
  render(snapshot: Snapshot): void;
  /** Highlight and scroll to a spot. */
  highlight(location: Location): void;
}

export class PreviewHost implements DocumentHost {
  readonly name = 'Preview';
  readonly settings: SettingsStore;
  private edited = false;
  /** The text of each block Docket wrote, by tag, to tell the user's later edits. */
  private readonly written = new Map<string, string>();

  constructor(
    private readonly file: { name: string; bytes: Uint8Array },
    private snapshot: Snapshot,
    private readonly view: PreviewView,
  ) {
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

  readonly writer: Writer = {
    write: (block, _document, { overwriteEdits }) => {
      const tag = blockTag(block);
      const generated = (snapshot: Snapshot) => snapshot.blocks.find((b): b is Table => b.kind === 'table' && b.generated === tag);
      const now = generated(this.snapshot);
      const before = this.written.get(tag);
      if (now && before !== undefined && tableTextOf(now) !== before && !overwriteEdits) {
        return Promise.resolve({ status: 'edited', written: before, now: tableTextOf(now) });
      }
      const { snapshot, how } = withBlock(this.snapshot, block);
      this.written.set(tag, tableTextOf(generated(snapshot)!));
      this.change(snapshot);
      return Promise.resolve({ status: 'written', how });
    },
  };

  applyFix(fix: Fix): Promise<FixOutcome> {
    const { snapshot, applied, missing } = applyFix(this.snapshot, fix);
    if (applied > 0) this.change(snapshot);
    return Promise.resolve({ applied, missing });
  }

  private change(snapshot: Snapshot): void {
    this.snapshot = snapshot;
    this.edited = true;
    this.view.render(snapshot);
  }
}
