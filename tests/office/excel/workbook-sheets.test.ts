// Any sheet of the workbook as the document register, in Excel: the sheet names in one sync, the chosen sheet read in
// one more and read by the register reader; the document list on the active sheet then checked against it.
import { describe, expect, it } from 'vitest';
import { analyse, readDocumentRegister } from '../../../src/core';
import { ExcelHost } from '../../../src/office/excel/excel-host';
import { HostError } from '../../../src/office/host';
import { FakeWorkbook, fakeExcel } from './fake-excel';

const LIST = [
  ['#', 'Category', 'TD/C #', 'Source', 'Title'],
  ['1', 'Admin', 'TD514', 'Rapporteur, RG-SOP', 'Agenda'],
  ['2', 'Information', 'TD667R1', 'Rapporteur, RG-IEM', 'Proposed actions'],
];
const REGISTER = [
  ['TD #', 'Rev', 'Source', 'Title', 'AI', 'Status'],
  ['TD514', '', 'Rapporteur, RG-SOP', 'Agenda, RG-SOP', '1.1', ''],
  ['TD667', '1', 'Rapporteur, RG-IEM', 'Industry Engagement Proposed Actions sorted by target entities', '2.2', ''],
];

describe('a sheet of the workbook as the document register', () => {
  it('lists the sheets in one sync and reads the chosen one in one more', async () => {
    const book = new FakeWorkbook([
      { name: 'TD list', rows: LIST },
      { name: 'Document register', rows: REGISTER, at: { row: 3, col: 2 } },
    ]);
    const host = new ExcelHost(fakeExcel(book));
    expect(await host.sheets.names()).toEqual(['TD list', 'Document register']);
    expect(book.syncs).toBe(1);
    const snapshot = await host.sheets.read('Document register');
    expect(book.syncs).toBe(2);
    const register = readDocumentRegister(snapshot, 'Document register');
    expect(register.documents.map((d) => d.id)).toEqual(['TD514', 'TD667R1']);

    const source = await host.source();
    if (source.kind !== 'snapshot') throw new Error('The Excel host reads a Snapshot');
    const mismatches = analyse(source.snapshot, undefined, [register]).findings.filter((f) => f.ruleId === 'register/title-mismatch');
    expect(mismatches.map((f) => [f.location.text, host.placeOf(f.location)])).toEqual([
      ['Agenda', 'TD list!E2'],
      ['Proposed actions', 'TD list!E3'],
    ]);
  });

  it('says so when the chosen sheet is empty', async () => {
    const host = new ExcelHost(fakeExcel(new FakeWorkbook([{ name: 'TD list', rows: LIST }, { name: 'Empty' }])));
    await expect(host.sheets.read('Empty')).rejects.toBeInstanceOf(HostError);
    await expect(host.sheets.read('Empty')).rejects.toMatchObject({ message: 'The sheet "Empty" is empty.' });
  });
});
