// action/duplicate-text: two actions have the same text: a copy-paste left behind, or one action split in two.
import { excerpt, looseKey, withoutTrailing } from '../../text/normalize';
import { defineRule } from '../rule';

export const rule = defineRule({
  id: 'action/duplicate-text',
  severity: 'warning',
  description: 'Two actions have the same text.',
  messages: {
    sameText: 'Actions {{first}} and {{second}} have the same text ("{{text}}"); keep one, or say how they differ.',
  },
  check({ meeting, report }) {
    const seen = new Map<string, string>();
    for (const action of meeting.actions) {
      const key = withoutTrailing(looseKey(action.text), '.');
      if (key === '') continue;
      const earlier = seen.get(key);
      if (earlier === undefined) seen.set(key, action.id);
      else report({ messageId: 'sameText', data: { first: earlier, second: action.id, text: excerpt(action.text, 60) }, location: action.location });
    }
  },
});
