// What a file is taken for by its name, where its bytes are not read yet: kept apart from the readers so that the
// preview page can ask without loading them.

/** Whether a file is read as a spreadsheet (.xlsx, .csv): each sheet a table, its cells named as Excel names them. */
export function isSpreadsheetName(fileName: string): boolean {
  return /\.(?:xlsx|csv)$/i.test(fileName);
}
