// `docket check` and `docket extract`: find the files to check (each file named, every agenda and list in a folder
// named), read each, extract and check it (against the meeting's document registers when given). A named file that
// cannot be read is a failure; one found in a folder is skipped with a note. A file is read with a cap: one larger than Docket reads is refused from its size
// before it is read, and a device or a pipe that never ends (/dev/zero, a FIFO) is read no further than the cap.
import { closeSync, fstatSync, openSync, readSync, readdirSync, type Dirent, type Stats } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { analyse, type Config, type DocumentRegister, type Finding, type Meeting, type Snapshot } from '../core';
import { savedSettingsOf } from '../io/docx/addin-settings';
import { MAX_INPUT_BYTES, assertInputSize } from '../io/limits';
import { isSpreadsheetName } from '../io/file-kinds';
import { readAnyFile } from '../io/read';
import { ReadError } from '../io/read-error';
import type { ConfigFile } from './config';
import { configFor, withoutDocumentIgnores } from './document-settings';
import { failureOf, statOf } from './file-status';

export interface FileResult {
  path: string;
  error?: string;
  snapshot?: Snapshot;
  meeting?: Meeting;
  findings: Finding[];
  /** Read as a spreadsheet: its locations are cells as Excel names them. */
  sheets: boolean;
  /** What the reader says about how it read the file (an encoding it had to guess). */
  notes?: string[];
}

/** Reads a file as a Snapshot: Word documents and text agendas, and spreadsheets (.xlsx, .csv) of document lists. */
export async function readFile(path: string): Promise<{ ok: true; snapshot: Snapshot; notes: string[]; bytes: Uint8Array } | { ok: false; error: string }> {
  let bytes: Uint8Array;
  try {
    bytes = readCapped(path);
  } catch (error) {
    if (error instanceof ReadError) return { ok: false, error: error.message };
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, error: code === 'ENOENT' ? 'No such file.' : code === 'EISDIR' ? 'This is a folder, not a file.' : `Cannot open the file (${code}).` };
  }
  const name = basename(path);
  const read = await readAnyFile(name, bytes);
  return read.ok ? { ok: true, snapshot: read.value, notes: read.notes, bytes } : { ok: false, error: read.message };
}

/** The bytes of a file, refused (ReadError) past MAX_INPUT_BYTES: by its size when it has one, else while reading. */
function readCapped(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    if (stat.isFile()) assertInputSize(stat.size);
    // A file is read into a buffer of its size (a second read finds its end); a pipe or a device through one
    // reused buffer, keeping copies of what each read returned.
    const piped = !stat.isFile();
    let buffer = new Uint8Array(piped ? 1 << 20 : Math.min(stat.size, MAX_INPUT_BYTES) + 1);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      chunks.push(piped ? buffer.slice(0, read) : buffer.subarray(0, read));
      if (!piped) buffer = new Uint8Array(1 << 20);
      total += read;
      assertInputSize(total);
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  } finally {
    closeSync(fd);
  }
}

/** A document as read, and the settings it keeps: the configuration it is checked with, the add-in settings Office saved in it. */
export interface ReadDocument {
  snapshot: Snapshot;
  bytes: Uint8Array;
  config: Config;
  saved: ReadonlyMap<string, unknown>;
  /** What the reader says, and what the document was checked with when it keeps checking settings. */
  notes: string[];
}

/** Reads a file, with the configuration it is checked with: its own checking settings under the configuration file given. */
export async function readDocument(path: string, given: ConfigFile): Promise<({ ok: true } & ReadDocument) | { ok: false; error: string }> {
  const read = await readFile(path);
  if (!read.ok) return read;
  const saved = savedSettingsOf(basename(path), read.bytes);
  const { config, note } = configFor(saved, given);
  return { ...read, saved, config, notes: note ? [...read.notes, note] : read.notes };
}

export async function checkFile(path: string, given: ConfigFile, documentRegisters: readonly DocumentRegister[] = []): Promise<FileResult> {
  const read = await readDocument(path, given);
  const sheets = isSpreadsheetName(path);
  if (!read.ok) return { path, error: read.error, findings: [], sheets };
  const analysed = analyse(read.snapshot, read.config, documentRegisters);
  const { findings, note } = withoutDocumentIgnores(read.saved, analysed.findings);
  return { path, snapshot: read.snapshot, meeting: analysed.meeting, findings, sheets, notes: note ? [...read.notes, note] : read.notes };
}

/** The kinds of file looked for in a folder: what Docket reads, and Word 97-2003 files, to say they need saving as .docx. */
const CHECKED = ['.docx', '.docm', '.doc', '.txt', '.md', '.markdown', '.xlsx', '.csv'];

export interface Input {
  path: string;
  /** Found in a folder named, not named itself: skipped with a note when it cannot be read. */
  found: boolean;
}

/**
 * The files to check, in the order named, a folder's files (its subfolders' too) in the order of their names. Hidden
 * files and Word's lock files ("~$agenda.docx") are not documents and are passed over; files of other kinds are
 * counted in a note.
 */
export function inputsOf(paths: readonly string[]): { ok: true; inputs: Input[]; notes: string[] } | { ok: false; message: string } {
  const inputs: Input[] = [];
  const notes: string[] = [];
  for (const path of paths) {
    const stat = statOf(path);
    if (stat === undefined) return { ok: false, message: `${path}: no such file or folder.` };
    if (typeof stat === 'string') return { ok: false, message: stat };
    if (!stat.isDirectory()) {
      inputs.push({ path, found: false });
      continue;
    }
    const found: string[] = [];
    const others = new Map<string, number>();
    walk(path, found, others, notes);
    if (others.size > 0) {
      const count = [...others.values()].reduce((a, b) => a + b, 0);
      notes.push(`${path}: ${count} ${count === 1 ? 'file' : 'files'} of other kinds not checked (${[...others.keys()].join(', ')}).`);
    }
    if (found.length === 0) return { ok: false, message: `${path} holds no agenda or document list (${CHECKED.filter((e) => e !== '.doc').join(', ')}).` };
    inputs.push(...found.map((file) => ({ path: file, found: true })));
  }
  return { ok: true, inputs, notes };
}

const isFile = (stat: Stats | undefined | string): boolean => typeof stat === 'object' && stat.isFile();

function walk(folder: string, found: string[], others: Map<string, number>, notes: string[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    notes.push(`${folder}: skipped: the folder cannot be read (${failureOf(error)}).`);
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
    const path = join(folder, entry.name);
    // A link is followed to a file, never to a folder (which could lead back up the tree).
    if (entry.isDirectory()) walk(path, found, others, notes);
    else if (!entry.isFile() && !(entry.isSymbolicLink() && isFile(statOf(path)))) continue;
    else if (CHECKED.includes(extname(entry.name).toLowerCase())) found.push(path);
    else {
      const kind = extname(entry.name).toLowerCase() || 'no extension';
      others.set(kind, (others.get(kind) ?? 0) + 1);
    }
  }
}

/** The readers' notes, one line each, for stderr. */
export function formatNotes(results: FileResult[]): string {
  return results.flatMap((r) => (r.notes ?? []).map((note) => `note: ${r.path}: ${note}\n`)).join('');
}

/** The numbers a check ends with: what was found by severity, what could not be read, whether warnings were too many. */
export interface Tally {
  error: number;
  warning: number;
  info: number;
  files: number;
  unreadable: number;
  skipped: number;
  /** --max-warnings, when given. */
  maxWarnings?: number;
}

export function tallyOf(results: readonly FileResult[], skipped: number, maxWarnings?: number): Tally {
  const tally: Tally = { error: 0, warning: 0, info: 0, files: results.length, unreadable: results.filter((r) => r.error).length, skipped };
  for (const finding of results.flatMap((r) => r.findings)) tally[finding.severity]++;
  return maxWarnings === undefined ? tally : { ...tally, maxWarnings };
}

/** Whether Docket can write its changes into a copy of this agenda: a Word document (.docx). */
export const isEditable = (path: string): boolean => /\.docx$/i.test(path);

export const tooManyWarnings = (tally: Tally): boolean => tally.maxWarnings !== undefined && tally.warning > tally.maxWarnings;

/** 2 when a named file could not be read; 1 when an error was found or the warnings are more than allowed; else 0. */
export function exitCode(tally: Tally): number {
  if (tally.unreadable > 0) return 2;
  return tally.error > 0 || tooManyWarnings(tally) ? 1 : 0;
}

