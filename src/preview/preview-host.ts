// The task pane's host in a plain browser: the document is a file the user opened, read in the page's worker; going
// to a finding highlights it in the rendered document; a fix edits the in-memory copy. Nothing leaves the browser.
import { applyFix, paragraphsAt, paragraphsOf, type Fix, type Location, type Snapshot } from '../core';
import type { DocumentHost, FixOutcome, GoToOutcome, SettingsStore, Source } from '../office/host';

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

  applyFix(fix: Fix): Promise<FixOutcome> {
    const { snapshot, applied, missing } = applyFix(this.snapshot, fix);
    if (applied > 0) {
      this.snapshot = snapshot;
      this.edited = true;
      this.view.render(snapshot);
    }
    return Promise.resolve({ applied, missing });
  }
}
