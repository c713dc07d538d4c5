// ref/duplicate-listing: the same document appears twice in the document list.
import type { Rule } from '../rule';
import { listName } from './listing';

export const rule: Rule = {
  id: 'ref/duplicate-listing',
  severity: 'error',
  description: 'The same document appears twice in the document list.',
  check({ meeting, report }) {
    const first = new Map<string, number>();
    for (const document of meeting.documents) {
      const earlier = first.get(document.id);
      if (earlier === undefined) {
        first.set(document.id, document.location.row ?? 0);
        continue;
      }
      report({
        message: `${document.raw} appears twice in ${listName(meeting)} (rows ${earlier} and ${document.location.row ?? 0}).`,
        location: document.location,
      });
    }
  },
};
