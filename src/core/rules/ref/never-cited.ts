// ref/never-cited: a document in the list is cited nowhere in the agenda: either the list carries a stale row or the
// agenda forgot an item. Silent for a list on its own (no agenda to cite from).
import { defineRule } from '../rule';
import { documentKeyOf } from '../../refs/document-id';
import { listName } from './listing';

export const rule = defineRule({
  id: 'ref/never-cited',
  severity: 'warning',
  description: 'A document in the document list is cited nowhere in the agenda.',
  messages: {
    neverCited: '{{document}} is in {{list}} but is cited nowhere in the agenda.',
  },
  check({ meeting, report }) {
    if (meeting.agenda.length === 0) return;
    const cited = new Set(meeting.citations.map((c) => documentKeyOf(c.id)));
    for (const document of meeting.documents) {
      if (cited.has(documentKeyOf(document.id))) continue;
      report({
        messageId: 'neverCited',
        data: { document: document.raw, list: listName(meeting) },
        location: document.location,
      });
    }
  },
});
