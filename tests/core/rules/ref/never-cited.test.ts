import { describe, expect, it } from 'vitest';
import { annexA, findingsOf, quoted } from '../../../helpers/rules';

const rule = 'ref/never-cited';

describe(rule, () => {
  it('fires for a listed document the agenda never cites', () => {
    const text = `1 Opening – TD514\n2 Close\n\n${annexA([['Admin', 'TD514'], ['Report', 'TD515']])}`;
    const findings = findingsOf(rule, text);
    expect(quoted(findings)).toEqual(['TD515']);
    expect(findings[0]!.message).toMatchInlineSnapshot(`"TD515 is in the document list (Annex A) but is cited nowhere in the agenda."`);
  });

  it.each([
    ['every listed document cited (another revision counts)', `1 Opening – TD514\n2 Close – TD515R1\n\n${annexA([['Admin', 'TD514'], ['Report', 'TD515']])}`],
    ['a list with no agenda to cite from', annexA([['Admin', 'TD514'], ['Report', 'TD515']])],
  ])('is silent for %s', (_, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });
});
