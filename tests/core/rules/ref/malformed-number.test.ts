import { describe, expect, it } from 'vitest';
import { findingsOf, quoted } from '../../../helpers/rules';

const rule = 'ref/malformed-number';

describe(rule, () => {
  it('fires for a Tdoc number with a digit too many', () => {
    const findings = findingsOf(rule, 'SA WG2 Meeting #136\t\tS2-19010847');
    expect(quoted(findings)).toEqual(['S2-19010847']);
    expect(findings[0]!.message).toMatchInlineSnapshot(`""S2-19010847" has 8 digits after "S2-"; "S2-" numbers have 7 (the year and a 5-digit sequence)."`);
  });

  it.each([
    ['a 2020 Tdoc a digit short', 'Revised to S2-201234.', 'S2-201234', 'numbers of 2020 have 7'],
    ['a RAN1 Tdoc a digit short', 'R1-230433 and R1-2304475', 'R1-230433', 'numbers of 2023 have 7'],
  ])('fires for %s', (_, text, quote, message) => {
    const findings = findingsOf(rule, text);
    expect(quoted(findings)).toEqual([quote]);
    expect(findings[0]!.message).toContain(message);
  });

  it.each([
    ['seven digits', 'See S2-1911962'],
    ['a RAN1 download list', 'R1-2304339\nR1-2304475\nR1-2305973'],
    ['six digits (older years)', 'See S2-150746'],
    ['ITU-T numbers', 'See TD12345'],
  ])('is silent for %s', (_, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });
});
