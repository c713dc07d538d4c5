import { describe, expect, it } from 'vitest';
import { findingsOf, quoted } from '../../../helpers/rules';
import { ITU_TD_LIST, TDOCS_BY_AGENDA, TDOC_PORTAL_EXPORT, sa2Agenda, tsagAgenda } from './lists';

const rule = 'register/superseded';
const itu = { registers: [ITU_TD_LIST] };
const sa2 = { registers: [TDOCS_BY_AGENDA] };

describe(rule, () => {
  it.each([
    ['TD624 cited, the TD list at Rev 3', tsagAgenda({ '2.3': 'Operational plan – TD624' }), itu, ['TD624'], ['TD624R3']],
    ['"TD 624 Rev.1" cited: the fix keeps its spelling', tsagAgenda({ '2.3': 'Operational plan – TD 624 Rev.1' }), itu, ['TD 624 Rev.1'], ['TD 624 Rev.3']],
    ['"TD624-R2" cited: the fix keeps its spelling', tsagAgenda({ '2.3': 'Operational plan – TD624-R2' }), itu, ['TD624-R2'], ['TD624-R3']],
    ['a Tdoc "Revised to" another', sa2Agenda({ '4.1': 'Incoming LSs – S2-2407399, S2-2408478' }), sa2, ['S2-2408478'], ['S2-2408687']],
    ['a Tdoc "Revised, merging S2-2408113, to" another', sa2Agenda({ '4.1': 'Emergency services – S2-2407552' }), sa2, ['S2-2407552'], ['S2-2408689']],
    ['a chain of two revisions, followed to its end', sa2Agenda({ '9.16.2': 'NWDAF – S2-2408666' }), sa2, ['S2-2408666'], ['S2-2408669']],
    ['a portal export’s "Revised to" column', '1 Opening\n8.1 AI/ML for 5GS – S2-2500102', { registers: [TDOC_PORTAL_EXPORT] }, ['S2-2500102'], ['S2-2500150']],
  ])('fires for %s', (_, text, options, expected, fixed) => {
    const findings = findingsOf(rule, text, options);
    expect(quoted(findings)).toEqual(expected);
    expect(findings.map((f) => f.fix?.edits[0]?.replace)).toEqual(fixed);
  });

  it.each([
    ['the latest revision cited', tsagAgenda({ '2.3': 'Operational plan – TD 624 Rev.3' }), itu],
    ['the latest Tdoc of a chain cited', sa2Agenda({ '4.1': 'Incoming LSs – S2-2408687' }), sa2],
    ['a withdrawn Tdoc that had been revised (another rule: withdrawn)', sa2Agenda({ '4.1': 'UE policy – S2-2408015' }), sa2],
    ['a document the register does not have (another rule)', tsagAgenda({ '3.2': 'New work – TD700' }), itu],
    ['a Tdoc of an earlier meeting that this meeting revised', sa2Agenda({ '4.1': 'Consent management – S2-2405883' }), sa2],
  ])('is silent for %s', (_, text, options) => {
    expect(findingsOf(rule, text, options)).toEqual([]);
  });

  it('follows a chain to its end and says where it went; a merged end is named', () => {
    const [finding] = findingsOf(rule, sa2Agenda({ '9.16.2': 'NWDAF – S2-2408666' }), sa2);
    expect(finding!.message).toMatchInlineSnapshot(
      `"S2-2408666 is cited in item 9.16.2, but in the document register (SA2-164 TdocsByAgenda.docx) S2-2408666 was revised to S2-2408667, and so on to S2-2408669 (since merged into S2-2408698)."`,
    );
    expect(finding!.fix).toMatchObject({ title: 'Cite S2-2408669', edits: [{ find: 'S2-2408666', replace: 'S2-2408669' }] });
  });

  it('adds a revision in the agenda’s own style when the citation has none', () => {
    const text = tsagAgenda({ '1.1': 'Approval of the agenda – TD 514 Rev.1', '2.2': 'Proposed actions – TD 667 Rev.1', '2.3': 'Operational plan – TD 624' });
    expect(findingsOf(rule, text, itu).map((f) => f.fix?.title)).toEqual(['Cite TD 624 Rev.3']);
  });

  it('offers no fix when the latest revision was withdrawn', () => {
    const register = { registers: [TDOCS_BY_AGENDA] };
    const text = sa2Agenda({ '4.1': 'UE policy – S2-2408015' });
    expect(findingsOf('register/withdrawn', text, register)).toHaveLength(1);
    const withdrawnRevision = findingsOf(rule, text.replace('S2-2408015', 'S2-2408541'), register);
    expect(withdrawnRevision).toEqual([]);
  });
});
