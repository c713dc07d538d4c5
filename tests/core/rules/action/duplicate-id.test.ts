import { describe, expect, it } from 'vitest';
import { findingsOf, quoted } from '../../../helpers/rules';

const rule = 'action/duplicate-id';

describe(rule, () => {
  it('fires for two actions with one id', () => {
    const text = '1 Reports\nAnticipated action WP2-4: Approve the action plan.\n2 Plans\nAnticipated Action WP2-4: Agree the plan.';
    const findings = findingsOf(rule, text);
    expect(quoted(findings)).toEqual(['WP2-4']);
    expect(findings[0]!.message).toMatchInlineSnapshot(`"Action id WP2-4 is used twice (first under item 1); each action needs its own id."`);
  });

  it('is silent for distinct ids', () => {
    expect(findingsOf(rule, 'Anticipated action WP2-4: Approve.\nAnticipated action RG-IEM-1: Agree.')).toEqual([]);
  });
});
