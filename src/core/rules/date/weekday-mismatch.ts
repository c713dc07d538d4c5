// date/weekday-mismatch: a weekday label does not match its date ("24 (Thursday) February 2012" was a Friday). The
// year comes from the document when the date omits it.
import { weekdayOf } from '../../time/dates';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'date/weekday-mismatch',
  severity: 'error',
  description: 'A weekday label does not match its date.',
  check({ meeting, report }) {
    for (const mention of meeting.dates) {
      if (!mention.weekday || !mention.date) continue;
      const actual = weekdayOf(mention.date);
      if (actual === mention.weekday) continue;
      const year = mention.yearInferred ? ` (taking the year ${mention.date.slice(0, 4)} from the meeting dates)` : '';
      report({
        message: `"${mention.raw}" says ${mention.weekday}, but that date is a ${actual}${year}.`,
        location: mention.location,
      });
    }
  },
};
