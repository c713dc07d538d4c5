// Turns dates as written into calendar dates for this meeting: a date without a year ("Thursday, 1 August",
// "18 June") takes the year that puts it nearest the meeting; a weekday alone ("Monday" in a time grid) is the day of
// the meeting week with that name.
import type { FoundDate } from '../time/dates';
import { addDays, daysBetween, isoDate, nearestYear, weekdayOf } from '../time/dates';
import type { Extraction } from './context';

export interface ResolvedDate {
  date?: string;
  yearInferred: boolean;
  valid: boolean;
}

export function resolveDate(ctx: Extraction, found: FoundDate): ResolvedDate {
  const reference = ctx.meeting.facts.start;
  if (found.year !== undefined) {
    const date = isoDate(found);
    return { ...(date ? { date } : {}), yearInferred: false, valid: date !== undefined };
  }
  // Without a year, a day is valid when it exists in some year (29 February does).
  const valid = isoDate({ ...found, year: 2024 }) !== undefined;
  if (!reference || !valid) return { yearInferred: false, valid };
  const date = isoDate({ ...found, year: nearestYear(found, reference) });
  return { ...(date ? { date } : {}), yearInferred: true, valid: date !== undefined };
}

/** The meeting day with a weekday name ("Monday" → 2019-11-18 for a meeting on 18-22 November 2019). */
export function dateOfWeekday(ctx: Extraction, weekday: string): string | undefined {
  const { start, end } = ctx.meeting.facts;
  if (!start) return undefined;
  const days = end ? Math.min(daysBetween(start, end), 13) : 6;
  for (let i = 0; i <= days; i++) {
    const date = addDays(start, i);
    if (weekdayOf(date) === weekday) return date;
  }
  return undefined;
}
