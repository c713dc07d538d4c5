// Meeting numbers in the head of a document: "SA WG2 Meeting #136", "Agenda for SA2#135", "IETF 102". The first one
// is the meeting's; another one there usually means a title copied from the last meeting's agenda.
import type { PlacedParagraph } from '../model/contents';
import type { Snapshot } from '../model/snapshot';

/** The name before "#" is bounded: unbounded, a long word with no "#" was rescanned from each of its letters. */
const MEETING_NUMBER = /(?:[A-Za-z][\w-]{0,39}\s?)?#\s?(\d{2,4})(?!\d)|\bIETF\s+(\d{2,3})(?!\d)/g;

/** How many paragraphs outside tables count as the head of the document. */
const HEAD = 10;

export interface MeetingNumberMention {
  number: string;
  raw: string;
  at: PlacedParagraph['at'];
}

/** Meeting numbers named in the first paragraphs outside tables, in order. */
export function meetingNumbersInHead(snapshot: Snapshot): MeetingNumberMention[] {
  const mentions: MeetingNumberMention[] = [];
  let seen = 0;
  for (let block = 0; block < snapshot.blocks.length && seen < HEAD; block++) {
    const b = snapshot.blocks[block]!;
    if (b.kind !== 'paragraph' || b.text.trim() === '') continue;
    seen++;
    for (const match of b.text.matchAll(MEETING_NUMBER)) {
      mentions.push({ number: (match[1] ?? match[2])!, raw: match[0], at: { block } });
    }
  }
  return mentions;
}
