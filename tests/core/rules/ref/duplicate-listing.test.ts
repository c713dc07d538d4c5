import { describe, expect, it } from 'vitest';
import { annexA, findingsOf, quoted } from '../../../helpers/rules';

const rule = 'ref/duplicate-listing';

describe(rule, () => {
  it('fires for the same document listed twice, however written', () => {
    const findings = findingsOf(rule, annexA([['Admin', 'TD514'], ['Report', 'TD515'], ['Admin', 'TD 514']]));
    expect(quoted(findings)).toEqual(['TD 514']);
    expect(findings[0]!.message).toMatchInlineSnapshot(`"TD 514 appears twice in the document list (Annex A) (rows 1 and 3); a document is listed once."`);
  });

  it('is silent for two revisions of a document', () => {
    expect(findingsOf(rule, annexA([['Information', 'TD667'], ['Information', 'TD667R1']]))).toEqual([]);
  });
});
