// What the register rules share: the citations a document register can judge, the agenda's item numbers and whether
// an item (with its sub-items) lists documents, and citations that announce a document not written yet.
import type { DocumentRegisterLookup } from '../../document-register/lookup';
import type { AgendaItem, Citation, Meeting } from '../../model/meeting';
import type { Snapshot } from '../../model/snapshot';
import { paragraphsAt } from '../../fix';

/** The citations a register covers: its kinds of documents, never external references or other groups' numbers. */
export function citationsIn(meeting: Meeting, register: DocumentRegisterLookup): Citation[] {
  return meeting.citations.filter((c) => register.covers(c.id));
}

/** The agenda's items by number (the first of a number, if an agenda repeats one). */
export function itemsByNumber(meeting: Meeting): Map<string, AgendaItem> {
  const items = new Map<string, AgendaItem>();
  for (const item of meeting.agenda) if (item.number !== undefined && !items.has(item.number)) items.set(item.number, item);
  return items;
}

/** Item `cited` is item `allocated` or one of its sub-items (3.1.2 is under 3.1). */
export function isUnder(cited: string, allocated: string): boolean {
  return cited === allocated || cited.startsWith(`${allocated}.`);
}

/**
 * "Meeting report to be found in TD515", "the report will be issued as TD515": a number announced for a document not
 * written yet, which a register may not list, or list as reserved.
 */
const ANNOUNCED = /\b(?:to be found in|(?:will be|to be) (?:issued|published|posted|made available|available|contained|given) (?:as|in)|reserved for)\s*$/i;

export function isAnnounced(citation: Citation, snapshot: Snapshot): boolean {
  const paragraph = paragraphsAt(snapshot, citation.location).find((p) => p.text.includes(citation.raw));
  if (!paragraph) return false;
  const before = paragraph.text.slice(Math.max(0, paragraph.text.indexOf(citation.raw) - 60), paragraph.text.indexOf(citation.raw));
  return ANNOUNCED.test(before);
}
