// register/wrong-item: a document is cited under one item but the register allocates it to another item of this
// agenda, so it would be presented at the wrong time. Silent when it is also cited under its own item (or a sub-item),
// for parenthesised cross-references, and when the register's item is not one of this agenda's.
import { defineRule } from '../rule';
import { documentState } from '../../document-register/status';
import { documentKeyOf } from '../../refs/document-id';
import { excerpt } from '../../text/normalize';
import { citationsIn, isUnder, itemsByNumber } from './citing';

export const rule = defineRule({
  id: 'register/wrong-item',
  severity: 'warning',
  description: 'A document is cited under another agenda item than the one the document register allocates it to.',
  messages: {
    otherItem: '{{cited}} is cited in item {{item}}, but {{register}} allocates it to item {{allocated}}, {{title}}.',
  },
  check({ meeting, documentRegister: register, report }) {
    if (!register) return;
    const items = itemsByNumber(meeting);
    const citedUnder = new Map<string, string[]>();
    for (const c of meeting.citations) if (c.item !== undefined) citedUnder.set(documentKeyOf(c.id), [...(citedUnder.get(documentKeyOf(c.id)) ?? []), c.item]);
    const reported = new Set<string>();
    for (const citation of citationsIn(meeting, register)) {
      const row = register.find(citation.id);
      const allocated = row?.item;
      if (citation.parenthesized || citation.item === undefined || !row || allocated === undefined || !items.has(allocated) || documentState(row) === 'withdrawn') continue;
      const key = documentKeyOf(citation.id);
      if ((citedUnder.get(key) ?? []).some((item) => isUnder(item, allocated)) || reported.has(`${key}@${citation.item}`)) continue;
      reported.add(`${key}@${citation.item}`);
      report({
        messageId: 'otherItem',
        data: { cited: citation.raw, item: citation.item, register: register.name, allocated, title: excerpt(items.get(allocated)!.title, 60) },
        location: citation.location,
      });
    }
  },
});
