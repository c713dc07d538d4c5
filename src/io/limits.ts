// What Docket refuses to read, in one place: the README's promises quote these numbers, and the CLI, the task pane
// and the package readers (and the .docx writer) all check against them.
import { ReadError } from './read-error';

const MB = 1024 * 1024;

/** The largest file Docket reads at all: checked before reading it (CLI) or before parsing it (task pane). */
export const MAX_INPUT_BYTES = 200 * MB;

/** The budget of one zip package (.docx, .xlsx), over all its parts together. */
export interface PackageLimits {
  /** Largest unpacked size of any one part, in bytes. */
  maxPartBytes: number;
  /** Largest unpacked size of all the parts read, together. */
  maxTotalBytes: number;
  /** Most entries (parts, folders) the package may list. */
  maxEntries: number;
}

export const DEFAULT_LIMITS: PackageLimits = { maxPartBytes: 256 * MB, maxTotalBytes: 512 * MB, maxEntries: 10_000 };

export function assertInputSize(bytes: number): void {
  if (bytes > MAX_INPUT_BYTES) throw new ReadError(`The file is larger than ${megabytes(MAX_INPUT_BYTES)} MB, the most Docket reads: refused.`);
}

export function megabytes(bytes: number): number {
  return Math.round(bytes / MB);
}
