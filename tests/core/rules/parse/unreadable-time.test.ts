import { describe, expect, it } from 'vitest';
import { findingsOf, quoted } from '../../../helpers/rules';

const rule = 'parse/unreadable-time';

describe(rule, () => {
  it('fires for a Timing cell that is not a time', () => {
    const findings = findingsOf(rule, 'Timing | # | Agenda Item\n14:30 | 1 | Opening\nafter lunch | 2 | Reports');
    expect(quoted(findings)).toEqual(['after lunch']);
    expect(findings[0]!.message).toMatchInlineSnapshot(`"The time "after lunch" could not be read; a Timing cell gives a time such as 14:30 or 14:30-15:45."`);
  });

  it('is silent for times in the forms agendas use', () => {
    expect(findingsOf(rule, 'Timing | # | Agenda Item\n14:30 hours | 1 | Opening\n1500-1530 | 2 | Reports\n3:45 PM | 3 | AOB')).toEqual([]);
  });
});
