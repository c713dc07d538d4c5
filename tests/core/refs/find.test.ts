import { describe, expect, it } from 'vitest';
import { findReferences, formatDocumentId } from '../../../src/core';

function cited(text: string): string[] {
  return findReferences(text).citations.map((c) => `${formatDocumentId(c.id)}${c.id.series ? `[${c.id.series}]` : ''}${c.parenthesized ? ' (parenthesized)' : ''}`);
}

function external(text: string): string[] {
  return findReferences(text).external.map((r) => `${r.kind}: ${r.raw}`);
}

describe('citations in running text', () => {
  it.each([
    ['TD 120 Rev.1', ['TD120R1']],
    ['C 005 Rev.1', ['C5R1']],
    ['TD 230R2(P)', ['TD230R2[P]']],
    ['TD 235R1 (P)', ['TD235R1[P]']],
    ['TD 232R1+ 267+ 269+ 270(P)', ['TD232R1[P]', 'TD267[P]', 'TD269[P]', 'TD270[P]']],
    ['TD326/TSAG', ['TD326[TSAG]']],
    ['SG17-TD580', ['SG17-TD580']],
    ['SG9-TD163/GEN', ['SG9-TD163[GEN]']],
    ['COM16-C45', ['COM16-C45']],
    ['C21,C24', ['C21', 'C24']],
    ['TD1324, TD1339,(SDN security related TDs)', ['TD1324', 'TD1339']],
    ['Report – TD523', ['TD523']],
    ['Updated ITU-T action plan - TD624-R2', ['TD624R2']],
    ['Industry Engagement workshop lessons/actions – TD667-R1 (TD599)', ['TD667R1', 'TD599 (parenthesized)']],
    ['(TD526)', ['TD526 (parenthesized)']],
    ['(TD624R2) / (Output of RG-IEM meeting)', ['TD624R2 (parenthesized)']],
    ['Future meetings – Annex 1 of this TD (based on TD521)', ['TD521']],
    ['(TD12, TD13 and C4)', ['TD12 (parenthesized)', 'TD13 (parenthesized)', 'C4 (parenthesized)']],
    ['Meeting report to be found in TD515.', ['TD515']],
    ['Please read S2-150746 and R2-1916470', ['S2-150746', 'R2-1916470']],
  ])('%s', (text, expected) => {
    expect(cited(text)).toEqual(expected);
  });

  it.each([
    'Preparation of the ITU strategic and financial plans for 2028-2031 (C24/59 Rev.1)',
    'Council Document (C24/139) - Resolution 1428',
    'Reference: Annex E of (TSAG-R4(2024-01))',
    'Strategic plan for the Union for 2024-2027 (PP-22 Res. 71 )',
    'consolidation of Study Groups 9 and 16 into new Study Group C (SGC)',
    '23.401 CR3582R5 (Rel-15)',
    'see https://www.itu.int/md/T22-TSAG-240729-TD-0514',
    'Agree the text of Resolution 68 as shown in TD',
  ])('cites no meeting document: %s', (text) => {
    expect(cited(text)).toEqual([]);
  });

  it('keeps external references apart, never as contributions', () => {
    expect(external('(C24/59 Rev.1)')).toEqual(['council: C24/59 Rev.1']);
    expect(external('Council Document (C24/139) - Resolution 1428')).toEqual(['council: C24/139', 'resolution: Resolution 1428']);
    expect(external('Annex E of (TSAG-R4(2024-01))')).toEqual(['report: TSAG-R4(2024-01)']);
    expect(external('(PP-22 Res. 71 )')).toEqual(['resolution: PP-22 Res. 71']);
    expect(external('the Recommendations J.185 and J.186 at')).toEqual(['recommendation: J.185', 'recommendation: J.186']);
    expect(external('the TSAG report to WTSA-24 concerning')).toEqual(['conference: WTSA-24']);
    // An Internet-Draft is a meeting document of the IETF (a citation); an RFC is published, external.
    expect(external('draft-ietf-httpbis-variants and RFC 6265')).toEqual(['ietf: RFC 6265']);
    expect(external('alignment with TS 23.501')).toEqual(['specification: TS 23.501']);
  });

  // Each body's publications as its profile writes them (ISO/TC 211 AG 10 notice N 68, ITU and IEEE phrasings).
  it.each([
    { text: '5.2 Correcting XML files to comply with ISO 19139-1:2019 Clause', found: ['standard: ISO 19139-1:2019'] },
    { text: '6.1 ISO 19115-1 review; 6.2 ISO 19181', found: ['standard: ISO 19115-1', 'standard: ISO 19181'] },
    { text: 'aligned with ISO/IEC 27001 and ISO/TS 19139', found: ['standard: ISO/IEC 27001', 'standard: ISO/TS 19139'] },
    { text: 'Recommendation ITU-R BT.709 and ITU-T X.509', found: ['recommendation: BT.709', 'recommendation: ITU-T X.509'] },
    { text: 'time sync per IEEE Std 1588-2019 and IEEE 802.11ax', found: ['standard: IEEE Std 1588-2019', 'standard: IEEE 802.11ax'] },
    { text: 'BCP 56 and STD 97', found: ['ietf: BCP 56', 'ietf: STD 97'] },
    { text: 'ISO8601 timestamps such as 2025-05-21T01:00UTC', found: ['standard: ISO8601'] },
  ])('finds the external references in "$text"', ({ text, found }) => {
    expect(external(text)).toEqual(found);
    expect(cited(text)).toEqual([]);
  });

  it.each([
    'ISO/TC 211/AG 10 XML Maintenance Group, N 68',
    'ISO/IEC JTC 1/SC 42 plenary',
    'IEEE 802 plenary week, 20 attendees',
  ])('names no external reference in "%s"', (text) => {
    expect(external(text)).toEqual([]);
  });

  it('keeps the writer’s spelling and position', () => {
    const [citation] = findReferences('See TD 667 Rev.1 here').citations;
    expect(citation).toMatchObject({ raw: 'TD 667 Rev.1', start: 4, end: 16, elided: false });
  });
});

describe('Internet-Drafts in running text', () => {
  // A draft named in a web address before one named in the text: the text's order, with or without a number in it.
  it.each([
    ['see https://example.org/draft-ietf-a-b and draft-ietf-c-d', ['draft-ietf-a-b', 'draft-ietf-c-d']],
    ['see https://example.org/draft-ietf-a-b and draft-ietf-c-d (TD5)', ['draft-ietf-a-b', 'draft-ietf-c-d', 'TD5 (parenthesized)']],
  ])('%s', (text, expected) => {
    expect(cited(text)).toEqual(expected);
  });
});
