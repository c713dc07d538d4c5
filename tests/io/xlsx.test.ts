import { strToU8, unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cellText, registerRows, registerRowsFrom, REGISTER_HEADER, type Table } from '../../src/core';
import { registerWorkbook } from '../../src/io/xlsx/register-file';
import { readSpreadsheet } from '../../src/io/xlsx/read';
import { analyseFile } from '../helpers/analyse';
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
