// Turns dates as written into calendar dates for this meeting: a date without a year ("Thursday, 1 August",
// "18 June") takes the year that puts it nearest the meeting; a weekday alone ("Monday" in a time grid) is the day of
// the meeting week with that name; a weekday with a day and no month ("Tuesday 12th") is the meeting day with that
// number, or a day later in the month of the date heading above it.
import type { DayOfYear } from '../time/dates';
import { addDays, daysBetween, isoDate, nearestYear, weekdayOf } from '../time/dates';
import type { Extraction } from './context';

export interface ResolvedDate {
  date?: string;
  yearInferred: boolean;
  valid: boolean;
}

export function resolveDate(ctx: Extraction, found: DayOfYear): ResolvedDate {
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

/**
 * The date of a day written without its month ("Tuesday 12th"): the one meeting day with that number, else that day
 * in the month of the date heading above it (`heading`), when it comes after the heading's day. Undefined when the
 * month cannot be known: a weekday is never checked against a guessed month.
 */
export function dateOfMonthDay(ctx: Extraction, day: number, heading: string | undefined): string | undefined {
  const { start, end } = ctx.meeting.facts;
  if (start) {
    const length = Math.min(Math.max(end ? daysBetween(start, end) : 0, 0), 31);
    const days = Array.from({ length: length + 1 }, (_, i) => addDays(start, i)).filter((d) => Number(d.slice(8)) === day);
    if (days.length === 1) return days[0];
  }
  if (heading === undefined || Number(heading.slice(8)) > day) return undefined;
  return isoDate({ year: Number(heading.slice(0, 4)), month: Number(heading.slice(5, 7)), day });
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
