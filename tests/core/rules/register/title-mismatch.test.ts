import { describe, expect, it } from 'vitest';
import { findingsOf, quoted, registerOf } from '../../../helpers/rules';
import { ITU_TD_LIST } from './lists';

const rule = 'register/title-mismatch';
const itu = { registers: [ITU_TD_LIST] };

/** An agenda citing TD667R1 and TD672, with its Annex A describing them. */
function withAnnex(rows: [id: string, source: string, title: string][]): string {
  const annex = ['Annex A', '# | Category | TD/C # | Source | Title', ...rows.map(([id, source, title], i) => `${i + 1} | Information | ${id} | ${source} | ${title}`)];
  return ['2.2 Proposed actions – TD667R1', '3.1 Inputs – TD672', '', ...annex].join('\n');
}

describe(rule, () => {
  it.each([
    ['another title', withAnnex([['TD667R1', 'Rapporteur, RG-IEM', 'Proposed actions'], ['TD672', 'TSB', 'Inputs to CWG-SFP']]), ['Proposed actions']],
    ['another source', withAnnex([['TD667R1', 'Rapporteur, RG-IEM', 'Proposed actions from the workshop'], ['TD672', 'Chairman, RG-SOP', 'Inputs to CWG-SFP']]), ['Chairman, RG-SOP']],
  ])('fires for %s', (_, text, expected) => {
    expect(quoted(findingsOf(rule, text, itu))).toEqual(expected);
  });

  it.each([
    ['the same title and source', withAnnex([['TD667R1', 'Rapporteur, RG-IEM', 'Proposed actions from the workshop'], ['TD672', 'TSB', 'Inputs to CWG-SFP']])],
    ['the same words in another case, with other dashes and quotes', withAnnex([['TD667R1', 'rapporteur, RG-IEM', 'PROPOSED ACTIONS FROM THE WORKSHOP.'], ['TD672', 'TSB', 'Inputs to CWG–SFP']])],
    ['a title the register cut short', withAnnex([['TD667R1', 'Rapporteur, RG-IEM', 'Proposed actions from the workshop held in July 2024'], ['TD672', 'TSB', 'Inputs to CWG-SFP']])],
    ['a listed document the register does not have', withAnnex([['TD700', 'TSB', 'Something else']])],
  ])('is silent for %s', (_, text) => {
    expect(findingsOf(rule, text, itu)).toEqual([]);
  });

  it('offers to write the register’s title, and quotes both', () => {
    const [finding] = findingsOf(rule, withAnnex([['TD667R1', 'Rapporteur, RG-IEM', 'Proposed actions'], ['TD672', 'TSB', 'Inputs to CWG-SFP']]), itu);
    expect(finding!.message).toMatchInlineSnapshot(
      `"The document list (Annex A) gives TD667R1 the title "Proposed actions", but the document register (TSAG TD list.xlsx) has "Proposed actions from the workshop"."`,
    );
    expect(finding!.fix).toMatchObject({ title: "Use the register's title", edits: [{ find: 'Proposed actions', replace: 'Proposed actions from the workshop' }] });
  });

  it('is silent without a register, and for a register that gives no titles', () => {
    const text = withAnnex([['TD667R1', 'Rapporteur, RG-IEM', 'Proposed actions']]);
    expect(findingsOf(rule, text)).toEqual([]);
    expect(findingsOf(rule, text, { registers: [registerOf(['TD # | AI', 'TD667R1 | 2.2'])] })).toEqual([]);
  });
});
