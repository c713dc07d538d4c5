// Spreadsheets and CSV files → Snapshot: each sheet a table (its name as a heading above it), so a document list or
// an action register kept in Excel is read by the same extraction and checked by the same rules as one in Word.
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';
import { snapshotOfSheets, type Snapshot } from '../../core';
import { requireText } from '../empty';
import { ReadError, type ReadResult } from '../read-error';

export async function readSpreadsheet(fileName: string, bytes: Uint8Array): Promise<ReadResult<Snapshot>> {
  try {
    const sheets = /\.csv$/i.test(fileName) ? [{ name: fileName, rows: readCsv(bytes) }] : await readWorkbook(bytes);
    return { ok: true, value: requireText(snapshotOfSheets(sheets)) };
  } catch (error) {
    if (error instanceof ReadError) return { ok: false, message: error.message };
    return { ok: false, message: `This is not a spreadsheet Docket can read (${(error as Error).message}); save it as .xlsx or .csv.` };
  }
}

async function readWorkbook(bytes: Uint8Array): Promise<{ name: string; rows: string[][] }[]> {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) throw new ReadError('This is an Excel 97-2003 .xls file: open it in Excel and save it as .xlsx.');
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const sheets = await readXlsxFile(buffer);
  return sheets.map(({ sheet, data }) => ({ name: sheet, rows: data.map((row) => row.map((value) => cellText(value as string | number | boolean | Date | null))) }));
}

function readCsv(bytes: Uint8Array): string[][] {
  const text = new TextDecoder().decode(bytes).replace(/^\ufeff/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  return parsed.data;
}

/** A cell as text: dates as YYYY-MM-DD (how Docket writes them), numbers and booleans as written. */
function cellText(value: string | number | boolean | Date | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}
