// Reads an agenda at once, whatever it is (a Word document, its flat OPC XML, a Markdown or plain-text agenda), with
// every reader loaded: for callers that read synchronously. The command line and the task pane go through
// readAnyFile (read.ts), which loads this module only for a file that is not a Word document.
import type { Snapshot } from '../core';
import { decodeTextFile } from './decode';
import { isFlatOpc, readFlatOpc } from './docx/read';
import type { Progress } from './docx/xml';
import { isWordFile } from './file-kinds';
import { assertInputSize } from './limits';
import { readWordFile } from './read';
import { attempt, ReadError, type ReadResult } from './read-error';
import { looksLikeMarkdown, readMarkdown, readPlainText } from './text/read';

/** Reads an agenda; a .docx says how far it is to `progress`, if given. */
export function readDocument(fileName: string, bytes: Uint8Array, progress?: Progress): ReadResult<Snapshot> {
  if (isWordFile(fileName, bytes)) return readWordFile(bytes, progress);
  return attempt((note) => {
    assertInputSize(bytes.length);
    const extension = extensionOf(fileName);
    const decoded = decodeTextFile(bytes, 'a Word document or a text agenda');
    const text = decoded.text;
    if (isFlatOpc(text)) return readFlatOpc(text);
    if (text.trimStart().startsWith('<') && ['.xml', '.html', '.htm'].includes(extension)) {
      throw new ReadError('This XML or HTML file is not a Word document: save it from Word as .docx.');
    }
    if (decoded.note) note(decoded.note);
    if (extension === '.md' || extension === '.markdown' || looksLikeMarkdown(text)) return readMarkdown(text, note);
    return readPlainText(text);
  });
}

function extensionOf(fileName: string): string {
  return /\.[^./\\]+$/.exec(fileName)?.[0].toLowerCase() ?? '';
}
