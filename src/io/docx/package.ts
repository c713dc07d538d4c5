// Opens a zip package (.docx, .xlsx): tells other files apart by their first bytes (a Word 97 .doc, an encrypted
// document, a PDF) and unpacks parts within one budget for the whole package: the number of entries, the size of each
// part and the size of all parts unpacked together, all checked against the sizes the zip declares before anything
// is inflated. A part that lies about its size is unpacked into a buffer of the declared size and no more (fflate),
// so a zip bomb cannot exhaust memory, whatever it declares.
import { unzipSync } from 'fflate';
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
 * Checks, from the sizes the zip declares and without unpacking anything, that unpacking the whole package stays
 * within the limits: for a package another library unpacks (read-excel-file unpacks every part of an .xlsx).
 */
export function checkBudget(bytes: Uint8Array, limits: PackageLimits = DEFAULT_LIMITS): void {
  new PackageBudget(limits).unpack(bytes, () => true, false);
}

/** One budget spent over several passes on the same package (a reader that learns which parts it needs as it goes). */
export class PackageBudget {
  private unpacked = 0;

  constructor(private readonly limits: PackageLimits = DEFAULT_LIMITS) {}

  /** `inflate` false only counts what the wanted parts would cost. */
  unpack(bytes: Uint8Array, wanted: (name: string) => boolean, inflate = true): Unpacked {
    const { limits } = this;
    const names: string[] = [];
    let parts: Record<string, Uint8Array>;
    try {
      parts = unzipSync(bytes, {
        filter: (file) => {
          names.push(file.name);
          if (names.length > limits.maxEntries) throw new ReadError(`The zip package has more than ${limits.maxEntries.toLocaleString('en')} entries: refused as a possible zip bomb.`);
          if (!wanted(file.name)) return false;
          // A stored part is copied as it is: its compressed size is its size, whatever it declares.
          const size = file.compression === 0 ? file.size : file.originalSize;
          if (size > limits.maxPartBytes) throw new ReadError(`${file.name} unpacks to more than ${megabytes(limits.maxPartBytes)} MB: refused as a possible zip bomb.`);
          this.unpacked += size;
          if (this.unpacked > limits.maxTotalBytes) throw new ReadError(`The parts of the zip package unpack to more than ${megabytes(limits.maxTotalBytes)} MB together: refused as a possible zip bomb.`);
          return inflate;
        },
      });
    } catch (error) {
      if (error instanceof ReadError) throw error;
      throw new ReadError(`The zip package is damaged and cannot be opened (${(error as Error).message}).`);
    }
    return { names, parts };
  }
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
