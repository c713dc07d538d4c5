import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, type Paragraph, type Table } from '../../../src/core';
import { readDocx } from '../../../src/io/docx/read';
import { docx, numberingXml, p, stylesXml } from '../../helpers/docx';
import { bytesOf, CORPUS } from '../../helpers/shared';

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

  it('numbers in document order a paragraph a damaged file opens inside another, and every one after it', () => {
    // Word never nests w:p; the reader finishes a paragraph as it closes, which here would number the inner one first.
    const numbering = `${outline}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const outer = `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>outer</w:t></w:r>${item('inner', 1)}</w:p>`;
    const snapshot = readDocx(docx([item('first', 1), outer, item('after', 1)].join(''), { numbering: numberingXml(numbering) }));
    expect(snapshot.blocks.map((b) => [(b as Paragraph).text, (b as Paragraph).label])).toEqual([
      ['first', '1'],
      ['outer', '2'],
      ['inner', '3'],
      ['after', '4'],
    ]);
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
    expect(snapshot.blocks[0]).toEqual({ kind: 'paragraph', text: 'deep', label: '1', listLevel: 0, list: 0 });
    expect((snapshot.blocks[1] as Table).rows[0]!.cells.map((c) => [c.gridCol, c.span])).toEqual([[63, 63], [126, 1]]);
  });
});

describe('the list a numbered paragraph counts in', () => {
  const starting = (id: number, start: number) =>
    `<w:abstractNum w:abstractNumId="${id}"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>` +
    `<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum><w:num w:numId="${id + 1}"><w:abstractNumId w:val="${id}"/></w:num>`;
  const listsOf = (body: string, numbering: string) =>
    readDocx(docx(body, { numbering: numberingXml(numbering) })).blocks.map((b) => (b as Paragraph).list);

  it.each([
    { what: 'instances sharing a definition count together: one list', numbering: `${outline}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>`, lists: [0, 0, 0] },
    { what: 'an instance restarting with an override is a list of its own', numbering: `${outline}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`, lists: [0, 0, 1] },
    { what: 'two definitions are two lists', numbering: starting(0, 1) + starting(1, 1), lists: [0, 0, 1] },
  ])('$what', ({ numbering, lists }) => {
    expect(listsOf([item('a', 1), item('b', 1), item('c', 2)].join(''), numbering)).toEqual(lists);
  });

  /** Agenda numbers and numbering findings of paragraphs numbered by two Word lists, the second starting at `start`. */
  function agendaOf(second: string[], start: number) {
    const first = ['Welcome, Introductions, and Logistics', 'WCNPO MLS background', 'Base-case Model'];
    const body = [...first.map((t) => item(t, 1)), p('April 18'), ...second.map((t) => item(t, 2))].join('');
    const { meeting, findings } = analyse(readDocx(docx(body, { numbering: numberingXml(starting(0, 1) + starting(1, start)) })));
    return { numbers: meeting.agenda.map((i) => i.number), lists: new Set(meeting.agenda.map((i) => i.list)).size, numbering: findings.filter((f) => f.ruleId.startsWith('numbering/')).map((f) => f.message) };
  }

  it.each([
    {
      what: 'a second list made to start where the first ended continues it (ISC: 8 Base-case Model, then 8 … (Continued))',
      second: ['Base-case Model (Continued)', 'Recommendations Summary and Review'],
      start: 3,
      expected: { numbers: ['1', '2', '3', '3', '4'], lists: 1, numbering: [] },
    },
    {
      what: 'a second list starting past where the first ended: the numbers skip across the two',
      second: ['Stock assessment', 'Recommendations Summary and Review', 'Close'],
      start: 6,
      expected: { numbers: ['1', '2', '3', '6', '7', '8'], lists: 1, numbering: ['Item 6 follows item 3; items 4 to 5 are missing.'] },
    },
    {
      what: 'a second list starting at 1 is a list of its own: the same numbers are not duplicates',
      second: ['Opening', 'Adoption of the agenda', 'Close'],
      start: 1,
      expected: { numbers: ['1', '2', '3', '1', '2', '3'], lists: 2, numbering: [] },
    },
  ])('$what', ({ second, start, expected }) => {
    expect(agendaOf(second, start)).toEqual(expected);
  });

  it('reads the ISC Billfish agenda as Word shows it: 1 to 8, 8 continued, 9, with no numbering finding', () => {
    const snapshot = readDocx(bytesOf(join(CORPUS, 'more/isc-billwg__Agenda.docx')));
    const { meeting, findings } = analyse(snapshot);
    expect(meeting.agenda.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '8', '9']);
    expect(new Set(meeting.agenda.map((i) => i.list)).size).toBe(1);
    const lists = snapshot.blocks.filter((b): b is Paragraph => b.kind === 'paragraph' && b.label === '8.').map((b) => b.list);
    expect(lists).toEqual([0, 1]);
    expect(findings.filter((f) => f.ruleId.startsWith('numbering/'))).toEqual([]);
  });
});
