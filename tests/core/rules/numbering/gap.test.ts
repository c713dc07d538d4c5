import { describe, expect, it } from 'vitest';
import { findingsOf, quoted } from '../../../helpers/rules';

const rule = 'numbering/gap';

describe(rule, () => {
  it.each([
    ['a skipped top-level number', '1 Opening\n2 Approval of the agenda\n3 Reports\n5 AOB', ['5']],
    ['a skipped sub-item', '1 Opening\n2 Approval\n3 Reports\n3.1 RG-WPR\n3.3 RG-DT', ['3.3']],
    ['a first sub-item that is not 1', '1 Opening\n2 Reports\n2.2 RG-IEM', ['2.2']],
    ['a skip in an agenda table', 'AI# | Topic | Specs\n1 | Opening | \n2 | Agenda | \n4 | General | ', ['4']],
  ])('fires for %s', (_, text, expected) => {
    expect(quoted(findingsOf(rule, text))).toEqual(expected);
  });

  it.each([
    ['a complete outline', '1 Opening\n2 Reports\n2.1 RG-WPR\n2.2 RG-IEM\n3 AOB'],
    ['an agenda that starts at 0', 'AI | Topic | Specs\n0 | All items | \n1 | Opening | \n2 | Agenda | '],
    ['separate lists (sections and an agenda table)', '1. Agenda\nAI# | Topic | Specs\n1 | Opening | \n2 | Agenda | \n\n2. Deadlines'],
  ])('is silent for %s', (_, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });

  // 3GPP SA2 #134 agenda: 6.9, 6.11, …, 6.15, 6.19, 6.20, 6.24, 6.28 — items closed at earlier meetings keep their
  // numbers out of use; its section headings 1, 2, 3, 5 are still a slip.
  const sa2 = (rows: string) => `SA WG2 Meeting #134\tS2-1906993\nAI# | Topic | Specs\n${rows}`;
  it('is silent for sub-item gaps in the agenda table of a body that keeps its item numbers (3GPP)', () => {
    expect(findingsOf(rule, sa2('6 | Rel-15 5G | \n6.9 | Interworking | \n6.11 | Framework | \n6.15 | NR | \n6.19 | URLLC | '))).toEqual([]);
  });

  it.each([
    ['its section headings', `${sa2('1 | Opening | \n2 | Agenda | ')}\n\n1. Agenda\n2. Meeting Deadlines\n3. Draft time allocation\n5. Meeting room allocation`, ['5']],
    ['another body\'s agenda table', 'ITU-T TSAG\nAI# | Topic | Specs\n6 | Studies | \n6.9 | A | \n6.11 | B | ', ['6.9', '6.11']],
  ])('still fires for %s', (_, text, expected) => {
    expect(quoted(findingsOf(rule, text))).toEqual(expected);
  });

  it('names the document’s numbered headings beside an agenda table as headings, and agenda items as items', () => {
    const text = '1. Agenda\n2. Deadlines\n4. Rooms\nAI# | Topic | Specs\n1 | Opening | \n2 | Agenda | \n4 | General | ';
    expect(findingsOf(rule, text).map((f) => f.message)).toEqual(['Heading 4 follows heading 2; heading 3 is missing.', 'Item 4 follows item 2; item 3 is missing.']);
  });

  it('names the missing numbers', () => {
    expect(findingsOf(rule, '1 Opening\n2 Reports\n6 AOB')[0]!.message).toMatchInlineSnapshot(`"Item 6 follows item 2; items 3 to 5 are missing."`);
  });
});
