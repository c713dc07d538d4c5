// ref/revision-mismatch: the agenda cites one revision and the list has another (TD667 cited, TD667R1 listed), so
// someone will read the wrong version. The fix cites the listed revision.
import { defineRule } from '../rule';
import { documentKeyOf } from '../../refs/document-id';
import { citedIn, listName } from './listing';

export const rule = defineRule({
  id: 'ref/revision-mismatch',
  severity: 'warning',
  description: 'A citation and the document list disagree on the revision of a document.',
  messages: {
    otherRevision: '{{cited}} is cited, but {{list}} has {{listed}}.',
    otherRevisionInItem: '{{cited}} is cited in item {{item}}, but {{list}} has {{listed}}.',
  },
  check({ meeting, report }) {
    const listedIds = new Set(meeting.documents.map((d) => d.id));
    const byKey = new Map(meeting.documents.map((d) => [documentKeyOf(d.id), d]));
    // A list of 50,000 citations cites the same few thousand documents over and over: each one's key is read once.
    const keys = new Map<string, string>();
    const keyOf = (id: string) => {
      let key = keys.get(id);
      if (key === undefined) keys.set(id, (key = documentKeyOf(id)));
      return key;
    };
    for (const citation of meeting.citations) {
      if (listedIds.has(citation.id)) continue;
      const listed = byKey.get(keyOf(citation.id));
      if (!listed) continue;
      report({
        ...citedIn(citation, 'otherRevision', { cited: citation.raw, list: listName(meeting), listed: listed.raw }),
        location: citation.location,
        fix: {
          title: `Cite ${listed.raw}`,
          edits: [{ location: citation.location, find: citation.raw, replace: listed.raw }],
        },
      });
    }
  },
});
