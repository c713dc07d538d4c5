// What a file is taken for by its name, or by its first bytes before a reader parses it: kept apart from the readers
// so that the preview page and the command line can ask without loading them.

/** Whether a file is read as a spreadsheet (.xlsx, .csv): each sheet a table, its cells named as Excel names them. */
export function isSpreadsheetName(fileName: string): boolean {
  return /\.(?:xlsx|csv)$/i.test(fileName);
}

/** A zip package (.docx, .xlsx and the other Office Open XML files), by its first bytes "PK". */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/** An OLE compound file (Word and Excel 97-2003 .doc and .xls, an encrypted Office file), by its first bytes. */
export function isOleCompound(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf;
}
