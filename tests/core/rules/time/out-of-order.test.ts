import { describe, expect, it } from 'vitest';
import { findingsOf, quoted } from '../../../helpers/rules';

const rule = 'time/out-of-order';
const session = 'Timing | # | Agenda Item | Docs\nThursday, 1 August 2024 / 14:30 - 15:45 hours Geneva time |  | RG-SOP session | ';

describe(rule, () => {
  it('fires for a slot that starts before the slot above it', () => {
    const findings = findingsOf(rule, `${session}\n14:30 hours | 1 | Opening | \n15:00 hours | 2 | Reports | \n14:50 hours | 3 | Plans | `);
    expect(quoted(findings)).toEqual(['14:50']);
    expect(findings[0]!.message).toMatchInlineSnapshot(`"14:50 (item 3) starts before 15:00 (item 2), the slot above it; times should run in order."`);
  });

  it.each([
    ['times in order', `${session}\n14:30 hours | 1 | Opening | \n14:35 hours | 2 | Reports | \n15:40 hours | 3 | Plans | `],
    ['equal times', `${session}\n14:30 hours | 1 | Opening | \n14:30 hours | 2 | Reports | `],
    ['different sessions', `${session}\n15:30 hours | 1 | Opening | \nFriday, 2 August 2024 / 09:00 - 10:00 hours |  | Day 2 | \n09:00 hours | 2 | Reports | `],
  ])('is silent for %s', (_, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });
});
