// numbering/duplicate: the same agenda item number appears twice, so references to it are ambiguous.
import type { Rule } from '../rule';
import { numberedLists } from './lists';

export const rule: Rule = {
  id: 'numbering/duplicate',
  severity: 'error',
  description: 'The same agenda item number appears twice.',
  check({ meeting, report }) {
    for (const items of numberedLists(meeting)) {
      const seen = new Map<string, string>();
      for (const item of items) {
        const earlier = seen.get(item.number);
        if (earlier === undefined) {
          seen.set(item.number, item.title);
          continue;
        }
        report({ message: `Item number ${item.number} appears twice ("${earlier}" and "${item.title}").`, location: item.location });
      }
    }
  },
};
