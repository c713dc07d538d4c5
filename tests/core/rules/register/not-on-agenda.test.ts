import { describe, expect, it } from 'vitest';
import { findingsOf, quoted } from '../../../helpers/rules';
import { ITU_TD_LIST, TDOCS_BY_AGENDA, sa2Agenda, tsagAgenda } from './lists';

const rule = 'register/not-on-agenda';
const itu = { registers: [ITU_TD_LIST] };
const sa2 = { registers: [TDOCS_BY_AGENDA] };

describe(rule, () => {
  it.each([
    ['a TD the TD list allocates to 4.1, under which the agenda lists others', tsagAgenda({ '4.1': 'Inputs to the plan – TD600' }), itu, ['TD681']],
    ['the latest revisions of Tdocs allocated to 4.1', sa2Agenda({ '4.1': 'Common issues and Incoming LSs – S2-2407399' }), sa2, ['S2-2408687', 'S2-2408689']],
  ])('fires for %s, at the item', (_, text, options, expected) => {
    const findings = findingsOf(rule, text, options);
    expect(findings.map((f) => /^\S+/.exec(f.message)![0])).toEqual(expected);
    expect(new Set(quoted(findings))).toEqual(new Set(['4.1']));
  });

  it.each([
    ['every allocated document cited, some in parentheses', tsagAgenda({}), itu],
    ['a document cited only in an earlier revision (another rule: superseded)', sa2Agenda({ '4.1': 'LSs – S2-2407399, S2-2408478, S2-2407552' }), sa2],
    ['withdrawn and reserved documents not cited', tsagAgenda({ '7': 'Closure of the meeting' }), itu],
    ['an item under which the agenda lists no documents', tsagAgenda({ '4.1': 'Inputs to the plan' }), itu],
    ['documents allocated to items this agenda does not have (9.16.2)', sa2Agenda({}), sa2],
    ['an agenda checked without a register', tsagAgenda({ '4.1': 'Inputs to the plan – TD600' }), {}],
  ])('is silent for %s', (_, text, options) => {
    expect(findingsOf(rule, text, options)).toEqual([]);
  });

  it('points at the item and names the document', () => {
    expect(findingsOf(rule, tsagAgenda({ '4.1': 'Inputs to the plan – TD600' }), itu)[0]!.message).toMatchInlineSnapshot(
      `"TD681 ("Inputs to the operational plan") is allocated to item 4.1 in the document register (TSAG TD list.xlsx), but the agenda cites it nowhere."`,
    );
  });
});
