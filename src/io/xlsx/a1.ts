// Excel's A1 addresses, which every Excel API version and every .xlsx file takes: "B2:K14", "'Action register'!A1:J14". Rows and
// columns here are 0-based, as the Snapshot of a sheet has them.

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "A" for 0, "Z" for 25, "AA" for 26. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export function cellAddress(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/**
 * A sheet's name as Excel writes it in a formula, before "!": "Sheet1", "'TD list'" (a name with spaces or other
 * characters, one starting with a digit, or one that reads as a cell is quoted, a quote in it doubled).
 */
function sheetInFormula(sheet: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Z]{1,3}\d+$/i.test(sheet) && !/^R\d*C\d*$/i.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** A cell with its sheet as Excel writes it in a formula: "Sheet1!C6", "'TD list'!C6". */
export function sheetCellAddress(sheet: string, row: number, col: number): string {
  return `${sheetInFormula(sheet)}!${cellAddress(row, col)}`;
}

/** An area with its sheet, absolute, as a defined name holds it: "'Action register'!$A$1:$J$14". */
export function sheetAreaReference(sheet: string, area: Area): string {
  return `${sheetInFormula(sheet)}!${absoluteAreaAddress(area)}`;
}

/** "$A$1:$J$14". */
export function absoluteAreaAddress(area: Area): string {
  return `$${columnName(area.left)}$${area.top + 1}:$${columnName(area.right)}$${area.bottom + 1}`;
}

export function areaAddress(area: Area): string {
  return `${cellAddress(area.top, area.left)}:${cellAddress(area.bottom, area.right)}`;
}

/** The area of an address as Excel gives it, with or without its sheet: "'My sheet'!B2:K14", "Sheet1!C3". */
export function parseArea(address: string): Area {
  const cells = address.slice(address.lastIndexOf('!') + 1).split(':');
  const [first, last] = [cell(cells[0]!), cell(cells[1] ?? cells[0]!)];
  return { top: first.row, left: first.col, bottom: last.row, right: last.col };
}

/** The sheet of an address: "My sheet" for "'My sheet'!B2:K14". */
export function sheetOf(address: string): string {
  const sheet = address.slice(0, Math.max(0, address.lastIndexOf('!')));
  return /^'.*'$/.test(sheet) ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

function cell(text: string): { row: number; col: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(text.trim());
  if (!match) throw new RangeError(`Not a cell address: ${text}`);
  const col = [...match[1]!.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, col };
}
