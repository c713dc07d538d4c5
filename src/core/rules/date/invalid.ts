// date/invalid: a date that does not exist ("31 February 2025"), usually a typo in the day or the month.
import { daysInMonth, findDates, monthName } from '../../time/dates';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'date/invalid',
  severity: 'error',
  description: 'A date that does not exist.',
  check({ meeting, report }) {
    for (const mention of meeting.dates) {
      if (mention.valid) continue;
      const written = findDates(mention.raw)[0];
      const expected = written
        ? ` ${monthName(written.month)}${written.year ? ` ${written.year}` : ''} has ${daysInMonth(written.month, written.year)} days`
        : '';
      report({ message: `"${mention.raw}" is not a date that exists:${expected || ' check the day and the month'}.`, location: mention.location });
    }
  },
};
