// Work plans (issue 9): a schedule of deliverables with dated stages and a status, read from Excel (the OData v3
// editors' plan in ../shared/corpus/more) and from a Word table alike; and the tables that must stay what they are.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, tableFromRows, type Meeting } from '../../../src/core';
import { readAnyFile } from '../../../src/io/read';
import { readDocument } from '../../../src/io/read-document';
import { docx, table } from '../../helpers/docx';
import { bytesOf, CORPUS } from '../../helpers/shared';

const HEADER = ['Item', 'Author', 'Draft ETA', 'Reviewer', 'Reviewer ETA', 'Ready for Editor ETA', 'Status', 'Notes'];

/** Each deliverable as title, status and its stages (name, step, date or state). */
function plan(meeting: Meeting) {
  return meeting.workPlan.map((w) => [w.title, w.status ?? w.statusText, w.stages.map((s) => [s.name, s.step, s.date ?? s.state])]);
}

describe('a work plan', () => {
  it('is read from the OData v3 workbook: one deliverable a row, its ETAs as stages, the blank row left out', async () => {
    const read = await readAnyFile('odata-v3__Schedule.xlsx', bytesOf(join(CORPUS, 'more/odata-v3__Schedule.xlsx')));
    if (!read.ok) throw new Error(read.message);
    const { meeting } = analyse(read.value);
    expect(meeting.tables.map((t) => [t.kind, t.rows])).toEqual([['work-plan', 29]]);
    expect(meeting.workPlan).toHaveLength(29);
    const csdl = plan(meeting).find(([title]) => title === 'OData Core – Appendix – Formal CSDL description');
    expect(csdl).toEqual([
      'OData Core – Appendix – Formal CSDL description',
      'in-progress',
      [
        ['Draft ETA', 1, '2012-03-26'],
        ['Reviewer ETA', 2, '2012-03-19'],
      ],
    ]);
    expect(plan(meeting)[0]).toEqual(['OData Core - Overview', 'in-progress', [['Draft ETA', 1, 'done'], ['Reviewer ETA', 2, '2012-03-18']]]);
    // "?" and "Later" are neither a date nor a state: the stage is kept, undated.
    expect(plan(meeting).at(-1)).toEqual(['JSON Format (efficient format) + its vocab', 'not-started', [['Draft ETA', 1, undefined], ['Reviewer ETA', 2, undefined]]]);
    // Its dates are planned dates, not meeting days or deadlines.
    expect(new Set(meeting.dates.map((d) => d.role))).toEqual(new Set(['planned']));
  });

  it('is read the same from a Word table, dates written out', () => {
    const bytes = docx(
      table([
        HEADER,
        ['OData Core – Appendix – Formal CSDL description', 'MarkS', '26 March 2012', 'alexj', '19 March 2012', '', 'In Progress', ''],
        ['JSON (verbose version)', 'Arlo', 'Done', 'Pablo, MikeP', '15 March 2012', '', 'Not Started', ''],
      ]),
    );
    const read = readDocument('plan.docx', bytes);
    if (!read.ok) throw new Error(read.message);
    const { meeting } = analyse(read.value);
    expect(meeting.tables.map((t) => t.kind)).toEqual(['work-plan']);
    expect(plan(meeting)).toEqual([
      ['OData Core – Appendix – Formal CSDL description', 'in-progress', [['Draft ETA', 1, '2012-03-26'], ['Reviewer ETA', 2, '2012-03-19']]],
      ['JSON (verbose version)', 'not-started', [['Draft ETA', 1, 'done'], ['Reviewer ETA', 2, '2012-03-15']]],
    ]);
  });

  it.each([
    ['deliverables with start and end', ['Deliverable', 'Editor', 'Start date', 'End date', 'Status'], ['Start date', 0], ['End date', 4]],
    ['drafts, reviews and a final text', ['Task', 'Draft due', 'Review due', 'Final due', 'Status'], ['Draft due', 1], ['Final due', 3]],
    ['a target date naming no stage', ['Milestone', 'Owner', 'Target date', 'State'], ['Target date', undefined], ['Target date', undefined]],
  ])('names its stages from the headers: %s', (_, header, first, last) => {
    const { meeting } = analyse({ blocks: [tableFromRows([header, header.map((_, i) => (i === 0 ? 'Profiles' : 'Not Started'))])] });
    expect(meeting.tables.map((t) => t.kind)).toEqual(['work-plan']);
    expect(meeting.workPlan).toHaveLength(1);
    const stages = meeting.workPlan[0]!.stages.map((s) => [s.name, s.step]);
    expect([stages[0], stages.at(-1)]).toEqual([first, last]);
  });

  it.each([
    ['Status', 'Not Started', 'not-started'],
    ['STATUS\n(at 24 Jun 2024)', 'In Progress', 'in-progress'],
  ])('reads its status under "%s", as a list of actions does (S-101PT13 dates its status column)', (status, cell, state) => {
    // "Status date", before it, is a dated column, not the status.
    const header = ['Item', 'Author', 'Draft ETA', 'Reviewer ETA', 'Status date', status];
    const { meeting } = analyse({ blocks: [tableFromRows([header, ['JSON Format', 'Arlo', '26 March 2012', '2 April 2012', '1 March 2012', cell]])] });
    expect(meeting.tables.map((t) => t.kind)).toEqual(['work-plan']);
    expect(plan(meeting)).toEqual([['JSON Format', state, [['Draft ETA', 1, '2012-03-26'], ['Reviewer ETA', 2, '2012-04-02'], ['Status date', undefined, '2012-03-01']]]]);
  });

  it.each([
    ['a status list without dates (IETF DNSOP chairs)', ['Item', 'Current Status', 'Followup Actions'], 'parse/unrecognised'],
    ['a document list with a status and a date', ['TD #', 'Title', 'Source', 'Status', 'Date'], 'document-list'],
    ['a timed agenda with a status column', ['Timing', '#', 'Agenda Item', 'Status'], 'agenda'],
    ['an e-meeting plan', ['Date, Time (Geneva time)', 'Objectives', 'Contribution Deadline'], 'interim-meetings'],
    ['a list of people', ['Name', 'Role', 'Email'], 'parse/unrecognised'],
  ])('leaves %s as it was', (_, header, kind) => {
    const rows = [header, header.map(() => '1'), header.map(() => '2')];
    const { meeting } = analyse({ blocks: [tableFromRows(rows)] });
    expect(meeting.tables.map((t) => t.kind)).toEqual(kind.startsWith('parse/') ? [] : [kind]);
    expect(meeting.workPlan).toEqual([]);
  });
});
