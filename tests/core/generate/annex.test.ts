// Annex A kept up to date the way its editor would: rows added for cited documents the list lacks (numbered on, in
// the list's look), cited revisions updated in the agenda's spelling, every other row as it was; uncited rows named
// and dropped only when asked; an imported register filling in what it knows; a new list where there is none.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES, analyse, annexPlan, applyPlan, changesOf, isEmptyPlan, type AnnexRequest } from '../../../src/core';
import { readDocx } from '../../../src/io/docx/read';
import { analyseFile } from '../../helpers/analyse';
import { docx, numberingXml, p, table } from '../../helpers/docx';
import { SA2_136, TD514, WP2 } from '../../helpers/shared';

const SAMPLE = new URL('../../../samples/rg-wm-draft-agenda.docx', import.meta.url).pathname;
const request = (extra: Partial<AnnexRequest> = {}): AnnexRequest => ({ categories: DEFAULT_CATEGORIES, ...extra });

/** A small TD agenda citing `cited` under item 1, with a document list of `listed` rows ("#" typed as written). */
function agenda(cited: string[], listed: [string, string, string, string, string][]) {
  const items = [['Timing', '#', 'Agenda Item', 'Docs', 'Summary and Proposal'], ['14:30 hours', '1', 'Opening', cited.join(', '), 'To note.']];
  const list = [['#', 'Category', 'TD/C #', 'Source', 'Title'], ...listed];
  const snapshot = readDocx(docx(p('Agenda') + table(items) + p('Annex A:') + p('Documentation') + table(list)));
  return { snapshot, meeting: analyse(snapshot).meeting };
}

const texts = (plan: ReturnType<typeof annexPlan>, snapshot: ReturnType<typeof readDocx>) => changesOf(plan, snapshot).map((c) => [c.kind, c.before, c.after]);

describe('Annex A, brought up to date', () => {
  it('writes nothing when the list already lists every cited document (TD514)', () => {
    const { snapshot, meeting } = analyseFile(TD514);
    const plan = annexPlan(meeting, snapshot, request());
    expect(isEmptyPlan(plan)).toBe(true);
    expect(plan.notes).toEqual([]);
  });

  it('updates a cited revision in the list in the agenda’s spelling, and keeps and names a listed document nobody cites (the sample)', () => {
    const { snapshot, meeting } = analyseFile(SAMPLE);
    const plan = annexPlan(meeting, snapshot, request());
    expect(texts(plan, snapshot)).toEqual([['edit', 'TD820', 'TD820-R1']]);
    expect(plan.uncited.map((d) => d.raw)).toEqual(['TD838']);
    expect(plan.notes.map((n) => n.message)).toEqual(['In the list but cited nowhere, kept: TD838.']);
    expect(plan.dropped).toEqual([]);
  });

  it('drops the rows nobody cites only when asked, naming them', () => {
    const { snapshot, meeting } = analyseFile(SAMPLE);
    const plan = annexPlan(meeting, snapshot, request({ dropUncited: true }));
    expect(texts(plan, snapshot)).toContainEqual(['drop', 'Information | TD838 | TSB | Statistics on document submission deadlines', '']);
    expect(plan.notes.map((n) => n.message)).toEqual(['Dropped because nobody cites them: TD838.']);
  });

  it('adds a row for each cited document the list lacks, numbered on in the list’s own form, described from nothing but noted', () => {
    const { snapshot, meeting } = agenda(['TD10', 'TD11', 'TD12'], [['1. ', 'Admin', 'TD10', 'TSB', 'Agenda'], ['2. ', 'Information', 'TD11', 'TSB', 'Report']]);
    const plan = annexPlan(meeting, snapshot, request());
    expect(plan.added).toEqual([{ table: 4, after: 2, cells: ['3. ', '', 'TD12', '', ''] }]);
    expect(plan.notes.map((n) => n.message)).toEqual(['TD12 is cited but not in the document list: added; complete its category, source and title.']);
    const written = analyse(applyPlan(snapshot, plan));
    expect(written.meeting.documents.map((d) => d.raw)).toEqual(['TD10', 'TD11', 'TD12']);
    expect(written.findings.filter((f) => f.ruleId.startsWith('ref/'))).toEqual([]);
  });

  it('leaves the number of a new row to Word where the list numbers its rows with a Word list', () => {
    const numbered = '<w:tc><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:p></w:tc>';
    const numbering = numberingXml('<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>');
    const rows = [['Timing', '#', 'Agenda Item', 'Docs', 'Summary and Proposal'], ['14:30 hours', '1', 'Opening', 'TD10, TD12', 'To note.']];
    const list = [['#', 'Category', 'TD/C #', 'Source', 'Title'], [numbered, 'Admin', 'TD10', 'TSB', 'Agenda']];
    const snapshot = readDocx(docx(table(rows) + p('Annex A:') + table(list), { numbering }));
    const plan = annexPlan(analyse(snapshot).meeting, snapshot, request());
    expect(plan.added).toEqual([{ table: 2, after: 1, cells: ['', '', 'TD12', '', ''] }]);
    const written = applyPlan(snapshot, plan);
    expect(written.blocks[2]).toMatchObject({ rows: { 2: { cells: [{ paragraphs: [{ label: '2.', text: '' }] }, {}, {}, {}, {}] } } });
  });

  it('describes added and listed documents from an imported register, and notes a category outside the vocabulary', () => {
    const { snapshot, meeting } = agenda(['TD10', 'TD12'], [['1', 'Admin', 'TD10', 'TSB', 'Agenda']]);
    const register = [
      { id: 'TD10', category: 'Admin', source: 'Chair', title: 'Agenda' },
      { id: 'TD12', category: 'Infromation', source: 'China', title: 'Proposal' },
    ];
    const plan = annexPlan(meeting, snapshot, request({ register }));
    expect(texts(plan, snapshot)).toEqual([
      ['edit', 'TSB', 'Chair'],
      ['add', '', '2 | Infromation | TD12 | China | Proposal'],
    ]);
    expect(plan.notes.map((n) => n.message)).toEqual(['TD12: the category "Infromation" is not in the vocabulary (did you mean "Information"?); it is kept as written.']);
  });

  it('says a cited document is in neither the list nor an imported register that lacks it, once alone and once grouped', () => {
    const { snapshot, meeting } = agenda(['TD10', 'TD12', 'TD13'], [['1', 'Admin', 'TD10', 'TSB', 'Agenda']]);
    const plan = annexPlan(meeting, snapshot, request({ register: [{ id: 'TD10', category: 'Admin', source: 'TSB', title: 'Agenda' }] }));
    expect(plan.notes.map((n) => n.message)).toEqual([
      'TD12 is cited but not in the document list nor in the register: added; complete its category, source and title.',
      'TD13 is cited but not in the document list nor in the register: added; complete its category, source and title.',
    ]);
    expect(plan.notes.map((n) => n.group?.many)).toEqual(Array(2).fill('documents are cited but have no description in the document list or the register (added: complete their category, source and title)'));
  });

  it('puts an added row after the rows of its category when asked to order by category', () => {
    const { snapshot, meeting } = agenda(['TD10', 'TD11', 'TD12'], [['1', 'Admin', 'TD10', 'TSB', 'Agenda'], ['2', 'Report', 'TD11', 'TSB', 'Report']]);
    const plan = annexPlan(meeting, snapshot, request({ order: 'category', register: [{ id: 'TD12', category: 'Admin', source: 'TSB', title: 'Timetable' }] }));
    expect(plan.added.map((a) => [a.after, a.cells[2]])).toEqual([[1, 'TD12']]);
  });

  it('renumbers the rows after a dropped one when the list types its numbers', () => {
    const { snapshot, meeting } = agenda(['TD10', 'TD12'], [['1.', 'Admin', 'TD10', 'TSB', 'A'], ['2.', 'Admin', 'TD11', 'TSB', 'B'], ['3.', 'Admin', 'TD12', 'TSB', 'C']]);
    const plan = annexPlan(meeting, snapshot, request({ dropUncited: true }));
    expect(texts(plan, snapshot)).toEqual([
      ['drop', '2. | Admin | TD11 | TSB | B', ''],
      ['edit', '3.', '2.'],
    ]);
  });

  it('lists neither the agenda’s own number in its head nor another year’s document it refers to (SA2 #136)', () => {
    const { snapshot, meeting } = analyseFile(SA2_136);
    expect(meeting.facts.documentNumber).toBe('S2-19010847');
    expect(meeting.citations.map((c) => c.raw)).toEqual(['S2-150746']);
    const plan = annexPlan(meeting, snapshot, request());
    expect(isEmptyPlan(plan)).toBe(true);
    expect(plan.notes).toEqual([]);
  });

  it('lists the meeting’s own documents in a new list, not the agenda itself nor older background', () => {
    const head = p('SA WG2 Meeting #136\tS2-1900000') + p('Nov 18 - 22, 2019, Reno, USA') + p('Background: see S2-150746.');
    const snapshot = readDocx(docx(head + p('1 Opening – S2-1900001') + p('2 Reports – S2-1900002, S2-1900000')));
    const { meeting } = analyse(snapshot);
    const plan = annexPlan(meeting, snapshot, request());
    // Cited under an item, the agenda's own number is a citation like any other.
    expect(plan.table!.spec.rows.map((r) => r.cells[2]!.text)).toEqual(['S2-1900001', 'S2-1900002', 'S2-1900000']);
  });

  it('makes a new list where the agenda has none: every cited document, as the agenda spells it, by first citation or by category', () => {
    const { snapshot, meeting } = analyseFile(WP2);
    const plan = annexPlan(meeting, snapshot, request());
    expect(plan.table).toMatchObject({ headings: ['Annex A:', 'Documentation'], spec: { kind: 'annex', header: ['#', 'Category', 'TD/C #', 'Source', 'Title'] } });
    expect(plan.table!.spec.rows.map((r) => r.cells[2]!.text)).toEqual(['TD523', 'TD598', 'TD521', 'TD624-R2', 'TD667-R1', 'TD599', 'TD671', 'TD666-R2', 'TD525', 'TD670', 'TD673', 'TD513']);
    expect(plan.table!.spec.rows.every((r) => r.cells[1]!.text === '')).toBe(true);
    const register = [{ id: 'TD598', category: 'Admin', source: 'TSB', title: 'X' }];
    const byCategory = annexPlan(meeting, snapshot, request({ order: 'category', register }));
    expect(byCategory.table!.spec.rows[0]!.cells.map((c) => c.text)).toEqual(['1', 'Admin', 'TD598', 'TSB', 'X']);
  });
});
