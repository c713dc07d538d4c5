// Text and Markdown agendas as other bodies write them (issue 9): each class of phrasing, table-driven, with real
// lines from the IETF, TC39, W3C and OASIS agendas of ../shared/corpus, and the cases that must stay silent.
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { analyse, type Finding, type Meeting } from '../../../src/core';
import { readDocument } from '../../../src/io/read';

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
    { what: 'a gap typed in headings (SARIF 3.4.1, 3.4.3)', text: '# 3. Issues\n## 3.1 Open\n### 3.1.1 First\n### 3.1.3 Third\n', rule: 'numbering/gap: Item 3.1.3 follows 3.1.1: 3.1.2 is missing.' },
    { what: 'a section missing from typed numbers (SARIF minutes 5, 7)', text: '# 4. Four\n# 5. Five\n# 7. Seven\n', rule: 'numbering/gap: Item 7 follows 5: 6 is missing.' },
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
