// Text and Markdown agendas as other bodies write them (issue 9): each class of phrasing, table-driven, with real
// lines from the IETF, TC39, W3C and OASIS agendas of ../shared/corpus, and the cases that must stay silent.
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { analyse, type Finding, type Meeting } from '../../../src/core';
import { writtenMinutes } from '../../../src/core/extract/minutes';
import { readDocument } from '../../../src/io/read-document';

function analysed(text: string, name = 'agenda.md'): { meeting: Meeting; findings: Finding[] } {
  const read = readDocument(name, strToU8(text));
  if (!read.ok) throw new Error(read.message);
  return analyse(read.value);
}

const rulesOf = (findings: Finding[], area: string) => findings.filter((f) => f.ruleId.startsWith(area)).map((f) => `${f.ruleId}: ${f.message}`);

describe('Markdown numbering as rendered', () => {
  it.each([
    {
      what: 'a list written 1. 1. 1. with stray 3. 4. (TC39) is 1 to 5, its nested 1. 1. under item 1 are 1.1, 1.2',
      text: '## Agenda items\n\n1. Opening (Chair)\n    1. Opening of the meeting\n    1. Introduction of attendees\n1. Adoption of the agenda\n3. Project Editors\n4. Updates from the CoC Committee (15m)\n1. Overflow from previous meeting\n',
      numbers: ['1', '1.1', '1.2', '2', '3', '4', '5'],
    },
    {
      what: 'a list that starts at 5 counts from 5',
      text: 'Agenda\n\n5. Liaisons\n1. Work items\n1. Any other business\n',
      numbers: ['5', '6', '7'],
    },
    {
      what: 'two lists, each from 1 (the rules, then the agenda), are two lists',
      text: 'Rules\n\n1. Proposals may be added at any time\n1. Proposals seeking stage 1\n1. Proposals seeking stage 2\n\nAgenda\n\n1. Opening\n1. Adoption of the agenda\n1. Approval of the minutes\n',
      numbers: ['1', '2', '3', '1', '2', '3'],
    },
  ])('$what', ({ text, numbers }) => {
    const { meeting, findings } = analysed(text);
    expect(meeting.agenda.map((i) => i.number)).toEqual(numbers);
    expect(rulesOf(findings, 'numbering/')).toEqual([]);
  });

  it.each([
    { what: 'a gap typed in headings (SARIF 3.4.1, 3.4.3)', text: '# 3. Issues\n## 3.1 Open\n### 3.1.1 First\n### 3.1.3 Third\n', rule: 'numbering/gap: Item 3.1.3 follows item 3.1.1; item 3.1.2 is missing.' },
    { what: 'a section missing from typed numbers (SARIF minutes 5, 7)', text: '# 4. Four\n# 5. Five\n# 7. Seven\n', rule: 'numbering/gap: Item 7 follows item 5; item 6 is missing.' },
  ])('still finds $what', ({ text, rule }) => {
    expect(rulesOf(analysed(text).findings, 'numbering/')).toEqual([rule]);
  });
});

describe('IETF documents are meeting documents', () => {
  it.each([
    { what: 'a draft named in the text', text: '* draft-ietf-dnsop-generalized-notify\n', ids: ['draft-ietf-dnsop-generalized-notify'] },
    { what: 'its version kept apart as the revision', text: '* Published: draft-ietf-core-object-security-16 ➔ RFC 8613\n', ids: ['draft-ietf-core-object-security-16'] },
    {
      what: 'a draft only in a link address (httpbis)',
      text: '* 20 min - [BCP56bis](https://tools.ietf.org/html/draft-ietf-httpbis-bcp56bis) - *Mark Nottingham*\n',
      ids: ['draft-ietf-httpbis-bcp56bis'],
    },
    {
      what: 'a draft in a web address written out, once with its name beside it (dnsop)',
      text: '* draft-ietf-dnsop-rfc8624-bis https://datatracker.ietf.org/doc/draft-ietf-dnsop-rfc8624-bis/\n* see https://datatracker.ietf.org/doc/draft-tjjk-cared/\n',
      ids: ['draft-ietf-dnsop-rfc8624-bis', 'draft-tjjk-cared'],
    },
    { what: 'nothing in a word that only contains "draft-"', text: '* The mydraft-notes page and the draft agenda\n', ids: [] },
  ])('cites $what', ({ text, ids }) => {
    const { meeting } = analysed(text);
    expect(meeting.citations.map((c) => c.id)).toEqual(ids);
  });

  it('keeps RFCs external: never missing from a document list', () => {
    const { meeting } = analysed('* Published: draft-ietf-core-object-security-16 ➔ RFC 8613\n');
    expect(meeting.externalReferences.map((r) => [r.kind, r.raw])).toEqual([['ietf', 'RFC 8613']]);
  });
});

describe('item minutes in many spellings', () => {
  it.each([
    ['5 min - Agenda bashing', 5, 'Agenda bashing'],
    ['15 mins (Andreas Rossberg)', 15, '(Andreas Rossberg)'],
    ['10m', 10, ''],
    ['~5 minutes', 5, ''],
    ['Agenda bashing (4 min)', 4, 'Agenda bashing'],
    ['Updates from the CoC Committee (15m)', 15, 'Updates from the CoC Committee'],
    ['Hackathon Results, 10 minutes', 10, 'Hackathon Results'],
    ['Opening, Note Well and Chairs Updates, Chairs, 15 min', 15, 'Opening, Note Well and Chairs Updates, Chairs'],
    ['Opening - 30 minutes', 30, 'Opening'],
    ['Time Requested: 15 min', 15, '', true],
    ['Peter Thomassen <peter@desec.io>, 5', 5, 'Peter Thomassen <peter@desec.io>', true],
  ] as [string, number, string, true?][])('%s → %i min', (text, minutes, title, requested) => {
    expect(writtenMinutes(text)).toEqual({ minutes, title, ...(requested ? { requested } : {}) });
  });

  it.each([
    'Monday November 4, 2024',
    'Sheth, Swapneel, 15',
    'Freezable/Sealable GC values and globals proposal for phase 1 (10-15min)',
    'draft-ietf-core-coap-pubsub-08 (Michael? Klaus?) (15)',
    'Short (≤30m) Timeboxed Discussions',
    'balance of time',
  ])('reads no minutes in "%s"', (text) => {
    expect(writtenMinutes(text)).toBeUndefined();
  });

  it('reads "(15)" as minutes where the document says numbers in parentheses are minutes (CoRE)', () => {
    expect(writtenMinutes('draft-ietf-core-oscore-groupcomm-05 (15) Tiloca', true)).toEqual({ minutes: 15, title: 'draft-ietf-core-oscore-groupcomm-05 Tiloca' });
  });
});

describe('session windows and budgets in text agendas', () => {
  const minutesOf = (meeting: Meeting) => meeting.agenda.map((i) => [i.title, i.minutes ?? null, i.session ?? null]);

  it.each([
    {
      what: 'a window in a heading, a group timebox over untimed bullets (httpbis IETF 99: 95 of 90)',
      text: '## Wednesday, 19 July 2017 Afternoon Session I (13:30-15:00)\n\n### Administrivia\n\n* 5 min - Agenda bashing\n\n### Active Drafts\n\n*60 min*\n\n* [Expect-CT](https://tools.ietf.org/html/draft-ietf-httpbis-expect-ct) -- *Emily Stark*\n\n### Proposed Work\n\n* 30 min - [HTTP Replays](https://tools.ietf.org/html/draft-thomson-http-replay)\n',
      sessions: [['2017-07-19', '13:30', '15:00']],
      overrun: ['95 min, more than the 90 min'],
    },
    {
      what: 'a window in a field bullet after "Date:", minutes a bullet below the draft (DNSOP IETF 121), time-permitting apart',
      text: '## Session I\n\n* Date: Monday November 4, 2024\n* Time: 1730-1900 IST/GMT/UTC\n\n## Agenda\n\n* Opening, Note Well and Chairs Updates, Chairs, 15 min\n\n*   draft-ietf-dnsop-generalized-notify\n    - Peter Thomassen <peter@desec.io>, 60\n    - Chairs Action:\n\n### Time Permitting\n\n*   draft-tjjk-cared\n    - Tim Wicinski <tjw@example.com>, 15\n',
      sessions: [['2024-11-04', '17:30', '19:00']],
      overrun: [],
    },
    {
      what: 'a window in a compact line under a date heading (CoRE), nested minutes counted once',
      text: 'Numbers in parentheses are minutes of time allocated.\n\n# TUESDAY, July 23, 2019\n1710-1810 Duluth\n\n## Intro (10)\n\n### CoRECONF cluster (45)\n\n* draft-ietf-core-yang-cbor-10 (15)\n* draft-ietf-core-comi-06 (15)\n* draft-ietf-core-sid-07 (15)\n',
      sessions: [['2019-07-23', '17:10', '18:10']],
      overrun: [],
    },
    {
      what: 'windows listed one after another (TC39 meeting days) hold no items',
      text: '- Dates and times:\n  - 10:00 to 16:00 CET (Europe/Madrid) on 29 November 2022\n  - 10:00 to 16:00 CET (Europe/Madrid) on 30 November 2022\n\n## Agenda items\n\n* Secretary\'s Report (15m)\n* Long discussion (600m)\n',
      sessions: [['2022-11-29', '10:00', '16:00'], ['2022-11-30', '10:00', '16:00']],
      overrun: [],
    },
    {
      what: 'a lunch window is a break, not a session (QUIC interim)',
      text: '## Daily Schedule\n\n* 9:30 - Start\n* 12:15-13:15 - Lunch\n\n## Agenda\n\n### Planning\n\n_~15 minutes_\n\n### Recovery\n\n_~150 minutes_\n',
      sessions: [],
      overrun: [],
    },
  ])('$what', ({ text, sessions, overrun }) => {
    const { meeting, findings } = analysed(text);
    expect(meeting.sessions.map((s) => [s.date, s.start, s.end])).toEqual(sessions);
    const found = findings.filter((f) => f.ruleId === 'time/overrun').map((f) => f.message);
    expect(found).toHaveLength(overrun.length);
    overrun.forEach((part, i) => expect(found[i]).toContain(part));
  });

  it('gives the draft above the minutes its requester asked for, and the group its talks', () => {
    const { meeting } = analysed(
      'Numbers in parentheses are minutes of time allocated.\n\n# TUESDAY, July 23, 2019\n1710-1810 Duluth\n\n### CoRECONF cluster (45)\n\n* draft-ietf-core-sid-07 (15)\n\n## Other\n\n*   draft-ietf-dnsop-generalized-notify\n    - Peter Thomassen <peter@desec.io>, 5\n',
    );
    expect(minutesOf(meeting)).toEqual([
      ['CoRECONF cluster', 45, 0],
      ['draft-ietf-core-sid-07', 15, 0],
      ['draft-ietf-dnsop-generalized-notify', 5, 0],
    ]);
    expect(meeting.agenda[1]!.within).toBe(0);
  });
});

describe('timebox tables', () => {
  const table = (rows: string) => `5. Web compatibility issues\n\n    | ✓ | timebox | topic | presenter |\n    |:-:|:-------:|-------|-----------|\n${rows}`;

  it('reads a TC39 timebox table as an agenda, each row an item with its minutes', () => {
    const { meeting, findings } = analysed(table('    | ✓ | 15m     | [Should we set a lower bound on resolution of timers?](https://github.com/tc39/ecma262/issues/2914) | Shu-yu Guo |\n    |   | 30 min  | Speccing liveness of template objects | Shu-yu Guo |\n'));
    expect(meeting.agenda.map((i) => [i.title, i.minutes])).toEqual([
      ['Should we set a lower bound on resolution of timers?', 15],
      ['Speccing liveness of template objects', 30],
    ]);
    expect(findings.filter((f) => f.ruleId === 'parse/unrecognised-table')).toEqual([]);
  });

  it('says an empty timebox table with a header is empty (table/empty), and no more', () => {
    const { findings } = analysed(table(''));
    expect(findings.map((f) => f.ruleId)).toEqual(['table/empty']);
  });
});

describe('dates as other bodies write them', () => {
  it.each([
    ['Sunday, 2024-03-17', '2024-03-17', 'Sunday'],
    ['Tuesday (2023-10-03)', '2023-10-03', 'Tuesday'],
    ['Wednesday, March 6, 2024', '2024-03-06', 'Wednesday'],
    ['Friday June 7th, 2019', '2019-06-07', 'Friday'],
    ['* Date: Monday November 4, 2024', '2024-11-04', 'Monday'],
  ])('reads "%s" as %s, a %s, and finds no mismatch', (text, date, weekday) => {
    const { meeting, findings } = analysed(`${text}\n`);
    expect(meeting.dates.map((d) => [d.date, d.weekday])).toEqual([[date, weekday]]);
    expect(findings.filter((f) => f.ruleId === 'date/weekday-mismatch')).toEqual([]);
  });

  it.each([
    ['Monday, 2024-03-17', 'Sunday'],
    ['Wednesday (2023-10-03)', 'Tuesday'],
    ['Thursday, March 6, 2024', 'Wednesday'],
  ])('finds the wrong weekday in "%s" (it is a %s)', (text, actual) => {
    const messages = analysed(`${text}\n`).findings.filter((f) => f.ruleId === 'date/weekday-mismatch').map((f) => f.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(actual);
  });
});

describe('12-hour windows and windows that run backwards', () => {
  it.each([
    ['Tuesday, 17 July 2018\n\n11:30-1:00 Afternoon session', ['11:30', '13:00']],
    ['Tuesday, 17 July 2018\n\n9:00-5:00 Plenary', ['09:00', '17:00']],
    ['Times: 9:00AM - 5:00PM', ['09:00', '17:00']],
    ['Tuesday, 17 July 2018\n\n1740-1950 Afternoon Session III', ['17:40', '19:50']],
  ])('reads "%s" as %j', (text, window) => {
    const { meeting, findings } = analysed(`${text}\n`);
    expect(meeting.sessions.map((s) => [s.start, s.end])).toEqual([window]);
    expect(findings.filter((f) => f.ruleId.startsWith('parse/'))).toEqual([]);
  });

  it('says a window that runs backwards cannot be read, and adds up nothing against it', () => {
    const { meeting, findings } = analysed('Tuesday, 17 July 2018\n\n14:00-13:30 Afternoon session\n\n* 20 min - Agenda bashing\n');
    expect(meeting.sessions).toEqual([]);
    expect(findings.map((f) => [f.ruleId, f.message])).toEqual([['parse/unreadable-time', 'The window "14:00-13:30" ends before it starts.']]);
  });
});

describe('the meeting date labelled in a notice', () => {
  it.each([
    { what: 'the label with its date in the next paragraph (ISO/TC 211 AG 10 cover table)', text: 'NOTICE OF MEETING\n\nDate\n\n2025-02-05\n\nMeeting date:\n\n21st May 2025\n\nRegistration deadline: 2025-05-07\n', start: '2025-05-21' },
    { what: 'the label and its date in one paragraph', text: 'NOTICE OF MEETING\n\nMeeting dates: 3-4 June 2025\n', start: '2025-06-03', end: '2025-06-04' },
    { what: 'no date taken from the notice\'s own "Date"', text: 'NOTICE OF MEETING\n\nDate\n\n2025-02-05\n', start: undefined },
  ])('$what', ({ text, start, end }) => {
    const { facts } = analysed(text).meeting;
    expect([facts.start, facts.end]).toEqual([start, end ?? start]);
  });
});
