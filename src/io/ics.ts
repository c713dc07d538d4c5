// The meeting's calendar as iCalendar (.ics): its timed sessions and interim e-meetings in their own time zone
// (DTSTART;TZID=Europe/Zurich:…, with the zone's rules from timezones-ical-library) and the contribution deadlines
// as all-day events. Event ids are stable, so importing an updated export updates the same events.
import { TZDate } from '@date-fns/tz';
import { ICalCalendar } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { spellDate, type Meeting } from '../core';

export function meetingCalendar(meeting: Meeting, options: { defaultTimeZone?: string; now?: Date } = {}): string {
  const stamp = options.now ?? new Date();
  const zoneOf = (zone: string | undefined) => zone ?? meeting.facts.timeZone ?? options.defaultTimeZone ?? 'UTC';
  const group = meeting.facts.group ?? 'Meeting';
  const calendar = new ICalCalendar({ prodId: { company: 'Docket', product: 'Docket agenda checker' }, name: meeting.facts.title ?? group });
  calendar.timezone({ name: null, generator: (zone) => (zone === 'UTC' ? null : (tzlib_get_ical_block(zone)[0] ?? null)) });

  const timed = (id: string, summary: string, date: string, start: string, end: string | undefined, zone: string, description?: string) =>
    calendar.createEvent({
      id: `${id}@docket`,
      stamp,
      start: at(date, start, zone),
      end: at(date, end ?? start, zone),
      timezone: zone,
      summary,
      ...(description ? { description } : {}),
    });

  meeting.sessions.forEach((session, i) => {
    if (!session.date || !session.start) return;
    timed(`${slug(group)}-session-${session.date}-${session.start}-${i}`, `${group}: ${session.label}`, session.date, session.start, session.end, zoneOf(session.timeZone));
  });
  meeting.interimMeetings.forEach((m, i) => {
    if (!m.date) return;
    const who = m.group ?? group;
    if (m.start) timed(`${slug(who)}-e-meeting-${m.date}-${i}`, `${who} e-meeting`, m.date, m.start, m.end, zoneOf(m.timeZone), m.objectives);
    else calendar.createEvent({ id: `${slug(who)}-e-meeting-${m.date}-${i}@docket`, stamp, start: day(m.date), allDay: true, summary: `${who} e-meeting`, description: m.objectives });
    if (m.deadline) {
      calendar.createEvent({
        id: `${slug(who)}-deadline-${m.deadline}-${i}@docket`,
        stamp,
        start: day(m.deadline),
        allDay: true,
        summary: `Contribution deadline: ${who} e-meeting of ${spellDate(m.date, 'd MMMM yyyy')}`,
      });
    }
  });
  return calendar.toString();
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

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
