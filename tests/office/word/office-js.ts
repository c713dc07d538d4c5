// Office.js for a browser test of the task pane in Word: the globals Office and Word over the Word fake (fake-word.ts)
// and the Office.Settings fake (../fake-office.ts), bundled for the browser by the test and served where taskpane.html
// loads Office.js from. The document — its .docx and the add-in settings saved in it, name → JSON as the file keeps
// them — is given by the test (window.fakeWordDocument), and what each saveAsync keeps goes back to the test
// (window.fakeWordSaved), so a reload of the pane opens the document with what was saved, as Word would.
import { FakeSettings } from '../fake-office';
import { FakeDocument, fakeWord } from './fake-word';

interface Given {
  /** The .docx, base64. */
  docx: string;
  settings: Record<string, string>;
}

const page = window as unknown as Window & { fakeWordDocument: Given; fakeWordSaved(settings: Record<string, string>): Promise<void>; Office: unknown; Word: unknown };
const given = page.fakeWordDocument;
const document = FakeDocument.fromDocx(Uint8Array.from(atob(given.docx), (c) => c.charCodeAt(0)));
const word = fakeWord(document);
const settings = new FakeSettings(given.settings, (kept) => page.fakeWordSaved(kept));
const info = { host: 'Word', platform: 'OfficeOnline' };

page.Office = {
  HostType: { Word: 'Word', Excel: 'Excel' },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  context: {
    document: { settings },
    requirements: { isSetSupported: word.isSetSupported },
    diagnostics: { platform: info.platform, version: word.about.version },
  },
  // Office.onReady: the callback, then the promise, with the host the add-in runs in.
  onReady: (callback?: (ready: typeof info) => void) =>
    Promise.resolve().then(() => {
      callback?.(info);
      return info;
    }),
};
page.Word = { run: <T>(batch: (context: Word.RequestContext) => Promise<T>) => word.run(batch) };
