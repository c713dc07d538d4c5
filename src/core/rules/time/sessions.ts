// What the time rules share: how a session and a slot are named in a message.
import type { Meeting, Session, Slot } from '../../model/meeting';

function windowOf(session: Session): string {
  return `${session.start ?? '?'}-${session.end ?? '?'}`;
}

/** "RG-SOP session, 14:30-15:45"; the window once, even when the label already gives it. */
export function sessionName(session: Session): string {
  const window = windowOf(session);
  return session.label.includes(window) ? session.label : `${session.label}, ${window}`;
}

/** "14:35 (item 2)" or "09:00-10:30 (items 1, 2)". */
export function slotName(slot: Slot): string {
  const time = slot.end ? `${slot.start}-${slot.end}` : slot.start;
  if (slot.items.length === 0) return time;
  return `${time} (item${slot.items.length > 1 ? 's' : ''} ${slot.items.join(', ')})`;
}

/** The slots of each session, in document order. */
export function slotsBySession(meeting: Meeting): Map<number, Slot[]> {
  const out = new Map<number, Slot[]>();
  for (const slot of meeting.slots) {
    const list = out.get(slot.session) ?? [];
    list.push(slot);
    out.set(slot.session, list);
  }
  return out;
}
