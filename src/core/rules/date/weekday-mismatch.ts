// date/weekday-mismatch: a weekday label does not match its date ("24 (Thursday) February 2012" was a Friday). The
// year comes from the document when the date omits it.
import { weekdayOf } from '../../time/dates';
import { defineRule } from '../rule';

export const rule = defineRule({
  id: 'date/weekday-mismatch',
  severity: 'error',
  description: 'A weekday label does not match its date.',
  messages: {
    wrongWeekday: '"{{date}}" says {{written}}, but that date is a {{actual}}.',
    wrongWeekdayInferredYear: '"{{date}}" says {{written}}, but that date is a {{actual}} (taking the year {{year}} from the meeting dates).',
  },
  check({ meeting, report }) {
    for (const mention of meeting.dates) {
      if (!mention.weekday || !mention.date) continue;
      const actual = weekdayOf(mention.date);
      if (actual === mention.weekday) continue;
      const data = { date: mention.raw, written: mention.weekday, actual };
      report(
        mention.yearInferred
          ? { messageId: 'wrongWeekdayInferredYear', data: { ...data, year: mention.date.slice(0, 4) }, location: mention.location }
          : { messageId: 'wrongWeekday', data, location: mention.location },
      );
    }
  },
});
