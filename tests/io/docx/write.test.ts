// New tables as WordprocessingML: in the document's own table style, else Word's built-in grid with its borders
// written out; read back as the same table; and any text escaped into valid XML.
import { describe, expect, it } from 'vitest';
import { tableFromSpec, type TableSpec } from '../../../src/core';
import { readDocx } from '../../../src/io/docx/read';
import { blockXml, documentTableStyle, escapeXml, tableXml } from '../../../src/io/docx/write';
import { docx, documentXml, p, table } from '../../helpers/docx';

const spec: TableSpec = {
  kind: 'annex',
  header: ['#', 'TD/C #', 'Title'],
  rows: [{ cells: [{ text: '1' }, { text: 'TD514' }, { text: 'Agenda\nsecond line' }] }, { cells: [{ text: '2' }, { text: 'TD520', span: 2 }] }],
  widths: [1, 2, 5],
  notes: [],
};

describe('new tables in Word', () => {
  it('read back as the table they were made from, in a docket:<kind> block under their headings', () => {
    const read = readDocx(docx(blockXml({ spec, headings: ['Annex A:'] }, '')));
    expect(read.blocks).toEqual([{ kind: 'paragraph', text: 'Annex A:' }, { ...tableFromSpec(spec), generated: 'docket:annex' }]);
  });

  it('use the table style the document’s own tables use, else Word’s grid with borders that show without it', () => {
    const styled = `<w:tbl><w:tblPr><w:tblStyle w:val="TDTable"/></w:tblPr>${table([['a']]).slice('<w:tbl>'.length)}`;
    const xml = documentXml(p('x') + styled + styled + `<w:tbl><w:tblPr><w:tblStyle w:val="TableNormal"/></w:tblPr></w:tbl>`);
    expect(documentTableStyle(xml)).toBe('TDTable');
    expect(documentTableStyle(documentXml(table([['a']])))).toBeUndefined();
    expect(tableXml(spec, { style: 'TDTable' })).toContain('<w:tblStyle w:val="TDTable"/><w:tblW w:w="5000" w:type="pct"/><w:tblLook');
    expect(blockXml({ spec }, xml)).toContain('<w:tblStyle w:val="TDTable"/>');
    const plain = tableXml(spec);
    expect(plain).toContain('<w:tblStyle w:val="TableGrid"/>');
    expect(plain).toContain('<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>');
  });

  it('escape markup and leave out the characters XML cannot hold (control characters, lone surrogates)', () => {
    expect(escapeXml('A & B <C> "D"\u0001\u0008\u000b\ud800x\ufffe\t\n')).toBe('A &amp; B &lt;C&gt; &quot;D&quot;x\t\n');
    expect(escapeXml('😀')).toBe('😀');
    const read = readDocx(docx(tableXml({ ...spec, rows: [{ cells: [{ text: '1' }, { text: 'TD\u00015' }, { text: 'x' }] }] })));
    expect(read.blocks[0]).toMatchObject({ rows: { 1: { cells: { 1: { paragraphs: [{ text: 'TD5' }] } } } } });
  });
});
