// What the reference rules share: matching citations and list rows on the document without its revision, and
// naming the list the way the agenda does ("Annex A").
import type { Meeting } from '../../model/meeting';
import { documentKey, parseDocumentId } from '../../refs/document-id';

/** "TD667" for "TD667R1": the document, whatever its revision. */
export function keyOf(id: string): string {
  const parsed = parseDocumentId(id);
  return parsed ? documentKey(parsed) : id;
}

/** The document list as the agenda names it: "the document list (Annex A)". */
export function listName(meeting: Meeting): string {
  const title = meeting.tables.find((t) => t.kind === 'document-list')?.title;
  return title ? `the document list (${title})` : 'the document list';
}

/** " in item 1.4", or nothing when the citation is outside the agenda items. */
export function inItem(item: string | undefined): string {
  return item === undefined ? '' : ` in item ${item}`;
}
