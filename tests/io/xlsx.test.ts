import { strToU8, unzipSync, strFromU8 } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { cellText, registerRows, registerRowsFrom, REGISTER_HEADER, type Table } from '../../src/core';
import { registerWorkbook } from '../../src/io/xlsx/register-file';
import { readSpreadsheet } from '../../src/io/xlsx/read';
import { analyseFile } from '../helpers/analyse';
import { ALL_SHEETS_AS_CSV, convertWithLibreOffice } from '../helpers/libreoffice';
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
});

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

  it('says what to do with a file that is not a spreadsheet', async () => {
    expect(await readSpreadsheet('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toEqual({ ok: false, message: expect.stringMatching(/save it as \.xlsx/) });
    expect(await readSpreadsheet('broken.xlsx', strToU8('not a zip'))).toEqual({ ok: false, message: expect.stringMatching(/not a spreadsheet Docket can read/) });
  });
});
