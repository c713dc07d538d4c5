import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../../helpers/rules';

const rule = 'table/empty';

describe(rule, () => {
  it('fires for an e-meeting plan with a header and no rows', () => {
    const text = 'RG-DT “Rapporteur Group on Sustainable Digital Transformation”\nDate, Time (Geneva time) | Objectives | Contribution Deadline\n |  | ';
    const findings = findingsOf(rule, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatchInlineSnapshot(
      `"The e-meeting plan under "RG-DT “Rapporteur Group on Sustainable Digital Transformation”" has a header but no rows; fill it in or remove it."`,
    );
  });

  it('is silent for a plan with rows', () => {
    expect(findingsOf(rule, 'Date, Time | Objectives | Contribution Deadline\n11 February 2025 | Review | 3 February 2025')).toEqual([]);
  });
});
