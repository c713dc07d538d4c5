import { describe, expect, it } from 'vitest';
import { findingsOf, quoted } from '../../../helpers/rules';

const rule = 'numbering/duplicate';

describe(rule, () => {
  it('fires for a number used twice in one agenda', () => {
    const findings = findingsOf(rule, '1 Opening\n2 Reports\n2 Liaisons\n3 AOB');
    expect(quoted(findings)).toEqual(['2']);
    expect(findings[0]!.message).toMatchInlineSnapshot(`"Item number 2 appears twice ("Reports" and "Liaisons")."`);
  });

  it('is silent for the same number in two different agendas', () => {
    expect(findingsOf(rule, '1. Agenda\n2. Deadlines\nAI# | Topic | Specs\n1 | Opening | \n2 | Agenda | ')).toEqual([]);
  });
});
