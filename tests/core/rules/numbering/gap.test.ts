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

  it('names the missing numbers', () => {
    expect(findingsOf(rule, '1 Opening\n2 Reports\n6 AOB')[0]!.message).toMatchInlineSnapshot(`"Item 6 follows 2: 3 to 5 are missing."`);
  });
});
