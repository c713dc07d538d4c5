// Opens a .docx package: tells other files apart by their first bytes (a Word 97 .doc, an encrypted document, a PDF)
// and unpacks only the parts the reader needs. A part whose declared size is past the limit is refused; one that
// lies about its size is unpacked into a buffer of the declared size and no more, so a zip bomb cannot exhaust memory.
import { unzipSync } from 'fflate';
import { ReadError } from '../read-error';

export interface PackageLimits {
  /** Largest unpacked size of any one part, in bytes. */
  maxPartBytes: number;
}

export const DEFAULT_LIMITS: PackageLimits = { maxPartBytes: 256 * 1024 * 1024 };

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

/** Unpacks the wanted parts and lists every part name. */
export function readParts(bytes: Uint8Array, wanted: (name: string) => boolean, limits: PackageLimits) {
  const names: string[] = [];
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter(file) {
        names.push(file.name);
        if (!wanted(file.name)) return false;
        if (file.originalSize > limits.maxPartBytes) throw tooLarge(file.name, limits);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError(`The zip package is damaged and cannot be opened (${(error as Error).message}).`);
  }
  return { names, parts };
}

function tooLarge(part: string, limits: PackageLimits): ReadError {
  const megabytes = Math.round(limits.maxPartBytes / (1024 * 1024));
  return new ReadError(`${part} unpacks to more than ${megabytes} MB: refused as a possible zip bomb.`);
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
