// date/weekend: a meeting day or a deadline falls on a Saturday or Sunday, which is rarely what was meant.
import { isWeekendDay, weekdayOf } from '../../time/dates';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'date/weekend',
  severity: 'warning',
  description: 'A meeting day or a deadline falls on a Saturday or Sunday.',
  check({ meeting, report }) {
    for (const mention of meeting.dates) {
      if (mention.role === 'mention' || !mention.date || !isWeekendDay(mention.date)) continue;
      const what = mention.role === 'deadline' ? 'The deadline' : 'The meeting day';
      report({
        message: `${what} "${mention.raw}" falls on a ${weekdayOf(mention.date)}; meetings and deadlines are normally on working days.`,
        location: mention.location,
      });
    }
  },
};
