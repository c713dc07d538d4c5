// action/duplicate-text: two actions have the same text: a copy-paste left behind, or one action split in two.
import { excerpt, looseKey, withoutTrailing } from '../../text/normalize';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'action/duplicate-text',
  severity: 'warning',
  description: 'Two actions have the same text.',
  check({ meeting, report }) {
    const seen = new Map<string, string>();
    for (const action of meeting.actions) {
      const key = withoutTrailing(looseKey(action.text), '.');
      if (key === '') continue;
      const earlier = seen.get(key);
      if (earlier === undefined) seen.set(key, action.id);
      else report({ message: `Actions ${earlier} and ${action.id} have the same text ("${excerpt(action.text, 60)}").`, location: action.location });
    }
  },
};
