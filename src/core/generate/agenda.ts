// The agenda timing table in the layout of the TD template ("Timing | # | Agenda Item | Docs | Summary and
// Proposal"), retimed from the session's start and the items' durations: change one duration and every time after
// it moves. The session window is checked: an agenda that runs past its end is noted.
import type { AgendaItem, Meeting, Session } from '../model/meeting';
import { clockOf, minutesOf } from '../time/clock';
import { spellDate } from '../time/spell';
import type { RowSpec, TableSpec } from './table-spec';

export const AGENDA_HEADER = ['Timing', '#', 'Agenda Item', 'Docs', 'Summary and Proposal'];

export interface Timed {
  item: AgendaItem;
  /** Whether the item has its own time slot (sub-items usually run inside their parent's). */
  slot: boolean;
  /** Minutes given to the item's slot. */
  minutes: number;
}

/** The items of a session with the minutes each one has now, from the agenda's own start times. */
export function durationsOf(meeting: Meeting, session: number): Timed[] {
  const items = meeting.agenda.filter((i) => i.session === session);
  const end = meeting.sessions[session]?.end;
  return items.map((item, i) => {
    if (item.minutes !== undefined) return { item, slot: true, minutes: item.minutes };
    if (!item.start) return { item, slot: false, minutes: 0 };
    const next = items.slice(i + 1).find((n) => n.start)?.start ?? end;
    return { item, slot: true, minutes: next ? Math.max(0, minutesOf(next) - minutesOf(item.start)) : 0 };
  });
}

/** Start times from a session start and durations: each timed item starts when the ones before it are done. */
export function retime(start: string, timed: readonly Timed[]): (string | undefined)[] {
  let clock = minutesOf(start);
  return timed.map(({ slot, minutes }) => {
    if (!slot) return undefined;
    const at = clock;
    clock += minutes;
    return clockOf(at % (24 * 60));
  });
}

/** One session of a timing table, as the user retimes it: its start (the agenda's own by default) and its items. */
export interface SessionPlan {
  session: number;
  start?: string;
  timed: Timed[];
}

/** The sessions of a timing table, each with the start and the durations the agenda has now. */
export function sessionPlans(meeting: Meeting, tableBlock: number): SessionPlan[] {
  return meeting.sessions.flatMap((session, i) =>
    session.location.block === tableBlock ? [{ session: i, ...(session.start ? { start: session.start } : {}), timed: durationsOf(meeting, i) }] : [],
  );
}

export function agendaTable(meeting: Meeting, plans: readonly SessionPlan[]): TableSpec {
  const rows: RowSpec[] = [];
  const notes: TableSpec['notes'] = [];
  for (const { session, start, timed } of plans) {
    const window = meeting.sessions[session]!;
    const starts = start ? retime(start, timed) : timed.map(() => undefined);
    const total = timed.reduce((sum, t) => sum + t.minutes, 0);
    const late = start && window.end && minutesOf(start) + total > minutesOf(window.end);
    if (late) {
      const which = plans.length > 1 ? `${window.label}: ` : '';
      notes.push({ row: rows.length, message: `${which}The items take ${total} min from ${start} and run past the end of the session (${window.end}).` });
    }
    rows.push(sessionRow(window, start));
    timed.forEach(({ item }, i) => rows.push(itemRow(meeting, item, starts[i])));
  }
  return { kind: 'agenda', header: AGENDA_HEADER, rows, widths: [12, 5, 30, 13, 40], notes };
}

function itemRow(meeting: Meeting, item: AgendaItem, start: string | undefined): RowSpec {
  const docs = meeting.citations.filter((c) => c.item === item.number && item.number !== undefined);
  const written = [...new Set(docs.map((c) => (c.parenthesized ? `(${c.raw})` : c.raw)))].join('\n');
  const timing = start ? `${start} hours` : '';
  return item.level === 0 && !written && !item.proposal
    ? { cells: [{ text: timing }, { text: item.number ?? '' }, { text: item.title, span: 3 }] }
    : { cells: [{ text: timing }, { text: item.number ?? '' }, { text: item.title }, { text: written }, { text: item.proposal ?? '' }] };
}

function sessionRow(session: Session, start: string | undefined): RowSpec {
  const day = session.date ? spellDate(session.date, 'EEEE, d MMMM') : '';
  const zone = session.timeZone === 'Europe/Zurich' ? ' Geneva time' : session.timeZone ? ` (${session.timeZone})` : '';
  const window = start && session.end ? `${start} - ${session.end} hours${zone}` : '';
  return { session: true, cells: [{ text: [day, window].filter(Boolean).join('\n') }, { text: '' }, { text: session.label, span: 3 }] };
}
