import { strToU8, unzipSync, strFromU8 } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { cellText, registerRows, registerRowsFrom, REGISTER_HEADER, type Table } from '../../src/core';
import { registerWorkbook } from '../../src/io/xlsx/register-file';
import { MAX_SHEET_ROWS, readSpreadsheet } from '../../src/io/xlsx/read';
import { analyseFile } from '../helpers/analyse';
import { ALL_SHEETS_AS_CSV, convertWithLibreOffice, filterRangesInLibreOffice } from '../helpers/libreoffice';
import { withDeclaredSize } from '../helpers/docx';
import { utf16, windows1252 } from '../helpers/encodings';
import { sharedRow, workbook } from '../helpers/xlsx';
import { WP2 } from '../helpers/shared';

const rows = registerRows(analyseFile(WP2).meeting);

function tablesOf(snapshot: { blocks: unknown[] }): Table[] {
  return snapshot.blocks.filter((b): b is Table => (b as Table).kind === 'table');
}

describe('the action register as an .xlsx file', () => {
  it('writes the 13 actions and reads them back as they were', async () => {
    const bytes = await registerWorkbook(rows);
    const read = await readSpreadsheet('actions.xlsx', bytes);
    if (!read.ok) throw new Error(read.message);
    const [table] = tablesOf(read.value);
    const cells = table!.rows.map((r) => r.cells.map(cellText));
    expect(cells[0]).toEqual(REGISTER_HEADER);
    expect(registerRowsFrom(cells[0]!, cells.slice(1))).toEqual(rows);
    expect(read.value.blocks[0]).toMatchObject({ kind: 'paragraph', text: 'Action register' });
  });

  it('has a frozen header, filters, a Status drop-down and overdue highlighting', async () => {
    const sheet = strFromU8(unzipSync(await registerWorkbook(rows))['xl/worksheets/sheet1.xml']!);
    expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(sheet).toContain('<autoFilter ref="A1:J14"/>');
    expect(sheet).toMatch(/<dataValidation type="list"[^>]*sqref="H2:H2000"><formula1>&quot;Anticipated,Agreed,Approved,Not agreed,Deferred,Done&quot;<\/formula1>/);
    expect(sheet).toMatch(/<conditionalFormatting sqref="A2:J2000">.*TODAY\(\)/);
    expect(sheet.indexOf('<autoFilter')).toBeLessThan(sheet.indexOf('<conditionalFormatting'));
    expect(sheet.indexOf('<conditionalFormatting')).toBeLessThan(sheet.indexOf('<dataValidations'));
  });

  it('names its filter range as Excel does, in a hidden name local to the sheet', async () => {
    const workbookXml = strFromU8(unzipSync(await registerWorkbook(rows))['xl/workbook.xml']!);
    expect(workbookXml).toContain(`<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Action register'!$A$1:$J$14</definedName></definedNames>`);
  });
});

describe('the .xlsx register read by other readers', () => {
  const dated = rows.slice(0, 3).map((row, i) => ({ ...row, item: ['4.10', '12', '3.1'][i]!, due: ['2025-03-01', '', '1999-12-31'][i]!, text: i === 2 ? '=HYPERLINK("x")' : row.text }));

  it('has Due as a real date cell and agenda items as text (read-excel-file)', async () => {
    const { data } = (await readXlsxFile(Buffer.from(await registerWorkbook(dated))))[0]!;
    expect(data.slice(1).map((r) => r[8])).toEqual([new Date(Date.UTC(2025, 2, 1)), null, new Date(Date.UTC(1999, 11, 31))]);
    expect(data.slice(1).map((r) => r[1])).toEqual(['4.10', '12', '3.1']);
    expect(data[3]![2]).toBe('=HYPERLINK("x")');
  });

  it('formats Due yyyy-mm-dd (empty ones too, for the date typed later) and the agenda’s columns as text', async () => {
    const files = unzipSync(await registerWorkbook(dated));
    const [sheet, styles] = [strFromU8(files['xl/worksheets/sheet1.xml']!), strFromU8(files['xl/styles.xml']!)];
    const styleOf = (ref: string) => new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(sheet)?.[1];
    const formatOf = (ref: string) => {
      const cellXfs = styles.slice(styles.indexOf('<cellXfs'));
      const xf = [...cellXfs.matchAll(/<xf\b([^>]*)>/g)].map((m) => /numFmtId="(\d+)"/.exec(m[1]!)?.[1] ?? '0')[Number(styleOf(ref))];
      return new RegExp(`<numFmt numFmtId="${xf}" formatCode="([^"]+)"`).exec(styles)?.[1];
    };
    expect([formatOf('I2'), formatOf('I3'), formatOf('B2'), formatOf('A2')]).toEqual(['yyyy-mm-dd', 'yyyy-mm-dd', '@', '@']);
    expect(sheet).toContain('<formula>AND(ISNUMBER($I2),$I2&lt;TODAY(),$H2&lt;&gt;"Done")</formula>');
  });

  it('opens in LibreOffice, which shows the dates and the items as written', async () => {
    const csv = convertWithLibreOffice('actions.xlsx', await registerWorkbook(dated), ALL_SHEETS_AS_CSV)['actions-Action register.csv']!;
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe(REGISTER_HEADER.join(','));
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2))).toEqual(dated.map((r) => [r.id, r.item]));
    expect(lines[1]).toMatch(/,Anticipated,2025-03-01,$/);
  });

  it('has its filter over the header and the rows in LibreOffice', async () => {
    expect(filterRangesInLibreOffice('actions.xlsx', await registerWorkbook(dated))).toEqual(["'Action register'.A1:'Action register'.J4"]);
  });
});

const CSV = 'TD/C #,Category,Source,Title\r\nTD514,Admin,TSB,Réunion – agenda\r\n';

describe('reading spreadsheets and CSV files', () => {
  it('reads a CSV document register', async () => {
    const csv = 'TD/C #,Category,Source,Title\nTD514,Admin,TSB,"Agenda, final"\n';
    const read = await readSpreadsheet('register.csv', strToU8(csv));
    if (!read.ok) throw new Error(read.message);
    expect(tablesOf(read.value)[0]!.rows.map((r) => r.cells.map(cellText))).toEqual([
      ['TD/C #', 'Category', 'Source', 'Title'],
      ['TD514', 'Admin', 'TSB', 'Agenda, final'],
    ]);
  });

  it.each([
    ['UTF-8 with a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(CSV)]), undefined],
    ['UTF-16 LE with its byte-order mark', utf16(CSV, 'le'), /UTF-16 \(little-endian\)/],
    ['UTF-16 BE with its byte-order mark', utf16(CSV, 'be'), /UTF-16 \(big-endian\)/],
    ['Windows-1252', windows1252(CSV), /Windows-1252/],
  ])('reads a CSV register in %s, and says so when it is not UTF-8', async (_, bytes, note) => {
    const read = await readSpreadsheet('register.csv', bytes);
    if (!read.ok) throw new Error(read.message);
    expect(tablesOf(read.value)[0]!.rows.map((r) => r.cells.map(cellText))).toEqual([
      ['TD/C #', 'Category', 'Source', 'Title'],
      ['TD514', 'Admin', 'TSB', 'Réunion – agenda'],
    ]);
    expect(read.notes).toEqual(note ? [expect.stringMatching(note)] : []);
  });

  it.each([
    ['an empty file', new Uint8Array(), 'The file is empty (0 bytes).'],
    ['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'This is a binary file, not a CSV list: save the sheet as .csv (UTF-8) or .xlsx.'],
  ])('refuses %s named .csv, saying what it is', async (_, bytes, message) => {
    expect(await readSpreadsheet('register.csv', bytes)).toEqual({ ok: false, message });
  });

  it('reads a workbook built in the test', async () => {
    const read = await readSpreadsheet('list.xlsx', workbook(sharedRow(1, [0, 1]) + sharedRow(2, [2, 3]), ['TD/C #', 'Title', 'TD514', 'Agenda']));
    if (!read.ok) throw new Error(read.message);
    expect(tablesOf(read.value)[0]!.rows.map((r) => r.cells.map(cellText))).toEqual([['TD/C #', 'Title'], ['TD514', 'Agenda']]);
  });

  it('refuses a workbook whose parts unpack past the package budget, before read-excel-file unpacks it', async () => {
    const bomb = withDeclaredSize(workbook(sharedRow(1, [0]), ['TD514']), 'xl/sharedStrings.xml', 300 * 1024 * 1024);
    expect(await readSpreadsheet('bomb.xlsx', bomb)).toEqual({ ok: false, message: 'xl/sharedStrings.xml unpacks to more than 256 MB: refused as a possible zip bomb.' });
  });

  it('refuses a workbook with a part that unpacks past the size it declares, before read-excel-file trusts that size', async () => {
    const liar = withDeclaredSize(workbook(sharedRow(1, [0]), [`TD514 ${' '.repeat(200_000)}`]), 'xl/sharedStrings.xml', 100);
    expect(await readSpreadsheet('liar.xlsx', liar)).toEqual({ ok: false, message: 'xl/sharedStrings.xml unpacks to more than the 100 bytes its zip entry declares: refused as a damaged package or a zip bomb.' });
  });

  it('refuses a workbook whose cells repeat one long shared string past the text budget', async () => {
    const rows = Array.from({ length: 700 }, (_, i) => sharedRow(i + 1, [0])).join('');
    const read = await readSpreadsheet('repeated.xlsx', workbook(rows, ['x'.repeat(100_000)]));
    expect(read).toEqual({ ok: false, message: expect.stringMatching(/more than 64 million characters of text.*refused/) });
  });

  it('refuses a sheet past the rows it reads (read-excel-file overflowed the stack on a valid 1,000,000-row sheet), saying to use CSV', async () => {
    const rows = (n: number, prefix = '') => Array.from({ length: n }, (_, i) => `<${prefix}row r="${i + 2}"/>`).join('');
    const within = await readSpreadsheet('list.xlsx', workbook(sharedRow(1, [0, 1]) + rows(MAX_SHEET_ROWS - 1), ['TD/C #', 'Title']));
    expect(within.ok).toBe(true);
    for (const sheet of [rows(MAX_SHEET_ROWS), rows(MAX_SHEET_ROWS, 'x:').replace(/<x:row/g, '<x:row xmlns:x="urn:x"')]) {
      const read = await readSpreadsheet('big.xlsx', workbook(sharedRow(1, [0, 1]) + sheet, ['TD/C #', 'Title']));
      expect(read).toEqual({ ok: false, message: 'A sheet of this workbook has more than 50,000 rows, more than Docket reads from a workbook: save that sheet as CSV (UTF-8) and check the CSV file.' });
    }
  });

  it('says what to do with a file that is not a spreadsheet', async () => {
    expect(await readSpreadsheet('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toEqual({ ok: false, message: expect.stringMatching(/save it as \.xlsx/) });
    expect(await readSpreadsheet('broken.xlsx', strToU8('not a zip'))).toEqual({ ok: false, message: expect.stringMatching(/not a spreadsheet Docket can read/) });
  });
});
