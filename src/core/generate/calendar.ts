// The meeting's calendar as events: its timed sessions in the order they are held (a time grid's parallel sessions one event per slot and room,
// titled by the topics the cell holds) and the interim e-meetings in their own time zone, and the contribution
// deadlines as all-day events. Ids are stable, so importing an updated export updates the same events; two
// sessions that would be the same event (same day, times, title and room) are one event.
import type { Meeting, Session } from '../model/meeting';
import { spellDate } from '../time/spell';

export interface CalendarEvent {
  /** Stable and unique in the calendar. */
  id: string;
  title: string;
  date: string;
  /** Wall-clock times in `timeZone`; an event without them takes the whole day. */
  start?: string;
  end?: string;
  timeZone?: string;
  /** The room of a parallel session. */
  room?: string;
  description?: string;
}

export function calendarEvents(meeting: Meeting, options: { defaultTimeZone?: string } = {}): CalendarEvent[] {
  const zoneOf = (zone: string | undefined) => zone ?? meeting.facts.timeZone ?? options.defaultTimeZone ?? 'UTC';
  const group = meeting.facts.group ?? 'Meeting';
  const events: CalendarEvent[] = [];

  // Sessions in the order they are held: a grid lists them slot by slot across the week.
  const byTime = [...meeting.sessions].sort((a, b) => `${a.date} ${(a.held ?? a).start}`.localeCompare(`${b.date} ${(b.held ?? b).start}`));
  for (const session of byTime) {
    if (!session.date || !session.start || session.topics?.length === 0) continue;
    const start = session.held?.start ?? session.start;
    events.push({
      id: `${slug(group)}-session-${session.date}-${slug(start)}${session.room ? `-${slug(session.room)}` : ''}`,
      title: `${group}: ${session.topics?.join('; ') ?? session.label}`,
      date: session.date,
      start,
      ...(session.held?.end ?? session.end ? { end: session.held?.end ?? session.end } : {}),
      timeZone: zoneOf(session.timeZone),
      ...(session.room ? { room: session.room } : {}),
      ...(session.topics ? { description: descriptionOf(session) } : {}),
    });
  }
  meeting.interimMeetings.forEach((m, i) => {
    if (!m.date) return;
    const who = m.group ?? group;
    events.push({
      id: `${slug(who)}-e-meeting-${m.date}-${i}`,
      title: `${who} e-meeting`,
      date: m.date,
      ...(m.start ? { start: m.start, ...(m.end ? { end: m.end } : {}), timeZone: zoneOf(m.timeZone) } : {}),
      description: m.objectives,
    });
    if (m.deadline) events.push({ id: `${slug(who)}-deadline-${m.deadline}-${i}`, title: `Contribution deadline: ${who} e-meeting of ${spellDate(m.date, 'd MMMM yyyy')}`, date: m.deadline });
  });
  return distinct(events);
}

/** A grid session's slot as the grid writes it, and its room. */
function descriptionOf(session: Session): string {
  return [`${session.label}${session.room ? `, ${session.room}` : ''}`, ...(session.topics ?? [])].join('\n');
}

/** The events without repeats, each id unique: a second event with a taken id is numbered. */
function distinct(events: CalendarEvent[]): CalendarEvent[] {
  const seen = new Set<string>();
  const ids = new Set<string>();
  return events.flatMap((event) => {
    const key = JSON.stringify([event.date, event.start, event.end, event.timeZone, event.title, event.room]);
    if (seen.has(key)) return [];
    seen.add(key);
    let id = event.id;
    for (let n = 2; ids.has(id); n++) id = `${event.id}-${n}`;
    ids.add(id);
    return [{ ...event, id }];
  });
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
