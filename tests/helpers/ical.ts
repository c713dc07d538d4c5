// Calendars read back by ical.js, a reader Docket does not write with (it writes with ical-generator): each event's
// id, title, room and times, wall-clock in its zone and as an instant through the VTIMEZONE the calendar carries.
import ICAL from 'ical.js';

export interface ReadEvent {
  uid: string;
  summary: string;
  location?: string;
  description?: string;
  /** "2019-11-18T09:00:00" in `zone`, or "2019-11-18" for an all-day event. */
  start: string;
  end?: string;
  zone?: string;
  /** The start as an instant, through the calendar's own VTIMEZONE: "2019-11-18T17:00:00.000Z". */
  startInstant: string;
}

export function readCalendar(ics: string): ReadEvent[] {
  const calendar = ICAL.Component.fromString(ics);
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const zone = event.startDate.isDate ? undefined : String(component.getFirstProperty('dtstart')!.getParameter('tzid') ?? 'UTC');
    return {
      uid: event.uid,
      summary: event.summary,
      ...(event.location ? { location: event.location } : {}),
      ...(event.description ? { description: event.description } : {}),
      start: event.startDate.toString(),
      ...(component.hasProperty('dtend') ? { end: event.endDate.toString() } : {}),
      ...(zone ? { zone } : {}),
      startInstant: event.startDate.toJSDate().toISOString(),
    };
  });
}
