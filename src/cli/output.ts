// Where the command line writes. An output is checked before any work — a file, not a folder, with the extension the
// command writes, an existing file of the same kind (never an agenda named .xlsx), not one of the inputs (by device
// and inode, so links count), in a folder that exists and can be written — and written atomically: a temp file
// beside the target, flushed to disk, then renamed over it. A write that fails (disk full, a file-size limit, a crash)
// leaves every existing file as it was.
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { isZip } from '../io/file-kinds';
import { statOf } from './file-status';

export type OutputKind = 'docx' | 'xlsx' | 'ics';

/** A write that failed: one line for the user, the target untouched. */
export class WriteError extends Error {
  override readonly name = 'WriteError';
}

/** The file-system calls a write makes: Node's `fs` by default, a failing one in tests. */
export interface FileSystem {
  openSync(path: string, flags: string, mode?: number): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  fchmodSync(fd: number, mode: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
}

const NAMES: Record<OutputKind, string> = { docx: 'a Word document (.docx)', xlsx: 'an Excel workbook (.xlsx)', ics: 'a calendar (.ics)' };

/** Why this output cannot be written, checked before any work (one line for the user), or undefined. */
export function outputProblem(path: string, kind: OutputKind, inputs: readonly string[]): string | undefined {
  const target = statOf(path);
  if (typeof target === 'string') return target;
  if (target?.isDirectory()) return `${path} is a folder, not a file.`;
  if (extname(path).toLowerCase() !== `.${kind}`) return `${path}: this command writes ${NAMES[kind]}; name the output *.${kind}.`;
  if (!target) {
    if (statOf(path, nodeFs.lstatSync)) return `${path} is a link to a file that does not exist; write to the file itself.`;
    return folderProblem(dirname(resolve(path)));
  }
  if (!target.isFile()) return `${path} is not a regular file (a device or a pipe); Docket writes only to files.`;
  for (const input of inputs) {
    const source = nodeFs.statSync(input, { throwIfNoEntry: false });
    if (source && source.dev === target.dev && source.ino === target.ino) {
      return `${path} is the input ${input}: Docket never writes over what it reads; choose another output file.`;
    }
  }
  if (!writable(path)) return `${path} is read-only; Docket will not write over it.`;
  const folder = folderProblem(dirname(nodeFs.realpathSync(path)));
  if (folder) return folder;
  const found = kindOf(nodeFs.readFileSync(path));
  if (found !== kind && found !== 'empty') return `${path} exists and is ${describe(found)}, not ${NAMES[kind]}: Docket will not write over it; choose another file.`;
  return undefined;
}

function folderProblem(folder: string): string | undefined {
  const stat = statOf(folder);
  if (typeof stat === 'string') return stat;
  if (!stat) return `The folder ${folder} does not exist.`;
  if (!stat.isDirectory()) return `${folder} is not a folder.`;
  if (!writable(folder)) return `The folder ${folder} cannot be written to (permission denied).`;
  return undefined;
}

function writable(path: string): boolean {
  try {
    nodeFs.accessSync(path, nodeFs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

type FoundKind = OutputKind | 'empty' | 'zip' | 'other';

/** What an existing file is, by its content: a Word document, a workbook, a calendar, another zip package, other. */
function kindOf(bytes: Uint8Array): FoundKind {
  if (bytes.length === 0) return 'empty';
  if (isZip(bytes)) {
    const names = new Set<string>();
    try {
      unzipSync(bytes, { filter: (file) => (names.add(file.name), false) });
    } catch {
      return 'other';
    }
    if (names.has('word/document.xml')) return 'docx';
    if (names.has('xl/workbook.xml')) return 'xlsx';
    return 'zip';
  }
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\ufeff/, '');
  return /^BEGIN:VCALENDAR\r?\n/.test(head) ? 'ics' : 'other';
}

function describe(kind: FoundKind): string {
  if (kind === 'zip') return 'a zip package of another kind';
  if (kind === 'other' || kind === 'empty') return 'a file of another kind';
  return NAMES[kind];
}

/**
 * Writes atomically: a temp file in the target's folder, fsync, rename (and fsync the folder where the OS allows).
 * On any failure the temp file is removed, the target is exactly as it was, and a WriteError (one line) is thrown.
 */
export function writeAtomically(path: string, data: Uint8Array | string, fs: FileSystem = nodeFs): void {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  // Over a link, the file it points to is replaced and the link stays.
  const existing = nodeFs.statSync(path, { throwIfNoEntry: false });
  const target = existing ? nodeFs.realpathSync(path) : resolve(path);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.docket-tmp`);
  let fd: number | undefined;
  let created = false;
  try {
    // A new file gets the usual permissions (0666 less the umask); a replaced one keeps its own.
    fd = fs.openSync(temp, 'wx', existing ? 0o600 : 0o666);
    created = true;
    for (let done = 0; done < bytes.length; ) done += fs.writeSync(fd, bytes, done, bytes.length - done);
    if (existing) fs.fchmodSync(fd, existing.mode & 0o7777);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, target);
    created = false;
  } catch (error) {
    if (fd !== undefined) ignore(() => fs.closeSync(fd!));
    if (created) ignore(() => fs.unlinkSync(temp));
    throw new WriteError(`Cannot write ${path}: ${reason(error)}; ${existing ? 'the file was left as it was' : 'nothing was written'}.`);
  }
  // The rename is done; making it durable needs the folder flushed too, which not every system allows (Windows).
  ignore(() => {
    const folder = fs.openSync(dirname(target), 'r');
    try {
      fs.fsyncSync(folder);
    } finally {
      fs.closeSync(folder);
    }
  });
}

function ignore(action: () => void): void {
  try {
    action();
  } catch {
    // Cleaning up after a failure, or a flush the system does not offer: the failure already reported says it all.
  }
}

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file would be larger than this system allows (a file-size limit)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  EIO: 'an input/output error',
  ENOENT: 'the folder does not exist',
  EISDIR: 'it is a folder',
  EEXIST: 'a temporary file of that name exists',
};

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code && REASONS[code]) return `${REASONS[code]} (${code})`;
  const message = (error as Error).message?.split('\n')[0] ?? String(error);
  return code ? `${message} (${code})` : message;
}
