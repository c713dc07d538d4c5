import { describe, expect, it } from 'vitest';
import { findingsOf, quoted } from '../../../helpers/rules';

const rule = 'ref/malformed-number';

describe(rule, () => {
  it('fires for a Tdoc number with a digit too many', () => {
    const findings = findingsOf(rule, 'SA WG2 Meeting #136\t\tS2-19010847');
    expect(quoted(findings)).toEqual(['S2-19010847']);
    expect(findings[0]!.message).toMatchInlineSnapshot(`""S2-19010847" has 8 digits after "S2-"; 3GPP Tdoc numbers have 7 (the year and a 5-digit sequence)."`);
  });

  it.each([
    ['seven digits', 'See S2-1911962'],
    ['six digits (older years)', 'See S2-150746'],
    ['ITU-T numbers', 'See TD12345'],
  ])('is silent for %s', (_, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });
});
