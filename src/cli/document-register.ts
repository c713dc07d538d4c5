// Reading the meeting's document registers named with --register (TD lists, Tdoc lists, TdocsByAgenda: .xlsx, .csv,
// .docx), for `docket check` and `docket annex`. A register that cannot be read, or in which no document-number column
// is found, stops the command with one line saying why: checking without it would hide what the user asked for.
import { basename } from 'node:path';
import { readDocumentRegister, type DocumentRegister } from '../core';
import { readFile } from './check';

export interface DocumentRegisterFile {
  path: string;
  register: DocumentRegister;
}

export async function readDocumentRegisters(paths: readonly string[]): Promise<{ ok: true; registers: DocumentRegisterFile[] } | { ok: false; message: string }> {
  const registers: DocumentRegisterFile[] = [];
  for (const path of paths) {
    const read = await readFile(path);
    if (!read.ok) return { ok: false, message: `document register ${path}: ${read.error}` };
    const register = { ...readDocumentRegister(read.snapshot, basename(path)), readAt: new Date().toISOString() };
    if (register.documents.length === 0) return { ok: false, message: `document register ${path}: ${register.notes.join(' ')}` };
    registers.push({ path, register });
  }
  return { ok: true, registers };
}
