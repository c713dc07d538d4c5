import { describe, expect, it } from 'vitest';
import { findingsOf, quoted } from '../../../helpers/rules';

const rule = 'numbering/duplicate';

describe(rule, () => {
  it('fires for a number used twice in one agenda', () => {
    const findings = findingsOf(rule, '1 Opening\n2 Reports\n2 Liaisons\n3 AOB');
    expect(quoted(findings)).toEqual(['2']);
    expect(findings[0]!.message).toMatchInlineSnapshot(`"Item number 2 appears twice ("Reports" and "Liaisons"); each item needs its own number."`);
  });

  it('is silent for the same number in two different agendas', () => {
    expect(findingsOf(rule, '1. Agenda\n2. Deadlines\nAI# | Topic | Specs\n1 | Opening | \n2 | Agenda | ')).toEqual([]);
  });
});

// ISC Billfish WG agenda (Taipei, April 2024): item 8 is taken on April 17 and continued on April 18.
describe(`${rule}: an item continued in a later sitting`, () => {
  it.each([
    ['8 Base-case Model (Continued)'],
    ['8 Base-case model (cont.)'],
    ["8 Base-case Model (cont'd)"],
    ['8 Base-case Model – continued'],
    ['8 Continued: Base-case Model'],
  ])('is silent for "%s" after "8 Base-case Model"', (again) => {
    expect(findingsOf(rule, `7 Reference Points\n8 Base-case Model\n${again}\n9 Recommendations`)).toEqual([]);
  });

  it.each([
    ['another title under the same number', '8 Sensitivity runs (Continued)'],
    ['the same title without a continuation mark', '8 Base-case Model'],
  ])('still fires for %s', (_, again) => {
    expect(quoted(findingsOf(rule, `8 Base-case Model\n${again}\n9 Recommendations`))).toEqual(['8']);
  });
});
