import { describe, expect, it } from 'vitest';
import { findingsOf, quoted } from '../../../helpers/rules';
import { ITU_TD_LIST, TDOCS_BY_AGENDA, sa2Agenda, tsagAgenda } from './lists';

const rule = 'register/not-in-register';
const itu = { registers: [ITU_TD_LIST] };
const sa2 = { registers: [TDOCS_BY_AGENDA] };

describe(rule, () => {
  it.each([
    ['a TD the TD list does not have', tsagAgenda({ '3.2': 'New work – TD700' }), itu, ['TD700']],
    ['a revision later than the TD list has (TD624 is at Rev.3)', tsagAgenda({ '2.3': 'Operational plan – TD 624 Rev.4' }), itu, ['TD 624 Rev.4']],
    ['a Tdoc of this meeting TdocsByAgenda does not have', sa2Agenda({ '4.2': 'Incoming LSs – S2-2408999' }), sa2, ['S2-2408999']],
  ])('fires for %s', (_, text, options, expected) => {
    expect(quoted(findingsOf(rule, text, options))).toEqual(expected);
  });

  it.each([
    ['every cited document listed, external references apart (Res. 71, C24/59 Rev.1, TSAG-R4)', tsagAgenda({}), itu],
    ['the same revision spelt another way ("TD 624 Rev.3" for TD624 at Rev 3)', tsagAgenda({ '2.3': 'Operational plan – TD 624 Rev.3' }), itu],
    ['an earlier revision (another rule: superseded)', tsagAgenda({ '2.3': 'Operational plan – TD624-R1' }), itu],
    ['the meeting report announced in a TD number the list does not have yet', tsagAgenda({ '7': 'Closure. The meeting report will be issued as TD716.' }), itu],
    ['a contribution, which a TD list does not list', tsagAgenda({ '3.2': 'Contributions – C103' }), itu],
    ['another group’s TD (SG17-TD580)', tsagAgenda({ '3.2': 'Liaison – SG17-TD580' }), itu],
    ['a Tdoc of an earlier meeting ("Revision of postponed S2-2405883 from S2#163")', sa2Agenda({ '4.2': 'Postponed from SA2#163: S2-2405883' }), sa2],
    ['another working group’s Tdoc (R2-2405883)', sa2Agenda({ '4.2': 'Incoming LS R2-2405883' }), sa2],
    ['an agenda checked without a register', tsagAgenda({ '3.2': 'New work – TD700' }), {}],
  ])('is silent for %s', (_, text, options) => {
    expect(findingsOf(rule, text, options)).toEqual([]);
  });

  it('names the register, and the latest revision it has', () => {
    expect(findingsOf(rule, tsagAgenda({ '3.2': 'New work – TD700' }), itu)[0]!.message).toMatchInlineSnapshot(
      `"TD700 is cited in item 3.2 but is not in the document register (TSAG TD list.xlsx)."`,
    );
    expect(findingsOf(rule, tsagAgenda({ '2.3': 'Operational plan – TD 624 Rev.4' }), itu)[0]!.message).toMatchInlineSnapshot(
      `"TD 624 Rev.4 is cited in item 2.3, but the document register (TSAG TD list.xlsx) has TD624 only up to TD624R3."`,
    );
  });
});
