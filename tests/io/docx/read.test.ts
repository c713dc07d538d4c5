import { describe, expect, it } from 'vitest';
import { cellText, type Snapshot, type Table } from '../../../src/core';
import { readDocx } from '../../../src/io/docx/read';
import { docx, p, table } from '../../helpers/docx';
import { TD514, WP2, bytesOf } from '../../helpers/shared';

function tables(snapshot: Snapshot): Table[] {
  return snapshot.blocks.filter((b): b is Table => b.kind === 'table');
}

describe('reading .docx: the TD514 fixture', () => {
  const snapshot = readDocx(bytesOf(TD514));
  const [, agenda, annex] = tables(snapshot);

  it('computes the Annex A "#" column from numbering.xml: 1 to 12', () => {
    const labels = annex!.rows.slice(1).map((row) => row.cells[0]!.paragraphs[0]!.label);
    expect(labels).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.', '10.', '11.', '12.']);
    expect(annex!.rows[1]!.cells[0]!.paragraphs[0]!.text).toBe('');
  });

  it('keeps horizontally merged cells with their grid span', () => {
    const session = agenda!.rows[1]!;
    expect(session.cells.map((c) => [c.gridCol, c.span])).toEqual([[0, 1], [1, 1], [2, 3]]);
    expect(cellText(session.cells[2]!)).toBe('TSAG Rapporteur Group on Strategic and Operational Planning (RG-SOP)');
  });

  it('keeps several paragraphs per cell, and reads through bookmarks', () => {
    expect(agenda!.rows[1]!.cells[0]!.paragraphs.map((x) => x.text.trim())).toEqual(['Thursday, 1 August', '14:30 - 15:45 hours Geneva time']);
    // "[bookmark: _Hlk173319066]14:35 hours" in the seed text: the bookmark is markup, not text.
    expect(cellText(agenda!.rows[7]!.cells[0]!)).toBe('14:35 hours');
  });

  it('gives paragraph styles by name and bullets as Word shows them', () => {
    const bullet = snapshot.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('Function as the TSAG focal point'));
    expect(bullet).toMatchObject({ label: '•', listLevel: 0, style: 'Body Text' });
  });
});

describe('reading .docx: the WP2 fixture', () => {
  const snapshot = readDocx(bytesOf(WP2));

  it('normalises non-breaking spaces and keeps dashes and curly quotes', () => {
    const texts = snapshot.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(texts).toContain('Resolution 68 – TD666-R2 ');
    expect(texts.some((t) => t.includes('\u00a0'))).toBe(false);
    expect(texts.some((t) => t.includes('“Rapporteur Group on Industry Engagement, Metrics”'))).toBe(true);
  });

  it('does not take tab stops for tabs', () => {
    const bullet = snapshot.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('Report – TD523'));
    expect(bullet).toMatchObject({ kind: 'paragraph', label: '•' });
  });
});

describe('reading .docx: structures built in the test', () => {
  it('marks vertically merged cells', () => {
    const merged = table([
      ['<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>08:00</w:t></w:r></w:p></w:tc>', 'a'],
      ['<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>', 'b'],
    ]);
    const [t] = tables(readDocx(docx(merged)));
    expect(t!.rows.map((r) => r.cells[0]!.merge)).toEqual(['restart', 'continue']);
  });

  it('follows a nested table with its own block that names its parent cell and its place among the cell’s paragraphs', () => {
    const inner = table([['x', 'y']]);
    const outer = table([['before', `<w:tc>${p('cell text')}${inner}${p('after')}</w:tc>`]]);
    const snapshot = readDocx(docx(outer));
    const [parent, nested] = tables(snapshot);
    expect(nested!.parent).toEqual({ block: 0, row: 0, col: 1, paragraph: 1 });
    expect(parent!.rows[0]!.cells[1]!.paragraphs.map((x) => x.text)).toEqual(['cell text', 'after']);
    expect(nested!.rows[0]!.cells.map(cellText)).toEqual(['x', 'y']);
  });

  it('counts grid columns skipped before a row (gridBefore)', () => {
    const t = '<w:tbl><w:tr><w:trPr><w:gridBefore w:val="2"/></w:trPr><w:tc><w:p><w:r><w:t>late</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
    expect(tables(readDocx(docx(t)))[0]!.rows[0]!.cells[0]!.gridCol).toBe(2);
  });

  it('leaves out deleted text, field codes and zero-width characters; keeps inserted text and field results', () => {
    const body =
      '<w:p><w:r><w:t>Keep </w:t></w:r><w:del><w:r><w:delText>gone </w:delText></w:r></w:del><w:ins><w:r><w:t>new </w:t></w:r></w:ins>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      '<w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>\u200bTD\u00a0514</w:t></w:r></w:p>';
    const [paragraph] = readDocx(docx(body)).blocks;
    expect(paragraph).toMatchObject({ text: 'Keep new 7TD 514' });
  });

  it('reads text in content controls, hyperlinks and smart tags', () => {
    const body = '<w:sdt><w:sdtPr><w:tag w:val="docket:annex"/></w:sdtPr><w:sdtContent><w:p><w:hyperlink><w:r><w:t>TD514</w:t></w:r></w:hyperlink></w:p></w:sdtContent></w:sdt>';
    expect(readDocx(docx(body)).blocks[0]).toMatchObject({ kind: 'paragraph', text: 'TD514' });
  });

  it('reads a document that binds WordprocessingML to another prefix', () => {
    const xml = '<?xml version="1.0"?><x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body><x:p><x:r><x:t>Agenda</x:t></x:r></x:p></x:body></x:document>';
    expect(readDocx(docx('', {}, xml)).blocks[0]).toMatchObject({ text: 'Agenda' });
  });
});
