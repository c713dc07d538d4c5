// Time-allocation grids (3GPP): weekdays across the top, slots down the side ("08:00 / Q1 / 10:00"), and in each
// cell the entries of that day and slot ("09:00 – 10:30 ♠ Opening (1), Agenda (2)", "11:00: eV2XARC (7.1)").
// Each non-empty cell is a session with the slot's window (a band, not a limit), in the room of its row (a slot's rows are parallel rooms);
// each entry that gives a time is a slot in it, and the entries' topics say what the session holds. A break row
// ("Lunch", no times) holds sessions of its own, each timed entry one in the room it names ("1:00PM ATSSS drafting
// (Naples 4)"), from its time to the next slot's start, in the band between the slots around it.
import type { Room, Session } from '../model/meeting';
import type { Cell, Table } from '../model/snapshot';
import { cellText } from '../model/contents';
import { squash, withoutTrailing } from '../text/normalize';
import { findTimes, minutesOf, type FoundTime } from '../time/clock';
import { dateOfWeekday } from './calendar';
import { locate, locateCell, type Extraction } from './context';
import { roomName, roomOf, roomsListedAfter } from './rooms';
import type { TableShape } from './tables';

/** Marks a grid writer puts before an entry's time: "♠", bullets, "*". */
const LEADING_MARKS = /^[\s♠•*)(-]*/u;
/** Agenda item numbers in an entry: "(7.4)", "(7.10.2)", "(1)". */
const ITEM_REFERENCE = /\((\d{1,2}(?:\.\d{1,2}){0,3})\)/g;
/** A slot cell that names a break between slots: "Lunch", "Coffee break". */
const BREAK = /\b(?:lunch|break|coffee|dinner)\b/i;
/** The count of tdocs a topic ends with: "- 67", "– 12 +2", "8 +1", "-57", "– 25+", "- ?". */
const TDOC_COUNT = /(?<!\s)\s+(?:[-–]\s*)?(?:\d{1,3}|\?)(?:\s*\+\s*\d{0,3})?(?=\s|$)/u;

interface Window {
  start: string;
  end: string;
  label: string;
}

/** One paragraph of a grid cell: the time it starts with, and the topics it names. */
interface Entry {
  time?: FoundTime;
  topics: string[];
  paragraph: number;
}

export function extractTimeGrid(ctx: Extraction, block: number, table: Table, shape: TableShape): void {
  const days = shape.days!;
  const firstDay = Math.min(...days.keys());
  let window: Window | undefined;
  /** How many rows into its slot the row is: parallel sessions are one row each. */
  let track = 0;
  const tracks: { session: Session; track: number }[] = [];
  const add = (row: number, col: number, day: string, window: Window, entries: Entry[], place: { track: number } | { room: string }) => {
    const cell = table.rows[row]!.cells[col]!;
    const date = dateOfWeekday(ctx, day);
    const held = heldTimes(entries, window);
    const session: Session = {
      label: `${day} ${window.label ? `${window.label} ` : ''}${window.start}-${window.end}`,
      ...(date ? { date } : {}),
      start: window.start,
      end: window.end,
      band: true,
      topics: [...new Set(entries.flatMap((e) => e.topics))],
      ...(held ? { held } : {}),
      ...('room' in place && place.room ? { room: place.room } : {}),
      location: locateCell({ block, row, col }, cell),
    };
    const index = ctx.meeting.sessions.push(session) - 1;
    if ('track' in place) tracks.push({ session, track: place.track });
    for (const { time, paragraph } of entries) {
      if (!time) continue;
      ctx.meeting.slots.push({
        session: index,
        start: time.start,
        ...(time.end ? { end: time.end } : {}),
        items: [...cell.paragraphs[paragraph]!.text.matchAll(ITEM_REFERENCE)].map((m) => m[1]!),
        location: locate({ block, row, col, paragraph }, time.raw),
      });
    }
  };

  // "Friday (revisions only) / 07:20: eV2XARC (7.1)": a day's header may hold a session before the first slot.
  const firstStart = table.rows
    .slice(shape.headerRow + 1)
    .map((r) => r.cells.find((c) => c.gridCol < firstDay))
    .map((c) => c && windowOf(cellText(c)))
    .find((w) => w !== undefined)?.start;
  table.rows[shape.headerRow]!.cells.forEach((cell, col) => {
    const day = days.get(cell.gridCol);
    const entries = day && firstStart ? fromFirstTime(entriesOf(cell)) : [];
    if (entries.length === 0 || minutesOf(entries[0]!.time!.start) >= minutesOf(firstStart!)) return;
    add(shape.headerRow, col, day!, { start: entries[0]!.time!.start, end: firstStart!, label: '' }, entries, { track: 0 });
  });

  const slotOf = (row: number) => {
    const cell = table.rows[row]!.cells.find((c) => c.gridCol < firstDay);
    return cell && cell.merge !== 'continue' && cellText(cell).trim() !== '' ? cell : undefined;
  };
  const rooms = roomsListedAfter(ctx, block);
  for (let row = shape.headerRow + 1; row < table.rows.length; row++) {
    const cells = table.rows[row]!.cells;
    const slotCell = slotOf(row);
    // A continued or empty slot cell keeps the slot above; "Lunch" (text without times) ends it.
    const before = window;
    if (slotCell) {
      window = windowOf(cellText(slotCell));
      track = 0;
    } else track++;
    if (!window) {
      if (slotCell && BREAK.test(cellText(slotCell))) breakSessions(row, squash(cellText(slotCell)), before);
      continue;
    }

    cells.forEach((cell, col) => {
      const day = days.get(cell.gridCol);
      if (!day || cell.merge === 'continue' || cellText(cell).replace(/[\s*]/g, '') === '') return;
      add(row, col, day, window!, entriesOf(cell), { track });
    });
  }
  nameRooms(tracks, rooms);

  /** The sessions of a break row: each timed entry of each day, until the next slot starts (or its own end). */
  function breakSessions(row: number, label: string, before: Window | undefined): void {
    const next = table.rows.slice(row + 1).map((_, i) => slotOf(row + 1 + i)).find((c) => c && windowOf(cellText(c)));
    const nextStart = next && windowOf(cellText(next))!.start;
    table.rows[row]!.cells.forEach((cell, col) => {
      const day = days.get(cell.gridCol);
      if (!day || cell.merge === 'continue') return;
      for (const entry of entriesOf(cell)) {
        if (!entry.time) continue;
        const end = entry.time.end ?? nextStart;
        if (!end || minutesOf(end) <= minutesOf(entry.time.start)) continue;
        const room = roomNamed(entry, rooms);
        const band = { start: before?.end ?? entry.time.start, end: nextStart ?? end, label };
        add(row, col, day, band, [{ ...entry, time: { ...entry.time, end }, topics: room.topics }], { room: room.name });
      }
    });
  }
}

/** The room a break-row entry names at its end ("ATSSS drafting (Naples 4)"), as the agenda lists it when it does
 *  ("Naples 4 (Breakout room 2)"), and the entry's topics without it. */
function roomNamed(entry: Entry, rooms: readonly Room[]): { name: string; topics: string[] } {
  const last = entry.topics.at(-1) ?? '';
  const match = /^(.*)\(([^()\p{L}]*\p{L}[^()]*)\)$/u.exec(last);
  if (!match || /^\s*\d{1,2}(?:\.\d{1,2}){0,3}\s*$/.test(match[2]!)) return { name: '', topics: entry.topics };
  const written = squash(match[2]!);
  const listed = rooms.map(roomName).find((r) => r === written || r.startsWith(`${written} (`));
  return { name: listed ?? written, topics: [...entry.topics.slice(0, -1), ...(match[1]!.trimEnd() ? [match[1]!.trimEnd()] : [])] };
}

/** The entries from the first that gives a time: what a day's header cell holds beside the day's name. */
function fromFirstTime(entries: Entry[]): Entry[] {
  const first = entries.findIndex((e) => e.time);
  return first < 0 ? [] : entries.slice(first);
}

/** A slot's window from its cell: "08:00 / Q1 / 10:00" → 08:00-10:00 "Q1"; "Lunch" (no times) → none. */
function windowOf(text: string): Window | undefined {
  const times = findTimes(text);
  const first = times[0];
  const last = times.at(-1);
  if (first && last && times.length >= 2) return { start: first.start, end: last.end ?? last.start, label: squash(text.replace(/\d{1,2}[:h]\d{2}/g, '')) };
  return first?.end ? { start: first.start, end: first.end, label: squash(text.replace(first.raw, '')) } : undefined;
}

/** The paragraphs of a cell that say something: an entry's time ("11:00:"), its topics, or both. */
function entriesOf(cell: Cell): Entry[] {
  return cell.paragraphs.flatMap((p, paragraph) => {
    const lead = LEADING_MARKS.exec(p.text)![0].length;
    const time = findTimes(p.text).find((t) => t.index === lead);
    const topics = topicsOf(time ? p.text.slice(lead + time.raw.length) : p.text);
    if (!time && topics.length === 0) return [];
    return [{ ...(time ? { time } : {}), topics, paragraph }];
  });
}

/** The topics a paragraph names, parted by their tdoc counts ("TSN - 14 Vertical_LAN (7.7.3) type a/b - 13"), without
 *  marks and trailing punctuation; none in a note or a filler ("****"). */
function topicsOf(text: string): string[] {
  const written = squash(text.replace(/^[\s:♠•*)-]+/u, ''));
  if (isNote(written)) return [];
  return written
    .split(TDOC_COUNT)
    .map((part) => withoutTrailing(squash(part), ' .,;:'))
    .filter((topic) => /\p{L}/u.test(topic));
}

/** A note written in a cell rather than a topic: a placeholder, or a sentence naming no item ("Approved tdocs not
 *  available after the meeting may be unapproved…"). */
function isNote(text: string): boolean {
  if (text === 'TBD' || text === '?') return true;
  return /^[A-Z]/.test(text) && text.endsWith('.') && text.includes(' ') && !text.includes('(');
}

/** When the cell's own times say when it is held: from its first entry, if timed, to the end of its last timed one
 *  ("15:45 – 17:15:" over the topics below it), or past the slot's end when that entry starts later. */
function heldTimes(entries: Entry[], window: Window): { start: string; end: string } | undefined {
  const start = entries[0]?.time?.start ?? window.start;
  const last = entries.findLast((e) => e.time)?.time;
  const end = last?.end ?? (last && minutesOf(last.start) > minutesOf(window.end) ? last.start : window.end);
  if ((start === window.start && end === window.end) || minutesOf(end) <= minutesOf(start)) return undefined;
  return { start, end };
}

/** Names the room of each session: when a slot has parallel rows, the rooms the agenda lists, in row order. */
function nameRooms(tracks: { session: Session; track: number }[], rooms: readonly Room[]): void {
  if (!tracks.some((t) => t.track > 0)) return;
  for (const { session, track } of tracks) session.room = roomOf(rooms, track);
}
