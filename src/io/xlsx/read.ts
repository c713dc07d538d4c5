// Spreadsheets and CSV files → Snapshot: each sheet a table (its name as a heading above it), so a document list or
// an action register kept in Excel is read by the same extraction and checked by the same rules as one in Word.
// A workbook is checked against the package budget before read-excel-file unpacks it (it unpacks every part, with no
// limit of its own), in one pass that also keeps the sheets' XML to count their rows before parsing (read-excel-file
// slows quadratically with the rows, and past about 150,000 overflows the stack: a CSV file has no such limit), and
// the text of all its cells together is bounded:
// shared strings let a small file repeat one long text in a million cells.
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';
import { countWork, snapshotOfSheets, type Snapshot } from '../../core';
import { decodeTextFile } from '../decode';
import { checkBudget } from '../docx/package';
import { isOleCompound, isZip } from '../file-kinds';
import { DEFAULT_LIMITS, assertInputSize } from '../limits';
import { ReadError, type ReadResult } from '../read-error';
import { requireText } from '../empty';

/** The most text (characters, over all cells) a spreadsheet may hold: far past any document list. */
export const MAX_SHEET_TEXT = 64 * 1024 * 1024;

/** The most rows of one sheet of a workbook Docket reads (50,000 rows take read-excel-file about two seconds). */
export const MAX_SHEET_ROWS = 50_000;

type Sheet = { name: string; rows: string[][] };

export async function readSpreadsheet(fileName: string, bytes: Uint8Array): Promise<ReadResult<Snapshot>> {
  countWork('read');
  const notes: string[] = [];
  try {
    assertInputSize(bytes.length);
    const sheets = /\.csv$/i.test(fileName) ? [{ name: fileName, rows: readCsv(bytes, notes) }] : await readWorkbook(bytes);
    return { ok: true, value: requireText(snapshotOfSheets(sheets)), notes };
  } catch (error) {
    if (error instanceof ReadError) return { ok: false, message: error.message };
    return { ok: false, message: `This is not a spreadsheet Docket can read (${(error as Error).message}); save it as .xlsx or .csv.` };
  }
}

async function readWorkbook(bytes: Uint8Array): Promise<Sheet[]> {
  if (isOleCompound(bytes)) throw new ReadError('This is an Excel 97-2003 .xls file: open it in Excel and save it as .xlsx.');
  if (isZip(bytes)) assertRowsWithin(checkBudget(bytes, DEFAULT_LIMITS, (name) => WORKSHEET.test(name)));
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const text = new TextBudget();
  return (await readXlsxFile(buffer)).map(({ sheet, data }) => ({
    name: sheet,
    rows: data.map((row) => row.map((value) => text.spend(cellText(value as string | number | boolean | Date | null)))),
  }));
}

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/** Refuses a workbook with a sheet of more than MAX_SHEET_ROWS rows, counted from the sheets' XML before parsing. */
function assertRowsWithin(parts: Record<string, Uint8Array>): void {
  if (Object.values(parts).some((xml) => rowElements(xml) > MAX_SHEET_ROWS)) {
    throw new ReadError(
      `A sheet of this workbook has more than ${MAX_SHEET_ROWS.toLocaleString('en')} rows, more than Docket reads from a workbook: save that sheet as CSV (UTF-8) and check the CSV file.`,
    );
  }
}

/** How many <row> start tags (any prefix) an XML part holds, counted over its bytes. */
function rowElements(xml: Uint8Array): number {
  let rows = 0;
  for (let i = xml.indexOf(0x3c); i >= 0; i = xml.indexOf(0x3c, i + 1)) {
    let end = i + 1;
    while (end < xml.length && end - i < 64 && !isNameEnd(xml[end]!)) end++;
    // "<row", "<x:row": the name ends in "row" after "<" or a prefix's ":".
    if (end - i >= 4 && xml[end - 3] === 0x72 && xml[end - 2] === 0x6f && xml[end - 1] === 0x77 && (end - i === 4 || xml[end - 4] === 0x3a) && xml[i + 1] !== 0x2f) rows++;
  }
  return rows;
}

function isNameEnd(byte: number): boolean {
  return byte === 0x20 || byte === 0x3e || byte === 0x2f || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

function readCsv(bytes: Uint8Array, notes: string[]): string[][] {
  const { text, note } = decodeTextFile(bytes, 'a CSV list: save the sheet as .csv (UTF-8) or .xlsx');
  if (note) notes.push(note);
  return Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data;
}

/** Counts the characters of cell text read so far, refusing past MAX_SHEET_TEXT (a CSV file holds no more text than its size). */
class TextBudget {
  private used = 0;

  spend(text: string): string {
    this.used += text.length;
    if (this.used > MAX_SHEET_TEXT) {
      throw new ReadError(`The spreadsheet holds more than ${MAX_SHEET_TEXT / (1024 * 1024)} million characters of text, far more than a document list: refused.`);
    }
    return text;
  }
}

/** A cell as text: dates as YYYY-MM-DD (how Docket writes them), numbers and booleans as written. */
function cellText(value: string | number | boolean | Date | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}
