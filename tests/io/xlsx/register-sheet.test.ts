// The action register added to a workbook that has none — a real one Excel saved (the OData schedule in the corpus,
// with its shared strings, theme, printer settings and titles in docProps/app.xml) and one with no stylesheet at all —
// read back by other readers (read-excel-file, LibreOffice): a new sheet at the end with the register's rows and Due
// as a date, filtered; every other part byte for byte, and the parts that list sheets changed only by the new sheet's
// entry (and, in workbook.xml, the hidden name Excel defines for its filter).
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { REGISTER_HEADER, registerRows, type RegisterRow } from '../../../src/core';
import { mergeRegisterInto } from '../../../src/io/xlsx/register-merge';
import { analyseFile } from '../../helpers/analyse';
import { ALL_SHEETS_AS_CSV, convertWithLibreOffice, filterRangesInLibreOffice } from '../../helpers/libreoffice';
import { CORPUS, WP2, bytesOf } from '../../helpers/shared';
import { MAIN, PKG, REL, pack, sheet, str } from '../../helpers/workbooks';

const SCHEDULE = join(CORPUS, 'more/odata-v3__Schedule.xlsx');
/** The WP2 agenda's actions, the first with a due date and a status typed as the secretary would. */
const wp2: RegisterRow[] = registerRows(analyseFile(WP2).meeting).map((row, i) => (i === 0 ? { ...row, due: '2025-03-01', status: 'Agreed' } : row));
const unzipped = (bytes: Uint8Array) => unzipSync(bytes);
const text = (bytes: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));

/** The parts that say which sheets a workbook has: the only ones a new sheet changes. */
const LISTS = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'docProps/app.xml'];

describe('the register added to a workbook Excel saved, which has none', () => {
  const before = bytesOf(SCHEDULE);
  const merged = mergeRegisterInto(before, wp2);
  const [was, now] = [text(before), text(merged.bytes!)];

  it('says it added the sheet, with every action', () => {
    expect(merged).toMatchObject({ sheet: 'Action register', created: true, added: 13, updated: 0, total: 13 });
  });

  it('keeps every other part byte for byte, in its order, and adds one worksheet part', () => {
    const [old, fresh] = [unzipped(before), unzipped(merged.bytes!)];
    expect(Object.keys(fresh)).toEqual([...Object.keys(old), 'xl/worksheets/sheet4.xml']);
    for (const name of Object.keys(old).filter((n) => !LISTS.includes(n))) expect(Buffer.from(fresh[name]!).equals(Buffer.from(old[name]!)), name).toBe(true);
  });

  it('changes the parts that list sheets only by the new sheet’s entry', () => {
    // The tab, and the hidden name Excel defines for the new sheet's filter (local to it, the fourth sheet) after the
    // one the workbook has for its first sheet.
    const filterName = `<definedName name="_xlnm._FilterDatabase" localSheetId="3" hidden="1">'Action register'!$A$1:$J$14</definedName>`;
    expect(now['xl/workbook.xml']).toContain(`schedule!$A$1:$F$1</definedName>${filterName}</definedNames>`);
    expect(now['xl/workbook.xml']!.replace('<sheet name="Action register" sheetId="4" r:id="rId7"/>', '').replace(filterName, '')).toBe(was['xl/workbook.xml']);
    expect(now['xl/_rels/workbook.xml.rels']!.replace('<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet4.xml"/>', '')).toBe(
      was['xl/_rels/workbook.xml.rels'],
    );
    expect(now['[Content_Types].xml']!.replace('<Override PartName="/xl/worksheets/sheet4.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>', '')).toBe(
      was['[Content_Types].xml'],
    );
    const app = now['docProps/app.xml']!;
    expect(app).toContain('<vt:i4>4</vt:i4>');
    expect(app).toContain('<vt:vector size="4" baseType="lpstr"><vt:lpstr>schedule</vt:lpstr><vt:lpstr>status</vt:lpstr><vt:lpstr>Document Names &amp; Abbreviations</vt:lpstr><vt:lpstr>Action register</vt:lpstr></vt:vector>');
    expect(app.replace('<vt:i4>4</vt:i4>', '<vt:i4>3</vt:i4>').replace('size="4" baseType="lpstr"', 'size="3" baseType="lpstr"').replace('<vt:lpstr>Action register</vt:lpstr>', '')).toBe(was['docProps/app.xml']);
  });

  it('appends its styles after the workbook’s own, which keep their indexes', () => {
    const [old, fresh] = [was['xl/styles.xml']!, now['xl/styles.xml']!];
    const inner = (xml: string, name: string) => new RegExp(`<${name}\\b[^>]*>(.*?)</${name}>`, 's').exec(xml)?.[1] ?? '';
    for (const list of ['numFmts', 'fonts', 'fills', 'cellXfs', 'dxfs']) expect(inner(fresh, list).startsWith(inner(old, list)), list).toBe(true);
    expect(fresh).toContain('<numFmt numFmtId="165" formatCode="yyyy-mm-dd"/>');
    expect(fresh).toContain('<dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFCE4D6"/></patternFill></fill></dxf>');
    // Outside the lists the new styles went into, the stylesheet is as it was.
    const outside = (xml: string) => ['numFmts', 'fonts', 'fills', 'cellXfs', 'dxfs'].reduce((rest, list) => rest.replace(new RegExp(`<${list}\\b[^>]*>.*?</${list}>|<${list}\\b[^>]*/>`, 's'), ''), xml);
    expect(outside(fresh)).toBe(outside(old));
  });

  it('reads back with read-excel-file: the other sheets as they were, the register last, Due a date, items as text', async () => {
    const [sheetsBefore, sheetsAfter] = [await readXlsxFile(Buffer.from(before)), await readXlsxFile(Buffer.from(merged.bytes!))];
    expect(sheetsAfter.map((s) => s.sheet)).toEqual([...sheetsBefore.map((s) => s.sheet), 'Action register']);
    expect(sheetsAfter.slice(0, -1)).toEqual(sheetsBefore);
    const [header, ...rows] = sheetsAfter.at(-1)!.data;
    expect(header).toEqual([...REGISTER_HEADER]);
    expect(rows.map((r) => r[0])).toEqual(wp2.map((r) => r.id));
    expect(rows[0]![8]).toEqual(new Date(Date.UTC(2025, 2, 1)));
    expect(rows[0]![7]).toBe('Agreed');
    expect(rows.every((r) => typeof r[1] === 'string')).toBe(true);
  });

  it('opens in LibreOffice, every sheet, the register’s Due drawn yyyy-mm-dd', () => {
    const csv = convertWithLibreOffice('schedule.xlsx', merged.bytes!, ALL_SHEETS_AS_CSV);
    expect(Object.keys(csv)).toContain('schedule-Action register.csv');
    expect(Object.keys(csv)).toHaveLength(4);
    const lines = csv['schedule-Action register.csv']!.trim().split('\n');
    expect(lines[0]).toBe(REGISTER_HEADER.join(','));
    expect(lines).toHaveLength(14);
    expect(lines[1]).toMatch(/,Agreed,2025-03-01,$/);
  }, 180_000);

  it('has the new sheet’s filter in LibreOffice beside the one the workbook had', () => {
    expect(filterRangesInLibreOffice('schedule.xlsx', merged.bytes!)).toEqual(['schedule.A1:schedule.F1', "'Action register'.A1:'Action register'.J14"]);
  }, 180_000);

  it('finds the register it added the next time: nothing new, nothing written', () => {
    expect(mergeRegisterInto(merged.bytes!, wp2)).toEqual({ sheet: 'Action register', added: 0, updated: 0, total: 13 });
  });
});

describe('a new register sheet in a workbook of another shape', () => {
  it('gives a workbook without a stylesheet one, related and typed, and names its sheet beside one called Action register', async () => {
    const bare = pack({
      'xl/workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Action register" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      'xl/worksheets/sheet1.xml': sheet(`<sheetData><row r="1">${str('A1', 'Notes of my own')}</row></sheetData>`),
    });
    const merged = mergeRegisterInto(bare, wp2);
    expect(merged).toMatchObject({ sheet: 'Action register (2)', created: true, total: 13 });
    const parts = text(merged.bytes!);
    expect(parts['xl/_rels/workbook.xml.rels']).toContain(`<Relationship Id="rId3" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/>`);
    expect(parts['xl/_rels/workbook.xml.rels']).toContain(`<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>`);
    expect(parts['[Content_Types].xml']).toContain('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>');
    // A workbook without defined names is given their list, after its sheets as the schema orders them.
    expect(parts['xl/workbook.xml']).toContain(
      `</sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'Action register (2)'!$A$1:$J$14</definedName></definedNames></workbook>`,
    );
    const sheets = await readXlsxFile(Buffer.from(merged.bytes!));
    expect(sheets.map((s) => [s.sheet, s.data.length])).toEqual([
      ['Action register', 1],
      ['Action register (2)', 14],
    ]);
    expect(sheets[1]!.data[1]![8]).toEqual(new Date(Date.UTC(2025, 2, 1)));
    const csv = convertWithLibreOffice('bare.xlsx', merged.bytes!, ALL_SHEETS_AS_CSV);
    expect(csv['bare-Action register (2).csv']!.split('\n')[1]).toMatch(/,Agreed,2025-03-01,$/);
  }, 180_000);

  it('grows the filter and its name when later actions are merged into the sheet it added', () => {
    const added = mergeRegisterInto(bytesOf(SCHEDULE), wp2.slice(0, 5));
    const grown = mergeRegisterInto(added.bytes!, wp2);
    expect(grown).toMatchObject({ sheet: 'Action register', added: 8, total: 13 });
    const parts = text(grown.bytes!);
    expect(parts['xl/workbook.xml']).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="3" hidden="1">'Action register'!$A$1:$J$14</definedName>`);
    expect(parts['xl/worksheets/sheet4.xml']).toContain('<autoFilter ref="A1:J14"/>');
  });

  it('names the filter with the prefix a workbook writes its elements with, before its calculation settings', () => {
    const prefixed = pack({
      'xl/workbook.xml': `<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheets><x:sheet name="Notes" sheetId="1" r:id="rId1"/></x:sheets><x:calcPr calcId="191029"/></x:workbook>`,
      'xl/_rels/workbook.xml.rels': `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      'xl/worksheets/sheet1.xml': sheet(`<sheetData><row r="1">${str('A1', 'Notes of my own')}</row></sheetData>`),
    });
    const merged = mergeRegisterInto(prefixed, wp2);
    expect(text(merged.bytes!)['xl/workbook.xml']).toContain(
      `</x:sheets><x:definedNames><x:definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'Action register'!$A$1:$J$14</x:definedName></x:definedNames><x:calcPr calcId="191029"/>`,
    );
    expect(filterRangesInLibreOffice('prefixed.xlsx', merged.bytes!)).toEqual(["'Action register'.A1:'Action register'.J14"]);
  }, 180_000);
});
