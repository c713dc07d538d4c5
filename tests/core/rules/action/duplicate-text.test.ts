import { describe, expect, it } from 'vitest';
import { findingsOf, quoted } from '../../../helpers/rules';

const rule = 'action/duplicate-text';

describe(rule, () => {
  it('fires for two actions with the same text, whatever the spacing, case or final period', () => {
    const findings = findingsOf(rule, 'Anticipated action WP2-6: Agree the text of Resolution 68.\nAnticipated action WP2-7: agree the  text of Resolution 68');
    expect(quoted(findings)).toEqual(['WP2-7']);
    expect(findings[0]!.message).toMatchInlineSnapshot(`"Actions WP2-6 and WP2-7 have the same text ("agree the text of Resolution 68"); keep one, or say how they differ."`);
  });

  it('is silent for different texts', () => {
    expect(findingsOf(rule, 'Anticipated action WP2-6: Agree A.\nAnticipated action WP2-7: Agree B.')).toEqual([]);
  });
});
