// ref/not-in-document-list: a meeting document cited in the agenda is missing from the document list, so nobody can
// find it. External references (Council documents, reports, resolutions, other groups) are never meeting documents.
import { defineRule } from '../rule';
import { documentKeyOf } from '../../refs/document-id';
import { citedIn, listName } from './listing';

export const rule = defineRule({
  id: 'ref/not-in-document-list',
  severity: 'error',
  description: 'A meeting document cited in the agenda is missing from the document list.',
  messages: {
    notListed: '{{cited}} is cited but is not in {{list}}.',
    notListedInItem: '{{cited}} is cited in item {{item}} but is not in {{list}}.',
  },
  check({ meeting, report }) {
    if (meeting.documents.length === 0) return;
    const listed = new Set(meeting.documents.map((d) => documentKeyOf(d.id)));
    const reported = new Set<string>();
    for (const citation of meeting.citations) {
      const key = documentKeyOf(citation.id);
      const once = `${citation.id}@${citation.item ?? ''}`;
      if (listed.has(key) || reported.has(once)) continue;
      reported.add(once);
      report({ ...citedIn(citation, 'notListed', { cited: citation.raw, list: listName(meeting) }), location: citation.location });
    }
  },
});
