// What the reference rules share: naming the list the way the agenda does ("Annex A") and the item a citation is in.
import type { Meeting } from '../../model/meeting';

/** The document list as the agenda names it: "the document list (Annex A)". */
export function listName(meeting: Meeting): string {
  const title = meeting.tables.find((t) => t.kind === 'document-list')?.title;
  return title ? `the document list (${title})` : 'the document list';
}

/** " in item 1.4", or nothing when the citation is outside the agenda items. */
export function inItem(item: string | undefined): string {
  return item === undefined ? '' : ` in item ${item}`;
}
