// What the numbering rules share: the numbered items of each agenda list, in order, and what a list's numbers number.
// A list of actions' agenda-item column ("02", "06.1", "07.7") is one such list too: the items its rows are under,
// each once where its rows start.
import type { Location } from '../../model/location';
import type { Meeting } from '../../model/meeting';

/** A numbered item of a list: an agenda item, or the item a list of actions' rows are under. */
export interface NumberedEntry {
  number: string;
  title: string;
  location: Location;
}

export function numberedLists(meeting: Meeting): NumberedEntry[][] {
  const lists = new Map<number, NumberedEntry[]>();
  for (const item of meeting.agenda) {
    if (item.number === undefined) continue;
    const list = lists.get(item.list) ?? [];
    list.push({ number: item.number, title: item.title, location: item.location });
    lists.set(item.list, list);
  }
  return [...lists.values(), ...meeting.tables.flatMap((table) => (table.items && table.items.length > 0 ? [table.items] : []))];
}

/**
 * What a list's numbers number, to name them in a message: the agenda's items, or the document's numbered headings
 * when its agenda is a table and the numbered paragraphs around it are sections ("1. Agenda", "2. Meeting
 * Deadlines", "5. Meeting room allocation" above and below the 3GPP agenda table).
 */
export function numberedAs(items: readonly NumberedEntry[], meeting: Meeting): 'item' | 'heading' {
  const inTable = (item: { location: Location }) => item.location.row !== undefined;
  return !items.some(inTable) && meeting.agenda.some((item) => inTable(item) && item.number !== undefined) ? 'heading' : 'item';
}
