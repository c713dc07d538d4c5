import { describe, expect, it } from 'vitest';
import { findingsOf, quoted } from '../../../helpers/rules';
import { ITU_TD_LIST, TDOCS_BY_AGENDA, sa2Agenda, tsagAgenda } from './lists';

const rule = 'register/wrong-item';
const itu = { registers: [ITU_TD_LIST] };
const sa2 = { registers: [TDOCS_BY_AGENDA] };

describe(rule, () => {
  it.each([
    ['a TD cited under 4.1 that the TD list allocates to 3.1', tsagAgenda({ '3.1': 'Inputs – PP-22 Res. 71', '4.1': 'Inputs to the plan – TD681, TD672' }), itu, ['TD672']],
    ['a Tdoc cited under 2 that TdocsByAgenda allocates to 4.1', sa2Agenda({ '2': 'Review of the Agenda – S2-2407386, S2-2408687', '4.1': 'Common issues and Incoming LSs – S2-2407399' }), sa2, ['S2-2408687']],
  ])('fires for %s', (_, text, options, expected) => {
    expect(quoted(findingsOf(rule, text, options))).toEqual(expected);
  });

  it.each([
    ['every document under its own item', tsagAgenda({}), itu],
    ['a cross-reference in parentheses "(TD672)" under another item', tsagAgenda({ '4.1': 'Inputs to the plan – TD681 (see also TD672)' }), itu],
    ['a document also cited under its own item', tsagAgenda({ '4.1': 'Inputs to the plan – TD681; as agreed under 3.1, TD672' }), itu],
    ['a document cited under a sub-item of its item', tsagAgenda({ '3.1': 'Inputs – PP-22 Res. 71', '3.1.1': 'CWG-SFP – TD672' }), itu],
    ['an item that is not on this agenda (the list’s 9.16.2)', sa2Agenda({ '4.1': 'LSs – S2-2408669' }), sa2],
    ['a withdrawn Tdoc, which TdocsByAgenda moves to item 99', sa2Agenda({ '4.1': 'LSs – S2-2407473', '99': 'Withdrawn documents' }), sa2],
    ['an agenda checked without a register', tsagAgenda({ '4.1': 'Inputs to the plan – TD681, TD672', '3.1': 'Inputs' }), {}],
  ])('is silent for %s', (_, text, options) => {
    expect(findingsOf(rule, text, options)).toEqual([]);
  });

  it('names the item the register allocates the document to', () => {
    expect(findingsOf(rule, sa2Agenda({ '2': 'Review of the Agenda – S2-2407386, S2-2408687', '4.1': 'Common issues and Incoming LSs – S2-2407399' }), sa2)[0]!.message).toMatchInlineSnapshot(
      `"S2-2408687 is cited in item 2, but the document register (SA2-164 TdocsByAgenda.docx) allocates it to item 4.1, Common issues and Incoming LSs – S2-2407399."`,
    );
  });
});
