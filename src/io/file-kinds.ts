// What a file is taken for by its name, or by its first bytes before a reader parses it: kept apart from the readers
// so that the preview page and the command line can ask without loading them, and so that each reader loads only for
// a file of its kind.

/** Whether a file is read as a spreadsheet (.xlsx, .csv): each sheet a table, its cells named as Excel names them. */
export function isSpreadsheetName(fileName: string): boolean {
  return /\.(?:xlsx|csv)$/i.test(fileName);
}

/**
 * Whether a file goes to the Word reader: a zip package or an old Office file by its first bytes (a renamed .docx,
 * a .doc to refuse with the right message), or a Word name.
 */
export function isWordFile(fileName: string, bytes: Uint8Array): boolean {
  return isZip(bytes) || isOleCompound(bytes) || /\.(?:docx|docm|dotx|doc|dot)$/i.test(fileName);
}

/** A zip package (.docx, .xlsx and the other Office Open XML files), by its first bytes "PK". */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/** An OLE compound file (Word and Excel 97-2003 .doc and .xls, an encrypted Office file), by its first bytes. */
export function isOleCompound(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf;
}

/** The media types a browser saves a Word document and a workbook under. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
