import { describe, expect, it } from 'vitest';
import { annexA, findingsOf, quoted } from '../../../helpers/rules';

const rule = 'ref/style-mixed';

describe(rule, () => {
  it.each([
    ['TD624-R2 and TD624R2', `1 Plan – TD624-R2\n2 Close\n\n${annexA([['Information', 'TD624R2']])}`, ['TD624R2']],
    ['TD 120 Rev.1 and TD120R1', '1 A – TD 120 Rev.1\n2 B – TD120R1', ['TD120R1']],
  ])('fires for %s', (_, text, expected) => {
    expect(quoted(findingsOf(rule, text))).toEqual(expected);
  });

  it.each([
    ['one spelling throughout', `1 Plan – TD624R2\n2 Close – TD515\n\n${annexA([['Information', 'TD624R2']])}`],
    ['different documents in different styles', '1 A – TD624-R2\n2 B – TD515'],
    ['an elided number ("+ 267")', '1 A – TD 232R1+ 267(P)\n2 B – TD 267'],
  ])('is silent for %s', (_, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });

  it('names both spellings', () => {
    expect(findingsOf(rule, '1 A – TD 120 Rev.1\n2 B – TD120R1')[0]!.message).toMatchInlineSnapshot(
      `"TD120R1 is written in different forms: "TD 120 Rev.1" and "TD120R1"; one form throughout lets a search find every mention."`,
    );
  });
});
