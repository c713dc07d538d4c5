// One entry point for files: picks the reader from the file's first bytes and name, so a renamed or legacy file gets
// the right message instead of a parse error. A file past the input cap is refused before anything reads it.
import type { Snapshot } from '../core';
import { decodeTextFile } from './decode';
import { isFlatOpc, readDocx, readFlatOpc } from './docx/read';
import { isOleCompound, isSpreadsheetName, isZip } from './file-kinds';
import type { Progress } from './docx/xml';
import { assertInputSize } from './limits';
import { attempt, ReadError, type ReadResult } from './read-error';
import { looksLikeMarkdown, readMarkdown, readPlainText } from './text/read';

export type { ReadResult } from './read-error';

/** Reads an agenda; a .docx says how far it is to `progress`, if given. */
export function readDocument(fileName: string, bytes: Uint8Array, progress?: Progress): ReadResult<Snapshot> {
  return attempt((note) => {
    assertInputSize(bytes.length);
    const extension = /\.[^./\\]+$/.exec(fileName)?.[0].toLowerCase() ?? '';
    if (isZip(bytes) || isOleCompound(bytes) || ['.docx', '.docm', '.dotx', '.doc', '.dot'].includes(extension)) return readDocx(bytes, undefined, progress);
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

/** Any file Docket reads, spreadsheets (.xlsx, .csv) of document lists included; their reader loads only when needed. */
export async function readAnyFile(fileName: string, bytes: Uint8Array, progress?: Progress): Promise<ReadResult<Snapshot>> {
  if (isSpreadsheetName(fileName)) return (await import('./xlsx/read')).readSpreadsheet(fileName, bytes);
  return readDocument(fileName, bytes, progress);
}
