// The agenda's timing, retimed the way its editor would do it by hand: each item keeps the minutes the agenda gives
// it now (from its start to the next item's, the last one's to the end of its session); change a session's start or
// an item's minutes and only the start times after it are rewritten — each where it is written and in the form it is
// written ("09:45 hours" becomes "09:55 hours") — and nothing else. An agenda that would run past its session's end
// says so before it is written.
import type { Edit } from '../model/finding';
import type { Location } from '../model/location';
import type { AgendaItem, Meeting } from '../model/meeting';
import type { Paragraph, Snapshot } from '../model/snapshot';
import { clockOf, minutesOf, parseClock } from '../time/clock';
import { countWork } from '../work';
import { emptyPlan, type Plan } from './plan';

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

/** One session of the agenda, as the user retimes it: its start (the agenda's own by default) and its items. */
export interface SessionPlan {
  session: number;
  start?: string;
  timed: Timed[];
}

/** The sessions written in one block (a timing table), each with the start and the minutes the agenda has now. */
export function sessionPlans(meeting: Meeting, block: number): SessionPlan[] {
  return meeting.sessions.flatMap((session, i) =>
    session.location.block === block ? [{ session: i, ...(session.start ? { start: session.start } : {}), timed: durationsOf(meeting, i) }] : [],
  );
}

/** The edits that retime the agenda: a session's start where it changed, and every item's start that moves. */
export function agendaPlan(meeting: Meeting, snapshot: Snapshot, plans: readonly SessionPlan[]): Plan {
  countWork('plan');
  const plan = emptyPlan('the agenda timing');
  for (const { session, start, timed } of plans) {
    const window = meeting.sessions[session];
    const from = start ?? window?.start;
    if (!window || !from) continue;
    const starts = retime(from, timed);
    const total = timed.reduce((sum, t) => sum + t.minutes, 0);
    if (window.end && minutesOf(from) + total > minutesOf(window.end)) {
      const which = plans.length > 1 ? `${window.label}: ` : '';
      plan.notes.push({ message: `${which}The items take ${total} min from ${from} and run past the end of the session (${window.end}).` });
    }
    if (window.start && from !== window.start) plan.edits.push(...clockEdits(snapshot, window.location, window.start, from));
    timed.forEach(({ item }, i) => {
      const now = starts[i];
      if (!now || !item.start || now === item.start) return;
      const slot = meeting.slots.find((s) => s.session === session && s.location.block === item.location.block && s.location.row === item.location.row);
      plan.edits.push(...clockEdits(snapshot, slot?.location ?? item.location, item.start, now));
    });
  }
  return plan;
}

/** A time of day as written: "09:45", "9:45", "14h30", "2:30 PM", "1400". */
const CLOCK_TOKEN = /\d{1,2}[:h.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?|\b\d{4}\b/g;

/** The edit that rewrites a time where it is written (in the cell or paragraph of `at`), in the form it is written. */
function clockEdits(snapshot: Snapshot, at: Location, from: string, to: string): Edit[] {
  const block = snapshot.blocks[at.block];
  const candidates: { paragraph: Paragraph; index?: number }[] =
    block?.kind === 'table' ? (block.rows[at.row ?? -1]?.cells[at.col ?? -1]?.paragraphs ?? []).map((paragraph, index) => ({ paragraph, index })) : block ? [{ paragraph: block }] : [];
  for (const { paragraph, index } of candidates) {
    const token = [...paragraph.text.matchAll(CLOCK_TOKEN)].find((m) => parseClock(m[0]) === from)?.[0];
    if (token === undefined) continue;
    const { block: where, row, col } = at;
    const location = { block: where, ...(row !== undefined ? { row } : {}), ...(col !== undefined ? { col } : {}), ...(index !== undefined ? { paragraph: index } : {}), text: paragraph.text };
    return [{ location, find: token, replace: spellClockLike(token, to) }];
  }
  return [];
}

/** A time written the way another one is: same separator, leading zero, 12-hour clock and AM/PM spelling. */
export function spellClockLike(written: string, clock: string): string {
  const shape = /^(\d{1,2})([:h.]?)\d{2}(\s?([AP])\.?M\.?)?$/i.exec(written);
  if (!shape) return clock;
  let hours = Number(clock.slice(0, 2));
  let meridiem = '';
  if (shape[3]) {
    const letter = hours >= 12 ? 'p' : 'a';
    meridiem = shape[3].replace(shape[4]!, shape[4] === shape[4]!.toUpperCase() ? letter.toUpperCase() : letter);
    hours = hours % 12 || 12;
  }
  return `${shape[1]!.length === 2 ? String(hours).padStart(2, '0') : hours}${shape[2]}${clock.slice(3)}${meridiem}`;
}
