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
      /** The last number seen under each parent, and how it was written ("05"). */
      const lastChild = new Map<string, { n: number; written: string }>();
      for (const item of items) {
        const written = item.number.split('.');
        // Each level of the number in turn: "07.7" is under item 7, and a sub-item stands for its parent when the
        // parent has no row of its own (a list of actions names "06.1", never "06").
        for (let depth = 1; depth <= written.length; depth++) {
          const parts = written.slice(0, depth - 1);
          const parent = parts.map(Number).join('.');
          const n = Number(written[depth - 1]);
          const previous = lastChild.get(parent);
          if (depth < written.length && previous?.n === n) continue;
          lastChild.set(parent, { n, written: written[depth - 1]! });
          // The first item of the agenda may start anywhere; the first sub-item starts at 1 (or 0).
          const expected = previous === undefined ? (parent === '' ? undefined : 1) : previous.n + 1;
          if (expected === undefined || n <= expected) continue;
          if (keepsItemNumbers && parent !== '' && item.location.row !== undefined) continue;
          const missing = [...Array(n - expected).keys()].map((k) => [...parts, expected + k].join('.'));
          const data = { number: item.number, missing: missing.length > 1 ? `${noun}s ${missing[0]} to ${missing.at(-1)} are` : `${noun} ${missing[0]} is` };
          report(
            previous === undefined
              ? { messageId: noun === 'item' ? 'itemFirst' : 'headingFirst', data: { ...data, parent: parts.join('.') }, location: item.location }
              : { messageId: noun === 'item' ? 'itemFollows' : 'headingFollows', data: { ...data, previous: [...parts, previous.written].join('.') }, location: item.location },
          );
          break;
        }
      }
    }
  },
});
