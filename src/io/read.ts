// One entry point for files: picks the reader from the file's first bytes and name, so a renamed or legacy file gets
// the right message instead of a parse error. A file past the input cap is refused before anything reads it. Each
// kind's reader loads when a file of its kind comes: checking a .docx loads neither the Markdown parser nor the
// spreadsheet readers.
import type { Snapshot } from '../core';
import { readDocx } from './docx/read';
import type { Progress } from './docx/xml';
import { isSpreadsheetName, isWordFile } from './file-kinds';
import { assertInputSize } from './limits';
import { attempt, type ReadResult } from './read-error';

export type { ReadResult } from './read-error';

/** Any file Docket reads: Word documents, text agendas and spreadsheets (.xlsx, .csv) of document lists. */
export async function readAnyFile(fileName: string, bytes: Uint8Array, progress?: Progress): Promise<ReadResult<Snapshot>> {
  if (isSpreadsheetName(fileName)) return (await import('./xlsx/read')).readSpreadsheet(fileName, bytes);
  if (isWordFile(fileName, bytes)) return readWordFile(bytes, progress);
  return (await import('./read-document')).readDocument(fileName, bytes, progress);
}

/** Reads a Word document (.docx, or a legacy or encrypted one to refuse), saying how far it is to `progress`, if given. */
export function readWordFile(bytes: Uint8Array, progress?: Progress): ReadResult<Snapshot> {
  return attempt(() => {
    assertInputSize(bytes.length);
    return readDocx(bytes, undefined, progress);
  });
}
