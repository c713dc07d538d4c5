// Text in the encodings other than UTF-8 that Docket reads, built in the tests.

/** Text as UTF-16 with its byte-order mark. */
export function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const [high, low] = [text.charCodeAt(i) >> 8, text.charCodeAt(i) & 0xff];
    bytes.set(order === 'le' ? [low, high] : [high, low], 2 + i * 2);
  }
  return bytes;
}

/** Text as Windows-1252 (Latin letters and the en dash, enough for these tests). */
export function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => (ch === '–' ? 0x96 : ch.charCodeAt(0)));
}
