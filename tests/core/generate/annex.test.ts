import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES, documentAnnex } from '../../../src/core';
import { analyseFile } from '../../helpers/analyse';
import { TD514 } from '../../helpers/shared';

const { meeting } = analyseFile(TD514);
const ids = (spec: ReturnType<typeof documentAnnex>) => spec.rows.map((r) => r.cells[2]!.text);

describe('the document list annex', () => {
  it('regenerates TD514’s Annex A: its 12 documents in order, numbered, with the category typo noted and kept', () => {
    const spec = documentAnnex(meeting, { order: 'list', categories: DEFAULT_CATEGORIES });
    expect(spec.header).toEqual(['#', 'Category', 'TD/C #', 'Source', 'Title']);
    expect(spec.rows.map((r) => r.cells.map((c) => c.text))).toEqual(
      meeting.documents.map((d, i) => [String(i + 1), d.category, d.raw, d.source, d.title]),
    );
    expect(spec.notes).toEqual([{ row: 9, message: 'TD667R1: the category "infomration" is not in the vocabulary (did you mean "Information"?); it is kept as written.' }]);
  });

  it('orders by first citation, or by category then number', () => {
    expect(ids(documentAnnex(meeting, { order: 'citation', categories: DEFAULT_CATEGORIES })).slice(0, 4)).toEqual(['TD514', 'TD526', 'TD599', 'TD667R1']);
    const byCategory = documentAnnex(meeting, { order: 'category', categories: DEFAULT_CATEGORIES });
    expect(byCategory.rows.map((r) => `${r.cells[1]!.text}:${r.cells[2]!.text}`).slice(0, 5)).toEqual(['Admin:TD514', 'Admin:TD526', 'Contribution:C103', 'infomration:TD667R1', 'Information:TD497']);
  });

  it('takes what an imported register says first, and marks documents nobody has described', () => {
    const cited = { ...meeting, citations: [...meeting.citations, { id: 'TD700', raw: 'TD700', parenthesized: false, location: { block: 0, text: 'TD700' } }] };
    const spec = documentAnnex(cited, {
      order: 'list',
      categories: DEFAULT_CATEGORIES,
      register: [{ id: 'TD514', category: 'Admin', source: 'TSB', title: 'Agenda (final)' }],
    });
    expect(spec.rows[0]!.cells.map((c) => c.text)).toEqual(['1', 'Admin', 'TD514', 'TSB', 'Agenda (final)']);
    expect(spec.rows.at(-1)!.cells.map((c) => c.text)).toEqual(['13', 'TBD', 'TD700', 'TBD', 'TBD']);
    expect(spec.notes.map((n) => n.message)).toContain('TD700 is cited but in neither the document list nor the register: complete its category, source and title.');
  });
});
