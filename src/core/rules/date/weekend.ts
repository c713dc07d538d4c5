// date/weekend: a meeting day or a deadline falls on a Saturday or Sunday, which is rarely what was meant. A work
// plan's planned date on a weekend (an ETA a team set for itself) is only an info: people do plan weekend work.
import { isWeekendDay, weekdayOf } from '../../time/dates';
import { defineRule } from '../rule';

export const rule = defineRule({
  id: 'date/weekend',
  severity: 'warning',
  description: 'A meeting day or a deadline falls on a Saturday or Sunday.',
  messages: {
    deadline: 'The deadline "{{date}}" falls on a {{weekday}}; deadlines are normally on working days.',
    meetingDay: 'The meeting day "{{date}}" falls on a {{weekday}}; meetings are normally on working days.',
    planned: 'The planned date "{{date}}" falls on a {{weekday}}.',
  },
  check({ meeting, report }) {
    for (const mention of meeting.dates) {
      if (mention.role === 'mention' || !mention.date || !isWeekendDay(mention.date)) continue;
      report({
        messageId: mention.role === 'deadline' ? 'deadline' : mention.role === 'planned' ? 'planned' : 'meetingDay',
        data: { date: mention.raw, weekday: weekdayOf(mention.date) },
        location: mention.location,
        ...(mention.role === 'planned' ? { severity: 'info' as const } : {}),
      });
    }
  },
});
