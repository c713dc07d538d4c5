import { describe, expect, it } from 'vitest';
import { findingsOf, quoted } from '../../../helpers/rules';

const rule = 'text/unbalanced-parentheses';

describe(rule, () => {
  it.each([
    ['a ")" that closes nothing', '♠) FS_eNS_ph2 (8.8) 8 +1', ['♠) FS_eNS_ph2 (8.8) 8']],
    ['a "(" never closed', 'Reports – (TD526, TD527', ['Reports – (TD526, TD527']],
    ['a slip beside an interval', 'scales in [max DS, min DS) (see 4.5', ['DS, min DS) (see 4.5']],
  ])('fires for %s', (_, text, expected) => {
    expect(quoted(findingsOf(rule, text))).toEqual(expected);
  });

  it.each([
    ['balanced, nested parentheses', 'Reference: Annex E of (TSAG-R4(2024-01))'],
    ['a list marker', 'a) Opening of the meeting'],
    ['a numbered list marker', '2.1) Reports'],
    ['a smiley', 'Thanks to all :)'],
    // IHO S-101PT Scales sub-group minutes, 16 November 2021
    ['a half-open interval', 'This would be [maximum display scale, minimum display scale).'],
    ['an interval open on the left', 'a ratio in (0, 1] is kept'],
  ])('is silent for %s', (_, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });

  it('says which parenthesis is wrong', () => {
    expect(findingsOf(rule, 'Reports – (TD526, TD527')[0]!.message).toMatchInlineSnapshot(`"A "(" is never closed in "Reports – (TD526, TD527"."`);
  });
});
