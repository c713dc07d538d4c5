// numbering/duplicate-item: the same item title appears under two numbers ("8.1 Intellectual Property Rights
// inquiry" and "10. Intellectual Property Rights inquiry"): an item copied and not removed.
import { looseKey, withoutTrailing } from '../../text/normalize';
import { defineRule } from '../rule';
import { numberedAs, numberedLists } from './lists';

export const rule = defineRule({
  id: 'numbering/duplicate-item',
  severity: 'warning',
  description: 'The same item title appears under two numbers.',
  messages: {
    item: '"{{title}}" appears as item {{first}} and again as item {{second}}; an item is listed once.',
    heading: '"{{title}}" appears as heading {{first}} and again as heading {{second}}; a section is written once.',
  },
  check({ meeting, report }) {
    for (const items of numberedLists(meeting)) {
      const seen = new Map<string, string>();
      for (const item of items) {
        const key = withoutTrailing(looseKey(item.title), '.:;');
        if (key.length < 4) continue;
        const earlier = seen.get(key);
        if (earlier === undefined) seen.set(key, item.number);
        else if (earlier !== item.number) {
          report({ messageId: numberedAs(items, meeting), data: { title: item.title, first: earlier, second: item.number }, location: item.location });
        }
      }
    }
  },
});
