// The rooms of a time grid's parallel sessions, as the agenda lists them under the grid ("Main meeting room (170):
// Naples 6/7", "Breakout room 1 (70): Naples 2/3"): the first row of each slot is the first room listed, and so on.
import type { Room } from '../model/meeting';
import { squash } from '../text/normalize';
import { locate, type Extraction } from './context';

/** "Breakout room 1 (70):   Naples 2/3": the room's role, its seats, and the name of the room when it is given. */
const ROOM_LINE = /^([A-Z][\w -]{1,40}?\broom\b[\w -]{0,10}?)\s*(?:\(\s*\d+\s*\)\s*)?:\s*(.{0,60})$/i;
/** How far below a grid its room list may be, in blocks. */
const LOOK_AHEAD = 40;
/** Longer paragraphs are prose, not a line of a room list. */
const LONGEST_LINE = 200;

/** The rooms listed after a grid, in order, as the meeting's rooms: each line's role ("Main meeting room"), and the
 *  name of the room when the line gives one ("Naples 6/7"). */
export function roomsListedAfter(ctx: Extraction, block: number): Room[] {
  const rooms: Room[] = [];
  const last = Math.min(ctx.snapshot.blocks.length - 1, block + LOOK_AHEAD);
  for (let i = block + 1; i <= last; i++) {
    const b = ctx.block(i);
    if (b.kind !== 'paragraph' || b.text.length > LONGEST_LINE) continue;
    const match = ROOM_LINE.exec(squash(b.text));
    if (!match) continue;
    const [role, name] = [squash(match[1]!), squash(match[2]!)];
    rooms.push({ role, ...(name ? { name } : {}), location: locate({ block: i }, b.text.trim()) });
  }
  // Two grids over one room list list its rooms once.
  const known = new Set(ctx.meeting.rooms.map((r) => r.location.block));
  ctx.meeting.rooms.push(...rooms.filter((r) => !known.has(r.location.block)));
  return rooms;
}

/** How a session's room is called: "Naples 6/7 (Main meeting room)", or "Main meeting room" when unnamed. */
export function roomName(room: Room): string {
  return room.name ? `${room.name} (${room.role})` : room.role;
}

/** The room of the row so many rows into its slot: the listed one, or a number when the agenda lists none. */
export function roomOf(rooms: readonly Room[], track: number): string {
  const room = rooms[track];
  return room ? roomName(room) : `Room ${track + 1}`;
}
