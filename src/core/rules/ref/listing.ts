// What the reference rules share: naming the list the way the agenda does ("Annex A") and the item a citation is in.
import type { Citation, Meeting } from '../../model/meeting';
import type { MessageData } from '../messages';

/** The document list as the agenda names it: "the document list (Annex A)". */
export function listName(meeting: Meeting): string {
  const title = meeting.tables.find((t) => t.kind === 'document-list')?.title;
  return title ? `the document list (${title})` : 'the document list';
}

/**
 * A message about a citation names the item it is in: its "…InItem" message, with the item as data ("{{cited}} is
 * cited in item {{item}}…"), or the plain one for a citation outside the agenda items ("{{cited}} is cited…").
 */
export function citedIn<const Id extends string>(citation: Citation, messageId: Id, data: MessageData): { messageId: Id | `${Id}InItem`; data: MessageData } {
  return citation.item === undefined ? { messageId, data } : { messageId: `${messageId}InItem`, data: { ...data, item: citation.item } };
}
