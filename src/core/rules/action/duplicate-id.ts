// action/duplicate-id: two actions carry the same id (WP2-4 twice), so the action register cannot tell them apart.
import { defineRule } from '../rule';

export const rule = defineRule({
  id: 'action/duplicate-id',
  severity: 'error',
  description: 'Two actions carry the same id.',
  messages: {
    usedTwice: 'Action id {{id}} is used twice (first under item {{item}}); each action needs its own id.',
    usedTwiceOutsideItems: 'Action id {{id}} is used twice; each action needs its own id.',
  },
  check({ meeting, report }) {
    const seen = new Map<string, string | undefined>();
    for (const action of meeting.actions) {
      if (!seen.has(action.id)) {
        seen.set(action.id, action.item);
        continue;
      }
      const where = seen.get(action.id);
      report(
        where
          ? { messageId: 'usedTwice', data: { id: action.id, item: where }, location: action.location }
          : { messageId: 'usedTwiceOutsideItems', data: { id: action.id }, location: action.location },
      );
    }
  },
});
