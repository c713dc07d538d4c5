import { describe, expect, it } from 'vitest';
import { findingsOf, quoted } from '../../../helpers/rules';

const rule = 'date/deadline-after-meeting';
const plan = (date: string, deadline: string) =>
  `RG-IEM plan\nDate, Time (Geneva time) | Objectives | Contribution Deadline\n${date} / 13:00 – 15:00 | Review | ${deadline}`;

describe(rule, () => {
  it.each([
    ['a deadline after the e-meeting', plan('11 February 2025', '12 February 2025'), ['12 February 2025']],
    ['a deadline on the day of the e-meeting', plan('11 February 2025', '11 February 2025'), ['11 February 2025']],
    ['a submission deadline after the meeting starts', 'SA WG2 Meeting #136\nNov 18 - 22, 2019, Reno, USA\nDeadline for tdocs: Tuesday, 19 Nov 2019', ['Tuesday, 19 Nov 2019']],
  ])('fires for %s', (_, text, expected) => {
    expect(quoted(findingsOf(rule, text))).toEqual(expected);
  });

  it.each([
    ['a deadline before the e-meeting', plan('11 February 2025', '3 February 2025')],
    ['a submission deadline before the meeting', 'SA WG2 Meeting #136\nNov 18 - 22, 2019, Reno, USA\nDeadline for tdocs: Friday, 08 Nov 2019'],
  ])('is silent for %s', (_, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });

  it('names both dates', () => {
    expect(findingsOf(rule, plan('11 February 2025', '12 February 2025'))[0]!.message).toMatchInlineSnapshot(
      `"The contribution deadline Wednesday 12 February 2025 is on or after the meeting it is for (Tuesday 11 February 2025); it must come before the meeting."`,
    );
  });
});
