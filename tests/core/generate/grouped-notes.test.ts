// What a generator says of several documents is said once, with their count and names, where the first was said.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES, analyse, annexPlan, groupedNotes, type GenerationNote } from '../../../src/core';
import { readDocx } from '../../../src/io/docx/read';
import { docx, p, table } from '../../helpers/docx';

const missing = (id: string): GenerationNote => ({ message: `${id} is missing.`, group: { many: 'documents are missing', about: id } });

describe('grouped notes', () => {
  it('says once what it says of several documents, at the first one, and leaves the others as they are', () => {
    const notes = [missing('TD1'), { message: 'In the list but cited nowhere, kept: TD9.' }, missing('TD2'), missing('TD3')];
    expect(groupedNotes(notes)).toEqual(['3 documents are missing: TD1, TD2, TD3.', 'In the list but cited nowhere, kept: TD9.']);
  });

  it('keeps a note of its own group when no other shares it', () => {
    expect(groupedNotes([missing('TD1')])).toEqual(['TD1 is missing.']);
  });

  it('groups the documents Annex A adds without a description', () => {
    const items = [['Timing', '#', 'Agenda Item', 'Docs', 'Summary and Proposal'], ['14:30 hours', '1', 'Opening', 'TD10, TD12, TD13, TD14', 'To note.']];
    const list = [['#', 'Category', 'TD/C #', 'Source', 'Title'], ['1. ', 'Admin', 'TD10', 'TSB', 'Agenda']];
    const snapshot = readDocx(docx(p('Agenda') + table(items) + p('Annex A:') + p('Documentation') + table(list)));
    const plan = annexPlan(analyse(snapshot).meeting, snapshot, { categories: DEFAULT_CATEGORIES });
    expect(plan.notes).toHaveLength(3);
    expect(groupedNotes(plan.notes)).toEqual(['3 documents are cited but have no description in the document list (added: complete their category, source and title): TD12, TD13, TD14.']);
  });
});
