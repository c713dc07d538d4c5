// register/not-on-agenda: the register allocates a current document to one of this agenda's items and the agenda
// cites it nowhere, so it may be forgotten. Only for items under which the agenda lists documents (an agenda that lists
// none, as 3GPP's whose TdocsByAgenda is the list, is not expected to); revised, merged, withdrawn and reserved documents apart.
import { defineRule } from '../rule';
import { documentState } from '../../document-register/status';
import { documentKeyOf } from '../../refs/document-id';
import { excerpt } from '../../text/normalize';
import { isUnder, itemsByNumber } from './citing';

export const rule = defineRule({
  id: 'register/not-on-agenda',
  severity: 'warning',
  description: 'The document register allocates a document to an item of this agenda, and the agenda cites it nowhere.',
  messages: {
    notCited: '{{document}} ("{{title}}") is allocated to item {{item}} in {{register}}, but the agenda cites it nowhere.',
    notCitedUntitled: '{{document}} is allocated to item {{item}} in {{register}}, but the agenda cites it nowhere.',
  },
  check({ meeting, documentRegister: register, report }) {
    if (!register) return;
    const items = itemsByNumber(meeting);
    const cited = new Set(meeting.citations.flatMap((c) => [documentKeyOf(c.id), documentKeyOf(register.latest(c.id))]));
    const citedItems = meeting.citations.flatMap((c) => (c.item === undefined ? [] : [c.item]));
    for (const document of register.documents) {
      const item = document.item === undefined ? undefined : items.get(document.item);
      if (!item || documentState(document) !== undefined || register.latest(document.id) !== document.id) continue;
      if (cited.has(documentKeyOf(document.id)) || !citedItems.some((c) => isUnder(c, document.item!))) continue;
      const data = { document: document.id, item: document.item!, register: register.name };
      report(
        document.title
          ? { messageId: 'notCited', data: { ...data, title: excerpt(document.title, 60) }, location: item.location }
          : { messageId: 'notCitedUntitled', data, location: item.location },
      );
    }
  },
});
