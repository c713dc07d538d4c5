import { describe, expect, it } from 'vitest';
import type { Paragraph, Table } from '../../../src/core';
import { readDocx } from '../../../src/io/docx/read';
import { docx, numberingXml, p, stylesXml } from '../../helpers/docx';

function level(ilvl: number, format: string, text: string, extra = ''): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
}

const outline = `<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1')}${level(1, 'decimal', '%1.%2')}${level(2, 'lowerLetter', '%3)')}</w:abstractNum>`;

function item(text: string, numId: number, ilvl = 0): string {
  return p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);
}

function labels(body: string, numbering: string, styles?: string): (string | undefined)[] {
  const snapshot = readDocx(docx(body, { numbering: numberingXml(numbering), ...(styles ? { styles: stylesXml(styles) } : {}) }));
  return snapshot.blocks.map((b) => (b as Paragraph).label);
}

describe('list labels computed from numbering.xml', () => {
  it('counts levels and restarts deeper levels under a new parent', () => {
    const body = [item('a', 1), item('b', 1, 1), item('c', 1, 1), item('d', 1, 2), item('e', 1), item('f', 1, 1)].join('');
    expect(labels(body, `${outline}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`)).toEqual(['1', '1.1', '1.2', 'a)', '2', '2.1']);
  });

  it('continues the count across list instances that share a definition', () => {
    const numbering = `${outline}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>`;
    expect(labels([item('a', 1), p('between'), item('b', 2)].join(''), numbering)).toEqual(['1', undefined, '2']);
  });

  it('restarts at a start override', () => {
    const numbering =
      `${outline}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
      `<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>`;
    expect(labels([item('a', 1), item('b', 1), item('c', 2), item('d', 2)].join(''), numbering)).toEqual(['1', '2', '5', '6']);
  });

  it('uses start values and formats: roman, letters, zero-padded, ordinal, legal', () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>` +
      `<w:lvl w:ilvl="1"><w:start w:val="26"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1.%2"/><w:isLgl/></w:lvl></w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1">${level(0, 'decimalZero', '%1')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="2">${level(0, 'ordinal', '%1')}</w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>`;
    const body = [item('a', 1), item('b', 1), item('c', 1, 1), item('d', 1, 1), item('e', 2), item('f', 3), item('g', 3)].join('');
    expect(labels(body, numbering)).toEqual(['III.', 'IV.', '4.Z', '4.AA', '01', '1st', '2nd']);
  });

  it('keeps a deeper level counting when lvlRestart says never', () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1')}${level(1, 'decimal', '(%2)', '<w:lvlRestart w:val="0"/>')}</w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    expect(labels([item('a', 1), item('b', 1, 1), item('c', 1), item('d', 1, 1)].join(''), numbering)).toEqual(['1', '(1)', '2', '(2)']);
  });

  it('shows bullets, including Symbol-font private-use bullets, as Word does', () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${level(0, 'bullet', '\uf0b7')}${level(1, 'bullet', '–')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    expect(labels([item('a', 1), item('b', 1, 1)].join(''), numbering)).toEqual(['•', '–']);
  });

  it('takes list membership and outline level from a paragraph style and the styles it is based on', () => {
    const styles =
      `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="AgendaItem"><w:name w:val="Agenda Item"/><w:basedOn w:val="Heading1"/></w:style>`;
    const numbering = `${outline}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const snapshot = readDocx(
      docx([p('Opening', '<w:pStyle w:val="Heading1"/>'), p('Agenda', '<w:pStyle w:val="AgendaItem"/>'), p('Plain', '<w:pStyle w:val="AgendaItem"/><w:numPr><w:numId w:val="0"/></w:numPr>')].join(''), {
        numbering: numberingXml(numbering),
        styles: stylesXml(styles),
      }),
    );
    expect(snapshot.blocks).toMatchObject([
      { label: '1', style: 'heading 1', outlineLevel: 0 },
      { label: '2', style: 'Agenda Item', outlineLevel: 0 },
      { text: 'Plain', style: 'Agenda Item' },
    ]);
    expect((snapshot.blocks[2] as Paragraph).label).toBeUndefined();
  });

  it('keeps labels bounded whatever start a damaged or hostile list declares', () => {
    const start = (id: number, value: string, format: string) =>
      `<w:abstractNum w:abstractNumId="${id}"><w:lvl w:ilvl="0"><w:start w:val="${value}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="${id + 1}"><w:abstractNumId w:val="${id}"/></w:num>`;
    const numbering = [
      start(0, '2147483647', 'upperLetter'),
      start(1, '2147483647', 'lowerRoman'),
      start(2, '1e300', 'upperLetter'),
      start(3, '-5', 'decimal'),
      start(4, '780', 'upperLetter'),
      start(5, '4000', 'upperRoman'),
    ].join('');
    const body = [1, 2, 3, 4, 5, 5, 6].map((numId) => item(`item ${numId}`, numId)).join('');
    expect(labels(body, numbering)).toEqual(['2147483647.', '2147483647.', 'A.', '1.', `${'Z'.repeat(30)}.`, '781.', '4000.']);
  });

  it('ignores list and outline levels past what Word allows, and keeps grid spans and offsets within 63 columns', () => {
    const body =
      p('deep', '<w:numPr><w:ilvl w:val="1e300"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="-1"/>') +
      '<w:tbl><w:tr><w:trPr><w:gridBefore w:val="1e300"/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val="99999999999"/></w:tcPr><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>';
    const snapshot = readDocx(docx(body, { numbering: numberingXml(`${outline}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`) }));
    expect(snapshot.blocks[0]).toEqual({ kind: 'paragraph', text: 'deep', label: '1', listLevel: 0 });
    expect((snapshot.blocks[1] as Table).rows[0]!.cells.map((c) => [c.gridCol, c.span])).toEqual([[63, 63], [126, 1]]);
  });
});
