// Rows of the OData v3 editors' work plan (../shared/corpus/more/odata-v3__Schedule.xlsx) and plans written like it.
import { describe, expect, it } from 'vitest';
import { findingsOf, odataPlan as plan, quoted } from '../../../helpers/rules';

const rule = 'plan/status-mismatch';

describe(rule, () => {
  it.each([
    ['a done draft still "Not Started"', plan('JSON (verbose version) | Arlo | Done | Pablo, MikeP | 2012-03-15 |  | Not Started'), ['Not Started']],
    ['a done draft with no reviewer yet', plan('Extract ABNF into separate doc | Arlo | Done |  |  |  | Not Started'), ['Not Started']],
    ['a finished item whose review has not started', plan('Batch | MikeF | Done | Pablo | Not started |  | Complete'), ['Complete']],
    ['a review done before its draft has started', plan('Batch | MikeF | Not started | Pablo | Done |  | In Progress'), ['Done']],
  ])('fires for %s', (_, text, expected) => {
    expect(quoted(findingsOf(rule, text))).toEqual(expected);
  });

  it.each([
    ['a done draft under review', plan('OData Core – Data Model | MikeF | Done | pablo | ? |  | In Progress')],
    ['all done', plan('OData Core – Notational Conventions | Arlo | Done | alexj | Done |  | Done')],
    ['nothing started, a draft date planned', plan('Spatial todos in UriConventions doc | Arlo | 2012-03-28 |  |  |  | Not Started')],
    ['a draft planned "Later"', plan('JSON Format (efficient format) + its vocab | Arlo | Later | Pablo, MikeP | ? |  | Not Started')],
    ['a status the plan does not say in known words', plan('Batch | MikeF | Done | Pablo | ? |  | Asad to follow up')],
    ['a status list without dates', 'Item | Current Status | Followup Actions\ndraft-ietf-dnsop-svcb-https | Done | none\nNAPTR RR References | Not Started | Tim will monitor'],
  ])('is silent for %s', (_, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });

  it('says what the status and the stage say', () => {
    expect(findingsOf(rule, plan('JSON (verbose version) | Arlo | Done | Pablo, MikeP | 2012-03-15 |  | Not Started'))[0]!.message).toMatchInlineSnapshot(
      `"The status of "JSON (verbose version)" is "Not Started", but its Draft ETA says "Done"."`,
    );
  });
});
