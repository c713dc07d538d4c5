// What the numbering rules share: the numbered items of each agenda list, in order, and what a list's numbers number.
import type { AgendaItem, Meeting } from '../../model/meeting';

export function numberedLists(meeting: Meeting): (AgendaItem & { number: string })[][] {
  const lists = new Map<number, (AgendaItem & { number: string })[]>();
  for (const item of meeting.agenda) {
    if (item.number === undefined) continue;
    const list = lists.get(item.list) ?? [];
    list.push(item as AgendaItem & { number: string });
    lists.set(item.list, list);
  }
  return [...lists.values()];
}

/**
 * What a list's numbers number, to name them in a message: the agenda's items, or the document's numbered headings
 * when its agenda is a table and the numbered paragraphs around it are sections ("1. Agenda", "2. Meeting
 * Deadlines", "5. Meeting room allocation" above and below the 3GPP agenda table).
 */
export function numberedAs(items: readonly AgendaItem[], meeting: Meeting): 'item' | 'heading' {
  const inTable = (item: AgendaItem) => item.location.row !== undefined;
  return !items.some(inTable) && meeting.agenda.some((item) => inTable(item) && item.number !== undefined) ? 'heading' : 'item';
}
