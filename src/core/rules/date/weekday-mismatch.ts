// date/weekday-mismatch: a weekday label does not match its date ("24 (Thursday) February 2012" was a Friday). The
// year comes from the document when the date omits it, and the month too for a day written without one ("Tuesday 12th").
import { weekdayOf } from '../../time/dates';
import type { Rule } from '../rule';
import { spellDate } from '../../time/spell';

export const rule: Rule = {
  id: 'date/weekday-mismatch',
  severity: 'error',
  description: 'A weekday label does not match its date.',
  check({ meeting, report }) {
    for (const mention of meeting.dates) {
      if (!mention.weekday || !mention.date) continue;
      const actual = weekdayOf(mention.date);
      if (actual === mention.weekday) continue;
      const year = mention.monthInferred
        ? ` (reading it as ${spellDate(mention.date, 'd MMMM yyyy')}, from the dates around it)`
        : mention.yearInferred
          ? ` (taking the year ${mention.date.slice(0, 4)} from the meeting dates)`
          : '';
      report({
        message: `"${mention.raw}" says ${mention.weekday}, but that date is a ${actual}${year}.`,
        location: mention.location,
      });
    }
  },
};
