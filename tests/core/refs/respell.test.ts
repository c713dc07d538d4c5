// A document number written the way the document writes its numbers: the cited spelling kept (spacing, padding,
// series), the revision in the citation's own form or, when it has none, in the form the document uses most.
import { describe, expect, it } from 'vitest';
import { parseDocumentId } from '../../../src/core';
import { revisionStyle, spellLike } from '../../../src/core/refs/respell';

describe('spelling a number like the document', () => {
  it.each([
    ['TD 624 Rev.1', 'TD624R3', 'R', 'TD 624 Rev.3'],
    ['TD624-R1', 'TD624R3', 'R', 'TD624-R3'],
    ['TD 230R2(P)', 'TD230R3', 'R', 'TD 230R3(P)'],
    ['C 005 Rev.1', 'C5R2', 'R', 'C 005 Rev.2'],
    ['TD624', 'TD624R3', ' Rev.', 'TD624 Rev.3'],
    ['TD624', 'TD624R3', '-R', 'TD624-R3'],
    ['267', 'TD267R1', 'R', '267R1'],
    ['S2-2408478', 'S2-2408687', 'R', 'S2-2408687'],
  ])('writes %s as %s in the document’s style', (raw, target, style, expected) => {
    expect(spellLike(raw, parseDocumentId(target)!, style)).toBe(expected);
  });

  it('takes the revision form the document uses most, "R" when it writes none', () => {
    expect(revisionStyle(['TD624-R2', 'TD667-R1', 'TD 520 Rev.1', 'TD514'])).toBe('-R');
    expect(revisionStyle(['TD514', 'S2-2408478'])).toBe('R');
  });
});
