// Merging the agenda's actions into a register workbook a secretary keeps: the workbooks are written here by hand,
// part by part, the way Excel saves them (a renamed register sheet, other sheets, a column of the user's own, a formula
// in Notes, a row without an action id, custom widths, defined names, an Excel table with a calculated column), merged,
// and read back by another reader (read-excel-file) and by LibreOffice. Only the register's own cells may change.
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { REGISTER_HEADER, registerRows, type RegisterRow } from '../../../src/core';
import { mergeRegisterInto } from '../../../src/io/xlsx/register-merge';
import { analyseFile } from '../../helpers/analyse';
import { ALL_SHEETS_AS_CSV, convertWithLibreOffice } from '../../helpers/libreoffice';
import { WP2 } from '../../helpers/shared';
import { pack, secretarysWorkbook, str, tableWorkbook } from '../../helpers/workbooks';

const wp2 = registerRows(analyseFile(WP2).meeting);

const parts = (bytes: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));

describe('docket register merged into a workbook the secretary keeps', () => {
  const before = secretarysWorkbook(wp2);
  const merged = mergeRegisterInto(before, wp2);

  it('adds the new actions, updates the changed text, and says where', () => {
    expect(merged).toMatchObject({ sheet: 'Actions 2024', added: 10, updated: 1, total: 13 });
  });

  it('keeps every other sheet, column, row, formula, width, name and part, read back by another reader', async () => {
    const sheets = await readXlsxFile(Buffer.from(merged.bytes!));
    expect(sheets.map((s) => s.sheet)).toEqual(['Overview', 'Actions 2024', 'Notes']);
    const [overview, register, notes] = sheets.map((s) => s.data);
    expect(overview![0]).toEqual(['Open actions', 1]);
    expect(notes).toEqual([['Free notes: WP2-1 waits for TSB.']]);
    expect(register![0]).toEqual([...REGISTER_HEADER, 'Owner']);
    // The row the agenda changed: its text is new; Status, Due (a date), the formula's value and Owner are kept.
    expect(register![1]).toEqual([wp2[0]!.id, wp2[0]!.item, wp2[0]!.text, wp2[0]!.verb, wp2[0]!.addressedTo, wp2[0]!.documents, wp2[0]!.meeting, 'Agreed', new Date(Date.UTC(2024, 9, 1)), 'late', 'Bilel']);
    expect(register![2]).toEqual([null, null, 'Carried over from the last meeting:', null, null, null, null, null, null, null, '—']);
    expect(register![3]![9]).toBe('Sent by TSB');
    expect(register!.slice(1).map((r) => r[0])).toEqual([wp2[0]!.id, null, ...wp2.slice(1).map((r) => r.id)]);
    const last = wp2[12]!;
    // An empty cell reads as null.
    expect(register!.at(-1)!.slice(0, 8)).toEqual([last.id, last.item, last.text, last.verb, last.addressedTo, last.documents || null, last.meeting, 'Anticipated']);

    const [was, now] = [parts(before), parts(merged.bytes!)];
    expect(Object.keys(now)).toEqual(Object.keys(was));
    for (const name of Object.keys(was).filter((n) => n !== 'xl/worksheets/sheet1.xml' && n !== 'xl/workbook.xml')) expect(now[name], name).toBe(was[name]);
    const [old, sheet1] = [was['xl/worksheets/sheet1.xml']!, now['xl/worksheets/sheet1.xml']!];
    // Untouched markup stays byte for byte: views, widths, the header, the id-less row, the formula, the user's cells.
    for (const kept of [/<sheetViews>.*<\/cols>/, /<row r="1".*?<\/row>/, /<row r="3".*?<\/row>/, /<row r="4".*?<\/row>/, /<row r="5".*?<\/row>/, /<c r="H2".*<\/row>/, /<pageMargins.*/]) {
      expect(sheet1).toContain(kept.exec(old)![0]);
    }
    expect(sheet1).toContain('<dimension ref="A1:K15"/>');
    expect(sheet1).toContain('<autoFilter ref="A1:K15"/>');
    expect(sheet1).toContain('sqref="H2:H15"');
    expect(sheet1).toContain('<conditionalFormatting sqref="A2:K15">');
    // Docket's first registers compared Due as text; the rule is now the date one.
    expect(sheet1).toContain('<formula>AND(ISNUMBER($I2),$I2&lt;TODAY(),$H2&lt;&gt;"Done")</formula>');
    const workbook = now['xl/workbook.xml']!;
    expect(workbook).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'Actions 2024'!$A$1:$K$15</definedName>`);
    expect(workbook).toContain(`<definedName name="Owners">'Actions 2024'!$K$2:$K$5</definedName>`);
    expect(workbook).toContain('<calcPr calcId="191029" fullCalcOnLoad="1"/>');
    expect(workbook.replace(/\$15</, '$$5<').replace(' fullCalcOnLoad="1"', '')).toBe(was['xl/workbook.xml']);
  });

  it('writes new rows in the style of the row above, agenda items and texts as text', () => {
    const sheet1 = parts(merged.bytes!)['xl/worksheets/sheet1.xml']!;
    expect(sheet1).toContain(`<row r="6"><c r="A6" s="0" t="inlineStr"><is><t xml:space="preserve">${wp2[3]!.id}</t></is></c>`);
    expect(sheet1).toMatch(/<c r="C6" s="2" t="inlineStr">/);
    expect(sheet1).toContain('<c r="I6" s="1"/>');
  });

  it('opens in LibreOffice, every sheet, with the merged rows', () => {
    const csv = convertWithLibreOffice('kept.xlsx', merged.bytes!, ALL_SHEETS_AS_CSV);
    expect(Object.keys(csv).sort()).toEqual(['kept-Actions 2024.csv', 'kept-Notes.csv', 'kept-Overview.csv']);
    const lines = csv['kept-Actions 2024.csv']!.trim().split('\n');
    expect(lines).toHaveLength(15);
    // LibreOffice shows the date in its own reading of dd/mm/yyyy; what matters is that it is a date, not 45566.
    expect(lines[1]).toMatch(/,Agreed,(01\/10\/2024|10\/01\/2024),late,Bilel$/);
    expect(lines[14]!.startsWith(`${wp2[12]!.id},`)).toBe(true);
  }, 180_000);

  it('writes nothing when merged again: nothing is new or changed', () => {
    expect(mergeRegisterInto(merged.bytes!, wp2)).toEqual({ sheet: 'Actions 2024', added: 0, updated: 0, total: 13 });
  });
});

describe('a register kept as an Excel table', () => {
  it('grows the table, its filter and its formats, and fills the calculated column in the new rows', async () => {
    const merged = mergeRegisterInto(tableWorkbook(wp2[0]!), wp2.slice(0, 3));
    expect(merged).toMatchObject({ sheet: 'Action register', added: 2, updated: 0, total: 3 });
    const now = parts(merged.bytes!);
    expect(now['xl/tables/table1.xml']).toContain('ref="A1:K4"><autoFilter ref="A1:K4"/>');
    expect(now['xl/worksheets/sheet1.xml']).toContain('<conditionalFormatting sqref="A2:K4">');
    expect(now['xl/worksheets/sheet1.xml']).toContain('<c r="K4"><f>ActionRegister[[#This Row],[Due]]-TODAY()</f></c>');
    const [rows] = await readXlsxFile(Buffer.from(merged.bytes!));
    expect(rows!.data.map((r) => r[0])).toEqual(['Action', ...wp2.slice(0, 3).map((r) => r.id)]);
    const csv = convertWithLibreOffice('table.xlsx', merged.bytes!, ALL_SHEETS_AS_CSV);
    expect(csv['table-Action register.csv']!.trim().split('\n')).toHaveLength(4);
  });

  it('fills the empty row a new table ends with before growing it', () => {
    const empty = `<row r="3"><c r="A3" s="0"/><c r="I3" s="1"/></row>`;
    const book = tableWorkbook(wp2[0]!, { below: empty, ref: 'A1:K3' });
    const merged = mergeRegisterInto(book, wp2.slice(0, 3));
    const now = parts(merged.bytes!);
    expect(now['xl/tables/table1.xml']).toContain('ref="A1:K4"');
    expect(now['xl/worksheets/sheet1.xml']).toMatch(/<row r="3"><c r="A3" s="0" t="inlineStr"><is><t xml:space="preserve">WP2-2<\/t><\/is><\/c>.*<c r="I3" s="1"\/>.*<\/row><row r="4">/);
    const one = mergeRegisterInto(book, wp2.slice(0, 2));
    expect(parts(one.bytes!)['xl/tables/table1.xml']).toContain('ref="A1:K3"');
  });

  it('refuses, saying why, to write over something below the table, or under a total row', () => {
    expect(() => mergeRegisterInto(tableWorkbook(wp2[0]!, { below: `<row r="3">${str('B3', 'Signed off by the chair')}</row>` }), wp2.slice(0, 3))).toThrow(
      'there is something below the register on sheet "Action register" (row 3) where its 2 new rows would go: move it, then merge again.',
    );
    expect(() => mergeRegisterInto(tableWorkbook(wp2[0]!, { totals: true }), wp2.slice(0, 3))).toThrow(/has a total row/);
  });
});

describe('what the merge refuses or keeps', () => {
  it('keeps two actions with one id, both rows, and matches them again the next time', () => {
    const twice = [wp2[0]!, { ...wp2[1]!, id: wp2[0]!.id }];
    const once = mergeRegisterInto(tableWorkbook(wp2[0]!), twice);
    expect(once).toMatchObject({ added: 1, updated: 0, total: 2 });
    expect(mergeRegisterInto(once.bytes!, twice)).toEqual({ sheet: 'Action register', added: 0, updated: 0, total: 2 });
  });

  it('writes text XML cannot hold as Excel escapes it, and reads it back the same', () => {
    const odd = [{ ...wp2[0]!, text: 'Bell\u0007 and _x0041_ and <tags> & "quotes"' }];
    const merged = mergeRegisterInto(tableWorkbook(wp2[0]!), odd);
    expect(parts(merged.bytes!)['xl/worksheets/sheet1.xml']).toContain('Bell_x0007_ and _x005F_x0041_ and &lt;tags&gt; &amp; "quotes"');
    expect(mergeRegisterInto(merged.bytes!, odd).bytes).toBeUndefined();
  });
});

describe('merging, whatever the actions say', () => {
  const text = fc.string({ unit: 'grapheme', maxLength: 40 }).map((t) => t.trim());
  const action = fc.record({ id: fc.stringMatching(/^[A-Z]{2,4}-\d{1,3}$/), item: fc.stringMatching(/^\d{1,2}(\.\d{1,2})?$/), text, verb: text, addressedTo: text, documents: text, meeting: text });

  it('reads back, by another reader, exactly the agenda’s actions below the kept row, and a second merge changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 8 }), async (actions) => {
        const fresh: RegisterRow[] = actions.map((a) => ({ ...a, status: 'Anticipated', due: '', notes: '' }));
        const merged = mergeRegisterInto(tableWorkbook(wp2[0]!), fresh);
        const { data } = (await readXlsxFile(Buffer.from(merged.bytes!)))[0]!;
        const shown = (value: string) => (value === '' ? null : value);
        expect(data.slice(2).map((row) => row.slice(0, 8))).toEqual(
          fresh.map((f) => [f.id, f.item, shown(f.text), shown(f.verb), shown(f.addressedTo), shown(f.documents), shown(f.meeting), 'Anticipated']),
        );
        expect(data[1]![0]).toBe(wp2[0]!.id);
        expect(mergeRegisterInto(merged.bytes!, fresh).bytes).toBeUndefined();
      }),
      { numRuns: 25 },
    );
  });
});

// Tags padded with a long run of spaces: the ends of such a tag were found by patterns tried again at every space,
// quadratic. 100 KB of spaces is milliseconds when linear and minutes when quadratic: vitest's timeout is the judge.
describe('linear time on a tag padded with 100 KB of spaces', () => {
  const spaces = ' '.repeat(100_000);
  const TIMEOUT = 10_000;

  it('a self-closing row the merge writes into', () => {
    const book = tableWorkbook(wp2[0]!, { below: `<row r="3"${spaces}spans="1:11"${spaces}/>`, ref: 'A1:K3' });
    const sheet1 = parts(mergeRegisterInto(book, wp2.slice(0, 2)).bytes!)['xl/worksheets/sheet1.xml']!;
    expect(sheet1).toContain(`<row r="3"${spaces}spans="1:11"><c r="A3" s="0" t="inlineStr"><is><t xml:space="preserve">WP2-2</t>`);
  }, TIMEOUT);

  it('an opening tag given a new attribute', () => {
    const padded = parts(tableWorkbook(wp2[0]!));
    padded['xl/workbook.xml'] = padded['xl/workbook.xml']!.replace('<calcPr calcId="191029"/>', `<calcPr${spaces}calcId="191029"${spaces}/>`);
    delete padded['[Content_Types].xml'];
    delete padded['_rels/.rels'];
    const workbook = parts(mergeRegisterInto(pack(padded), wp2.slice(0, 3)).bytes!)['xl/workbook.xml']!;
    expect(workbook).toContain(`<calcPr${spaces}calcId="191029" fullCalcOnLoad="1"${spaces}/>`);
  }, TIMEOUT);
});
