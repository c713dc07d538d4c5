// Structure as other secretariats build it (issue 9): an agenda continued over several tables read as one, and a
// meeting date given under a "Meeting date(s):" label. Cases from the ISO/TC 211 notices of ../shared/corpus/more,
// and the ones that must stay apart or silent.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, tableFromRows, type Block, type Table } from '../../../src/core';
import { analyseFile } from '../../helpers/analyse';
import { CORPUS } from '../../helpers/shared';

const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
const analysed = (...blocks: Block[]) => analyse({ blocks });
const numbersOf = (blocks: Block[]) => analysed(...blocks).meeting.agenda.map((i) => i.number);

/** A table whose cells' "1. Title" are drawn by Word's list numbering: the label apart from the text. */
function listNumbered(rows: string[][]): Table {
  const table = tableFromRows(rows);
  for (const paragraph of table.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs))) {
    const drawn = /^(\d+\.) (.*)$/.exec(paragraph.text);
    if (drawn) Object.assign(paragraph, { label: drawn[1], listLevel: 0, text: drawn[2] });
  }
  return table;
}

/** The HMMG May 2023 schedule: the header row alone, the day's row and two items, then the next items. */
const HMMG = [
  tableFromRows([['Day/Time', 'Agenda item', 'Chair']]),
  paragraph(''),
  listNumbered([
    ['Wednesday,\nMay 17th\n04:30-05:30 UTC', 'HMMG', ''],
    ['', '1. Welcome and introduction', 'HMMG Convenor'],
    ['', '2. Roll call', 'All'],
  ]),
  listNumbered([
    ['', '3. Status for the Harmonized Model and the Programme of work', 'HMMG Convenor'],
    ['', '4. Project Teams’ work with the Harmonized Model', 'HMMG Convenor'],
    ['', '5. HMMG work and model maintenance', 'HMMG Convenor'],
  ]),
];

const AGENDA = tableFromRows([
  ['No.', 'Agenda item', 'Lead'],
  ['1', 'Opening of the meeting', 'Convenor'],
  ['2', 'Roll call of delegates', 'Members'],
  ['3', 'Adoption of the agenda', 'Members'],
]);

describe('an agenda continued over several tables', () => {
  it('is one agenda: the header row alone, then the rows, numbering and session running on (HMMG)', () => {
    const { meeting, findings } = analysed(paragraph('Meeting dates: 2023-05-17 13:30-14:30 (04:30-05:30 UTC)'), ...HMMG);
    expect(meeting.agenda.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(meeting.sessions.map((s) => [s.label, s.date, s.start, s.end])).toEqual([['HMMG', '2023-05-17', '04:30', '05:30']]);
    expect(meeting.agenda.every((i) => i.session === 0)).toBe(true);
    expect(meeting.agenda[2]!.location).toMatchObject({ block: 4, row: 0 });
    expect(meeting.tables).toHaveLength(1);
    expect(meeting.tables[0]!.rows).toBe(6);
    expect(findings.filter((f) => f.ruleId.startsWith('parse/'))).toEqual([]);
  });

  it.each([
    {
      what: 'rows continued after a table with its own header and items',
      more: [['4', 'Liaisons', 'Convenor'], ['5', 'Any other business', 'Members']],
      numbers: ['1', '2', '3', '4', '5'],
      gap: [],
    },
    { what: 'a number skipped across the break', more: [['5', 'Any other business', 'Members']], numbers: ['1', '2', '3', '5'], gap: ['numbering/gap: Item 5 follows item 3; item 4 is missing.'] },
  ])('counts on across the tables: $what', ({ more, numbers, gap }) => {
    const { meeting, findings } = analysed(AGENDA, tableFromRows(more));
    expect(meeting.agenda.map((i) => i.number)).toEqual(numbers);
    expect(new Set(meeting.agenda.map((i) => i.list)).size).toBe(1);
    expect(findings.filter((f) => f.ruleId.startsWith('numbering/')).map((f) => `${f.ruleId}: ${f.message}`)).toEqual(gap);
  });

  it.each([
    { what: 'a second agenda with its own header', after: [AGENDA], numbers: ['1', '2', '3', '1', '2', '3'] },
    { what: 'a table of another width (participants)', after: [tableFromRows([['4', 'Ann Smith'], ['5', 'Bo Li']])], numbers: ['1', '2', '3'] },
    { what: 'a table after a paragraph of text', after: [paragraph('Annex: background'), tableFromRows([['4', 'Liaisons', 'Convenor']])], numbers: ['1', '2', '3'] },
    {
      what: 'a table as wide whose rows are not agenda rows',
      after: [tableFromRows([['Ann Smith', 'Acme', 'yes'], ['Bo Li', 'Initech', 'no'], ['Cy Young', 'Hooli', 'yes']])],
      numbers: ['1', '2', '3'],
    },
  ])('stays apart from $what', ({ after, numbers }) => {
    const { meeting, findings } = analysed(AGENDA, ...after);
    expect(meeting.agenda.map((i) => i.number)).toEqual(numbers);
    expect(findings.filter((f) => f.ruleId === 'numbering/duplicate')).toEqual([]);
  });

  it('a header row alone with nothing after it is no agenda', () => {
    expect(numbersOf([HMMG[0]!, paragraph('Schedule to follow.')])).toEqual([]);
  });

  it('reads the HMMG May 2023 notice: nine items in one 04:30-05:30 UTC session on Wednesday 17 May', () => {
    const { meeting, findings } = analyseFile(join(CORPUS, 'more/isotc211-hmmg__HMMG_Notice_and_Draft_Agenda_Hybrid_May2023.docx'));
    const schedule = meeting.agenda.filter((i) => i.location.row !== undefined);
    expect(schedule.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(schedule.every((i) => i.session === 0)).toBe(true);
    expect(meeting.sessions).toMatchObject([{ date: '2023-05-17', start: '04:30', end: '05:30', timeZone: 'UTC' }]);
    expect(findings.map((f) => f.ruleId)).toEqual([]);
  });
});

describe('a meeting date under a label', () => {
  it.each([
    { what: 'written after the label (AG10)', blocks: [paragraph('Meeting date: 21st May 2025')], start: '2025-05-21' },
    { what: 'in the next paragraph of its cell (AG10)', blocks: [tableFromRows([['Secretariat\nSweden', 'Meeting\nMeeting date:\n21st May 2025\nPlease register']])], start: '2025-05-21' },
    { what: 'in the next cell (HMMG)', blocks: [tableFromRows([['Meeting dates:', '2023-12-06 13:30-14:30 IST (08:00-09:00 UTC)'], ['Venue:', 'New Delhi, India, and Virtual, Zoom.']])], start: '2023-12-06' },
  ])('is the meeting date: $what', ({ blocks, start }) => {
    expect(analysed(...blocks).meeting.facts).toMatchObject({ start, end: start });
  });

  it.each([
    { what: "the notice's own date (AG10's 'Date | 2025-02-05')", blocks: [tableFromRows([['Date\n2025-02-05', 'Reference\nN 68']])] },
    { what: 'a label whose next paragraph is in another row', blocks: [tableFromRows([['Meeting dates:', ''], ['Registration deadline', '2025-05-07']])] },
    { what: 'a deadline', blocks: [paragraph('Registration deadline: 2025-05-07')] },
  ])('is not: $what', ({ blocks }) => {
    expect(analysed(...blocks).meeting.facts.start).toBeUndefined();
  });
});

describe('the hours of a one-day meeting written after its date', () => {
  const head = (value: string, ...more: Block[]) => analysed(tableFromRows([['Meeting dates:', value], ['Venue:', 'New Delhi, India, and Virtual, Zoom.']]), ...more).meeting;

  it.each([
    // ISO/TC 211 HMMG, New Delhi: IST is India's here, as the UTC hours beside it say (13:30 at UTC+5:30 is 08:00 UTC).
    { what: 'IST with its UTC hours (HMMG December 2023)', value: '2023-12-06 13:30-14:30 IST (08:00-09:00 UTC)', session: { date: '2023-12-06', start: '13:30', end: '14:30', timeZone: 'Asia/Kolkata' } },
    // The same label in Dublin in November: Ireland is on GMT.
    { what: 'IST that the UTC hours make Irish', value: '2024-11-04 17:30-19:00 IST (17:30-19:00 UTC)', session: { date: '2024-11-04', start: '17:30', end: '19:00', timeZone: 'Europe/Dublin' } },
    { what: 'a zone written before the hours', value: '21 May 2025, UTC 01:00-07:30', session: { date: '2025-05-21', start: '01:00', end: '07:30', timeZone: 'UTC' } },
    { what: 'an offset label', value: 'Friday, 7 June 2024 from 14:00 to 16:00 UTC+2', session: { date: '2024-06-07', start: '14:00', end: '16:00', timeZone: 'Etc/GMT-2' } },
    { what: 'hours with no zone', value: '2023-05-17 13:30-14:30', session: { date: '2023-05-17', start: '13:30', end: '14:30' } },
    { what: 'IST with nothing to tell India from Ireland', value: '2023-12-06 13:30-14:30 IST', session: { date: '2023-12-06', start: '13:30', end: '14:30' } },
  ])('are its session: $what', ({ value, session }) => {
    const meeting = head(value);
    expect(meeting.sessions).toHaveLength(1);
    expect(meeting.sessions[0]).toStrictEqual(expect.objectContaining(session));
    expect(meeting.sessions[0]!.timeZone).toBe((session as { timeZone?: string }).timeZone);
    if ('timeZone' in session) expect(meeting.facts.timeZone).toBe(session.timeZone);
  });

  it.each([
    { what: 'a meeting of several days (its daily hours are no one session)', value: '4-8 November 2024, 09:00-17:00 CET' },
    { what: 'a time that is not right after the date', value: '2025-05-21, registration opens at 08:00-09:00' },
    { what: 'a single time, not a window', value: '2025-05-21 01:00 UTC' },
  ])('are not read for $what', ({ value }) => {
    expect(head(value).sessions).toEqual([]);
  });

  it('give way to the sessions of the agenda (HMMG May 2023: the schedule names the session)', () => {
    const meeting = head('2023-05-17 13:30-14:30 (04:30-05:30 UTC)', ...HMMG);
    expect(meeting.sessions.map((s) => [s.label, s.start, s.end, s.timeZone])).toEqual([['HMMG', '04:30', '05:30', 'UTC']]);
  });

  it('reads the HMMG December 2023 notice: one session, 13:30-14:30 India Standard Time on 6 December, and no finding', () => {
    const { meeting, findings } = analyseFile(join(CORPUS, 'more/isotc211-hmmg__HMMG_Notice_and_Draft_Agenda_Hybrid_December2023.docx'));
    expect(meeting.sessions).toMatchObject([{ date: '2023-12-06', start: '13:30', end: '14:30', timeZone: 'Asia/Kolkata' }]);
    expect(findings.map((f) => f.ruleId)).toEqual([]);
  });
});

describe('a list of decisions and actions', () => {
  const HEADER = ['', 'SUBJECT', 'ACTION\nNo.', 'ACTIONS\n(in bold, action by)', 'TARGET\nDATE/EVENT', 'STATUS\n(at 24 Jun 2024)'];

  it('reads one action per numbered row, decisions and standing entries left out (IHO S-101PT13)', () => {
    const { meeting } = analysed(
      tableFromRows([
        HEADER,
        ['', 'Contact List', 'Permanent', 'IHO Member States and Stakeholders to ensure that their Organization details are up to date.', 'Permanent', ''],
        ['02', 'Agenda', '', 'S-101PT13 approved the agenda Version 1.0 and associated timetable.', '', 'Decision'],
        ['05', 'S-101PT Actions', 'S-101PT13/02', 'FI to investigate their regulatory requirements for depth reporting.', 'S-101PT14', ''],
        ['05', 'S-101PT Actions', 'S-101PT13/04', 'IHO Sec to update the S-101PT consolidated Actions list.', 'End of June 2024', 'Complete'],
      ]),
    );
    expect(meeting.tables.map((t) => t.kind)).toEqual(['action-list']);
    expect(meeting.actions.map((a) => [a.id, a.text, a.location.row])).toEqual([
      ['S-101PT13/02', 'FI to investigate their regulatory requirements for depth reporting.', 3],
      ['S-101PT13/04', 'IHO Sec to update the S-101PT consolidated Actions list.', 4],
    ]);
  });

  it.each([
    { what: 'an action id given twice', ids: ['S-101PT13/07', 'S-101PT13/07'], rules: ['action/duplicate-id'] },
    { what: 'ids each given once', ids: ['S-101PT13/07', 'S-101PT13/08'], rules: [] },
  ])('checks its actions: $what', ({ ids, rules }) => {
    const rows = ids.map((id, i) => ['06.1', 'DCEG Sub-Group Update', id, `Action text ${i}`, 'S-101 Edition 2.0.0', '']);
    expect(analysed(tableFromRows([HEADER, ...rows])).findings.map((f) => f.ruleId)).toEqual(rules);
  });

  it.each([
    { what: 'an agenda with an Action column (ISO/TC 211 AG 10)', header: ['', 'Agenda item', 'Action', 'Lead'], kind: 'agenda' },
    { what: 'a table with no action number column', header: ['Item', 'Actions', 'Owner', 'Due'], kind: undefined },
  ])('is not: $what', ({ header, kind }) => {
    const { meeting } = analysed(tableFromRows([header, ['1.', 'Opening of the meeting', 'Recap', 'Convenor'], ['2.', 'Roll call', 'Discussion', 'Members']]));
    expect(meeting.tables[0]?.kind).toBe(kind);
    expect(meeting.actions).toEqual([]);
  });

  it('reads the sixty numbered actions of S-101PT13, each id once, with its item and owner', () => {
    const { meeting, findings } = analyseFile(join(CORPUS, 'more/iho-s101pt__S-101PT13_2024_00.1_EN_List_of_Decisions_and_Actions_from_S-101PT13_V1.0.docx'));
    expect(meeting.actions.map((a) => a.id)).toEqual(Array.from({ length: 60 }, (_, i) => `S-101PT13/${String(i + 1).padStart(2, '0')}`));
    expect(meeting.actions.every((a) => a.text !== '')).toBe(true);
    expect(meeting.actions.map((a) => a.item).filter((item) => item === undefined)).toHaveLength(1);
    expect(meeting.actions.slice(0, 3).map((a) => [a.item, a.owner])).toEqual([
      ['03', 'IHO Sec'],
      ['05', 'FI'],
      ['05', 'IHO Sec and KHOA'],
    ]);
    expect(findings.map((f) => [f.ruleId, f.location.text])).toEqual([
      ['table/cut-short-header', 'ion'],
      ['action/status-in-target', 'Decision'],
      ['action/status-in-target', 'Decision'],
      ['numbering/gap', '07.7'],
      ['date/weekend', '22/06/24'],
      ['date/weekend', '22/06/24'],
    ]);
  });
});
