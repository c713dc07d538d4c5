import { describe, expect, it } from 'vitest';
import { annexA, findingsOf, quoted } from '../../../helpers/rules';

const rule = 'list/unknown-category';

describe(rule, () => {
  it.each([
    ['a misspelt category', annexA([['infomration', 'TD667R1']]), ['infomration']],
    ['a category outside the vocabulary', annexA([['Gossip', 'TD667R1']]), ['Gossip']],
  ])('fires for %s', (_, text, expected) => {
    expect(quoted(findingsOf(rule, text))).toEqual(expected);
  });

  it.each([
    ['vocabulary categories, any case, with a qualifier', annexA([['Information', 'TD1'], ['information (to review)', 'TD2'], ['ADMIN', 'TD3']])],
    ['3GPP Tdoc types', 'AI | TD# | Type | Subject\n2 | S2-2407386 | AGENDA | Agenda\n4.1 | S2-2407387 | LS In | LS from SA1'],
  ])('is silent for %s', (_, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });

  it('suggests the nearest category, with a fix', () => {
    const [finding] = findingsOf(rule, annexA([['infomration', 'TD667R1']]));
    expect(finding!.message).toMatchInlineSnapshot(`""infomration" (TD667R1) is not a document category; did you mean "Information"?"`);
    expect(finding!.fix).toMatchObject({ title: 'Change the category to Information', edits: [{ find: 'infomration', replace: 'Information' }] });
  });

  it('lists the vocabulary when nothing is near, without a fix', () => {
    const [finding] = findingsOf(rule, annexA([['Gossip', 'TD1']]), { config: { categories: ['Admin', 'Report'] } });
    expect(finding!.message).toMatchInlineSnapshot(`""Gossip" (TD1) is not one of the document categories (Admin, Report)."`);
    expect(finding!.fix).toBeUndefined();
  });

  it('uses the configured vocabulary', () => {
    expect(quoted(findingsOf(rule, annexA([['Gossip', 'TD1'], ['Admin', 'TD2']]), { config: { categories: ['Gossip'] } }))).toEqual(['Admin']);
  });
});
