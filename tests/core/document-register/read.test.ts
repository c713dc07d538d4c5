// The document register reader on the header words and cell phrasings real exports use: each variant of the number,
// revision, status, item and chain columns; revisions in the number or their own column; chains written in comments;
// and what it cannot map, said in its notes rather than guessed.
import { describe, expect, it } from 'vitest';
import { registerOf } from '../../helpers/rules';

describe('the document register reader', () => {
  it.each([
    ['TD #', 'TD624'],
    ['TD/C #', 'TD624'],
    ['Tdoc', 'S2-2408687'],
    ['TDoc', 'S2-2408687'],
    ['Document', 'C103'],
    ['No.', 'TD 624'],
  ])('finds the number under "%s"', (header, number) => {
    const register = registerOf([`${header} | Title`, `${number} | Operational plan`]);
    expect(register.documents).toHaveLength(1);
    expect(register.documents[0]!.title).toBe('Operational plan');
  });

  it.each([
    ['in the number', 'TD # | Title', 'TD624R3 | Plan', 'TD624R3'],
    ['in the number, ITU-T style', 'TD # | Title', 'TD 624 Rev.3 | Plan', 'TD624R3'],
    ['in the number, with its series', 'TD # | Title', 'TD 624-R3 (PLEN/17) | Plan', 'TD624R3'],
    ['in a Rev column', 'TD # | Rev | Title', 'TD624 | 3 | Plan', 'TD624R3'],
    ['in a Revision column, "Rev.3"', 'TD # | Revision | Title', 'TD624 | Rev.3 | Plan', 'TD624R3'],
    ['in a Last rev column', 'TD # | Last rev | Title', 'TD624 | R3 | Plan', 'TD624R3'],
    ['none (Rev 0)', 'TD # | Rev | Title', 'TD624 | 0 | Plan', 'TD624'],
    ['a bare number under "TD #"', 'TD # | Rev | Title', '624 | 3 | Plan', 'TD624R3'],
  ])('reads the revision %s', (_, header, row, id) => {
    expect(registerOf([header, row]).documents.map((d) => d.id)).toEqual([id]);
  });

  it.each([
    ['Status', 'Withdrawn'],
    ['TDoc Status', 'withdrawn'],
    ['Result', 'Withdrawn'],
  ])('reads the status under "%s"', (header, status) => {
    expect(registerOf([`Tdoc | ${header}`, `S2-2407473 | ${status}`]).documents[0]!.status).toBe(status);
  });

  it.each([
    ['AI', '4.1'],
    ['Agenda item', '4.1'],
    ['Allocated to', 'AI 4.1 – Common issues'],
  ])('reads the agenda item under "%s"', (header, item) => {
    expect(registerOf([`Tdoc | ${header}`, `S2-2407399 | ${item}`]).documents[0]!.item).toBe('4.1');
  });

  it.each([
    ['Revised to', 'S2-2408478 | S2-2408687', 'S2-2408478', 'S2-2408687'],
    ['Revised in', 'TD624 | TD 624 Rev.1', 'TD624', 'TD624R1'],
    ['Is revision of', 'S2-2408687 | S2-2408478', 'S2-2408478', 'S2-2408687'],
    ['Revision of', 'S2-2408687 | S2-2408478', 'S2-2408478', 'S2-2408687'],
  ])('links revisions through a "%s" column', (header, row, from, to) => {
    const register = registerOf([`Tdoc | ${header}`, row, 'S2-2408478 | -', 'TD624 | -']);
    expect(register.documents.find((d) => d.id === from)?.revisedTo).toBe(to);
  });

  it.each([
    ['Revised to S2-2408687.', { revisedTo: 'S2-2408687' }],
    ['Response to S2-2407399. Revised to S2-2408687.Samsung believe some SA2 work is required', { revisedTo: 'S2-2408687' }],
    ['Revised, merging S2-2408113, to S2-2408689.', { revisedTo: 'S2-2408689' }],
    ['Revised in parallel session, merging S2-2408518, S2-2407850, to S2-2408906.', { revisedTo: 'S2-2408906' }],
    ['This was left for off-line discussion and revised to S2-2408905.Revised in parallel session to S2-2408905.', { revisedTo: 'S2-2408905' }],
    ['Merged into S2-2408689', { mergedInto: 'S2-2408689' }],
    ['Response to S2-2407426. Response drafted in S2-2408691', {}],
    ['Postponed S2-2000047 from S2#136AH', {}],
  ])('reads the comment "%s"', (comment, links) => {
    const [document] = registerOf(['TD# | Comment | Result', `S2-2408001 | ${comment} | `]).documents;
    expect({ revisedTo: document!.revisedTo, mergedInto: document!.mergedInto }).toEqual({ revisedTo: undefined, mergedInto: undefined, ...links });
  });

  it('takes an Annex A as a register, its "#" column left to the row numbers', () => {
    const register = registerOf(['# | Category | TD/C # | Source | Title', '1 | Admin | TD514 | Chairman | Draft agenda', '2 | Contribution | C103 | Switzerland | Proposal']);
    expect(register.documents).toEqual([
      { id: 'TD514', category: 'Admin', source: 'Chairman', title: 'Draft agenda' },
      { id: 'C103', category: 'Contribution', source: 'Switzerland', title: 'Proposal' },
    ]);
    expect(register.notes).toContain('Columns not used: #.');
  });

  it('says what it could not map instead of guessing', () => {
    const register = registerOf([
      'TD # | Rev | AI | Status | Title | Meeting',
      'TD624 | 3 | 2.3 | Agreed | Plan | TSAG',
      'TD6x4 | | 2.3 | | Typo | TSAG',
      'TD625 | final | WP2 | Block Approve? | Plan B | TSAG',
      'TD624 | 3 | 2.3 | | Twice | TSAG',
    ]);
    expect(register.documents.map((d) => d.id)).toEqual(['TD624R3', 'TD625']);
    expect(register.notes).toEqual([
      'Columns read: TD # (number), Rev (revision), AI (agenda item), Status (status), Title (title).',
      'Columns not used: Meeting.',
      '1 row has a number that is not a document number (row 3 "TD6x4"): skipped.',
      '1 revision cell is not a revision number (row 4 "final"): the number was read without it.',
      '1 document has a status Docket does not know ("Block Approve?"): treated as neither withdrawn nor revised.',
      '1 agenda item cell is not an item number ("WP2"): not compared with the agenda.',
      '1 document appears more than once (TD624R3): the first row is kept.',
    ]);
  });

  it('says which columns it lacks, and when no table has document numbers', () => {
    expect(registerOf(['Tdoc | Title', 'S2-2408687 | Reply LS']).notes).toContain('No status, no agenda item column: what depends on them is not checked.');
    const none = registerOf(['Item | Topic', '1 | Opening']);
    expect(none.documents).toEqual([]);
    expect(none.notes).toEqual(['No table has a document-number column (TD #, TD/C #, Tdoc, TDoc, Document, No. with document numbers): no documents were read.']);
  });
});
