// date/weekend: a meeting day, a deadline or an action's due date falls on a Saturday or Sunday, which is rarely what
// was meant. A date a list of actions' status records ("email sent 22/06/24") on a weekend is only odd (people do
// send mail on Saturdays), so it is an info: worth a look for a mistyped day.
// A work plan's planned date on a weekend (an ETA a team set for itself) is an info too: people do plan weekend work.
import { isWeekendDay, weekdayOf } from '../../time/dates';
import type { DateRole } from '../../model/meeting';
import { defineRule } from '../rule';

const MESSAGES = { meeting: 'meetingDay', deadline: 'deadline', planned: 'planned', due: 'due', status: 'statusDate' } as const satisfies Partial<Record<DateRole, string>>;

export const rule = defineRule({
  id: 'date/weekend',
  severity: 'warning',
  description: "A meeting day, a deadline or an action's due date falls on a Saturday or Sunday.",
  messages: {
    deadline: 'The deadline "{{date}}" falls on a {{weekday}}; deadlines are normally on working days.',
    meetingDay: 'The meeting day "{{date}}" falls on a {{weekday}}; meetings are normally on working days.',
    planned: 'The planned date "{{date}}" falls on a {{weekday}}.',
    due: 'The due date "{{date}}" falls on a {{weekday}}; actions are normally due on working days.',
    statusDate: 'The status date "{{date}}" is a {{weekday}}; check that the day is the one meant.',
  },
  check({ meeting, report }) {
    for (const mention of meeting.dates) {
      if (mention.role === 'mention' || !mention.date || !isWeekendDay(mention.date)) continue;
      report({
        messageId: MESSAGES[mention.role],
        data: { date: mention.raw, weekday: weekdayOf(mention.date) },
        location: mention.location,
        ...(mention.role === 'status' || mention.role === 'planned' ? { severity: 'info' as const } : {}),
      });
    }
  },
});
