// The meeting's calendar as iCalendar (.ics): the core's calendar events, timed ones in their own time zone
// (DTSTART;TZID=Europe/Zurich:…, with the zone's rules from timezones-ical-library), the room as LOCATION, and the
// others as all-day events.
import { TZDate } from '@date-fns/tz';
import { ICalCalendar } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { calendarEvents, type CalendarEvent, type Meeting } from '../core';

export interface CalendarOptions {
  /** The zone of times the agenda gives without one. */
  defaultTimeZone?: string;
  /** When the calendar is made (its events' DTSTAMP). */
  now?: Date;
}

/** The meeting's calendar as .ics text. */
export function meetingCalendar(meeting: Meeting, options: CalendarOptions = {}): string {
  return meetingCalendarWithEvents(meeting, options).ics;
}

/** The meeting's calendar events and the .ics text that holds them, named after the meeting. */
export function meetingCalendarWithEvents(meeting: Meeting, options: CalendarOptions = {}): { events: CalendarEvent[]; ics: string } {
  const events = calendarEvents(meeting, options.defaultTimeZone ? { defaultTimeZone: options.defaultTimeZone } : {});
  return { events, ics: calendarText(events, { name: meeting.facts.title ?? meeting.facts.group ?? 'Meeting', ...(options.now ? { now: options.now } : {}) }) };
}

/** The events as an iCalendar file named `name`, stamped `now`. */
function calendarText(events: readonly CalendarEvent[], options: { name: string; now?: Date }): string {
  const stamp = options.now ?? new Date();
  const calendar = new ICalCalendar({ prodId: { company: 'Docket', product: 'Docket agenda checker' }, name: options.name });
  calendar.timezone({ name: null, generator: (zone) => (zone === 'UTC' ? null : (tzlib_get_ical_block(zone)[0] ?? null)) });
  for (const event of events) {
    const common = {
      id: `${event.id}@docket`,
      stamp,
      summary: event.title,
      ...(event.room ? { location: event.room } : {}),
      ...(event.description ? { description: event.description } : {}),
    };
    if (event.start && event.timeZone) {
      calendar.createEvent({ ...common, start: at(event.date, event.start, event.timeZone), end: at(event.date, event.end ?? event.start, event.timeZone), timezone: event.timeZone });
    } else calendar.createEvent({ ...common, start: day(event.date), allDay: true });
  }
  return calendar.toString();
}

/** The calendar without its time stamps: two exports with the same events are the same. */
export function withoutStamps(ics: string): string {
  return ics.replace(/^DTSTAMP:.*\r?\n/gm, '');
}

/** A wall-clock time on a day in a zone. */
function at(date: string, clock: string, zone: string): TZDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = clock.split(':').map(Number) as [number, number];
  return new TZDate(y, m - 1, d, h, min, zone);
}

/** A calendar day: all-day events carry no zone, so the day is given at UTC midnight. */
function day(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}
