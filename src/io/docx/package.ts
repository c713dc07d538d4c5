// Opens a zip package (.docx, .xlsx): tells other files apart by their first bytes (a Word 97 .doc, an encrypted
// document, a PDF) and unpacks parts within one budget for the whole package: the number of entries, the size of each
// part and the size of all parts unpacked together, all checked against the sizes the zip declares before anything
// is inflated. Each part is then inflated once, never past the size it declares: one that would is refused, so a
// lying zip bomb costs no more memory than an honest part of its size, nor more work than the budget.
import { Unzip, UnzipInflate, inflateSync, unzipSync, type AsyncFlateStreamHandler, type FlateError, type UnzipDecoder, type UnzipDecoderConstructor } from 'fflate';
import { isZip } from '../file-kinds';
import { DEFAULT_LIMITS, megabytes, type PackageLimits } from '../limits';
import { ReadError } from '../read-error';

export { DEFAULT_LIMITS, type PackageLimits } from '../limits';

/** Inflates a deflated part whole: its bytes, or undefined when it holds more than the `size` it declares. */
export type Inflater = (compressed: Uint8Array, size: number) => Uint8Array<ArrayBuffer> | undefined;

/** fflate's, in JavaScript, which runs everywhere: into a buffer one byte longer than the part declares, so a lie shows. */
export const fflateInflater: Inflater = (compressed, size) => {
  const out = inflateSync(compressed, { out: new Uint8Array(size + 1) });
  return out.length > size ? undefined : out;
};

let inflater = fflateInflater;

/**
 * Parts worth inflating whole are inflated with the platform's own inflater from now on: the command line gives
 * Node's zlib (node-inflater.ts), native code, several times faster than fflate's on a 12 MB part.
 */
export function inflateWith(platform: Inflater): void {
  inflater = platform;
}

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
 * inflating every part with a count, keeping only the parts `keep` names: for a package another library unpacks
 * (read-excel-file unpacks every part of an .xlsx, trusting the sizes it declares).
 */
export function checkBudget(bytes: Uint8Array, limits: PackageLimits = DEFAULT_LIMITS, keep: (name: string) => boolean = () => false): Record<string, Uint8Array> {
  return new PackageBudget(limits).unpack(bytes, () => true, keep).parts;
}

/** One budget spent over several passes on the same package (a reader that learns which parts it needs as it goes). */
export class PackageBudget {
  private unpacked = 0;
  /** What inflating the parts inflated whole so far could cost at most, were each to lie about its size. */
  private worstCase = 0;

  constructor(private readonly limits: PackageLimits = DEFAULT_LIMITS) {}

  /**
   * Unpacks the wanted parts within the budget, each inflated once. `keep` says which of them are kept (all by
   * default); the others are checked (their declared sizes, then each inflated with a count) and dropped.
   */
  unpack(bytes: Uint8Array, wanted: (name: string) => boolean, keep: boolean | ((name: string) => boolean) = true): Unpacked {
    const { limits } = this;
    const names: string[] = [];
    const plans = new Map<string, PartPlan>();
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
          const worst = file.size * MAX_DEFLATE_RATIO;
          const whole = this.worstCase + worst <= limits.maxTotalBytes;
          if (whole) this.worstCase += worst;
          plans.set(file.name, { size, whole, keep: typeof keep === 'function' ? keep(file.name) : keep });
          return false;
        },
      });
      return { names, parts: inflateWithin(bytes, plans) };
    } catch (error) {
      if (error instanceof ReadError) throw error;
      throw new ReadError(`The zip package is damaged and cannot be opened (${(error as Error).message}).`);
    }
  }
}

/** How one wanted part is inflated. */
interface PartPlan {
  /** The size its zip entry declares. */
  size: number;
  /** Inflated whole, in one go: what it could cost were it lying fits the budget (else a chunk at a time). */
  whole: boolean;
  /** Kept, or only checked. */
  keep: boolean;
}

/** Deflate's largest ratio: no compressed byte inflates to more than this (a 258-byte match in under two bits). */
const MAX_DEFLATE_RATIO = 1032;

/** How much of a part is handed to the inflater at a time when it is inflated a chunk at a time: what one hand-over can unpack to is bounded by it. */
const CHUNK = 16 * 1024;

/**
 * Inflates the parts planned, each to no more than the size it declares: one that inflates past it is refused. A
 * part whose worst case fits the budget is inflated whole into a buffer one byte longer than it declares, so a lie
 * shows, and costs no more work than the budget allows; any other a chunk at a time, counting, refused as soon as it
 * passes its size (a part that declares 200 bytes and holds 1 GB of spaces took 7 s of work to be cut).
 */
function inflateWithin(bytes: Uint8Array, plans: ReadonlyMap<string, PartPlan>): Record<string, Uint8Array> {
  const parts: Record<string, Uint8Array> = {};
  // Nothing wanted (a .docx without add-in settings, asked for them): no pass over the package.
  if (plans.size === 0) return parts;
  const unzip = new Unzip((file) => {
    const plan = plans.get(file.name);
    if (plan === undefined || file.name in parts) return;
    const { size } = plan;
    const chunks: Uint8Array[] = [];
    let length = 0;
    file.ondata = (error, chunk, final) => {
      if (error) throw error instanceof ReadError ? error : new ReadError(`The zip package is damaged: ${file.name} cannot be unpacked (${error.message}).`);
      length += chunk.length;
      if (length > size) throw pastDeclaredSize(file.name, size);
      if (plan.keep) chunks.push(chunk);
      if (final) parts[file.name] = plan.keep ? joined(chunks, length) : new Uint8Array(0);
    };
    file.start();
  });
  unzip.register(partInflater(plans));
  unzip.push(bytes, true);
  return parts;
}

/** fflate's decoder for deflated parts, inflating each as its plan says. */
function partInflater(plans: ReadonlyMap<string, PartPlan>): UnzipDecoderConstructor {
  return class PartInflate implements UnzipDecoder {
    static readonly compression = 8;
    ondata: AsyncFlateStreamHandler = () => {};
    private readonly plan: PartPlan | undefined;
    private readonly compressed: Uint8Array[] = [];
    private readonly chunked = new UnzipInflate();

    constructor(private readonly name: string) {
      this.plan = plans.get(name);
      this.chunked.ondata = (error, data, final) => this.ondata(error, data, final);
    }

    push(data: Uint8Array, final: boolean): void {
      if (this.plan?.whole) {
        this.compressed.push(data);
        if (final) this.inflateWhole(this.plan.size);
        return;
      }
      for (let at = 0; at < data.length || (final && at === 0); at += CHUNK) this.chunked.push(data.subarray(at, at + CHUNK), final && at + CHUNK >= data.length);
    }

    private inflateWhole(size: number): void {
      let out: Uint8Array<ArrayBuffer> | undefined;
      try {
        out = inflater(joined(this.compressed, this.compressed.reduce((sum, chunk) => sum + chunk.length, 0)), size);
      } catch (error) {
        this.ondata(error as FlateError, new Uint8Array(0), true);
        return;
      }
      if (out === undefined) throw pastDeclaredSize(this.name, size);
      this.ondata(null, out, true);
    }
  };
}

function pastDeclaredSize(name: string, size: number): ReadError {
  return new ReadError(`${name} unpacks to more than the ${size.toLocaleString('en')} bytes its zip entry declares: refused as a damaged package or a zip bomb.`);
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
  if (!isZip(bytes)) throw new ReadError('This is not a .docx file: it is not a zip package (is it a renamed file?).');
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
