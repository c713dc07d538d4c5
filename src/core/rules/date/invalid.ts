// date/invalid: a date that does not exist ("31 February 2025"), usually a typo in the day or the month.
import { daysInMonth, findDates, monthName } from '../../time/dates';
import { defineRule } from '../rule';

export const rule = defineRule({
  id: 'date/invalid',
  severity: 'error',
  description: 'A date that does not exist.',
  messages: {
    tooManyDays: '"{{date}}" is not a date that exists: {{month}} has {{days}} days.',
  },
  check({ meeting, report }) {
    for (const mention of meeting.dates) {
      if (mention.valid) continue;
      // The mention's text is a date findDates found: read again, it gives the month and year the day is outside.
      const written = findDates(mention.raw)[0]!;
      report({
        messageId: 'tooManyDays',
        data: { date: mention.raw, month: `${monthName(written.month)}${written.year ? ` ${written.year}` : ''}`, days: daysInMonth(written.month, written.year) },
        location: mention.location,
      });
    }
  },
});
