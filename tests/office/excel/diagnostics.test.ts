// Diagnostics in Excel: green on a fake of Excel with ExcelApi 1.9; the register steps named unavailable before 1.8;
// a failure Excel gives reported; the workbook left with its sheets, active sheet and settings as they were.
import { describe, expect, it } from 'vitest';
import { ExcelHost } from '../../../src/office/excel/excel-host';
import { FakeWorkbook, fakeExcel } from './fake-excel';

function excel(version: number) {
  const book = new FakeWorkbook([{ name: 'Budget', rows: [['Item', 'Cost']] }, { name: 'TD list', rows: [['TD/C #', 'Title']] }]);
  book.active = book.sheets[1]!;
  const api = fakeExcel(book, { ExcelApi: version });
  return { book, api, host: new ExcelHost(api) };
}

describe('Diagnostics in Excel', () => {
  it('passes every step with ExcelApi 1.9, and leaves the sheets, the active sheet and the settings as they were', async () => {
    const { book, api, host } = excel(1.9);
    await api.settings.save({ categories: ['Admin'] });
    const report = await host.diagnose();
    expect(report).toMatchObject({ host: 'Excel', platform: 'Fake', sets: { 'ExcelApi 1.8': true, 'ExcelApi 1.12': false } });
    expect(report.steps.map((s) => [s.name, s.status, s.detail])).toEqual([
      ['Add a scratch sheet with a small document list', 'passed', 'Added "Docket diagnostics" beside "TD list".'],
      ['Read and check the sheet', 'passed', expect.stringContaining('the misspelt category among them')],
      ['Go to a finding’s cell', 'passed', 'Selected Docket diagnostics!B3.'],
      ['Apply a fix to its cell', 'passed', 'The category now reads "Information".'],
      ['Keep a scratch action register: create it, then merge a change', 'passed', '5 actions written in a table, then one changed.'],
      ['Keep the agenda’s texts as text', 'passed', expect.stringContaining('read back as written')],
      ['Keep a setting in the workbook', 'passed', 'Saved and read back (kept in the file when the workbook is saved).'],
      ['Remove the scratch sheets and restore the settings', 'passed', 'Back on "TD list"; the workbook and its settings are as they were.'],
    ]);
    expect(book.sheets.map((s) => s.name)).toEqual(['Budget', 'TD list']);
    expect(book.tables).toEqual([]);
    expect(book.active.name).toBe('TD list');
    expect(api.settings.load()).toEqual({ categories: ['Admin'] });
  });

  it('names the register steps unavailable before ExcelApi 1.8, and does the rest', async () => {
    const { host } = excel(1.4);
    const report = await host.diagnose();
    expect(report.steps.filter((s) => s.status === 'unavailable').map((s) => s.name)).toEqual([
      'Keep a scratch action register: create it, then merge a change',
      'Keep the agenda’s texts as text',
    ]);
    expect(new Set(report.steps.filter((s) => s.status === 'unavailable').map((s) => s.detail))).toEqual(new Set(['Not available with the requirement sets this Excel has.']));
    expect(report.steps.filter((s) => s.status === 'failed')).toEqual([]);
  });

  it('reports a failure Excel gives, and still cleans up', async () => {
    const { book, host } = excel(1.9);
    const api = fakeExcel(book, { ExcelApi: 1.9 }, { failAtSync: 6 });
    const report = await new ExcelHost(api).diagnose();
    const failed = report.steps.filter((s) => s.status === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.detail).toMatch(/GeneralException/);
    expect(book.sheets.map((s) => s.name)).toEqual(['Budget', 'TD list']);
    expect(host).toBeDefined();
  });
});
