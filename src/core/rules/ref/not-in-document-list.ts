// ref/not-in-document-list: a meeting document cited in the agenda is missing from the document list, so nobody can
// find it. External references (Council documents, reports, resolutions, other groups) are never meeting documents.
import type { Rule } from '../rule';
import { documentKeyOf } from '../../refs/document-id';
import { inItem, listName } from './listing';

export const rule: Rule = {
  id: 'ref/not-in-document-list',
  severity: 'error',
  description: 'A meeting document cited in the agenda is missing from the document list.',
  check({ meeting, report }) {
    if (meeting.documents.length === 0) return;
    const listed = new Set(meeting.documents.map((d) => documentKeyOf(d.id)));
    const reported = new Set<string>();
    for (const citation of meeting.citations) {
      const key = documentKeyOf(citation.id);
      const once = `${citation.id}@${citation.item ?? ''}`;
      if (listed.has(key) || reported.has(once)) continue;
      reported.add(once);
      report({
        message: `${citation.raw} is cited${inItem(citation.item)} but is not in ${listName(meeting)}.`,
        location: citation.location,
      });
    }
  },
};
