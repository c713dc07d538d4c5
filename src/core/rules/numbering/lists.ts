// What the numbering rules share: the numbered items of each agenda list, in order.
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
