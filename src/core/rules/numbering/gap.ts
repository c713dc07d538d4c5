// numbering/gap: agenda item numbers skip (1, 2, 3, 5; 3.1, 3.3), usually an item deleted without renumbering. A
// body that keeps its agenda item numbers from meeting to meeting (3GPP: "6.11" is a work area at every meeting)
// leaves gaps where items closed: its agenda table's sub-item gaps are deliberate. Its section headings are not.
import { profileOf } from '../../profiles';
import { defineRule } from '../rule';
import { numberedAs, numberedLists } from './lists';

export const rule = defineRule({
  id: 'numbering/gap',
  severity: 'warning',
  description: 'Agenda item numbers skip a number.',
  messages: {
    itemFollows: 'Item {{number}} follows item {{previous}}; {{missing}} missing.',
    itemFirst: 'Item {{number}} is the first item under item {{parent}}; {{missing}} missing.',
    headingFollows: 'Heading {{number}} follows heading {{previous}}; {{missing}} missing.',
    headingFirst: 'Heading {{number}} is the first heading under heading {{parent}}; {{missing}} missing.',
  },
  check({ meeting, report }) {
    const keepsItemNumbers = profileOf(meeting.facts.body)?.keepsItemNumbers ?? false;
    for (const items of numberedLists(meeting)) {
      const noun = numberedAs(items, meeting);
      const lastChild = new Map<string, number>();
      for (const item of items) {
        const parts = item.number.split('.').map(Number);
        const n = parts.pop()!;
        const parent = parts.join('.');
        const previous = lastChild.get(parent);
        lastChild.set(parent, n);
        // The first item of the agenda may start anywhere; the first sub-item starts at 1 (or 0).
        const expected = previous === undefined ? (parent === '' ? undefined : 1) : previous + 1;
        if (expected === undefined || n <= expected) continue;
        if (keepsItemNumbers && parent !== '' && item.location.row !== undefined) continue;
        const missing = [...Array(n - expected).keys()].map((k) => [...parts, expected + k].join('.'));
        const data = { number: item.number, missing: missing.length > 1 ? `${noun}s ${missing[0]} to ${missing.at(-1)} are` : `${noun} ${missing[0]} is` };
        report(
          previous === undefined
            ? { messageId: noun === 'item' ? 'itemFirst' : 'headingFirst', data: { ...data, parent }, location: item.location }
            : { messageId: noun === 'item' ? 'itemFollows' : 'headingFollows', data: { ...data, previous: [...parts, previous].join('.') }, location: item.location },
        );
      }
    }
  },
});
