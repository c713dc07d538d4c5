// `docket check` and `docket extract`: read each file, extract and check it (against the meeting's document registers
// when given), and print the findings as ESLint-style lines or as JSON. An unreadable file is reported in one line and
// the others are still checked. A file is read with a cap: one larger than Docket reads is refused from its size
// before it is read, and a device or a pipe that never ends (/dev/zero, a FIFO) is read no further than the cap.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { analyse, type Config, type DocumentRegister, type Finding, type Meeting, type Snapshot } from '../core';
import { MAX_INPUT_BYTES, assertInputSize } from '../io/limits';
import { readAnyFile } from '../io/read';
import { ReadError } from '../io/read-error';
import { withoutDocumentIgnores } from './ignores';
import { where } from './where';

export interface FileResult {
  path: string;
  error?: string;
  snapshot?: Snapshot;
  meeting?: Meeting;
  findings: Finding[];
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

export async function checkFile(path: string, config: Config, documentRegisters: readonly DocumentRegister[] = []): Promise<FileResult> {
  const read = await readFile(path);
  if (!read.ok) return { path, error: read.error, findings: [] };
  const analysed = analyse(read.snapshot, config, documentRegisters);
  const { findings, note } = withoutDocumentIgnores(basename(path), read.bytes, analysed.findings);
  return { path, snapshot: read.snapshot, meeting: analysed.meeting, findings, notes: note ? [...read.notes, note] : read.notes };
}

/** The readers' notes, one line each, for stderr. */
export function formatNotes(results: FileResult[]): string {
  return results.flatMap((r) => (r.notes ?? []).map((note) => `note: ${r.path}: ${note}\n`)).join('');
}

/** One line per finding: file, location, severity, message, rule id; then a summary. */
export function formatText(results: FileResult[]): string {
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const result of results) {
    if (result.error) {
      lines.push(`${result.path}  -  error  ${result.error}  (unreadable)`);
      continue;
    }
    for (const finding of result.findings) {
      counts[finding.severity]++;
      lines.push(`${result.path}  ${where(finding.location, result.snapshot!)}  ${finding.severity}  ${finding.message}  ${finding.ruleId}`);
    }
  }
  const unreadable = results.filter((r) => r.error).length;
  const total = counts.error + counts.warning + counts.info;
  const summary =
    total === 0 && unreadable === 0
      ? `✔ No problems in ${plural(results.length, 'file')}.`
      : `${total === 0 ? '✔' : '✖'} ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info) in ${plural(results.length, 'file')}` +
        (unreadable > 0 ? `; ${unreadable} could not be read.` : '.');
  if (lines.length > 0) lines.push('');
  lines.push(summary);
  return `${lines.join('\n')}\n`;
}

/** The findings and meetings of every file; with --register, each document register as read (`{ path, documents, notes }`). */
export function formatJson(results: FileResult[], registers: readonly { path: string; register: DocumentRegister }[] = []): string {
  const files = results.map((r) =>
    r.error ? { path: r.path, error: r.error, findings: [] } : { path: r.path, findings: r.findings, meeting: r.meeting },
  );
  const register = registers.map(({ path, register: { documents, notes } }) => ({ path, documents, notes }));
  return `${JSON.stringify(register.length > 0 ? { files, register } : { files }, null, 2)}\n`;
}

/** 2 when a file could not be read, 1 when an error was found, else 0. */
export function exitCode(results: FileResult[]): number {
  if (results.some((r) => r.error)) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
