// numbering/duplicate-item: the same item title appears under two numbers ("8.1 Intellectual Property Rights
// inquiry" and "10. Intellectual Property Rights inquiry"): an item copied and not removed.
import { looseKey, withoutTrailing } from '../../text/normalize';
import type { Rule } from '../rule';
import { numberedLists } from './lists';

export const rule: Rule = {
  id: 'numbering/duplicate-item',
  severity: 'warning',
  description: 'The same item title appears under two numbers.',
  check({ meeting, report }) {
    for (const items of numberedLists(meeting)) {
      const seen = new Map<string, string>();
      for (const item of items) {
        const key = withoutTrailing(looseKey(item.title), '.:;');
        if (key.length < 4) continue;
        const earlier = seen.get(key);
        if (earlier === undefined) seen.set(key, item.number);
        else if (earlier !== item.number) {
          report({ message: `"${item.title}" appears as item ${earlier} and again as item ${item.number}.`, location: item.location });
        }
      }
    }
  },
};
