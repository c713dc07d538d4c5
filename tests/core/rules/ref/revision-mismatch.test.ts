import { describe, expect, it } from 'vitest';
import { annexA, findingsOf, quoted } from '../../../helpers/rules';

const rule = 'ref/revision-mismatch';

describe(rule, () => {
  it.each([
    ['TD667 cited, TD667R1 listed', `1 Workshop – TD667\n2 Close\n\n${annexA([['Information', 'TD667R1']])}`, ['TD667']],
    ['TD667R2 cited, TD667R1 listed', `1 Workshop – TD667-R2\n2 Close\n\n${annexA([['Information', 'TD667R1']])}`, ['TD667-R2']],
    ['TD667R1 cited, TD667 listed', `1 Workshop – TD667R1\n2 Close\n\n${annexA([['Information', 'TD667']])}`, ['TD667R1']],
  ])('fires for %s', (_, text, expected) => {
    expect(quoted(findingsOf(rule, text))).toEqual(expected);
  });

  it.each([
    ['the same revision, written differently', `1 Workshop – TD 667 Rev.1\n2 Close\n\n${annexA([['Information', 'TD667R1']])}`],
    ['both revisions listed', `1 Workshop – TD667\n2 Close – TD667R1\n\n${annexA([['Information', 'TD667'], ['Information', 'TD667R1']])}`],
    ['a document not listed at all (another rule)', `1 Workshop – TD700\n2 Close\n\n${annexA([['Information', 'TD667R1']])}`],
  ])('is silent for %s', (_, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });

  it('offers to cite the listed revision', () => {
    const [finding] = findingsOf(rule, `1 Workshop – TD667\n2 Close\n\n${annexA([['Information', 'TD667R1']])}`);
    expect(finding!.message).toMatchInlineSnapshot(`"TD667 is cited in item 1, but the document list (Annex A) has TD667R1."`);
    expect(finding!.fix).toMatchObject({ title: 'Cite TD667R1', edits: [{ find: 'TD667', replace: 'TD667R1' }] });
  });
});
