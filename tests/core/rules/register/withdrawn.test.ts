import { describe, expect, it } from 'vitest';
import { findingsOf, quoted } from '../../../helpers/rules';
import { ITU_TD_LIST, TDOCS_BY_AGENDA, TDOC_PORTAL_EXPORT, sa2Agenda, tsagAgenda } from './lists';

const rule = 'register/withdrawn';
const itu = { registers: [ITU_TD_LIST] };
const sa2 = { registers: [TDOCS_BY_AGENDA] };
const portal = { registers: [TDOC_PORTAL_EXPORT] };

describe(rule, () => {
  it.each([
    ['a TD the TD list says was withdrawn', tsagAgenda({ '3.1': 'Inputs – TD672, TD680' }), itu, ['TD680']],
    ['a Tdoc TdocsByAgenda moved to item 99 as withdrawn', sa2Agenda({ '4.2': 'Slicing – S2-2407473' }), sa2, ['S2-2407473']],
    ['a withdrawn Tdoc that had been revised first ("Revised to S2-2408541. WITHDRAWN")', sa2Agenda({ '4.2': 'UE policy – S2-2408015' }), sa2, ['S2-2408015']],
    ['a Tdoc the portal export marks "withdrawn"', '1 Opening\n8.1 AI/ML for 5GS – S2-2500104', portal, ['S2-2500104']],
  ])('fires for %s', (_, text, options, expected) => {
    expect(quoted(findingsOf(rule, text, options))).toEqual(expected);
  });

  it.each([
    ['the meeting report’s number, reserved in the TD list ("report to be found in TD515")', tsagAgenda({}), itu],
    ['a Tdoc the portal export marks "reserved" (the report, not written yet)', '1 Opening\n3 Report of SA2#166 – S2-2500103', portal],
    ['a withdrawn TD announced for later ("to be found in")', tsagAgenda({ '7': 'Closure. The timetable is to be found in TD680.' }), itu],
    ['Tdocs revised, merged, noted or open', sa2Agenda({ '4.1': 'LSs – S2-2407399, S2-2408478, S2-2408113, S2-2408687' }), sa2],
    ['an agenda checked without a register', tsagAgenda({ '3.1': 'Inputs – TD680' }), {}],
  ])('is silent for %s', (_, text, options) => {
    expect(findingsOf(rule, text, options)).toEqual([]);
  });

  it('quotes the register’s status', () => {
    expect(findingsOf(rule, sa2Agenda({ '4.2': 'Slicing – S2-2407473' }), sa2)[0]!.message).toMatchInlineSnapshot(
      `"S2-2407473 is cited in item 4.2, but the document register (SA2-164 TdocsByAgenda.docx) says S2-2407473 was withdrawn ("Withdrawn")."`,
    );
  });
});
