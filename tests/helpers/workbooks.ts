// Workbooks written by hand, part by part, the way Excel saves them: what a secretary makes of Docket's register (a
// renamed sheet between sheets of their own, their own column, a formula in Notes, a row without an action id, custom
// widths, defined names), or kept as an Excel table, for the tests of the merge to read back with other readers.
import { strToU8, zipSync } from 'fflate';
import { REGISTER_HEADER, type RegisterRow } from '../../src/core';

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** An inline-string cell, a number cell, a formula cell with its cached text. */
export const str = (ref: string, text: string, style = 0) => `<c r="${ref}" s="${style}" t="inlineStr"><is><t>${esc(text)}</t></is></c>`;
export const num = (ref: string, value: number, style = 0) => `<c r="${ref}" s="${style}"><v>${value}</v></c>`;
export const formula = (ref: string, f: string, cached: string) => `<c r="${ref}" t="str"><f>${esc(f)}</f><v>${esc(cached)}</v></c>`;
export const LETTERS = 'ABCDEFGHIJK';

/** A register row's cells A–J as Excel keeps them (the agenda's text in shared-style inline strings). */
export function registerCells(row: number, r: RegisterRow, overrides: Record<string, string> = {}): string {
  const fields = ['id', 'item', 'text', 'verb', 'addressedTo', 'documents', 'meeting', 'status'] as const;
  return fields.map((field, i) => (overrides[field] ?? `${r[field]}` ? str(`${LETTERS[i]}${row}`, overrides[field] ?? r[field], field === 'text' ? 2 : 0) : '')).join('');
}

export const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1"/></xf></cellXfs></styleSheet>`;

export function pack(parts: Record<string, string>): Uint8Array {
  const types = Object.keys(parts)
    .filter((p) => p.endsWith('.xml'))
    .map((p) => {
      const kind = p === 'xl/workbook.xml' ? 'sheet.main' : p.includes('worksheets/') ? 'worksheet' : p.includes('tables/') ? 'table' : p.includes('styles') ? 'styles' : p.includes('calcChain') ? 'calcChain' : p.includes('sharedStrings') ? 'sharedStrings' : '';
      return kind ? `<Override PartName="/${p}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${kind}+xml"/>` : '';
    })
    .join('');
  const all = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${types}</Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ...parts,
  };
  return zipSync(Object.fromEntries(Object.entries(all).map(([name, text]) => [name, strToU8(text)])));
}

export function sheet(body: string, extra = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${body}${extra}</worksheet>`;
}

/** What a secretary made of Docket's register: renamed, between two sheets of their own, with their own column. */
export function secretarysWorkbook(wp2: readonly RegisterRow[]): Uint8Array {
  const header = [...REGISTER_HEADER, 'Owner'].map((h, i) => str(`${LETTERS[i]}1`, h)).join('');
  const register = sheet(
    `<dimension ref="A1:K5"/><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="C4" sqref="C4"/></sheetView></sheetViews>` +
      `<sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="14.5" customWidth="1"/><col min="3" max="3" width="75" customWidth="1"/><col min="11" max="11" width="20" customWidth="1"/></cols>` +
      `<sheetData><row r="1" spans="1:11">${header}</row>` +
      `<row r="2" spans="1:11">${registerCells(2, wp2[0]!, { text: 'The text as the last agenda had it.', status: 'Agreed' })}${num('I2', 45566, 1)}${formula('J2', 'IF(I2<TODAY(),"late","on time")', 'late')}${str('K2', 'Bilel')}</row>` +
      `<row r="3" spans="1:11">${str('C3', 'Carried over from the last meeting:')}${str('K3', '—')}</row>` +
      `<row r="4" spans="1:11">${registerCells(4, wp2[1]!)}<c r="I4" s="1"/>${str('J4', 'Sent by TSB')}</row>` +
      `<row r="5" spans="1:11">${registerCells(5, wp2[2]!)}<c r="I5" s="1"/></row></sheetData>` +
      `<autoFilter ref="A1:K5"/><conditionalFormatting sqref="A2:K5"><cfRule type="expression" dxfId="0" priority="1"><formula>AND(I2&lt;&gt;"",I2&lt;TEXT(TODAY(),"yyyy-mm-dd"),H2&lt;&gt;"Done")</formula></cfRule></conditionalFormatting>` +
      `<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="H2:H5"><formula1>"Anticipated,Agreed,Approved,Not agreed,Deferred,Done"</formula1></dataValidation></dataValidations>` +
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`,
  );
  return pack({
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr/><bookViews><workbookView activeTab="1"/></bookViews><sheets><sheet name="Overview" sheetId="3" r:id="rId3"/><sheet name="Actions 2024" sheetId="1" r:id="rId1"/><sheet name="Notes" sheetId="2" r:id="rId2"/></sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'Actions 2024'!$A$1:$K$5</definedName><definedName name="Owners">'Actions 2024'!$K$2:$K$5</definedName></definedNames><calcPr calcId="191029"/></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${REL}/worksheet" Target="/xl/worksheets/sheet3.xml"/><Relationship Id="rId4" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId5" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': register,
    'xl/worksheets/sheet2.xml': sheet(`<sheetData><row r="1">${str('A1', 'Free notes: WP2-1 waits for TSB.')}</row></sheetData>`),
    'xl/worksheets/sheet3.xml': sheet(`<sheetData><row r="1">${str('A1', 'Open actions')}<c r="B1"><f>COUNTIF('Actions 2024'!H:H,"Agreed")</f><v>1</v></c></row></sheetData>`),
    'xl/styles.xml': STYLES,
    'xl/calcChain.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="${MAIN}"><c r="B1" i="3"/><c r="J2" i="1"/></calcChain>`,
  });
}

/** A register kept as an Excel table (as the Excel add-in makes it), of one action, with a calculated column of the user's. */
export function tableWorkbook(first: RegisterRow, options: { below?: string; totals?: boolean; ref?: string } = {}): Uint8Array {
  const header = [...REGISTER_HEADER, 'Days left'].map((h, i) => str(`${LETTERS[i]}1`, h)).join('');
  const columns = [...REGISTER_HEADER, 'Days left']
    .map((name, i) => `<tableColumn id="${i + 1}" name="${name}">${i === 10 ? '<calculatedColumnFormula>ActionRegister[[#This Row],[Due]]-TODAY()</calculatedColumnFormula>' : ''}</tableColumn>`)
    .join('');
  const rows = `<row r="2">${registerCells(2, first)}${num('I2', 45566, 1)}<c r="K2"><f>ActionRegister[[#This Row],[Due]]-TODAY()</f><v>-300</v></c></row>`;
  return pack({
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Action register" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': sheet(`<dimension ref="A1:K2"/><sheetData><row r="1">${header}</row>${rows}${options.below ?? ''}</sheetData><conditionalFormatting sqref="A2:K2"><cfRule type="expression" dxfId="0" priority="1"><formula>AND(ISNUMBER($I2),$I2&lt;TODAY(),$H2&lt;&gt;"Done")</formula></cfRule></conditionalFormatting>`, '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>'),
    'xl/worksheets/_rels/sheet1.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/table" Target="../tables/table1.xml"/></Relationships>`,
    'xl/tables/table1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN}" id="1" name="ActionRegister" displayName="ActionRegister" ref="${options.ref ?? `A1:K${options.totals ? 3 : 2}`}"${options.totals ? ' totalsRowCount="1"' : ''}><autoFilter ref="${options.ref ?? 'A1:K2'}"/><tableColumns count="11">${columns}</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
    'xl/styles.xml': STYLES,
  });
}
