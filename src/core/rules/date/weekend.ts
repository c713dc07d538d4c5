// date/weekend: a meeting day or a deadline falls on a Saturday or Sunday, which is rarely what was meant.
import { isWeekendDay, weekdayOf } from '../../time/dates';
import { defineRule } from '../rule';

export const rule = defineRule({
  id: 'date/weekend',
  severity: 'warning',
  description: 'A meeting day or a deadline falls on a Saturday or Sunday.',
  messages: {
    deadline: 'The deadline "{{date}}" falls on a {{weekday}}; deadlines are normally on working days.',
    meetingDay: 'The meeting day "{{date}}" falls on a {{weekday}}; meetings are normally on working days.',
  },
  check({ meeting, report }) {
    for (const mention of meeting.dates) {
      if (mention.role === 'mention' || !mention.date || !isWeekendDay(mention.date)) continue;
      report({
        messageId: mention.role === 'deadline' ? 'deadline' : 'meetingDay',
        data: { date: mention.raw, weekday: weekdayOf(mention.date) },
        location: mention.location,
      });
    }
  },
});
