// date/weekday-mismatch: a weekday label does not match its date ("24 (Thursday) February 2012" was a Friday). The
// year comes from the document when the date omits it, and the month too for a day written without one ("Tuesday 12th").
import { weekdayOf } from '../../time/dates';
import { defineRule } from '../rule';
import { spellDate } from '../../time/spell';

export const rule = defineRule({
  id: 'date/weekday-mismatch',
  severity: 'error',
  description: 'A weekday label does not match its date.',
  messages: {
    wrongWeekday: '"{{date}}" says {{written}}, but that date is a {{actual}}.',
    wrongWeekdayInferredYear: '"{{date}}" says {{written}}, but that date is a {{actual}} (taking the year {{year}} from the meeting dates).',
    wrongWeekdayInferredMonth: '"{{date}}" says {{written}}, but that date is a {{actual}} (reading it as {{reading}}, from the dates around it).',
  },
  check({ meeting, report }) {
    for (const mention of meeting.dates) {
      if (!mention.weekday || !mention.date) continue;
      const actual = weekdayOf(mention.date);
      if (actual === mention.weekday) continue;
      const data = { date: mention.raw, written: mention.weekday, actual };
      report(
        mention.monthInferred
          ? { messageId: 'wrongWeekdayInferredMonth', data: { ...data, reading: spellDate(mention.date, 'd MMMM yyyy') }, location: mention.location }
          : mention.yearInferred
            ? { messageId: 'wrongWeekdayInferredYear', data: { ...data, year: mention.date.slice(0, 4) }, location: mention.location }
            : { messageId: 'wrongWeekday', data, location: mention.location },
      );
    }
  },
});
