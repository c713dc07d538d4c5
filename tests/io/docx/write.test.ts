// Generated tables as WordprocessingML: in the look of the table they replace, else in the document's own table
// style, else Word's built-in grid with its borders written out; and read back as the same table.
import { describe, expect, it } from 'vitest';
import { tableFromSpec, type TableSpec } from '../../../src/core';
import { readDocx } from '../../../src/io/docx/read';
import { controlXml, documentTableStyle, lookOfTable, tableXml } from '../../../src/io/docx/write';
import { docx, documentXml, p, table } from '../../helpers/docx';

const spec: TableSpec = {
  kind: 'annex',
  header: ['#', 'TD/C #', 'Title'],
  rows: [{ cells: [{ text: '1' }, { text: 'TD514' }, { text: 'Agenda\nsecond line' }] }, { cells: [{ text: '2' }, { text: 'TD520', span: 2 }] }],
  widths: [1, 2, 5],
  notes: [],
};

describe('generated tables in Word', () => {
  it('read back as the table they were generated from', () => {
    const read = readDocx(docx(controlXml({ spec }, tableXml(spec))));
    expect(read.blocks).toEqual([{ ...tableFromSpec(spec), generated: 'docket:annex' }]);
  });

  it('use the table style the document’s own tables use, else Word’s grid with borders that show without it', () => {
    const styled = `<w:tbl><w:tblPr><w:tblStyle w:val="TDTable"/></w:tblPr>${table([['a']]).slice('<w:tbl>'.length)}`;
    const xml = documentXml(p('x') + styled + styled + `<w:tbl><w:tblPr><w:tblStyle w:val="TableNormal"/></w:tblPr></w:tbl>`);
    expect(documentTableStyle(xml)).toBe('TDTable');
    expect(documentTableStyle(documentXml(table([['a']])))).toBeUndefined();
    expect(tableXml(spec, undefined, { style: 'TDTable' })).toContain('<w:tblStyle w:val="TDTable"/><w:tblW w:w="5000" w:type="pct"/><w:tblLook');
    const plain = tableXml(spec);
    expect(plain).toContain('<w:tblStyle w:val="TableGrid"/>');
    expect(plain).toContain('<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>');
  });

  it('take the look of the table they replace: its properties, grid, header row and each column’s formatting', () => {
    const old =
      '<w:tbl><w:tblPr><w:tblStyle w:val="TDTable"/><w:tblW w:w="4000" w:type="pct"/></w:tblPr><w:tblGrid><w:gridCol w:w="500"/><w:gridCol w:w="1500"/><w:gridCol w:w="3000"/></w:tblGrid>' +
      '<w:tr><w:tc><w:p><w:r><w:t>No.</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Doc</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Title</w:t></w:r></w:p></w:tc></w:tr>' +
      '<w:tr><w:tc><w:tcPr><w:shd w:fill="EEEEEE"/></w:tcPr><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:i/></w:rPr><w:t>9</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>';
    const look = lookOfTable(documentXml(p('before') + old), 0)!;
    const xml = tableXml(spec, look, { keepHeader: true });
    expect(xml.startsWith('<w:tbl><w:tblPr><w:tblStyle w:val="TDTable"/><w:tblW w:w="4000" w:type="pct"/></w:tblPr><w:tblGrid><w:gridCol w:w="500"/>')).toBe(true);
    expect(xml).toContain('<w:t>No.</w:t>');
    expect(xml).toContain('<w:tc><w:tcPr><w:shd w:fill="EEEEEE"/></w:tcPr><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">1</w:t>');
    expect(readDocx(docx(xml)).blocks[0]).toMatchObject({ rows: [{}, {}, { cells: [{}, { span: 2 }] }] });
  });
});
