// Rows of the OData v3 editors' work plan (../shared/corpus/more/odata-v3__Schedule.xlsx) and plans written like it.
import { describe, expect, it } from 'vitest';
import { findingsOf, odataPlan as plan, quoted } from '../../../helpers/rules';

const rule = 'plan/dates-out-of-order';

describe(rule, () => {
  it.each([
    ['a review due a week before its draft', plan('OData Core – Appendix – Formal CSDL description | MarkS | 2012-03-26 | alexj | 2012-03-19 |  | In Progress'), ['2012-03-19']],
    ['ready for the editor before the review', plan('Batch | MikeF | 2 March 2012 | Pablo | 20 March 2012 | 12 March 2012 | In Progress'), ['12 March 2012']],
    ['an end before its start', 'Deliverable | Editor | Start date | End date | Status\nProfiles | AR | 10 June 2024 | 3 June 2024 | Not Started', ['3 June 2024']],
  ])('fires for %s', (_, text, expected) => {
    expect(quoted(findingsOf(rule, text))).toEqual(expected);
  });

  it.each([
    ['a review after its draft', plan('OData Core – Interaction Semantics – Query | MikeP | 2012-03-29 | Andy | 2012-04-05 |  | Not Started')],
    ['a draft done and a review date', plan('OData Core - Versioning | MikeP | Done | mflasko | 2012-02-22 |  | In Progress')],
    ['review dates not known yet', plan('OData Core - Glossary | All | ? | ? | ? |  | Not Started', 'JSON Format (efficient format) + its vocab | Arlo | Later | Pablo, MikeP | ? |  | Not Started')],
    ['draft and review on the same day', plan('Atom Format | MikeP | 2012-03-12 | Mflasko | 2012-03-12 |  | In Progress')],
    ['date columns that name no stage', 'Milestone | Owner | Target date | Due date | Status\nCR | Ann | 10 June 2024 | 3 June 2024 | Not Started'],
    ['an agenda with times that go backwards (time/out-of-order’s)', 'Timing | # | Agenda Item\n14:30 | 1 | Opening\n14:00 | 2 | Reports'],
  ])('is silent for %s', (_, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });

  it('names the deliverable and both stages', () => {
    expect(findingsOf(rule, plan('OData Core – Appendix – Formal CSDL description | MarkS | 2012-03-26 | alexj | 2012-03-19 |  | In Progress'))[0]!.message).toMatchInlineSnapshot(
      `""OData Core – Appendix – Formal CSDL description": Reviewer ETA is 2012-03-19, before its Draft ETA (2012-03-26)."`,
    );
  });
});
