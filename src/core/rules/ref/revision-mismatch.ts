// ref/revision-mismatch: the agenda cites one revision and the list has another (TD667 cited, TD667R1 listed), so
// someone will read the wrong version. The fix cites the listed revision.
import type { Rule } from '../rule';
import { documentKeyOf } from '../../refs/document-id';
import { inItem, listName } from './listing';

export const rule: Rule = {
  id: 'ref/revision-mismatch',
  severity: 'warning',
  description: 'A citation and the document list disagree on the revision of a document.',
  check({ meeting, report }) {
    const listedIds = new Set(meeting.documents.map((d) => d.id));
    const byKey = new Map(meeting.documents.map((d) => [documentKeyOf(d.id), d]));
    for (const citation of meeting.citations) {
      const listed = byKey.get(documentKeyOf(citation.id));
      if (!listed || listedIds.has(citation.id)) continue;
      report({
        message: `${citation.raw} is cited${inItem(citation.item)}, but ${listName(meeting)} has ${listed.raw}.`,
        location: citation.location,
        fix: {
          title: `Cite ${listed.raw}`,
          edits: [{ location: citation.location, find: citation.raw, replace: listed.raw }],
        },
      });
    }
  },
};
