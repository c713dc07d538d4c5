// Actions as secretariats write them (issue 9): lists of decisions and actions whose item column's header is cut
// short (IHO S-101PT13's "ion"), their agenda items checked for gaps, their target and status dates (in figures too),
// and actions written inline in minutes ("Action: Christian to report …", IHO S-101PT Scales). Phrasings from those
// documents, with the cases that must stay silent.
import { describe, expect, it } from 'vitest';
import { analyse, registerRows, tableFromRows } from '../../../src/core';
import { ownerOf } from '../../../src/core/extract/owner';
import { findingsOf } from '../../helpers/rules';

const HEADER = ['ion', 'SUBJECT', 'ACTION\nNo.', 'ACTIONS\n(in bold, action by)', 'TARGET\nDATE/EVENT', 'STATUS\n(at 24 Jun 2024)'];
const listOf = (rows: string[][], header = HEADER) => analyse({ blocks: [tableFromRows([header, ...rows])] });
/** A row of the list: its item, an action number (or none, for a decision), a target and a status. */
const row = (item: string, id = '', target = '', status = '') => [item, 'Subject', id, id ? 'IHO Sec to apply the changes.' : 'S-101PT13 noted the report.', target, status];
/** The text form of a list of actions, for findingsOf: one row a line. */
const textList = (rows: string[][]) => ['ion | SUBJECT | ACTION No. | ACTIONS | TARGET DATE/EVENT | STATUS', ...rows.map((r) => r.join(' | '))].join('\n');

describe('a list of actions whose item column is named by a cut-short header', () => {
  it('reads each action’s item from the column, "07B" and "INF 1" as written, and says the header is cut short', () => {
    const { meeting, findings } = listOf([row('02'), row('06.1H', 'S-101PT13/28'), row('07B', 'S-101PT13/32'), row('INF 1', 'S-101PT13/59'), row('-', 'S-101PT13/60')]);
    expect(meeting.actions.map((a) => [a.id, a.item, a.owner])).toEqual([
      ['S-101PT13/28', '06.1H', 'IHO Sec'],
      ['S-101PT13/32', '07B', 'IHO Sec'],
      ['S-101PT13/59', 'INF 1', 'IHO Sec'],
      ['S-101PT13/60', undefined, 'IHO Sec'],
    ]);
    expect(findings.filter((f) => f.ruleId === 'table/cut-short-header').map((f) => [f.location.text, f.messageId, f.message])).toEqual([
      ['ion', 'readAsItems', 'The column header "ion" looks cut short and names nothing; its cells ("02", "06.1H", "07B") are read as agenda items. Write the header in full.'],
    ]);
  });

  it.each([
    { what: 'an empty header over the items (read, and nothing to say)', header: '', item: '06.1', findings: [] },
    { what: 'a header naming the column', header: 'AI', item: '06.1', findings: [] },
    { what: 'a header in capitals that names nothing Docket knows', header: 'REF', item: undefined, findings: [] },
    { what: 'a cut-short header over text that is not items', header: 'ion', item: undefined, findings: ['table/cut-short-header'], cells: 'Contact List' },
  ])('$what', ({ header, item, findings, cells }) => {
    const { meeting, findings: found } = listOf([[cells ?? '06.1', 'DCEG', 'S-101PT13/05', 'S-164/S-98 Sub-Group Lead to review.', '', ''], row(cells ?? '06.2')], [header, ...HEADER.slice(1)]);
    expect(meeting.actions[0]?.item).toBe(item);
    expect(found.map((f) => f.ruleId)).toEqual(findings);
  });
});

describe('the agenda items of a list of actions', () => {
  it.each([
    { what: 'an item skipped (S-101PT13: 07.5, then 07.7)', items: ['07', '07.1', '07.2', '07.3', '07.4', '07.5', '07.7', '07.8'], gaps: ['Item 07.7 follows item 07.5; item 07.6 is missing.'] },
    { what: 'a top-level item skipped', items: ['04', '05', '07'], gaps: ['Item 07 follows item 05; item 6 is missing.'] },
    { what: 'sub-items standing for their item (06.1 to 06.5, then 07)', items: ['04', '05', '06.1', '06.2', '06.5', '07'], gaps: ['Item 06.5 follows item 06.2; items 06.3 to 06.4 are missing.'] },
    { what: 'an item with many rows, and items written "07A", "INF2" between', items: ['06.1', '06.1', '06.1', 'INF2', '07', '07A', '07.1', '07.2'], gaps: [] },
    { what: 'an item taken up again later in the list', items: ['06.1', '06.2', '06.1', '06.3'], gaps: [] },
    { what: 'an item and its first sub-item, "2" written "02"', items: ['1', '02', '2.1', '3'], gaps: [] },
  ])('$what', ({ items, gaps }) => {
    const { findings } = listOf(items.map((item) => row(item)));
    expect(findings.filter((f) => f.ruleId === 'numbering/gap').map((f) => f.message)).toEqual(gaps);
    expect(findings.filter((f) => f.ruleId === 'numbering/duplicate')).toEqual([]);
  });

  it('does not count the rows of section headings spanning the table', () => {
    const table = tableFromRows([HEADER, row('05'), ['8.\tTestbed Experiences'], row('08.1')]);
    table.rows[2]!.cells[0]!.span = 6;
    expect(analyse({ blocks: [table] }).meeting.tables[0]!.items!.map((i) => i.number)).toEqual(['05', '08.1']);
  });
});

describe('dates in a list of actions', () => {
  it.each([
    { what: 'a target date on a Saturday', target: '22 June 2024', status: '', found: [['warning', 'The due date "22 June 2024" falls on a Saturday; actions are normally due on working days.']] },
    { what: 'a status date in figures on a Saturday', target: 'July 2024', status: 'Complete (email sent 22/06/24)', found: [['info', 'The status date "22/06/24" is a Saturday; check that the day is the one meant.']] },
    { what: 'status dates on working days', target: 'End of June 2024', status: 'Complete (NIPWG VTC 20/06/24)', found: [] },
    { what: 'a target date on a Tuesday', target: '25 June 2024', status: 'Complete', found: [] },
    { what: 'a date in figures that could be 5 June or 6 May', target: '', status: 'email sent 05/06/24', found: [] },
  ])('$what', ({ target, status, found }) => {
    const findings = findingsOf('date/weekend', textList([['06.1', 'S-101PT13/20', target, status].flatMap((c, i) => (i === 1 ? ['DCEG', c, 'IHO Sec to compile a list.'] : [c]))]));
    expect(findings.map((f) => [f.severity, f.message])).toEqual(found);
  });

  it('reads no date in figures when the table writes them in both orders', () => {
    const { meeting } = listOf([row('06.1', 'S-101PT13/01', '', 'sent 22/06/24'), row('06.2', 'S-101PT13/02', '', 'sent 06/23/24')]);
    expect(meeting.dates.filter((d) => d.raw.includes('/'))).toEqual([]);
  });

  it('reads a date in figures whose day comes first, the day the table says, as a status date', () => {
    const { meeting } = listOf([row('06.1', 'S-101PT13/01', '', 'Raised at VTC 20/06/24'), row('06.2', 'S-101PT13/02', '', 'sent 05/07/24')]);
    expect(meeting.dates.filter((d) => d.role === 'status').map((d) => [d.raw, d.date, d.role])).toEqual([
      ['20/06/24', '2024-06-20', 'status'],
      ['05/07/24', '2024-07-05', 'status'],
    ]);
  });

  it('reads the status column under any header a work plan names its status by ("Progress")', () => {
    const { meeting } = listOf([row('06.1', 'S-101PT13/01', '', 'Raised at VTC 20/06/24')], [...HEADER.slice(0, 5), 'PROGRESS']);
    expect(meeting.dates.filter((d) => d.role === 'status').map((d) => [d.raw, d.date])).toEqual([['20/06/24', '2024-06-20']]);
  });

  it('gives an action the day its target names as its due date, not an event or a month', () => {
    const { meeting } = listOf([row('06.1', 'S-101PT13/20', '25 June 2024.'), row('06.1', 'S-101PT13/21', 'S-101 Edition 2.0.0'), row('08.1', 'S-101PT13/55', 'July 2024')]);
    expect(meeting.actions.map((a) => [a.id, a.due])).toEqual([
      ['S-101PT13/20', '2024-06-25'],
      ['S-101PT13/21', undefined],
      ['S-101PT13/55', undefined],
    ]);
    expect(registerRows(meeting).map((r) => r.due)).toEqual(['2024-06-25', '', '']);
  });

  it('registers a list of decisions and actions as agreed: the meeting has taken them', () => {
    const { meeting } = listOf([row('06.1', 'S-101PT13/20', '25 June 2024.')]);
    expect(registerRows(meeting).map((r) => r.status)).toEqual(['Agreed']);
  });

  it('does not check a target date against the meeting’s days: actions are due after the meeting', () => {
    const text = `S-101PT13\n10 June 2024\n${textList([['06.1', 'DCEG', 'S-101PT13/20', 'IHO Sec to compile a list.', '25 June 2024', '']])}`;
    expect(findingsOf('date/deadline-after-meeting', text)).toEqual([]);
  });
});

describe('actions written inline in minutes', () => {
  it.each([
    { text: 'Action: Christian to report the definitions inconsistencies between S-100 and S-101 to the S-101PT.', owner: 'Christian', due: undefined },
    { text: 'ACTION: NIWC to review the loading strategy by 3 December 2021.', owner: 'NIWC', due: '2021-12-03' },
    { text: 'Action item: S-101PT Members encouraged to supply real-world data, due: 15 January 2022', owner: 'S-101PT Members', due: '2022-01-15' },
    { text: 'Action: review the S-101 documentation to provide extended guidance for HOs. Volunteers to be identified.', owner: undefined, due: undefined },
  ])('reads "$text"', ({ text, owner, due }) => {
    const { meeting } = analyse({ blocks: [{ kind: 'paragraph', text: 'Minutes' }, { kind: 'paragraph', text }] });
    expect(meeting.actions.map((a) => [a.id, a.numbered, a.owner, a.due])).toEqual([['Action 1', false, owner, due]]);
    expect(meeting.actions[0]!.location.text).toMatch(/^action(?: item)?:$/i);
  });

  it('numbers the actions of the minutes in their order, apart from the numbered ones', () => {
    const { meeting } = analyse({
      blocks: ['Action: Christian to report.', 'Anticipated action WP2-4: Approve the plan.', 'Action: Sub-Group to provide a figure to illustrate § 4.7.1 a.'].map((text) => ({ kind: 'paragraph', text })),
    });
    expect(meeting.actions.map((a) => [a.id, a.numbered])).toEqual([
      ['Action 1', false],
      ['WP2-4', undefined],
      ['Action 2', false],
    ]);
  });

  it.each([
    { what: 'no action', text: 'Action: none.' },
    { what: 'a decision', text: 'Decision: reword the sentence in the PS (§ 4.5.2).' },
    { what: 'a sentence about actions', text: 'Actions arising from the last meeting were reviewed: all closed.' },
    { what: 'an expected outcome without a number', text: 'Proposed action: approval' },
  ])('reads no action from $what', ({ text }) => {
    expect(analyse({ blocks: [{ kind: 'paragraph', text }] }).meeting.actions).toEqual([]);
  });

  it.each([
    { what: 'under its "Abstract:" table', blocks: [tableFromRows([['Abstract:', 'This TD contains the agenda for the closing plenary of WP2.']]), { kind: 'paragraph' as const, text: '' }] },
    { what: 'beside "Purpose:"', blocks: [{ kind: 'paragraph' as const, text: 'Purpose: Admin' }] },
  ])('reads no action from a TD cover’s "Action:" field $what', ({ blocks }) => {
    const cover = [...blocks, { kind: 'paragraph' as const, text: 'Action: Review, approval, follow up on requests.' }, { kind: 'paragraph' as const, text: '1 Opening of the meeting' }];
    expect(analyse({ blocks: cover }).meeting.actions).toEqual([]);
  });

  it('reads no inline action from an agenda table’s cell ("Action: For information")', () => {
    const { meeting } = analyse({ blocks: [tableFromRows([['#', 'Agenda Item', 'Summary and Proposal'], ['1', 'Opening', 'Action: For information'], ['2', 'Reports', 'Action: Approve']])] });
    expect(meeting.actions).toEqual([]);
  });

  it('checks a due date on a weekend', () => {
    expect(findingsOf('date/weekend', 'Minutes\nAction: NIWC to review the loading strategy by 4 December 2021.').map((f) => f.message)).toEqual([
      'The due date "4 December 2021" falls on a Saturday; actions are normally due on working days.',
    ]);
  });

  it('gives the action register its owner, due date and status: agreed, as minutes record it', () => {
    const { meeting } = analyse({ blocks: [{ kind: 'paragraph', text: 'Action: NIWC to review the loading strategy by 3 December 2021.' }] });
    expect(registerRows(meeting).map((r) => [r.id, r.addressedTo, r.due, r.status])).toEqual([['Action 1', 'NIWC', '2021-12-03', 'Agreed']]);
  });
});

describe('who an action is for', () => {
  it.each([
    ['IHO Sec to complete the Minutes of the S-101PT 11 and S-101PT12 meetings.', 'IHO Sec'],
    ['IHO Sec and KHOA to discuss methodology and process.', 'IHO Sec and KHOA'],
    ['S-101PT Members encouraged to supply real-world data.', 'S-101PT Members'],
    ['IHO Sec, in consultation with IIC, to draft changes to clause 27.77.', 'IHO Sec'],
    ['Validation Sub-Group lead, with assistance of DK, IC-ENC, PRIMAR, US, AU, SevenCs and FI to progress the Part 4 Validation Checks.', 'Validation Sub-Group lead'],
    ['KHOA, NIWC, Validation Checks and Test Dataset Sub-Groups to review the new feature.', 'KHOA, NIWC, Validation Checks and Test Dataset Sub-Groups'],
    ['IHO Sec amend all references to “ENC dataset support files”.', undefined],
    ['review the S-101 documentation to provide extended guidance.', undefined],
    ['The group agreed to continue the work.', undefined],
    ['Agree to the way forward with new Resolution', undefined],
    ['Agree to forward the draft revised Recommendation ITU-T A.1 in TD831 to TSAG for consent.', undefined],
    ['WP2 instructs SG9 and SG15 chairs to report.', undefined],
  ])('%s → %s', (text, owner) => {
    expect(ownerOf(text)).toBe(owner);
  });
});
