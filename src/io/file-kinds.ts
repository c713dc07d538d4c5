// What a file is taken for by its name (and, for a Word document, its first bytes): kept apart from the readers so
// that the preview page can ask without loading them, and so that each reader loads only for a file of its kind.

/** Whether a file is read as a spreadsheet (.xlsx, .csv): each sheet a table, its cells named as Excel names them. */
export function isSpreadsheetName(fileName: string): boolean {
  return /\.(?:xlsx|csv)$/i.test(fileName);
}

/**
 * Whether a file goes to the Word reader: a zip package or an old Office file by its first bytes (a renamed .docx,
 * a .doc to refuse with the right message), or a Word name.
 */
export function isWordFile(fileName: string, bytes: Uint8Array): boolean {
  const zipOrOffice = (bytes[0] === 0x50 && bytes[1] === 0x4b) || (bytes[0] === 0xd0 && bytes[1] === 0xcf);
  return zipOrOffice || /\.(?:docx|docm|dotx|doc|dot)$/i.test(fileName);
}
