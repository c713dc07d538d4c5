// One entry point for files: picks the reader from the file's first bytes and name, so a renamed or legacy file gets
// the right message instead of a parse error.
import type { Snapshot } from '../core';
import { readDocx, readFlatOpc } from './docx/read';
import { attempt, ReadError, type ReadResult } from './read-error';
import { looksLikeMarkdown, readMarkdown, readPlainText } from './text/read';

export type { ReadResult } from './read-error';

export function readDocument(fileName: string, bytes: Uint8Array): ReadResult<Snapshot> {
  return attempt(() => {
    const extension = /\.[^./\\]+$/.exec(fileName)?.[0].toLowerCase() ?? '';
    if (isZipOrOffice(bytes) || ['.docx', '.docm', '.dotx', '.doc', '.dot'].includes(extension)) return readDocx(bytes);
    const text = decodeText(bytes);
    if (text.trimStart().startsWith('<')) {
      if (/<pkg:package\b|<\w+:package\b/.test(text.slice(0, 4096))) return readFlatOpc(text);
      if (extension === '.xml' || extension === '.html' || extension === '.htm') {
        throw new ReadError('This XML or HTML file is not a Word document: save it from Word as .docx.');
      }
    }
    if (extension === '.md' || extension === '.markdown' || looksLikeMarkdown(text)) return readMarkdown(text);
    return readPlainText(text);
  });
}

/** Any file Docket reads, spreadsheets (.xlsx, .csv) of document lists included; their reader loads only when needed. */
export async function readAnyFile(fileName: string, bytes: Uint8Array): Promise<ReadResult<Snapshot>> {
  if (/\.(xlsx|csv)$/i.test(fileName)) return (await import('./xlsx/read')).readSpreadsheet(fileName, bytes);
  return readDocument(fileName, bytes);
}

function isZipOrOffice(bytes: Uint8Array): boolean {
  return (bytes[0] === 0x50 && bytes[1] === 0x4b) || (bytes[0] === 0xd0 && bytes[1] === 0xcf);
}

/** Text in UTF-8 or UTF-16 (by its byte-order mark); text that is not valid UTF-8 is read as Windows-1252. */
function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ReadError('The file is empty (0 bytes).');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.subarray(0, 8192).includes(0)) throw new ReadError('This is a binary file, not a Word document or a text agenda.');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
