// Opens a zip package (.docx, .xlsx): tells other files apart by their first bytes (a Word 97 .doc, an encrypted
// document, a PDF) and unpacks parts within one budget for the whole package: the number of entries, the size of each
// part and the size of all parts unpacked together, all checked against the sizes the zip declares before anything
// is inflated. Parts are then inflated a little at a time, counting: one that inflates past the size it declares is
// refused as soon as it does, so a lying zip bomb costs no more memory or time than an honest part of its size.
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { DEFAULT_LIMITS, megabytes, type PackageLimits } from '../limits';
import { ReadError } from '../read-error';

export { DEFAULT_LIMITS, type PackageLimits } from '../limits';

/** The parts unpacked, and the name of every entry of the package. */
export interface Unpacked {
  names: string[];
  parts: Record<string, Uint8Array>;
}

/** Unpacks the wanted parts of a zip package (all of them by default) within the limits; ReadError when past them. */
export function unpackWithin(bytes: Uint8Array, limits: PackageLimits = DEFAULT_LIMITS, wanted: (name: string) => boolean = () => true): Unpacked {
  return new PackageBudget(limits).unpack(bytes, wanted);
}

/**
 * Checks that unpacking the whole package stays within the limits, from the sizes the zip declares and then by
 * inflating every part with a count, keeping nothing: for a package another library unpacks (read-excel-file unpacks
 * every part of an .xlsx, trusting the sizes it declares).
 */
export function checkBudget(bytes: Uint8Array, limits: PackageLimits = DEFAULT_LIMITS): void {
  new PackageBudget(limits).unpack(bytes, () => true, false);
}

/** One budget spent over several passes on the same package (a reader that learns which parts it needs as it goes). */
export class PackageBudget {
  private unpacked = 0;

  constructor(private readonly limits: PackageLimits = DEFAULT_LIMITS) {}

  /** `keep` false checks the wanted parts (their declared sizes, then each inflated with a count) and keeps none. */
  unpack(bytes: Uint8Array, wanted: (name: string) => boolean, keep = true): Unpacked {
    const { limits } = this;
    const names: string[] = [];
    const declared = new Map<string, number>();
    try {
      unzipSync(bytes, {
        filter: (file) => {
          names.push(file.name);
          if (names.length > limits.maxEntries) throw new ReadError(`The zip package has more than ${limits.maxEntries.toLocaleString('en')} entries: refused as a possible zip bomb.`);
          if (!wanted(file.name)) return false;
          // A stored part is copied as it is: its compressed size is its size, whatever it declares.
          const size = file.compression === 0 ? file.size : file.originalSize;
          if (size > limits.maxPartBytes) throw new ReadError(`${file.name} unpacks to more than ${megabytes(limits.maxPartBytes)} MB: refused as a possible zip bomb.`);
          this.unpacked += size;
          if (this.unpacked > limits.maxTotalBytes) throw new ReadError(`The parts of the zip package unpack to more than ${megabytes(limits.maxTotalBytes)} MB together: refused as a possible zip bomb.`);
          declared.set(file.name, size);
          return false;
        },
      });
      const parts = inflateWithin(bytes, declared, keep);
      return { names, parts: keep ? parts : {} };
    } catch (error) {
      if (error instanceof ReadError) throw error;
      throw new ReadError(`The zip package is damaged and cannot be opened (${(error as Error).message}).`);
    }
  }
}

/** How much of the package is handed to the inflater at a time: what one hand-over can unpack to is bounded by it. */
const CHUNK = 16 * 1024;

/**
 * Inflates the parts named, each to no more than the size it declares (`declared`), a chunk at a time: one that
 * inflates past it is refused as soon as it does, not inflated to the end (a part that declares 200 bytes and holds
 * 1 GB of spaces took 7 s of work to be cut).
 */
function inflateWithin(bytes: Uint8Array, declared: ReadonlyMap<string, number>, keep = true): Record<string, Uint8Array> {
  const parts: Record<string, Uint8Array> = {};
  // Nothing wanted (a .docx without add-in settings, asked for them): no pass over the package.
  if (declared.size === 0) return parts;
  const unzip = new Unzip((file) => {
    const size = declared.get(file.name);
    if (size === undefined || file.name in parts) return;
    const chunks: Uint8Array[] = [];
    let length = 0;
    file.ondata = (error, chunk, final) => {
      if (error) throw error instanceof ReadError ? error : new ReadError(`The zip package is damaged: ${file.name} cannot be unpacked (${error.message}).`);
      length += chunk.length;
      if (length > size) throw new ReadError(`${file.name} unpacks to more than the ${size.toLocaleString('en')} bytes its zip entry declares: refused as a damaged package or a zip bomb.`);
      if (keep) chunks.push(chunk);
      if (final) parts[file.name] = keep ? joined(chunks, length) : new Uint8Array(0);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for (let at = 0; at < bytes.length; at += CHUNK) unzip.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length);
  return parts;
}

function joined(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Refuses, with a message that says what to do, anything that is not a zip package. */
export function assertZip(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new ReadError('The file is empty (0 bytes).');
  if (startsWith(bytes, OLE_SIGNATURE)) {
    if (containsUtf16(bytes, 'EncryptedPackage')) {
      throw new ReadError(
        'The document is password-protected (encrypted). Open it in Word, remove the password (File > Info > Protect Document > Encrypt with Password), save it and check it again.',
      );
    }
    if (containsUtf16(bytes, 'WordDocument')) {
      throw new ReadError('This is a Word 97-2003 .doc file, which Docket cannot read: open it in Word and save it as .docx (File > Save As > Word Document).');
    }
    throw new ReadError('This is an old Office binary file (Excel or PowerPoint 97-2003?), not a Word .docx document.');
  }
  const head = new TextDecoder().decode(bytes.subarray(0, 8));
  if (head.startsWith('{\\rtf')) throw new ReadError('This is an RTF file: open it in Word and save it as .docx.');
  if (head.startsWith('%PDF')) throw new ReadError('This is a PDF file: Docket reads Word .docx documents (and .txt or .md agendas).');
  if (!startsWith(bytes, [0x50, 0x4b])) throw new ReadError('This is not a .docx file: it is not a zip package (is it a renamed file?).');
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** Whether a UTF-16LE name (an OLE stream name) occurs in the bytes. */
function containsUtf16(bytes: Uint8Array, name: string): boolean {
  const pattern = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) pattern[i * 2] = name.charCodeAt(i);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}
