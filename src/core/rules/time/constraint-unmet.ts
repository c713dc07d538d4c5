// time/constraint-unmet: an item's written scheduling constraint ("Any day after 3pm Munich time", "To end before
// 12pm Munich time, either day", "Schedule in the afternoon") is not met by the time the agenda gives the item. Only
// items the agenda times (a start in a timing table) are checked: an agenda that gives an order and minutes but no
// times is a proposal, not a timetable, and stays silent. A constraint in another zone is converted on the session's
// day; one in a zone Docket cannot place, or that someone cannot attend ("cannot attend afternoon"), is left alone.
import type { AgendaItem, Meeting } from '../../model/meeting';
import { clockOf, minutesOf, parseClock } from '../../time/clock';
import { offsetOn, zoneNamedIn } from '../../time/zones';
import { defineRule } from '../rule';

const TIME = String.raw`(\d{1,2}(?::\d{2})?\s?[ap]\.?m\.?|\d{1,2}[:h]\d{2}|noon|midday)`;
/** Not to start before: "after 3pm", "not before 14:00". */
const AFTER = new RegExp(String.raw`\b(?:after|not before|no earlier than)\s+${TIME}`, 'i');
/** To be over by: "To end before 12pm", "by 11:00", "no later than 17:00". */
const BEFORE = new RegExp(String.raw`\b(?:before|by|not after|no later than|until)\s+${TIME}`, 'i');
/** "Schedule in the afternoon", "morning only": a start from noon, or before it. */
const PART_OF_DAY = /\b(?:(?:schedule[ds]?|prefer(?:ably|red|s)?|only)\s+(?:in\s+the\s+)?(afternoon|morning)|(afternoon|morning)\s+only)\b/i;
/** Someone's unavailability is not a place to put the item: left alone. */
const CANNOT = /\b(?:cannot|can't|can not|unable|not available|unavailable|not able)\b/i;
/** A wish rather than a condition: an info. */
const WISH = /\bprefer|\bif possible\b|\bideally\b/i;
/** A zone written as a place's time ("Munich time"). */
const PLACE_TIME = /\b(?!(?:Any|Same|Local|This|That|The|Each|Every|Start|End|Meeting)\s)([A-Z][\p{L}-]+)\s+(?:local\s+)?time\b/u;

interface Constraint {
  /** The item must start at or after this time, or end by it (in the agenda's clock). */
  kind: 'after' | 'before';
  clock: string;
  raw: string;
  wish: boolean;
}

export const rule = defineRule({
  id: 'time/constraint-unmet',
  severity: 'warning',
  description: 'An item is timed where its written scheduling constraint ("after 3pm", "to end before 12pm") does not hold.',
  messages: {
    startsBefore: '{{item}} starts at {{start}}, but its scheduling constraint says "{{constraint}}".',
    endsAfter: '{{item}} ends at {{end}}, but its scheduling constraint says "{{constraint}}".',
  },
  check({ meeting, report }) {
    const slotEnds = new Map<string, string>();
    for (const slot of meeting.slots) for (const number of slot.end ? slot.items : []) slotEnds.set(`${slot.session}:${slot.start}:${number}`, slot.end!);
    meeting.agenda.forEach((item, index) => {
      if (item.start === undefined) return;
      const start = minutesOf(item.start);
      const end = endOf(meeting, slotEnds, item, index);
      const texts = [item.title, item.proposal, ...(item.notes ?? [])].filter((t): t is string => t !== undefined);
      for (const constraint of texts.flatMap((text) => constraintsIn(text, meeting, item))) {
        const at = minutesOf(constraint.clock);
        const name = item.number !== undefined ? `Item ${item.number}` : `"${item.title}"`;
        const data = { item: name, constraint: constraint.raw };
        const severity = constraint.wish ? { severity: 'info' as const } : {};
        if (constraint.kind === 'after' && start < at) report({ messageId: 'startsBefore', data: { ...data, start: item.start }, location: item.location, ...severity });
        if (constraint.kind === 'before' && start >= at) report({ messageId: 'startsBefore', data: { ...data, start: item.start }, location: item.location, ...severity });
        else if (constraint.kind === 'before' && end !== undefined && end > at) report({ messageId: 'endsAfter', data: { ...data, end: clockOf(end) }, location: item.location, ...severity });
      }
    });
  },
});

/** When the item ends: its slot's end, its start and minutes, or the next timed item when it is of the same session. */
function endOf(meeting: Meeting, slotEnds: ReadonlyMap<string, string>, item: AgendaItem, index: number): number | undefined {
  const slotEnd = item.number === undefined ? undefined : slotEnds.get(`${item.session}:${item.start}:${item.number}`);
  if (slotEnd) return minutesOf(slotEnd);
  if (item.minutes !== undefined) return minutesOf(item.start!) + item.minutes;
  let next = index + 1;
  while (next < meeting.agenda.length && meeting.agenda[next]!.start === undefined) next++;
  const following = meeting.agenda[next];
  return following && following.session === item.session && following.start! > item.start! ? minutesOf(following.start!) : undefined;
}

/** The constraints a text writes, on the agenda's clock; none when it writes none Docket can hold the item to. */
function constraintsIn(text: string, meeting: Meeting, item: AgendaItem): Constraint[] {
  if (CANNOT.test(text)) return [];
  const written: Omit<Constraint, 'wish'>[] = [];
  for (const [pattern, kind] of [[AFTER, 'after'], [BEFORE, 'before']] as const) {
    const found = pattern.exec(text);
    const clock = found && (/^(?:noon|midday)$/i.test(found[1]!) ? '12:00' : parseClock(found[1]!.replace(/\s+/g, '')));
    if (found && clock) written.push({ kind, clock, raw: clause(text, found.index) });
  }
  const part = written.length === 0 ? PART_OF_DAY.exec(text) : null;
  if (part) written.push({ kind: (part[1] ?? part[2])!.toLowerCase() === 'afternoon' ? 'after' : 'before', clock: '12:00', raw: clause(text, part.index) });
  return written.flatMap((constraint) => {
    const clock = onAgendaClock(constraint.clock, text, meeting, item);
    return clock === undefined ? [] : [{ ...constraint, clock, wish: WISH.test(constraint.raw) }];
  });
}

/** The clause a match is in ("To end before 12pm Munich time" of "…, either day"). */
function clause(text: string, at: number): string {
  const from = Math.max(text.lastIndexOf(',', at), text.lastIndexOf(';', at), text.lastIndexOf('.', at - 1)) + 1;
  const ends = [',', ';', '.'].map((c) => text.indexOf(c, at)).filter((i) => i >= 0);
  return text.slice(from, ends.length > 0 ? Math.min(...ends) : text.length).trim();
}

/**
 * A constraint's time on the agenda's clock: as written when it names no zone or the agenda's own (or the meeting's
 * place: "Munich time" at a meeting in Munich), converted on the session's day from a zone Docket knows; undefined
 * when the zone cannot be placed.
 */
function onAgendaClock(clock: string, text: string, meeting: Meeting, item: AgendaItem): string | undefined {
  const session = item.session === undefined ? undefined : meeting.sessions[item.session];
  const agendaZone = session?.timeZone ?? meeting.facts.timeZone;
  const named = zoneNamedIn(text);
  if (named === undefined) {
    const place = PLACE_TIME.exec(text)?.[1];
    return place === undefined || (meeting.facts.place ?? '').toLowerCase().includes(place.toLowerCase()) ? clock : undefined;
  }
  if (named === agendaZone) return clock;
  const day = session?.date ?? meeting.facts.start;
  if (agendaZone === undefined || day === undefined) return undefined;
  const shifted = minutesOf(clock) - offsetOn(named, day, clock) + offsetOn(agendaZone, day, clock);
  return shifted >= 0 && shifted < 24 * 60 ? clockOf(shifted) : undefined;
}
