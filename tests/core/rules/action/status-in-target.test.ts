// action/status-in-target, from IHO S-101PT13: rows 04 and 05 write "Decision" under TARGET DATE/EVENT as well as
// under STATUS, where the other decisions leave the target empty. Targets that are dates or events stay silent.
import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../../helpers/rules';

const rule = 'action/status-in-target';
const HEADER = 'ion | SUBJECT | ACTION No. | ACTIONS | TARGET DATE/EVENT | STATUS';
const list = (...rows: string[]) => [HEADER, ...rows].join('\n');

describe(rule, () => {
  it.each([
    {
      what: 'a decision whose status slipped into the target column',
      text: list('02 | Agenda |  | S-101PT13 approved the agenda |  | Decision', '04 | HSSC/S-100WG Actions |  | S-101PT13 noted the report | Decision | Decision'),
      found: ['The target of a row of item 04 says "Decision", which the status column says; a target is a date or an event. Move it to the status column.'],
    },
    {
      what: 'an action marked done in its target',
      text: list('05 | S-101PT Actions | S-101PT13/04 | IHO Sec to update the list | Complete | ', '06.1 | DCEG | S-101PT13/11 | IHO Sec to amend | S-101 Edition 2.0.0 | Complete', '06.1 | DCEG | S-101PT13/12 | IHO Sec to amend | S-101 Edition 2.0.0 | Complete'),
      found: ['The target of a row of item 05 says "Complete", which the status column says; a target is a date or an event. Move it to the status column.'],
    },
    {
      what: 'targets that are dates and events',
      text: list('05 | S-101PT Actions | S-101PT13/02 | FI to investigate | S-101PT14 | ', '05 | S-101PT Actions | S-101PT13/04 | IHO Sec to update | End of June 2024 | Complete', '06.1 | DCEG | S-101PT13/20 | IHO Sec to compile | 25 June 2024. | Complete'),
      found: [],
    },
    {
      what: 'a standing entry, "Permanent" in its number and target',
      text: list(' | Contact List | Permanent | IHO Member States to keep their details up to date | Permanent | ', '02 | Agenda |  | approved |  | Decision', '03 | Reports |  | noted |  | Decision'),
      found: [],
    },
    {
      what: 'a target the status column says only once',
      text: list('05 | S-101PT Actions | S-101PT13/02 | FI to investigate | Ongoing | ', '05 | S-101PT Actions | S-101PT13/03 | IHO Sec to discuss | S-101PT14 | Ongoing'),
      found: [],
    },
  ])('$what', ({ text, found }) => {
    expect(findingsOf(rule, text).map((f) => f.message)).toEqual(found);
  });
});
