// Node's own zlib inflating a zip package's parts whole, for the command line: native code, several times faster than
// fflate's JavaScript on the 12 MB main part of a 1,700-row document list, and never past the size a part declares.
// The task pane runs in a browser and keeps fflate.
import { inflateRawSync } from 'node:zlib';
import { inflateWith, type Inflater } from './docx/package';

export const nodeInflater: Inflater = (compressed, size) => {
  let out: Buffer;
  try {
    // Into one buffer of the declared size (zlib's chunks are 16 KB, joined by a copy at the end). zlib refuses 0 as a
    // limit: an empty part is let through one byte, and refused below if it has it.
    out = inflateRawSync(compressed, { maxOutputLength: Math.max(1, size), chunkSize: Math.max(64, size + 1) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return undefined;
    throw error;
  }
  return out.length > size ? undefined : new Uint8Array(out.buffer as ArrayBuffer, out.byteOffset, out.length);
};

/** From now on, zip packages are inflated with Node's zlib. */
export function inflateWithNode(): void {
  inflateWith(nodeInflater);
}
