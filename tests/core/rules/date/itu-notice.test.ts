// ITU-T meeting notices (collective letters): registration, document and contribution deadlines in the prose, the
// weekday written in brackets between day and month ("12 (Tuesday) March 2013"). Real phrasings from TSB notices.
import { describe, expect, it } from 'vitest';
import { findingsOf, quoted } from '../../../helpers/rules';

const notice = (deadline: string) =>
  `ITU-T Study Group 16\nMeeting in Geneva, 11 (Monday) - 22 (Friday) March 2013\n${deadline}`;

describe('ITU-T notices: deadlines and bracketed weekdays', () => {
  it.each([
    ['a contribution deadline on a Saturday', 'Deadline for contributions: 2 March 2013', 'date/weekend', ['2 March 2013']],
    ['a registration deadline on a Sunday', 'Pre-registration deadline: 10 February 2013', 'date/weekend', ['10 February 2013']],
    ['a bracketed weekday that is wrong', 'Deadline for contributions: 28 (Tuesday) February 2013', 'date/weekday-mismatch', ['28 (Tuesday) February 2013']],
  ])('fires for %s', (_, line, rule, expected) => {
    expect(quoted(findingsOf(rule, notice(line)))).toEqual(expected);
  });

  it.each([
    ['a bracketed weekday that is right', 'Deadline for contributions: 27 (Wednesday) February 2013', 'date/weekday-mismatch'],
    ['a weekday deadline', 'Deadline for contributions: 27 (Wednesday) February 2013', 'date/weekend'],
    ['the meeting days themselves in brackets', 'Meeting days: 12 (Tuesday) March 2013 and 13 (Wednesday) March 2013', 'date/weekday-mismatch'],
  ])('is silent for %s', (_, line, rule) => {
    expect(findingsOf(rule, notice(line))).toEqual([]);
  });
});
