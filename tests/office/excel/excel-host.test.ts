// The Excel host against the recording fake: a document list kept as a sheet is read and checked with the same rules
// as a file, findings go to their cells and fixes write them; the action register sheet is created and merged by
// action id within its sync budget, never touching what the user typed.
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import { REGISTER_COLUMNS, REGISTER_SHEET, analyse, cellText, overdueFormula, registerRows, type Finding, type RegisterRow, type Table } from '../../../src/core';
import { ExcelHost, REGISTER_TABLE } from '../../../src/office/excel/excel-host';
import { HostError } from '../../../src/office/host';
import { readSpreadsheet } from '../../../src/io/xlsx/read';
import { analyseFile } from '../../helpers/analyse';
import { SA2_164_LIST, WP2 } from '../../helpers/shared';
import { FakeWorkbook, fakeExcel, tableTexts, type Value } from './fake-excel';

const LIST: string[][] = [
  ['#', 'Category', 'TD/C #', 'Source', 'Title'],
  ['1', 'Information', 'TD514', 'Rapporteur, RG-SOP', 'Draft agenda'],
  ['2', 'infomration', 'TD667R1', 'Rapporteur, RG-IEM', 'Proposed actions'],
  ['3', 'Information', 'TD514', 'Rapporteur, RG-SOP', 'Draft agenda (again)'],
  ['4', 'Contribution', 'TD 520 Rev.1', 'China', 'TBD'],
];

async function checked(book: FakeWorkbook, sets?: { ExcelApi: number }) {
  const host = new ExcelHost(fakeExcel(book, sets));
  const source = await host.source();
  if (source.kind !== 'snapshot') throw new Error('The Excel host reads a Snapshot');
  return { host, snapshot: source.snapshot, ...analyse(source.snapshot) };
}

/** The findings for the same sheet saved as an .xlsx file and read by the file reader. */
async function fileFindings(sheet: string, rows: string[][]): Promise<Finding[]> {
  const blob = await writeXlsxFile(rows.map((cells) => cells.map((value) => ({ value }))), { sheet }).toBlob();
  const read = await readSpreadsheet('list.xlsx', new Uint8Array(await blob.arrayBuffer()));
  if (!read.ok) throw new Error(read.message);
  return analyse(read.value).findings;
}

const byRule = (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId);

describe('a document list kept as an Excel sheet', () => {
  it('is read in one sync and checked with the same rules, the same findings as the list saved as a file', async () => {
    const book = new FakeWorkbook([{ name: 'TD list', rows: LIST, at: { row: 2, col: 1 } }]);
    const { findings } = await checked(book);
    expect(book.syncs).toBe(1);
    expect(findings).toEqual(await fileFindings('TD list', LIST));
    expect(byRule(findings, 'ref/duplicate-listing')).toHaveLength(1);
    expect(byRule(findings, 'list/unknown-category')).toHaveLength(1);
    expect(byRule(findings, 'text/placeholder')).toHaveLength(1);
  });

  it('reads a 1,700-row Tdoc list the way the .docx reader reads it', async () => {
    const { snapshot } = analyseFile(SA2_164_LIST);
    const table = snapshot.blocks.filter((b): b is Table => b.kind === 'table').sort((a, b) => b.rows.length - a.rows.length)[0]!;
    const rows = table.rows.map((r) => r.cells.map(cellText));
    const book = new FakeWorkbook([{ name: 'SA2#164', rows }]);
    const { meeting, findings } = await checked(book);
    expect(book.syncs).toBe(1);
    expect(meeting.documents).toHaveLength(1374);
    expect(findings).toEqual(analyse({ blocks: [table] }).findings);
  });

  it('names each finding’s cell, and goes there in two syncs', async () => {
    const book = new FakeWorkbook([{ name: 'TD list', rows: LIST, at: { row: 2, col: 1 } }]);
    const { host, findings } = await checked(book);
    const typo = byRule(findings, 'list/unknown-category')[0]!;
    expect(host.placeOf(typo.location)).toBe('TD list!C5');
    book.syncs = 0;
    expect(await host.goTo(typo.location)).toBe('exact');
    expect(book.selection).toEqual({ sheet: 'TD list', address: 'C5:C5' });
    expect(book.syncs).toBe(2);
  });

  it('finds the text where it moved, and says when it is gone', async () => {
    const book = new FakeWorkbook([{ name: 'TD list', rows: LIST }]);
    const { host, findings } = await checked(book);
    const typo = byRule(findings, 'list/unknown-category')[0]!;
    const sheet = book.sheet('TD list')!;
    sheet.put(2, 1, 'Information');
    sheet.put(7, 1, 'infomration');
    expect(await host.goTo(typo.location)).toBe('moved');
    expect(book.selection).toEqual({ sheet: 'TD list', address: 'B8:B8' });
    sheet.put(7, 1, '');
    expect(await host.goTo(typo.location)).toBe('gone');
  });

  it('applies a fix to its cell, and leaves a cell that no longer has the text, or holds a formula, alone', async () => {
    const book = new FakeWorkbook([{ name: 'TD list', rows: LIST }]);
    const { host, findings } = await checked(book);
    const fix = byRule(findings, 'list/unknown-category')[0]!.fix!;
    book.syncs = 0;
    expect(await host.applyFix(fix)).toEqual({ applied: 1, missing: 0 });
    expect(book.syncs).toBe(2);
    expect(book.sheet('TD list')!.text(2, 1)).toBe('Information');
    expect(await host.applyFix(fix)).toEqual({ applied: 0, missing: 1 });
    book.sheet('TD list')!.put(2, 1, '=LOWER("infomration")');
    expect(await host.applyFix(fix)).toEqual({ applied: 0, missing: 1 });
    expect(book.sheet('TD list')!.get(2, 1).value).toBe('=LOWER("infomration")');
  });

  it('says so when the sheet is empty', async () => {
    const host = new ExcelHost(fakeExcel(new FakeWorkbook([{ name: 'Sheet1' }])));
    await expect(host.source()).rejects.toThrow(new HostError('The sheet "Sheet1" is empty.', 'Open the sheet with the document list, then check again.'));
  });
});

const wp2 = () => registerRows(analyseFile(WP2).meeting);
const registerOf = (book: FakeWorkbook) => book.table(REGISTER_TABLE)!;

function actions(count: number, textLength = 120): RegisterRow[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `WP2-${i + 1}`,
    item: `${1 + (i % 9)}.${i % 12}`,
    text: `WP2 agrees to action ${i + 1}: ${'x'.repeat(textLength)}`,
    verb: 'agree',
    addressedTo: 'WP2',
    documents: `TD${500 + i}`,
    meeting: 'TSAG WP2, 2024-07-29',
    status: 'Anticipated',
    due: '',
    notes: '',
  }));
}

describe('the Action register sheet', () => {
  it('is created from the WP2 agenda’s 13 actions as a real Excel table, in at most 3 syncs', async () => {
    const book = new FakeWorkbook([{ name: 'Sheet1', rows: [['Agenda notes']] }]);
    const host = new ExcelHost(fakeExcel(book));
    const rows = wp2();
    expect(await host.registerSheet!.write(rows)).toEqual({ added: 13, updated: 0, total: 13 });
    expect(book.syncs).toBeLessThanOrEqual(3);

    const table = registerOf(book);
    expect(table.sheet.name).toBe(REGISTER_SHEET);
    expect(book.active.name).toBe(REGISTER_SHEET);
    const texts = tableTexts(table);
    expect(texts[0]).toEqual(['Action', 'Agenda item', 'Action text', 'Verb', 'Addressed to', 'Documents', 'Meeting', 'Status', 'Due', 'Notes']);
    expect(texts.slice(1).map((r) => r[0])).toEqual(rows.map((r) => r.id));
    expect(texts.slice(1).map((r) => r[1])).toEqual(rows.map((r) => r.item));
    expect(table.validation).toEqual([
      {
        area: { top: 1, left: 7, bottom: 13, right: 7 },
        rule: { list: { inCellDropDown: true, source: 'Anticipated,Agreed,Approved,Not agreed,Deferred,Done' } },
        errorAlert: expect.objectContaining({ showAlert: true, style: 'Stop' }),
      },
    ]);
    expect(table.conditionalFormats).toEqual([
      { area: { top: 1, left: 0, bottom: 13, right: 9 }, formula: '=AND(ISNUMBER($I2),$I2<TODAY(),$H2<>"Done")', fill: '#FCE4D6', font: '#9C0006' },
    ]);
    expect(table.conditionalFormats[0]!.formula).toBe(`=${overdueFormula('$I2', '$H2')}`);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => table.sheet.get(1, c).format)).toEqual(['@', '@', '@', '@', '@', '@', '@', 'General', 'yyyy-mm-dd', 'General']);
    expect([
    ]);
    expect(table.sheet.frozenRows).toBe(1);
    // The widths of the one definition of the register's columns, in points (6 a character).
    expect([...table.sheet.widths.entries()].sort(([a], [b]) => a - b).map(([, w]) => w / 6)).toEqual(REGISTER_COLUMNS.map((c) => c.width));
    expect([...table.sheet.wrapped]).toEqual([2]);
    expect(book.sheet('Sheet1')!.text(0, 0)).toBe('Agenda notes');
  });

  it('writes Due as a real date (a serial number shown yyyy-mm-dd), so "Due < TODAY()" compares dates', async () => {
    const book = new FakeWorkbook([{ name: 'Sheet1' }]);
    await new ExcelHost(fakeExcel(book)).registerSheet!.write(actions(2).map((r, i) => ({ ...r, due: ['2025-03-01', ''][i]! })));
    const sheet = registerOf(book).sheet;
    expect(sheet.get(1, 8)).toEqual({ value: 45717, format: 'yyyy-mm-dd' });
    expect(sheet.text(1, 8)).toBe('2025-03-01');
    expect(sheet.get(2, 8)).toEqual({ value: '', format: 'yyyy-mm-dd' });
  });

  it('reads back a Due typed as text as the date it means, and keeps a date format the user chose', async () => {
    const book = new FakeWorkbook([{ name: 'Sheet1' }]);
    const host = new ExcelHost(fakeExcel(book));
    await host.registerSheet!.write(actions(3));
    const sheet = registerOf(book).sheet;
    // A text cell: Excel keeps what is typed there as text, which no date comparison sees.
    sheet.setFormat(1, 8, '@');
    sheet.put(1, 8, '2024-10-01');
    sheet.setFormat(2, 8, '@');
    sheet.put(2, 8, '1 March 2025');
    sheet.setFormat(3, 8, 'dd/mm/yyyy');
    sheet.put(3, 8, 45717);
    expect(sheet.get(1, 8).value).toBe('2024-10-01');
    await host.registerSheet!.write(actions(3));
    expect([1, 2, 3].map((r) => sheet.get(r, 8))).toEqual([
      { value: 45566, format: 'yyyy-mm-dd' },
      { value: 45717, format: 'yyyy-mm-dd' },
      { value: 45717, format: 'dd/mm/yyyy' },
    ]);
  });

  it('keeps two actions with one id, both rows, on creation and on update', async () => {
    const book = new FakeWorkbook([{ name: 'Sheet1' }]);
    const host = new ExcelHost(fakeExcel(book));
    const twice = [...actions(2), { ...actions(1)[0]!, text: 'WP2 agrees to another action under the same id.' }];
    expect(await host.registerSheet!.write(twice)).toEqual({ added: 3, updated: 0, total: 3 });
    expect(await host.registerSheet!.write(twice)).toEqual({ added: 0, updated: 0, total: 3 });
    expect(tableTexts(registerOf(book)).slice(1).map((r) => [r[0], r[2]!.slice(0, 30)])).toEqual([
      ['WP2-1', twice[0]!.text.slice(0, 30)],
      ['WP2-2', twice[1]!.text.slice(0, 30)],
      ['WP2-1', 'WP2 agrees to another action u'],
    ]);
  });

  it('leaves the widths, wrapping and highlighting of the table alone on an update', async () => {
    const book = new FakeWorkbook([{ name: 'Sheet1' }]);
    const host = new ExcelHost(fakeExcel(book));
    await host.registerSheet!.write(wp2());
    const sheet = registerOf(book).sheet;
    sheet.widths.set(2, 500);
    sheet.wrapped.delete(2);
    await host.registerSheet!.write([...wp2(), ...actions(1).map((r) => ({ ...r, id: 'WP2-99' }))]);
    expect([sheet.widths.get(2), sheet.wrapped.has(2), registerOf(book).conditionalFormats]).toEqual([500, false, [expect.objectContaining({ area: expect.objectContaining({ bottom: 14 }) })]]);
  });

  it('keeps agenda items as text: "4.10" is not the number 4.1', async () => {
    const book = new FakeWorkbook([{ name: 'Sheet1' }]);
    const rows = actions(3).map((r, i) => ({ ...r, item: ['4.10', '4.2', '12'][i]! }));
    await new ExcelHost(fakeExcel(book)).registerSheet!.write(rows);
    expect(tableTexts(registerOf(book)).slice(1).map((r) => r[1])).toEqual(['4.10', '4.2', '12']);
    expect(registerOf(book).sheet.get(1, 1).value).toBe('4.10');
  });

  it('keeps agenda items as text on an update too, even where the user’s cells had become numbers', async () => {
    const book = new FakeWorkbook([{ name: 'Sheet1' }]);
    const host = new ExcelHost(fakeExcel(book));
    await host.registerSheet!.write(actions(2));
    const sheet = registerOf(book).sheet;
    // What Excel does to "4.10" typed into a General cell.
    sheet.setFormat(1, 1, 'General');
    sheet.put(1, 1, '4.1');
    expect(sheet.get(1, 1).value).toBe(4.1);
    await host.registerSheet!.write([...actions(2).map((r, i) => ({ ...r, item: ['4.10', '12'][i]! })), { ...actions(1)[0]!, id: 'WP2-9', item: '7.20' }]);
    expect([1, 2, 3].map((r) => sheet.get(r, 1))).toEqual([
      { value: '4.10', format: '@' },
      { value: '12', format: '@' },
      { value: '7.20', format: '@' },
    ]);
  });

  it('merges an updated agenda by action id: new actions added, changed texts updated, Status, Due, Notes and the user’s own column kept', async () => {
    const book = new FakeWorkbook([{ name: 'Sheet1' }]);
    const host = new ExcelHost(fakeExcel(book));
    const first = wp2();
    await host.registerSheet!.write(first);
    const table = registerOf(book);
    const sheet = table.sheet;
    // What the user did: a status, a date typed as a date, a note, and a column of their own.
    sheet.put(1, 7, 'Agreed');
    sheet.put(1, 8, '2024-10-01');
    sheet.put(1, 9, 'Sent by TSB');
    sheet.put(0, 10, 'Owner');
    sheet.put(2, 10, 'Bilel');
    table.area = { ...table.area, right: 10 };

    const second = [...first.map((r, i) => (i === 1 ? { ...r, text: `${r.text} (revised)` } : r)), { ...first[0]!, id: 'WP2-99', text: 'WP2 agrees to a new action.' }];
    book.syncs = 0;
    expect(await host.registerSheet!.write(second)).toEqual({ added: 1, updated: 1, total: 14 });
    expect(book.syncs).toBeLessThanOrEqual(3);

    const texts = tableTexts(table);
    expect(texts).toHaveLength(15);
    expect(texts[1]!.slice(7)).toEqual(['Agreed', '2024-10-01', 'Sent by TSB', '']);
    expect(sheet.get(1, 8)).toEqual({ value: 45566, format: 'yyyy-mm-dd' });
    expect(texts[2]![2]).toBe(`${first[1]!.text} (revised)`);
    expect(texts[2]![10]).toBe('Bilel');
    expect(texts[14]!.slice(0, 3)).toEqual(['WP2-99', first[0]!.item, 'WP2 agrees to a new action.']);
    expect(texts[14]![7]).toBe('Anticipated');
    expect(table.conditionalFormats.map((cf) => cf.area.bottom)).toEqual([14]);
    expect(table.validation.at(-1)!.area).toEqual({ top: 1, left: 7, bottom: 14, right: 7 });
  });

  it('changes nothing when the agenda has not changed', async () => {
    const book = new FakeWorkbook([{ name: 'Sheet1' }]);
    const host = new ExcelHost(fakeExcel(book));
    await host.registerSheet!.write(wp2());
    const before = tableTexts(registerOf(book));
    expect(await host.registerSheet!.write(wp2())).toEqual({ added: 0, updated: 0, total: 13 });
    expect(tableTexts(registerOf(book))).toEqual(before);
  });

  it('writes 1,000 actions in at most 3 syncs, each request under Excel on the web’s 5 MB', async () => {
    const book = new FakeWorkbook([{ name: 'Sheet1' }]);
    await new ExcelHost(fakeExcel(book)).registerSheet!.write(actions(1000));
    // Within the budget of 3: one sync to read what is there, one to write the values and make the table.
    expect(book.syncs).toBe(2);
    expect(Math.max(...book.requests)).toBeLessThan(5 * 1024 * 1024);
    expect(tableTexts(registerOf(book))).toHaveLength(1001);
  });

  it('writes a register too large for one request in chunks, every action there', async () => {
    const book = new FakeWorkbook([{ name: 'Sheet1' }]);
    const rows = actions(3000, 2500);
    await new ExcelHost(fakeExcel(book)).registerSheet!.write(rows);
    expect(book.requests.length).toBeGreaterThan(2);
    expect(Math.max(...book.requests)).toBeLessThan(5 * 1024 * 1024);
    const texts = tableTexts(registerOf(book));
    expect(texts.slice(1).map((r) => r[0])).toEqual(rows.map((r) => r.id));
  });

  it('adopts a register kept on the sheet without its table, and never writes over an unrelated sheet of that name', async () => {
    const kept: Value[][] = [
      ['Action', 'Agenda item', 'Action text', 'Verb', 'Addressed to', 'Documents', 'Meeting', 'Status', 'Due', 'Notes'],
      ['WP2-1', '1', 'Old text', 'agree', 'WP2', '', '', 'Done', '', 'Closed in May'],
    ];
    const adopted = new FakeWorkbook([{ name: REGISTER_SHEET, rows: kept }]);
    const rows = wp2();
    expect(await new ExcelHost(fakeExcel(adopted)).registerSheet!.write(rows)).toEqual({ added: rows.length - 1, updated: 1, total: rows.length });
    expect(tableTexts(registerOf(adopted))[1]!.slice(7)).toEqual(['Done', '', 'Closed in May']);

    const unrelated = new FakeWorkbook([{ name: REGISTER_SHEET, rows: [['My own notes']] }]);
    await new ExcelHost(fakeExcel(unrelated)).registerSheet!.write(rows);
    expect(unrelated.sheet(REGISTER_SHEET)!.text(0, 0)).toBe('My own notes');
    expect(registerOf(unrelated).sheet.name).toBe(`${REGISTER_SHEET} (2)`);
  });

  it('says which column is missing instead of guessing', async () => {
    const book = new FakeWorkbook([{ name: 'Sheet1' }]);
    const host = new ExcelHost(fakeExcel(book));
    await host.registerSheet!.write(wp2());
    const table = registerOf(book);
    table.sheet.put(0, 8, 'Deadline');
    await expect(host.registerSheet!.write(wp2())).rejects.toThrow('The action register table has no "Due" column.');
  });

  it('leaves the user’s register as it was when Excel rejects the write', async () => {
    const book = new FakeWorkbook([{ name: 'Sheet1' }]);
    await new ExcelHost(fakeExcel(book)).registerSheet!.write(wp2());
    registerOf(book).sheet.put(1, 9, 'Sent by TSB');
    const before = tableTexts(registerOf(book));
    const failing = new ExcelHost(fakeExcel(book, undefined, { failAtSync: book.syncs + 2 }));
    await expect(failing.registerSheet!.write([...wp2(), ...actions(2)])).rejects.toThrow('The request failed.');
    expect(tableTexts(registerOf(book))).toEqual(before);
  });

  it('keeps what the user typed whichever sync of a chunked update Excel rejects, and the next import completes', async () => {
    const book = new FakeWorkbook([{ name: 'Sheet1' }]);
    const rows = actions(2500, 2500);
    await new ExcelHost(fakeExcel(book)).registerSheet!.write(rows);
    const sheet = registerOf(book).sheet;
    sheet.put(1, 7, 'Agreed');
    sheet.put(2500, 9, 'Sent by TSB');
    const updated = [...rows.map((r) => ({ ...r, text: `${r.text} (revised)` })), ...actions(2502, 2500).slice(2500)];
    const syncs = book.syncs;
    await new ExcelHost(fakeExcel(book)).registerSheet!.write(updated);
    const needed = book.syncs - syncs;
    expect(needed).toBeGreaterThan(2);
    for (let n = 1; n <= needed; n++) {
      const trial = new FakeWorkbook([{ name: 'Sheet1' }]);
      await new ExcelHost(fakeExcel(trial)).registerSheet!.write(rows);
      trial.sheet(REGISTER_SHEET)!.put(1, 7, 'Agreed');
      trial.sheet(REGISTER_SHEET)!.put(2500, 9, 'Sent by TSB');
      await expect(new ExcelHost(fakeExcel(trial, undefined, { failAtSync: trial.syncs + n })).registerSheet!.write(updated)).rejects.toThrow('The request failed.');
      const texts = tableTexts(registerOf(trial));
      expect([texts[1]![7], texts[2500]![9]]).toEqual(['Agreed', 'Sent by TSB']);
      expect(await new ExcelHost(fakeExcel(trial)).registerSheet!.write(updated)).toMatchObject({ total: 2502 });
      expect(tableTexts(registerOf(trial))[2502]![0]).toBe('WP2-2502');
    }
  });

  it('is skipped by Check list, with a note, not checked as a document list (it was read as agenda text: false findings)', async () => {
    const book = new FakeWorkbook([{ name: 'TD list', rows: LIST }]);
    const host = new ExcelHost(fakeExcel(book));
    await host.registerSheet!.write(wp2());
    expect(book.active.name).toBe(REGISTER_SHEET);
    const source = await host.source();
    if (source.kind !== 'snapshot') throw new Error('The Excel host reads a Snapshot');
    const { findings } = analyse(source.snapshot);
    expect(findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      ['parse/action-register', 'info', '"Action register" is the action register Docket writes; it is skipped, not checked as an agenda or a document list.'],
    ]);
    expect(host.placeOf(findings[0]!.location)).toBe(`${REGISTER_SHEET}!A1`);
  });

  it('needs ExcelApi 1.8 for the register (its drop-down), and checks lists from 1.4', async () => {
    const book = new FakeWorkbook([{ name: 'TD list', rows: LIST }]);
    const { host, findings } = await checked(book, { ExcelApi: 1.4 });
    expect(host.registerSheet).toBeUndefined();
    expect(findings.length).toBeGreaterThan(0);
  });
});



describe('writing as Excel re-types what it is given', () => {
  it('keeps the agenda’s texts as text, however Excel would read them', async () => {
    const book = new FakeWorkbook([{ name: 'Sheet1' }]);
    const tricky = ['=SUM(A1)', '+5', '-dash', '4.10', '0012', '1/2', '50%', 'TRUE'];
    const rows = tricky.map((text, i) => ({ ...actions(1)[0]!, id: `WP2-${i + 1}`, item: text, text }));
    await new ExcelHost(fakeExcel(book)).registerSheet!.write(rows);
    const texts = tableTexts(registerOf(book)).slice(1);
    expect(texts.map((r) => [r[1], r[2]])).toEqual(tricky.map((t) => [t, t]));
    const sheet = registerOf(book).sheet;
    expect([...sheet.formulas.keys()]).toEqual([]);
  });

  it('writes only the cells that change: one changed text is one cell written, the user’s cells untouched', async () => {
    const book = new FakeWorkbook([{ name: 'Sheet1' }]);
    const host = new ExcelHost(fakeExcel(book));
    const rows = wp2();
    await host.registerSheet!.write(rows);
    const sheet = registerOf(book).sheet;
    sheet.put(1, 9, '=TODAY()');
    const calls = book.calls.length;
    await expect(host.registerSheet!.write(rows.map((r, i) => (i === 2 ? { ...r, text: `${r.text} (revised)` } : r)))).resolves.toMatchObject({ updated: 1, added: 0 });
    const writes = book.calls.slice(calls).filter((c) => c === 'range.formulas=' || c === 'range.values=');
    expect(writes).toHaveLength(1);
    expect(sheet.formulas.get('1,9')).toBe('=TODAY()');
    expect(tableTexts(registerOf(book))[3]![2]).toMatch(/\(revised\)$/);
  });

  it('reads a register too large for one response in chunks, and reads it once', async () => {
    const book = new FakeWorkbook([{ name: 'Sheet1' }]);
    const rows = actions(3000, 2500);
    await new ExcelHost(fakeExcel(book)).registerSheet!.write(rows);
    const calls = book.calls.length;
    const syncs = book.syncs;
    const updated = [...rows, ...actions(3001, 10).slice(3000)];
    await expect(new ExcelHost(fakeExcel(book)).registerSheet!.write(updated)).resolves.toMatchObject({ added: 1, total: 3001 });
    expect(book.syncs - syncs).toBeGreaterThan(3);
    const loads = book.calls.slice(calls).filter((c) => c.startsWith('range.load(formulas'));
    expect(loads.length).toBeGreaterThan(1);
    expect(book.calls.slice(calls)).not.toContain('range.load(formulas, numberFormat, address)');
    expect(tableTexts(registerOf(book))).toHaveLength(3002);
  });
});
