// Bytes of a text file (a text agenda, a CSV list) → text, in the encoding the file is in: UTF-8 with or without a
// byte-order mark, UTF-16 by its byte-order mark, and Windows-1252 (what Excel and Notepad on Windows write) for
// bytes that are not valid UTF-8. Anything but UTF-8 is said, since a guess can be wrong. An empty or binary file is
// refused here, for every reader of text files, before it is decoded into nonsense.
import { ReadError } from './read-error';

export interface DecodedText {
  text: string;
  /** What the reader says about the encoding, when it was not plain UTF-8. */
  note?: string;
}

/** A text file's text; refused when it is empty or binary, saying it is not `expected` ("a CSV list: save …"). */
export function decodeTextFile(bytes: Uint8Array, expected: string): DecodedText {
  if (bytes.length === 0) throw new ReadError('The file is empty (0 bytes).');
  if (looksBinary(bytes)) throw new ReadError(`This is a binary file, not ${expected}.`);
  return decodeText(bytes);
}

function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), note: 'Read as UTF-16 (little-endian), as its byte-order mark says.' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), note: 'Read as UTF-16 (big-endian), as its byte-order mark says.' };
  try {
    // The UTF-8 byte-order mark, when there is one, is taken off by the decoder.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_80_9F[c.charCodeAt(0) - 0x80]!);
    return { text, note: 'Read as Windows-1252: the file is not valid UTF-8. If letters look wrong, save it as UTF-8.' };
  }
}

/**
 * Bytes 0x80-0x9F of Windows-1252 (the WHATWG index): Node from 20.18.3 decodes them as Latin-1 control characters
 * (nodejs/node#60888), browsers as these. Applied to what the decoder gives, it is right in both.
 */
const WINDOWS_1252_80_9F = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Whether the bytes hold a NUL where text would not (UTF-16, which has them, is told by its byte-order mark first). */
function looksBinary(bytes: Uint8Array): boolean {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return !utf16 && bytes.subarray(0, 8192).includes(0);
}
