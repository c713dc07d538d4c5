import { describe, expect, it } from 'vitest';
import { annexA, findingsOf, quoted } from '../../../helpers/rules';

const rule = 'ref/not-in-document-list';
const list = annexA([['Admin', 'TD514'], ['Information', 'TD667R1']]);

describe(rule, () => {
  it.each([
    ['a cited TD missing from Annex A', `1 Opening – TD514\n2 Reports – TD526\n\n${list}`, ['TD526']],
    ['a parenthesised citation', `1 Opening – TD514\n2 Reports – (TD599)\n\n${list}`, ['TD599']],
    ['a contribution', `1 Opening – TD514, C103\n2 Other\n\n${list}`, ['C103']],
  ])('fires for %s', (_, text, expected) => {
    expect(quoted(findingsOf(rule, text))).toEqual(expected);
  });

  it.each([
    ['listed documents, any revision spelling', `1 Opening – TD 514\n2 Reports – TD667-R1\n\n${list}`],
    ['Council documents, reports, resolutions, other groups', `1 Opening – TD514 (C24/59 Rev.1), TSAG-R4(2024-01)\n2 Plans – PP-22 Res. 71, SG17-TD580, WTSA-24\n\n${list}`],
    ['a document without a document list', '1 Opening – TD526\n2 Reports – TD599'],
  ])('is silent for %s', (_, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });

  it('says which item cites it and names the list', () => {
    expect(findingsOf(rule, `1 Opening – TD514\n2 Reports – TD526\n\n${list}`)[0]!.message).toMatchInlineSnapshot(
      `"TD526 is cited in item 2 but is not in the document list (Annex A)."`,
    );
  });
});
