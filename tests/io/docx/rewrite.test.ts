// Writing a plan into a .docx as a careful person edits it by hand: only the characters that change (inside the runs
// holding them, their look kept), rows added in the look of the row they follow or dropped, a new table before the
// body's section properties; every other byte of document.xml and every other part as it was — wherever the table
// sits (content controls, custom XML, alternate content), however the XML breaks its lines, in linear time.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { analyse, emptyPlan, type Edit, type Plan } from '../../../src/core';
import { readDocx } from '../../../src/io/docx/read';
import { writePlan } from '../../../src/io/docx/rewrite';
import { docx, p, table } from '../../helpers/docx';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const mainOf = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);
const edit = (location: Edit['location'], find: string, replace: string): Plan => ({ ...emptyPlan('test'), edits: [{ location, find, replace }] });
const body = (xml: string) => xml.slice(xml.indexOf('<w:body>') + 8, xml.indexOf('</w:body>'));

describe('writing a plan into a .docx', () => {
  it('changes only the characters that differ, inside the run that holds them', () => {
    const cell = '<w:tc><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>09:</w:t></w:r><w:r><w:t xml:space="preserve">45 hours</w:t></w:r><w:bookmarkStart w:id="0" w:name="x"/></w:p></w:tc>';
    const source = docx(table([[cell, 'Opening']]));
    const { bytes } = writePlan(source, edit({ block: 0, row: 0, col: 0, paragraph: 0, text: '09:45 hours' }, '09:45', '09:55'));
    expect(body(mainOf(bytes))).toBe(body(mainOf(source)).replace('>45 hours<', '>55 hours<'));
    expect(readDocx(bytes).blocks[0]).toMatchObject({ rows: [{ cells: [{ paragraphs: [{ text: '09:55 hours' }] }, {}] }] });
  });

  it('keeps entities, invisible characters and the spaces at a run’s ends', () => {
    const source = docx(p('A &amp; B TD\u00ad820') + '<w:p><w:r><w:t>Note</w:t></w:r></w:p>');
    const first = writePlan(source, edit({ block: 0, text: '' }, 'TD820', 'TD820-R1'));
    expect(body(mainOf(first.bytes))).toContain('>A &amp; B TD\u00ad820-R1<');
    const second = writePlan(source, edit({ block: 1, text: '' }, 'Note', 'Note '));
    expect(body(mainOf(second.bytes))).toContain('<w:t xml:space="preserve">Note </w:t>');
    expect(readDocx(second.bytes).blocks[1]).toMatchObject({ text: 'Note ' });
  });

  it('fills an empty cell with a run in the look of the paragraph, and removes a tab or break inside what it replaces', () => {
    const source = docx(table([['<w:tc><w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p></w:tc>', '<w:tc><w:p><w:r><w:t>A</w:t><w:tab/><w:t>B</w:t></w:r></w:p></w:tc>']]));
    const filled = writePlan(source, edit({ block: 0, row: 0, col: 0, paragraph: 0, text: '' }, '', 'TD12'));
    expect(body(mainOf(filled.bytes))).toContain('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">TD12</w:t></w:r></w:p>');
    const joined = writePlan(source, edit({ block: 0, row: 0, col: 1, paragraph: 0, text: 'A\tB' }, 'A\tB', 'AB'));
    expect(body(mainOf(joined.bytes))).toContain('<w:r><w:t>A</w:t><w:t>B</w:t></w:r>');
  });

  it('adds a row in the look of the row it follows, without its header mark, vertical merge or bookmarks, and drops a row', () => {
    const header = '<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:r><w:t>#</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>TD/C #</w:t></w:r></w:p></w:tc></w:tr>';
    const row = (n: string, id: string) =>
      `<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:vMerge w:val="restart"/><w:shd w:fill="EEEEEE"/></w:tcPr><w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:i/></w:rPr><w:t>${n}</w:t></w:r></w:p></w:tc>` +
      `<w:tc><w:p><w:bookmarkStart w:id="1" w:name="b${n}"/><w:r><w:rPr><w:b/></w:rPr><w:t>${id}</w:t></w:r><w:bookmarkEnd w:id="1"/></w:p></w:tc></w:tr>`;
    const source = docx(`<w:tbl><w:tblPr/>${header}${row('1', 'TD10')}${row('2', 'TD11')}</w:tbl>`);
    const plan: Plan = { ...emptyPlan('Annex A'), added: [{ table: 0, after: 2, cells: ['3', 'TD12'] }], dropped: [{ table: 0, row: 1 }] };
    const { bytes } = writePlan(source, plan);
    const xml = mainOf(bytes);
    expect(xml).toContain(
      '<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:shd w:fill="EEEEEE"/></w:tcPr><w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">3</w:t></w:r></w:p></w:tc>' +
        '<w:tc><w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">TD12</w:t></w:r></w:p></w:tc></w:tr>',
    );
    expect(xml).not.toContain('TD10');
    expect(readDocx(bytes).blocks[0]).toMatchObject({ rows: [{}, { cells: [{}, { paragraphs: [{ text: 'TD11' }] }] }, { cells: [{}, { paragraphs: [{ text: 'TD12' }] }] }] });
  });

  it('adds a new table before the body’s section properties, leaving every other part of the package byte for byte', () => {
    const sectPr = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>';
    const source = docx(p('Agenda') + sectPr, { styles: `<w:styles xmlns:w="${W}"/>` });
    const plan: Plan = { ...emptyPlan('Annex A'), table: { spec: { kind: 'annex', header: ['#', 'TD/C #'], rows: [{ cells: [{ text: '1' }, { text: 'TD1' }] }], widths: [1, 2], notes: [] }, headings: ['Annex A:'] } };
    const { bytes } = writePlan(source, plan);
    const [before, after] = [unzipSync(source), unzipSync(bytes)];
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) if (name !== 'word/document.xml') expect(after[name]).toEqual(before[name]);
    expect(mainOf(bytes)).toMatch(/Annex A:<\/w:t><\/w:r><\/w:p><w:sdt>.*<\/w:sdt><w:sectPr>/);
    expect(readDocx(bytes).blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'table']);
  });

  it('finds the table by what the reader read, through nested content controls, custom XML and alternate content', () => {
    const other = (text: string) => table([['Name', 'Value'], [text, 'x']]);
    const list = table([['#', 'Category', 'TD/C #', 'Source', 'Title'], ['1', 'Admin', 'TD10', 'TSB', 'Agenda']]);
    const wrapped =
      `<w:sdt><w:sdtContent><w:sdt><w:sdtContent>${other('nested controls')}</w:sdtContent></w:sdt></w:sdtContent></w:sdt>` +
      `<w:customXml w:element="x"><w:customXmlPr/>${other('custom XML')}</w:customXml>` +
      `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="w14">${other('choice')}</mc:Choice><mc:Fallback>${other('fallback')}</mc:Fallback></mc:AlternateContent>`;
    const source = docx(p('Agenda: TD10, TD12') + wrapped + p('Annex A:') + list + p('Annex B:') + other('annex B'));
    const snapshot = readDocx(source);
    const annex = snapshot.blocks.findIndex((b) => b.kind === 'table' && b.rows[0]!.cells.length === 5);
    const { bytes } = writePlan(source, { ...emptyPlan('Annex A'), added: [{ table: annex, after: 1, cells: ['2', '', 'TD12', '', ''] }] });
    const after = readDocx(bytes);
    expect(after.blocks[annex]).toMatchObject({ rows: { length: 3, 2: { cells: { 2: { paragraphs: [{ text: 'TD12' }] } } } } });
    expect(after.blocks.filter((b) => b.kind === 'table').map((b) => (b.kind === 'table' ? b.rows.length : 0))).toEqual(snapshot.blocks.filter((b) => b.kind === 'table').map((b, i) => (b.kind === 'table' ? b.rows.length + (i === 3 ? 1 : 0) : 0)));
    expect(mainOf(bytes)).toContain('annex B');
  });

  it('keeps lone-CR line breaks and a byte-order mark, and writes in the document’s own prefix', () => {
    const xml = `\ufeff<?xml version="1.0"?>\r<x:document xmlns:x="${W}">\r<x:body>\r<x:p><x:r><x:t>TD1</x:t></x:r></x:p>\r<x:p/>\r</x:body>\r</x:document>`;
    const source = docx('', {}, xml);
    const bytes = unzipSync(source);
    bytes['word/document.xml'] = new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(xml.slice(1))]);
    const withBom = zipSync(bytes);
    const written = writePlan(withBom, edit({ block: 1, text: '' }, '', 'TD2')).bytes;
    const out = unzipSync(written)['word/document.xml']!;
    expect([...out.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(out.subarray(3))).toBe(xml.slice(1).replace('<x:p/>', '<x:p><x:r><x:t xml:space="preserve">TD2</x:t></x:r></x:p>'));
    expect(readDocx(written).blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(['TD1', 'TD2']);
  });

  it('declares w: on what it writes into a document whose WordprocessingML is its default namespace', () => {
    const xml = `<?xml version="1.0"?><document xmlns="${W}"><body><p><r><t>Agenda</t></r></p><p/></body></document>`;
    const written = writePlan(docx('', {}, xml), edit({ block: 1, text: '' }, '', 'TD2')).bytes;
    expect(mainOf(written)).toBe(xml.replace('<p/>', `<p><w:r xmlns:w="${W}"><w:t xml:space="preserve">TD2</w:t></w:r></p>`));
  });

  it('writes a plan into a 20,000-row table in one pass', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [String(i + 1), 'Admin', `TD${i + 1}`, 'TSB', 'A document']);
    const source = docx(table([['#', 'Category', 'TD/C #', 'Source', 'Title'], ...rows]));
    const edits: Edit[] = rows.map((_, i) => ({ location: { block: 0, row: i + 1, col: 3, paragraph: 0, text: 'TSB' }, find: 'TSB', replace: 'ITU' }));
    const { bytes, missing } = writePlan(source, { ...emptyPlan('Annex A'), edits, added: [{ table: 0, after: 20_000, cells: ['20001', 'Admin', 'TD20001', 'TSB', 'Last'] }] });
    expect(missing).toBe(0);
    const meeting = analyse(readDocx(bytes)).meeting;
    expect(meeting.documents).toHaveLength(20_001);
    expect(meeting.documents.every((d) => d.source === (d.id === 'TD20001' ? 'TSB' : 'ITU'))).toBe(true);
  });
});
