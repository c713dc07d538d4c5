// table/cut-short-header, from IHO S-101PT13's list of actions ("ion | SUBJECT | ACTION No. | ACTIONS"), and the
// headers that must stay silent: empty ones, lower case throughout, a lower-case word that names its column.
import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../../helpers/rules';

const rule = 'table/cut-short-header';

describe(rule, () => {
  it.each([
    {
      what: 'a cut-short header over agenda items, read as them',
      text: 'ion | SUBJECT | ACTION No. | ACTIONS\n02 | Agenda |  | S-101PT13 approved the agenda\n07B | DCEG Review | S-101PT13/32 | IHO Sec to remove DCEG Table 2-5',
      found: ['The column header "ion" looks cut short and names nothing; its cells ("02", "07B") are read as agenda items. Write the header in full.'],
    },
    {
      what: 'a cut-short header over text, not read',
      text: 'ACTION No. | ACTIONS | arget\nS-101PT13/01 | IHO Sec to complete the Minutes | September 2024\nS-101PT13/02 | FI to investigate | S-101PT14',
      found: ['The column header "arget" looks cut short and names nothing, so its column is not read. Write the header in full.'],
    },
    {
      what: 'a cut-short header in an agenda table, over its item numbers',
      text: 'em | Agenda Item | Docs\n1 | Opening | TD1\n2 | Reports | TD2',
      found: ['The column header "em" looks cut short and names nothing; its cells ("1", "2") are read as agenda items. Write the header in full.'],
    },
    { what: 'an empty header over the items', text: ' | SUBJECT | ACTION No. | ACTIONS\n02 | Agenda |  | Approved\n03 | Reports | S-101PT13/01 | IHO Sec to complete', found: [] },
    { what: 'headers all in lower case (a timebox table)', text: 'timebox | topic | presenter\n30m | Opening | Chair\n15m | Reports | Editor', found: [] },
    { what: 'a lower-case header that names its column', text: '# | Agenda Item | docs\n1 | Opening | TD1\n2 | Reports | TD2', found: [] },
    { what: 'a header in capitals Docket does not know', text: 'REF | SUBJECT | ACTION No. | ACTIONS\n02 | Agenda |  | Approved\n03 | Reports | S-101PT13/01 | IHO Sec to complete', found: [] },
  ])('$what', ({ text, found }) => {
    expect(findingsOf(rule, text).map((f) => f.message)).toEqual(found);
  });
});
