// The rules' messages as data: docs/rules.md lists every rule with its severity and every message it declares (no
// more, no fewer, word for word); each message is reported by some agenda written here, rendered whole; and the
// engine refuses a template whose placeholders and data disagree.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES, type Config } from '../../../src/core';
import { placeholdersOf, renderMessage } from '../../../src/core/rules/messages';
import type { DocumentRegister } from '../../../src/core';
import { annexA, findingsOf, odataPlan, registerOf } from '../../helpers/rules';
import { ITU_TD_LIST, tsagAgenda } from './register/lists';

const catalogue = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');

/** The catalogue table's rows: `| \`id\` | severity | fires when |`, before the first "##" section. */
function documentedSeverities(): Map<string, string> {
  const table = catalogue.slice(0, catalogue.indexOf('\n## '));
  return new Map([...table.matchAll(/^\| `([a-z]+\/[a-z0-9-]+)` \| (\w+) \|/gm)].map((m) => [m[1]!, m[2]!]));
}

/** The "Messages" section: under each "### `rule`", its `| \`messageId\` | template |` rows. */
function documentedMessages(): Map<string, Map<string, string>> {
  const section = catalogue.slice(catalogue.indexOf('\n## Messages'));
  const out = new Map<string, Map<string, string>>();
  for (const part of section.split(/^### /m).slice(1)) {
    const id = /^`([^`]+)`/.exec(part)![1]!;
    out.set(id, new Map([...part.matchAll(/^\| `(\w+)` \| (.*) \|$/gm)].map((m) => [m[1]!, m[2]!])));
  }
  return out;
}

describe('docs/rules.md', () => {
  it('lists every rule, and only the rules, with its default severity', () => {
    const documented = documentedSeverities();
    expect(Object.fromEntries(documented)).toEqual(Object.fromEntries(RULES.map((r) => [r.id, r.severity])));
  });

  it('lists each rule’s messages word for word, and no message a rule does not declare', () => {
    const documented = documentedMessages();
    expect([...documented.keys()].sort()).toEqual(RULES.map((r) => r.id).sort());
    for (const rule of RULES) expect(Object.fromEntries(documented.get(rule.id)!), rule.id).toEqual(rule.messages);
  });
});

const itu = { registers: [ITU_TD_LIST] };
const session = 'Timing | # | Agenda Item | Docs\nThursday, 1 August 2024 / 14:30 - 15:45 hours Geneva time |  | RG-SOP session | ';
const grid = (entry: string) => ` | Monday | Tuesday | Wednesday\n08:00 / Q1 / 10:00 | ${entry} | x | y`;
const plan = (date: string, deadline: string) => `RG-IEM plan\nDate, Time (Geneva time) | Objectives | Contribution Deadline\n${date} / 13:00 – 15:00 | Review | ${deadline}`;
const withAnnex = (rows: [string, string, string][]) =>
  `${tsagAgenda({ '2.2': 'Proposed actions – TD667R1, TD672' })}\n\nAnnex A\n# | Category | TD/C # | Source | Title\n${rows.map(([id, source, title], i) => `${i + 1} | Contribution | ${id} | ${source} | ${title}`).join('\n')}`;
const revisedThenWithdrawn = {
  registers: [registerOf(['TDoc | Title | Agenda item | TDoc Status | Is revision of | Revised to', 'S2-2500102 | KI#1 | 8.1 | revised |  | S2-2500150', 'S2-2500150 | KI#1 | 8.1 | withdrawn | S2-2500102 | '])],
};
const actionRegister = 'Action | Agenda item | Action text | Verb | Addressed to | Documents | Meeting | Status | Due | Notes\nWP2-1 | 4.10 | WP2 agrees | agree | WP2 | TD999 | WP2/TSAG | Agreed | 2024-10-01 | ';

type Options = { name?: string; config?: Partial<Config>; registers?: readonly DocumentRegister[] };

/** For each rule and each of its messages, a document that makes the rule say it. */
const EXAMPLES: Record<string, Record<string, [text: string, options?: Options]>> = {
  'ref/not-in-document-list': {
    notListed: [`TD526 is cited here.\n\n${annexA([['Admin', 'TD514']])}`],
    notListedInItem: [`1 Opening – TD514\n2 Reports – TD526\n\n${annexA([['Admin', 'TD514']])}`],
  },
  'ref/never-cited': { neverCited: [`1 Opening – TD514\n2 Close\n\n${annexA([['Admin', 'TD514'], ['Report', 'TD515']])}`] },
  'ref/revision-mismatch': {
    otherRevision: [`TD667 is cited here.\n\n${annexA([['Information', 'TD667R1']])}`],
    otherRevisionInItem: [`1 Workshop – TD667\n2 Close\n\n${annexA([['Information', 'TD667R1']])}`],
  },
  'ref/duplicate-listing': { listedTwice: [annexA([['Admin', 'TD514'], ['Admin', 'TD 514']])] },
  'ref/style-mixed': { differentForms: ['1 A – TD 120 Rev.1\n2 B – TD120R1'] },
  'time/out-of-order': { beforeAbove: [`${session}\n14:30 hours | 1 | Opening | \n15:00 hours | 2 | Reports | \n14:50 hours | 3 | Plans | `] },
  'time/outside-session': {
    startsBefore: [`${session}\n14:00 hours | 1 | Opening | `],
    startsAfter: [`${session}\n14:30 hours | 1 | Opening | \n16:00 hours | 2 | Late | `],
    endsAfter: [`${session}\n15:30-16:00 hours | 1 | Opening | `],
    startsBeforeBand: [grid('07:30: Early (2)')],
    startsAfterBand: [grid('10:30: Late (2)')],
    endsAfterBand: [grid('09:00 – 10:30 Opening (1)')],
  },
  'time/overrun': { overrun: ['# WG Agenda\n\n## Tuesday, 17 July 2018\n\n_15:50-16:20 Afternoon session_\n\n* 20 min - Drafts\n* Agenda bashing (15 min)\n', { name: 'agenda.md' }] },
  'time/constraint-unmet': {
    startsBefore: [`${session}\n14:30 hours | 1 | Threads update – any day after 3pm Geneva time | `],
    endsAfter: [`${session}\n14:30-15:15 hours | 1 | Embedded systems, to end before 15:00 | `],
  },
  'date/weekday-mismatch': {
    wrongWeekday: ['Meeting on 24 (Thursday) February 2012.'],
    wrongWeekdayInferredYear: ['Meeting (Geneva, 29 July – 2 August 2025)\nSession: Thursday, 1 August'],
    wrongWeekdayInferredMonth: ['Meeting (Geneva, 10-14 June 2024)\nDrafting session: Tuesday 12th'],
  },
  'time/zone-mismatch': {
    wrongSeason: ['Meeting (A Coruña, 29 November – 1 December 2022)\nDeadline: November 19th, 10:00 CEST'],
    zonesDisagree: ['Date: Monday 9 December 2024\nTime: 14:00 CET/UTC'],
    otherTime: ['Call on 10 January 2025 at 15:00 UTC / 11:00 EST'],
    otherTimeInRegion: ['Proposed Teleconference (Thursday at 08:00 PT / 15:00 UTC - 1 hr)\n- November 06, 2025'],
  },
  'date/weekend': {
    deadline: [plan('14 April 2025', '6 April 2025')],
    meetingDay: [plan('12 April 2025', '3 April 2025')],
    planned: [odataPlan('OData Core - Overview | Arlo | Done | mflasko | 2012-03-18 |  | In Progress')],
    due: ['ACTION No. | ACTIONS (in bold, action by) | TARGET DATE/EVENT\nS-101PT13/20 | IHO Sec to compile a list | 22 June 2024'],
    statusDate: ['ACTION No. | ACTIONS (in bold, action by) | STATUS\nS-101PT13/56 | S-101PT Chair to provide the presentation | Complete (email sent 22/06/24)'],
  },
  'date/deadline-after-meeting': {
    deadlineOfPlannedMeeting: [plan('11 February 2025', '12 February 2025')],
    deadlineOfThisMeeting: ['SA WG2 Meeting #136\nNov 18 - 22, 2019, Reno, USA\nDeadline for tdocs: Tuesday, 19 Nov 2019'],
  },
  'date/invalid': { tooManyDays: ['Deadline: 31 February 2025'] },
  'numbering/gap': {
    itemFollows: ['1 Opening\n2 Reports\n4 AOB'],
    itemFirst: ['1 Opening\n2 Reports\n2.2 RG-IEM'],
    headingFollows: ['1. Agenda\n2. Deadlines\n4. Rooms\nAI# | Topic | Specs\n1 | Opening | \n2 | Agenda | '],
    headingFirst: ['1. Agenda\n2. Deadlines\n2.2 Rooms\nAI# | Topic | Specs\n1 | Opening | \n2 | Agenda | '],
  },
  'numbering/duplicate': {
    item: ['1 Opening\n2 Reports\n2 Liaisons\n3 AOB'],
    heading: ['1. Agenda\n2. Deadlines\n2. Rooms\nAI# | Topic | Specs\n1 | Opening | \n2 | Agenda | '],
  },
  'numbering/duplicate-item': {
    item: ['1 Opening\n2 Liaison statements\n3 Liaison statements'],
    heading: ['1. Agenda\n2. Meeting rooms\n3. Meeting rooms\nAI# | Topic | Specs\n1 | Opening | \n2 | Agenda | '],
  },
  'action/duplicate-id': {
    usedTwice: ['1 Reports\nAnticipated action WP2-4: Approve the action plan.\n2 Plans\nAnticipated Action WP2-4: Agree the plan.'],
    usedTwiceOutsideItems: ['Anticipated action WP2-4: Approve the action plan.\nAnticipated Action WP2-4: Agree the plan.'],
  },
  'action/duplicate-text': { sameText: ['Anticipated action WP2-6: Agree the text.\nAnticipated action WP2-7: agree the text'] },
  'action/status-in-target': {
    inItem: ['ion | SUBJECT | ACTION No. | ACTIONS | TARGET DATE/EVENT | STATUS\n02 | Agenda |  | S-101PT13 approved the agenda |  | Decision\n04 | HSSC Actions |  | S-101PT13 noted the report | Decision | Decision'],
    outsideItems: ['ACTION No. | ACTIONS | TARGET DATE/EVENT | STATUS\n | S-101PT13 approved the agenda |  | Decision\n | S-101PT13 noted the report | Decision | Decision'],
  },
  'plan/dates-out-of-order': { beforeEarlier: [odataPlan('Formal CSDL description | MarkS | 2012-03-26 | alexj | 2012-03-19 |  | In Progress')] },
  'plan/status-mismatch': {
    statusVsStage: [odataPlan('JSON (verbose version) | Arlo | Done | Pablo | 2012-03-15 |  | Not Started')],
    stageVsStage: [odataPlan('Batch | MikeF | Not started | Pablo | Done |  | In Progress')],
  },
  'text/placeholder': {
    inAgenda: ['1 Opening\n2 Reports <TBD>'],
    inList: [annexA([['Admin', 'TDxxx']])],
    inDocument: ['Venue: [TBD]'],
    actionId: ['1 Reports\nAnticipated action WP2-X: Approve the plan.\n2 Close'],
    unnamedRoom: [
      [
        ' | Monday | Tuesday | Wednesday',
        '08:00 / Q1 / 10:00 | Opening (1) | TSN (7.7.2) | ProSe (8.6)',
        ' |  | ATSSS (7.3) | ',
        'Lunch |  |  | ',
        '14:00 / Q3 / 15:30 | FS_eNPN (8.3) | FS_IIoT (8.10) | FS_eNS_ph2 (8.8)',
        '',
        'Main meeting room (100): Naples 6/7',
        'Breakout room 1 (70):',
      ].join('\n'),
    ],
    emptyEntry: ['1. Opening\n2. Any other business\n    1. .\n', { name: 'agenda.md' }],
  },
  'list/unknown-category': { misspelt: [annexA([['infomration', 'TD667R1']])], unknown: [annexA([['Gossip', 'TD667R1']])] },
  'table/cut-short-header': {
    readAsItems: ['ion | SUBJECT | ACTION No. | ACTIONS\n02 | Agenda |  | S-101PT13 approved the agenda\n03 | Reports | S-101PT13/01 | IHO Sec to complete the Minutes'],
    unread: ['ACTION No. | ACTIONS | arget\nS-101PT13/01 | IHO Sec to complete the Minutes | September 2024'],
  },
  'table/empty': {
    empty: ['Date, Time (Geneva time) | Objectives | Contribution Deadline\n |  | '],
    emptyUnder: ['RG-DT plan\nDate, Time (Geneva time) | Objectives | Contribution Deadline\n |  | '],
  },
  'ref/malformed-number': { tooLong: ['SA WG2 Meeting #136\t\tS2-19010847'], tooShort: ['Revised to S2-201234.'] },
  'text/meeting-number-mismatch': { otherMeeting: ['\tSA WG2 Meeting #136\t\tS2-1910847\n\tNov 18 - 22, 2019, Reno, USA\n1. Agenda for SA2#135'] },
  'text/unbalanced-parentheses': { neverClosed: ['Reports – (TD526, TD527'], closesNothing: ['♠) FS_eNS_ph2 (8.8) 8 +1'] },
  'parse/unrecognised-table': { unrecognised: ['Name | Role | Email\nAda | Chair | a@x.org\nBob | Vice-chair | b@x.org'] },
  'parse/unreadable-time': {
    unreadable: ['Timing | # | Agenda Item\n14:30 | 1 | Opening\nafter lunch | 2 | Reports'],
    backwards: ['Tuesday, 17 July 2018\n\n14:00-13:30 Afternoon session\n\n* 20 min - Drafts'],
  },
  'parse/unreadable-document-number': { notANumber: ['# | Category | TD/C # | Title\n1 | Admin | see below | Agenda'] },
  'parse/action-register': { titled: [`Action register\n${actionRegister}`], untitled: [actionRegister] },
  'register/not-in-register': {
    notInRegister: ['Documents: TD700.', itu],
    notInRegisterInItem: [tsagAgenda({ '3.2': 'New work – TD700' }), itu],
    laterRevision: ['Documents: TD 624 Rev.4.', itu],
    laterRevisionInItem: [tsagAgenda({ '2.3': 'Operational plan – TD 624 Rev.4' }), itu],
  },
  'register/superseded': {
    superseded: ['Documents: TD624.', itu],
    supersededInItem: [tsagAgenda({ '2.3': 'Operational plan – TD624' }), itu],
    supersededByWithdrawn: ['Documents: S2-2500102.', revisedThenWithdrawn],
    supersededByWithdrawnInItem: ['1 Opening\n8.1 AI/ML – S2-2500102', revisedThenWithdrawn],
  },
  'register/withdrawn': {
    withdrawn: ['Documents: TD680.', itu],
    withdrawnInItem: [tsagAgenda({ '3.1': 'Inputs – TD672, TD680' }), itu],
  },
  'register/wrong-item': { otherItem: [tsagAgenda({ '3.1': 'Inputs – PP-22 Res. 71', '4.1': 'Inputs to the plan – TD681, TD672' }), itu] },
  'register/not-on-agenda': {
    notCited: [tsagAgenda({ '4.1': 'Inputs to the plan – TD600' }), itu],
    notCitedUntitled: ['1 Opening\n4 Plan\n4.1 Inputs – TD600', { registers: [registerOf(['TD # | AI', 'TD600 | 4.1', 'TD601 | 4.1'])] }],
  },
  'register/title-mismatch': {
    title: [withAnnex([['TD667R1', 'Rapporteur, RG-IEM', 'Proposed actions'], ['TD672', 'TSB', 'Inputs to CWG-SFP']]), itu],
    source: [withAnnex([['TD667R1', 'Rapporteur, RG-IEM', 'Proposed actions from the workshop'], ['TD672', 'Chairman, RG-SOP', 'Inputs to CWG-SFP']]), itu],
  },
};

describe('every message of every rule', () => {
  it('has an example here, and only the rules’ own messages do', () => {
    expect(Object.fromEntries(Object.entries(EXAMPLES).map(([id, examples]) => [id, Object.keys(examples).sort()]))).toEqual(
      Object.fromEntries(RULES.map((r) => [r.id, Object.keys(r.messages).sort()])),
    );
  });

  const cases = RULES.flatMap((rule) => Object.keys(rule.messages).map((messageId) => [rule.id, messageId] as const));
  it.each(cases)('%s says %s, every placeholder filled', (ruleId, messageId) => {
    const [text, options] = EXAMPLES[ruleId]![messageId]!;
    const findings = findingsOf(ruleId, text, options);
    const finding = findings.find((f) => f.messageId === messageId);
    expect(finding, `${ruleId} said: ${findings.map((f) => `${f.messageId}: ${f.message}`).join(' / ') || 'nothing'}`).toBeDefined();
    expect(finding!.message).not.toMatch(/\{\{|\}\}|undefined/);
  });
});

describe('rendering a message', () => {
  it('fills each placeholder, however often it is used, from the data', () => {
    expect(renderMessage('x/y', 'm', '{{a}} and {{ b }}, {{a}} again; {{n}}.', { a: 'TD1', b: 'TD2', n: 3 })).toBe('TD1 and TD2, TD1 again; 3.');
    expect(placeholdersOf('{{a}} and {{ b }}, {{a}}')).toEqual(['a', 'b']);
  });

  it('throws for a message the rule does not declare, a placeholder without data, and data no placeholder uses', () => {
    expect(() => renderMessage('x/y', 'm', undefined, {})).toThrow('x/y reported message "m", which it does not declare.');
    expect(() => renderMessage('x/y', 'm', '{{a}} is cited in item {{item}}.', { a: 'TD1' })).toThrow('x/y message "m" has no data for {{item}}.');
    expect(() => renderMessage('x/y', 'm', '{{a}} is cited.', { a: 'TD1', item: '2' })).toThrow('x/y message "m" was given data it does not use: item.');
  });
});
