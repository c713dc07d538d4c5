// ref/duplicate-listing: the same document appears twice in the document list.
import { defineRule } from '../rule';
import { listName } from './listing';

export const rule = defineRule({
  id: 'ref/duplicate-listing',
  severity: 'error',
  description: 'The same document appears twice in the document list.',
  messages: {
    listedTwice: '{{document}} appears twice in {{list}} (rows {{first}} and {{second}}); a document is listed once.',
  },
  check({ meeting, report }) {
    const first = new Map<string, number>();
    for (const document of meeting.documents) {
      const earlier = first.get(document.id);
      if (earlier === undefined) {
        first.set(document.id, document.location.row ?? 0);
        continue;
      }
      report({
        messageId: 'listedTwice',
        data: { document: document.raw, list: listName(meeting), first: earlier, second: document.location.row ?? 0 },
        location: document.location,
      });
    }
  },
});
